import { ReviewQueue } from '../features/reviews';

/** /console/review-queue: the signed-in reviewer's provider's queue. */
export function ConsoleReviewQueuePage() {
  return <ReviewQueue scope="console" applicationPath={(id) => `/console/applications/${id}`} />;
}
