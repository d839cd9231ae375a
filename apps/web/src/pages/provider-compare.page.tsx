import { useSearchParams } from 'react-router';
import { parseCompareIds, ProviderComparison } from '../features/providers';

/** /providers/compare?ids=a,b,c: the compared providers come from the URL, so a comparison can be shared. */
export function ProviderComparePage({ basePath }: { basePath: string }) {
  const [params] = useSearchParams();
  return <ProviderComparison ids={parseCompareIds(params.get('ids'))} basePath={basePath} />;
}
