import type {
  AdminWebhookListResponse,
  AllowPrivateNetworkRequest,
  CreatedWebhookResponse,
  CreateWebhookRequest,
  WebhookDeliveryListResponse,
  WebhookDeliveryView,
  WebhookEndpointListResponse,
  WebhookEndpointView,
} from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { idempotencyHeaders, useIdempotencyKey } from '../../../lib/use-idempotency-key';

const endpointBase = (id: string) => `/api/console/webhooks/${encodeURIComponent(id)}`;

/** The provider's own endpoints (PROVIDER_ADMIN). */
export function fetchWebhooks(signal?: AbortSignal): Promise<WebhookEndpointListResponse> {
  return apiClient.get<WebhookEndpointListResponse>('/api/console/webhooks', { signal });
}

/** The answer is the only time the signing secret is ever shown. */
export function createWebhook(body: CreateWebhookRequest): Promise<CreatedWebhookResponse> {
  return apiClient.post<CreatedWebhookResponse>('/api/console/webhooks', body);
}

export function deleteWebhook(id: string): Promise<void> {
  return apiClient.delete(endpointBase(id));
}

export function fetchWebhookDeliveries(id: string, signal?: AbortSignal): Promise<WebhookDeliveryListResponse> {
  return apiClient.get<WebhookDeliveryListResponse>(`${endpointBase(id)}/deliveries`, { signal });
}

/** Sends a delivery's payload again, as a new delivery that points back at the original. */
export function replayWebhookDelivery(id: string, deliveryId: string, idempotencyKey?: string): Promise<WebhookDeliveryView> {
  return apiClient.post<WebhookDeliveryView>(`${endpointBase(id)}/deliveries/${encodeURIComponent(deliveryId)}/replay`, undefined, {
    headers: idempotencyKey ? idempotencyHeaders(idempotencyKey) : undefined,
  });
}

/** Every provider's endpoints (PLATFORM_ADMIN), to grant the private-network exception. */
export function fetchAdminWebhooks(signal?: AbortSignal): Promise<AdminWebhookListResponse> {
  return apiClient.get<AdminWebhookListResponse>('/api/admin/webhooks', { signal });
}

export function setWebhookPrivateNetwork(id: string, body: AllowPrivateNetworkRequest): Promise<WebhookEndpointView> {
  return apiClient.put<WebhookEndpointView>(`/api/admin/webhooks/${encodeURIComponent(id)}/private-network`, body);
}

export const webhooksQueryOptions = () =>
  queryOptions({ queryKey: ['webhooks', 'console'] as const, queryFn: ({ signal }) => fetchWebhooks(signal) });

export const webhookDeliveriesQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['webhooks', 'deliveries', id] as const, queryFn: ({ signal }) => fetchWebhookDeliveries(id, signal) });

export const adminWebhooksQueryOptions = () =>
  queryOptions({ queryKey: ['webhooks', 'admin'] as const, queryFn: ({ signal }) => fetchAdminWebhooks(signal) });

export function useWebhooks() {
  return useQuery(webhooksQueryOptions());
}

export function useWebhookDeliveries(id: string | undefined) {
  return useQuery({ ...webhookDeliveriesQueryOptions(id ?? ''), enabled: Boolean(id) });
}

export function useAdminWebhooks() {
  return useQuery(adminWebhooksQueryOptions());
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksQueryOptions().queryKey }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksQueryOptions().queryKey }),
  });
}

export function useReplayWebhookDelivery(id: string) {
  const queryClient = useQueryClient();
  const { key, renew } = useIdempotencyKey();
  return useMutation({
    mutationFn: (deliveryId: string) => replayWebhookDelivery(id, deliveryId, key),
    onSuccess: () => {
      renew();
      void queryClient.invalidateQueries({ queryKey: webhookDeliveriesQueryOptions(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: webhooksQueryOptions().queryKey });
    },
  });
}

export function useSetWebhookPrivateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, allow }: { id: string; allow: boolean }) => setWebhookPrivateNetwork(id, { allow }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminWebhooksQueryOptions().queryKey }),
  });
}
