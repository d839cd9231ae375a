import { Injectable } from '@nestjs/common';
import {
  estimateMonthlyFees,
  type FeeEstimateResponse,
  type ProviderCompareResponse,
  type ProviderDetail,
  type ProviderFeeEstimate,
  type ProviderListResponse,
} from '@pos/shared';
import { DomainError } from '../../core/errors/domain-error.js';
import type { FeeEstimateDto } from './dto/fee-estimate.dto.js';
import type { ProviderListQueryDto } from './dto/provider-list-query.dto.js';
import { ProviderCatalogRepository } from './provider-catalog.repository.js';
import { ProviderQualityService } from './provider-quality.service.js';
import { toFeeScheduleView, toProviderDetail, toProviderSummary } from './provider.mapper.js';

/** The public marketplace: browse, compare and price providers before registering. */
@Injectable()
export class ProviderCatalogService {
  constructor(
    private readonly catalog: ProviderCatalogRepository,
    private readonly quality: ProviderQualityService,
  ) {}

  async list(query: ProviderListQueryDto): Promise<ProviderListResponse> {
    const providers = await this.catalog.listListed({ region: query.region, kind: query.kind, terminalType: query.terminalType });
    const quality = await this.quality.forProviders(providers.map((provider) => provider.id));
    return { items: providers.map((provider) => toProviderSummary(provider, quality.get(provider.id))) };
  }

  async get(providerId: string): Promise<ProviderDetail> {
    const provider = await this.catalog.findListedDetail(providerId);
    if (!provider) throw DomainError.notFound();
    const quality = await this.quality.forProviders([provider.id]);
    return toProviderDetail(provider, quality.get(provider.id));
  }

  /** In the order asked for; one id the public cannot see fails the whole comparison, as it would alone. */
  async compare(providerIds: string[]): Promise<ProviderCompareResponse> {
    const [providers, quality] = await Promise.all([this.catalog.findListedDetails(providerIds), this.quality.forProviders(providerIds)]);
    const byId = new Map(providers.map((provider) => [provider.id, provider]));
    return {
      items: providerIds.map((id) => {
        const provider = byId.get(id);
        if (!provider) throw DomainError.notFound();
        return toProviderDetail(provider, quality.get(id));
      }),
    };
  }

  /**
   * The merchant's expected month at each provider, priced with its current fee schedule by the shared calculator
   * (the same integer-fen code the web shows). Cheapest first, but a provider that cannot take one of the merchant's
   * channels comes after all that can take every one: its total leaves that volume out, so it only looks cheaper.
   * Equal totals keep the catalog's name order.
   */
  async estimate(request: FeeEstimateDto): Promise<FeeEstimateResponse> {
    const providers = await this.catalog.listForFeeEstimate(request.providerIds);
    const volumes = request.volumes.map((volume) => ({ channel: volume.channel, monthlyAmountFen: volume.monthlyAmountFen, averageTicketFen: volume.averageTicketFen ?? null }));
    const items = providers.flatMap((provider): ProviderFeeEstimate[] => {
      const scheduleRow = provider.feeSchedules[0];
      if (!scheduleRow) return [];
      const schedule = toFeeScheduleView(scheduleRow);
      return [
        {
          providerId: provider.id,
          providerName: provider.name,
          providerNameEn: provider.nameEn,
          feeScheduleId: schedule.id,
          feeScheduleVersion: schedule.version,
          estimate: estimateMonthlyFees(schedule, volumes, request.terminalCount),
        },
      ];
    });
    const missesAChannel = (item: ProviderFeeEstimate) => (item.estimate.channels.some((channel) => channel.unsupported) ? 1 : 0);
    items.sort((a, b) => missesAChannel(a) - missesAChannel(b) || a.estimate.totalFen - b.estimate.totalFen);
    return { items };
  }
}
