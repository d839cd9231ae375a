import { Global, Module } from '@nestjs/common';
import { FileStorage, LocalDiskStorage } from './file-storage.js';
import { StoredFiles } from './stored-files.js';
import { UploadReader } from './upload-reader.js';

@Global()
@Module({ providers: [{ provide: FileStorage, useClass: LocalDiskStorage }, UploadReader, StoredFiles], exports: [FileStorage, UploadReader, StoredFiles] })
export class StorageModule {}
