import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { AGREEMENT_PLACEHOLDERS, fieldRuleMessage, type AgreementPlaceholder, type AgreementTemplateView, type CreateAgreementTemplateRequest } from '@pos/shared';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, Row, Skeleton, Table, Tooltip, Typography, type FormRule } from 'antd';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useAgreementTemplates, usePublishAgreementTemplate } from '../api/agreement-templates.api';

const FIELDS = ['title', 'body', 'titleEn', 'bodyEn'] as const;
type BodyField = 'body' | 'bodyEn';

interface TemplateValues {
  title: string;
  body: string;
  titleEn?: string;
  bodyEn?: string;
}

/** Names inside {{ }} that the generator does not know; the server refuses them too (unknownPlaceholder). */
export function unknownPlaceholders(text: string): string[] {
  const known: readonly string[] = AGREEMENT_PLACEHOLDERS;
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').filter((name) => !known.includes(name));
}

/** PROVIDER_ADMIN: the agreement template's versions and the form that publishes the next one. */
export function AgreementTemplatePanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const templates = useAgreementTemplates();

  if (templates.isError) {
    return (
      <Alert
        role="alert"
        type="error"
        showIcon
        title={t('agreementTemplates.loadFailed')}
        description={isApiError(templates.error) ? apiErrorText(templates.error, locale) : undefined}
      />
    );
  }
  if (!templates.data) return <Skeleton active />;

  const versions = [...templates.data.items].sort((a, b) => b.version - a.version);
  const [current] = versions;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('agreementTemplates.intro')}
      </Typography.Paragraph>
      <Card
        size="small"
        title={current ? `${t('agreementTemplates.current')} · ${t('agreementTemplates.versionLabel', { version: current.version })}` : t('agreementTemplates.current')}
        data-testid="template-current"
      >
        {current ? <TemplateText template={current} /> : <Empty description={t('agreementTemplates.none')} />}
      </Card>
      <Card size="small" title={t('agreementTemplates.publishTitle')}>
        <PublishTemplateForm key={current?.id ?? 'none'} current={current} />
      </Card>
      <Card size="small" title={t('agreementTemplates.history')} styles={{ body: { padding: 0 } }}>
        <Table<AgreementTemplateView>
          rowKey="id"
          size="small"
          dataSource={versions}
          pagination={{ hideOnSinglePage: true, pageSize: 10 }}
          expandable={{ expandedRowRender: (template) => <TemplateText template={template} /> }}
          columns={[
            {
              title: t('agreementTemplates.version'),
              dataIndex: 'version',
              render: (version: number) => <span data-testid="template-version">{t('agreementTemplates.versionLabel', { version })}</span>,
            },
            { title: t('agreementTemplates.titleColumn'), dataIndex: 'title' },
            { title: t('agreementTemplates.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at, locale) },
          ]}
        />
      </Card>
    </Flex>
  );
}

function TemplateText({ template }: { template: AgreementTemplateView }) {
  const locale = useLocale();
  const english = locale === 'en' && template.bodyEn;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{english ? template.titleEn || template.title : template.title}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, maxHeight: 320, overflow: 'auto' }}>{english ? template.bodyEn : template.body}</Typography.Paragraph>
    </Flex>
  );
}

