import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth';
import { ProviderSettingsPage } from '../features/provider-settings';

/** Composes the provider settings with the signed-in admin's provider. */
export function ConsoleProviderSettingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return <ProviderSettingsPage providerName={user.provider?.name ?? t('home.console.noProvider')} />;
}
