// Uploads benchmark (issue 15): throughput and server memory while 20 merchants upload a 10 MB document each at the
// same moment, through the real app (apps/api/dist/main.js, built by `nx run api:build`) storing on local disk and on
// an S3-compatible bucket (s3rver), next to a bare node:http + busboy baseline that only hashes the file into a file.
// Run with `npm run bench:uploads`. Each server runs in a child process of its own, so its memory (RSS and V8 heap:
// before, peak during, after) is its own; a probe loaded into it (lib/memory-probe.mjs) samples every 50 ms.
// Everything listens on 127.0.0.1; temporary directories are removed on the way out, also on error or Ctrl-C.
//
// Environment knobs (see bench/README.md): BENCH_PARALLEL (20), BENCH_PARALLEL_LOW (5), BENCH_FILE_MB (10),
// BENCH_ROUNDS (3), BENCH_WARMUP_UPLOADS (3), BENCH_TARGETS (baseline,app-disk,app-s3), BENCH_SERVER_NODE_FLAGS,
// BENCH_RESULTS_DIR (bench/results).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { children, closers, freePort, runBench, say, step, tempDirs, writeResults } from './lib/harness.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);
const pg = createRequire(join(root, 'apps/api/package.json'))('pg');

const MB = 1024 * 1024;
const int = (name, fallback) => (process.env[name] ? Number.parseInt(process.env[name], 10) : fallback);
const SETTINGS = {
  parallel: int('BENCH_PARALLEL', 20),
  /** The second, smaller number of uploads at once, to tell the per-upload cost from what the process grows by anyway. */
  parallelLow: int('BENCH_PARALLEL_LOW', 5),
  fileBytes: int('BENCH_FILE_MB', 10) * MB,
  rounds: int('BENCH_ROUNDS', 3),
  warmupUploads: int('BENCH_WARMUP_UPLOADS', 3),
  /** Diagnosis only: force a full GC in the servers this often during the rounds, to see what they really hold. */
  gcEveryMs: int('BENCH_GC_EVERY_MS', 0),
  targets: process.env.BENCH_TARGETS?.split(',') ?? ['baseline', 'app-disk', 'app-s3'],
  /** The app's upload limit (MAX_UPLOAD_BYTES): the default 10 MB, raised only when BENCH_FILE_MB asks for more. */
  maxUploadBytes: Math.max(10 * MB, int('BENCH_FILE_MB', 10) * MB),
  timeoutMs: 120_000,
};
/** Issue 15: an upload must not hold the file in memory; this much RSS growth per parallel upload is the goal. */
const GOAL_MB_PER_UPLOAD = 1;
const MERCHANT = { loginName: '13800138000', password: 'PosDemo2026' };
const S3_BUCKET = 'bench-uploads';


// ─── child processes ─────────────────────────────────────────────────────────────────────────────────────────────
const PROBE = pathToFileURL(join(root, 'bench/lib/memory-probe.mjs')).href;

/**
 * Starts `script` in a child process with an IPC channel (and, for servers under test, the memory probe and
 * --expose-gc). Its output is kept and shown if it fails. Returns the child with helpers to talk to the probe.
 */
