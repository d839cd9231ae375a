export const Locale = { ZH_CN: 'zh-CN', EN: 'en' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
export const DEFAULT_LOCALE: Locale = Locale.ZH_CN;

/** Picks the best supported locale from an Accept-Language header; Chinese unless English is preferred. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return Locale.ZH_CN;
    if (tag.startsWith('en')) return Locale.EN;
  }
  return DEFAULT_LOCALE;
}
