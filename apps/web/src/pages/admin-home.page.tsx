import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth';
import { useDocumentTitle } from '../lib/use-document-title';

/** 平台管理 home. */
export function AdminHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(t('nav.home'));
  return (
    <Flex vertical gap={24}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-title">
          {t('home.admin.title', { name: user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('home.admin.intro')}
        </Typography.Paragraph>
      </div>
      <Card>
        <Descriptions column={1}>
          <Descriptions.Item label={t('home.admin.role')}>
            <span data-testid="role-label">{t(`roles.${user.role}`)}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </Flex>
  );
}
