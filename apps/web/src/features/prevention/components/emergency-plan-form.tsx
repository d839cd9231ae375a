import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { EMERGENCY_CONTACTS_MAX, type EmergencyPlanView, fieldRuleMessage, type SaveEmergencyPlanRequest } from '@pos/shared';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { fetchEmergencyPlanPdf, useEmergencyPlan, useSaveEmergencyPlan } from '../api/prevention.api';
import { PdfButton } from './pdf-button';

/** The same phone pattern the API checks (digits with spaces, +, - and brackets). */
const PHONE = /^\+?[0-9][0-9 ()-]{2,29}$/;

function PlanForm({ plan }: { plan: EmergencyPlanView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<SaveEmergencyPlanRequest>();
  const save = useSaveEmergencyPlan();
  const required = { required: true, whitespace: true, message: fieldRuleMessage(locale, 'required') };
  const phone = { pattern: PHONE, message: fieldRuleMessage(locale, 'isContactPhone') };

  const onFinish = (values: SaveEmergencyPlanRequest) => {
    const body: SaveEmergencyPlanRequest = {
      fallbackPayment: values.fallbackPayment.trim(),
      contacts: (values.contacts ?? []).map((contact) => ({ name: contact.name.trim(), role: contact.role.trim(), phone: contact.phone.trim() })),
      steps: values.steps.trim(),
      providerHotline: values.providerHotline?.trim() || undefined,
    };
    save.mutate(body, {
      onSuccess: () => void message.success(t('prevention.plan.saved')),
      onError: (error) => {
        if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, (field) => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
      },
    });
  };

  return (
    <Form<SaveEmergencyPlanRequest>
      form={form}
      name="emergencyPlan"
      layout="vertical"
      disabled={save.isPending}
      initialValues={{ fallbackPayment: plan.fallbackPayment, contacts: plan.contacts, steps: plan.steps, providerHotline: plan.providerHotline ?? '' }}
      onFinish={onFinish}
    >
      <Typography.Paragraph type="secondary">{t('prevention.plan.intro')}</Typography.Paragraph>
      <Form.Item name="fallbackPayment" label={t('prevention.plan.fallbackPayment')} rules={[required, { max: 300 }]}>
        <Input.TextArea rows={2} maxLength={300} placeholder={t('prevention.plan.fallbackPlaceholder')} data-testid="plan-fallback" />
      </Form.Item>
      <Form.Item name="providerHotline" label={t('prevention.plan.providerHotline')} rules={[phone]}>
        <Input inputMode="tel" style={{ maxWidth: 280 }} data-testid="plan-hotline" />
      </Form.Item>
      <Typography.Text strong>{t('prevention.plan.contacts')}</Typography.Text>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ margin: '8px 0 16px' }}>
            {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('prevention.plan.noContacts')} />}
            {fields.map((field) => (
              <Row key={field.key} gutter={8} align="top">
                <Col xs={12} md={7}>
                  <Form.Item name={[field.name, 'name']} label={t('prevention.plan.contactName')} rules={[required, { max: 50 }]}>
                    <Input maxLength={50} data-testid={`contact-${field.name}-name`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={7}>
                  <Form.Item name={[field.name, 'role']} label={t('prevention.plan.contactRole')} rules={[required, { max: 50 }]}>
                    <Input maxLength={50} data-testid={`contact-${field.name}-role`} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={8}>
                  <Form.Item name={[field.name, 'phone']} label={t('prevention.plan.contactPhone')} rules={[required, phone]}>
                    <Input inputMode="tel" data-testid={`contact-${field.name}-phone`} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Form.Item label=" ">
                    <Button icon={<DeleteOutlined />} aria-label={t('prevention.plan.removeContact')} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <div>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', role: '', phone: '' })} disabled={fields.length >= EMERGENCY_CONTACTS_MAX} data-testid="add-contact">
                {t('prevention.plan.addContact')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
      <Form.Item name="steps" label={t('prevention.plan.steps')} extra={t('prevention.plan.stepsHelp')} rules={[required, { max: 1500 }]}>
        <Input.TextArea rows={5} maxLength={1500} placeholder={t('prevention.plan.stepsPlaceholder')} data-testid="plan-steps" />
      </Form.Item>
      {save.isError && isApiError(save.error) && (
        <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={t('prevention.plan.saveFailed')} description={apiErrorText(save.error, locale)} />
      )}
      <Flex gap={12} align="center" wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-plan">
          {t('prevention.plan.save')}
        </Button>
        {plan.updatedAt && <Typography.Text type="secondary">{t('prevention.plan.updatedAt', { at: formatDateTime(plan.updatedAt, locale) })}</Typography.Text>}
      </Flex>
    </Form>
  );
}

/** 应急预案: the form, and the printable one-page PDF once the plan is saved. */
export function EmergencyPlanPanel() {
  const { t } = useTranslation();
  const plan = useEmergencyPlan();
  if (plan.isError) return <LoadFailedAlert title={t('prevention.plan.loadFailed')} error={plan.error} onRetry={() => void plan.refetch()} />;
  if (plan.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <Flex vertical gap={16}>
      <Card>
        <PlanForm plan={plan.data} />
      </Card>
      <Card size="small">
        <Flex vertical gap={8}>
          {!plan.data.saved && <Typography.Text type="secondary">{t('prevention.plan.printHint')}</Typography.Text>}
          <PdfButton load={fetchEmergencyPlanPdf} fileName="应急预案.pdf" disabled={!plan.data.saved} testId="print-plan">
            {t('prevention.plan.print')}
          </PdfButton>
        </Flex>
      </Card>
    </Flex>
  );
}
