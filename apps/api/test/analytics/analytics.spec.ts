import type { AnalyticsDashboard } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, liveTerminal } from '../tickets/support.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let admin: Session;
let reviewer: Session;
let support: Session;
let foreignAdmin: Session;
let merchant: Session;
let tech: Session;

/** An instant at a Beijing wall-clock time. */
const at = (local: string) => new Date(`${local}+08:00`);
const RANGE = 'from=2026-10-12&to=2026-10-25';

let sequence = 0;
const reference = (prefix: string) => `${prefix}-20261012-${String(++sequence).padStart(6, '2')}`;

/**
 * The hand-built data set (Beijing times), all with 东方商业银行:
 *   A1 submitted Mon 10-12, decided Wed 10-14 (2 business days, within its due date), now LIVE; its agreement was
 *      countersigned 10-15 10:00 and the installation accepted 10-18 10:00 (3 days).
 *   A2 submitted Fri 10-16, decided Mon 10-19 (1 business day: the weekend does not count), late, SIGNED, had a change request.
 *   A3 submitted and rejected Tue 10-13 (0 days), within its due date.
 *   A4 submitted Mon 10-19, decided Fri 10-23 (4 business days), late, INSTALLED.
 *   A5 submitted Wed 10-21, still IN_REVIEW.
 *   A6 submitted Wed 09-30 (before the range), decided Mon 10-12: Oct 1–7 are holidays, Thu 8 and Fri 9 are workdays,
 *      Sat 10 is a make-up workday, Sun 11 is not, Mon 12 is: 4 business days; late; APPROVED.
 */
