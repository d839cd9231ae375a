import type { TicketDetail } from '@pos/shared';
import { Alert, Button, Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useRateTicket } from '../api/tickets.api';

interface RatingValues {
  rating?: number;
  comment?: string;
}

/** 评价并关闭: a resolved ticket's satisfaction rating, which closes it. */
export function TicketRating({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<RatingValues>();
  const rate = useRateTicket(ticket.id);

  const onFinish = ({ rating, comment }: RatingValues) => {
    if (!rating) return;
    const text = comment?.trim();
    rate.mutate(text ? { rating, comment: text } : { rating }, {
      onError: (error) => {
        if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, ['rating', 'comment']);
      },
    });
  };

  return (
    <Form<RatingValues> form={form} name="ticket-rating" layout="vertical" disabled={rate.isPending} onFinish={onFinish}>
      {rate.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('tickets.rate.failed')}
          description={isApiError(rate.error) ? apiErrorText(rate.error, locale) : undefined}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item name="rating" label={t('tickets.rate.rating')} rules={[{ required: true, message: t('tickets.rate.required') }]}>
        <Rate style={{ fontSize: 32 }} data-testid="ticket-rate" />
      </Form.Item>
      <Form.Item name="comment" label={t('tickets.rate.comment')}>
        <Input.TextArea rows={2} maxLength={1000} placeholder={t('tickets.rate.commentPlaceholder')} data-testid="ticket-rate-comment" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={rate.isPending} data-testid="ticket-rate-submit">
        {t('tickets.rate.submit')}
      </Button>
    </Form>
  );
}
