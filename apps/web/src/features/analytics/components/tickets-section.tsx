import { StarFilled } from '@ant-design/icons';
import { responseCodeInfo, type AnalyticsQuery, type FaultCategory, type TicketReport } from '@pos/shared';
import { Col, Empty, Flex, Progress, Row, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useCategoryLabel } from '../../tickets';
import { durationText, formatNumber, percentText } from './analytics-format';
import { ExportButton } from './export-button';
import { CountBarChart, SharePieChart } from './lazy-charts';
import { SectionCard, SubSection } from './section-card';
import { StatTile } from './stat-tile';

type CategoryRow = TicketReport['byCategory'][number];
type ResponseCodeRow = TicketReport['byResponseCode'][number];

const RATINGS = [5, 4, 3, 2, 1] as const;

function isEmpty(tickets: TicketReport): boolean {
  return (
    tickets.opened === 0 &&
    tickets.selfService.selfResolved + tickets.selfService.escalated === 0 &&
    tickets.firstResponse.responded === 0 &&
    tickets.resolution.resolved === 0 &&
    tickets.satisfaction.rated === 0
  );
}

/** How many merchants gave each number of stars, 5 down to 1; a rating the API left out had none. */
function ratingCounts(satisfaction: TicketReport['satisfaction']): { rating: number; count: number }[] {
  const byRating = new Map(satisfaction.distribution.map((entry) => [entry.rating, entry.count]));
  return RATINGS.map((rating) => ({
    rating,
    count: byRating.get(rating) ?? 0,
  }));
}

