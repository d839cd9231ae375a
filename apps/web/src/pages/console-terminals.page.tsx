import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../features/auth';
import { TerminalRegistry } from '../features/installations';

/** /console/terminals?q=: the provider's terminal registry, the search kept in the address. */
export function ConsoleTerminalsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  return (
    <TerminalRegistry
      providerName={user.provider?.name ?? t('home.console.noProvider')}
      query={params.get('q') ?? ''}
      onQueryChange={(q) => setParams(q ? { q } : {}, { replace: true })}
    />
  );
}
