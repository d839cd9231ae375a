import { useParams } from 'react-router';
import { TicketWorkspace } from '../features/tickets';

/** /merchant/tickets/:ticketId: one ticket, its conversation, rating and withdrawal. */
export function MerchantTicketPage() {
  const { ticketId = '' } = useParams();
  return <TicketWorkspace key={ticketId} ticketId={ticketId} listPath="/merchant/tickets" ticketPath={(id) => `/merchant/tickets/${id}`} />;
}
