import { DEFAULT_SLA_TARGETS, TicketPriority, type SlaSettings, type SlaTarget } from '@pos/shared';
import { Alert, App, Button, Flex, Form, InputNumber, Select, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors, type FieldPath } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useSlaSettings, useUpdateSlaSettings } from '../api/sla.api';

/** Most urgent first, as a support lead reads the table. */
const PRIORITY_ORDER: readonly TicketPriority[] = [TicketPriority.URGENT, TicketPriority.HIGH, TicketPriority.NORMAL, TicketPriority.LOW];
type TargetField = 'firstResponseMinutes' | 'resolutionMinutes' | 'warnBeforeMinutes';
const TARGET_FIELDS: readonly TargetField[] = ['firstResponseMinutes', 'resolutionMinutes', 'warnBeforeMinutes'];

/** Support hours are picked in half hours: 00:00, 00:30 … 24:00. */
const HALF_HOURS = Array.from({ length: 49 }, (_value, index) => index * 30);
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

interface SlaValues {
  supportDayStartMinute?: number;
  supportDayEndMinute?: number;
  ticketAutoCloseDays?: number | null;
  targets: Record<TicketPriority, Record<TargetField, number | null | undefined>>;
}

function toValues(settings: SlaSettings): SlaValues {
  const byPriority = new Map(settings.targets.map((target) => [target.priority, target]));
  const targets = Object.fromEntries(
    PRIORITY_ORDER.map((priority) => {
      const target = byPriority.get(priority) ?? DEFAULT_SLA_TARGETS[priority];
      return [priority, { firstResponseMinutes: target.firstResponseMinutes, resolutionMinutes: target.resolutionMinutes, warnBeforeMinutes: target.warnBeforeMinutes }];
    }),
  ) as SlaValues['targets'];
  return { supportDayStartMinute: settings.supportDayStartMinute, supportDayEndMinute: settings.supportDayEndMinute, ticketAutoCloseDays: settings.ticketAutoCloseDays, targets };
}

function toSettings(values: SlaValues): SlaSettings {
  return {
    supportDayStartMinute: values.supportDayStartMinute ?? 0,
    supportDayEndMinute: values.supportDayEndMinute ?? 0,
    ticketAutoCloseDays: values.ticketAutoCloseDays ?? 0,
    targets: PRIORITY_ORDER.map(
      (priority): SlaTarget => ({
        priority,
        firstResponseMinutes: values.targets[priority].firstResponseMinutes ?? 0,
        resolutionMinutes: values.targets[priority].resolutionMinutes ?? 0,
        warnBeforeMinutes: values.targets[priority].warnBeforeMinutes ?? 0,
      }),
    ),
  };
}

/**
 * The API's field paths → this form's fields. Targets are sent in PRIORITY_ORDER, so "targets.1.resolutionMinutes" is
 * HIGH's resolution; an error on a whole target ("targets.1", slaTargetsInvalid) lands on its resolution.
 */
function slaPathOf(field: string): FieldPath | undefined {
  const target = /^targets\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (target) {
    const priority = PRIORITY_ORDER[Number(target[1])];
    const name = (TARGET_FIELDS as readonly string[]).includes(target[2] ?? '') ? (target[2] as TargetField) : 'resolutionMinutes';
    return priority ? ['targets', priority, name] : undefined;
  }
  if (field === 'supportDayStartMinute' || field === 'supportDayEndMinute' || field === 'ticketAutoCloseDays') return [field];
  return undefined;
}

/** Minutes with their size in hours beside them, so 1080 reads as "约 18 小时". */
function MinutesInput({ value, onChange, label, testId }: { value?: number | null; onChange?: (value: number | null) => void; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <InputNumber<number> min={1} max={100_000} precision={0} value={value} onChange={onChange} aria-label={label} suffix={t('ticketDesk.slaSettings.minutes')} style={{ width: 140 }} data-testid={testId} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {typeof value === 'number' && value > 0 ? t('ticketDesk.slaSettings.inHours', { hours: Math.round((value / 60) * 10) / 10 }) : '\u00a0'}
      </Typography.Text>
    </Flex>
  );
}

/** PROVIDER_ADMIN: support hours, auto-close delay and the per-priority SLA targets. */
export function SlaSettingsForm() {
  const { t } = useTranslation();
  const settings = useSlaSettings();
  if (settings.isError) return <LoadFailedAlert title={t('ticketDesk.slaSettings.loadFailed')} error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  // Keyed by what it started from, so a save restarts it from the saved values.
  return <SlaSettingsEditor key={JSON.stringify(settings.data)} settings={settings.data} />;
}