function startChild(name, script, env, { probe = true } = {}) {
  // BENCH_SERVER_NODE_FLAGS (e.g. --max-semi-space-size=1) go to the servers under test only, to see how V8's
  // garbage collection shapes their peak.
  const flags = probe ? ['--expose-gc', ...(process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--import', PROBE] : [];
  const args = [...flags, script];
  const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  children.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  void exited.then(() => children.delete(child));
  const ask = (message, answer) =>
    new Promise((done, fail) => {
      const onMessage = (reply) => {
        if (reply?.probe !== answer) return;
        child.off('message', onMessage);
        done(reply);
      };
      child.on('message', onMessage);
      child.send(message, (error) => error && fail(error));
    });
  return {
    child,
    name,
    output: () => output,
    exited,
    /** Resolves with the first IPC message matching `test`, or rejects when the child exits first. */
    waitFor: (test, timeoutMs = 120_000) =>
      new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`${name} did not get ready in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
        child.on('message', (message) => test(message) && (clearTimeout(timer), done(message)));
        void exited.then(({ code, signal }) => (clearTimeout(timer), fail(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output}`))));
      }),
    snapshot: async (gc = true) => (await ask({ probe: 'snapshot', gc }, 'snapshot')).memory,
    startSampling: () => ask({ probe: 'start', gcEveryMs: SETTINGS.gcEveryMs }, 'start'),
    stopSampling: () => ask({ probe: 'stop' }, 'stop'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForHealth(url, server) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited:\n${server.output()}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${server.name} did not answer /api/health:\n${server.output()}`);
}

// ─── the files ───────────────────────────────────────────────────────────────────────────────────────────────────
const fixture = (name) => readFileSync(join(root, 'apps/api/test/support/fixtures', name));
/** Real JPEG, PNG and PDF files padded with random bytes to the file size: what the app checks is the first bytes. */
const KINDS = [
  { name: 'licence.jpg', contentType: 'image/jpeg', documentType: 'BUSINESS_LICENCE', head: fixture('licence.jpg') },
  { name: 'storefront.png', contentType: 'image/png', documentType: 'STOREFRONT_PHOTO', head: fixture('storefront.png') },
  { name: 'licence.pdf', contentType: 'application/pdf', documentType: 'SETTLEMENT_ACCOUNT_PROOF', head: fixture('licence.pdf') },
];
const MARKER_BYTES = 32;
const SLICE_BYTES = 64 * 1024;

/**
 * Each upload is `head + padding + marker`: the padding is shared (one random buffer, sent in slices without
 * copying), the marker is unique per upload, so every upload is different content (no deduplication) and its
 * SHA-256 is one small update of a hash state taken once per kind.
 */
function prepareFiles() {
  const padding = randomBytes(SETTINGS.fileBytes);
  for (const kind of KINDS) {
    kind.padding = padding.subarray(0, SETTINGS.fileBytes - kind.head.length - MARKER_BYTES);
    kind.hashOfBody = createHash('sha256').update(kind.head).update(kind.padding);
  }
  return (index) => {
    const kind = KINDS[index % KINDS.length];
    const marker = randomBytes(MARKER_BYTES);
    const slices = [kind.head];
    for (let offset = 0; offset < kind.padding.length; offset += SLICE_BYTES) slices.push(kind.padding.subarray(offset, offset + SLICE_BYTES));
    slices.push(marker);
    return { kind, slices, sizeBytes: SETTINGS.fileBytes, sha256: kind.hashOfBody.copy().update(marker).digest('hex') };
  };
}

/** POSTs one file as multipart/form-data on a fresh connection, writing with backpressure; resolves with the answer. */
function upload(url, headers, file) {
  const boundary = `----posbench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.kind.name}"\r\nContent-Type: ${file.kind.contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((done) => {
    const startedAt = process.hrtime.bigint();
    const finish = (result) => done({ ...result, ms: Number(process.hrtime.bigint() - startedAt) / 1e6 });
    const req = http.request(url, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + file.sizeBytes + tail.length },
    });
    req.setTimeout(SETTINGS.timeoutMs, () => req.destroy(new Error(`timed out after ${SETTINGS.timeoutMs} ms`)));
    req.on('error', (error) => finish({ error: error.message }));
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => finish({ status: res.statusCode, body }));
      res.on('error', (error) => finish({ error: error.message }));
    });
    const parts = [head, ...file.slices, tail];
    let next = 0;
    const write = () => {
      while (next < parts.length) {
        if (!req.write(parts[next++])) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

// ─── one target ──────────────────────────────────────────────────────────────────────────────────────────────────
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Warm-up, then a GC'd "before" snapshot, then `rounds` rounds of `parallel` uploads at once (the next round
 * starts when the whole previous one has answered), sampled throughout, then an "after" snapshot once the server has
 * been idle for a second. Every answer must be 201 with the SHA-256 and size the client sent (and, from the app, the
 * type of the file sent).
 */
async function measure(target, server, nextFile, parallel, rounds) {
  const check = (result, file) => {
    if (result.error) throw new Error(`${target.key}: upload failed: ${result.error}\n${server.output().slice(-4000)}`);
    if (result.status !== 201) throw new Error(`${target.key}: upload answered ${result.status} ${result.body.slice(0, 300)}\n${server.output().slice(-4000)}`);
    const answer = JSON.parse(result.body);
    if (answer.sha256 !== file.sha256 || answer.sizeBytes !== file.sizeBytes) {
      throw new Error(`${target.key}: stored ${answer.sha256} (${answer.sizeBytes} bytes), sent ${file.sha256} (${file.sizeBytes} bytes)`);
    }
    if (answer.mimeType && answer.mimeType !== file.kind.contentType) throw new Error(`${target.key}: detected ${answer.mimeType} for ${file.kind.name}`);
  };
  let uploaded = 0;
  const send = async (slot) => {
    const file = nextFile(uploaded++);
    const result = await upload(target.urlFor(slot, file.kind), target.headers, file);
    check(result, file);
    return result.ms;
  };

  for (let i = 0; i < SETTINGS.warmupUploads; i++) await send(i % parallel);
  await sleep(500);
  const before = await server.snapshot(true);
  await server.startSampling();
  const latencies = [];
  const roundSeconds = [];
  const runStarted = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    const roundStarted = process.hrtime.bigint();
    latencies.push(...(await Promise.all(Array.from({ length: parallel }, (_, slot) => send(slot)))));
    roundSeconds.push(Number(process.hrtime.bigint() - roundStarted) / 1e9);
  }
  const seconds = Number(process.hrtime.bigint() - runStarted) / 1e9;
  const during = await server.stopSampling();
  await sleep(1_000);
  const afterNoGc = await server.snapshot(false);
  const after = await server.snapshot(true);

  latencies.sort((a, b) => a - b);
  const uploads = parallel * rounds;
  const peakRss = Math.max(during.peak.rss, during.kernelPeakRss ?? 0);
  return {
    target: target.key,
    title: target.title,
    parallel,
    uploads,
    seconds,
    roundSeconds,
    mbPerSecond: (uploads * SETTINGS.fileBytes) / MB / seconds,
    uploadsPerSecond: uploads / seconds,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1) },
    memory: { before, peakSampled: during.peak, livePeak: during.livePeak, kernelPeakRss: during.kernelPeakRss, afterNoGc, after, samples: during.samples },
    cpuSeconds: during.cpuSeconds,
    peakRss,
    growthMb: (peakRss - before.rss) / MB,
    /** (peak RSS − RSS before) / uploads in flight at once: issue 15's "memory growth per upload". */
    growthPerUploadMb: (peakRss - before.rss) / MB / parallel,
  };
}

