import type { PortalArea, Role } from '@pos/shared';
import { portalAreaOf } from '@pos/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, type Location } from 'react-router';
import { FullPageSpinner } from '../components/full-page-spinner';
import { CurrentUserProvider, useCurrentUser, useSession } from '../features/auth';
import { homePathOf, isPathInRoleArea } from '../lib/areas';

/** Where a guard sent the visitor from, so sign-in can bring them back. */
interface FromState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/** The root of every route: nothing renders until the page-load session restore has answered. */
export function SessionGate() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status === 'restoring') return <FullPageSpinner label={t('app.restoringSession')} />;
  return <Outlet />;
}

/** `/`: the signed-in user's home, or sign-in. */
export function HomeRedirect() {
  const session = useSession();
  return <Navigate to={session.status === 'authenticated' ? homePathOf(session.user.role) : '/login'} replace />;
}

/** Sign-in and registration: a signed-in user goes on to their area (or the deep link they started from). */
export function GuestOnly() {
  const session = useSession();
  const location = useLocation();
  if (session.status !== 'authenticated') return <Outlet />;
  const from = (location.state as FromState | null)?.from;
  const target = from && isPathInRoleArea(from.pathname, session.user.role) ? from : homePathOf(session.user.role);
  return <Navigate to={target} replace />;
}

/** An area (merchant portal, provider console, platform admin): only for the roles that land there. */
export function RequireArea({ area, children }: { area: PortalArea; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status !== 'authenticated') {
    const state: FromState = { from: { pathname: location.pathname, search: location.search, hash: location.hash } };
    return <Navigate to="/login" replace state={state} />;
  }
  if (portalAreaOf(session.user.role) !== area) return <Navigate to={homePathOf(session.user.role)} replace />;
  return <CurrentUserProvider user={session.user}>{children}</CurrentUserProvider>;
}

/** A page inside an area that only some of its roles may open; the others go back to the area's home. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser();
  if (!roles.includes(user.role)) return <Navigate to={homePathOf(user.role)} replace />;
  return children;
}
