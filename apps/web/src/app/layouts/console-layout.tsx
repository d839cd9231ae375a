import { ApiOutlined, AuditOutlined, BarChartOutlined, CarOutlined, CreditCardOutlined, CustomerServiceOutlined, FileProtectOutlined, HomeOutlined, SafetyCertificateOutlined, ScheduleOutlined, SettingOutlined, TeamOutlined, ToolOutlined } from '@ant-design/icons';
import { Role } from '@pos/shared';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../features/auth';
import { AppShell, type NavItem } from './app-shell';

/** 服务商控制台 for provider staff; staff accounts and provider settings are for the provider admin only. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const nav: NavItem[] = [{ path: '/console', label: t('nav.home'), icon: <HomeOutlined /> }];
  if (user.role === Role.REVIEWER || user.role === Role.PROVIDER_ADMIN) {
    nav.push({ path: '/console/review-queue', label: t('reviewNav.queue'), icon: <AuditOutlined /> });
    nav.push({ path: '/console/agreements', label: t('reviewNav.agreements'), icon: <FileProtectOutlined /> });
  }
  if (user.role === Role.PROVIDER_ADMIN) {
    nav.push({ path: '/console/provider-settings', label: t('nav.providerSettings'), icon: <SettingOutlined /> });
    nav.push({ path: '/console/staff', label: t('nav.staff'), icon: <TeamOutlined /> });
    nav.push({ path: '/console/webhooks', label: t('webhooks.nav.endpoints'), icon: <ApiOutlined /> });
  }
  if (user.role === Role.PROVIDER_ADMIN || user.role === Role.SUPPORT) {
    nav.push({ path: '/console/tickets', label: t('ticketDesk.nav.tickets'), icon: <CustomerServiceOutlined /> });
    nav.push({ path: '/console/installations', label: t('installations.nav.dispatch'), icon: <ScheduleOutlined /> });
  }
  // A technician's console is their jobs: it replaces the home page (which sends them there) at the top of the menu.
  if (user.role === Role.TECHNICIAN) {
    nav.splice(0, 1, { path: '/console/jobs', label: t('installations.nav.jobs'), icon: <ToolOutlined /> });
    nav.splice(1, 0, { path: '/console/visits', label: t('ticketDesk.nav.visits'), icon: <CarOutlined /> });
  }
  if (user.role === Role.PROVIDER_ADMIN || user.role === Role.REVIEWER || user.role === Role.SUPPORT) {
    nav.push({ path: '/console/analytics', label: t('analytics.nav.dashboard'), icon: <BarChartOutlined /> });
  }
  if (user.role === Role.TECHNICIAN || user.role === Role.SUPPORT || user.role === Role.PROVIDER_ADMIN) {
    nav.push({ path: '/console/inspections', label: t('prevention.nav.inspections'), icon: <SafetyCertificateOutlined /> });
  }
  nav.push({ path: '/console/terminals', label: t('installations.nav.terminals'), icon: <CreditCardOutlined /> });
  return <AppShell area="console" nav={nav} />;
}
