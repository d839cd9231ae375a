import type {
  ApplicationDocumentView,
  ApplicationListResponse,
  ApplicationView,
  CreateApplicationRequest,
  DocumentType,
  SaveApplicationDraftRequest,
} from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, type UploadProgress } from '../../../lib/api-client';
import { idempotencyHeaders, useIdempotencyKey } from '../../../lib/use-idempotency-key';

const base = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

export function fetchApplications(signal?: AbortSignal): Promise<ApplicationListResponse> {
  return apiClient.get<ApplicationListResponse>('/api/applications', { signal });
}

export function fetchApplication(id: string, signal?: AbortSignal): Promise<ApplicationView> {
  return apiClient.get<ApplicationView>(base(id), { signal });
}

/** `idempotencyKey`: one per user action, so a double click opens one draft (ADR 0015). */
export function createApplication(body: CreateApplicationRequest, idempotencyKey?: string): Promise<ApplicationView> {
  return apiClient.post<ApplicationView>('/api/applications', body, { headers: idempotencyKey ? idempotencyHeaders(idempotencyKey) : undefined });
}

export function saveApplicationDraft(id: string, body: SaveApplicationDraftRequest): Promise<ApplicationView> {
  return apiClient.patch<ApplicationView>(base(id), body);
}

export function submitApplication(id: string): Promise<ApplicationView> {
  return apiClient.post<ApplicationView>(`${base(id)}/submit`);
}

export function withdrawApplication(id: string): Promise<ApplicationView> {
  return apiClient.post<ApplicationView>(`${base(id)}/withdraw`);
}

export interface UploadDocumentInput {
  applicationId: string;
  documentType: DocumentType;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** Multipart upload with one part named `file`; replaces the current document of that type. */
export function uploadApplicationDocument({ applicationId, documentType, file, onProgress, signal }: UploadDocumentInput): Promise<ApplicationDocumentView> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiClient.upload<ApplicationDocumentView>(`${base(applicationId)}/documents/${documentType}`, body, { onProgress, signal });
}

export function deleteApplicationDocument(applicationId: string, documentId: string): Promise<void> {
  return apiClient.delete(`${base(applicationId)}/documents/${encodeURIComponent(documentId)}`);
}

/** The file behind a document's `downloadUrl`, fetched with the access token (a plain link would carry none). */
export function fetchDocumentBlob(downloadUrl: string): Promise<Blob> {
  return apiClient.getBlob(downloadUrl);
}

export const applicationsQueryOptions = () =>
  queryOptions({ queryKey: ['applications', 'list'] as const, queryFn: ({ signal }) => fetchApplications(signal) });

export const applicationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['applications', 'detail', id] as const, queryFn: ({ signal }) => fetchApplication(id, signal) });

/** Keeps the cached application in step with the one the server just returned, and the list due for a refetch. */
function storeApplication(queryClient: QueryClient, view: ApplicationView) {
  queryClient.setQueryData(applicationQueryOptions(view.id).queryKey, view);
  void queryClient.invalidateQueries({ queryKey: applicationsQueryOptions().queryKey });
}

/** The signed-in merchant's applications, newest first. */
export function useApplications() {
  return useQuery(applicationsQueryOptions());
}

export function useApplication(id: string) {
  return useQuery(applicationQueryOptions(id));
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  const { key, renew } = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateApplicationRequest) => createApplication(body, key),
    onSuccess: (view) => {
      renew();
      storeApplication(queryClient, view);
    },
  });
}

export function useSaveApplicationDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveApplicationDraftRequest) => saveApplicationDraft(id, body),
    onSuccess: (view) => storeApplication(queryClient, view),
  });
}

export function useSubmitApplication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => submitApplication(id), onSuccess: (view) => storeApplication(queryClient, view) });
}

export function useWithdrawApplication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => withdrawApplication(id), onSuccess: (view) => storeApplication(queryClient, view) });
}

/** After a document changes, the application's documents and `missing` list change with it: read it again. */
function useRefreshApplication(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: applicationQueryOptions(id).queryKey });
}

export function useUploadDocument(applicationId: string) {
  const refresh = useRefreshApplication(applicationId);
  return useMutation({
    mutationFn: (input: Omit<UploadDocumentInput, 'applicationId'>) => uploadApplicationDocument({ ...input, applicationId }),
    onSuccess: () => refresh(),
  });
}

export function useDeleteDocument(applicationId: string) {
  const refresh = useRefreshApplication(applicationId);
  return useMutation({
    mutationFn: (documentId: string) => deleteApplicationDocument(applicationId, documentId),
    onSuccess: () => refresh(),
  });
}
