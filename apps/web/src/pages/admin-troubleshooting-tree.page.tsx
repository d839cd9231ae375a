import { FaultCategory } from '@pos/shared';
import { useParams } from 'react-router';
import { TreeEditor } from '../features/troubleshooting-admin';
import { NotFoundPage } from './not-found.page';

function isCategory(value: string | undefined): value is FaultCategory {
  return value !== undefined && (Object.values(FaultCategory) as string[]).includes(value);
}

/** /admin/troubleshooting/:category: one category's tree in the editor. */
export function AdminTroubleshootingTreePage() {
  const { category } = useParams();
  if (!isCategory(category)) return <NotFoundPage />;
  return <TreeEditor key={category} category={category} listPath="/admin/troubleshooting" />;
}
