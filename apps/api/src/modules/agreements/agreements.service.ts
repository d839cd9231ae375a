import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type AgreementTemplateView,
  type AgreementVerification,
  type AgreementView,
  agreementMachine,
  applicationMachine,
  ErrorCode,
  FEE_LINE_LABELS,
  type FrozenFeeSchedule,
  isProviderStaff,
  maskName,
  Role,
} from '@pos/shared';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../../core/audit/audit-log.js';
import type { FileDownload } from '../../core/http/file-reply.js';
import { newReference } from '../../core/ids/reference.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { renderAgreementPdf, renderExecutedAgreement } from '../../core/pdf/agreement-pdf.js';
import { PrismaService, type Tx } from '../../core/prisma/prisma.service.js';
import { StoredFiles } from '../../core/storage/stored-files.js';
import { UploadReader } from '../../core/storage/upload-reader.js';
import { Transitions } from '../../core/transitions/transitions.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { ApplicationsRepository } from '../applications/applications.repository.js';
import { agreementContent, freezeFeeSchedule } from './agreement-content.js';
import { type AgreementDetail, AgreementsRepository } from './agreements.repository.js';
import type { CreateAgreementTemplateDto, SignAgreementDto } from './dto/agreement.dto.js';
import { Notifier } from '../notifications/notifications.service.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** "2026-11-25 18:30:05 (UTC+8)" for the signature page. */
function beijingTime(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')} (UTC+8)`;
}

