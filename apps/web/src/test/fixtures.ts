import type {
  ApplicationDocumentView,
  ApplicationSummary,
  ApplicationView,
  FeeScheduleView,
  ProviderDetail,
  ProviderQuality,
  ProviderSummary,
} from '@pos/shared';

/** API shapes with believable demo values; each test overrides what it is about. */

export function makeFeeSchedule(overrides: Partial<FeeScheduleView> = {}): FeeScheduleView {
  return {
    id: 'fs-1',
    version: 1,
    effectiveFrom: '2026-01-01T00:00:00.000Z',
    monthlyFeeFen: 0,
    deviceFeeFen: 0,
    notes: '',
    rates: [
      { channel: 'DEBIT_CARD', rateBps: 50, capFen: 2500 },
      { channel: 'CREDIT_CARD', rateBps: 60, capFen: null },
      { channel: 'WECHAT_PAY', rateBps: 38, capFen: null },
      { channel: 'ALIPAY', rateBps: 38, capFen: null },
      { channel: 'UNIONPAY_QUICKPASS', rateBps: 38, capFen: null },
    ],
    ...overrides,
  };
}

export function makeQuality(overrides: Partial<ProviderQuality> = {}): ProviderQuality {
  return {
    medianReviewDays: 2.5,
    approvalRatePercent: 86,
    decidedApplicationCount: 21,
    medianFirstResponseMinutes: 42,
    medianResolutionMinutes: 300,
    resolvedTicketCount: 12,
    averageRating: 4.6,
    ratingCount: 9,
    ...overrides,
  };
}

export function makeProviderSummary(overrides: Partial<ProviderSummary> = {}): ProviderSummary {
  return {
    id: 'p-bank',
    kind: 'BANK',
    name: '东方商业银行',
    nameEn: 'Dongfang Commercial Bank',
    serviceRegions: ['110000', '310000'],
    settlementCycle: 'T1',
    responseHours: 4,
    onSiteHours: 48,
    terminalTypes: ['TRADITIONAL_POS', 'SMART_POS'],
    currentFeeSchedule: makeFeeSchedule(),
    quality: makeQuality(),
    ...overrides,
  };
}

export function makeProviderDetail(overrides: Partial<ProviderDetail> = {}): ProviderDetail {
  return {
    ...makeProviderSummary(),
    licenceNumber: 'B0012H111000001',
    description: '全国性股份制商业银行。',
    descriptionEn: 'A national joint-stock bank.',
    contactPhone: '95500',
    reviewSlaBusinessDays: 3,
    terminalModels: [
      { id: 'tm-1', type: 'TRADITIONAL_POS', name: '联迪 A8', priceFen: null, depositFen: 29900, monthlyRentFen: null },
      { id: 'tm-2', type: 'SMART_POS', name: '新大陆 N910', priceFen: 89900, depositFen: null, monthlyRentFen: 1500 },
    ],
    documentRequirements: [
      { documentType: 'BUSINESS_LICENCE', required: true, note: '', noteEn: '' },
      { documentType: 'TAX_REGISTRATION', required: false, note: '营业执照已载明统一社会信用代码的可不提供', noteEn: 'Not needed with a unified code' },
    ],
    ...overrides,
  };
}

export function makeDocument(overrides: Partial<ApplicationDocumentView> = {}): ApplicationDocumentView {
  return {
    id: 'doc-1',
    documentType: 'BUSINESS_LICENCE',
    originalName: 'licence.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 204800,
    sha256: 'ab'.repeat(32),
    reviewStatus: 'PENDING',
    reviewNote: null,
    activeContent: [],
    uploadedAt: '2026-03-02T02:00:00.000Z',
    downloadUrl: '/api/applications/app-1/documents/doc-1/file',
    ...overrides,
  };
}

export function makeApplication(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'app-1',
    reference: 'APP-2026-0001',
    status: 'DRAFT',
    version: 1,
    provider: { id: 'p-bank', name: '东方商业银行', nameEn: 'Dongfang Commercial Bank' },
    wizardStep: 0,
    businessName: null,
    creditCode: null,
    businessAddress: null,
    mcc: null,
    businessScope: null,
    openingDate: null,
    legalRepName: null,
    legalRepIdMasked: null,
    legalRepMobile: null,
    contactName: null,
    contactMobile: null,
    contactEmail: null,
    settlementAccountName: null,
    settlementBank: null,
    settlementBranch: null,
    settlementAccountMasked: null,
    installAddress: null,
    installRegion: null,
    volumes: [],
    terminalRequests: [],
    documents: [],
    documentRequirements: [
      { documentType: 'BUSINESS_LICENCE', required: true, note: '', noteEn: '' },
      { documentType: 'LEGAL_REP_ID_FRONT', required: true, note: '', noteEn: '' },
      { documentType: 'TAX_REGISTRATION', required: false, note: '营业执照已载明统一社会信用代码的可不提供', noteEn: 'Not needed with a unified code' },
    ],
    missing: { fields: [], documents: [] },
    submittedAt: null,
    reviewDueAt: null,
    openChangeRequest: null,
    decisionReason: null,
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    ...overrides,
  };
}

/** An application with every wizard field filled in (sensitive numbers saved, hence masked). */
export function makeCompleteApplication(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return makeApplication({
    businessName: '王记面馆',
    creditCode: '91350100M000100Y43',
    businessAddress: '北京市朝阳区建国路 1 号',
    mcc: '5812',
    businessScope: '餐饮服务',
    openingDate: '2020-05-01',
    legalRepName: '王大明',
    legalRepIdMasked: '110***********002X',
    legalRepMobile: '13800138000',
    contactName: '王小明',
    contactMobile: '13900139000',
    contactEmail: 'wang@example.com',
    settlementAccountName: '王记面馆',
    settlementBank: '东方商业银行',
    settlementBranch: '朝阳支行',
    settlementAccountMasked: '622***********1234',
    installAddress: '北京市朝阳区建国路 1 号',
    installRegion: '110000',
    volumes: [{ channel: 'DEBIT_CARD', monthlyAmountFen: 5000000, averageTicketFen: 8000 }],
    terminalRequests: [{ terminalType: 'SMART_POS', count: 1 }],
    ...overrides,
  });
}

export function makeApplicationSummary(overrides: Partial<ApplicationSummary> = {}): ApplicationSummary {
  return {
    id: 'app-1',
    reference: 'APP-2026-0001',
    status: 'DRAFT',
    provider: { id: 'p-bank', name: '东方商业银行', nameEn: 'Dongfang Commercial Bank' },
    businessName: '王记面馆',
    submittedAt: null,
    reviewDueAt: null,
    updatedAt: '2026-03-01T02:00:00.000Z',
    ...overrides,
  };
}
