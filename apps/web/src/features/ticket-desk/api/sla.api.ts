import type { SlaSettings } from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const PATH = '/api/console/provider/sla';

export function fetchSlaSettings(signal?: AbortSignal): Promise<SlaSettings> {
  return apiClient.get<SlaSettings>(PATH, { signal });
}

export function updateSlaSettings(body: SlaSettings): Promise<SlaSettings> {
  return apiClient.put<SlaSettings>(PATH, body);
}

export const slaSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['ticket-desk', 'sla'] as const, queryFn: ({ signal }) => fetchSlaSettings(signal) });

/** The provider's support hours, auto-close delay and per-priority targets. */
export function useSlaSettings() {
  return useQuery(slaSettingsQueryOptions());
}

export function useUpdateSlaSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSlaSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(slaSettingsQueryOptions().queryKey, saved);
      // Deadlines shown in the queue were computed with the old targets.
      void queryClient.invalidateQueries({ queryKey: ['ticket-desk', 'queue'] });
    },
  });
}
