import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collaborationsDatasetSchema } from '../../src/data/collaborationsSchema';
import { projectsDatasetSchema, type Project } from '../../src/data/projectsSchema';
import { parseDataset } from '../../src/data/loadDataset';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { surveyDatasetSchema } from '../../src/data/surveySchema';
import * as collaborationsFixtures from '../../mocks/fixtures/collaborationsFixtures';
import * as projectsFixtures from '../../mocks/fixtures/projectsFixtures';
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
const projects = parseDataset('projects.json', bundled('projects.json'), projectsDatasetSchema);

function projectById(id: string): Project {
  const project = projects.projects.find((candidate) => candidate.id === id);
  if (!project) throw new Error(`projects.json has no project ${id}`);
  return project;
}

/** Every field of a project whose provenance is `published`, with its value. */
function publishedFields(project: Project): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(project).flatMap(([key, field]) =>
      field !== null &&
      typeof field === 'object' &&
      'provenance' in field &&
      field.provenance.kind === 'published'
        ? [[key, field.value]]
        : [],
    ),
  );
}

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
    const { validProjects, emptyProjects, malformedProjects } = projectsFixtures;
    expect(projectsDatasetSchema.safeParse(validProjects).success).toBe(true);
    expect(projectsDatasetSchema.safeParse(emptyProjects).success).toBe(true);
    expect(projectsDatasetSchema.safeParse(malformedProjects).success).toBe(false);
  });

  it('mark every project’s result levels illustrative, and illustrative projects so in every field', () => {
    expect(projects.projects.length).toBeGreaterThanOrEqual(40);
    const regionCodes = new Set(regions.regions.map((region) => region.code));
    for (const project of projects.projects) {
      expect(project.resultLevels.provenance.kind, project.id).toBe('illustrative');
      expect(regionCodes.has(project.region.value), `${project.id} region`).toBe(true);
      if (project.id.startsWith('EX-')) {
        expect(Object.keys(publishedFields(project)), project.id).toEqual([]);
        expect(project.name.value).toMatch(/^Exempelprojekt \d+$/);
        expect(project.englishName?.value).toMatch(/^Illustrative project \d+$/);
      }
    }
    const illustrativeRegions = new Set(
      projects.projects.filter((p) => p.id.startsWith('EX-')).map((p) => p.region.value),
    );
    expect(illustrativeRegions).toEqual(
      new Set(['SE11', 'SE12', 'SE21', 'SE22', 'SE23', 'SE31', 'SE32', 'SE33', 'SE0']),
    );
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
  const flatFacts = facts.replace(/\s+/g, ' ');

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

  it('for every published field of project record 22-018-S01', () => {
    const section = facts.slice(facts.indexOf('## 3.'), facts.indexOf('## 4.'));
    const rows = new Map(
      [...section.matchAll(/^\| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)]
        .map(([, , en, value]) => [en?.trim() ?? '', value?.trim() ?? ''] as const)
        .filter(([en]) => en !== 'field (en)' && !en.startsWith('---')),
    );
    expect(rows.size).toBe(18);
    const yesNo = (text: string | undefined) => text?.startsWith('Ja');
    const expected = {
      country: rows.get('Country') === 'Sverige' ? 'SE' : rows.get('Country'),
      fund: rows.get('Fund'),
      programmeCci: rows.get('Programme CCI'),
      caseNumber: rows.get('Case / project number'),
      ownerOrgNumber:
        rows.get('Owner’s organisation number') ?? rows.get("Owner's organisation number"),
      owner: rows.get('Project owner'),
      name: rows.get('Name'),
      startDate: rows.get('Start date'),
      endDate: rows.get('End date'),
      euCofinancingRate: Number(rows.get('EU co-financing rate')?.replace(' %', '')),
      programmeArea: rows.get('Programme area')?.split(' ')[0],
      specificObjective: rows.get('Specific objective'),
      childPovertyTheme: yesNo(rows.get('Secondary theme: counter child poverty')),
      region: rows.get('Region')?.startsWith('ESF Nationellt') ? 'SE0' : rows.get('Region'),
      nuts2: rows.get('NUTS-2 code'),
      interventionType: rows.get('Intervention type'),
      participants: Number(rows.get('Number of participants')),
      strategicImportance: yesNo(rows.get('Operation of strategic importance')),
    };
    const published = publishedFields(projectById('22-018-S01'));
    const { partners, englishName, ...recordFields } = published;
    expect(recordFields).toEqual(expected);
    expect(flatFacts).toContain(`"${englishName as string}"`);
    for (const partner of ['Nationella nätverket för samordningsförbund', 'Malmö University']) {
      expect(facts).toContain(partner);
    }
    expect(partners).toEqual([
      'Mötesplats Social Innovation, Malmö universitet',
      'Nationella nätverket för samordningsförbund',
      'Region Örebro län – Partnerskap för social innovation',
    ]);
    const amounts = projectById('22-018-S01').amounts ?? [];
    expect(amounts.map(({ kind, amount, currency }) => ({ kind, amount, currency }))).toEqual([
      { kind: 'total-budget', amount: 1_350_000, currency: 'EUR' },
      { kind: 'eu-contribution', amount: 1_275_915.8, currency: 'EUR' },
    ]);
    expect(flatFacts).toContain('total budget EUR 1 350 000, EU contribution EUR 1 275 915.80');
  });

  it('for project records 22-017-S04 and 23-017-S04, and leaves their dates out', () => {
    for (const id of ['22-017-S04', '23-017-S04']) {
      const match = flatFacts.match(
        new RegExp(
          `- ${id} "(.+?)": owner (.+?) \\((\\d{10})\\), programme area (\\w), specific objective (\\w+), co-financing (\\d+) %, child-poverty theme (Ja|Nej), region ESF Nationellt, intervention type (\\d+), planned participants (\\d+)\\.`,
        ),
      );
      expect(match, id).not.toBeNull();
      const [, name, owner, orgNumber, area, objective, rate, theme, intervention, planned] =
        match ?? [];
      const project = projectById(id);
      expect(publishedFields(project)).toEqual({
        caseNumber: id,
        name,
        owner,
        ownerOrgNumber: orgNumber,
        programmeArea: area,
        specificObjective: objective,
        euCofinancingRate: Number(rate),
        childPovertyTheme: theme === 'Ja',
        region: 'SE0',
        interventionType: intervention,
        participantsPlanned: Number(planned),
      });
      expect(project.startDate, id).toBeUndefined();
      expect(project.endDate, id).toBeUndefined();
    }
  });

  it('for Social Innovation Skåne, an ERDF project with its amount in SEK', () => {
    const project = projectById('social-innovation-skane');
    expect(facts).toContain(
      'An ERDF (European Regional Development Fund) project owned by Coompanion Skåne',
    );
    expect(facts).toContain('ERDF project from 1 September 2015 for\nthree years, total 25 MSEK');
    expect(publishedFields(project)).toMatchObject({
      name: 'Social Innovation Skåne',
      owner: 'Coompanion Skåne',
      fund: 'ERDF',
      startDate: '2015-09-01',
    });
    expect(project.endDate?.provenance.kind).toBe('derived');
    expect(project.amounts?.map(({ amount, currency }) => ({ amount, currency }))).toEqual([
      { amount: 25_000_000, currency: 'SEK' },
    ]);
  });

  it('for the definitions of the four result levels', () => {
    expect(projects.resultLevels.map((level) => level.label.en)).toEqual([
      'Policy level',
      'Collaboration level',
      'Organisation level',
      'Individual level',
    ]);
    expect(facts).toContain(
      'policy level (regional policies), collaboration level (new\n  environments, models and services), organisation level (well-established, lasting support\n  structures), individual level (increased sense of belonging)',
    );
  });
});
