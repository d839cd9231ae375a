import {
  DocumentType,
  FeeChannel,
  ProviderKind,
  Role,
  SettlementCycle,
  TerminalType,
  TicketPriority,
  type ProviderStaffRole,
} from '@pos/shared';

/** Every demo account shares this password; it meets the password policy. */
export const DEMO_PASSWORD = 'PosDemo2026';

export interface DemoAccount {
  role: Role;
  loginName: string;
  displayName: string;
  /** Index into DEMO_PROVIDERS for staff. */
  provider?: number;
}

const D = DocumentType;
const C = FeeChannel;

/** Three providers of the three kinds, with fee schedules in line with 2026 market rates in mainland China. */
export const DEMO_PROVIDERS = [
  {
    key: 'dongfang-bank',
    kind: ProviderKind.BANK,
    name: '东方商业银行',
    nameEn: 'Dongfang Commercial Bank',
    licenceNumber: 'B0012H111000001',
    description: '全国性股份制商业银行，收单结算 T+1，网点覆盖京津冀与长三角，提供传统 POS 与智能 POS。',
    descriptionEn: 'A national joint-stock bank; T+1 settlement, branches across Beijing-Tianjin-Hebei and the Yangtze delta.',
    serviceRegions: ['110000', '120000', '130000', '310000', '320000', '330000'],
    settlementCycle: SettlementCycle.T1,
    responseHours: 4,
    onSiteHours: 48,
    contactPhone: '95500',
    reviewSlaBusinessDays: 3,
    secondApprovalTerminalThreshold: 5,
    secondApprovalMccs: ['5933', '7995', '6051'],
    inspectionIntervalDays: 90,
    terminalModels: [
      { type: TerminalType.TRADITIONAL_POS, name: '联迪 A8', depositFen: 29900 },
      { type: TerminalType.SMART_POS, name: '新大陆 N910', depositFen: 49900 },
    ],
    fees: {
      monthlyFeeFen: 0,
      deviceFeeFen: 0,
      notes: '借记卡 0.50%，单笔封顶 25 元；押金在撤机时全额退还。',
      rates: [
        { channel: C.DEBIT_CARD, rateBps: 50, capFen: 2500 },
        { channel: C.CREDIT_CARD, rateBps: 60 },
        { channel: C.WECHAT_PAY, rateBps: 38 },
        { channel: C.ALIPAY, rateBps: 38 },
        { channel: C.UNIONPAY_QUICKPASS, rateBps: 38 },
      ],
    },
    documents: [
      { documentType: D.BUSINESS_LICENCE, required: true },
      { documentType: D.TAX_REGISTRATION, required: false, note: '营业执照已载明统一社会信用代码的可不提供', noteEn: 'Not needed when the licence carries the unified code' },
      { documentType: D.LEGAL_REP_ID_FRONT, required: true },
      { documentType: D.LEGAL_REP_ID_BACK, required: true },
      { documentType: D.SETTLEMENT_ACCOUNT_PROOF, required: true, note: '对公账户请上传开户许可证', noteEn: 'Corporate accounts: the account opening permit' },
      { documentType: D.STOREFRONT_PHOTO, required: true },
      { documentType: D.LEASE_PROOF, required: true },
    ],
  },
  {
    key: 'ruitong-pay',
    kind: ProviderKind.THIRD_PARTY_PAYMENT,
    name: '瑞通支付科技有限公司',
    nameEn: 'RuiTong Payment Technology Co., Ltd.',
    licenceNumber: 'Z2004831000012',
    description: '持牌第三方支付机构，D+0 到账，智能 POS 与扫码盒子，全国 31 个省区市可装机。',
    descriptionEn: 'A licensed third-party payment institution; D+0 settlement, smart POS and QR boxes nationwide.',
    serviceRegions: ['110000', '310000', '320000', '330000', '440000', '510000', '420000', '370000'],
    settlementCycle: SettlementCycle.D0,
    responseHours: 2,
    onSiteHours: 24,
    contactPhone: '400-820-6688',
    reviewSlaBusinessDays: 2,
    secondApprovalTerminalThreshold: 10,
    secondApprovalMccs: ['7995', '6051'],
    inspectionIntervalDays: 120,
    terminalModels: [
      { type: TerminalType.SMART_POS, name: '商米 P2', priceFen: 19900 },
      { type: TerminalType.QR_BOX, name: '瑞通扫码盒 Q1', priceFen: 9900 },
    ],
    fees: {
      monthlyFeeFen: 0,
      deviceFeeFen: 0,
      notes: 'D+0 到账不另收费；借记卡 0.55%，单笔封顶 20 元。',
      rates: [
        { channel: C.DEBIT_CARD, rateBps: 55, capFen: 2000 },
        { channel: C.CREDIT_CARD, rateBps: 60 },
        { channel: C.WECHAT_PAY, rateBps: 38 },
        { channel: C.ALIPAY, rateBps: 38 },
        { channel: C.UNIONPAY_QUICKPASS, rateBps: 38 },
      ],
    },
    documents: [
      { documentType: D.BUSINESS_LICENCE, required: true },
      { documentType: D.LEGAL_REP_ID_FRONT, required: true },
      { documentType: D.LEGAL_REP_ID_BACK, required: true },
      { documentType: D.SETTLEMENT_ACCOUNT_PROOF, required: true, note: '个人结算账户上传银行卡正面', noteEn: 'Personal accounts: the front of the bank card' },
      { documentType: D.STOREFRONT_PHOTO, required: true },
      { documentType: D.LEASE_PROOF, required: false },
    ],
  },
  {
    key: 'easypos',
    kind: ProviderKind.POS_SERVICE_PROVIDER,
    name: '易装 POS 服务有限公司',
    nameEn: 'EasyPOS Service Co., Ltd.',
    licenceNumber: 'ISO-2025-0417',
    description: '专业 POS 外包服务商，24 小时上门装机与维修，设备按月租用，无需押金。',
    descriptionEn: 'A POS service company: on-site installation and repair within 24 hours; terminals rented monthly, no deposit.',
    serviceRegions: ['440000', '450000', '460000', '350000', '360000'],
    settlementCycle: SettlementCycle.T1,
    responseHours: 1,
    onSiteHours: 24,
    contactPhone: '400-600-3300',
    reviewSlaBusinessDays: 2,
    secondApprovalTerminalThreshold: 8,
    secondApprovalMccs: ['7995'],
    inspectionIntervalDays: 60,
    terminalModels: [
      { type: TerminalType.TRADITIONAL_POS, name: '百富 S90', monthlyRentFen: 1500 },
      { type: TerminalType.SMART_POS, name: '百富 A920', monthlyRentFen: 2500 },
      { type: TerminalType.QR_BOX, name: '易装码盒 E2', monthlyRentFen: 500 },
    ],
    fees: {
      monthlyFeeFen: 0,
      deviceFeeFen: 1500,
      notes: '每台终端每月服务费 15 元，含上门维修与巡检。',
      rates: [
        { channel: C.DEBIT_CARD, rateBps: 53, capFen: 2000 },
        { channel: C.CREDIT_CARD, rateBps: 58 },
        { channel: C.WECHAT_PAY, rateBps: 35 },
        { channel: C.ALIPAY, rateBps: 35 },
        { channel: C.UNIONPAY_QUICKPASS, rateBps: 35 },
      ],
    },
    documents: [
      { documentType: D.BUSINESS_LICENCE, required: true },
      { documentType: D.TAX_REGISTRATION, required: false },
      { documentType: D.LEGAL_REP_ID_FRONT, required: true },
      { documentType: D.LEGAL_REP_ID_BACK, required: true },
      { documentType: D.SETTLEMENT_ACCOUNT_PROOF, required: true },
      { documentType: D.STOREFRONT_PHOTO, required: true },
    ],
  },
] as const;

