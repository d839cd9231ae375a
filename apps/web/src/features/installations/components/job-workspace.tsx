import { ArrowLeftOutlined, DeleteOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { AppointmentStatus, ErrorCode, type CompleteInstallationRequest, type InstallationView } from '@pos/shared';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoadState } from '../../../components/page-load-state';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useArriveAtJob, useCompleteJob, useJob, useRemoveTerminal } from '../api/jobs.api';
import { AppointmentStatusTag } from './appointment-status-tag';
import { CompletionFailureList, CompletionForm } from './completion-form';
import { failureText, readCompletionFailures, type CompletionFailures } from './completion-failures';
import { InstallationResult, RecordedTerminals } from './installation-result';
import { RecordTerminalForm, type JobTerminalModel } from './record-terminal-form';
import { formatWindow } from './time-window';

interface JobWorkspaceProps {
  jobId: string;
  /** The provider's terminal models (from its public profile); undefined while loading. */
  models: readonly JobTerminalModel[] | undefined;
  /** The job list, for the way back. */
  jobsPath: string;
}

const wantedCount = (view: InstallationView) => view.terminalsWanted.reduce((sum, line) => sum + line.count, 0);
const recordedCount = (view: InstallationView) => view.terminals.filter((terminal) => terminal.status === 'INSTALLED').length;

/** 任务详情 on the technician's phone: arrive, record terminals, run the checks and the test, complete. */
export function JobWorkspace({ jobId, models, jobsPath }: JobWorkspaceProps) {
  const { t } = useTranslation();
  const job = useJob(jobId);
  useDocumentTitle(job.data ? (job.data.merchant.businessName ?? job.data.merchant.displayName) : t('installations.jobs.title'));

  const back = (
    <Link to={jobsPath} style={{ display: 'inline-block', padding: '8px 0' }}>
      <ArrowLeftOutlined /> {t('installations.job.back')}
    </Link>
  );

  if (job.isError || !job.data) {
    return <PageLoadState query={job} failedTitle={t('installations.job.loadFailed')} back={back} rows={6} framed gap={12} style={{ maxWidth: 720, margin: '0 auto', width: '100%' }} />;
  }
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720, margin: '0 auto', width: '100%', minWidth: 0 }} data-testid="job-page">
      {back}
      <JobSteps view={job.data} models={models} />
    </Flex>
  );
}

