import { AppointmentEvent, appointmentMachine, AppointmentStatus } from '@pos/shared';

/**
 * Whether new windows can be offered. The machine allows RESCHEDULE from CONFIRMED; the API also takes new windows
 * while the appointment is still PROPOSED, where they simply replace the old ones (nobody has been sent yet).
 */
export function canOfferNewWindows(status: AppointmentStatus): boolean {
  return appointmentMachine.can(status, AppointmentEvent.RESCHEDULE) || status === AppointmentStatus.PROPOSED;
}

export function canCancel(status: AppointmentStatus): boolean {
  return appointmentMachine.can(status, AppointmentEvent.CANCEL);
}

/** Open appointments still need someone to act; ACCEPTED and CANCELLED are final. */
export function isOpenAppointment(status: AppointmentStatus): boolean {
  return !appointmentMachine.isFinal(status);
}
