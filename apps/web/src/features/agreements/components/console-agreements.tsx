import { DownloadOutlined, EyeOutlined, ReloadOutlined, SignatureOutlined } from '@ant-design/icons';
import type { AgreementView } from '@pos/shared';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PdfViewer } from '../../../components/pdf-viewer';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { saveBlob } from '../../../lib/use-object-url';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  CONSOLE_AGREEMENT_STATUSES,
  fetchAgreementPdf,
  useConsoleAgreements,
  useCountersignAgreement,
  useDownloadAgreementPdf,
  type ConsoleAgreementStatus,
} from '../api/agreements.api';
import { AgreementStatusTag } from './agreement-status-tag';

function statusOf(value: string | null): ConsoleAgreementStatus | undefined {
  return CONSOLE_AGREEMENT_STATUSES.find((status) => status === value);
}

/**
 * 协议: the provider's agreements and where each stands. Everyone here may read them and the PDFs; the provider admin
 * countersigns the ones the merchant has signed, after checking the signature facts.
 */
export function ConsoleAgreements({ canCountersign }: { canCountersign: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const agreements = useConsoleAgreements(status);
  const countersign = useCountersignAgreement();
  const download = useDownloadAgreementPdf();
  const [viewing, setViewing] = useState<AgreementView | null>(null);
  const [confirming, setConfirming] = useState<AgreementView | null>(null);
  useDocumentTitle(t('agreements.console.title'));
  const dash = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const columns: TableColumnsType<AgreementView> = [
    { title: t('agreements.console.reference'), dataIndex: 'reference' },
    { title: t('agreements.console.application'), dataIndex: 'applicationReference' },
    { title: t('agreements.console.merchant'), dataIndex: 'merchantName', render: (name: string | null) => name ?? dash },
    { title: t('agreements.console.status'), dataIndex: 'status', render: (value: AgreementView['status']) => <AgreementStatusTag status={value} /> },
    { title: t('agreements.console.generatedAt'), dataIndex: 'generatedAt', render: (at: string) => formatDateTime(at, locale), responsive: ['lg'] },
    {
      title: t('agreements.console.merchantSigned'),
      key: 'merchantSigned',
      render: (_value, row) =>
        row.merchantSignedAt ? t('agreements.console.signedLine', { name: row.merchantSignedName ?? '', time: formatDateTime(row.merchantSignedAt, locale) }) : dash,
    },
    {
      title: t('agreements.console.countersigned'),
      key: 'countersigned',
      render: (_value, row) =>
        row.countersignedAt ? t('agreements.console.signedLine', { name: row.countersignedBy ?? '', time: formatDateTime(row.countersignedAt, locale) }) : dash,
    },
    {
      title: t('agreements.console.actions'),
      key: 'actions',
      render: (_value, row) => (
        <Flex gap={4} wrap>
          <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(row)} data-testid={`view-agreement-${row.reference}`}>
            {t('agreements.console.view')}
          </Button>
          {row.finalUrl && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              loading={download.isPending && download.variables === row.finalUrl}
              onClick={() =>
                download.mutate(row.finalUrl as string, {
                  onSuccess: (blob) => saveBlob(blob, `${row.reference}-executed.pdf`),
                  onError: (error) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('agreements.sign.downloadFailed')),
                })
              }
              data-testid={`download-final-${row.reference}`}
            >
              {t('agreements.console.downloadFinal')}
            </Button>
          )}
          {canCountersign && row.status === 'MERCHANT_SIGNED' && (
            <Button
              size="small"
              type="primary"
              icon={<SignatureOutlined />}
              onClick={() => {
                countersign.reset();
                setConfirming(row);
              }}
              data-testid={`countersign-${row.reference}`}
            >
              {t('agreements.console.countersign')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  const confirm = () => {
    if (!confirming) return;
    countersign.mutate(confirming.id, {
      onSuccess: () => {
        setConfirming(null);
        void message.success(t('agreements.console.countersignDone'));
      },
    });
  };

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('agreements.console.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('agreements.console.subtitle')}</Typography.Text>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        <div style={{ padding: 16 }}>
          <Select<ConsoleAgreementStatus>
            allowClear
            style={{ minWidth: 180 }}
            aria-label={t('agreements.console.filterStatus')}
            placeholder={t('agreements.console.allStatuses')}
            value={status}
            onChange={(value) => setParams(value ? { status: value } : {}, { replace: true })}
            options={CONSOLE_AGREEMENT_STATUSES.map((value) => ({ value, label: t(`agreements.status.${value}`) }))}
            data-testid="agreements-filter-status"
          />
        </div>
        {agreements.isError ? (
          <Alert
            role="alert"
            type="error"
            showIcon
            style={{ margin: 16 }}
            title={t('agreements.console.loadFailed')}
            description={isApiError(agreements.error) ? apiErrorText(agreements.error, locale) : undefined}
            action={
              <Button icon={<ReloadOutlined />} onClick={() => void agreements.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : (
          <Table<AgreementView>
            rowKey="id"
            columns={columns}
            dataSource={agreements.data?.items ?? []}
            loading={agreements.isPending || (agreements.isPlaceholderData && agreements.isFetching)}
            pagination={{ hideOnSinglePage: true, pageSize: 20 }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agreements.console.empty')} /> }}
            onRow={(row) => ({ 'data-testid': `agreement-row-${row.reference}` }) as HTMLAttributes<HTMLElement>}
          />
        )}
      </Card>

      <Modal open={viewing !== null} title={viewing?.reference} onCancel={() => setViewing(null)} footer={null} width={960} destroyOnHidden>
        {viewing && (
          <PdfViewer
            source={viewing.finalUrl ?? viewing.documentUrl}
            load={fetchAgreementPdf}
            title={viewing.reference}
            fileName={viewing.finalUrl ? `${viewing.reference}-executed.pdf` : `${viewing.reference}.pdf`}
            testId="console-agreement-pdf"
          />
        )}
      </Modal>

      <Modal
        open={confirming !== null}
        title={confirming ? t('agreements.console.countersignTitle', { reference: confirming.reference }) : ''}
        onCancel={() => setConfirming(null)}
        destroyOnHidden
        footer={
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => setConfirming(null)}>{t('reviews.cancel')}</Button>
            <Button type="primary" loading={countersign.isPending} onClick={confirm} data-testid="countersign-confirm">
              {t('agreements.console.confirm')}
            </Button>
          </Flex>
        }
      >
        {confirming && (
          <Flex vertical gap={12}>
            <Typography.Paragraph style={{ margin: 0 }}>{t('agreements.console.countersignIntro')}</Typography.Paragraph>
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                { key: 'merchant', label: t('agreements.console.merchant'), children: confirming.merchantName ?? t('common.none') },
                {
                  key: 'signer',
                  label: t('agreements.console.signerName'),
                  children: <span data-testid="countersign-signer">{confirming.merchantSignedName ?? t('common.none')}</span>,
                },
                {
                  key: 'signedAt',
                  label: t('agreements.console.signedAt'),
                  children: confirming.merchantSignedAt ? formatDateTime(confirming.merchantSignedAt, locale) : t('common.none'),
                },
                // The API's agreement view does not carry the IP; the executed PDF's signature page prints it.
                { key: 'ip', label: t('agreements.console.signerIp'), children: t('agreements.console.signerIpOnPage') },
                { key: 'fees', label: t('agreements.page.feeVersion'), children: t('agreements.console.fees', { version: confirming.fees.version }) },
                {
                  key: 'sha',
                  label: t('agreements.console.documentSha256'),
                  children: (
                    <Typography.Text code style={{ wordBreak: 'break-all', fontSize: 12 }}>
                      {confirming.documentSha256}
                    </Typography.Text>
                  ),
                },
              ]}
            />
            {countersign.error ? (
              <Alert
                role="alert"
                type="error"
                showIcon
                title={t('agreements.console.countersignFailed')}
                description={isApiError(countersign.error) ? apiErrorText(countersign.error, locale) : undefined}
                data-testid="countersign-error"
              />
            ) : null}
          </Flex>
        )}
      </Modal>
    </Flex>
  );
}
