import { describe, expect, it } from 'vitest';
import { makeFeeSchedule } from '../../../test/fixtures';
import { feeScheduleFormValues, feeSchedulePathOf, toCreateFeeScheduleRequest } from './fee-schedule-model';

describe(toCreateFeeScheduleRequest.name, () => {
  it('converts percent to basis points and yuan to fen exactly', () => {
    expect(
      toCreateFeeScheduleRequest({
        rates: { DEBIT_CARD: { rate: '0.55', cap: '25' }, WECHAT_PAY: { rate: '0.38%' }, ALIPAY: { rate: '' } },
        monthlyFee: '1,000.1',
        deviceFee: '0.29',
        notes: ' 新费率 ',
      }),
    ).toEqual({
      ok: true,
      body: {
        monthlyFeeFen: 100010,
        deviceFeeFen: 29,
        notes: '新费率',
        rates: [
          { channel: 'DEBIT_CARD', rateBps: 55, capFen: 2500 },
          { channel: 'WECHAT_PAY', rateBps: 38, capFen: null },
        ],
      },
      channels: ['DEBIT_CARD', 'WECHAT_PAY'],
    });
  });

  it('refuses a schedule without any rate, a cap without a rate and unreadable numbers', () => {
    expect(toCreateFeeScheduleRequest({ rates: {} })).toEqual({ ok: false, problem: 'noRate' });
    expect(toCreateFeeScheduleRequest({ rates: { ALIPAY: { cap: '5' } } })).toEqual({ ok: false, problem: 'capWithoutRate', channel: 'ALIPAY' });
    expect(toCreateFeeScheduleRequest({ rates: { ALIPAY: { rate: '0.385' } } })).toEqual({ ok: false, problem: 'unreadable', channel: 'ALIPAY' });
  });

  it('round-trips the current version through the form', () => {
    const schedule = makeFeeSchedule({ monthlyFeeFen: 1999, deviceFeeFen: 500, notes: 'x' });
    const converted = toCreateFeeScheduleRequest(feeScheduleFormValues(schedule));
    expect(converted.ok && converted.body).toEqual({ monthlyFeeFen: 1999, deviceFeeFen: 500, notes: 'x', rates: schedule.rates });
  });

  it('places rate errors on the channel that was sent at that index', () => {
    expect(feeSchedulePathOf('rates.1.capFen', ['DEBIT_CARD', 'ALIPAY'])).toEqual(['rates', 'ALIPAY', 'cap']);
    expect(feeSchedulePathOf('monthlyFeeFen', [])).toEqual(['monthlyFee']);
  });
});
