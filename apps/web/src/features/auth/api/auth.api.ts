import type { CurrentUser, Locale, LoginRequest, RegisterRequest, SessionResponse } from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session-store';

export function login(body: LoginRequest): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/api/auth/login', body);
}

export function register(body: RegisterRequest): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/api/auth/register', body);
}

export function logout(): Promise<void> {
  return apiClient.post<void>('/api/auth/logout');
}

export function fetchMe(signal?: AbortSignal): Promise<CurrentUser> {
  return apiClient.get<CurrentUser>('/api/me', { signal });
}

/** Saves the interface language on the account, so it follows the user to other devices and into emails. */
export function updateMyLocale(locale: Locale): Promise<CurrentUser> {
  return apiClient.patch<CurrentUser>('/api/me', { locale });
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['me'] as const, queryFn: ({ signal }) => fetchMe(signal) });

/** The signed-in account as the server sees it now (the session already holds a copy from sign-in). */
export function useMe() {
  return useQuery(meQueryOptions());
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: (session) => sessionStore.signIn(session) });
}

export function useRegister() {
  return useMutation({ mutationFn: register, onSuccess: (session) => sessionStore.signIn(session) });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Sign out locally even when the server cannot be reached: the user asked to leave.
    onSettled: () => {
      sessionStore.signOut();
      queryClient.clear();
    },
  });
}
