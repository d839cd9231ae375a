import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { INSPECTION_INTERVAL_MAX_DAYS, INSPECTION_INTERVAL_MIN_DAYS, TERMINAL_TYPES, type TerminalModelView, type TerminalType, type UpdateTerminalModelsRequest } from '@pos/shared';
import { Alert, App, Button, Col, Empty, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors, type FieldPath } from '../../../lib/form-errors';
import { fenToYuanText, parseYuanToFen } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useUpdateTerminalModels } from '../api/provider-settings.api';
import { listPath, settingsRules } from './settings-rules';

interface ModelInput {
  type?: TerminalType;
  name?: string;
  price?: string;
  deposit?: string;
  monthlyRent?: string;
  /** Days between inspections of this model; empty follows the provider's default. */
  inspectionIntervalDays?: number | null;
}

interface ModelsValues {
  items: ModelInput[];
}

const MONEY_FIELDS = { priceFen: 'price', depositFen: 'deposit', monthlyRentFen: 'monthlyRent' } as const;

const fenOrNull = (text: string | undefined): number | null => {
  const parsed = parseYuanToFen(text ?? '');
  return parsed.ok ? parsed.value : null;
};

const yuanOrEmpty = (fen: number | null) => (fen === null ? undefined : fenToYuanText(fen));

/** `items.0.priceFen` → ['items', 0, 'price']. */
function modelPathOf(field: string): FieldPath | undefined {
  const path = listPath(field);
  if (path[0] !== 'items') return undefined;
  const last = path[2];
  if (typeof last === 'string' && last in MONEY_FIELDS) return ['items', path[1] ?? 0, MONEY_FIELDS[last as keyof typeof MONEY_FIELDS]];
  return path;
}

/** The terminal models on offer, with money typed in yuan and saved as integer fen. */
export function TerminalModelsForm({ models }: { models: readonly TerminalModelView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<ModelsValues>();
  const update = useUpdateTerminalModels();
  const rules = settingsRules(t, locale);

  const onFinish = ({ items }: ModelsValues) => {
    const body: UpdateTerminalModelsRequest = {
      items: (items ?? []).map((item) => ({
        type: item.type as TerminalType,
        name: (item.name ?? '').trim(),
        priceFen: fenOrNull(item.price),
        depositFen: fenOrNull(item.deposit),
        monthlyRentFen: fenOrNull(item.monthlyRent),
        inspectionIntervalDays: item.inspectionIntervalDays ?? null,
      })),
    };
    update.mutate(body, {
      onSuccess: () => void message.success(t('providerSettings.saved')),
      onError: (error) => {
        if (isApiError(error)) applyResolvedFieldErrors(form, error.fieldErrors, modelPathOf);
      },
    });
  };

  return (
    <Form<ModelsValues>
      form={form}
      name="terminalModels"
      layout="vertical"
      initialValues={{
        items: models.map((model) => ({
          type: model.type,
          name: model.name,
          price: yuanOrEmpty(model.priceFen),
          deposit: yuanOrEmpty(model.depositFen),
          monthlyRent: yuanOrEmpty(model.monthlyRentFen),
          inspectionIntervalDays: model.inspectionIntervalDays ?? null,
        })),
      }}
      onFinish={onFinish}
      disabled={update.isPending}
    >
      <Typography.Paragraph type="secondary">{t('providerSettings.terminals.intro')}</Typography.Paragraph>
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
            {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('providerSettings.terminals.empty')} />}
            {fields.map((field) => (
              <Row key={field.key} gutter={12} align="top">
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'type']} label={t('providerSettings.terminals.type')} rules={[rules.requiredChoice]}>
                    <Select options={TERMINAL_TYPES.map((type) => ({ value: type, label: t(`enums.terminalType.${type}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[field.name, 'name']} label={t('providerSettings.terminals.name')} rules={[rules.required]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={8} md={3}>
                  <Form.Item name={[field.name, 'price']} label={t('providerSettings.terminals.price')} rules={[rules.yuan]}>
                    <Input inputMode="decimal" prefix="¥" />
                  </Form.Item>
                </Col>
                <Col xs={8} md={3}>
                  <Form.Item name={[field.name, 'deposit']} label={t('providerSettings.terminals.deposit')} rules={[rules.yuan]}>
                    <Input inputMode="decimal" prefix="¥" />
                  </Form.Item>
                </Col>
                <Col xs={8} md={3}>
                  <Form.Item name={[field.name, 'monthlyRent']} label={t('providerSettings.terminals.monthlyRent')} rules={[rules.yuan]}>
                    <Input inputMode="decimal" prefix="¥" />
                  </Form.Item>
                </Col>
                <Col xs={20} md={4}>
                  <Form.Item name={[field.name, 'inspectionIntervalDays']} label={t('prevention.models.interval')} tooltip={t('prevention.models.intervalHelp')}>
                    <InputNumber
                      min={INSPECTION_INTERVAL_MIN_DAYS}
                      max={INSPECTION_INTERVAL_MAX_DAYS}
                      precision={0}
                      placeholder={t('prevention.models.intervalDefault')}
                      style={{ width: '100%' }}
                      data-testid={`model-interval-${field.name}`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Form.Item label=" ">
                    <Button icon={<DeleteOutlined />} aria-label={t('providerSettings.remove')} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Flex gap={8}>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('providerSettings.add')}
              </Button>
              <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="terminal-models-save">
                {t('providerSettings.save')}
              </Button>
            </Flex>
          </>
        )}
      </Form.List>
    </Form>
  );
}
