import { AppointmentStatus, type InstallationView } from '@pos/shared';
import { Button, Card, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useConsoleInstallations } from '../api/dispatch.api';
import { AppointmentStatusTag } from './appointment-status-tag';
import { DispatchDrawer } from './dispatch-drawer';
import { formatWindow } from './time-window';
import { WindowList } from './window-list';

const OPEN = 'open';
type Filter = AppointmentStatus | typeof OPEN;

interface DispatchBoardProps {
  /** The appointment open in the drawer (from the address bar). */
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  /** The status filter (from the address bar); open appointments when absent. */
  status: AppointmentStatus | undefined;
  onStatusChange: (status: AppointmentStatus | undefined) => void;
}

/** 装机调度: the provider's installation appointments, open ones first, each opening into the dispatch drawer. */
export function DispatchBoard({ selectedId, onSelect, status, onStatusChange }: DispatchBoardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const installations = useConsoleInstallations(status);
  useDocumentTitle(t('installations.dispatch.title'));

  const columns: TableColumnsType<InstallationView> = [
    {
      title: t('installations.dispatch.columns.reference'),
      dataIndex: 'applicationReference',
      render: (reference: string, row) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onSelect(row.id)}>
          {reference}
        </Button>
      ),
    },
    {
      title: t('installations.dispatch.columns.merchant'),
      key: 'merchant',
      render: (_value, row) => (
        <Flex vertical>
          <span>{row.merchant.businessName ?? row.merchant.displayName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[row.merchant.contactName, row.merchant.contactMobile].filter(Boolean).join(' ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('installations.dispatch.columns.address'), dataIndex: 'address', responsive: ['md'] },
    {
      title: t('installations.dispatch.columns.windows'),
      key: 'windows',
      render: (_value, row) =>
        row.confirmedWindow ? (
          <Flex vertical>
            <Typography.Text strong>{formatWindow(row.confirmedWindow, locale)}</Typography.Text>
            {row.technician && <Typography.Text type="secondary">{row.technician.displayName}</Typography.Text>}
          </Flex>
        ) : (
          <WindowList windows={row.proposedWindows} />
        ),
    },
    { title: t('installations.dispatch.columns.status'), dataIndex: 'status', render: (value: AppointmentStatus) => <AppointmentStatusTag status={value} /> },
    {
      title: t('installations.dispatch.columns.actions'),
      key: 'actions',
      render: (_value, row) =>
        row.status === AppointmentStatus.PROPOSED ? (
          <Button type="primary" onClick={() => onSelect(row.id)} data-testid={`arrange-${row.applicationReference}`}>
            {t('installations.dispatch.arrange')}
          </Button>
        ) : (
          <Button onClick={() => onSelect(row.id)}>{t('installations.dispatch.view')}</Button>
        ),
    },
  ];

  const filter: Filter = status ?? OPEN;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end" gap={16} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {t('installations.dispatch.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('installations.dispatch.subtitle')}</Typography.Text>
        </div>
        <Select<Filter>
          aria-label={t('installations.dispatch.filter')}
          value={filter}
          onChange={(value) => onStatusChange(value === OPEN ? undefined : value)}
          style={{ minWidth: 200 }}
          data-testid="installation-filter"
          options={[
            { value: OPEN, label: t('installations.dispatch.openOnly') },
            ...Object.values(AppointmentStatus).map((value) => ({ value, label: t(`installations.status.${value}`) })),
          ]}
        />
      </Flex>
      {installations.isError ? (
        <LoadFailedAlert title={t('installations.dispatch.loadFailed')} error={installations.error} onRetry={() => void installations.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<InstallationView>
            rowKey="id"
            columns={columns}
            dataSource={installations.data?.items}
            loading={installations.isPending}
            locale={{ emptyText: t('installations.dispatch.empty') }}
            pagination={{ hideOnSinglePage: true, pageSize: 20 }}
            scroll={{ x: 'max-content' }}
            onRow={(row) => ({ 'data-testid': `installation-row-${row.applicationReference}` }) as HTMLAttributes<HTMLElement>}
          />
        </Card>
      )}
      <DispatchDrawer installationId={selectedId} onClose={() => onSelect(undefined)} />
    </Flex>
  );
}
