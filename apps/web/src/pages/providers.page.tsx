import { ProviderCatalog } from '../features/providers';

/** 服务商 catalog, public at /providers and inside the merchant portal at /merchant/providers. */
export function ProvidersPage({ basePath }: { basePath: string }) {
  return <ProviderCatalog basePath={basePath} />;
}
