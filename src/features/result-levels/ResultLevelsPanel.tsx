import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { BarRowsChart } from '../../charts/BarRowsChart';
import { layoutBarRows, type BarRow } from '../../charts/barRowsLayout';
import { ChartEmpty, chartLoadState } from '../../charts/ChartStates';
import { ProvenanceBadge } from '../../charts/ProvenanceBadge';
import { useChartFontSize, useChartSize } from '../../charts/useChartSize';
import { columnsOf } from '../../data/projectColumns';
import type { ProjectsDataset } from '../../data/projectsSchema';
import { ESF_NATIONAL_CODE } from '../../data/projectFilters';
import { datasetsStatus } from '../../data/datasetsStatus';
import { projectsQuery, regionsQuery } from '../../data/queries';
import { findRegion } from '../../data/regionTree';
import { RESULT_LEVELS } from '../../data/resultLevels';
import { filterCaption } from '../../filters/filterCaption';
import { sharedFilters } from '../../filters/filterSchema';
import { useFilters } from '../../filters/useFilters';
import { useCurrentSearch, useSearchState } from '../../filters/useSearchState';
import { useI18n } from '../../i18n/I18nProvider';
import { SharedFigure } from '../../share/SharedFigure';
import {
  countsFigure,
  resultMatrixFigure,
  resultSourceLines,
  resultTotalsFigure,
} from './resultFigures';
import { LevelDefinitionTip } from './LevelDefinitionTip';
import { ResultMatrix, ResultTotalsMatrix } from './ResultMatrix';
import {
  levelCounts,
  resultMatrixGroups,
  resultMatrixTotals,
  shownProjects,
  tallyResults,
} from './resultSeries';
import { LEVEL_MODES, parseResultsSearch, serializeResultsSearch } from './resultsSearch';
import { countsDetails, countsSummary, midSentence } from './resultSummary';
import './resultLevels.css';

const COUNTS_PLACEHOLDER: BarRow[] = RESULT_LEVELS.map((level) => ({
  key: level,
  label: 'Organisation level',
  value: 0,
}));
/** Room for the summary and the definitions under the bars. */
const COUNTS_TEXT_HEIGHT = 240;
/** More projects than this are shown as totals per group: a row each would not be read. */
const MATRIX_ROW_LIMIT = 500;
/** About the height of the bundled 40 projects in their 9 groups. */
const MATRIX_SKELETON_HEIGHT = 2500;

