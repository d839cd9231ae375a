import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, type CalendarDayView, FIELD_RULE_MESSAGES } from '@pos/shared';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCalendarYear, useRemoveCalendarDay, useSetCalendarDay } from '../api/admin.api';
import { useErrorToast } from './use-error-toast';

interface DayFormValues {
  date: Dayjs;
  isWorkday: boolean;
  name?: string;
}

/** PLATFORM_ADMIN: a year's holidays and make-up workdays, with the admin's corrections. */
export function CalendarAdminPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const [year, setYear] = useState(() => new Date().getFullYear() + 1);
  const calendar = useCalendarYear(year);
  const remove = useRemoveCalendarDay();
  const [editing, setEditing] = useState<Partial<DayFormValues> | null>(null);
  useDocumentTitle(t('platformAdmin.calendar.title'));

  const dayKind = (isWorkday: boolean) => (isWorkday ? t('platformAdmin.calendar.workday') : t('platformAdmin.calendar.holiday'));
  const columns: TableColumnsType<CalendarDayView> = [
    { title: t('platformAdmin.calendar.columns.date'), dataIndex: 'date', render: (date: string) => `${date} ${dayjs(date).format('ddd')}` },
    { title: t('platformAdmin.calendar.columns.kind'), dataIndex: 'isWorkday', render: (isWorkday: boolean) => <Tag color={isWorkday ? 'blue' : 'red'}>{dayKind(isWorkday)}</Tag> },
    { title: t('platformAdmin.calendar.columns.name'), dataIndex: 'name', render: (name: string | null) => name ?? '—' },
    {
      title: t('platformAdmin.calendar.columns.source'),
      key: 'source',
      render: (_, day) => (
        <Flex vertical>
          <Tag color={day.source === 'ADMIN' ? 'gold' : 'default'}>{t(`platformAdmin.calendar.source.${day.source}`)}</Tag>
          {day.packageValue && <Typography.Text type="secondary">{t('platformAdmin.calendar.packageWas', { value: `${dayKind(day.packageValue.isWorkday)} ${day.packageValue.name ?? ''}` })}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('platformAdmin.calendar.columns.actions'),
      key: 'actions',
      render: (_, day) => (
        <Space>
          <Button size="small" onClick={() => setEditing({ date: dayjs(day.date), isWorkday: day.isWorkday, name: day.name ?? undefined })} data-testid={`calendar-edit-${day.date}`}>
            {t('platformAdmin.calendar.edit')}
          </Button>
          {day.source === 'ADMIN' && (
            <Popconfirm
              title={t('platformAdmin.calendar.removeConfirm', { date: day.date })}
              description={t('platformAdmin.calendar.removeHint')}
              onConfirm={() => remove.mutateAsync(day.date).then(() => void message.success(t('platformAdmin.calendar.removed', { date: day.date })), showError)}
            >
              <Button size="small" danger data-testid={`calendar-remove-${day.date}`}>
                {t('platformAdmin.calendar.remove')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('platformAdmin.calendar.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('platformAdmin.calendar.subtitle')}</Typography.Text>
      </div>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('platformAdmin.calendar.year')}</Typography.Text>
        <InputNumber aria-label={t('platformAdmin.calendar.year')} min={CALENDAR_MIN_YEAR} max={CALENDAR_MAX_YEAR} precision={0} value={year} onChange={(value) => value && setYear(value)} data-testid="calendar-year" />
        <Button type="primary" onClick={() => setEditing({ date: dayjs(`${year}-01-01`), isWorkday: false })} data-testid="calendar-add">
          {t('platformAdmin.calendar.add')}
        </Button>
      </Flex>
      {calendar.data && !calendar.data.packageKnowsYear && <Alert type="warning" showIcon message={t('platformAdmin.calendar.packageUnknown', { year })} />}
      {calendar.isError ? (
        <LoadFailedAlert title={t('platformAdmin.calendar.loadFailed')} error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<CalendarDayView> rowKey="date" columns={columns} dataSource={calendar.data?.days} loading={calendar.isPending} locale={{ emptyText: t('platformAdmin.calendar.empty') }} pagination={false} scroll={{ x: 'max-content' }} />
        </Card>
      )}
      <DayModal initial={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}

function DayModal({ initial, onClose }: { initial: Partial<DayFormValues> | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const save = useSetCalendarDay();
  const [form] = Form.useForm<DayFormValues>();

  const submit = (values: DayFormValues) => {
    const date = values.date.format('YYYY-MM-DD');
    return save.mutateAsync({ date, body: { isWorkday: values.isWorkday, name: values.name?.trim() || null } }).then(() => {
      void message.success(t('platformAdmin.calendar.saved', { date }));
      onClose();
    }, showError);
  };

  return (
    <Modal open={initial !== null} title={t('platformAdmin.calendar.add')} onCancel={onClose} onOk={() => form.submit()} okText={t('platformAdmin.calendar.form.save')} confirmLoading={save.isPending} destroyOnHidden>
      <Form<DayFormValues> form={form} layout="vertical" onFinish={submit} initialValues={initial ?? undefined} preserve={false}>
        <Form.Item name="date" label={t('platformAdmin.calendar.form.date')} rules={[{ required: true, message: FIELD_RULE_MESSAGES[locale].required }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="isWorkday" label={t('platformAdmin.calendar.form.isWorkday')} rules={[{ required: true, message: FIELD_RULE_MESSAGES[locale].required }]}>
          <Radio.Group
            options={[
              { value: false, label: t('platformAdmin.calendar.holiday') },
              { value: true, label: t('platformAdmin.calendar.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('platformAdmin.calendar.form.name')}>
          <Input maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
