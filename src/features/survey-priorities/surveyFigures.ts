import { palette } from '../../charts/palette';
import type { Region, RegionCode } from '../../data/regionsSchema';
import type { SurveyDataset } from '../../data/surveySchema';
import { filterCaption } from '../../filters/filterCaption';
import { groupedProvenance, provenanceWords } from '../../filters/provenanceWords';
import type { I18n } from '../../i18n/I18nProvider';
import type { FigureData } from '../../share/figureData';
import { compareFigureSummary, nationalSummary } from './surveySummary';
import type { RankedArea, RegionComparison } from './surveySeries';

/** The survey's method in one subtitle: fieldwork, recipients, response rate and respondents. */
export function surveySubtitle(dataset: SurveyDataset, i18n: I18n): string {
  const { method } = dataset;
  return i18n.t.survey.subtitle(
    i18n.month(method.fieldwork.value),
    i18n.integer(method.recipients.value),
    i18n.percent(method.responseRate.value),
    i18n.integer(method.respondents.value),
  );
}

/** The source lines of a survey chart; regional figures add the line that says they are made up. */
export function surveySourceLines(
  dataset: SurveyDataset,
  illustrative: boolean,
  i18n: I18n,
): string[] {
  return [
    ...dataset.sources.map((source) =>
      i18n.t.survey.sourceLine(i18n.text(source.title), source.publisher),
    ),
    ...(illustrative ? [i18n.t.survey.regionalSourceLine] : []),
  ];
}

/** `survey-national`: the 12 areas ranked by national share, as the bar chart shows them. */
export function nationalFigure(
  dataset: SurveyDataset,
  ranking: readonly RankedArea[],
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  return {
    chartId: 'survey-national',
    title: t.survey.title,
    subtitle: surveySubtitle(dataset, i18n),
    filterCaption: filterCaption({ region: null }, undefined, i18n),
    sourceLine: surveySourceLines(dataset, false, i18n).join(' '),
    illustrative: ranking.some((area) => area.provenance.kind === 'illustrative'),
    summary: nationalSummary(ranking, i18n),
    columns: [
      { key: 'rank', label: t.survey.columns.rank, type: 'number' },
      { key: 'area', label: t.survey.columns.area, type: 'text' },
      { key: 'share', label: t.survey.columns.share, type: 'percent' },
    ],
    rows: ranking.map((area) => ({
      key: area.areaId,
      cells: { rank: area.rank, area: area.label, share: area.share },
      provenance: provenanceWords(area.provenance, dataset.sources, i18n),
    })),
  };
}

/** `survey-region`: every compared region's shares beside the national ones, in national order. */
export function regionFigure(
  dataset: SurveyDataset,
  comparison: RegionComparison | null,
  regions: readonly Region[],
  selected: RegionCode | null,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const comparisons = comparison?.kind === 'compare' ? comparison.comparisons : [];
  const names = comparisons.map(({ region }) => i18n.text(region.name)).join(', ');
  const illustrative = comparisons.some(({ areas }) =>
    areas.some((area) => area.regionalProvenance.kind === 'illustrative'),
  );
  return {
    chartId: 'survey-region',
    title: names ? t.survey.compareTitle(names) : t.survey.compareTitleNoRegion,
    filterCaption: filterCaption({ region: selected }, regions, i18n),
    sourceLine: surveySourceLines(dataset, illustrative, i18n).join(' '),
    illustrative,
    summary: comparisons
      .map(({ region, areas }) => compareFigureSummary(i18n.text(region.name), areas, i18n))
      .join(' '),
    columns: [
      { key: 'region', label: t.survey.columns.region, type: 'text' },
      { key: 'area', label: t.survey.columns.area, type: 'text' },
      { key: 'nationalRank', label: t.survey.columns.nationalRank, type: 'number' },
      { key: 'nationalShare', label: t.survey.columns.nationalShare, type: 'percent' },
      { key: 'regionalShare', label: t.survey.columns.regionalShare, type: 'percent' },
      { key: 'regionalRank', label: t.survey.columns.regionalRank, type: 'number' },
    ],
    legend: [
      { mark: '●', color: palette.blue, label: t.survey.compareLegendNational },
      { mark: '◇', color: palette.vermillion, label: t.survey.compareLegendRegion(names) },
      { mark: '▲ ▼ =', color: palette.ink, label: t.survey.rankShift },
    ],
    provenanceGroups: [
      {
        key: 'national',
        label: t.survey.provenanceGroups.national,
        detailLabel: t.survey.provenanceGroups.nationalDetail,
        columns: ['nationalRank', 'nationalShare'],
      },
      {
        key: 'regional',
        label: t.survey.provenanceGroups.regional,
        detailLabel: t.survey.provenanceGroups.regionalDetail,
        columns: ['regionalShare', 'regionalRank'],
      },
    ],
    rows: comparisons.flatMap(({ region, areas }) =>
      areas.map((area) => {
        const national = provenanceWords(area.nationalProvenance, dataset.sources, i18n);
        const regional = provenanceWords(area.regionalProvenance, dataset.sources, i18n);
        return {
          key: `${region.code}/${area.areaId}`,
          cells: {
            region: i18n.text(region.name),
            area: area.label,
            nationalRank: area.nationalRank,
            nationalShare: area.nationalShare,
            regionalShare: area.regionalShare,
            regionalRank: area.regionalRank,
          },
          ...groupedProvenance({ regional, national }),
        };
      }),
    ),
  };
}
