import { useParams } from 'react-router';
import { AgreementSigning } from '../features/agreements';

/** /merchant/applications/:applicationId/agreement: read, acknowledge and sign; later download the executed copy. */
export function AgreementPage() {
  const { applicationId = '' } = useParams();
  return (
    <AgreementSigning key={applicationId} applicationId={applicationId} applicationPath={`/merchant/applications/${applicationId}`} verifyPath="/merchant/verify" />
  );
}
