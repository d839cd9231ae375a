import { useParams } from 'react-router';
import { ReviewApplication } from '../features/reviews';

/** /admin/applications/:applicationId: the review page, read-only for the platform admin (no actions). */
export function AdminReviewPage() {
  const { applicationId = '' } = useParams();
  return <ReviewApplication key={applicationId} applicationId={applicationId} reviewer={null} queuePath="/admin/review-queue" />;
}
