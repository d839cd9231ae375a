import { Role } from '@pos/shared';
import { ConsoleAgreements } from '../features/agreements';
import { useCurrentUser } from '../features/auth';

/** /console/agreements: reviewers read them; only the provider admin countersigns. */
export function ConsoleAgreementsPage() {
  const user = useCurrentUser();
  return <ConsoleAgreements canCountersign={user.role === Role.PROVIDER_ADMIN} />;
}
