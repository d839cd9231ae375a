import { useProviders } from '../features/providers';
import { ReviewQueue } from '../features/reviews';
import { pickLocalized } from '../lib/format';
import { useLocale } from '../lib/i18n';

/** /admin/review-queue: every provider's queue, read-only, with the marketplace's providers as a filter. */
export function AdminReviewQueuePage() {
  const locale = useLocale();
  const providers = useProviders({});
  const options = (providers.data?.items ?? []).map((provider) => ({ id: provider.id, name: pickLocalized(locale, provider.name, provider.nameEn) }));
  return <ReviewQueue scope="admin" applicationPath={(id) => `/admin/applications/${id}`} providers={options} />;
}
