import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import projectsFile from '../../public/data/projects.json';
import surveyFile from '../../public/data/survey-2019.json';
import { projectsHandler } from '../../mocks/handlers/projects';
import { server } from '../../mocks/node';
import { provenanceCounts, sourceUses } from '../../src/app/sourcesSummary';
import { projectsDatasetSchema } from '../../src/data/projectsSchema';
import { surveyDatasetSchema } from '../../src/data/surveySchema';
import { renderApp } from '../renderApp';

const survey = surveyDatasetSchema.parse(surveyFile);
const projects = projectsDatasetSchema.parse(projectsFile);

describe('sourceUses', () => {
  it('lists what a dataset takes from a source, found from the provenance of its values', () => {
    const uses = sourceUses(survey, 'msi-survey-2019');
    const method = uses.find((use) => use.place === 'method');
    expect(method?.items).toEqual([
      { name: 'fieldwork', value: '2019-12' },
      { name: 'recipients', value: 253 },
      { name: 'responseRate', value: 40 },
      { name: 'areasOffered', value: 12 },
      { name: 'areasRanked', value: 5 },
    ]);
    expect(uses.find((use) => use.place === 'shares')?.unnamed).toBe(12);
    expect(uses.find((use) => use.place === 'areas')?.items).toHaveLength(12);
  });

  it('names each project record and field that cites a source', () => {
    const uses = sourceUses(projects, 'kohesio-22-018-s01');
    expect(uses.map((use) => use.place)).toContain('projects › 22-018-S01');
    expect(uses.find((use) => use.place === 'projects › 22-018-S01 › amounts')?.unnamed).toBe(2);
  });
});

describe('provenanceCounts', () => {
  it('counts the survey’s published, derived and illustrative values', () => {
    const counts = provenanceCounts(survey);
    // 5 published method values, 12 areas and 12 national shares; respondents derived.
    expect(counts.published).toBe(5 + 12 + 12);
    expect(counts.derived).toBe(1);
    expect(counts.illustrative).toBe(survey.shares.length - 12);
  });
});

/** The page's section for one dataset, once the lazily loaded page is there. */
async function datasetSection(id: string): Promise<HTMLElement> {
  await screen.findByRole('heading', { level: 1, name: 'Sources and method' });
  const section = document.getElementById(id);
  if (!section) throw new Error(`no section #${id}`);
  return section;
}

describe('SourcesPage', () => {
  it('lists every source of every dataset with its publisher and only web links', async () => {
    renderApp('/sources?lang=en');
    const surveySection = await datasetSection('survey-2019');
    expect(
      await within(surveySection).findByText(
        'Social innovation in focus: knowledge and capacity development',
      ),
    ).toBeVisible();
    expect(within(surveySection).getByText('Mötesplats Social Innovation (MSI)')).toBeVisible();
    const method = within(surveySection)
      .getByText(/Recipients \(253\)/)
      .closest('li');
    expect(method).toHaveTextContent(
      'Method: Fieldwork (2019-12), Recipients (253), Response rate (%) (40)',
    );
    const counties = within(await datasetSection('regions')).getByText(
      /Norrbotten County \(SE-BD\)/,
    );
    expect(counties.closest('li')).toHaveTextContent('Regions: Västerbotten County (SE-AC), ');
    const sectors = within(await datasetSection('collaborations')).getByText(/^Sectors$/);
    expect(sectors.closest('li')).toHaveTextContent(
      'Sectors: Public sector, Academia, Civil society, Business',
    );
    const projectsSection = await datasetSection('projects');
    await within(projectsSection).findByText('https://kohesio.eu/en/projects/Q7362622');
    const links = within(projectsSection).getAllByRole('link');
    for (const link of links) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    for (const id of ['collaborations', 'regions']) {
      expect(
        await within(await datasetSection(id)).findAllByText(/Mötesplats|Eurostat/),
      ).not.toHaveLength(0);
    }
  });

  it('names a project’s fields as its record page does, in the page’s language', async () => {
    renderApp('/sources');
    await screen.findByRole('heading', { level: 1, name: 'Källor och metod' });
    const projectsSection = document.getElementById('projects')!;
    const botkyrka = await within(projectsSection).findByText('Projekt › 22-017-S04');
    const line = botkyrka.closest('li');
    expect(line).toHaveTextContent('Diarienummer / Projektnummer (22-017-S04)');
    expect(line).toHaveTextContent('Projektägare organisationsnummer (2120002882)');
    expect(line).not.toHaveTextContent('caseNumber');
  });

  it('shows the survey’s method with provenance, the definitions and the counts per kind', async () => {
    renderApp('/sources?lang=en');
    const method = await screen.findByRole('table', { name: /survey’s method/ });
    expect(within(method).getByRole('row', { name: /Sent to 253 Published/ })).toBeVisible();
    expect(within(method).getByRole('row', { name: /Response rate 40% Published/ })).toBeVisible();
    expect(
      within(method).getByRole('row', { name: /Respondents \(about\) 101 Derived/ }),
    ).toBeVisible();
    expect(within(method).getByRole('row', { name: /Fieldwork December 2019/ })).toBeVisible();
    expect(await screen.findByText('Development of regional policies.')).toBeVisible();
    expect(screen.getByText(/dashboard’s own wording/)).toBeVisible();
    const kinds = screen.getByRole('table', { name: /published, derived or illustrative/ });
    expect(within(kinds).getAllByRole('row')).toHaveLength(5);
    expect(screen.getByText(/The sources publish national figures only/)).toBeVisible();
  });

  it('shows an error with a retry for a dataset that fails, and the rest of the page', async () => {
    server.use(projectsHandler('server-error'));
    renderApp('/sources?lang=en');
    const section = await datasetSection('projects');
    expect(await within(section).findByRole('alert')).toBeVisible();
    expect(await screen.findByRole('table', { name: /survey’s method/ })).toBeVisible();
    server.use(projectsHandler('default'));
    await userEvent.click(within(section).getByRole('button', { name: 'Try again' }));
    expect(
      await within(section).findByText('https://kohesio.eu/en/projects/Q7362622'),
    ).toBeVisible();
  });

  it('is in the navigation', async () => {
    renderApp('/?lang=en');
    const nav = await screen.findByRole('navigation', { name: 'Views' });
    expect(within(nav).getByRole('link', { name: 'Sources' })).toHaveAttribute(
      'href',
      '/sources?lang=en',
    );
  });
});
