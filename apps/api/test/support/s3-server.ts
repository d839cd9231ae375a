import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The part of s3rver 3.7 used here (the package ships no types). */
interface S3rverServer {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  port: number;
  address: string;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string; configs: [] }[];
}) => S3rverServer;

export interface S3TestServer {
  /** `http://127.0.0.1:<port>`. */
  endpoint: string;
  bucket: string;
  /** Environment for the app (STORAGE_URL, S3_*): pass it to `createTestApp` or `loadConfig`. */
  env: Record<string, string>;
  /** Stops the server and removes everything it stored. */
  close(): Promise<void>;
}

/** s3rver accepts any key pair whose id and secret are both S3RVER. */
const CREDENTIALS = 'S3RVER';

/**
 * An S3-compatible server on 127.0.0.1 (s3rver, objects in a temporary folder) with one empty bucket, for tests of
 * the S3 driver and of replicas sharing one bucket. Each call gets its own server, folder, bucket and key prefix.
 */
export async function startS3Server(): Promise<S3TestServer> {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;
  const directory = await mkdtemp(join(tmpdir(), 'pos-test-s3-'));
  // Bucket names need three characters at least; a random one keeps a leaked bucket from meeting a later test.
  const bucket = `pos-test-${randomBytes(4).toString('hex')}`;
  const prefix = 'files/';
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  let port: number;
  try {
    ({ port } = await server.run());
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      STORAGE_URL: `s3://${bucket}/${prefix}`,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: CREDENTIALS,
      S3_SECRET_ACCESS_KEY: CREDENTIALS,
      // s3rver serves buckets in the path, not as host names.
      S3_FORCE_PATH_STYLE: 'true',
    },
    close: async () => {
      try {
        await server.close();
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
  };
}
