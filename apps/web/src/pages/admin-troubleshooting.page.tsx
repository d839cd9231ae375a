import { TreeList } from '../features/troubleshooting-admin';

/** /admin/troubleshooting: the fault categories and the version of each tree in use. */
export function AdminTroubleshootingPage() {
  return <TreeList editPath={(category) => `/admin/troubleshooting/${category}`} />;
}
