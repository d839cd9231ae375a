import { Bar, Column, Pie } from '@ant-design/plots';

/**
 * The dashboard's charts, drawn by @ant-design/plots (G2). This module is loaded on demand (see lazy-charts.tsx):
 * the chart library is large and only this page needs it. Every chart takes rows already labelled in the reader's
 * language; the tables beside the charts carry the same figures for screen readers and copying.
 */

const HEIGHT = 280;

export interface LabelledCount {
  label: string;
  count: number;
}

/** Applications per stage for each week, one group of columns per week. */
export function FunnelWeeklyChart({ rows }: { rows: { week: string; stage: string; count: number }[] }) {
  return (
    <Column
      data={rows}
      xField="week"
      yField="count"
      colorField="stage"
      group
      height={HEIGHT}
      axis={{ x: { title: false }, y: { title: false } }}
      legend={{ color: { position: 'top' } }}
    />
  );
}

/** Horizontal bars, longest first: the most rejected documents, the most common response codes. */
export function CountBarChart({ rows }: { rows: LabelledCount[] }) {
  return (
    <Bar
      data={rows}
      xField="label"
      yField="count"
      height={Math.max(160, rows.length * 36 + 40)}
      axis={{ x: { title: false }, y: { title: false } }}
      label={{ text: 'count', position: 'right' }}
    />
  );
}

/** Shares of a whole: tickets by fault category. */
export function SharePieChart({ rows }: { rows: LabelledCount[] }) {
  return (
    <Pie
      data={rows}
      angleField="count"
      colorField="label"
      innerRadius={0.55}
      height={HEIGHT}
      legend={{ color: { position: 'right' } }}
      label={{ text: 'count', style: { fontWeight: 600 } }}
    />
  );
}
