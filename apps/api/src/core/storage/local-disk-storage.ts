import { createReadStream } from 'node:fs';
import { mkdir, opendir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { assertContentKey, type ByteRange, contentPath, FileStorage, isContentKey, type StoredObject } from './file-storage.js';
import { TemporaryFiles } from './temporary-files.js';

/**
 * Content-addressed files under `<root>/ab/cd/<sha256>`, temporaries under `<root>/tmp/`, outside any folder the web
 * server serves. Temporaries live on the same file system as their target, so promoting is one atomic rename.
 */
export class LocalDiskStorage extends FileStorage {
  readonly location: string;
  private readonly temporaries: TemporaryFiles;

  constructor(private readonly root: string) {
    super();
    this.location = `file://${root}`;
    this.temporaries = new TemporaryFiles(join(root, 'tmp'));
  }

  private pathOf(sha256: string): string {
    assertContentKey(sha256);
    return join(this.root, contentPath(sha256));
  }

  async writeTemporary(source: Readable): Promise<string> {
    return this.temporaries.write(source);
  }

  async promote(temporaryKey: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(join(target, '..'), { recursive: true });
    // rename replaces an existing file of the same content atomically; a reader sees the old or the new, never half.
    await rename(this.temporaries.pathOf(temporaryKey), target);
  }

  async discardTemporary(temporaryKey: string): Promise<void> {
    await this.temporaries.discard(temporaryKey);
  }

  async open(sha256: string, range?: ByteRange): Promise<Readable> {
    const stream = createReadStream(this.pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    // Surface "not there" as a rejection here rather than as a stream error after the headers went out.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return stream;
  }

  async size(sha256: string): Promise<number | null> {
    // Outside the try: a key that is not a content address is a caller's mistake to surface, not content "not there".
    const path = this.pathOf(sha256);
    try {
      const info = await stat(path);
      return info.isFile() ? info.size : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async *listContent(): AsyncIterable<StoredObject> {
    for await (const path of walk(this.root, 2)) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (isContentKey(name)) yield { key: name, lastModified: (await stat(path)).mtime };
    }
  }

  listTemporary(): AsyncIterable<StoredObject> {
    return this.temporaries.list();
  }
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException)?.code ?? '');

/** Files exactly `depth` folders below `root` (missing folders are empty; the temporaries' folder is not content). */
async function* walk(root: string, depth: number): AsyncIterable<string> {
  let directory;
  try {
    directory = await opendir(root);
  } catch {
    return;
  }
  for await (const entry of directory) {
    const path = join(root, entry.name);
    if (depth === 0 && entry.isFile()) yield path;
    else if (depth > 0 && entry.isDirectory() && entry.name !== 'tmp') yield* walk(path, depth - 1);
  }
}
