import { FileAddOutlined, ShopOutlined } from '@ant-design/icons';
import type { ApplicationSummary } from '@pos/shared';
import { Button, Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { formatDate, formatDateTime, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useApplications } from '../api/applications.api';
import { ApplicationStatusTag } from './application-status-tag';
import { isEditableApplication } from './application-workspace';

interface MyApplicationsProps {
  /** Where one application opens, by id. */
  applicationPath: (id: string) => string;
  /** The provider catalog, the call to action when there is nothing yet. */
  providersPath: string;
}

/** 我的申请: the merchant's applications with their status and the expected decision date. */
export function MyApplications({ applicationPath, providersPath }: MyApplicationsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const applications = useApplications();
  const dash = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const columns: TableColumnsType<ApplicationSummary> = [
    {
      title: t('applications.list.reference'),
      dataIndex: 'reference',
      render: (reference: string, row) => (
        <Link to={applicationPath(row.id)} data-testid={`application-link-${row.id}`}>
          {reference}
        </Link>
      ),
    },
    {
      title: t('applications.list.provider'),
      key: 'provider',
      render: (_value, row) => pickLocalized(locale, row.provider.name, row.provider.nameEn),
    },
    { title: t('applications.list.business'), dataIndex: 'businessName', render: (name: string | null) => name ?? dash, responsive: ['md'] },
    { title: t('applications.list.status'), dataIndex: 'status', render: (status: ApplicationSummary['status']) => <ApplicationStatusTag status={status} /> },
    {
      title: t('applications.list.submittedAt'),
      dataIndex: 'submittedAt',
      render: (at: string | null) => (at ? formatDateTime(at, locale) : dash),
      responsive: ['lg'],
    },
    {
      title: t('applications.list.reviewDueAt'),
      dataIndex: 'reviewDueAt',
      render: (at: string | null) => (at ? formatDate(at, locale) : dash),
      responsive: ['sm'],
    },
    {
      title: t('applications.list.actions'),
      key: 'actions',
      render: (_value, row) => (
        <Link to={applicationPath(row.id)}>{isEditableApplication(row.status) ? t('applications.list.continue') : t('applications.list.view')}</Link>
      ),
    },
  ];

  if (applications.isError) {
    return (
      <LoadFailedAlert title={t('applications.list.loadFailed')} error={applications.error} onRetry={() => void applications.refetch()} />
    );
  }

  const items = applications.data?.items ?? [];
  if (applications.isSuccess && items.length === 0) {
    return (
      <Card>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <Typography.Text strong>{t('applications.list.empty')}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('applications.list.emptyText')}</Typography.Text>
            </>
          }
        >
          <Link to={providersPath}>
            <Button type="primary" icon={<ShopOutlined />} data-testid="browse-providers">
              {t('applications.list.browse')}
            </Button>
          </Link>
        </Empty>
      </Card>
    );
  }

  return (
    <Card
      title={t('applications.list.title')}
      extra={
        <Link to={providersPath}>
          <Button icon={<FileAddOutlined />}>{t('applications.list.newApplication')}</Button>
        </Link>
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<ApplicationSummary>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={applications.isPending}
        pagination={{ hideOnSinglePage: true, pageSize: 20 }}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ 'data-testid': `application-row-${row.reference}` }) as HTMLAttributes<HTMLElement>}
      />
    </Card>
  );
}
