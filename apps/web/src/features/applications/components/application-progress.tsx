import { ApplicationStatus, type ApplicationView } from '@pos/shared';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { ApplicationTimeline } from '../../../components/application-timeline';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useApplicationTimeline } from '../api/application-timeline.api';

/** While a decision is awaited, the merchant sees by when to expect it. */
const AWAITING_DECISION: readonly ApplicationStatus[] = [ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.PENDING_SECOND_APPROVAL];

/** 办理进度: every step of the application in plain words, with time, who (by role) and the reasons given. */
export function ApplicationProgress({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Each status change adds steps: the status and last update are part of the key, so the history follows.
  const timeline = useApplicationTimeline(application.id, `${application.status}@${application.updatedAt}`);
  const expected = AWAITING_DECISION.includes(application.status) && application.reviewDueAt;

  return (
    <Card size="small" title={t('timeline.title')} data-testid="application-progress">
      <Flex vertical gap={12}>
        {expected && (
          <Typography.Text strong data-testid="expected-decision">
            {t('timeline.expectedBy', { date: formatDate(expected, locale) })}
          </Typography.Text>
        )}
        {timeline.isError ? (
          <LoadFailedAlert title={t('timeline.loadFailed')} error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : timeline.data ? (
          <ApplicationTimeline entries={timeline.data.items} showNames={false} />
        ) : (
          <Skeleton active paragraph={{ rows: 3 }} />
        )}
      </Flex>
    </Card>
  );
}
