import { renderNotification, type Locale, type NotificationType } from '@pos/shared';

/** A type's title without its placeholders, as the label of that type in the preferences. */
export function notificationTypeLabel(type: NotificationType, locale: Locale): string {
  return renderNotification(type, {}, locale).title.replace(/\s+/g, ' ').trim();
}
