import { csvParseRows, dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { figureCsv, figureJson, neutralizeFormula } from '../../src/share/csv';
import { sampleFigure } from './figureFixture';

const BOM = '\uFEFF';
const parse = (csv: string) => csvParseRows(csv.slice(BOM.length));

describe('figureCsv', () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = figureCsv(sampleFigure(), 'sv');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"[^"]*"/g, '');
    expect(outsideQuotes.match(/\n/g)?.length).toBe(5);
    expect(outsideQuotes.match(/\r\n/g)?.length).toBe(5);
  });

  it('writes the header in the chosen language, with the two provenance columns', () => {
    expect(parse(figureCsv(sampleFigure(), 'sv'))[0]).toEqual([
      'Rang',
      'Område',
      'Andel',
      'Ursprung',
      'Varifrån värdet kommer',
    ]);
    expect(parse(figureCsv(sampleFigure(), 'en'))[0]?.slice(3)).toEqual([
      'Provenance',
      'Where it comes from',
    ]);
  });

  it('round-trips every row in order, with å ä ö, quotes, commas and newlines intact', () => {
    const rows = parse(figureCsv(sampleFigure(), 'sv')).slice(1);
    expect(rows).toEqual([
      ['1', 'Tvärsektoriell samverkan', '15', 'Publicerad', 'MSI, tabell 2'],
      ['2', "'=SUM(A1:A2)", '9.5', 'Härledd', '253 × 40 %'],
      ['-5', "'-5", '', 'Exempeldata', "'@made up"],
      ['4', 'Quote "this", and\na new line', '1234.5', 'Publicerad', 'Sida 3, rad 4'],
    ]);
  });

  it('neutralises text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const csv = figureCsv(sampleFigure(), 'en');
    expect(csv).toContain("'=SUM(A1:A2)");
    // -5 as a number stays a number; "-5" as text gets the quote.
    expect(csv).toContain("\r\n-5,'-5,,");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutralizeFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(neutralizeFormula('Malmö')).toBe('Malmö');
    expect(neutralizeFormula('')).toBe('');
  });

  it('gives each provenance group its own two columns, and keeps them apart in JSON', () => {
    const figure = sampleFigure();
    const grouped = {
      ...figure,
      provenanceGroups: [
        { key: 'first', label: 'Rank: provenance', detailLabel: 'Rank: source', columns: ['rank'] },
        {
          key: 'rest',
          label: 'Share: provenance',
          detailLabel: 'Share: source',
          columns: ['share'],
        },
      ],
      rows: figure.rows.map((row, index) =>
        index === 0
          ? {
              ...row,
              provenance: { kind: 'illustrative' as const, detail: 'made up' },
              provenanceByGroup: {
                first: { kind: 'published' as const, detail: 'table 2' },
                rest: { kind: 'illustrative' as const, detail: 'made up' },
              },
            }
          : row,
      ),
    };
    const [header, first, second] = parse(figureCsv(grouped, 'en'));
    expect(header?.slice(3)).toEqual([
      'Rank: provenance',
      'Rank: source',
      'Share: provenance',
      'Share: source',
    ]);
    expect(first?.slice(3)).toEqual(['Published', 'table 2', 'Illustrative data', 'made up']);
    // A row without groups of its own states its one provenance in each.
    expect(second?.slice(3)).toEqual(['Derived', '253 × 40 %', 'Derived', '253 × 40 %']);
    const json = JSON.parse(figureJson(grouped)) as {
      rows: { provenanceByGroup?: Record<string, { columns: string[]; kind: string }> }[];
    };
    expect(json.rows[0]?.provenanceByGroup).toEqual({
      first: { columns: ['rank'], kind: 'published', detail: 'table 2' },
      rest: { columns: ['share'], kind: 'illustrative', detail: 'made up' },
    });
    expect(JSON.parse(figureJson(figure)).rows[0]).not.toHaveProperty('provenanceByGroup');
  });

  it('writes semicolons and decimal commas for Swedish Excel, quoting text that has either', () => {
    const csv = figureCsv(sampleFigure(), 'sv', 'semicolon');
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = dsvFormat(';').parseRows(csv.slice(BOM.length));
    expect(rows[0]).toEqual(['Rang', 'Område', 'Andel', 'Ursprung', 'Varifrån värdet kommer']);
    expect(rows.slice(1).map((row) => row[2])).toEqual(['15', '9,5', '', '1234,5']);
    expect(rows[4]?.[1]).toBe('Quote "this", and\na new line');
    expect(csv).toContain("\r\n-5;'-5;;");
  });

  it('writes numbers with a dot decimal and no thousands separator in either language', () => {
    const sv = parse(figureCsv(sampleFigure(), 'sv'));
    expect(sv[2]?.[2]).toBe('9.5');
    expect(sv[4]?.[2]).toBe('1234.5');
  });
});

describe('figureJson', () => {
  it('is the figure as a document, with each row’s cells and provenance', () => {
    const document = JSON.parse(figureJson(sampleFigure({ illustrative: true })));
    expect(document).toMatchObject({
      chartId: 'sample-chart',
      title: 'Områden efter andel',
      subtitle: 'Enkät, december 2019',
      filters: 'Region: Hela Sverige',
      source: 'Källa: MSI – enkät 2019.',
      illustrative: true,
      summary: 'Tvärsektoriell samverkan är högst prioriterad med 15 %.',
    });
    expect(document.columns).toHaveLength(3);
    expect(document.rows[0]).toEqual({
      rank: 1,
      area: 'Tvärsektoriell samverkan',
      share: 15,
      provenance: { kind: 'published', detail: 'MSI, tabell 2' },
    });
    expect(document.rows[2]).toEqual({
      rank: -5,
      area: '-5',
      share: null,
      provenance: { kind: 'illustrative', detail: '@made up' },
    });
  });
});