function PublishTemplateForm({ current }: { current: AgreementTemplateView | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateValues>();
  const publish = usePublishAgreementTemplate();
  const [problem, setProblem] = useState<string | null>(null);
  // Where a chip inserts: the body edited last and its selection there.
  const caret = useRef<{ field: BodyField; start: number; end: number }>({ field: 'body', start: -1, end: -1 });

  const track = (event: SyntheticEvent<HTMLTextAreaElement>) => {
    const field: BodyField = event.currentTarget.dataset.field === 'bodyEn' ? 'bodyEn' : 'body';
    caret.current = { field, start: event.currentTarget.selectionStart, end: event.currentTarget.selectionEnd };
  };

  const insert = (name: AgreementPlaceholder) => {
    const token = `{{${name}}}`;
    const { field, start, end } = caret.current;
    const value: string = form.getFieldValue(field) ?? '';
    const from = start < 0 ? value.length : Math.min(start, value.length);
    const to = end < 0 ? value.length : Math.min(Math.max(end, from), value.length);
    form.setFieldValue(field, `${value.slice(0, from)}${token}${value.slice(to)}`);
    caret.current = { field, start: from + token.length, end: from + token.length };
    void form.validateFields([field]).catch(() => undefined);
  };

  const placeholderRule: FormRule = {
    validator: async (_rule, value: unknown) => {
      if (typeof value === 'string' && unknownPlaceholders(value).length > 0) {
        throw new Error(t('agreementTemplates.unknownList', { message: fieldRuleMessage(locale, 'unknownPlaceholder') ?? '', names: unknownPlaceholders(value).join(', ') }));
      }
    },
  };

  const onFinish = (values: TemplateValues) => {
    setProblem(null);
    const body: CreateAgreementTemplateRequest = { title: values.title.trim(), body: values.body };
    if (values.titleEn?.trim()) body.titleEn = values.titleEn.trim();
    if (values.bodyEn?.trim()) body.bodyEn = values.bodyEn;
    publish.mutate(body, {
      onSuccess: (created) => void message.success(t('agreementTemplates.published', { version: created.version })),
      onError: (error) => {
        if (!isApiError(error)) return;
        const unmatched = applyFieldErrors(form, error.fieldErrors, FIELDS);
        if (unmatched.length > 0) setProblem(unmatched.map((item) => item.message).join(t('common.listSeparator')));
      },
    });
  };

  const required: FormRule = { required: true, whitespace: true, message: fieldRuleMessage(locale, 'isNotEmpty') ?? '' };

  return (
    <Form<TemplateValues>
      form={form}
      name="agreementTemplate"
      layout="vertical"
      initialValues={{ title: current?.title ?? '', body: current?.body ?? '', titleEn: current?.titleEn ?? '', bodyEn: current?.bodyEn ?? '' }}
      onFinish={onFinish}
      disabled={publish.isPending}
    >
      {publish.isError && (problem || !isApiError(publish.error) || publish.error.fieldErrors.length === 0) && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('agreementTemplates.publishFailed')}
          description={problem ?? (isApiError(publish.error) ? apiErrorText(publish.error, locale) : undefined)}
        />
      )}
      <Form.Item label={t('agreementTemplates.placeholders')} extra={t('agreementTemplates.placeholderHint')}>
        <Flex wrap gap={6} data-testid="placeholder-chips">
          {AGREEMENT_PLACEHOLDERS.map((name) => (
            <Tooltip key={name} title={t(`agreementTemplates.placeholderNames.${name}`)}>
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => insert(name)} data-testid={`placeholder-${name}`}>
                {`{{${name}}}`}
              </Button>
            </Tooltip>
          ))}
        </Flex>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item name="title" label={t('agreementTemplates.title')} rules={[required]}>
            <Input maxLength={100} data-testid="template-title" />
          </Form.Item>
          <Form.Item name="body" label={t('agreementTemplates.body')} rules={[required, placeholderRule]}>
            <Input.TextArea
              rows={14}
              maxLength={20_000}
              data-field="body"
              onSelect={track}
              onKeyUp={track}
              onClick={track}
              onFocus={track}
              data-testid="template-body"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="titleEn" label={t('agreementTemplates.titleEn')}>
            <Input maxLength={100} data-testid="template-title-en" />
          </Form.Item>
          <Form.Item name="bodyEn" label={t('agreementTemplates.bodyEn')} rules={[placeholderRule]}>
            <Input.TextArea
              rows={14}
              maxLength={20_000}
              data-field="bodyEn"
              onSelect={track}
              onKeyUp={track}
              onClick={track}
              onFocus={track}
              data-testid="template-body-en"
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" icon={<CloudUploadOutlined />} loading={publish.isPending} data-testid="template-publish">
        {t('agreementTemplates.publish')}
      </Button>
    </Form>
  );
}
