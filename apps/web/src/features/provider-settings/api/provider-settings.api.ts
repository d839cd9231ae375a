import type {
  CreateFeeScheduleRequest,
  FeeScheduleListResponse,
  FeeScheduleView,
  ProviderProfileView,
  UpdateDocumentRequirementsRequest,
  UpdateProviderProfileRequest,
  UpdateTerminalModelsRequest,
} from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { idempotencyHeaders, useIdempotencyKey } from '../../../lib/use-idempotency-key';

const BASE = '/api/console/provider';

export function fetchProviderProfile(signal?: AbortSignal): Promise<ProviderProfileView> {
  return apiClient.get<ProviderProfileView>(`${BASE}/profile`, { signal });
}

export function updateProviderProfile(body: UpdateProviderProfileRequest): Promise<ProviderProfileView> {
  return apiClient.put<ProviderProfileView>(`${BASE}/profile`, body);
}

export function fetchFeeSchedules(signal?: AbortSignal): Promise<FeeScheduleListResponse> {
  return apiClient.get<FeeScheduleListResponse>(`${BASE}/fee-schedules`, { signal });
}

/** Publishes a new version; earlier versions stay (signed agreements refer to them). */
export function publishFeeSchedule(body: CreateFeeScheduleRequest, idempotencyKey?: string): Promise<FeeScheduleView> {
  return apiClient.post<FeeScheduleView>(`${BASE}/fee-schedules`, body, { headers: idempotencyKey ? idempotencyHeaders(idempotencyKey) : undefined });
}

export function updateDocumentRequirements(body: UpdateDocumentRequirementsRequest): Promise<unknown> {
  return apiClient.put<unknown>(`${BASE}/document-requirements`, body);
}

export function updateTerminalModels(body: UpdateTerminalModelsRequest): Promise<unknown> {
  return apiClient.put<unknown>(`${BASE}/terminal-models`, body);
}

export const providerProfileQueryOptions = () =>
  queryOptions({ queryKey: ['console', 'provider', 'profile'] as const, queryFn: ({ signal }) => fetchProviderProfile(signal) });

export const feeSchedulesQueryOptions = () =>
  queryOptions({ queryKey: ['console', 'provider', 'fee-schedules'] as const, queryFn: ({ signal }) => fetchFeeSchedules(signal) });

/** The admin's own provider profile, with its requirement list and terminal models. */
export function useProviderProfile() {
  return useQuery(providerProfileQueryOptions());
}

/** Every published fee schedule version, newest first. */
export function useFeeSchedules() {
  return useQuery(feeSchedulesQueryOptions());
}

/** After any change the profile (and the public marketplace data cached in this tab) is read again. */
function useInvalidateProvider() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['console', 'provider'] }),
      queryClient.invalidateQueries({ queryKey: ['providers'] }),
    ]);
}

export function useUpdateProviderProfile() {
  const invalidate = useInvalidateProvider();
  return useMutation({ mutationFn: updateProviderProfile, onSuccess: () => invalidate() });
}

export function usePublishFeeSchedule() {
  const invalidate = useInvalidateProvider();
  const { key, renew } = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateFeeScheduleRequest) => publishFeeSchedule(body, key),
    onSuccess: () => {
      renew();
      invalidate();
    },
  });
}

export function useUpdateDocumentRequirements() {
  const invalidate = useInvalidateProvider();
  return useMutation({ mutationFn: updateDocumentRequirements, onSuccess: () => invalidate() });
}

export function useUpdateTerminalModels() {
  const invalidate = useInvalidateProvider();
  return useMutation({ mutationFn: updateTerminalModels, onSuccess: () => invalidate() });
}
