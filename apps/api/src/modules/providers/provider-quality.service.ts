import { Injectable } from '@nestjs/common';
import { type ProviderQuality, QUALITY_MIN_SAMPLES } from '@pos/shared';
import { AnalyticsRepository } from '../analytics/analytics.repository.js';
import { NO_QUALITY_DATA } from './provider.mapper.js';

const SECONDS_PER_DAY = 86_400;

/** One decimal, as the contract shows days and ratings. These are statistics, not money: floats are fine here. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A figure from too few cases would mislead more than inform: below the minimum it is null ("not enough data yet"). */
function ifEnough(sample: number, minimum: number, value: number | null): number | null {
  return sample >= minimum && value !== null ? value : null;
}

@Injectable()
export class ProviderQualityService {
  constructor(private readonly analytics: AnalyticsRepository) {}

  /**
   * Quality figures for each of these providers, from the same aggregates as the providers' own dashboards (all
   * time here); a provider with no data at all gets all-null figures and zero counts. Review time is calendar time:
   * the marketplace compares providers roughly, the dashboard shows business days.
   */
  async forProviders(providerIds: string[]): Promise<Map<string, ProviderQuality>> {
    const [applications, tickets] = await Promise.all([this.analytics.reviewStats(providerIds), this.analytics.ticketStats(providerIds)]);
    const result = new Map<string, ProviderQuality>(providerIds.map((id) => [id, { ...NO_QUALITY_DATA }]));
    for (const row of applications) {
      const figures = result.get(row.providerId);
      if (!figures) continue;
      const min = QUALITY_MIN_SAMPLES.applications;
      figures.decidedApplicationCount = row.decided;
      figures.approvalRatePercent = ifEnough(row.decided, min, row.decided > 0 ? Math.round((row.approved * 100) / row.decided) : null);
      figures.medianReviewDays = ifEnough(row.timed, min, row.medianReviewSeconds === null ? null : oneDecimal(row.medianReviewSeconds / SECONDS_PER_DAY));
    }
    for (const row of tickets) {
      const figures = result.get(row.providerId);
      if (!figures) continue;
      const min = QUALITY_MIN_SAMPLES.tickets;
      figures.resolvedTicketCount = row.resolved;
      figures.medianFirstResponseMinutes = ifEnough(row.responded, min, row.medianFirstResponseSeconds === null ? null : Math.round(row.medianFirstResponseSeconds / 60));
      figures.medianResolutionMinutes = ifEnough(row.resolved, min, row.medianResolutionSeconds === null ? null : Math.round(row.medianResolutionSeconds / 60));
      figures.ratingCount = row.rated;
      figures.averageRating = ifEnough(row.rated, QUALITY_MIN_SAMPLES.ratings, row.averageRating === null ? null : oneDecimal(row.averageRating));
    }
    return result;
  }
}
