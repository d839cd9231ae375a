import type { AgreementVerification, AgreementView, SignAgreementRequest } from '@pos/shared';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The statuses the provider's agreement list can be filtered by. */
export type ConsoleAgreementStatus = 'SENT' | 'MERCHANT_SIGNED' | 'COUNTERSIGNED';
export const CONSOLE_AGREEMENT_STATUSES: readonly ConsoleAgreementStatus[] = ['SENT', 'MERCHANT_SIGNED', 'COUNTERSIGNED'];

/** The merchant's current agreement for an application; 404 (NOT_FOUND) while there is none yet. */
export function fetchApplicationAgreement(applicationId: string, signal?: AbortSignal): Promise<AgreementView> {
  return apiClient.get<AgreementView>(`/api/applications/${encodeURIComponent(applicationId)}/agreement`, { signal });
}

export function signAgreement(agreementId: string, body: SignAgreementRequest): Promise<AgreementView> {
  return apiClient.post<AgreementView>(`/api/agreements/${encodeURIComponent(agreementId)}/sign`, body);
}

/** An agreement PDF (`documentUrl` or `finalUrl`), fetched with the access token. */
export function fetchAgreementPdf(url: string): Promise<Blob> {
  return apiClient.getBlob(url);
}

export function fetchConsoleAgreements(status: ConsoleAgreementStatus | undefined, signal?: AbortSignal): Promise<{ items: AgreementView[] }> {
  const search = status ? `?${new URLSearchParams({ status }).toString()}` : '';
  return apiClient.get<{ items: AgreementView[] }>(`/api/console/agreements${search}`, { signal });
}

/** PROVIDER_ADMIN: produces the executed agreement; the application becomes SIGNED. */
export function countersignAgreement(agreementId: string): Promise<AgreementView> {
  return apiClient.post<AgreementView>(`/api/console/agreements/${encodeURIComponent(agreementId)}/countersign`);
}

/** Public: is this PDF a genuine agreement of the portal? Multipart with one part named `file`; no sign-in needed. */
export function verifyAgreementFile(file: File): Promise<AgreementVerification> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiClient.upload<AgreementVerification>('/api/agreements/verify', body);
}

export const applicationAgreementQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: ['agreements', 'application', applicationId] as const,
    queryFn: ({ signal }) => fetchApplicationAgreement(applicationId, signal),
  });

export const consoleAgreementsQueryOptions = (status: ConsoleAgreementStatus | undefined) =>
  queryOptions({
    queryKey: ['agreements', 'console', status ?? null] as const,
    queryFn: ({ signal }) => fetchConsoleAgreements(status, signal),
  });

/** Pass `enabled: false` while the application has no agreement yet (a 404 is expected then). */
export function useApplicationAgreement(applicationId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...applicationAgreementQueryOptions(applicationId), enabled });
}

export function useSignAgreement(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, ...body }: SignAgreementRequest & { agreementId: string }) => signAgreement(agreementId, body),
    onSuccess: (view) => {
      queryClient.setQueryData(applicationAgreementQueryOptions(applicationId).queryKey, view);
      // The application's timeline has a new step.
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}

/** The provider's agreements, optionally by status; the current rows stay while another filter loads. */
export function useConsoleAgreements(status: ConsoleAgreementStatus | undefined) {
  return useQuery({ ...consoleAgreementsQueryOptions(status), placeholderData: keepPreviousData });
}

export function useCountersignAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: countersignAgreement,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['agreements', 'console'] }),
  });
}

/** Fetches a PDF for saving (the executed agreement): the caller hands the Blob to the browser as a download. */
export function useDownloadAgreementPdf() {
  return useMutation({ mutationFn: fetchAgreementPdf });
}

export function useVerifyAgreement() {
  return useMutation({ mutationFn: verifyAgreementFile });
}
