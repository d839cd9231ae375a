/** The provider's ticket desk, SLA settings and technicians' site visits: what pages and the router may use. */
export { deskTicketQueryOptions, ticketQueueQueryOptions, useDeskTicket, useTicketQueue, type TicketQueueFilters } from './api/ticket-desk.api';
export { slaSettingsQueryOptions, useSlaSettings } from './api/sla.api';
export { myVisitsQueryOptions, useMyVisits } from './api/visits.api';
export { MyVisits } from './components/my-visits';
export { SlaSettingsForm } from './components/sla-settings-form';
export { TicketDeskDetail } from './components/ticket-desk-detail';
export { TicketQueue } from './components/ticket-queue';
