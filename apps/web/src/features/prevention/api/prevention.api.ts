import type {
  EmergencyPlanView,
  PreventionProviderListResponse,
  PreventionSettingsView,
  RecordTrainingRequest,
  SaveEmergencyPlanRequest,
  SignSize,
  TrainingModuleListResponse,
  TrainingModuleView,
  TrainingOverviewResponse,
  TrainingRecordView,
  UpdatePreventionSettingsRequest,
} from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const BASE = '/api/prevention';

export function fetchTrainingModules(signal?: AbortSignal): Promise<TrainingModuleListResponse> {
  return apiClient.get<TrainingModuleListResponse>(`${BASE}/training/modules`, { signal });
}

export function fetchTrainingModule(module: string, signal?: AbortSignal): Promise<TrainingModuleView> {
  return apiClient.get<TrainingModuleView>(`${BASE}/training/modules/${encodeURIComponent(module)}`, { signal });
}

export function fetchTrainingOverview(signal?: AbortSignal): Promise<TrainingOverviewResponse> {
  return apiClient.get<TrainingOverviewResponse>(`${BASE}/training/records`, { signal });
}

export function fetchPreventionSettings(signal?: AbortSignal): Promise<PreventionSettingsView> {
  return apiClient.get<PreventionSettingsView>(`${BASE}/settings`, { signal });
}

export function fetchEmergencyPlan(signal?: AbortSignal): Promise<EmergencyPlanView> {
  return apiClient.get<EmergencyPlanView>(`${BASE}/emergency-plan`, { signal });
}

export function fetchPreventionProviders(signal?: AbortSignal): Promise<PreventionProviderListResponse> {
  return apiClient.get<PreventionProviderListResponse>(`${BASE}/providers`, { signal });
}

/** The printable plan, fetched with the access token (a plain link would carry none). */
export function fetchEmergencyPlanPdf(): Promise<Blob> {
  return apiClient.getBlob(`${BASE}/emergency-plan/pdf`);
}

export function reminderSignPath(size: SignSize, providerId?: string): string {
  const search = new URLSearchParams({ size, ...(providerId ? { providerId } : {}) });
  return `${BASE}/reminder-sign?${search.toString()}`;
}

export function fetchReminderSign(size: SignSize, providerId?: string): Promise<Blob> {
  return apiClient.getBlob(reminderSignPath(size, providerId));
}

export const trainingModulesQueryOptions = () => queryOptions({ queryKey: ['prevention', 'modules'] as const, queryFn: ({ signal }) => fetchTrainingModules(signal), staleTime: Infinity });
export const trainingModuleQueryOptions = (module: string) =>
  queryOptions({ queryKey: ['prevention', 'modules', module] as const, queryFn: ({ signal }) => fetchTrainingModule(module, signal), staleTime: Infinity });
export const trainingOverviewQueryOptions = () => queryOptions({ queryKey: ['prevention', 'training'] as const, queryFn: ({ signal }) => fetchTrainingOverview(signal) });
export const preventionSettingsQueryOptions = () => queryOptions({ queryKey: ['prevention', 'settings'] as const, queryFn: ({ signal }) => fetchPreventionSettings(signal) });
export const emergencyPlanQueryOptions = () => queryOptions({ queryKey: ['prevention', 'plan'] as const, queryFn: ({ signal }) => fetchEmergencyPlan(signal) });
export const preventionProvidersQueryOptions = () => queryOptions({ queryKey: ['prevention', 'providers'] as const, queryFn: ({ signal }) => fetchPreventionProviders(signal) });

export const useTrainingModules = () => useQuery(trainingModulesQueryOptions());
export const useTrainingModule = (module: string) => useQuery(trainingModuleQueryOptions(module));
export const useTrainingOverview = () => useQuery(trainingOverviewQueryOptions());
export const usePreventionSettings = () => useQuery(preventionSettingsQueryOptions());
export const useEmergencyPlan = () => useQuery(emergencyPlanQueryOptions());
export const usePreventionProviders = () => useQuery(preventionProvidersQueryOptions());

/** Submits the quiz; the server grades it and records the training only when it passes. */
export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordTrainingRequest) => apiClient.post<TrainingRecordView>(`${BASE}/training/records`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['prevention', 'training'] }),
  });
}

export function useDeleteTrainingRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.delete(`${BASE}/training/records/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['prevention', 'training'] }),
  });
}

export function useSavePreventionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePreventionSettingsRequest) => apiClient.put<PreventionSettingsView>(`${BASE}/settings`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(preventionSettingsQueryOptions().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['prevention', 'training'] });
    },
  });
}

export function useSaveEmergencyPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveEmergencyPlanRequest) => apiClient.put<EmergencyPlanView>(`${BASE}/emergency-plan`, body),
    onSuccess: (saved) => queryClient.setQueryData(emergencyPlanQueryOptions().queryKey, saved),
  });
}
