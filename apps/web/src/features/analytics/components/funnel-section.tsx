import { ArrowRightOutlined } from '@ant-design/icons';
import { FUNNEL_STAGES, type AnalyticsQuery, type FunnelReport, type FunnelStage, type FunnelWeek } from '@pos/shared';
import { Col, Empty, Flex, Row, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { formatNumber, percentText } from './analytics-format';
import { ExportButton } from './export-button';
import { FunnelWeeklyChart } from './lazy-charts';
import { SectionCard, SubSection } from './section-card';
import { StatTile } from './stat-tile';

/** 进件转化漏斗: the five stages' totals with the conversion between them, week by week as a chart and a table. */
export function FunnelSection({ funnel, range }: { funnel: FunnelReport; range: AnalyticsQuery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stageLabel = (stage: FunnelStage) => t(`analytics.funnel.stage.${stage}`);

  const columns: TableColumnsType<FunnelWeek> = [
    {
      title: t('analytics.funnel.weekStart'),
      dataIndex: 'weekStart',
      render: (weekStart: string) => formatDate(weekStart, locale),
    },
    ...FUNNEL_STAGES.map((stage) => ({
      title: stageLabel(stage),
      dataIndex: stage,
      align: 'end' as const,
      render: (count: number) => formatNumber(count, locale),
    })),
  ];

  const chartRows = funnel.weeks.flatMap((week) =>
    FUNNEL_STAGES.map((stage) => ({
      week: dayjs(week.weekStart).format('MM-DD'),
      stage: stageLabel(stage),
      count: week[stage],
    })),
  );

  return (
    <SectionCard
      title={t('analytics.funnel.title')}
      subtitle={t('analytics.funnel.subtitle')}
      extra={<ExportButton table="funnel" range={range} />}
      testId="analytics-funnel"
    >
      {funnel.totals.submitted === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.funnel.empty')} data-testid="analytics-funnel-empty" />
      ) : (
        <Flex vertical gap={24}>
          <Row gutter={[12, 12]} wrap>
            {FUNNEL_STAGES.map((stage, index) => {
              const previous = index > 0 ? FUNNEL_STAGES[index - 1] : undefined;
              return (
                <Col key={stage} flex="1 1 170px">
                  <StatTile
                    title={
                      <Flex align="center" gap={6}>
                        {previous && <ArrowRightOutlined aria-hidden />}
                        {stageLabel(stage)}
                      </Flex>
                    }
                    value={formatNumber(funnel.totals[stage], locale)}
                    testId={`funnel-total-${stage}`}
                    footer={
                      stage !== 'submitted' && previous ? (
                        <Flex vertical>
                          <Typography.Text data-testid={`funnel-conversion-${stage}`}>
                            {t('analytics.funnel.conversion', {
                              value: percentText(funnel.conversionPercent[stage], locale, t),
                            })}
                          </Typography.Text>
                          <Typography.Text type="secondary" data-testid={`funnel-dropoff-${stage}`}>
                            {t('analytics.funnel.dropOff', {
                              count: Math.max(0, funnel.totals[previous] - funnel.totals[stage]),
                            })}
                          </Typography.Text>
                        </Flex>
                      ) : undefined
                    }
                  />
                </Col>
              );
            })}
          </Row>
          <SubSection title={t('analytics.funnel.chartTitle')}>
            <FunnelWeeklyChart rows={chartRows} />
          </SubSection>
          <SubSection title={t('analytics.funnel.tableTitle')}>
            <Table<FunnelWeek>
              rowKey="weekStart"
              size="small"
              columns={columns}
              dataSource={funnel.weeks}
              pagination={false}
              scroll={{ x: 'max-content' }}
              data-testid="analytics-funnel-table"
            />
          </SubSection>
        </Flex>
      )}
    </SectionCard>
  );
}
