/** The merchant's tickets, and the ticket labels the console's ticket desk shares: what pages and the router may use. */
export { CategoryLabel, FAULT_CATEGORIES, TicketPriorityTag, useCategoryLabel } from './components/category-label';
export { TicketStatusTag } from './components/ticket-status-tag';
