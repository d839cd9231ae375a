import { useParams } from 'react-router';
import { InspectionWorkspace } from '../features/prevention';

/** /console/inspections/:terminalId: the technician records one terminal's inspection. */
export function ConsoleInspectionPage() {
  const { terminalId = '' } = useParams();
  return <InspectionWorkspace terminalId={terminalId} backPath="/console/inspections" />;
}
