import { CheckCircleOutlined, ClockCircleOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { CONSOLE_TICKET_EVENTS, type ConsoleTicketEvent, type TicketDetail } from '@pos/shared';
import { Alert, App, Button, Flex, Form, Input, Modal } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useTransitionTicket } from '../api/ticket-desk.api';

/** Events whose note goes to the merchant as a reply, so the API requires one. */
const NEEDS_NOTE: ReadonlySet<ConsoleTicketEvent> = new Set(['RESOLVE', 'WAIT_ON_MERCHANT']);
type NoteEvent = 'RESOLVE' | 'WAIT_ON_MERCHANT';

const ICON: Record<ConsoleTicketEvent, ReactNode> = {
  START: <PlayCircleOutlined />,
  WAIT_ON_MERCHANT: <PauseCircleOutlined />,
  WAIT_ON_THIRD_PARTY: <ClockCircleOutlined />,
  RESUME: <PlayCircleOutlined />,
  RESOLVE: <CheckCircleOutlined />,
};

function isConsoleEvent(event: string): event is ConsoleTicketEvent {
  return (CONSOLE_TICKET_EVENTS as readonly string[]).includes(event);
}

/** The lifecycle buttons the API allows now; resolving and waiting on the merchant ask for a note first. */
export function LifecycleActions({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transition = useTransitionTicket(ticket.id);
  const [noteFor, setNoteFor] = useState<NoteEvent | undefined>();
  const events = ticket.allowedEvents.filter(isConsoleEvent);
  if (events.length === 0) return null;

  const send = (event: ConsoleTicketEvent, note?: string) =>
    transition.mutateAsync({ event, ...(note ? { note } : {}) }).then((updated) => {
      void message.success(t('ticketDesk.eventDone', { status: t(`ticketDesk.status.${updated.status}`) }));
      setNoteFor(undefined);
    });

  return (
    <>
      <Flex gap={8} wrap>
        {events.map((event) => (
          <Button
            key={event}
            type={event === 'RESOLVE' || event === 'START' ? 'primary' : 'default'}
            icon={ICON[event]}
            loading={transition.isPending && transition.variables?.event === event}
            disabled={transition.isPending}
            onClick={() => {
              transition.reset();
              if (NEEDS_NOTE.has(event)) setNoteFor(event as NoteEvent);
              else send(event).catch(() => undefined);
            }}
            data-testid={`desk-event-${event}`}
          >
            {t(`ticketDesk.events.${event}`)}
          </Button>
        ))}
      </Flex>
      {transition.isError && !noteFor && <ActionError error={transition.error} />}
      <NoteModal
        event={noteFor}
        pending={transition.isPending}
        error={noteFor ? transition.error : null}
        onSubmit={(note) => {
          if (noteFor) send(noteFor, note).catch(() => undefined);
        }}
        onCancel={() => setNoteFor(undefined)}
      />
    </>
  );
}

function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={t('ticketDesk.detail.actionFailed')}
      description={isApiError(error) ? apiErrorText(error, locale) : undefined}
      style={{ marginTop: 8 }}
      data-testid="desk-event-error"
    />
  );
}

interface NoteModalProps {
  event: NoteEvent | undefined;
  pending: boolean;
  error: unknown;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}

/** The note to the merchant that resolving or waiting on them needs; the API's `note` field error lands on it. */
function NoteModal({ event, pending, error, onSubmit, onCancel }: NoteModalProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<{ note?: string }>();
  // The API's `note` field error (noteRequired) belongs on the box; anything else is shown above it.
  useEffect(() => {
    if (event && isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, (field) => (field === 'note' ? ['note'] : undefined));
  }, [error, form, event]);
  const fieldOnly = isApiError(error) && error.fieldErrors.length > 0 && error.fieldErrors.every((field) => field.field === 'note');

  return (
    <Modal
      open={Boolean(event)}
      title={event ? t(`ticketDesk.eventModal.${event}.title`) : undefined}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onCancel}>{t('ticketDesk.eventModal.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()} data-testid="desk-event-confirm">
            {t('ticketDesk.eventModal.confirm')}
          </Button>
        </Flex>
      }
    >
      {event && <p>{t(`ticketDesk.eventModal.${event}.intro`)}</p>}
      {Boolean(error) && !fieldOnly && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={isApiError(error) ? apiErrorText(error, locale) : t('ticketDesk.detail.actionFailed')}
        />
      )}
      <Form<{ note?: string }>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => onSubmit(values.note?.trim() ?? '')}
      >
        <Form.Item
          name="note"
          label={t('ticketDesk.eventModal.label')}
          rules={[{ required: true, whitespace: true, message: t('ticketDesk.eventModal.noteRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount data-testid="desk-event-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
