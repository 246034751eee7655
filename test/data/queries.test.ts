import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import projectsFile from '../../public/data/projects.json';
import surveyFile from '../../public/data/survey-2019.json';
import { projectsQuery, surveyQuery } from '../../src/data/queries';
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
});
