import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { ChartEmpty, chartLoadState } from '../../charts/ChartStates';
import { RunningCountChart } from '../../charts/RunningCountChart';
import { layoutRunningCount } from '../../charts/runningCountLayout';
import { PeriodLegend, TimelineChart } from '../../charts/TimelineChart';
import { layoutTileGrid } from '../../charts/tileGridLayout';
import { periodKinds } from '../../charts/periodKinds';
import { layoutTimeline } from '../../charts/timelineLayout';
import { useChartFontSize, useChartSize } from '../../charts/useChartSize';
import { FUNDS, PROGRAMME_AREAS } from '../../data/projectCodes';
import { columnsOf } from '../../data/projectColumns';
import { datasetsStatus } from '../../data/datasetsStatus';
import { projectsQuery, regionsQuery } from '../../data/queries';
import { filterCaption } from '../../filters/filterCaption';
import { sharedFilters } from '../../filters/filterSchema';
import { useFilters } from '../../filters/useFilters';
import { useCurrentSearch, useSearchState } from '../../filters/useSearchState';
import { useI18n } from '../../i18n/I18nProvider';
import { SharedFigure } from '../../share/SharedFigure';
import type { ProvenanceKind } from '../../data/provenanceSchema';
import {
  mapCountsKind,
  mapCountsLine,
  mapFigure,
  tableFigure,
  timelineFigure,
} from './projectFigures';
import { ProvenanceMark } from './ProvenanceMark';
import { ProjectList } from './ProjectList';
import {
  matchProjects,
  projectRowAt,
  publishedCount,
  rowsOnDemand,
  sortProjectRows,
} from './projectTable';
import { projectTimelineSeries, TIMELINE_BAR_LIMIT, type RunningMonth } from './projectTimeline';
import {
  MAX_QUERY_LENGTH,
  parseProjectsSearch,
  serializeProjectsSearch,
  type ProjectTableFilters,
  type SortColumn,
} from './projectsSearch';
import { busiestTiles, REGION_TILE_POSITIONS, regionTileSeries } from './regionTiles';
import { RegionTileMap } from './RegionTileMap';
import { useSearchDraft } from './useSearchDraft';
import './projectsPanel.css';

/** Skeleton sizes that match the bundled dataset (40 projects, 38 of them dated). */
const TABLE_SKELETON_HEIGHT = 2600;
const TIMELINE_SKELETON_ROWS = 38;
const MAP_SUMMARY_HEIGHT = 72;
/** Below this width the timeline labels its bars by case number: names would be cut short. */
const SHORT_LABEL_WIDTH = 560;
/** At the default 14 px text; tiles grow with the text on a projector. */
const MAX_TILE_SIZE = 128;
const TILE_TEXT_SIZE = 14;
const TILE_GAP = 6;
const NO_ROWS = new Int32Array(0);

function nextMonth(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
}

