import { Injectable } from '@nestjs/common';
import type { RevealableField, RevealFieldResponse } from '@pos/shared';
import { AuditRepository } from '../../core/audit/audit.repository.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { FieldEncryption } from '../../core/crypto/field-encryption.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { ReviewsRepository } from './reviews.repository.js';

const COLUMN_OF = { legalRepIdNumber: 'legalRepIdEncrypted', settlementAccountNumber: 'settlementAccountEncrypted' } as const;

@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly encryption: FieldEncryption,
    private readonly audit: AuditRepository,
  ) {}

  /** Shows a reviewer one sensitive number in full, and records who saw which, when. */
  async reveal(user: AuthUser, applicationId: string, field: RevealableField): Promise<RevealFieldResponse> {
    const application = await this.reviews.findSensitiveFields(providerScopeOf(user), applicationId);
    if (!application) throw DomainError.notFound();
    const encrypted = application[COLUMN_OF[field]];
    if (!encrypted) throw DomainError.notFound();
    await this.audit.record({ entityType: 'Application', entityId: application.id, applicationId: application.id, actorId: user.id, action: 'SENSITIVE_FIELD_REVEALED', data: { field } });
    return { field, value: this.encryption.decrypt(encrypted) };
  }
}
