import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth';
import { StaffPage } from '../features/staff';

/** Composes the staff feature with the signed-in admin's provider. */
export function ConsoleStaffPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return <StaffPage providerName={user.provider?.name ?? t('home.console.noProvider')} selfId={user.id} />;
}
