import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { SurveyHighlight } from '../features/survey-priorities/SurveyHighlight';
import { sharedFilters } from '../filters/filterSchema';
import { useI18n } from '../i18n/I18nProvider';

/** One view on the overview: what it shows, and a link to it that keeps the shared filters. */
function ViewCard({
  path,
  title,
  body,
  provenance,
  children,
}: {
  path: '/survey' | '/sectors' | '/results' | '/projects';
  title: string;
  body: string;
  /** What its sources publish and what the view makes up, as the view's marks will say. */
  provenance: { kind: 'published' | 'illustrative'; label: string; text: string };
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <li className="view-card">
      <h2>{title}</h2>
      <p>{body}</p>
      {children}
      <p className="view-card__provenance">
        <span className={`provenance-chip provenance-chip--${provenance.kind}`}>
          {provenance.label}
        </span>
        {provenance.text}
      </p>
      <Link to={path} search={sharedFilters} className="button">
        {t.overview.open}: {title}
      </Link>
    </li>
  );
}

export function OverviewPage() {
  const { t } = useI18n();
  const partly = (text: string) =>
    ({ kind: 'illustrative', label: t.provenance.partlyIllustrative, text }) as const;
  return (
    <div className="view view--overview">
      <h1 className="view__title">{t.overview.title}</h1>
      <p className="lead">{t.overview.intro}</p>
      <ul className="view-cards">
        <ViewCard
          path="/survey"
          title={t.views.survey}
          body={t.overview.surveyCardBody}
          provenance={partly(t.overview.surveyProvenance)}
        >
          <SurveyHighlight />
        </ViewCard>
        <ViewCard
          path="/sectors"
          title={t.views.sectors}
          body={t.overview.sectorsCardBody}
          provenance={partly(t.overview.sectorsProvenance)}
        />
        <ViewCard
          path="/results"
          title={t.views.results}
          body={t.overview.resultsCardBody}
          provenance={partly(t.overview.resultsProvenance)}
        />
        <ViewCard
          path="/projects"
          title={t.views.projects}
          body={t.overview.projectsCardBody}
          provenance={partly(t.overview.projectsProvenance)}
        />
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
        <p>
          <Link to="/sources" search={sharedFilters}>
            {t.sources.overviewLink}
          </Link>
        </p>
      </section>
    </div>
  );
}
