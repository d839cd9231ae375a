import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { RuntimeConfig } from '../config/runtime-config.js';

/**
 * Where uploaded and generated files live. Keys are chosen by the server (content addresses), never taken from a
 * user, so no name a merchant sends can point anywhere. Local disk by default; an S3-compatible implementation
 * can replace this class for several replicas.
 */
export abstract class FileStorage {
  /** Stores the bytes under `sha256` (idempotent: the same content is kept once). Returns the storage key. */
  abstract put(sha256: string, bytes: Buffer): Promise<string>;
  abstract open(storageKey: string): Promise<Readable>;
  abstract remove(storageKey: string): Promise<void>;
  abstract exists(storageKey: string): Promise<boolean>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Content-addressed files under DATA_DIR/files/ab/cd/<sha256>, outside any folder the web server serves. */
@Injectable()
export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(runtime: RuntimeConfig) {
    super();
    this.root = join(runtime.dataDir, 'files');
  }

  private pathOf(storageKey: string): string {
    if (!SHA256_HEX.test(storageKey)) throw new Error(`Invalid storage key ${JSON.stringify(storageKey)}`);
    return join(this.root, storageKey.slice(0, 2), storageKey.slice(2, 4), storageKey);
  }

  async put(sha256: string, bytes: Buffer): Promise<string> {
    const target = this.pathOf(sha256);
    if (await this.exists(sha256)) return sha256;
    await mkdir(join(target, '..'), { recursive: true });
    // Write then rename, so a reader never sees half a file and a crash leaves only a temp file behind.
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, target);
    return sha256;
  }

  async open(storageKey: string): Promise<Readable> {
    return createReadStream(this.pathOf(storageKey));
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  async exists(storageKey: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(storageKey))).isFile();
    } catch {
      return false;
    }
  }
}
