import { App } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { useLocale } from '../../../lib/i18n';

/** Shows an API error's translated text as a toast; returns it so a form can put field errors in place too. */
export function useErrorToast() {
  const { message } = App.useApp();
  const locale = useLocale();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) void message.error(apiErrorText(error, locale));
      else void message.error(String(error));
    },
    [message, locale],
  );
}
