import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, EditOutlined, LockOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import {
  ApplicationEvent,
  applicationMachine,
  ApplicationStatus,
  ErrorCode,
  Role,
  type DocumentType,
  type ReviewApplicationView,
} from '@pos/shared';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoadState } from '../../../components/page-load-state';
import { ApplicationStatusTag } from '../../../components/application-status-tag';
import { ApplicationTimeline } from '../../../components/application-timeline';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useApproveApplication,
  useClaimApplication,
  useRejectApplication,
  useReleaseApplication,
  useRequestChanges,
  useReviewApplication,
  useSendAgreement,
} from '../api/reviews.api';
import { DueStateTag, HighRiskTag } from './due-state-tag';
import { ReasonModal } from './reason-modal';
import { RequestChangesModal } from './request-changes-modal';
import { ReviewDocuments } from './review-documents';
import { isDraftFieldName } from './review-field-groups';
import { ReviewFields } from './review-fields';

/** Statuses after the final approval: the agreement is (or was) with the merchant. */
const AGREEMENT_STAGE: readonly ApplicationStatus[] = [
  ApplicationStatus.AGREEMENT_SENT,
  ApplicationStatus.SIGNED,
  ApplicationStatus.INSTALL_SCHEDULED,
  ApplicationStatus.INSTALLED,
  ApplicationStatus.LIVE,
];

/** Who is looking: the signed-in provider staff member, or null for the platform admin's read-only view. */
export interface Reviewer {
  id: string;
  role: Role;
}

interface ReviewApplicationProps {
  applicationId: string;
  reviewer: Reviewer | null;
  /** The queue this page was opened from, for the way back. */
  queuePath: string;
}

/** What the viewer may do now; every action checks the shared state machine first, then ownership. */
function permissionsOf(view: ReviewApplicationView, reviewer: Reviewer | null) {
  const status = view.status;
  const isAdmin = reviewer?.role === Role.PROVIDER_ADMIN;
  const mine = reviewer !== null && view.claimedBy?.id === reviewer.id;
  const reviewing = status === ApplicationStatus.IN_REVIEW && mine;
  const secondApproval = status === ApplicationStatus.PENDING_SECOND_APPROVAL;
  const deciding = reviewer !== null && ((reviewing && applicationMachine.can(status, ApplicationEvent.REJECT)) || (secondApproval && isAdmin));
  return {
    claim: reviewer !== null && applicationMachine.can(status, ApplicationEvent.CLAIM) && (!view.claimedBy || mine || isAdmin),
    release: reviewer !== null && applicationMachine.can(status, ApplicationEvent.RELEASE) && (mine || isAdmin),
    decideDocuments: reviewing,
    requestChanges: deciding && applicationMachine.can(status, ApplicationEvent.REQUEST_CHANGES),
    reject: deciding,
    approve:
      reviewer !== null &&
      ((reviewing && (applicationMachine.can(status, ApplicationEvent.APPROVE) || applicationMachine.can(status, ApplicationEvent.ESCALATE))) ||
        (secondApproval && isAdmin && view.firstApprover?.id !== reviewer.id)),
    sendAgreement: reviewer !== null && applicationMachine.can(status, ApplicationEvent.SEND_AGREEMENT),
    isAdmin,
    mine,
    secondApproval,
  };
}

/** The review page: header with claim/release, every field, every document with its decision, the decisions, the history. */
export function ReviewApplication({ applicationId, reviewer, queuePath }: ReviewApplicationProps) {
  const { t } = useTranslation();
  const application = useReviewApplication(applicationId);
  useDocumentTitle(application.data ? t('reviews.page.title', { reference: application.data.reference }) : t('reviews.queue.title'));

  const back = (
    <Link to={queuePath}>
      <ArrowLeftOutlined /> {t('reviews.page.back')}
    </Link>
  );

  if (application.isError || !application.data) return <PageLoadState query={application} failedTitle={t('reviews.page.loadFailed')} back={back} rows={12} />;

  return <ReviewWorkspace view={application.data} reviewer={reviewer} back={back} />;
}