function SlaSettingsEditor({ settings }: { settings: SlaSettings }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<SlaValues>();
  const update = useUpdateSlaSettings();

  const onFinish = (values: SlaValues) => {
    const body = toSettings(values);
    update.mutate(body, {
      onSuccess: () => void message.success(t('ticketDesk.slaSettings.saved')),
      onError: (error) => {
        if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, slaPathOf);
      },
    });
  };

  const required = { required: true, message: t('ticketDesk.slaSettings.required') };
  const columns: TableColumnsType<TicketPriority> = [
    { title: t('ticketDesk.slaSettings.priority'), key: 'priority', render: (_value, priority) => <Typography.Text strong>{t(`tickets.priority.${priority}`)}</Typography.Text> },
    {
      title: t('ticketDesk.slaSettings.firstResponse'),
      key: 'first',
      render: (_value, priority) => (
        <Form.Item name={['targets', priority, 'firstResponseMinutes']} rules={[required]} style={{ marginBottom: 0 }}>
          <MinutesInput label={`${t(`tickets.priority.${priority}`)} ${t('ticketDesk.slaSettings.firstResponse')}`} testId={`sla-${priority}-firstResponse`} />
        </Form.Item>
      ),
    },
    {
      title: t('ticketDesk.slaSettings.resolution'),
      key: 'resolution',
      render: (_value, priority) => (
        <Form.Item
          name={['targets', priority, 'resolutionMinutes']}
          dependencies={[['targets', priority, 'firstResponseMinutes']]}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_rule, value: number | null | undefined) => {
                const first = getFieldValue(['targets', priority, 'firstResponseMinutes']) as number | null | undefined;
                return typeof value === 'number' && typeof first === 'number' && value < first
                  ? Promise.reject(new Error(t('ticketDesk.slaSettings.resolutionTooShort')))
                  : Promise.resolve();
              },
            }),
          ]}
          style={{ marginBottom: 0 }}
        >
          <MinutesInput label={`${t(`tickets.priority.${priority}`)} ${t('ticketDesk.slaSettings.resolution')}`} testId={`sla-${priority}-resolution`} />
        </Form.Item>
      ),
    },
    {
      title: t('ticketDesk.slaSettings.warnBefore'),
      key: 'warn',
      render: (_value, priority) => (
        <Form.Item name={['targets', priority, 'warnBeforeMinutes']} rules={[required]} style={{ marginBottom: 0 }}>
          <MinutesInput label={`${t(`tickets.priority.${priority}`)} ${t('ticketDesk.slaSettings.warnBefore')}`} testId={`sla-${priority}-warnBefore`} />
        </Form.Item>
      ),
    },
  ];

  const error = update.error;
  const unmatched = isApiError(error) ? error.fieldErrors.filter((field) => !slaPathOf(field.field)) : [];
  const hourOptions = HALF_HOURS.map((minute) => ({ value: minute, label: clock(minute) }));

  return (
    <Form<SlaValues> form={form} layout="vertical" initialValues={toValues(settings)} onFinish={onFinish} disabled={update.isPending} data-testid="sla-settings">
      <Typography.Paragraph type="secondary">{t('ticketDesk.slaSettings.intro')}</Typography.Paragraph>
      {update.isError && (!isApiError(error) || error.fieldErrors.length === 0 || unmatched.length > 0) && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('ticketDesk.slaSettings.saveFailed')}
          description={isApiError(error) ? [apiErrorText(error, locale), ...unmatched.map((field) => field.message)].join(' ') : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Typography.Title level={5}>{t('ticketDesk.slaSettings.supportHours')}</Typography.Title>
      <Flex gap={12} wrap align="flex-start">
        <Form.Item name="supportDayStartMinute" label={t('ticketDesk.slaSettings.dayStart')} rules={[required]}>
          <Select<number> options={hourOptions.slice(0, -1)} style={{ width: 120 }} aria-label={t('ticketDesk.slaSettings.dayStart')} data-testid="sla-day-start" />
        </Form.Item>
        <Form.Item
          name="supportDayEndMinute"
          label={t('ticketDesk.slaSettings.dayEnd')}
          dependencies={['supportDayStartMinute']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_rule, value: number | undefined) => {
                const start = getFieldValue('supportDayStartMinute') as number | undefined;
                return typeof value === 'number' && typeof start === 'number' && value <= start
                  ? Promise.reject(new Error(t('ticketDesk.slaSettings.hoursInvalid')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Select<number> options={hourOptions.slice(1)} style={{ width: 120 }} aria-label={t('ticketDesk.slaSettings.dayEnd')} data-testid="sla-day-end" />
        </Form.Item>
        <Form.Item name="ticketAutoCloseDays" label={t('ticketDesk.slaSettings.autoClose')} extra={t('ticketDesk.slaSettings.autoCloseHelp')} rules={[required]}>
          <InputNumber<number> min={1} max={90} precision={0} suffix={t('ticketDesk.slaSettings.autoCloseSuffix')} style={{ width: 140 }} aria-label={t('ticketDesk.slaSettings.autoClose')} data-testid="sla-auto-close" />
        </Form.Item>
      </Flex>
      <Typography.Title level={5}>{t('ticketDesk.slaSettings.targets')}</Typography.Title>
      <Table<TicketPriority>
        rowKey={(priority) => priority}
        columns={columns}
        dataSource={[...PRIORITY_ORDER]}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        onRow={(priority) => ({ 'data-testid': `sla-row-${priority}` }) as HTMLAttributes<HTMLElement>}
      />
      <Flex justify="flex-end" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="sla-settings-save">
          {t('ticketDesk.slaSettings.save')}
        </Button>
      </Flex>
    </Form>
  );
}
