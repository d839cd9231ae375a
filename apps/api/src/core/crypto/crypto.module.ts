import { Global, Module } from '@nestjs/common';
import { FieldEncryption } from './field-encryption.js';

@Global()
@Module({ providers: [FieldEncryption], exports: [FieldEncryption] })
export class CryptoModule {}
