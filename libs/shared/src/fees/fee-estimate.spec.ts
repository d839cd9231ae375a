import { describe, expect, it } from 'vitest';
import { estimateMonthlyFees, formatBps, formatFen, type FeeScheduleInput } from './fee-estimate.js';

const bank: FeeScheduleInput = {
  monthlyFeeFen: 0,
  deviceFeeFen: 0,
  rates: [
    { channel: 'DEBIT_CARD', rateBps: 50, capFen: 2500 },
    { channel: 'CREDIT_CARD', rateBps: 60 },
    { channel: 'WECHAT_PAY', rateBps: 38 },
  ],
};

describe('estimateMonthlyFees', () => {
  it('charges amount × rate on an uncapped channel, rounded half up to the fen', () => {
    const estimate = estimateMonthlyFees(bank, [
      { channel: 'CREDIT_CARD', monthlyAmountFen: 5_000_000 }, // ¥50,000 × 0.60 % = ¥300.00
      { channel: 'WECHAT_PAY', monthlyAmountFen: 1_234_567 }, // ¥12,345.67 × 0.38 % = ¥46.913 → ¥46.91
    ], 1);
    expect(estimate.channels.map((c) => c.feeFen)).toEqual([30_000, 4_691]);
    expect(estimate.totalFen).toBe(34_691);
  });

  it('rounds exactly half a fen up', () => {
    // ¥12.50 × 0.38 % = 4.75 fen → 5 fen
    expect(estimateMonthlyFees(bank, [{ channel: 'WECHAT_PAY', monthlyAmountFen: 1_250 }], 1).totalFen).toBe(5);
  });

  it('applies the debit card cap per transaction once the average ticket is large enough', () => {
    // ¥100,000 in ¥10,000 tickets: each would cost ¥50, capped at ¥25 → 10 × ¥25 = ¥250.00
    const capped = estimateMonthlyFees(bank, [{ channel: 'DEBIT_CARD', monthlyAmountFen: 10_000_000, averageTicketFen: 1_000_000 }], 1);
    expect(capped.channels[0]).toMatchObject({ feeFen: 25_000, capApplied: true, capFen: 2500 });
  });

  it('ignores the cap when tickets are small', () => {
    // ¥100,000 in ¥200 tickets: each costs ¥1, under the cap → ¥500.00
    const small = estimateMonthlyFees(bank, [{ channel: 'DEBIT_CARD', monthlyAmountFen: 10_000_000, averageTicketFen: 20_000 }], 1);
    expect(small.channels[0]).toMatchObject({ feeFen: 50_000, capApplied: false });
  });

  it('handles a number of transactions that is not whole', () => {
    // ¥10,000 in ¥7,000 tickets: 10/7 transactions × ¥25 = ¥35.714… → ¥35.71
    const odd = estimateMonthlyFees(bank, [{ channel: 'DEBIT_CARD', monthlyAmountFen: 1_000_000, averageTicketFen: 700_000 }], 1);
    expect(odd.channels[0]!.feeFen).toBe(3_571);
  });

  it('treats a ticket exactly at the cap threshold as uncapped (the fee is the same)', () => {
    // ¥5,000 × 0.50 % = ¥25 = the cap
    const edge = estimateMonthlyFees(bank, [{ channel: 'DEBIT_CARD', monthlyAmountFen: 1_000_000, averageTicketFen: 500_000 }], 1);
    expect(edge.channels[0]).toMatchObject({ feeFen: 5_000, capApplied: false });
  });

  it('says when a cap could not be applied for want of an average ticket', () => {
    const unknown = estimateMonthlyFees(bank, [{ channel: 'DEBIT_CARD', monthlyAmountFen: 10_000_000 }], 1);
    expect(unknown.channels[0]).toMatchObject({ feeFen: 50_000, capIgnoredForMissingTicket: true });
  });

  it('adds the monthly fee and the per-terminal device fee', () => {
    const rental: FeeScheduleInput = { ...bank, monthlyFeeFen: 1_000, deviceFeeFen: 1_500 };
    const estimate = estimateMonthlyFees(rental, [{ channel: 'CREDIT_CARD', monthlyAmountFen: 1_000_000 }], 3);
    expect(estimate).toMatchObject({ monthlyFeeFen: 1_000, deviceFeesFen: 4_500, totalFen: 6_000 + 1_000 + 4_500 });
  });

  it('marks a channel the provider does not offer instead of pricing it at zero silently', () => {
    const estimate = estimateMonthlyFees(bank, [{ channel: 'ALIPAY', monthlyAmountFen: 1_000_000 }], 1);
    expect(estimate.channels[0]).toMatchObject({ unsupported: true, feeFen: 0 });
  });

  it('stays exact for very large volumes', () => {
    // ¥9,000,000,000.01 × 0.60 % = ¥54,000,000.00006 → 5,400,000,000 fen
    const big = estimateMonthlyFees(bank, [{ channel: 'CREDIT_CARD', monthlyAmountFen: 900_000_000_001 }], 1);
    expect(big.totalFen).toBe(5_400_000_000);
  });
});

describe('formatting', () => {
  it('formats fen as yuan without floating point', () => {
    expect(formatFen(123_456)).toBe('¥1,234.56');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(100_000_000, { withSymbol: false })).toBe('1,000,000.00');
    expect(formatFen(-250)).toBe('-¥2.50');
  });

  it('formats basis points as a percentage', () => {
    expect(formatBps(38)).toBe('0.38%');
    expect(formatBps(60)).toBe('0.60%');
    expect(formatBps(125)).toBe('1.25%');
  });
});
