import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/app-config.js';
import { RuntimeConfig } from '../../src/core/config/runtime-config.js';
import { FileStorage } from '../../src/core/storage/file-storage.js';
import { LocalDiskStorage } from '../../src/core/storage/local-disk-storage.js';
import { S3Storage } from '../../src/core/storage/s3-storage.js';
import { createFileStorage } from '../../src/core/storage/storage.module.js';
import { startS3Server, type S3TestServer } from '../support/s3-server.js';

const runtimeWith = (env: Record<string, string>, dataDir = tmpdir()) =>
  new RuntimeConfig(loadConfig({ NODE_ENV: 'test', ...env }), 'postgres://x', 'j'.repeat(32), Buffer.alloc(32), dataDir);

/** One store under test, fresh for each test, and every object it physically holds (whatever the driver thinks). */
interface Subject {
  sut: FileStorage;
  objects(): Promise<string[]>;
  close(): Promise<void>;
}

interface Driver {
  name: string;
  setUp(): Promise<void>;
  open(): Promise<Subject>;
  tearDown(): Promise<void>;
}

const localDisk = (): Driver => ({
  name: LocalDiskStorage.name,
  setUp: async () => undefined,
  open: async () => {
    const root = await mkdtemp(join(tmpdir(), 'pos-test-files-'));
    return {
      sut: createFileStorage(runtimeWith({ STORAGE_URL: `file://${root}` })),
      objects: async () =>
        (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)),
      close: () => rm(root, { recursive: true, force: true }),
    };
  },
  tearDown: async () => undefined,
});

