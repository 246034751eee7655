import { describe, expect, it } from 'vitest';
import regionsFile from '../../public/data/regions.json';
import {
  appendStep,
  decodeSteps,
  DEFAULT_STORY,
  encodeSteps,
  MAX_STEPS,
  presentStepSearch,
  startingStep,
  stepFromView,
  stepSearch,
  validatePresentSearch,
  type PresentationStep,
} from '../../src/app/presentationSteps';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { createI18n } from '../../src/i18n/I18nProvider';
import { encodeSequence } from '../../src/presentation/sequenceCodec';

const { regions } = regionsDatasetSchema.parse(regionsFile);
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const custom: PresentationStep[] = [
  { path: '/results', search: { region: 'SE22', level: 'organisation' }, title: 'Skåne' },
  { path: '/sectors', search: { form: 'network' }, title: { sv: 'Nätverk', en: 'Networks' } },
];

describe('the default story', () => {
  it('tells the story in 4 to 6 steps over the four views', () => {
    expect(DEFAULT_STORY.length).toBeGreaterThanOrEqual(4);
    expect(DEFAULT_STORY.length).toBeLessThanOrEqual(6);
    expect(new Set(DEFAULT_STORY.map((step) => step.path))).toEqual(
      new Set(['/survey', '/sectors', '/results', '/projects']),
    );
    expect(DEFAULT_STORY[1]).toMatchObject({ path: '/survey', search: { region: 'SE-AB' } });
  });

  it('has a title in both languages for every step, and marks illustrative steps so', () => {
    for (const step of DEFAULT_STORY) {
      expect(step.title).toEqual({ sv: expect.any(String), en: expect.any(String) });
    }
    const illustrativeSteps = DEFAULT_STORY.filter(
      (step) => step.path !== '/survey' || step.search.region,
    );
    for (const step of illustrativeSteps.filter((step) => step.path !== '/sectors')) {
      expect(JSON.stringify(step.title)).toMatch(/exempeldata.*illustrative/);
    }
  });

  it('keeps its own filters as the views would clean them', () => {
    for (const step of DEFAULT_STORY) {
      expect(stepSearch(step.path, step.search)).toEqual(step.search);
    }
  });
});

describe('encodeSteps / decodeSteps', () => {
  it('round-trips a sequence', () => {
    expect(decodeSteps(encodeSteps(custom))).toEqual(custom);
    expect(decodeSteps(encodeSteps(DEFAULT_STORY))).toEqual(DEFAULT_STORY);
  });

  it('is compact enough for a link', () => {
    expect(encodeSteps(custom).length).toBeLessThan(250);
  });

  it.each([
    ['an unknown view', [{ p: '/admin', t: 'x' }]],
    ['no title', [{ p: '/survey' }]],
    ['an empty title', [{ p: '/survey', t: '  ' }]],
    ['an unknown field', [{ p: '/survey', t: 'x', x: 1 }]],
    ['a search key that is not a word', [{ p: '/survey', t: 'x', s: { 'a-b': '1' } }]],
    ['a "constructor" search key', [{ p: '/survey', t: 'x', s: { constructor: '1' } }]],
    ['a nested search value', [{ p: '/survey', t: 'x', s: { region: { a: 1 } } }]],
    ['a highlight that is not a figure number', [{ p: '/survey', t: 'x', h: 0.5 }]],
    ['no steps', []],
    ['too many steps', Array.from({ length: MAX_STEPS + 1 }, () => ({ p: '/survey', t: 'x' }))],
    ['an object instead of a list', { p: '/survey', t: 'x' }],
  ])('refuses %s', (_, value) => {
    expect(decodeSteps(encodeSequence(value as unknown[]))).toBeNull();
  });

  it('refuses a "__proto__" key anywhere', () => {
    const json = '[{"p":"/survey","t":"x","__proto__":{"polluted":"yes"}}]';
    expect(decodeSteps(base64url(json))).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cleans each step’s search by its view’s rules', () => {
    const decoded = decodeSteps(
      encodeSequence([
        {
          p: '/results',
          t: 'x',
          s: {
            region: 'nowhere',
            level: 'policy',
            levelMode: 'bogus',
            national: 'every',
            form: 'network',
          },
        },
      ]),
    );
    expect(decoded?.[0]?.search).toEqual({ level: 'policy', national: 'every' });
  });
});

