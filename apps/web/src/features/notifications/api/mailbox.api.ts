import type { MailboxResponse } from '@pos/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** One page of the email outbox (PLATFORM_ADMIN), newest first. */
export function fetchMailbox(cursor: string | null, signal?: AbortSignal): Promise<MailboxResponse> {
  const search = cursor ? `?${new URLSearchParams({ cursor }).toString()}` : '';
  return apiClient.get<MailboxResponse>(`/api/admin/mailbox${search}`, { signal });
}

export const mailboxQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['mailbox'] as const,
    queryFn: ({ pageParam, signal }) => fetchMailbox(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useMailbox() {
  return useInfiniteQuery(mailboxQueryOptions());
}
