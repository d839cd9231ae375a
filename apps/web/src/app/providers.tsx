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

const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
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
