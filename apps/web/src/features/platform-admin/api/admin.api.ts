import type {
  AdminProviderListResponse,
  AdminProviderView,
  AuditEventListResponse,
  AuditEventQuery,
  CalendarDayView,
  CalendarYearResponse,
  CreateProviderRequest,
  InviteStaffRequest,
  SetCalendarDayRequest,
  StaffAccountView,
} from '@pos/shared';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const PROVIDERS_KEY = ['admin', 'providers'] as const;

export const adminProvidersQueryOptions = () =>
  queryOptions({ queryKey: PROVIDERS_KEY, queryFn: ({ signal }) => apiClient.get<AdminProviderListResponse>('/api/admin/providers', { signal }) });

/** Every provider, suspended ones included. */
export function useAdminProviders() {
  return useQuery(adminProvidersQueryOptions());
}

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProviderRequest) => apiClient.post<AdminProviderView>('/api/admin/providers', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROVIDERS_KEY }),
  });
}

export function useProviderStatusChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: 'suspend' | 'restore'; reason?: string }) =>
      apiClient.post<AdminProviderView>(`/api/admin/providers/${encodeURIComponent(id)}/${action}`, reason ? { reason } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROVIDERS_KEY }),
  });
}

export function useInviteProviderAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ providerId, body }: { providerId: string; body: Omit<InviteStaffRequest, 'role'> }) =>
      apiClient.post<StaffAccountView>(`/api/admin/providers/${encodeURIComponent(providerId)}/invitations`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROVIDERS_KEY }),
  });
}

const calendarKey = (year: number) => ['admin', 'calendar', year] as const;

export function useCalendarYear(year: number) {
  return useQuery({ queryKey: calendarKey(year), queryFn: ({ signal }) => apiClient.get<CalendarYearResponse>(`/api/admin/calendar?year=${year}`, { signal }) });
}

export function useSetCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, body }: { date: string; body: SetCalendarDayRequest }) => apiClient.put<CalendarDayView>(`/api/admin/calendar/${encodeURIComponent(date)}`, body),
    onSuccess: (_day, { date }) => queryClient.invalidateQueries({ queryKey: calendarKey(Number(date.slice(0, 4))) }),
  });
}

export function useRemoveCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => apiClient.delete(`/api/admin/calendar/${encodeURIComponent(date)}`),
    onSuccess: (_void, date) => queryClient.invalidateQueries({ queryKey: calendarKey(Number(date.slice(0, 4))) }),
  });
}

export type AuditFilters = Omit<AuditEventQuery, 'cursor'>;

function auditPath(filters: AuditFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return `/api/admin/audit-events${query ? `?${query}` : ''}`;
}

/** The audit search, page after page ("load more") on the API's keyset cursor. */
export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['admin', 'audit', filters] as const,
    queryFn: ({ pageParam, signal }) => apiClient.get<AuditEventListResponse>(auditPath(filters, pageParam), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
