import { DevMailbox } from '../features/notifications';

/** /admin/mailbox: the email outbox, for the platform admin. */
export function AdminMailboxPage() {
  return <DevMailbox />;
}
