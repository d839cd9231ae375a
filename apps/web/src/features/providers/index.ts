/** The provider marketplace's public surface: what pages and the router may use. */
export {
  estimateFees,
  fetchProvider,
  fetchProviderComparison,
  fetchProviders,
  providerComparisonQueryOptions,
  providerQueryOptions,
  providersQueryOptions,
  useFeeEstimate,
  useProvider,
  useProviderComparison,
  useProviders,
} from './api/providers.api';
export { FeeCalculator } from './components/fee-calculator';
export { FeeCalculatorPage } from './components/fee-calculator-page';
export { providerCardTestId } from './components/provider-card';
export { ProviderCatalog } from './components/provider-catalog';
export { parseCompareIds, ProviderComparison } from './components/provider-comparison';
export { ProviderDetail } from './components/provider-detail';
export { cappedChannelsOf } from './hooks/use-provider-text';
