import { ErrorCode, type TicketDetail } from '@pos/shared';
import { Alert, App, Button, DatePicker, Drawer, Empty, Flex, Form, Grid, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors, type FieldPath } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useDeskTechnicians, useDispatchSiteVisit, type DeskTechnician } from '../api/ticket-desk.api';

interface VisitValues {
  technicianId?: string;
  start?: Dayjs | null;
  end?: Dayjs | null;
  instructions?: string;
}

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/**
 * The shop is in China, so the picked wall-clock time is China time wherever the browser is: sent with an
 * explicit +08:00, never converted through the browser's time zone.
 */
export function chinaIso(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

function visitPathOf(field: string): FieldPath | undefined {
  if (field === 'technicianId') return ['technicianId'];
  if (field === 'start') return ['start'];
  if (field === 'end' || field === 'window') return ['end'];
  if (field === 'instructions') return ['instructions'];
  return undefined;
}

interface SiteVisitDrawerProps {
  ticket: TicketDetail;
  open: boolean;
  onClose: () => void;
}

/** 安排上门维修: one of the provider's technicians, a time window on the China clock, and what to bring. */
export function SiteVisitDrawer({ ticket, open, onClose }: SiteVisitDrawerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const technicians = useDeskTechnicians(open);
  const dispatch = useDispatchSiteVisit(ticket.id);
  const [refused, setRefused] = useState<DeskTechnician | undefined>();

  const close = () => {
    dispatch.reset();
    onClose();
  };

  const onFinish = (values: VisitValues) => {
    if (!values.technicianId || !values.start || !values.end) return;
    const technician = technicians.data?.items.find((item) => item.id === values.technicianId);
    setRefused(technician);
    dispatch.mutate(
      { technicianId: values.technicianId, start: chinaIso(values.start), end: chinaIso(values.end), ...(values.instructions?.trim() ? { instructions: values.instructions.trim() } : {}) },
      {
        onSuccess: () => {
          void message.success(t('ticketDesk.visits.dispatched', { name: technician?.displayName ?? '' }));
          form.resetFields();
          close();
        },
        onError: (error) => {
          if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, visitPathOf);
        },
      },
    );
  };

  const error = dispatch.error;
  const doubleBooked = isApiError(error) && error.code === ErrorCode.TECHNICIAN_DOUBLE_BOOKED;
  const unmatched = isApiError(error) ? error.fieldErrors.filter((field) => !visitPathOf(field.field)) : [];

  return (
    <Drawer
      open={open}
      onClose={close}
      size={screens.md === false ? '100%' : 520}
      title={t('ticketDesk.visits.drawerTitle', { reference: ticket.reference })}
      destroyOnHidden
      data-testid="desk-dispatch-drawer"
    >
      {technicians.isSuccess && technicians.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ticketDesk.visits.noTechnicians')} />
      ) : (
        <Form<VisitValues>
          form={form}
          name="site-visit"
          layout="vertical"
          disabled={dispatch.isPending}
          onFinish={onFinish}
          onValuesChange={() => {
            if (dispatch.isError) dispatch.reset();
          }}
        >
          {doubleBooked ? (
            <Alert
              role="alert"
              type="error"
              showIcon
              title={t('ticketDesk.visits.doubleBookedTitle')}
              description={t('ticketDesk.visits.doubleBooked', { name: refused?.displayName ?? t('ticketDesk.visits.technician') })}
              style={{ marginBottom: 16 }}
              data-testid="desk-double-booked"
            />
          ) : (
            dispatch.isError &&
            (!isApiError(error) || error.fieldErrors.length === 0 || unmatched.length > 0) && (
              <Alert
                role="alert"
                type="error"
                showIcon
                title={t('ticketDesk.visits.failed')}
                description={isApiError(error) ? [apiErrorText(error, locale), ...unmatched.map((field) => field.message)].join(' ') : undefined}
                style={{ marginBottom: 16 }}
              />
            )
          )}
          <Form.Item name="technicianId" label={t('ticketDesk.visits.technician')} rules={[{ required: true, message: t('ticketDesk.visits.technicianRequired') }]}>
            <Select
              placeholder={t('ticketDesk.visits.technicianPlaceholder')}
              loading={technicians.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(technicians.data?.items ?? []).map((technician) => ({
                value: technician.id,
                label: technician.mobile ? `${technician.displayName}（${technician.mobile}）` : technician.displayName,
              }))}
              data-testid="desk-visit-technician"
            />
          </Form.Item>
          <Typography.Text type="secondary">{t('ticketDesk.visits.timeHint')}</Typography.Text>
          <Flex gap={12} wrap style={{ marginTop: 8 }}>
            <Form.Item
              name="start"
              label={t('ticketDesk.visits.start')}
              style={{ flex: '1 1 200px' }}
              rules={[
                { required: true, message: t('ticketDesk.visits.timeRequired') },
                { validator: (_rule, value: Dayjs | null) => (!value || Date.parse(chinaIso(value)) > Date.now() ? Promise.resolve() : Promise.reject(new Error(t('ticketDesk.visits.timePast')))) },
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format={PICKER_FORMAT} needConfirm={false} style={{ width: '100%' }} data-testid="desk-visit-start" />
            </Form.Item>
            <Form.Item
              name="end"
              label={t('ticketDesk.visits.end')}
              style={{ flex: '1 1 200px' }}
              dependencies={['start']}
              rules={[
                { required: true, message: t('ticketDesk.visits.timeRequired') },
                ({ getFieldValue }) => ({
                  validator: (_rule, value: Dayjs | null) => {
                    const start = getFieldValue('start') as Dayjs | null | undefined;
                    return !value || !start || value.isAfter(start) ? Promise.resolve() : Promise.reject(new Error(t('ticketDesk.visits.timeOrder')));
                  },
                }),
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format={PICKER_FORMAT} needConfirm={false} style={{ width: '100%' }} data-testid="desk-visit-end" />
            </Form.Item>
          </Flex>
          <Form.Item name="instructions" label={t('ticketDesk.visits.instructions')}>
            <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('ticketDesk.visits.instructionsPlaceholder')} data-testid="desk-visit-instructions" />
          </Form.Item>
          <Flex justify="flex-end" gap={8}>
            <Button onClick={close}>{t('ticketDesk.visits.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={dispatch.isPending} data-testid="desk-visit-submit">
              {t('ticketDesk.visits.submit')}
            </Button>
          </Flex>
        </Form>
      )}
    </Drawer>
  );
}
