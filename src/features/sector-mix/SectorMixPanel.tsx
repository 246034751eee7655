import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useMemo } from 'react';
import { ChartEmpty, chartLoadState } from '../../charts/ChartStates';
import { PatternSwatch } from '../../charts/patterns';
import { ProvenanceBadge } from '../../charts/ProvenanceBadge';
import { layoutStackedRows } from '../../charts/stackedRowsLayout';
import { layoutTierLinks } from '../../charts/tierLinkLayout';
import { useChartFontSize, useChartSize } from '../../charts/useChartSize';
import type { CollaborationsDataset, GroupId } from '../../data/collaborationsSchema';
import { datasetsStatus } from '../../data/datasetsStatus';
import { collaborationsQuery, regionsQuery } from '../../data/queries';
import { filterCaption } from '../../filters/filterCaption';
import { sharedFilters } from '../../filters/filterSchema';
import { useFilters } from '../../filters/useFilters';
import { useSearchState } from '../../filters/useSearchState';
import { useI18n } from '../../i18n/I18nProvider';
import { SharedFigure } from '../../share/SharedFigure';
import { matrixFigure, sectorSourceLines, summaryFigure, tierFigure } from './sectorFigures';
import { knownSelection, parseSectorSelection, serializeSectorSelection } from './sectorSearch';
import {
  filterExamples,
  INVOLVEMENT_PARTS,
  largestGroupSize,
  matrixSeries,
  selectExamples,
  summarySeries,
  tierSeries,
} from './sectorSeries';
import { SectorMatrix } from './SectorMatrix';
import { sectorStyle } from './sectorStyles';
import { SectorSummaryChart } from './SectorSummaryChart';
import { SectorTierChart } from './SectorTierChart';

const SKELETON_HEIGHT = 360;

function SourceFooter({
  dataset,
  illustrative,
}: {
  dataset: CollaborationsDataset;
  illustrative: boolean;
}) {
  const i18n = useI18n();
  const lines = sectorSourceLines(dataset, illustrative, i18n);
  return (
    <>
      {lines.map((line, index) => (
        <span
          key={line}
          className={
            illustrative && index === lines.length - 1
              ? 'source-line source-line--illustrative'
              : 'source-line'
          }
        >
          {line}
        </span>
      ))}
      <Link
        className="source-line"
        to="/sources"
        hash={dataset.dataset}
        search={(previous: Record<string, unknown>) => sharedFilters(previous)}
      >
        {i18n.t.sources.chartSources}
      </Link>
    </>
  );
}

