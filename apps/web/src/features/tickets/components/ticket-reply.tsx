import { CloseOutlined, PaperClipOutlined, SendOutlined } from '@ant-design/icons';
import { ACCEPTED_UPLOAD_TYPES, DEFAULT_MAX_UPLOAD_BYTES, type TicketDetail } from '@pos/shared';
import { Alert, App, Button, Flex, Form, Input, Progress, Tag, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { formatBytes } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useSendTicketMessage, useUploadTicketAttachment } from '../api/tickets.api';

/** The visually hidden file input: still a real <input type=file> so tests and assistive tech can reach it. */
const HIDDEN_INPUT_STYLE = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

interface Attached {
  id: string;
  name: string;
}

/** The merchant's reply, with files uploaded first and sent along by id. */
export function TicketReply({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body?: string }>();
  const send = useSendTicketMessage(ticket.id);
  const upload = useUploadTicketAttachment(ticket.id);
  const inputRef = useRef<HTMLInputElement>(null);
  const [attached, setAttached] = useState<Attached[]>([]);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so choosing the same file again (after a failure) still fires a change.
    event.target.value = '';
    if (!file) return;
    setProgress({ name: file.name, percent: 0 });
    upload.mutate(
      { file, onProgress: ({ percent }) => setProgress({ name: file.name, percent }) },
      {
        onSuccess: (attachment) => setAttached((current) => [...current, { id: attachment.id, name: attachment.originalName }]),
        onSettled: () => setProgress(null),
      },
    );
  };

  const onFinish = ({ body }: { body?: string }) => {
    const text = (body ?? '').trim();
    send.mutate(
      { body: text, ...(attached.length > 0 ? { attachmentIds: attached.map((item) => item.id) } : {}) },
      {
        onSuccess: () => {
          form.resetFields();
          setAttached([]);
          upload.reset();
          void message.success(t('tickets.reply.sent'));
        },
        onError: (error) => {
          if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, ['body']);
        },
      },
    );
  };

  return (
    <Form form={form} name="ticket-reply" layout="vertical" disabled={send.isPending} onFinish={onFinish}>
      {ticket.status === 'RESOLVED' && <Alert type="info" showIcon title={t('tickets.reply.reopenHint')} style={{ marginBottom: 12 }} />}
      {send.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('tickets.reply.failed')}
          description={isApiError(send.error) ? apiErrorText(send.error, locale) : undefined}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item name="body" label={t('tickets.reply.label')} rules={[{ required: true, whitespace: true, message: t('tickets.reply.required') }]}>
        <Input.TextArea rows={3} maxLength={4000} placeholder={t('tickets.reply.placeholder')} data-testid="ticket-reply-body" />
      </Form.Item>
      {attached.length > 0 && (
        <Flex gap={6} wrap style={{ marginBottom: 12 }} data-testid="ticket-reply-attachments">
          {attached.map((item) => (
            <Tag
              key={item.id}
              icon={<PaperClipOutlined />}
              closable
              closeIcon={<CloseOutlined aria-label={t('tickets.reply.remove', { name: item.name })} />}
              onClose={() => setAttached((current) => current.filter((other) => other.id !== item.id))}
            >
              {item.name}
            </Tag>
          ))}
        </Flex>
      )}
      {progress && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('tickets.reply.uploading', { name: progress.name })}
          </Typography.Text>
          <Progress percent={progress.percent} size="small" status="active" />
        </div>
      )}
      {upload.isError && !progress && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('tickets.reply.uploadFailed')}
          description={isApiError(upload.error) ? apiErrorText(upload.error, locale) : undefined}
          style={{ marginBottom: 12 }}
          data-testid="ticket-upload-error"
        />
      )}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex vertical>
          <input
            ref={inputRef}
            type="file"
            accept={ACCEPTED_UPLOAD_TYPES.join(',')}
            data-testid="ticket-reply-file"
            aria-label={t('tickets.reply.attach')}
            style={HIDDEN_INPUT_STYLE}
            tabIndex={-1}
            onChange={onFile}
          />
          <Button size="large" icon={<PaperClipOutlined />} loading={upload.isPending} onClick={() => inputRef.current?.click()}>
            {t('tickets.reply.attach')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('tickets.reply.attachHint', { limit: formatBytes(DEFAULT_MAX_UPLOAD_BYTES) })}
          </Typography.Text>
        </Flex>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          icon={<SendOutlined />}
          loading={send.isPending}
          disabled={upload.isPending}
          data-testid="ticket-reply-send"
        >
          {t('tickets.reply.send')}
        </Button>
      </Flex>
    </Form>
  );
}
