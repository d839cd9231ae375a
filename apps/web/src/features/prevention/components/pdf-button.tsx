import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PdfButtonProps {
  /** Fetches the PDF with the access token (a plain link would carry none). */
  load: () => Promise<Blob>;
  fileName: string;
  children: ReactNode;
  disabled?: boolean;
  testId: string;
}

/**
 * Fetches a printable PDF and hands it to the browser as a download; the link to open it again stays beside the
 * button (a new tab opened after the fetch would be taken for a pop-up and blocked).
 */
export function PdfButton({ load, fileName, children, disabled, testId }: PdfButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);

  const onClick = () => {
    setState('loading');
    load().then(
      (blob) => {
        const next = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
        setUrl(next);
        setState('idle');
        const anchor = document.createElement('a');
        anchor.href = next;
        anchor.download = fileName;
        anchor.click();
      },
      () => setState('failed'),
    );
  };

  return (
    <Flex gap={12} align="center" wrap>
      <Button type="primary" icon={<FilePdfOutlined />} onClick={onClick} loading={state === 'loading'} disabled={disabled} data-testid={testId}>
        {children}
      </Button>
      {url && (
        <Typography.Link href={url} target="_blank" rel="noopener" download={fileName} data-testid={`${testId}-link`}>
          {t('prevention.pdf.open')}
        </Typography.Link>
      )}
      {state === 'failed' && (
        <Typography.Text type="danger" role="alert">
          {t('prevention.pdf.failed')}
        </Typography.Text>
      )}
    </Flex>
  );
}
