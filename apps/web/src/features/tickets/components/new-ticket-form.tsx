import { FaultCategory, responseCodeInfo, type CreateTicketRequest, type TerminalListResponse } from '@pos/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { ResponseCodeSelect } from '../../../components/response-code-select';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateTicket } from '../api/tickets.api';

interface NewTicketValues {
  terminalId?: string;
  category?: FaultCategory;
  responseCode?: string;
  subject?: string;
  description?: string;
}

const FIELDS = ['terminalId', 'category', 'responseCode', 'subject', 'description'] as const;

interface NewTicketFormProps {
  /** The merchant's terminals (the page loads them). */
  terminals: UseQueryResult<TerminalListResponse>;
  initialTerminalId?: string | null;
  ticketPath: (ticketId: string) => string;
  backPath: string;
}

/** 直接报修: a ticket without walking a troubleshooting tree first. */
export function NewTicketForm({ terminals, initialTerminalId, ticketPath, backPath }: NewTicketFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewTicketValues>();
  const create = useCreateTicket();
  useDocumentTitle(t('tickets.form.title'));

  const usable = terminals.data?.items.filter((terminal) => terminal.status !== 'RETIRED') ?? [];
  const preselected = usable.find((terminal) => terminal.id === initialTerminalId)?.id ?? (usable.length === 1 ? usable[0]?.id : undefined);

  const onValuesChange = (changed: Partial<NewTicketValues>) => {
    if (changed.responseCode && !form.getFieldValue('category')) {
      const info = responseCodeInfo(changed.responseCode);
      if (info) form.setFieldValue('category', info.category);
    }
  };

  const onFinish = (values: NewTicketValues) => {
    if (!values.terminalId || !values.category) return;
    const body: CreateTicketRequest = {
      terminalId: values.terminalId,
      category: values.category,
      subject: (values.subject ?? '').trim(),
      description: (values.description ?? '').trim(),
    };
    if (values.responseCode) body.responseCode = values.responseCode;
    create.mutate(body, {
      onSuccess: (ticket) => void navigate(ticketPath(ticket.id)),
      onError: (error) => {
        if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, FIELDS);
      },
    });
  };

  const required = (field: 'terminalId' | 'category' | 'subject' | 'description') => [{ required: true, whitespace: true, message: t(`tickets.form.required.${field}`) }];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('tickets.form.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('tickets.form.intro')}</Typography.Text>
      </div>
      {terminals.isError ? (
        <LoadFailedAlert title={t('tickets.start.terminalsLoadFailed')} error={terminals.error} onRetry={() => void terminals.refetch()} />
      ) : terminals.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : usable.length === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.start.noTerminals')} />
        </Card>
      ) : (
        <Card>
          {create.isError && (
            <Alert
              role="alert"
              type="error"
              showIcon
              title={t('tickets.form.failed')}
              description={isApiError(create.error) ? apiErrorText(create.error, locale) : undefined}
              style={{ marginBottom: 16 }}
              data-testid="ticket-new-error"
            />
          )}
          <Form<NewTicketValues>
            form={form}
            name="new-ticket"
            layout="vertical"
            disabled={create.isPending}
            initialValues={{ terminalId: preselected }}
            onValuesChange={onValuesChange}
            onFinish={onFinish}
          >
            <Form.Item name="terminalId" label={t('tickets.form.terminal')} rules={required('terminalId')}>
              <Select
                size="large"
                placeholder={t('tickets.start.terminalPlaceholder')}
                data-testid="ticket-terminal"
                options={usable.map((terminal) => ({ value: terminal.id, label: `${terminal.serialNumber} · ${terminal.model}` }))}
              />
            </Form.Item>
            <Form.Item name="category" label={t('tickets.form.category')} rules={required('category')}>
              <Select
                size="large"
                data-testid="ticket-category"
                options={Object.values(FaultCategory).map((category) => ({ value: category, label: t(`tickets.category.${category}`) }))}
              />
            </Form.Item>
            <Form.Item name="responseCode" label={t('tickets.form.responseCode')}>
              <ResponseCodeSelect placeholder={t('tickets.start.responseCodePlaceholder')} testId="ticket-response-code" />
            </Form.Item>
            <Form.Item name="subject" label={t('tickets.form.subject')} rules={required('subject')}>
              <Input size="large" maxLength={200} placeholder={t('tickets.form.subjectPlaceholder')} data-testid="ticket-subject" />
            </Form.Item>
            <Form.Item name="description" label={t('tickets.form.description')} rules={required('description')}>
              <Input.TextArea rows={5} maxLength={4000} showCount placeholder={t('tickets.form.descriptionPlaceholder')} data-testid="ticket-description" />
            </Form.Item>
            <Flex gap={8} wrap justify="flex-end">
              <Link to={backPath}>
                <Button size="large">{t('tickets.form.back')}</Button>
              </Link>
              <Button type="primary" htmlType="submit" size="large" loading={create.isPending} data-testid="ticket-new-submit">
                {t('tickets.form.submit')}
              </Button>
            </Flex>
          </Form>
        </Card>
      )}
    </Flex>
  );
}
