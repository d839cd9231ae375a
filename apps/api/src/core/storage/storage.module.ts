import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuntimeConfig } from '../config/runtime-config.js';
import { FileStorage } from './file-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import { S3Storage } from './s3-storage.js';
import { StoredFilesRepository } from './stored-files.repository.js';
import { StoredFiles } from './stored-files.js';
import { UploadReader } from './upload-reader.js';

/** The store STORAGE_URL names: `file:///folder` (default DATA_DIR/files) or `s3://bucket/prefix`. */
export function createFileStorage(runtime: RuntimeConfig): FileStorage {
  const url = runtime.env.STORAGE_URL;
  if (!url) return new LocalDiskStorage(join(runtime.dataDir, 'files'));
  if (url.startsWith('file://')) return new LocalDiskStorage(fileURLToPath(url));
  const { hostname: bucket, pathname } = new URL(url);
  const prefix = pathname.replace(/^\/+/, '').replace(/\/*$/, pathname.length > 1 ? '/' : '');
  const env = runtime.env;
  return new S3Storage({
    bucket,
    prefix,
    spoolDirectory: join(runtime.dataDir, 'spool'),
    client: {
      region: env.S3_REGION,
      // S3-compatible services (OSS, COS, MinIO, s3rver) do not all take the SDK's default trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      ...(env.S3_ENDPOINT && { endpoint: env.S3_ENDPOINT }),
      ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY && { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } }),
    },
  });
}

class StorageLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(FileStorage) private readonly storage: FileStorage) {}

  async onModuleInit(): Promise<void> {
    if (this.storage instanceof S3Storage) await this.storage.prepare();
  }

  onApplicationShutdown(): void {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}

@Global()
@Module({
  providers: [
    { provide: FileStorage, useFactory: createFileStorage, inject: [RuntimeConfig] },
    StoredFilesRepository,
    StoredFiles,
    UploadReader,
    StorageLifecycle,
  ],
  exports: [FileStorage, UploadReader, StoredFiles],
})
export class StorageModule {}
