import { PaperClipOutlined } from '@ant-design/icons';
import type { TicketAttachmentView, TicketMessageView } from '@pos/shared';
import { App, Button, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { saveBlob } from '../../../lib/use-object-url';
import { useDownloadTicketAttachment } from '../api/tickets.api';

/** The ticket's messages as a chat: the merchant's own on the right, the provider's on the left. */
export function TicketConversation({ ticketId, messages }: { ticketId: string; messages: readonly TicketMessageView[] }) {
  const { t } = useTranslation();
  // The API never sends internal notes to a merchant; this guards against showing one if it ever did.
  const visible = messages.filter((message) => !message.internal);
  if (visible.length === 0) {
    return <Typography.Text type="secondary">{t('tickets.detail.noMessages')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={12} role="list">
      {visible.map((message) => (
        <MessageBubble key={message.id} ticketId={ticketId} message={message} />
      ))}
    </Flex>
  );
}

function MessageBubble({ ticketId, message }: { ticketId: string; message: TicketMessageView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const mine = message.author.side === 'MERCHANT';
  return (
    <Flex justify={mine ? 'flex-end' : 'flex-start'} role="listitem">
      <div
        data-testid="ticket-message"
        data-side={message.author.side}
        style={{
          maxWidth: '85%',
          padding: '8px 12px',
          borderRadius: token.borderRadiusLG,
          background: mine ? token.colorPrimaryBg : token.colorFillTertiary,
          border: `1px solid ${mine ? token.colorPrimaryBorder : token.colorBorderSecondary}`,
        }}
      >
        <Flex gap={8} wrap align="baseline" style={{ marginBottom: 4 }}>
          <Typography.Text strong>{mine ? t('tickets.detail.you') : message.author.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(message.createdAt, locale)}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Typography.Paragraph>
        {message.attachments.length > 0 && (
          <Flex vertical gap={2} style={{ marginTop: 6 }}>
            {message.attachments.map((attachment) => (
              <AttachmentLink key={attachment.id} ticketId={ticketId} attachment={attachment} />
            ))}
          </Flex>
        )}
      </div>
    </Flex>
  );
}

function AttachmentLink({ ticketId, attachment }: { ticketId: string; attachment: TicketAttachmentView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const download = useDownloadTicketAttachment(ticketId);
  return (
    <Button
      type="link"
      size="small"
      icon={<PaperClipOutlined />}
      loading={download.isPending}
      aria-label={t('tickets.detail.download', { name: attachment.originalName })}
      data-testid={`ticket-attachment-${attachment.id}`}
      style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
      onClick={() =>
        download.mutate(attachment.id, {
          onSuccess: (blob) => saveBlob(blob, attachment.originalName),
          onError: (error) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('tickets.detail.downloadFailed')),
        })
      }
    >
      {attachment.originalName} ({formatBytes(attachment.sizeBytes)})
    </Button>
  );
}
