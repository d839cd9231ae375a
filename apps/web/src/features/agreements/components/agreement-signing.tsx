import { ArrowLeftOutlined, DownloadOutlined, SafetyCertificateOutlined, SignatureOutlined } from '@ant-design/icons';
import { ErrorCode, type AgreementView, type FeeLineKey, type FieldError } from '@pos/shared';
import { Alert, App, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { PdfViewer } from '../../../components/pdf-viewer';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { formatDateTime, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { saveBlob } from '../../../lib/use-object-url';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fetchAgreementPdf, useApplicationAgreement, useDownloadAgreementPdf, useSignAgreement } from '../api/agreements.api';
import { AgreementStatusTag } from './agreement-status-tag';
import { feeLineLabel, feeLineValue } from './fee-lines';

interface AgreementSigningProps {
  applicationId: string;
  /** The application page, for the way back. */
  applicationPath: string;
  /** The public verification page. */
  verifyPath: string;
}

/**
 * 签订服务协议: the merchant reads the PDF, ticks each fee line and the terms, and signs by typing the legal
 * representative's name. Then waits for the countersignature, and downloads the executed agreement.
 */
export function AgreementSigning({ applicationId, applicationPath, verifyPath }: AgreementSigningProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const agreement = useApplicationAgreement(applicationId);
  // Set when a signature was refused because the agreement changed: the new one is loaded and must be read again.
  const [changed, setChanged] = useState(false);
  // A new key starts the acknowledgements afresh (same agreement id, different document).
  const [round, setRound] = useState(0);
  useDocumentTitle(agreement.data ? t('agreements.page.titleWithRef', { reference: agreement.data.reference }) : t('agreements.page.title'));

  const back = (
    <Link to={applicationPath}>
      <ArrowLeftOutlined /> {t('agreements.page.back')}
    </Link>
  );

  if (agreement.isError) {
    const notReady = isApiError(agreement.error) && agreement.error.code === ErrorCode.NOT_FOUND;
    return (
      <Flex vertical gap={16}>
        {back}
        {notReady ? (
          <Alert type="info" showIcon title={t('agreements.page.notReady')} description={t('agreements.page.notReadyText')} data-testid="agreement-not-ready" />
        ) : (
          <LoadFailedAlert title={t('agreements.page.loadFailed')} error={agreement.error} onRetry={() => void agreement.refetch()} />
        )}
      </Flex>
    );
  }
  if (!agreement.data) return <Skeleton active paragraph={{ rows: 12 }} />;

  const view = agreement.data;
  const onChanged = () => {
    setChanged(true);
    setRound((value) => value + 1);
    void agreement.refetch();
  };

  return (
    <Flex vertical gap={16}>
      {back}
      <Card>
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
              {t('agreements.page.titleWithRef', { reference: view.reference })}
            </Typography.Title>
            <AgreementStatusTag status={view.status} />
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'provider', label: t('agreements.page.provider'), children: pickLocalized(locale, view.provider.name, view.provider.nameEn) },
              { key: 'merchant', label: t('agreements.page.merchant'), children: view.merchantName ?? t('common.none') },
              { key: 'application', label: t('agreements.page.application'), children: view.applicationReference },
              { key: 'settlement', label: t('agreements.page.settlementCycle'), children: t(`enums.settlementCycle.${view.settlementCycle}`) },
              { key: 'template', label: t('agreements.page.templateVersion'), children: t('agreements.page.version', { version: view.templateVersion }) },
              { key: 'fees', label: t('agreements.page.feeVersion'), children: t('agreements.page.version', { version: view.fees.version }) },
              { key: 'generatedAt', label: t('agreements.page.generatedAt'), children: formatDateTime(view.generatedAt, locale) },
              {
                key: 'sha',
                label: t('agreements.page.documentSha256'),
                span: 'filled',
                children: (
                  <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="document-sha256">
                    {view.documentSha256}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Flex>
      </Card>

      {view.replaces && (
        <Alert
          type="warning"
          showIcon
          title={t('agreements.page.replacedTitle')}
          description={t('agreements.page.replacedText', { reference: view.replaces.reference, previous: view.replaces.previousFeeVersion })}
          data-testid="agreement-replaces"
          style={{ fontSize: 15 }}
        />
      )}
      {changed && view.status === 'SENT' && (
        <Alert
          role="alert"
          type="warning"
          showIcon
          closable={{ onClose: () => setChanged(false) }}
          title={t('agreements.sign.changedTitle')}
          description={t('agreements.sign.changedText')}
          data-testid="agreement-changed"
        />
      )}
      <SignatureState view={view} verifyPath={verifyPath} />

      <Card size="small" title={t('agreements.page.documentTitle')}>
        <PdfViewer
          source={view.finalUrl ?? view.documentUrl}
          load={fetchAgreementPdf}
          title={t('agreements.page.titleWithRef', { reference: view.reference })}
          fileName={view.finalUrl ? `${view.reference}-executed.pdf` : `${view.reference}.pdf`}
          testId="agreement-pdf"
        />
      </Card>

      {view.status === 'SENT' ? (
        <SignForm key={`${view.id}-${view.documentSha256}-${round}`} applicationId={applicationId} view={view} onChanged={onChanged} />
      ) : (
        <FeeSchedule view={view} />
      )}

      <Link to={verifyPath} data-testid="verify-link">
        <SafetyCertificateOutlined /> {t('agreements.page.verifyLink')}
      </Link>
    </Flex>
  );
}

/** After signing: waiting for the provider; once countersigned: the executed file, its hash and a download. */
function SignatureState({ view, verifyPath }: { view: AgreementView; verifyPath: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const download = useDownloadAgreementPdf();

  if (view.status === 'VOID') return <Alert type="error" showIcon title={t('agreements.sign.void')} />;
  if (view.status === 'MERCHANT_SIGNED') {
    return (
      <Alert
        type="info"
        showIcon
        title={t('agreements.sign.waitingTitle')}
        description={t('agreements.sign.waiting', {
          name: view.merchantSignedName ?? '',
          time: view.merchantSignedAt ? formatDateTime(view.merchantSignedAt, locale) : '',
        })}
        data-testid="awaiting-countersignature"
      />
    );
  }
  if (view.status !== 'COUNTERSIGNED') return null;

  const at = view.countersignedAt ? formatDateTime(view.countersignedAt, locale) : '';
  return (
    <Alert
      type="success"
      showIcon
      title={t('agreements.sign.executedTitle')}
      data-testid="agreement-executed"
      description={
        <Flex vertical gap={8}>
          <Typography.Text>
            {view.countersignedBy ? t('agreements.sign.executed', { time: at, by: view.countersignedBy }) : t('agreements.sign.executedNoBy', { time: at })}
          </Typography.Text>
          {view.finalSha256 && (
            <Typography.Text>
              {t('agreements.sign.finalSha256')}
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="final-sha256">
                {view.finalSha256}
              </Typography.Text>
            </Typography.Text>
          )}
          <Flex gap={12} align="center" wrap>
            {view.finalUrl && (
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                loading={download.isPending}
                onClick={() => download.mutate(view.finalUrl as string, { onSuccess: (blob) => saveBlob(blob, `${view.reference}-executed.pdf`) })}
                data-testid="download-final"
              >
                {t('agreements.sign.downloadFinal')}
              </Button>
            )}
            <Link to={verifyPath}>{t('agreements.page.verifyLink')}</Link>
          </Flex>
          {download.isError && (
            <Typography.Text type="danger" role="alert">
              {isApiError(download.error) ? apiErrorText(download.error, locale) : t('agreements.sign.downloadFailed')}
            </Typography.Text>
          )}
        </Flex>
      }
    />
  );
}

/** The frozen fee schedule, read-only (once signed). */
function FeeSchedule({ view }: { view: AgreementView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card size="small" title={t('agreements.fees.title')}>
      <PlainList>
        {view.fees.lines.map((line) => (
          <PlainListItem key={line.key} data-testid={`fee-line-${line.key}`}>
            <Flex justify="space-between" gap={12} wrap>
              <Typography.Text>{feeLineLabel(line, locale)}</Typography.Text>
              <Typography.Text strong>{feeLineValue(line, t)}</Typography.Text>
            </Flex>
          </PlainListItem>
        ))}
      </PlainList>
      {view.fees.notes && <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>{t('agreements.fees.notes', { notes: view.fees.notes })}</Typography.Paragraph>}
    </Card>
  );
}

interface SignFormProps {
  applicationId: string;
  view: AgreementView;
  /** The server said the agreement changed since it was opened. */
  onChanged: () => void;
}

interface SignValues {
  signedName?: string;
}

/** Each fee line ticked on its own, the terms accepted, the legal name typed: only then can the merchant sign. */
function SignForm({ applicationId, view, onChanged }: SignFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<SignValues>();
  const signedName = Form.useWatch('signedName', form) ?? '';
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<FeeLineKey>>(new Set());
  const [terms, setTerms] = useState(false);
  const [problems, setProblems] = useState<FieldError[]>([]);
  const sign = useSignAgreement(applicationId);

  const allFees = view.fees.lines.every((line) => acknowledged.has(line.key));
  const ready = allFees && terms && signedName.trim() !== '';

  const toggle = (key: FeeLineKey, checked: boolean) => {
    setAcknowledged((current) => {
      const next = new Set(current);
      if (checked) next.add(key);
      else next.delete(key);
      return next;
    });
  };

  const submit = () => {
    if (!ready) return;
    setProblems([]);
    sign.mutate(
      {
        agreementId: view.id,
        signedName: signedName.trim(),
        documentSha256: view.documentSha256,
        acknowledgedFeeLines: view.fees.lines.map((line) => line.key).filter((key) => acknowledged.has(key)),
        acceptTerms: terms,
      },
      {
        onSuccess: () => void message.success(t('agreements.sign.signed')),
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === ErrorCode.AGREEMENT_CHANGED) {
            onChanged();
            return;
          }
          const { unmatched } = applyResolvedFieldErrors(form, error.fieldErrors, (field) => (field === 'signedName' ? ['signedName'] : undefined));
          setProblems(unmatched);
        },
      },
    );
  };

  const error = sign.error;
  const generalError = isApiError(error) ? (error.fieldErrors.length === 0 && error.code !== ErrorCode.AGREEMENT_CHANGED ? apiErrorText(error, locale) : null) : error ? t('agreements.sign.failed') : null;

  return (
    <Card title={t('agreements.sign.title')} data-testid="sign-form">
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('agreements.fees.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('agreements.fees.intro')}</Typography.Paragraph>
          <PlainList>
            {view.fees.lines.map((line) => (
              <PlainListItem key={line.key} data-testid={`fee-line-${line.key}`}>
                <Checkbox checked={acknowledged.has(line.key)} onChange={(event) => toggle(line.key, event.target.checked)} data-testid={`fee-ack-${line.key}`}>
                  <Typography.Text>{t('agreements.fees.lineLabel', { label: feeLineLabel(line, locale) })}</Typography.Text>
                  <Typography.Text strong>{feeLineValue(line, t)}</Typography.Text>
                </Checkbox>
              </PlainListItem>
            ))}
          </PlainList>
          {view.fees.notes && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('agreements.fees.notes', { notes: view.fees.notes })}
            </Typography.Paragraph>
          )}
        </div>
        <Checkbox checked={terms} onChange={(event) => setTerms(event.target.checked)} data-testid="terms-ack">
          {t('agreements.sign.terms')}
        </Checkbox>
        <Form<SignValues> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
          <Form.Item name="signedName" label={t('agreements.sign.signedName')} extra={t('agreements.sign.signedNameHelp')} htmlFor="signed-name">
            <Input id="signed-name" maxLength={50} autoComplete="name" placeholder={t('agreements.sign.signedNamePlaceholder')} data-testid="signed-name" />
          </Form.Item>
        </Form>
        {problems.length > 0 && (
          <Alert role="alert" type="error" showIcon title={problems.map((problem) => problem.message).join(t('common.listSeparator'))} data-testid="sign-problems" />
        )}
        {generalError && <Alert role="alert" type="error" showIcon title={t('agreements.sign.failed')} description={generalError} data-testid="sign-error" />}
        <Flex gap={12} align="center" wrap>
          <Button type="primary" size="large" icon={<SignatureOutlined />} disabled={!ready} loading={sign.isPending} onClick={() => form.submit()} data-testid="sign-agreement">
            {t('agreements.sign.submit')}
          </Button>
          {!ready && <Typography.Text type="secondary">{t('agreements.sign.hint')}</Typography.Text>}
        </Flex>
      </Flex>
    </Card>
  );
}
