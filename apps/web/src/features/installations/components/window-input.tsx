import { DeleteOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINA_UTC_OFFSET_MINUTES, windowTextToIso, type WindowText } from './time-window';

interface WindowInputProps {
  /** From Form.Item (e.g. "installation_windows_0"); the pickers and inputs get it with _date, _time, _start, _end. */
  id?: string;
  value?: WindowText;
  onChange?: (value: WindowText) => void;
  /** Zero-based position: test ids window-<n>, window-<n>-start and window-<n>-end. */
  index: number;
  /** Shown as a delete button when the window may be removed. */
  onRemove?: () => void;
  disabled?: boolean;
}

/** The date and time of a typed end, if it is a real date-time ("2026-05-20 09:00" → 2026-05-20 and 09:00). */
function splitText(text: string | undefined): { date: string; time: string } | undefined {
  const iso = text ? windowTextToIso(text) : undefined;
  return iso ? { date: iso.slice(0, 10), time: iso.slice(11, 16) } : undefined;
}

const TIME_FORMAT = 'HH:mm';
const DAY_FORMAT = 'YYYY-MM-DD';
const timeOf = (time: string | undefined): Dayjs | null => (time ? dayjs(`2000-01-01T${time}`) : null);

/**
 * One time window: a date picker and a time-range picker for tapping, and the start and end as plain text inputs
 * ("YYYY-MM-DD HH:mm") for typing or pasting. The text is the value; the pickers read from it and write into it.
 */
export function WindowInput({ id = 'window', value, onChange, index, onRemove, disabled }: WindowInputProps) {
  const { t } = useTranslation();
  // What the pickers hold before both the date and the hours are chosen (nothing to write into the text yet).
  const [draft, setDraft] = useState<{ date?: string; from?: string; to?: string }>({});
  const start = splitText(value?.start);
  const end = splitText(value?.end);
  const date = start?.date ?? draft.date;
  const from = start?.time ?? draft.from;
  const to = end?.time ?? draft.to;
  const label = t('installations.windows.label', { n: index + 1 });

  const pick = (next: { date?: string; from?: string; to?: string }) => {
    setDraft(next);
    if (next.date && next.from && next.to) onChange?.({ start: `${next.date} ${next.from}`, end: `${next.date} ${next.to}` });
  };
  const today = dayjs().utcOffset(CHINA_UTC_OFFSET_MINUTES).format(DAY_FORMAT);

  return (
    <Flex vertical gap={8} data-testid={`window-${index}`} style={{ width: '100%', minWidth: 0 }}>
      <Flex gap={8} wrap align="center">
        <DatePicker
          id={`${id}_date`}
          aria-label={`${label} ${t('installations.windows.date')}`}
          placeholder={t('installations.windows.date')}
          value={date ? dayjs(date) : null}
          format={DAY_FORMAT}
          inputReadOnly
          allowClear={false}
          disabled={disabled}
          disabledDate={(day) => day.format(DAY_FORMAT) < today}
          onChange={(day: Dayjs | null) => pick({ date: day ? day.format(DAY_FORMAT) : undefined, from, to })}
          style={{ flex: '1 1 140px', minWidth: 0 }}
        />
        <TimePicker.RangePicker
          id={{ start: `${id}_time`, end: `${id}_time_end` }}
          placeholder={[t('installations.windows.timeFrom'), t('installations.windows.timeTo')]}
          value={[timeOf(from), timeOf(to)]}
          format={TIME_FORMAT}
          minuteStep={15}
          inputReadOnly
          allowClear={false}
          needConfirm={false}
          disabled={disabled}
          onChange={(_times, texts) => pick({ date, from: texts[0] || undefined, to: texts[1] || undefined })}
          style={{ flex: '2 1 200px', minWidth: 0 }}
        />
        {onRemove && (
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('installations.windows.remove', { n: index + 1 })}
            data-testid={`window-${index}-remove`}
            disabled={disabled}
            onClick={onRemove}
          />
        )}
      </Flex>
      <Flex gap={8} wrap>
        <Input
          id={`${id}_start`}
          data-testid={`window-${index}-start`}
          aria-label={`${label} ${t('installations.windows.start')}`}
          prefix={<Typography.Text type="secondary">{t('installations.windows.start')}</Typography.Text>}
          placeholder={t('installations.windows.placeholder')}
          autoComplete="off"
          value={value?.start ?? ''}
          disabled={disabled}
          onChange={(event) => onChange?.({ ...value, start: event.target.value })}
          style={{ flex: '1 1 180px', minWidth: 0 }}
        />
        <Input
          id={`${id}_end`}
          data-testid={`window-${index}-end`}
          aria-label={`${label} ${t('installations.windows.end')}`}
          prefix={<Typography.Text type="secondary">{t('installations.windows.end')}</Typography.Text>}
          placeholder={t('installations.windows.placeholder')}
          autoComplete="off"
          value={value?.end ?? ''}
          disabled={disabled}
          onChange={(event) => onChange?.({ ...value, end: event.target.value })}
          style={{ flex: '1 1 180px', minWidth: 0 }}
        />
      </Flex>
    </Flex>
  );
}
