import type { CompleteInstallationRequest, InstallationListResponse, InstallationView, RecordTerminalRequest } from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const base = (id: string) => `/api/console/jobs/${encodeURIComponent(id)}`;

/** The technician's own CONFIRMED, ON_SITE and TESTED jobs, by start time. */
export function fetchJobs(signal?: AbortSignal): Promise<InstallationListResponse> {
  return apiClient.get<InstallationListResponse>('/api/console/jobs', { signal });
}

export function fetchJob(id: string, signal?: AbortSignal): Promise<InstallationView> {
  return apiClient.get<InstallationView>(base(id), { signal });
}

export function arriveAtJob(id: string): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${base(id)}/arrive`);
}

export function recordTerminal(id: string, body: RecordTerminalRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${base(id)}/terminals`, body);
}

export function removeTerminal(id: string, terminalId: string): Promise<InstallationView> {
  return apiClient.delete<InstallationView>(`${base(id)}/terminals/${encodeURIComponent(terminalId)}`);
}

export function completeJob(id: string, body: CompleteInstallationRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${base(id)}/complete`, body);
}

export const jobsQueryOptions = () => queryOptions({ queryKey: ['installations', 'jobs', 'list'] as const, queryFn: ({ signal }) => fetchJobs(signal) });

export const jobQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['installations', 'jobs', 'detail', id] as const, queryFn: ({ signal }) => fetchJob(id, signal) });

export function useJobs() {
  return useQuery(jobsQueryOptions());
}

export function useJob(id: string) {
  return useQuery(jobQueryOptions(id));
}

function storeJob(queryClient: QueryClient, view: InstallationView) {
  queryClient.setQueryData(jobQueryOptions(view.id).queryKey, view);
  void queryClient.invalidateQueries({ queryKey: jobsQueryOptions().queryKey });
}

export function useArriveAtJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => arriveAtJob(id), onSuccess: (view) => storeJob(queryClient, view) });
}

export function useRecordTerminal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: RecordTerminalRequest) => recordTerminal(id, body), onSuccess: (view) => storeJob(queryClient, view) });
}

export function useRemoveTerminal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (terminalId: string) => removeTerminal(id, terminalId), onSuccess: (view) => storeJob(queryClient, view) });
}

export function useCompleteJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: CompleteInstallationRequest) => completeJob(id, body), onSuccess: (view) => storeJob(queryClient, view) });
}
