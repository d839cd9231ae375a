import type { FeeEstimateResponse, ProviderFeeEstimate } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DONGFANG, EASYPOS, expectFieldError, providerIds, RUITONG } from './support.js';

let t: TestApp;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  ids = await providerIds(t);
});
afterAll(async () => t?.close());

const estimate = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/providers/fee-estimate', payload: payload as object });
const byName = (body: FeeEstimateResponse) => Object.fromEntries(body.items.map((item) => [item.providerName, item])) as Record<string, ProviderFeeEstimate>;
const fees = (item: ProviderFeeEstimate) => Object.fromEntries(item.estimate.channels.map((c) => [c.channel, c.feeFen]));

/**
 * ¥10,000 of debit card at ¥8,000 a transaction (1.25 transactions, every one above each provider's cap),
 * ¥20,000 credit card and ¥30,000 WeChat Pay, on 2 terminals.
 */
const SHOP = {
  volumes: [
    { channel: 'DEBIT_CARD', monthlyAmountFen: 1_000_000, averageTicketFen: 800_000 },
    { channel: 'CREDIT_CARD', monthlyAmountFen: 2_000_000 },
    { channel: 'WECHAT_PAY', monthlyAmountFen: 3_000_000 },
  ],
  terminalCount: 2,
};

describe('POST /api/providers/fee-estimate', () => {
  it('prices the month at each provider from its current schedule, cheapest first, without a token', async () => {
    const response = await estimate(SHOP);
    expect(response.statusCode).toBe(200);
    const body = response.json<FeeEstimateResponse>();
    // 瑞通 25 900 < 东方 26 525 < 易装 27 600 (its 3 000 of device fees outweigh its lower rates).
    expect(body.items.map((item) => item.providerName)).toEqual([RUITONG, DONGFANG, EASYPOS]);
    const at = byName(body);

    // 东方: debit 0.50 % capped at ¥25 → 1.25 × 2 500 = 3 125; credit 2 000 000 × 0.60 % = 12 000; WeChat × 0.38 % = 11 400.
    expect(fees(at[DONGFANG]!)).toEqual({ DEBIT_CARD: 3125, CREDIT_CARD: 12_000, WECHAT_PAY: 11_400 });
    expect(at[DONGFANG]!.estimate).toMatchObject({ monthlyFeeFen: 0, deviceFeesFen: 0, totalFen: 26_525 });
    expect(at[DONGFANG]!.estimate.channels[0]).toMatchObject({ rateBps: 50, capFen: 2500, capApplied: true, unsupported: false });
    expect(at[DONGFANG]).toMatchObject({ providerId: ids[DONGFANG], providerNameEn: 'Dongfang Commercial Bank', feeScheduleVersion: 1 });

    // 瑞通: debit 0.55 % capped at ¥20 → 1.25 × 2 000 = 2 500; credit 12 000; WeChat 11 400.
    expect(fees(at[RUITONG]!)).toEqual({ DEBIT_CARD: 2500, CREDIT_CARD: 12_000, WECHAT_PAY: 11_400 });
    expect(at[RUITONG]!.estimate.totalFen).toBe(25_900);
    expect(at[RUITONG]!.estimate.channels[0]!.capApplied).toBe(true);

    // 易装: debit 0.53 % capped at ¥20 → 2 500; credit × 0.58 % = 11 600; WeChat × 0.35 % = 10 500; 2 terminals × ¥15 = 3 000.
    expect(fees(at[EASYPOS]!)).toEqual({ DEBIT_CARD: 2500, CREDIT_CARD: 11_600, WECHAT_PAY: 10_500 });
    expect(at[EASYPOS]!.estimate).toMatchObject({ monthlyFeeFen: 0, deviceFeesFen: 3000, totalFen: 27_600 });
    expect(at[EASYPOS]!.estimate.channels[0]!.capApplied).toBe(true);

    const schedule = await t.prisma.feeSchedule.findFirstOrThrow({ where: { providerId: ids[EASYPOS], version: 1 } });
    expect(at[EASYPOS]!.feeScheduleId).toBe(schedule.id);
  });

  it('charges the plain rate below the cap, and says when a cap was ignored for want of an average ticket', async () => {
    const response = await estimate({
      volumes: [
        // ¥1,000 a transaction: 0.50 % is ¥5, under 东方's ¥25 cap.
        { channel: 'DEBIT_CARD', monthlyAmountFen: 5_000_000, averageTicketFen: 100_000 },
        { channel: 'ALIPAY', monthlyAmountFen: 1_234_567 },
      ],
      terminalCount: 1,
      providerIds: [ids[DONGFANG]],
    });
    expect(response.statusCode).toBe(200);
    const [dongfang] = response.json<FeeEstimateResponse>().items;
    // 5 000 000 × 0.50 % = 25 000; 1 234 567 × 0.38 % = 4 691.35 → 4 691.
    expect(fees(dongfang!)).toEqual({ DEBIT_CARD: 25_000, ALIPAY: 4691 });
    expect(dongfang!.estimate.channels[0]).toMatchObject({ capApplied: false, capIgnoredForMissingTicket: false });
    expect(dongfang!.estimate.totalFen).toBe(29_691);

    const noTicket = await estimate({ volumes: [{ channel: 'DEBIT_CARD', monthlyAmountFen: 5_000_000, averageTicketFen: null }], terminalCount: 1, providerIds: [ids[DONGFANG]] });
    expect(noTicket.json<FeeEstimateResponse>().items[0]!.estimate.channels[0]).toMatchObject({ feeFen: 25_000, capIgnoredForMissingTicket: true });
  });

  it('charges 易装 ¥15 per terminal per month', async () => {
    const response = await estimate({ volumes: [{ channel: 'UNIONPAY_QUICKPASS', monthlyAmountFen: 0 }], terminalCount: 7 });
    const at = byName(response.json());
    expect(at[EASYPOS]!.estimate).toMatchObject({ deviceFeesFen: 10_500, totalFen: 10_500 });
    expect(at[DONGFANG]!.estimate.totalFen).toBe(0);
    expect(response.json<FeeEstimateResponse>().items.at(-1)!.providerName).toBe(EASYPOS);
  });

  it('limits the estimate to the providers asked for and leaves out unknown or suspended ones', async () => {
    const only = await estimate({ ...SHOP, providerIds: [ids[EASYPOS], ids[DONGFANG]] });
    expect(only.json<FeeEstimateResponse>().items.map((item) => item.providerName)).toEqual([DONGFANG, EASYPOS]);

    await t.prisma.provider.update({ where: { id: ids[RUITONG] }, data: { status: 'SUSPENDED' } });
    try {
      const response = await estimate({ ...SHOP, providerIds: [ids[RUITONG], '00000000-0000-4000-8000-000000000000', ids[EASYPOS]] });
      expect(response.json<FeeEstimateResponse>().items.map((item) => item.providerName)).toEqual([EASYPOS]);
      expect((await estimate(SHOP)).json<FeeEstimateResponse>().items.map((item) => item.providerName)).toEqual([DONGFANG, EASYPOS]);
    } finally {
      await t.prisma.provider.update({ where: { id: ids[RUITONG] }, data: { status: 'ACTIVE' } });
    }
  });

  const valid = SHOP.volumes[1]!;
  it.each([
    ['a negative amount', { volumes: [{ ...valid, monthlyAmountFen: -1 }], terminalCount: 1 }, 'volumes.0.monthlyAmountFen', 'min'],
    ['a fractional amount', { volumes: [{ ...valid, monthlyAmountFen: 100.5 }], terminalCount: 1 }, 'volumes.0.monthlyAmountFen', 'isInt'],
    ['an amount as a string', { volumes: [{ ...valid, monthlyAmountFen: '100' }], terminalCount: 1 }, 'volumes.0.monthlyAmountFen', 'isInt'],
    ['an amount above 10^13', { volumes: [{ ...valid, monthlyAmountFen: 10 ** 13 + 1 }], terminalCount: 1 }, 'volumes.0.monthlyAmountFen', 'max'],
    ['an average ticket of 0', { volumes: [{ ...valid, averageTicketFen: 0 }], terminalCount: 1 }, 'volumes.0.averageTicketFen', 'min'],
    ['an unknown channel', { volumes: [{ ...valid, channel: 'PAYPAL' }], terminalCount: 1 }, 'volumes.0.channel', 'isIn'],
    ['a repeated channel', { volumes: [valid, { ...valid, monthlyAmountFen: 5 }], terminalCount: 1 }, 'volumes', 'arrayUnique'],
    ['no volumes', { volumes: [], terminalCount: 1 }, 'volumes', 'arrayMinSize'],
    ['six volumes', { volumes: ['DEBIT_CARD', 'CREDIT_CARD', 'WECHAT_PAY', 'ALIPAY', 'UNIONPAY_QUICKPASS', 'DEBIT_CARD'].map((channel) => ({ channel, monthlyAmountFen: 1 })), terminalCount: 1 }, 'volumes', 'arrayMaxSize'],
    ['an extra field', { ...SHOP, discount: 10 }, 'discount', 'whitelistValidation'],
    ['an extra field in a volume', { volumes: [{ ...valid, rateBps: 1 }], terminalCount: 1 }, 'volumes.0.rateBps', 'whitelistValidation'],
    ['0 terminals', { ...SHOP, terminalCount: 0 }, 'terminalCount', 'min'],
    ['1001 terminals', { ...SHOP, terminalCount: 1001 }, 'terminalCount', 'max'],
    ['no terminal count', { volumes: SHOP.volumes }, 'terminalCount', 'isInt'],
    ['a provider id that is not a UUID', { ...SHOP, providerIds: ['x'] }, 'providerIds', 'isUUID'],
    ['21 provider ids', { ...SHOP, providerIds: Array.from({ length: 21 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) }, 'providerIds', 'arrayMaxSize'],
  ])('refuses %s with a field error', async (_label, body, field, code) => {
    expectFieldError(await estimate(body), field, code);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/providers/fee-estimate', headers: { 'content-type': 'application/json' }, payload: '{"volumes":' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });

  it('ranks a provider that cannot take one of the channels after those that can, however cheap it looks', async () => {
    // 瑞通 publishes a schedule without debit cards: its total now leaves the debit volume out.
    const schedule = await t.prisma.feeSchedule.create({
      data: { providerId: ids[RUITONG]!, version: 2, rates: { create: [{ channel: 'CREDIT_CARD', rateBps: 10 }, { channel: 'WECHAT_PAY', rateBps: 10 }] } },
    });
    try {
      const body = (await estimate(SHOP)).json<FeeEstimateResponse>();
      expect(body.items.map((item) => item.providerName)).toEqual([DONGFANG, EASYPOS, RUITONG]);
      const ruitong = byName(body)[RUITONG]!;
      expect(ruitong.feeScheduleVersion).toBe(2);
      expect(ruitong.estimate.channels[0]).toMatchObject({ channel: 'DEBIT_CARD', unsupported: true, feeFen: 0 });
      // 2 000 000 × 0.10 % + 3 000 000 × 0.10 % = 5 000
      expect(ruitong.estimate.totalFen).toBe(5000);
    } finally {
      await t.prisma.feeSchedule.delete({ where: { id: schedule.id } });
    }
  });

  it('uses a newly published version instead of the earlier one', async () => {
    const admin = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginName: 'admin@dongfang-bank.example', password: 'PosDemo2026' } });
    const publish = await t.app.inject({
      method: 'POST',
      url: '/api/console/provider/fee-schedules',
      headers: { authorization: `Bearer ${admin.json().accessToken}` },
      payload: {
        monthlyFeeFen: 990,
        deviceFeeFen: 100,
        notes: '2026 年冬季促销',
        rates: [
          { channel: 'DEBIT_CARD', rateBps: 45, capFen: 1800 },
          { channel: 'CREDIT_CARD', rateBps: 55, capFen: null },
          { channel: 'WECHAT_PAY', rateBps: 30, capFen: null },
        ],
      },
    });
    expect(publish.statusCode).toBe(201);

    const body = (await estimate(SHOP)).json<FeeEstimateResponse>();
    const dongfang = byName(body)[DONGFANG]!;
    expect(dongfang).toMatchObject({ feeScheduleVersion: 2, feeScheduleId: publish.json().id });
    // debit capped at ¥18: 1.25 × 1 800 = 2 250; credit × 0.55 % = 11 000; WeChat × 0.30 % = 9 000; ¥9.90 monthly; 2 × ¥1 device.
    expect(fees(dongfang)).toEqual({ DEBIT_CARD: 2250, CREDIT_CARD: 11_000, WECHAT_PAY: 9000 });
    expect(dongfang.estimate).toMatchObject({ monthlyFeeFen: 990, deviceFeesFen: 200, totalFen: 23_440 });
    expect(body.items[0]!.providerName).toBe(DONGFANG);
  });
});
