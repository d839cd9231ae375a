import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
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
import { TemporaryFiles } from './temporary-files.js';

export interface S3StorageOptions {
  bucket: string;
  /** Key prefix inside the bucket, '' or ending in '/'. */
  prefix: string;
  client: S3ClientConfig;
  /** A local folder for uploads on their way to the bucket (DATA_DIR/spool). */
  spoolDirectory: string;
}

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey || error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

/**
 * Content-addressed objects in an S3-compatible bucket (MinIO, Aliyun OSS, Tencent COS, AWS): `<prefix>ab/cd/<sha256>`.
 * Uploads are staged in a spool folder on this machine and sent to their address when promoted.
 */
export class S3Storage extends FileStorage {
  readonly location: string;
  private readonly s3: S3Client;
  private readonly temporaries: TemporaryFiles;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.location = `s3://${options.bucket}/${options.prefix}`;
    this.s3 = new S3Client(options.client);
    this.temporaries = new TemporaryFiles(options.spoolDirectory);
  }

  private contentKey(sha256: string): string {
    assertContentKey(sha256);
    return `${this.options.prefix}${contentPath(sha256)}`;
  }

  /** Spools the stream to a file on this machine; `promote` sends it. */
  writeTemporary(source: Readable): Promise<string> {
    return this.temporaries.write(source);
  }

  /**
   * Sends the spooled file to its content address in one streamed PutObject of known length, then removes it.
   * Streaming an upload straight into a multipart upload (lib-storage) held each 5 MB part in memory, twice, and S3
   * allows no smaller part: 20 uploads at once held 150–250 MB (bench:uploads). From a file, memory stays at the
   * socket buffers whatever the concurrency, and the bytes cross to the bucket once.
   */
  async promote(temporaryKey: string, sha256: string): Promise<void> {
    const path = this.temporaries.pathOf(temporaryKey);
    const { size } = await stat(path);
    await this.s3.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: this.contentKey(sha256), Body: createReadStream(path), ContentLength: size }));
    await this.temporaries.discard(temporaryKey);
  }

  async discardTemporary(temporaryKey: string): Promise<void> {
    await this.temporaries.discard(temporaryKey);
  }

  /** Removes spool files a crashed process left (older than an hour, so another process's upload is never touched). */
  async prepare(): Promise<void> {
    const cutoff = Date.now() - 60 * 60_000;
    for await (const file of this.temporaries.list()) {
      if (file.lastModified.getTime() < cutoff) await this.temporaries.discard(file.key);
    }
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

  /** This machine's spool files (each replica sweeps its own at start, see `prepare`). */
  listTemporary(): AsyncIterable<StoredObject> {
    return this.temporaries.list();
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
