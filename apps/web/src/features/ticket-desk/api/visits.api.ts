import type { CompleteSiteVisitRequest, SiteVisitListResponse, SiteVisitView } from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function fetchMyVisits(signal?: AbortSignal): Promise<SiteVisitListResponse> {
  return apiClient.get<SiteVisitListResponse>('/api/console/visits', { signal });
}

export function completeVisit(id: string, body: CompleteSiteVisitRequest): Promise<SiteVisitView> {
  return apiClient.post<SiteVisitView>(`/api/console/visits/${encodeURIComponent(id)}/complete`, body);
}

export const myVisitsQueryOptions = () =>
  queryOptions({ queryKey: ['ticket-desk', 'visits'] as const, queryFn: ({ signal }) => fetchMyVisits(signal) });

/** The signed-in technician's site visits. */
export function useMyVisits() {
  return useQuery(myVisitsQueryOptions());
}

export function useCompleteVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, result }: { id: string; result: string }) => completeVisit(id, { result }),
    onSuccess: (visit) => {
      queryClient.setQueryData(myVisitsQueryOptions().queryKey, (list) =>
        list ? { items: list.items.map((item) => (item.id === visit.id ? visit : item)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: ['ticket-desk', 'visits'] });
    },
  });
}
