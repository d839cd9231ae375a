import type { Role } from '@pos/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** One row of GET /api/console/staff: an account of the caller's own provider. */
export interface StaffMember {
  id: string;
  displayName: string;
  role: Role;
  mobile: string | null;
  email: string | null;
  /** ISO time of the last successful sign-in; null when the account never signed in. */
  lastLoginAt: string | null;
  /** ISO time the account was disabled, when it is. */
  disabledAt?: string | null;
}

export interface StaffListResponse {
  items: StaffMember[];
}

export function fetchStaff(signal?: AbortSignal): Promise<StaffListResponse> {
  return apiClient.get<StaffListResponse>('/api/console/staff', { signal });
}

export const staffQueryOptions = () =>
  queryOptions({ queryKey: ['console', 'staff'] as const, queryFn: ({ signal }) => fetchStaff(signal) });

/** The staff of the signed-in provider admin's provider. */
export function useStaff() {
  return useQuery(staffQueryOptions());
}
