import { describe, expect, it } from 'vitest';
import collaborationsFile from '../../public/data/collaborations.json';
import projectsFile from '../../public/data/projects.json';
import regionsFile from '../../public/data/regions.json';
import { stepCaption, stepRecordCount, stepShowsIllustrative } from '../../src/app/PresentPage';
import { collaborationsDatasetSchema } from '../../src/data/collaborationsSchema';
import { projectsDatasetSchema } from '../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { createI18n } from '../../src/i18n/I18nProvider';
import { formatClock, joinCaption } from '../../src/presentation/presentationText';

const data = {
  regions: regionsDatasetSchema.parse(regionsFile).regions,
  projects: projectsDatasetSchema.parse(projectsFile),
  collaborations: collaborationsDatasetSchema.parse(collaborationsFile),
};
const sv = createI18n('sv');
const en = createI18n('en');

describe('stepCaption', () => {
  it('names the region and level and counts what the main chart shows', () => {
    const search = { region: 'SE22', level: 'organisation', levelMode: 'narrow' };
    expect(stepCaption('/results', search, data, sv)).toBe(
      'Region: Sydsverige · Nivå: Organisation · n = 2',
    );
    expect(stepCaption('/results', search, data, en)).toBe(
      'Region: South Sweden · Level: Organisation · n = 2',
    );
  });

  it('says the whole country when no region is chosen', () => {
    expect(stepCaption('/results', {}, data, en)).toBe('Region: All of Sweden · n = 40');
    expect(stepCaption('/sectors', {}, data, en)).toBe('Region: All of Sweden · n = 19');
  });

  it('counts with every filter of the view', () => {
    expect(stepRecordCount('/sectors', { region: 'INTL' }, data)).toBe(7);
    expect(stepRecordCount('/sectors', { region: 'INTL', form: 'network' }, data)).toBeLessThan(7);
    expect(stepRecordCount('/projects', { q: 'zzzz-no-match' }, data)).toBe(0);
    expect(
      stepRecordCount('/results', { region: 'SE22', national: 'every' }, data),
    ).toBeGreaterThan(stepRecordCount('/results', { region: 'SE22' }, data) ?? Infinity);
  });

  it('leaves out a level the view does not use, and a count that is not of records', () => {
    expect(stepCaption('/survey', { region: 'SE-AB', level: 'policy' }, data, en)).toBe(
      'Region: Stockholm County',
    );
  });

  it('leaves the count out until the data has arrived', () => {
    expect(stepCaption('/results', { level: 'policy' }, {}, en)).toBe(
      'Region: All of Sweden · Level: Policy',
    );
  });
});

describe('stepShowsIllustrative', () => {
  it('is true for every chart but the national survey and the sectors’ published order', () => {
    expect(stepShowsIllustrative('/survey', {})).toBe(false);
    expect(stepShowsIllustrative('/survey', { region: 'SE-AB' })).toBe(true);
    expect(stepShowsIllustrative('/sectors', {})).toBe(false);
    expect(stepShowsIllustrative('/sectors', { region: 'SE-AB' }, 1)).toBe(false);
    expect(stepShowsIllustrative('/sectors', {}, 2)).toBe(true);
    expect(stepShowsIllustrative('/results', {})).toBe(true);
    expect(stepShowsIllustrative('/projects', {})).toBe(true);
  });
});

describe('caption text', () => {
  it('joins the parts that are there with a middle dot', () => {
    expect(joinCaption(['Region: Skåne', null, '', 'n = 4', undefined])).toBe(
      'Region: Skåne · n = 4',
    );
    expect(joinCaption([])).toBe('');
  });

  it('tells the time as hh:mm in each language', () => {
    const time = new Date('2026-03-12T14:05:00+01:00').getTime();
    expect(formatClock('sv', time)).toBe('14:05');
    expect(formatClock('en', time)).toBe('14:05');
  });
});
