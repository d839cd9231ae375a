/** The merchant's tickets, and the ticket labels the console's ticket desk shares: what pages and the router may use. */
export { myTicketsQueryOptions, ticketQueryOptions, useMyTickets, useTicket } from './api/tickets.api';
export { formatBeijingDateTime } from './components/beijing-time';
export { CategoryLabel, FAULT_CATEGORIES, TicketPriorityTag, useCategoryLabel } from './components/category-label';
export { MyTickets } from './components/my-tickets';
export { NewTicketForm } from './components/new-ticket-form';
export { NextResponse } from './components/next-response';
export { TicketStatusTag } from './components/ticket-status-tag';
export { TicketWorkspace } from './components/ticket-workspace';
