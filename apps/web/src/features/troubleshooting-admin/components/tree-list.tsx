import { EditOutlined } from '@ant-design/icons';
import { FaultCategory, type TroubleshootingTreeView } from '@pos/shared';
import { Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useTrees } from '../api/trees.api';

interface Row {
  category: FaultCategory;
  tree: TroubleshootingTreeView | undefined;
}

/** 排障流程: every fault category with the version of its tree in use. */
export function TreeList({ editPath }: { editPath: (category: FaultCategory) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trees = useTrees();
  useDocumentTitle(t('treeAdmin.title'));
  const dash = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const rows: Row[] = Object.values(FaultCategory).map((category) => ({ category, tree: trees.data?.find((tree) => tree.category === category) }));
  const columns: TableColumnsType<Row> = [
    { title: t('treeAdmin.category'), key: 'category', render: (_value, row) => <Link to={editPath(row.category)}>{t(`tickets.category.${row.category}`)}</Link> },
    { title: t('treeAdmin.version'), key: 'version', render: (_value, row) => (row.tree ? t('treeAdmin.versionValue', { version: row.tree.version }) : dash) },
    { title: t('treeAdmin.steps'), key: 'steps', align: 'end', render: (_value, row) => row.tree?.definition.steps.length ?? dash },
    { title: t('treeAdmin.savedAt'), key: 'savedAt', render: (_value, row) => (row.tree ? formatDateTime(row.tree.createdAt, locale) : dash), responsive: ['md'] },
    {
      title: '',
      key: 'edit',
      render: (_value, row) => (
        <Link to={editPath(row.category)}>
          <Button icon={<EditOutlined />} data-testid={`tree-edit-${row.category}`}>
            {t('treeAdmin.edit')}
          </Button>
        </Link>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('treeAdmin.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('treeAdmin.subtitle')}</Typography.Text>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        {trees.isError ? (
          <LoadFailedAlert title={t('treeAdmin.loadFailed')} error={trees.error} onRetry={() => void trees.refetch()} style={{ margin: 16 }} />
        ) : (
          <Table<Row>
            rowKey="category"
            columns={columns}
            dataSource={rows}
            loading={trees.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(row) => ({ 'data-testid': `tree-row-${row.category}` }) as HTMLAttributes<HTMLElement>}
          />
        )}
      </Card>
    </Flex>
  );
}
