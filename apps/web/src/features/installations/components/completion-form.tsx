import { CheckCircleOutlined } from '@ant-design/icons';
import {
  APPROVED_RESPONSE_CODE,
  CHECKLIST_ITEMS,
  FEE_CHANNELS,
  FeeChannel,
  type Checklist,
  type ChecklistItem,
  type CompleteInstallationRequest,
} from '@pos/shared';
import { Alert, Button, Card, Flex, Form, Input, Select, Switch, theme, Typography, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseYuanToFen } from '../../../lib/format';

export interface CompletionValues {
  checklist: Checklist;
  amount?: string;
  channel: FeeChannel;
  responseCode?: string;
  receiptPrinted: boolean;
}

interface CompletionFormProps {
  /** Failure keys from the last refused completion ('checklist.tap', 'testTransaction.responseCode'…). */
  failures: readonly string[];
  /** A failure in the reader's language. */
  failureText: (failure: string) => string;
  onSubmit: (body: CompleteInstallationRequest) => void;
  /** The fields the technician changed, so their old failures can be cleared. */
  onChanged: (failureKeys: string[]) => void;
  pending: boolean;
  /** The refusal summary, shown above the button. */
  summary?: ReactNode;
}

const RESPONSE_CODE = /^[0-9A-Z]{2}$/;

const INITIAL: CompletionValues = {
  checklist: Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, false])) as Checklist,
  amount: '',
  channel: FeeChannel.DEBIT_CARD,
  responseCode: APPROVED_RESPONSE_CODE,
  receiptPrinted: false,
};

/** A failure right under the item it is about. */
function FailureNote({ failure, text }: { failure: string | undefined; text: (failure: string) => string }) {
  if (!failure) return null;
  return (
    <Typography.Text type="danger" role="alert" data-testid={`failure-${failure}`} style={{ display: 'block', padding: '0 0 8px' }}>
      {text(failure)}
    </Typography.Text>
  );
}

/**
 * A row the whole width of the screen, easy to hit with a thumb: the label is tied to the switch, so tapping
 * anywhere on the row flips it.
 */
function SwitchRow({ id, label, children, failed }: { id: string; label: string; children: ReactNode; failed: boolean }) {
  const { token } = theme.useToken();
  return (
    <label
      htmlFor={id}
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        minHeight: 52,
        padding: '4px 4px',
        borderBottom: `1px solid ${token.colorSplit}`,
        color: failed ? token.colorError : undefined,
        cursor: 'pointer',
        fontSize: 16,
      }}
    >
      <span>{label}</span>
      {children}
    </label>
  );
}

/** The checklist and the test transaction, then "Complete"; every failure the API reports is shown at its item. */
export function CompletionForm({ failures, failureText, onSubmit, onChanged, pending, summary }: CompletionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CompletionValues>();
  const failed = (key: string) => failures.find((failure) => failure === key);

  const amountRule: FormRule = {
    validator: (_rule, value: string | undefined) => {
      const parsed = parseYuanToFen(value ?? '');
      return parsed.ok && parsed.value > 0 ? Promise.resolve() : Promise.reject(new Error(t('validation.yuan')));
    },
  };

  const onFinish = (values: CompletionValues) => {
    const parsed = parseYuanToFen(values.amount ?? '');
    if (!parsed.ok) return;
    onSubmit({
      checklist: Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, Boolean(values.checklist?.[item])])) as Checklist,
      testTransaction: {
        amountFen: parsed.value,
        channel: values.channel,
        responseCode: (values.responseCode ?? '').trim().toUpperCase(),
        receiptPrinted: Boolean(values.receiptPrinted),
      },
    });
  };

  const changedKeys = (changed: Partial<CompletionValues>): string[] => [
    ...Object.keys(changed.checklist ?? {}).map((item) => `checklist.${item}`),
    ...('responseCode' in changed ? ['testTransaction.responseCode'] : []),
    ...('receiptPrinted' in changed ? ['testTransaction.receiptPrinted'] : []),
  ];

  return (
    <Form<CompletionValues>
      form={form}
      name="completion"
      layout="vertical"
      initialValues={INITIAL}
      disabled={pending}
      onFinish={onFinish}
      onValuesChange={(changed: Partial<CompletionValues>) => onChanged(changedKeys(changed))}
    >
      <Flex vertical gap={16}>
        <Card title={t('installations.job.checks.title')} size="small">
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('installations.job.checks.hint')}
          </Typography.Paragraph>
          {CHECKLIST_ITEMS.map((item: ChecklistItem) => (
            <div key={item}>
              <SwitchRow id={`check_${item}`} label={t(`installations.checklist.${item}`)} failed={Boolean(failed(`checklist.${item}`))}>
                <Form.Item name={['checklist', item]} valuePropName="checked" noStyle>
                  <Switch id={`check_${item}`} data-testid={`check-${item}`} />
                </Form.Item>
              </SwitchRow>
              <FailureNote failure={failed(`checklist.${item}`)} text={failureText} />
            </div>
          ))}
        </Card>
        <Card title={t('installations.job.test.title')} size="small">
          <Form.Item name="amount" label={t('installations.job.test.amount')} rules={[amountRule]}>
            <Input size="large" inputMode="decimal" prefix="¥" placeholder="0.01" data-testid="test-amount" autoComplete="off" />
          </Form.Item>
          <Form.Item name="channel" label={t('installations.job.test.channel')}>
            <Select size="large" data-testid="test-channel" options={FEE_CHANNELS.map((channel) => ({ value: channel, label: t(`enums.feeChannel.${channel}`) }))} />
          </Form.Item>
          <Form.Item
            name="responseCode"
            label={t('installations.job.test.responseCode')}
            extra={t('installations.job.test.responseHint')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[{ pattern: RESPONSE_CODE, message: t('installations.job.test.responseFormat') }, { required: true, message: t('installations.job.test.responseFormat') }]}
            style={{ marginBottom: failed('testTransaction.responseCode') ? 4 : undefined }}
          >
            <Input size="large" maxLength={2} autoComplete="off" autoCapitalize="characters" data-testid="test-response-code" style={{ maxWidth: 160 }} />
          </Form.Item>
          <FailureNote failure={failed('testTransaction.responseCode')} text={failureText} />
          <SwitchRow id="test_receipt" label={t('installations.job.test.receipt')} failed={Boolean(failed('testTransaction.receiptPrinted'))}>
            <Form.Item name="receiptPrinted" valuePropName="checked" noStyle>
              <Switch id="test_receipt" data-testid="test-receipt" />
            </Form.Item>
          </SwitchRow>
          <FailureNote failure={failed('testTransaction.receiptPrinted')} text={failureText} />
        </Card>
        {summary}
        <Button type="primary" htmlType="submit" size="large" block icon={<CheckCircleOutlined />} loading={pending} data-testid="complete-installation">
          {t('installations.job.complete')}
        </Button>
      </Flex>
    </Form>
  );
}

/** The list of everything a refused completion named, above the button. */
export function CompletionFailureList({ failures, failureText }: { failures: readonly string[]; failureText: (failure: string) => string }) {
  const { t } = useTranslation();
  if (failures.length === 0) return null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={t('installations.job.completeFailed')}
      data-testid="completion-failures"
      description={
        <>
          <Typography.Text>{t('installations.job.failuresTitle')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {failures.map((failure) => (
              <li key={failure} data-testid={`completion-failure-${failure}`}>
                {failureText(failure)}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
