// The uploads baseline, run as a child process of bench/uploads.bench.mjs: a bare node:http server that streams the
// one file part of a multipart POST through a SHA-256 hash into a temporary file and renames it to its content
// address, as the app's local-disk store does. It parses with the same @fastify/busboy the app's @fastify/multipart
// uses, with the same limits, and answers 201 { sha256, sizeBytes }. No framework, no auth, no type check, no
// database: the gap to the app is what those cost.
//
// Environment: PORT, UPLOAD_DIR, MAX_UPLOAD_BYTES. Sends { listening: port } over the IPC channel once it listens.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// The busboy the app's multipart plugin resolves, not whichever version a bench folder would find.
const fromApi = createRequire(new URL('../../apps/api/package.json', import.meta.url));
const Busboy = createRequire(fromApi.resolve('@fastify/multipart'))('@fastify/busboy');

const port = Number(process.env.PORT);
const root = process.env.UPLOAD_DIR;
const maxBytes = Number(process.env.MAX_UPLOAD_BYTES);
await mkdir(join(root, 'tmp'), { recursive: true });

function reply(res, status, body) {
  if (res.headersSent) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

async function store(file) {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const temporary = join(root, 'tmp', randomUUID());
  try {
    await pipeline(
      file,
      new Transform({
        transform(chunk, _encoding, done) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          done(null, chunk);
        },
      }),
      createWriteStream(temporary, { mode: 0o600 }),
    );
    if (file.truncated) throw Object.assign(new Error('file too large'), { status: 413 });
    const sha256 = hash.digest('hex');
    const folder = join(root, sha256.slice(0, 2), sha256.slice(2, 4));
    await mkdir(folder, { recursive: true });
    await rename(temporary, join(folder, sha256));
    return { sha256, sizeBytes };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') return reply(res, 404, { code: 'NOT_FOUND' });
  let busboy;
  try {
    busboy = Busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  } catch {
    return reply(res, 400, { code: 'VALIDATION_FAILED' });
  }
  let sawFile = false;
  busboy.on('file', (_field, file) => {
    if (sawFile) return file.resume();
    sawFile = true;
    store(file).then(
      (stored) => reply(res, 201, stored),
      (error) => reply(res, error.status ?? 500, { code: 'FAILED', message: error.message }),
    );
  });
  busboy.on('finish', () => sawFile || reply(res, 400, { code: 'VALIDATION_FAILED' }));
  busboy.on('error', (error) => reply(res, 400, { code: 'VALIDATION_FAILED', message: error.message }));
  req.pipe(busboy);
});

server.listen(port, '127.0.0.1', () => process.send?.({ listening: port }));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
