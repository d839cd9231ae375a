/** Installation booking, dispatch, on-site jobs and terminals: what pages and the router may use. */
export {
  applicationInstallationQueryOptions,
  fetchApplicationInstallation,
  useApplicationInstallation,
} from './api/installations.api';
export { consoleInstallationQueryOptions, consoleInstallationsQueryOptions, useConsoleInstallations } from './api/dispatch.api';
export { jobQueryOptions, jobsQueryOptions, useJob, useJobs } from './api/jobs.api';
export { consoleTerminalsQueryOptions, myTerminalsQueryOptions, useConsoleTerminals, useMyTerminals } from './api/terminals.api';
export { AppointmentStatusTag } from './components/appointment-status-tag';
export { DispatchBoard } from './components/dispatch-board';
export { InstallationPanel } from './components/installation-panel';
export { JobWorkspace } from './components/job-workspace';
export { MyJobs } from './components/my-jobs';
export { MyTerminals } from './components/my-terminals';
export { TerminalRegistry } from './components/terminal-registry';
export { TerminalStatusTag } from './components/terminal-status-tag';
