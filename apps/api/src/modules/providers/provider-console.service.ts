import { Injectable } from '@nestjs/common';
import {
  DocumentType,
  type DocumentRequirementView,
  ErrorCode,
  type FeeScheduleListResponse,
  type FeeScheduleView,
  type ProviderProfileView,
  type TerminalModelView,
} from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { CreateFeeScheduleDto } from './dto/create-fee-schedule.dto.js';
import type { UpdateDocumentRequirementsDto } from './dto/update-document-requirements.dto.js';
import type { UpdateProviderProfileDto } from './dto/update-provider-profile.dto.js';
import type { UpdateTerminalModelsDto } from './dto/update-terminal-models.dto.js';
import { InspectionSchedule } from '../prevention/inspection-schedule.js';
import { ProviderQualityService } from './provider-quality.service.js';
import { ProviderSettingsRepository } from './provider-settings.repository.js';
import { toDocumentRequirementView, toFeeScheduleView, toProviderProfileView, toTerminalModelView } from './provider.mapper.js';

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** A provider admin's own marketplace profile, fee schedules, document requirements and terminal models. */
@Injectable()
export class ProviderConsoleService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly settings: ProviderSettingsRepository,
    private readonly quality: ProviderQualityService,
    private readonly audit: AuditLog,
    private readonly inspectionSchedule: InspectionSchedule,
  ) {}

  async profile(user: AuthUser): Promise<ProviderProfileView> {
    const providerId = providerScopeOf(user);
    const provider = await this.settings.findProfile(providerId);
    if (!provider) throw DomainError.notFound();
    const quality = await this.quality.forProviders([providerId]);
    return toProviderProfileView(provider, quality.get(providerId));
  }

  async updateProfile(user: AuthUser, profile: UpdateProviderProfileDto): Promise<ProviderProfileView> {
    const providerId = providerScopeOf(user);
    try {
      await this.prisma.$transaction(async (tx) => {
        await this.settings.updateProfile(providerId, profile, tx);
        // Terminals whose model has no interval of its own follow the provider's default.
        await this.inspectionSchedule.rescheduleProvider(providerId, tx);
        await this.audit.append(tx, { action: 'PROVIDER_PROFILE_UPDATED', entityId: providerId, actorId: user.id });
      });
    } catch (error) {
      // The name is the provider's only unique column a profile writes; merchants must never confuse two providers.
      if (isUniqueViolation(error)) throw new DomainError(ErrorCode.CONFLICT, { fields: [{ field: 'name', code: 'providerNameTaken' }] });
      throw error;
    }
    return this.profile(user);
  }

  async feeSchedules(user: AuthUser): Promise<FeeScheduleListResponse> {
    const schedules = await this.settings.listFeeSchedules(providerScopeOf(user));
    return { items: schedules.map(toFeeScheduleView) };
  }

  /**
   * Publishes the next version. The provider row lock makes concurrent publishes take turns, so each reads the
   * version the previous one wrote; the unique (providerId, version) index stays as the last line of defence, and a
   * violation of it (a writer that skipped the lock) is answered with CONFLICT rather than a second equal version.
   */
  async publishFeeSchedule(user: AuthUser, request: CreateFeeScheduleDto): Promise<FeeScheduleView> {
    const providerId = providerScopeOf(user);
    try {
      const schedule = await this.prisma.$transaction(async (tx) => {
        if (!(await this.settings.lockProvider(providerId, tx))) throw DomainError.notFound();
        const version = (await this.settings.latestFeeScheduleVersion(providerId, tx)) + 1;
        const created = await this.settings.createFeeSchedule(
          providerId,
          {
            version,
            monthlyFeeFen: request.monthlyFeeFen,
            deviceFeeFen: request.deviceFeeFen,
            notes: request.notes,
            rates: request.rates.map((rate) => ({ channel: rate.channel, rateBps: rate.rateBps, capFen: rate.capFen ?? null })),
            createdById: user.id,
          },
          tx,
        );
        await this.audit.append(tx, { action: 'FEE_SCHEDULE_PUBLISHED', entityId: created.id, actorId: user.id, data: { providerId, version } });
        return created;
      });
      return toFeeScheduleView(schedule);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(ErrorCode.CONFLICT);
      throw error;
    }
  }

  /** Merchants cannot be onboarded without their business licence, so no provider may make it optional or drop it. */
  async updateDocumentRequirements(user: AuthUser, request: UpdateDocumentRequirementsDto): Promise<{ items: DocumentRequirementView[] }> {
    const providerId = providerScopeOf(user);
    const licence = request.items.find((item) => item.documentType === DocumentType.BUSINESS_LICENCE);
    if (!licence?.required) throw DomainError.invalidFields([{ field: 'items', code: 'businessLicenceRequired' }]);
    const items = request.items.map(({ documentType, required, note, noteEn }) => ({ documentType, required, note, noteEn }));
    const saved = await this.prisma.$transaction(async (tx) => {
      const rows = await this.settings.replaceDocumentRequirements(providerId, items, tx);
      await this.audit.append(tx, { action: 'DOCUMENT_REQUIREMENTS_UPDATED', entityId: providerId, actorId: user.id, data: { items } });
      return rows;
    });
    return { items: saved.map(toDocumentRequirementView) };
  }

  async updateTerminalModels(user: AuthUser, request: UpdateTerminalModelsDto): Promise<{ items: TerminalModelView[] }> {
    const providerId = providerScopeOf(user);
    const items = request.items.map(({ type, name, priceFen, depositFen, monthlyRentFen, inspectionIntervalDays }) => ({
      type,
      name,
      priceFen: priceFen ?? null,
      depositFen: depositFen ?? null,
      monthlyRentFen: monthlyRentFen ?? null,
      inspectionIntervalDays: inspectionIntervalDays ?? null,
    }));
    const saved = await this.prisma.$transaction(async (tx) => {
      const rows = await this.settings.replaceTerminalModels(providerId, items, tx);
      // Live terminals follow their model's new interval from their last inspection.
      await this.inspectionSchedule.rescheduleProvider(providerId, tx);
      await this.audit.append(tx, { action: 'TERMINAL_MODELS_UPDATED', entityId: providerId, actorId: user.id, data: { names: items.map((item) => item.name) } });
      return rows;
    });
    return { items: saved.map(toTerminalModelView) };
  }
}
