// Ticket-desk benchmark (issue #7): the support queue (GET /api/console/tickets) and opening tickets
// (POST /api/tickets) of the real app (NestJS + Fastify + Prisma, built by `nx run api:build`) against a bare
// node:http + pg baseline doing the same SQL, on 1 000 000 tickets. Run with `npm run bench:tickets`. Everything it
// starts listens on 127.0.0.1 and is stopped on the way out, also on error or Ctrl-C; the database lives in a
// temporary directory that is removed.
//
// Environment knobs (see bench/README.md): BENCH_TICKETS (1000000), BENCH_MERCHANTS (3000), BENCH_TERMINALS (6000),
// BENCH_CONNECTIONS (32), BENCH_WARMUP_MS (2000), BENCH_DURATION_MS (10000), BENCH_DEEP_PAGE (100), BENCH_SCENARIOS
// (first,deep,create), BENCH_TARGETS (app,baseline), BENCH_SINGLE_CLIENT, BENCH_RESULTS_DIR (bench/results).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { bulkSeedTickets, OPEN_STATUSES } from './lib/bulk-seed-tickets.mjs';
import { decodeCursor, queueIdsQuery, ROWS_BY_ID, startTicketsBaselineServer } from './lib/tickets-baseline-server.mjs';
import { closers, freePort, runBench, say, step, teardown, tempDirs, writeResults } from './lib/harness.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);
const pg = createRequire(join(root, 'apps/api/package.json'))('pg');

const int = (name, fallback) => (process.env[name] ? Number.parseInt(process.env[name], 10) : fallback);
const SETTINGS = {
  tickets: int('BENCH_TICKETS', 1_000_000),
  merchants: int('BENCH_MERCHANTS', 3_000),
  terminals: int('BENCH_TERMINALS', 6_000),
  connections: int('BENCH_CONNECTIONS', 32),
  warmupMs: int('BENCH_WARMUP_MS', 2_000),
  durationMs: int('BENCH_DURATION_MS', 10_000),
  timeoutMs: 10_000,
  deepPage: int('BENCH_DEEP_PAGE', 100),
  /** Comma lists to run a subset: BENCH_SCENARIOS=first,deep,create and BENCH_TARGETS=app,baseline. */
  scenarios: process.env.BENCH_SCENARIOS?.split(',') ?? null,
  targets: process.env.BENCH_TARGETS?.split(',') ?? null,
  /** One client address per connection (default), or all from 127.0.0.1 with BENCH_SINGLE_CLIENT=1 (see README). */
  distinctClients: process.env.BENCH_SINGLE_CLIENT !== '1',
  /** The app's Prisma adapter pool size (apps/api/src/core/prisma/prisma.service.ts); the baseline uses the same. */
  poolSize: 20,
};
const SUPPORT = { loginName: 'support@dongfang-bank.example', password: 'PosDemo2026' };
const MERCHANT = { loginName: '13800138000', password: 'PosDemo2026' };
const DEMO_TERMINAL_SERIAL = 'DF-A8-DEMO-000001';
const QUEUE_PATH = '/api/console/tickets';
const CREATE_PATH = '/api/tickets';
const SLA_CHECK_JOB = 'ticket.sla-check';


