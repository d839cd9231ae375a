import { fieldRuleMessage, type Locale } from '@pos/shared';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import type { FieldPath } from '../../../lib/form-errors';
import { parsePercentToBps, parseYuanToFen, type DecimalProblem } from '../../../lib/format';

/** Rules shared by the console's forms: money in yuan and rates in percent, read exactly. */
export function settingsRules(t: TFunction, locale: Locale) {
  const problemText = (problem: DecimalProblem, fallback: string) => (problem === 'tooLarge' ? t('validation.tooLarge') : fallback);
  const decimal = (parse: typeof parseYuanToFen, fallback: string, required: boolean): FormRule => ({
    validator: (_rule, value: unknown) => {
      const typed = typeof value === 'string' ? value.trim() : '';
      if (!typed) return required ? Promise.reject(new Error(fieldRuleMessage(locale, 'required') ?? '')) : Promise.resolve();
      const parsed = parse(typed);
      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(problemText(parsed.problem, fallback)));
    },
  });
  return {
    mccText: fieldRuleMessage(locale, 'isMcc') ?? '',
    minText: fieldRuleMessage(locale, 'min') ?? '',
    required: { required: true, whitespace: true, message: fieldRuleMessage(locale, 'required') } satisfies FormRule,
    requiredChoice: { required: true, message: fieldRuleMessage(locale, 'required') } satisfies FormRule,
    yuan: decimal(parseYuanToFen, t('validation.yuan'), false),
    requiredYuan: decimal(parseYuanToFen, t('validation.yuan'), true),
    percent: decimal(parsePercentToBps, t('validation.percent'), false),
  };
}

/** `items.0.note` → ['items', 0, 'note']: list indexes become numbers so they match Form.List paths. */
export function listPath(field: string): FieldPath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Field errors whose path starts with one of `roots`, mapped onto the form; the rest are returned. */
export function resolveUnder(roots: readonly string[]) {
  return (field: string): FieldPath | undefined => (roots.includes(field.split('.')[0] ?? '') ? listPath(field) : undefined);
}

