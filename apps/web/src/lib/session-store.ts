import type { CurrentUser, ErrorCode, SessionResponse } from '@pos/shared';

/**
 * What the app knows about the signed-in user. `restoring` lasts from page load until the silent refresh
 * answers; guards wait for it so a reload does not bounce a signed-in user to /login.
 */
export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; endedBy?: ErrorCode }
  | { status: 'authenticated'; user: CurrentUser };

type Listener = () => void;

export interface SessionStore {
  getState(): SessionState;
  subscribe(listener: Listener): () => void;
  /** The access token lives only here, in memory; the refresh token is an httpOnly cookie the page never sees. */
  getAccessToken(): string | undefined;
  signIn(session: SessionResponse): void;
  updateUser(user: CurrentUser): void;
  /** `endedBy` says why the session ended when the user did not ask for it (expired or revoked refresh token). */
  signOut(endedBy?: ErrorCode): void;
  /** Back to the page-load state; tests use it between cases. */
  reset(): void;
}

export function createSessionStore(): SessionStore {
  let state: SessionState = { status: 'restoring' };
  let accessToken: string | undefined;
  const listeners = new Set<Listener>();

  const set = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getAccessToken: () => accessToken,
    signIn(session) {
      accessToken = session.accessToken;
      set({ status: 'authenticated', user: session.user });
    },
    updateUser(user) {
      if (state.status === 'authenticated') set({ status: 'authenticated', user });
    },
    signOut(endedBy) {
      accessToken = undefined;
      set(endedBy ? { status: 'anonymous', endedBy } : { status: 'anonymous' });
    },
    reset() {
      accessToken = undefined;
      set({ status: 'restoring' });
    },
  };
}

/** The one session of this browser tab. */
export const sessionStore = createSessionStore();
