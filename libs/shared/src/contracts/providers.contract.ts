import type { DocumentType, FeeChannel, ProviderKind, SettlementCycle, TerminalType } from '../domain/enums.js';
import type { ChannelVolumeInput, FeeEstimate } from '../fees/fee-estimate.js';

/** Money is integer fen, rates integer basis points, everywhere in these contracts. */

export interface TerminalModelView {
  id: string;
  type: TerminalType;
  name: string;
  priceFen: number | null;
  depositFen: number | null;
  monthlyRentFen: number | null;
  /** Days between periodic inspections of this model; null (or absent in a request) follows the provider's inspectionIntervalDays. */
  inspectionIntervalDays?: number | null;
}

export interface FeeRateView {
  channel: FeeChannel;
  rateBps: number;
  capFen: number | null;
}

export interface FeeScheduleView {
  id: string;
  version: number;
  effectiveFrom: string;
  monthlyFeeFen: number;
  deviceFeeFen: number;
  notes: string;
  rates: FeeRateView[];
}

export interface DocumentRequirementView {
  documentType: DocumentType;
  required: boolean;
  note: string;
  noteEn: string;
}

/**
 * Quality figures computed from the portal's own data, never typed in. A figure is null until there is enough data
 * behind it (the `...Count` fields say how much there is), and the web shows "not enough data yet".
 */
export interface ProviderQuality {
  /** Median business days from submission to decision, one decimal. */
  medianReviewDays: number | null;
  /** Approved ÷ decided (approved or rejected), as a whole percentage. */
  approvalRatePercent: number | null;
  decidedApplicationCount: number;
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
  resolvedTicketCount: number;
  /** Mean satisfaction rating 1–5, one decimal. */
  averageRating: number | null;
  ratingCount: number;
}

/** Minimum sample sizes before a quality figure is shown. */
export const QUALITY_MIN_SAMPLES = { applications: 5, tickets: 5, ratings: 3 } as const;

export interface ProviderSummary {
  id: string;
  kind: ProviderKind;
  name: string;
  nameEn: string;
  /** Province-level GB/T 2260 codes, e.g. "110000". */
  serviceRegions: string[];
  settlementCycle: SettlementCycle;
  responseHours: number;
  onSiteHours: number;
  terminalTypes: TerminalType[];
  currentFeeSchedule: FeeScheduleView;
  quality: ProviderQuality;
}

export interface ProviderDetail extends ProviderSummary {
  licenceNumber: string;
  description: string;
  descriptionEn: string;
  contactPhone: string;
  reviewSlaBusinessDays: number;
  terminalModels: TerminalModelView[];
  documentRequirements: DocumentRequirementView[];
}

/** GET /api/providers?region=&kind=&terminalType= (public) */
export interface ProviderListQuery {
  region?: string;
  kind?: ProviderKind;
  terminalType?: TerminalType;
}

export interface ProviderListResponse {
  items: ProviderSummary[];
}

/** GET /api/providers/compare?ids=a,b (2–4 ids, public) */
export const MAX_COMPARED_PROVIDERS = 4;

export interface ProviderCompareResponse {
  items: ProviderDetail[];
}

/** POST /api/providers/fee-estimate (public): the estimate at each provider, cheapest first. */
export interface FeeEstimateRequest {
  /** Limit to these providers; all active providers when absent. */
  providerIds?: string[];
  volumes: ChannelVolumeInput[];
  terminalCount: number;
}

export interface ProviderFeeEstimate {
  providerId: string;
  providerName: string;
  providerNameEn: string;
  feeScheduleId: string;
  feeScheduleVersion: number;
  estimate: FeeEstimate;
}

export interface FeeEstimateResponse {
  items: ProviderFeeEstimate[];
}

// ───────────── provider admin (console) ─────────────

/** PUT /api/console/provider/profile (PROVIDER_ADMIN): the provider's own marketplace profile and rules. */
export interface UpdateProviderProfileRequest {
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  contactPhone: string;
  serviceRegions: string[];
  settlementCycle: SettlementCycle;
  responseHours: number;
  onSiteHours: number;
  reviewSlaBusinessDays: number;
  secondApprovalTerminalThreshold: number | null;
  secondApprovalMccs: string[];
  inspectionIntervalDays: number;
}

/** GET /api/console/provider/profile */
export interface ProviderProfileView extends ProviderDetail {
  secondApprovalTerminalThreshold: number | null;
  secondApprovalMccs: string[];
  inspectionIntervalDays: number;
}

/** POST /api/console/provider/fee-schedules: always a new version; earlier versions stay for signed agreements. */
export interface CreateFeeScheduleRequest {
  monthlyFeeFen: number;
  deviceFeeFen: number;
  notes: string;
  rates: FeeRateView[];
}

/** GET /api/console/provider/fee-schedules: newest first. */
export interface FeeScheduleListResponse {
  items: FeeScheduleView[];
}

/** PUT /api/console/provider/document-requirements: replaces the list. */
export interface UpdateDocumentRequirementsRequest {
  items: DocumentRequirementView[];
}

/** PUT /api/console/provider/terminal-models: replaces the offered models. */
export interface UpdateTerminalModelsRequest {
  items: Omit<TerminalModelView, 'id'>[];
}

/** Province-level divisions (GB/T 2260) used for service regions. */
export const REGIONS: Record<string, { zh: string; en: string }> = {
  '110000': { zh: '北京市', en: 'Beijing' },
  '120000': { zh: '天津市', en: 'Tianjin' },
  '130000': { zh: '河北省', en: 'Hebei' },
  '140000': { zh: '山西省', en: 'Shanxi' },
  '150000': { zh: '内蒙古自治区', en: 'Inner Mongolia' },
  '210000': { zh: '辽宁省', en: 'Liaoning' },
  '220000': { zh: '吉林省', en: 'Jilin' },
  '230000': { zh: '黑龙江省', en: 'Heilongjiang' },
  '310000': { zh: '上海市', en: 'Shanghai' },
  '320000': { zh: '江苏省', en: 'Jiangsu' },
  '330000': { zh: '浙江省', en: 'Zhejiang' },
  '340000': { zh: '安徽省', en: 'Anhui' },
  '350000': { zh: '福建省', en: 'Fujian' },
  '360000': { zh: '江西省', en: 'Jiangxi' },
  '370000': { zh: '山东省', en: 'Shandong' },
  '410000': { zh: '河南省', en: 'Henan' },
  '420000': { zh: '湖北省', en: 'Hubei' },
  '430000': { zh: '湖南省', en: 'Hunan' },
  '440000': { zh: '广东省', en: 'Guangdong' },
  '450000': { zh: '广西壮族自治区', en: 'Guangxi' },
  '460000': { zh: '海南省', en: 'Hainan' },
  '500000': { zh: '重庆市', en: 'Chongqing' },
  '510000': { zh: '四川省', en: 'Sichuan' },
  '520000': { zh: '贵州省', en: 'Guizhou' },
  '530000': { zh: '云南省', en: 'Yunnan' },
  '540000': { zh: '西藏自治区', en: 'Tibet' },
  '610000': { zh: '陕西省', en: 'Shaanxi' },
  '620000': { zh: '甘肃省', en: 'Gansu' },
  '630000': { zh: '青海省', en: 'Qinghai' },
  '640000': { zh: '宁夏回族自治区', en: 'Ningxia' },
  '650000': { zh: '新疆维吾尔自治区', en: 'Xinjiang' },
};
export const REGION_CODES = Object.keys(REGIONS);
