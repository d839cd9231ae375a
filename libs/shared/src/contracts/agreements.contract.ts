import type { FeeChannel, SettlementCycle } from '../domain/enums.js';
import type { AgreementStatus } from '../state-machines/small.machines.js';

/** One line of the fee disclosure (手续费标准) that the merchant acknowledges explicitly. */
export type FeeLineKey = FeeChannel | 'MONTHLY_FEE' | 'DEVICE_FEE';

export interface FeeLine {
  key: FeeLineKey;
  /** For channels: basis points and cap; for fees: the amount in fen. */
  rateBps: number | null;
  capFen: number | null;
  amountFen: number | null;
}

/** The fee schedule as frozen into an agreement. */
export interface FrozenFeeSchedule {
  feeScheduleId: string;
  version: number;
  notes: string;
  lines: FeeLine[];
}

export interface AgreementView {
  id: string;
  reference: string;
  status: AgreementStatus;
  applicationId: string;
  applicationReference: string;
  provider: { id: string; name: string; nameEn: string };
  merchantName: string | null;
  settlementCycle: SettlementCycle;
  templateVersion: number;
  fees: FrozenFeeSchedule;
  /** SHA-256 of the exact PDF the merchant reads and signs; send it back when signing. */
  documentSha256: string;
  documentUrl: string;
  generatedAt: string;
  /** Set when this agreement replaced an unsigned one, e.g. because the provider changed its fees. */
  replaces: { reference: string; reason: 'FEE_SCHEDULE_CHANGED'; previousFeeVersion: number } | null;
  merchantSignedName: string | null;
  merchantSignedAt: string | null;
  countersignedAt: string | null;
  countersignedBy: string | null;
  /** The executed agreement with its signature page, once countersigned. */
  finalSha256: string | null;
  finalUrl: string | null;
}

/** POST /api/agreements/:id/sign */
export interface SignAgreementRequest {
  /** Typed legal name; must match the legal representative on the application. */
  signedName: string;
  /** The SHA-256 of the PDF the merchant was shown (AgreementView.documentSha256). */
  documentSha256: string;
  /** Every fee line's key, each ticked explicitly. */
  acknowledgedFeeLines: FeeLineKey[];
  /** The terms as a whole. */
  acceptTerms: boolean;
}

/** POST /api/agreements/verify (public, multipart `file`) */
export interface AgreementVerification {
  genuine: boolean;
  /** EXECUTED: the countersigned final PDF; UNSIGNED: a generated agreement that was not signed yet. */
  kind: 'EXECUTED' | 'UNSIGNED' | null;
  sha256: string;
  agreement: {
    reference: string;
    applicationReference: string;
    providerName: string;
    /** Masked, e.g. 王**便利店 */
    merchantName: string;
    status: AgreementStatus;
    merchantSignedAt: string | null;
    countersignedAt: string | null;
  } | null;
}

/** Provider admins' agreement templates: every save is a new version. */
export interface AgreementTemplateView {
  id: string;
  version: number;
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
  createdAt: string;
}

export interface CreateAgreementTemplateRequest {
  title: string;
  body: string;
  titleEn?: string;
  bodyEn?: string;
}

/** Placeholders a template may use; anything else in {{ }} is refused when saving. */
export const AGREEMENT_PLACEHOLDERS = [
  'agreementReference',
  'applicationReference',
  'date',
  'providerName',
  'merchantName',
  'creditCode',
  'legalRepName',
  'businessAddress',
  'installAddress',
  'terminalSummary',
  'settlementCycle',
  'settlementBank',
  'settlementAccount',
  'responseHours',
  'onSiteHours',
  'feeScheduleVersion',
] as const;
export type AgreementPlaceholder = (typeof AGREEMENT_PLACEHOLDERS)[number];

/** Masks a name for public display: first and last character kept, e.g. 王记便利店 → 王***店. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** How each fee line is named, in the PDF and on the signing page. */
export const FEE_LINE_LABELS: Record<FeeLineKey, { zh: string; en: string }> = {
  DEBIT_CARD: { zh: '借记卡', en: 'Debit card' },
  CREDIT_CARD: { zh: '信用卡', en: 'Credit card' },
  WECHAT_PAY: { zh: '微信支付', en: 'WeChat Pay' },
  ALIPAY: { zh: '支付宝', en: 'Alipay' },
  UNIONPAY_QUICKPASS: { zh: '云闪付', en: 'UnionPay QuickPass' },
  MONTHLY_FEE: { zh: '月服务费', en: 'Monthly fee' },
  DEVICE_FEE: { zh: '终端服务费（每台每月）', en: 'Device fee (per terminal per month)' },
};
