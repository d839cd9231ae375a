import type { AgreementTemplateView, CreateAgreementTemplateRequest } from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { idempotencyHeaders, useIdempotencyKey } from '../../../lib/use-idempotency-key';

const PATH = '/api/console/provider/agreement-templates';

export function fetchAgreementTemplates(signal?: AbortSignal): Promise<{ items: AgreementTemplateView[] }> {
  return apiClient.get<{ items: AgreementTemplateView[] }>(PATH, { signal });
}

/** Publishes a new version; earlier versions stay (generated agreements refer to them). */
export function publishAgreementTemplate(body: CreateAgreementTemplateRequest, idempotencyKey?: string): Promise<AgreementTemplateView> {
  return apiClient.post<AgreementTemplateView>(PATH, body, { headers: idempotencyKey ? idempotencyHeaders(idempotencyKey) : undefined });
}

export const agreementTemplatesQueryOptions = () =>
  queryOptions({ queryKey: ['console', 'provider', 'agreement-templates'] as const, queryFn: ({ signal }) => fetchAgreementTemplates(signal) });

/** Every published template version. */
export function useAgreementTemplates() {
  return useQuery(agreementTemplatesQueryOptions());
}

export function usePublishAgreementTemplate() {
  const queryClient = useQueryClient();
  const { key, renew } = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateAgreementTemplateRequest) => publishAgreementTemplate(body, key),
    onSuccess: () => {
      renew();
      void queryClient.invalidateQueries({ queryKey: agreementTemplatesQueryOptions().queryKey });
    },
  });
}
