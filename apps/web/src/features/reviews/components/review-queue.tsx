import { QUEUE_STATUSES, type QueueStatus, type ReviewQueueItem, type ReviewQueueQuery } from '@pos/shared';
import { Button, Card, Empty, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { ApplicationStatusTag } from '../../../components/application-status-tag';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReviewQueue, type QueueScope, type ReviewQueueFilters } from '../api/reviews.api';
import { DueStateTag, HighRiskTag } from './due-state-tag';

type Due = NonNullable<ReviewQueueQuery['due']>;
type Assigned = NonNullable<ReviewQueueQuery['assigned']>;

const DUE_VALUES: readonly Due[] = ['overdue', 'dueSoon'];
const ASSIGNED_VALUES: readonly Assigned[] = ['me', 'unassigned'];

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The filters live in the URL, so a reviewer coming back from an application finds the queue as they left it. */
function filtersOf(params: URLSearchParams, scope: QueueScope): ReviewQueueFilters {
  return {
    status: pick<QueueStatus>(params.get('status'), QUEUE_STATUSES),
    due: pick(params.get('due'), DUE_VALUES),
    assigned: scope === 'console' ? pick(params.get('assigned'), ASSIGNED_VALUES) : undefined,
    q: params.get('q') ?? undefined,
    providerId: scope === 'admin' ? (params.get('providerId') ?? undefined) : undefined,
  };
}

interface ReviewQueueProps {
  scope: QueueScope;
  /** Where one application's review page opens. */
  applicationPath: (id: string) => string;
  /** The platform admin's provider filter. */
  providers?: readonly { id: string; name: string }[];
}

