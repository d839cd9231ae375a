import { useParams } from 'react-router';
import { TroubleshootSession } from '../features/troubleshooting';

/** /merchant/troubleshoot/:sessionId: one troubleshooting walk, step by step. */
export function MerchantTroubleshootSessionPage() {
  const { sessionId = '' } = useParams();
  return (
    <TroubleshootSession
      key={sessionId}
      sessionId={sessionId}
      ticketPath={(id) => `/merchant/tickets/${id}`}
      homePath="/merchant"
      startPath="/merchant/troubleshoot"
    />
  );
}
