import { Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The dashboard and its chart library load only when someone opens it, keeping them out of the app's first download.
const AnalyticsDashboard = lazy(() =>
  import('../features/analytics').then((module) => ({
    default: module.AnalyticsDashboard,
  })),
);

/** /console/analytics: the provider's funnel, review and ticket figures, for the sections the signed-in role may see. */
export function ConsoleAnalyticsPage() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Flex justify="center" style={{ padding: 48 }} role="status" aria-live="polite">
          <Spin description={t('analytics.page.loading')} />
        </Flex>
      }
    >
      <AnalyticsDashboard />
    </Suspense>
  );
}
