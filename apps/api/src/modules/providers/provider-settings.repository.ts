import { Injectable } from '@nestjs/common';
import type { DocumentRequirementView, FeeRateView, TerminalModelView, UpdateProviderProfileRequest } from '@pos/shared';
import { type Db, PrismaService, type PrismaTx } from '../../core/prisma/prisma.service.js';
import { DETAIL_INCLUDE, FEE_SCHEDULE_INCLUDE } from './provider.mapper.js';

export interface NewFeeSchedule {
  version: number;
  monthlyFeeFen: number;
  deviceFeeFen: number;
  notes: string;
  rates: FeeRateView[];
  createdById: string;
}

/**
 * A provider admin's own settings. Every method takes the provider scope (from the caller's token, never from the
 * URL) and touches only that provider's rows.
 */
@Injectable()
export class ProviderSettingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The own provider whatever its status: a suspended provider's admin still manages its profile. */
  findProfile(providerId: string, db: Db = this.prisma) {
    return db.provider.findUnique({ where: { id: providerId }, include: DETAIL_INCLUDE });
  }

  updateProfile(providerId: string, profile: UpdateProviderProfileRequest, db: Db = this.prisma) {
    const { name, nameEn, description, descriptionEn, contactPhone, serviceRegions, settlementCycle, responseHours, onSiteHours } = profile;
    const { reviewSlaBusinessDays, secondApprovalTerminalThreshold, secondApprovalMccs, inspectionIntervalDays } = profile;
    return db.provider.update({
      where: { id: providerId },
      data: {
        name,
        nameEn,
        description,
        descriptionEn,
        contactPhone,
        serviceRegions,
        settlementCycle,
        responseHours,
        onSiteHours,
        reviewSlaBusinessDays,
        secondApprovalTerminalThreshold,
        secondApprovalMccs,
        inspectionIntervalDays,
      },
      select: { id: true },
    });
  }

  listFeeSchedules(providerId: string) {
    return this.prisma.feeSchedule.findMany({ where: { providerId }, include: FEE_SCHEDULE_INCLUDE, orderBy: { version: 'desc' } });
  }

  /**
   * Takes the provider row's lock until the transaction ends, so publishes of one provider run one after another and
   * each reads the version the previous one wrote. Returns false when the provider does not exist.
   */
  async lockProvider(providerId: string, tx: PrismaTx): Promise<boolean> {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "Provider" WHERE id = ${providerId}::uuid FOR UPDATE`;
    return rows.length > 0;
  }

  async latestFeeScheduleVersion(providerId: string, tx: PrismaTx): Promise<number> {
    const latest = await tx.feeSchedule.aggregate({ where: { providerId }, _max: { version: true } });
    return latest._max.version ?? 0;
  }

  /** Always an insert: a published schedule is never changed, agreements keep pointing at the version they froze. */
  createFeeSchedule(providerId: string, schedule: NewFeeSchedule, tx: PrismaTx) {
    const { rates, ...fields } = schedule;
    return tx.feeSchedule.create({ data: { providerId, ...fields, rates: { create: rates } }, include: FEE_SCHEDULE_INCLUDE });
  }

  async replaceDocumentRequirements(providerId: string, items: DocumentRequirementView[], tx: PrismaTx) {
    await tx.documentRequirement.deleteMany({ where: { providerId } });
    await tx.documentRequirement.createMany({ data: items.map((item) => ({ providerId, ...item })) });
    return tx.documentRequirement.findMany({ where: { providerId }, orderBy: { documentType: 'asc' } });
  }

  /**
   * Upserts by name (unique per provider) and withdraws every model not listed. Models are never deleted: installed
   * terminals and past applications may name them.
   */
  async replaceTerminalModels(providerId: string, items: Omit<TerminalModelView, 'id'>[], tx: PrismaTx) {
    for (const { name, ...fields } of items) {
      await tx.terminalModel.upsert({
        where: { providerId_name: { providerId, name } },
        create: { providerId, name, ...fields, active: true },
        update: { ...fields, active: true },
      });
    }
    await tx.terminalModel.updateMany({ where: { providerId, name: { notIn: items.map((item) => item.name) } }, data: { active: false } });
    return tx.terminalModel.findMany({ where: { providerId, active: true }, orderBy: [{ type: 'asc' }, { name: 'asc' }] });
  }
}
