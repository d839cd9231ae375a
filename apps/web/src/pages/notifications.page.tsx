import { portalAreaOf } from '@pos/shared';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../features/auth';
import { NotificationCentre } from '../features/notifications';

/** /<area>/notifications?tab=preferences: the notification centre of whoever is signed in, in their portal area. */
export function NotificationsPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'preferences' ? 'preferences' : 'list';
  return (
    <NotificationCentre
      area={portalAreaOf(user.role)}
      hasEmail={Boolean(user.email)}
      tab={tab}
      onTabChange={(next) => setParams(next === 'preferences' ? { tab: next } : {}, { replace: true })}
    />
  );
}
