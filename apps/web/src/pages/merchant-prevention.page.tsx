import { PreventionCentre } from '../features/prevention';

/** /merchant/prevention: 安全防范 (training, emergency plan, reminder sign). */
export function MerchantPreventionPage() {
  return <PreventionCentre modulePath={(module) => `/merchant/prevention/training/${module}`} />;
}
