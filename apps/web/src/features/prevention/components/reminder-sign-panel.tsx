import { SIGN_SIZES, type SignSize } from '@pos/shared';
import { Card, Flex, Form, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchReminderSign, usePreventionProviders } from '../api/prevention.api';
import { PdfButton } from './pdf-button';

const ALL = 'all';

/** 顾客提示牌: pick the size and whose hotline, then print the PDF. */
export function ReminderSignPanel() {
  const { t } = useTranslation();
  const providers = usePreventionProviders();
  const [size, setSize] = useState<SignSize>('A5');
  const [providerId, setProviderId] = useState<string>(ALL);
  const items = providers.data?.items ?? [];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Paragraph type="secondary">{t('prevention.sign.intro')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('prevention.sign.size')}>
            <Radio.Group value={size} onChange={(event) => setSize(event.target.value as SignSize)} optionType="button" data-testid="sign-size">
              {SIGN_SIZES.map((value) => (
                <Radio.Button key={value} value={value} data-testid={`sign-size-${value}`}>
                  {value}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item label={t('prevention.sign.provider')} extra={providers.isSuccess && items.length === 0 ? t('prevention.sign.noProviders') : undefined}>
            <Select
              value={providerId}
              onChange={setProviderId}
              loading={providers.isPending}
              style={{ maxWidth: 360 }}
              data-testid="sign-provider"
              options={[{ value: ALL, label: t('prevention.sign.allProviders') }, ...items.map((provider) => ({ value: provider.id, label: `${provider.name} · ${provider.contactPhone}` }))]}
            />
          </Form.Item>
        </Form>
        <PdfButton load={() => fetchReminderSign(size, providerId === ALL ? undefined : providerId)} fileName={`请核对银行卡信息-${size}.pdf`} testId="print-sign">
          {t('prevention.sign.print')}
        </PdfButton>
      </Card>
      <Card size="small" title={t('prevention.sign.preview')}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('prevention.sign.line1')}
        </Typography.Title>
        <Typography.Text>{t('prevention.sign.line2')}</Typography.Text>
      </Card>
    </Flex>
  );
}
