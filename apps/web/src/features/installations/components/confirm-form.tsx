import { ErrorCode, type ConfirmInstallationRequest, type InstallationView } from '@pos/shared';
import { Alert, App, Button, Empty, Form, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors, type FieldPath } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useConfirmInstallation, useTechnicians, type Technician } from '../api/dispatch.api';
import { checkWindow, formatWindow, type WindowText } from './time-window';
import { WindowInput } from './window-input';

type Choice = number | 'other';

interface ConfirmValues {
  technicianId?: string;
  choice?: Choice;
  window?: WindowText;
}

/** The API's field names → this form's fields. */
function confirmPathOf(field: string): FieldPath | undefined {
  if (field === 'technicianId') return ['technicianId'];
  if (field === 'windowIndex' || field.startsWith('windowIndex.')) return ['choice'];
  if (field === 'window' || field.startsWith('window.')) return ['window'];
  return undefined;
}

/** The first of the merchant's windows that has not started yet: the likeliest choice. */
function firstFutureWindow(view: InstallationView): number | undefined {
  const now = Date.now();
  const index = view.proposedWindows.findIndex((window) => Date.parse(window.start) > now);
  return index === -1 ? undefined : index;
}

/** Dispatch: one of the provider's technicians and one of the merchant's windows (or another time). */
export function ConfirmForm({ installation: view }: { installation: InstallationView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConfirmValues>();
  const technicians = useTechnicians();
  const confirm = useConfirmInstallation(view.id);
  const choice = Form.useWatch('choice', form);
  // The technician the refused request was for, so the double-booking message can name them.
  const [refusedTechnician, setRefusedTechnician] = useState<Technician | undefined>();

  const nameOf = (id: string | undefined) => technicians.data?.items.find((technician) => technician.id === id);

  const onFinish = (values: ConfirmValues) => {
    const body: ConfirmInstallationRequest = { technicianId: values.technicianId ?? '' };
    if (values.choice === 'other') {
      const checked = checkWindow(values.window);
      if (!checked.ok) return;
      body.window = checked.window;
    } else {
      body.windowIndex = values.choice;
    }
    setRefusedTechnician(nameOf(values.technicianId));
    confirm.mutate(body, {
      onSuccess: (result) => void message.success(t('installations.dispatch.confirmed', { name: result.technician?.displayName ?? '' })),
      onError: (error) => {
        if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, confirmPathOf);
      },
    });
  };

  const error = confirm.error;
  const doubleBooked = isApiError(error) && error.code === ErrorCode.TECHNICIAN_DOUBLE_BOOKED;
  const unmatched = isApiError(error) ? error.fieldErrors.filter((field) => !confirmPathOf(field.field)) : [];

  if (technicians.isSuccess && technicians.data.items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('installations.dispatch.noTechnicians')} />;
  }

  return (
    <Form<ConfirmValues>
      form={form}
      name="confirm"
      layout="vertical"
      disabled={confirm.isPending}
      initialValues={{ choice: firstFutureWindow(view), window: { start: '', end: '' } }}
      onFinish={onFinish}
      onValuesChange={() => {
        if (confirm.isError) confirm.reset();
      }}
    >
      {doubleBooked ? (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('installations.dispatch.doubleBookedTitle')}
          description={t('installations.dispatch.doubleBooked', { name: refusedTechnician?.displayName ?? t('installations.dispatch.technician') })}
          data-testid="double-booked"
          style={{ marginBottom: 16 }}
        />
      ) : (
        confirm.isError && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={t('installations.dispatch.confirmFailed')}
            description={isApiError(error) ? [apiErrorText(error, locale), ...unmatched.map((field) => field.message)].join(' ') : undefined}
            data-testid="confirm-error"
            style={{ marginBottom: 16 }}
          />
        )
      )}
      <Form.Item name="technicianId" label={t('installations.dispatch.technician')} rules={[{ required: true, message: t('installations.dispatch.technicianRequired') }]}>
        <Select
          data-testid="technician-select"
          placeholder={t('installations.dispatch.technicianPlaceholder')}
          loading={technicians.isPending}
          size="large"
          showSearch={{ optionFilterProp: 'label' }}
          options={(technicians.data?.items ?? []).map((technician) => ({
            value: technician.id,
            label: technician.mobile ? `${technician.displayName}（${technician.mobile}）` : technician.displayName,
          }))}
        />
      </Form.Item>
      <Form.Item name="choice" label={t('installations.dispatch.window')} rules={[{ required: true, message: t('installations.dispatch.windowRequired') }]}>
        <Radio.Group style={{ width: '100%' }}>
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {view.proposedWindows.map((window, index) => (
              <Radio key={`${window.start}-${index}`} value={index} data-testid={`window-choice-${index}`}>
                {formatWindow(window, locale)}
              </Radio>
            ))}
            <Radio value="other" data-testid="window-choice-other">
              {t('installations.dispatch.otherWindow')}
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {choice === 'other' && (
        <Form.Item
          name="window"
          rules={[
            {
              validator: (_rule, value: WindowText | undefined) => {
                const checked = checkWindow(value);
                return checked.ok ? Promise.resolve() : Promise.reject(new Error(t(`installations.windows.problems.${checked.problem}`)));
              },
            },
          ]}
          validateDebounce={300}
        >
          <WindowInput index={0} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" size="large" loading={confirm.isPending} data-testid="confirm-submit">
        {t('installations.dispatch.confirm')}
      </Button>
    </Form>
  );
}