/** Names compare without surrounding or doubled spaces, and Latin letters without case. */
const normalizeName = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Service agreements: generated on approval with the fee schedule frozen in, signed by the merchant with explicit
 * acknowledgements and recorded evidence, countersigned by the provider, and verifiable by anyone holding the file.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly agreements: AgreementsRepository,
    private readonly applications: ApplicationsRepository,
    private readonly files: StoredFiles,
    private readonly uploads: UploadReader,
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly transitions: Transitions,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Generates the agreement of an APPROVED application and moves it to AGREEMENT_SENT. The PDF is written
   * before the rows; if the rows fail the file is removed again.
   */
  async generateForApprovedApplication(applicationId: string, actorId: string | null): Promise<void> {
    const application = await this.agreements.applicationForAgreement(applicationId);
    if (!application) throw DomainError.notFound();
    // Asked before the PDF is rendered; the runner asks again on the row it moves.
    if (!applicationMachine.can(application.status, 'SEND_AGREEMENT')) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    await this.createAgreement(application, actorId, async (tx) => {
      await this.transitions.run(tx, {
        machine: applicationMachine,
        row: application,
        event: 'SEND_AGREEMENT',
        update: this.applications.updateIfUnchanged,
        data: {},
        audit: { action: 'SEND_AGREEMENT', applicationId: application.id, actorId },
      });
    });
  }

  private async createAgreement(
    application: NonNullable<Awaited<ReturnType<AgreementsRepository['applicationForAgreement']>>>,
    actorId: string | null,
    alsoDo: (tx: Tx, agreementId: string) => Promise<void>,
  ): Promise<string> {
    const schedule = application.provider.feeSchedules[0];
    const template = application.provider.agreementTemplates[0];
    if (!schedule || !template) throw new DomainError(ErrorCode.INVALID_TRANSITION, { reason: 'provider has no fee schedule or agreement template' });
    const now = new Date();
    const reference = newReference('AG', now);
    const fees = freezeFeeSchedule(schedule);
    const pdf = await this.files.stageBytes(await renderAgreementPdf(agreementContent(application, reference, fees, now)), 'application/pdf');
    return this.files.storeWith(pdf, async (tx) => {
      const agreement = await this.agreements.create(
        {
          reference,
          applicationId: application.id,
          providerId: application.providerId,
          templateId: template.id,
          feeScheduleId: schedule.id,
          feeSnapshot: fees as unknown as Prisma.InputJsonValue,
          documentSha256: pdf.sha256,
        },
        tx,
      );
      await this.audit.append(tx, { action: 'AGREEMENT_GENERATED', entityId: agreement.id, applicationId: application.id, actorId, data: { reference, feeScheduleVersion: fees.version, sha256: pdf.sha256 } });
      await alsoDo(tx, agreement.id);
      return agreement.id;
    });
  }

  /**
   * An unsigned agreement must show the fees that apply when it is signed: when the provider published a new fee
   * schedule since generation, the agreement is replaced (the old one voided with the reason) and the merchant is
   * told why. A signed agreement never changes.
   */
  private async refreshIfFeesChanged(agreement: AgreementDetail): Promise<AgreementDetail> {
    if (agreement.status !== 'SENT') return agreement;
    const current = await this.agreements.currentFeeScheduleId(agreement.providerId);
    if (!current || current.id === agreement.feeScheduleId) return agreement;
    const application = await this.agreements.applicationForAgreement(agreement.applicationId);
    if (!application) return agreement;
    await this.createAgreement(application, null, async (tx, newId) => {
      await this.transitions.run(tx, {
        machine: agreementMachine,
        row: agreement,
        event: 'VOID',
        update: this.agreements.updateIfUnchanged,
        data: { voidReason: 'FEE_SCHEDULE_CHANGED' },
        audit: { action: 'AGREEMENT_VOIDED', applicationId: agreement.applicationId, reason: 'FEE_SCHEDULE_CHANGED', data: { replacedById: newId } },
      });
      await this.audit.append(tx, {
        action: 'AGREEMENT_REGENERATED',
        entityId: newId,
        applicationId: agreement.applicationId,
        reason: 'FEE_SCHEDULE_CHANGED',
        data: { replaces: agreement.reference, fromVersion: agreement.feeSchedule.version, toVersion: current.version },
      });
    });
    const replacement = await this.agreements.findCurrentForApplication(agreement.applicationId);
    return replacement ?? agreement;
  }

  async getForApplication(user: AuthUser, applicationId: string): Promise<AgreementView> {
    const owned = await this.applications.findOwnedByMerchant(user.id, applicationId);
    if (!owned) throw DomainError.notFound();
    const agreement = await this.agreements.findCurrentForApplication(applicationId);
    if (!agreement) throw DomainError.notFound();
    return this.view(await this.refreshIfFeesChanged(agreement));
  }

  async getById(user: AuthUser, agreementId: string): Promise<AgreementView> {
    const agreement = await this.load(user, agreementId);
    return this.view(user.role === Role.MERCHANT ? await this.refreshIfFeesChanged(agreement) : agreement);
  }

  listForProvider(user: AuthUser, status?: 'SENT' | 'MERCHANT_SIGNED' | 'COUNTERSIGNED') {
    return this.agreements.listForProvider(providerScopeOf(user), status).then(async (rows) => ({ items: await Promise.all(rows.map((row) => this.view(row))) }));
  }

  async file(user: AuthUser, agreementId: string, kind: 'document' | 'final'): Promise<FileDownload> {
    const agreement = await this.load(user, agreementId);
    const sha256 = kind === 'document' ? agreement.documentSha256 : agreement.finalSha256;
    if (!sha256) throw DomainError.notFound();
    return this.files.download(sha256, 'application/pdf', `${agreement.reference}${kind === 'final' ? '-executed' : ''}.pdf`);
  }

  /**
   * The merchant's signature. Refused unless the typed name is the legal representative's, every fee line and the
   * terms are acknowledged, and the PDF the merchant read is exactly the current one (by SHA-256). The evidence
   * (time, IP, user agent, acknowledgements, document hash) is stored and later printed on the signature page.
   */
  async sign(user: AuthUser, agreementId: string, dto: SignAgreementDto, client: { ip?: string; userAgent?: string }): Promise<AgreementView> {
    const loaded = await this.agreements.findForMerchant(user.id, agreementId);
    if (!loaded) throw DomainError.notFound();
    const agreement = await this.refreshIfFeesChanged(loaded);
    if (agreement.id !== loaded.id) throw new DomainError(ErrorCode.AGREEMENT_CHANGED, { agreementId: agreement.id });
    if (!agreementMachine.can(agreement.status, 'MERCHANT_SIGN')) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    if (dto.documentSha256 !== agreement.documentSha256) throw new DomainError(ErrorCode.AGREEMENT_CHANGED, { agreementId: agreement.id });

    const fees = agreement.feeSnapshot as unknown as FrozenFeeSchedule;
    const problems: { field: string; code: string }[] = [];
    const legalName = agreement.application.legalRepName ?? '';
    if (!legalName || normalizeName(dto.signedName) !== normalizeName(legalName)) problems.push({ field: 'signedName', code: 'signerNameMismatch' });
    const acknowledged = new Set(dto.acknowledgedFeeLines);
    if (fees.lines.some((line) => !acknowledged.has(line.key))) problems.push({ field: 'acknowledgedFeeLines', code: 'acknowledgementRequired' });
    if (dto.acceptTerms !== true) problems.push({ field: 'acceptTerms', code: 'acknowledgementRequired' });
    if (problems.length > 0) throw DomainError.invalidFields(problems);

    // The stored bytes must still be the bytes whose hash the merchant was shown.
    const stored = await this.files.readAll(agreement.documentSha256);
    if (sha256(stored) !== agreement.documentSha256) throw new DomainError(ErrorCode.INTERNAL);

    const now = new Date();
    await this.prisma.$transaction(async (tx) => {
      await this.transitions.run(tx, {
        machine: agreementMachine,
        row: agreement,
        event: 'MERCHANT_SIGN',
        update: this.agreements.updateIfUnchanged,
        data: {
          feesAcknowledgedAt: now,
          acknowledgements: { feeLines: fees.lines.map((l) => l.key), terms: true } as Prisma.InputJsonValue,
          merchantSignedName: dto.signedName.trim(),
          merchantSignedAt: now,
          merchantSignedIp: client.ip ?? null,
          merchantSignedUserAgent: client.userAgent?.slice(0, 500) ?? null,
          signedDocumentSha256: agreement.documentSha256,
        },
        audit: { action: 'MERCHANT_SIGNED', applicationId: agreement.applicationId, actorId: user.id, data: { sha256: agreement.documentSha256, ip: client.ip ?? null } },
      });
      const data = { applicationId: agreement.applicationId, reference: agreement.reference };
      await this.notifier.notifyProvider(tx, agreement.providerId, [Role.PROVIDER_ADMIN], 'agreement.signed', data);
      await this.notifier.publish(tx, agreement.providerId, 'agreement.signed', data);
    });
    return this.getById(user, agreement.id);
  }

  /** The provider's countersignature: produces the executed PDF with its signature page, and the application is SIGNED. */
  async countersign(user: AuthUser, agreementId: string): Promise<AgreementView> {
    const agreement = await this.agreements.findForProvider(providerScopeOf(user), agreementId);
    if (!agreement) throw DomainError.notFound();
    // Asked before the executed PDF is rendered; the runner asks again on the rows it moves.
    if (!agreementMachine.can(agreement.status, 'COUNTERSIGN') || !applicationMachine.can(agreement.application.status, 'SIGN')) throw new DomainError(ErrorCode.INVALID_TRANSITION);

    const now = new Date();
    const countersigner = (await this.agreements.countersignerName(user.id))?.displayName ?? '';
    const fees = agreement.feeSnapshot as unknown as FrozenFeeSchedule;
    const executed = await renderExecutedAgreement(await this.files.readAll(agreement.documentSha256), {
      reference: agreement.reference,
      applicationReference: agreement.application.reference,
      providerName: agreement.provider.name,
      merchantName: agreement.application.businessName ?? '',
      documentSha256: agreement.signedDocumentSha256 ?? agreement.documentSha256,
      signedName: agreement.merchantSignedName ?? '',
      signedAt: agreement.merchantSignedAt ? beijingTime(agreement.merchantSignedAt) : '',
      signedIp: agreement.merchantSignedIp ?? '',
      signedUserAgent: agreement.merchantSignedUserAgent ?? '',
      acknowledgements: [...fees.lines.map((line) => FEE_LINE_LABELS[line.key].zh), '协议条款'],
      countersignedBy: `${countersigner}（${agreement.provider.name}）`,
      countersignedAt: beijingTime(now),
    });
    // Parallel countersignatures render identical PDFs; each stages its own copy, and the conditional update lets one
    // win while the others roll back (409) without touching the winner's bytes.
    const staged = await this.files.stageBytes(executed, 'application/pdf');
    const finalSha256 = staged.sha256;
    await this.files.storeWith(staged, async (tx) => {
      await this.transitions.run(tx, {
        machine: agreementMachine,
        row: agreement,
        event: 'COUNTERSIGN',
        update: this.agreements.updateIfUnchanged,
        data: { countersignedById: user.id, countersignedAt: now, finalSha256 },
        audit: { action: 'COUNTERSIGNED', applicationId: agreement.applicationId, actorId: user.id, data: { finalSha256 } },
      });
      await this.transitions.run(tx, {
        machine: applicationMachine,
        row: agreement.application,
        event: 'SIGN',
        update: this.applications.updateIfUnchanged,
        data: {},
        audit: { action: 'SIGN', applicationId: agreement.applicationId, actorId: user.id },
      });
      await this.notifier.notify(tx, [agreement.application.merchantId], 'agreement.countersigned', { applicationId: agreement.applicationId, reference: agreement.reference });
    });
    return this.getById(user, agreement.id);
  }

  /** Public: is this file a genuine, unaltered agreement issued by the portal? Answers with masked facts only. */
  async verify(request: FastifyRequest): Promise<AgreementVerification> {
    const upload = await this.uploads.digest(request);
    const agreement = await this.agreements.findByFileHash(upload.sha256);
    if (!agreement) return { genuine: false, kind: null, sha256: upload.sha256, agreement: null };
    const executed = agreement.finalSha256 === upload.sha256;
    return {
      genuine: true,
      kind: executed ? 'EXECUTED' : 'UNSIGNED',
      sha256: upload.sha256,
      agreement: {
        reference: agreement.reference,
        applicationReference: agreement.application.reference,
        providerName: agreement.provider.name,
        merchantName: maskName(agreement.application.businessName ?? ''),
        status: agreement.status,
        merchantSignedAt: agreement.merchantSignedAt?.toISOString() ?? null,
        countersignedAt: agreement.countersignedAt?.toISOString() ?? null,
      },
    };
  }

  async listTemplates(user: AuthUser): Promise<{ items: AgreementTemplateView[] }> {
    const rows = await this.agreements.listTemplates(providerScopeOf(user));
    return { items: rows.map((t) => ({ id: t.id, version: t.version, title: t.title, body: t.body, titleEn: t.titleEn, bodyEn: t.bodyEn, createdAt: t.createdAt.toISOString() })) };
  }

  async createTemplate(user: AuthUser, dto: CreateAgreementTemplateDto): Promise<AgreementTemplateView> {
    const t = await this.prisma.$transaction(async (tx) => {
      const created = await this.agreements.createTemplate(providerScopeOf(user), user.id, { title: dto.title, body: dto.body, titleEn: dto.titleEn ?? '', bodyEn: dto.bodyEn ?? '' }, tx);
      await this.audit.append(tx, { action: 'AGREEMENT_TEMPLATE_PUBLISHED', entityId: created.id, actorId: user.id, data: { version: created.version } });
      return created;
    });
    return { id: t.id, version: t.version, title: t.title, body: t.body, titleEn: t.titleEn, bodyEn: t.bodyEn, createdAt: t.createdAt.toISOString() };
  }

  /** The merchant's own, their provider's staff (not technicians), or a platform admin; 404 otherwise. */
  private async load(user: AuthUser, agreementId: string): Promise<AgreementDetail> {
    let agreement: AgreementDetail | null = null;
    if (user.role === Role.MERCHANT) agreement = await this.agreements.findForMerchant(user.id, agreementId);
    else if (isProviderStaff(user.role) && user.role !== Role.TECHNICIAN) agreement = await this.agreements.findForProvider(providerScopeOf(user), agreementId);
    else if (user.role === Role.PLATFORM_ADMIN) agreement = await this.agreements.findAny(agreementId);
    if (!agreement) throw DomainError.notFound();
    return agreement;
  }

  private async view(agreement: AgreementDetail): Promise<AgreementView> {
    const previous = await this.agreements.findLastVoided(agreement.applicationId);
    const replaces =
      previous && previous.voidReason === 'FEE_SCHEDULE_CHANGED' && agreement.status !== 'VOID'
        ? { reference: previous.reference, reason: 'FEE_SCHEDULE_CHANGED' as const, previousFeeVersion: previous.feeSchedule.version }
        : null;
    return {
      id: agreement.id,
      reference: agreement.reference,
      status: agreement.status,
      applicationId: agreement.applicationId,
      applicationReference: agreement.application.reference,
      provider: { id: agreement.provider.id, name: agreement.provider.name, nameEn: agreement.provider.nameEn },
      merchantName: agreement.application.businessName,
      settlementCycle: agreement.provider.settlementCycle,
      templateVersion: agreement.template.version,
      fees: agreement.feeSnapshot as unknown as FrozenFeeSchedule,
      documentSha256: agreement.documentSha256,
      documentUrl: `/api/agreements/${agreement.id}/document`,
      generatedAt: agreement.createdAt.toISOString(),
      replaces,
      merchantSignedName: agreement.merchantSignedName,
      merchantSignedAt: agreement.merchantSignedAt?.toISOString() ?? null,
      countersignedAt: agreement.countersignedAt?.toISOString() ?? null,
      countersignedBy: agreement.countersignedById ? ((await this.agreements.countersignerName(agreement.countersignedById))?.displayName ?? null) : null,
      finalSha256: agreement.finalSha256,
      finalUrl: agreement.finalSha256 ? `/api/agreements/${agreement.id}/final` : null,
    };
  }
}
