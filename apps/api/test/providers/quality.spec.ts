import { type ApplicationStatus, type ProviderCompareResponse, type ProviderDetail, type ProviderListResponse, type ProviderQuality, QUALITY_MIN_SAMPLES } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DONGFANG, EASYPOS, providerIds, RUITONG } from './support.js';

let t: TestApp;
let ids: Record<string, string>;
let merchantId: string;
beforeAll(async () => {
  t = await createTestApp();
  ids = await providerIds(t);
  merchantId = (await t.prisma.user.findUniqueOrThrow({ where: { mobile: '13800138000' } })).id;
});
afterAll(async () => t?.close());

const HOUR = 3_600_000;
const MINUTE = 60_000;
const BASE = new Date('2026-03-02T01:00:00Z').getTime();
let sequence = 0;

const EMPTY: ProviderQuality = {
  medianReviewDays: null,
  approvalRatePercent: null,
  decidedApplicationCount: 0,
  medianFirstResponseMinutes: null,
  medianResolutionMinutes: null,
  resolvedTicketCount: 0,
  averageRating: null,
  ratingCount: 0,
};

/** An application of the demo merchant that took `reviewHours` from submission to decision (null: not decided). */
async function application(providerId: string, status: ApplicationStatus, reviewHours: number | null) {
  sequence += 1;
  await t.prisma.application.create({
    data: {
      reference: `AP-TEST-${String(sequence).padStart(4, '0')}`,
      merchantId,
      providerId,
      status,
      submittedAt: status === 'DRAFT' ? null : new Date(BASE),
      decidedAt: reviewHours === null ? null : new Date(BASE + reviewHours * HOUR),
    },
  });
}

async function ticket(providerId: string, terminalId: string, times: { respondMin?: number; resolveMin?: number; rating?: number }) {
  sequence += 1;
  await t.prisma.ticket.create({
    data: {
      reference: `TK-TEST-${String(sequence).padStart(4, '0')}`,
      providerId,
      merchantId,
      terminalId,
      category: 'PIN_ERROR',
      subject: '密码错误',
      description: '顾客输入密码后提示错误',
      status: times.resolveMin === undefined ? 'IN_PROGRESS' : 'CLOSED',
      createdAt: new Date(BASE),
      firstRespondedAt: times.respondMin === undefined ? null : new Date(BASE + times.respondMin * MINUTE),
      resolvedAt: times.resolveMin === undefined ? null : new Date(BASE + times.resolveMin * MINUTE),
      rating: times.rating ?? null,
    },
  });
}

async function terminal(providerId: string) {
  sequence += 1;
  return t.prisma.terminal.create({
    data: { providerId, merchantId, serialNumber: `SN-TEST-${sequence}`, type: 'SMART_POS', model: '商米 P2', address: '广州市天河区体育西路 1 号' },
  });
}

const qualityOf = async (): Promise<Record<string, ProviderQuality>> => {
  const body = (await t.app.inject({ method: 'GET', url: '/api/providers' })).json<ProviderListResponse>();
  return Object.fromEntries(body.items.map((item) => [item.name, item.quality]));
};

