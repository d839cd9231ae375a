import type { TicketSlaView } from '@pos/shared';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/i18n';
import { formatBeijingDateTime } from './beijing-time';

/**
 * When the provider is next expected to answer: the SLA's current deadline in Beijing time, "paused" while the
 * ticket waits on the merchant or a third party, a dash once nothing is due.
 */
export function NextResponse({ sla, testId = 'ticket-next-response' }: { sla: TicketSlaView; testId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (sla.state === 'PAUSED') {
    return (
      <Tag data-testid={testId} data-state={sla.state}>
        {t('tickets.sla.paused')}
      </Tag>
    );
  }
  if (!sla.nextDueAt) {
    return (
      <Typography.Text type="secondary" data-testid={testId} data-state={sla.state}>
        {t('common.none')}
      </Typography.Text>
    );
  }
  return (
    <span data-testid={testId} data-state={sla.state}>
      <Typography.Text type={sla.state === 'BREACHED' ? 'danger' : undefined}>
        {t('tickets.sla.at', { time: formatBeijingDateTime(sla.nextDueAt, locale) })}
      </Typography.Text>
      {sla.state === 'BREACHED' && (
        <Tag color="error" style={{ marginInlineStart: 6 }}>
          {t('tickets.sla.overdue')}
        </Tag>
      )}
    </span>
  );
}
