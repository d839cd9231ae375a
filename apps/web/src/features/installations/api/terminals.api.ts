import type { TerminalListResponse } from '@pos/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The signed-in merchant's terminals. */
export function fetchMyTerminals(signal?: AbortSignal): Promise<TerminalListResponse> {
  return apiClient.get<TerminalListResponse>('/api/terminals', { signal });
}

/** The provider's terminal registry; `q` matches a serial-number prefix or a merchant or business name. */
export function searchConsoleTerminals(q: string, signal?: AbortSignal): Promise<TerminalListResponse> {
  const search = q ? `?${new URLSearchParams({ q }).toString()}` : '';
  return apiClient.get<TerminalListResponse>(`/api/console/terminals${search}`, { signal });
}

export const myTerminalsQueryOptions = () =>
  queryOptions({ queryKey: ['terminals', 'mine'] as const, queryFn: ({ signal }) => fetchMyTerminals(signal) });

export const consoleTerminalsQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['terminals', 'console', q] as const, queryFn: ({ signal }) => searchConsoleTerminals(q, signal) });

export function useMyTerminals() {
  return useQuery(myTerminalsQueryOptions());
}

/** The registry for a search; the previous results stay on screen while the next search loads. */
export function useConsoleTerminals(q: string) {
  return useQuery({ ...consoleTerminalsQueryOptions(q), placeholderData: keepPreviousData });
}
