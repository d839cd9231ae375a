import { Alert, Button, Flex, Form, Input, Modal } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';

interface ReasonModalProps {
  open: boolean;
  title: string;
  label: string;
  placeholder?: string;
  okText: string;
  /** Shown above the reason. */
  intro?: ReactNode;
  /** The reason is optional (an approval note) rather than required (a rejection). */
  optional?: boolean;
  /** The API field the reason is sent as (`note`, `reason`): its field errors land on the text box. */
  apiField: string;
  pending: boolean;
  error: unknown;
  submitTestId: string;
  danger?: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

interface ReasonValues {
  reason?: string;
}

/** A short dialog asking for a reason (rejecting a document or an application) or an optional note (approving). */
export function ReasonModal(props: ReasonModalProps) {
  const { open, title, label, placeholder, okText, intro, optional = false, apiField, pending, error, submitTestId, danger = false, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<ReasonValues>();

  // The server's field errors (reasonRequired) belong on the box; anything else is shown above it.
  useEffect(() => {
    if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, (field) => (field === apiField ? ['reason'] : undefined));
  }, [error, form, apiField]);
  const fieldOnly = isApiError(error) && error.fieldErrors.length > 0 && error.fieldErrors.every((field) => field.field === apiField);

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onCancel}>{t('reviews.cancel')}</Button>
          <Button type="primary" danger={danger} loading={pending} onClick={() => form.submit()} data-testid={submitTestId}>
            {okText}
          </Button>
        </Flex>
      }
    >
      {intro && <div style={{ marginBottom: 12 }}>{intro}</div>}
      {Boolean(error) && !fieldOnly && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={isApiError(error) ? apiErrorText(error, locale) : t('reviews.actionFailed')}
          data-testid="reason-error"
        />
      )}
      <Form<ReasonValues> form={form} layout="vertical" preserve={false} onFinish={(values) => onSubmit(values.reason?.trim() ?? '')}>
        <Form.Item
          name="reason"
          label={label}
          rules={optional ? [] : [{ required: true, whitespace: true, message: t('reviews.reasonRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={placeholder} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
