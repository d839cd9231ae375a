import { LockOutlined, PaperClipOutlined, SendOutlined } from '@ant-design/icons';
import { ACCEPTED_UPLOAD_TYPES, TicketStatus, type TicketAttachmentView, type TicketDetail, type TicketMessageView } from '@pos/shared';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Switch, Tag, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { saveBlob } from '../../../lib/use-object-url';
import { fetchTicketAttachmentBlob, usePostTicketMessage, useUploadTicketAttachment } from '../api/ticket-desk.api';

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

/** Internal notes look like sticky notes, so nobody mistakes one for what the merchant sees. */
const INTERNAL_STYLE = { background: '#fffbe6', border: '1px solid #ffe58f' } as const;
const MERCHANT_STYLE = { background: '#f5f5f5', border: '1px solid #f0f0f0' } as const;
const PROVIDER_STYLE = { background: '#e6f4ff', border: '1px solid #bae0ff' } as const;

function AttachmentLink({ ticketId, attachment }: { ticketId: string; attachment: TicketAttachmentView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const download = () => {
    setLoading(true);
    fetchTicketAttachmentBlob(ticketId, attachment.id)
      .then((blob) => saveBlob(blob, attachment.originalName))
      .catch(() => void message.error(t('ticketDesk.conversation.downloadFailed')))
      .finally(() => setLoading(false));
  };
  return (
    <Button size="small" type="link" icon={<PaperClipOutlined />} loading={loading} onClick={download} data-testid="desk-attachment">
      {attachment.originalName} <Typography.Text type="secondary">({formatBytes(attachment.sizeBytes)})</Typography.Text>
    </Button>
  );
}

function Message({ ticketId, message: item }: { ticketId: string; message: TicketMessageView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const style = item.internal ? INTERNAL_STYLE : item.author.side === 'MERCHANT' ? MERCHANT_STYLE : PROVIDER_STYLE;
  return (
    <div
      data-testid="desk-message"
      data-internal={item.internal ? 'true' : undefined}
      data-side={item.author.side}
      style={{ ...style, borderRadius: 8, padding: 12, marginLeft: item.author.side === 'PROVIDER' ? 32 : 0, marginRight: item.author.side === 'MERCHANT' ? 32 : 0 }}
    >
      <Flex justify="space-between" gap={8} wrap>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{item.author.displayName}</Typography.Text>
          <Tag>{item.author.side === 'MERCHANT' ? t('ticketDesk.conversation.merchantSide') : t('ticketDesk.conversation.providerSide')}</Tag>
          {item.internal && (
            <Tag color="gold" icon={<LockOutlined />} data-testid="desk-internal-badge">
              {t('ticketDesk.conversation.internalBadge')}
            </Tag>
          )}
        </Flex>
        <Typography.Text type="secondary">{formatDateTime(item.createdAt, locale)}</Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '8px 0 0', overflowWrap: 'anywhere' }}>{item.body}</Typography.Paragraph>
      {item.attachments.length > 0 && (
        <Flex gap={4} wrap>
          {item.attachments.map((attachment) => (
            <AttachmentLink key={attachment.id} ticketId={ticketId} attachment={attachment} />
          ))}
        </Flex>
      )}
    </div>
  );
}

interface ReplyValues {
  body?: string;
}

