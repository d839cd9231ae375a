import { Injectable, Logger } from '@nestjs/common';
import {
  type ApplicationEvent,
  applicationMachine,
  DUE_SOON_HOURS,
  type DueState,
  ErrorCode,
  type RevealableField,
  type RevealFieldResponse,
  type ReviewApplicationView,
  type ReviewQueueItem,
  type ReviewQueueResponse,
  Role,
} from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { FieldEncryption } from '../../core/crypto/field-encryption.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../core/http/keyset-cursor.js';
import { PrismaService, type Tx } from '../../core/prisma/prisma.service.js';
import { Transitions } from '../../core/transitions/transitions.js';
import { toApplicationView, toTimeline } from '../applications/application.mapper.js';
import { AgreementsService } from '../agreements/agreements.service.js';
import { type ApplicationChange, ApplicationsRepository } from '../applications/applications.repository.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { Notifier } from '../notifications/notifications.service.js';
import type { AdminReviewQueueQueryDto, DocumentDecisionDto, RequestChangesDto, ReviewQueueQueryDto } from './dto/review.dto.js';
import { type ReviewDetail, ReviewsRepository } from './reviews.repository.js';

const COLUMN_OF = { legalRepIdNumber: 'legalRepIdEncrypted', settlementAccountNumber: 'settlementAccountEncrypted' } as const;
const CREDIT_CODE_PREFIX = /^[0-9A-HJ-NPQRTUWXY]{2,18}$/;
const HOUR_MS = 3_600_000;

export function dueStateOf(reviewDueAt: Date | null, now = new Date()): DueState {
  if (!reviewDueAt) return 'ON_TRACK';
  if (reviewDueAt.getTime() < now.getTime()) return 'OVERDUE';
  return reviewDueAt.getTime() - now.getTime() < DUE_SOON_HOURS * HOUR_MS ? 'DUE_SOON' : 'ON_TRACK';
}

interface Move {
  event: Extract<ApplicationEvent, 'CLAIM' | 'RELEASE' | 'REQUEST_CHANGES' | 'ESCALATE' | 'APPROVE' | 'REJECT'>;
  data?: ApplicationChange;
  reason?: string | null;
  /** Extra writes in the same transaction (change request rows). */
  alsoDo?: (tx: Tx) => Promise<unknown>;
}

/**
 * The provider's review console. Every decision goes through the shared state machine and commits with its
 * audit row in one transaction, as a conditional update on (id, status, version): of two concurrent decisions
 * exactly one wins and the other gets a conflict.
 */