/** 审核队列: applications waiting for review, oldest due first, with filters, search and "load more". */
export function ReviewQueue({ scope, applicationPath, providers = [] }: ReviewQueueProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params, scope);
  const queue = useReviewQueue(scope, filters);
  const title = scope === 'admin' ? t('reviews.queue.adminTitle') : t('reviews.queue.title');
  useDocumentTitle(title);
  const dash = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<ReviewQueueItem> = [
    {
      title: t('reviews.queue.reference'),
      dataIndex: 'reference',
      fixed: 'start',
      render: (reference: string, row) => (
        <Link to={applicationPath(row.id)} data-testid={`queue-link-${reference}`}>
          {reference}
        </Link>
      ),
    },
    { title: t('reviews.queue.business'), dataIndex: 'businessName', render: (name: string | null) => name ?? dash },
    { title: t('reviews.queue.creditCode'), dataIndex: 'creditCode', render: (code: string | null) => code ?? dash, responsive: ['lg'] },
    ...(scope === 'admin' ? [{ title: t('reviews.queue.provider'), key: 'provider', render: (_value: unknown, row: ReviewQueueItem) => row.provider.name }] : []),
    { title: t('reviews.queue.status'), dataIndex: 'status', render: (status: QueueStatus) => <ApplicationStatusTag status={status} /> },
    { title: t('reviews.queue.terminals'), dataIndex: 'terminalCount', align: 'end' },
    { title: t('reviews.queue.risk'), dataIndex: 'highRisk', render: (highRisk: boolean) => (highRisk ? <HighRiskTag /> : dash) },
    {
      title: t('reviews.queue.submittedAt'),
      dataIndex: 'submittedAt',
      render: (at: string | null) => (at ? formatDateTime(at, locale) : dash),
      responsive: ['md'],
    },
    {
      title: t('reviews.queue.dueAt'),
      key: 'due',
      render: (_value, row) => (
        <Flex gap={6} align="center" wrap>
          <span>{row.reviewDueAt ? formatDate(row.reviewDueAt, locale) : t('common.none')}</span>
          <DueStateTag state={row.dueState} />
        </Flex>
      ),
    },
    {
      title: t('reviews.queue.claimedBy'),
      dataIndex: 'claimedBy',
      render: (claimedBy: ReviewQueueItem['claimedBy']) =>
        claimedBy ? <span data-testid="claimed-by">{claimedBy.displayName}</span> : <Typography.Text type="secondary">{t('reviews.queue.unclaimed')}</Typography.Text>,
    },
  ];

  const rows = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.status || filters.due || filters.assigned || filters.q || filters.providerId);

  const toolbar = (
    <Flex gap={8} wrap align="center">
      {scope === 'admin' && (
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 200 }}
          aria-label={t('reviews.queue.filterProvider')}
          placeholder={t('reviews.queue.allProviders')}
          value={filters.providerId}
          onChange={(value) => setFilter('providerId', value)}
          options={providers.map((provider) => ({ value: provider.id, label: provider.name }))}
          data-testid="queue-filter-provider"
        />
      )}
      <Select<QueueStatus>
        allowClear
        style={{ minWidth: 140 }}
        aria-label={t('reviews.queue.filterStatus')}
        placeholder={t('reviews.queue.allStatuses')}
        value={filters.status}
        onChange={(value) => setFilter('status', value)}
        options={QUEUE_STATUSES.map((status) => ({ value: status, label: t(`enums.applicationStatus.${status}`) }))}
        data-testid="queue-filter-status"
      />
      <Select<Due>
        allowClear
        style={{ minWidth: 140 }}
        aria-label={t('reviews.queue.filterDue')}
        placeholder={t('reviews.queue.allDue')}
        value={filters.due}
        onChange={(value) => setFilter('due', value)}
        options={[
          { value: 'overdue', label: t('reviews.queue.dueOverdue') },
          { value: 'dueSoon', label: t('reviews.queue.dueSoon') },
        ]}
        data-testid="queue-filter-due"
      />
      {scope === 'console' && (
        <Select<Assigned>
          allowClear
          style={{ minWidth: 140 }}
          aria-label={t('reviews.queue.filterAssigned')}
          placeholder={t('reviews.queue.allAssigned')}
          value={filters.assigned}
          onChange={(value) => setFilter('assigned', value)}
          options={[
            { value: 'me', label: t('reviews.queue.assignedMe') },
            { value: 'unassigned', label: t('reviews.queue.assignedUnassigned') },
          ]}
          data-testid="queue-filter-assigned"
        />
      )}
      <Input.Search
        key={filters.q ?? ''}
        allowClear
        defaultValue={filters.q}
        style={{ width: 280 }}
        maxLength={50}
        placeholder={t('reviews.queue.searchPlaceholder')}
        aria-label={t('reviews.queue.search')}
        enterButton={t('reviews.queue.search')}
        onSearch={(value) => setFilter('q', value.trim() || undefined)}
        data-testid="queue-search"
      />
      {filtered && (
        <Button type="link" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
          {t('reviews.queue.reset')}
        </Button>
      )}
    </Flex>
  );

  let body;
  if (queue.isError) {
    body = (
      <LoadFailedAlert title={t('reviews.queue.loadFailed')} error={queue.error} onRetry={() => void queue.refetch()} />
    );
  } else {
    body = (
      <>
        <Table<ReviewQueueItem>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={queue.isPending || (queue.isPlaceholderData && queue.isFetching)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reviews.queue.empty')} /> }}
          onRow={(row) => ({ 'data-testid': `queue-row-${row.reference}`, 'data-due-state': row.dueState }) as HTMLAttributes<HTMLElement>}
        />
        <Flex justify="space-between" align="center" gap={12} wrap style={{ padding: '12px 16px' }}>
          <Typography.Text type="secondary" data-testid="queue-count">
            {t('reviews.queue.shown', { count: rows.length })}
          </Typography.Text>
          {queue.hasNextPage && (
            <Button onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage} data-testid="queue-load-more">
              {t('reviews.queue.loadMore')}
            </Button>
          )}
        </Flex>
      </>
    );
  }

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{scope === 'admin' ? t('reviews.queue.adminSubtitle') : t('reviews.queue.subtitle')}</Typography.Text>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        <div style={{ padding: 16 }}>{toolbar}</div>
        {body}
      </Card>
    </Flex>
  );
}
