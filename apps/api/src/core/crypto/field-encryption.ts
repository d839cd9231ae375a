import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RuntimeConfig } from '../config/runtime-config.js';

const VERSION = 'v1';
const IV_BYTES = 12;
/** What the check value is an HMAC of; a new label means a new version prefix. */
const CHECK_LABEL = 'pos-portal field-encryption key check';

/**
 * AES-256-GCM for sensitive columns (resident ID numbers, bank account numbers). The stored form is
 * `v1:<iv>:<tag>:<ciphertext>` in base64url, so a future key rotation can add v2 beside it. GCM's tag makes a
 * tampered value fail to decrypt instead of yielding garbage.
 */
@Injectable()
export class FieldEncryption {
  private readonly key: Buffer;

  constructor(runtime: RuntimeConfig) {
    if (runtime.fieldEncryptionKey.length !== 32) throw new Error('FIELD_ENCRYPTION_KEY must be 32 bytes');
    this.key = runtime.fieldEncryptionKey;
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
  }

  /**
   * Identifies the key without revealing it (HMAC-SHA256 of a fixed label under the key), so replicas can compare
   * keys through the database they share.
   */
  checkValue(): string {
    return `${VERSION}:${createHmac('sha256', this.key).update(CHECK_LABEL).digest('base64url')}`;
  }

  decrypt(stored: string): string {
    const [version, iv, tag, ciphertext] = stored.split(':');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Unrecognised encrypted value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }
}