/** Business-minute targets per ticket priority, the same starting point for every demo provider. */
export const DEMO_SLA = [
  { priority: TicketPriority.URGENT, firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 15 },
  { priority: TicketPriority.HIGH, firstResponseMinutes: 60, resolutionMinutes: 480, warnBeforeMinutes: 30 },
  { priority: TicketPriority.NORMAL, firstResponseMinutes: 240, resolutionMinutes: 1440, warnBeforeMinutes: 60 },
  { priority: TicketPriority.LOW, firstResponseMinutes: 480, resolutionMinutes: 2880, warnBeforeMinutes: 120 },
] as const;

const staff = (provider: number, domain: string, role: ProviderStaffRole, local: string, displayName: string): DemoAccount => ({
  role,
  loginName: `${local}@${domain}`,
  displayName,
  provider,
});

/** The demo merchant's terminal, live with the first provider, so troubleshooting and tickets can be tried at once. */
export const DEMO_TERMINAL = {
  provider: 0,
  serialNumber: 'DF-A8-DEMO-000001',
  type: TerminalType.TRADITIONAL_POS,
  model: '联迪 A8',
  simNetwork: '中国移动 4G',
  firmwareVersion: 'V2.3.1',
  address: '北京市朝阳区建国路 88 号 王记小馆',
  /** Installed this many days before the seed ran. */
  installedDaysAgo: 30,
} as const;

