/** The merchant applications feature's public surface: what pages and the router may use. */
export {
  applicationQueryOptions,
  applicationsQueryOptions,
  createApplication,
  fetchApplication,
  fetchApplications,
  useApplication,
  useApplications,
  useCreateApplication,
} from './api/applications.api';
export { ApplicationStatusTag } from './components/application-status-tag';
export { ApplicationWorkspace, isEditableApplication } from './components/application-workspace';
export { MyApplications } from './components/my-applications';
