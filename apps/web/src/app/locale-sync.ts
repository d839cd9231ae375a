import type { Locale } from '@pos/shared';
import { updateMyLocale } from '../features/auth';
import { changeLocale, currentLocale, i18n, isSupportedLocale, storedLocale } from '../lib/i18n';
import { sessionStore } from '../lib/session-store';

/**
 * Keeps the interface language and the account's saved language in step:
 * - on sign-in, a language explicitly chosen on this device wins and is saved to the account; without one,
 *   the account's language is adopted;
 * - switching language while signed in saves it (PATCH /api/me); a failure is ignored, the switch still applies.
 * Returns a function that stops it.
 */
export function startLocaleSync(): () => void {
  let signedInUserId: string | undefined;

  const save = (locale: Locale) => {
    updateMyLocale(locale).then(
      (user) => sessionStore.updateUser(user),
      () => undefined,
    );
  };

  const onSessionChange = () => {
    const state = sessionStore.getState();
    if (state.status !== 'authenticated') {
      signedInUserId = undefined;
      return;
    }
    if (state.user.id === signedInUserId) return;
    signedInUserId = state.user.id;
    const chosen = storedLocale();
    if (chosen) {
      if (chosen !== state.user.locale) save(chosen);
    } else if (state.user.locale !== currentLocale()) {
      void changeLocale(state.user.locale, { persist: false });
    }
  };

  const onLanguageChanged = (lng: string) => {
    const state = sessionStore.getState();
    if (state.status === 'authenticated' && isSupportedLocale(lng) && lng !== state.user.locale) save(lng);
  };

  const unsubscribe = sessionStore.subscribe(onSessionChange);
  i18n.on('languageChanged', onLanguageChanged);
  onSessionChange();
  return () => {
    unsubscribe();
    i18n.off('languageChanged', onLanguageChanged);
  };
}
