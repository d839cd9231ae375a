import { describe, expect, it } from 'vitest';
import { type ApplicationEvent, ApplicationStatus, applicationMachine, OPEN_APPLICATION_STATUSES } from './application.machine.js';
import { agreementMachine, appointmentMachine, inspectionMachine, providerMachine, siteVisitMachine } from './small.machines.js';
import { TicketEvent, TicketStatus, ticketMachine } from './ticket.machine.js';

describe('applicationMachine', () => {
  it('walks the happy path from draft to live', () => {
    const path: [ApplicationEvent, ApplicationStatus][] = [
      ['SUBMIT', 'SUBMITTED'],
      ['CLAIM', 'IN_REVIEW'],
      ['APPROVE', 'APPROVED'],
      ['SEND_AGREEMENT', 'AGREEMENT_SENT'],
      ['SIGN', 'SIGNED'],
      ['SCHEDULE_INSTALL', 'INSTALL_SCHEDULED'],
      ['COMPLETE_INSTALL', 'INSTALLED'],
      ['GO_LIVE', 'LIVE'],
    ];
    let status: ApplicationStatus = 'DRAFT';
    for (const [event, expected] of path) {
      const next = applicationMachine.next(status, event);
      expect(next, `${status} --${event}-->`).toBe(expected);
      status = next!;
    }
    expect(applicationMachine.isFinal(status)).toBe(true);
  });

  it('sends requested changes back to the merchant and their resubmission to the same queue', () => {
    expect(applicationMachine.next('IN_REVIEW', 'REQUEST_CHANGES')).toBe('CHANGES_REQUESTED');
    expect(applicationMachine.next('CHANGES_REQUESTED', 'SUBMIT')).toBe('SUBMITTED');
  });

  it('routes high-risk approvals through a second approval', () => {
    expect(applicationMachine.next('IN_REVIEW', 'ESCALATE')).toBe('PENDING_SECOND_APPROVAL');
    expect(applicationMachine.eventsFrom('PENDING_SECOND_APPROVAL').sort()).toEqual(['APPROVE', 'REJECT', 'REQUEST_CHANGES']);
  });

  it('refuses transitions that skip steps', () => {
    expect(applicationMachine.can('DRAFT', 'APPROVE')).toBe(false);
    expect(applicationMachine.next('SUBMITTED', 'APPROVE')).toBeUndefined();
    expect(applicationMachine.can('REJECTED', 'SUBMIT')).toBe(false);
    expect(applicationMachine.can('SIGNED', 'WITHDRAW')).toBe(false);
  });

  it('has a row for every status and only leads to known statuses', () => {
    const statuses = Object.values(ApplicationStatus);
    expect(Object.keys(applicationMachine.table).sort()).toEqual([...statuses].sort());
    for (const row of Object.values(applicationMachine.table)) {
      for (const target of Object.values(row)) expect(statuses).toContain(target);
    }
  });

  it('counts everything but live, rejected and withdrawn as open', () => {
    expect(OPEN_APPLICATION_STATUSES).toContain('DRAFT');
    expect(OPEN_APPLICATION_STATUSES).not.toContain('LIVE');
    expect(OPEN_APPLICATION_STATUSES).not.toContain('REJECTED');
    expect(OPEN_APPLICATION_STATUSES).not.toContain('WITHDRAWN');
  });
});

describe('ticketMachine', () => {
  it('pauses and resumes work and reopens a resolved ticket', () => {
    expect(ticketMachine.next('IN_PROGRESS', 'WAIT_ON_MERCHANT')).toBe('WAITING_ON_MERCHANT');
    expect(ticketMachine.next('WAITING_ON_MERCHANT', 'RESUME')).toBe('IN_PROGRESS');
    expect(ticketMachine.next('RESOLVED', 'REOPEN')).toBe('REOPENED');
    expect(ticketMachine.next('REOPENED', 'START')).toBe('IN_PROGRESS');
  });

  it('closes for good', () => {
    expect(ticketMachine.isFinal(TicketStatus.CLOSED)).toBe(true);
    for (const event of Object.values(TicketEvent)) expect(ticketMachine.can('CLOSED', event)).toBe(false);
  });
});

describe('small machines', () => {
  it('needs the merchant signature before the countersignature', () => {
    expect(agreementMachine.can('SENT', 'COUNTERSIGN')).toBe(false);
    expect(agreementMachine.next('MERCHANT_SIGNED', 'COUNTERSIGN')).toBe('COUNTERSIGNED');
  });

  it('ends an installation with the merchant accepting it, or sends it back on a dispute', () => {
    expect(appointmentMachine.next('TESTED', 'MERCHANT_ACCEPT')).toBe('ACCEPTED');
    expect(appointmentMachine.next('TESTED', 'DISPUTE')).toBe('ON_SITE');
    expect(appointmentMachine.next('ON_SITE', 'RECORD_TEST')).toBe('TESTED');
    expect(appointmentMachine.can('PROPOSED', 'ARRIVE')).toBe(false);
    expect(applicationMachine.next('INSTALLED', 'DISPUTE_INSTALL')).toBe('INSTALL_SCHEDULED');
  });

  it('completes or skips a scheduled inspection once', () => {
    expect(inspectionMachine.next('SCHEDULED', 'COMPLETE')).toBe('COMPLETED');
    expect(inspectionMachine.isFinal('SKIPPED')).toBe(true);
  });

  it('suspends an active provider and restores a suspended one, nothing else', () => {
    expect(providerMachine.next('ACTIVE', 'SUSPEND')).toBe('SUSPENDED');
    expect(providerMachine.next('SUSPENDED', 'RESTORE')).toBe('ACTIVE');
    expect(providerMachine.can('SUSPENDED', 'SUSPEND')).toBe(false);
    expect(providerMachine.can('ACTIVE', 'RESTORE')).toBe(false);
  });

  it('completes a scheduled site visit once', () => {
    expect(siteVisitMachine.next('SCHEDULED', 'COMPLETE')).toBe('COMPLETED');
    expect(siteVisitMachine.can('COMPLETED', 'COMPLETE')).toBe(false);
  });
});
