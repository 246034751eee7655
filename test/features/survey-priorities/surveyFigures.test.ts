import { describe, expect, it } from 'vitest';
import regionsFile from '../../../public/data/regions.json';
import surveyFile from '../../../public/data/survey-2019.json';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import { surveyDatasetSchema } from '../../../src/data/surveySchema';
import {
  nationalFigure,
  regionFigure,
} from '../../../src/features/survey-priorities/surveyFigures';
import {
  nationalRanking,
  regionComparison,
} from '../../../src/features/survey-priorities/surveySeries';
import { compareFigureSummary } from '../../../src/features/survey-priorities/surveySummary';
import { createI18n } from '../../../src/i18n/I18nProvider';

const survey = surveyDatasetSchema.parse(surveyFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const en = createI18n('en');
const sv = createI18n('sv');

describe('nationalFigure', () => {
  const figure = nationalFigure(survey, nationalRanking(survey, 'en'), en);

  it('has the 12 areas in the chart’s order with rank, name and share as numbers', () => {
    expect(figure.chartId).toBe('survey-national');
    expect(figure.columns.map((column) => [column.key, column.type])).toEqual([
      ['rank', 'number'],
      ['area', 'text'],
      ['share', 'percent'],
    ]);
    expect(figure.rows).toHaveLength(12);
    expect(figure.rows[0]?.cells).toEqual({
      rank: 1,
      area: 'Cross-sector collaboration',
      share: 15,
    });
    expect(figure.rows.slice(4, 6).map((row) => row.cells.rank)).toEqual([5, 5]);
  });

  it('cites the published source and locator on every row and is not illustrative', () => {
    expect(figure.illustrative).toBe(false);
    expect(figure.rows.every((row) => row.provenance.kind === 'published')).toBe(true);
    expect(figure.rows[0]?.provenance.detail).toContain('“Tvärsektoriell samverkan 15%”');
    expect(figure.rows[0]?.provenance.detail).toContain('Social innovation in focus');
    expect(figure.sourceLine).toContain('Mötesplats Social Innovation (MSI)');
    expect(figure.sourceLine).not.toContain('illustrative');
  });

  it('summarises the top two areas and names the filters', () => {
    expect(figure.summary).toBe(
      'Cross-sector collaboration is the top priority nationally at 15%, followed by co-creation and citizen involvement at 13%.',
    );
    expect(figure.filterCaption).toBe('Region: All of Sweden');
    expect(figure.subtitle).toContain('253 recipients');
  });
});

describe('regionFigure', () => {
  it('compares each region within the selection, marked illustrative, in national order', () => {
    const comparison = regionComparison(survey, regions, 'SE-AB', 'en');
    const figure = regionFigure(survey, comparison, regions, 'SE-AB', en);
    expect(figure.chartId).toBe('survey-region');
    expect(figure.illustrative).toBe(true);
    expect(figure.rows).toHaveLength(12);
    expect(figure.rows[0]?.cells).toMatchObject({
      region: 'Stockholm County',
      area: 'Cross-sector collaboration',
      nationalRank: 1,
      nationalShare: 15,
    });
    expect(figure.rows.every((row) => row.provenance.kind === 'illustrative')).toBe(true);
    expect(figure.sourceLine).toContain('Regional figures: illustrative');
    expect(figure.provenanceGroups?.map((group) => [group.key, group.columns])).toEqual([
      ['national', ['nationalRank', 'nationalShare']],
      ['regional', ['regionalShare', 'regionalRank']],
    ]);
    const byGroup = figure.rows[0]?.provenanceByGroup;
    expect(byGroup?.national?.kind).toBe('published');
    expect(byGroup?.national?.detail).toContain('“Tvärsektoriell samverkan 15%”');
    expect(byGroup?.regional?.kind).toBe('illustrative');
    expect(figure.legend?.map((entry) => `${entry.mark} ${entry.label}`)).toEqual([
      '● Sweden (published)',
      '◇ Stockholm County (illustrative)',
      '▲ ▼ = Rank in the region compared with Sweden (rows in national order)',
    ]);
    expect(figure.filterCaption).toBe('Region: Stockholm County');
    expect(figure.summary).toMatch(
      /^Cross-sector collaboration is the top priority nationally at 15%; in Stockholm County it ranks \d+(st|nd|rd|th) \(illustrative figures\)\.$/,
    );
  });

  it('has no rows when no region is chosen', () => {
    const figure = regionFigure(
      survey,
      regionComparison(survey, regions, null, 'en'),
      regions,
      null,
      en,
    );
    expect(figure.rows).toEqual([]);
    expect(figure.illustrative).toBe(false);
    expect(figure.title).toBe('A region compared with Sweden');
  });
});

describe('compareFigureSummary', () => {
  it('says where the national top area ranks in the region, in Swedish too', () => {
    const comparison = regionComparison(survey, regions, 'SE-BD', 'sv');
    if (comparison.kind !== 'compare') throw new Error('expected a comparison');
    const [first] = comparison.comparisons;
    expect(compareFigureSummary('Norrbottens län', first?.areas ?? [], sv)).toMatch(
      /^Tvärsektoriell samverkan är högst prioriterat nationellt med 15\s%; i Norrbottens län rankas det \d+:[ae] \(exempeldata\)\.$/,
    );
  });
});
