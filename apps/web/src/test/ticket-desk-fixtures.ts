import type { SiteVisitView, TicketDetail, TicketSlaView, TicketSummary } from '@pos/shared';

/** Console ticket-desk API shapes with believable demo values; each test overrides what it is about. */

export function makeDeskSla(overrides: Partial<TicketSlaView> = {}): TicketSlaView {
  const inTwoHours = new Date(Date.now() + 2 * 3_600_000 + 60_000).toISOString();
  return {
    firstResponseDueAt: inTwoHours,
    firstRespondedAt: null,
    resolutionDueAt: new Date(Date.now() + 18 * 3_600_000).toISOString(),
    resolvedAt: null,
    nextDueAt: inTwoHours,
    state: 'ON_TRACK',
    escalationLevel: 0,
    ...overrides,
  };
}

export function makeDeskSummary(overrides: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id: 'tk-1',
    reference: 'TK-2026-000101',
    status: 'OPEN',
    priority: 'NORMAL',
    category: 'PIN_ERROR',
    responseCode: '55',
    subject: '顾客输入密码总提示 55',
    terminal: { id: 'term-1', serialNumber: 'N910-2026-000123', model: '新大陆 N910' },
    merchant: { id: 'm-1', displayName: '王店主', businessName: '王记面馆' },
    assignee: null,
    sla: makeDeskSla(),
    createdAt: '2026-05-18T01:00:00.000Z',
    updatedAt: '2026-05-18T01:00:00.000Z',
    ...overrides,
  };
}

export function makeDeskTicket(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return {
    ...makeDeskSummary(),
    description: '从今天早上开始，多张卡输入密码后都提示 55。',
    troubleshooting: {
      sessionId: 'ts-1',
      outcome: 'ESCALATED',
      steps: [
        {
          stepId: 'reenter-pin',
          actor: 'CARDHOLDER',
          title: { zh: '仔细重新输入密码', en: 'Re-enter the PIN carefully' },
          answer: 'NOT_SOLVED',
          answerLabel: null,
          at: '2026-05-18T00:55:00.000Z',
        },
      ],
    },
    messages: [
      {
        id: 'msg-1',
        author: { id: 'm-1', displayName: '王店主', side: 'MERCHANT' },
        body: '麻烦尽快处理，中午客人多。',
        internal: false,
        attachments: [],
        createdAt: '2026-05-18T01:01:00.000Z',
      },
    ],
    siteVisits: [],
    rating: null,
    ratingComment: null,
    mergedInto: null,
    allowedEvents: ['START'],
    canReply: true,
    canRate: false,
    history: [{ action: 'TICKET_OPENED', fromStatus: null, toStatus: 'OPEN', reason: null, actor: { id: 'm-1', displayName: '王店主' }, at: '2026-05-18T01:00:00.000Z' }],
    ...overrides,
  };
}

export function makeSiteVisit(overrides: Partial<SiteVisitView> = {}): SiteVisitView {
  return {
    id: 'sv-1',
    ticket: { id: 'tk-1', reference: 'TK-2026-000101', subject: '读卡器无法识别芯片' },
    technician: { id: 'tech-1', displayName: '钱师傅' },
    scheduledStart: '2030-05-20T01:00:00.000Z',
    scheduledEnd: '2030-05-20T03:00:00.000Z',
    instructions: '带一个备用读卡模块',
    status: 'SCHEDULED',
    result: null,
    completedAt: null,
    address: '北京市朝阳区建国路 1 号',
    merchant: { displayName: '王店主', businessName: '王记面馆', mobile: '13900139000' },
    terminal: { id: 'term-1', serialNumber: 'N910-2026-000123', model: '新大陆 N910' },
    ...overrides,
  };
}
