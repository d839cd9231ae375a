import { ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedApplication } from '../support/flows.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
});
afterAll(async () => t?.close());

const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (days: number, hour: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + (hour - 8) * HOUR).toISOString();

describe('POST /api/applications/:id/installation', () => {
  it('books one appointment for ten simultaneous identical requests; the others are told it is already booked', async () => {
    const applicationId = await signedApplication(t.app, t.prisma, merchant);
    const body = { windows: [{ start: at(4, 9), end: at(4, 12) }, { start: at(4, 14), end: at(4, 17) }], contactMobile: '13800138000' };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => t.app.inject({ method: 'POST', url: `/api/applications/${applicationId}/installation`, headers: bearer(merchant), payload: body })),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    for (const refused of responses.filter((r) => r.statusCode === 409)) expect(refused.json().code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(await t.prisma.installationAppointment.count({ where: { applicationId, status: { notIn: ['CANCELLED', 'ACCEPTED'] } } })).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { applicationId, action: 'INSTALLATION_REQUESTED' } })).toBe(1);
  });
});
