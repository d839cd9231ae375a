// Review-queue benchmark: GET /api/console/review-queue of the real app (NestJS + Fastify + Prisma, built by
// `nx run api:build`) against a bare node:http + pg baseline running the same SQL, on 200 000 applications.
// Run with `npm run bench:review-queue`. Everything it starts listens on 127.0.0.1 and is stopped on the way out,
// also on error or Ctrl-C; the database lives in a temporary directory that is removed.
//
// Environment knobs (see bench/README.md): BENCH_APPLICATIONS (200000), BENCH_CONNECTIONS (32), BENCH_WARMUP_MS
// (2000), BENCH_DURATION_MS (10000), BENCH_DEEP_PAGE (300), BENCH_SEARCH (鑫源餐饮), BENCH_SCENARIOS, BENCH_TARGETS,
// BENCH_SINGLE_CLIENT, BENCH_RESULTS_DIR (bench/results).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { decodeCursor, queueQuery, startBaselineServer } from './lib/baseline-server.mjs';
import { bulkSeedApplications } from './lib/bulk-seed.mjs';
import { closers, freePort, runBench, say, step, teardown, tempDirs, writeResults } from './lib/harness.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);
const pg = createRequire(join(root, 'apps/api/package.json'))('pg');

const int = (name, fallback) => (process.env[name] ? Number.parseInt(process.env[name], 10) : fallback);
const SETTINGS = {
  applications: int('BENCH_APPLICATIONS', 200_000),
  connections: int('BENCH_CONNECTIONS', 32),
  warmupMs: int('BENCH_WARMUP_MS', 2_000),
  durationMs: int('BENCH_DURATION_MS', 10_000),
  timeoutMs: 10_000,
  deepPage: int('BENCH_DEEP_PAGE', 300),
  /** Comma lists to run a subset: BENCH_SCENARIOS=first,deep,search,code and BENCH_TARGETS=app,baseline. */
  scenarios: process.env.BENCH_SCENARIOS?.split(',') ?? null,
  targets: process.env.BENCH_TARGETS?.split(',') ?? null,
  /** One client address per connection (default), or all from 127.0.0.1 with BENCH_SINGLE_CLIENT=1 (see README). */
  distinctClients: process.env.BENCH_SINGLE_CLIENT !== '1',
  search: process.env.BENCH_SEARCH || '鑫源餐饮',
  /** The app's Prisma adapter pool size (apps/api/src/core/prisma/prisma.service.ts); the baseline uses the same. */
  poolSize: 20,
};
const REVIEWER = { loginName: 'reviewer@dongfang-bank.example', password: 'PosDemo2026' };
const QUEUE_PATH = '/api/console/review-queue';


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
async function load(url, headers, pgDataDir) {
  const cpuBefore = process.cpuUsage();
  const pgBefore = postgresCpuSeconds(pgDataDir);
  const machineBefore = machineBusySeconds();
  const startedAt = Date.now();
  const worker = new Worker(new URL('./lib/load-worker.mjs', import.meta.url), {
    workerData: { url, headers, connections: SETTINGS.connections, warmupMs: SETTINGS.warmupMs, durationMs: SETTINGS.durationMs, timeoutMs: SETTINGS.timeoutMs, distinctClients: SETTINGS.distinctClients },
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

/** The access paths a plan takes on "Application", whether it sorts, and its execution time: one line. */
function planSummary(plan) {
  const scans = new Set();
  for (const line of plan) {
    const match = /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan) (?:using|on) ("[^"]+")/.exec(line);
    if (match && /Application(?!Terminal)/.test(match[2]) && !/"ApplicationTerminalRequest/.test(match[2])) scans.add(`${match[1]} ${match[2]}`);
  }
  const sorts = plan.some((line) => /->\s+(Incremental )?Sort /.test(line) || /^\s*Sort /.test(line));
  // Rows the scan of "Application" read and then threw away: the work a suitable index would save.
  let filtered = 0;
  plan.forEach((line, i) => {
    if (!/ on "Application" a /.test(line)) return;
    const indent = line.search(/\S/);
    for (const detail of plan.slice(i + 1)) {
      if (detail.search(/\S/) <= indent || detail.trim().startsWith('->')) break;
      filtered += Number(/Rows Removed by Filter: (\d+)/.exec(detail)?.[1] ?? 0);
    }
  });
  const time = plan.find((line) => line.startsWith('Execution Time'));
  return `${[...scans].join(' + ')}${sorts ? ', then Sort' : ', no Sort'}, ${filtered} rows filtered out; ${time}`;
}

async function getJson(url, headers) {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(SETTINGS.timeoutMs) });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

// ─── the run ─────────────────────────────────────────────────────────────────────────────────────────────────────
async function main() {
  say(`Review-queue benchmark: ${SETTINGS.applications.toLocaleString('en')} applications, ${SETTINGS.connections} connections, ` +
    `${SETTINGS.warmupMs / 1000} s warm-up + ${SETTINGS.durationMs / 1000} s per target; Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)}`);

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
  const ids = async (sql, values) => (await admin.query(sql, values)).rows;
  const providers = await ids(`SELECT id, name, "nameEn" FROM "Provider" ORDER BY "createdAt", name`);
  const users = await ids(`SELECT id, role::text, email, mobile, "providerId" FROM "User"`);
  // Each provider's applications are claimed by its reviewer, or its admin where it has no reviewer.
  const claimerOf = (providerId) =>
    (users.find((u) => u.providerId === providerId && u.role === 'REVIEWER') ?? users.find((u) => u.providerId === providerId && u.role === 'PROVIDER_ADMIN')).id;
  const reviewer = users.find((u) => u.email === REVIEWER.loginName);
  const merchant = users.find((u) => u.role === 'MERCHANT');

  const seeded = await bulkSeedApplications(admin, {
    count: SETTINGS.applications,
    merchantId: merchant.id,
    providers: providers.map((p) => p.id),
    reviewers: providers.map((p) => claimerOf(p.id)),
  });
  step(`inserted ${seeded.applications.toLocaleString('en')} applications and ${seeded.terminalRequests.toLocaleString('en')} terminal requests`);
  await admin.query('VACUUM (ANALYZE)');
  step('VACUUM (ANALYZE) done');
  const sizes = (
    await admin.query(`SELECT pg_size_pretty(pg_table_size('"Application"')) AS "table", pg_size_pretty(pg_indexes_size('"Application"')) AS indexes,
                             (SELECT setting FROM pg_settings WHERE name = 'shared_buffers')::int * 8 / 1024 AS "sharedBuffersMb"`)
  ).rows[0];
  const mixFor = (providerId) => {
    const name = providers.find((p) => p.id === providerId).name;
    const rows = seeded.mix.filter((m) => m.provider === name);
    const total = rows.reduce((n, m) => n + m.n, 0);
    const queue = rows.filter((m) => ['SUBMITTED', 'IN_REVIEW', 'PENDING_SECOND_APPROVAL'].includes(m.status)).reduce((n, m) => n + m.n, 0);
    return { total, queue };
  };
  for (const p of providers) {
    const { total, queue } = mixFor(p.id);
    say(`           ${p.nameEn.padEnd(38)} ${String(total).padStart(7)} applications, ${String(queue).padStart(6)} in the queue`);
  }
  say(`           "Application": table ${sizes.table}, indexes ${sizes.indexes}; shared_buffers ${sizes.sharedBuffersMb} MB`);

  const appPort = await freePort();
  await app.listen({ port: appPort, host: '127.0.0.1' });
  const baselinePort = await freePort();
  const baseline = await startBaselineServer({ databaseUrl, port: baselinePort, providerId: reviewer.providerId, poolSize: SETTINGS.poolSize });
  closers.push(() => baseline.close());
  step(`app on 127.0.0.1:${appPort}, baseline on 127.0.0.1:${baselinePort}`);

  const appUrl = `http://127.0.0.1:${appPort}`;
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  const login = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(REVIEWER),
    signal: AbortSignal.timeout(SETTINGS.timeoutMs),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };

  // The deep page: follow nextCursor from the first page, then hammer that page.
  const firstPage = await getJson(appUrl + QUEUE_PATH, headers);
  let cursor = firstPage.nextCursor;
  for (let page = 2; page < SETTINGS.deepPage && cursor; page += 1) {
    const body = await getJson(`${appUrl}${QUEUE_PATH}?cursor=${cursor}`, headers);
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
  }
  // A reviewer looking a business up by the start of its credit code (the service treats any q that looks like one
  // as "name contains q OR credit code starts with q").
  const creditCodePrefix = firstPage.items.find((i) => i.creditCode)?.creditCode.slice(0, 10);
  const scenarios = [
    { key: 'first', title: 'first page', path: QUEUE_PATH },
    { key: 'deep', title: `page ${SETTINGS.deepPage} (cursor)`, path: `${QUEUE_PATH}?cursor=${cursor}`, cursor },
    { key: 'search', title: 'search q (business name)', path: `${QUEUE_PATH}?q=${encodeURIComponent(SETTINGS.search)}`, q: SETTINGS.search },
    { key: 'code', title: 'search q (credit code)', path: `${QUEUE_PATH}?q=${creditCodePrefix}`, q: creditCodePrefix },
  ].filter((s) => s.key !== 'code' || creditCodePrefix);

  // Both targets must answer the same: same rows in the same order, so the comparison is of like with like.
  for (const s of scenarios) {
    const [a, b] = await Promise.all([getJson(appUrl + s.path, headers), getJson(baselineUrl + s.path, headers)]);
    const idsOf = (body) => body.items.map((i) => i.id).join();
    if (a.items.length === 0 || idsOf(a) !== idsOf(b) || a.nextCursor !== b.nextCursor) {
      throw new Error(`app and baseline disagree on ${s.title}: ${a.items.length} vs ${b.items.length} items`);
    }
    s.items = a.items.length;
  }
  step(`app and baseline return identical pages (${scenarios.map((s) => `${s.title}: ${s.items} items`).join(', ')})`);

  // The plans, with the parameters each scenario sends.
  const plans = {};
  for (const s of scenarios) {
    const query = queueQuery({ providerId: reviewer.providerId, text: s.q, after: s.cursor ? decodeCursor(s.cursor) : undefined, limit: 21 });
    const { rows } = await admin.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, values: query.values });
    plans[s.key] = rows.map((r) => r['QUERY PLAN']);
  }
  say();
  say(`EXPLAIN (ANALYZE, BUFFERS), first page for ${providers.find((p) => p.id === reviewer.providerId).nameEn}:`);
  for (const line of plans.first) say(`  ${line}`);
  const usesIndex = (plan) => plan.some((line) => /Index (Only )?Scan using "?Application_review_queue"? /.test(line));
  say(usesIndex(plans.first) ? '  -> ordered scan of the partial index "Application_review_queue": OK' : '  -> WARNING: the first page does NOT scan "Application_review_queue"');
  for (const s of scenarios.slice(1)) say(`  ${s.title}${s.q ? ` "${s.q}"` : ''}: ${planSummary(plans[s.key])}`);
  say();

  // Load.
  const targets = [
    { key: 'app', title: 'app (Nest+Prisma)', base: appUrl },
    { key: 'baseline', title: 'baseline (http+pg)', base: baselineUrl },
  ].filter((t) => !SETTINGS.targets || SETTINGS.targets.includes(t.key));
  const loaded = scenarios.filter((s) => !SETTINGS.scenarios || SETTINGS.scenarios.includes(s.key));
  const results = [];
  for (const s of loaded) {
    for (const t of targets) {
      step(`load: ${s.title} -> ${t.title}`);
      const r = await load(t.base + s.path, headers, pgDir);
      if (r.errors > 0) say(`           ${r.errors} failed requests: ${JSON.stringify(r.errorKinds)}`);
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
    say(`  ${s.title}: app serves ${((a.rps / b.rps) * 100).toFixed(0)} % of the baseline's throughput, p50 ${(a.latencyMs.p50 / b.latencyMs.p50).toFixed(1)}x`);
  }

  writeResults(root, 'review-queue', { settings: SETTINGS, data: { ...seeded, sizes }, plans, results });
}

await runBench(main);
