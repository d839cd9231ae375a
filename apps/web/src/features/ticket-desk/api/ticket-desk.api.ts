import type {
  AssignTicketRequest,
  DispatchSiteVisitRequest,
  FaultCategory,
  MergeTicketRequest,
  TicketAttachmentView,
  TicketDetail,
  TicketListResponse,
  TicketMessageRequest,
  TicketPerson,
  TicketPriority,
  TicketPriorityRequest,
  TicketQueueQuery,
  TicketStatus,
  TicketTransitionRequest,
} from '@pos/shared';
import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';
import { idempotencyHeaders, newIdempotencyKey, useIdempotencyKey } from '../../../lib/use-idempotency-key';

/** The queue's filters as the URL keeps them; `assignee` is a user id, "me" or "unassigned". */
export interface TicketQueueFilters {
  status?: TicketStatus;
  priority?: TicketPriority;
  category?: FaultCategory;
  assignee?: string;
  q?: string;
}

/** One of the provider's own technicians, as GET /api/console/technicians lists them. */
export interface DeskTechnician {
  id: string;
  displayName: string;
  mobile: string | null;
}

const base = (id: string) => `/api/console/tickets/${encodeURIComponent(id)}`;

/** The query string of one queue page; empty filters are left out. */
function queueSearch(filters: TicketQueueFilters, cursor: string | undefined): string {
  const query: TicketQueueQuery = { ...filters, q: filters.q?.trim() || undefined, cursor };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fetchTicketQueue(filters: TicketQueueFilters, cursor?: string, signal?: AbortSignal): Promise<TicketListResponse> {
  return apiClient.get<TicketListResponse>(`/api/console/tickets${queueSearch(filters, cursor)}`, { signal });
}

export function fetchTicketAssignees(signal?: AbortSignal): Promise<{ items: TicketPerson[] }> {
  return apiClient.get<{ items: TicketPerson[] }>('/api/console/ticket-assignees', { signal });
}

export function fetchDeskTicket(id: string, signal?: AbortSignal): Promise<TicketDetail> {
  return apiClient.get<TicketDetail>(base(id), { signal });
}

export function fetchDeskTechnicians(signal?: AbortSignal): Promise<{ items: DeskTechnician[] }> {
  return apiClient.get<{ items: DeskTechnician[] }>('/api/console/technicians', { signal });
}

export function postTicketMessage(id: string, body: TicketMessageRequest, idempotencyKey?: string): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${base(id)}/messages`, body, { headers: idempotencyKey ? idempotencyHeaders(idempotencyKey) : undefined });
}

/** Multipart with one part named `file`; the answer's id goes into the next message's `attachmentIds`. */
export function uploadTicketAttachment(id: string, file: File, signal?: AbortSignal): Promise<TicketAttachmentView> {
  const body = new FormData();
  body.append('file', file);
  // One key per file: a multipart body is known to the server by its key alone (ADR 0015).
  return apiClient.upload<TicketAttachmentView>(`${base(id)}/attachments`, body, { signal, headers: idempotencyHeaders(newIdempotencyKey()) });
}

/** An attachment's file, fetched with the access token (a plain link would carry none). */
export function fetchTicketAttachmentBlob(ticketId: string, attachmentId: string): Promise<Blob> {
  return apiClient.getBlob(`${base(ticketId)}/attachments/${encodeURIComponent(attachmentId)}`);
}

export function transitionTicket(id: string, body: TicketTransitionRequest): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${base(id)}/transition`, body);
}

export function assignTicket(id: string, body: AssignTicketRequest): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${base(id)}/assign`, body);
}

export function setTicketPriority(id: string, body: TicketPriorityRequest): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${base(id)}/priority`, body);
}

export function mergeTicket(id: string, body: MergeTicketRequest): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${base(id)}/merge`, body);
}

export function dispatchSiteVisit(id: string, body: DispatchSiteVisitRequest): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${base(id)}/site-visits`, body);
}

export const ticketQueueQueryOptions = (filters: TicketQueueFilters) =>
  infiniteQueryOptions({
    queryKey: [
      'ticket-desk',
      'queue',
      {
        status: filters.status ?? null,
        priority: filters.priority ?? null,
        category: filters.category ?? null,
        assignee: filters.assignee ?? null,
        q: filters.q?.trim() || null,
      },
    ] as const,
    queryFn: ({ pageParam, signal }) => fetchTicketQueue(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const ticketAssigneesQueryOptions = () =>
  queryOptions({ queryKey: ['ticket-desk', 'assignees'] as const, queryFn: ({ signal }) => fetchTicketAssignees(signal), staleTime: 5 * 60_000 });

export const deskTicketQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['ticket-desk', 'ticket', id] as const, queryFn: ({ signal }) => fetchDeskTicket(id, signal) });

export const deskTechniciansQueryOptions = () =>
  queryOptions({ queryKey: ['ticket-desk', 'technicians'] as const, queryFn: ({ signal }) => fetchDeskTechnicians(signal) });

/** The queue, most urgent deadline first, one page at a time; the current rows stay while a new filter loads. */
export function useTicketQueue(filters: TicketQueueFilters) {
  return useInfiniteQuery({ ...ticketQueueQueryOptions(filters), placeholderData: keepPreviousData });
}

/** Support staff and provider admins: whom a ticket can be assigned to. */
export function useTicketAssignees() {
  return useQuery(ticketAssigneesQueryOptions());
}

export function useDeskTicket(id: string) {
  return useQuery(deskTicketQueryOptions(id));
}

export function useDeskTechnicians(enabled = true) {
  return useQuery({ ...deskTechniciansQueryOptions(), enabled });
}

/** Every change answers with the fresh ticket: keep it, and let the queue be read again. */
function storeTicket(queryClient: QueryClient, ticket: TicketDetail) {
  queryClient.setQueryData(deskTicketQueryOptions(ticket.id).queryKey, ticket);
  void queryClient.invalidateQueries({ queryKey: ['ticket-desk', 'queue'] });
}

function useTicketMutation<TInput>(id: string, mutationFn: (input: TInput) => Promise<TicketDetail>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (ticket) => {
      onDone?.();
      storeTicket(queryClient, ticket);
    },
    // A refusal other than a field error (moved on by a colleague) means the ticket on screen is stale.
    onError: (error) => {
      if (!(isApiError(error) && error.status === 400)) void queryClient.invalidateQueries({ queryKey: deskTicketQueryOptions(id).queryKey });
    },
  });
}

export function usePostTicketMessage(id: string) {
  const { key, renew } = useIdempotencyKey();
  return useTicketMutation<TicketMessageRequest>(id, (body) => postTicketMessage(id, body, key), renew);
}

export function useUploadTicketAttachment(id: string) {
  return useMutation({ mutationFn: (file: File) => uploadTicketAttachment(id, file) });
}

export function useTransitionTicket(id: string) {
  return useTicketMutation<TicketTransitionRequest>(id, (body) => transitionTicket(id, body));
}

export function useAssignTicket(id: string) {
  return useTicketMutation<AssignTicketRequest>(id, (body) => assignTicket(id, body));
}

export function useSetTicketPriority(id: string) {
  return useTicketMutation<TicketPriorityRequest>(id, (body) => setTicketPriority(id, body));
}

export function useMergeTicket(id: string) {
  return useTicketMutation<MergeTicketRequest>(id, (body) => mergeTicket(id, body));
}

export function useDispatchSiteVisit(id: string) {
  return useTicketMutation<DispatchSiteVisitRequest>(id, (body) => dispatchSiteVisit(id, body));
}
