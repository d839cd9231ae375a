import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StoredObject } from './file-storage.js';

const TEMPORARY_NAME = /^[0-9a-f-]{36}$/;

/**
 * Files on their way into a store, one folder of this machine's disk, each under a fresh random name: two requests
 * writing the same bytes at the same moment never touch each other's file. Both drivers stage uploads here (local
 * disk then renames, S3 then sends the file in one PutObject), so memory stays at the streams' buffers.
 */
export class TemporaryFiles {
  constructor(readonly directory: string) {}

  pathOf(key: string): string {
    if (!TEMPORARY_NAME.test(key)) throw new Error(`Invalid temporary key ${JSON.stringify(key)}`);
    return join(this.directory, key);
  }

  /** Streams `source` into a new file and returns its key; leaves nothing when the source fails. */
  async write(source: Readable): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const key = randomUUID();
    const path = this.pathOf(key);
    try {
      await pipeline(source, createWriteStream(path, { mode: 0o600 }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return key;
  }

  async discard(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch {
      return;
    }
    for (const key of names.filter((name) => TEMPORARY_NAME.test(name))) {
      const info = await stat(join(this.directory, key)).catch(() => null);
      if (info?.isFile()) yield { key, lastModified: info.mtime };
    }
  }
}
