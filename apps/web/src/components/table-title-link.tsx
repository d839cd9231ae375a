import { useLayoutEffect, useRef } from 'react';
import { Link, type LinkProps } from 'react-router';

/**
 * A link in a table column's title. With horizontal scrolling antd (rc-table) measures column widths with a copy of
 * every title in a hidden, zero-height row (`.ant-table-measure-row`, aria-hidden); a link there would still take
 * keyboard focus, invisibly (axe: aria-hidden-focus). The copy takes itself out of the tab order and of test queries.
 */
export function TableTitleLink(props: LinkProps & { 'data-testid'?: string }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    const anchor = ref.current;
    if (anchor?.closest('.ant-table-measure-row')) {
      anchor.tabIndex = -1;
      anchor.removeAttribute('data-testid');
    }
  });
  // The copy is made with cloneElement(title, { ref: null }): our own ref must come last.
  return <Link {...props} ref={ref} />;
}
