import type { NotificationView, PortalArea } from '@pos/shared';
import { Badge, Flex, theme, Tooltip, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { notificationText } from './notification-text';
import { relativeTimeText } from './relative-time';

interface NotificationItemProps {
  notification: NotificationView;
  /** Whose words to use for a status: the merchant's or the provider staff's. */
  area: PortalArea;
  onOpen: (notification: NotificationView) => void;
  /** The bell's panel is narrower: the body is cut to two lines there. */
  compact?: boolean;
}

/** One notification, in the reader's language: bold with a dot while unread; opening it marks it read. */
export function NotificationItem({ notification, area, onOpen, compact = false }: NotificationItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const { title, body } = notificationText(notification, locale, area, t);
  const unread = notification.readAt === null;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(notification);
    }
  };

  return (
    // The list item stays a list item (a list may only hold items); the button is inside it.
    <li className="notification-item" style={{ borderBottom: `1px solid ${token.colorSplit}`, listStyle: 'none' }}>
      <Flex
        role="button"
        tabIndex={0}
        data-testid="notification-item"
        data-unread={unread ? 'true' : 'false'}
        gap={10}
        align="flex-start"
        onClick={() => onOpen(notification)}
        onKeyDown={onKeyDown}
        style={{ padding: compact ? '10px 12px' : '12px 16px', cursor: 'pointer' }}
      >
        <Badge status={unread ? 'processing' : 'default'} style={{ visibility: unread ? 'visible' : 'hidden', paddingTop: 2 }} />
        <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong={unread} data-testid="notification-title" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Typography.Text>
          {body && (
            <Typography.Paragraph type="secondary" ellipsis={compact ? { rows: 2 } : false} style={{ margin: 0, fontWeight: unread ? 500 : undefined, overflowWrap: 'anywhere' }}>
              {body}
            </Typography.Paragraph>
          )}
          <Tooltip title={formatDateTime(notification.createdAt, locale)}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <time dateTime={notification.createdAt}>{relativeTimeText(notification.createdAt, locale) ?? t('notifications.time.justNow')}</time>
            </Typography.Text>
          </Tooltip>
        </Flex>
      </Flex>
    </li>
  );
}
