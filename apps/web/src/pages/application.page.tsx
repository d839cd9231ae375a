import { FeeChannel } from '@pos/shared';
import { useParams } from 'react-router';
import { ApplicationWorkspace, useApplication } from '../features/applications';
import { cappedChannelsOf, useProvider } from '../features/providers';

const DEFAULT_CAPPED = [FeeChannel.DEBIT_CARD];

/**
 * /merchant/applications/:applicationId. Composes the application with its provider's fee schedule, so the volume
 * step asks for the average ticket exactly on the channels that provider caps.
 */
export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const provider = useProvider(application.data?.provider.id);
  const capped = provider.data ? cappedChannelsOf([provider.data.currentFeeSchedule]) : DEFAULT_CAPPED;
  return <ApplicationWorkspace applicationId={applicationId} cappedChannels={capped} listPath="/merchant" />;
}
