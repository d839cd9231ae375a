import { defineMachine } from './machine.js';

export const TicketStatus = {
  OPEN: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  WAITING_ON_MERCHANT: 'WAITING_ON_MERCHANT',
  WAITING_ON_THIRD_PARTY: 'WAITING_ON_THIRD_PARTY',
  RESOLVED: 'RESOLVED',
  REOPENED: 'REOPENED',
  CLOSED: 'CLOSED',
} as const;
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus];

export const TicketEvent = {
  START: 'START',
  WAIT_ON_MERCHANT: 'WAIT_ON_MERCHANT',
  WAIT_ON_THIRD_PARTY: 'WAIT_ON_THIRD_PARTY',
  RESUME: 'RESUME',
  RESOLVE: 'RESOLVE',
  REOPEN: 'REOPEN',
  CLOSE: 'CLOSE',
  /** The merchant withdraws a ticket nobody has picked up yet. */
  CANCEL: 'CANCEL',
  /** Support closes a duplicate into the ticket it repeats. */
  MERGE: 'MERGE',
} as const;
export type TicketEvent = (typeof TicketEvent)[keyof typeof TicketEvent];

const S = TicketStatus;
const E = TicketEvent;

export const ticketMachine = defineMachine<TicketStatus, TicketEvent>({
  [S.OPEN]: { [E.START]: S.IN_PROGRESS, [E.CANCEL]: S.CLOSED, [E.MERGE]: S.CLOSED },
  [S.IN_PROGRESS]: {
    [E.WAIT_ON_MERCHANT]: S.WAITING_ON_MERCHANT,
    [E.WAIT_ON_THIRD_PARTY]: S.WAITING_ON_THIRD_PARTY,
    [E.RESOLVE]: S.RESOLVED,
    [E.MERGE]: S.CLOSED,
  },
  [S.WAITING_ON_MERCHANT]: { [E.RESUME]: S.IN_PROGRESS, [E.RESOLVE]: S.RESOLVED, [E.MERGE]: S.CLOSED },
  [S.WAITING_ON_THIRD_PARTY]: { [E.RESUME]: S.IN_PROGRESS, [E.RESOLVE]: S.RESOLVED, [E.MERGE]: S.CLOSED },
  [S.RESOLVED]: { [E.REOPEN]: S.REOPENED, [E.CLOSE]: S.CLOSED },
  [S.REOPENED]: { [E.START]: S.IN_PROGRESS, [E.RESOLVE]: S.RESOLVED, [E.MERGE]: S.CLOSED },
  [S.CLOSED]: {},
});

/** While a ticket waits on someone outside the provider, its SLA clock is paused. */
export const SLA_PAUSED_TICKET_STATUSES: readonly TicketStatus[] = [S.WAITING_ON_MERCHANT, S.WAITING_ON_THIRD_PARTY];
