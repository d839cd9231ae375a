import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import type { PortalArea } from '@pos/shared';
import { Avatar, Button, Flex, Grid, Layout, Menu, theme, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { BrandLogo } from '../../components/brand-logo';
import { LanguageSwitch } from '../../components/language-switch';
import { useCurrentUser, useLogout } from '../../features/auth';
import { NotificationBell } from '../../features/notifications';

export interface NavItem {
  /** Absolute path; also the menu key. */
  path: string;
  label: string;
  icon: ReactNode;
}

interface AppShellProps {
  area: PortalArea;
  nav: NavItem[];
}

/** The most specific menu entry containing the current path. */
function selectedKey(pathname: string, nav: NavItem[]): string[] {
  const match = nav
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match ? [match.path] : [];
}

/** The frame shared by every signed-in area: sider navigation, header with notifications, user, language and sign-out. */
export function AppShell({ area, nav }: AppShellProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const narrow = screens.md === false;

  const signOut = () => {
    logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  };

  return (
    <Layout className="app-shell">
      <Layout.Sider
        theme="light"
        width={224}
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 72}
        collapsible
        collapsed={collapsed}
        onBreakpoint={(broken) => setCollapsed(broken)}
        trigger={null}
        className="app-shell-sider"
        style={{ borderInlineEnd: narrow && collapsed ? 'none' : `1px solid ${token.colorBorderSecondary}` }}
      >
        <Link to={nav[0]?.path ?? '/'} className="app-shell-brand" aria-label={collapsed ? t('app.name') : undefined}>
          <BrandLogo withName={!collapsed} short size={30} />
        </Link>
        <Menu
          mode="inline"
          aria-label={t('nav.menu')}
          selectedKeys={selectedKey(pathname, nav)}
          items={nav.map((item) => ({ key: item.path, icon: item.icon, label: <Link to={item.path}>{item.label}</Link> }))}
          onClick={() => {
            if (narrow) setCollapsed(true);
          }}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-shell-header" style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <Flex align="center" gap={8} style={{ minWidth: 0 }}>
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
              aria-expanded={!collapsed}
              onClick={() => setCollapsed((value) => !value)}
            />
            <Typography.Text strong ellipsis style={{ fontSize: 16 }} data-testid="area-title">
              {t(`areas.${area}`)}
            </Typography.Text>
          </Flex>
          <Flex align="center" gap={narrow ? 4 : 12} style={{ flexShrink: 0 }}>
            <NotificationBell area={area} />
            <LanguageSwitch />
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary, flexShrink: 0 }} />
              <Flex vertical style={{ minWidth: 0, lineHeight: 1.25 }}>
                <Typography.Text data-testid="current-user" ellipsis style={{ maxWidth: narrow ? 96 : 200 }}>
                  {user.displayName}
                </Typography.Text>
                <Typography.Text type="secondary" data-testid="current-role" ellipsis style={{ fontSize: 12, maxWidth: narrow ? 96 : 200 }}>
                  {t(`roles.${user.role}`)}
                </Typography.Text>
              </Flex>
            </Flex>
            <Button
              data-testid="logout"
              icon={<LogoutOutlined />}
              loading={logout.isPending}
              onClick={signOut}
              aria-label={t('session.logout')}
            >
              {narrow ? null : t('session.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-shell-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
