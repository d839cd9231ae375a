import { ArrowLeftOutlined, RollbackOutlined } from '@ant-design/icons';
import { ApplicationEvent, applicationMachine, ApplicationStatus, type ApplicationView, type FeeChannel } from '@pos/shared';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoadState } from '../../../components/page-load-state';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDate, formatDateTime, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useApplication, useWithdrawApplication } from '../api/applications.api';
import { ApplicationProgress } from './application-progress';
import { ApplicationStatusTag } from './application-status-tag';
import { ApplicationSummary } from './application-summary';
import { ApplicationWizard } from './application-wizard';
import { DocumentUploads } from './document-uploads';
import { isWizardField } from './wizard-model';

/** The statuses in which the merchant may still change the application. */
const EDITABLE: readonly ApplicationStatus[] = [ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED];

export function isEditableApplication(status: ApplicationStatus): boolean {
  return EDITABLE.includes(status);
}

interface ApplicationWorkspaceProps {
  applicationId: string;
  /** Channels the provider caps per transaction (from the provider's fee schedule); debit when unknown. */
  cappedChannels: readonly FeeChannel[];
  /** The merchant's application list, for the way back. */
  listPath: string;
  /** Cards the page composes from other features (the installation visit…), shown under the header. */
  panels?: ReactNode;
}

/** One application: the wizard while it can be edited, otherwise a read-only summary with its documents. */
export function ApplicationWorkspace({ applicationId, cappedChannels, listPath, panels }: ApplicationWorkspaceProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const application = useApplication(applicationId);
  useDocumentTitle(application.data ? t('applications.page.title', { reference: application.data.reference }) : t('applications.list.title'));

  const back = (
    <Link to={listPath}>
      <ArrowLeftOutlined /> {t('applications.page.back')}
    </Link>
  );

  if (application.isError || !application.data) return <PageLoadState query={application} failedTitle={t('applications.page.loadFailed')} back={back} rows={12} />;

  const view = application.data;
  const editable = isEditableApplication(view.status);

  return (
    <Flex vertical gap={16}>
      {back}
      <ApplicationHeader application={view} />
      {view.status === ApplicationStatus.CHANGES_REQUESTED && <ChangeRequestNotice application={view} />}
      {panels}
      {editable ? (
        <ApplicationWizard key={view.id} application={view} cappedChannels={cappedChannels} />
      ) : (
        <>
          {view.status === ApplicationStatus.SUBMITTED ? (
            <Alert
              type="success"
              showIcon
              title={t('applications.page.submittedTitle')}
              description={
                view.reviewDueAt ? t('applications.page.reviewDueAt', { date: formatDate(view.reviewDueAt, locale) }) : t('applications.page.submittedText')
              }
              data-testid="submitted-notice"
            />
          ) : view.status === ApplicationStatus.REJECTED && view.decisionReason ? (
            <Alert
              type="error"
              showIcon
              title={t('applications.page.rejectedTitle')}
              description={t('applications.page.rejectedReason', { reason: view.decisionReason })}
              data-testid="decision-reason"
            />
          ) : (
            <Alert type="info" showIcon title={t('applications.page.readOnly')} />
          )}
          <ApplicationSummary application={view} />
          <Card title={t('applications.page.documents')} size="small">
            <DocumentUploads application={view} editable={false} />
          </Card>
        </>
      )}
      {view.status !== ApplicationStatus.DRAFT && <ApplicationProgress application={view} />}
    </Flex>
  );
}

function ApplicationHeader({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const withdraw = useWithdrawApplication(application.id);
  const canWithdraw = applicationMachine.can(application.status, ApplicationEvent.WITHDRAW);

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
              {t('applications.page.title', { reference: application.reference })}
            </Typography.Title>
            <ApplicationStatusTag status={application.status} />
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'provider',
                label: t('applications.page.provider'),
                children: pickLocalized(locale, application.provider.name, application.provider.nameEn),
              },
              ...(application.submittedAt
                ? [{ key: 'submittedAt', label: t('applications.page.submittedAt'), children: formatDateTime(application.submittedAt, locale) }]
                : []),
              ...(application.reviewDueAt
                ? [
                    {
                      key: 'reviewDueAt',
                      label: t('applications.list.reviewDueAt'),
                      children: <span data-testid="review-due-at">{formatDate(application.reviewDueAt, locale)}</span>,
                    },
                  ]
                : []),
            ]}
          />
        </Flex>
        {canWithdraw && (
          <Popconfirm
            title={t('applications.page.withdrawConfirm')}
            onConfirm={() =>
              withdraw.mutate(undefined, {
                onSuccess: () => void message.success(t('applications.page.withdrawn')),
                onError: (error) =>
                  void message.error(isApiError(error) ? apiErrorText(error, locale) : t('applications.page.withdrawFailed')),
              })
            }
          >
            <Button icon={<RollbackOutlined />} loading={withdraw.isPending} data-testid="withdraw">
              {t('applications.page.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Card>
  );
}

/** What the reviewer asked for: their message and the fields and documents to change (the only ones editable). */
function ChangeRequestNotice({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const request = application.openChangeRequest;
  const items = [
    ...(request?.fields ?? []).map((field) => (isWizardField(field) ? t(`applications.wizard.fields.${field}`) : field)),
    ...(request?.documentTypes ?? []).map((type) => t(`enums.documentType.${type}`)),
  ];
  return (
    <Alert
      type="warning"
      showIcon
      title={t('applications.page.changesRequested')}
      data-testid="change-request"
      description={
        request && (
          <Flex vertical gap={4}>
            {request.message && <Typography.Text>{t('applications.page.reviewerMessage', { message: request.message })}</Typography.Text>}
            {items.length > 0 && <Typography.Text>{t('applications.page.requestedItems', { items: items.join(t('common.listSeparator')) })}</Typography.Text>}
          </Flex>
        )
      }
    />
  );
}
