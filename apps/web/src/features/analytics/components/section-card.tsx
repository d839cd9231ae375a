import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A dashboard section: its title, what it counts, and an export button or two on the right. */
export function SectionCard({
  title,
  subtitle,
  extra,
  testId,
  children,
}: {
  title: string;
  subtitle: string;
  extra?: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
      data-testid={testId}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {subtitle}
      </Typography.Paragraph>
      {children}
    </Card>
  );
}

/** A titled block inside a section: a chart with its table, and the table's export. */
export function SubSection({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children}
    </div>
  );
}
