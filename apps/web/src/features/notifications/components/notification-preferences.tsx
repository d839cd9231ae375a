import { NOTIFICATION_TYPES, type NotificationPreferenceView, type NotificationType } from '@pos/shared';
import { Alert, App, Button, Card, Flex, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { useLocale } from '../../../lib/i18n';
import { useNotificationPreferences, useSaveNotificationPreferences } from '../api/notifications.api';
import { notificationTypeLabel } from './notification-text';

type Channel = 'inApp' | 'email';

/** The server's rows in the shared order of types; a type the server left out keeps both channels on. */
function rowsOf(items: readonly NotificationPreferenceView[]): NotificationPreferenceView[] {
  const byType = new Map(items.map((item) => [item.type, item]));
  return NOTIFICATION_TYPES.filter((type) => byType.has(type)).map((type) => byType.get(type) as NotificationPreferenceView);
}

/** 通知设置: per type of notification, whether to show it in the portal and whether to email it. */
export function NotificationPreferences({ hasEmail }: { hasEmail: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  // Local edits over the loaded rows; cleared once saved so the table shows what the server kept.
  const [edits, setEdits] = useState<Partial<Record<NotificationType, Partial<Record<Channel, boolean>>>>>({});

  if (preferences.isError) {
    return <LoadFailedAlert title={t('notifications.preferences.loadFailed')} error={preferences.error} onRetry={() => void preferences.refetch()} />;
  }

  const rows = rowsOf(preferences.data?.items ?? []).map((row) => ({ ...row, ...edits[row.type] }));
  const toggle = (type: NotificationType, channel: Channel, value: boolean) =>
    setEdits((current) => ({ ...current, [type]: { ...current[type], [channel]: value } }));

  const channelColumn = (channel: Channel): TableColumnsType<NotificationPreferenceView>[number] => ({
    title: t(`notifications.preferences.${channel}`),
    dataIndex: channel,
    width: 120,
    align: 'center',
    render: (value: boolean, row) => (
      <Switch
        checked={value}
        onChange={(checked) => toggle(row.type, channel, checked)}
        aria-label={`${notificationTypeLabel(row.type, locale)} · ${t(`notifications.preferences.${channel}`)}`}
        data-testid={`preference-${row.type}-${channel}`}
      />
    ),
  });

  const columns: TableColumnsType<NotificationPreferenceView> = [
    { title: t('notifications.preferences.type'), dataIndex: 'type', render: (type: NotificationType) => notificationTypeLabel(type, locale) },
    channelColumn('inApp'),
    channelColumn('email'),
  ];

  const onSave = () => {
    save.mutate(
      { items: rows.map(({ type, inApp, email }) => ({ type, inApp, email })) },
      {
        onSuccess: () => {
          setEdits({});
          void message.success(t('notifications.preferences.saved'));
        },
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('notifications.preferences.intro')}</Typography.Text>
      {!hasEmail && <Alert type="info" showIcon title={t('notifications.preferences.noEmail')} />}
      {save.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('notifications.preferences.saveFailed')}
          description={isApiError(save.error) ? apiErrorText(save.error, locale) : undefined}
        />
      )}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<NotificationPreferenceView>
          rowKey="type"
          columns={columns}
          dataSource={rows}
          loading={preferences.isPending}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <Flex justify="flex-end">
        <Button type="primary" onClick={onSave} loading={save.isPending} disabled={!preferences.isSuccess} data-testid="preferences-save">
          {t('notifications.preferences.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
