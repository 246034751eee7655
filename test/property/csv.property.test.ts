import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureCsv, neutralizeFormula } from '../../src/share/csv';
import type { FigureCell, FigureData } from '../../src/share/figureData';

const RUNS = 500;
const FORMULA_START = /^[=+\-@\t\r]/;

const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    'a,b "c"\r\nd',
    '<script>alert(1)</script>',
    '\u202Eevil',
  ),
);
const cell: fc.Arbitrary<FigureCell> = fc.oneof(
  hostileText,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constant(null),
);

const figure: fc.Arbitrary<FigureData> = fc
  .tuple(fc.array(hostileText, { minLength: 1, maxLength: 5 }), fc.nat({ max: 8 }))
  .chain(([labels, rowCount]) =>
    fc.record({
      chartId: fc.constant('property'),
      title: hostileText,
      filterCaption: hostileText,
      sourceLine: hostileText,
      illustrative: fc.boolean(),
      summary: hostileText,
      columns: fc.constant(
        labels.map((label, index) => ({ key: `c${index}`, label, type: 'text' as const })),
      ),
      rows: fc.array(
        fc.record({
          key: fc.string(),
          cells: fc
            .tuple(...labels.map(() => cell))
            .map((cells) => Object.fromEntries(cells.map((value, index) => [`c${index}`, value]))),
          provenance: fc.record({
            kind: fc.constantFrom('published', 'derived', 'illustrative'),
            detail: hostileText,
          }),
        }),
        { minLength: rowCount, maxLength: rowCount },
      ),
    }),
  );

function parsedCsv(data: FigureData): string[][] {
  const csv = figureCsv(data, 'en');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csvParseRows(csv.slice(1, -2));
}

describe('figureCsv', () => {
  it('round-trips: every cell reads back as written (text made formula-safe)', () => {
    fc.assert(
      fc.property(figure, (data) => {
        const [header, ...rows] = parsedCsv(data);
        expect(header!.slice(0, data.columns.length)).toEqual(
          data.columns.map((column) => neutralizeFormula(column.label)),
        );
        expect(rows).toHaveLength(data.rows.length);
        rows.forEach((row, rowIndex) => {
          data.columns.forEach((column, columnIndex) => {
            const value = data.rows[rowIndex]!.cells[column.key] ?? null;
            const expected =
              value === null
                ? ''
                : typeof value === 'number'
                  ? String(value)
                  : neutralizeFormula(value);
            expect(row[columnIndex]).toBe(expected);
            // == so that -0, which a spreadsheet writes as 0, still counts as read back.
            if (typeof value === 'number') expect(Number(row[columnIndex]) === value).toBe(true);
          });
          expect(row.at(-1)).toBe(neutralizeFormula(data.rows[rowIndex]!.provenance.detail));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('no text cell starts a formula', () => {
    fc.assert(
      fc.property(figure, (data) => {
        const [header, ...rows] = parsedCsv(data);
        for (const label of header!) expect(label).not.toMatch(FORMULA_START);
        rows.forEach((row, rowIndex) =>
          row.forEach((text, columnIndex) => {
            const column = data.columns[columnIndex];
            const source = column ? data.rows[rowIndex]!.cells[column.key] : 'provenance';
            if (typeof source !== 'number') expect(text).not.toMatch(FORMULA_START);
          }),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
