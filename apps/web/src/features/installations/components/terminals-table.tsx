import type { TerminalView } from '@pos/shared';
import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { TerminalStatusTag } from './terminal-status-tag';

interface TerminalsTableProps {
  terminals: readonly TerminalView[] | undefined;
  loading: boolean;
  /** Who reads it: the merchant sees the provider, provider staff see the merchant and the address. */
  audience: 'merchant' | 'provider';
  emptyText: string;
  /** Something to do with a terminal, in a last column (the merchant's "report a fault"). */
  rowAction?: (terminal: TerminalView) => ReactNode;
}

/** Terminals with their status and inspection dates; rows carry the test id terminal-<serialNumber>. */
export function TerminalsTable({ terminals, loading, audience, emptyText, rowAction }: TerminalsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dash = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const today = dayjs().format('YYYY-MM-DD');

  const columns: TableColumnsType<TerminalView> = [
    {
      title: t('installations.terminals.serialNumber'),
      dataIndex: 'serialNumber',
      render: (serial: string) => (
        <Typography.Text strong copyable={{ text: serial }}>
          {serial}
        </Typography.Text>
      ),
    },
    { title: t('installations.terminals.model'), dataIndex: 'model' },
    { title: t('installations.terminals.type'), dataIndex: 'type', render: (type: TerminalView['type']) => t(`enums.terminalType.${type}`), responsive: ['md'] },
    { title: t('installations.terminals.status'), dataIndex: 'status', render: (status: TerminalView['status']) => <TerminalStatusTag status={status} /> },
    ...(audience === 'provider'
      ? ([
          {
            title: t('installations.terminals.merchant'),
            key: 'merchant',
            render: (_value, row) => (
              <Flex vertical>
                <span>{row.merchant.businessName ?? row.merchant.displayName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.address}
                </Typography.Text>
              </Flex>
            ),
          },
        ] satisfies TableColumnsType<TerminalView>)
      : ([
          { title: t('installations.terminals.provider'), key: 'provider', render: (_value, row) => row.provider.name, responsive: ['sm'] },
        ] satisfies TableColumnsType<TerminalView>)),
    {
      title: t('installations.terminals.installedAt'),
      dataIndex: 'installedAt',
      render: (at: string) => formatDate(at, locale),
      responsive: ['sm'],
    },
    {
      title: t('installations.terminals.lastInspection'),
      dataIndex: 'lastInspectionAt',
      render: (at: string | null) => (at ? formatDate(at, locale) : <Typography.Text type="secondary">{t('installations.terminals.neverInspected')}</Typography.Text>),
      responsive: ['lg'],
    },
    {
      title: t('installations.terminals.nextInspection'),
      dataIndex: 'nextInspectionDue',
      render: (due: string | null) =>
        due ? (
          <Flex gap={4} align="center" wrap>
            <span>{formatDate(due, locale)}</span>
            {due < today && <Tag color="error">{t('installations.terminals.overdue')}</Tag>}
          </Flex>
        ) : (
          dash
        ),
    },
    ...(rowAction ? ([{ key: 'action', render: (_value, row) => rowAction(row) }] satisfies TableColumnsType<TerminalView>) : []),
  ];

  return (
    <Table<TerminalView>
      rowKey="id"
      columns={columns}
      dataSource={terminals as TerminalView[] | undefined}
      loading={loading}
      locale={{ emptyText }}
      pagination={{ hideOnSinglePage: true, pageSize: 20, showTotal: (total) => t('installations.terminals.total', { count: total }) }}
      scroll={{ x: 'max-content' }}
      onRow={(row) => ({ 'data-testid': `terminal-${row.serialNumber}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
