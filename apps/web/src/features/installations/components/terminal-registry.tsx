import { Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useConsoleTerminals } from '../api/terminals.api';
import { TerminalsTable } from './terminals-table';

interface TerminalRegistryProps {
  providerName: string;
  /** The search in the address bar, so a result can be shared and survives a reload. */
  query: string;
  onQueryChange: (query: string) => void;
}

/** 终端: every terminal the provider installed, searchable by serial prefix, merchant or business name. */
export function TerminalRegistry({ providerName, query, onQueryChange }: TerminalRegistryProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(query);
  const terminals = useConsoleTerminals(query);
  useDocumentTitle(t('installations.registry.title'));

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('installations.registry.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('installations.registry.subtitle', { provider: providerName })}</Typography.Text>
      </div>
      <Input.Search
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          if (!event.target.value) onQueryChange('');
        }}
        onSearch={(value) => onQueryChange(value.trim())}
        placeholder={t('installations.registry.search')}
        aria-label={t('installations.registry.search')}
        enterButton={t('installations.registry.searchButton')}
        allowClear
        size="large"
        maxLength={50}
        loading={terminals.isFetching}
        data-testid="terminal-search"
        style={{ maxWidth: 560 }}
      />
      {terminals.isError ? (
        <LoadFailedAlert title={t('installations.registry.loadFailed')} error={terminals.error} onRetry={() => void terminals.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <TerminalsTable terminals={terminals.data?.items} loading={terminals.isPending} audience="provider" emptyText={t('installations.registry.empty')} />
        </Card>
      )}
    </Flex>
  );
}