function SourceFooter({ dataset }: { dataset: ProjectsDataset }) {
  const i18n = useI18n();
  const currentSearch = useCurrentSearch();
  const lines = resultSourceLines(dataset, i18n);
  return (
    <>
      {lines.map((line, index) => (
        <span
          key={line}
          className={
            index === lines.length - 1 ? 'source-line source-line--illustrative' : 'source-line'
          }
        >
          {line}
        </span>
      ))}
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

/** The result-levels view: which projects report results at which level, and how many per level. */
export function ResultLevelsPanel({ only }: { only?: string } = {}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { filters, setFilters } = useFilters();
  const [search, setSearch] = useSearchState(parseResultsSearch, serializeResultsSearch);
  const projects = useQuery(projectsQuery);
  const regions = useQuery(regionsQuery);
  const { ref: countsRef, width: countsWidth } = useChartSize();
  const fontSizeFor = useChartFontSize();
  const modeName = useId();
  const modeHintId = useId();
  const nationalHintId = useId();
  const definitionsId = useId();

  const dataset = projects.data;
  const regionList = regions.data?.regions;
  const shows = (chartId: string) => only === undefined || only === chartId;
  const tally = useMemo(
    () =>
      dataset && regionList
        ? tallyResults(dataset, regionList, {
            region: filters.region,
            level: filters.level,
            levelMode: search.levelMode,
            nationalEverywhere: search.nationalEverywhere,
          })
        : null,
    [dataset, regionList, filters.region, filters.level, search],
  );
  const counts = useMemo(
    () => (dataset ? levelCounts(dataset, tally?.perLevel ?? [], lang) : []),
    [dataset, tally, lang],
  );
  const drawsMatrix = shows('results-matrix');
  const listsProjects = tally !== null && tally.shown.total <= MATRIX_ROW_LIMIT;
  const groups = useMemo(
    () =>
      drawsMatrix && listsProjects && dataset && tally && regionList
        ? resultMatrixGroups(
            shownProjects(dataset, tally),
            regionList,
            lang,
            t.results.nationalGroup,
          )
        : [],
    [drawsMatrix, listsProjects, dataset, tally, regionList, lang, t],
  );
  const totals = useMemo(
    () =>
      drawsMatrix && !listsProjects && dataset && tally && regionList
        ? resultMatrixTotals(dataset, regionList, tally.shown, lang, t.results.nationalGroup)
        : [],
    [drawsMatrix, listsProjects, dataset, tally, regionList, lang, t],
  );
  const total = tally?.inRegion ?? 0;
  const fontSize = fontSizeFor(countsWidth);
  const countsLayout = useMemo(
    () =>
      layoutBarRows(
        counts.map((entry) => ({
          key: entry.level,
          label: entry.label,
          value: entry.count,
          prefix: entry.level === filters.level ? '▶' : undefined,
        })),
        { width: countsWidth, fontSize, maxValue: total },
      ),
    [counts, filters.level, countsWidth, fontSize, total],
  );

  const chosen = counts.find((entry) => entry.level === filters.level) ?? null;
  const region = filters.region && regionList ? findRegion(regionList, filters.region) : undefined;
  const place = region ? i18n.text(region.name) : t.results.wholeCountry;
  const nationalCounted =
    search.nationalEverywhere && region !== undefined && region.code !== ESF_NATIONAL_CODE;
  const summary = countsSummary(counts, total, i18n);

  const levelNote = !chosen
    ? null
    : search.levelMode === 'narrow'
      ? t.results.narrowNote(midSentence(chosen.label, i18n))
      : t.results.highlightNote(chosen.label, chosen.count, total);
  const matrixSubtitle =
    dataset && tally
      ? [
          t.results.matrixSubtitle(tally.shown.total, columnsOf(dataset).rowCount),
          levelNote,
          listsProjects ? null : t.results.totalsNote(MATRIX_ROW_LIMIT),
        ]
          .filter(Boolean)
          .join(' ')
      : null;
  const countsSubtitle =
    total > 0
      ? [
          t.results.countsSubtitle(t.results.countLabel(total), place),
          nationalCounted ? t.results.nationalIncluded : null,
        ]
          .filter(Boolean)
          .join(' ')
      : null;

  const captionFor = (count: number) =>
    filterCaption(filters, regionList, i18n, {
      extra: [
        filters.level ? t.results.levelModes[search.levelMode] : null,
        nationalCounted ? t.results.nationalIncluded : null,
      ].filter((part): part is string => part !== null),
      count,
    });
  const countsData = dataset
    ? countsFigure(dataset, counts, total, captionFor(total), countsSubtitle, i18n)
    : undefined;
  const matrixCaption = tally ? captionFor(tally.shown.total) : '';
  const matrixData =
    dataset && tally && drawsMatrix
      ? listsProjects
        ? resultMatrixFigure(dataset, groups, counts, matrixCaption, matrixSubtitle, i18n)
        : resultTotalsFigure(dataset, totals, counts, matrixCaption, matrixSubtitle, i18n)
      : undefined;

  const status = datasetsStatus([projects, regions]);
  const stateBody = (height: number) => chartLoadState(status, height, t.states);
  const emptyBody = (
    <ChartEmpty>
      <p>{t.results.noProjects}</p>
      <button
        type="button"
        className="button"
        onClick={() => setFilters({ region: null, level: null })}
      >
        {t.results.clearFilters}
      </button>
    </ChartEmpty>
  );
  const staleNote = status.refreshFailed ? (
    <p className="chart-stale">{t.states.staleData}</p>
  ) : null;
  const illustrativeBadge = (
    <ProvenanceBadge
      kind="illustrative"
      label={t.provenance.illustrative}
      explanation={t.provenance.illustrativeExplanation}
    />
  );
  const footer = dataset ? <SourceFooter dataset={dataset} /> : null;
  const countsSkeletonHeight =
    layoutBarRows(COUNTS_PLACEHOLDER, { width: countsWidth, fontSize }).height + COUNTS_TEXT_HEIGHT;

  return (
    <div className="view result-levels">
      {only === undefined ? (
        <>
          <h1 className="view__title">{t.results.title}</h1>
          <div className="view-toolbar result-levels__toolbar">
            <fieldset
              className="result-levels__mode"
              aria-describedby={filters.level ? undefined : modeHintId}
            >
              <legend>{t.results.levelMode}</legend>
              <div className="result-levels__options">
                {LEVEL_MODES.map((mode) => (
                  <label key={mode} className="result-levels__option">
                    <input
                      type="radio"
                      name={modeName}
                      value={mode}
                      checked={search.levelMode === mode}
                      onChange={() => setSearch({ levelMode: mode })}
                    />
                    {t.results.levelModes[mode]}
                  </label>
                ))}
              </div>
              {filters.level ? null : (
                <p id={modeHintId} className="result-levels__hint">
                  {t.results.levelModeHint}
                </p>
              )}
            </fieldset>
            <div className="result-levels__national">
              <label className="result-levels__option">
                <input
                  type="checkbox"
                  checked={search.nationalEverywhere}
                  aria-describedby={filters.region ? undefined : nationalHintId}
                  onChange={(event) => setSearch({ nationalEverywhere: event.target.checked })}
                />
                {t.results.nationalEverywhere}
              </label>
              {filters.region ? null : (
                <p id={nationalHintId} className="result-levels__hint">
                  {t.results.nationalEverywhereHint}
                </p>
              )}
            </div>
          </div>
        </>
      ) : null}

      <div className="result-levels__layout">
        {shows('results-counts') ? (
          <SharedFigure
            data={countsData}
            title={t.results.countsTitle}
            subtitle={countsSubtitle}
            badge={illustrativeBadge}
            footer={footer}
            crashedMessage={t.states.chartCrashed}
          >
            <div ref={countsRef} className="chart-body">
              {stateBody(countsSkeletonHeight) ??
                (total === 0 ? (
                  emptyBody
                ) : (
                  <>
                    {staleNote}
                    <div className="result-counts" data-chosen={filters.level ?? undefined}>
                      <BarRowsChart
                        layout={countsLayout}
                        formatValue={i18n.integer}
                        valueNote={t.provenance.illustrative.toLocaleLowerCase(lang)}
                        label={t.results.countsLabel(
                          `${summary} ${countsDetails(counts, total, i18n)}`,
                        )}
                      />
                    </div>
                    <p className="chart-summary">{summary}</p>
                    <div className="result-levels__definitions">
                      <span id={definitionsId} className="result-levels__definitions-label">
                        {t.results.definitionsLegend}
                      </span>
                      <ul className="chart-legend" aria-labelledby={definitionsId}>
                        {counts.map((entry) => (
                          <li key={entry.level}>
                            <LevelDefinitionTip
                              level={entry}
                              chosen={entry.level === filters.level}
                            />
                          </li>
                        ))}
                      </ul>
                    </div>
                  </>
                ))}
            </div>
          </SharedFigure>
        ) : null}
        {shows('results-matrix') ? (
          <SharedFigure
            data={matrixData}
            title={t.results.matrixTitle}
            subtitle={matrixSubtitle}
            badge={illustrativeBadge}
            footer={footer}
            crashedMessage={t.states.chartCrashed}
          >
            <div className="chart-body">
              {stateBody(MATRIX_SKELETON_HEIGHT) ??
                (tally?.shown.total === 0 ? (
                  emptyBody
                ) : (
                  <>
                    {staleNote}
                    {listsProjects ? (
                      <ResultMatrix
                        groups={groups}
                        levels={counts}
                        chosenLevel={filters.level}
                        highlightRows={search.levelMode === 'highlight'}
                      />
                    ) : (
                      <ResultTotalsMatrix
                        totals={totals}
                        levels={counts}
                        chosenLevel={filters.level}
                      />
                    )}
                    <p className="chart-summary">{matrixData?.summary}</p>
                  </>
                ))}
            </div>
          </SharedFigure>
        ) : null}
      </div>
    </div>
  );
}
