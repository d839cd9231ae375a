import type { ApplicationDocumentView } from '@pos/shared';
import { Alert, Button, Flex, Image, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { useLocale } from '../../../lib/i18n';
import { fetchDocumentBlob } from '../api/applications.api';

type PreviewState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed'; message?: string };

/**
 * Shows an uploaded document. The download needs the access token, so the file is fetched as a Blob and shown from a
 * blob: URL: images inline, PDFs in an iframe. When the page's CSP refuses to frame the blob, the visitor opens it in
 * a new tab instead (the link is always offered).
 */
export function DocumentPreview({ document, onClose }: { document: ApplicationDocumentView; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  const [frameBlocked, setFrameBlocked] = useState(false);
  const isPdf = document.mimeType === 'application/pdf';

  useEffect(() => {
    let url: string | undefined;
    let cancelled = false;
    fetchDocumentBlob(document.downloadUrl).then(
      (blob) => {
        if (cancelled) return;
        // The declared type makes the browser render the bytes as what the server checked them to be.
        url = URL.createObjectURL(new Blob([blob], { type: document.mimeType }));
        setState({ status: 'ready', url });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', message: isApiError(error) ? apiErrorText(error, locale) : undefined });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
    // The locale only words a failure; refetching the file for it would be waste.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document.downloadUrl, document.mimeType]);

  useEffect(() => {
    if (!isPdf) return;
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI.startsWith('blob') || event.effectiveDirective.startsWith('frame-src') || event.effectiveDirective.startsWith('child-src')) {
        setFrameBlocked(true);
      }
    };
    window.document.addEventListener('securitypolicyviolation', onViolation);
    return () => window.document.removeEventListener('securitypolicyviolation', onViolation);
  }, [isPdf]);

  const url = state.status === 'ready' ? state.url : undefined;

  return (
    <Modal
      open
      title={document.originalName}
      onCancel={onClose}
      width={isPdf ? 960 : 720}
      destroyOnHidden
      footer={
        <Flex justify="space-between" gap={8}>
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer" data-testid="preview-new-tab">
              {t('applications.wizard.documents.openInNewTab')}
            </a>
          ) : (
            <span />
          )}
          <Button onClick={onClose}>{t('applications.wizard.documents.close')}</Button>
        </Flex>
      }
    >
      {state.status === 'loading' && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      )}
      {state.status === 'failed' && <Alert role="alert" type="error" showIcon title={t('applications.wizard.documents.previewFailed')} description={state.message} />}
      {url && !isPdf && (
        <Flex justify="center">
          <Image src={url} alt={document.originalName} style={{ maxHeight: '70vh', objectFit: 'contain' }} data-testid="preview-image" />
        </Flex>
      )}
      {url && isPdf &&
        (frameBlocked ? (
          <Alert
            type="info"
            showIcon
            title={t('applications.wizard.documents.pdfBlocked')}
            action={
              <Button type="primary" onClick={() => window.open(url, '_blank', 'noopener')}>
                {t('applications.wizard.documents.openInNewTab')}
              </Button>
            }
          />
        ) : (
          <iframe src={url} title={document.originalName} style={{ width: '100%', height: '70vh', border: 0 }} data-testid="preview-pdf" />
        ))}
    </Modal>
  );
}
