/** The agreements feature's public surface: what pages and the router may use. */
export {
  applicationAgreementQueryOptions,
  consoleAgreementsQueryOptions,
  fetchApplicationAgreement,
  fetchConsoleAgreements,
  useApplicationAgreement,
  useConsoleAgreements,
} from './api/agreements.api';
export { AgreementLinkCard } from './components/agreement-link-card';
export { AgreementSigning } from './components/agreement-signing';
export { AgreementStatusTag } from './components/agreement-status-tag';
export { ConsoleAgreements } from './components/console-agreements';
export { VerifyAgreement } from './components/verify-agreement';
