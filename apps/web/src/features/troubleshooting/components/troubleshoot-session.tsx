import { CheckCircleOutlined, RightOutlined } from '@ant-design/icons';
import {
  NOT_SOLVED_ANSWER,
  SOLVED_ANSWER,
  type TroubleshootingActor,
  type TroubleshootingSessionView,
  type TroubleshootingStepDefinition,
} from '@pos/shared';
import { Alert, Button, Card, Flex, Form, Input, Result, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnswerTroubleshootingStep, useEscalateTroubleshooting, useTroubleshootingSession } from '../api/troubleshooting.api';
import { StepsTried } from './steps-tried';

const ACTOR_COLOR: Record<TroubleshootingActor, string> = { CASHIER: 'blue', CARDHOLDER: 'gold', PROVIDER: 'purple' };

/** Big enough to hit with a thumb at the till. */
const TOUCH = { minHeight: 52, height: 'auto', whiteSpace: 'normal', paddingBlock: 10 } as const;

interface TroubleshootSessionProps {
  sessionId: string;
  /** Where a ticket opens, by id. */
  ticketPath: (ticketId: string) => string;
  homePath: string;
  /** Where a new walk starts. */
  startPath: string;
}

/** 故障排查, one step at a time: who acts, what to do, and whether it helped; at the end, a ticket. */
export function TroubleshootSession({ sessionId, ticketPath, homePath, startPath }: TroubleshootSessionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useTroubleshootingSession(sessionId);
  // Kept here, not in the step, because the step the reload brings is a new StepCard.
  const [stale, setStale] = useState(false);
  useDocumentTitle(t('tickets.walk.title'));

  if (session.isError) {
    return <LoadFailedAlert title={t('tickets.walk.loadFailed')} error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (session.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  const view = session.data;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('tickets.walk.title')}
        </Typography.Title>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">
            {t('tickets.walk.context', { serial: view.terminal.serialNumber, category: t(`tickets.category.${view.category}`) })}
          </Typography.Text>
          {view.responseCode && <Tag>{t('tickets.walk.code', { code: view.responseCode })}</Tag>}
        </Flex>
      </div>
      {view.outcome === 'SELF_RESOLVED' ? (
        <Card>
          <Result
            status="success"
            title={t('tickets.walk.resolvedTitle')}
            subTitle={t('tickets.walk.resolvedText')}
            data-testid="ts-resolved-result"
            extra={[
              <Link key="home" to={homePath}>
                <Button type="primary" size="large">
                  {t('tickets.walk.backHome')}
                </Button>
              </Link>,
              <Link key="again" to={startPath}>
                <Button size="large">{t('tickets.walk.again')}</Button>
              </Link>,
            ]}
          />
        </Card>
      ) : view.ticket ? (
        <Card>
          <Result
            status="info"
            title={t('tickets.walk.hasTicket', { reference: view.ticket.reference })}
            extra={
              <Link to={ticketPath(view.ticket.id)} data-testid="ts-view-ticket">
                <Button type="primary" size="large">
                  {t('tickets.walk.viewTicket')}
                </Button>
              </Link>
            }
          />
        </Card>
      ) : view.currentStep ? (
        <StepCard key={view.currentStep.id} session={view} step={view.currentStep} locale={locale} stale={stale} onStale={setStale} />
      ) : view.canOpenTicket ? (
        <EscalateCard session={view} ticketPath={ticketPath} />
      ) : (
        <Card>
          <Result status="info" title={t('tickets.walk.abandoned')} extra={<Link to={startPath}>{t('tickets.walk.again')}</Link>} />
        </Card>
      )}
    </Flex>
  );
}

interface StepCardProps {
  session: TroubleshootingSessionView;
  step: TroubleshootingStepDefinition;
  locale: ReturnType<typeof useLocale>;
  /** The last answer came too late: the walk had already moved on. */
  stale: boolean;
  onStale: (stale: boolean) => void;
}

