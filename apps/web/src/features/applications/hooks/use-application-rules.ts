import { checkBankAccount, checkCreditCode, checkResidentId, fieldRuleMessage, isValidEmail, isValidMobile, REGION_CODES } from '@pos/shared';
import type { FormInstance, FormRule } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { parseYuanToFen } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';

type Check = (value: string) => string | undefined;

/**
 * antd Form rules for the application wizard, built from the shared validators and worded with the shared
 * field-rule messages, so the browser says exactly what the API would say about the same value.
 */
export function useApplicationRules() {
  const locale = useLocale();
  const { t } = useTranslation();
  return useMemo(() => {
    const text = (rule: string) => fieldRuleMessage(locale, rule) ?? rule;
    /** A rule that runs `check` on a filled value; an empty value is the `required` rule's business. */
    const shared = (check: Check): FormRule => ({
      validator: (_rule, value: unknown) => {
        const typed = typeof value === 'string' ? value.trim() : '';
        if (!typed) return Promise.resolve();
        const problem = check(typed);
        return problem ? Promise.reject(new Error(text(problem))) : Promise.resolve();
      },
    });
    const required: FormRule = { required: true, whitespace: true, message: text('required') };
    return {
      text,
      required,
      creditCode: shared((value) => checkCreditCode(value)),
      residentId: shared((value) => checkResidentId(value)),
      bankAccount: shared((value) => checkBankAccount(value)),
      mobile: shared((value) => (isValidMobile(value) ? undefined : 'isMobile')),
      email: shared((value) => (isValidEmail(value) ? undefined : 'isEmail')),
      mcc: shared((value) => (/^\d{4}$/.test(value) ? undefined : 'isMcc')),
      date: shared((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value, 'YYYY-MM-DD').isValid() ? undefined : 'isDateString')),
      region: shared((value) => (REGION_CODES.includes(value) ? undefined : 'isRegion')),
      /** Yuan typed as text: read exactly into fen, or say what is wrong with it. */
      yuan: {
        validator: (_rule, value: unknown) => {
          const typed = typeof value === 'string' ? value.trim() : '';
          if (!typed) return Promise.resolve();
          const parsed = parseYuanToFen(typed);
          if (parsed.ok) return Promise.resolve();
          return Promise.reject(new Error(parsed.problem === 'tooLarge' ? t('validation.tooLarge') : t('validation.yuan')));
        },
      } satisfies FormRule,
    };
  }, [locale, t]);
}

/** Re-checks the fields that show an error when the language changes, so their messages switch language too. */
export function useRevalidateOnLocaleChange(form: FormInstance): void {
  const locale = useLocale();
  const previous = useRef(locale);
  useEffect(() => {
    if (previous.current === locale) return;
    previous.current = locale;
    const withErrors = form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => field.name);
    if (withErrors.length > 0) form.validateFields(withErrors).catch(() => undefined);
  }, [locale, form]);
}