/** The reply box: a reply to the merchant (stops the first-response clock) or an internal note, with attachments. */
function ReplyBox({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReplyValues>();
  const [internal, setInternal] = useState(false);
  const [attachments, setAttachments] = useState<TicketAttachmentView[]>([]);
  const [uploadingName, setUploadingName] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const post = usePostTicketMessage(ticket.id);
  const upload = useUploadTicketAttachment(ticket.id);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after a failure) still fires a change.
    event.target.value = '';
    if (!file) return;
    setUploadingName(file.name);
    upload.mutate(file, {
      onSuccess: (attachment) => setAttachments((current) => [...current, attachment]),
      onSettled: () => setUploadingName(undefined),
    });
  };

  const onFinish = ({ body = '' }: ReplyValues) => {
    post.mutate(
      { body: body.trim(), internal, ...(attachments.length > 0 ? { attachmentIds: attachments.map((attachment) => attachment.id) } : {}) },
      {
        onSuccess: () => {
          void message.success(internal ? t('ticketDesk.conversation.noteSaved') : t('ticketDesk.conversation.sent'));
          form.resetFields();
          setAttachments([]);
        },
        onError: (error) => {
          if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, (field) => (field === 'body' ? ['body'] : undefined));
        },
      },
    );
  };

  const error = post.error;
  const unmatched = isApiError(error) ? error.fieldErrors.filter((field) => field.field !== 'body') : [];

  return (
    <Form<ReplyValues> form={form} layout="vertical" onFinish={onFinish} disabled={post.isPending} style={internal ? { ...INTERNAL_STYLE, padding: 12, borderRadius: 8 } : undefined}>
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <Switch checked={internal} onChange={setInternal} aria-label={t('ticketDesk.conversation.internalMode')} data-testid="desk-internal-toggle" />
        <Typography.Text strong={internal}>
          {internal ? (
            <>
              <LockOutlined /> {t('ticketDesk.conversation.internalMode')} · {t('ticketDesk.conversation.internalBadge')}
            </>
          ) : (
            t('ticketDesk.conversation.replyMode')
          )}
        </Typography.Text>
      </Flex>
      {post.isError && (!isApiError(error) || error.fieldErrors.length === 0 || unmatched.length > 0) && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('ticketDesk.conversation.sendFailed')}
          description={isApiError(error) ? [apiErrorText(error, locale), ...unmatched.map((field) => field.message)].join(' ') : undefined}
          style={{ marginBottom: 8 }}
        />
      )}
      <Form.Item name="body" rules={[{ required: true, whitespace: true, message: t('ticketDesk.conversation.bodyRequired') }]} style={{ marginBottom: 8 }}>
        <Input.TextArea
          rows={4}
          maxLength={4000}
          showCount
          aria-label={internal ? t('ticketDesk.conversation.internalMode') : t('ticketDesk.conversation.replyMode')}
          placeholder={internal ? t('ticketDesk.conversation.notePlaceholder') : t('ticketDesk.conversation.replyPlaceholder')}
          data-testid="desk-reply-body"
        />
      </Form.Item>
      {attachments.length > 0 && (
        <Flex gap={4} wrap style={{ marginBottom: 8 }}>
          {attachments.map((attachment) => (
            <Tag
              key={attachment.id}
              icon={<PaperClipOutlined />}
              closable
              closeIcon={<span aria-label={t('ticketDesk.conversation.removeAttachment', { name: attachment.originalName })}>×</span>}
              onClose={() => setAttachments((current) => current.filter((item) => item.id !== attachment.id))}
              data-testid="desk-pending-attachment"
            >
              {attachment.originalName}
            </Tag>
          ))}
        </Flex>
      )}
      {uploadingName && <Typography.Text type="secondary">{t('ticketDesk.conversation.uploading', { name: uploadingName })}</Typography.Text>}
      {upload.isError && !uploadingName && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('ticketDesk.conversation.uploadFailed')}
          description={isApiError(upload.error) ? apiErrorText(upload.error, locale) : undefined}
          style={{ marginBottom: 8 }}
        />
      )}
      <Flex justify="space-between" gap={8} wrap>
        <Flex gap={8} align="center">
          <input
            ref={inputRef}
            type="file"
            accept={ACCEPTED_UPLOAD_TYPES.join(',')}
            aria-label={t('ticketDesk.conversation.attach')}
            data-testid="desk-attach-input"
            style={HIDDEN_INPUT_STYLE}
            tabIndex={-1}
            onChange={onFile}
          />
          <Button icon={<PaperClipOutlined />} loading={upload.isPending} onClick={() => inputRef.current?.click()}>
            {t('ticketDesk.conversation.attach')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ticketDesk.conversation.attachHint')}
          </Typography.Text>
        </Flex>
        <Button type="primary" htmlType="submit" icon={internal ? <LockOutlined /> : <SendOutlined />} loading={post.isPending} disabled={upload.isPending} data-testid="desk-reply-send">
          {internal ? t('ticketDesk.conversation.saveNote') : t('ticketDesk.conversation.send')}
        </Button>
      </Flex>
    </Form>
  );
}

/** 沟通记录: the merchant's and the provider's messages and colleagues' internal notes, oldest first, then the reply box. */
export function TicketConversation({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('ticketDesk.conversation.title')}>
      <Flex vertical gap={12}>
        {ticket.messages.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ticketDesk.conversation.empty')} />
        ) : (
          ticket.messages.map((item) => <Message key={item.id} ticketId={ticket.id} message={item} />)
        )}
        {ticket.status === TicketStatus.CLOSED ? (
          <Typography.Text type="secondary">{t('ticketDesk.conversation.closed')}</Typography.Text>
        ) : (
          <ReplyBox key={ticket.id} ticket={ticket} />
        )}
      </Flex>
    </Card>
  );
}
