import { ArrowLeftOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { CHECKLIST_ITEMS, INSPECTION_ITEMS, INSPECTION_WEAR_ITEMS, type InspectionChecklist, type InspectionDueView, type InspectionItem, type InspectionView, MAX_DUE_WITHIN_DAYS } from '@pos/shared';
import { Alert, Button, Card, Flex, Form, Input, Result, Skeleton, Switch, Tag, theme, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useInspectionsDue, useRecordInspection } from '../api/inspections.api';

interface InspectionValues {
  checklist: InspectionChecklist;
  notes?: string;
  openFollowUpTicket?: boolean;
}

const ALL_UNCHECKED = Object.fromEntries(INSPECTION_ITEMS.map((item) => [item, false])) as InspectionChecklist;

/** A full-width row for a thumb: the label belongs to the switch, so a tap anywhere on the row flips it. */
function SwitchRow({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <label
      htmlFor={id}
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, minHeight: 52, padding: '4px', borderBottom: `1px solid ${token.colorSplit}`, cursor: 'pointer', fontSize: 16 }}
    >
      <span>{label}</span>
      {children}
    </label>
  );
}

/** The technician's inspection of one terminal: function checks, wear, notes, and a follow-up ticket for what failed. */
export function InspectionForm({ terminal, backPath }: { terminal: InspectionDueView; backPath: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<InspectionValues>();
  const record = useRecordInspection(terminal.terminalId);
  const [done, setDone] = useState<InspectionView | null>(null);
  const checklist = Form.useWatch('checklist', form) ?? ALL_UNCHECKED;
  const failedCount = INSPECTION_ITEMS.filter((item) => !checklist[item]).length;

  const onFinish = (values: InspectionValues) => {
    const body = {
      checklist: Object.fromEntries(INSPECTION_ITEMS.map((item) => [item, Boolean(values.checklist?.[item])])) as InspectionChecklist,
      notes: values.notes?.trim() || undefined,
      openFollowUpTicket: failedCount > 0 && Boolean(values.openFollowUpTicket),
    };
    record.mutate(body, {
      onSuccess: setDone,
      onError: (error) => {
        if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, ['notes', 'openFollowUpTicket']);
      },
    });
  };

  if (done) {
    return (
      <Result
        status={done.passed ? 'success' : 'warning'}
        title={t('prevention.inspect.done')}
        subTitle={
          <Flex vertical gap={4} data-testid="inspection-result" data-passed={String(done.passed)}>
            <span>{t(done.passed ? 'prevention.inspect.donePassed' : 'prevention.inspect.doneFailed', { date: done.nextInspectionDue ? formatDate(done.nextInspectionDue, locale) : '—' })}</span>
            {done.followUpTicket && <span data-testid="follow-up-ticket">{t('prevention.inspect.ticketOpened', { reference: done.followUpTicket.reference })}</span>}
          </Flex>
        }
        extra={
          <Link to={backPath}>
            <Button type="primary" size="large" data-testid="inspect-next">
              {t('prevention.inspect.another')}
            </Button>
          </Link>
        }
      />
    );
  }

  const itemRows = (items: readonly InspectionItem[]) =>
    items.map((item) => (
      <SwitchRow key={item} id={`inspection_checklist_${item}`} label={t(`prevention.items.${item}`)}>
        <Form.Item name={['checklist', item]} valuePropName="checked" noStyle>
          <Switch id={`inspection_checklist_${item}`} data-testid={`item-${item}`} />
        </Form.Item>
      </SwitchRow>
    ));

  return (
    <Form<InspectionValues> form={form} name="inspection" layout="vertical" initialValues={{ checklist: ALL_UNCHECKED }} onFinish={onFinish} disabled={record.isPending}>
      <Flex vertical gap={16}>
        <Card size="small" data-testid="inspection-terminal">
          <Flex vertical gap={4}>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {terminal.serialNumber}
              </Typography.Text>
              {terminal.overdue && <Tag color="error">{t('prevention.due.overdue')}</Tag>}
            </Flex>
            <Typography.Text>{terminal.merchant.businessName ?? terminal.merchant.displayName}</Typography.Text>
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
              <EnvironmentOutlined /> {terminal.address}
            </Typography.Text>
            <Typography.Text type="secondary">
              {terminal.model} · {t('prevention.due.dueOn', { date: formatDate(terminal.dueDate, locale) })}
            </Typography.Text>
          </Flex>
        </Card>
        <Typography.Text type="secondary">{t('prevention.inspect.hint')}</Typography.Text>
        <Card size="small" title={t('prevention.inspect.functions')}>
          {itemRows(CHECKLIST_ITEMS)}
        </Card>
        <Card size="small" title={t('prevention.inspect.wear')}>
          {itemRows(INSPECTION_WEAR_ITEMS)}
        </Card>
        <Form.Item name="notes" label={t('prevention.inspect.notes')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('prevention.inspect.notesPlaceholder')} data-testid="inspection-notes" />
        </Form.Item>
        <Card size="small">
          <Flex vertical gap={4}>
            <Typography.Text strong type={failedCount > 0 ? 'danger' : 'success'} data-testid="failed-count">
              {failedCount > 0 ? t('prevention.inspect.failedCount', { count: failedCount }) : t('prevention.inspect.allFine')}
            </Typography.Text>
            <SwitchRow id="inspection_openFollowUpTicket" label={t('prevention.inspect.followUp')}>
              <Form.Item name="openFollowUpTicket" valuePropName="checked" noStyle>
                <Switch id="inspection_openFollowUpTicket" disabled={failedCount === 0 || record.isPending} data-testid="follow-up" />
              </Form.Item>
            </SwitchRow>
            <Typography.Text type="secondary">{t('prevention.inspect.followUpHint')}</Typography.Text>
          </Flex>
        </Card>
        {record.isError && (
          <Alert role="alert" type="error" showIcon title={t('prevention.inspect.submitFailed')} description={isApiError(record.error) ? apiErrorText(record.error, locale) : undefined} />
        )}
        <Button type="primary" size="large" block htmlType="submit" loading={record.isPending} data-testid="submit-inspection">
          {t('prevention.inspect.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** /console/inspections/:terminalId: finds the terminal in the provider's due list and shows the form. */
export function InspectionWorkspace({ terminalId, backPath }: { terminalId: string; backPath: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('prevention.inspect.title'));
  // Any live terminal of the provider is in the year-long list; one beyond it has nothing due to record.
  const due = useInspectionsDue({ withinDays: MAX_DUE_WITHIN_DAYS, overdueOnly: false });
  const terminal = due.data?.items.find((item) => item.terminalId === terminalId);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}>
      <Link to={backPath}>
        <ArrowLeftOutlined /> {t('prevention.inspect.back')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
        {t('prevention.inspect.title')}
      </Typography.Title>
      {due.isError ? (
        <LoadFailedAlert title={t('prevention.due.loadFailed')} error={due.error} onRetry={() => void due.refetch()} />
      ) : due.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : terminal ? (
        <InspectionForm terminal={terminal} backPath={backPath} />
      ) : (
        <Alert type="warning" showIcon title={t('prevention.inspect.notFound')} />
      )}
    </Flex>
  );
}
