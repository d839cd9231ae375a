import { SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Role } from '@pos/shared';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useCurrentUser } from '../features/auth';
import { useDocumentTitle } from '../lib/use-document-title';

/** 服务商控制台 home: who you are, for which provider, in which role. */
export function ConsoleHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  useDocumentTitle(t('nav.home'));
  // A technician's home is their job list.
  if (user.role === Role.TECHNICIAN) return <Navigate to="/console/jobs" replace />;
  return (
    <Flex vertical gap={24}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-title">
          {t('home.console.title', { name: user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('home.console.intro')}
        </Typography.Paragraph>
      </div>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('home.console.provider')}>
            <span data-testid="provider-name">{user.provider?.name ?? t('home.console.noProvider')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.console.role')}>
            <span data-testid="role-label">{t(`roles.${user.role}`)}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {user.role === Role.PROVIDER_ADMIN && (
        <Card>
          <Flex justify="space-between" align="center" gap={16} wrap>
            <Typography.Text>
              <SettingOutlined /> {t('home.console.settingsCard')}
            </Typography.Text>
            <Button onClick={() => navigate('/console/provider-settings')}>{t('home.console.openSettings')}</Button>
          </Flex>
        </Card>
      )}
      {user.role === Role.PROVIDER_ADMIN && (
        <Card>
          <Flex justify="space-between" align="center" gap={16} wrap>
            <Typography.Text>
              <TeamOutlined /> {t('home.console.staffCard')}
            </Typography.Text>
            <Button type="primary" onClick={() => navigate('/console/staff')}>
              {t('home.console.openStaff')}
            </Button>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