const s3 = (): Driver => {
  let server: S3TestServer;
  let raw: S3Client;
  return {
    name: S3Storage.name,
    setUp: async () => {
      server = await startS3Server();
      raw = new S3Client({
        endpoint: server.endpoint,
        region: server.env.S3_REGION,
        forcePathStyle: true,
        credentials: { accessKeyId: server.env.S3_ACCESS_KEY_ID!, secretAccessKey: server.env.S3_SECRET_ACCESS_KEY! },
      });
    },
    open: async () => {
      // A prefix of its own per test: stores stay apart in one bucket, and the prefix handling is exercised too.
      const prefix = `t-${randomBytes(4).toString('hex')}/`;
      // And a data folder of its own, as each replica has: uploads are spooled there on their way to the bucket.
      const dataDir = mkdtempSync(join(tmpdir(), 'pos-s3-spool-'));
      const sut = createFileStorage(runtimeWith({ ...server.env, STORAGE_URL: `s3://${server.bucket}/${prefix}` }, dataDir)) as S3Storage;
      return {
        sut,
        objects: async () => {
          const page = await raw.send(new ListObjectsV2Command({ Bucket: server.bucket, Prefix: prefix }));
          return (page.Contents ?? []).map((object) => object.Key!);
        },
        close: async () => {
          sut.destroy();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
    tearDown: async () => {
      raw?.destroy();
      await server?.close();
    },
  };
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Yields the chunks one event-loop turn apart, so two writers started together really do interleave. */
async function* slowly(chunks: Buffer[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) {
    await nextTurn();
    yield chunk;
  }
}

/** A source that sends `bytes` and then fails, as a client that goes away mid-upload. */
async function* failingAfter(bytes: number): AsyncGenerator<Buffer> {
  for (let sent = 0; sent < bytes; sent += 64 * 1024) yield randomBytes(Math.min(64 * 1024, bytes - sent));
  throw new Error('client went away');
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function keysOf(listing: AsyncIterable<{ key: string }>): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of listing) keys.push(object.key);
  return keys.sort();
}

describe(FileStorage.name, () => {
  describe.each([localDisk(), s3()])('$name', (driver) => {
    let subject: Subject;
    let sut: FileStorage;

    beforeAll(() => driver.setUp());
    afterAll(() => driver.tearDown());
    beforeEach(async () => {
      subject = await driver.open();
      sut = subject.sut;
    });
    afterEach(() => subject.close());

    async function store(bytes: Buffer): Promise<string> {
      const temporaryKey = await sut.writeTemporary(Readable.from([bytes]));
      await sut.promote(temporaryKey, sha256(bytes));
      return sha256(bytes);
    }

    it('keeps a streamed temporary apart until it is promoted to its content address', async () => {
      const bytes = randomBytes(100_000);
      const temporaryKey = await sut.writeTemporary(Readable.from(slowly([bytes.subarray(0, 30_000), bytes.subarray(30_000)])));

      expect(await keysOf(sut.listTemporary())).toEqual([temporaryKey]);
      expect(await sut.size(sha256(bytes))).toBeNull();

      await sut.promote(temporaryKey, sha256(bytes));

      expect(await readAll(await sut.open(sha256(bytes)))).toEqual(bytes);
      expect(await keysOf(sut.listTemporary())).toEqual([]);
    });

    it('reads the first bytes, a middle range and the last byte alone', async () => {
      const bytes = randomBytes(1000);
      const key = await store(bytes);

      expect(await readAll(await sut.open(key, { start: 0, end: 9 }))).toEqual(bytes.subarray(0, 10));
      expect(await readAll(await sut.open(key, { start: 400, end: 599 }))).toEqual(bytes.subarray(400, 600));
      expect(await readAll(await sut.open(key, { start: 999, end: 999 }))).toEqual(bytes.subarray(999));
    });

    it('tells the size of stored content, and null for content that is not there', async () => {
      const key = await store(randomBytes(4321));

      expect(await sut.size(key)).toBe(4321);
      expect(await sut.size(sha256(Buffer.from('never stored')))).toBeNull();
    });

    it('refuses to open content that is not there', async () => {
      await expect(sut.open(sha256(Buffer.from('never stored')))).rejects.toThrow();
    });

    it('keeps one intact copy when the same bytes are written and promoted by two writers at the same moment', async () => {
      const bytes = randomBytes(300_000);
      const chunks = [bytes.subarray(0, 100_000), bytes.subarray(100_000, 200_000), bytes.subarray(200_000)];

      const temporaryKeys = await Promise.all([sut.writeTemporary(Readable.from(slowly(chunks))), sut.writeTemporary(Readable.from(slowly(chunks)))]);
      expect(new Set(temporaryKeys).size).toBe(2);
      await Promise.all(temporaryKeys.map((temporaryKey) => sut.promote(temporaryKey, sha256(bytes))));

      expect(sha256(await readAll(await sut.open(sha256(bytes))))).toBe(sha256(bytes));
      expect(await keysOf(sut.listContent())).toEqual([sha256(bytes)]);
      expect(await keysOf(sut.listTemporary())).toEqual([]);
    });

    it.each([
      ['before its first byte', 0],
      ['within the first kilobytes', 10_000],
      ['after more than one 5 MB S3 part', 6 * 1024 * 1024],
    ])("leaves nothing behind, and passes on the source's own error, when the source fails %s", async (_when, bytesBeforeFailure) => {
      await expect(sut.writeTemporary(Readable.from(failingAfter(bytesBeforeFailure)))).rejects.toThrow('client went away');

      expect(await keysOf(sut.listTemporary())).toEqual([]);
      expect(await keysOf(sut.listContent())).toEqual([]);
      expect(await subject.objects()).toEqual([]);
    });

    it('ignores discarding a temporary that was promoted or never existed', async () => {
      const bytes = randomBytes(2000);
      const temporaryKey = await sut.writeTemporary(Readable.from([bytes]));
      await sut.promote(temporaryKey, sha256(bytes));

      await sut.discardTemporary(temporaryKey);
      await sut.discardTemporary(randomUUID());

      expect(await readAll(await sut.open(sha256(bytes)))).toEqual(bytes);
    });

    it('removes content, and removing it again is harmless', async () => {
      const kept = await store(randomBytes(500));
      const removed = await store(randomBytes(600));

      await sut.remove(removed);
      await sut.remove(removed);

      expect(await sut.size(removed)).toBeNull();
      expect(await keysOf(sut.listContent())).toEqual([kept]);
    });

    it('lists content and temporaries apart, each with when it was written', async () => {
      const before = Date.now() - 60_000;
      const contents = [await store(randomBytes(700)), await store(randomBytes(800))];
      const temporaryKey = await sut.writeTemporary(Readable.from([randomBytes(900)]));

      expect(await keysOf(sut.listContent())).toEqual(contents.sort());
      expect(await keysOf(sut.listTemporary())).toEqual([temporaryKey]);
      for await (const object of sut.listContent()) expect(object.lastModified.getTime()).toBeGreaterThan(before);
      for await (const object of sut.listTemporary()) expect(object.lastModified.getTime()).toBeGreaterThan(before);
    });

    it.each(['../x', 'a/../../b', '../../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}/`, ''])(
      'refuses %j as a content key in every method',
      async (key) => {
        const temporaryKey = await sut.writeTemporary(Readable.from([Buffer.from('x')]));

        await expect(sut.open(key)).rejects.toThrow('Invalid storage key');
        await expect(sut.size(key)).rejects.toThrow('Invalid storage key');
        await expect(sut.remove(key)).rejects.toThrow('Invalid storage key');
        await expect(sut.promote(temporaryKey, key)).rejects.toThrow('Invalid storage key');
        expect(await keysOf(sut.listTemporary())).toEqual([temporaryKey]);
      },
    );

    it.each(['../x', 'a/../../b', `../${randomUUID()}`])('refuses %j as a temporary key', async (key) => {
      await expect(sut.promote(key, sha256(Buffer.from('x')))).rejects.toThrow('Invalid temporary key');
      await expect(sut.discardTemporary(key)).rejects.toThrow('Invalid temporary key');
    });

    it('round-trips a 12 MB stream (more than two 5 MB S3 parts) byte for byte', { timeout: 60_000 }, async () => {
      const size = 12 * 1024 * 1024;
      const written = createHash('sha256');
      async function* twelveMegabytes(): AsyncGenerator<Buffer> {
        for (let sent = 0; sent < size; sent += 256 * 1024) {
          const chunk = randomBytes(Math.min(256 * 1024, size - sent));
          written.update(chunk);
          yield chunk;
        }
      }
      const temporaryKey = await sut.writeTemporary(Readable.from(twelveMegabytes()));
      const key = written.digest('hex');
      await sut.promote(temporaryKey, key);

      const read = createHash('sha256');
      for await (const chunk of await sut.open(key)) read.update(chunk as Buffer);
      expect(read.digest('hex')).toBe(key);
      expect(await sut.size(key)).toBe(size);
      const tail = await readAll(await sut.open(key, { start: size - 5 * 1024 * 1024 - 1, end: size - 1 }));
      expect(tail.length).toBe(5 * 1024 * 1024 + 1);
    });
  });

  it('cannot reach outside the root of a local store', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'pos-test-files-'));
    try {
      const victim = join(parent, 'x');
      await writeFile(victim, 'keep me');
      const sut = new LocalDiskStorage(join(parent, 'root'));

      await expect(sut.remove('../x')).rejects.toThrow('Invalid storage key');
      await expect(sut.discardTemporary('../x')).rejects.toThrow('Invalid temporary key');

      expect(await readdir(parent)).toEqual(['x']);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});

describe(S3Storage.name, () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3Server();
  });
  afterAll(() => server?.close());

  it('keeps its objects under its prefix, apart from a store on the same bucket without one', async () => {
    const dataDirs = [mkdtempSync(join(tmpdir(), 'pos-s3-spool-')), mkdtempSync(join(tmpdir(), 'pos-s3-spool-'))];
    const prefixed = createFileStorage(runtimeWith({ ...server.env, STORAGE_URL: `s3://${server.bucket}/a/b/` }, dataDirs[0])) as S3Storage;
    const bare = createFileStorage(runtimeWith({ ...server.env, STORAGE_URL: `s3://${server.bucket}` }, dataDirs[1])) as S3Storage;
    try {
      const bytes = randomBytes(100);
      await prefixed.writeTemporary(Readable.from([bytes]));
      await prefixed.promote(await prefixed.writeTemporary(Readable.from([bytes])), sha256(bytes));

      expect(await keysOf(prefixed.listContent())).toEqual([sha256(bytes)]);
      expect(await keysOf(prefixed.listTemporary())).toHaveLength(1);
      expect(await keysOf(bare.listContent())).toEqual([]);
      expect(await keysOf(bare.listTemporary())).toEqual([]);
      expect(await bare.size(sha256(bytes))).toBeNull();
    } finally {
      prefixed.destroy();
      bare.destroy();
      for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe(createFileStorage.name, () => {
  it('stores under DATA_DIR/files when STORAGE_URL is not set', () => {
    const sut = createFileStorage(runtimeWith({}, '/srv/pos'));

    expect(sut).toBeInstanceOf(LocalDiskStorage);
    expect(sut.location).toBe('file:///srv/pos/files');
  });

  it('stores in the absolute folder a file:/// URL names', () => {
    const sut = createFileStorage(runtimeWith({ STORAGE_URL: 'file:///abs/dir' }));

    expect(sut).toBeInstanceOf(LocalDiskStorage);
    expect(sut.location).toBe('file:///abs/dir');
  });

  it.each([
    ['s3://bucket', 's3://bucket/'],
    ['s3://bucket/', 's3://bucket/'],
    ['s3://bucket/a/b/', 's3://bucket/a/b/'],
    ['s3://bucket/a/b', 's3://bucket/a/b/'],
    ['s3://my.bucket-1/pos', 's3://my.bucket-1/pos/'],
  ])('reads %s as a bucket and a prefix ending in a slash (%s)', (url, location) => {
    const sut = createFileStorage(runtimeWith({ STORAGE_URL: url }));

    expect(sut).toBeInstanceOf(S3Storage);
    expect(sut.location).toBe(location);
    (sut as S3Storage).destroy();
  });

  it('refuses a STORAGE_URL that is neither file:/// nor s3://', () => {
    for (const url of ['file://relative/dir', 'http://bucket/x', 's3://B', '/data/files']) {
      expect(() => loadConfig({ STORAGE_URL: url }), url).toThrow('STORAGE_URL');
    }
  });
});
