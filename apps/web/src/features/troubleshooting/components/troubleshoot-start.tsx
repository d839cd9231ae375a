import { responseCodeInfo, type FaultCategory, type StartTroubleshootingRequest, type TerminalListResponse, type TerminalView } from '@pos/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Form, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { ResponseCodeSelect } from '../../../components/response-code-select';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useStartTroubleshooting } from '../api/troubleshooting.api';
import { CategoryPicker } from './category-picker';

interface StartValues {
  terminalId?: string;
  category?: FaultCategory;
  responseCode?: string;
}

const FIELDS = ['terminalId', 'category', 'responseCode'] as const;

/** A retired terminal takes no payments, so it has no faults to troubleshoot. */
export function troubleshootableTerminals(terminals: readonly TerminalView[]): TerminalView[] {
  return terminals.filter((terminal) => terminal.status !== 'RETIRED');
}

interface TroubleshootStartProps {
  /** The merchant's terminals (the page loads them). */
  terminals: UseQueryResult<TerminalListResponse>;
  /** A terminal chosen before arriving (the terminals page's "report a fault"). */
  initialTerminalId?: string | null;
  /** Where a started walk continues, by session id. */
  sessionPath: (sessionId: string) => string;
}

/** 故障排查, first screen: which terminal, what went wrong, and optionally the code on the screen. */
export function TroubleshootStart({ terminals, initialTerminalId, sessionPath }: TroubleshootStartProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('tickets.start.title'));

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('tickets.start.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('tickets.start.subtitle')}</Typography.Text>
      </div>
      {terminals.isError ? (
        <LoadFailedAlert title={t('tickets.start.terminalsLoadFailed')} error={terminals.error} onRetry={() => void terminals.refetch()} />
      ) : terminals.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : troubleshootableTerminals(terminals.data.items).length === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.start.noTerminals')} />
        </Card>
      ) : (
        <StartForm terminals={troubleshootableTerminals(terminals.data.items)} initialTerminalId={initialTerminalId} sessionPath={sessionPath} />
      )}
    </Flex>
  );
}

function StartForm({ terminals, initialTerminalId, sessionPath }: { terminals: TerminalView[]; initialTerminalId?: string | null; sessionPath: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm<StartValues>();
  const start = useStartTroubleshooting();
  const preselected = terminals.find((terminal) => terminal.id === initialTerminalId)?.id ?? (terminals.length === 1 ? terminals[0]?.id : undefined);

  const onValuesChange = (changed: Partial<StartValues>) => {
    // The code on the screen usually says what went wrong: preselect its category unless one is chosen already.
    if (changed.responseCode && !form.getFieldValue('category')) {
      const info = responseCodeInfo(changed.responseCode);
      if (info) form.setFieldValue('category', info.category);
    }
  };

  const onFinish = (values: StartValues) => {
    if (!values.terminalId || !values.category) return;
    const body: StartTroubleshootingRequest = { terminalId: values.terminalId, category: values.category };
    if (values.responseCode) body.responseCode = values.responseCode;
    start.mutate(body, {
      onSuccess: (session) => void navigate(sessionPath(session.id)),
      onError: (error) => {
        if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, FIELDS);
      },
    });
  };

  return (
    <Card>
      {start.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('tickets.start.failed')}
          description={isApiError(start.error) ? apiErrorText(start.error, locale) : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<StartValues>
        form={form}
        name="troubleshoot"
        layout="vertical"
        requiredMark={false}
        disabled={start.isPending}
        initialValues={{ terminalId: preselected }}
        onValuesChange={onValuesChange}
        onFinish={onFinish}
      >
        <Form.Item name="terminalId" label={t('tickets.start.terminal')} rules={[{ required: true, message: t('tickets.start.terminalRequired') }]}>
          <Select
            size="large"
            placeholder={t('tickets.start.terminalPlaceholder')}
            data-testid="ts-terminal"
            options={terminals.map((terminal) => ({ value: terminal.id, label: `${terminal.serialNumber} · ${terminal.model}` }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('tickets.start.category')} rules={[{ required: true, message: t('tickets.start.categoryRequired') }]}>
          <CategoryPicker />
        </Form.Item>
        <Form.Item name="responseCode" label={t('tickets.start.responseCode')} extra={t('tickets.start.responseCodeHelp')}>
          <ResponseCodeSelect placeholder={t('tickets.start.responseCodePlaceholder')} testId="ts-response-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={start.isPending} data-testid="ts-start" style={{ minHeight: 52 }}>
          {t('tickets.start.submit')}
        </Button>
      </Form>
    </Card>
  );
}
