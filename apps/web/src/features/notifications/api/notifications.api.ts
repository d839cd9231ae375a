import type { NotificationListResponse, NotificationPreferencesResponse, UnreadCountResponse } from '@pos/shared';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** How often the bell asks for the unread count while the tab is open. */
export const UNREAD_POLL_MS = 30_000;

/** How many notifications the bell's panel shows; the full page has the rest. */
export const PANEL_SIZE = 8;

/** One page of the reader's notifications, newest first; `cursor` is the previous page's `nextCursor`. */
export function fetchNotifications(cursor: string | null, unreadOnly: boolean, signal?: AbortSignal): Promise<NotificationListResponse> {
  const params = new URLSearchParams();
  if (cursor) params.set('cursor', cursor);
  if (unreadOnly) params.set('unread', 'true');
  const query = params.toString();
  const search = query ? `?${query}` : '';
  return apiClient.get<NotificationListResponse>(`/api/notifications${search}`, { signal });
}

export function fetchUnreadCount(signal?: AbortSignal): Promise<UnreadCountResponse> {
  return apiClient.get<UnreadCountResponse>('/api/notifications/unread-count', { signal });
}

export function markNotificationRead(id: string): Promise<void> {
  return apiClient.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsRead(): Promise<void> {
  return apiClient.post<void>('/api/notifications/read-all');
}

export function fetchNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferencesResponse> {
  return apiClient.get<NotificationPreferencesResponse>('/api/notifications/preferences', { signal });
}

export function saveNotificationPreferences(body: NotificationPreferencesResponse): Promise<NotificationPreferencesResponse> {
  return apiClient.put<NotificationPreferencesResponse>('/api/notifications/preferences', body);
}

export const unreadCountQueryOptions = () =>
  queryOptions({ queryKey: ['notifications', 'unread-count'] as const, queryFn: ({ signal }) => fetchUnreadCount(signal) });

/** The first page only: what the bell's panel shows. */
export const latestNotificationsQueryOptions = () =>
  queryOptions({ queryKey: ['notifications', 'latest'] as const, queryFn: ({ signal }) => fetchNotifications(null, false, signal) });

export const notificationsQueryOptions = (unreadOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: ['notifications', 'list', unreadOnly ? 'unread' : 'all'] as const,
    queryFn: ({ pageParam, signal }) => fetchNotifications(pageParam, unreadOnly, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const notificationPreferencesQueryOptions = () =>
  queryOptions({ queryKey: ['notifications', 'preferences'] as const, queryFn: ({ signal }) => fetchNotificationPreferences(signal) });

/**
 * The bell's count: polled every 30 s and asked again when the tab regains focus, so a person coming back to the
 * portal sees what arrived meanwhile. Always stale, so a focus or a remount refetches it.
 */
export function useUnreadCount() {
  return useQuery({ ...unreadCountQueryOptions(), staleTime: 0, refetchInterval: UNREAD_POLL_MS, refetchOnWindowFocus: true });
}

/** The panel's notifications, fetched each time the panel opens. */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({ ...latestNotificationsQueryOptions(), enabled, staleTime: 0 });
}

export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery(notificationsQueryOptions(unreadOnly));
}

export function useNotificationPreferences() {
  return useQuery(notificationPreferencesQueryOptions());
}

/** Lists and the count change together: after a read, everything under `notifications` except preferences is refetched. */
function useRefreshNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['notifications'], predicate: (query) => query.queryKey[1] !== 'preferences' });
}

export function useMarkNotificationRead() {
  const refresh = useRefreshNotifications();
  return useMutation({ mutationFn: markNotificationRead, onSuccess: refresh });
}

export function useMarkAllNotificationsRead() {
  const refresh = useRefreshNotifications();
  return useMutation({ mutationFn: markAllNotificationsRead, onSuccess: refresh });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationPreferences,
    onSuccess: (saved) => queryClient.setQueryData(notificationPreferencesQueryOptions().queryKey, saved),
  });
}
