import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import { apiErrorText } from '../lib/error-message';
import { useLocale } from '../lib/i18n';

interface LoadFailedAlertProps {
  /** What could not be loaded, in the reader's language. */
  title: string;
  /** The query's error: an API error adds the server's translated message. */
  error: unknown;
  onRetry: () => void;
  style?: CSSProperties;
}

/** The one way a page says its data did not load: what failed, why when the server said, and a retry button. */
export function LoadFailedAlert({ title, error, onRetry, style }: LoadFailedAlertProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={title}
      description={isApiError(error) ? apiErrorText(error, locale) : undefined}
      action={
        <Button icon={<ReloadOutlined />} onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
      style={style}
    />
  );
}
