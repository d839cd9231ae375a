import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Typography, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkWindow, MAX_WINDOWS, type WindowText } from './time-window';
import { WindowInput } from './window-input';

interface WindowsFieldProps {
  /** The fewest windows the API takes here: two when the merchant books, one when the provider reschedules. */
  min: number;
  disabled?: boolean;
}

/** An empty window row, as added by "Add a window". */
export const emptyWindow = (): WindowText => ({ start: '', end: '' });

/** The `windows` list of a form: one WindowInput per window, each checked as the API will check it. */
export function WindowsField({ min, disabled }: WindowsFieldProps) {
  const { t } = useTranslation();
  const windowRule: FormRule = {
    validator: (_rule, value: WindowText | undefined) => {
      const checked = checkWindow(value);
      return checked.ok ? Promise.resolve() : Promise.reject(new Error(t(`installations.windows.problems.${checked.problem}`)));
    },
  };
  const countRule = {
    validator: (_rule: unknown, value: WindowText[] | undefined) =>
      (value?.length ?? 0) < min ? Promise.reject(new Error(t('installations.windows.tooFew', { min }))) : Promise.resolve(),
  };

  return (
    <Form.Item label={t('installations.windows.title')} required style={{ marginBottom: 16 }}>
      <Form.List name="windows" rules={[countRule]}>
        {(fields, { add, remove }, { errors }) => (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('installations.windows.help', { min })}
            </Typography.Paragraph>
            {fields.map((field, index) => (
              <Form.Item
                key={field.key}
                name={field.name}
                label={<Typography.Text strong>{t('installations.windows.label', { n: index + 1 })}</Typography.Text>}
                rules={[windowRule]}
                validateDebounce={300}
                style={{ marginBottom: 12 }}
              >
                <WindowInput index={index} disabled={disabled} onRemove={fields.length > min ? () => remove(field.name) : undefined} />
              </Form.Item>
            ))}
            <Form.ErrorList errors={errors} />
            {fields.length < MAX_WINDOWS && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyWindow())} disabled={disabled} data-testid="add-window">
                {t('installations.windows.add')}
              </Button>
            )}
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
              {t('installations.windows.typeHint')}
            </Typography.Paragraph>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
