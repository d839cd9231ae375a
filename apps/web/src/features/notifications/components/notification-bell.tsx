import { BellOutlined } from '@ant-design/icons';
import type { PortalArea } from '@pos/shared';
import { App, Badge, Button, Empty, Flex, Popover, Spin, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { PANEL_SIZE, useLatestNotifications, useMarkAllNotificationsRead, useUnreadCount } from '../api/notifications.api';
import { useOpenNotification } from '../hooks/use-open-notification';
import { NotificationItem } from './notification-item';

/** The header's bell: the unread count, and a panel with the latest notifications, "mark all read" and "see all". */
export function NotificationBell({ area }: { area: PortalArea }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const latest = useLatestNotifications(open);
  const markAll = useMarkAllNotificationsRead();
  const openNotification = useOpenNotification(area, () => setOpen(false));
  const count = unread.data?.count ?? 0;
  const items = latest.data?.items.slice(0, PANEL_SIZE) ?? [];
  // The list answer carries its own count, fresher than the last poll while the panel is open.
  const panelUnread = latest.data?.unreadCount ?? count;

  const panel = (
    <Flex vertical style={{ width: 'min(380px, calc(100vw - 32px))' }} data-testid="notification-panel">
      <Flex justify="space-between" align="center" style={{ padding: '10px 12px', borderBottom: `1px solid ${token.colorSplit}` }}>
        <Typography.Text strong>{t('notifications.bell.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          data-testid="notification-read-all"
          disabled={panelUnread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined, { onError: () => void message.error(t('notifications.page.readAllFailed')) })}
        >
          {t('notifications.bell.readAll')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        {latest.isPending ? (
          <Flex justify="center" style={{ padding: 24 }}>
            <Spin />
          </Flex>
        ) : latest.isError ? (
          <LoadFailedAlert title={t('notifications.bell.loadFailed')} error={latest.error} onRetry={() => void latest.refetch()} style={{ margin: 12 }} />
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.bell.empty')} style={{ padding: 16 }} />
        ) : (
          <ul role="list" style={{ margin: 0, padding: 0 }}>
            {items.map((item) => (
              <NotificationItem key={item.id} notification={item} area={area} onOpen={openNotification} compact />
            ))}
          </ul>
        )}
      </div>
      <Flex justify="center" style={{ padding: 8, borderTop: `1px solid ${token.colorSplit}` }}>
        <Link to={`/${area}/notifications`} onClick={() => setOpen(false)} data-testid="notification-see-all">
          {t('notifications.bell.seeAll')}
        </Link>
      </Flex>
    </Flex>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      content={panel}
      destroyOnHidden
      styles={{ container: { padding: 0 } }}
    >
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={count > 0 ? t('notifications.bell.ariaUnread', { count }) : t('notifications.bell.aria')}
        aria-haspopup="dialog"
        aria-expanded={open}
        icon={
          // Without unread ones there is no badge at all, rather than one fading out with the old number.
          count > 0 ? (
            <Badge
              count={
                <span
                  data-testid="notification-count"
                  style={{
                    minWidth: 18,
                    height: 18,
                    padding: '0 5px',
                    borderRadius: 9,
                    background: token.colorError,
                    color: token.colorWhite,
                    fontSize: 11,
                    lineHeight: '18px',
                    textAlign: 'center',
                    boxShadow: `0 0 0 1px ${token.colorBgContainer}`,
                  }}
                >
                  {count}
                </span>
              }
              size="small"
            >
              <BellOutlined style={{ fontSize: 18 }} />
            </Badge>
          ) : (
            <BellOutlined style={{ fontSize: 18 }} />
          )
        }
      />
    </Popover>
  );
}
