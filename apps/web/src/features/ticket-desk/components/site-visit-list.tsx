import { EnvironmentOutlined } from '@ant-design/icons';
import type { SiteVisitStatus, SiteVisitView } from '@pos/shared';
import { Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';

const VISIT_COLOR: Record<SiteVisitStatus, string> = { SCHEDULED: 'processing', COMPLETED: 'success', CANCELLED: 'default' };

/** A site visit's status as a tag. */
export function SiteVisitStatusTag({ status }: { status: SiteVisitStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={VISIT_COLOR[status]} data-testid="visit-status" data-status={status}>
      {t(`ticketDesk.visits.status.${status}`)}
    </Tag>
  );
}

/** "2026年5月20日 09:00 – 11:00": the end's date only when it differs. */
export function useVisitWindow() {
  const locale = useLocale();
  return (visit: Pick<SiteVisitView, 'scheduledStart' | 'scheduledEnd'>) => {
    const start = formatDateTime(visit.scheduledStart, locale);
    const sameDay = dayjs(visit.scheduledStart).isSame(dayjs(visit.scheduledEnd), 'day');
    return `${start} – ${sameDay ? dayjs(visit.scheduledEnd).format('HH:mm') : formatDateTime(visit.scheduledEnd, locale)}`;
  };
}

/** The site visits of one ticket, as the desk sees them. */
export function SiteVisitList({ visits }: { visits: readonly SiteVisitView[] }) {
  const { t } = useTranslation();
  const windowText = useVisitWindow();
  if (visits.length === 0) return <Typography.Text type="secondary">{t('ticketDesk.visits.empty')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      {visits.map((visit) => (
        <Flex key={visit.id} vertical gap={2} data-testid="desk-visit">
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{windowText(visit)}</Typography.Text>
            <SiteVisitStatusTag status={visit.status} />
            <Typography.Text>{visit.technician.displayName}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary">
            <EnvironmentOutlined /> {visit.address}
          </Typography.Text>
          {visit.instructions && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{visit.instructions}</Typography.Text>}
          {visit.result && <Typography.Text type="success">{t('ticketDesk.visits.result', { result: visit.result })}</Typography.Text>}
        </Flex>
      ))}
    </Flex>
  );
}
