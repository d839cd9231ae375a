import {
  AuditOutlined,
  CustomerServiceOutlined,
  FileTextOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  SignatureOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { Card, Col, Flex, Row, Tag, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyApplications } from '../features/applications';
import { useCurrentUser } from '../features/auth';
import { TroubleshootEntryCard } from '../features/troubleshooting';
import { useDocumentTitle } from '../lib/use-document-title';

type StepKey = 'choose' | 'apply' | 'review' | 'agreement' | 'install' | 'support' | 'prevention';

const PROVIDERS_PATH = '/merchant/providers';

/** The journey; `available` marks the steps that work today, `to` where a step starts (review and agreement start from an application below). */
const STEPS: { key: StepKey; icon: ReactNode; to?: string; available?: boolean }[] = [
  { key: 'choose', icon: <ShopOutlined />, to: PROVIDERS_PATH },
  { key: 'apply', icon: <FileTextOutlined />, to: PROVIDERS_PATH },
  { key: 'review', icon: <AuditOutlined />, available: true },
  { key: 'agreement', icon: <SignatureOutlined />, available: true },
  { key: 'install', icon: <ToolOutlined />, to: '/merchant/terminals' },
  { key: 'support', icon: <CustomerServiceOutlined />, to: '/merchant/troubleshoot' },
  { key: 'prevention', icon: <SafetyCertificateOutlined />, to: '/merchant/prevention' },
];

/** 商户门户 home: the merchant's applications first, then the whole journey and which parts of it are open. */
export function MerchantHomePage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const user = useCurrentUser();
  useDocumentTitle(t('nav.home'));
  return (
    <Flex vertical gap={24}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-title">
          {t('home.merchant.title', { name: user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('home.merchant.intro')}
        </Typography.Paragraph>
      </div>
      <TroubleshootEntryCard startPath="/merchant/troubleshoot" ticketsPath="/merchant/tickets" />
      <MyApplications applicationPath={(id) => `/merchant/applications/${id}`} providersPath={PROVIDERS_PATH} />
      <div>
        <Typography.Title level={5}>{t('home.merchant.journey')}</Typography.Title>
        <Row gutter={[16, 16]} role="list">
          {STEPS.map((step, index) => (
            <Col key={step.key} xs={24} sm={12} xl={8} role="listitem">
              <Card style={{ height: '100%' }}>
                <Flex gap={12} align="flex-start">
                  <span
                    aria-hidden="true"
                    style={{
                      fontSize: 20,
                      color: token.colorPrimary,
                      background: token.colorPrimaryBg,
                      borderRadius: token.borderRadiusLG,
                      padding: '6px 10px',
                    }}
                  >
                    {step.icon}
                  </span>
                  <div style={{ minWidth: 0 }}>
                    <Flex gap={8} align="center" wrap>
                      <Typography.Text strong>
                        {index + 1}.{' '}
                        {step.to ? <Link to={step.to}>{t(`home.merchant.steps.${step.key}.title`)}</Link> : t(`home.merchant.steps.${step.key}.title`)}
                      </Typography.Text>
                      {step.to || step.available ? <Tag color="success">{t('home.merchant.available')}</Tag> : <Tag>{t('home.merchant.comingSoon')}</Tag>}
                    </Flex>
                    <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
                      {t(`home.merchant.steps.${step.key}.text`)}
                    </Typography.Paragraph>
                  </div>
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      </div>
    </Flex>
  );
}
