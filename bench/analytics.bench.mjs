// Analytics benchmark (issue #11): the provider dashboard GET /api/console/analytics and its CSV export of the real
// app (NestJS + Fastify + Prisma, built by `nx run api:build`) against a bare node:http + pg baseline running the same
// SQL statements, with the large data sets of the review-queue and ticket-desk benches loaded into one database
// (200 000 applications, 1 000 000 tickets) plus documents, change requests, agreements, installations and
// troubleshooting sessions. Run with `npm run bench:analytics`. Everything it starts listens on 127.0.0.1 and is
// stopped on the way out, also on error or Ctrl-C; the database lives in a temporary directory that is removed.
//
// Environment knobs (see bench/README.md): BENCH_APPLICATIONS (200000), BENCH_TICKETS (1000000), BENCH_MERCHANTS
// (3000), BENCH_TERMINALS (6000), BENCH_SESSIONS (200000), BENCH_CONNECTIONS (4), BENCH_WARMUP_MS (2000),
// BENCH_DURATION_MS (10000), BENCH_SCENARIOS (d90,d365,csv365), BENCH_TARGETS (app,baseline), BENCH_KEEP (keep the
// database, app and baseline running after the report until Ctrl-C, to try indexes by hand), BENCH_RESULTS_DIR (bench/results).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyticsStatements, beijingRange, startAnalyticsBaselineServer } from './lib/analytics-baseline-server.mjs';
import { bulkSeedApplications } from './lib/bulk-seed.mjs';
import { bulkSeedAnalytics } from './lib/bulk-seed-analytics.mjs';
import { bulkSeedTickets } from './lib/bulk-seed-tickets.mjs';
import { closers, freePort, runBench, say, step, tempDirs, untilInterrupted, writeResults } from './lib/harness.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);
const pg = createRequire(join(root, 'apps/api/package.json'))('pg');

const int = (name, fallback) => (process.env[name] ? Number.parseInt(process.env[name], 10) : fallback);
const SETTINGS = {
  applications: int('BENCH_APPLICATIONS', 200_000),
  tickets: int('BENCH_TICKETS', 1_000_000),
  merchants: int('BENCH_MERCHANTS', 3_000),
  terminals: int('BENCH_TERMINALS', 6_000),
  sessions: int('BENCH_SESSIONS', 200_000),
  // A dashboard is opened by a handful of people, not hammered like a queue.
  connections: int('BENCH_CONNECTIONS', 4),
  warmupMs: int('BENCH_WARMUP_MS', 2_000),
  durationMs: int('BENCH_DURATION_MS', 10_000),
  timeoutMs: 30_000,
  /** Comma lists to run a subset: BENCH_SCENARIOS=d90,d365,csv365 (or none) and BENCH_TARGETS=app,baseline. */
  scenarios: process.env.BENCH_SCENARIOS?.split(',') ?? null,
  targets: process.env.BENCH_TARGETS?.split(',') ?? null,
  distinctClients: true,
  keep: process.env.BENCH_KEEP === '1',
  /** The app's Prisma adapter pool size (apps/api/src/core/prisma/prisma.service.ts); the baseline uses the same. */
  poolSize: 20,
  /** Issue #11: "the dashboard answers in under a second". */
  targetP95Ms: 1_000,
  /** A statement slower than this alone (no load) is worth a look. */
  slowStatementMs: 200,
};
const ADMIN = { loginName: 'admin@dongfang-bank.example', password: 'PosDemo2026' };
const DASHBOARD_PATH = '/api/console/analytics';
const FUNNEL_CSV_PATH = '/api/console/analytics/export/funnel.csv';


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
      if (Number(entry) === postmaster) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      else if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / 100;
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
    workerData: {
      url,
      headers,
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
  const processCores = (cpu.user + cpu.system) / 1000 / total;
  const postgresCores = (postgresCpuSeconds(pgDataDir) - pgBefore) / (total / 1000);
  return {
    ...result,
    nodeServerCores: Math.max(0, processCores - result.loadGenCores),
    postgresCores,
    otherCores: Math.max(0, (machineBusySeconds() - machineBefore) / (total / 1000) - processCores - postgresCores),
  };
}

