import type { TimeWindow } from '@pos/shared';
import { Flex, Typography } from 'antd';
import { useLocale } from '../../../lib/i18n';
import { formatWindow } from './time-window';

/** Time windows one per line, in China time. */
export function WindowList({ windows, testId }: { windows: readonly TimeWindow[]; testId?: string }) {
  const locale = useLocale();
  return (
    <Flex vertical gap={2} data-testid={testId}>
      {windows.map((window, index) => (
        <Typography.Text key={`${window.start}-${index}`}>{formatWindow(window, locale)}</Typography.Text>
      ))}
    </Flex>
  );
}
