import type { ChangeStaffRoleRequest, InviteStaffRequest, StaffAccountListResponse, StaffAccountView } from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** One row of GET /api/console/staff: an account of the caller's own provider. */
export type StaffMember = StaffAccountView;
export type StaffListResponse = StaffAccountListResponse;

const STAFF_KEY = ['console', 'staff'] as const;

export function fetchStaff(signal?: AbortSignal): Promise<StaffListResponse> {
  return apiClient.get<StaffListResponse>('/api/console/staff', { signal });
}

export const staffQueryOptions = () => queryOptions({ queryKey: STAFF_KEY, queryFn: ({ signal }) => fetchStaff(signal) });

/** The staff of the signed-in provider admin's provider. */
export function useStaff() {
  return useQuery(staffQueryOptions());
}

function useStaffMutation<TVariables>(mutationFn: (variables: TVariables) => Promise<StaffAccountView>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: STAFF_KEY }) });
}

export const useInviteStaff = () => useStaffMutation((body: InviteStaffRequest) => apiClient.post<StaffAccountView>('/api/console/staff/invitations', body));

export const useResendInvitation = () => useStaffMutation((id: string) => apiClient.post<StaffAccountView>(`/api/console/staff/${encodeURIComponent(id)}/invitation`));

export const useChangeStaffRole = () =>
  useStaffMutation(({ id, role }: { id: string } & ChangeStaffRoleRequest) => apiClient.put<StaffAccountView>(`/api/console/staff/${encodeURIComponent(id)}/role`, { role }));

export const useSetStaffActive = () =>
  useStaffMutation(({ id, active }: { id: string; active: boolean }) => apiClient.post<StaffAccountView>(`/api/console/staff/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`));
