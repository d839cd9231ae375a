import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DOCUMENT_TYPES, type DocumentRequirementView, type DocumentType } from '@pos/shared';
import { Alert, App, Button, Col, Flex, Form, Input, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useUpdateDocumentRequirements } from '../api/provider-settings.api';
import { resolveUnder, settingsRules } from './settings-rules';

interface RequirementsValues {
  items: Partial<DocumentRequirementView>[];
}

/** The documents a merchant must (or may) upload, edited as a list and saved as a whole. */
export function DocumentRequirementsForm({ requirements }: { requirements: readonly DocumentRequirementView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<RequirementsValues>();
  const update = useUpdateDocumentRequirements();
  const rules = settingsRules(t, locale);

  const onFinish = ({ items }: RequirementsValues) => {
    update.mutate(
      {
        items: (items ?? []).map((item) => ({
          documentType: item.documentType as DocumentType,
          required: Boolean(item.required),
          note: (item.note ?? '').trim(),
          noteEn: (item.noteEn ?? '').trim(),
        })),
      },
      {
        onSuccess: () => void message.success(t('providerSettings.saved')),
        onError: (error) => {
          if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, resolveUnder(['items']));
        },
      },
    );
  };

  const uniqueType = ({ getFieldValue }: { getFieldValue: (name: (string | number)[]) => unknown }) => ({
    validator: (_rule: unknown, value?: DocumentType) => {
      const all = (getFieldValue(['items']) as Partial<DocumentRequirementView>[] | undefined) ?? [];
      return value && all.filter((item) => item?.documentType === value).length > 1
        ? Promise.reject(new Error(t('providerSettings.documents.duplicate')))
        : Promise.resolve();
    },
  });

  return (
    <Form<RequirementsValues>
      form={form}
      name="documentRequirements"
      layout="vertical"
      initialValues={{ items: requirements.map((item) => ({ ...item })) }}
      onFinish={onFinish}
      disabled={update.isPending}
    >
      <Typography.Paragraph type="secondary">{t('providerSettings.documents.intro')}</Typography.Paragraph>
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
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={12} align="top" data-testid={`requirement-row-${field.name}`}>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'documentType']}
                    label={field.name === 0 ? t('providerSettings.documents.documentType') : undefined}
                    rules={[rules.requiredChoice, uniqueType]}
                    dependencies={fields.filter((other) => other.key !== field.key).map((other) => ['items', other.name, 'documentType'])}
                  >
                    <Select
                      aria-label={t('providerSettings.documents.documentType')}
                      options={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`enums.documentType.${type}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={6} md={3}>
                  <Form.Item
                    name={[field.name, 'required']}
                    label={field.name === 0 ? t('providerSettings.documents.required') : undefined}
                    valuePropName="checked"
                  >
                    <Switch aria-label={t('providerSettings.documents.required')} />
                  </Form.Item>
                </Col>
                <Col xs={18} md={6}>
                  <Form.Item name={[field.name, 'note']} label={field.name === 0 ? t('providerSettings.documents.note') : undefined}>
                    <Input aria-label={t('providerSettings.documents.note')} />
                  </Form.Item>
                </Col>
                <Col xs={18} md={6}>
                  <Form.Item name={[field.name, 'noteEn']} label={field.name === 0 ? t('providerSettings.documents.noteEn') : undefined}>
                    <Input aria-label={t('providerSettings.documents.noteEn')} />
                  </Form.Item>
                </Col>
                <Col xs={6} md={2}>
                  <Form.Item label={field.name === 0 ? ' ' : undefined}>
                    <Button icon={<DeleteOutlined />} aria-label={t('providerSettings.remove')} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Flex gap={8}>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= DOCUMENT_TYPES.length}
                onClick={() => add({ required: true, note: '', noteEn: '' })}
              >
                {t('providerSettings.add')}
              </Button>
              <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="requirements-save">
                {t('providerSettings.save')}
              </Button>
            </Flex>
          </>
        )}
      </Form.List>
    </Form>
  );
}
