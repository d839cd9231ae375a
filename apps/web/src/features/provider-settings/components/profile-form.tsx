import { REGION_CODES, SettlementCycle, type ProviderProfileView, type UpdateProviderProfileRequest } from '@pos/shared';
import { Alert, App, Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { regionName } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useUpdateProviderProfile } from '../api/provider-settings.api';
import { settingsRules } from './settings-rules';

const FIELDS = [
  'name',
  'nameEn',
  'description',
  'descriptionEn',
  'contactPhone',
  'serviceRegions',
  'settlementCycle',
  'responseHours',
  'onSiteHours',
  'reviewSlaBusinessDays',
  'secondApprovalTerminalThreshold',
  'secondApprovalMccs',
  'inspectionIntervalDays',
] as const;

function profileValues(profile: ProviderProfileView): UpdateProviderProfileRequest {
  return {
    name: profile.name,
    nameEn: profile.nameEn,
    description: profile.description,
    descriptionEn: profile.descriptionEn,
    contactPhone: profile.contactPhone,
    serviceRegions: profile.serviceRegions,
    settlementCycle: profile.settlementCycle,
    responseHours: profile.responseHours,
    onSiteHours: profile.onSiteHours,
    reviewSlaBusinessDays: profile.reviewSlaBusinessDays,
    secondApprovalTerminalThreshold: profile.secondApprovalTerminalThreshold,
    secondApprovalMccs: profile.secondApprovalMccs,
    inspectionIntervalDays: profile.inspectionIntervalDays,
  };
}

/** The provider's marketplace profile and review rules. */
export function ProfileForm({ profile }: { profile: ProviderProfileView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateProviderProfileRequest>();
  const update = useUpdateProviderProfile();
  const rules = settingsRules(t, locale);
  const whole = (min: number) => ({ type: 'integer' as const, min, message: rules.minText });

  const onFinish = (values: UpdateProviderProfileRequest) => {
    update.mutate(
      {
        ...values,
        name: values.name.trim(),
        nameEn: values.nameEn.trim(),
        contactPhone: values.contactPhone.trim(),
        secondApprovalTerminalThreshold: values.secondApprovalTerminalThreshold ?? null,
        secondApprovalMccs: values.secondApprovalMccs ?? [],
      },
      {
        onSuccess: () => void message.success(t('providerSettings.saved')),
        onError: (error) => {
          if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, FIELDS);
        },
      },
    );
  };

  return (
    <Form<UpdateProviderProfileRequest>
      form={form}
      name="providerProfile"
      layout="vertical"
      initialValues={profileValues(profile)}
      onFinish={onFinish}
      disabled={update.isPending}
    >
      {update.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('providerSettings.saveFailed')}
          description={isApiError(update.error) ? apiErrorText(update.error, locale) : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('providerSettings.profile.name')} rules={[rules.required]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nameEn" label={t('providerSettings.profile.nameEn')} rules={[rules.required]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="description" label={t('providerSettings.profile.description')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="descriptionEn" label={t('providerSettings.profile.descriptionEn')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactPhone" label={t('providerSettings.profile.contactPhone')} rules={[rules.required]}>
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="settlementCycle" label={t('providerSettings.profile.settlementCycle')} rules={[rules.requiredChoice]}>
            <Select
              options={Object.values(SettlementCycle).map((cycle) => ({
                value: cycle,
                label: `${t(`enums.settlementCycle.${cycle}`)} · ${t(`enums.settlementCycleHint.${cycle}`)}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="serviceRegions" label={t('providerSettings.profile.serviceRegions')} rules={[rules.requiredChoice]}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={REGION_CODES.map((code) => ({ value: code, label: regionName(code, locale) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="responseHours" label={t('providerSettings.profile.responseHours')} rules={[rules.requiredChoice, whole(1)]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="onSiteHours" label={t('providerSettings.profile.onSiteHours')} rules={[rules.requiredChoice, whole(1)]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="reviewSlaBusinessDays" label={t('providerSettings.profile.reviewSlaBusinessDays')} rules={[rules.requiredChoice, whole(1)]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="inspectionIntervalDays" label={t('providerSettings.profile.inspectionIntervalDays')} rules={[rules.requiredChoice, whole(1)]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="secondApprovalTerminalThreshold" label={t('providerSettings.profile.secondApprovalTerminalThreshold')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="secondApprovalMccs"
            label={t('providerSettings.profile.secondApprovalMccs')}
            extra={t('providerSettings.profile.secondApprovalMccsHelp')}
            rules={[
              {
                validator: (_rule, value?: string[]) =>
                  (value ?? []).every((mcc) => /^\d{4}$/.test(mcc)) ? Promise.resolve() : Promise.reject(new Error(rules.mccText)),
              },
            ]}
          >
            <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="profile-save">
        {t('providerSettings.save')}
      </Button>
    </Form>
  );
}
