import { Injectable } from '@nestjs/common';
import {
  type ApplicationListResponse,
  type ApplicationMissing,
  ApplicationStatus,
  type ApplicationView,
  applicationMachine,
  ErrorCode,
  maskIdentifier,
  REQUIRED_APPLICATION_FIELDS,
  Role,
  type TimelineResponse,
} from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import { newReference } from '../../core/ids/reference.js';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { BusinessCalendar } from '../../core/calendar/business-calendar.js';
import { FieldEncryption } from '../../core/crypto/field-encryption.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Transitions } from '../../core/transitions/transitions.js';
import { Prisma } from '../../generated/prisma/client.js';
import { toApplicationSummary, toApplicationView, toTimeline } from './application.mapper.js';
import { type ApplicationDetail, ApplicationsRepository } from './applications.repository.js';
import type { SaveApplicationDraftDto } from './dto/save-application-draft.dto.js';
import { Notifier } from '../notifications/notifications.service.js';

/** Statuses in which the merchant may edit the application and its documents. */
export const MERCHANT_EDITABLE_STATUSES = [ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED] as const;

/** Draft fields stored as they come (no encryption, no conversion). */
const PLAIN_FIELDS = [
  'businessName',
  'creditCode',
  'businessAddress',
  'mcc',
  'businessScope',
  'legalRepName',
  'legalRepMobile',
  'contactName',
  'contactMobile',
  'contactEmail',
  'settlementAccountName',
  'settlementBank',
  'settlementBranch',
  'installAddress',
  'installRegion',
  'wizardStep',
] as const;

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** At submission the partial unique index is the last word: another application for the business got in first. */
const asOpenApplicationExists = (error: unknown): never => {
  throw isUniqueViolation(error) ? new DomainError(ErrorCode.OPEN_APPLICATION_EXISTS) : error;
};

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly prisma: PrismaService,
    private readonly encryption: FieldEncryption,
    private readonly audit: AuditLog,
    private readonly transitions: Transitions,
    private readonly calendar: BusinessCalendar,
    private readonly notifier: Notifier,
  ) {}

  async list(user: AuthUser): Promise<ApplicationListResponse> {
    return { items: (await this.applications.listForMerchant(user.id)).map(toApplicationSummary) };
  }

  async get(user: AuthUser, applicationId: string): Promise<ApplicationView> {
    return this.view(await this.owned(user, applicationId));
  }

  /** Starts a draft with a provider, pinned to the provider's current fee schedule version. */
  async create(user: AuthUser, providerId: string): Promise<ApplicationView> {
    const provider = await this.applications.findProviderToApply(providerId);
    if (!provider) throw DomainError.invalidFields([{ field: 'providerId', code: 'isUUID' }]);
    if (provider.status !== 'ACTIVE') throw new DomainError(ErrorCode.PROVIDER_SUSPENDED);
    const created = await this.prisma.$transaction(async (tx) => {
      const row = await this.applications.create({ reference: newReference('AP'), merchantId: user.id, providerId: provider.id, feeScheduleId: provider.feeSchedules[0]?.id ?? null }, tx);
      await this.audit.append(tx, { action: 'CREATED', entityId: row.id, applicationId: row.id, actorId: user.id, toStatus: row.status });
      return row;
    });
    return this.view(created);
  }

  /**
   * Saves any subset of the wizard's fields. Sensitive numbers are encrypted before they reach the database and
   * only their masked form is kept in clear. A business's place with a provider is held by a submitted, open
   * application only (a draft is private and anyone can type a public credit code into one): checked here for an
   * early, clear message, again at submission, and enforced by a partial unique index for races.
   */
  async saveDraft(user: AuthUser, applicationId: string, dto: SaveApplicationDraftDto): Promise<ApplicationView> {
    const current = await this.owned(user, applicationId);
    this.assertEditable(current);
    this.assertRequestedFields(current, Object.keys(dto).filter((key) => (dto as Record<string, unknown>)[key] !== undefined && key !== 'wizardStep'));

    const data: Prisma.ApplicationUncheckedUpdateManyInput = {};
    for (const field of PLAIN_FIELDS) if (dto[field] !== undefined) (data as Record<string, unknown>)[field] = dto[field];
    if (dto.openingDate !== undefined) data.openingDate = dto.openingDate === null ? null : new Date(`${dto.openingDate}T00:00:00Z`);
    if (dto.legalRepIdNumber !== undefined) {
      data.legalRepIdEncrypted = dto.legalRepIdNumber === null ? null : this.encryption.encrypt(dto.legalRepIdNumber);
      data.legalRepIdMasked = dto.legalRepIdNumber === null ? null : maskIdentifier(dto.legalRepIdNumber);
    }
    if (dto.settlementAccountNumber !== undefined) {
      data.settlementAccountEncrypted = dto.settlementAccountNumber === null ? null : this.encryption.encrypt(dto.settlementAccountNumber);
      data.settlementAccountMasked = dto.settlementAccountNumber === null ? null : maskIdentifier(dto.settlementAccountNumber);
    }

    try {
      await this.prisma.$transaction(async (tx) => {
        const creditCode = dto.creditCode ?? (dto.creditCode === null ? null : current.creditCode);
        if (creditCode) {
          if (await this.applications.findOtherSubmittedOpenForBusiness(current.providerId, creditCode, current.id, tx)) {
            throw new DomainError(ErrorCode.OPEN_APPLICATION_EXISTS);
          }
          const businessName = dto.businessName ?? current.businessName ?? creditCode;
          data.businessId = (await this.applications.upsertBusiness(user.id, creditCode, businessName, tx)).id;
        }
        if (!(await this.applications.updateEditable(current.id, user.id, MERCHANT_EDITABLE_STATUSES, data, tx))) {
          throw new DomainError(ErrorCode.INVALID_TRANSITION);
        }
        if (dto.volumes) await this.applications.replaceVolumes(current.id, dto.volumes, tx);
        if (dto.terminalRequests) await this.applications.replaceTerminalRequests(current.id, dto.terminalRequests, tx);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(ErrorCode.OPEN_APPLICATION_EXISTS);
      throw error;
    }
    return this.get(user, applicationId);
  }

  /** DRAFT or CHANGES_REQUESTED → SUBMITTED, only when complete; the transition and its audit row commit together. */
  async submit(user: AuthUser, applicationId: string): Promise<ApplicationView> {
    const application = await this.owned(user, applicationId);
    if (!applicationMachine.can(application.status, 'SUBMIT')) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const provider = await this.prisma.provider.findUniqueOrThrow({
      where: { id: application.providerId },
      select: { status: true, reviewSlaBusinessDays: true, secondApprovalTerminalThreshold: true, secondApprovalMccs: true },
    });
    // A first submission is a new application, which a suspended provider does not take; a resubmission after
    // requested changes is work already in progress, which continues.
    if (provider.status !== 'ACTIVE' && application.status === 'DRAFT') throw new DomainError(ErrorCode.PROVIDER_SUSPENDED);
    const missing = this.missing(application);
    if (missing.fields.length || missing.documents.length) throw new DomainError(ErrorCode.APPLICATION_INCOMPLETE, { missing });
    const notReplaced = this.documentsNotReplaced(application);
    if (notReplaced.length > 0) throw DomainError.invalidFields(notReplaced.map((type) => ({ field: `documents.${type}`, code: 'documentNotReplaced' })));
    if (application.creditCode && (await this.applications.findOtherSubmittedOpenForBusiness(application.providerId, application.creditCode, application.id))) {
      throw new DomainError(ErrorCode.OPEN_APPLICATION_EXISTS);
    }
    const terminals = application.terminalRequests.reduce((sum, r) => sum + r.count, 0);
    const highRisk =
      (provider.secondApprovalTerminalThreshold !== null && terminals >= provider.secondApprovalTerminalThreshold) ||
      (application.mcc !== null && provider.secondApprovalMccs.includes(application.mcc));
    const now = new Date();
    const reviewDueAt = await this.calendar.addBusinessDays(now, provider.reviewSlaBusinessDays);

    await this.prisma.$transaction(async (tx) => {
      const to = await this.transitions.run(tx, {
        machine: applicationMachine,
        row: application,
        event: 'SUBMIT',
        update: this.applications.updateIfUnchanged,
        data: { submittedAt: application.submittedAt ?? now, reviewDueAt, highRisk },
        audit: { action: 'SUBMIT', applicationId: application.id, actorId: user.id, data: { highRisk } },
      });
      // A resubmission answers the open change request; the application stays with the reviewer who asked.
      await this.applications.resolveChangeRequests(application.id, now, tx);
      // A first submission goes to the provider's reviewers; a resubmission to the reviewer who asked for changes.
      const data = { applicationId: application.id, reference: application.reference, businessName: application.businessName ?? '' };
      const resubmitted = application.status === 'CHANGES_REQUESTED';
      const event = resubmitted ? 'application.resubmitted' : 'application.submitted';
      if (resubmitted && application.claimedById) await this.notifier.notify(tx, [application.claimedById], event, data);
      else await this.notifier.notifyProvider(tx, application.providerId, [Role.REVIEWER, Role.PROVIDER_ADMIN], event, data);
      await this.notifier.publish(tx, application.providerId, event, { ...data, status: to });
    }).catch(asOpenApplicationExists);
    return this.get(user, applicationId);
  }

  async withdraw(user: AuthUser, applicationId: string): Promise<ApplicationView> {
    const application = await this.owned(user, applicationId);
    await this.prisma.$transaction((tx) =>
      this.transitions.run(tx, { machine: applicationMachine, row: application, event: 'WITHDRAW', update: this.applications.updateIfUnchanged, data: {}, audit: { action: 'WITHDRAW', applicationId: application.id, actorId: user.id } }),
    );
    return this.get(user, applicationId);
  }

  /** What still blocks submission: required fields in wizard order, then required documents. */
  missing(application: ApplicationDetail): ApplicationMissing {
    const present: Record<(typeof REQUIRED_APPLICATION_FIELDS)[number], boolean> = {
      businessName: !!application.businessName,
      creditCode: !!application.creditCode,
      businessAddress: !!application.businessAddress,
      mcc: !!application.mcc,
      openingDate: !!application.openingDate,
      legalRepName: !!application.legalRepName,
      legalRepIdNumber: !!application.legalRepIdEncrypted,
      legalRepMobile: !!application.legalRepMobile,
      contactName: !!application.contactName,
      contactMobile: !!application.contactMobile,
      settlementAccountName: !!application.settlementAccountName,
      settlementBank: !!application.settlementBank,
      settlementAccountNumber: !!application.settlementAccountEncrypted,
      installAddress: !!application.installAddress,
      installRegion: !!application.installRegion,
      volumes: application.volumes.some((v) => v.monthlyAmountFen > 0n),
      terminalRequests: application.terminalRequests.some((r) => r.count > 0),
    };
    const uploaded = new Set(application.documents.map((d) => d.documentType));
    return {
      fields: REQUIRED_APPLICATION_FIELDS.filter((field) => !present[field]),
      documents: application.provider.documentRequirements.filter((r) => r.required && !uploaded.has(r.documentType)).map((r) => r.documentType),
    };
  }

  /**
   * Documents the open change request asked for that have no upload since it was made. A resubmission without them
   * would put the same rejected file in front of the reviewer again.
   */
  documentsNotReplaced(application: ApplicationDetail): string[] {
    const request = application.status === ApplicationStatus.CHANGES_REQUESTED ? application.changeRequests[0] : undefined;
    if (!request) return [];
    return request.documentTypes.filter((type) => {
      const current = application.documents.find((d) => d.documentType === type);
      return !current || current.createdAt <= request.createdAt;
    });
  }

  /** The caller's own application or 404 — the same answer whether the id is unknown or someone else's. */
  async owned(user: AuthUser, applicationId: string): Promise<ApplicationDetail> {
    const application = await this.applications.findOwnedByMerchant(user.id, applicationId);
    if (!application) throw DomainError.notFound();
    return application;
  }

  assertEditable(application: ApplicationDetail): void {
    if (!(MERCHANT_EDITABLE_STATUSES as readonly string[]).includes(application.status)) throw new DomainError(ErrorCode.INVALID_TRANSITION);
  }

  /** While changes are requested, the merchant fixes exactly what the reviewer listed and nothing else. */
  assertRequestedFields(application: ApplicationDetail, fields: string[]): void {
    const request = application.status === ApplicationStatus.CHANGES_REQUESTED ? application.changeRequests[0] : undefined;
    if (!request) return;
    const refused = fields.filter((field) => !request.fields.includes(field));
    if (refused.length > 0) throw DomainError.invalidFields(refused.map((field) => ({ field, code: 'notRequested' })));
  }

  assertRequestedDocument(application: ApplicationDetail, documentType: string): void {
    const request = application.status === ApplicationStatus.CHANGES_REQUESTED ? application.changeRequests[0] : undefined;
    if (request && !(request.documentTypes as string[]).includes(documentType)) {
      throw DomainError.invalidFields([{ field: 'documentType', code: 'notRequested' }]);
    }
  }

  async timeline(user: AuthUser, applicationId: string): Promise<TimelineResponse> {
    const application = await this.owned(user, applicationId);
    return { items: toTimeline(await this.applications.historyOf(application.id), 'merchant') };
  }

  private view(application: ApplicationDetail): ApplicationView {
    return toApplicationView(application, this.missing(application));
  }
}
