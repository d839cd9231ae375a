import { FeeChannel } from '@pos/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { AgreementLinkCard } from '../features/agreements';
import { ApplicationWorkspace, applicationQueryOptions, applicationsQueryOptions, useApplication } from '../features/applications';
import { InstallationPanel } from '../features/installations';
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
  const queryClient = useQueryClient();
  const view = application.data;
  // Booking, acceptance and disputes move the application on too (scheduled, live…): read it again after each.
  const installation = view && (
    <InstallationPanel
      applicationId={view.id}
      applicationStatus={view.status}
      contact={{ name: view.contactName, mobile: view.contactMobile }}
      terminalsPath="/merchant/terminals"
      onChanged={() => {
        void queryClient.invalidateQueries({ queryKey: applicationQueryOptions(applicationId).queryKey });
        void queryClient.invalidateQueries({ queryKey: applicationsQueryOptions().queryKey });
      }}
    />
  );
  const agreement = view && (
    <AgreementLinkCard applicationId={view.id} applicationStatus={view.status} agreementPath={`/merchant/applications/${view.id}/agreement`} />
  );
  return (
    <ApplicationWorkspace
      applicationId={applicationId}
      cappedChannels={capped}
      listPath="/merchant"
      panels={
        view && (
          <>
            {agreement}
            {installation}
          </>
        )
      }
    />
  );
}
