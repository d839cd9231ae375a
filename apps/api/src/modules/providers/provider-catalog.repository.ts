import { Injectable } from '@nestjs/common';
import type { ProviderKind, TerminalType } from '@pos/shared';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { DETAIL_INCLUDE, SUMMARY_INCLUDE } from './provider.mapper.js';

export interface CatalogFilter {
  region?: string;
  kind?: ProviderKind;
  terminalType?: TerminalType;
}

/**
 * The public marketplace: only ACTIVE providers that have published a fee schedule (one without a price cannot be
 * compared or applied to). A suspended provider is, for the public, a provider that does not exist.
 */
const LISTED = { status: 'ACTIVE', feeSchedules: { some: {} } } as const satisfies Prisma.ProviderWhereInput;

/** Names are unique, so this order is total and stable across pages and requests. */
const BY_NAME = [{ name: 'asc' }, { id: 'asc' }] as const satisfies Prisma.ProviderOrderByWithRelationInput[];

@Injectable()
export class ProviderCatalogRepository {
  constructor(private readonly prisma: PrismaService) {}

  listListed(filter: CatalogFilter) {
    return this.prisma.provider.findMany({
      where: {
        ...LISTED,
        ...(filter.kind && { kind: filter.kind }),
        ...(filter.region && { serviceRegions: { has: filter.region } }),
        ...(filter.terminalType && { terminalModels: { some: { type: filter.terminalType, active: true } } }),
      },
      include: SUMMARY_INCLUDE,
      orderBy: [...BY_NAME],
    });
  }

  findListedDetail(providerId: string) {
    return this.prisma.provider.findFirst({ where: { ...LISTED, id: providerId }, include: DETAIL_INCLUDE });
  }

  /** Unordered; the caller puts them in the order asked for. Ids that are unknown or not listed are simply absent. */
  findListedDetails(providerIds: string[]) {
    return this.prisma.provider.findMany({ where: { ...LISTED, id: { in: providerIds } }, include: DETAIL_INCLUDE });
  }

  /** Listed providers (all, or those among `providerIds`) with the current fee schedule, for the fee calculator. */
  listForFeeEstimate(providerIds?: string[]) {
    return this.prisma.provider.findMany({
      where: { ...LISTED, ...(providerIds && { id: { in: providerIds } }) },
      select: { id: true, name: true, nameEn: true, feeSchedules: SUMMARY_INCLUDE.feeSchedules },
      orderBy: [...BY_NAME],
    });
  }
}