// ─── measuring ───────────────────────────────────────────────────────────────────────────────────────────────────
/** Process CPU time of the PostgreSQL server (postmaster and its backends), in seconds, from /proc (Linux). */
function postgresCpuSeconds(dataDir) {
  try {
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime; for the postmaster also cutime + cstime, which keep the time of backends that have exited.
      if (Number(entry) === postmaster) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      else if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

/** CPU time the whole machine spent busy (all processes), in seconds, from /proc/stat (Linux). */
function machineBusySeconds() {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Runs one load test in a worker thread; also samples the CPU the server side (this process, PostgreSQL) used. */
async function load(url, headers, pgDataDir, request = {}) {
  const cpuBefore = process.cpuUsage();
  const pgBefore = postgresCpuSeconds(pgDataDir);
  const machineBefore = machineBusySeconds();
  const startedAt = Date.now();
  const worker = new Worker(new URL('./lib/load-worker.mjs', import.meta.url), {
    workerData: {
      url,
      headers,
      method: request.method ?? 'GET',
      body: request.body,
      connections: SETTINGS.connections,
      warmupMs: SETTINGS.warmupMs,
      durationMs: SETTINGS.durationMs,
      timeoutMs: SETTINGS.timeoutMs,
      distinctClients: SETTINGS.distinctClients,
    },
  });
  const result = await new Promise((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => code !== 0 && fail(new Error(`load worker exited with ${code}`)));
  });
  await worker.terminate();
  const total = Date.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  // Whole-run averages (warm-up included): process time minus the load generator's own thread, roughly.
  const processCores = (cpu.user + cpu.system) / 1000 / total;
  const postgresCores = (postgresCpuSeconds(pgDataDir) - pgBefore) / (total / 1000);
  return {
    ...result,
    nodeServerCores: Math.max(0, processCores - result.loadGenCores),
    postgresCores,
    /** Busy cores that were neither this process nor PostgreSQL: another job on the machine skews the figures. */
    otherCores: Math.max(0, (machineBusySeconds() - machineBefore) / (total / 1000) - processCores - postgresCores),
  };
}

/** The access paths a plan takes on "Ticket", whether it sorts, the rows it filtered out, and its time: one line. */
function planSummary(plan) {
  const scans = new Set();
  for (const line of plan) {
    const match = /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan) (?:using|on) ("[^"]+")/.exec(line);
    if (match && /^"Ticket/.test(match[2])) scans.add(`${match[1]} ${match[2]}`);
  }
  const sorts = plan.some((line) => /->\s+(Incremental )?Sort /.test(line) || /^\s*Sort /.test(line));
  // Rows the scans of "Ticket" read and then threw away: the work a better index condition would save.
  let filtered = 0;
  plan.forEach((line, i) => {
    if (!/Scan .*on "Ticket" t/.test(line)) return;
    const indent = line.search(/\S/);
    for (const detail of plan.slice(i + 1)) {
      if (detail.search(/\S/) <= indent || detail.trim().startsWith('->')) break;
      filtered += Number(/Rows Removed by Filter: (\d+)/.exec(detail)?.[1] ?? 0);
    }
  });
  const buffers = plan.find((line) => /^\s*Buffers:/.test(line))?.trim();
  const time = plan.find((line) => line.startsWith('Execution Time'));
  return `${[...scans].join(' + ')}${sorts ? ', then Sort' : ', no Sort'}, ${filtered} rows filtered out; ${buffers ?? ''}; ${time}`;
}

async function call(method, url, headers, body) {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(SETTINGS.timeoutMs),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}
const getJson = (url, headers) => call('GET', url, headers);

async function signIn(appUrl, account) {
  const body = await call('POST', `${appUrl}/api/auth/login`, {}, JSON.stringify(account));
  return { authorization: `Bearer ${body.accessToken}` };
}

/** The keys of a JSON value, recursively (arrays by their first element): the shape two responses must share. */
function shapeOf(value) {
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shapeOf(value[k])]));
  return value === null ? 'null' : typeof value;
}

/** The commit the app was built from, and the API/shared files that differed from it (a dirty tree is measured as is). */
function sourceState() {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'apps/api/src', 'libs/shared/src', 'prisma').split('\n').filter(Boolean);
    return { commit: git('rev-parse', '--short', 'HEAD'), changedFiles: changed.length, changed };
  } catch {
    return { commit: 'unknown', changedFiles: 0, changed: [] };
  }
}

