import type {
  ApproveRequest,
  DocumentDecisionRequest,
  RejectRequest,
  RequestChangesRequest,
  RevealableField,
  RevealFieldResponse,
  ReviewApplicationView,
  ReviewQueueQuery,
  ReviewQueueResponse,
} from '@pos/shared';
import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';

/** Whose queue: the signed-in staff member's provider, or (platform admin) every provider's. */
export type QueueScope = 'console' | 'admin';

/** The queue's filters; the admin view may narrow it to one provider. */
export type ReviewQueueFilters = Pick<ReviewQueueQuery, 'status' | 'due' | 'assigned' | 'q'> & { providerId?: string };

const QUEUE_PATH: Record<QueueScope, string> = {
  console: '/api/console/review-queue',
  admin: '/api/admin/review-queue',
};

const applicationBase = (id: string) => `/api/console/applications/${encodeURIComponent(id)}`;

/** The query string of one queue page; empty filters are left out, `providerId` only where the endpoint knows it. */
function queueSearch(scope: QueueScope, filters: ReviewQueueFilters, cursor: string | undefined): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.due) params.set('due', filters.due);
  if (filters.assigned) params.set('assigned', filters.assigned);
  const q = filters.q?.trim();
  if (q) params.set('q', q);
  if (scope === 'admin' && filters.providerId) params.set('providerId', filters.providerId);
  if (cursor) params.set('cursor', cursor);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fetchReviewQueue(scope: QueueScope, filters: ReviewQueueFilters, cursor?: string, signal?: AbortSignal): Promise<ReviewQueueResponse> {
  return apiClient.get<ReviewQueueResponse>(`${QUEUE_PATH[scope]}${queueSearch(scope, filters, cursor)}`, { signal });
}

export function fetchReviewApplication(id: string, signal?: AbortSignal): Promise<ReviewApplicationView> {
  return apiClient.get<ReviewApplicationView>(applicationBase(id), { signal });
}

export function claimApplication(id: string): Promise<ReviewApplicationView> {
  return apiClient.post<ReviewApplicationView>(`${applicationBase(id)}/claim`);
}

export function releaseApplication(id: string): Promise<ReviewApplicationView> {
  return apiClient.post<ReviewApplicationView>(`${applicationBase(id)}/release`);
}

export function decideDocument(id: string, documentId: string, body: DocumentDecisionRequest): Promise<ReviewApplicationView> {
  return apiClient.post<ReviewApplicationView>(`${applicationBase(id)}/documents/${encodeURIComponent(documentId)}/decision`, body);
}

export function requestChanges(id: string, body: RequestChangesRequest): Promise<ReviewApplicationView> {
  return apiClient.post<ReviewApplicationView>(`${applicationBase(id)}/request-changes`, body);
}

/** For a high-risk application the first approval answers PENDING_SECOND_APPROVAL; otherwise the agreement goes out. */
export function approveApplication(id: string, body: ApproveRequest): Promise<ReviewApplicationView> {
  return apiClient.post<ReviewApplicationView>(`${applicationBase(id)}/approve`, body);
}

export function rejectApplication(id: string, body: RejectRequest): Promise<ReviewApplicationView> {
  return apiClient.post<ReviewApplicationView>(`${applicationBase(id)}/reject`, body);
}

/** Retries the agreement of an APPROVED application whose generation failed. */
export function sendAgreement(id: string): Promise<ReviewApplicationView> {
  return apiClient.post<ReviewApplicationView>(`${applicationBase(id)}/send-agreement`);
}

/** One sensitive number in full; the server records every reveal. Never cached. */
export function revealField(id: string, field: RevealableField): Promise<RevealFieldResponse> {
  return apiClient.post<RevealFieldResponse>(`${applicationBase(id)}/reveal`, { field });
}

/** An uploaded document's file (its `downloadUrl`), fetched with the access token. */
export function fetchReviewDocumentBlob(downloadUrl: string): Promise<Blob> {
  return apiClient.getBlob(downloadUrl);
}

export const reviewQueueQueryOptions = (scope: QueueScope, filters: ReviewQueueFilters) =>
  infiniteQueryOptions({
    queryKey: [
      'reviews',
      'queue',
      scope,
      {
        status: filters.status ?? null,
        due: filters.due ?? null,
        assigned: filters.assigned ?? null,
        q: filters.q?.trim() || null,
        providerId: scope === 'admin' ? (filters.providerId ?? null) : null,
      },
    ] as const,
    queryFn: ({ pageParam, signal }) => fetchReviewQueue(scope, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const reviewApplicationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['reviews', 'application', id] as const, queryFn: ({ signal }) => fetchReviewApplication(id, signal) });

/** The queue, oldest-due first, one page at a time ("load more"); the current rows stay while a new filter loads. */
export function useReviewQueue(scope: QueueScope, filters: ReviewQueueFilters) {
  return useInfiniteQuery({ ...reviewQueueQueryOptions(scope, filters), placeholderData: keepPreviousData });
}

export function useReviewApplication(id: string) {
  return useQuery(reviewApplicationQueryOptions(id));
}

/** The server answers every decision with the fresh view: keep it, and let the queue be read again. */
function storeView(queryClient: QueryClient, view: ReviewApplicationView) {
  queryClient.setQueryData(reviewApplicationQueryOptions(view.id).queryKey, view);
  void queryClient.invalidateQueries({ queryKey: ['reviews', 'queue'] });
}

function useReviewMutation<TInput>(id: string, mutationFn: (input: TInput) => Promise<ReviewApplicationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => storeView(queryClient, view),
    // A refusal (claimed by someone else, moved on) means the view on screen is stale: read it again.
    onError: (error) => {
      if (!(isApiError(error) && error.status === 400)) void queryClient.invalidateQueries({ queryKey: reviewApplicationQueryOptions(id).queryKey });
    },
  });
}

export function useClaimApplication(id: string) {
  return useReviewMutation<void>(id, () => claimApplication(id));
}

export function useReleaseApplication(id: string) {
  return useReviewMutation<void>(id, () => releaseApplication(id));
}

export function useDocumentDecision(id: string) {
  return useReviewMutation<{ documentId: string } & DocumentDecisionRequest>(id, ({ documentId, ...body }) => decideDocument(id, documentId, body));
}

export function useRequestChanges(id: string) {
  return useReviewMutation<RequestChangesRequest>(id, (body) => requestChanges(id, body));
}

export function useApproveApplication(id: string) {
  return useReviewMutation<ApproveRequest>(id, (body) => approveApplication(id, body));
}

export function useRejectApplication(id: string) {
  return useReviewMutation<RejectRequest>(id, (body) => rejectApplication(id, body));
}

export function useSendAgreement(id: string) {
  return useReviewMutation<void>(id, () => sendAgreement(id));
}

export function useRevealField(id: string) {
  return useMutation({ mutationFn: (field: RevealableField) => revealField(id, field) });
}
