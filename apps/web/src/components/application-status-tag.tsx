import type { ApplicationStatus } from '@pos/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  IN_REVIEW: 'processing',
  CHANGES_REQUESTED: 'warning',
  PENDING_SECOND_APPROVAL: 'processing',
  APPROVED: 'success',
  AGREEMENT_SENT: 'cyan',
  SIGNED: 'cyan',
  INSTALL_SCHEDULED: 'blue',
  INSTALLED: 'blue',
  LIVE: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

/** An application's status in plain words, in the reader's language. */
export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="application-status" data-status={status}>
      {t(`enums.applicationStatus.${status}`)}
    </Tag>
  );
}
