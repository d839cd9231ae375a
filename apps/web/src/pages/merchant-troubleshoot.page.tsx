import { useSearchParams } from 'react-router';
import { useMyTerminals } from '../features/installations';
import { TroubleshootStart } from '../features/troubleshooting';

/** /merchant/troubleshoot[?terminal=<id>]: 故障排查, pick the terminal and the fault. */
export function MerchantTroubleshootPage() {
  const [search] = useSearchParams();
  const terminals = useMyTerminals();
  return (
    <TroubleshootStart terminals={terminals} initialTerminalId={search.get('terminal')} sessionPath={(id) => `/merchant/troubleshoot/${id}`} />
  );
}
