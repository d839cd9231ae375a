import { AppointmentStatus, type InstallationView } from '@pos/shared';
import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useJobs } from '../api/jobs.api';
import { JobCard } from './job-card';
import { chinaTime, CHINA_UTC_OFFSET_MINUTES } from './time-window';

type Group = 'onSite' | 'today' | 'upcoming' | 'awaiting';
const GROUPS: readonly Group[] = ['onSite', 'today', 'upcoming', 'awaiting'];

/** On site first, then today's visits (and any overdue), then later ones; jobs awaiting the merchant last. */
function groupOf(job: InstallationView, today: string): Group {
  if (job.status === AppointmentStatus.ON_SITE) return 'onSite';
  if (job.status === AppointmentStatus.TESTED) return 'awaiting';
  const start = job.confirmedWindow?.start;
  return start && chinaTime(start).format('YYYY-MM-DD') <= today ? 'today' : 'upcoming';
}

/** 我的任务: the technician's jobs as cards, one column, made for a phone. */
export function MyJobs({ jobPath }: { jobPath: (id: string) => string }) {
  const { t } = useTranslation();
  const jobs = useJobs();
  useDocumentTitle(t('installations.jobs.title'));
  const today = dayjs().utcOffset(CHINA_UTC_OFFSET_MINUTES).format('YYYY-MM-DD');

  const header = (
    <div>
      {/* The technician's home page, hence the home title's test id. */}
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="home-title">
        {t('installations.jobs.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('installations.jobs.subtitle')}</Typography.Text>
    </div>
  );

  if (jobs.isError) {
    return (
      <Flex vertical gap={16}>
        {header}
        <LoadFailedAlert title={t('installations.jobs.loadFailed')} error={jobs.error} onRetry={() => void jobs.refetch()} />
      </Flex>
    );
  }

  const items = jobs.data?.items ?? [];
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}>
      {header}
      {jobs.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <Typography.Text strong>{t('installations.jobs.empty')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('installations.jobs.emptyText')}</Typography.Text>
              </>
            }
          />
        </Card>
      ) : (
        GROUPS.map((group) => {
          const inGroup = items.filter((job) => groupOf(job, today) === group);
          if (inGroup.length === 0) return null;
          return (
            <section key={group} aria-label={t(`installations.jobs.groups.${group}`)} data-testid={`job-group-${group}`}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t(`installations.jobs.groups.${group}`)} · {inGroup.length}
              </Typography.Title>
              <Flex vertical gap={12}>
                {inGroup.map((job) => (
                  <JobCard key={job.id} job={job} path={jobPath(job.id)} />
                ))}
              </Flex>
            </section>
          );
        })
      )}
    </Flex>
  );
}