/** 售后工单: tickets by category and response code, self-service, response and resolution against the SLA, ratings. */
export function TicketsSection({ tickets, range }: { tickets: TicketReport; range: AnalyticsQuery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const categoryLabel = useCategoryLabel();
  const meaningOf = (code: string) => {
    const info = responseCodeInfo(code);
    return info ? pickLocalized(locale, info.meaning.zh, info.meaning.en) : t('analytics.tickets.unknownCode');
  };

  const categoryColumns: TableColumnsType<CategoryRow> = [
    {
      title: t('analytics.tickets.category'),
      dataIndex: 'category',
      render: (category: FaultCategory) => categoryLabel(category),
    },
    {
      title: t('analytics.tickets.count'),
      dataIndex: 'count',
      align: 'end',
      render: (count: number) => formatNumber(count, locale),
    },
  ];
  const codeColumns: TableColumnsType<ResponseCodeRow> = [
    {
      title: t('analytics.tickets.responseCode'),
      dataIndex: 'responseCode',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('analytics.tickets.meaning'),
      key: 'meaning',
      render: (_value, row) => meaningOf(row.responseCode),
    },
    {
      title: t('analytics.tickets.count'),
      dataIndex: 'count',
      align: 'end',
      render: (count: number) => formatNumber(count, locale),
    },
  ];

  const { selfService, firstResponse, resolution, satisfaction } = tickets;
  const tiles = [
    {
      key: 'opened',
      title: t('analytics.tickets.opened'),
      value: formatNumber(tickets.opened, locale),
    },
    {
      key: 'self-service',
      title: t('analytics.tickets.selfService'),
      value: percentText(selfService.selfResolvedPercent, locale, t),
      footer: t('analytics.tickets.selfServiceDetail', {
        resolved: selfService.selfResolved,
        escalated: selfService.escalated,
      }),
    },
    {
      key: 'first-response',
      title: t('analytics.tickets.firstResponse'),
      value: durationText(firstResponse.medianMinutes, locale, t),
      footer: `${t('analytics.tickets.withinSla', { value: percentText(firstResponse.withinSlaPercent, locale, t) })} · ${t('analytics.tickets.respondedCount', { count: firstResponse.responded })}`,
    },
    {
      key: 'resolution',
      title: t('analytics.tickets.resolution'),
      value: durationText(resolution.medianMinutes, locale, t),
      footer: `${t('analytics.tickets.withinSla', { value: percentText(resolution.withinSlaPercent, locale, t) })} · ${t('analytics.tickets.resolvedCount', { count: resolution.resolved })}`,
    },
    {
      key: 'satisfaction',
      title: t('analytics.tickets.satisfaction'),
      value:
        satisfaction.average === null
          ? t('analytics.value.none')
          : t('analytics.tickets.satisfactionAverage', {
              value: formatNumber(satisfaction.average, locale),
            }),
      footer: t('analytics.tickets.ratedCount', { count: satisfaction.rated }),
    },
  ];

  return (
    <SectionCard title={t('analytics.tickets.title')} subtitle={t('analytics.tickets.subtitle')} testId="analytics-tickets">
      {isEmpty(tickets) ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.tickets.empty')} data-testid="analytics-tickets-empty" />
      ) : (
        <Flex vertical gap={24}>
          <Row gutter={[12, 12]}>
            {tiles.map((tile) => (
              <Col key={tile.key} flex="1 1 200px">
                <StatTile title={tile.title} value={tile.value} testId={`tickets-${tile.key}`} footer={tile.footer} />
              </Col>
            ))}
          </Row>
          <Row gutter={[24, 24]}>
            <Col xs={24} xl={12}>
              <SubSection title={t('analytics.tickets.byCategory')} extra={<ExportButton table="tickets-by-category" range={range} />}>
                {tickets.byCategory.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.tickets.byCategoryEmpty')} />
                ) : (
                  <>
                    <SharePieChart
                      rows={tickets.byCategory.map((row) => ({
                        label: categoryLabel(row.category),
                        count: row.count,
                      }))}
                    />
                    <Table<CategoryRow>
                      rowKey="category"
                      size="small"
                      columns={categoryColumns}
                      dataSource={tickets.byCategory}
                      pagination={false}
                      data-testid="analytics-tickets-by-category"
                    />
                  </>
                )}
              </SubSection>
            </Col>
            <Col xs={24} xl={12}>
              <SubSection title={t('analytics.tickets.byResponseCode')} extra={<ExportButton table="tickets-by-response-code" range={range} />}>
                {tickets.byResponseCode.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.tickets.byResponseCodeEmpty')} />
                ) : (
                  <>
                    <CountBarChart
                      rows={tickets.byResponseCode.map((row) => ({
                        label: row.responseCode,
                        count: row.count,
                      }))}
                    />
                    <Table<ResponseCodeRow>
                      rowKey="responseCode"
                      size="small"
                      columns={codeColumns}
                      dataSource={tickets.byResponseCode}
                      pagination={false}
                      data-testid="analytics-tickets-by-response-code"
                    />
                  </>
                )}
              </SubSection>
            </Col>
          </Row>
          <SubSection title={t('analytics.tickets.distribution')} extra={<ExportButton table="satisfaction" range={range} />}>
            {satisfaction.rated === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.tickets.distributionEmpty')} />
            ) : (
              <Flex vertical gap={4} style={{ maxWidth: 560 }} data-testid="analytics-satisfaction">
                {ratingCounts(satisfaction).map(({ rating, count }) => (
                  <Flex key={rating} align="center" gap={12} data-testid={`satisfaction-rating-${rating}`}>
                    <Typography.Text style={{ width: 56, flex: 'none' }}>
                      <StarFilled style={{ color: '#fadb14', marginInlineEnd: 4 }} aria-hidden />
                      {t('analytics.tickets.stars', { rating })}
                    </Typography.Text>
                    <Progress percent={Math.round((count * 100) / satisfaction.rated)} showInfo={false} style={{ flex: 1, margin: 0 }} />
                    <Typography.Text style={{ width: 48, flex: 'none', textAlign: 'end' }} data-testid="satisfaction-count">
                      {formatNumber(count, locale)}
                    </Typography.Text>
                  </Flex>
                ))}
              </Flex>
            )}
          </SubSection>
        </Flex>
      )}
    </SectionCard>
  );
}
