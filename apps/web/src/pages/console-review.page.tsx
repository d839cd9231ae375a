import { useParams } from 'react-router';
import { useCurrentUser } from '../features/auth';
import { ReviewApplication } from '../features/reviews';

/** /console/applications/:applicationId: the review page, acting as the signed-in reviewer or provider admin. */
export function ConsoleReviewPage() {
  const { applicationId = '' } = useParams();
  const user = useCurrentUser();
  return <ReviewApplication key={applicationId} applicationId={applicationId} reviewer={{ id: user.id, role: user.role }} queuePath="/console/review-queue" />;
}
