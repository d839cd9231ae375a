import { Global, Module } from '@nestjs/common';
import { FieldEncryption } from './field-encryption.js';
import { KeyCheckRepository } from './key-check.repository.js';
import { FieldEncryptionKeyCheck } from './key-check.service.js';

@Global()
@Module({ providers: [FieldEncryption, KeyCheckRepository, FieldEncryptionKeyCheck], exports: [FieldEncryption] })
export class CryptoModule {}
