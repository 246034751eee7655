import { Link } from '@tanstack/react-router';
import { SurveyHighlight } from '../features/survey-priorities/SurveyHighlight';
import { sharedFilters } from '../filters/filterSchema';
import { useI18n } from '../i18n/I18nProvider';

export function OverviewPage() {
  const { t } = useI18n();
  return (
    <div className="view view--overview">
      <h1 className="view__title">{t.overview.title}</h1>
      <p className="lead">{t.overview.intro}</p>
      <ul className="view-cards">
        <li className="view-card">
          <h2>{t.views.survey}</h2>
          <p>{t.overview.surveyCardBody}</p>
          <SurveyHighlight />
          <Link to="/survey" search={sharedFilters} className="button">
            {t.overview.open}: {t.views.survey}
          </Link>
        </li>
        <li className="view-card">
          <h2>{t.views.sectors}</h2>
          <p>{t.overview.sectorsCardBody}</p>
          <Link to="/sectors" search={sharedFilters} className="button">
            {t.overview.open}: {t.views.sectors}
          </Link>
        </li>
        <li className="view-card">
          <h2>{t.views.results}</h2>
          <p>{t.overview.resultsCardBody}</p>
          <Link to="/results" search={sharedFilters} className="button">
            {t.overview.open}: {t.views.results}
          </Link>
        </li>
        <li className="view-card">
          <h2>{t.views.projects}</h2>
          <p>{t.overview.projectsCardBody}</p>
          <Link to="/projects" search={sharedFilters} className="button">
            {t.overview.open}: {t.views.projects}
          </Link>
        </li>
      </ul>
      <section className="honesty" aria-labelledby="honesty-title">
        <h2 id="honesty-title">{t.overview.honestyTitle}</h2>
        <ul>
          <li>
            <span className="provenance-chip provenance-chip--published">
              {t.provenance.published}
            </span>{' '}
            {t.overview.honestyPublished}
          </li>
          <li>
            <span className="provenance-chip provenance-chip--derived">{t.provenance.derived}</span>{' '}
            {t.overview.honestyDerived}
          </li>
          <li>
            <span className="provenance-chip provenance-chip--illustrative">
              {t.provenance.illustrative}
            </span>{' '}
            {t.overview.honestyIllustrative}
          </li>
        </ul>
      </section>
    </div>
  );
}
