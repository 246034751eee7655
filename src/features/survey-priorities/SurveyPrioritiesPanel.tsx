import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ChartEmpty, ChartError, ChartSkeleton } from '../../charts/ChartStates';
import { BarRowsChart } from '../../charts/BarRowsChart';
import { layoutBarRows, type BarRow } from '../../charts/barRowsLayout';
import { layoutDotRows } from '../../charts/dotRowsLayout';
import { ProvenanceBadge } from '../../charts/ProvenanceBadge';
import { useChartFontSize, useChartSize } from '../../charts/useChartSize';
import { regionsQuery, surveyQuery } from '../../data/queries';
import { findRegion } from '../../data/regionTree';
import type { SurveyDataset } from '../../data/surveySchema';
import { sharedFilters } from '../../filters/filterSchema';
import { useCurrentSearch } from '../../filters/useSearchState';
import { useFilters } from '../../filters/useFilters';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { SharedFigure } from '../../share/SharedFigure';
import { RegionComparisonChart } from './RegionComparisonChart';
import { nationalFigure, regionFigure, surveySourceLines, surveySubtitle } from './surveyFigures';
import { compareFigureSummary, rankShiftText } from './surveySummary';
import { nationalRanking, regionComparison, type ComparedArea } from './surveySeries';

const AREA_COUNT = 12;
const PLACEHOLDER_ROWS: BarRow[] = Array.from({ length: AREA_COUNT }, (_, index) => ({
  key: String(index),
  label: 'Placeholder label of typical length',
  value: 0,
}));

function SourceLine({ dataset, illustrative }: { dataset: SurveyDataset; illustrative: boolean }) {
  const i18n = useI18n();
  const currentSearch = useCurrentSearch();
  const [regionalLine] = illustrative ? surveySourceLines(dataset, true, i18n).slice(-1) : [];
  return (
    <>
      {surveySourceLines(dataset, false, i18n).map((line) => (
        <span key={line} className="source-line">
          {line}
        </span>
      ))}
      {regionalLine ? (
        <span className="source-line source-line--illustrative">{regionalLine}</span>
      ) : null}
      <Link
        className="source-line"
        to="/sources"
        hash={dataset.dataset}
        search={sharedFilters(currentSearch)}
      >
        {i18n.t.sources.chartSources}
      </Link>
    </>
  );
}

function rankShiftMark(shift: number, i18n: I18n): string {
  if (shift > 0) return i18n.t.survey.rankShiftUpMark(shift);
  if (shift < 0) return i18n.t.survey.rankShiftDownMark(-shift);
  return i18n.t.survey.rankShiftSameMark;
}

function ComparisonLegend({ regionName }: { regionName: string }) {
  const { t } = useI18n();
  return (
    <ul className="chart-legend">
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5.5" className="legend-national" />
        </svg>
        {t.survey.compareLegendNational}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <rect
            x="3"
            y="3"
            width="8"
            height="8"
            transform="rotate(45 7 7)"
            className="legend-region"
          />
        </svg>
        {t.survey.compareLegendRegion(regionName)}
      </li>
      <li>
        <span aria-hidden="true">▲ ▼ = </span>
        {t.survey.rankShift}
      </li>
    </ul>
  );
}

function ComparisonChart({
  regionName,
  areas,
  width,
}: {
  regionName: string;
  areas: ComparedArea[];
  width: number;
}) {
  const i18n = useI18n();
  const fontSizeFor = useChartFontSize();
  const layout = useMemo(
    () =>
      layoutDotRows(
        areas.map((area) => ({
          key: area.areaId,
          label: area.label,
          prefix: String(area.nationalRank),
          reference: area.nationalShare,
          comparison: area.regionalShare,
          note: rankShiftMark(area.rankShift, i18n),
        })),
        { width, fontSize: fontSizeFor(width) },
      ),
    [areas, width, i18n, fontSizeFor],
  );
  const summary = compareFigureSummary(regionName, areas, i18n);
  const details = areas
    .map(
      (area) =>
        `${area.label}: ${i18n.percent(area.regionalShare)} (${i18n.percent(area.nationalShare)}, ${rankShiftText(area.rankShift, i18n)})`,
    )
    .join('; ');
  return (
    <>
      <ComparisonLegend regionName={regionName} />
      <RegionComparisonChart
        layout={layout}
        formatTick={i18n.percent}
        label={i18n.t.survey.compareLabel(regionName, `${summary} ${details}.`)}
      />
      <p className="chart-summary">{summary}</p>
    </>
  );
}

export interface PanelProps {
  /** Renders only the chart with this id (an embed); all of the view's charts without it. */
  only?: string;
}