// ─── the run ─────────────────────────────────────────────────────────────────────────────────────────────────────
async function main() {
  say(
    `Uploads benchmark: ${SETTINGS.parallel} parallel uploads of ${SETTINGS.fileBytes / MB} MB × ${SETTINGS.rounds} rounds (and as many bytes ${SETTINGS.parallelLow} at a time in a second, fresh server), ` +
      `after ${SETTINGS.warmupUploads} warm-up uploads; Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)}`,
  );
  const nextFile = prepareFiles();
  const appEnv = {
    NODE_ENV: 'production',
    // Errors only, kept by the bench and shown if a request fails; nothing is logged on the measured path.
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '100000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    MAX_UPLOAD_BYTES: String(SETTINGS.maxUploadBytes),
    JWT_SECRET: randomBytes(48).toString('base64url'),
    FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };

  const wants = (key) => SETTINGS.targets.includes(key);
  let databaseUrl;
  if (wants('app-disk') || wants('app-s3')) {
    const { startEmbeddedPostgres } = await dist('core/database/embedded-postgres.js');
    const pgDir = mkdtempSync(join(tmpdir(), 'pos-bench-pg-'));
    tempDirs.push(pgDir);
    const pgPort = await freePort();
    const database = await startEmbeddedPostgres({ directory: pgDir, port: pgPort, password: randomBytes(12).toString('hex'), persistent: false });
    closers.push(() => database.stop());
    await database.createDatabase('pos_bench');
    databaseUrl = database.urlFor('pos_bench');
    step(`PostgreSQL on 127.0.0.1:${pgPort} (the app migrates and seeds it when it first starts)`);
  }

  let s3Env = null;
  if (wants('app-s3')) {
    const s3Dir = mkdtempSync(join(tmpdir(), 'pos-bench-s3-'));
    tempDirs.push(s3Dir);
    const s3 = startChild('s3rver', fileURLToPath(new URL('./lib/s3rver-process.mjs', import.meta.url)), { S3_DIRECTORY: s3Dir, S3_BUCKET }, { probe: false });
    closers.push(() => s3.stop());
    const { listening } = await s3.waitFor((message) => message?.listening);
    s3Env = {
      STORAGE_URL: `s3://${S3_BUCKET}/files/`,
      S3_ENDPOINT: `http://127.0.0.1:${listening}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    };
    step(`s3rver on 127.0.0.1:${listening} in its own process, bucket ${S3_BUCKET}`);
  }

  const targets = [
    { key: 'baseline', title: 'baseline (http+busboy)' },
    { key: 'app-disk', title: 'app, local disk', env: {} },
    { key: 'app-s3', title: 'app, S3 (s3rver)', env: s3Env },
  ].filter((t) => wants(t.key));

  /** A fresh server process for `target`, ready to take `parallel` uploads at once (for the app: signed in, drafts made). */
  async function startTarget(target, parallel) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const dataDir = mkdtempSync(join(tmpdir(), `pos-bench-${target.key}-`));
    tempDirs.push(dataDir);
    if (target.key === 'baseline') {
      const server = startChild(target.title, fileURLToPath(new URL('./lib/upload-baseline-server.mjs', import.meta.url)), {
        PORT: String(port),
        UPLOAD_DIR: dataDir,
        MAX_UPLOAD_BYTES: String(SETTINGS.maxUploadBytes),
      });
      closers.push(() => server.stop());
      await server.waitFor((message) => message?.listening);
      return { server, headers: {}, urlFor: (slot) => `${base}/upload/${slot}` };
    }
    const server = startChild(target.title, join(root, 'apps/api/dist/main.js'), { ...appEnv, ...target.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
    closers.push(() => server.stop());
    await waitForHealth(base, server);
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(MERCHANT) });
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}\n${server.output().slice(-4000)}`);
    const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
    // One draft per parallel upload: merchants each uploading to their own application, as in production (uploads to
    // one application queue on its row, which would measure that queue instead of the streaming).
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const providerId = (await admin.query(`SELECT id FROM "Provider" ORDER BY "createdAt", name LIMIT 1`)).rows[0].id;
    await admin.end();
    const drafts = [];
    for (let slot = 0; slot < parallel; slot++) {
      const res = await fetch(`${base}/api/applications`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ providerId }) });
      if (res.status !== 201) throw new Error(`creating a draft failed: ${res.status} ${await res.text()}\n${server.output().slice(-4000)}`);
      drafts.push((await res.json()).id);
    }
    return { server, headers, urlFor: (slot, kind) => `${base}/api/applications/${drafts[slot]}/documents/${kind.documentType}` };
  }

  const results = [];
  const low = [];
  for (const target of targets) {
    // The main measurement, then the same bytes at fewer uploads at once (more rounds) in a fresh process: the
    // difference in peak RSS between the two is what one more upload in flight costs, apart from what the process
    // grows by anyway while that much data passes through it.
    for (const parallel of [SETTINGS.parallel, SETTINGS.parallelLow]) {
      const rounds = Math.ceil((SETTINGS.rounds * SETTINGS.parallel) / parallel);
      const running = await startTarget(target, parallel);
      step(`${target.title}: pid ${running.server.child.pid}, ${parallel} at once × ${rounds} rounds; measuring`);
      const result = await measure({ ...target, ...running }, running.server, nextFile, parallel, rounds);
      (parallel === SETTINGS.parallel ? results : low).push(result);
      step(
        `${target.title}: ${result.uploads} uploads in ${result.seconds.toFixed(1)} s (rounds ${result.roundSeconds.map((s) => s.toFixed(1)).join(' / ')} s), ` +
          `RSS ${(result.memory.before.rss / MB).toFixed(0)} -> peak ${(result.peakRss / MB).toFixed(0)} MB`,
      );
      await running.server.stop();
    }
  }

  // Report.
  const mb = (bytes) => (bytes / MB).toFixed(0);
  const pad = (value, width, left = false) => (left ? String(value).padEnd(width) : String(value).padStart(width));
  const header =
    `${pad('target', 24, true)}${pad('MB/s', 7)}${pad('uploads/s', 10)}${pad('p50 ms', 8)}${pad('p95 ms', 8)}` +
    `${pad('RSS before/peak/after MB', 26)}${pad('heap before/peak/after MB', 27)}${pad('buffers peak MB', 17)}${pad('cpu s', 7)}${pad('growth/upload MB', 18)}`;
  say();
  say(`${SETTINGS.parallel} parallel uploads of ${SETTINGS.fileBytes / MB} MB × ${SETTINGS.rounds} rounds per target; memory of the server process (MB = 2^20 bytes)`);
  say(header);
  say('-'.repeat(header.length));
  for (const r of results) {
    const m = r.memory;
    say(
      `${pad(r.title, 24, true)}${pad(r.mbPerSecond.toFixed(0), 7)}${pad(r.uploadsPerSecond.toFixed(1), 10)}${pad(r.latencyMs.p50.toFixed(0), 8)}${pad(r.latencyMs.p95.toFixed(0), 8)}` +
        `${pad(`${mb(m.before.rss)} / ${mb(r.peakRss)} / ${mb(m.after.rss)}`, 26)}` +
        `${pad(`${mb(m.before.heapUsed)} / ${mb(m.peakSampled.heapUsed)} / ${mb(m.after.heapUsed)}`, 27)}` +
        `${pad(mb(m.peakSampled.arrayBuffers), 17)}${pad(r.cpuSeconds.toFixed(1), 7)}${pad(r.growthPerUploadMb.toFixed(2), 18)}`,
    );
  }
  say(
    `(peak RSS: the kernel's high-water mark over the rounds where available, else the highest 50 ms sample; growth/upload = ` +
      `(peak RSS − RSS before) / ${SETTINGS.parallel}; buffers: process.memoryUsage().arrayBuffers, where Buffers live; cpu: server process)`,
  );

  say();
  const header2 = `${pad('target', 24, true)}${pad(`growth at ${SETTINGS.parallelLow} MB`, 18)}${pad(`growth at ${SETTINGS.parallel} MB`, 18)}${pad('per extra upload MB', 21)}`;
  say(
    `Peak RSS growth with the same ${(SETTINGS.rounds * SETTINGS.parallel * SETTINGS.fileBytes) / MB} MB sent ${SETTINGS.parallelLow} and ${SETTINGS.parallel} uploads at a time ` +
      `(fresh process each): the slope is what one more upload in flight holds`,
  );
  say(header2);
  say('-'.repeat(header2.length));
  for (const r of results) {
    const l = low.find((x) => x.target === r.target);
    r.marginalPerUploadMb = (r.growthMb - l.growthMb) / (SETTINGS.parallel - SETTINGS.parallelLow);
    say(`${pad(r.title, 24, true)}${pad(l.growthMb.toFixed(0), 18)}${pad(r.growthMb.toFixed(0), 18)}${pad(r.marginalPerUploadMb.toFixed(2), 21)}`);
  }

  if (SETTINGS.gcEveryMs) {
    say();
    say(`With a full GC forced every ${SETTINGS.gcEveryMs} ms in the servers (BENCH_GC_EVERY_MS): the peak of what survives a GC, i.e. what the server really holds`);
    for (const r of [...results, ...low]) {
      const live = r.memory.livePeak;
      say(
        `  ${pad(r.title, 24, true)} ${pad(r.parallel, 3)} at once: live buffers ${mb(live.arrayBuffers - r.memory.before.arrayBuffers)} MB ` +
          `(${((live.arrayBuffers - r.memory.before.arrayBuffers) / MB / r.parallel).toFixed(2)} MB per upload), live heap +${mb(live.heapUsed - r.memory.before.heapUsed)} MB`,
      );
    }
  }

  say();
  for (const r of results.filter((r) => r.target !== 'baseline')) {
    const verdict = (value) => (value <= GOAL_MB_PER_UPLOAD ? 'meets' : 'MISSES');
    say(
      `  ${r.title}: ${r.growthPerUploadMb.toFixed(2)} MB per parallel upload ${verdict(r.growthPerUploadMb)} the goal of ≤ ${GOAL_MB_PER_UPLOAD} MB (issue 15); ` +
        `${r.marginalPerUploadMb.toFixed(2)} MB per extra upload in flight ${verdict(r.marginalPerUploadMb)} it`,
    );
  }
  const baseline = results.find((r) => r.target === 'baseline');
  for (const r of baseline ? results.filter((r) => r !== baseline) : []) {
    say(`  ${r.title}: ${((r.mbPerSecond / baseline.mbPerSecond) * 100).toFixed(0)} % of the baseline's throughput, p95 ${(r.latencyMs.p95 / baseline.latencyMs.p95).toFixed(1)}x`);
  }

  writeResults(root, 'uploads', { settings: SETTINGS, results, low });
}

await runBench(main);
