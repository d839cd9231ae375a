import type { AgreementStatus } from '@pos/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<AgreementStatus, string> = {
  SENT: 'processing',
  MERCHANT_SIGNED: 'warning',
  COUNTERSIGNED: 'success',
  VOID: 'default',
};

/** An agreement's status in plain words. */
export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="agreement-status" data-status={status}>
      {t(`agreements.status.${status}`)}
    </Tag>
  );
}
