import type { ticketsZhCN } from './tickets.zh-CN';

/** English strings for troubleshooting and tickets; the type keeps the keys identical to zh-CN. */
export const ticketsEn: typeof ticketsZhCN = {
  tickets: {
    status: {
      OPEN: 'Open',
      IN_PROGRESS: 'In progress',
      WAITING_ON_MERCHANT: 'Waiting for your reply',
      WAITING_ON_THIRD_PARTY: 'Waiting on a third party (e.g. the card issuer)',
      RESOLVED: 'Resolved',
      REOPENED: 'Reopened',
      CLOSED: 'Closed',
    },
    category: {
      PIN_ERROR: 'PIN error',
      CARD_BLOCKED: 'Card declined or blocked',
      CARD_DAMAGED: 'Damaged card',
      CARD_EXPIRED: 'Expired card',
      SYSTEM_FAULT: 'Card reader or system fault',
      NETWORK: 'Network',
      PRINTER: 'Printer',
      OTHER: 'Other',
    },
    priority: {
      LOW: 'Low',
      NORMAL: 'Normal',
      HIGH: 'High',
      URGENT: 'Urgent',
    },
    actor: {
      CASHIER: 'Cashier',
      CARDHOLDER: 'Cardholder',
      PROVIDER: 'Provider',
    },
  },
};
