import type {
  AppointmentStatus,
  ConfirmInstallationRequest,
  InstallationListResponse,
  InstallationView,
  ReasonRequest,
  RescheduleInstallationRequest,
} from '@pos/shared';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** One of the provider's own technicians, as GET /api/console/technicians lists them. */
export interface Technician {
  id: string;
  displayName: string;
  mobile: string | null;
}

export interface TechnicianListResponse {
  items: Technician[];
}

const base = (id: string) => `/api/console/installations/${encodeURIComponent(id)}`;

/** Without a status the API lists the open appointments (not yet accepted or cancelled). */
export function fetchConsoleInstallations(status: AppointmentStatus | undefined, signal?: AbortSignal): Promise<InstallationListResponse> {
  const search = status ? `?${new URLSearchParams({ status }).toString()}` : '';
  return apiClient.get<InstallationListResponse>(`/api/console/installations${search}`, { signal });
}

export function fetchConsoleInstallation(id: string, signal?: AbortSignal): Promise<InstallationView> {
  return apiClient.get<InstallationView>(base(id), { signal });
}

export function fetchTechnicians(signal?: AbortSignal): Promise<TechnicianListResponse> {
  return apiClient.get<TechnicianListResponse>('/api/console/technicians', { signal });
}

export function confirmInstallation(id: string, body: ConfirmInstallationRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${base(id)}/confirm`, body);
}

export function rescheduleConsoleInstallation(id: string, body: RescheduleInstallationRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${base(id)}/reschedule`, body);
}

export function cancelConsoleInstallation(id: string, body: ReasonRequest): Promise<InstallationView> {
  return apiClient.post<InstallationView>(`${base(id)}/cancel`, body);
}

export const consoleInstallationsQueryOptions = (status?: AppointmentStatus) =>
  queryOptions({
    queryKey: ['installations', 'console', 'list', status ?? 'open'] as const,
    queryFn: ({ signal }) => fetchConsoleInstallations(status, signal),
  });

export const consoleInstallationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['installations', 'console', 'detail', id] as const, queryFn: ({ signal }) => fetchConsoleInstallation(id, signal) });

export const techniciansQueryOptions = () =>
  queryOptions({ queryKey: ['installations', 'technicians'] as const, queryFn: ({ signal }) => fetchTechnicians(signal) });

/** The provider's appointments, open ones unless a status is given; the previous list stays while a filter loads. */
export function useConsoleInstallations(status?: AppointmentStatus) {
  return useQuery({ ...consoleInstallationsQueryOptions(status), placeholderData: keepPreviousData });
}

export function useConsoleInstallation(id: string | undefined) {
  return useQuery({ ...consoleInstallationQueryOptions(id ?? ''), enabled: Boolean(id) });
}

/** Who a dispatcher can send on site. */
export function useTechnicians() {
  return useQuery(techniciansQueryOptions());
}

function storeConsoleInstallation(queryClient: QueryClient, view: InstallationView) {
  queryClient.setQueryData(consoleInstallationQueryOptions(view.id).queryKey, view);
  void queryClient.invalidateQueries({ queryKey: ['installations', 'console', 'list'] });
}

export function useConfirmInstallation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmInstallationRequest) => confirmInstallation(id, body),
    onSuccess: (view) => storeConsoleInstallation(queryClient, view),
  });
}

export function useRescheduleConsoleInstallation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RescheduleInstallationRequest) => rescheduleConsoleInstallation(id, body),
    onSuccess: (view) => storeConsoleInstallation(queryClient, view),
  });
}

export function useCancelConsoleInstallation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReasonRequest) => cancelConsoleInstallation(id, body),
    onSuccess: (view) => storeConsoleInstallation(queryClient, view),
  });
}
