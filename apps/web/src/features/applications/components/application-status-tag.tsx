/** The tag moved to shared components, since the review console shows it too; kept here for the feature's own imports. */
export { ApplicationStatusTag } from '../../../components/application-status-tag';
