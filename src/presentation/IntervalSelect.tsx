import { useId } from 'react';
import type { Messages } from '../i18n/en';
import { useI18n } from '../i18n/I18nProvider';

/** "30 s", "5 min". */
export function durationText(seconds: number, t: Messages): string {
  return seconds >= 60 && seconds % 60 === 0
    ? t.present.minutes(seconds / 60)
    : t.present.seconds(seconds);
}

/** A labelled choice of an interval in seconds, or off; a value from the URL that is not among the choices is offered too. */
export function IntervalSelect({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: number | undefined;
  choices: readonly number[];
  onChange: (seconds: number | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const offered =
    value === undefined || choices.includes(value)
      ? choices
      : [...choices, value].sort((a, b) => a - b);
  return (
    <div className="view-toolbar__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) =>
          onChange(event.target.value === '' ? undefined : Number(event.target.value))
        }
      >
        <option value="">{t.present.off}</option>
        {offered.map((seconds) => (
          <option key={seconds} value={seconds}>
            {t.present.every(durationText(seconds, t))}
          </option>
        ))}
      </select>
    </div>
  );
}
