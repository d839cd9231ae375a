import { Global, Module } from '@nestjs/common';
import { FileStorage, LocalDiskStorage } from './file-storage.js';
import { UploadReader } from './upload-reader.js';

@Global()
@Module({ providers: [{ provide: FileStorage, useClass: LocalDiskStorage }, UploadReader], exports: [FileStorage, UploadReader] })
export class StorageModule {}
