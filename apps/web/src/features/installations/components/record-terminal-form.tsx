import { PlusOutlined } from '@ant-design/icons';
import { ErrorCode, type RecordTerminalRequest, type TerminalType } from '@pos/shared';
import { Alert, App, Button, Form, Input, Select, type InputRef } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useRecordTerminal } from '../api/jobs.api';

/** A model the provider offers: the technician picks one by name. */
export interface JobTerminalModel {
  name: string;
  type: TerminalType;
}

interface TerminalValues {
  serialNumber?: string;
  model?: string;
  simNetwork?: string;
  firmwareVersion?: string;
}

const SERIAL_PATTERN = /^[A-Z0-9-]{6,40}$/;
const FIELDS = ['serialNumber', 'model', 'simNetwork', 'firmwareVersion'];
const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** Records one terminal installed on site; the model, SIM and firmware stay filled for the next unit. */
export function RecordTerminalForm({ jobId, models }: { jobId: string; models: readonly JobTerminalModel[] | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<TerminalValues>();
  const record = useRecordTerminal(jobId);
  const serialInput = useRef<InputRef>(null);
  // The models arrive after the form is on screen: a provider's only model is filled in then, unless one was chosen.
  const onlyModel = models?.length === 1 ? models[0]?.name : undefined;
  useEffect(() => {
    if (onlyModel && !form.getFieldValue('model')) form.setFieldValue('model', onlyModel);
  }, [onlyModel, form]);

  const onFinish = (values: TerminalValues) => {
    const body: RecordTerminalRequest = {
      serialNumber: (values.serialNumber ?? '').trim().toUpperCase(),
      model: values.model ?? '',
      simNetwork: optional(values.simNetwork),
      firmwareVersion: optional(values.firmwareVersion),
    };
    record.mutate(body, {
      onSuccess: () => {
        void message.success(t('installations.job.terminals.added', { serial: body.serialNumber }));
        form.resetFields(['serialNumber']);
        serialInput.current?.focus();
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        if (error.code === ErrorCode.DUPLICATE_SERIAL) {
          form.setFields([{ name: 'serialNumber', errors: [apiErrorText(error, locale)] }]);
          return;
        }
        applyResolvedFieldErrors(form, error.fieldErrors, (field) => (FIELDS.includes(field) ? [field] : undefined));
      },
    });
  };

  const error = record.error;
  // A duplicate serial and field errors are shown on their fields; anything else above the form.
  const showAlert = isApiError(error) ? error.code !== ErrorCode.DUPLICATE_SERIAL && error.fieldErrors.length === 0 : Boolean(error);

  return (
    <Form<TerminalValues>
      form={form}
      name="terminal"
      layout="vertical"
      disabled={record.isPending}
      onFinish={onFinish}
    >
      {showAlert && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('installations.job.terminals.addFailed')}
          description={isApiError(error) ? apiErrorText(error, locale) : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="serialNumber"
        label={t('installations.job.terminals.serial')}
        normalize={(value: string) => value.toUpperCase().replace(/\s+/g, '')}
        rules={[
          { required: true, message: t('installations.job.terminals.serialFormat') },
          { pattern: SERIAL_PATTERN, message: t('installations.job.terminals.serialFormat') },
        ]}
      >
        <Input
          ref={serialInput}
          size="large"
          data-testid="serial-number"
          placeholder={t('installations.job.terminals.serialPlaceholder')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
        />
      </Form.Item>
      <Form.Item name="model" label={t('installations.job.terminals.model')} rules={[{ required: true, message: t('installations.job.terminals.modelPlaceholder') }]}>
        <Select
          size="large"
          data-testid="terminal-model"
          placeholder={t('installations.job.terminals.modelPlaceholder')}
          loading={!models}
          notFoundContent={t('installations.job.terminals.noModels')}
          options={(models ?? []).map((model) => ({ value: model.name, label: `${model.name} · ${t(`enums.terminalType.${model.type}`)}` }))}
        />
      </Form.Item>
      <Form.Item name="simNetwork" label={t('installations.job.terminals.sim')}>
        <Input size="large" data-testid="sim-network" placeholder={t('installations.job.terminals.simPlaceholder')} maxLength={50} />
      </Form.Item>
      <Form.Item name="firmwareVersion" label={t('installations.job.terminals.firmware')}>
        <Input size="large" data-testid="firmware-version" placeholder={t('installations.job.terminals.firmwarePlaceholder')} maxLength={50} />
      </Form.Item>
      <Button htmlType="submit" size="large" block icon={<PlusOutlined />} loading={record.isPending} data-testid="add-terminal">
        {t('installations.job.terminals.add')}
      </Button>
    </Form>
  );
}
