import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProviders } from '../api/providers.api';
import { cappedChannelsOf } from '../hooks/use-provider-text';
import { FeeCalculator } from './fee-calculator';

/** The calculator on its own page, across every provider in the marketplace. */
export function FeeCalculatorPage() {
  const { t } = useTranslation();
  // The catalog tells which channels carry a cap somewhere, so the calculator asks for their average ticket.
  const providers = useProviders({});
  const capped = cappedChannelsOf((providers.data?.items ?? []).map((provider) => provider.currentFeeSchedule));
  useDocumentTitle(t('feeCalculator.title'));
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('feeCalculator.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('feeCalculator.subtitle')}</Typography.Text>
      </div>
      <Card>
        <FeeCalculator cappedChannels={capped.length > 0 ? capped : undefined} />
      </Card>
    </Flex>
  );
}
