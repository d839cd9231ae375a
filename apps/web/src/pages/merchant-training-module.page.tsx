import { useParams } from 'react-router';
import { TrainingModulePage } from '../features/prevention';

/** /merchant/prevention/training/:module: one training module and its quiz. */
export function MerchantTrainingModulePage() {
  const { module = '' } = useParams();
  return <TrainingModulePage module={module} backPath="/merchant/prevention?tab=training" />;
}
