import { describe, expect, it } from 'vitest';
import collaborationsFile from '../../../public/data/collaborations.json';
import regionsFile from '../../../public/data/regions.json';
import { collaborationsDatasetSchema } from '../../../src/data/collaborationsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import {
  matrixFigure,
  summaryFigure,
  tierFigure,
} from '../../../src/features/sector-mix/sectorFigures';
import {
  filterExamples,
  matrixSeries,
  summarySeries,
} from '../../../src/features/sector-mix/sectorSeries';
import { createI18n } from '../../../src/i18n/I18nProvider';

const dataset = collaborationsDatasetSchema.parse(collaborationsFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const en = createI18n('en');
const sv = createI18n('sv');

describe('tierFigure', () => {
  const figure = tierFigure(dataset, en);

  it('lists each group’s sectors tier by tier, as published, with the report as provenance', () => {
    expect(figure.chartId).toBe('sectors-order');
    expect(figure.rows.map((row) => Object.values(row.cells).join(' / '))).toEqual([
      'Swedish examples / Most common / Public sector',
      'Swedish examples / Most common / Academia',
      'Swedish examples / Then / Civil society',
      'Swedish examples / Then / Business',
      'International examples / Most common / Civil society',
      'International examples / Most common / Academia',
      'International examples / Then / Business',
      'International examples / Then / Public sector',
    ]);
    expect(figure.illustrative).toBe(false);
    expect(figure.rows[0]?.provenance).toEqual({
      kind: 'published',
      detail: expect.stringContaining('Regional collaboration on societal challenges'),
    });
  });

  it('summarises the most common sectors of both groups', () => {
    expect(figure.summary).toBe(
      'In Sweden public sector and academia take part most often; internationally civil society and academia.',
    );
  });
});

describe('summaryFigure and matrixFigure', () => {
  const examples = filterExamples(dataset.examples, regions, {
    region: null,
    level: null,
    form: null,
  });
  const counts = summarySeries(dataset, examples, 'en');

  it('names tied sectors as a list, in either language', () => {
    const clusters = filterExamples(dataset.examples, regions, {
      region: null,
      level: null,
      form: 'cluster',
    });
    expect(summaryFigure(dataset, summarySeries(dataset, clusters, 'en'), '', en).summary).toBe(
      'Taking part most often in the illustrative examples: Swedish examples, public sector, academia and business (2 of 2); International examples, public sector, academia, civil society and business (1 of 1).',
    );
    expect(
      summaryFigure(dataset, summarySeries(dataset, clusters, 'sv'), '', sv).summary,
    ).toContain('offentlig sektor, akademi och näringsliv (2 av 2)');
  });

  it('count each group’s sectors as the stacked bars do, marked illustrative', () => {
    const figure = summaryFigure(dataset, counts, 'Region: All of Sweden · n = 19', en);
    expect(figure.rows).toHaveLength(8);
    const first = figure.rows[0];
    expect(first?.cells.group).toBe('Swedish examples');
    expect(first?.cells.sector).toBe('Public sector');
    expect(
      Number(first?.cells.lead) + Number(first?.cells.involved) + Number(first?.cells.none),
    ).toBe(12);
    expect(figure.illustrative).toBe(true);
    expect(figure.sourceLine).toContain('Per-example data: illustrative');
    expect(figure.rows.every((row) => row.provenance.kind === 'illustrative')).toBe(true);
    expect(figure.summary).toMatch(
      /^Taking part most often in the illustrative examples: Swedish examples, .+ \(\d+ of 12\); International examples, .+ \(\d+ of 7\)\.$/,
    );
  });

  it('give one row per example in the matrix’s order with every sector’s involvement in words', () => {
    const rows = matrixSeries(dataset, regions, examples, 'sv');
    const figure = matrixFigure(dataset, rows, examples, '', sv);
    expect(figure.rows.map((row) => row.key)).toEqual(rows.map((row) => row.id));
    expect(figure.columns.map((column) => column.label)).toEqual([
      'Grupp',
      'Exempel',
      'Form',
      'Plats',
      'Offentlig sektor',
      'Akademi',
      'Civilsamhälle',
      'Näringsliv',
    ]);
    expect(['Leder', 'Deltar', 'Deltar inte']).toContain(figure.rows[0]?.cells.public);
    expect(figure.rows.every((row) => row.provenance.kind === 'illustrative')).toBe(true);
    expect(figure.summary).toMatch(/^19 exempel \(exempeldata\); sektorer som deltar/);
  });
});
