import type { DueState } from '@pos/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const DUE_COLOR: Record<DueState, string> = { OVERDUE: 'error', DUE_SOON: 'warning', ON_TRACK: 'success' };

/** How close an application is to its review due date: 逾期 / 即将到期 / 正常. */
export function DueStateTag({ state }: { state: DueState }) {
  const { t } = useTranslation();
  return (
    <Tag color={DUE_COLOR[state]} data-testid="due-state" data-state={state}>
      {t(`reviews.dueState.${state}`)}
    </Tag>
  );
}

/** The red "high risk" mark of an application that needs two approvals. */
export function HighRiskTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="high-risk">
      {t('reviews.highRisk')}
    </Tag>
  );
}
