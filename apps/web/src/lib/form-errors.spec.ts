import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { applyFieldErrors, applyResolvedFieldErrors } from './form-errors';

function fakeForm() {
  const setFields = vi.fn();
  return { form: { setFields } as unknown as FormInstance, setFields };
}

describe(applyResolvedFieldErrors.name, () => {
  it('groups messages per resolved path and returns the errors no input shows', () => {
    const { form, setFields } = fakeForm();
    const result = applyResolvedFieldErrors(
      form,
      [
        { field: 'items.0.note', code: 'maxLength', message: '内容过长' },
        { field: 'items.0.note', code: 'isString', message: '请输入文字' },
        { field: 'items', code: 'arrayMaxSize', message: '条目过多' },
      ],
      (field) => (field.includes('.') ? field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : undefined),
    );
    expect(setFields).toHaveBeenCalledWith([{ name: ['items', 0, 'note'], errors: ['内容过长', '请输入文字'] }]);
    expect(result.unmatched).toEqual([{ field: 'items', code: 'arrayMaxSize', message: '条目过多' }]);
    expect(result.paths).toEqual([['items', 0, 'note']]);
  });

  it('keeps the plain field-list helper working', () => {
    const { form, setFields } = fakeForm();
    const unmatched = applyFieldErrors(form, [{ field: 'loginName', code: 'x', message: 'm' }, { field: 'other', code: 'y', message: 'n' }], ['loginName']);
    expect(setFields).toHaveBeenCalledWith([{ name: ['loginName'], errors: ['m'] }]);
    expect(unmatched).toHaveLength(1);
  });
});
