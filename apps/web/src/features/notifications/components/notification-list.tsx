import type { PortalArea } from '@pos/shared';
import { App, Button, Card, Empty, Flex, Skeleton, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useMarkAllNotificationsRead, useNotifications } from '../api/notifications.api';
import { useOpenNotification } from '../hooks/use-open-notification';
import { NotificationItem } from './notification-item';

/** Every notification of the reader, newest first, with "unread only", "mark all read" and "load more". */
export function NotificationList({ area }: { area: PortalArea }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly);
  const markAll = useMarkAllNotificationsRead();
  const openNotification = useOpenNotification(area);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = list.data?.pages[0]?.unreadCount ?? 0;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex align="center" gap={8}>
          <Switch checked={unreadOnly} onChange={setUnreadOnly} data-testid="notification-unread-only" aria-label={t('notifications.page.unreadOnly')} />
          <Typography.Text>{t('notifications.page.unreadOnly')}</Typography.Text>
          {list.isSuccess && (
            <Typography.Text type="secondary" data-testid="notification-unread-total">
              · {t('notifications.page.unreadCount', { count: unreadCount })}
            </Typography.Text>
          )}
        </Flex>
        <Button
          data-testid="notification-read-all"
          disabled={unreadCount === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined, { onError: () => void message.error(t('notifications.page.readAllFailed')) })}
        >
          {t('notifications.bell.readAll')}
        </Button>
      </Flex>
      {list.isError ? (
        <LoadFailedAlert title={t('notifications.page.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          {list.isPending ? (
            <Skeleton active style={{ padding: 16 }} />
          ) : items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={unreadOnly ? t('notifications.page.emptyUnread') : t('notifications.page.empty')} style={{ padding: 24 }} />
          ) : (
            <ul role="list" style={{ margin: 0, padding: 0 }} data-testid="notification-list">
              {items.map((item) => (
                <NotificationItem key={item.id} notification={item} area={area} onOpen={openNotification} />
              ))}
            </ul>
          )}
          {list.hasNextPage && (
            <Flex justify="center" style={{ padding: 12 }}>
              <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid="notification-load-more">
                {t('notifications.page.loadMore')}
              </Button>
            </Flex>
          )}
        </Card>
      )}
    </Flex>
  );
}
