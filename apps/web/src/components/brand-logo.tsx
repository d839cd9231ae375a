import { theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface BrandLogoProps {
  /** Show the product name next to the mark. */
  withName?: boolean;
  /** Use the short product name (narrow sider). */
  short?: boolean;
  size?: number;
  inverted?: boolean;
}

/** The product mark: a stylised POS terminal. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1d4ed8" />
      <rect x="9" y="5" width="14" height="22" rx="3" fill="#fff" />
      <rect x="11.5" y="8" width="9" height="6" rx="1" fill="#93c5fd" />
      <g fill="#1d4ed8">
        <circle cx="13" cy="18" r="1.2" />
        <circle cx="16" cy="18" r="1.2" />
        <circle cx="19" cy="18" r="1.2" />
        <circle cx="13" cy="22" r="1.2" />
        <circle cx="16" cy="22" r="1.2" />
        <circle cx="19" cy="22" r="1.2" />
      </g>
    </svg>
  );
}

export function BrandLogo({ withName = true, short = false, size = 32, inverted = false }: BrandLogoProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
      <BrandMark size={size} />
      {withName && (
        <Typography.Text
          strong
          ellipsis
          style={{ fontSize: 16, color: inverted ? '#fff' : token.colorTextHeading, whiteSpace: 'nowrap' }}
        >
          {short ? t('app.shortName') : t('app.name')}
        </Typography.Text>
      )}
    </span>
  );
}