/** The project explorer: a searchable, sortable list, a tile map of the ESF regions and a timeline. */
export function ProjectsPanel({ only }: { only?: string } = {}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { filters, setFilters } = useFilters();
  const currentSearch = useCurrentSearch();
  const [search, setSearch] = useSearchState(parseProjectsSearch, serializeProjectsSearch);
  const projects = useQuery(projectsQuery);
  const regions = useQuery(regionsQuery);
  const { ref: mapRef, width: mapWidth } = useChartSize();
  const { ref: timelineRef, width: timelineWidth } = useChartSize();
  const fontSizeFor = useChartFontSize();
  const [queryText, changeQuery] = useSearchDraft(search.query, (query) =>
    setSearch({ query }, { replace: true }),
  );
  const searchId = useId();
  const areaId = useId();
  const fundId = useId();
  const nationalId = useId();
  const dataset = projects.data;
  const regionList = regions.data?.regions;

  const tableFilters: ProjectTableFilters = useMemo(
    () => ({
      query: search.query,
      area: search.area,
      fund: search.fund,
      region: filters.region,
      level: filters.level,
      nationalEverywhere: search.nationalEverywhere,
    }),
    [search, filters.region, filters.level],
  );
  const matches = useMemo(
    () => (dataset && regionList ? matchProjects(dataset, regionList, tableFilters) : null),
    [dataset, regionList, tableFilters],
  );
  const rows = useMemo(
    () =>
      dataset && regionList && matches
        ? sortProjectRows(dataset, regionList, matches.rows, search.sort, search.direction, lang)
        : NO_ROWS,
    [dataset, regionList, matches, search.sort, search.direction, lang],
  );
  const rowAt = useMemo(
    () =>
      rowsOnDemand((index) => {
        if (!dataset || !regionList) throw new Error('no projects to show');
        return projectRowAt(dataset, regionList, rows[index]!, lang);
      }),
    [dataset, regionList, rows, lang],
  );
  const matchingOutsideRegion = matches?.outsideRegion ?? 0;
  const tiles = useMemo(
    () =>
      matches && regionList
        ? regionTileSeries(matches.perRegion, regionList, {
            nationalEverywhere: search.nationalEverywhere,
            lang,
          })
        : [],
    [matches, regionList, search.nationalEverywhere, lang],
  );
  const tileLayout = useMemo(
    () =>
      layoutTileGrid(tiles.length > 0 ? tiles : REGION_TILE_POSITIONS, {
        width: mapWidth,
        maxTileSize:
          (MAX_TILE_SIZE * Math.max(TILE_TEXT_SIZE, fontSizeFor(mapWidth))) / TILE_TEXT_SIZE,
        gap: TILE_GAP,
      }),
    [tiles, mapWidth, fontSizeFor],
  );
  const shortTimelineLabels = timelineWidth < SHORT_LABEL_WIDTH;
  const timeline = useMemo(
    () =>
      dataset && regionList && matches
        ? projectTimelineSeries(dataset, regionList, matches.rows, lang, {
            shortLabels: shortTimelineLabels,
          })
        : null,
    [dataset, regionList, matches, lang, shortTimelineLabels],
  );
  const timelineFontSize = fontSizeFor(timelineWidth);
  const timelineLayout = useMemo(
    () =>
      layoutTimeline(timeline?.items ?? [], { width: timelineWidth, fontSize: timelineFontSize }),
    [timeline, timelineWidth, timelineFontSize],
  );
  const runningLayout = useMemo(
    () =>
      timeline && timeline.months.length > 0 && timeline.last !== null
        ? layoutRunningCount(
            timeline.months.map((period) => ({ start: period.month, count: period.running })),
            {
              width: timelineWidth,
              fontSize: timelineFontSize,
              end: nextMonth(timeline.months.at(-1)!.month),
              yTickLabel: i18n.integer,
            },
          )
        : null,
    [timeline, timelineWidth, timelineFontSize, i18n.integer],
  );

  const monthName = (month: Date) => i18n.month(month.toISOString().slice(0, 7));
  const areaLabels = Object.fromEntries(
    (dataset?.programmeAreas ?? []).map((area) => [area.id, i18n.text(area.label)]),
  );
  const toggleRegion = (region: string) =>
    setFilters({ region: filters.region === region ? null : region });
  const sortBy = (column: SortColumn) =>
    setSearch({
      sort: column,
      direction: column === search.sort && search.direction === 'asc' ? 'desc' : 'asc',
    });
  const hasFilters =
    search.query !== '' ||
    search.area !== null ||
    search.fund !== null ||
    filters.region !== null ||
    filters.level !== null;
  const clearAll = () => {
    setSearch({ query: '', area: null, fund: null });
    setFilters({ region: null, level: null });
  };

  const status = datasetsStatus([projects, regions]);
  const stateBody = (height: number) => chartLoadState(status, height, t.states);
  const emptyBody = (
    <ChartEmpty>
      <p>{t.projects.noProjects}</p>
      <button type="button" className="button" onClick={clearAll}>
        {t.projects.clearAll}
      </button>
    </ChartEmpty>
  );
  const badge = (kind: ProvenanceKind, partly = false) => (
    <ProvenanceMark
      kind={kind}
      partly={partly}
      explanations={{
        derived: t.projects.derivedExplanation,
        illustrative: t.provenance.illustrativeExplanation,
      }}
    />
  );
  const sourceLine = (
    <>
      <span className="source-line source-line--illustrative">{t.projects.tableSourceLine}</span>
      <Link
        className="source-line"
        to="/sources"
        hash={dataset?.dataset ?? 'projects'}
        search={sharedFilters(currentSearch)}
      >
        {t.sources.chartSources}
      </Link>
    </>
  );

  const total = dataset ? columnsOf(dataset).rowCount : 0;
  const busiest = busiestTiles(tiles);
  const mapSummary =
    busiest[0] === undefined
      ? t.projects.mapSummaryNone
      : t.projects.mapSummary(
          i18n.list(busiest.map((tile) => tile.name)),
          busiest[0].count,
          matchingOutsideRegion,
          busiest.length > 1,
        );
  const peak = timeline?.months.reduce<RunningMonth | null>(
    (most, period) => (most === null || period.running > most.running ? period : most),
    null,
  );
  const timelineSummary =
    timeline && timeline.first !== null && timeline.last !== null
      ? [
          t.projects.timelineLabel(
            timeline.dated,
            i18n.date(timeline.first),
            i18n.date(timeline.last),
          ),
          peak ? t.projects.runningPeak(peak.running, monthName(peak.month)) : null,
        ]
          .filter((part) => part !== null)
          .join(' ')
      : null;
  const undatedNote =
    timeline === null || timeline.undatedCount === 0
      ? null
      : timeline.undated.length > 0
        ? t.projects.undated(timeline.undated.join(', '))
        : t.projects.undatedCount(timeline.undatedCount);
  const shows = (chartId: string) => only === undefined || only === chartId;
  const captionFor = (region: string | null, count: number) =>
    filterCaption({ region, level: filters.level }, regionList, i18n, {
      extra: [
        search.query ? `${t.projects.search}: “${search.query}”` : null,
        search.area ? `${t.projects.programmeArea}: ${search.area}` : null,
        search.fund ? `${t.projects.fund}: ${search.fund}` : null,
        search.nationalEverywhere ? t.projects.nationalEverywhere : null,
      ].filter((part): part is string => part !== null),
      count,
    });
  const mapKind = matches ? mapCountsKind(matches) : 'illustrative';
  const mapData = mapFigure(
    tiles,
    mapKind,
    captionFor(null, matchingOutsideRegion),
    mapSummary,
    i18n,
  );
  // The most cautious of the bars' kinds (periodKinds orders them published to illustrative).
  const timelineKind: ProvenanceKind =
    (timeline?.months.length === 0 ? periodKinds(timeline.items).at(-1) : undefined) ??
    'illustrative';
  const timelineData =
    dataset && timeline
      ? timelineFigure(
          dataset,
          timeline,
          captionFor(filters.region, rows.length),
          timelineSummary ?? '',
          i18n,
        )
      : undefined;
  // Every project's result levels are made up; a published record's other fields are not.
  const publishedShown = useMemo(
    () => (dataset ? publishedCount(dataset, rows) : 0),
    [dataset, rows],
  );
  const tableData = dataset
    ? tableFigure(dataset, rows, rowAt, captionFor(filters.region, rows.length), i18n)
    : undefined;

  // The chart's rows and axis, and about four lines of summary under it.
  const timelineSkeletonHeight = timelineFontSize * (6.5 + 1.5 * TIMELINE_SKELETON_ROWS);

  return (
    <div className="view">
      {only === undefined ? (
        <>
          <h1 className="view__title">{t.projects.title}</h1>
          <div className="view-toolbar projects-toolbar">
            <div className="view-toolbar__field projects-toolbar__search">
              <label htmlFor={searchId}>{t.projects.search}</label>
              <input
                id={searchId}
                type="search"
                value={queryText}
                maxLength={MAX_QUERY_LENGTH}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => changeQuery(event.target.value)}
              />
            </div>
            <div className="view-toolbar__field">
              <label htmlFor={areaId}>{t.projects.programmeArea}</label>
              <select
                id={areaId}
                value={search.area ?? ''}
                onChange={(event) =>
                  setSearch({
                    area: PROGRAMME_AREAS.find((area) => area === event.target.value) ?? null,
                  })
                }
              >
                <option value="">{t.projects.allAreas}</option>
                {PROGRAMME_AREAS.map((area) => (
                  <option key={area} value={area}>
                    {areaLabels[area] ? `${area} – ${areaLabels[area]}` : area}
                  </option>
                ))}
              </select>
            </div>
            <div className="view-toolbar__field">
              <label htmlFor={fundId}>{t.projects.fund}</label>
              <select
                id={fundId}
                value={search.fund ?? ''}
                onChange={(event) =>
                  setSearch({ fund: FUNDS.find((fund) => fund === event.target.value) ?? null })
                }
              >
                <option value="">{t.projects.allFunds}</option>
                {FUNDS.map((fund) => (
                  <option key={fund} value={fund}>
                    {fund}
                  </option>
                ))}
              </select>
            </div>
            <div className="projects-toolbar__check">
              <input
                id={nationalId}
                type="checkbox"
                checked={search.nationalEverywhere}
                onChange={(event) => setSearch({ nationalEverywhere: event.target.checked })}
              />
              <label htmlFor={nationalId}>{t.projects.nationalEverywhere}</label>
            </div>
            {hasFilters ? (
              <button
                type="button"
                className="link-button projects-toolbar__clear"
                onClick={clearAll}
              >
                {t.projects.clearAll}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {status.refreshFailed ? <p className="chart-stale">{t.states.staleData}</p> : null}

      <div className="projects-charts">
        {shows('projects-map') ? (
          <SharedFigure
            data={dataset ? mapData : undefined}
            title={t.projects.mapTitle}
            subtitle={t.projects.mapHint}
            badge={badge(mapKind)}
            footer={
              <>
                <span className={`source-line source-line--${mapKind}`}>
                  {mapCountsLine(mapKind, i18n)}
                </span>
                {sourceLine}
              </>
            }
            crashedMessage={t.states.chartCrashed}
          >
            <div ref={mapRef} className="chart-body">
              {stateBody(tileLayout.height + MAP_SUMMARY_HEIGHT) ?? (
                <>
                  <RegionTileMap
                    layout={tileLayout}
                    tiles={tiles}
                    selectedRegion={filters.region}
                    label={t.projects.mapTitle}
                    tileLabel={t.projects.mapLabel}
                    formatCount={i18n.integer}
                    onToggleRegion={toggleRegion}
                  />
                  <p className="chart-summary">{mapSummary}</p>
                </>
              )}
            </div>
          </SharedFigure>
        ) : null}
        {shows('projects-timeline') ? (
          <SharedFigure
            data={timelineData}
            title={t.projects.timelineTitle}
            subtitle={
              timeline && timeline.months.length > 0
                ? t.projects.runningHint(TIMELINE_BAR_LIMIT)
                : undefined
            }
            badge={badge(timelineKind)}
            footer={sourceLine}
            crashedMessage={t.states.chartCrashed}
          >
            <div ref={timelineRef} className="chart-body projects-timeline">
              {stateBody(timelineSkeletonHeight) ??
                (rows.length === 0 ? (
                  emptyBody
                ) : (
                  <>
                    {timelineSummary !== null ? (
                      <>
                        {runningLayout && timeline ? (
                          <RunningCountChart
                            layout={runningLayout}
                            label={timelineSummary}
                            formatTick={i18n.year}
                            formatCount={i18n.integer}
                            describePeriod={(index) => {
                              const period = timeline.months[index]!;
                              return t.projects.runningMonth(
                                monthName(period.month),
                                period.running,
                                period.starting,
                              );
                            }}
                          />
                        ) : (
                          <>
                            <TimelineChart
                              layout={timelineLayout}
                              label={timelineSummary}
                              formatTick={i18n.year}
                              describeItem={(item) =>
                                t.projects.timelineItem(
                                  item.label,
                                  i18n.year(item.start),
                                  i18n.year(item.end),
                                  t.projects.periodKinds[item.provenance ?? 'illustrative'],
                                )
                              }
                            />
                            <PeriodLegend
                              kinds={periodKinds(timelineLayout.items)}
                              labels={t.projects.periodKinds}
                              label={t.projects.periodLegend}
                            />
                          </>
                        )}
                        <p className="chart-summary">{timelineSummary}</p>
                      </>
                    ) : null}
                    {undatedNote !== null ? (
                      <p className="chart-summary projects-undated">{undatedNote}</p>
                    ) : null}
                  </>
                ))}
            </div>
          </SharedFigure>
        ) : null}
      </div>

      {shows('projects-table') ? (
        <SharedFigure
          data={tableData}
          title={t.projects.tableTitle}
          badge={badge('illustrative', publishedShown > 0)}
          footer={sourceLine}
          crashedMessage={t.states.chartCrashed}
        >
          <div className="chart-body">
            {stateBody(TABLE_SKELETON_HEIGHT) ??
              (rows.length === 0 ? (
                emptyBody
              ) : (
                <ProjectList
                  rowCount={rows.length}
                  rowAt={rowAt}
                  caption={t.projects.tableCaption(rows.length, total)}
                  sort={search.sort}
                  direction={search.direction}
                  areaLabels={areaLabels}
                  onSort={sortBy}
                />
              ))}
            {rows.length > 0 ? <p className="chart-summary">{tableData?.summary}</p> : null}
          </div>
        </SharedFigure>
      ) : null}
    </div>
  );
}
