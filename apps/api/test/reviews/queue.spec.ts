import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerId, uniqueCreditCode } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let reviewer: Session;
let bank: string;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
  bank = await providerId(t.prisma, 'Dongfang');
  const pay = await providerId(t.prisma, 'RuiTong');
  const merchant = await t.prisma.user.findFirstOrThrow({ where: { role: 'MERCHANT' } });
  const now = Date.now();
  // 30 queued applications at the bank due from 2 hours ago onwards, a few claimed, plus noise that must not show.
  const rows = Array.from({ length: 30 }, (_, i) => ({
    reference: `AP-TEST-Q${String(i).padStart(3, '0')}`,
    merchantId: merchant.id,
    providerId: bank,
    status: (i % 10 === 3 ? 'IN_REVIEW' : 'SUBMITTED') as 'IN_REVIEW' | 'SUBMITTED',
    claimedById: i % 10 === 3 ? reviewer.user.id : null,
    businessName: i === 7 ? '老张牛肉面馆' : `测试商户${i}`,
    creditCode: i === 7 ? '91110108MA01ABCD2X' : uniqueCreditCode(),
    submittedAt: new Date(now - 3 * 24 * HOUR),
    reviewDueAt: new Date(now - 2 * HOUR + i * 6 * HOUR),
  }));
  await t.prisma.application.createMany({ data: rows });
  await t.prisma.application.createMany({
    data: [
      { reference: 'AP-TEST-OTHER', merchantId: merchant.id, providerId: pay, status: 'SUBMITTED', businessName: '别家的申请', reviewDueAt: new Date(now) },
      { reference: 'AP-TEST-DRAFT', merchantId: merchant.id, providerId: bank, status: 'DRAFT', businessName: '草稿' },
      { reference: 'AP-TEST-DONE', merchantId: merchant.id, providerId: bank, status: 'APPROVED', businessName: '已批准', reviewDueAt: new Date(now - 100 * HOUR) },
    ],
  });
});
afterAll(async () => t?.close());

const queue = (query = '') => t.app.inject({ method: 'GET', url: `/api/console/review-queue${query}`, headers: bearer(reviewer) });

describe('GET /api/console/review-queue', () => {
  it("walks the provider's whole queue oldest-due first with a cursor, no gaps and no repeats", async () => {
    const seen: { reference: string; reviewDueAt: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await queue(`?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      seen.push(...response.json().items);
      cursor = response.json().nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen.map((i) => i.reference)).toEqual(Array.from({ length: 30 }, (_, i) => `AP-TEST-Q${String(i).padStart(3, '0')}`));
    const dues = seen.map((i) => new Date(i.reviewDueAt).getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
  });

  it('labels due states and filters overdue and due soon', async () => {
    const first = (await queue('?limit=5')).json().items;
    expect(first.map((i: { dueState: string }) => i.dueState)).toEqual(['OVERDUE', 'DUE_SOON', 'DUE_SOON', 'DUE_SOON', 'DUE_SOON']);
    expect((await queue('?due=overdue')).json().items.map((i: { reference: string }) => i.reference)).toEqual(['AP-TEST-Q000']);
    expect((await queue('?due=dueSoon')).json().items).toHaveLength(4);
  });

  it('filters by status and assignment', async () => {
    const inReview = (await queue('?status=IN_REVIEW')).json().items;
    expect(inReview.map((i: { reference: string }) => i.reference)).toEqual(['AP-TEST-Q003', 'AP-TEST-Q013', 'AP-TEST-Q023']);
    expect((await queue('?assigned=me')).json().items).toHaveLength(3);
    const unassigned = (await queue('?assigned=unassigned&limit=100')).json().items;
    expect(unassigned).toHaveLength(27);
    expect(unassigned.every((i: { claimedBy: unknown }) => i.claimedBy === null)).toBe(true);
  });

  it('searches by business name and by credit code prefix', async () => {
    expect((await queue(`?q=${encodeURIComponent('牛肉面')}`)).json().items.map((i: { reference: string }) => i.reference)).toEqual(['AP-TEST-Q007']);
    expect((await queue('?q=91110108ma01')).json().items.map((i: { reference: string }) => i.reference)).toEqual(['AP-TEST-Q007']);
    expect((await queue(`?q=${encodeURIComponent('100%')}`)).json().items).toEqual([]);
  });

  it('never shows drafts, closed applications or other providers', async () => {
    const references = (await queue('?limit=100')).json().items.map((i: { reference: string }) => i.reference);
    expect(references).not.toContain('AP-TEST-OTHER');
    expect(references).not.toContain('AP-TEST-DRAFT');
    expect(references).not.toContain('AP-TEST-DONE');
  });

  it.each([
    ['?cursor=not-a-cursor', 'cursor'],
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?status=APPROVED', 'status'],
    ['?assigned=someone', 'assigned'],
    ['?due=tomorrow', 'due'],
    ['?extra=1', 'extra'],
  ])('answers %s with a 400 naming %s', async (query, field) => {
    const response = await queue(query);
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });
});
