import { defineMachine } from './machine.js';
import type { SiteVisitStatus } from '../contracts/tickets.contract.js';
import type { ProviderStatus } from '../domain/enums.js';

export const AgreementStatus = {
  SENT: 'SENT',
  MERCHANT_SIGNED: 'MERCHANT_SIGNED',
  COUNTERSIGNED: 'COUNTERSIGNED',
  VOID: 'VOID',
} as const;
export type AgreementStatus = (typeof AgreementStatus)[keyof typeof AgreementStatus];
export const AgreementEvent = { MERCHANT_SIGN: 'MERCHANT_SIGN', COUNTERSIGN: 'COUNTERSIGN', VOID: 'VOID' } as const;
export type AgreementEvent = (typeof AgreementEvent)[keyof typeof AgreementEvent];

export const agreementMachine = defineMachine<AgreementStatus, AgreementEvent>({
  SENT: { MERCHANT_SIGN: 'MERCHANT_SIGNED', VOID: 'VOID' },
  MERCHANT_SIGNED: { COUNTERSIGN: 'COUNTERSIGNED', VOID: 'VOID' },
  COUNTERSIGNED: {},
  VOID: {},
});

export const AppointmentStatus = {
  PROPOSED: 'PROPOSED',
  CONFIRMED: 'CONFIRMED',
  ON_SITE: 'ON_SITE',
  TESTED: 'TESTED',
  ACCEPTED: 'ACCEPTED',
  CANCELLED: 'CANCELLED',
} as const;
export type AppointmentStatus = (typeof AppointmentStatus)[keyof typeof AppointmentStatus];
export const AppointmentEvent = {
  CONFIRM: 'CONFIRM',
  RESCHEDULE: 'RESCHEDULE',
  ARRIVE: 'ARRIVE',
  RECORD_TEST: 'RECORD_TEST',
  MERCHANT_ACCEPT: 'MERCHANT_ACCEPT',
  /** The merchant does not accept the installation; it goes back to the technician with the reason. */
  DISPUTE: 'DISPUTE',
  CANCEL: 'CANCEL',
} as const;
export type AppointmentEvent = (typeof AppointmentEvent)[keyof typeof AppointmentEvent];

export const appointmentMachine = defineMachine<AppointmentStatus, AppointmentEvent>({
  PROPOSED: { CONFIRM: 'CONFIRMED', CANCEL: 'CANCELLED' },
  CONFIRMED: { ARRIVE: 'ON_SITE', RESCHEDULE: 'PROPOSED', CANCEL: 'CANCELLED' },
  ON_SITE: { RECORD_TEST: 'TESTED' },
  /** The merchant's acceptance ends the appointment; a dispute sends the technician back to work. */
  TESTED: { MERCHANT_ACCEPT: 'ACCEPTED', DISPUTE: 'ON_SITE' },
  ACCEPTED: {},
  CANCELLED: {},
});

export const InspectionStatus = { SCHEDULED: 'SCHEDULED', COMPLETED: 'COMPLETED', SKIPPED: 'SKIPPED' } as const;
export type InspectionStatus = (typeof InspectionStatus)[keyof typeof InspectionStatus];
export const InspectionEvent = { COMPLETE: 'COMPLETE', SKIP: 'SKIP' } as const;
export type InspectionEvent = (typeof InspectionEvent)[keyof typeof InspectionEvent];

/** Overdue is not a status: it is derived from the due date of a SCHEDULED inspection. */
export const inspectionMachine = defineMachine<InspectionStatus, InspectionEvent>({
  SCHEDULED: { COMPLETE: 'COMPLETED', SKIP: 'SKIPPED' },
  COMPLETED: {},
  SKIPPED: {},
});

export const ProviderEvent = { SUSPEND: 'SUSPEND', RESTORE: 'RESTORE' } as const;
export type ProviderEvent = (typeof ProviderEvent)[keyof typeof ProviderEvent];

/** Suspension is a status, never a deletion: a suspended provider leaves the catalog and can be restored. */
export const providerMachine = defineMachine<ProviderStatus, ProviderEvent>({
  ACTIVE: { SUSPEND: 'SUSPENDED' },
  SUSPENDED: { RESTORE: 'ACTIVE' },
});

export const SiteVisitEvent = { COMPLETE: 'COMPLETE' } as const;
export type SiteVisitEvent = (typeof SiteVisitEvent)[keyof typeof SiteVisitEvent];

/** A technician's repair visit to a ticket's terminal; it is completed once, with its result. */
export const siteVisitMachine = defineMachine<SiteVisitStatus, SiteVisitEvent>({
  SCHEDULED: { COMPLETE: 'COMPLETED' },
  COMPLETED: {},
  CANCELLED: {},
});
