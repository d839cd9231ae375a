import { Role } from '@pos/shared';
import { useCurrentUser } from '../features/auth';
import { InspectionsDue } from '../features/prevention';

/** /console/inspections: terminals due for inspection; the technician opens each to record the visit. */
export function ConsoleInspectionsPage() {
  const user = useCurrentUser();
  return <InspectionsDue inspectPath={user.role === Role.TECHNICIAN ? (terminalId) => `/console/inspections/${encodeURIComponent(terminalId)}` : undefined} />;
}