/** The survey priorities view: the national ranking, and a chosen region against it. */
export function SurveyPrioritiesPanel({ only }: PanelProps = {}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { filters, setFilters } = useFilters();
  const survey = useQuery(surveyQuery);
  const regions = useQuery(regionsQuery);
  const { ref, width } = useChartSize();
  const fontSizeFor = useChartFontSize();

  const ranking = useMemo(
    () => (survey.data ? nationalRanking(survey.data, i18n.lang) : []),
    [survey.data, i18n.lang],
  );
  const rankingLayout = useMemo(
    () =>
      layoutBarRows(
        ranking.map((area) => ({
          key: area.areaId,
          label: area.label,
          value: area.share,
          prefix: String(area.rank),
        })),
        { width, fontSize: fontSizeFor(width) },
      ),
    [ranking, width, fontSizeFor],
  );
  const comparison = useMemo(
    () =>
      survey.data && regions.data
        ? regionComparison(survey.data, regions.data.regions, filters.region, i18n.lang)
        : null,
    [survey.data, regions.data, filters.region, i18n.lang],
  );

  const shows = (chartId: string) => only === undefined || only === chartId;
  const national = survey.data ? nationalFigure(survey.data, ranking, i18n) : null;
  const summary = national?.summary ?? '';
  const tiedNote = ranking
    .filter((area) => area.tied)
    .map((area) => `${area.label}: ${t.survey.tiedRank(area.rank)}`)
    .join('; ');

  const retryButton = (query: { refetch: () => unknown }) => () => void query.refetch();
  const skeletonHeight = layoutBarRows(PLACEHOLDER_ROWS, {
    width,
    fontSize: fontSizeFor(width),
  }).height;

  let rankingBody;
  if (survey.isPending) {
    rankingBody = <ChartSkeleton height={skeletonHeight} label={t.states.loading} />;
  } else if (survey.isError && !survey.data) {
    rankingBody = (
      <ChartError
        title={t.states.errorTitle}
        message={survey.error.message}
        retryLabel={t.states.retry}
        onRetry={retryButton(survey)}
      />
    );
  } else if (ranking.length === 0) {
    rankingBody = <ChartEmpty>{t.survey.noNationalData}</ChartEmpty>;
  } else {
    rankingBody = (
      <>
        {survey.isError ? <p className="chart-stale">{t.states.staleData}</p> : null}
        <BarRowsChart
          layout={rankingLayout}
          formatValue={i18n.percent}
          valueNote={t.provenance.published.toLocaleLowerCase(i18n.lang)}
          label={t.survey.rankingLabel(`${summary}${tiedNote ? ` ${tiedNote}.` : ''}`)}
        />
        <p className="chart-summary">{summary}</p>
      </>
    );
  }

  const selectedComparisons = comparison?.kind === 'compare' ? comparison.comparisons : [];
  const comparedNames = selectedComparisons.map(({ region }) => i18n.text(region.name)).join(', ');
  const selectedRegion =
    filters.region && regions.data ? findRegion(regions.data.regions, filters.region) : undefined;
  const comparesWithin =
    selectedRegion && !selectedComparisons.some(({ region }) => region.code === selectedRegion.code)
      ? t.survey.compareWithin(i18n.text(selectedRegion.name), comparedNames)
      : null;

  let comparisonBody;
  if (survey.isPending || regions.isPending) {
    comparisonBody = <ChartSkeleton height={skeletonHeight} label={t.states.loading} />;
  } else if (regions.isError && !regions.data) {
    comparisonBody = (
      <ChartError
        title={t.states.errorTitle}
        message={regions.error.message}
        retryLabel={t.states.retry}
        onRetry={retryButton(regions)}
      />
    );
  } else if (!comparison) {
    comparisonBody = null;
  } else if (comparison.kind === 'national') {
    comparisonBody = <ChartEmpty>{t.survey.chooseRegionHint}</ChartEmpty>;
  } else if (comparison.kind === 'no-data') {
    comparisonBody = (
      <ChartEmpty>
        <p>{t.survey.noRegionalData(i18n.text(comparison.region.name))}</p>
        <ul className="inline-list">
          {comparison.regionsWithData.map((region) => (
            <li key={region.code}>
              <button
                type="button"
                className="link-button"
                onClick={() => setFilters({ region: region.code })}
              >
                {i18n.text(region.name)}
              </button>
            </li>
          ))}
        </ul>
      </ChartEmpty>
    );
  } else {
    comparisonBody = comparison.comparisons.map(({ region, areas }) => (
      <ComparisonChart
        key={region.code}
        regionName={i18n.text(region.name)}
        areas={areas}
        width={width}
      />
    ));
  }

  // Without a region chosen the card only asks for one: nothing to show as a table or download.
  const regional =
    survey.data && regions.data && selectedComparisons.length > 0
      ? regionFigure(survey.data, comparison, regions.data.regions, filters.region, i18n)
      : null;

  return (
    <div className="view">
      {only === undefined ? <h1 className="view__title">{t.views.survey}</h1> : null}
      {shows('survey-national') ? (
        <SharedFigure
          data={national ?? undefined}
          title={t.survey.title}
          subtitle={survey.data ? surveySubtitle(survey.data, i18n) : null}
          badge={
            <ProvenanceBadge
              kind="published"
              label={t.provenance.published}
              explanation={t.provenance.publishedExplanation}
            />
          }
          footer={survey.data ? <SourceLine dataset={survey.data} illustrative={false} /> : null}
          crashedMessage={t.states.chartCrashed}
        >
          <div ref={ref} className="chart-body">
            {rankingBody}
          </div>
        </SharedFigure>
      ) : null}
      {shows('survey-region') ? (
        <SharedFigure
          id="survey-region"
          data={regional ?? undefined}
          title={
            comparedNames ? t.survey.compareTitle(comparedNames) : t.survey.compareTitleNoRegion
          }
          subtitle={selectedComparisons.length > 0 ? comparesWithin : null}
          badge={
            selectedComparisons.length > 0 ? (
              <ProvenanceBadge
                kind="illustrative"
                label={t.provenance.illustrative}
                explanation={t.provenance.illustrativeExplanation}
              />
            ) : null
          }
          footer={
            survey.data && selectedComparisons.length > 0 ? (
              <SourceLine dataset={survey.data} illustrative />
            ) : null
          }
          crashedMessage={t.states.chartCrashed}
        >
          <div ref={shows('survey-national') ? undefined : ref} className="chart-body">
            {comparisonBody}
          </div>
        </SharedFigure>
      ) : null}
    </div>
  );
}
