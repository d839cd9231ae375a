import { VerifyAgreement } from '../features/agreements';

/** /verify (public) and /merchant/verify: check an agreement PDF against the portal's records. */
export function VerifyPage() {
  return <VerifyAgreement />;
}
