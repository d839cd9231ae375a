import { MyTickets } from '../features/tickets';

/** /merchant/tickets: 我的报修. */
export function MerchantTicketsPage() {
  return <MyTickets ticketPath={(id) => `/merchant/tickets/${id}`} newTicketPath="/merchant/tickets/new" troubleshootPath="/merchant/troubleshoot" />;
}
