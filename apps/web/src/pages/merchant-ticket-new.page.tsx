import { useSearchParams } from 'react-router';
import { useMyTerminals } from '../features/installations';
import { NewTicketForm } from '../features/tickets';

/** /merchant/tickets/new[?terminal=<id>]: 直接报修, a ticket without troubleshooting first. */
export function MerchantTicketNewPage() {
  const [search] = useSearchParams();
  const terminals = useMyTerminals();
  return (
    <NewTicketForm terminals={terminals} initialTerminalId={search.get('terminal')} ticketPath={(id) => `/merchant/tickets/${id}`} backPath="/merchant/tickets" />
  );
}
