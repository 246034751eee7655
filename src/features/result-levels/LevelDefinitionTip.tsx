import { InfoTip } from '../../charts/InfoTip';
import { useI18n } from '../../i18n/I18nProvider';
import type { LevelCount } from './resultSeries';
import { definitionSourceText } from './resultSummary';

/** A level's name; hovering or focusing it shows the level's definition and where it is published. */
export function LevelDefinitionTip({
  level,
  chosen = false,
  short = false,
}: {
  level: LevelCount;
  chosen?: boolean;
  /** Show the short name ("Policy" rather than "Policy level"), e.g. in a narrow column. */
  short?: boolean;
}) {
  const i18n = useI18n();
  const source = definitionSourceText(level, i18n);
  return (
    <InfoTip
      className="level-tip"
      buttonClassName={`level-tip__button${chosen ? ' level-tip__button--chosen' : ''}`}
      explanation={
        <>
          <span className="level-tip__definition">
            {i18n.t.results.definitionOf(level.label, level.definition)}
          </span>
          {source ? (
            <span className="level-tip__source">{i18n.t.results.definitionSource(source)}</span>
          ) : null}
        </>
      }
    >
      {short ? i18n.t.filters.levels[level.level] : level.label}
      <svg className="level-tip__icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="10" r="8.5" />
        <path d="M10 9v5.5M8.5 14.5h3M8.5 9H10" />
        <circle className="level-tip__dot" cx="10" cy="5.75" r="1.25" />
      </svg>
    </InfoTip>
  );
}