/** One account per role (the first provider's staff), plus an admin for each other provider. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: Role.MERCHANT, loginName: '13800138000', displayName: '王小明' },
  staff(0, 'dongfang-bank.example', Role.REVIEWER, 'reviewer', '李审核'),
  staff(0, 'dongfang-bank.example', Role.SUPPORT, 'support', '赵客服'),
  staff(0, 'dongfang-bank.example', Role.TECHNICIAN, 'tech', '钱师傅'),
  staff(0, 'dongfang-bank.example', Role.PROVIDER_ADMIN, 'admin', '孙主管'),
  staff(1, 'ruitong-pay.example', Role.PROVIDER_ADMIN, 'admin', '周经理'),
  staff(1, 'ruitong-pay.example', Role.REVIEWER, 'reviewer', '吴审核'),
  staff(2, 'easypos.example', Role.PROVIDER_ADMIN, 'admin', '郑经理'),
  { role: Role.PLATFORM_ADMIN, loginName: 'ops@pos-portal.example', displayName: '平台运营' },
];

export const AGREEMENT_TEMPLATE_BODY = `{{providerName}}（以下简称“甲方”）与 {{merchantName}}（以下简称“乙方”，统一社会信用代码 {{creditCode}}）就银行卡受理及 POS 终端服务达成如下协议：

一、服务内容：甲方为乙方提供 POS 终端 {{terminalSummary}} 的安装、调试、维护及交易结算服务，结算周期为 {{settlementCycle}}。
二、手续费标准：乙方按本协议附件《手续费标准》向甲方支付交易手续费，费率自签署之日起执行，调整须提前 30 日书面通知乙方。
三、乙方义务：妥善保管终端，核对持卡人身份，不得利用终端从事套现等违法违规交易。
四、服务承诺：甲方在接到故障报修后 {{responseHours}} 小时内响应，{{onSiteHours}} 小时内上门。
五、结算账户：交易资金结算至乙方账户 {{settlementBank}}（账号 {{settlementAccount}}）。
六、本协议自双方签署之日起生效，有效期一年，期满无异议自动续期。`;

export const AGREEMENT_TEMPLATE_BODY_EN = `{{providerName}} ("Party A") and {{merchantName}} ("Party B", unified social credit code {{creditCode}}) agree on card acceptance and POS terminal services as follows:

1. Services: Party A installs, tests and maintains the POS terminals ({{terminalSummary}}) and settles transactions on a {{settlementCycle}} cycle.
2. Fees: Party B pays the transaction fees in the annexed fee schedule (version {{feeScheduleVersion}}); Party A gives 30 days' written notice of any change.
3. Party B keeps the terminals safe, checks cardholders and never uses the terminals for cash-out or other unlawful transactions.
4. Service promise: Party A responds to a fault report within {{responseHours}} hours and comes on site within {{onSiteHours}} hours.
5. Settlement account: {{settlementBank}}, account {{settlementAccount}}.
6. This agreement takes effect when both parties have signed and runs for one year, renewing automatically.`;
