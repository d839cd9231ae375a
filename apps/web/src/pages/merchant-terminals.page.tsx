import { MyTerminals } from '../features/installations';

/** /merchant/terminals: 我的终端. */
export function MerchantTerminalsPage() {
  return <MyTerminals />;
}
