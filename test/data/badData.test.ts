import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetFaults } from '../../mocks/handlers/faults';
import { server } from '../../mocks/node';
import { collaborationsDatasetSchema } from '../../src/data/collaborationsSchema';
import { DatasetError } from '../../src/data/DatasetError';
import { fetchText, parseDataset } from '../../src/data/loadDataset';
import { projectsDatasetSchema } from '../../src/data/projectsSchema';
import { unknownRegionReference } from '../../src/data/regionReferences';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { surveyDatasetSchema } from '../../src/data/surveySchema';
import type { z } from '../../src/data/zod';
import { matchProjects } from '../../src/features/projects/projectTable';

const dataFolder = path.resolve(import.meta.dirname, '..', '..', 'public', 'data');
const SCHEMAS: Record<string, z.ZodType> = {
  'survey-2019.json': surveyDatasetSchema,
  'regions.json': regionsDatasetSchema,
  'collaborations.json': collaborationsDatasetSchema,
  'projects.json': projectsDatasetSchema,
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const bundledText = (file: string) => readFileSync(path.join(dataFolder, file), 'utf8');
const bundled = (file: string): Json => JSON.parse(bundledText(file)) as Json;

/** The bundled file, changed by `change` (which edits a fresh copy in place). */
function changed(file: string, change: (data: Json) => void): string {
  const data = bundled(file);
  change(data);
  return JSON.stringify(data);
}

/** The text saved as Windows-1252: "ö" becomes the single byte 0xF6. */
function windows1252Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    return code < 256 ? code : 0x3f;
  });
}

/** The same text as a server would deliver it after a Windows-1252 save, decoded as UTF-8. */
function decodedFromWindows1252(text: string): string {
  return new TextDecoder('utf-8').decode(windows1252Bytes(text));
}

