import { ArrowLeftOutlined } from '@ant-design/icons';
import { ErrorCode, fieldRuleMessage, type QuizResultDetails, type TrainingModuleView, type TrainingRecordView } from '@pos/shared';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Result, Row, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useRecordTraining, useTrainingModule } from '../api/prevention.api';

interface QuizValues {
  traineeName?: string;
  trainedOn?: Dayjs;
  trainerName?: string;
  answers: Record<string, number | undefined>;
}

const BEIJING_OFFSET_MINUTES = 8 * 60;
/** Training dates are Beijing calendar dates; the server refuses a date after today there. */
const beijingToday = () => dayjs().utcOffset(BEIJING_OFFSET_MINUTES);

/** The module's content, then the quiz with who was trained; the server grades it and records a pass. */
function ModuleContent({ module, backPath }: { module: TrainingModuleView; backPath: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<QuizValues>();
  const record = useRecordTraining();
  const [failed, setFailed] = useState<QuizResultDetails | null>(null);
  const [passed, setPassed] = useState<TrainingRecordView | null>(null);
  const text = (value: { zh: string; en: string }) => pickLocalized(locale, value.zh, value.en);
  const title = text(module.title);
  const requiredText = fieldRuleMessage(locale, 'required');
  useDocumentTitle(title);

  const onFinish = (values: QuizValues) => {
    setFailed(null);
    record.mutate(
      {
        module: module.module,
        traineeName: (values.traineeName ?? '').trim(),
        trainedOn: (values.trainedOn ?? beijingToday()).format('YYYY-MM-DD'),
        trainerName: values.trainerName?.trim() || undefined,
        answers: module.questions.map((question) => values.answers?.[question.id] ?? -1),
      },
      {
        onSuccess: setPassed,
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === ErrorCode.QUIZ_NOT_PASSED) setFailed(error.details as unknown as QuizResultDetails);
          else applyResolvedFieldErrors(form, error.fieldErrors, (field) => (['traineeName', 'trainedOn', 'trainerName'].includes(field) ? [field] : undefined));
        },
      },
    );
  };

  if (passed) {
    return (
      <Result
        status="success"
        title={t('prevention.module.passedTitle')}
        subTitle={<span data-testid="training-passed">{t('prevention.module.passedText', { name: passed.traineeName, module: title, score: passed.quizScore, total: passed.quizTotal })}</span>}
        extra={[
          <Link key="back" to={backPath}>
            <Button type="primary" data-testid="back-to-training">
              {t('prevention.module.backToTraining')}
            </Button>
          </Link>,
          <Button
            key="again"
            onClick={() => {
              form.resetFields();
              setPassed(null);
            }}
          >
            {t('prevention.module.another')}
          </Button>,
        ]}
      />
    );
  }

  const wrong = new Set(failed?.wrongQuestionIds ?? []);
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{text(module.summary)}</Typography.Text>
      </div>
      {module.sections.map((section, index) => (
        <Card key={index} size="small" title={text(section.title)}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {section.points.map((point, i) => (
              <li key={i} style={{ marginBottom: 6 }}>
                {text(point)}
              </li>
            ))}
          </ul>
        </Card>
      ))}
      <Form<QuizValues>
        form={form}
        name="quiz"
        layout="vertical"
        onFinish={onFinish}
        disabled={record.isPending}
        initialValues={{ trainedOn: beijingToday(), answers: {} }}
        onValuesChange={(changed: Partial<QuizValues>) => {
          // A question answered again is no longer marked as wrong.
          const answered = Object.keys(changed.answers ?? {});
          if (answered.length > 0) setFailed((current) => (current ? { ...current, wrongQuestionIds: current.wrongQuestionIds.filter((id) => !answered.includes(id)) } : current));
        }}
      >
        <Card title={t('prevention.module.quizTitle')}>
          <Typography.Paragraph type="secondary">{t('prevention.module.quizIntro', { total: module.questions.length, passMark: module.passMark })}</Typography.Paragraph>
          {module.questions.map((question, index) => (
            <Form.Item
              key={question.id}
              name={['answers', question.id]}
              label={`${index + 1}. ${text(question.prompt)}`}
              rules={[{ required: true, message: t('prevention.module.answerRequired') }]}
              validateStatus={wrong.has(question.id) ? 'error' : undefined}
              help={wrong.has(question.id) ? t('prevention.module.wrong') : undefined}
            >
              <Radio.Group data-testid={`question-${question.id}`}>
                <Flex vertical gap={8}>
                  {question.options.map((option, i) => (
                    <Radio key={i} value={i} data-testid={`answer-${question.id}-${i}`}>
                      {text(option)}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
          ))}
        </Card>
        <Card title={t('prevention.module.who')} style={{ marginTop: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="traineeName" label={t('prevention.module.traineeName')} rules={[{ required: true, whitespace: true, message: requiredText }, { max: 50 }]}>
                <Input maxLength={50} data-testid="trainee-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="trainedOn" label={t('prevention.module.trainedOn')} rules={[{ required: true, message: requiredText }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.format('YYYY-MM-DD') > beijingToday().format('YYYY-MM-DD')} data-testid="trained-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="trainerName" label={t('prevention.module.trainerName')} rules={[{ max: 50 }]}>
                <Input maxLength={50} data-testid="trainer-name" />
              </Form.Item>
            </Col>
          </Row>
          {failed && (
            <Alert
              role="alert"
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('prevention.module.failedTitle')}
              description={t('prevention.module.failedText', { score: failed.score, total: failed.total, passMark: failed.passMark })}
              data-testid="quiz-failed"
            />
          )}
          {record.isError && !failed && isApiError(record.error) && record.error.fieldErrors.length === 0 && (
            <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={t('prevention.module.submitFailed')} description={apiErrorText(record.error, locale)} />
          )}
          <Button type="primary" size="large" htmlType="submit" loading={record.isPending} data-testid="submit-quiz">
            {t('prevention.module.submit')}
          </Button>
        </Card>
      </Form>
    </Flex>
  );
}

/** /merchant/prevention/training/:module */
export function TrainingModulePage({ module, backPath }: { module: string; backPath: string }) {
  const { t } = useTranslation();
  const content = useTrainingModule(module);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 880, width: '100%', margin: '0 auto' }}>
      <Link to={backPath}>
        <ArrowLeftOutlined /> {t('prevention.module.back')}
      </Link>
      {content.isError ? (
        <LoadFailedAlert title={t('prevention.module.loadFailed')} error={content.error} onRetry={() => void content.refetch()} />
      ) : content.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <ModuleContent module={content.data} backPath={backPath} />
      )}
    </Flex>
  );
}