/** The sector mix view: the published order of sectors, and each (illustrative) example's mix. */
export function SectorMixPanel({ only }: { only?: string } = {}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { filters, setFilters } = useFilters();
  const [urlSelection, setSelection] = useSearchState(
    parseSectorSelection,
    serializeSectorSelection,
  );
  const collaborations = useQuery(collaborationsQuery);
  const regions = useQuery(regionsQuery);
  const { ref, width } = useChartSize();
  const { ref: summaryRef, width: summaryWidth } = useChartSize();
  const formId = useId();
  const fontSizeFor = useChartFontSize();
  const fontSize = fontSizeFor(width);
  const dataset = collaborations.data;
  const selection = useMemo(() => knownSelection(urlSelection, dataset), [urlSelection, dataset]);
  const hasSelection = selection.sector !== null || selection.group !== null;

  useEffect(() => {
    if (!hasSelection) return;
    const clearOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setSelection({ sector: null, group: null });
    };
    document.addEventListener('keydown', clearOnEscape);
    return () => document.removeEventListener('keydown', clearOnEscape);
  }, [hasSelection, setSelection]);

  const tiers = useMemo(() => (dataset ? tierSeries(dataset, lang) : []), [dataset, lang]);
  const tierLayout = useMemo(() => {
    const [left, right] = tiers;
    if (!left || !right) return null;
    return layoutTierLinks(
      { key: left.group, title: left.title, tiers: left.tiers },
      { key: right.group, title: right.title, tiers: right.tiers },
      { width, fontSize },
    );
  }, [tiers, width, fontSize]);

  const filtered = useMemo(
    () =>
      dataset && regions.data
        ? filterExamples(dataset.examples, regions.data.regions, {
            region: filters.region,
            level: filters.level,
            form: selection.form,
          })
        : [],
    [dataset, regions.data, filters.region, filters.level, selection.form],
  );
  const selected = useMemo(() => selectExamples(filtered, selection), [filtered, selection]);
  const summary = useMemo(() => {
    if (!dataset) return [];
    const inGroup = selection.group
      ? filtered.filter((e) => e.group === selection.group)
      : filtered;
    return summarySeries(dataset, inGroup, lang);
  }, [dataset, filtered, selection.group, lang]);
  // The axis keeps the whole dataset's scale under every filter.
  const largestGroup = useMemo(() => largestGroupSize(dataset?.examples ?? []), [dataset]);
  const summaryLayout = useMemo(
    () =>
      layoutStackedRows(
        summary.map((row) => ({
          key: `${row.group}/${row.sector}`,
          label: row.label,
          group: row.group,
          values: row.values,
          total: row.total,
        })),
        INVOLVEMENT_PARTS,
        {
          width: summaryWidth,
          fontSize: fontSizeFor(summaryWidth),
          endLabelChars: Math.max(
            0,
            ...summary.map(
              (row) => t.sectors.ofTotal(row.values.lead + row.values.involved, row.total).length,
            ),
          ),
          maxTotal: largestGroup,
        },
      ),
    [summary, summaryWidth, fontSizeFor, t, largestGroup],
  );
  const matrixRows = useMemo(
    () =>
      dataset && regions.data ? matrixSeries(dataset, regions.data.regions, selected, lang) : [],
    [dataset, regions.data, selected, lang],
  );

  const sectorLabel = (id: string) =>
    dataset?.sectors.find((sector) => sector.id === id)?.label[lang] ?? id;
  const groupTitles = Object.fromEntries(
    (dataset?.groups ?? []).map((group) => [group.id, group.label[lang]]),
  ) as Record<GroupId, string>;
  const toggleSector = (sector: string) =>
    setSelection({ sector: selection.sector === sector ? null : sector });
  const toggleGroup = (group: string) => {
    const next = group === 'sweden' || group === 'international' ? group : null;
    setSelection({ group: selection.group === next ? null : next });
  };

  const shows = (chartId: string) => only === undefined || only === chartId;
  const formLabel = dataset?.forms.find((form) => form.id === selection.form)?.label[lang];
  const captionFor = (count: number) =>
    filterCaption(filters, regions.data?.regions, i18n, {
      extra: [
        formLabel ? `${t.sectors.form}: ${formLabel}` : null,
        selection.sector ? t.sectors.sectorChip(sectorLabel(selection.sector)) : null,
        selection.group ? t.sectors.groupChip(groupTitles[selection.group] ?? '') : null,
      ].filter((part): part is string => part !== null),
      count,
    });
  const tiersFigure = dataset ? tierFigure(dataset, i18n) : undefined;
  const summaryData = dataset
    ? summaryFigure(
        dataset,
        summary,
        captionFor(
          selection.group
            ? filtered.filter((e) => e.group === selection.group).length
            : filtered.length,
        ),
        i18n,
      )
    : undefined;
  const matrixData = dataset
    ? matrixFigure(dataset, matrixRows, selected, captionFor(matrixRows.length), i18n)
    : undefined;
  const tierSummaryText = tiersFigure?.summary ?? '';
  const summaryText = summary
    .map((row) =>
      t.sectors.summaryRow(
        `${groupTitles[row.group]}, ${row.label}`,
        row.values.lead + row.values.involved,
        row.total,
      ),
    )
    .join('; ');

  const status = datasetsStatus([collaborations, regions]);
  const stateBody = (height: number) => chartLoadState(status, height, t.states);
  const emptyBody = (
    <ChartEmpty>
      <p>{t.sectors.noExamples}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setFilters({ region: null, level: null });
          setSelection({ form: null, sector: null, group: null });
        }}
      >
        {t.sectors.clearFilters}
      </button>
    </ChartEmpty>
  );
  const illustrativeBadge = (
    <ProvenanceBadge
      kind="illustrative"
      label={t.provenance.illustrative}
      explanation={t.provenance.illustrativeExplanation}
    />
  );

  return (
    <div className="view">
      {only === undefined ? (
        <>
          <h1 className="view__title">{t.sectors.title}</h1>
          <div className="view-toolbar">
            <div className="view-toolbar__field">
              <label htmlFor={formId}>{t.sectors.form}</label>
              <select
                id={formId}
                value={selection.form ?? ''}
                onChange={(event) => setSelection({ form: event.target.value || null })}
              >
                <option value="">{t.sectors.allForms}</option>
                {dataset?.forms.map((form) => (
                  <option key={form.id} value={form.id}>
                    {form.label[lang]}
                  </option>
                ))}
              </select>
            </div>
            <div className="chips" role="group" aria-label={t.sectors.selection} aria-live="polite">
              {selection.sector ? (
                <button
                  type="button"
                  className="chip"
                  aria-label={t.sectors.removeChip(
                    t.sectors.sectorChip(sectorLabel(selection.sector)),
                  )}
                  onClick={() => setSelection({ sector: null })}
                >
                  {t.sectors.sectorChip(sectorLabel(selection.sector))}{' '}
                  <span aria-hidden="true">✕</span>
                </button>
              ) : null}
              {selection.group ? (
                <button
                  type="button"
                  className="chip"
                  aria-label={t.sectors.removeChip(
                    t.sectors.groupChip(groupTitles[selection.group] ?? ''),
                  )}
                  onClick={() => setSelection({ group: null })}
                >
                  {t.sectors.groupChip(groupTitles[selection.group] ?? selection.group)}{' '}
                  <span aria-hidden="true">✕</span>
                </button>
              ) : null}
              {hasSelection ? <span className="chips__hint">{t.sectors.clearHint}</span> : null}
            </div>
          </div>
        </>
      ) : null}

      {status.refreshFailed ? <p className="chart-stale">{t.states.staleData}</p> : null}
      {shows('sectors-order') ? (
        <SharedFigure
          data={tiersFigure}
          title={t.sectors.tierTitle}
          subtitle={`${t.sectors.tierSubtitle} ${t.sectors.tierFiltersNote}`}
          badge={
            <ProvenanceBadge
              kind="published"
              label={t.provenance.published}
              explanation={t.provenance.publishedExplanation}
            />
          }
          footer={dataset ? <SourceFooter dataset={dataset} illustrative={false} /> : null}
          crashedMessage={t.states.chartCrashed}
        >
          <div ref={ref} className="chart-body">
            {stateBody(SKELETON_HEIGHT) ??
              (tierLayout ? (
                <>
                  <SectorTierChart
                    layout={tierLayout}
                    label={t.sectors.tierLabel(tierSummaryText)}
                    tierNames={[t.sectors.tierMostCommon, t.sectors.tierThen]}
                    selectedSector={selection.sector}
                    selectedGroup={selection.group}
                    onSelectSector={toggleSector}
                    onSelectGroup={toggleGroup}
                  />
                  <p className="chart-summary">{tierSummaryText}</p>
                  {only === undefined ? (
                    <>
                      <div
                        className="toggle-row"
                        role="group"
                        aria-label={t.sectors.filterBySector}
                      >
                        <span className="toggle-row__label" aria-hidden="true">
                          {t.sectors.filterBySector}:
                        </span>
                        {dataset?.sectors.map((sector) => (
                          <button
                            key={sector.id}
                            type="button"
                            className="toggle"
                            aria-pressed={selection.sector === sector.id}
                            onClick={() => toggleSector(sector.id)}
                          >
                            <PatternSwatch
                              id={`legend-${sector.id}`}
                              style={sectorStyle(sector.id)}
                            />
                            {sector.label[lang]}
                          </button>
                        ))}
                      </div>
                      <div className="toggle-row" role="group" aria-label={t.sectors.filterByGroup}>
                        <span className="toggle-row__label" aria-hidden="true">
                          {t.sectors.filterByGroup}:
                        </span>
                        {dataset?.groups.map((group) => (
                          <button
                            key={group.id}
                            type="button"
                            className="toggle"
                            aria-pressed={selection.group === group.id}
                            onClick={() => toggleGroup(group.id)}
                          >
                            {group.label[lang]}
                          </button>
                        ))}
                      </div>
                    </>
                  ) : null}
                </>
              ) : null)}
          </div>
        </SharedFigure>
      ) : null}

      <div className="figure-grid">
        {shows('sectors-summary') ? (
          <SharedFigure
            data={summaryData}
            title={t.sectors.summaryTitle}
            badge={illustrativeBadge}
            footer={dataset ? <SourceFooter dataset={dataset} illustrative /> : null}
            crashedMessage={t.states.chartCrashed}
          >
            <div ref={summaryRef} className="chart-body">
              {stateBody(SKELETON_HEIGHT) ??
                (summary.length === 0 ? (
                  emptyBody
                ) : (
                  <>
                    <ul className="chart-legend">
                      {INVOLVEMENT_PARTS.map((part) => (
                        <li key={part} className={`involvement-legend involvement-legend--${part}`}>
                          <span aria-hidden="true" className="involvement-legend__mark" />
                          {t.sectors.involvement[part]}
                        </li>
                      ))}
                    </ul>
                    <SectorSummaryChart
                      layout={summaryLayout}
                      label={t.sectors.summaryLabel(
                        `${summaryData?.summary ?? ''} ${summaryText}.`,
                      )}
                      groupTitles={groupTitles}
                      endLabel={t.sectors.ofTotal}
                      selectedSector={selection.sector}
                      onSelectSector={toggleSector}
                      onSelectGroup={toggleGroup}
                    />
                    <p className="chart-summary">{summaryData?.summary}</p>
                  </>
                ))}
            </div>
          </SharedFigure>
        ) : null}
        {shows('sectors-matrix') ? (
          <SharedFigure
            data={matrixData}
            title={t.sectors.matrixTitle}
            subtitle={
              dataset ? t.sectors.matrixSubtitle(matrixRows.length, dataset.examples.length) : null
            }
            badge={illustrativeBadge}
            footer={dataset ? <SourceFooter dataset={dataset} illustrative /> : null}
            crashedMessage={t.states.chartCrashed}
          >
            <div className="chart-body">
              {stateBody(SKELETON_HEIGHT) ??
                (matrixRows.length === 0 ? (
                  emptyBody
                ) : (
                  <>
                    <SectorMatrix
                      rows={matrixRows}
                      sectors={(dataset?.sectors ?? []).map((sector) => ({
                        id: sector.id,
                        label: sector.label[lang],
                      }))}
                      groupTitles={groupTitles}
                      caption={t.sectors.matrixCaption}
                      exampleHeading={t.sectors.example}
                      involvementLabels={t.sectors.involvement}
                      selectedSector={selection.sector}
                      selectedGroup={selection.group}
                      onSelectSector={toggleSector}
                      onSelectGroup={toggleGroup}
                    />
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
