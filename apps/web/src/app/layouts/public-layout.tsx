import { CalculatorOutlined, ShopOutlined } from '@ant-design/icons';
import { Role } from '@pos/shared';
import { Button, Flex, Grid, Layout, Menu, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { BrandLogo } from '../../components/brand-logo';
import { LanguageSwitch } from '../../components/language-switch';
import { useSession } from '../../features/auth';
import { homePathOf } from '../../lib/areas';

const NAV = [
  { path: '/providers', key: 'providers', icon: <ShopOutlined /> },
  { path: '/providers/fee-calculator', key: 'feeCalculator', icon: <CalculatorOutlined /> },
] as const;

/**
 * The frame of the public marketplace (/providers…), open to visitors. A signed-in merchant is sent to the same page
 * inside the merchant portal, where applying happens; staff may browse it here.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const session = useSession();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();

  if (session.status === 'authenticated' && session.user.role === Role.MERCHANT) {
    return <Navigate to={`/merchant${pathname}${search}${hash}`} replace />;
  }

  // Pages outside the marketplace (/verify) select no menu entry.
  const selected = pathname.startsWith('/providers/fee-calculator') ? '/providers/fee-calculator' : pathname.startsWith('/providers') ? '/providers' : '';
  const narrow = screens.md === false;

  return (
    <Layout className="public-shell">
      <Layout.Header className="app-shell-header" style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
        <Flex align="center" gap={16} style={{ minWidth: 0, flex: 1 }}>
          <Link to="/providers" aria-label={narrow ? t('app.name') : undefined} style={{ display: 'flex' }}>
            <BrandLogo withName={!narrow} short size={30} />
          </Link>
          <Menu
            mode="horizontal"
            aria-label={t('public.nav')}
            selectedKeys={[selected]}
            style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
            items={NAV.map((item) => ({ key: item.path, icon: item.icon, label: <Link to={item.path}>{t(`nav.${item.key}`)}</Link> }))}
          />
        </Flex>
        <Flex align="center" gap={8} style={{ flexShrink: 0 }}>
          <LanguageSwitch />
          {session.status === 'authenticated' ? (
            <Button type="primary" onClick={() => navigate(homePathOf(session.user.role))}>
              {t('public.enterPortal')}
            </Button>
          ) : (
            <>
              <Button onClick={() => navigate('/login')} data-testid="public-login">
                {t('public.signIn')}
              </Button>
              {!narrow && (
                <Button type="primary" onClick={() => navigate('/register')}>
                  {t('public.register')}
                </Button>
              )}
            </>
          )}
        </Flex>
      </Layout.Header>
      <Layout.Content className="app-shell-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
