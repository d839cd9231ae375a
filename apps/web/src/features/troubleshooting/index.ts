/** Guided fault troubleshooting for merchants: what pages and the router may use. */
export {
  troubleshootingSessionQueryOptions,
  useStartTroubleshooting,
  useTroubleshootingSession,
} from './api/troubleshooting.api';
export { TroubleshootEntryCard } from './components/troubleshoot-entry-card';
export { TroubleshootSession } from './components/troubleshoot-session';
export { TroubleshootStart } from './components/troubleshoot-start';
