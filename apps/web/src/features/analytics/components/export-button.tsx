import { DownloadOutlined } from '@ant-design/icons';
import type { AnalyticsQuery, AnalyticsTable } from '@pos/shared';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { useLocale } from '../../../lib/i18n';
import { saveBlob } from '../../../lib/use-object-url';
import { analyticsCsvFileName, useExportAnalyticsCsv } from '../api/analytics.api';

/** Downloads one dashboard table for the range on screen as CSV (`funnel-2026-11-01-2026-11-25.csv`). */
export function ExportButton({ table, range, label }: { table: AnalyticsTable; range: AnalyticsQuery; label?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const download = useExportAnalyticsCsv();
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() =>
        download.mutate(
          { table, range },
          {
            onSuccess: (blob) => saveBlob(blob, analyticsCsvFileName(table, range)),
            onError: (error) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('analytics.export.failed')),
          },
        )
      }
      data-testid={`analytics-export-${table}`}
    >
      {label ?? t('analytics.export.button')}
    </Button>
  );
}
