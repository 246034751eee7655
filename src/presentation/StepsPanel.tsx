import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { CopyLink } from './CopyLink';

export interface StepsPanelProps {
  id: string;
  /** The steps' titles, in order. */
  titles: readonly string[];
  /** The step shown, numbered from 1. */
  current: number;
  /** Whether the sequence is the presenter's own rather than the default story. */
  custom: boolean;
  shareUrl: string;
  onGo: (step: number) => void;
  onMove: (index: number, offset: -1 | 1) => void;
  onRemove: (index: number) => void;
  onUseDefault: () => void;
  /** The presentation's settings (refresh, auto-advance). */
  settings: ReactNode;
}

/**
 * Keys that follow a step when it moves (its title, and which of the steps so titled it is), so
 * that the button just pressed keeps the keyboard focus.
 */
function stableKeys(titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const occurrence = (seen.get(title) ?? 0) + 1;
    seen.set(title, occurrence);
    return `${occurrence}:${title}`;
  });
}

/** The sequence as a list to jump, reorder and remove steps, its link to share, and the settings. */
export function StepsPanel({
  id,
  titles,
  current,
  custom,
  shareUrl,
  onGo,
  onMove,
  onRemove,
  onUseDefault,
  settings,
}: StepsPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  const keysId = useId();
  const keys = stableKeys(titles);
  return (
    <section id={id} className="steps-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="steps-panel__title">
        {t.present.stepsTitle}
      </h2>
      <p className="steps-panel__note">
        {custom ? t.present.ownSequence : t.present.defaultSequence}
      </p>
      <ol className="steps-panel__list">
        {titles.map((title, index) => (
          <li key={keys[index]} className="steps-panel__step">
            <button
              type="button"
              className="steps-panel__go"
              aria-current={index + 1 === current ? 'step' : undefined}
              onClick={() => onGo(index + 1)}
            >
              <span className="steps-panel__number">{index + 1}</span>
              {title}
            </button>
            <span className="steps-panel__edit">
              <button
                type="button"
                className="toggle"
                aria-label={t.present.moveUp(title)}
                aria-disabled={index === 0}
                onClick={() => index > 0 && onMove(index, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="toggle"
                aria-label={t.present.moveDown(title)}
                aria-disabled={index === titles.length - 1}
                onClick={() => index < titles.length - 1 && onMove(index, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                className="toggle"
                aria-label={t.present.remove(title)}
                aria-disabled={titles.length === 1}
                onClick={() => titles.length > 1 && onRemove(index)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="steps-panel__actions">
        <CopyLink key={shareUrl} url={shareUrl} />
        {custom ? (
          <button type="button" className="link-button" onClick={onUseDefault}>
            {t.present.useDefaultStory}
          </button>
        ) : null}
      </div>
      <div className="steps-panel__settings">{settings}</div>
      <h3 id={keysId} className="steps-panel__subtitle">
        {t.present.keysTitle}
      </h3>
      <p aria-labelledby={keysId} className="steps-panel__keys">
        {t.present.keys}
      </p>
    </section>
  );
}
