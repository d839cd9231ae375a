import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, InboxOutlined } from '@ant-design/icons';
import type { AgreementVerification } from '@pos/shared';
import { Alert, Card, Descriptions, Flex, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useVerifyAgreement } from '../api/agreements.api';

/** 协议验真: anyone holding an agreement PDF checks, by its SHA-256, that the portal issued exactly this file. */
export function VerifyAgreement() {
  const { t } = useTranslation();
  const locale = useLocale();
  const verify = useVerifyAgreement();
  useDocumentTitle(t('verify.title'));

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880, margin: '0 auto', width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('verify.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('verify.subtitle')}</Typography.Text>
      </div>
      <Card>
        <Upload.Dragger
          accept=".pdf,application/pdf"
          multiple={false}
          showUploadList={false}
          disabled={verify.isPending}
          beforeUpload={(file) => {
            verify.mutate(file);
            // The file goes through the API client (its own request), never antd's uploader.
            return Upload.LIST_IGNORE;
          }}
          data-testid="verify-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{verify.isPending ? t('verify.checking') : t('verify.upload')}</p>
          <p className="ant-upload-hint">{t('verify.uploadHint')}</p>
        </Upload.Dragger>
      </Card>
      {verify.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('verify.failed')}
          description={isApiError(verify.error) ? apiErrorText(verify.error, locale) : undefined}
          data-testid="verify-error"
        />
      )}
      {verify.data && !verify.isPending && <VerificationResult result={verify.data} />}
    </Flex>
  );
}

function VerificationResult({ result }: { result: AgreementVerification }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const executed = result.genuine && result.kind === 'EXECUTED';
  const unsigned = result.genuine && result.kind !== 'EXECUTED';
  const [type, icon, title, text] = executed
    ? (['success', <CheckCircleOutlined key="icon" />, t('verify.genuineExecuted'), t('verify.genuineExecutedText')] as const)
    : unsigned
      ? (['warning', <ExclamationCircleOutlined key="icon" />, t('verify.genuineUnsigned'), t('verify.genuineUnsignedText')] as const)
      : (['error', <CloseCircleOutlined key="icon" />, t('verify.notGenuine'), t('verify.notGenuineText')] as const);
  const facts = result.agreement;
  const at = (value: string | null) => (value ? formatDateTime(value, locale) : t('common.none'));

  return (
    <Card data-testid="verify-result" data-genuine={String(result.genuine)} data-kind={result.kind ?? 'NONE'}>
      <Flex vertical gap={16}>
        <Alert type={type} icon={icon} showIcon title={<span data-testid="verify-verdict">{title}</span>} description={text} />
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            {
              key: 'sha',
              label: t('verify.sha256'),
              children: (
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="verify-sha256">
                  {result.sha256}
                </Typography.Text>
              ),
            },
            ...(facts
              ? [
                  { key: 'reference', label: t('verify.reference'), children: facts.reference },
                  { key: 'application', label: t('verify.application'), children: facts.applicationReference },
                  { key: 'provider', label: t('verify.provider'), children: facts.providerName },
                  { key: 'merchant', label: t('verify.merchant'), children: <span data-testid="verify-merchant">{facts.merchantName}</span> },
                  { key: 'status', label: t('verify.status'), children: t(`agreements.status.${facts.status}`) },
                  { key: 'signed', label: t('verify.merchantSignedAt'), children: at(facts.merchantSignedAt) },
                  { key: 'countersigned', label: t('verify.countersignedAt'), children: at(facts.countersignedAt) },
                ]
              : []),
          ]}
        />
      </Flex>
    </Card>
  );
}
