import {
  FEE_CHANNELS,
  FEE_LINE_LABELS,
  type FeeLine,
  formatBps,
  formatFen,
  type FrozenFeeSchedule,
  maskIdentifier,
} from '@pos/shared';
import type { AgreementPdfContent } from '../../core/pdf/agreement-pdf.js';
import type { ApplicationForAgreement } from './agreements.repository.js';

const TERMINAL_NAMES = { TRADITIONAL_POS: '传统 POS', SMART_POS: '智能 POS', QR_BOX: '扫码盒' } as const;
const SETTLEMENT_NAMES = { T1: 'T+1', D0: 'D+0' } as const;

type Schedule = ApplicationForAgreement['provider']['feeSchedules'][number];

/** The fee schedule frozen into an agreement: every channel the provider prices, then the fixed fees it charges. */
export function freezeFeeSchedule(schedule: Schedule): FrozenFeeSchedule {
  const lines: FeeLine[] = [];
  for (const channel of FEE_CHANNELS) {
    const rate = schedule.rates.find((r) => r.channel === channel);
    if (rate) lines.push({ key: channel, rateBps: rate.rateBps, capFen: rate.capFen, amountFen: null });
  }
  if (schedule.monthlyFeeFen > 0) lines.push({ key: 'MONTHLY_FEE', rateBps: null, capFen: null, amountFen: schedule.monthlyFeeFen });
  if (schedule.deviceFeeFen > 0) lines.push({ key: 'DEVICE_FEE', rateBps: null, capFen: null, amountFen: schedule.deviceFeeFen });
  return { feeScheduleId: schedule.id, version: schedule.version, notes: schedule.notes, lines };
}

export function feeLineValue(line: FeeLine): string {
  if (line.amountFen !== null) return formatFen(line.amountFen);
  const rate = formatBps(line.rateBps ?? 0);
  return line.capFen !== null ? `${rate}，单笔封顶 ${formatFen(line.capFen)}` : rate;
}

/** A Beijing calendar date in Chinese, e.g. 2026年11月25日. */
export function chineseDate(at: Date): string {
  const [y, m, d] = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Everything the PDF shows, from the application, the provider's current template and the frozen fees. */
export function agreementContent(application: ApplicationForAgreement, reference: string, fees: FrozenFeeSchedule, at: Date): AgreementPdfContent {
  const provider = application.provider;
  const template = provider.agreementTemplates[0]!;
  const terminalSummary = application.terminalRequests.map((r) => `${TERMINAL_NAMES[r.terminalType]} × ${r.count}`).join('、') || '—';
  const values: Record<string, string> = {
    agreementReference: reference,
    applicationReference: application.reference,
    date: chineseDate(at),
    providerName: provider.name,
    merchantName: application.businessName ?? '',
    creditCode: application.creditCode ?? '',
    legalRepName: application.legalRepName ?? '',
    businessAddress: application.businessAddress ?? '',
    installAddress: application.installAddress ?? '',
    terminalSummary,
    settlementCycle: SETTLEMENT_NAMES[provider.settlementCycle],
    settlementBank: [application.settlementBank, application.settlementBranch].filter(Boolean).join(' '),
    // The agreement travels by email and print: the account number appears masked, as everywhere else.
    settlementAccount: application.settlementAccountMasked ?? maskIdentifier(''),
    responseHours: String(provider.responseHours),
    onSiteHours: String(provider.onSiteHours),
    feeScheduleVersion: String(fees.version),
  };
  return {
    reference,
    title: fill(template.title, values),
    titleEn: fill(template.titleEn, values),
    body: fill(template.body, values),
    bodyEn: fill(template.bodyEn, values),
    dateText: chineseDate(at),
    feeScheduleVersion: fees.version,
    feeRows: fees.lines.map((line) => ({ item: FEE_LINE_LABELS[line.key].zh, itemEn: FEE_LINE_LABELS[line.key].en, value: feeLineValue(line) })),
    feeNotes: fees.notes,
  };
}
