import { FEE_CHANNELS, type CreateFeeScheduleRequest, type FeeChannel, type FeeRateView, type FeeScheduleView } from '@pos/shared';
import type { FieldPath } from '../../../lib/form-errors';
import { bpsToPercentText, fenToYuanText, parsePercentToBps, parseYuanToFen } from '../../../lib/format';

export interface ChannelRateInput {
  /** Percent as typed, e.g. "0.38". Empty: the channel is not offered. */
  rate?: string;
  /** Yuan as typed, e.g. "25". Empty: no cap. */
  cap?: string;
}

export interface FeeScheduleFormValues {
  rates?: Partial<Record<FeeChannel, ChannelRateInput>>;
  monthlyFee?: string;
  deviceFee?: string;
  notes?: string;
}

/** The publish form starts from the current version, so a new version is an edit of the last one. */
export function feeScheduleFormValues(schedule: FeeScheduleView | undefined): FeeScheduleFormValues {
  if (!schedule) return { monthlyFee: '0', deviceFee: '0', notes: '', rates: {} };
  const rates: Partial<Record<FeeChannel, ChannelRateInput>> = {};
  for (const rate of schedule.rates) {
    rates[rate.channel] = { rate: bpsToPercentText(rate.rateBps), ...(rate.capFen !== null ? { cap: fenToYuanText(rate.capFen) } : {}) };
  }
  return { rates, monthlyFee: fenToYuanText(schedule.monthlyFeeFen), deviceFee: fenToYuanText(schedule.deviceFeeFen), notes: schedule.notes };
}

export type FeeScheduleConversion =
  | { ok: true; body: CreateFeeScheduleRequest; channels: FeeChannel[] }
  | { ok: false; problem: 'noRate' | 'capWithoutRate' | 'unreadable'; channel?: FeeChannel };

/**
 * The request from the typed texts: rates in integer basis points, money in integer fen, by string arithmetic only
 * ("0.38" % → 38 bps, "25" yuan → 2500 fen). Channels without a rate are not offered and are left out.
 */
export function toCreateFeeScheduleRequest(values: FeeScheduleFormValues): FeeScheduleConversion {
  const rates: FeeRateView[] = [];
  for (const channel of FEE_CHANNELS) {
    const input = values.rates?.[channel];
    const rateText = input?.rate?.trim() ?? '';
    const capText = input?.cap?.trim() ?? '';
    if (!rateText) {
      if (capText) return { ok: false, problem: 'capWithoutRate', channel };
      continue;
    }
    const rate = parsePercentToBps(rateText);
    const cap = capText ? parseYuanToFen(capText) : undefined;
    if (!rate.ok || (cap && !cap.ok)) return { ok: false, problem: 'unreadable', channel };
    rates.push({ channel, rateBps: rate.value, capFen: cap?.ok ? cap.value : null });
  }
  if (rates.length === 0) return { ok: false, problem: 'noRate' };
  const monthlyFee = parseYuanToFen(values.monthlyFee ?? '0');
  const deviceFee = parseYuanToFen(values.deviceFee ?? '0');
  if (!monthlyFee.ok || !deviceFee.ok) return { ok: false, problem: 'unreadable' };
  return {
    ok: true,
    body: { monthlyFeeFen: monthlyFee.value, deviceFeeFen: deviceFee.value, notes: (values.notes ?? '').trim(), rates },
    channels: rates.map((rate) => rate.channel),
  };
}

/** Where an API field error of the publish request belongs: `rates.1.capFen` → the cap input of the channel sent second. */
export function feeSchedulePathOf(field: string, channels: readonly FeeChannel[]): FieldPath | undefined {
  if (field === 'monthlyFeeFen') return ['monthlyFee'];
  if (field === 'deviceFeeFen') return ['deviceFee'];
  if (field === 'notes') return ['notes'];
  const rate = /^rates\.(\d+)\.(\w+)$/.exec(field);
  const channel = rate ? channels[Number(rate[1])] : undefined;
  if (!rate || !channel) return undefined;
  return ['rates', channel, rate[2] === 'capFen' ? 'cap' : 'rate'];
}
