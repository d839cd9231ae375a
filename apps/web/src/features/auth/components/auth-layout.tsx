import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandLogo } from '../../../components/brand-logo';
import { LanguageSwitch } from '../../../components/language-switch';

interface AuthLayoutProps {
  title: string;
  subtitle: string;
  children: ReactNode;
}

/** The frame of the sign-in and registration pages: brand, language switch, and the form card. */
export function AuthLayout({ title, subtitle, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  const highlights = [
    t('home.merchant.steps.choose.title'),
    t('home.merchant.steps.apply.title'),
    t('home.merchant.steps.install.title'),
    t('home.merchant.steps.support.title'),
  ];
  return (
    <div className="auth-page">
      <header className="auth-topbar">
        <BrandLogo inverted />
        <LanguageSwitch inverted />
      </header>
      <main className="auth-main">
        <section className="auth-hero" aria-hidden="true">
          <Typography.Title level={2} style={{ color: '#fff', marginTop: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', fontSize: 16 }}>
            {t('app.tagline')}
          </Typography.Paragraph>
          <Flex vertical gap={10}>
            {highlights.map((item) => (
              <span key={item} style={{ color: '#fff' }}>
                <CheckCircleFilled style={{ color: '#93c5fd', marginInlineEnd: 8 }} />
                {item}
              </span>
            ))}
          </Flex>
        </section>
        <Card className="auth-card" variant="borderless">
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
            {title}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>
          {children}
        </Card>
      </main>
    </div>
  );
}
