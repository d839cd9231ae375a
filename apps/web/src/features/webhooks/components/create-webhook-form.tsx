import { PlusOutlined } from '@ant-design/icons';
import { WEBHOOK_EVENTS, type CreatedWebhookResponse, type WebhookEvent } from '@pos/shared';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../../../components/checkbox-group-field';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useCreateWebhook } from '../api/webhooks.api';

interface WebhookValues {
  url?: string;
  events?: WebhookEvent[];
}

const FIELDS = ['url', 'events'];
const URL_PATTERN = /^https?:\/\/\S+$/i;

/** Adds an endpoint; the server checks the address (a private one is refused) and says why on the URL field. */
export function CreateWebhookForm({ onCreated }: { onCreated: (created: CreatedWebhookResponse) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<WebhookValues>();
  const create = useCreateWebhook();

  const onFinish = (values: WebhookValues) => {
    create.mutate(
      { url: (values.url ?? '').trim(), events: WEBHOOK_EVENTS.filter((event) => values.events?.includes(event)) },
      {
        onSuccess: (created) => {
          form.resetFields();
          onCreated(created);
        },
        onError: (error) => {
          if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, FIELDS);
        },
      },
    );
  };

  const error = create.error;
  const unmatched = isApiError(error) ? error.fieldErrors.filter((field) => !FIELDS.includes(field.field)) : [];
  // Field errors are shown on their fields; anything else above the form.
  const showAlert = isApiError(error) ? error.fieldErrors.length === 0 || unmatched.length > 0 : Boolean(error);

  return (
    <Card title={t('webhooks.create.title')}>
      <Form<WebhookValues> form={form} name="webhook" layout="vertical" disabled={create.isPending} onFinish={onFinish} initialValues={{ events: [] }}>
        {showAlert && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={t('webhooks.create.failed')}
            description={unmatched.length > 0 ? unmatched.map((field) => field.message).join(' ') : isApiError(error) ? apiErrorText(error, locale) : undefined}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item
          name="url"
          label={t('webhooks.create.url')}
          rules={[
            { required: true, whitespace: true, message: t('webhooks.create.urlRequired') },
            { pattern: URL_PATTERN, message: t('webhooks.create.urlFormat') },
          ]}
        >
          <Input data-testid="webhook-url" placeholder={t('webhooks.create.urlPlaceholder')} maxLength={2048} autoComplete="off" spellCheck={false} inputMode="url" />
        </Form.Item>
        <Form.Item name="events" label={t('webhooks.create.events')} rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.create.eventsRequired') }]}>
          <CheckboxGroupField
            aria-label={t('webhooks.create.events')}
            data-testid="webhook-events"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 8 }}
            options={WEBHOOK_EVENTS.map((event) => ({ value: event, label: t(`webhooks.events.${event}`) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending} data-testid="webhook-create">
          {t('webhooks.create.submit')}
        </Button>
      </Form>
    </Card>
  );
}
