import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSteps,
  encodeSteps,
  STEP_PATHS,
  type PresentationStep,
} from '../../src/app/presentationSteps';
import {
  parseProjectsSearch,
  serializeProjectsSearch,
} from '../../src/features/projects/projectsSearch';
import {
  parseResultsSearch,
  serializeResultsSearch,
} from '../../src/features/result-levels/resultsSearch';
import {
  parseSectorSelection,
  serializeSectorSelection,
} from '../../src/features/sector-mix/sectorSearch';
import { parseFilters, serializeFilters } from '../../src/filters/filterSchema';
import { decodeSequence, encodeSequence } from '../../src/presentation/sequenceCodec';

const RUNS = 500;

/** A URL value as the router hands it over: a valid one, a near miss, or junk of any type. */
const urlValue = (valid: readonly unknown[]) =>
  fc.oneof(
    fc.constantFrom(...valid),
    fc.string({ maxLength: 120 }),
    fc.constantFrom('__proto__', 'constructor', '', ' ', 'SE-', 'POLICY', '1e3'),
    fc.integer(),
    fc.jsonValue({ maxDepth: 2 }),
  );

const search = (values: Record<string, readonly unknown[]>) =>
  fc.record(
    Object.fromEntries(Object.entries(values).map(([key, valid]) => [key, urlValue(valid)])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, unknown>>;

/** parse → serialise → parse gives the same state, and serialising that state is stable. */
function roundTrips<State, Url>(
  arbitrary: fc.Arbitrary<Record<string, unknown>>,
  parse: (search: Record<string, unknown>) => State,
  serialize: (state: State) => Url,
) {
  fc.assert(
    fc.property(arbitrary, (raw) => {
      const state = parse(raw);
      const url = serialize(state);
      // Through the URL itself: undefined values are left out.
      const again = parse(JSON.parse(JSON.stringify(url)) as Record<string, unknown>);
      expect(again).toEqual(state);
      expect(serialize(again)).toEqual(url);
    }),
    { numRuns: RUNS },
  );
}

describe('URL state survives parse → serialise → parse', () => {
  it('the shared filters', () => {
    roundTrips(
      search({
        region: ['SE', 'SE11', 'SE0', 'SE-AB', 'INTL', 'ES'],
        level: ['policy', 'collaboration', 'organisation', 'individual'],
        lang: ['sv', 'en'],
      }),
      parseFilters,
      serializeFilters,
    );
  });

  it('the sector view', () => {
    roundTrips(
      search({
        form: ['network', 'partnership'],
        sector: ['public', 'academia'],
        group: ['sweden', 'international'],
      }),
      parseSectorSelection,
      serializeSectorSelection,
    );
  });

  it('the result-levels view', () => {
    roundTrips(
      search({ levelMode: ['highlight', 'narrow'], national: ['every'] }),
      parseResultsSearch,
      serializeResultsSearch,
    );
  });

  it('the projects view', () => {
    roundTrips(
      search({
        q: ['malmö', '2022', 'Social Innovation Skåne'],
        sort: ['name', 'owner', 'caseNumber', 'startDate'],
        dir: ['asc', 'desc'],
        area: ['A', 'B', 'F'],
        fund: ['ESF+', 'ERDF'],
        national: ['every'],
      }),
      parseProjectsSearch,
      serializeProjectsSearch,
    );
  });
});

describe('the presentation sequence codec', () => {
  const text = fc
    .string({ minLength: 1, maxLength: 200 })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
  const step: fc.Arbitrary<PresentationStep> = fc.record(
    {
      path: fc.constantFrom(...STEP_PATHS),
      search: fc.constant({}),
      title: fc.oneof(text, fc.record({ sv: text, en: text })),
      highlight: fc.integer({ min: 1, max: 20 }),
    },
    { requiredKeys: ['path', 'search', 'title'] },
  );

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const decoded = decodeSteps(encodeSteps(steps));
        expect(decoded).toEqual(steps);
        expect(decodeSteps(encodeSteps(decoded!))).toEqual(decoded);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips any JSON array and refuses anything with a hostile key or any junk', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), (value) => {
        const encoded = encodeSequence(value);
        const hostile = /"(__proto__|constructor|prototype)":/.test(JSON.stringify(value));
        const decoded = decodeSequence(encoded, (parsed) => parsed);
        if (hostile || encoded.length > 16_000) expect(decoded).toBeNull();
        else expect(decoded).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue()), (junk) => {
        expect(() => decodeSteps(junk)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});
