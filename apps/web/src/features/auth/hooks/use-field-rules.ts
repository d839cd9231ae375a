import {
  checkPasswordPolicy,
  fieldRuleMessage,
  loginNameKind,
  normalizeLoginName,
  type Locale,
} from '@pos/shared';
import type { FormInstance, FormRule } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useLocale } from '../../../lib/i18n';

/** The shared rule text, so the browser says exactly what the API would say. */
function ruleText(locale: Locale, rule: string): string {
  return fieldRuleMessage(locale, rule) ?? fieldRuleMessage(locale, 'isStrongPassword') ?? rule;
}

/** Which message fits a login name that is neither a mobile number nor an email. */
export function loginNameProblem(value: string): 'required' | 'isEmail' | 'isMobile' | 'isLoginName' | undefined {
  const name = normalizeLoginName(value);
  if (!name) return 'required';
  if (loginNameKind(name)) return undefined;
  if (name.includes('@')) return 'isEmail';
  if (/^[+\d\s-]+$/.test(name)) return 'isMobile';
  return 'isLoginName';
}

/** antd Form rules built from the shared validators, in the current language. */
export function useFieldRules() {
  const locale = useLocale();
  return useMemo(() => {
    const text = (rule: string) => ruleText(locale, rule);
    const required: FormRule = { required: true, whitespace: true, message: text('required') };
    const loginName: FormRule = {
      validator: (_rule, value: string | undefined) => {
        const problem = loginNameProblem(value ?? '');
        return problem ? Promise.reject(new Error(text(problem))) : Promise.resolve();
      },
    };
    const maxLength = (max: number): FormRule => ({ max, message: text('maxLength') });
    /** The full policy, checked against the login name typed in the same form. */
    const passwordPolicy = (getLoginName: () => string | undefined): FormRule => ({
      validator: (_rule, value: string | undefined) => {
        if (!value) return Promise.reject(new Error(text('required')));
        const [first] = checkPasswordPolicy(value, normalizeLoginName(getLoginName() ?? ''));
        return first ? Promise.reject(new Error(text(first))) : Promise.resolve();
      },
    });
    return { required, loginName, maxLength, passwordPolicy, text };
  }, [locale]);
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
