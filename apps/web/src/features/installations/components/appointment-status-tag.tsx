import type { AppointmentStatus } from '@pos/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<AppointmentStatus, string> = {
  PROPOSED: 'warning',
  CONFIRMED: 'processing',
  ON_SITE: 'blue',
  TESTED: 'cyan',
  ACCEPTED: 'success',
  CANCELLED: 'default',
};

/** An installation appointment's status in plain words, in the reader's language. */
export function AppointmentStatusTag({ status, testId = 'installation-status' }: { status: AppointmentStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {t(`installations.status.${status}`)}
    </Tag>
  );
}
