import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth';
import { ProviderSettingsPage } from '../features/provider-settings';
import { SlaSettingsForm } from '../features/ticket-desk';

/** Composes the provider settings with the signed-in admin's provider, and the ticket desk's SLA targets as a tab. */
export function ConsoleProviderSettingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <ProviderSettingsPage
      providerName={user.provider?.name ?? t('home.console.noProvider')}
      extraTabs={[{ key: 'sla', label: t('ticketDesk.slaSettings.tab'), children: <SlaSettingsForm /> }]}
    />
  );
}
