import type { FeeChannel } from '../domain/enums.js';

/** One channel's price in a fee schedule. */
export interface FeeRateInput {
  channel: FeeChannel;
  /** Basis points: 60 = 0.60 %. */
  rateBps: number;
  /** Per-transaction cap in fen, or null/undefined when uncapped. */
  capFen?: number | null;
}

export interface FeeScheduleInput {
  rates: FeeRateInput[];
  monthlyFeeFen: number;
  /** Per terminal, per month. */
  deviceFeeFen: number;
}

/** The merchant's expected volume on one channel. */
export interface ChannelVolumeInput {
  channel: FeeChannel;
  /** Monthly amount in fen. */
  monthlyAmountFen: number;
  /** Average transaction in fen; needed to apply a per-transaction cap. */
  averageTicketFen?: number | null;
}

export interface ChannelFeeEstimate {
  channel: FeeChannel;
  monthlyAmountFen: number;
  rateBps: number;
  capFen: number | null;
  /** True when the cap lowered the fee. */
  capApplied: boolean;
  /** True when the channel has a cap but no average ticket was given, so the uncapped fee is shown. */
  capIgnoredForMissingTicket: boolean;
  /** Present when the provider does not offer this channel. */
  unsupported: boolean;
  feeFen: number;
}

export interface FeeEstimate {
  channels: ChannelFeeEstimate[];
  monthlyFeeFen: number;
  deviceFeesFen: number;
  totalFen: number;
}

/** Integer division rounded half up, for non-negative operands. */
function divRound(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * The estimated monthly cost at one provider, in integer fen (no floating point anywhere).
 *
 * Per channel: amount × rate. Where a per-transaction cap applies and the average ticket is known, a
 * transaction costs min(ticket × rate, cap), so the channel costs amount ÷ ticket × cap once the ticket is above
 * cap ÷ rate. Each channel is rounded to the fen, half up, as acquirers bill per channel.
 */
export function estimateMonthlyFees(schedule: FeeScheduleInput, volumes: ChannelVolumeInput[], terminalCount: number): FeeEstimate {
  const channels = volumes.map((volume): ChannelFeeEstimate => {
    const rate = schedule.rates.find((r) => r.channel === volume.channel);
    const amount = BigInt(volume.monthlyAmountFen);
    if (!rate) {
      return { channel: volume.channel, monthlyAmountFen: volume.monthlyAmountFen, rateBps: 0, capFen: null, capApplied: false, capIgnoredForMissingTicket: false, unsupported: true, feeFen: 0 };
    }
    const bps = BigInt(rate.rateBps);
    const uncapped = divRound(amount * bps, 10_000n);
    const cap = rate.capFen ?? null;
    const ticket = volume.averageTicketFen ?? null;
    let fee = uncapped;
    let capApplied = false;
    if (cap !== null && ticket !== null && ticket > 0) {
      // ticket × rate > cap  ⇔  ticket × bps > cap × 10 000
      if (BigInt(ticket) * bps > BigInt(cap) * 10_000n) {
        fee = divRound(amount * BigInt(cap), BigInt(ticket));
        capApplied = true;
      }
    }
    return {
      channel: volume.channel,
      monthlyAmountFen: volume.monthlyAmountFen,
      rateBps: rate.rateBps,
      capFen: cap,
      capApplied,
      capIgnoredForMissingTicket: cap !== null && (ticket === null || ticket <= 0) && volume.monthlyAmountFen > 0,
      unsupported: false,
      feeFen: Number(fee),
    };
  });
  const deviceFeesFen = schedule.deviceFeeFen * terminalCount;
  const totalFen = channels.reduce((sum, c) => sum + c.feeFen, 0) + schedule.monthlyFeeFen + deviceFeesFen;
  return { channels, monthlyFeeFen: schedule.monthlyFeeFen, deviceFeesFen, totalFen };
}

/** Formats fen as yuan for display, e.g. 123456 → "1,234.56" (string math, no floating point). */
export function formatFen(fen: number, { withSymbol = true }: { withSymbol?: boolean } = {}): string {
  const negative = fen < 0;
  const digits = String(Math.abs(Math.trunc(fen))).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${withSymbol ? '¥' : ''}${yuan}.${digits.slice(-2)}`;
}

/** Formats basis points as a percentage, e.g. 38 → "0.38%". */
export function formatBps(bps: number): string {
  const digits = String(bps).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}%`;
}
