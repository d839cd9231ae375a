import {
  type DocumentRequirementView,
  type FeeScheduleView,
  type ProviderDetail,
  type ProviderProfileView,
  type ProviderQuality,
  type ProviderSummary,
  TERMINAL_TYPES,
  type TerminalModelView,
  type TerminalType,
} from '@pos/shared';
import type { Prisma } from '../../generated/prisma/client.js';

/** The current fee schedule is the highest version; earlier versions stay untouched for the agreements that froze them. */
const CURRENT_FEE_SCHEDULE = {
  orderBy: { version: 'desc' },
  take: 1,
  include: { rates: { orderBy: { channel: 'asc' } } },
} as const satisfies Prisma.Provider$feeSchedulesArgs;

/** What a catalog card needs: only the types of the models still offered. */
export const SUMMARY_INCLUDE = {
  terminalModels: { where: { active: true }, select: { type: true } },
  feeSchedules: CURRENT_FEE_SCHEDULE,
} as const satisfies Prisma.ProviderInclude;

/** Deactivated models are kept for the terminals that reference them but are no longer offered, so not shown. */
export const DETAIL_INCLUDE = {
  terminalModels: { where: { active: true }, orderBy: [{ type: 'asc' }, { name: 'asc' }] },
  feeSchedules: CURRENT_FEE_SCHEDULE,
  documentRequirements: { orderBy: { documentType: 'asc' } },
} as const satisfies Prisma.ProviderInclude;

export const FEE_SCHEDULE_INCLUDE = { rates: { orderBy: { channel: 'asc' } } } as const satisfies Prisma.FeeScheduleInclude;

export type ProviderSummaryRow = Prisma.ProviderGetPayload<{ include: typeof SUMMARY_INCLUDE }>;
export type ProviderDetailRow = Prisma.ProviderGetPayload<{ include: typeof DETAIL_INCLUDE }>;
export type FeeScheduleRow = Prisma.FeeScheduleGetPayload<{ include: typeof FEE_SCHEDULE_INCLUDE }>;
export type TerminalModelRow = Prisma.TerminalModelGetPayload<object>;
export type DocumentRequirementRow = Prisma.DocumentRequirementGetPayload<object>;

/** What every figure says when there is no data at all. */
export const NO_QUALITY_DATA: ProviderQuality = {
  medianReviewDays: null,
  approvalRatePercent: null,
  decidedApplicationCount: 0,
  medianFirstResponseMinutes: null,
  medianResolutionMinutes: null,
  resolvedTicketCount: 0,
  averageRating: null,
  ratingCount: 0,
};

export function toFeeScheduleView(schedule: FeeScheduleRow): FeeScheduleView {
  return {
    id: schedule.id,
    version: schedule.version,
    effectiveFrom: schedule.effectiveFrom.toISOString(),
    monthlyFeeFen: schedule.monthlyFeeFen,
    deviceFeeFen: schedule.deviceFeeFen,
    notes: schedule.notes,
    rates: schedule.rates.map((rate) => ({ channel: rate.channel, rateBps: rate.rateBps, capFen: rate.capFen })),
  };
}

export function toTerminalModelView(model: TerminalModelRow): TerminalModelView {
  return {
    id: model.id,
    type: model.type,
    name: model.name,
    priceFen: model.priceFen,
    depositFen: model.depositFen,
    monthlyRentFen: model.monthlyRentFen,
    inspectionIntervalDays: model.inspectionIntervalDays,
  };
}

export function toDocumentRequirementView(requirement: DocumentRequirementRow): DocumentRequirementView {
  return { documentType: requirement.documentType, required: requirement.required, note: requirement.note, noteEn: requirement.noteEn };
}

/** Distinct types in the shared enum's order, so the web shows them the same way on every card. */
function terminalTypesOf(models: { type: TerminalType }[]): TerminalType[] {
  const offered = new Set(models.map((model) => model.type));
  return TERMINAL_TYPES.filter((type) => offered.has(type));
}

function currentScheduleOf(provider: { id: string; feeSchedules: FeeScheduleRow[] }): FeeScheduleView {
  const current = provider.feeSchedules[0];
  // The repositories only return providers that have a schedule; reaching this is a query bug, not a user error.
  if (!current) throw new Error(`provider ${provider.id} has no fee schedule`);
  return toFeeScheduleView(current);
}

export function toProviderSummary(provider: ProviderSummaryRow | ProviderDetailRow, quality: ProviderQuality | undefined): ProviderSummary {
  return {
    id: provider.id,
    kind: provider.kind,
    name: provider.name,
    nameEn: provider.nameEn,
    serviceRegions: provider.serviceRegions,
    settlementCycle: provider.settlementCycle,
    responseHours: provider.responseHours,
    onSiteHours: provider.onSiteHours,
    terminalTypes: terminalTypesOf(provider.terminalModels),
    currentFeeSchedule: currentScheduleOf(provider),
    quality: quality ?? NO_QUALITY_DATA,
  };
}

export function toProviderDetail(provider: ProviderDetailRow, quality: ProviderQuality | undefined): ProviderDetail {
  return {
    ...toProviderSummary(provider, quality),
    licenceNumber: provider.licenceNumber,
    description: provider.description,
    descriptionEn: provider.descriptionEn,
    contactPhone: provider.contactPhone,
    reviewSlaBusinessDays: provider.reviewSlaBusinessDays,
    terminalModels: provider.terminalModels.map(toTerminalModelView),
    documentRequirements: provider.documentRequirements.map(toDocumentRequirementView),
  };
}

export function toProviderProfileView(provider: ProviderDetailRow, quality: ProviderQuality | undefined): ProviderProfileView {
  return {
    ...toProviderDetail(provider, quality),
    secondApprovalTerminalThreshold: provider.secondApprovalTerminalThreshold,
    secondApprovalMccs: provider.secondApprovalMccs,
    inspectionIntervalDays: provider.inspectionIntervalDays,
  };
}
