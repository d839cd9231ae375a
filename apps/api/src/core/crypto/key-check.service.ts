import { Injectable, type OnModuleInit } from '@nestjs/common';
import { FieldEncryption } from './field-encryption.js';
import { KeyCheckRepository } from './key-check.repository.js';

/**
 * Refuses to start with a FIELD_ENCRYPTION_KEY other than the one the database's encrypted fields were written with.
 * Without it, a replica given another key would start, fail to read what the others wrote, and write fields that
 * no other replica can read.
 */
@Injectable()
export class FieldEncryptionKeyCheck implements OnModuleInit {
  constructor(
    private readonly encryption: FieldEncryption,
    private readonly repository: KeyCheckRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    const ours = this.encryption.checkValue();
    const stored = await this.repository.recordCheckValue(ours);
    if (stored !== ours) {
      throw new Error(
        'FIELD_ENCRYPTION_KEY differs from the key this database was written with, so encrypted fields (ID and account ' +
          'numbers) could not be read and new ones would be unreadable to the other replicas. Start every replica with ' +
          "the same FIELD_ENCRYPTION_KEY (without DATABASE_URL, it is the one in DATA_DIR/secrets.json).",
      );
    }
  }
}
