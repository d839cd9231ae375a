import { FaultCategory, TicketPriority, TicketStatus, type TicketSummary } from '@pos/shared';
import { Button, Card, Empty, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { CategoryLabel, TicketPriorityTag, TicketStatusTag } from '../../tickets';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useTicketAssignees, useTicketQueue, type TicketQueueFilters } from '../api/ticket-desk.api';
import { SlaIndicator } from './sla-indicator';

const STATUSES = Object.values(TicketStatus);
const PRIORITIES = Object.values(TicketPriority);
const CATEGORIES = Object.values(FaultCategory);

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The filters live in the URL, so coming back from a ticket finds the queue as it was left. */
function filtersOf(params: URLSearchParams): TicketQueueFilters {
  return {
    status: pick(params.get('status'), STATUSES),
    priority: pick(params.get('priority'), PRIORITIES),
    category: pick(params.get('category'), CATEGORIES),
    assignee: params.get('assignee') || undefined,
    q: params.get('q') ?? undefined,
  };
}

/** 工单: the provider's tickets, next SLA deadline first, with filters, search and "load more". */
export function TicketQueue({ ticketPath }: { ticketPath: (id: string) => string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const queue = useTicketQueue(filters);
  const assignees = useTicketAssignees();
  useDocumentTitle(t('ticketDesk.queue.title'));

  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<TicketSummary> = [
    {
      title: t('ticketDesk.queue.reference'),
      dataIndex: 'reference',
      fixed: 'start',
      render: (reference: string, row) => (
        <Link to={ticketPath(row.id)} data-testid={`desk-link-${reference}`}>
          {reference}
        </Link>
      ),
    },
    { title: t('ticketDesk.queue.subject'), dataIndex: 'subject', render: (subject: string) => <span style={{ overflowWrap: 'anywhere' }}>{subject}</span> },
    { title: t('ticketDesk.queue.merchant'), key: 'merchant', render: (_value, row) => row.merchant.businessName ?? row.merchant.displayName },
    { title: t('ticketDesk.queue.terminal'), key: 'terminal', render: (_value, row) => row.terminal.serialNumber, responsive: ['lg'] },
    { title: t('ticketDesk.queue.category'), dataIndex: 'category', render: (category: FaultCategory) => <CategoryLabel category={category} /> },
    { title: t('ticketDesk.queue.priority'), dataIndex: 'priority', render: (priority: TicketPriority) => <TicketPriorityTag priority={priority} /> },
    { title: t('ticketDesk.queue.status'), dataIndex: 'status', render: (status: TicketStatus) => <TicketStatusTag status={status} audience="staff" /> },
    {
      title: t('ticketDesk.queue.assignee'),
      dataIndex: 'assignee',
      render: (assignee: TicketSummary['assignee']) =>
        assignee ? <span data-testid="desk-assignee">{assignee.displayName}</span> : <Typography.Text type="secondary">{t('ticketDesk.queue.unassigned')}</Typography.Text>,
    },
    { title: t('ticketDesk.queue.sla'), key: 'sla', render: (_value, row) => <SlaIndicator sla={row.sla} testId="desk-row-sla" /> },
  ];

  const rows = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.status || filters.priority || filters.category || filters.assignee || filters.q);

  const toolbar = (
    <Flex gap={8} wrap align="center">
      <Select<TicketStatus>
        allowClear
        style={{ minWidth: 160 }}
        aria-label={t('ticketDesk.queue.filterStatus')}
        placeholder={t('ticketDesk.queue.allStatuses')}
        value={filters.status}
        onChange={(value) => setFilter('status', value)}
        options={STATUSES.map((status) => ({ value: status, label: t(`ticketDesk.status.${status}`) }))}
        data-testid="desk-filter-status"
      />
      <Select<TicketPriority>
        allowClear
        style={{ minWidth: 120 }}
        aria-label={t('ticketDesk.queue.filterPriority')}
        placeholder={t('ticketDesk.queue.allPriorities')}
        value={filters.priority}
        onChange={(value) => setFilter('priority', value)}
        options={PRIORITIES.map((priority) => ({ value: priority, label: t(`tickets.priority.${priority}`) }))}
        data-testid="desk-filter-priority"
      />
      <Select<FaultCategory>
        allowClear
        style={{ minWidth: 140 }}
        aria-label={t('ticketDesk.queue.filterCategory')}
        placeholder={t('ticketDesk.queue.allCategories')}
        value={filters.category}
        onChange={(value) => setFilter('category', value)}
        options={CATEGORIES.map((category) => ({ value: category, label: t(`tickets.category.${category}`) }))}
        data-testid="desk-filter-category"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 160 }}
        aria-label={t('ticketDesk.queue.filterAssignee')}
        placeholder={t('ticketDesk.queue.allAssignees')}
        value={filters.assignee}
        onChange={(value) => setFilter('assignee', value)}
        options={[
          { value: 'me', label: t('ticketDesk.queue.assigneeMe') },
          { value: 'unassigned', label: t('ticketDesk.queue.assigneeUnassigned') },
          ...(assignees.data?.items ?? []).map((person) => ({ value: person.id, label: person.displayName })),
        ]}
        data-testid="desk-filter-assignee"
      />
      <Input.Search
        key={filters.q ?? ''}
        allowClear
        defaultValue={filters.q}
        style={{ width: 300 }}
        maxLength={60}
        placeholder={t('ticketDesk.queue.searchPlaceholder')}
        aria-label={t('ticketDesk.queue.search')}
        enterButton={t('ticketDesk.queue.search')}
        onSearch={(value) => setFilter('q', value.trim() || undefined)}
        data-testid="desk-search"
      />
      {filtered && (
        <Button type="link" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
          {t('ticketDesk.queue.reset')}
        </Button>
      )}
    </Flex>
  );

  const body = queue.isError ? (
    <LoadFailedAlert title={t('ticketDesk.queue.loadFailed')} error={queue.error} onRetry={() => void queue.refetch()} style={{ margin: 16 }} />
  ) : (
    <div data-testid="desk-queue">
      <Table<TicketSummary>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={queue.isPending || (queue.isPlaceholderData && queue.isFetching)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ticketDesk.queue.empty')} /> }}
        onRow={(row) => ({ 'data-testid': `desk-row-${row.reference}`, 'data-sla-state': row.sla.state }) as HTMLAttributes<HTMLElement>}
      />
      <Flex justify="space-between" align="center" gap={12} wrap style={{ padding: '12px 16px' }}>
        <Typography.Text type="secondary" data-testid="desk-count">
          {t('ticketDesk.queue.shown', { count: rows.length })}
        </Typography.Text>
        {queue.hasNextPage && (
          <Button onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage} data-testid="desk-load-more">
            {t('ticketDesk.queue.loadMore')}
          </Button>
        )}
      </Flex>
    </div>
  );

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('ticketDesk.queue.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('ticketDesk.queue.subtitle')}</Typography.Text>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        <div style={{ padding: 16 }}>{toolbar}</div>
        {body}
      </Card>
    </Flex>
  );
}
