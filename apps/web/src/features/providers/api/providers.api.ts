import type {
  FeeEstimateRequest,
  FeeEstimateResponse,
  ProviderCompareResponse,
  ProviderDetail,
  ProviderListQuery,
  ProviderListResponse,
} from '@pos/shared';
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The query string of a provider list request; empty filters are left out. */
function listSearch(query: ProviderListQuery): string {
  const params = new URLSearchParams();
  if (query.region) params.set('region', query.region);
  if (query.kind) params.set('kind', query.kind);
  if (query.terminalType) params.set('terminalType', query.terminalType);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fetchProviders(query: ProviderListQuery, signal?: AbortSignal): Promise<ProviderListResponse> {
  return apiClient.get<ProviderListResponse>(`/api/providers${listSearch(query)}`, { signal });
}

export function fetchProvider(id: string, signal?: AbortSignal): Promise<ProviderDetail> {
  return apiClient.get<ProviderDetail>(`/api/providers/${encodeURIComponent(id)}`, { signal });
}

export function fetchProviderComparison(ids: readonly string[], signal?: AbortSignal): Promise<ProviderCompareResponse> {
  const search = new URLSearchParams({ ids: ids.join(',') });
  return apiClient.get<ProviderCompareResponse>(`/api/providers/compare?${search.toString()}`, { signal });
}

export function estimateFees(body: FeeEstimateRequest): Promise<FeeEstimateResponse> {
  return apiClient.post<FeeEstimateResponse>('/api/providers/fee-estimate', body);
}

export const providersQueryOptions = (query: ProviderListQuery) =>
  queryOptions({
    queryKey: ['providers', 'list', { region: query.region ?? null, kind: query.kind ?? null, terminalType: query.terminalType ?? null }] as const,
    queryFn: ({ signal }) => fetchProviders(query, signal),
  });

export const providerQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['providers', 'detail', id] as const, queryFn: ({ signal }) => fetchProvider(id, signal) });

export const providerComparisonQueryOptions = (ids: readonly string[]) =>
  queryOptions({
    queryKey: ['providers', 'compare', [...ids]] as const,
    queryFn: ({ signal }) => fetchProviderComparison(ids, signal),
  });

/** The public catalog, filtered; the previous list stays on screen while a new filter loads. */
export function useProviders(query: ProviderListQuery) {
  return useQuery({ ...providersQueryOptions(query), placeholderData: keepPreviousData });
}

/** One provider's full profile; pass `enabled: false` while the id is not known yet. */
export function useProvider(id: string | undefined) {
  return useQuery({ ...providerQueryOptions(id ?? ''), enabled: Boolean(id) });
}

/** 2–4 providers side by side; disabled outside that range. */
export function useProviderComparison(ids: readonly string[], enabled: boolean) {
  return useQuery({ ...providerComparisonQueryOptions(ids), enabled });
}

/** The monthly cost at each provider for the given volume, cheapest first. */
export function useFeeEstimate() {
  return useMutation({ mutationFn: estimateFees });
}
