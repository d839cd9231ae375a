// A closed-loop HTTP load generator, run in a worker thread so it never shares an event loop with the server under
// test. `connections` loops each keep one keep-alive socket busy: send, read the whole body, record, repeat. Only
// requests that complete inside the measured window (after the warm-up) count; every loop stops at the deadline and
// every request has a timeout, so a run is bounded by warmupMs + durationMs + timeoutMs. Every request is the same:
// `method` (GET unless given) to `url`, with `body` (a JSON string, sent as application/json) when given.
//
// Hand-written rather than autocannon because the report needs p95, which autocannon does not compute (it gives
// p50/p90/p97.5/p99), and because this keeps the bench free of new dependencies.
import http from 'node:http';
import { createHistogram } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { url, headers, connections, warmupMs, durationMs, timeoutMs, distinctClients, method = 'GET', body } = workerData;
const payload = body === undefined ? undefined : Buffer.from(body);

const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
const latency = createHistogram({ lowest: 1, highest: 60_000_000, figures: 3 }); // microseconds
const statuses = {};
let errors = 0;
let measured = 0;
let bytes = 0;

function request(requestHeaders) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request(url, { method, agent, headers: requestHeaders }, (res) => {
      let size = 0;
      res.on('data', (chunk) => (size += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, size, started, finished: process.hrtime.bigint() }));
      res.on('error', (error) => resolve({ error, started, finished: process.hrtime.bigint() }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ error, started, finished: process.hrtime.bigint() }));
    req.end(payload);
  });
}

const start = process.hrtime.bigint();
const windowStart = start + BigInt(warmupMs) * 1_000_000n;
const deadline = windowStart + BigInt(durationMs) * 1_000_000n;

async function loop(_, index) {
  // Each connection stands for one user at their own address (the app trusts X-Forwarded-For, as behind a
  // proxy), so the per-address rate limiter keeps one bucket per user as it would in production.
  const requestHeaders = {
    ...headers,
    ...(distinctClients ? { 'x-forwarded-for': `10.77.${index >> 8}.${(index & 255) + 1}` } : {}),
    ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
  };
  while (process.hrtime.bigint() < deadline) {
    const result = await request(requestHeaders);
    if (result.finished < windowStart || result.finished > deadline) continue;
    if (result.error || result.status < 200 || result.status >= 300) {
      errors += 1;
      const key = result.error ? result.error.message : String(result.status);
      statuses[key] = (statuses[key] ?? 0) + 1;
      continue;
    }
    measured += 1;
    bytes += result.size;
    latency.record(Math.max(1, Number((result.finished - result.started) / 1000n)));
  }
}

await Promise.all(Array.from({ length: connections }, loop));
const cpu = process.threadCpuUsage();
const ranMs = Number(process.hrtime.bigint() - start) / 1e6;
agent.destroy();

const ms = (us) => Math.round(us / 10) / 100;
parentPort.postMessage({
  requests: measured,
  errors,
  errorKinds: statuses,
  rps: measured / (durationMs / 1000),
  meanBytes: measured ? Math.round(bytes / measured) : 0,
  latencyMs: {
    p50: ms(latency.percentile(50)),
    p95: ms(latency.percentile(95)),
    p99: ms(latency.percentile(99)),
    max: ms(latency.max),
    mean: ms(latency.mean),
  },
  /** CPU this load-generator thread used over the whole run (warm-up included), in cores: 1.0 = one core busy. */
  loadGenCores: (cpu.user + cpu.system) / 1000 / ranMs,
});
