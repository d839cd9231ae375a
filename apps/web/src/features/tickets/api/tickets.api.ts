import type {
  CreateTicketRequest,
  RateTicketRequest,
  TicketAttachmentView,
  TicketDetail,
  TicketListResponse,
  TicketMessageRequest,
} from '@pos/shared';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, type UploadProgress } from '../../../lib/api-client';
import { idempotencyHeaders, newIdempotencyKey, useIdempotencyKey } from '../../../lib/use-idempotency-key';

const ticketBase = (id: string) => `/api/tickets/${encodeURIComponent(id)}`;

/** One page of the merchant's tickets, newest first; `cursor` is the previous page's `nextCursor`. */
export function fetchMyTickets(cursor: string | null, signal?: AbortSignal): Promise<TicketListResponse> {
  const search = cursor ? `?${new URLSearchParams({ cursor }).toString()}` : '';
  return apiClient.get<TicketListResponse>(`/api/tickets${search}`, { signal });
}

export function fetchTicket(id: string, signal?: AbortSignal): Promise<TicketDetail> {
  return apiClient.get<TicketDetail>(ticketBase(id), { signal });
}

/** A ticket opened directly, without walking a troubleshooting tree. */
export function createTicket(body: CreateTicketRequest, idempotencyKey?: string): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>('/api/tickets', body, { headers: idempotencyKey ? idempotencyHeaders(idempotencyKey) : undefined });
}

/** A merchant's reply; it reopens a resolved ticket and resumes one that waited on the merchant. */
export function sendTicketMessage(id: string, body: Omit<TicketMessageRequest, 'internal'>, idempotencyKey?: string): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${ticketBase(id)}/messages`, body, { headers: idempotencyKey ? idempotencyHeaders(idempotencyKey) : undefined });
}

export interface UploadTicketAttachmentInput {
  ticketId: string;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** Multipart upload with one part named `file`; the returned id goes into the next message's `attachmentIds`. */
export function uploadTicketAttachment({ ticketId, file, onProgress, signal }: UploadTicketAttachmentInput): Promise<TicketAttachmentView> {
  const body = new FormData();
  body.append('file', file, file.name);
  // One key per file: a multipart body is known to the server by its key alone (ADR 0015).
  return apiClient.upload<TicketAttachmentView>(`${ticketBase(ticketId)}/attachments`, body, { onProgress, signal, headers: idempotencyHeaders(newIdempotencyKey()) });
}

/** An attachment's file, fetched with the access token (a plain link would carry none). */
export function fetchTicketAttachment(ticketId: string, attachmentId: string): Promise<Blob> {
  return apiClient.getBlob(`${ticketBase(ticketId)}/attachments/${encodeURIComponent(attachmentId)}`);
}

export function rateTicket(id: string, body: RateTicketRequest): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${ticketBase(id)}/rate`, body);
}

/** Withdraws a ticket nobody has picked up yet (status OPEN). */
export function cancelTicket(id: string): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${ticketBase(id)}/cancel`);
}

export const myTicketsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['tickets', 'mine'] as const,
    queryFn: ({ pageParam, signal }) => fetchMyTickets(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const ticketQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['tickets', 'detail', id] as const, queryFn: ({ signal }) => fetchTicket(id, signal) });

export function useMyTickets() {
  return useInfiniteQuery(myTicketsQueryOptions());
}

export function useTicket(id: string) {
  return useQuery(ticketQueryOptions(id));
}

/** Keeps the ticket in step with the answer; its row in the list (status, SLA) may have changed with it. */
function storeTicket(queryClient: QueryClient, ticket: TicketDetail) {
  queryClient.setQueryData(ticketQueryOptions(ticket.id).queryKey, ticket);
  void queryClient.invalidateQueries({ queryKey: myTicketsQueryOptions().queryKey });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  const { key, renew } = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateTicketRequest) => createTicket(body, key),
    onSuccess: (ticket) => {
      renew();
      storeTicket(queryClient, ticket);
    },
  });
}

export function useSendTicketMessage(ticketId: string) {
  const queryClient = useQueryClient();
  const { key, renew } = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: Omit<TicketMessageRequest, 'internal'>) => sendTicketMessage(ticketId, body, key),
    onSuccess: (ticket) => {
      renew();
      storeTicket(queryClient, ticket);
    },
  });
}

export function useUploadTicketAttachment(ticketId: string) {
  return useMutation({ mutationFn: (input: Omit<UploadTicketAttachmentInput, 'ticketId'>) => uploadTicketAttachment({ ...input, ticketId }) });
}

export function useDownloadTicketAttachment(ticketId: string) {
  return useMutation({ mutationFn: (attachmentId: string) => fetchTicketAttachment(ticketId, attachmentId) });
}

export function useRateTicket(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: RateTicketRequest) => rateTicket(ticketId, body), onSuccess: (ticket) => storeTicket(queryClient, ticket) });
}

export function useCancelTicket(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => cancelTicket(ticketId), onSuccess: (ticket) => storeTicket(queryClient, ticket) });
}