@Injectable()
export class ReviewsService {
  private readonly logger = new Logger(ReviewsService.name);

  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly applicationsRepository: ApplicationsRepository,
    private readonly applications: ApplicationsService,
    private readonly prisma: PrismaService,
    private readonly encryption: FieldEncryption,
    private readonly audit: AuditLog,
    private readonly transitions: Transitions,
    private readonly agreements: AgreementsService,
    private readonly notifier: Notifier,
  ) {}

  queue(user: AuthUser, query: ReviewQueueQueryDto): Promise<ReviewQueueResponse> {
    return this.listQueue(user, providerScopeOf(user), query);
  }

  adminQueue(user: AuthUser, query: AdminReviewQueueQueryDto): Promise<ReviewQueueResponse> {
    return this.listQueue(user, query.providerId ?? null, query);
  }

  private async listQueue(user: AuthUser, providerId: string | null, query: ReviewQueueQueryDto): Promise<ReviewQueueResponse> {
    const now = new Date();
    const limit = query.limit ?? 20;
    const text = query.q?.trim();
    const rows = await this.reviews.listQueue({
      providerId,
      status: query.status,
      dueBefore: query.due === 'overdue' ? now : query.due === 'dueSoon' ? new Date(now.getTime() + DUE_SOON_HOURS * HOUR_MS) : undefined,
      dueFrom: query.due === 'dueSoon' ? now : undefined,
      claimedBy: query.assigned === 'me' ? user.id : query.assigned === 'unassigned' ? null : undefined,
      search: text ? { text, creditCodePrefix: CREDIT_CODE_PREFIX.test(text.toUpperCase()) ? text.toUpperCase() : null } : undefined,
      after: this.after(query.cursor),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map((row): ReviewQueueItem => ({
        id: row.id,
        reference: row.reference,
        status: row.status,
        provider: { id: row.providerId, name: row.providerName },
        businessName: row.businessName,
        creditCode: row.creditCode,
        terminalCount: row.terminalCount,
        highRisk: row.highRisk,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        reviewDueAt: row.reviewDueAt.toISOString(),
        dueState: dueStateOf(row.reviewDueAt, now),
        claimedBy: row.claimedById ? { id: row.claimedById, displayName: row.claimedByName ?? '' } : null,
      })),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!.reviewDueAt, page[page.length - 1]!.id) : null,
    };
  }

  async get(user: AuthUser, applicationId: string): Promise<ReviewApplicationView> {
    return this.view(await this.load(user, applicationId));
  }

  /** Takes ownership of a submitted application. A resubmission stays with its reviewer unless an admin takes it. */
  async claim(user: AuthUser, applicationId: string): Promise<ReviewApplicationView> {
    const application = await this.load(user, applicationId);
    if (application.status === 'IN_REVIEW' && application.claimedById === user.id) return this.view(application);
    this.assertNotOwnedByOther(user, application, { adminMayOverride: application.status === 'SUBMITTED' });
    await this.move(user, application, { event: 'CLAIM', data: { claimedById: user.id, claimedAt: new Date() } }).catch(async (error: unknown) => {
      const fresh = await this.load(user, applicationId);
      // Lost a race to one's own earlier click: the claim stands, so this click succeeded too.
      if (fresh.status === 'IN_REVIEW' && fresh.claimedById === user.id) return;
      // Lost a race to someone else: say who won rather than a bare conflict.
      if (fresh.claimedBy && fresh.claimedById !== user.id) throw this.claimedError(fresh);
      throw error;
    });
    return this.get(user, applicationId);
  }

  async release(user: AuthUser, applicationId: string): Promise<ReviewApplicationView> {
    const application = await this.load(user, applicationId);
    this.assertNotOwnedByOther(user, application, { adminMayOverride: true });
    await this.move(user, application, { event: 'RELEASE', data: { claimedById: null, claimedAt: null } });
    return this.get(user, applicationId);
  }

  async decideDocument(user: AuthUser, applicationId: string, documentId: string, dto: DocumentDecisionDto): Promise<ReviewApplicationView> {
    const application = await this.load(user, applicationId);
    this.assertReviewing(user, application);
    const document = application.documents.find((d) => d.id === documentId);
    if (!document) throw DomainError.notFound();
    await this.prisma.$transaction(async (tx) => {
      await this.reviews.decideDocument(document.id, dto.decision, dto.note ?? null, user.id, tx);
      // A decision changes what an approval checks, so it is an edit of the application: an approval read before it gets 409.
      await this.transitions.edit(tx, {
        row: application,
        update: this.applicationsRepository.updateIfUnchanged,
        data: {},
        audit: {
          action: dto.decision === 'ACCEPTED' ? 'DOCUMENT_ACCEPTED' : 'DOCUMENT_REJECTED',
          entityId: document.id,
          applicationId: application.id,
          actorId: user.id,
          reason: dto.note ?? null,
          data: { documentType: document.documentType },
        },
      });
    });
    return this.get(user, applicationId);
  }

  /**
   * Sends the application back to the merchant listing exactly what to fix. Every rejected document is on the list
   * whether or not the reviewer ticked it: the merchant may only upload what is listed, and a rejected document left
   * off could never be replaced.
   */
  async requestChanges(user: AuthUser, applicationId: string, dto: RequestChangesDto): Promise<ReviewApplicationView> {
    if (dto.fields.length === 0 && dto.documentTypes.length === 0) throw DomainError.invalidFields([{ field: 'fields', code: 'arrayMinSize' }]);
    const application = await this.load(user, applicationId);
    this.assertDeciding(user, application);
    const rejected = application.documents.filter((d) => d.reviewStatus === 'REJECTED').map((d) => d.documentType);
    const documentTypes = [...new Set([...dto.documentTypes, ...rejected])];
    await this.move(user, application, {
      event: 'REQUEST_CHANGES',
      data: { firstApproverId: null },
      reason: dto.message,
      alsoDo: (tx) =>
        this.reviews.createChangeRequest({ applicationId: application.id, requestedById: user.id, message: dto.message, fields: dto.fields, documentTypes }, tx),
    });
    return this.get(user, applicationId);
  }

  /**
   * Approves. A high-risk application's first approval escalates to PENDING_SECOND_APPROVAL; the second must come
   * from a provider admin who is not the first approver (four eyes).
   */
  async approve(user: AuthUser, applicationId: string, note?: string): Promise<ReviewApplicationView> {
    const application = await this.load(user, applicationId);
    if (application.status === 'PENDING_SECOND_APPROVAL') {
      if (user.role !== Role.PROVIDER_ADMIN || application.firstApproverId === user.id) throw new DomainError(ErrorCode.FOUR_EYES_REQUIRED);
      await this.move(user, application, { event: 'APPROVE', data: { decidedAt: new Date() }, reason: note ?? null });
      await this.sendAgreement(user, applicationId);
      return this.get(user, applicationId);
    }
    this.assertReviewing(user, application);
    const notAccepted = application.documents.filter((d) => d.reviewStatus !== 'ACCEPTED').map((d) => d.documentType);
    if (notAccepted.length > 0) throw new DomainError(ErrorCode.DOCUMENTS_NOT_ACCEPTED, { documents: notAccepted });
    await this.move(
      user,
      application,
      application.highRisk
        ? { event: 'ESCALATE', data: { firstApproverId: user.id }, reason: note ?? null }
        : { event: 'APPROVE', data: { decidedAt: new Date(), firstApproverId: user.id }, reason: note ?? null },
    );
    if (!application.highRisk) await this.sendAgreement(user, applicationId);
    return this.get(user, applicationId);
  }

  /** After the final approval the agreement goes out at once; a failure leaves the application APPROVED to retry. */
  async sendAgreement(user: AuthUser, applicationId: string): Promise<ReviewApplicationView> {
    const application = await this.load(user, applicationId);
    if (application.status !== 'APPROVED') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    try {
      await this.agreements.generateForApprovedApplication(applicationId, user.id);
    } catch (error) {
      this.logger.error({ err: error, applicationId }, 'Agreement generation failed; the application stays APPROVED');
    }
    return this.get(user, applicationId);
  }

  async reject(user: AuthUser, applicationId: string, reason: string): Promise<ReviewApplicationView> {
    const application = await this.load(user, applicationId);
    this.assertDeciding(user, application);
    await this.move(user, application, { event: 'REJECT', data: { decidedAt: new Date(), decisionReason: reason }, reason });
    return this.get(user, applicationId);
  }

  /** Shows a reviewer one sensitive number in full, and records who saw which, when. */
  async reveal(user: AuthUser, applicationId: string, field: RevealableField): Promise<RevealFieldResponse> {
    const application = await this.reviews.findSensitiveFields(providerScopeOf(user), applicationId);
    if (!application) throw DomainError.notFound();
    const encrypted = application[COLUMN_OF[field]];
    if (!encrypted) throw DomainError.notFound();
    // The reveal is recorded before the number leaves: no record, no number.
    await this.prisma.$transaction((tx) => this.audit.append(tx, { action: 'SENSITIVE_FIELD_REVEALED', entityId: application.id, applicationId: application.id, actorId: user.id, data: { field } }));
    return { field, value: this.encryption.decrypt(encrypted) };
  }

  /** The application within the caller's reach: their provider's (staff) or any (platform admin); else 404. */
  private async load(user: AuthUser, applicationId: string): Promise<ReviewDetail> {
    const application =
      user.role === Role.PLATFORM_ADMIN
        ? await this.reviews.findForPlatform(applicationId)
        : await this.reviews.findForProviderStaff(providerScopeOf(user), applicationId);
    if (!application) throw DomainError.notFound();
    return application;
  }

  /** Document decisions and approvals belong to the reviewer who claimed the application. */
  private assertReviewing(user: AuthUser, application: ReviewDetail): void {
    if (application.status !== 'IN_REVIEW') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    if (application.claimedById !== user.id) throw this.claimedError(application);
  }

  /** Rejecting or sending back: the claiming reviewer, or during a second approval any provider admin. */
  private assertDeciding(user: AuthUser, application: ReviewDetail): void {
    if (application.status === 'PENDING_SECOND_APPROVAL') {
      if (user.role !== Role.PROVIDER_ADMIN) throw new DomainError(ErrorCode.FOUR_EYES_REQUIRED);
      return;
    }
    this.assertReviewing(user, application);
  }

  private assertNotOwnedByOther(user: AuthUser, application: ReviewDetail, { adminMayOverride }: { adminMayOverride: boolean }): void {
    if (!application.claimedById || application.claimedById === user.id) return;
    if (adminMayOverride && user.role === Role.PROVIDER_ADMIN) return;
    throw this.claimedError(application);
  }

  private claimedError(application: ReviewDetail): DomainError {
    if (!application.claimedBy) return new DomainError(ErrorCode.INVALID_TRANSITION);
    return new DomainError(ErrorCode.ALREADY_CLAIMED, { claimedBy: application.claimedBy }, { claimedBy: application.claimedBy.displayName });
  }

  private async move(user: AuthUser, application: ReviewDetail, move: Move): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.transitions.run(tx, {
        machine: applicationMachine,
        row: application,
        event: move.event,
        update: this.applicationsRepository.updateIfUnchanged,
        data: move.data ?? {},
        audit: { action: move.event, applicationId: application.id, actorId: user.id, reason: move.reason ?? null },
      });
      await move.alsoDo?.(tx);
      await this.tell(tx, user, application, move);
    });
  }

  /** Who learns of a review decision: the merchant, or the provider admins for a second approval; and webhooks. */
  private async tell(tx: Tx, user: AuthUser, application: ReviewDetail, move: Move): Promise<void> {
    const data = { applicationId: application.id, reference: application.reference, businessName: application.businessName ?? '' };
    switch (move.event) {
      case 'REQUEST_CHANGES':
        await this.notifier.notify(tx, [application.merchant.id], 'application.changes_requested', { ...data, message: move.reason ?? '' });
        break;
      case 'ESCALATE':
        await this.notifier.notifyProvider(tx, application.providerId, [Role.PROVIDER_ADMIN], 'application.second_approval_needed', data, [user.id]);
        break;
      case 'APPROVE':
        await this.notifier.notify(tx, [application.merchant.id], 'application.approved', data);
        await this.notifier.publish(tx, application.providerId, 'application.approved', { ...data, status: 'APPROVED' });
        break;
      case 'REJECT':
        await this.notifier.notify(tx, [application.merchant.id], 'application.rejected', { ...data, reason: move.reason ?? '' });
        await this.notifier.publish(tx, application.providerId, 'application.rejected', { ...data, status: 'REJECTED', reason: move.reason ?? '' });
        break;
    }
  }

  private after(cursor: string | undefined): { reviewDueAt: Date; id: string } | undefined {
    const position = decodeCursor(cursor);
    return position && { reviewDueAt: position.at!, id: position.id };
  }

  private view(application: ReviewDetail): ReviewApplicationView {
    return {
      ...toApplicationView(application, this.applications.missing(application)),
      merchant: application.merchant,
      highRisk: application.highRisk,
      dueState: dueStateOf(application.reviewDueAt),
      claimedBy: application.claimedBy,
      firstApprover: application.firstApprover,
      changeRequests: application.changeRequests.map((c) => ({
        id: c.id,
        message: c.message,
        fields: c.fields,
        documentTypes: c.documentTypes,
        createdAt: c.createdAt.toISOString(),
        resolvedAt: c.resolvedAt?.toISOString() ?? null,
      })),
      timeline: toTimeline(application.auditEvents, 'staff'),
    };
  }
}
