import { Checkbox, type GetProps } from 'antd';

type CheckboxGroupFieldProps = GetProps<typeof Checkbox.Group> & {
  /** Set by a required Form.Item; see below. */
  'aria-required'?: boolean | 'true' | 'false';
  /** The group's name for assistive technology (the Form.Item label is a <label> pointing at no input). */
  'aria-label'?: string;
};

/**
 * A Checkbox.Group for a Form.Item. A required Form.Item hands its control `aria-required`, which ARIA does not allow
 * on a group of checkboxes (axe: aria-allowed-attr); the requirement is shown by the label's mark and enforced by the
 * form's rule, so it is dropped here, and the group gets the group role and a name.
 */
export function CheckboxGroupField({ 'aria-required': _required, ...props }: CheckboxGroupFieldProps) {
  return <Checkbox.Group role="group" {...props} />;
}
