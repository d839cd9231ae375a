import { TicketStatus, type TicketHistoryEntry } from '@pos/shared';
import { Card, Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { ticketDeskZhCN } from '../../../lib/locales/ticket-desk.zh-CN';

type HistoryAction = keyof typeof ticketDeskZhCN.ticketDesk.history.actions;

function isKnownAction(action: string): action is HistoryAction {
  return action in ticketDeskZhCN.ticketDesk.history.actions;
}

function isTicketStatus(value: string | null): value is TicketStatus {
  return value !== null && (Object.values(TicketStatus) as string[]).includes(value);
}

/** Everything that happened to the ticket, oldest first: who did what, the status it moved between, and why. */
export function TicketHistory({ entries }: { entries: readonly TicketHistoryEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const statusText = (status: string | null) => (isTicketStatus(status) ? t(`ticketDesk.status.${status}`) : (status ?? ''));
  return (
    <Card title={t('ticketDesk.history.title')} data-testid="desk-history">
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ticketDesk.history.empty')} />
      ) : (
        <Timeline
          items={entries.map((entry, index) => ({
            key: `${entry.at}-${index}`,
            content: (
              <Flex vertical gap={2} data-testid="desk-history-entry" data-action={entry.action}>
                <Typography.Text strong>{isKnownAction(entry.action) ? t(`ticketDesk.history.actions.${entry.action}`) : entry.action}</Typography.Text>
                {entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus && (
                  <Typography.Text>{t('ticketDesk.history.statusChange', { from: statusText(entry.fromStatus), to: statusText(entry.toStatus) })}</Typography.Text>
                )}
                {entry.reason && <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.reason}</Typography.Text>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(entry.at, locale)} · {entry.actor?.displayName ?? t('ticketDesk.history.system')}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
