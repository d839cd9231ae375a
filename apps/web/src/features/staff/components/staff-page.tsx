import { Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useStaff, type StaffMember } from '../api/staff.api';

interface StaffPageProps {
  /** The provider's name, shown in the subtitle. */
  providerName: string;
}

/** PROVIDER_ADMIN: the accounts of their own provider. */
export function StaffPage({ providerName }: StaffPageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const staff = useStaff();
  useDocumentTitle(t('staff.title'));

  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: TableColumnsType<StaffMember> = [
    {
      title: t('staff.columns.displayName'),
      dataIndex: 'displayName',
      render: (name: string, member) => (
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{name}</Typography.Text>
          {member.disabledAt && <Tag>{t('staff.disabled')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('staff.columns.role'),
      dataIndex: 'role',
      render: (role: StaffMember['role']) => <Tag color={role === 'PROVIDER_ADMIN' ? 'blue' : 'default'}>{t(`roles.${role}`)}</Tag>,
    },
    { title: t('staff.columns.mobile'), dataIndex: 'mobile', render: (mobile: string | null) => mobile ?? dash, responsive: ['md'] },
    { title: t('staff.columns.email'), dataIndex: 'email', render: (email: string | null) => email ?? dash, responsive: ['lg'] },
    {
      title: t('staff.columns.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      render: (at: string | null) =>
        at ? formatDateTime(at, locale) : <Typography.Text type="secondary">{t('staff.neverLoggedIn')}</Typography.Text>,
      responsive: ['sm'],
    },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('staff.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('staff.subtitle', { provider: providerName })}</Typography.Text>
      </div>
      {staff.isError ? (
        <LoadFailedAlert title={t('staff.loadFailed')} error={staff.error} onRetry={() => void staff.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<StaffMember>
            rowKey="id"
            columns={columns}
            dataSource={staff.data?.items}
            loading={staff.isPending}
            locale={{ emptyText: t('staff.empty') }}
            pagination={{ hideOnSinglePage: true, pageSize: 20, showTotal: (total) => t('staff.total', { count: total }) }}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      )}
    </Flex>
  );
}
