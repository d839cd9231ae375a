/** The review console's public surface: what pages and the router may use. */
export {
  fetchReviewApplication,
  fetchReviewQueue,
  reviewApplicationQueryOptions,
  reviewQueueQueryOptions,
  useReviewApplication,
  useReviewQueue,
  type QueueScope,
  type ReviewQueueFilters,
} from './api/reviews.api';
export { ReviewApplication, type Reviewer } from './components/review-application';
export { ReviewQueue } from './components/review-queue';
