import { Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProviderProfile } from '../api/provider-settings.api';
import { AgreementTemplatePanel } from './agreement-template-panel';
import { DocumentRequirementsForm } from './document-requirements-form';
import { FeeSchedulePanel } from './fee-schedule-panel';
import { ProfileForm } from './profile-form';
import { TerminalModelsForm } from './terminal-models-form';

const TABS = ['profile', 'fees', 'documents', 'terminals', 'agreement'] as const;

/** A tab another feature contributes (the ticket desk's SLA targets), composed in by the page. */
export interface ExtraSettingsTab {
  key: string;
  label: string;
  children: ReactNode;
}

/** PROVIDER_ADMIN: the provider's marketplace profile, fee schedule versions, document requirements and terminal models. */
export function ProviderSettingsPage({ providerName, extraTabs = [] }: { providerName: string; extraTabs?: readonly ExtraSettingsTab[] }) {
  const { t } = useTranslation();
  const profile = useProviderProfile();
  const [params, setParams] = useSearchParams();
  const keys: readonly string[] = [...TABS, ...extraTabs.map((extra) => extra.key)];
  const requested = params.get('tab');
  const tab = requested !== null && keys.includes(requested) ? requested : 'profile';
  useDocumentTitle(t('providerSettings.title'));

  let body;
  if (profile.isError) {
    body = (
      <LoadFailedAlert title={t('providerSettings.loadFailed')} error={profile.error} onRetry={() => void profile.refetch()} />
    );
  } else if (!profile.data) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else {
    const data = profile.data;
    body = (
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          // The list editors are keyed by the data they started from, so a save that changes it restarts them cleanly.
          { key: 'profile', label: t('providerSettings.tabs.profile'), children: <ProfileForm profile={data} /> },
          { key: 'fees', label: t('providerSettings.tabs.fees'), children: <FeeSchedulePanel /> },
          {
            key: 'documents',
            label: t('providerSettings.tabs.documents'),
            children: <DocumentRequirementsForm key={JSON.stringify(data.documentRequirements)} requirements={data.documentRequirements} />,
          },
          {
            key: 'terminals',
            label: t('providerSettings.tabs.terminals'),
            children: <TerminalModelsForm key={JSON.stringify(data.terminalModels)} models={data.terminalModels} />,
          },
          { key: 'agreement', label: t('agreementTemplates.tab'), children: <AgreementTemplatePanel /> },
          ...extraTabs,
        ]}
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('providerSettings.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('providerSettings.subtitle', { provider: providerName })}</Typography.Text>
      </div>
      <Card>{body}</Card>
    </Flex>
  );
}
