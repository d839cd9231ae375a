import { EnvironmentOutlined } from '@ant-design/icons';
import type { InspectionDueView } from '@pos/shared';
import { Button, Card, Empty, Flex, Segmented, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type DueFilter, useInspectionsDue } from '../api/inspections.api';

/** The windows a technician picks from; "overdue" is its own choice. */
const WINDOWS = [7, 30, 90] as const;
type WindowChoice = `${(typeof WINDOWS)[number]}` | 'overdue';

const filterOf = (choice: WindowChoice): DueFilter => (choice === 'overdue' ? { withinDays: 0, overdueOnly: true } : { withinDays: Number(choice), overdueOnly: false });

function DueCard({ item, inspectPath }: { item: InspectionDueView; inspectPath?: (terminalId: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const when = item.overdue ? t('prevention.due.overdueBy', { days: -item.daysUntilDue }) : item.daysUntilDue === 0 ? t('prevention.due.dueToday') : t('prevention.due.dueIn', { days: item.daysUntilDue });
  return (
    <Card data-testid={`due-${item.serialNumber}`} styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <Typography.Text strong style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
            {item.serialNumber}
          </Typography.Text>
          {item.overdue ? <Tag color="error">{t('prevention.due.overdue')}</Tag> : item.reminderSentAt ? <Tag color="processing">{t('prevention.due.reminded')}</Tag> : null}
        </Flex>
        <Typography.Text type={item.overdue ? 'danger' : undefined} data-testid={`due-when-${item.serialNumber}`}>
          {t('prevention.due.dueOn', { date: formatDate(item.dueDate, locale) })} · {when}
        </Typography.Text>
        <Typography.Title level={5} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {item.merchant.businessName ?? item.merchant.displayName}
        </Typography.Title>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>
          <EnvironmentOutlined /> {item.address}
        </Typography.Text>
        <Typography.Text type="secondary">
          {item.model} · {t('prevention.due.interval', { days: item.intervalDays })} ·{' '}
          {item.lastInspectionAt ? t('prevention.due.lastInspection', { date: formatDate(item.lastInspectionAt, locale) }) : t('prevention.due.neverInspected')}
        </Typography.Text>
        {inspectPath && (
          <Button size="large" type="primary" block onClick={() => navigate(inspectPath(item.terminalId))} data-testid={`inspect-${item.serialNumber}`}>
            {t('prevention.due.record')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/**
 * 终端巡检: the provider's live terminals due within a window or overdue, as one column of cards that reads on a
 * phone. `inspectPath` (the technician's) adds the button that opens the inspection form.
 */
export function InspectionsDue({ inspectPath, initialWindow = '30' }: { inspectPath?: (terminalId: string) => string; initialWindow?: WindowChoice }) {
  const { t } = useTranslation();
  useDocumentTitle(t('prevention.due.title'));
  const [choice, setChoice] = useStateChoice(initialWindow);
  const due = useInspectionsDue(filterOf(choice));
  const items = due.data?.items ?? [];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('prevention.due.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('prevention.due.subtitle')}</Typography.Text>
      </div>
      <Segmented<WindowChoice>
        block
        value={choice}
        onChange={setChoice}
        aria-label={t('prevention.due.window')}
        data-testid="due-window"
        options={[
          ...WINDOWS.map((days) => ({ value: `${days}` as WindowChoice, label: t('prevention.due.within', { days }) })),
          { value: 'overdue' as const, label: t('prevention.due.overdueOnly') },
        ]}
      />
      {due.isSuccess && (
        <Flex gap={8} wrap>
          <Tag>{t('prevention.due.total', { count: items.length })}</Tag>
          {due.data.overdueCount > 0 && (
            <Tag color="error" data-testid="overdue-count">
              {t('prevention.due.overdueCount', { count: due.data.overdueCount })}
            </Tag>
          )}
        </Flex>
      )}
      {due.isError ? (
        <LoadFailedAlert title={t('prevention.due.loadFailed')} error={due.error} onRetry={() => void due.refetch()} />
      ) : due.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <Typography.Text strong>{t('prevention.due.empty')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('prevention.due.emptyText')}</Typography.Text>
              </>
            }
          />
        </Card>
      ) : (
        <Flex vertical gap={12} data-testid="due-list">
          {items.map((item) => (
            <DueCard key={item.terminalId} item={item} inspectPath={inspectPath} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}

/** The window choice, kept in the URL's search so a reload or the back button keeps it. */
function useStateChoice(initial: WindowChoice): [WindowChoice, (choice: WindowChoice) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('window');
  const choice = value && (value === 'overdue' || (WINDOWS as readonly number[]).includes(Number(value))) ? (value as WindowChoice) : initial;
  return [choice, (next) => setParams((current) => ({ ...Object.fromEntries(current), window: next }), { replace: true })];
}
