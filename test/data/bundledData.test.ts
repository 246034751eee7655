import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collaborationsDatasetSchema } from '../../src/data/collaborationsSchema';
import { parseDataset } from '../../src/data/loadDataset';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { surveyDatasetSchema } from '../../src/data/surveySchema';
import * as collaborationsFixtures from '../../mocks/fixtures/collaborationsFixtures';
import * as regionsFixtures from '../../mocks/fixtures/regionsFixtures';
import * as surveyFixtures from '../../mocks/fixtures/surveyFixtures';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const factsPath = path.resolve(projectRoot, '..', 'shared', 'sources', 'FACTS.md');

function bundled(file: string): string {
  return readFileSync(path.join(projectRoot, 'public', 'data', file), 'utf8');
}

const survey = parseDataset('survey-2019.json', bundled('survey-2019.json'), surveyDatasetSchema);
const regions = parseDataset('regions.json', bundled('regions.json'), regionsDatasetSchema);
const collaborations = parseDataset(
  'collaborations.json',
  bundled('collaborations.json'),
  collaborationsDatasetSchema,
);

function readFacts(): string {
  if (!existsSync(factsPath)) {
    throw new Error(
      `FACTS.md not found at ${factsPath}; the source documents must sit beside the project`,
    );
  }
  return readFileSync(factsPath, 'utf8');
}

describe('bundled datasets and fixtures', () => {
  it('parse with their schemas', () => {
    expect(survey.areas).toHaveLength(12);
    expect(regions.regions.filter((region) => region.kind === 'esf-region')).toHaveLength(8);
    expect(regions.regions.filter((region) => region.kind === 'county')).toHaveLength(21);
  });

  it('have valid fixtures for the default and empty scenarios, and an invalid malformed one', () => {
    expect(surveyDatasetSchema.safeParse(surveyFixtures.validSurvey).success).toBe(true);
    expect(surveyDatasetSchema.safeParse(surveyFixtures.emptySurvey).success).toBe(true);
    expect(surveyDatasetSchema.safeParse(surveyFixtures.malformedSurvey).success).toBe(false);
    expect(regionsDatasetSchema.safeParse(regionsFixtures.validRegions).success).toBe(true);
    expect(regionsDatasetSchema.safeParse(regionsFixtures.emptyRegions).success).toBe(false);
    expect(regionsDatasetSchema.safeParse(regionsFixtures.malformedRegions).success).toBe(false);
    const { validCollaborations, emptyCollaborations, malformedCollaborations } =
      collaborationsFixtures;
    expect(collaborationsDatasetSchema.safeParse(validCollaborations).success).toBe(true);
    expect(collaborationsDatasetSchema.safeParse(emptyCollaborations).success).toBe(true);
    expect(collaborationsDatasetSchema.safeParse(malformedCollaborations).success).toBe(false);
  });

  it('mark every collaboration example illustrative, with neutral names', () => {
    expect(collaborations.examples).toHaveLength(19);
    for (const example of collaborations.examples) {
      expect(example.provenance.kind, example.id).toBe('illustrative');
      expect(example.name.en).toMatch(/^(Swedish|International) example \d+$/);
    }
    const regionCodes = new Set(regions.regions.map((region) => region.code));
    for (const example of collaborations.examples) {
      expect(regionCodes.has(example.region), `${example.id} region ${example.region}`).toBe(true);
    }
  });

  it('mark every regional survey share illustrative and every national one published', () => {
    for (const share of survey.shares) {
      expect(share.provenance.kind, `${share.region}/${share.area}`).toBe(
        share.region === 'SE' ? 'published' : 'illustrative',
      );
    }
    expect(new Set(survey.shares.map((share) => share.region))).toEqual(
      new Set(['SE', 'SE-BD', 'SE-AB', 'SE-T', 'SE-F']),
    );
  });

  it('give the formula of every derived value', () => {
    const { respondents, recipients, responseRate } = survey.method;
    expect(respondents.provenance.kind).toBe('derived');
    expect(respondents.value).toBe(Math.round((recipients.value * responseRate.value) / 100));
  });
});

describe('published values equal FACTS.md', () => {
  const facts = readFacts();

  it('for the sector order and the number of examples in each group', () => {
    const labels = new Map(collaborations.sectors.map((sector) => [sector.id, sector.label.en]));
    const tierText = (tier: string[] | undefined) =>
      (tier ?? []).map((id) => labels.get(id)?.toLowerCase()).join(' and ');
    const [sweden, international] = collaborations.groups;
    expect(facts).toContain(
      `Swedish examples: ${tierText(sweden?.sectorTiers[0])} most common, then ${tierText(sweden?.sectorTiers[1])}.`,
    );
    expect(facts).toContain(
      `International examples: ${tierText(international?.sectorTiers[0])} most common, then ${tierText(international?.sectorTiers[1])}.`,
    );
    expect(facts).toContain(
      `${sweden?.exampleCount} Swedish and ${international?.exampleCount} international examples`,
    );
    expect(facts).toContain(
      `Forms of organisation: ${collaborations.forms
        .map((form) => `${form.label.en.toLowerCase()}s`)
        .join(', ')
        .replace(/, (\w+)$/, ' and $1')}.`,
    );
  });

  it('for the 12 areas, their labels and national shares', () => {
    const rows = [...facts.matchAll(/^\| (\d+) \| ([^|]+) \| ([^|]+) \| ([\d.]+) % \|$/gm)].map(
      ([, , sv, en, share]) => ({ sv: sv?.trim(), en: en?.trim(), share: Number(share) }),
    );
    expect(rows).toHaveLength(12);
    const published = survey.shares
      .filter((share) => share.provenance.kind === 'published')
      .map((share) => {
        const area = survey.areas.find((candidate) => candidate.id === share.area);
        return { sv: area?.label.sv, en: area?.label.en, share: share.share };
      });
    expect(published).toEqual(rows);
  });

  it('for the survey method', () => {
    const [, recipients, rate] = facts.match(/Sent to (\d+) people; response rate (\d+) %/) ?? [];
    expect(survey.method.recipients.value).toBe(Number(recipients));
    expect(survey.method.responseRate.value).toBe(Number(rate));
    expect(facts).toContain('When: December 2019');
    expect(survey.method.fieldwork.value).toBe('2019-12');
    expect(facts).toContain('12 proposed areas');
    expect(survey.method.areasOffered.value).toBe(12);
    expect(facts).toContain('ranked the five areas');
    expect(survey.method.areasRanked.value).toBe(5);
  });

  it('for the ESF regions, their NUTS-2 codes, English names and counties', () => {
    const rows = [...facts.matchAll(/^\| ([^|]+) \| ([^|]+) \| (SE\d\d) \| ([^|]+) \|$/gm)].map(
      ([, sv, counties, code, en]) => ({
        sv: sv?.replace(/\(.*\)/, '').trim(),
        counties: counties?.split(',').map((county) => county.trim()),
        code,
        en: en?.trim(),
      }),
    );
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const region = regions.regions.find((candidate) => candidate.code === row.code);
      expect(region?.name).toEqual({ sv: row.sv, en: row.en });
      expect(region?.nuts2).toBe(row.code);
      const counties = regions.regions.filter((candidate) => candidate.parent === row.code);
      expect(counties.map((county) => county.name.sv)).toEqual(
        row.counties?.map((name) => expect.stringMatching(new RegExp(`^${name}s? län$`))),
      );
    }
    expect(facts).toMatch(/ESF Nationellt \| whole country \| "SE0"/);
    expect(regions.regions.find((region) => region.code === 'SE0')?.name.sv).toBe('ESF Nationellt');
  });
});
