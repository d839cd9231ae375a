import type { TerminalStatus } from '@pos/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<TerminalStatus, string> = {
  IN_STOCK: 'default',
  INSTALLED: 'processing',
  LIVE: 'success',
  SUSPENDED: 'warning',
  RETIRED: 'default',
};

/** A terminal's status in plain words, in the reader's language. */
export function TerminalStatusTag({ status }: { status: TerminalStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="terminal-status" data-status={status}>
      {t(`installations.terminalStatus.${status}`)}
    </Tag>
  );
}
