import type { InspectionDueListResponse, InspectionListResponse, InspectionView, RecordInspectionRequest } from '@pos/shared';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface DueFilter {
  withinDays: number;
  overdueOnly: boolean;
}

/** The provider's live terminals due within the window (or overdue only), the most overdue first. */
export function fetchInspectionsDue(filter: DueFilter, signal?: AbortSignal): Promise<InspectionDueListResponse> {
  const search = new URLSearchParams(filter.overdueOnly ? { overdueOnly: 'true' } : { withinDays: String(filter.withinDays) });
  return apiClient.get<InspectionDueListResponse>(`/api/console/inspections/due?${search.toString()}`, { signal });
}

export const inspectionsDueQueryOptions = (filter: DueFilter) =>
  queryOptions({ queryKey: ['inspections', 'due', filter] as const, queryFn: ({ signal }) => fetchInspectionsDue(filter, signal) });

export function useInspectionsDue(filter: DueFilter) {
  return useQuery({ ...inspectionsDueQueryOptions(filter), placeholderData: keepPreviousData });
}

export function recordInspection(terminalId: string, body: RecordInspectionRequest): Promise<InspectionView> {
  return apiClient.post<InspectionView>(`/api/console/terminals/${encodeURIComponent(terminalId)}/inspections`, body);
}

/** Records a visit; the due list and the terminal registries show the new due date afterwards. */
export function useRecordInspection(terminalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordInspectionRequest) => recordInspection(terminalId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['inspections'] });
      void queryClient.invalidateQueries({ queryKey: ['terminals'] });
    },
  });
}

export function fetchInspectionHistory(terminalId: string, signal?: AbortSignal): Promise<InspectionListResponse> {
  return apiClient.get<InspectionListResponse>(`/api/console/terminals/${encodeURIComponent(terminalId)}/inspections`, { signal });
}
