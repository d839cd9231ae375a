import type { TicketStatus } from '@pos/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<TicketStatus, string> = {
  OPEN: 'warning',
  IN_PROGRESS: 'processing',
  WAITING_ON_MERCHANT: 'magenta',
  WAITING_ON_THIRD_PARTY: 'purple',
  RESOLVED: 'success',
  REOPENED: 'orange',
  CLOSED: 'default',
};

/** A ticket's status in plain words, in the reader's language; merchant and console both use it. */
export function TicketStatusTag({ status, testId = 'ticket-status' }: { status: TicketStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {t(`tickets.status.${status}`)}
    </Tag>
  );
}
