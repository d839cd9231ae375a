import type { TicketSlaView } from '@pos/shared';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { relativeDue, SLA_COLOR } from './sla-time';

/**
 * The deadline that matters now as a coloured tag: relative time to `nextDueAt`, the colour from the SLA state.
 * A paused clock or a met target says so instead of counting.
 */
export function SlaIndicator({ sla, testId = 'desk-sla' }: { sla: TicketSlaView; testId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  let text: string;
  if (sla.state === 'PAUSED') text = t('ticketDesk.sla.paused');
  else if (sla.state === 'MET') text = t('ticketDesk.sla.met');
  else if (sla.nextDueAt) text = relativeDue(sla.nextDueAt, t);
  else text = t('ticketDesk.sla.noDeadline');
  const tag = (
    <Tag color={SLA_COLOR[sla.state]} data-testid={testId} data-state={sla.state}>
      {text}
    </Tag>
  );
  return sla.nextDueAt ? <Tooltip title={`${t(`ticketDesk.slaState.${sla.state}`)} · ${formatDateTime(sla.nextDueAt, locale)}`}>{tag}</Tooltip> : tag;
}
