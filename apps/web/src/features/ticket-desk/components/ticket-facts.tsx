import { NOT_SOLVED_ANSWER, SOLVED_ANSWER, type TicketDetail } from '@pos/shared';
import { Card, Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CategoryLabel } from '../../tickets';
import { formatDateTime, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';

/** Who the merchant is, which terminal, what they reported. */
export function TicketFacts({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card title={t('ticketDesk.detail.facts')}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'merchant', label: t('ticketDesk.detail.merchant'), children: ticket.merchant.displayName },
          { key: 'business', label: t('ticketDesk.detail.business'), children: ticket.merchant.businessName ?? t('common.none') },
          { key: 'terminal', label: t('ticketDesk.detail.terminal'), children: <span data-testid="desk-terminal">{ticket.terminal.serialNumber}</span> },
          { key: 'model', label: t('ticketDesk.detail.model'), children: ticket.terminal.model },
          { key: 'category', label: t('ticketDesk.detail.category'), children: <CategoryLabel category={ticket.category} /> },
          { key: 'code', label: t('ticketDesk.detail.responseCode'), children: ticket.responseCode ?? t('common.none') },
          { key: 'created', label: t('ticketDesk.detail.createdAt'), children: formatDateTime(ticket.createdAt, locale) },
          ...(ticket.rating !== null
            ? [
                {
                  key: 'rating',
                  label: t('ticketDesk.detail.rating'),
                  children: `${t('ticketDesk.detail.ratingValue', { rating: ticket.rating })}${ticket.ratingComment ? ` · ${ticket.ratingComment}` : ''}`,
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5}>{t('ticketDesk.detail.description')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginBottom: 0 }}>{ticket.description}</Typography.Paragraph>
    </Card>
  );
}

/** The troubleshooting steps the merchant walked before opening the ticket, with who acted and what they answered. */
export function TriedSteps({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = ticket.troubleshooting;
  return (
    <Card
      title={t('ticketDesk.tried.title')}
      extra={session ? <Tag>{t(`ticketDesk.tried.outcome.${session.outcome}`)}</Tag> : undefined}
      data-testid="desk-tried"
    >
      {!session || session.steps.length === 0 ? (
        <Typography.Text type="secondary">{t('ticketDesk.tried.none')}</Typography.Text>
      ) : (
        <Timeline
          items={session.steps.map((step, index) => {
            const answer =
              step.answer === SOLVED_ANSWER
                ? t('ticketDesk.tried.solved')
                : step.answer === NOT_SOLVED_ANSWER
                  ? t('ticketDesk.tried.notSolved')
                  : step.answerLabel
                    ? pickLocalized(locale, step.answerLabel.zh, step.answerLabel.en)
                    : step.answer;
            return {
              key: `${step.stepId}-${index}`,
              content: (
                <Flex vertical gap={2} data-testid="desk-tried-step">
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text strong>{pickLocalized(locale, step.title.zh, step.title.en)}</Typography.Text>
                    <Tag>{t(`tickets.actor.${step.actor}`)}</Tag>
                  </Flex>
                  <Typography.Text>→ {answer}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(step.at, locale)}
                  </Typography.Text>
                </Flex>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
