import type {
  EscalateTroubleshootingRequest,
  StartTroubleshootingRequest,
  TicketDetail,
  TroubleshootingAnswerRequest,
  TroubleshootingSessionView,
} from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { idempotencyHeaders, useIdempotencyKey } from '../../../lib/use-idempotency-key';

const sessionBase = (id: string) => `/api/troubleshooting/sessions/${encodeURIComponent(id)}`;

export function startTroubleshooting(body: StartTroubleshootingRequest, idempotencyKey?: string): Promise<TroubleshootingSessionView> {
  return apiClient.post<TroubleshootingSessionView>('/api/troubleshooting/sessions', body, { headers: idempotencyKey ? idempotencyHeaders(idempotencyKey) : undefined });
}

export function fetchTroubleshootingSession(id: string, signal?: AbortSignal): Promise<TroubleshootingSessionView> {
  return apiClient.get<TroubleshootingSessionView>(sessionBase(id), { signal });
}

/** Answers the current step; a stale `stepId` (another tab moved on) gets 409. */
export function answerTroubleshootingStep(id: string, body: TroubleshootingAnswerRequest): Promise<TroubleshootingSessionView> {
  return apiClient.post<TroubleshootingSessionView>(`${sessionBase(id)}/answers`, body);
}

/** Opens a ticket from a walk that ended unsolved; the ticket carries terminal, category, code and the steps tried. */
export function escalateTroubleshooting(id: string, body: EscalateTroubleshootingRequest): Promise<TicketDetail> {
  return apiClient.post<TicketDetail>(`${sessionBase(id)}/ticket`, body);
}

export const troubleshootingSessionQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['troubleshooting', 'session', id] as const, queryFn: ({ signal }) => fetchTroubleshootingSession(id, signal) });

export function useTroubleshootingSession(id: string) {
  return useQuery(troubleshootingSessionQueryOptions(id));
}

function storeSession(queryClient: QueryClient, view: TroubleshootingSessionView) {
  queryClient.setQueryData(troubleshootingSessionQueryOptions(view.id).queryKey, view);
}

export function useStartTroubleshooting() {
  const queryClient = useQueryClient();
  const { key, renew } = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: StartTroubleshootingRequest) => startTroubleshooting(body, key),
    onSuccess: (view) => {
      renew();
      storeSession(queryClient, view);
    },
  });
}

export function useAnswerTroubleshootingStep(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TroubleshootingAnswerRequest) => answerTroubleshootingStep(sessionId, body),
    onSuccess: (view) => storeSession(queryClient, view),
  });
}

/** The session now links to its ticket, and the merchant's ticket list has one more. */
export function useEscalateTroubleshooting(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EscalateTroubleshootingRequest) => escalateTroubleshooting(sessionId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: troubleshootingSessionQueryOptions(sessionId).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    },
  });
}
