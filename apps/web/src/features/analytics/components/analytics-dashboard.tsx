import type { AnalyticsQuery } from '@pos/shared';
import { Alert, DatePicker, Flex, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnalytics } from '../api/analytics.api';
import { isDisabledDay, presetRanges, rangeOfParams } from './date-range';
import { ExportButton } from './export-button';
import { FunnelSection } from './funnel-section';
import { ReviewSection } from './review-section';
import { TicketsSection } from './tickets-section';

/** The calendar's text and the API's dates are the same ISO form, so a range reads the same in the URL and on screen. */
const DATE_FORMAT = 'YYYY-MM-DD';

/**
 * 数据分析: the provider's funnel, review times and tickets for a date range kept in the URL (?from=&to=), so a view
 * can be bookmarked or shared. The API leaves out (null) the sections the signed-in role may not see; so does the page.
 */
export function AnalyticsDashboard() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const range = rangeOfParams(params);
  const dashboard = useAnalytics(range);
  useDocumentTitle(t('analytics.page.title'));

  const setRange = (next: AnalyticsQuery) => {
    const search = new URLSearchParams(params);
    search.set('from', next.from);
    search.set('to', next.to);
    setParams(search, { replace: true });
  };

  // A range the API refuses (too long, ends reversed) comes back as field errors: say them beside the picker.
  const rangeErrors = isApiError(dashboard.error) && dashboard.error.status === 400 ? dashboard.error.fieldErrors : [];

  const toolbar = (
    <Flex gap={12} wrap align="center">
      <Typography.Text type="secondary">{t('analytics.page.range')}</Typography.Text>
      {/* The picker copies data-* props onto both of its inputs: the test id marks the one wrapper around them. */}
      <span data-testid="analytics-range">
        <DatePicker.RangePicker
          value={[dayjs(range.from), dayjs(range.to)]}
          format={DATE_FORMAT}
          allowClear={false}
          status={rangeErrors.length > 0 ? 'error' : undefined}
          disabledDate={(day, info) => isDisabledDay(day, info.from)}
          presets={presetRanges().map(({ key, value }) => ({ label: t(`analytics.presets.${key}`), value }))}
          onChange={(dates) => {
            const [start, end] = dates ?? [];
            if (start && end) setRange({ from: start.format(DATE_FORMAT), to: end.format(DATE_FORMAT) });
          }}
          aria-label={t('analytics.page.range')}
        />
      </span>
      <Typography.Text type="secondary">{t('analytics.page.rangeHint')}</Typography.Text>
      {dashboard.data && <ExportButton table="summary" range={range} label={t('analytics.export.summary')} />}
    </Flex>
  );

  let body;
  if (dashboard.isPending) {
    body = (
      <Flex justify="center" style={{ padding: 48 }} role="status" aria-live="polite">
        <Spin description={t('analytics.page.loading')} />
      </Flex>
    );
  } else if (dashboard.isError) {
    body =
      rangeErrors.length > 0 ? (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('analytics.page.loadFailed')}
          description={rangeErrors.map((error) => error.message).join(' ')}
          data-testid="analytics-range-error"
        />
      ) : (
        <LoadFailedAlert title={t('analytics.page.loadFailed')} error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      );
  } else {
    const { funnel, review, tickets } = dashboard.data;
    body = (
      // While another range loads, the previous figures stay, dimmed, instead of the page jumping to a spinner.
      <Flex
        vertical
        gap={16}
        style={{
          opacity: dashboard.isPlaceholderData ? 0.6 : 1,
          transition: 'opacity 0.2s',
        }}
        aria-busy={dashboard.isPlaceholderData}
      >
        {funnel && <FunnelSection funnel={funnel} range={range} />}
        {review && <ReviewSection review={review} range={range} />}
        {tickets && <TicketsSection tickets={tickets} range={range} />}
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('analytics.page.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('analytics.page.subtitle')}</Typography.Text>
      </div>
      {toolbar}
      {body}
    </Flex>
  );
}
