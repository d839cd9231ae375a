import type { OutboxEmailView } from '@pos/shared';
import { Alert, Button, Card, Descriptions, Drawer, Empty, Flex, Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMailbox } from '../api/mailbox.api';

const STATUS_COLOR: Record<OutboxEmailView['status'], string> = { PENDING: 'processing', SENT: 'success', FAILED: 'error' };

function EmailStatusTag({ status }: { status: OutboxEmailView['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="mailbox-status">
      {t(`notifications.mailbox.statusLabel.${status}`)}
    </Tag>
  );
}

/** 开发邮箱: the email outbox, newest first; a drawer shows one email's plain-text body. */
export function DevMailbox() {
  const { t } = useTranslation();
  const locale = useLocale();
  const screens = Grid.useBreakpoint();
  const mailbox = useMailbox();
  const [openId, setOpenId] = useState<string | null>(null);
  useDocumentTitle(t('notifications.mailbox.title'));

  const rows = mailbox.data?.pages.flatMap((page) => page.items) ?? [];
  const smtpConfigured = mailbox.data?.pages[0]?.smtpConfigured ?? true;
  const opened = rows.find((row) => row.id === openId);

  const columns: TableColumnsType<OutboxEmailView> = [
    { title: t('notifications.mailbox.to'), dataIndex: 'toAddress', render: (to: string) => <span style={{ overflowWrap: 'anywhere' }}>{to}</span> },
    {
      title: t('notifications.mailbox.subject'),
      dataIndex: 'subject',
      render: (subject: string, row) => (
        <Typography.Link onClick={() => setOpenId(row.id)} data-testid="mailbox-open" style={{ overflowWrap: 'anywhere' }}>
          {subject}
        </Typography.Link>
      ),
    },
    { title: t('notifications.mailbox.status'), dataIndex: 'status', render: (status: OutboxEmailView['status']) => <EmailStatusTag status={status} /> },
    { title: t('notifications.mailbox.attempts'), dataIndex: 'attempts', align: 'end', width: 100 },
    { title: t('notifications.mailbox.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at, locale), responsive: ['md'] },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('notifications.mailbox.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('notifications.mailbox.subtitle')}</Typography.Text>
      </div>
      {mailbox.isSuccess && !smtpConfigured && <Alert type="warning" showIcon title={t('notifications.mailbox.smtpMissing')} data-testid="mailbox-smtp-missing" />}
      {mailbox.isError ? (
        <LoadFailedAlert title={t('notifications.mailbox.loadFailed')} error={mailbox.error} onRetry={() => void mailbox.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<OutboxEmailView>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={mailbox.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.mailbox.empty')} /> }}
            onRow={(row) => ({ 'data-testid': 'mailbox-row', 'data-email-id': row.id }) as HTMLAttributes<HTMLElement>}
          />
          {mailbox.hasNextPage && (
            <Flex justify="center" style={{ padding: 12 }}>
              <Button onClick={() => void mailbox.fetchNextPage()} loading={mailbox.isFetchingNextPage} data-testid="mailbox-load-more">
                {t('notifications.mailbox.loadMore')}
              </Button>
            </Flex>
          )}
        </Card>
      )}
      <Drawer
        open={Boolean(opened)}
        onClose={() => setOpenId(null)}
        size={screens.md === false ? '100%' : 560}
        title={opened?.subject ?? t('notifications.mailbox.drawerTitle')}
        data-testid="mailbox-drawer"
      >
        {opened && (
          <Flex vertical gap={16}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'to', label: t('notifications.mailbox.to'), children: opened.toAddress },
                { key: 'status', label: t('notifications.mailbox.status'), children: <EmailStatusTag status={opened.status} /> },
                { key: 'type', label: t('notifications.mailbox.type'), children: <Typography.Text code>{opened.type}</Typography.Text> },
                { key: 'locale', label: t('notifications.mailbox.locale'), children: opened.locale },
                { key: 'attempts', label: t('notifications.mailbox.attempts'), children: opened.attempts },
                { key: 'created', label: t('notifications.mailbox.createdAt'), children: formatDateTime(opened.createdAt, locale) },
                { key: 'sent', label: t('notifications.mailbox.sentAt'), children: opened.sentAt ? formatDateTime(opened.sentAt, locale) : t('common.none') },
                ...(opened.lastError ? [{ key: 'error', label: t('notifications.mailbox.lastError'), children: <Typography.Text type="danger">{opened.lastError}</Typography.Text> }] : []),
              ]}
            />
            <div>
              <Typography.Text strong>{t('notifications.mailbox.body')}</Typography.Text>
              <pre className="mailbox-body" data-testid="mailbox-body" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '8px 0 0', padding: 12, background: 'rgba(0,0,0,0.03)', borderRadius: 8, fontFamily: 'inherit' }}>
                {opened.bodyText}
              </pre>
            </div>
          </Flex>
        )}
      </Drawer>
    </Flex>
  );
}
