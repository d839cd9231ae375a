import type { FieldError } from '@pos/shared';
import type { FormInstance } from 'antd';

/**
 * Puts the API's field errors (`details.fields`) on the matching Form.Item. Returns the ones that match no
 * field of this form, so the caller can show them elsewhere.
 */
export function applyFieldErrors(form: FormInstance, errors: readonly FieldError[], fields: readonly string[]): FieldError[] {
  const byField = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    if (!fields.includes(error.field)) {
      unmatched.push(error);
      continue;
    }
    byField.set(error.field, [...(byField.get(error.field) ?? []), error.message]);
  }
  form.setFields([...byField].map(([field, messages]) => ({ name: field.split('.'), errors: messages })));
  return unmatched;
}
