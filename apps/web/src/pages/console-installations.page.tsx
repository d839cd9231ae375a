import { AppointmentStatus } from '@pos/shared';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DispatchBoard } from '../features/installations';

const STATUSES = Object.values(AppointmentStatus) as string[];
const isStatus = (value: string | null): value is AppointmentStatus => value !== null && STATUSES.includes(value);

/**
 * /console/installations[/:installationId]?status=: 装机调度. The open appointment and the filter live in the address,
 * so a dispatcher can share a link to one booking.
 */
export function ConsoleInstallationsPage() {
  const { installationId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = params.get('status');
  const search = status ? `?${new URLSearchParams({ status }).toString()}` : '';
  return (
    <DispatchBoard
      selectedId={installationId}
      onSelect={(id) => navigate(`/console/installations${id ? `/${encodeURIComponent(id)}` : ''}${search}`)}
      status={isStatus(status) ? status : undefined}
      onStatusChange={(next) => navigate(`/console/installations${next ? `?status=${next}` : ''}`)}
    />
  );
}