/**
 * One line for a plan: every scan (kind, relation or index, rows it returned, times loops when it ran more than once),
 * the buffers of the top node and the execution time.
 */
function planSummary(plan) {
  const scans = [];
  for (const line of plan) {
    const match = /->\s+(Parallel )?(Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan) (?:using ("?[^" ]+"?) )?(?:on ("?[^" ]+"?))?.*actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(line) ??
      /^\s*(Parallel )?(Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan) (?:using ("?[^" ]+"?) )?(?:on ("?[^" ]+"?))?.*actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(line);
    if (!match) continue;
    const [, parallel, kind, index, table, rows, loops] = match;
    const what = kind === 'Bitmap Index Scan' ? table ?? index : index ? `${index} on ${table}` : table;
    scans.push(`${parallel ?? ''}${kind} ${what} ${Number(rows).toLocaleString('en')} rows${Number(loops) > 1 ? ` x ${Number(loops).toLocaleString('en')} loops` : ''}`);
  }
  // Index-only scans that still visit the table (pages not yet all-visible in the visibility map).
  const heapFetches = plan.reduce((n, line) => n + Number(/Heap Fetches: (\d+)/.exec(line)?.[1] ?? 0), 0);
  if (heapFetches) scans.push(`${heapFetches.toLocaleString('en')} heap fetches`);
  const buffers = plan.find((line) => /^\s*Buffers:/.test(line))?.trim().replace('Buffers: ', '');
  const time = Number(/Execution Time: ([\d.]+) ms/.exec(plan.find((line) => line.startsWith('Execution Time')) ?? '')?.[1]);
  return { scans, buffers, ms: time, text: `${scans.join('; ')}; buffers ${buffers ?? '?'}; ${time.toFixed(1)} ms` };
}

async function call(method, url, headers, body) {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(SETTINGS.timeoutMs),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.text();
}

function sourceState() {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'apps/api/src', 'libs/shared/src', 'prisma').split('\n').filter(Boolean);
    return { commit: git('rev-parse', '--short', 'HEAD'), changedFiles: changed.length, changed };
  } catch {
    return { commit: 'unknown', changedFiles: 0, changed: [] };
  }
}

/** The Beijing date `days` before today, YYYY-MM-DD. */
const beijingDate = (daysBack) => new Date(Date.now() + 8 * 3_600_000 - daysBack * 86_400_000).toISOString().slice(0, 10);

