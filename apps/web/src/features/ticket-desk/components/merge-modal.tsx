import type { TicketDetail } from '@pos/shared';
import { Alert, App, Button, Flex, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useMergeTicket } from '../api/ticket-desk.api';

interface MergeModalProps {
  ticket: TicketDetail;
  open: boolean;
  onClose: () => void;
}

/** Closes this ticket as a duplicate of another of the same merchant, named by its reference. */
export function MergeModal({ ticket, open, onClose }: MergeModalProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ intoReference?: string }>();
  const merge = useMergeTicket(ticket.id);
  const error = merge.error;
  const unmatched = isApiError(error) ? error.fieldErrors.filter((field) => field.field !== 'intoReference') : [];

  const close = () => {
    merge.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('ticketDesk.merge.title')}
      onCancel={close}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('ticketDesk.eventModal.cancel')}</Button>
          <Button type="primary" danger loading={merge.isPending} onClick={() => form.submit()} data-testid="desk-merge-confirm">
            {t('ticketDesk.merge.confirm')}
          </Button>
        </Flex>
      }
    >
      <p>{t('ticketDesk.merge.intro')}</p>
      {merge.isError && (!isApiError(error) || error.fieldErrors.length === 0 || unmatched.length > 0) && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('ticketDesk.detail.actionFailed')}
          description={isApiError(error) ? [apiErrorText(error, locale), ...unmatched.map((field) => field.message)].join(' ') : undefined}
        />
      )}
      <Form<{ intoReference?: string }>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ intoReference = '' }) =>
          merge.mutate(
            { intoReference: intoReference.trim().toUpperCase() },
            {
              onSuccess: (merged) => {
                void message.success(t('ticketDesk.merge.done', { reference: merged.mergedInto?.reference ?? intoReference }));
                close();
              },
              onError: (failure) => {
                if (isApiError(failure)) applyResolvedFieldErrors(form, failure.fieldErrors, (field) => (field === 'intoReference' ? ['intoReference'] : undefined));
              },
            },
          )
        }
      >
        <Form.Item name="intoReference" label={t('ticketDesk.merge.label')} rules={[{ required: true, whitespace: true, message: t('ticketDesk.merge.required') }]} style={{ marginBottom: 0 }}>
          <Input placeholder={t('ticketDesk.merge.placeholder')} maxLength={40} autoComplete="off" data-testid="desk-merge-reference" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
