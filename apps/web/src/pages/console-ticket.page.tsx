import { useParams } from 'react-router';
import { useCurrentUser } from '../features/auth';
import { TicketDeskDetail } from '../features/ticket-desk';

/** /console/tickets/:ticketId: one ticket, worked by the signed-in support staff member or provider admin. */
export function ConsoleTicketPage() {
  const { ticketId = '' } = useParams();
  const user = useCurrentUser();
  return (
    <TicketDeskDetail
      key={ticketId}
      ticketId={ticketId}
      currentUserId={user.id}
      queuePath="/console/tickets"
      ticketPath={(id) => `/console/tickets/${encodeURIComponent(id)}`}
    />
  );
}