function rejection(file: string, text: string): DatasetError {
  try {
    parseDataset(file, text, SCHEMAS[file]!);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be rejected`);
}

/** Each bad input, the file it lands in, and the message that must name file, record and field. */
const BAD_INPUTS: { name: string; file: string; text: () => string; message: RegExp }[] = [
  {
    name: 'malformed JSON',
    file: 'regions.json',
    text: () => '{"dataset": "regions",, }',
    message: /^regions\.json: not valid JSON \(/,
  },
  {
    name: 'truncated JSON',
    file: 'projects.json',
    text: () => bundledText('projects.json').slice(0, 5000),
    message: /^projects\.json: not valid JSON \(/,
  },
  {
    name: 'an empty file',
    file: 'collaborations.json',
    text: () => '',
    message: /^collaborations\.json: not valid JSON \(/,
  },
  {
    name: 'an HTML page served as 200',
    file: 'survey-2019.json',
    text: () => '\n  <!DOCTYPE html><html><title>Log in</title></html>',
    message: /^survey-2019\.json: expected JSON but got an HTML page/,
  },
  {
    name: 'JSON of the wrong shape (an array)',
    file: 'regions.json',
    text: () => '[]',
    message: /^regions\.json: expected object/,
  },
  {
    name: 'a wrong type (a share as text)',
    file: 'survey-2019.json',
    text: () => changed('survey-2019.json', (data) => (data.shares[3].share = '15%')),
    message:
      /^survey-2019\.json: shares\[3\]\.share: expected a number between 0 and 100, got "15%"$/,
  },
  {
    name: 'a wrong type (a project name as a number)',
    file: 'projects.json',
    text: () => changed('projects.json', (data) => (data.projects[4].name.value = 42)),
    message: /^projects\.json: projects\[4\]\.name\.value: expected string, got 42$/,
  },
  {
    name: 'a missing field',
    file: 'regions.json',
    text: () => changed('regions.json', (data) => delete data.regions[2].name),
    message: /^regions\.json: regions\[2\]\.name: expected object, but the field is missing$/,
  },
  {
    name: 'a missing field in a project',
    file: 'projects.json',
    text: () => changed('projects.json', (data) => delete data.projects[9].owner),
    message: /^projects\.json: projects\[9\]\.owner: expected object, but the field is missing$/,
  },
  {
    name: 'an extra field',
    file: 'collaborations.json',
    text: () => changed('collaborations.json', (data) => (data.examples[1].budget = 100)),
    message: /^collaborations\.json: examples\[1\]: unexpected field "budget"$/,
  },
  {
    name: 'an empty list that must have entries (regions)',
    file: 'regions.json',
    text: () => changed('regions.json', (data) => (data.regions = [])),
    message: /^regions\.json: regions: too small/i,
  },
  {
    name: 'an empty list of sources',
    file: 'collaborations.json',
    text: () => changed('collaborations.json', (data) => (data.sources = [])),
    message: /^collaborations\.json: sources: too small/i,
  },
  {
    name: 'a duplicate project id',
    file: 'projects.json',
    text: () =>
      changed('projects.json', (data) => (data.projects[5].id = data.projects[2].id as string)),
    message: /^projects\.json: projects\[5\]\.id: duplicate project id "/,
  },
  {
    name: 'a duplicate area id',
    file: 'survey-2019.json',
    text: () => changed('survey-2019.json', (data) => data.areas.push(data.areas[1])),
    message: /^survey-2019\.json: areas\[12\]\.id: duplicate id "/,
  },
  {
    name: 'a duplicate region code',
    file: 'regions.json',
    text: () =>
      changed('regions.json', (data) => (data.regions[6].code = data.regions[5].code as string)),
    message: /^regions\.json: regions\[6\]\.code: duplicate region code "/,
  },
  {
    name: 'a duplicate example id',
    file: 'collaborations.json',
    text: () =>
      changed('collaborations.json', (data) => (data.examples[3].id = data.examples[0].id)),
    message: /^collaborations\.json: examples\[3\]\.id: duplicate example id "/,
  },
  {
    name: 'a duplicate sector id',
    file: 'collaborations.json',
    text: () => changed('collaborations.json', (data) => data.sectors.push(data.sectors[0])),
    message: /^collaborations\.json: sectors\[4\]\.id: duplicate id "/,
  },
  {
    name: 'a duplicate source id',
    file: 'projects.json',
    text: () => changed('projects.json', (data) => data.sources.push(data.sources[0])),
    message: /^projects\.json: sources\[\d+\]\.id: duplicate id "/,
  },
  {
    name: 'shares that do not sum to 100',
    file: 'survey-2019.json',
    text: () => changed('survey-2019.json', (data) => (data.shares[0].share = 16)),
    message: /^survey-2019\.json: shares\[0\]\.share: the shares of region SE sum to 101, not 100$/,
  },
  {
    name: 'a negative share',
    file: 'survey-2019.json',
    text: () => changed('survey-2019.json', (data) => (data.shares[2].share = -4)),
    message: /^survey-2019\.json: shares\[2\]\.share: expected a number between 0 and 100, got -4 /,
  },
  {
    name: 'a negative amount',
    file: 'projects.json',
    text: () => changed('projects.json', (data) => (data.projects[0].amounts[0].amount = -1)),
    message: /^projects\.json: projects\[0\]\.amounts\[0\]\.amount: .*>=0.*, got -1$/,
  },
  {
    name: 'a negative count of participants',
    file: 'projects.json',
    text: () => changed('projects.json', (data) => (data.projects[0].participants.value = -3)),
    message: /^projects\.json: projects\[0\]\.participants\.value: .*, got -3$/,
  },
  {
    name: '"NaN" as a share',
    file: 'survey-2019.json',
    text: () => changed('survey-2019.json', (data) => (data.shares[1].share = 'NaN')),
    message:
      /^survey-2019\.json: shares\[1\]\.share: expected a number between 0 and 100, got "NaN"$/,
  },
  {
    name: 'NaN written by a careless serialiser (not JSON)',
    file: 'survey-2019.json',
    text: () => bundledText('survey-2019.json').replace(/"share": ?15\b/, '"share": NaN'),
    message: /^survey-2019\.json: not valid JSON \(/,
  },
  {
    name: 'null as a share',
    file: 'survey-2019.json',
    text: () => changed('survey-2019.json', (data) => (data.shares[1].share = null)),
    message:
      /^survey-2019\.json: shares\[1\]\.share: expected a number between 0 and 100, got null$/,
  },
  {
    name: 'a project that ends before it starts',
    file: 'projects.json',
    text: () =>
      changed('projects.json', (data) => {
        data.projects[0].endDate.value = '2001-01-01';
      }),
    message:
      /^projects\.json: projects\[0\]\.endDate\.value: the project ends \(2001-01-01\) before it starts/,
  },
  {
    name: 'a date that is no date',
    file: 'projects.json',
    text: () =>
      changed('projects.json', (data) => (data.projects[0].startDate.value = '2023-02-30')),
    message: /^projects\.json: projects\[0\]\.startDate\.value: expected an ISO date/,
  },
  {
    name: 'a malformed region code',
    file: 'projects.json',
    text: () => changed('projects.json', (data) => (data.projects[7].region.value = 'Malmö')),
    message: /^projects\.json: projects\[7\]\.region\.value: expected a region code/,
  },
  {
    name: 'a region whose parent does not exist',
    file: 'regions.json',
    text: () => changed('regions.json', (data) => (data.regions[12].parent = 'SE99')),
    message: /^regions\.json: regions\[12\]\.parent: unknown parent region "SE99"/,
  },
  {
    name: 'Windows-1252 bytes',
    file: 'regions.json',
    text: () => decodedFromWindows1252(bundledText('regions.json')),
    message: /^regions\.json: title\.sv: the file is not UTF-8 \(perhaps Windows-1252/,
  },
  {
    name: 'Windows-1252 bytes in a file that is not JSON either',
    file: 'regions.json',
    text: () => decodedFromWindows1252('{"name": "Malmö"'),
    message: /^regions\.json: not valid JSON \(.*\); the file is not UTF-8/,
  },
];

describe('parseDataset on bad data', () => {
  it.each(BAD_INPUTS)(
    'rejects $name, naming the file, record and field',
    ({ file, text, message }) => {
      const error = rejection(file, text());
      expect(error.message).toMatch(message);
      expect(error.retryable).toBe(false);
    },
  );

  it('accepts a byte-order mark', () => {
    const parsed = parseDataset(
      'regions.json',
      `\uFEFF${bundledText('regions.json')}`,
      regionsDatasetSchema,
    );
    expect(parsed.regions.length).toBeGreaterThan(20);
  });

  it('accepts empty lists where the view has an empty state (no projects, no shares)', () => {
    const projects = changed('projects.json', (data) => (data.projects = []));
    expect(parseDataset('projects.json', projects, projectsDatasetSchema).projects).toEqual([]);
    const survey = changed('survey-2019.json', (data) => (data.shares = []));
    expect(parseDataset('survey-2019.json', survey, surveyDatasetSchema).shares).toEqual([]);
  });

  it('accepts shares that miss 100 only by floating-point error', () => {
    const text = changed('survey-2019.json', (data) => {
      data.shares[0].share = 15.01;
      data.shares[1].share = 12.99;
    });
    expect(() => parseDataset('survey-2019.json', text, surveyDatasetSchema)).not.toThrow();
  });

  it('composes NFD text to NFC, so that "Malmö" equals, sorts and searches as typed', () => {
    const decomposed = 'Malmo\u0308 stad';
    expect(decomposed).not.toBe('Malmö stad');
    const text = changed('projects.json', (data) => (data.projects[0].owner.value = decomposed));
    const parsed = parseDataset('projects.json', text, projectsDatasetSchema);
    const owner = parsed.projects[0]!.owner.value;
    expect(owner).toBe('Malmö stad');
    expect(owner.length).toBe(10);
    const found = (query: string) =>
      matchProjects(parsed, [], {
        query,
        area: null,
        fund: null,
        region: null,
        level: null,
        nationalEverywhere: false,
      }).rows.includes(0);
    expect(found('Malmö')).toBe(true);
    expect(found('malmo stad')).toBe(true);
  });
});

describe('references between datasets', () => {
  const regions = parseDataset('regions.json', bundledText('regions.json'), regionsDatasetSchema);

  it('finds no unknown region in the bundled datasets', () => {
    for (const file of ['survey-2019.json', 'collaborations.json', 'projects.json'] as const) {
      const dataset = parseDataset(file, bundledText(file), SCHEMAS[file]!) as Parameters<
        typeof unknownRegionReference
      >[1];
      expect(unknownRegionReference(file, dataset, regions), file).toBeNull();
    }
  });

  it('names the record that points at a region the regions dataset lacks', () => {
    const projects = parseDataset(
      'projects.json',
      changed('projects.json', (data) => (data.projects[11].region.value = 'SE-ZZ')),
      projectsDatasetSchema,
    );
    expect(unknownRegionReference('projects.json', projects, regions)?.message).toBe(
      'projects.json: projects[11].region.value: unknown region "SE-ZZ" (not in regions.json)',
    );
    const survey = parseDataset(
      'survey-2019.json',
      changed('survey-2019.json', (data) => {
        for (const share of data.shares) if (share.region === 'SE-T') share.region = 'SE-XX';
      }),
      surveyDatasetSchema,
    );
    expect(unknownRegionReference('survey-2019.json', survey, regions)?.message).toMatch(
      /^survey-2019\.json: shares\[\d+\]\.region: unknown region "SE-XX"/,
    );
    const collaborations = parseDataset(
      'collaborations.json',
      changed('collaborations.json', (data) => (data.examples[2].region = 'XK')),
      collaborationsDatasetSchema,
    );
    expect(unknownRegionReference('collaborations.json', collaborations, regions)?.location).toBe(
      'examples[2].region',
    );
  });
});

describe('fetching bad responses', () => {
  afterEach(() => vi.useRealTimers());

  it.each([
    [404, false],
    [500, true],
    [503, true],
    [429, true],
  ])('reports HTTP %i (retryable: %s)', async (status, retryable) => {
    server.use(datasetFaults.status('survey-2019.json', status));
    await expect(fetchText('survey-2019.json')).rejects.toMatchObject({
      message: expect.stringMatching(`^survey-2019.json: the server answered ${status}`),
      retryable,
    });
  });

  it('rejects a 50 MB file with a declared length before reading it', async () => {
    server.use(datasetFaults.huge('collaborations.json', 50, { declareLength: true }));
    await expect(fetchText('collaborations.json')).rejects.toMatchObject({
      message: 'collaborations.json: the file is 50 MB, more than the limit of 10 MB',
      retryable: false,
    });
  });

  it('rejects a 50 MB file sent without a length once it passes the limit', async () => {
    server.use(datasetFaults.huge('collaborations.json', 50));
    await expect(fetchText('collaborations.json')).rejects.toMatchObject({
      message: 'collaborations.json: the file is larger than the limit of 10 MB',
      retryable: false,
    });
  });

  it('decodes the bytes as UTF-8, so Windows-1252 bytes show up as not UTF-8', async () => {
    const text = bundledText('regions.json');
    server.use(datasetFaults.bytes('regions.json', windows1252Bytes(text)));
    const fetched = await fetchText('regions.json');
    expect(rejection('regions.json', fetched).detail).toMatch(/^the file is not UTF-8/);
  });

  it('drops a byte-order mark from the fetched bytes', async () => {
    const body = new TextEncoder().encode(`\uFEFF${bundledText('regions.json')}`);
    server.use(datasetFaults.bytes('regions.json', body));
    const fetched = await fetchText('regions.json');
    expect(parseDataset('regions.json', fetched, regionsDatasetSchema).dataset).toBe('regions');
  });

  it('reports a connection that drops mid-file as retryable network trouble', async () => {
    server.use(datasetFaults.dropsMidBody('projects.json'));
    await expect(fetchText('projects.json')).rejects.toMatchObject({
      message: 'projects.json: the network request failed',
      retryable: true,
    });
  });

  it('gives up on a request that never answers after 15 s, as a retryable time-out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(datasetFaults.neverAnswers('regions.json'));
    const fetching = fetchText('regions.json');
    const settled = expect(fetching).rejects.toMatchObject({
      message: 'regions.json: no answer within 15 s',
      retryable: true,
    });
    await vi.advanceTimersByTimeAsync(14_999);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
  });
});
