/** Notifications: the header bell, the notification centre with preferences, and the development mailbox. */
export {
  fetchNotifications,
  fetchUnreadCount,
  notificationPreferencesQueryOptions,
  notificationsQueryOptions,
  unreadCountQueryOptions,
  useNotifications,
  useUnreadCount,
} from './api/notifications.api';
export { mailboxQueryOptions, useMailbox } from './api/mailbox.api';
export { DevMailbox } from './components/dev-mailbox';
export { NotificationBell } from './components/notification-bell';
export { NotificationCentre } from './components/notification-centre';
