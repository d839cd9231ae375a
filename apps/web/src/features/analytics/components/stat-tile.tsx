import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';

interface StatTileProps {
  title: ReactNode;
  /** Already formatted in the reader's language ("87.5%", "2.5 小时", "—"). */
  value: string;
  testId: string;
  /** A line under the figure: a conversion rate, the count it was measured on. */
  footer?: ReactNode;
}

/** One headline figure of a section. The figure itself carries the test id, so tests read exactly the number. */
export function StatTile({ title, value, testId, footer }: StatTileProps) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic title={title} value={value} formatter={(shown) => <span data-testid={testId}>{shown}</span>} />
      {footer && <div style={{ marginTop: 4 }}>{typeof footer === 'string' ? <Typography.Text type="secondary">{footer}</Typography.Text> : footer}</div>}
    </Card>
  );
}
