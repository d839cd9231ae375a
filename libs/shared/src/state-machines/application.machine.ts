import { defineMachine } from './machine.js';

export const ApplicationStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  IN_REVIEW: 'IN_REVIEW',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  PENDING_SECOND_APPROVAL: 'PENDING_SECOND_APPROVAL',
  APPROVED: 'APPROVED',
  AGREEMENT_SENT: 'AGREEMENT_SENT',
  SIGNED: 'SIGNED',
  INSTALL_SCHEDULED: 'INSTALL_SCHEDULED',
  INSTALLED: 'INSTALLED',
  LIVE: 'LIVE',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];

export const ApplicationEvent = {
  SUBMIT: 'SUBMIT',
  CLAIM: 'CLAIM',
  RELEASE: 'RELEASE',
  REQUEST_CHANGES: 'REQUEST_CHANGES',
  /** A high-risk application the first reviewer approved goes to a PROVIDER_ADMIN for the second approval. */
  ESCALATE: 'ESCALATE',
  APPROVE: 'APPROVE',
  REJECT: 'REJECT',
  WITHDRAW: 'WITHDRAW',
  SEND_AGREEMENT: 'SEND_AGREEMENT',
  SIGN: 'SIGN',
  SCHEDULE_INSTALL: 'SCHEDULE_INSTALL',
  COMPLETE_INSTALL: 'COMPLETE_INSTALL',
  /** The merchant disputed the installation: back to scheduled until the technician completes it again. */
  DISPUTE_INSTALL: 'DISPUTE_INSTALL',
  GO_LIVE: 'GO_LIVE',
} as const;
export type ApplicationEvent = (typeof ApplicationEvent)[keyof typeof ApplicationEvent];

const S = ApplicationStatus;
const E = ApplicationEvent;

export const applicationMachine = defineMachine<ApplicationStatus, ApplicationEvent>({
  [S.DRAFT]: { [E.SUBMIT]: S.SUBMITTED, [E.WITHDRAW]: S.WITHDRAWN },
  [S.SUBMITTED]: { [E.CLAIM]: S.IN_REVIEW, [E.WITHDRAW]: S.WITHDRAWN },
  [S.IN_REVIEW]: {
    [E.RELEASE]: S.SUBMITTED,
    [E.REQUEST_CHANGES]: S.CHANGES_REQUESTED,
    [E.ESCALATE]: S.PENDING_SECOND_APPROVAL,
    [E.APPROVE]: S.APPROVED,
    [E.REJECT]: S.REJECTED,
  },
  [S.CHANGES_REQUESTED]: { [E.SUBMIT]: S.SUBMITTED, [E.WITHDRAW]: S.WITHDRAWN },
  [S.PENDING_SECOND_APPROVAL]: {
    [E.APPROVE]: S.APPROVED,
    [E.REJECT]: S.REJECTED,
    [E.REQUEST_CHANGES]: S.CHANGES_REQUESTED,
  },
  [S.APPROVED]: { [E.SEND_AGREEMENT]: S.AGREEMENT_SENT, [E.WITHDRAW]: S.WITHDRAWN },
  [S.AGREEMENT_SENT]: { [E.SIGN]: S.SIGNED, [E.WITHDRAW]: S.WITHDRAWN },
  [S.SIGNED]: { [E.SCHEDULE_INSTALL]: S.INSTALL_SCHEDULED },
  [S.INSTALL_SCHEDULED]: { [E.COMPLETE_INSTALL]: S.INSTALLED },
  [S.INSTALLED]: { [E.GO_LIVE]: S.LIVE, [E.DISPUTE_INSTALL]: S.INSTALL_SCHEDULED },
  [S.LIVE]: {},
  [S.REJECTED]: {},
  [S.WITHDRAWN]: {},
});

/** Statuses in which an application still counts as "open" (one open application per business per provider). */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.values(S).filter(
  (status) => status !== S.LIVE && status !== S.REJECTED && status !== S.WITHDRAWN,
);
