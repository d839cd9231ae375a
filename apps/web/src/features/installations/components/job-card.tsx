import { EnvironmentOutlined, PhoneOutlined, WarningOutlined } from '@ant-design/icons';
import { AppointmentStatus, type InstallationView } from '@pos/shared';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLocale } from '../../../lib/i18n';
import { AppointmentStatusTag } from './appointment-status-tag';
import { formatWindow } from './time-window';

/** One job on the technician's phone: when, where, whom to call, what to install, one big button to open it. */
export function JobCard({ job, path }: { job: InstallationView; path: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const visit = job.confirmedWindow ?? job.proposedWindows[0];
  const disputed = job.status === AppointmentStatus.ON_SITE && Boolean(job.lastReason);
  const actionable = job.status === AppointmentStatus.CONFIRMED || job.status === AppointmentStatus.ON_SITE;

  return (
    <Card data-testid={`job-card-${job.applicationReference}`} styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={10}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {visit ? formatWindow(visit, locale) : t('common.none')}
          </Typography.Text>
          <AppointmentStatusTag status={job.status} />
        </Flex>
        <Typography.Title level={5} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {job.merchant.businessName ?? job.merchant.displayName}
        </Typography.Title>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>
          <EnvironmentOutlined /> {job.address}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('installations.jobs.terminalsWanted', {
            lines: job.terminalsWanted
              .map((line) => t('installations.card.terminalLine', { type: t(`enums.terminalType.${line.terminalType}`), count: line.count }))
              .join(t('common.listSeparator')),
          })}
        </Typography.Text>
        {disputed && (
          <Typography.Text type="danger">
            <WarningOutlined /> {t('installations.jobs.disputed', { reason: job.lastReason })}
          </Typography.Text>
        )}
        <Flex gap={8} wrap>
          {job.merchant.contactMobile && (
            <Button size="large" icon={<PhoneOutlined />} href={`tel:${job.merchant.contactMobile}`} style={{ flex: '1 1 140px' }} data-testid="call-contact">
              {job.merchant.contactName ? `${job.merchant.contactName} ` : ''}
              {job.merchant.contactMobile}
            </Button>
          )}
          <Button
            size="large"
            type={actionable ? 'primary' : 'default'}
            onClick={() => navigate(path)}
            style={{ flex: '1 1 140px' }}
            data-testid={`open-job-${job.applicationReference}`}
          >
            {actionable ? t('installations.jobs.open') : t('installations.jobs.view')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
