import { TicketQueue } from '../features/ticket-desk';

/** /console/tickets: the support desk's ticket queue. */
export function ConsoleTicketsPage() {
  return <TicketQueue ticketPath={(id) => `/console/tickets/${encodeURIComponent(id)}`} />;
}
