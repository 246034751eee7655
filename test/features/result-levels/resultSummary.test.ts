import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import { projectsDatasetSchema } from '../../../src/data/projectsSchema';
import { levelCounts, type LevelCount } from '../../../src/features/result-levels/resultSeries';
import {
  countsDetails,
  countsSummary,
  definitionSourceText,
} from '../../../src/features/result-levels/resultSummary';
import { createI18n } from '../../../src/i18n/I18nProvider';

const dataset = projectsDatasetSchema.parse(projectsFile);
const en = createI18n('en');
const sv = createI18n('sv');
const withCounts = (lang: 'en' | 'sv', values: number[]): LevelCount[] =>
  levelCounts(dataset, [], lang).map((entry, index) => ({ ...entry, count: values[index] ?? 0 }));

describe('countsSummary', () => {
  it('names the most common level as n of N projects', () => {
    expect(countsSummary(levelCounts(dataset, [21, 22, 18, 18], 'en'), 40, en)).toBe(
      'Collaboration level is the most common: 22 of 40 projects.',
    );
    expect(countsSummary(levelCounts(dataset, [21, 22, 18, 18], 'sv'), 40, sv)).toBe(
      'Samverkansnivå är vanligast: 22 av 40 projekt.',
    );
  });

  it('lists tied levels mid-sentence in the language’s way', () => {
    expect(countsSummary(withCounts('en', [3, 1, 3, 3]), 4, en)).toBe(
      'Policy level, organisation level and individual level are the most common: 3 of 4 projects each.',
    );
    expect(countsSummary(withCounts('sv', [2, 2, 0, 1]), 4, sv)).toBe(
      'Policynivå och samverkansnivå är vanligast: 2 av 4 projekt vardera.',
    );
  });

  it('says every level is as common when all four tie', () => {
    expect(countsSummary(withCounts('sv', [2, 2, 2, 2]), 4, sv)).toBe(
      'Alla nivåer är lika vanliga: 2 av 4 projekt vardera.',
    );
    expect(countsSummary(withCounts('en', [1, 1, 1, 1]), 3, en)).toBe(
      'Every level is as common as the others: 1 of 3 projects each.',
    );
  });

  it('says so when no project reports results at any level', () => {
    expect(countsSummary(withCounts('en', [0, 0, 0, 0]), 3, en)).toBe(
      'No project reports results at any level.',
    );
  });
});

describe('countsDetails', () => {
  it('gives every level’s count out of the total', () => {
    expect(countsDetails(withCounts('en', [1, 2, 3, 4]), 5, en)).toBe(
      'Policy level: 1 of 5; Collaboration level: 2 of 5; Organisation level: 3 of 5; Individual level: 4 of 5.',
    );
  });
});

describe('definitionSourceText', () => {
  it('names the publisher and year of a published definition', () => {
    const [policy] = levelCounts(dataset, [], 'en');
    expect(definitionSourceText(policy!, en)).toBe('Mötesplats Social Innovation (MSI), 2024');
  });

  it('formats a full date and has nothing to say without a source', () => {
    const [policy] = levelCounts(dataset, [], 'en');
    const dated = {
      ...policy!,
      definitionSource: { ...policy!.definitionSource!, date: '2024-03-05' },
    };
    expect(definitionSourceText(dated, en)).toBe('Mötesplats Social Innovation (MSI), 5 Mar 2024');
    expect(definitionSourceText({ ...policy!, definitionSource: null }, en)).toBeNull();
  });
});