async function seed(): Promise<void> {
  const provider = await t.prisma.provider.findFirstOrThrow({ where: { nameEn: 'Dongfang Commercial Bank' }, include: { agreementTemplates: true, feeSchedules: true } });
  const app = (data: { submittedAt: Date; decidedAt?: Date; reviewDueAt: Date; status: string }) =>
    t.prisma.application.create({ data: { reference: reference('AP'), merchantId: merchant.user.id, providerId: provider.id, businessName: '测试商户', ...data, status: data.status as never } });
  const a1 = await app({ submittedAt: at('2026-10-12T10:00:00'), decidedAt: at('2026-10-14T10:00:00'), reviewDueAt: at('2026-10-15T23:59:59'), status: 'LIVE' });
  const a2 = await app({ submittedAt: at('2026-10-16T10:00:00'), decidedAt: at('2026-10-19T10:00:00'), reviewDueAt: at('2026-10-16T23:59:59'), status: 'SIGNED' });
  const a3 = await app({ submittedAt: at('2026-10-13T09:00:00'), decidedAt: at('2026-10-13T16:00:00'), reviewDueAt: at('2026-10-16T23:59:59'), status: 'REJECTED' });
  await app({ submittedAt: at('2026-10-19T09:00:00'), decidedAt: at('2026-10-23T10:00:00'), reviewDueAt: at('2026-10-22T23:59:59'), status: 'INSTALLED' });
  await app({ submittedAt: at('2026-10-21T09:00:00'), reviewDueAt: at('2026-10-26T23:59:59'), status: 'IN_REVIEW' });
  await app({ submittedAt: at('2026-09-30T10:00:00'), decidedAt: at('2026-10-12T10:00:00'), reviewDueAt: at('2026-10-10T23:59:59'), status: 'APPROVED' });
  await t.prisma.changeRequest.create({ data: { applicationId: a2.id, requestedById: reviewer.user.id, message: '请补充', fields: ['contactName'] } });

  // Documents of A3: two business licences and a storefront photo rejected, one ID accepted.
  await t.prisma.storedFile.create({ data: { sha256: 'a'.repeat(64), sizeBytes: 1, mimeType: 'image/jpeg', storageKey: 'x' } });
  const document = (documentType: string, reviewStatus: string, replacedAt: Date | null = null) =>
    t.prisma.applicationDocument.create({ data: { applicationId: a3.id, documentType: documentType as never, fileSha256: 'a'.repeat(64), originalName: 'x.jpg', uploadedById: merchant.user.id, reviewStatus: reviewStatus as never, reviewedAt: at('2026-10-13T15:00:00'), replacedAt } });
  // The first licence was rejected and replaced by the second, which was rejected too (one current per type).
  await document('BUSINESS_LICENCE', 'REJECTED', at('2026-10-13T16:00:00'));
  await document('BUSINESS_LICENCE', 'REJECTED');
  await document('STOREFRONT_PHOTO', 'REJECTED');
  await document('LEGAL_REP_ID_FRONT', 'ACCEPTED');

  await t.prisma.agreement.create({
    data: {
      reference: reference('AG'),
      applicationId: a1.id,
      providerId: provider.id,
      templateId: provider.agreementTemplates[0]!.id,
      feeScheduleId: provider.feeSchedules[0]!.id,
      feeSnapshot: {},
      documentSha256: 'a'.repeat(64),
      status: 'COUNTERSIGNED',
      countersignedAt: at('2026-10-15T10:00:00'),
    },
  });
  await t.prisma.installationAppointment.create({
    data: { applicationId: a1.id, providerId: provider.id, proposedWindows: [], address: '测试', status: 'ACCEPTED', acceptedAt: at('2026-10-18T10:00:00') },
  });

  // Tickets (a seventh, merged into T1, and one before the range, must not count).
  const terminalId = await liveTerminal(t.prisma, merchant.user.id);
  const ticket = (data: Record<string, unknown>) =>
    t.prisma.ticket.create({ data: { reference: reference('TK'), providerId: provider.id, merchantId: merchant.user.id, terminalId, subject: 's', description: 'd', category: 'OTHER', ...data } as never });
  const t1 = await ticket({ category: 'PIN_ERROR', responseCode: '55', createdAt: at('2026-10-13T10:00:00'), firstResponseDueAt: at('2026-10-13T12:00:00'), firstRespondedAt: at('2026-10-13T10:30:00'), resolvedAt: at('2026-10-13T14:00:00'), status: 'CLOSED', rating: 5 });
  await ticket({ category: 'PIN_ERROR', responseCode: '75', createdAt: at('2026-10-14T10:00:00'), firstResponseDueAt: at('2026-10-14T11:00:00'), firstRespondedAt: at('2026-10-14T13:00:00'), resolvedAt: at('2026-10-15T10:00:00'), resolutionBreachedAt: at('2026-10-15T09:00:00'), status: 'CLOSED', rating: 3 });
  await ticket({ category: 'NETWORK', responseCode: '91', createdAt: at('2026-10-20T09:00:00'), firstResponseDueAt: at('2026-10-20T09:30:00'), firstRespondedAt: at('2026-10-20T09:10:00'), status: 'IN_PROGRESS' });
  await ticket({ category: 'PRINTER', createdAt: at('2026-10-21T09:00:00'), firstResponseDueAt: at('2026-10-21T13:00:00'), status: 'OPEN' });
  await ticket({ category: 'PIN_ERROR', responseCode: '55', createdAt: at('2026-10-13T11:00:00'), status: 'CLOSED', mergedIntoId: t1.id });
  await ticket({ category: 'NETWORK', createdAt: at('2026-09-01T09:00:00'), status: 'CLOSED', rating: 1 });

  // Troubleshooting in the range: three solved, one escalated, one abandoned mid-way.
  for (const outcome of ['SELF_RESOLVED', 'SELF_RESOLVED', 'SELF_RESOLVED', 'ESCALATED', 'IN_PROGRESS']) {
    await t.prisma.troubleshootingSession.create({ data: { merchantId: merchant.user.id, terminalId, providerId: provider.id, category: 'PIN_ERROR', outcome: outcome as never, createdAt: at('2026-10-15T10:00:00') } });
  }
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  admin = await login(t.app, 'admin@dongfang-bank.example');
  reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
  support = await login(t.app, 'support@dongfang-bank.example');
  foreignAdmin = await login(t.app, 'admin@ruitong-pay.example');
  merchant = await login(t.app, '13800138000');
  tech = await login(t.app, 'tech@dongfang-bank.example');
  await seed();
});
afterAll(async () => t?.close());

