import { AlertOutlined, FormOutlined } from '@ant-design/icons';
import type { TicketSummary } from '@pos/shared';
import { Button, Card, Empty, Flex, Skeleton, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyTickets } from '../api/tickets.api';
import { NextResponse } from './next-response';
import { TicketStatusTag } from './ticket-status-tag';

interface MyTicketsProps {
  ticketPath: (ticketId: string) => string;
  newTicketPath: string;
  troubleshootPath: string;
}

/** 我的报修: the merchant's tickets, newest first, with where each stands and when the provider should answer. */
export function MyTickets({ ticketPath, newTicketPath, troubleshootPath }: MyTicketsProps) {
  const { t } = useTranslation();
  const tickets = useMyTickets();
  useDocumentTitle(t('tickets.list.title'));
  const items = tickets.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960, width: '100%', margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-end" gap={12} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {t('tickets.list.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('tickets.list.subtitle')}</Typography.Text>
        </div>
        <Flex gap={8} wrap>
          <Link to={troubleshootPath}>
            <Button size="large" icon={<AlertOutlined />}>
              {t('tickets.list.troubleshoot')}
            </Button>
          </Link>
          <Link to={newTicketPath}>
            <Button type="primary" size="large" icon={<FormOutlined />} data-testid="ticket-new">
              {t('tickets.list.new')}
            </Button>
          </Link>
        </Flex>
      </Flex>
      {tickets.isError ? (
        <LoadFailedAlert title={t('tickets.list.loadFailed')} error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : tickets.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : items.length === 0 ? (
        <Card>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <Typography.Text strong>{t('tickets.list.empty')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('tickets.list.emptyText')}</Typography.Text>
              </>
            }
          />
        </Card>
      ) : (
        <Card styles={{ body: { paddingBlock: 0 } }}>
          <div data-testid="ticket-list">
            <PlainList>
              {items.map((ticket) => (
                <TicketRow key={ticket.id} ticket={ticket} to={ticketPath(ticket.id)} />
              ))}
            </PlainList>
          </div>
          {tickets.hasNextPage && (
            <Flex justify="center" style={{ padding: '12px 0' }}>
              <Button size="large" loading={tickets.isFetchingNextPage} onClick={() => void tickets.fetchNextPage()} data-testid="ticket-load-more">
                {t('tickets.list.loadMore')}
              </Button>
            </Flex>
          )}
        </Card>
      )}
    </Flex>
  );
}

/** One ticket as a tappable block: a phone has no room for a table's columns. */
function TicketRow({ ticket, to }: { ticket: TicketSummary; to: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const label = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  return (
    <PlainListItem data-testid={`ticket-row-${ticket.reference}`}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Link to={to} style={{ fontSize: 16, fontWeight: 600, color: token.colorLink }}>
            {ticket.subject}
          </Link>
          <TicketStatusTag status={ticket.status} />
        </Flex>
        <Flex gap={16} wrap style={{ rowGap: 4 }}>
          <span>
            {label(t('tickets.list.reference'))} <Typography.Text>{ticket.reference}</Typography.Text>
          </span>
          <span>
            {label(t('tickets.list.category'))} <Typography.Text>{t(`tickets.category.${ticket.category}`)}</Typography.Text>
          </span>
          <span>
            {label(t('tickets.list.terminal'))} <Typography.Text>{ticket.terminal.serialNumber}</Typography.Text>
          </span>
          <span>
            {label(t('tickets.list.createdAt'))} <Typography.Text>{formatDateTime(ticket.createdAt, locale)}</Typography.Text>
          </span>
          <span>
            {label(t('tickets.list.nextResponse'))} <NextResponse sla={ticket.sla} />
          </span>
        </Flex>
      </Flex>
    </PlainListItem>
  );
}
