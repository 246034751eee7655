import { useQuery } from '@tanstack/react-query';
import { surveyQuery } from '../../data/queries';
import { useI18n } from '../../i18n/I18nProvider';
import { nationalRanking } from './surveySeries';

/** The survey's top national priority, for the overview. */
export function SurveyHighlight() {
  const i18n = useI18n();
  const survey = useQuery(surveyQuery);
  const top = survey.data ? nationalRanking(survey.data, i18n.lang)[0] : undefined;
  if (!top) return null;
  return (
    <p className="highlight">
      <span className="highlight__label">{i18n.t.overview.topPriority}</span>
      <span className="highlight__value">{top.label}</span>
      <span className="highlight__number">{i18n.percent(top.share)}</span>
      <span className="highlight__provenance">{i18n.t.provenance.published}</span>
    </p>
  );
}
