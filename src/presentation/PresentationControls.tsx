import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface PresentationControlsProps {
  title: string;
  /** The step shown, numbered from 1, of `count`. */
  step: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  stepsPanelId: string;
  stepsOpen: boolean;
  onToggleSteps: () => void;
  isFullscreen: boolean;
  onToggleFullscreen: () => void;
  onLeave: () => void;
  /** Live status: when the data was refreshed, the auto-advance countdown. */
  status?: ReactNode;
}

/**
 * A control's text, in a word on a phone so the tools take one row. The control's `aria-label`
 * is the full text, which starts with the word (what speech input users say).
 */
function ShortOnPhone({ full, short }: { full: string; short: string }) {
  return (
    <>
      <span className="presentation-controls__full">{full}</span>
      <span className="presentation-controls__short">{short}</span>
    </>
  );
}

/** The presenter's bar: the step's title and number, previous and next, and the tools. */
export function PresentationControls({
  title,
  step,
  count,
  onPrevious,
  onNext,
  stepsPanelId,
  stepsOpen,
  onToggleSteps,
  isFullscreen,
  onToggleFullscreen,
  onLeave,
  status,
}: PresentationControlsProps) {
  const { t } = useI18n();
  return (
    <section className="presentation-controls" aria-label={t.present.controls}>
      <div className="presentation-controls__step">
        <p className="presentation-controls__title">{title}</p>
        <p className="presentation-controls__counter">{t.present.stepCounter(step, count)}</p>
      </div>
      <div className="presentation-controls__nav">
        <button
          type="button"
          className="button"
          aria-disabled={step <= 1}
          onClick={() => step > 1 && onPrevious()}
        >
          <span aria-hidden="true">← </span>
          {t.present.previous}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={step >= count}
          onClick={() => step < count && onNext()}
        >
          {t.present.next}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {status ? <div className="presentation-controls__status">{status}</div> : null}
      <div className="presentation-controls__tools">
        <button
          type="button"
          className="toggle"
          aria-expanded={stepsOpen}
          aria-controls={stepsOpen ? stepsPanelId : undefined}
          aria-label={t.present.steps}
          onClick={onToggleSteps}
        >
          <ShortOnPhone full={t.present.steps} short={t.present.stepsShort} />
        </button>
        <button type="button" className="toggle" onClick={onToggleFullscreen}>
          {isFullscreen ? t.present.exitFullscreen : t.present.fullscreen}
        </button>
        <button type="button" className="toggle" aria-label={t.present.leave} onClick={onLeave}>
          <ShortOnPhone full={t.present.leave} short={t.present.leaveShort} />
        </button>
      </div>
    </section>
  );
}