describe('provider quality figures', () => {
  it('are all null with zero counts while the portal has no data', async () => {
    const quality = await qualityOf();
    expect(quality).toEqual({ [DONGFANG]: EMPTY, [RUITONG]: EMPTY, [EASYPOS]: EMPTY });
  });

  it('stay null below the minimum sample but always count', async () => {
    expect(QUALITY_MIN_SAMPLES.applications).toBe(5);
    await application(ids[RUITONG]!, 'APPROVED', 24);
    await application(ids[RUITONG]!, 'REJECTED', 36);
    await application(ids[RUITONG]!, 'LIVE', 48);
    await application(ids[RUITONG]!, 'INSTALLED', 72);
    // Not decided: never counted, whatever their timestamps say.
    await application(ids[RUITONG]!, 'DRAFT', null);
    await application(ids[RUITONG]!, 'SUBMITTED', null);
    await application(ids[RUITONG]!, 'IN_REVIEW', null);
    await application(ids[RUITONG]!, 'CHANGES_REQUESTED', null);
    await application(ids[RUITONG]!, 'PENDING_SECOND_APPROVAL', null);
    await application(ids[RUITONG]!, 'WITHDRAWN', null);
    // Another provider's decisions never mix in.
    await application(ids[DONGFANG]!, 'APPROVED', 1);
    await application(ids[DONGFANG]!, 'APPROVED', 1);

    const quality = await qualityOf();
    expect(quality[RUITONG]).toEqual({ ...EMPTY, decidedApplicationCount: 4 });
    expect(quality[DONGFANG]).toEqual({ ...EMPTY, decidedApplicationCount: 2 });
    expect(quality[EASYPOS]).toEqual(EMPTY);
  });

  it('give the median review time and approval rate once enough applications are decided', async () => {
    await application(ids[RUITONG]!, 'AGREEMENT_SENT', 96);
    await application(ids[RUITONG]!, 'REJECTED', 300);
    // Decided: 24, 36, 48, 72, 96, 300 hours → median (48 + 72) / 2 = 60 h = 2.5 days.
    // Approved: APPROVED, LIVE, INSTALLED, AGREEMENT_SENT = 4 of 6 → 66.7 % → 67.
    const quality = await qualityOf();
    expect(quality[RUITONG]).toEqual({ ...EMPTY, decidedApplicationCount: 6, medianReviewDays: 2.5, approvalRatePercent: 67 });
    expect(quality[DONGFANG]).toEqual({ ...EMPTY, decidedApplicationCount: 2 });
  });

  it('give median ticket response and resolution times and the mean rating once there are enough tickets', async () => {
    const ruitongTerminal = await terminal(ids[RUITONG]!);
    // Resolved: first responses 10, 20, 30, 40, 50 min; resolutions 60, 120, 180, 240, 600 min.
    await ticket(ids[RUITONG]!, ruitongTerminal.id, { respondMin: 10, resolveMin: 60, rating: 5 });
    await ticket(ids[RUITONG]!, ruitongTerminal.id, { respondMin: 20, resolveMin: 120, rating: 4 });
    await ticket(ids[RUITONG]!, ruitongTerminal.id, { respondMin: 30, resolveMin: 180 });
    await ticket(ids[RUITONG]!, ruitongTerminal.id, { respondMin: 40, resolveMin: 240 });
    // Only two ratings so far: below the minimum of three.
    let quality = await qualityOf();
    expect(quality[RUITONG]).toMatchObject({ medianFirstResponseMinutes: null, medianResolutionMinutes: null, resolvedTicketCount: 4, averageRating: null, ratingCount: 2 });

    await ticket(ids[RUITONG]!, ruitongTerminal.id, { respondMin: 50, resolveMin: 600, rating: 4 });
    // Still open but answered: counts for the first response (10…50 and 1000 → (30 + 40) / 2 = 35), not for resolution.
    await ticket(ids[RUITONG]!, ruitongTerminal.id, { respondMin: 1000 });
    // Not yet answered: in neither median.
    await ticket(ids[RUITONG]!, ruitongTerminal.id, {});
    const easyTerminal = await terminal(ids[EASYPOS]!);
    await ticket(ids[EASYPOS]!, easyTerminal.id, { respondMin: 1, resolveMin: 2, rating: 1 });

    quality = await qualityOf();
    expect(quality[RUITONG]).toEqual({
      medianReviewDays: 2.5,
      approvalRatePercent: 67,
      decidedApplicationCount: 6,
      medianFirstResponseMinutes: 35,
      medianResolutionMinutes: 180,
      resolvedTicketCount: 5,
      // (5 + 4 + 4) / 3 = 4.33 → 4.3
      averageRating: 4.3,
      ratingCount: 3,
    });
    expect(quality[EASYPOS]).toEqual({ ...EMPTY, resolvedTicketCount: 1, ratingCount: 1 });
    expect(quality[DONGFANG]).toEqual({ ...EMPTY, decidedApplicationCount: 2 });
  });

  it('are the same on the detail page and in the comparison', async () => {
    const list = await qualityOf();
    const detail = (await t.app.inject({ method: 'GET', url: `/api/providers/${ids[RUITONG]}` })).json<ProviderDetail>();
    expect(detail.quality).toEqual(list[RUITONG]);
    const compare = (await t.app.inject({ method: 'GET', url: `/api/providers/compare?ids=${ids[EASYPOS]},${ids[RUITONG]}` })).json<ProviderCompareResponse>();
    expect(compare.items.map((item) => item.quality)).toEqual([list[EASYPOS], list[RUITONG]]);
  });
});
