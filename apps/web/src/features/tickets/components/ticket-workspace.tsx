import { ArrowLeftOutlined } from '@ant-design/icons';
import { NOT_SOLVED_ANSWER, SOLVED_ANSWER, responseCodeInfo, type TicketDetail } from '@pos/shared';
import { Alert, App, Button, Card, Collapse, Descriptions, Flex, Popconfirm, Rate, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDateTime, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCancelTicket, useTicket } from '../api/tickets.api';
import { formatBeijingDateTime } from './beijing-time';
import { TicketPriorityTag } from './category-label';
import { NextResponse } from './next-response';
import { TicketConversation } from './ticket-conversation';
import { TicketRating } from './ticket-rating';
import { TicketReply } from './ticket-reply';
import { TicketStatusTag } from './ticket-status-tag';

interface TicketWorkspaceProps {
  ticketId: string;
  listPath: string;
  /** Where another ticket opens (a merged ticket's target). */
  ticketPath: (ticketId: string) => string;
}

/** One ticket for the merchant: where it stands, what was tried, the conversation, and what the merchant may do now. */
export function TicketWorkspace({ ticketId, listPath, ticketPath }: TicketWorkspaceProps) {
  const { t } = useTranslation();
  const ticket = useTicket(ticketId);
  useDocumentTitle(ticket.data ? `${ticket.data.reference} ${ticket.data.subject}` : t('tickets.list.title'));

  return (
    <Flex vertical gap={16} style={{ maxWidth: 860, width: '100%', margin: '0 auto' }}>
      <Link to={listPath}>
        <ArrowLeftOutlined /> {t('tickets.detail.back')}
      </Link>
      {ticket.isError ? (
        <LoadFailedAlert title={t('tickets.detail.loadFailed')} error={ticket.error} onRetry={() => void ticket.refetch()} />
      ) : ticket.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <TicketBody ticket={ticket.data} ticketPath={ticketPath} />
      )}
    </Flex>
  );
}

function TicketBody({ ticket, ticketPath }: { ticket: TicketDetail; ticketPath: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const code = ticket.responseCode ? responseCodeInfo(ticket.responseCode) : undefined;
  const steps = ticket.troubleshooting?.steps ?? [];
  const scheduledVisits = ticket.siteVisits.filter((visit) => visit.status === 'SCHEDULED');

  return (
    <>
      <Card>
        <Flex vertical gap={8}>
          <Flex gap={8} wrap align="center">
            <Typography.Text type="secondary" data-testid="ticket-reference">
              {ticket.reference}
            </Typography.Text>
            <TicketStatusTag status={ticket.status} />
            <TicketPriorityTag priority={ticket.priority} />
          </Flex>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {ticket.subject}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'next', label: t('tickets.detail.nextResponse'), children: <NextResponse sla={ticket.sla} /> },
              { key: 'terminal', label: t('tickets.detail.terminal'), children: `${ticket.terminal.serialNumber} · ${ticket.terminal.model}` },
              { key: 'category', label: t('tickets.detail.category'), children: t(`tickets.category.${ticket.category}`) },
              ...(ticket.responseCode
                ? [
                    {
                      key: 'code',
                      label: t('tickets.detail.responseCode'),
                      children: code ? `${ticket.responseCode} ${pickLocalized(locale, code.meaning.zh, code.meaning.en)}` : ticket.responseCode,
                    },
                  ]
                : []),
              { key: 'created', label: t('tickets.detail.createdAt'), children: formatDateTime(ticket.createdAt, locale) },
            ]}
          />
          {ticket.mergedInto && (
            <Alert
              type="info"
              showIcon
              title={
                <Link to={ticketPath(ticket.mergedInto.id)}>{t('tickets.detail.merged', { reference: ticket.mergedInto.reference })}</Link>
              }
            />
          )}
          {scheduledVisits.map((visit) => (
            <Alert
              key={visit.id}
              type="info"
              showIcon
              title={t('tickets.detail.visit', { time: formatBeijingDateTime(visit.scheduledStart, locale), name: visit.technician.displayName })}
            />
          ))}
          {ticket.status === 'OPEN' && <WithdrawButton ticketId={ticket.id} />}
        </Flex>
      </Card>

      {ticket.canRate && (
        <Card title={t('tickets.rate.title')} data-testid="ticket-rating">
          <TicketRating ticket={ticket} />
        </Card>
      )}
      {ticket.rating !== null && (
        <Card size="small">
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t('tickets.rate.yourRating', { rating: ticket.rating })}</Typography.Text>
            <Rate disabled value={ticket.rating} />
          </Flex>
          {ticket.ratingComment && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{ticket.ratingComment}</Typography.Paragraph>}
        </Card>
      )}

      {(ticket.description || steps.length > 0) && (
        <Card size="small">
          {ticket.description && (
            <>
              <Typography.Text strong>{t('tickets.detail.description')}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{ticket.description}</Typography.Paragraph>
            </>
          )}
          {steps.length > 0 && (
            <Collapse
              data-testid="ticket-steps-tried"
              items={[
                {
                  key: 'steps',
                  label: t('tickets.detail.stepsTried', { count: steps.length }),
                  children: (
                    <PlainList>
                      {steps.map((step, index) => (
                        <PlainListItem key={`${step.stepId}-${index}`}>
                          <Typography.Text>
                            {index + 1}. {pickLocalized(locale, step.title.zh, step.title.en)}
                          </Typography.Text>{' '}
                          <Tag>{t(`tickets.actor.${step.actor}`)}</Tag>
                          <Typography.Text type="secondary">
                            {step.answerLabel
                              ? pickLocalized(locale, step.answerLabel.zh, step.answerLabel.en)
                              : step.answer === SOLVED_ANSWER || step.answer === NOT_SOLVED_ANSWER
                                ? t(`tickets.answer.${step.answer}`)
                                : step.answer}
                          </Typography.Text>
                        </PlainListItem>
                      ))}
                    </PlainList>
                  ),
                },
              ]}
            />
          )}
        </Card>
      )}

      <Card title={t('tickets.detail.conversation')}>
        <Flex vertical gap={16}>
          <TicketConversation ticketId={ticket.id} messages={ticket.messages} />
          {ticket.canReply ? (
            <TicketReply ticket={ticket} />
          ) : (
            <Alert type="info" showIcon title={t('tickets.reply.closed')} data-testid="ticket-reply-closed" />
          )}
        </Flex>
      </Card>
    </>
  );
}

function WithdrawButton({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const cancel = useCancelTicket(ticketId);
  return (
    <Popconfirm
      title={t('tickets.detail.withdrawConfirm')}
      okText={t('tickets.detail.withdrawOk')}
      cancelText={t('tickets.detail.withdrawCancel')}
      okButtonProps={{ danger: true, 'data-testid': 'ticket-withdraw-confirm' }}
      onConfirm={() =>
        cancel.mutate(undefined, {
          onSuccess: () => void message.success(t('tickets.detail.withdrawn')),
          onError: (error) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('tickets.detail.withdrawFailed')),
        })
      }
    >
      <Button danger size="large" loading={cancel.isPending} data-testid="ticket-withdraw" style={{ alignSelf: 'flex-start' }}>
        {t('tickets.detail.withdraw')}
      </Button>
    </Popconfirm>
  );
}
