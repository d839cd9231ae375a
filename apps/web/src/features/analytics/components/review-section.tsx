import type { AnalyticsQuery, DocumentType, ReviewReport } from '@pos/shared';
import { Col, Empty, Flex, Row, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/i18n';
import { daysText, formatNumber, percentText } from './analytics-format';
import { ExportButton } from './export-button';
import { CountBarChart } from './lazy-charts';
import { SectionCard, SubSection } from './section-card';
import { StatTile } from './stat-tile';

type RejectedDocument = ReviewReport['rejectedDocuments'][number];

function isEmpty(review: ReviewReport): boolean {
  return review.decided === 0 && review.rejectedDocuments.length === 0 && review.installationsAccepted === 0;
}

/** 审核时效: decisions, review time in business days against the SLA, change requests, and the documents most often sent back. */
export function ReviewSection({ review, range }: { review: ReviewReport; range: AnalyticsQuery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const documentLabel = (type: DocumentType) => t(`enums.documentType.${type}`);

  const columns: TableColumnsType<RejectedDocument> = [
    {
      title: t('analytics.review.documentType'),
      dataIndex: 'documentType',
      render: (type: DocumentType) => documentLabel(type),
    },
    {
      title: t('analytics.review.count'),
      dataIndex: 'count',
      align: 'end',
      render: (count: number) => formatNumber(count, locale),
    },
  ];

  const tiles = [
    {
      key: 'decided',
      title: t('analytics.review.decided'),
      value: formatNumber(review.decided, locale),
    },
    {
      key: 'approved',
      title: t('analytics.review.approved'),
      value: formatNumber(review.approved, locale),
    },
    {
      key: 'rejected',
      title: t('analytics.review.rejected'),
      value: formatNumber(review.rejected, locale),
    },
    {
      key: 'median',
      title: t('analytics.review.medianDays'),
      value: daysText(review.medianBusinessDays, locale, t),
    },
    {
      key: 'p90',
      title: t('analytics.review.p90Days'),
      value: daysText(review.p90BusinessDays, locale, t),
    },
    {
      key: 'within-sla',
      title: t('analytics.review.withinSla'),
      value: percentText(review.withinSlaPercent, locale, t),
    },
    {
      key: 'changes-requested',
      title: t('analytics.review.changesRequested'),
      value: percentText(review.changesRequestedPercent, locale, t),
    },
    {
      key: 'installation-lead-time',
      title: t('analytics.review.installationLeadTime'),
      value: daysText(review.installationLeadTimeMedianDays, locale, t),
      footer: t('analytics.review.installationsAccepted', {
        count: review.installationsAccepted,
      }),
    },
  ];

  return (
    <SectionCard title={t('analytics.review.title')} subtitle={t('analytics.review.subtitle')} testId="analytics-review">
      {isEmpty(review) ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.review.empty')} data-testid="analytics-review-empty" />
      ) : (
        <Flex vertical gap={24}>
          <Row gutter={[12, 12]}>
            {tiles.map((tile) => (
              <Col key={tile.key} xs={12} md={8} xl={6}>
                <StatTile title={tile.title} value={tile.value} testId={`review-${tile.key}`} footer={tile.footer} />
              </Col>
            ))}
          </Row>
          <SubSection title={t('analytics.review.rejectedDocuments')} extra={<ExportButton table="rejected-documents" range={range} />}>
            {review.rejectedDocuments.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.review.rejectedDocumentsEmpty')} />
            ) : (
              <Row gutter={[24, 16]}>
                <Col xs={24} lg={14}>
                  <CountBarChart
                    rows={review.rejectedDocuments.map((row) => ({
                      label: documentLabel(row.documentType),
                      count: row.count,
                    }))}
                  />
                </Col>
                <Col xs={24} lg={10}>
                  <Table<RejectedDocument>
                    rowKey="documentType"
                    size="small"
                    columns={columns}
                    dataSource={review.rejectedDocuments}
                    pagination={false}
                    data-testid="analytics-rejected-documents"
                  />
                </Col>
              </Row>
            )}
          </SubSection>
        </Flex>
      )}
    </SectionCard>
  );
}
