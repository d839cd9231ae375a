import type { Locale } from '@pos/shared';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, useLocale } from '../lib/i18n';
import { sessionStore } from '../lib/session-store';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } satisfies Record<Locale, unknown>;

type TagColour = 'green' | 'gold' | 'orange' | 'volcano' | 'cyan' | 'lime';

function darkerTagText(colours: Record<TagColour, string>) {
  return Object.fromEntries(Object.entries(colours).flatMap(([name, hex]) => [[`${name}7`, hex], [`${name}-7`, hex]])) as Partial<
    Record<`${TagColour}7` | `${TagColour}-7`, string>
  >;
}

/**
 * antd's default status and text colours fall below the WCAG AA contrast of 4.5:1 for normal-size text (secondary
 * text 3.4:1, links 4.1:1, green, gold and orange tags 1.8–3.4:1 on their light backgrounds). The tokens below keep
 * the same hues, one shade darker, so every text colour reaches 4.5:1 on white, on the page background (#f5f7fb) and
 * on its own tag or alert background; the light backgrounds and borders are pinned to antd's usual ones.
 */
const ACCESSIBLE_COLOURS = {
  // Links and "info"/"processing" states follow the brand blue (6.7:1 on white) instead of antd's #1677ff.
  colorInfo: '#1d4ed8',
  colorLink: '#1d4ed8',
  colorSuccess: '#2b7d0e',
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarning: '#a85c00',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffe58f',
  colorError: '#cf1322',
  colorErrorBg: '#fff2f0',
  colorErrorBorder: '#ffccc7',
  // Secondary texts (Typography type="secondary", form help, descriptions) and placeholders.
  colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
  colorTextDescription: 'rgba(0, 0, 0, 0.58)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  // Text shade of the coloured tags (<Tag color="green">…) that are too light by default; antd reads it as `green7`
  // and writes the CSS variable from `green-7`, so both names are set.
  ...darkerTagText({ green: '#237804', gold: '#a85c00', orange: '#ad4e00', volcano: '#ad2102', cyan: '#006d75', lime: '#3f6600' }),
} satisfies ThemeConfig['token'];

const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    // Hover shade of the primary colour (text of a hovered default button, a hovered primary button's background):
    // antd's derived #4373e6 is 4.3:1 on white; blue-600 keeps the step lighter and 5.2:1.
    colorPrimaryHover: '#2563eb',
    ...ACCESSIBLE_COLOURS,
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerHeight: 56, headerPadding: '0 16px', bodyBg: '#f5f7fb', siderBg: '#ffffff' },
  },
};

/** antd follows the interface language: component texts, date pickers, empty states. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[locale]}
      theme={THEME}
      // antd would render "登 录"; keep labels as written so they read (and match in tests) as the text says.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // Cached data belongs to the account that fetched it: drop it as soon as the session ends. Only a real end counts:
  // a failed restore reports "anonymous" twice, and clearing then would cancel a public page's first fetch for good.
  useEffect(() => {
    let previous = sessionStore.getState().status;
    return sessionStore.subscribe(() => {
      const status = sessionStore.getState().status;
      if (status === 'anonymous' && previous === 'authenticated') queryClient.clear();
      previous = status;
    });
  }, [queryClient]);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedAntd>{children}</LocalizedAntd>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
