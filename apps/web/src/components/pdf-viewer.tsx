import { DownloadOutlined, ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import { apiErrorText } from '../lib/error-message';
import { useLocale } from '../lib/i18n';
import { useObjectUrl } from '../lib/use-object-url';

interface PdfViewerProps {
  /** The API path of the PDF; null while it is not known. */
  source: string | null;
  /** Fetches the file with the access token (the feature's fetcher). */
  load: (source: string) => Promise<Blob>;
  /** The frame's accessible title. */
  title: string;
  /** Name for the download link. */
  fileName: string;
  height?: number | string;
  testId?: string;
}

/**
 * A PDF from the API shown in the page: fetched as a Blob and framed from a blob: URL. When the page's CSP (or the
 * browser) refuses to frame it, the reader opens it in a new tab or downloads it instead; both links are always there.
 */
export function PdfViewer({ source, load, title, fileName, height = '70vh', testId = 'pdf-viewer' }: PdfViewerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [attempt, setAttempt] = useState(0);
  // A retry asks again for the same file: a new key makes the hook fetch it afresh.
  const state = useObjectUrl(source ? `${source}#${attempt}` : null, (key) => load(key.replace(/#\d+$/, '')), 'application/pdf');
  const [frameBlocked, setFrameBlocked] = useState(false);

  useEffect(() => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI.startsWith('blob') || event.effectiveDirective.startsWith('frame-src') || event.effectiveDirective.startsWith('child-src')) {
        setFrameBlocked(true);
      }
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);

  if (state.status === 'loading' || state.status === 'idle') {
    return (
      <Flex justify="center" align="center" style={{ minHeight: 200 }}>
        <Spin description={t('pdfViewer.loading')}>
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </Flex>
    );
  }
  if (state.status === 'failed') {
    return (
      <Alert
        role="alert"
        type="error"
        showIcon
        title={t('pdfViewer.failed')}
        description={isApiError(state.error) ? apiErrorText(state.error, locale) : undefined}
        action={
          <Button icon={<ReloadOutlined />} onClick={() => setAttempt((value) => value + 1)}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  return (
    <Flex vertical gap={8}>
      <Flex gap={16} wrap justify="flex-end">
        <a href={state.url} target="_blank" rel="noopener noreferrer" data-testid={`${testId}-new-tab`}>
          <ExportOutlined /> {t('pdfViewer.openInNewTab')}
        </a>
        <a href={state.url} download={fileName} data-testid={`${testId}-download`}>
          <DownloadOutlined /> {t('pdfViewer.download')}
        </a>
      </Flex>
      {frameBlocked ? (
        <Alert type="info" showIcon title={t('pdfViewer.blocked')} />
      ) : (
        <iframe src={state.url} title={title} style={{ width: '100%', height, border: 0 }} data-testid={testId} />
      )}
    </Flex>
  );
}
