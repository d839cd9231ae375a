import { ArrowLeftOutlined, BranchesOutlined, CarOutlined, UserAddOutlined } from '@ant-design/icons';
import { TicketPriority, TicketStatus, type TicketDetail, type TicketSlaView } from '@pos/shared';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Select, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoadState } from '../../../components/page-load-state';
import { TicketStatusTag } from '../../tickets';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAssignTicket, useDeskTicket, useSetTicketPriority, useTicketAssignees } from '../api/ticket-desk.api';
import { LifecycleActions } from './lifecycle-actions';
import { MergeModal } from './merge-modal';
import { SlaIndicator } from './sla-indicator';
import { relativeDue } from './sla-time';
import { SiteVisitDrawer } from './site-visit-drawer';
import { SiteVisitList } from './site-visit-list';
import { TicketConversation } from './ticket-conversation';
import { TicketFacts, TriedSteps } from './ticket-facts';
import { TicketHistory } from './ticket-history';

const PRIORITIES = Object.values(TicketPriority);

/** Statuses in which the ticket is still worked on: assignment, priority, merging and visits make sense. */
const WORKED: ReadonlySet<TicketStatus> = new Set([TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_MERCHANT, TicketStatus.WAITING_ON_THIRD_PARTY, TicketStatus.REOPENED]);

