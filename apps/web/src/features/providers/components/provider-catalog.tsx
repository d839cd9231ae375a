import { CalculatorOutlined, SwapOutlined } from '@ant-design/icons';
import {
  ProviderKind,
  REGION_CODES,
  TERMINAL_TYPES,
  type ProviderListQuery,
  type TerminalType,
} from '@pos/shared';
import { Button, Card, Col, Empty, Flex, Form, Row, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { regionName } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProviders } from '../api/providers.api';
import { useCompareSelection } from '../hooks/use-compare-selection';
import { ProviderCard } from './provider-card';

const PROVIDER_KINDS = Object.values(ProviderKind);

interface ProviderCatalogProps {
  /** Where this catalog lives: /providers for visitors, /merchant/providers inside the merchant portal. */
  basePath: string;
}

function isKind(value: string | null): value is ProviderKind {
  return value !== null && (PROVIDER_KINDS as readonly string[]).includes(value);
}

function isTerminalType(value: string | null): value is TerminalType {
  return value !== null && (TERMINAL_TYPES as readonly string[]).includes(value);
}

/** The filters live in the URL, so a filtered catalog can be bookmarked and the back button restores it. */
function useCatalogFilters() {
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const kind = params.get('kind');
  const terminalType = params.get('terminalType');
  const query: ProviderListQuery = {
    region: region && REGION_CODES.includes(region) ? region : undefined,
    kind: isKind(kind) ? kind : undefined,
    terminalType: isTerminalType(terminalType) ? terminalType : undefined,
  };
  const set = (key: keyof ProviderListQuery, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const reset = () => setParams(new URLSearchParams(), { replace: true });
  return { query, set, reset, active: Boolean(query.region || query.kind || query.terminalType) };
}

/** 服务商 catalog: filter, read the headline facts, tick up to four to compare. */
export function ProviderCatalog({ basePath }: ProviderCatalogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const filters = useCatalogFilters();
  const providers = useProviders(filters.query);
  const selection = useCompareSelection();
  useDocumentTitle(t('providers.catalog.title'));

  const items = providers.data?.items ?? [];
  const goCompare = () => navigate(`${basePath}/compare?${new URLSearchParams({ ids: selection.selected.join(',') }).toString()}`);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {t('providers.catalog.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('providers.catalog.subtitle')}</Typography.Text>
        </div>
        <Link to={`${basePath}/fee-calculator`}>
          <Button icon={<CalculatorOutlined />}>{t('providers.catalog.feeCalculator')}</Button>
        </Link>
      </Flex>

      <Card size="small">
        <Form layout="vertical" name="providerFilters" component="div">
          <Row gutter={16} align="bottom">
            <Col xs={24} md={8}>
              <Form.Item label={t('providers.catalog.region')} htmlFor="providerFilters_region" style={{ marginBottom: 8 }}>
                <Select
                  id="providerFilters_region"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('providers.catalog.any')}
                  value={filters.query.region}
                  onChange={(value?: string) => filters.set('region', value)}
                  options={REGION_CODES.map((code) => ({ value: code, label: regionName(code, locale) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('providers.catalog.kind')} htmlFor="providerFilters_kind" style={{ marginBottom: 8 }}>
                <Select
                  id="providerFilters_kind"
                  allowClear
                  placeholder={t('providers.catalog.any')}
                  value={filters.query.kind}
                  onChange={(value?: string) => filters.set('kind', value)}
                  options={PROVIDER_KINDS.map((kind) => ({ value: kind, label: t(`enums.providerKind.${kind}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('providers.catalog.terminalType')} htmlFor="providerFilters_terminalType" style={{ marginBottom: 8 }}>
                <Select
                  id="providerFilters_terminalType"
                  allowClear
                  placeholder={t('providers.catalog.any')}
                  value={filters.query.terminalType}
                  onChange={(value?: string) => filters.set('terminalType', value)}
                  options={TERMINAL_TYPES.map((type) => ({ value: type, label: t(`enums.terminalType.${type}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item style={{ marginBottom: 8 }}>
                <Button block disabled={!filters.active} onClick={filters.reset}>
                  {t('providers.catalog.reset')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>

      <Card size="small" className="compare-bar">
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex vertical>
            <Typography.Text data-testid="compare-count">
              {t('providers.compareBar.selected', { count: selection.selected.length, max: selection.max })}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {selection.selected.length < 2 ? t('providers.compareBar.needTwo') : t('providers.compareBar.limit', { max: selection.max })}
            </Typography.Text>
          </Flex>
          <Flex gap={8}>
            <Button disabled={selection.selected.length === 0} onClick={selection.clear}>
              {t('providers.compareBar.clear')}
            </Button>
            <Button type="primary" icon={<SwapOutlined />} data-testid="compare-go" disabled={selection.selected.length < 2} onClick={goCompare}>
              {t('providers.compareBar.go')}
            </Button>
          </Flex>
        </Flex>
      </Card>

      {providers.isError ? (
        <LoadFailedAlert title={t('providers.catalog.loadFailed')} error={providers.error} onRetry={() => void providers.refetch()} />
      ) : providers.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('providers.catalog.empty')} />
        </Card>
      ) : (
        <>
          <Typography.Text type="secondary">{t('providers.catalog.count', { count: items.length })}</Typography.Text>
          <Row gutter={[16, 16]} role="list">
            {items.map((provider) => {
              const compared = selection.selected.includes(provider.id);
              return (
                <Col key={provider.id} xs={24} md={12} xl={8} role="listitem">
                  <ProviderCard
                    provider={provider}
                    detailPath={`${basePath}/${provider.id}`}
                    compared={compared}
                    compareDisabled={!compared && selection.isFull}
                    onCompareChange={(checked) => selection.toggle(provider.id, checked)}
                  />
                </Col>
              );
            })}
          </Row>
        </>
      )}
    </Flex>
  );
}
