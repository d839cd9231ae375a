import type { FieldError } from '@pos/shared';
import type { FormInstance } from 'antd';

/** A Form.Item name path, e.g. ['volumes', 'DEBIT_CARD', 'monthlyAmount']. */
export type FieldPath = (string | number)[];

/**
 * Puts the API's field errors (`details.fields`) on the Form.Item that `resolve` maps each error's field to.
 * `resolve` returns undefined for a field the form does not show. Returns the errors that matched no field, so the
 * caller can show them elsewhere, and the paths that received an error (in the order they came).
 */
export function applyResolvedFieldErrors(
  form: FormInstance,
  errors: readonly FieldError[],
  resolve: (field: string) => FieldPath | undefined,
): { unmatched: FieldError[]; paths: FieldPath[] } {
  const byPath = new Map<string, { path: FieldPath; messages: string[] }>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const path = resolve(error.field);
    if (!path) {
      unmatched.push(error);
      continue;
    }
    const key = JSON.stringify(path);
    const entry = byPath.get(key) ?? { path, messages: [] };
    entry.messages.push(error.message);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()].map(({ path, messages }) => ({ name: path, errors: messages })));
  return { unmatched, paths: [...byPath.values()].map(({ path }) => path) };
}

/**
 * Puts the API's field errors (`details.fields`) on the matching Form.Item. Returns the ones that match no
 * field of this form, so the caller can show them elsewhere.
 */
export function applyFieldErrors(form: FormInstance, errors: readonly FieldError[], fields: readonly string[]): FieldError[] {
  return applyResolvedFieldErrors(form, errors, (field) => (fields.includes(field) ? field.split('.') : undefined)).unmatched;
}
