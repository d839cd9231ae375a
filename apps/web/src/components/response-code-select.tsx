import { RESPONSE_CODES } from '@pos/shared';
import { Select } from 'antd';
import { pickLocalized } from '../lib/format';
import { useLocale } from '../lib/i18n';

interface ResponseCodeSelectProps {
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
  placeholder?: string;
  testId?: string;
}

/** The ISO 8583 codes a terminal shows, as "55 密码错误"; searchable by code or meaning, clearable. */
export function ResponseCodeSelect({ value, onChange, id, placeholder, testId }: ResponseCodeSelectProps) {
  const locale = useLocale();
  return (
    <Select
      id={id}
      size="large"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(code?: string) => onChange?.(code)}
      placeholder={placeholder}
      data-testid={testId}
      options={RESPONSE_CODES.map((info) => ({ value: info.code, label: `${info.code} ${pickLocalized(locale, info.meaning.zh, info.meaning.en)}` }))}
    />
  );
}
