import { MyVisits } from '../features/ticket-desk';

/** /console/visits: the technician's fault repairs on site. */
export function ConsoleVisitsPage() {
  return <MyVisits />;
}