// ─── the run ─────────────────────────────────────────────────────────────────────────────────────────────────────
async function main() {
  say(`Ticket-desk benchmark: ${SETTINGS.tickets.toLocaleString('en')} tickets, ${SETTINGS.connections} connections, ` +
    `${SETTINGS.warmupMs / 1000} s warm-up + ${SETTINGS.durationMs / 1000} s per target; Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)}`);

  const source = sourceState();
  say(`           app built from ${source.commit}${source.changedFiles ? ` with ${source.changedFiles} uncommitted changes in apps/api, libs/shared or prisma` : ''}`);

  const { startEmbeddedPostgres } = await dist('core/database/embedded-postgres.js');
  const { applyMigrations } = await dist('core/database/migrate.js');
  const { loadConfig } = await dist('core/config/app-config.js');
  const { RuntimeConfig } = await dist('core/config/runtime-config.js');
  const { createApp } = await dist('create-app.js');
  const { PrismaService } = await dist('core/prisma/prisma.service.js');
  const { PasswordHasher } = await dist('core/auth/password-hasher.js');
  const { seedDemoData } = await dist('seed/demo-seed.js');

  // Two directories: PostgreSQL runs as a dedicated user when we are root, and needs to own its own.
  const pgDir = mkdtempSync(join(tmpdir(), 'pos-bench-pg-'));
  const appDir = mkdtempSync(join(tmpdir(), 'pos-bench-data-'));
  tempDirs.push(pgDir, appDir);

  const pgPort = await freePort();
  const server = await startEmbeddedPostgres({ directory: pgDir, port: pgPort, password: randomBytes(12).toString('hex'), persistent: false });
  closers.push(() => server.stop());
  await server.createDatabase('pos_bench');
  const databaseUrl = server.urlFor('pos_bench');
  step(`PostgreSQL on 127.0.0.1:${pgPort}`);
  await applyMigrations(databaseUrl);
  step('migrations applied');

  const env = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    // The load generator plays 32 clients by X-Forwarded-For, as a reverse proxy would report them.
    TRUST_PROXY: SETTINGS.distinctClients ? 'true' : 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
  });
  const runtime = new RuntimeConfig(env, databaseUrl, randomBytes(48).toString('base64url'), randomBytes(32), appDir);
  const app = await createApp(runtime);
  closers.push(() => app.close());
  await seedDemoData(app.get(PrismaService), app.get(PasswordHasher));
  step('demo data seeded');

  const admin = new pg.Client({ connectionString: databaseUrl });
  admin.on('error', () => undefined); // the server going away during teardown is expected
  await admin.connect();
  closers.push(() => admin.end());
  const rowsOf = async (sql, values) => (await admin.query(sql, values)).rows;
  const providers = await rowsOf(`SELECT id, name, "nameEn" FROM "Provider" ORDER BY "createdAt", name`);
  const users = await rowsOf(`SELECT id, role::text, email, mobile, "providerId" FROM "User"`);
  // Each provider's tickets are worked by its support agent, or its admin where it has none.
  const staffOf = (providerId) =>
    (users.find((u) => u.providerId === providerId && u.role === 'SUPPORT') ?? users.find((u) => u.providerId === providerId && u.role === 'PROVIDER_ADMIN')).id;
  const support = users.find((u) => u.email === SUPPORT.loginName);
  const merchant = users.find((u) => u.mobile === MERCHANT.loginName);
  const [terminal] = await rowsOf(`SELECT id, "providerId" FROM "Terminal" WHERE "serialNumber" = $1`, [DEMO_TERMINAL_SERIAL]);
  if (!support || !merchant || !terminal) throw new Error('demo support user, merchant or terminal not found');

  const seeded = await bulkSeedTickets(admin, {
    count: SETTINGS.tickets,
    merchants: SETTINGS.merchants,
    terminals: SETTINGS.terminals,
    providers: providers.map((p) => p.id),
    staff: providers.map((p) => staffOf(p.id)),
    log: (message) => step(`  ${message}`),
  });
  step(`inserted ${seeded.tickets.toLocaleString('en')} tickets, ${seeded.comments.toLocaleString('en')} comments, ${seeded.terminals.toLocaleString('en')} terminals of ${seeded.merchants.toLocaleString('en')} merchants`);
  const vacuumStarted = Date.now();
  await admin.query('VACUUM (ANALYZE)');
  seeded.seconds.vacuumAnalyze = (Date.now() - vacuumStarted) / 1000;
  step('VACUUM (ANALYZE) done');
  const [sizes] = await rowsOf(`
    SELECT pg_size_pretty(pg_table_size('"Ticket"')) AS "table", pg_size_pretty(pg_indexes_size('"Ticket"')) AS indexes,
           pg_size_pretty(pg_relation_size('"Ticket_support_queue"')) AS "supportQueueIndex",
           pg_size_pretty(pg_total_relation_size('"TicketComment"')) AS "comments",
           (SELECT setting FROM pg_settings WHERE name = 'shared_buffers')::int * 8 / 1024 AS "sharedBuffersMb"`);
  const indexSizes = await rowsOf(`
    SELECT indexrelname AS index, pg_size_pretty(pg_relation_size(indexrelid)) AS size
    FROM pg_stat_user_indexes WHERE relname = 'Ticket' ORDER BY pg_relation_size(indexrelid) DESC`);
  for (const p of providers) {
    const rows = seeded.mix.filter((m) => m.provider === p.name);
    const total = rows.reduce((n, m) => n + m.n, 0);
    const open = rows.filter((m) => OPEN_STATUSES.includes(m.status)).reduce((n, m) => n + m.n, 0);
    say(`           ${p.nameEn.padEnd(38)} ${String(total).padStart(8)} tickets, ${String(open).padStart(6)} in the support queue`);
  }
  say(`           "Ticket": table ${sizes.table}, indexes ${sizes.indexes} (${indexSizes.map((i) => `${i.index} ${i.size}`).join(', ')})`);
  say(`           "TicketComment" ${sizes.comments} with indexes; shared_buffers ${sizes.sharedBuffersMb} MB`);

  const appPort = await freePort();
  await app.listen({ port: appPort, host: '127.0.0.1' });
  // After the app: its start-up creates pg-boss's queues, whose job table the baseline writes into.
  const baselinePort = await freePort();
  const baseline = await startTicketsBaselineServer({ databaseUrl, port: baselinePort, providerId: support.providerId, merchantId: merchant.id, poolSize: SETTINGS.poolSize });
  closers.push(() => baseline.close());
  step(`app on 127.0.0.1:${appPort}, baseline on 127.0.0.1:${baselinePort}`);

  const appUrl = `http://127.0.0.1:${appPort}`;
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  const supportHeaders = await signIn(appUrl, SUPPORT);
  const merchantHeaders = await signIn(appUrl, MERCHANT);

  // The deep page: follow nextCursor from the first page, then hammer that page.
  const firstPage = await getJson(appUrl + QUEUE_PATH, supportHeaders);
  let cursor = firstPage.nextCursor;
  let deepPage = 2;
  for (; deepPage < SETTINGS.deepPage && cursor; deepPage += 1) {
    const body = await getJson(`${appUrl}${QUEUE_PATH}?cursor=${cursor}`, supportHeaders);
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
  }
  const createBody = JSON.stringify({
    terminalId: terminal.id,
    category: 'PRINTER',
    subject: '打印机不出小票',
    description: '今天上午开始打印机不出小票，已经换过纸卷并重启终端，仍然不行，影响收款，请尽快处理。',
  });
  const scenarios = [
    { key: 'first', title: 'queue: first page', path: QUEUE_PATH, headers: supportHeaders },
    { key: 'deep', title: `queue: page ${deepPage} (cursor)`, path: `${QUEUE_PATH}?cursor=${cursor}`, cursor, headers: supportHeaders },
    { key: 'create', title: 'create ticket', path: CREATE_PATH, method: 'POST', body: createBody, headers: merchantHeaders },
  ];

  // Both targets must answer the same: the same rows in the same order and the same cursor (and, apart from
  // timing at the edge of a warning window, the same JSON), so the comparison is of like with like.
  for (const s of scenarios.filter((s) => !s.method)) {
    const [a, b] = await Promise.all([getJson(appUrl + s.path, s.headers), getJson(baselineUrl + s.path, s.headers)]);
    const idsOf = (body) => body.items.map((i) => i.id).join();
    if (a.items.length === 0 || idsOf(a) !== idsOf(b) || a.nextCursor !== b.nextCursor) {
      throw new Error(`app and baseline disagree on ${s.title}: ${a.items.length} vs ${b.items.length} items`);
    }
    if (!isDeepStrictEqual(a, b)) {
      const i = a.items.findIndex((item, n) => !isDeepStrictEqual(item, b.items[n]));
      say(`WARNING: ${s.title}: same rows, but item ${i} differs:\n  app      ${JSON.stringify(a.items[i])}\n  baseline ${JSON.stringify(b.items[i])}`);
    }
    s.items = a.items.length;
  }
  // A ticket opened through each: the same response shape and the same writes.
  const created = await Promise.all([call('POST', appUrl + CREATE_PATH, merchantHeaders, createBody), call('POST', baselineUrl + CREATE_PATH, merchantHeaders, createBody)]);
  if (!isDeepStrictEqual(shapeOf(created[0]), shapeOf(created[1]))) {
    throw new Error(`app and baseline answer POST ${CREATE_PATH} with different shapes:\n${JSON.stringify(shapeOf(created[0]))}\n${JSON.stringify(shapeOf(created[1]))}`);
  }
  const [{ table_name: jobTable }] = await rowsOf(`SELECT table_name FROM pgboss.queue WHERE name = $1`, [SLA_CHECK_JOB]);
  const writesOf = async (ticketIds) =>
    (
      await rowsOf(
        `SELECT (SELECT count(*)::int FROM "Ticket" WHERE id = ANY($1::uuid[])) AS tickets,
                (SELECT count(*)::int FROM "AuditEvent" WHERE "ticketId" = ANY($1::uuid[]) AND action = 'TICKET_OPENED') AS "auditEvents",
                (SELECT count(*)::int FROM "Notification" WHERE type = 'ticket.opened' AND data->>'ticketId' = ANY($1::text[])) AS notifications,
                (SELECT count(*)::int FROM pgboss.${jobTable} WHERE name = $2 AND data->>'ticketId' = ANY($1::text[])) AS "slaCheckJobs"`,
        [ticketIds, SLA_CHECK_JOB],
      )
    )[0];
  const writes = await Promise.all(created.map((t) => writesOf([t.id])));
  if (!isDeepStrictEqual(writes[0], writes[1]) || writes[0].slaCheckJobs !== 1) throw new Error(`app and baseline write differently: ${JSON.stringify(writes)}`);
  step(`app and baseline return identical pages (${scenarios.filter((s) => s.items).map((s) => `${s.title}: ${s.items} items`).join(', ')}) ` +
    `and open tickets alike (${Object.entries(writes[0]).map(([k, v]) => `${v} ${k}`).join(', ')}; app ${created[0].reference}, baseline ${created[1].reference})`);

  // The plans, with the parameters each queue scenario sends, and the second step for the first page's ids.
  const plans = {};
  for (const s of scenarios.filter((s) => !s.method)) {
    const query = queueIdsQuery({ providerId: support.providerId, after: s.cursor ? decodeCursor(s.cursor) : undefined, limit: 51 });
    plans[s.key] = (await admin.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, values: query.values })).rows.map((r) => r['QUERY PLAN']);
  }
  plans.rowsById = (await admin.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${ROWS_BY_ID}`, values: [firstPage.items.map((i) => i.id)] })).rows.map((r) => r['QUERY PLAN']);
  say();
  say(`EXPLAIN (ANALYZE, BUFFERS), first page of the support queue for ${providers.find((p) => p.id === support.providerId).nameEn}:`);
  for (const line of plans.first) say(`  ${line}`);
  const usesIndex = (plan) => plan.some((line) => /Index (Only )?Scan using "?Ticket_support_queue"? /.test(line));
  say(usesIndex(plans.first) ? '  -> ordered scan of the partial index "Ticket_support_queue": OK' : '  -> WARNING: the first page does NOT scan "Ticket_support_queue"');
  say(`  ${scenarios[1].title}: ${planSummary(plans.deep)}`);
  say(`  rows by id (step two, first page): ${planSummary(plans.rowsById)}`);
  say();

  // Load.
  const targets = [
    { key: 'app', title: 'app (Nest+Prisma)', base: appUrl },
    { key: 'baseline', title: 'baseline (http+pg)', base: baselineUrl },
  ].filter((t) => !SETTINGS.targets || SETTINGS.targets.includes(t.key));
  const loaded = scenarios.filter((s) => !SETTINGS.scenarios || SETTINGS.scenarios.includes(s.key));
  const results = [];
  const counts = async () =>
    (
      await rowsOf(`SELECT (SELECT count(*)::int FROM "Ticket") AS tickets, (SELECT count(*)::int FROM "AuditEvent" WHERE action = 'TICKET_OPENED') AS "auditEvents",
                           (SELECT count(*)::int FROM "Notification") AS notifications, (SELECT count(*)::int FROM "OutboxEmail") AS emails,
                           (SELECT count(*)::int FROM pgboss.${jobTable} WHERE name = $1) AS "slaCheckJobs"`, [SLA_CHECK_JOB])
    )[0];
  for (const s of loaded) {
    for (const t of targets) {
      step(`load: ${s.title} -> ${t.title}`);
      const before = s.method ? await counts() : null;
      const r = await load(t.base + s.path, s.headers, pgDir, { method: s.method, body: s.body });
      if (r.errors > 0) say(`           ${r.errors} failed requests: ${JSON.stringify(r.errorKinds)}`);
      if (before) {
        const after = await counts();
        r.writes = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
        say(`           wrote (warm-up included) ${Object.entries(r.writes).map(([k, v]) => `${v} ${k}`).join(', ')}`);
      }
      results.push({ scenario: s.key, scenarioTitle: s.title, target: t.key, targetTitle: t.title, ...r });
    }
  }

  // Report.
  const pad = (value, width, left = false) => (left ? String(value).padEnd(width) : String(value).padStart(width));
  const header =
    `${pad('scenario', 26, true)}${pad('target', 20, true)}${pad('req/s', 8)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}` +
    `${pad('errors', 8)}${pad('node cpu', 10)}${pad('pg cpu', 8)}${pad('gen cpu', 9)}${pad('other', 7)}`;
  const lines = results.map(
    (r) =>
      `${pad(r.scenarioTitle, 26, true)}${pad(r.targetTitle, 20, true)}${pad(Math.round(r.rps), 8)}${pad(r.latencyMs.p50.toFixed(2), 9)}` +
      `${pad(r.latencyMs.p95.toFixed(2), 9)}${pad(r.latencyMs.p99.toFixed(2), 9)}${pad(r.errors, 8)}${pad(r.nodeServerCores.toFixed(2), 10)}` +
      `${pad(r.postgresCores.toFixed(2), 8)}${pad(r.loadGenCores.toFixed(2), 9)}${pad(r.otherCores.toFixed(2), 7)}`,
  );
  say();
  say(header);
  say('-'.repeat(header.length));
  for (const line of lines) say(line);
  say(`(cpu: cores busy on average; node = server threads, pg = PostgreSQL, gen = load generator, other = rest of the machine)`);
  if (results.some((r) => r.otherCores > 0.25)) {
    say(`WARNING: other processes kept up to ${Math.max(...results.map((r) => r.otherCores)).toFixed(2)} cores busy during the load: the figures are skewed, run again on a quiet machine`);
  }
  for (const s of targets.length === 2 ? loaded : []) {
    const [a, b] = targets.map((t) => results.find((r) => r.scenario === s.key && r.target === t.key));
    say(`  ${s.title}: app serves ${((a.rps / b.rps) * 100).toFixed(0)} % of the baseline's throughput, p50 ${(a.latencyMs.p50 / b.latencyMs.p50).toFixed(1)}x, p95 ${(a.latencyMs.p95 / b.latencyMs.p95).toFixed(1)}x`);
  }

  writeResults(root, 'tickets', { source, settings: SETTINGS, data: { ...seeded, sizes, indexSizes }, plans, results });
}

await runBench(main);
