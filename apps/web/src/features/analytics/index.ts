/** The provider analytics dashboard: what pages and the router may use. */
export { analyticsCsvFileName, analyticsQueryOptions, fetchAnalytics, fetchAnalyticsCsv, useAnalytics } from './api/analytics.api';
export { AnalyticsDashboard } from './components/analytics-dashboard';