// ─── the run ─────────────────────────────────────────────────────────────────────────────────────────────────────
async function main() {
  say(`Analytics benchmark: ${SETTINGS.applications.toLocaleString('en')} applications, ${SETTINGS.tickets.toLocaleString('en')} tickets, ` +
    `${SETTINGS.sessions.toLocaleString('en')} troubleshooting sessions; ${SETTINGS.connections} connections, ` +
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
    TRUST_PROXY: 'true',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
  });
  const runtime = new RuntimeConfig(env, databaseUrl, randomBytes(48).toString('base64url'), randomBytes(32), appDir);
  const app = await createApp(runtime);
  closers.push(() => app.close());
  await seedDemoData(app.get(PrismaService), app.get(PasswordHasher));
  step('demo data seeded');

  const admin = new pg.Client({ connectionString: databaseUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  closers.push(() => admin.end());
  const rowsOf = async (sql, values) => (await admin.query(sql, values)).rows;
  const providers = await rowsOf(`SELECT id, name, "nameEn" FROM "Provider" ORDER BY "createdAt", name`);
  const users = await rowsOf(`SELECT id, role::text, email, mobile, "providerId" FROM "User"`);
  const staffOf = (providerId, role) =>
    (users.find((u) => u.providerId === providerId && u.role === role) ?? users.find((u) => u.providerId === providerId && u.role === 'PROVIDER_ADMIN')).id;
  const providerAdmin = users.find((u) => u.email === ADMIN.loginName);
  const merchant = users.find((u) => u.role === 'MERCHANT');
  if (!providerAdmin || !merchant) throw new Error('demo provider admin or merchant not found');
  const provider = providers.find((p) => p.id === providerAdmin.providerId);

  // The two large data sets of the review-queue and ticket-desk benches, as those benches build them, then the rest.
  const seconds = {};
  let at = Date.now();
  const applications = await bulkSeedApplications(admin, {
    count: SETTINGS.applications,
    merchantId: merchant.id,
    providers: providers.map((p) => p.id),
    reviewers: providers.map((p) => staffOf(p.id, 'REVIEWER')),
  });
  seconds.applications = (Date.now() - at) / 1000;
  step(`inserted ${applications.applications.toLocaleString('en')} applications and ${applications.terminalRequests.toLocaleString('en')} terminal requests`);
  const tickets = await bulkSeedTickets(admin, {
    count: SETTINGS.tickets,
    merchants: SETTINGS.merchants,
    terminals: SETTINGS.terminals,
    providers: providers.map((p) => p.id),
    staff: providers.map((p) => staffOf(p.id, 'SUPPORT')),
    log: (message) => step(`  ${message}`),
  });
  step(`inserted ${tickets.tickets.toLocaleString('en')} tickets, ${tickets.comments.toLocaleString('en')} comments`);
  const extras = await bulkSeedAnalytics(admin, { sessions: SETTINGS.sessions, terminals: tickets.terminals, log: (message) => step(`  ${message}`) });
  at = Date.now();
  await admin.query('VACUUM (ANALYZE)');
  seconds.vacuumAnalyze = (Date.now() - at) / 1000;
  step('VACUUM (ANALYZE) done');

  const to = beijingDate(0);
  const ranges = { d90: { from: beijingDate(89), to }, d365: { from: beijingDate(364), to } };
  // What each range holds for the admin's provider: the rows the aggregates walk.
  const volume = async (range) => {
    const r = beijingRange(range.from, range.to);
    return (
      await rowsOf(
        `SELECT (SELECT count(*)::int FROM "Application" WHERE "providerId" = $1 AND "submittedAt" >= $2 AND "submittedAt" < $3) AS submitted,
                (SELECT count(*)::int FROM "Application" WHERE "providerId" = $1 AND "decidedAt" >= $2 AND "decidedAt" < $3) AS decided,
                (SELECT count(*)::int FROM "Ticket" WHERE "providerId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3) AS tickets,
                (SELECT count(*)::int FROM "TroubleshootingSession" WHERE "providerId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3) AS sessions,
                (SELECT count(*)::int FROM "InstallationAppointment" WHERE "providerId" = $1 AND "acceptedAt" >= $2 AND "acceptedAt" < $3) AS installations`,
        [provider.id, r.from, r.to],
      )
    )[0];
  };
  const volumes = { d90: await volume(ranges.d90), d365: await volume(ranges.d365) };
  const sizes = await rowsOf(`
    SELECT c.relname AS "table", pg_size_pretty(pg_table_size(c.oid)) AS size, pg_size_pretty(pg_indexes_size(c.oid)) AS indexes, c.reltuples::bigint AS rows
      FROM pg_class c WHERE c.relname IN ('Application', 'Ticket', 'ApplicationDocument', 'ChangeRequest', 'Agreement', 'InstallationAppointment', 'TroubleshootingSession')
     ORDER BY pg_total_relation_size(c.oid) DESC`);
  const [{ sharedBuffersMb }] = await rowsOf(`SELECT (SELECT setting FROM pg_settings WHERE name = 'shared_buffers')::int * 8 / 1024 AS "sharedBuffersMb"`);
  say(`           ${provider.nameEn} (the admin's provider):`);
  for (const [key, v] of Object.entries(volumes)) {
    say(`             ${key === 'd90' ? 'last 90 days ' : 'last 365 days'}: ${v.submitted.toLocaleString('en')} applications submitted, ${v.decided.toLocaleString('en')} decided, ` +
      `${v.tickets.toLocaleString('en')} tickets opened, ${v.sessions.toLocaleString('en')} troubleshooting sessions, ${v.installations.toLocaleString('en')} installations accepted`);
  }
  say(`           ${sizes.map((s) => `"${s.table}" ${Number(s.rows).toLocaleString('en')} rows ${s.size} + indexes ${s.indexes}`).join('; ')}; shared_buffers ${sharedBuffersMb} MB`);

  const appPort = await freePort();
  await app.listen({ port: appPort, host: '127.0.0.1' });
  const baselinePort = await freePort();
  const baseline = await startAnalyticsBaselineServer({ databaseUrl, port: baselinePort, providerId: provider.id, poolSize: SETTINGS.poolSize });
  closers.push(() => baseline.close());
  step(`app on 127.0.0.1:${appPort}, baseline on 127.0.0.1:${baselinePort}`);
  const appUrl = `http://127.0.0.1:${appPort}`;
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  const login = JSON.parse(await call('POST', `${appUrl}/api/auth/login`, {}, JSON.stringify(ADMIN)));
  const headers = { authorization: `Bearer ${login.accessToken}` };

  const query = (range) => `from=${range.from}&to=${range.to}`;
  const scenarios = [
    { key: 'd90', title: 'dashboard, 90 days', path: `${DASHBOARD_PATH}?${query(ranges.d90)}` },
    { key: 'd365', title: 'dashboard, 365 days', path: `${DASHBOARD_PATH}?${query(ranges.d365)}` },
    { key: 'csv365', title: 'funnel CSV, 365 days', path: `${FUNNEL_CSV_PATH}?${query(ranges.d365)}` },
  ];
  // App and baseline must answer byte for byte the same: the same SQL, the same figures.
  const samples = {};
  for (const s of scenarios) {
    const [a, b] = await Promise.all([call('GET', appUrl + s.path, headers), call('GET', baselineUrl + s.path, headers)]);
    if (a !== b) throw new Error(`app and baseline disagree on ${s.title}:\n  app      ${a.slice(0, 2000)}\n  baseline ${b.slice(0, 2000)}`);
    samples[s.key] = s.key === 'csv365' ? a : JSON.parse(a);
    s.bytes = Buffer.byteLength(a);
  }
  const d365 = samples.d365;
  step(`app and baseline answer identically (${scenarios.map((s) => `${s.title}: ${s.bytes.toLocaleString('en')} bytes`).join(', ')})`);
  say(`           365 days: funnel ${JSON.stringify(d365.funnel.totals)} over ${d365.funnel.weeks.length} weeks; review: ${d365.review.decided} decided, median ${d365.review.medianBusinessDays} / p90 ${d365.review.p90BusinessDays} business days, ` +
    `${d365.review.changesRequestedPercent} % with change requests, ${d365.review.rejectedDocuments.reduce((n, r) => n + r.count, 0)} documents rejected, ${d365.review.installationsAccepted} installations (median ${d365.review.installationLeadTimeMedianDays} days); ` +
    `tickets: ${d365.tickets.opened} opened, ${d365.tickets.satisfaction.rated} rated (average ${d365.tickets.satisfaction.average}), self-service ${d365.tickets.selfService.selfResolvedPercent} %`);

  // Every statement of the 365-day dashboard, alone, on a warm cache (the comparison above has just run them).
  const plans = {};
  const summaries = {};
  say();
  say(`EXPLAIN (ANALYZE, BUFFERS) of each statement of the 365-day dashboard (${ranges.d365.from} to ${ranges.d365.to}), one at a time:`);
  for (const s of analyticsStatements(provider.id, beijingRange(ranges.d365.from, ranges.d365.to))) {
    plans[s.key] = (await admin.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, values: s.values })).rows.map((r) => r['QUERY PLAN']);
    const summary = planSummary(plans[s.key]);
    summaries[s.key] = summary;
    const seqScan = summary.scans.find((scan) => /Seq Scan "(Ticket|Application)"/.test(scan));
    const flags = [seqScan ? 'sequential scan' : null, summary.ms > SETTINGS.slowStatementMs ? `over ${SETTINGS.slowStatementMs} ms` : null].filter(Boolean);
    say(`  ${s.key.padEnd(22)} ${summary.text}${flags.length ? `   <- ${flags.join(', ')}` : ''}`);
  }
  const sumMs = Object.values(summaries).reduce((n, s) => n + s.ms, 0);
  const maxMs = Math.max(...Object.values(summaries).map((s) => s.ms));
  say(`  all ${Object.keys(summaries).length} statements: ${sumMs.toFixed(0)} ms one after another; the slowest ${maxMs.toFixed(0)} ms bounds a request that runs them in parallel`);
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
    `${pad('scenario', 24, true)}${pad('target', 20, true)}${pad('req/s', 8)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}` +
    `${pad('errors', 8)}${pad('node cpu', 10)}${pad('pg cpu', 8)}${pad('gen cpu', 9)}${pad('other', 7)}  under 1 s?`;
  say();
  say(header);
  say('-'.repeat(header.length));
  for (const r of results) {
    say(`${pad(r.scenarioTitle, 24, true)}${pad(r.targetTitle, 20, true)}${pad(r.rps.toFixed(1), 8)}${pad(r.latencyMs.p50.toFixed(1), 9)}` +
      `${pad(r.latencyMs.p95.toFixed(1), 9)}${pad(r.latencyMs.p99.toFixed(1), 9)}${pad(r.errors, 8)}${pad(r.nodeServerCores.toFixed(2), 10)}` +
      `${pad(r.postgresCores.toFixed(2), 8)}${pad(r.loadGenCores.toFixed(2), 9)}${pad(r.otherCores.toFixed(2), 7)}  ${r.errors === 0 && r.latencyMs.p95 < SETTINGS.targetP95Ms ? 'yes' : 'NO'}`);
  }
  say(`(cpu: cores busy on average; node = server threads, pg = PostgreSQL, gen = load generator, other = rest of the machine)`);
  const loadAverage = loadavg()[0];
  if (results.some((r) => r.otherCores > 0.25)) {
    say(`WARNING: other processes kept up to ${Math.max(...results.map((r) => r.otherCores)).toFixed(2)} cores busy during the load (load average ${loadAverage.toFixed(2)}): the figures are skewed, run again on a quiet machine`);
  }
  for (const r of results.filter((r) => r.target === 'app')) {
    const verdict = r.errors === 0 && r.latencyMs.p95 < SETTINGS.targetP95Ms;
    say(`  ${r.scenarioTitle}: p95 ${r.latencyMs.p95.toFixed(0)} ms at ${SETTINGS.connections} connections: ${verdict ? 'answers in under a second' : 'does NOT answer in under a second'} (issue #11)`);
  }
  for (const s of targets.length === 2 ? loaded : []) {
    const [a, b] = targets.map((t) => results.find((r) => r.scenario === s.key && r.target === t.key));
    say(`  ${s.title}: app serves ${((a.rps / b.rps) * 100).toFixed(0)} % of the baseline's throughput, p50 ${(a.latencyMs.p50 / b.latencyMs.p50).toFixed(2)}x, p95 ${(a.latencyMs.p95 / b.latencyMs.p95).toFixed(2)}x`);
  }

  writeResults(root, 'analytics', {
    loadAverage,
    source,
    settings: SETTINGS,
    ranges,
    data: { applications, tickets, extras, seconds, volumes, sizes, sharedBuffersMb },
    dashboard365: d365,
    plans,
    planSummaries: Object.fromEntries(Object.entries(summaries).map(([k, v]) => [k, v.text])),
    results,
  });

  if (SETTINGS.keep) {
    say(`BENCH_KEEP: database ${databaseUrl}, app ${appUrl} (token below), baseline ${baselineUrl}. Ctrl-C to tear down.`);
    say(`  authorization: ${headers.authorization}`);
    await untilInterrupted();
  }
}

await runBench(main);
