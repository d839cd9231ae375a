import type { CurrentUser } from '@pos/shared';
import { createContext, useContext, type ReactNode } from 'react';

const CurrentUserContext = createContext<CurrentUser | undefined>(undefined);

/** Rendered by the route guard once it knows who is signed in; everything below may rely on a user. */
export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() used outside a signed-in route');
  return user;
}
