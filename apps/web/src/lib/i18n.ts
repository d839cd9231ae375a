import { DEFAULT_LOCALE, Locale } from '@pos/shared';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './locales/en';
import { preventionEn } from './locales/prevention.en';
import { preventionZhCN } from './locales/prevention.zh-CN';
import { zhCN, type Messages } from './locales/zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages & typeof preventionZhCN };
  }
}

/** Where the visitor's explicit language choice is kept between visits. */
export const LOCALE_STORAGE_KEY = 'pos.locale';

const SUPPORTED: readonly Locale[] = [Locale.ZH_CN, Locale.EN];

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED as readonly string[]).includes(value);
}

/** The locale the visitor chose on this device, if they ever switched. */
export function storedLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isSupportedLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function persistLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice simply lasts for this visit.
  }
}

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

function applyLocaleSideEffects(locale: Locale): void {
  dayjs.locale(DAYJS_LOCALE[locale]);
  document.documentElement.lang = locale;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: { ...zhCN, ...preventionZhCN } }, en: { translation: { ...en, ...preventionEn } } },
  lng: storedLocale() ?? DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: SUPPORTED,
  // Resources are bundled, so initialisation completes synchronously and the first render is translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});
applyLocaleSideEffects(currentLocale());
i18n.on('languageChanged', (lng) => {
  if (isSupportedLocale(lng)) applyLocaleSideEffects(lng);
});

/** The interface language right now; used for Accept-Language and for the shared message tables. */
export function currentLocale(): Locale {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isSupportedLocale(lng) ? lng : DEFAULT_LOCALE;
}

/** Switches the interface language and remembers the choice on this device. */
export async function changeLocale(locale: Locale, options: { persist?: boolean } = {}): Promise<void> {
  if (options.persist !== false) persistLocale(locale);
  if (currentLocale() !== locale) await i18n.changeLanguage(locale);
}

/** The current locale as React state: components re-render when it changes. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  const lng = instance.resolvedLanguage ?? instance.language;
  return isSupportedLocale(lng) ? lng : DEFAULT_LOCALE;
}