function StepCard({ session, step, locale, stale, onStale }: StepCardProps) {
  const { t } = useTranslation();
  const answer = useAnswerTroubleshootingStep(session.id);
  const refetch = useTroubleshootingSession(session.id).refetch;
  const titleRef = useRef<HTMLHeadingElement>(null);

  // A new step is a new screen: move focus to its title so a screen reader reads it out.
  useEffect(() => titleRef.current?.focus(), []);

  const send = (value: string) => {
    onStale(false);
    answer.mutate(
      { stepId: step.id, answer: value },
      {
        onError: (error) => {
          // Another tab (or a double tap) already moved the walk on: show where it stands now.
          if (isApiError(error) && error.status === 409) {
            onStale(true);
            answer.reset();
            void refetch();
          }
        },
      },
    );
  };

  const pending = answer.isPending;
  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Tag color={ACTOR_COLOR[step.actor]} data-testid="ts-step-actor" data-actor={step.actor} style={{ fontSize: 14, padding: '2px 10px' }}>
            {t(`tickets.actor.${step.actor}`)}
          </Tag>
          <Typography.Text type="secondary" data-testid="ts-progress">
            {t('tickets.walk.progress', { count: session.steps.length })}
          </Typography.Text>
        </Flex>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="ts-step-title" ref={titleRef} tabIndex={-1}>
          {pickLocalized(locale, step.title.zh, step.title.en)}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 16, margin: 0 }} data-testid="ts-step-instruction">
          {pickLocalized(locale, step.instruction.zh, step.instruction.en)}
        </Typography.Paragraph>
        {stale && <Alert type="info" showIcon title={t('tickets.walk.stale')} data-testid="ts-stale" />}
        {answer.isError && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={t('tickets.walk.answerFailed')}
            description={isApiError(answer.error) ? apiErrorText(answer.error, locale) : undefined}
          />
        )}
        <Flex vertical gap={10}>
          <Button
            type="primary"
            size="large"
            block
            icon={<CheckCircleOutlined />}
            disabled={pending}
            loading={pending && answer.variables?.answer === SOLVED_ANSWER}
            onClick={() => send(SOLVED_ANSWER)}
            data-testid="ts-solved"
            style={TOUCH}
          >
            {t('tickets.walk.solved')}
          </Button>
          {step.answers ? (
            step.answers.map((option) => (
              <Button
                key={option.id}
                size="large"
                block
                disabled={pending}
                loading={pending && answer.variables?.answer === option.id}
                onClick={() => send(option.id)}
                data-testid={`ts-answer-${option.id}`}
                style={TOUCH}
              >
                {pickLocalized(locale, option.label.zh, option.label.en)}
              </Button>
            ))
          ) : (
            <Button
              size="large"
              block
              icon={<RightOutlined />}
              iconPlacement="end"
              disabled={pending}
              loading={pending && answer.variables?.answer === NOT_SOLVED_ANSWER}
              onClick={() => send(NOT_SOLVED_ANSWER)}
              data-testid="ts-not-solved"
              style={TOUCH}
            >
              {t('tickets.walk.notSolved')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

function EscalateCard({ session, ticketPath }: { session: TroubleshootingSessionView; ticketPath: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ description?: string }>();
  const escalate = useEscalateTroubleshooting(session.id);

  const onFinish = ({ description }: { description?: string }) => {
    const text = description?.trim();
    escalate.mutate(text ? { description: text } : {}, {
      onSuccess: (ticket) => void navigate(ticketPath(ticket.id)),
      onError: (error) => {
        if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, ['description']);
      },
    });
  };

  return (
    <Card>
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('tickets.walk.endedTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('tickets.walk.endedText')}
          </Typography.Paragraph>
        </div>
        <div>
          <Typography.Text strong>{t('tickets.walk.stepsTried')}</Typography.Text>
          <StepsTried steps={session.steps} testId="ts-steps-tried" />
        </div>
        {escalate.isError && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={t('tickets.walk.openFailed')}
            description={isApiError(escalate.error) ? apiErrorText(escalate.error, locale) : undefined}
          />
        )}
        <Form form={form} name="escalate" layout="vertical" disabled={escalate.isPending} onFinish={onFinish}>
          <Form.Item name="description" label={t('tickets.walk.description')}>
            <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('tickets.walk.descriptionPlaceholder')} data-testid="ts-description" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={escalate.isPending} data-testid="ts-open-ticket" style={TOUCH}>
            {t('tickets.walk.openTicket')}
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
