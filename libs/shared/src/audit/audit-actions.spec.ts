import { describe, expect, it } from 'vitest';
import { ApplicationEvent } from '../state-machines/application.machine.js';
import { AppointmentEvent } from '../state-machines/small.machines.js';
import { TicketEvent } from '../state-machines/ticket.machine.js';
import { AUDIT_ACTIONS, AUDIT_ENTITY_OF, AuditEntity } from './audit-actions.js';

describe('audit actions', () => {
  it('name one action for every event of the machines whose moves are audited', () => {
    const expected = [
      ...Object.values(ApplicationEvent),
      ...Object.values(TicketEvent).map((event) => `TICKET_${event}`),
      ...Object.values(AppointmentEvent).map((event) => `INSTALLATION_${event}`),
    ];
    expect(AUDIT_ACTIONS).toEqual(expect.arrayContaining(expected));
  });

  it('file each action under a known kind of entity', () => {
    const entities = new Set<string>(Object.values(AuditEntity));
    for (const action of AUDIT_ACTIONS) expect(entities.has(AUDIT_ENTITY_OF[action]), action).toBe(true);
  });
});
