import type { TimelineResponse } from '@pos/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The merchant's view of an application's history: every step in order, staff shown by role only. */
export function fetchApplicationTimeline(id: string, signal?: AbortSignal): Promise<TimelineResponse> {
  return apiClient.get<TimelineResponse>(`/api/applications/${encodeURIComponent(id)}/timeline`, { signal });
}

/** `version` names the application state the history belongs to (status and last update): a new one reads it again. */
export const applicationTimelineQueryOptions = (id: string, version: string) =>
  queryOptions({ queryKey: ['applications', 'timeline', id, version] as const, queryFn: ({ signal }) => fetchApplicationTimeline(id, signal) });

/** The history of the application as it stands; the previous one stays on screen while a newer one loads. */
export function useApplicationTimeline(id: string, version: string) {
  return useQuery({ ...applicationTimelineQueryOptions(id, version), placeholderData: keepPreviousData });
}
