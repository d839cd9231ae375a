import { GlobalOutlined } from '@ant-design/icons';
import { Locale } from '@pos/shared';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLocale, useLocale } from '../lib/i18n';

interface LanguageSwitchProps {
  /** Light text on a dark background (the sign-in hero) instead of the default. */
  inverted?: boolean;
}

/** Toggles between Chinese and English; the choice is remembered on this device (and saved to the account when signed in). */
export function LanguageSwitch({ inverted = false }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const next = locale === Locale.ZH_CN ? Locale.EN : Locale.ZH_CN;
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      data-testid="language-switch"
      aria-label={t('language.switchAria')}
      lang={next}
      style={inverted ? { color: 'rgba(255,255,255,0.92)' } : undefined}
      onClick={() => void changeLocale(next)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
