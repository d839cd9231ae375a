import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { REGION_CODES, TERMINAL_TYPES, type ApplicationView, type FeeChannel } from '@pos/shared';
import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FeeChannelGrid } from '../../../components/fee-channel-grid';
import { regionName } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useApplicationRules } from '../hooks/use-application-rules';
import { useLockedFields } from './locked-fields';
import { MASKED_OF, type SensitiveField, type WizardField } from './wizard-model';

const MCC_CODES = ['5411', '5812', '5814', '5499', '5311', '5691', '5912', '5732', '7230', '7011'] as const;
const MAX_TERMINALS_PER_TYPE = 99;

function useLabel() {
  const { t } = useTranslation();
  return (field: WizardField) => t(`applications.wizard.fields.${field}`);
}

export function BusinessStep() {
  const { t } = useTranslation();
  const rules = useApplicationRules();
  const label = useLabel();
  const locked = useLockedFields();
  return (
    <>
      <Form.Item name="businessName" label={label('businessName')} extra={t('applications.wizard.help.businessName')} rules={[rules.required]}>
        <Input autoComplete="organization" disabled={locked('businessName')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="creditCode"
            label={label('creditCode')}
            extra={t('applications.wizard.help.creditCode')}
            rules={[rules.required, rules.creditCode]}
            normalize={(value: string) => value.toUpperCase()}
          >
            <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} disabled={locked('creditCode')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="mcc" label={label('mcc')} extra={t('applications.wizard.help.mcc')} rules={[rules.required, rules.mcc]}>
            <Input list="application-mcc-options" inputMode="numeric" maxLength={4} autoComplete="off" disabled={locked('mcc')} />
          </Form.Item>
          <datalist id="application-mcc-options">
            {MCC_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`applications.wizard.mcc.${code}`)}
              </option>
            ))}
          </datalist>
        </Col>
      </Row>
      <Form.Item name="businessAddress" label={label('businessAddress')} rules={[rules.required]}>
        <Input autoComplete="street-address" disabled={locked('businessAddress')} />
      </Form.Item>
      <Form.Item name="businessScope" label={label('businessScope')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} disabled={locked('businessScope')} />
      </Form.Item>
      <Form.Item
        name="openingDate"
        label={label('openingDate')}
        rules={[rules.required, rules.date]}
        // The form keeps the API's YYYY-MM-DD text; the picker works with a dayjs value.
        getValueProps={(value?: string) => ({ value: value ? dayjs(value, 'YYYY-MM-DD') : undefined })}
        normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined)}
      >
        <DatePicker format="YYYY-MM-DD" disabled={locked('openingDate')} disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%', maxWidth: 240 }} />
      </Form.Item>
    </>
  );
}

/** An input for a write-only number: empty, with the saved mask as placeholder; required only until one is saved. */
function SensitiveInput({ field, application, rule }: { field: SensitiveField; application: ApplicationView; rule: ReturnType<typeof useApplicationRules>['residentId'] }) {
  const { t } = useTranslation();
  const rules = useApplicationRules();
  const label = useLabel();
  const locked = useLockedFields();
  const masked = application[MASKED_OF[field]];
  return (
    <Form.Item
      name={field}
      label={label(field)}
      rules={[...(masked ? [] : [rules.required]), rule]}
      extra={masked ? t('applications.wizard.help.savedMaskedHelp') : undefined}
    >
      <Input
        autoComplete="off"
        style={{ fontFamily: 'monospace' }}
        placeholder={masked ? t('applications.wizard.help.savedMasked', { masked }) : undefined}
        data-testid={`${field}-input`}
        disabled={locked(field)}
      />
    </Form.Item>
  );
}

export function LegalRepStep({ application }: { application: ApplicationView }) {
  const rules = useApplicationRules();
  const label = useLabel();
  const locked = useLockedFields();
  return (
    <>
      <Form.Item name="legalRepName" label={label('legalRepName')} rules={[rules.required]}>
        <Input autoComplete="off" disabled={locked('legalRepName')} />
      </Form.Item>
      <SensitiveInput field="legalRepIdNumber" application={application} rule={rules.residentId} />
      <Form.Item name="legalRepMobile" label={label('legalRepMobile')} rules={[rules.required, rules.mobile]}>
        <Input inputMode="tel" maxLength={11} autoComplete="off" disabled={locked('legalRepMobile')} />
      </Form.Item>
    </>
  );
}

export function ContactStep() {
  const rules = useApplicationRules();
  const label = useLabel();
  const locked = useLockedFields();
  return (
    <>
      <Form.Item name="contactName" label={label('contactName')} rules={[rules.required]}>
        <Input autoComplete="name" disabled={locked('contactName')} />
      </Form.Item>
      <Form.Item name="contactMobile" label={label('contactMobile')} rules={[rules.required, rules.mobile]}>
        <Input inputMode="tel" maxLength={11} autoComplete="tel-national" disabled={locked('contactMobile')} />
      </Form.Item>
      <Form.Item name="contactEmail" label={label('contactEmail')} rules={[rules.email]}>
        <Input inputMode="email" autoComplete="email" disabled={locked('contactEmail')} />
      </Form.Item>
    </>
  );
}

