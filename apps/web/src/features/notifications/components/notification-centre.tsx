import type { PortalArea } from '@pos/shared';
import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NotificationList } from './notification-list';
import { NotificationPreferences } from './notification-preferences';

interface NotificationCentreProps {
  area: PortalArea;
  /** Whether the reader's account has an email address; without one, email preferences cannot be delivered. */
  hasEmail: boolean;
  tab: 'list' | 'preferences';
  onTabChange: (tab: 'list' | 'preferences') => void;
}

/** 通知中心: the reader's notifications and, on a second tab, which ones to receive in the portal and by email. */
export function NotificationCentre({ area, hasEmail, tab, onTabChange }: NotificationCentreProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.page.title'));
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('notifications.page.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('notifications.page.subtitle')}</Typography.Text>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => onTabChange(key === 'preferences' ? 'preferences' : 'list')}
        destroyOnHidden
        items={[
          { key: 'list', label: t('notifications.page.tabList'), children: <NotificationList area={area} /> },
          { key: 'preferences', label: t('notifications.page.tabPreferences'), children: <NotificationPreferences hasEmail={hasEmail} /> },
        ]}
      />
    </Flex>
  );
}
