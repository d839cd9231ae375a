import type { BookInstallationRequest, InstallationView, ReasonRequest, RescheduleInstallationRequest } from '@pos/shared';
import { ErrorCode } from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';

const applicationBase = (applicationId: string) => `/api/applications/${encodeURIComponent(applicationId)}/installation`;
const installationBase = (id: string) => `/api/installations/${encodeURIComponent(id)}`;

/** The application's latest appointment, or null when none was ever booked (the API answers 404). */
export async function fetchApplicationInstallation(applicationId: string, signal?: AbortSignal): Promise<InstallationView | null> {
  try {
    return await apiClient.get<InstallationView>(applicationBase(applicationId), { signal });
  } catch (error) {
    if (isApiError(error) && error.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}

export function bookInstallation(applicationId: string, body: BookInstallationRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(applicationBase(applicationId), body);
}

export function rescheduleInstallation(id: string, body: RescheduleInstallationRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${installationBase(id)}/reschedule`, body);
}

export function cancelInstallation(id: string, body: ReasonRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${installationBase(id)}/cancel`, body);
}

export function acceptInstallation(id: string): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${installationBase(id)}/accept`);
}

export function disputeInstallation(id: string, body: ReasonRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${installationBase(id)}/dispute`, body);
}

export const applicationInstallationQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: ['installations', 'application', applicationId] as const,
    queryFn: ({ signal }) => fetchApplicationInstallation(applicationId, signal),
  });

/** The merchant's appointment for one application; `enabled: false` before the application may have one. */
export function useApplicationInstallation(applicationId: string, enabled = true) {
  return useQuery({ ...applicationInstallationQueryOptions(applicationId), enabled });
}

/** Keeps the application's appointment in step with the answer; the merchant's terminals may have changed with it. */
function storeInstallation(queryClient: QueryClient, view: InstallationView) {
  queryClient.setQueryData(applicationInstallationQueryOptions(view.applicationId).queryKey, view);
  void queryClient.invalidateQueries({ queryKey: ['terminals'] });
}

export function useBookInstallation(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BookInstallationRequest) => bookInstallation(applicationId, body),
    onSuccess: (view) => storeInstallation(queryClient, view),
  });
}

export function useRescheduleInstallation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: RescheduleInstallationRequest & { id: string }) => rescheduleInstallation(id, body),
    onSuccess: (view) => storeInstallation(queryClient, view),
  });
}

export function useCancelInstallation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ReasonRequest & { id: string }) => cancelInstallation(id, body),
    onSuccess: (view) => storeInstallation(queryClient, view),
  });
}

export function useAcceptInstallation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acceptInstallation, onSuccess: (view) => storeInstallation(queryClient, view) });
}

export function useDisputeInstallation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ReasonRequest & { id: string }) => disputeInstallation(id, body),
    onSuccess: (view) => storeInstallation(queryClient, view),
  });
}
