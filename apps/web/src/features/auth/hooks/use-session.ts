import { useSyncExternalStore } from 'react';
import { sessionStore, type SessionState } from '../../../lib/session-store';

/** The session as React state. */
export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}
