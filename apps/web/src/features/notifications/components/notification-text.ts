import {
  renderNotification,
  TicketStatus,
  type Locale,
  type NotificationData,
  type NotificationType,
  type NotificationView,
  type PortalArea,
} from '@pos/shared';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../../../lib/format';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TICKET_STATUSES = new Set<string>(Object.values(TicketStatus));

/** A type's title without its placeholders, as the label of that type in the preferences. */
export function notificationTypeLabel(type: NotificationType, locale: Locale): string {
  return renderNotification(type, {}, locale).title.replace(/\s+/g, ' ').trim();
}

/**
 * The event data as words for the reader: the API stores times as ISO strings and a ticket status as its code,
 * which the shared templates would otherwise print as they are.
 */
function readableData(data: NotificationData, locale: Locale, area: PortalArea, t: TFunction): NotificationData {
  const readable: NotificationData = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') readable[key] = value;
    else if (key === 'status' && TICKET_STATUSES.has(value)) {
      const status = value as TicketStatus;
      readable[key] = area === 'merchant' ? t(`tickets.status.${status}`) : t(`ticketDesk.status.${status}`);
    } else if (ISO_TIMESTAMP.test(value)) readable[key] = formatDateTime(value, locale);
    else if (ISO_DATE.test(value)) readable[key] = formatDate(value, locale);
    else readable[key] = value;
  }
  return readable;
}

/** Title and body of a notification in the reader's language, with its times and codes in words. */
export function notificationText(notification: NotificationView, locale: Locale, area: PortalArea, t: TFunction): { title: string; body: string } {
  return renderNotification(notification.type, readableData(notification.data, locale, area, t), locale);
}
