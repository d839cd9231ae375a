export { AuditLogPage } from './components/audit-log-page';
export { CalendarAdminPage } from './components/calendar-admin-page';
export { ProvidersAdminPage } from './components/providers-admin-page';
