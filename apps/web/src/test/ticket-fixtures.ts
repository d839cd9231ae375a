import type { TicketDetail, TicketSlaView, TicketSummary, TroubleshootingSessionView, TroubleshootingStepDefinition } from '@pos/shared';

/** Troubleshooting and ticket API shapes with believable demo values; each test overrides what it is about. */

export const reenterPinStep: TroubleshootingStepDefinition = {
  id: 'reenter-pin',
  actor: 'CARDHOLDER',
  title: { zh: '仔细重新输入密码', en: 'Re-enter the PIN carefully' },
  instruction: { zh: '请持卡人遮挡键盘，慢慢输入 6 位密码。', en: 'Ask the cardholder to shield the keypad and enter the PIN slowly.' },
  next: 'check-expiry',
};

export const checkExpiryStep: TroubleshootingStepDefinition = {
  id: 'check-expiry',
  actor: 'CASHIER',
  title: { zh: '查看卡片有效期', en: 'Check the expiry date' },
  instruction: { zh: '卡面上的有效期格式为“月/年”。', en: 'The expiry date on the card reads month/year.' },
  answers: [
    { id: 'expired', label: { zh: '已过期', en: 'It has expired' }, next: 'renew-card' },
    { id: 'not-expired', label: { zh: '未过期', en: 'It has not expired' }, next: null },
  ],
};

export const renewCardStep: TroubleshootingStepDefinition = {
  id: 'renew-card',
  actor: 'CARDHOLDER',
  title: { zh: '请持卡人更换新卡', en: 'The cardholder needs a renewed card' },
  instruction: { zh: '过期卡无法交易。', en: 'An expired card cannot pay.' },
  next: null,
};

export function makeTroubleshootingSession(overrides: Partial<TroubleshootingSessionView> = {}): TroubleshootingSessionView {
  return {
    id: 'ts-1',
    terminal: { id: 'term-1', serialNumber: 'N910-2026-000123', model: '新大陆 N910' },
    category: 'PIN_ERROR',
    responseCode: '55',
    treeVersion: 1,
    outcome: 'IN_PROGRESS',
    currentStep: reenterPinStep,
    steps: [],
    canOpenTicket: false,
    ticket: null,
    createdAt: '2026-03-05T02:00:00.000Z',
    ...overrides,
  };
}

export function makeSla(overrides: Partial<TicketSlaView> = {}): TicketSlaView {
  return {
    firstResponseDueAt: '2026-03-05T10:00:00.000Z',
    firstRespondedAt: null,
    resolutionDueAt: '2026-03-09T10:00:00.000Z',
    resolvedAt: null,
    nextDueAt: '2026-03-05T10:00:00.000Z',
    state: 'ON_TRACK',
    escalationLevel: 0,
    ...overrides,
  };
}

export function makeTicketSummary(overrides: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id: 't-1',
    reference: 'TK-2026-0001',
    status: 'OPEN',
    priority: 'NORMAL',
    category: 'PIN_ERROR',
    responseCode: '55',
    subject: '持卡人多次提示密码错误',
    terminal: { id: 'term-1', serialNumber: 'N910-2026-000123', model: '新大陆 N910' },
    merchant: { id: 'user-1', displayName: '王店主', businessName: '王记面馆' },
    assignee: null,
    sla: makeSla(),
    createdAt: '2026-03-05T02:00:00.000Z',
    updatedAt: '2026-03-05T02:00:00.000Z',
    ...overrides,
  };
}

export function makeTicket(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return {
    ...makeTicketSummary(),
    description: '换卡也不行。',
    troubleshooting: {
      sessionId: 'ts-1',
      outcome: 'ESCALATED',
      steps: [
        { stepId: 'reenter-pin', actor: 'CARDHOLDER', title: reenterPinStep.title, answer: 'NOT_SOLVED', answerLabel: null, at: '2026-03-05T01:55:00.000Z' },
        {
          stepId: 'check-expiry',
          actor: 'CASHIER',
          title: checkExpiryStep.title,
          answer: 'not-expired',
          answerLabel: { zh: '未过期', en: 'It has not expired' },
          at: '2026-03-05T01:57:00.000Z',
        },
      ],
    },
    messages: [],
    siteVisits: [],
    rating: null,
    ratingComment: null,
    mergedInto: null,
    allowedEvents: [],
    canReply: true,
    canRate: false,
    history: [],
    ...overrides,
  };
}
