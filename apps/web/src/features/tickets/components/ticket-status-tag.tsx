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

/**
 * A ticket's status in plain words, in the reader's language; merchant and console both use it. The words depend
 * on who reads them: the merchant's 待您回复 ("waiting for your reply") is, at the support desk, 等待商户回复.
 */
export function TicketStatusTag({ status, testId = 'ticket-status', audience = 'merchant' }: { status: TicketStatus; testId?: string; audience?: 'merchant' | 'staff' }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {audience === 'staff' ? t(`ticketDesk.status.${status}`) : t(`tickets.status.${status}`)}
    </Tag>
  );
}
