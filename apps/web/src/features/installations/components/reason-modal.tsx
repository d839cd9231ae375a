import type { TimeWindow } from '@pos/shared';
import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors, type FieldPath } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { windowsToSend, type WindowText } from './time-window';
import { emptyWindow, WindowsField } from './windows-field';

export interface ReasonModalValues {
  reason: string;
  /** Only when the modal asks for windows (a reschedule). */
  windows?: TimeWindow[];
}

interface ReasonModalProps {
  open: boolean;
  title: string;
  intro?: string;
  okText: string;
  danger?: boolean;
  reasonLabel?: string;
  /** Ask for new windows as well (a reschedule), at least this many. */
  windowsMin?: number;
  /** Prefix of the test ids: <testId>-reason, <testId>-submit; also the form's name. */
  testId: string;
  /** Sends the answer; a rejection shows its message and puts field errors on the fields. */
  onSubmit: (values: ReasonModalValues) => Promise<unknown>;
  onClose: () => void;
}

interface FormValues {
  reason?: string;
  windows?: WindowText[];
}

/** `windows.1` → ['windows', 1]; `reason` → ['reason']. */
function pathOf(field: string): FieldPath | undefined {
  if (field === 'reason') return ['reason'];
  const match = /^windows\.(\d+)$/.exec(field);
  return match ? ['windows', Number(match[1])] : undefined;
}

/** A modal that asks why (cancel, dispute) and, for a reschedule, for new windows too. */
export function ReasonModal({ open, title, intro, okText, danger, reasonLabel, windowsMin, testId, onSubmit, onClose }: ReasonModalProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<FormValues>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string[] | undefined>();

  const submit = async (values: FormValues) => {
    const windows = windowsMin === undefined ? undefined : windowsToSend(values.windows ?? []);
    if (windowsMin !== undefined && !windows) return;
    setPending(true);
    setError(undefined);
    try {
      await onSubmit({ reason: (values.reason ?? '').trim(), ...(windows ? { windows } : {}) });
      form.resetFields();
      onClose();
    } catch (caught) {
      if (!isApiError(caught)) {
        setError([t('installations.card.actionFailed')]);
        return;
      }
      const { unmatched, paths } = applyResolvedFieldErrors(form, caught.fieldErrors, pathOf);
      setError(paths.length > 0 && unmatched.length === 0 ? undefined : [apiErrorText(caught, locale), ...unmatched.map((field) => field.message)]);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      width={windowsMin === undefined ? 480 : 640}
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button onClick={onClose} disabled={pending}>
            {t('common.close')}
          </Button>
          <Button type="primary" danger={danger} loading={pending} onClick={() => form.submit()} data-testid={`${testId}-submit`}>
            {okText}
          </Button>
        </Flex>
      }
    >
      <Form<FormValues>
        form={form}
        name={testId}
        layout="vertical"
        disabled={pending}
        initialValues={windowsMin === undefined ? {} : { windows: Array.from({ length: Math.max(windowsMin, 1) }, emptyWindow) }}
        onFinish={(values) => void submit(values)}
      >
        {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
        {error && <Alert role="alert" type="error" showIcon title={t('installations.card.actionFailed')} description={error.join(' ')} style={{ marginBottom: 16 }} />}
        {windowsMin !== undefined && <WindowsField min={windowsMin} disabled={pending} />}
        <Form.Item
          name="reason"
          label={reasonLabel ?? t('installations.reason.label')}
          rules={[{ required: true, whitespace: true, message: t('installations.reason.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('installations.reason.placeholder')} data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