export function SettlementStep({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const rules = useApplicationRules();
  const label = useLabel();
  const locked = useLockedFields();
  return (
    <>
      <Form.Item name="settlementAccountName" label={label('settlementAccountName')} extra={t('applications.wizard.help.settlementAccountName')} rules={[rules.required]}>
        <Input autoComplete="off" disabled={locked('settlementAccountName')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="settlementBank" label={label('settlementBank')} rules={[rules.required]}>
            <Input autoComplete="off" disabled={locked('settlementBank')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="settlementBranch" label={label('settlementBranch')}>
            <Input autoComplete="off" disabled={locked('settlementBranch')} />
          </Form.Item>
        </Col>
      </Row>
      <SensitiveInput field="settlementAccountNumber" application={application} rule={rules.bankAccount} />
    </>
  );
}

export function VolumeStep({ cappedChannels }: { cappedChannels: readonly FeeChannel[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rules = useApplicationRules();
  const label = useLabel();
  const locked = useLockedFields();
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {label('volumes')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('applications.wizard.volume.intro')}</Typography.Paragraph>
      <FeeChannelGrid headers={[t('feeCalculator.channel'), t('feeCalculator.monthlyAmount'), cappedChannels.length > 0 && t('feeCalculator.averageTicket')]}>
        {(channel, channelName) => [
          <Form.Item key="amount" name={['volumes', channel, 'monthlyAmount']} rules={[rules.yuan]}>
            <Input
              inputMode="decimal"
              prefix="¥"
              aria-label={`${channelName} ${t('feeCalculator.monthlyAmount')}`}
              placeholder={t('feeCalculator.monthlyAmount')}
              disabled={locked('volumes')}
            />
          </Form.Item>,
          cappedChannels.includes(channel) && (
            <Form.Item key="ticket" name={['volumes', channel, 'averageTicket']} rules={[rules.yuan]} extra={t('feeCalculator.averageTicketHelp')}>
              <Input
                inputMode="decimal"
                prefix="¥"
                aria-label={`${channelName} ${t('feeCalculator.averageTicket')}`}
                placeholder={t('feeCalculator.averageTicket')}
                disabled={locked('volumes')}
              />
            </Form.Item>
          ),
        ]}
      </FeeChannelGrid>

      <Typography.Title level={5}>{t('applications.wizard.volume.terminalsTitle')}</Typography.Title>
      <Form.List
        name="terminalRequests"
        rules={[
          {
            validator: (_rule, rows?: { terminalType?: string }[]) => {
              if (!rows || rows.length === 0) return Promise.reject(new Error(t('applications.wizard.volume.needTerminal')));
              const types = rows.map((row) => row?.terminalType).filter(Boolean);
              return new Set(types).size === types.length ? Promise.resolve() : Promise.reject(new Error(rules.text('arrayUnique')));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={12} align="flex-start" wrap>
                <Form.Item
                  name={[field.name, 'terminalType']}
                  rules={[{ required: true, message: rules.text('required') }]}
                  style={{ minWidth: 200, flex: 1 }}
                >
                  <Select
                    aria-label={t('applications.wizard.volume.terminalType')}
                    placeholder={t('applications.wizard.volume.terminalType')}
                    disabled={locked('terminalRequests')}
                    options={TERMINAL_TYPES.map((type) => ({ value: type, label: t(`enums.terminalType.${type}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'count']} rules={[{ required: true, message: rules.text('required') }]}>
                  <InputNumber
                    aria-label={t('applications.wizard.volume.count')}
                    min={1}
                    max={MAX_TERMINALS_PER_TYPE}
                    precision={0}
                    placeholder={t('applications.wizard.volume.count')}
                    disabled={locked('terminalRequests')}
                  />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={t('applications.wizard.volume.remove')} onClick={() => remove(field.name)} disabled={fields.length <= 1 || locked('terminalRequests')} />
              </Flex>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ count: 1 })} disabled={fields.length >= TERMINAL_TYPES.length || locked('terminalRequests')}>
                {t('applications.wizard.volume.addTerminal')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>

      <Typography.Title level={5}>{t('applications.wizard.volume.installTitle')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="installRegion" label={label('installRegion')} rules={[rules.required, rules.region]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={REGION_CODES.map((code) => ({ value: code, label: regionName(code, locale) }))}
              disabled={locked('installRegion')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="installAddress" label={label('installAddress')} rules={[rules.required]}>
            <Input autoComplete="street-address" disabled={locked('installAddress')} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