/** One deadline (first response or resolution): when it is due, or when it was met. */
function Deadline({ dueAt, doneAt, sla, current }: { dueAt: string | null; doneAt: string | null; sla: TicketSlaView; current: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  let state;
  if (doneAt) state = <Tag color={dueAt && Date.parse(doneAt) > Date.parse(dueAt) ? 'red' : 'green'}>{t('ticketDesk.sla.doneAt', { time: formatDateTime(doneAt, locale) })}</Tag>;
  else if (!dueAt) state = <Typography.Text type="secondary">{t('ticketDesk.sla.noDeadline')}</Typography.Text>;
  else
    state = (
      <Flex gap={4} wrap align="center">
        <Typography.Text>{t('ticketDesk.sla.dueAt', { time: formatDateTime(dueAt, locale) })}</Typography.Text>
        {current ? <SlaIndicator sla={sla} /> : <Tag>{relativeDue(dueAt, t)}</Tag>}
      </Flex>
    );
  return <div data-testid="desk-deadline">{state}</div>;
}

interface TicketDeskDetailProps {
  ticketId: string;
  /** The signed-in staff member, for "assign to me". */
  currentUserId: string;
  queuePath: string;
  ticketPath: (id: string) => string;
}

/** One ticket at the support desk: header with status, priority, assignee and SLA; facts; conversation; lifecycle; visits; history. */
export function TicketDeskDetail({ ticketId, currentUserId, queuePath, ticketPath }: TicketDeskDetailProps) {
  const { t } = useTranslation();
  const ticket = useDeskTicket(ticketId);
  useDocumentTitle(ticket.data ? t('ticketDesk.detail.title', { reference: ticket.data.reference }) : t('ticketDesk.queue.title'));

  const back = (
    <Link to={queuePath}>
      <ArrowLeftOutlined /> {t('ticketDesk.detail.back')}
    </Link>
  );

  if (ticket.isError || !ticket.data) return <PageLoadState query={ticket} failedTitle={t('ticketDesk.detail.loadFailed')} back={back} rows={8} framed />;
  return <TicketWorkspace ticket={ticket.data} currentUserId={currentUserId} back={back} ticketPath={ticketPath} />;
}

function TicketWorkspace({ ticket, currentUserId, back, ticketPath }: { ticket: TicketDetail; currentUserId: string; back: ReactNode; ticketPath: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const assignees = useTicketAssignees();
  const assign = useAssignTicket(ticket.id);
  const priority = useSetTicketPriority(ticket.id);
  const [dialog, setDialog] = useState<'merge' | 'dispatch' | undefined>();
  const worked = WORKED.has(ticket.status);
  const sla = ticket.sla;
  const answered = Boolean(sla.firstRespondedAt);

  const assignTo = (assigneeId: string | null) =>
    assign.mutate(
      { assigneeId },
      {
        onSuccess: (updated) =>
          void message.success(updated.assignee ? t('ticketDesk.detail.assigned', { name: updated.assignee.displayName }) : t('ticketDesk.detail.unassigned')),
      },
    );

  // The assignee may have left the list (a disabled account): keep them selectable so the select shows a name.
  const people = assignees.data?.items ?? [];
  const assigneeOptions = [...people, ...(ticket.assignee && !people.some((person) => person.id === ticket.assignee?.id) ? [ticket.assignee] : [])].map((person) => ({
    value: person.id,
    label: person.displayName,
  }));
  const actionError = assign.error ?? priority.error;

  return (
    <Flex vertical gap={16}>
      {back}
      <Card>
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="flex-start" gap={12} wrap>
            <div style={{ minWidth: 0 }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
                  {ticket.reference}
                </Typography.Title>
                <TicketStatusTag status={ticket.status} testId="desk-status" audience="staff" />
                {sla.escalationLevel > 0 && <Tag color="volcano">{t('ticketDesk.sla.escalation', { level: sla.escalationLevel })}</Tag>}
              </Flex>
              <Typography.Text style={{ fontSize: 16, overflowWrap: 'anywhere' }}>{ticket.subject}</Typography.Text>
            </div>
            <LifecycleActions ticket={ticket} />
          </Flex>
          {ticket.mergedInto && (
            <Alert
              type="info"
              showIcon
              title={
                <span data-testid="desk-merged-into">
                  {t('ticketDesk.detail.mergedInto')} <Link to={ticketPath(ticket.mergedInto.id)}>{ticket.mergedInto.reference}</Link>
                </span>
              }
            />
          )}
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              {
                key: 'priority',
                label: t('ticketDesk.detail.priority'),
                children: (
                  <Select<TicketPriority>
                    value={ticket.priority}
                    style={{ minWidth: 110 }}
                    disabled={!worked}
                    loading={priority.isPending}
                    aria-label={t('ticketDesk.detail.priority')}
                    onChange={(value) =>
                      priority.mutate({ priority: value }, { onSuccess: () => void message.success(t('ticketDesk.detail.priorityChanged', { priority: t(`tickets.priority.${value}`) })) })
                    }
                    options={PRIORITIES.map((value) => ({ value, label: t(`tickets.priority.${value}`) }))}
                    data-testid="desk-priority"
                  />
                ),
              },
              {
                key: 'assignee',
                label: t('ticketDesk.detail.assignee'),
                children: (
                  <Flex gap={4} wrap>
                    <Select<string>
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      value={ticket.assignee?.id}
                      placeholder={t('ticketDesk.detail.assignPlaceholder')}
                      style={{ minWidth: 140 }}
                      disabled={!worked}
                      loading={assign.isPending || assignees.isPending}
                      aria-label={t('ticketDesk.detail.assignee')}
                      onChange={(value) => assignTo(value ?? null)}
                      options={assigneeOptions}
                      data-testid="desk-assignee"
                    />
                    {worked && ticket.assignee?.id !== currentUserId && (
                      <Button icon={<UserAddOutlined />} onClick={() => assignTo(currentUserId)} loading={assign.isPending} data-testid="desk-assign-me">
                        {t('ticketDesk.detail.assignMe')}
                      </Button>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'first',
                label: t('ticketDesk.sla.firstResponse'),
                children: <Deadline dueAt={sla.firstResponseDueAt} doneAt={sla.firstRespondedAt} sla={sla} current={!answered} />,
              },
              {
                key: 'resolution',
                label: t('ticketDesk.sla.resolution'),
                children: <Deadline dueAt={sla.resolutionDueAt} doneAt={sla.resolvedAt} sla={sla} current={answered} />,
              },
            ]}
          />
          {actionError && (
            <Alert role="alert" type="error" showIcon title={t('ticketDesk.detail.actionFailed')} description={isApiError(actionError) ? apiErrorText(actionError, locale) : undefined} />
          )}
          {worked && (
            <Flex gap={8} wrap>
              <Button icon={<CarOutlined />} onClick={() => setDialog('dispatch')} data-testid="desk-dispatch">
                {t('ticketDesk.visits.dispatch')}
              </Button>
              <Button icon={<BranchesOutlined />} onClick={() => setDialog('merge')} data-testid="desk-merge">
                {t('ticketDesk.merge.button')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <TicketConversation ticket={ticket} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <TicketFacts ticket={ticket} />
            <TriedSteps ticket={ticket} />
            <Card title={t('ticketDesk.visits.title')}>
              <SiteVisitList visits={ticket.siteVisits} />
            </Card>
            <TicketHistory entries={ticket.history} />
          </Flex>
        </Col>
      </Row>
      <MergeModal ticket={ticket} open={dialog === 'merge'} onClose={() => setDialog(undefined)} />
      <SiteVisitDrawer ticket={ticket} open={dialog === 'dispatch'} onClose={() => setDialog(undefined)} />
    </Flex>
  );
}
