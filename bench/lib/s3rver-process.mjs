// An S3-compatible server (s3rver, objects on disk) in a process of its own, for bench/uploads.bench.mjs: in the
// bench's own process it would share an event loop with the upload clients and slow them down.
//
// Environment: S3_DIRECTORY, S3_BUCKET (created at start). Sends { listening: port } over the IPC channel; stops on
// SIGTERM or when the bench goes away.
import { createRequire } from 'node:module';

const S3rver = createRequire(new URL('../../apps/api/package.json', import.meta.url))('s3rver');

const server = new S3rver({
  port: 0,
  address: '127.0.0.1',
  silent: true,
  directory: process.env.S3_DIRECTORY,
  configureBuckets: [{ name: process.env.S3_BUCKET, configs: [] }],
});
const { port } = await server.run();
process.send?.({ listening: port });

const stop = () => server.close().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('disconnect', stop);