function ReviewWorkspace({ view, reviewer, back }: { view: ReviewApplicationView; reviewer: Reviewer | null; back: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const can = permissionsOf(view, reviewer);
  const claim = useClaimApplication(view.id);
  const release = useReleaseApplication(view.id);
  const send = useSendAgreement(view.id);
  const changes = useRequestChanges(view.id);
  const approve = useApproveApplication(view.id);
  const reject = useRejectApplication(view.id);
  const [dialog, setDialog] = useState<'changes' | 'approve' | 'reject' | null>(null);

  // The latest failure of a header action, shown where the buttons are.
  const headerError = claim.error ?? release.error ?? send.error;
  const resetHeader = () => {
    claim.reset();
    release.reset();
    send.reset();
  };

  const openDialog = (name: 'changes' | 'approve' | 'reject') => {
    changes.reset();
    approve.reset();
    reject.reset();
    setDialog(name);
  };

  const onApprove = (note: string) =>
    approve.mutate(note ? { note } : {}, {
      onSuccess: (next) => {
        setDialog(null);
        if (next.status === ApplicationStatus.PENDING_SECOND_APPROVAL) void message.success(t('reviews.approve.escalated'));
        else if (next.status === ApplicationStatus.APPROVED) void message.warning(t('reviews.status.agreementMissing'));
        else void message.success(t('reviews.approve.approved'));
      },
    });

  const documentNames = (types: readonly string[]) =>
    types.map((type) => t(`enums.documentType.${type as DocumentType}`)).join(t('common.listSeparator'));
  const notAccepted =
    isApiError(approve.error) && approve.error.code === ErrorCode.DOCUMENTS_NOT_ACCEPTED && Array.isArray(approve.error.details?.documents)
      ? (approve.error.details.documents as string[])
      : null;

  const hint = (() => {
    if (!reviewer) return null;
    if (can.secondApproval && !can.isAdmin) return t('reviews.approve.adminOnly');
    if (can.secondApproval && view.firstApprover?.id === reviewer.id) return t('reviews.approve.sameApprover');
    if (view.claimedBy && !can.mine && (view.status === ApplicationStatus.IN_REVIEW || view.status === ApplicationStatus.SUBMITTED)) {
      return t('reviews.claimedByOther', { name: view.claimedBy.displayName });
    }
    if (view.status === ApplicationStatus.SUBMITTED) return t('reviews.claimFirst');
    return null;
  })();

  const decisionOpen = view.status === ApplicationStatus.SUBMITTED || view.status === ApplicationStatus.IN_REVIEW || can.secondApproval;

  return (
    <Flex vertical gap={16}>
      {back}
      <Card>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex vertical gap={8} style={{ minWidth: 0, flex: 1 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
                {t('reviews.page.title', { reference: view.reference })}
              </Typography.Title>
              <ApplicationStatusTag status={view.status} />
              {view.highRisk && <HighRiskTag />}
              {view.reviewDueAt && decisionOpen && <DueStateTag state={view.dueState} />}
            </Flex>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 3 }}
              items={[
                { key: 'provider', label: t('reviews.page.provider'), children: view.provider.name },
                {
                  key: 'merchant',
                  label: t('reviews.page.merchantAccount'),
                  children: [view.merchant.displayName, view.merchant.mobile, view.merchant.email].filter(Boolean).join(' · '),
                },
                ...(view.submittedAt ? [{ key: 'submittedAt', label: t('reviews.page.submittedAt'), children: formatDateTime(view.submittedAt, locale) }] : []),
                ...(view.reviewDueAt
                  ? [{ key: 'due', label: t('reviews.page.dueAt'), children: <span data-testid="review-due-at">{formatDate(view.reviewDueAt, locale)}</span> }]
                  : []),
                {
                  key: 'claimedBy',
                  label: t('reviews.page.claimedBy'),
                  children: view.claimedBy ? <span data-testid="claimed-by">{view.claimedBy.displayName}</span> : t('reviews.page.unclaimed'),
                },
                ...(view.firstApprover ? [{ key: 'firstApprover', label: t('reviews.page.firstApprover'), children: view.firstApprover.displayName }] : []),
              ]}
            />
          </Flex>
          {reviewer && (
            <Flex gap={8} wrap>
              <Button
                type="primary"
                icon={<LockOutlined />}
                disabled={!can.claim}
                loading={claim.isPending}
                onClick={() => {
                  resetHeader();
                  claim.mutate(undefined, { onSuccess: () => void message.success(t('reviews.claimed')) });
                }}
                data-testid="claim"
              >
                {t('reviews.claim')}
              </Button>
              <Button
                icon={<UnlockOutlined />}
                disabled={!can.release}
                loading={release.isPending}
                onClick={() => {
                  resetHeader();
                  release.mutate(undefined, { onSuccess: () => void message.success(t('reviews.released')) });
                }}
                data-testid="release"
              >
                {t('reviews.release')}
              </Button>
            </Flex>
          )}
        </Flex>
        {headerError && (
          <Alert
            role="alert"
            type={isApiError(headerError) && headerError.code === ErrorCode.ALREADY_CLAIMED ? 'warning' : 'error'}
            showIcon
            closable={{ onClose: resetHeader }}
            style={{ marginTop: 12 }}
            title={isApiError(headerError) ? apiErrorText(headerError, locale) : t('reviews.actionFailed')}
            data-testid="review-action-error"
          />
        )}
      </Card>

      {!reviewer && <Alert type="info" showIcon title={t('reviews.page.readOnly')} data-testid="read-only-notice" />}
      <StatusNotice view={view} canSend={can.sendAgreement} sending={send.isPending} onSend={() => send.mutate()} />

      {reviewer && decisionOpen && (
        <Card size="small" title={t('reviews.actions.title')}>
          <Flex vertical gap={8}>
            {hint && (
              <Typography.Text type="secondary" data-testid="review-hint">
                {hint}
              </Typography.Text>
            )}
            <Flex gap={8} wrap>
              <Button icon={<EditOutlined />} disabled={!can.requestChanges} onClick={() => openDialog('changes')} data-testid="request-changes">
                {t('reviews.actions.requestChanges')}
              </Button>
              <Button type="primary" icon={<CheckOutlined />} disabled={!can.approve} onClick={() => openDialog('approve')} data-testid="approve">
                {can.secondApproval ? t('reviews.actions.secondApprove') : t('reviews.actions.approve')}
              </Button>
              <Button danger icon={<CloseOutlined />} disabled={!can.reject} onClick={() => openDialog('reject')} data-testid="reject">
                {t('reviews.actions.reject')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <ReviewFields application={view} canReveal={reviewer !== null} />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('reviews.page.documents')} styles={{ body: { paddingBlock: 0 } }}>
              <ReviewDocuments application={view} canDecide={can.decideDocuments} />
            </Card>
            {view.changeRequests.length > 0 && (
              <Card size="small" title={t('reviews.page.changeRequests')} styles={{ body: { paddingBlock: 0 } }}>
                <PlainList>
                  {view.changeRequests.map((request) => {
                    const items = [
                      ...request.fields.map((field) => (isDraftFieldName(field) ? t(`applications.wizard.fields.${field}`) : field)),
                      ...request.documentTypes.map((type) => t(`enums.documentType.${type}`)),
                    ];
                    return (
                      <PlainListItem key={request.id}>
                        <Flex vertical gap={2}>
                          <Typography.Text>{t('reviews.page.changeRequestLine', { time: formatDateTime(request.createdAt, locale), message: request.message })}</Typography.Text>
                          {items.length > 0 && (
                            <Typography.Text type="secondary">{t('reviews.page.changeRequestItems', { items: items.join(t('common.listSeparator')) })}</Typography.Text>
                          )}
                          {request.resolvedAt && (
                            <Typography.Text type="secondary">{t('reviews.page.resolvedAt', { time: formatDateTime(request.resolvedAt, locale) })}</Typography.Text>
                          )}
                        </Flex>
                      </PlainListItem>
                    );
                  })}
                </PlainList>
              </Card>
            )}
          </Flex>
        </Col>
      </Row>

      <Card size="small" title={t('reviews.page.timeline')}>
        <ApplicationTimeline entries={view.timeline} showNames />
      </Card>

      {reviewer && (
        <>
          <RequestChangesModal
            open={dialog === 'changes'}
            application={view}
            pending={changes.isPending}
            error={changes.error}
            onCancel={() => setDialog(null)}
            onSubmit={(body) =>
              changes.mutate(body, {
                onSuccess: () => {
                  setDialog(null);
                  void message.success(t('reviews.requestChanges.sent'));
                },
              })
            }
          />
          <ReasonModal
            open={dialog === 'approve'}
            title={can.secondApproval ? t('reviews.actions.secondApprove') : t('reviews.approve.title')}
            label={t('reviews.approve.note')}
            okText={t('reviews.approve.submit')}
            optional
            apiField="note"
            pending={approve.isPending}
            error={notAccepted ? null : approve.error}
            submitTestId="approve-submit"
            onSubmit={onApprove}
            onCancel={() => setDialog(null)}
            intro={
              <Flex vertical gap={8}>
                {notAccepted && (
                  <Alert role="alert" type="error" showIcon title={t('reviews.approve.notAccepted', { items: documentNames(notAccepted) })} data-testid="approve-error" />
                )}
                {view.highRisk && !can.secondApproval && (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('reviews.approve.highRisk')}
                    description={t('reviews.approve.highRiskFirst')}
                    data-testid="four-eyes-notice"
                  />
                )}
                {can.secondApproval && (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('reviews.approve.highRisk')}
                    description={t('reviews.approve.secondApproval', { name: view.firstApprover?.displayName ?? t('common.none') })}
                    data-testid="four-eyes-notice"
                  />
                )}
                {(!view.highRisk || can.secondApproval) && <Typography.Text type="secondary">{t('reviews.approve.intro')}</Typography.Text>}
              </Flex>
            }
          />
          <ReasonModal
            open={dialog === 'reject'}
            title={t('reviews.reject.title')}
            label={t('reviews.reject.reason')}
            placeholder={t('reviews.reject.placeholder')}
            okText={t('reviews.reject.submit')}
            apiField="reason"
            danger
            pending={reject.isPending}
            error={reject.error}
            submitTestId="reject-submit"
            onCancel={() => setDialog(null)}
            onSubmit={(reason) =>
              reject.mutate(
                { reason },
                {
                  onSuccess: () => {
                    setDialog(null);
                    void message.success(t('reviews.reject.rejected'));
                  },
                },
              )
            }
          />
        </>
      )}
    </Flex>
  );
}

interface StatusNoticeProps {
  view: ReviewApplicationView;
  canSend: boolean;
  sending: boolean;
  onSend: () => void;
}

/** Where the application stands after a decision: waiting for the second approval, agreement sent, rejected, sent back. */
function StatusNotice({ view, canSend, sending, onSend }: StatusNoticeProps) {
  const { t } = useTranslation();
  if (view.status === ApplicationStatus.PENDING_SECOND_APPROVAL) {
    return (
      <Alert
        type="info"
        showIcon
        title={t('reviews.status.secondApprovalPending', { name: view.firstApprover?.displayName ?? t('common.none') })}
        data-testid="second-approval-pending"
      />
    );
  }
  if (view.status === ApplicationStatus.APPROVED) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('reviews.status.agreementMissing')}
        data-testid="agreement-missing"
        action={
          canSend && (
            <Button icon={<SendOutlined />} loading={sending} onClick={onSend} data-testid="send-agreement">
              {t('reviews.status.sendAgreement')}
            </Button>
          )
        }
      />
    );
  }
  if (AGREEMENT_STAGE.includes(view.status)) {
    return <Alert type="success" showIcon title={t('reviews.status.agreementSent')} data-testid="agreement-sent" />;
  }
  if (view.status === ApplicationStatus.REJECTED) {
    return <Alert type="error" showIcon title={t('reviews.status.rejected', { reason: view.decisionReason ?? t('common.none') })} data-testid="rejected-notice" />;
  }
  if (view.status === ApplicationStatus.CHANGES_REQUESTED) {
    return <Alert type="warning" showIcon title={t('reviews.status.changesRequested')} data-testid="changes-requested-notice" />;
  }
  return null;
}
