import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import { ChartEmpty, ChartError, ChartSkeleton } from '../../charts/ChartStates';
import { ProvenanceBadge } from '../../charts/ProvenanceBadge';
import { TimelineChart } from '../../charts/TimelineChart';
import { layoutTimeline } from '../../charts/timelineLayout';
import { useChartFontSize, useChartSize } from '../../charts/useChartSize';
import type { Project } from '../../data/projectsSchema';
import { projectName } from '../../data/projectName';
import { projectsQuery, regionsQuery } from '../../data/queries';
import { sharedFilters } from '../../filters/filterSchema';
import { useI18n } from '../../i18n/I18nProvider';
import {
  citedSources,
  formatRecordValue,
  isIllustrativeProject,
  periodDomain,
  projectPeriod,
  projectRecord,
  weakestProvenance,
  type RecordProvenance,
  type RecordRow,
  type RecordValue,
} from './projectRecord';
import { ProvenanceMark } from './ProvenanceMark';
import './projectDetail.css';

const RECORD_SKELETON_HEIGHT = 640;

function ValueCell({ value }: { value: RecordValue }) {
  const i18n = useI18n();
  const text = formatRecordValue(value, i18n);
  if (Array.isArray(text)) {
    return (
      <ul className="record-list">
        {text.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  }
  return value.kind === 'date' ? <time dateTime={value.isoDate}>{text}</time> : <>{text}</>;
}

function ProvenanceCell({ provenance }: { provenance: RecordProvenance }) {
  const i18n = useI18n();
  const chip = (
    <span className={`provenance-chip provenance-chip--${provenance.kind}`}>
      {i18n.t.provenance[provenance.kind]}
    </span>
  );
  if (provenance.kind === 'derived') {
    return (
      <div className="record-provenance">
        {chip}
        <span className="record-provenance__detail">{i18n.text(provenance.formula)}</span>
      </div>
    );
  }
  if (provenance.kind === 'illustrative') {
    return (
      <div className="record-provenance">
        {chip}
        {provenance.note ? (
          <span className="record-provenance__detail">{i18n.text(provenance.note)}</span>
        ) : null}
      </div>
    );
  }
  const { source } = provenance;
  const title = source ? i18n.text(source.title) : provenance.sourceId;
  return (
    <div className="record-provenance">
      {chip}
      <span className="record-provenance__source">
        {source?.url ? (
          <a href={source.url} rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </span>
      <span className="record-provenance__detail">
        {source ? <span className="record-provenance__publisher">{source.publisher}</span> : null}
        <span className="record-provenance__locator">{i18n.text(provenance.locator)}</span>
      </span>
    </div>
  );
}

/** The sources of the rows, then what is derived and what is illustrative among them. */
function SourceLines({ rows, illustrativeLine }: { rows: RecordRow[]; illustrativeLine: string }) {
  const i18n = useI18n();
  return (
    <>
      {citedSources(rows).map((source) => (
        <span key={source.id} className="source-line">
          {i18n.t.projectDetail.sourceLine(i18n.text(source.title), source.publisher)}
        </span>
      ))}
      {rows.map((row) =>
        row.provenance.kind === 'derived' ? (
          <span key={row.key} className="source-line">
            {i18n.t.projectDetail.derivedLine(
              i18n.text(row.fieldName),
              i18n.text(row.provenance.formula),
            )}
          </span>
        ) : null,
      )}
      {rows.some((row) => row.provenance.kind === 'illustrative') ? (
        <span className="source-line source-line--illustrative">{illustrativeLine}</span>
      ) : null}
    </>
  );
}

/** The mark of several fields: the most cautious of theirs, "partly" when they differ. */
function RowsProvenanceMark({ rows }: { rows: readonly Pick<RecordRow, 'provenance'>[] }) {
  const kind = weakestProvenance(rows);
  return <ProvenanceMark kind={kind} partly={rows.some((row) => row.provenance.kind !== kind)} />;
}

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="project-detail__back">
      <Link to="/projects" search={sharedFilters}>
        <span aria-hidden="true">← </span>
        {t.projects.back}
      </Link>
    </p>
  );
}

function PeriodChart({ project, rows }: { project: Project; rows: RecordRow[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { ref, width } = useChartSize();
  const fontSizeFor = useChartFontSize();
  const period = useMemo(() => projectPeriod(rows), [rows]);
  const layout = useMemo(() => {
    if (!period) return null;
    const label = project.caseNumber?.value ?? projectName(project, i18n.lang);
    return layoutTimeline(
      [
        {
          key: project.id,
          label,
          start: new Date(period.start),
          end: new Date(period.end),
          provenance: weakestProvenance(period.rows),
        },
      ],
      { width, fontSize: fontSizeFor(width), domain: periodDomain(period.start, period.end) },
    );
  }, [period, project, i18n.lang, width, fontSizeFor]);
  const startText = period ? i18n.date(period.start) : '';
  const endText = period ? i18n.date(period.end) : '';
  return (
    <ChartFigure
      title={t.projects.periodTitle}
      badge={period ? <RowsProvenanceMark rows={period.rows} /> : null}
      footer={
        period ? (
          <SourceLines rows={period.rows} illustrativeLine={t.projects.illustrativeProject} />
        ) : null
      }
      crashedMessage={t.states.chartCrashed}
    >
      <div ref={ref} className="chart-body">
        {layout ? (
          <>
            <TimelineChart
              layout={layout}
              label={t.projectDetail.periodLabel(
                projectName(project, i18n.lang),
                startText,
                endText,
              )}
              // Ticks may fall on quarters; only the turn of a year is labelled.
              formatTick={(date) => (date.getUTCMonth() === 0 ? i18n.year(date) : '')}
            />
            <p className="chart-summary">{t.projectDetail.periodSummary(startText, endText)}</p>
          </>
        ) : (
          <ChartEmpty>
            <p>{t.projects.noPeriod}</p>
          </ChartEmpty>
        )}
      </div>
    </ChartFigure>
  );
}

/**
 * The record as a table of fields rather than a MatrixTable: on a phone its rows stack into cards
 * (the explicit roles keep it a table for screen readers when CSS changes its display).
 */
function RecordTable({ rows, stale }: { rows: RecordRow[]; stale: boolean }) {
  const { t } = useI18n();
  return (
    <div className="chart-body">
      {stale ? <p className="chart-stale">{t.states.staleData}</p> : null}
      <table className="matrix record-table" role="table">
        <caption className="visually-hidden">{t.projectDetail.recordCaption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t.projects.fieldSv}
            </th>
            <th scope="col" role="columnheader">
              {t.projects.fieldEn}
            </th>
            <th scope="col" role="columnheader">
              {t.projects.value}
            </th>
            <th scope="col" role="columnheader">
              {t.projects.provenance}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.key} role="row" data-row={row.key} data-section={row.section}>
              <th scope="row" role="rowheader" lang="sv" className="record-table__field">
                {row.fieldName.sv}
              </th>
              <td role="cell" lang="en" className="record-table__field-en">
                {row.fieldName.en}
              </td>
              <td role="cell" className="record-table__value">
                <ValueCell value={row.value} />
              </td>
              <td role="cell" className="record-table__provenance">
                <ProvenanceCell provenance={row.provenance} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One project's record: every field with its provenance, and its period on a timeline. */
export function ProjectDetailPage({ projectId }: { projectId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const projects = useQuery(projectsQuery);
  const regions = useQuery(regionsQuery);
  const dataset = projects.data;
  const project = dataset?.projects.find((candidate) => candidate.id === projectId);
  const regionList = regions.data?.regions;
  const rows = useMemo(
    () =>
      dataset && project
        ? projectRecord(project, {
            sources: dataset.sources,
            programmeAreas: dataset.programmeAreas,
            resultLevels: dataset.resultLevels,
            regions: regionList ?? [],
          })
        : [],
    [dataset, project, regionList],
  );

  const loading = projects.isPending || regions.isPending || (projects.isError && !dataset);
  const pageName = loading
    ? projectId
    : project
      ? projectName(project, i18n.lang)
      : t.projectDetail.notFoundTitle;
  useEffect(() => {
    document.title = `${pageName} · ${t.views.projects} · ${t.app.name}`;
  }, [pageName, t]);

  // Region names come from regions.json; without it the record still shows, with region codes.
  if (loading) {
    return (
      <div className="view project-detail">
        <BackLink />
        <h1 className="view__title">{t.projects.detailTitle(projectId)}</h1>
        <ChartFigure title={t.projects.fieldsTitle} crashedMessage={t.states.chartCrashed}>
          <div className="chart-body">
            {projects.isError ? (
              <ChartError
                title={t.states.errorTitle}
                message={projects.error.message}
                retryLabel={t.states.retry}
                onRetry={() => void projects.refetch()}
              />
            ) : (
              <ChartSkeleton height={RECORD_SKELETON_HEIGHT} label={t.states.loading} />
            )}
          </div>
        </ChartFigure>
      </div>
    );
  }

  if (!project) {
    return (
      <div className="view project-detail">
        <BackLink />
        <h1 className="view__title">{t.projectDetail.notFoundTitle}</h1>
        <p>{t.projects.notFound(projectId)}</p>
      </div>
    );
  }

  const illustrative = isIllustrativeProject(rows);
  return (
    <div className="view project-detail">
      <BackLink />
      <h1 className="view__title project-detail__title">
        {t.projects.detailTitle(projectName(project, i18n.lang))}
      </h1>
      {project.caseNumber ? (
        <p className="project-detail__case">
          {t.projectDetail.caseNumber(project.caseNumber.value)}
        </p>
      ) : null}
      <p className="project-detail__note">
        {illustrative ? (
          <ProvenanceBadge
            kind="illustrative"
            label={t.provenance.illustrative}
            explanation={t.projectDetail.illustrativeProjectExplanation}
          />
        ) : (
          <ProvenanceBadge
            kind="published"
            label={t.provenance.published}
            explanation={t.projectDetail.publishedExplanation}
          />
        )}
        <span>{illustrative ? t.projects.illustrativeProject : t.projects.publishedProject}</span>
      </p>

      <PeriodChart project={project} rows={rows} />

      <ChartFigure
        title={t.projects.fieldsTitle}
        subtitle={t.projectDetail.recordSubtitle}
        badge={<RowsProvenanceMark rows={rows} />}
        footer={
          <SourceLines
            rows={rows}
            illustrativeLine={
              illustrative ? t.projects.illustrativeProject : t.projectDetail.resultLevelsLine
            }
          />
        }
        crashedMessage={t.states.chartCrashed}
      >
        <RecordTable rows={rows} stale={projects.isError} />
      </ChartFigure>
    </div>
  );
}
