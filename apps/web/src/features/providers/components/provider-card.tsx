import { MAX_COMPARED_PROVIDERS, type ProviderSummary } from '@pos/shared';
import { Card, Checkbox, Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { slugify } from '../../../lib/format';
import { useProviderText } from '../hooks/use-provider-text';
import { HeadlineRates, ProviderKindTag, QualityFigures, SettlementCycleText } from './provider-facts';

/** Regions listed on a card before "and N regions in all". */
const REGIONS_SHOWN = 4;

interface ProviderCardProps {
  provider: ProviderSummary;
  detailPath: string;
  compared: boolean;
  /** True when the comparison is full and this provider is not in it. */
  compareDisabled: boolean;
  onCompareChange: (checked: boolean) => void;
}

/** The stable test id of a provider's card: its English name as a slug (its id when the name has no letters). */
export function providerCardTestId(provider: Pick<ProviderSummary, 'id' | 'nameEn'>): string {
  return `provider-card-${slugify(provider.nameEn) || provider.id}`;
}

export function ProviderCard({ provider, detailPath, compared, compareDisabled, onCompareChange }: ProviderCardProps) {
  const { t } = useTranslation();
  const text = useProviderText();
  const separator = t('common.listSeparator');
  const regions = text.regions(provider.serviceRegions);
  const regionText =
    regions.length > REGIONS_SHOWN
      ? t('providers.card.regionsMore', { list: regions.slice(0, REGIONS_SHOWN).join(separator), count: regions.length })
      : regions.join(separator);

  const section = (title: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 12, marginBottom: 4 }}>
      {title}
    </Typography.Text>
  );

  return (
    <Card
      data-testid={providerCardTestId(provider)}
      data-provider-id={provider.id}
      style={{ height: '100%' }}
      title={
        <Flex vertical gap={4} style={{ padding: '12px 0', whiteSpace: 'normal' }}>
          <Link to={detailPath} style={{ fontSize: 16 }} data-testid="provider-name">
            {text.name(provider)}
          </Link>
          <span>
            <ProviderKindTag kind={provider.kind} />
          </span>
        </Flex>
      }
      extra={
        <Tooltip title={compareDisabled ? t('providers.compareBar.limit', { max: MAX_COMPARED_PROVIDERS }) : undefined}>
          <Checkbox
            data-testid={`compare-${provider.id}`}
            checked={compared}
            disabled={compareDisabled}
            onChange={(event) => onCompareChange(event.target.checked)}
          >
            {t('providers.card.compare')}
          </Checkbox>
        </Tooltip>
      }
      actions={[
        <Link key="details" to={detailPath}>
          {t('providers.card.details')}
        </Link>,
      ]}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'settlement', label: t('providers.card.settlement'), children: <SettlementCycleText cycle={provider.settlementCycle} /> },
          {
            key: 'service',
            label: t('providers.card.service'),
            children: t('providers.card.serviceValue', { response: provider.responseHours, onSite: provider.onSiteHours }),
          },
          { key: 'regions', label: t('providers.card.regions'), children: regionText },
          {
            key: 'terminals',
            label: t('providers.card.terminals'),
            children: (
              <Flex gap={4} wrap>
                {provider.terminalTypes.map((type) => (
                  <Tag key={type} variant="outlined">
                    {t(`enums.terminalType.${type}`)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {section(t('providers.card.rates'))}
      <HeadlineRates schedule={provider.currentFeeSchedule} />
      {section(t('providers.card.quality'))}
      <QualityFigures quality={provider.quality} />
    </Card>
  );
}
