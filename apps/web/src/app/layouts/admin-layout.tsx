import { ApiOutlined, AuditOutlined, BranchesOutlined, CalendarOutlined, FileSearchOutlined, HomeOutlined, MailOutlined, ShopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppShell } from './app-shell';

/** 平台管理 for the platform operator. */
export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <AppShell
      area="admin"
      nav={[
        { path: '/admin', label: t('nav.home'), icon: <HomeOutlined /> },
        { path: '/admin/providers', label: t('platformAdmin.nav.providers'), icon: <ShopOutlined /> },
        { path: '/admin/review-queue', label: t('reviewNav.allQueues'), icon: <AuditOutlined /> },
        { path: '/admin/troubleshooting', label: t('ticketDesk.nav.trees'), icon: <BranchesOutlined /> },
        { path: '/admin/mailbox', label: t('notifications.nav.mailbox'), icon: <MailOutlined /> },
        { path: '/admin/webhooks', label: t('webhooks.nav.exceptions'), icon: <ApiOutlined /> },
        { path: '/admin/calendar', label: t('platformAdmin.nav.calendar'), icon: <CalendarOutlined /> },
        { path: '/admin/audit', label: t('platformAdmin.nav.audit'), icon: <FileSearchOutlined /> },
      ]}
    />
  );
}