describe('validatePresentSearch', () => {
  it('shows step 1 of the default story by default', () => {
    expect(validatePresentSearch({})).toMatchObject({ step: 1, seq: undefined });
  });

  it('clamps the step to the sequence', () => {
    expect(validatePresentSearch({ step: 99 }).step).toBe(DEFAULT_STORY.length);
    expect(validatePresentSearch({ step: 'x' }).step).toBe(1);
    const seq = encodeSteps(custom);
    expect(validatePresentSearch({ step: 5, seq })).toMatchObject({ step: 2, seq });
  });

  it('falls back to the default story for a bad or hostile sequence', () => {
    for (const seq of ['%%%', base64url('[{"p":"/survey","t":"x","__proto__":{}}]'), 12]) {
      expect(validatePresentSearch({ step: 2, seq })).toMatchObject({ step: 2, seq: undefined });
    }
  });

  it('keeps the current step’s view search, cleaned by that view', () => {
    const search = validatePresentSearch({
      step: 5,
      region: 'SE22',
      level: 'organisation',
      levelMode: 'narrow',
      form: 'network',
    });
    expect(search).toMatchObject({ region: 'SE22', level: 'organisation', levelMode: 'narrow' });
    expect(search).not.toHaveProperty('form');
  });

  it('accepts refresh and auto-advance intervals within limits only', () => {
    expect(validatePresentSearch({ refresh: 30, auto: '20' })).toMatchObject({
      refresh: 30,
      auto: 20,
    });
    expect(validatePresentSearch({ refresh: 1, auto: 99999 })).toMatchObject({
      refresh: undefined,
      auto: undefined,
    });
  });
});

describe('presentStepSearch', () => {
  it('shows a step with its own search, the settings and the language', () => {
    expect(
      presentStepSearch(custom, 0, { seq: 'abc', refresh: 30, auto: undefined, lang: 'en' }),
    ).toEqual({
      region: 'SE22',
      level: 'organisation',
      step: 1,
      seq: 'abc',
      refresh: 30,
      auto: undefined,
      lang: 'en',
    });
  });

  it('leaves Swedish, the default language, out of the URL', () => {
    expect(presentStepSearch(custom, 1, { lang: 'sv' })).toMatchObject({
      step: 2,
      lang: undefined,
    });
  });
});

describe('startingStep', () => {
  it('starts at the step that shows this view with these filters', () => {
    expect(startingStep(DEFAULT_STORY, '/survey', { region: 'SE-AB' })).toEqual({ index: 1 });
    expect(startingStep(DEFAULT_STORY, '/results', { lang: 'en' })).toEqual({ index: 3 });
  });

  it('else at the view’s first step, showing the view as it is', () => {
    expect(startingStep(DEFAULT_STORY, '/results', { region: 'SE11' })).toEqual({
      index: 3,
      viewSearch: { region: 'SE11' },
    });
    expect(startingStep(DEFAULT_STORY, '/projects/22-018-S01', { q: 'skåne' })).toEqual({
      index: 5,
      viewSearch: { q: 'skåne' },
    });
  });

  it('else at the first step', () => {
    expect(startingStep(DEFAULT_STORY, '/', {})).toEqual({ index: 0 });
    expect(startingStep(custom, '/survey', {})).toEqual({ index: 0 });
  });
});

describe('stepFromView', () => {
  it('saves a view and its filters, titled in the current language', () => {
    const search = { region: 'SE22', level: 'organisation', levelMode: 'narrow', lang: 'sv' };
    expect(stepFromView('/results', search, regions, createI18n('sv'))).toEqual({
      path: '/results',
      search: { region: 'SE22', level: 'organisation', levelMode: 'narrow' },
      title: 'Resultatnivåer · Region: Sydsverige · Nivå: Organisation',
    });
    expect(stepFromView('/survey', { level: 'policy' }, regions, createI18n('en'))).toEqual({
      path: '/survey',
      search: { level: 'policy' },
      title: 'Survey priorities',
    });
  });

  it('saves nothing for the overview', () => {
    expect(stepFromView('/', {}, regions, createI18n('en'))).toBeNull();
  });
});

describe('appendStep', () => {
  it('adds a step at the end', () => {
    const added = appendStep(custom, DEFAULT_STORY[0]!);
    expect(added?.steps).toHaveLength(3);
    expect(decodeSteps(added?.seq)).toEqual(added?.steps);
  });

  it('refuses to grow past the most steps a link holds', () => {
    const full = Array.from({ length: MAX_STEPS }, () => DEFAULT_STORY[0]!);
    expect(appendStep(full, DEFAULT_STORY[1]!)).toBeNull();
  });
});
