import { Flex, Spin } from 'antd';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

/** The chart library arrives in its own chunk the first time a chart is drawn; the figures show meanwhile. */
const charts = () => import('./analytics-charts');
const LazyFunnelWeeklyChart = lazy(() => charts().then((module) => ({ default: module.FunnelWeeklyChart })));
const LazyCountBarChart = lazy(() => charts().then((module) => ({ default: module.CountBarChart })));
const LazySharePieChart = lazy(() => charts().then((module) => ({ default: module.SharePieChart })));

function ChartFallback() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: 160 }} role="status" aria-live="polite">
      <Spin description={t('analytics.page.chartLoading')} />
    </Flex>
  );
}

export function FunnelWeeklyChart(props: ComponentProps<typeof LazyFunnelWeeklyChart>) {
  return (
    <Suspense fallback={<ChartFallback />}>
      <LazyFunnelWeeklyChart {...props} />
    </Suspense>
  );
}

export function CountBarChart(props: ComponentProps<typeof LazyCountBarChart>) {
  return (
    <Suspense fallback={<ChartFallback />}>
      <LazyCountBarChart {...props} />
    </Suspense>
  );
}

export function SharePieChart(props: ComponentProps<typeof LazySharePieChart>) {
  return (
    <Suspense fallback={<ChartFallback />}>
      <LazySharePieChart {...props} />
    </Suspense>
  );
}
