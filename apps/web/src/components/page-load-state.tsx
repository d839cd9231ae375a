import { Card, Flex, Skeleton } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { LoadFailedAlert } from './load-failed-alert';

interface PageLoadStateProps {
  /** The page's main query: its error and retry. */
  query: { isError: boolean; error: unknown; refetch: () => unknown };
  /** What could not be loaded, in the reader's language. */
  failedTitle: string;
  /** The way back (a link), or the page's header, shown above the error. */
  back?: ReactNode;
  rows: number;
  /** A skeleton in a card below `back`, for pages whose content is cards; otherwise the skeleton alone. */
  framed?: boolean;
  gap?: number;
  style?: CSSProperties;
}

/**
 * What a page shows until its data is there: the load error with a retry, or a skeleton while it loads. Render it
 * while `query.isError || !query.data`.
 */
export function PageLoadState({ query, failedTitle, back, rows, framed = false, gap = 16, style }: PageLoadStateProps) {
  if (query.isError) {
    return (
      <Flex vertical gap={gap} style={style}>
        {back}
        <LoadFailedAlert title={failedTitle} error={query.error} onRetry={() => void query.refetch()} />
      </Flex>
    );
  }
  const skeleton = <Skeleton active paragraph={{ rows }} />;
  if (!framed) return skeleton;
  return (
    <Flex vertical gap={gap} style={style}>
      {back}
      <Card>{skeleton}</Card>
    </Flex>
  );
}
