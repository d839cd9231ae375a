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
      // The visible text (the other language's own name) is the accessible name, as WCAG 2.5.3 asks, so voice
      // control users can say what they see; the longer explanation is the description and the tooltip.
      title={t('language.switchAria')}
      aria-description={t('language.switchAria')}
      style={inverted ? { color: 'rgba(255,255,255,0.92)' } : undefined}
      onClick={() => void changeLocale(next)}
    >
      <span lang={next}>{t('language.switchTo')}</span>
    </Button>
  );
}
