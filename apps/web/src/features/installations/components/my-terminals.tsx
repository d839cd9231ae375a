import type { TerminalView } from '@pos/shared';
import { Card, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyTerminals } from '../api/terminals.api';
import { TerminalsTable } from './terminals-table';

/** 我的终端: the merchant's terminals with status and inspection dates; `rowAction` adds something to do per terminal. */
export function MyTerminals({ rowAction }: { rowAction?: (terminal: TerminalView) => ReactNode } = {}) {
  const { t } = useTranslation();
  const terminals = useMyTerminals();
  useDocumentTitle(t('installations.myTerminals.title'));

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('installations.myTerminals.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('installations.myTerminals.subtitle')}</Typography.Text>
      </div>
      {terminals.isError ? (
        <LoadFailedAlert title={t('installations.myTerminals.loadFailed')} error={terminals.error} onRetry={() => void terminals.refetch()} />
      ) : terminals.isSuccess && terminals.data.items.length === 0 ? (
        <Card>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <Typography.Text strong>{t('installations.myTerminals.empty')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('installations.myTerminals.emptyText')}</Typography.Text>
              </>
            }
          />
        </Card>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <TerminalsTable terminals={terminals.data?.items} loading={terminals.isPending} audience="merchant" emptyText={t('installations.myTerminals.empty')} rowAction={rowAction} />
        </Card>
      )}
    </Flex>
  );
}
