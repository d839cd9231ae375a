import { Flex, Spin, Typography } from 'antd';

/** Shown while something the whole page depends on (the session) is still unknown. */
export function FullPageSpinner({ label }: { label: string }) {
  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh' }} role="status" aria-live="polite">
      <Spin size="large" />
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Flex>
  );
}
