import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { assertContentKey, type ByteRange, contentPath, FileStorage, isContentKey, type StoredObject } from './file-storage.js';

export interface S3StorageOptions {
  bucket: string;
  /** Key prefix inside the bucket, '' or ending in '/'. */
  prefix: string;
  client: S3ClientConfig;
  /** A local folder for uploads on their way to the bucket (DATA_DIR/spool). */
  spoolDirectory: string;
}

const TEMPORARY_NAME = /^[0-9a-f-]{36}$/;

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey || error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

/**
 * Content-addressed objects in an S3-compatible bucket (MinIO, Aliyun OSS, Tencent COS, AWS): `<prefix>ab/cd/<sha256>`,
 * temporaries under `<prefix>tmp/`. Uploads stream as multipart uploads (5 MB parts, so memory stays bounded whatever
 * the file size); promotion is a server-side copy, so the bytes never pass through the portal twice.
 */
export class S3Storage extends FileStorage {
  readonly location: string;
  private readonly s3: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.location = `s3://${options.bucket}/${options.prefix}`;
    this.s3 = new S3Client(options.client);
  }

  private contentKey(sha256: string): string {
    assertContentKey(sha256);
    return `${this.options.prefix}${contentPath(sha256)}`;
  }

  private temporaryKey(key: string): string {
    if (!TEMPORARY_NAME.test(key)) throw new Error(`Invalid temporary key ${JSON.stringify(key)}`);
    return `${this.options.prefix}tmp/${key}`;
  }

  /**
   * Spools the stream to a local file, then sends that file in one streamed PutObject of known length. Streaming
   * straight into a multipart upload (lib-storage) holds each 5 MB part in memory, twice, and S3 allows no smaller
   * part: 20 uploads at once held 150–250 MB (bench:uploads). From a file, memory stays at the socket buffers
   * whatever the concurrency; the cost is the bytes written once more to this replica's disk, and removed at once.
   */
  async writeTemporary(source: Readable): Promise<string> {
    const key = randomUUID();
    await mkdir(this.options.spoolDirectory, { recursive: true });
    const spooled = join(this.options.spoolDirectory, key);
    try {
      await pipeline(source, createWriteStream(spooled, { mode: 0o600 }));
      const { size } = await stat(spooled);
      await this.s3.send(
        new PutObjectCommand({ Bucket: this.options.bucket, Key: this.temporaryKey(key), Body: createReadStream(spooled), ContentLength: size }),
      );
    } catch (error) {
      await this.discardTemporary(key).catch(() => undefined);
      throw error;
    } finally {
      await rm(spooled, { force: true });
    }
    return key;
  }

  /** Removes spool files a crashed process left (older than an hour, so another process's upload is never touched). */
  async prepare(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.options.spoolDirectory);
    } catch {
      return;
    }
    const cutoff = Date.now() - 60 * 60_000;
    for (const name of names.filter((n) => TEMPORARY_NAME.test(n))) {
      const path = join(this.options.spoolDirectory, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtimeMs < cutoff) await rm(path, { force: true });
    }
  }

  async promote(temporaryKey: string, sha256: string): Promise<void> {
    const source = this.temporaryKey(temporaryKey);
    await this.s3.send(
      new CopyObjectCommand({ Bucket: this.options.bucket, Key: this.contentKey(sha256), CopySource: `${this.options.bucket}/${encodeURI(source)}` }),
    );
    await this.discardTemporary(temporaryKey);
  }

  async discardTemporary(temporaryKey: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.temporaryKey(temporaryKey) }));
  }

  async open(sha256: string, range?: ByteRange): Promise<Readable> {
    const response = await this.s3.send(
      new GetObjectCommand({ Bucket: this.options.bucket, Key: this.contentKey(sha256), ...(range && { Range: `bytes=${range.start}-${range.end}` }) }),
    );
    if (!(response.Body instanceof Readable)) throw new Error('S3 GetObject returned no stream');
    return response.Body;
  }

  async size(sha256: string): Promise<number | null> {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.contentKey(sha256) }));
      return head.ContentLength ?? null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.contentKey(sha256) }));
  }

  async *listContent(): AsyncIterable<StoredObject> {
    for await (const object of this.list(this.options.prefix)) {
      const name = object.key.slice(object.key.lastIndexOf('/') + 1);
      if (isContentKey(name) && object.key === this.contentKey(name)) yield { key: name, lastModified: object.lastModified };
    }
  }

  async *listTemporary(): AsyncIterable<StoredObject> {
    const prefix = `${this.options.prefix}tmp/`;
    for await (const object of this.list(prefix)) {
      const key = object.key.slice(prefix.length);
      if (TEMPORARY_NAME.test(key)) yield { key, lastModified: object.lastModified };
    }
  }

  private async *list(prefix: string): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        if (object.Key) yield { key: object.Key, lastModified: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  destroy(): void {
    this.s3.destroy();
  }
}
