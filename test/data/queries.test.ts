import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import projectsFile from '../../public/data/projects.json';
import surveyFile from '../../public/data/survey-2019.json';
import { datasetResponseTimes } from '../../src/data/datasetResponses';
import { datasetUrl, FETCHED_AT_HEADER } from '../../src/data/loadDataset';
import { projectsQuery, surveyQuery, SURVEY_FILE } from '../../src/data/queries';
import { server } from '../../mocks/node';

const freshClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('dataset queries', () => {
  it('refuses a project that names a region regions.json lacks, naming its record', async () => {
    const projects = structuredClone(projectsFile);
    projects.projects[5]!.region.value = 'SE-ZZ';
    server.use(http.get('*/data/projects.json', () => HttpResponse.json(projects)));
    await expect(freshClient().fetchQuery(projectsQuery)).rejects.toThrow(
      'projects.json: projects[5].region.value: unknown region "SE-ZZ" (not in regions.json)',
    );
  });

  it('refuses a survey share of an unknown region', async () => {
    const survey = structuredClone(surveyFile);
    const moved = survey.shares[2]!.region;
    for (const share of survey.shares) if (share.region === moved) share.region = 'SE-XX';
    const first = survey.shares.findIndex((share) => share.region === 'SE-XX');
    server.use(http.get('*/data/survey-2019.json', () => HttpResponse.json(survey)));
    await expect(freshClient().fetchQuery(surveyQuery)).rejects.toThrow(
      `survey-2019.json: shares[${first}].region: unknown region "SE-XX" (not in regions.json)`,
    );
  });

  it('loads the bundled datasets, whose regions are all known', async () => {
    const client = freshClient();
    await expect(client.fetchQuery(projectsQuery)).resolves.toMatchObject({ dataset: 'projects' });
    await expect(client.fetchQuery(surveyQuery)).resolves.toMatchObject({
      dataset: 'survey-2019',
    });
  });

  it("keeps the service worker's word on when a shown dataset was fetched, and only then", async () => {
    const survey = datasetUrl(SURVEY_FILE);
    await freshClient().fetchQuery(surveyQuery);
    expect(datasetResponseTimes().has(survey)).toBe(false);
    const stamped = (stamp: string, body: object = surveyFile) =>
      server.use(
        http.get('*/data/survey-2019.json', () =>
          HttpResponse.json(body, { headers: { [FETCHED_AT_HEADER]: stamp } }),
        ),
      );
    stamped('1764000000000');
    await freshClient().fetchQuery(surveyQuery);
    expect(datasetResponseTimes().get(survey)).toBe(1764000000000);
    stamped('unknown');
    await freshClient().fetchQuery(surveyQuery);
    expect(datasetResponseTimes().get(survey)).toBeNull();
    // A stamped answer that fails validation, or names an unknown region, does not date the data
    // still on screen.
    stamped('1764000999000', { dataset: 'survey-2019' });
    await expect(freshClient().fetchQuery(surveyQuery)).rejects.toThrow('survey-2019.json');
    const unknownRegion = structuredClone(surveyFile);
    const moved = unknownRegion.shares[2]!.region;
    for (const share of unknownRegion.shares) if (share.region === moved) share.region = 'SE-XX';
    stamped('1764000999000', unknownRegion);
    await expect(freshClient().fetchQuery(surveyQuery)).rejects.toThrow('unknown region');
    expect(datasetResponseTimes().get(survey)).toBeNull();
  });
});
