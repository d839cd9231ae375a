import { theme } from 'antd';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

/**
 * A list of rows separated by hairlines. antd 6.6 deprecates `List`; these lists need nothing of it but the look.
 */
export function PlainList({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <ul role="list" style={{ listStyle: 'none', margin: 0, padding: 0, ...style }}>
      {children}
    </ul>
  );
}

export function PlainListItem({ children, style, ...rest }: HTMLAttributes<HTMLLIElement> & { 'data-testid'?: string }) {
  const { token } = theme.useToken();
  return (
    <li {...rest} style={{ padding: '12px 0', borderBottom: `1px solid ${token.colorSplit}`, ...style }}>
      {children}
    </li>
  );
}
