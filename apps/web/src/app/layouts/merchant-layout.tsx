import { AlertOutlined, CalculatorOutlined, CreditCardOutlined, CustomerServiceOutlined, HomeOutlined, SafetyOutlined, ShopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppShell } from './app-shell';

/** 商户门户. Only pages that work today are in the menu. */
export function MerchantLayout() {
  const { t } = useTranslation();
  return (
    <AppShell
      area="merchant"
      nav={[
        { path: '/merchant', label: t('nav.home'), icon: <HomeOutlined /> },
        { path: '/merchant/providers', label: t('nav.providers'), icon: <ShopOutlined /> },
        { path: '/merchant/providers/fee-calculator', label: t('nav.feeCalculator'), icon: <CalculatorOutlined /> },
        { path: '/merchant/terminals', label: t('installations.nav.myTerminals'), icon: <CreditCardOutlined /> },
        { path: '/merchant/troubleshoot', label: t('tickets.nav.troubleshoot'), icon: <AlertOutlined /> },
        { path: '/merchant/tickets', label: t('tickets.nav.myTickets'), icon: <CustomerServiceOutlined /> },
        { path: '/merchant/prevention', label: t('prevention.nav.merchant'), icon: <SafetyOutlined /> },
      ]}
    />
  );
}