describe('the provider dashboard on a hand-built data set', () => {
  let dashboard: AnalyticsDashboard;
  beforeAll(async () => {
    const response = await call(admin, 'GET', `/api/console/analytics?${RANGE}`);
    expect(response.statusCode, response.body).toBe(200);
    dashboard = response.json();
  });

  it('counts the funnel by submission week', () => {
    expect(dashboard.funnel!.weeks).toEqual([
      { weekStart: '2026-10-12', submitted: 3, approved: 2, signed: 2, installed: 1, live: 1 },
      { weekStart: '2026-10-19', submitted: 2, approved: 1, signed: 1, installed: 1, live: 0 },
    ]);
    expect(dashboard.funnel!.totals).toEqual({ submitted: 5, approved: 3, signed: 3, installed: 2, live: 1 });
    expect(dashboard.funnel!.conversionPercent).toEqual({ approved: 60, signed: 100, installed: 66.7, live: 50 });
  });

  it('measures review time in business days, across a weekend and the National Day holiday', () => {
    // Business days of the five decisions in the range: 0, 1, 2, 4, 4.
    expect(dashboard.review).toMatchObject({
      decided: 5,
      approved: 4,
      rejected: 1,
      medianBusinessDays: 2,
      p90BusinessDays: 4,
      withinSlaPercent: 40,
      changesRequestedPercent: 20,
      installationLeadTimeMedianDays: 3,
      installationsAccepted: 1,
    });
    expect(dashboard.review!.rejectedDocuments).toEqual([
      { documentType: 'BUSINESS_LICENCE', count: 2 },
      { documentType: 'STOREFRONT_PHOTO', count: 1 },
    ]);
  });

  it('counts tickets, self-service, response and resolution against the SLA, and satisfaction', () => {
    expect(dashboard.tickets).toEqual({
      opened: 4,
      byCategory: [
        { category: 'PIN_ERROR', count: 2 },
        { category: 'NETWORK', count: 1 },
        { category: 'PRINTER', count: 1 },
      ],
      byResponseCode: [
        { responseCode: '55', count: 1 },
        { responseCode: '75', count: 1 },
        { responseCode: '91', count: 1 },
      ],
      selfService: { selfResolved: 3, escalated: 1, selfResolvedPercent: 75 },
      // First replies after 30, 180 and 10 minutes; two of three on time.
      firstResponse: { responded: 3, medianMinutes: 30, withinSlaPercent: 66.7 },
      // Resolved after 240 and 1,440 minutes; the second breached.
      resolution: { resolved: 2, medianMinutes: 840, withinSlaPercent: 50 },
      satisfaction: { rated: 2, average: 4, distribution: [{ rating: 3, count: 1 }, { rating: 5, count: 1 }] },
    });
  });

  it('shows another provider none of it', async () => {
    const foreign = (await call(foreignAdmin, 'GET', `/api/console/analytics?${RANGE}`)).json() as AnalyticsDashboard;
    expect(foreign.funnel!.totals.submitted).toBe(0);
    expect(foreign.review!.decided).toBe(0);
    expect(foreign.tickets!.opened).toBe(0);
    expect(foreign.tickets!.byCategory).toEqual([]);
  });

  it('shows reviewers and support the parts about their own work', async () => {
    const forReviewer = (await call(reviewer, 'GET', `/api/console/analytics?${RANGE}`)).json() as AnalyticsDashboard;
    expect(forReviewer.funnel).not.toBeNull();
    expect(forReviewer.review).not.toBeNull();
    expect(forReviewer.tickets).toBeNull();
    const forSupport = (await call(support, 'GET', `/api/console/analytics?${RANGE}`)).json() as AnalyticsDashboard;
    expect(forSupport.funnel).toBeNull();
    expect(forSupport.tickets!.opened).toBe(4);
    expect((await call(support, 'GET', `/api/console/analytics/export/funnel.csv?${RANGE}`)).statusCode).toBe(403);
  });

  it('refuses other roles, strangers and bad ranges', async () => {
    expect((await call(merchant, 'GET', `/api/console/analytics?${RANGE}`)).statusCode).toBe(403);
    expect((await call(tech, 'GET', `/api/console/analytics?${RANGE}`)).statusCode).toBe(403);
    expect((await call(undefined, 'GET', `/api/console/analytics?${RANGE}`)).statusCode).toBe(401);
    const backwards = await call(admin, 'GET', '/api/console/analytics?from=2026-10-25&to=2026-10-12');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().details.fields[0]).toMatchObject({ field: 'to' });
    expect((await call(admin, 'GET', '/api/console/analytics?from=2024-01-01&to=2026-10-12')).statusCode).toBe(400);
    const malformed = await call(admin, 'GET', '/api/console/analytics?from=yesterday');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['from', 'to']);
    expect((await call(admin, 'GET', `/api/console/analytics/export/secrets.csv?${RANGE}`)).statusCode).toBe(404);
  });
});

describe('CSV export', () => {
  it('starts with a BOM, has translated headers and keeps Chinese intact', async () => {
    const response = await call(admin, 'GET', `/api/console/analytics/export/funnel.csv?${RANGE}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('funnel-2026-10-12-2026-10-25.csv');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\n');
    expect(lines).toEqual(['周起始日,提交,通过,签约,装机,上线', '2026-10-12,3,2,2,1,1', '2026-10-19,2,1,1,1,0']);

    const categories = (await t.app.inject({ method: 'GET', url: `/api/console/analytics/export/tickets-by-category.csv?${RANGE}`, headers: { authorization: `Bearer ${admin.accessToken}` } })).rawPayload.subarray(3).toString('utf8');
    expect(categories.trim().split('\n')).toEqual(['故障类型,数量', '密码错误,2', '网络故障,1', '打印机故障,1']);
    const english = await t.app.inject({ method: 'GET', url: `/api/console/analytics/export/tickets-by-response-code.csv?${RANGE}`, headers: { authorization: `Bearer ${admin.accessToken}`, 'accept-language': 'en' } });
    expect(english.rawPayload.subarray(3).toString('utf8').trim().split('\n')[0]).toBe('Response code,Meaning,Count');
    expect(english.rawPayload.subarray(3).toString('utf8')).toContain('55,Incorrect PIN,1');
  });
});
