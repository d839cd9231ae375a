import type { TrainingModule } from '@pos/shared';
import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { EmergencyPlanPanel } from './emergency-plan-form';
import { ReminderSignPanel } from './reminder-sign-panel';
import { TrainingCentre } from './training-centre';

const TABS = ['training', 'plan', 'sign'] as const;
type Tab = (typeof TABS)[number];

/** 安全防范: cashier training, the emergency plan and the reminder sign, one tab each (kept in the URL). */
export function PreventionCentre({ modulePath }: { modulePath: (module: TrainingModule) => string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('prevention.merchant.title'));
  const [params, setParams] = useSearchParams();
  const value = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(value ?? '') ? (value as Tab) : 'training';

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('prevention.merchant.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('prevention.merchant.subtitle')}</Typography.Text>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'training', label: <span data-testid="tab-training">{t('prevention.merchant.tabs.training')}</span>, children: <TrainingCentre modulePath={modulePath} /> },
          { key: 'plan', label: <span data-testid="tab-plan">{t('prevention.merchant.tabs.plan')}</span>, children: <EmergencyPlanPanel /> },
          { key: 'sign', label: <span data-testid="tab-sign">{t('prevention.merchant.tabs.sign')}</span>, children: <ReminderSignPanel /> },
        ]}
      />
    </Flex>
  );
}
