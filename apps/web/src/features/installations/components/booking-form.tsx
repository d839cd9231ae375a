import { CalendarOutlined } from '@ant-design/icons';
import { fieldRuleMessage, isValidMobile, type BookInstallationRequest } from '@pos/shared';
import { Alert, App, Button, Card, Col, Form, Input, Row, Typography, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors, type FieldPath } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useBookInstallation } from '../api/installations.api';
import { windowsToSend, type WindowText } from './time-window';
import { emptyWindow, WindowsField } from './windows-field';

interface BookingFormProps {
  applicationId: string;
  /** The application's contact, to prefill who the technician should call. */
  contact: { name: string | null; mobile: string | null };
  /** Shown above the form, e.g. why the previous booking ended. */
  notice?: ReactNode;
  onBooked?: () => void;
}

interface BookingValues {
  windows: WindowText[];
  contactName?: string;
  contactMobile?: string;
  notes?: string;
}

const CONTACT_FIELDS = ['contactName', 'contactMobile', 'notes'];

/** `windows.1` → ['windows', 1]; the contact fields by name; anything else is shown above the form. */
function bookingPathOf(field: string): FieldPath | undefined {
  if (CONTACT_FIELDS.includes(field)) return [field];
  const match = /^windows\.(\d+)$/.exec(field);
  return match ? ['windows', Number(match[1])] : undefined;
}

const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** 预约安装: the merchant offers two or more time windows (China time) and who to call on the day. */
export function BookingForm({ applicationId, contact, notice, onBooked }: BookingFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<BookingValues>();
  const book = useBookInstallation(applicationId);

  const mobileRule: FormRule = {
    validator: (_rule, value: string | undefined) =>
      !value?.trim() || isValidMobile(value.trim()) ? Promise.resolve() : Promise.reject(new Error(fieldRuleMessage(locale, 'isMobile') ?? '')),
  };

  const onFinish = (values: BookingValues) => {
    const windows = windowsToSend(values.windows ?? []);
    if (!windows) return;
    const body: BookInstallationRequest = {
      windows,
      contactName: optional(values.contactName),
      contactMobile: optional(values.contactMobile),
      notes: optional(values.notes),
    };
    book.mutate(body, {
      onSuccess: () => {
        void message.success(t('installations.booking.booked'));
        onBooked?.();
      },
      onError: (error) => {
        if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, bookingPathOf);
      },
    });
  };

  const unmatched = isApiError(book.error) ? book.error.fieldErrors.filter((field) => !bookingPathOf(field.field)) : [];

  return (
    <Card
      data-testid="book-installation"
      title={
        <span>
          <CalendarOutlined /> {t('installations.booking.title')}
        </span>
      }
    >
      <Typography.Paragraph type="secondary">{t('installations.booking.intro')}</Typography.Paragraph>
      {notice}
      {book.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('installations.booking.failed')}
          description={
            isApiError(book.error) ? [apiErrorText(book.error, locale), ...unmatched.map((field) => field.message)].join(' ') : undefined
          }
          style={{ marginBottom: 16 }}
          data-testid="book-error"
        />
      )}
      <Form<BookingValues>
        form={form}
        name="installation"
        layout="vertical"
        disabled={book.isPending}
        initialValues={{
          windows: [emptyWindow(), emptyWindow()],
          contactName: contact.name ?? '',
          contactMobile: contact.mobile ?? '',
          notes: '',
        }}
        onFinish={onFinish}
        scrollToFirstError
      >
        <WindowsField min={2} disabled={book.isPending} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="contactName" label={t('installations.booking.contactName')} rules={[{ max: 50, message: fieldRuleMessage(locale, 'maxLength') }]}>
              <Input autoComplete="name" maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactMobile" label={t('installations.booking.contactMobile')} rules={[mobileRule]}>
              <Input inputMode="tel" autoComplete="tel" maxLength={11} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('installations.booking.notes')}>
          <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('installations.booking.notesPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" loading={book.isPending} data-testid="book-submit">
          {t('installations.booking.submit')}
        </Button>
      </Form>
    </Card>
  );
}
