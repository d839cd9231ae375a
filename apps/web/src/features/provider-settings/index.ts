/** The provider console's settings feature: what pages and the router may use. */
export {
  feeSchedulesQueryOptions,
  fetchFeeSchedules,
  fetchProviderProfile,
  providerProfileQueryOptions,
  useFeeSchedules,
  useProviderProfile,
} from './api/provider-settings.api';
export { ProviderSettingsPage, type ExtraSettingsTab } from './components/provider-settings-page';
