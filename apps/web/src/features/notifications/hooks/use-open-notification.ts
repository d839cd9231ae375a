import { notificationLink, type NotificationView, type PortalArea } from '@pos/shared';
import { useNavigate } from 'react-router';
import { useMarkNotificationRead } from '../api/notifications.api';

/**
 * Opening a notification: marks it read (when it is not yet) and goes to what it is about, for the reader's portal
 * area. The read is sent without waiting, so the next page starts loading at once.
 */
export function useOpenNotification(area: PortalArea, afterOpen?: () => void) {
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  return (notification: NotificationView) => {
    if (notification.readAt === null) markRead.mutate(notification.id);
    afterOpen?.();
    const link = notificationLink(notification.data, area);
    if (link) void navigate(link);
  };
}
