import { AppointmentStatus, ApplicationStatus } from '@pos/shared';
import { Alert, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useApplicationInstallation } from '../api/installations.api';
import { AppointmentCard } from './appointment-card';
import { BookingForm } from './booking-form';

/** Application statuses from which an installation exists or can be booked. */
const WITH_INSTALLATION: readonly ApplicationStatus[] = [
  ApplicationStatus.SIGNED,
  ApplicationStatus.INSTALL_SCHEDULED,
  ApplicationStatus.INSTALLED,
  ApplicationStatus.LIVE,
];

/** The API books a visit for a signed application (or a scheduled one whose visit was cancelled). */
const BOOKABLE: readonly ApplicationStatus[] = [ApplicationStatus.SIGNED, ApplicationStatus.INSTALL_SCHEDULED];

interface InstallationPanelProps {
  applicationId: string;
  applicationStatus: ApplicationStatus;
  /** The application's contact, to prefill the booking. */
  contact: { name: string | null; mobile: string | null };
  terminalsPath: string;
  /** After anything that may move the application on, so the page can reload it. */
  onChanged?: () => void;
}

/** The installation part of an application: the booking form until a visit is booked, then the visit itself. */
export function InstallationPanel({ applicationId, applicationStatus, contact, terminalsPath, onChanged }: InstallationPanelProps) {
  const { t } = useTranslation();
  const relevant = WITH_INSTALLATION.includes(applicationStatus);
  const installation = useApplicationInstallation(applicationId, relevant);

  if (!relevant) return null;
  if (installation.isError) {
    return (
      <LoadFailedAlert title={t('installations.card.loadFailed')} error={installation.error} onRetry={() => void installation.refetch()} />
    );
  }
  if (installation.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  }

  const view = installation.data;
  const cancelled = view?.status === AppointmentStatus.CANCELLED;
  if ((!view || cancelled) && BOOKABLE.includes(applicationStatus)) {
    return (
      <BookingForm
        key={view?.id ?? 'first'}
        applicationId={applicationId}
        contact={contact}
        onBooked={onChanged}
        notice={
          cancelled && (
            <Alert
              type="warning"
              showIcon
              title={t('installations.booking.previousCancelled')}
              description={view.lastReason ? t('installations.card.reasonLine', { reason: view.lastReason }) : undefined}
              style={{ marginBottom: 16 }}
            />
          )
        }
      />
    );
  }
  if (!view) return null;
  return <AppointmentCard installation={view} terminalsPath={terminalsPath} onChanged={onChanged} />;
}
