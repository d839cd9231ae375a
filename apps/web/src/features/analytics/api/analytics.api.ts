import type { AnalyticsDashboard, AnalyticsQuery, AnalyticsTable } from '@pos/shared';
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const BASE = '/api/console/analytics';

function rangeSearch({ from, to }: AnalyticsQuery): string {
  return new URLSearchParams({ from, to }).toString();
}

export function fetchAnalytics(range: AnalyticsQuery, signal?: AbortSignal): Promise<AnalyticsDashboard> {
  return apiClient.get<AnalyticsDashboard>(`${BASE}?${rangeSearch(range)}`, {
    signal,
  });
}

/** One table of the dashboard as CSV (UTF-8 with BOM), fetched with the access token: a plain link would carry none. */
export function fetchAnalyticsCsv(table: AnalyticsTable, range: AnalyticsQuery): Promise<Blob> {
  return apiClient.getBlob(`${BASE}/export/${encodeURIComponent(table)}.csv?${rangeSearch(range)}`);
}

/** The name the browser saves an export under: `funnel-2026-11-01-2026-11-25.csv`. */
export function analyticsCsvFileName(table: AnalyticsTable, { from, to }: AnalyticsQuery): string {
  return `${table}-${from}-${to}.csv`;
}

export const analyticsQueryOptions = (range: AnalyticsQuery) =>
  queryOptions({
    queryKey: ['analytics', 'dashboard', { from: range.from, to: range.to }] as const,
    queryFn: ({ signal }) => fetchAnalytics(range, signal),
  });

/** The dashboard for a range; the figures on screen stay while another range loads. */
export function useAnalytics(range: AnalyticsQuery) {
  return useQuery({
    ...analyticsQueryOptions(range),
    placeholderData: keepPreviousData,
  });
}

export function useExportAnalyticsCsv() {
  return useMutation({
    mutationFn: ({ table, range }: { table: AnalyticsTable; range: AnalyticsQuery }) => fetchAnalyticsCsv(table, range),
  });
}
