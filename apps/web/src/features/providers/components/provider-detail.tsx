import { ArrowLeftOutlined } from '@ant-design/icons';
import { formatFen, type DocumentRequirementView, type TerminalModelView } from '@pos/shared';
import { Card, Col, Descriptions, Flex, Row, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoadState } from '../../../components/page-load-state';
import { FeeScheduleTable } from '../../../components/fee-schedule-table';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProvider } from '../api/providers.api';
import { useProviderText } from '../hooks/use-provider-text';
import { ProviderKindTag, QualityFigures, SettlementCycleText } from './provider-facts';

interface ProviderDetailProps {
  providerId: string;
  /** The catalog this page belongs to, for the way back. */
  basePath: string;
  /** What the page offers to do with this provider (the Apply button, composed by the page). */
  actions?: ReactNode;
  /** Shown above the profile, e.g. why applying failed. */
  notice?: ReactNode;
}

/** One provider's full profile: description, licence, terminals and prices, fee schedule, documents, track record. */
export function ProviderDetail({ providerId, basePath, actions, notice }: ProviderDetailProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useProviderText();
  const provider = useProvider(providerId);
  useDocumentTitle(provider.data ? text.name(provider.data) : t('providers.catalog.title'));

  const back = (
    <Link to={basePath}>
      <ArrowLeftOutlined /> {t('providers.detail.back')}
    </Link>
  );

  if (provider.isError || !provider.data) return <PageLoadState query={provider} failedTitle={t('providers.detail.loadFailed')} back={back} rows={10} />;

  const detail = provider.data;
  const money = (fen: number | null) => (fen === null ? <Typography.Text type="secondary">{t('common.none')}</Typography.Text> : formatFen(fen));

  return (
    <Flex vertical gap={16}>
      {back}
      <Card>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
              {text.name(detail)}
            </Typography.Title>
            <Flex gap={8} align="center" wrap style={{ marginTop: 8 }}>
              <ProviderKindTag kind={detail.kind} />
              <Typography.Text type="secondary">{locale === 'en' ? detail.name : detail.nameEn}</Typography.Text>
            </Flex>
          </div>
          {actions}
        </Flex>
        {notice && <div style={{ marginTop: 16 }}>{notice}</div>}
        <Typography.Paragraph style={{ marginTop: 16 }}>{pickLocalized(locale, detail.description, detail.descriptionEn)}</Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'licence', label: t('providers.detail.licence'), children: detail.licenceNumber },
            { key: 'contact', label: t('providers.detail.contact'), children: <a href={`tel:${detail.contactPhone}`}>{detail.contactPhone}</a> },
            { key: 'settlement', label: t('providers.card.settlement'), children: <SettlementCycleText cycle={detail.settlementCycle} /> },
            {
              key: 'service',
              label: t('providers.card.service'),
              children: t('providers.card.serviceValue', { response: detail.responseHours, onSite: detail.onSiteHours }),
            },
            {
              key: 'reviewSla',
              label: t('providers.detail.reviewSla'),
              children: t('providers.detail.reviewSlaValue', { days: detail.reviewSlaBusinessDays }),
            },
            { key: 'regions', label: t('providers.card.regions'), children: text.regions(detail.serviceRegions).join(t('common.listSeparator')) },
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('providers.detail.feeSchedule')} style={{ height: '100%' }}>
            <FeeScheduleTable schedule={detail.currentFeeSchedule} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('providers.card.quality')} style={{ height: '100%' }}>
            <QualityFigures quality={detail.quality} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('providers.quality.hint')}
            </Typography.Text>
          </Card>
        </Col>
      </Row>

      <Card title={t('providers.detail.terminalModels')}>
        <Table<TerminalModelView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={detail.terminalModels}
          locale={{ emptyText: t('providers.detail.noModels') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('providers.detail.modelName'), dataIndex: 'name' },
            { title: t('providers.detail.modelType'), dataIndex: 'type', render: (type: TerminalModelView['type']) => t(`enums.terminalType.${type}`) },
            { title: t('providers.detail.price'), dataIndex: 'priceFen', render: money },
            { title: t('providers.detail.deposit'), dataIndex: 'depositFen', render: money },
            { title: t('providers.detail.monthlyRent'), dataIndex: 'monthlyRentFen', render: money },
          ]}
        />
      </Card>

      <Card title={t('providers.detail.documents')}>
        <PlainList>
          {detail.documentRequirements.map((requirement: DocumentRequirementView) => {
            const note = pickLocalized(locale, requirement.note, requirement.noteEn);
            return (
              <PlainListItem key={requirement.documentType}>
                <Flex vertical gap={2}>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text>{t(`enums.documentType.${requirement.documentType}`)}</Typography.Text>
                    <Tag color={requirement.required ? 'red' : 'default'}>
                      {requirement.required ? t('providers.detail.required') : t('providers.detail.optional')}
                    </Tag>
                  </Flex>
                  {note && <Typography.Text type="secondary">{note}</Typography.Text>}
                </Flex>
              </PlainListItem>
            );
          })}
        </PlainList>
      </Card>
    </Flex>
  );
}