function JobSteps({ view, models }: { view: InstallationView; models: readonly JobTerminalModel[] | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const arrive = useArriveAtJob(view.id);
  const complete = useCompleteJob(view.id);
  const remove = useRemoveTerminal(view.id);
  const [refusal, setRefusal] = useState<CompletionFailures>({ failures: [] });
  const visit = view.confirmedWindow ?? view.proposedWindows[0];
  const counts = {
    wanted: refusal.terminalsWanted ?? wantedCount(view),
    recorded: recordedCount(view),
  };
  const text = (failure: string) => failureText(failure, t, counts);
  const terminalsFailure = refusal.failures.includes('terminals') && (counts.recorded === 0 || counts.recorded < counts.wanted);
  const failures = refusal.failures.filter((failure) => failure !== 'terminals' || terminalsFailure);

  const submit = (body: CompleteInstallationRequest) => {
    complete.mutate(body, {
      onSuccess: () => {
        setRefusal({ failures: [] });
        void message.success(t('installations.job.completed'));
      },
      onError: (error) => {
        if (isApiError(error) && error.code === ErrorCode.INSTALLATION_CHECKS_FAILED) setRefusal(readCompletionFailures(error.details));
        else setRefusal({ failures: [] });
      },
    });
  };

  const otherError = complete.isError && !(isApiError(complete.error) && complete.error.code === ErrorCode.INSTALLATION_CHECKS_FAILED);

  return (
    <>
      <Card styles={{ body: { padding: 16 } }}>
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Title level={4} style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="page-title">
              {view.merchant.businessName ?? view.merchant.displayName}
            </Typography.Title>
            <AppointmentStatusTag status={view.status} />
          </Flex>
          <Typography.Text type="secondary">{t('installations.job.reference', { reference: view.applicationReference })}</Typography.Text>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'window',
                label: t('installations.job.window'),
                children: <Typography.Text strong>{visit ? formatWindow(visit, locale) : t('common.none')}</Typography.Text>,
              },
              {
                key: 'address',
                label: t('installations.job.address'),
                children: (
                  <span style={{ overflowWrap: 'anywhere' }}>
                    <EnvironmentOutlined /> {view.address}
                  </span>
                ),
              },
              {
                key: 'terminalsWanted',
                label: t('installations.job.terminalsWanted'),
                children: view.terminalsWanted
                  .map((line) => t('installations.card.terminalLine', { type: t(`enums.terminalType.${line.terminalType}`), count: line.count }))
                  .join(t('common.listSeparator')),
              },
              ...(view.notes ? [{ key: 'notes', label: t('installations.job.notes'), children: view.notes }] : []),
            ]}
          />
          {view.merchant.contactMobile && (
            <Button size="large" block icon={<PhoneOutlined />} href={`tel:${view.merchant.contactMobile}`} data-testid="call-contact">
              {t('installations.jobs.call', { mobile: `${view.merchant.contactName ?? ''} ${view.merchant.contactMobile}`.trim() })}
            </Button>
          )}
        </Flex>
      </Card>

      {view.lastReason && (
        <Alert
          type={view.status === AppointmentStatus.ON_SITE ? 'warning' : 'info'}
          showIcon
          title={view.status === AppointmentStatus.ON_SITE ? t('installations.job.disputeTitle') : t('installations.job.lastReasonTitle')}
          description={<Typography.Text style={{ fontSize: 16 }}>{view.lastReason}</Typography.Text>}
          data-testid="job-last-reason"
        />
      )}

      {view.status === AppointmentStatus.CONFIRMED && (
        <Card styles={{ body: { padding: 16 } }}>
          <Typography.Paragraph type="secondary">{t('installations.job.arriveHint')}</Typography.Paragraph>
          {arrive.isError && (
            <Alert
              role="alert"
              type="error"
              showIcon
              title={t('installations.job.actionFailed')}
              description={isApiError(arrive.error) ? apiErrorText(arrive.error, locale) : undefined}
              style={{ marginBottom: 12 }}
            />
          )}
          <Button
            type="primary"
            size="large"
            block
            loading={arrive.isPending}
            data-testid="arrive"
            style={{ height: 52, fontSize: 18 }}
            onClick={() => arrive.mutate(undefined, { onSuccess: () => void message.success(t('installations.job.arrived')) })}
          >
            {t('installations.job.arrive')}
          </Button>
        </Card>
      )}

      {view.status === AppointmentStatus.ON_SITE && (
        <>
          <Card
            size="small"
            title={t('installations.job.terminals.title')}
            extra={
              <Typography.Text type={counts.recorded >= counts.wanted ? 'success' : 'secondary'} data-testid="terminal-progress">
                {t('installations.job.terminals.progress', counts)}
              </Typography.Text>
            }
          >
            {terminalsFailure && (
              <Typography.Text type="danger" role="alert" data-testid="failure-terminals" style={{ display: 'block', marginBottom: 8 }}>
                {text('terminals')}
              </Typography.Text>
            )}
            {remove.isError && (
              <Alert
                role="alert"
                type="error"
                showIcon
                title={t('installations.job.actionFailed')}
                description={isApiError(remove.error) ? apiErrorText(remove.error, locale) : undefined}
                style={{ marginBottom: 8 }}
              />
            )}
            <RecordedTerminals
              terminals={view.terminals}
              actions={(terminal) => (
                <Popconfirm title={t('installations.job.terminals.removeConfirm')} onConfirm={() => remove.mutate(terminal.id)}>
                  <Button
                    size="large"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('installations.job.terminals.remove', { serial: terminal.serialNumber })}
                    loading={remove.isPending && remove.variables === terminal.id}
                    data-testid={`remove-terminal-${terminal.serialNumber}`}
                  />
                </Popconfirm>
              )}
            />
            <div style={{ marginTop: 16 }}>
              <RecordTerminalForm jobId={view.id} models={models} />
            </div>
          </Card>
          <CompletionForm
            failures={failures}
            failureText={text}
            pending={complete.isPending}
            onSubmit={submit}
            onChanged={(keys) => {
              if (keys.some((key) => refusal.failures.includes(key))) setRefusal((current) => ({ ...current, failures: current.failures.filter((f) => !keys.includes(f)) }));
            }}
            summary={
              <>
                <CompletionFailureList failures={failures} failureText={text} />
                {otherError && (
                  <Alert
                    role="alert"
                    type="error"
                    showIcon
                    title={t('installations.job.completeFailed')}
                    description={isApiError(complete.error) ? apiErrorText(complete.error, locale) : undefined}
                  />
                )}
              </>
            }
          />
        </>
      )}

      {(view.status === AppointmentStatus.TESTED || view.status === AppointmentStatus.ACCEPTED || view.status === AppointmentStatus.CANCELLED) && (
        <Card styles={{ body: { padding: 16 } }}>
          <Flex vertical gap={16}>
            <Alert
              type={view.status === AppointmentStatus.CANCELLED ? 'info' : 'success'}
              showIcon
              title={
                view.status === AppointmentStatus.TESTED
                  ? t('installations.job.testedHint')
                  : view.status === AppointmentStatus.ACCEPTED
                    ? t('installations.job.acceptedHint')
                    : t('installations.job.cancelledHint')
              }
            />
            {view.status !== AppointmentStatus.CANCELLED && <InstallationResult installation={view} />}
          </Flex>
        </Card>
      )}
    </>
  );
}
