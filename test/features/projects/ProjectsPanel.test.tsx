import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { generateProjects, toRowForm } from '../../../bench/generate.mjs';
import projectsFile from '../../../public/data/projects.json';
import { projectsHandler } from '../../../mocks/handlers/projects';
import { server } from '../../../mocks/node';
import { renderApp } from '../../renderApp';

const tableFigure = () => screen.findByRole('figure', { name: 'Project list' });
const mapFigure = () => screen.findByRole('figure', { name: 'Projects per ESF region' });
const projectRows = (figure: HTMLElement) => figure.querySelectorAll('tbody tr[data-row]');
const rowIds = (figure: HTMLElement) =>
  [...projectRows(figure)].map((row) => row.getAttribute('data-row'));

describe('ProjectsPanel', () => {
  it('lists every project with its provenance, and draws the map and timeline', async () => {
    renderApp('/projects?lang=en');
    const table = await tableFigure();
    await within(table).findByRole('table', { name: '40 of 40 projects' });
    expect(projectRows(table)).toHaveLength(40);
    expect(within(table).getByRole('button', { name: /Partly illustrative/ })).toBeVisible();
    expect(table).toHaveTextContent('Records 22-018-S01, 22-017-S04, 23-017-S04');
    const record = within(table).getByRole('row', { name: /Centre of Excellence/ });
    expect(within(record).getByText('Published record')).toBeVisible();
    expect(within(record).getByText('15 Dec 2022')).toBeVisible();
    const example = within(table).getByRole('row', { name: /Illustrative project 07/ });
    expect(within(example).getByText('Illustrative')).toBeVisible();
    const undatedRow = within(table).getByRole('row', { name: /Barnfattigdom i Botkyrka/ });
    expect(within(undatedRow).getAllByText('not published')).toHaveLength(2);

    const map = await mapFigure();
    const tiles = within(within(map).getByRole('group', { name: 'Projects per ESF region' }));
    expect(tiles.getAllByRole('button')).toHaveLength(9);
    expect(tiles.getAllByRole('button', { pressed: false })).toHaveLength(9);
    expect(within(map).getByRole('button', { name: 'South Sweden: 5 projects' })).toBeVisible();
    // Shaded by count against the region with the most (South Sweden's 5).
    const share = (name: string) =>
      within(map).getByRole('button', { name }).style.getPropertyValue('--count-share');
    expect(share('South Sweden: 5 projects')).toBe('1');
    expect(share('Upper Norrland: 4 projects')).toBe('0.8');
    expect(map).toHaveTextContent('Most projects: ESF national, 7 of the 40');

    const timeline = screen.getByRole('figure', { name: 'Project periods' });
    expect(within(timeline).getByRole('img')).toHaveAccessibleName(
      'Timeline of 38 project periods from 1 Sept 2015 to 30 Sept 2028.',
    );
    expect(timeline).toHaveTextContent(
      'Dates not published: Barnfattigdom i Botkyrka, Barnutsatthet i Örebro.',
    );
  });

  it('tells published, derived and made-up dates apart on the timeline and in the list', async () => {
    renderApp('/projects?lang=en');
    const timeline = await screen.findByRole('figure', { name: 'Project periods' });
    const chart = await within(timeline).findByRole('img');
    const bar = (key: string) => chart.querySelector(`g[data-key="${key}"] rect`);
    expect(bar('22-018-S01')).toHaveAttribute('data-provenance', 'published');
    expect(bar('22-018-S01')?.getAttribute('fill')).not.toMatch(/^url/);
    expect(bar('social-innovation-skane')).toHaveAttribute('data-provenance', 'derived');
    expect(bar('social-innovation-skane')?.getAttribute('fill')).toMatch(/^url\(#.+-derived\)$/);
    expect(bar('EX-01')?.getAttribute('fill')).toMatch(/^url\(#.+-illustrative\)$/);
    expect(
      within(timeline).getByRole('list', { name: 'What the bars’ textures mean' }),
    ).toHaveTextContent(
      'Published datesA date derived from a published oneDates made up to demonstrate',
    );
    const table = await tableFigure();
    const skane = within(table).getByRole('row', { name: /Social Innovation Skåne/ });
    expect(within(skane).getByText('derived')).toBeVisible();
    const record = within(table).getByRole('row', { name: /Centre of Excellence/ });
    expect(within(record).queryByText('derived')).not.toBeInTheDocument();
  });

  it('marks the map and timeline published or derived when only published records match', async () => {
    renderApp('/projects?lang=en&q=Sk%C3%A5ne');
    const map = await mapFigure();
    await within(map).findByRole('group', { name: 'Projects per ESF region' });
    expect(within(map).getByRole('button', { name: /^Derived/ })).toBeVisible();
    expect(within(map).queryByRole('button', { name: /Illustrative data/ })).toBeNull();
    expect(map).toHaveTextContent('Counts of the published records that match.');
    const timeline = screen.getByRole('figure', { name: 'Project periods' });
    expect(within(timeline).getByRole('button', { name: /^Derived/ })).toBeVisible();
    expect(
      within(timeline).getByRole('list', { name: 'What the bars’ textures mean' }),
    ).toHaveTextContent('A date derived from a published one');
  });

  it('narrows the list as the user types, without a history entry per keystroke', async () => {
    const { history, router } = renderApp('/projects?lang=en');
    const table = await tableFigure();
    await within(table).findByRole('table');
    const entries = history.length;
    await userEvent.type(screen.getByRole('searchbox', { name: /Search by name/ }), 'malmo');
    expect(await within(table).findByRole('table', { name: '1 of 40 projects' })).toBeVisible();
    expect(rowIds(table)).toEqual(['22-018-S01']);
    expect(screen.getByRole('searchbox')).toHaveValue('malmo');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'malmo' }));
    expect(history.length).toBe(entries);
  });

  it('sorts by a column header, then reverses the order', async () => {
    renderApp('/projects?lang=en');
    const table = await tableFigure();
    await within(table).findByRole('table');
    const nameHeader = table.querySelector('th[data-column="name"]');
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    const sortByName = within(table).getByRole('button', { name: 'Name' });
    expect(sortByName).toHaveAccessibleDescription('Sort by name');
    await userEvent.click(sortByName);
    await waitFor(() => expect(nameHeader).toHaveAttribute('aria-sort', 'ascending'));
    expect(table.querySelector('th[data-column="caseNumber"]')).not.toHaveAttribute('aria-sort');
    expect(rowIds(table)[0]).toBe('22-017-S04');
    await userEvent.click(sortByName);
    await waitFor(() => expect(nameHeader).toHaveAttribute('aria-sort', 'descending'));
    expect(rowIds(table)[0]).toBe('social-innovation-skane');
  });

  it('filters by programme area and fund from the toolbar', async () => {
    renderApp('/projects?lang=en');
    const table = await tableFigure();
    await within(table).findByRole('table');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Fund' }), 'ERDF');
    expect(await within(table).findByRole('table', { name: '1 of 40 projects' })).toBeVisible();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Fund' }), '');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Programme area' }), 'D');
    expect(await within(table).findByRole('table', { name: '1 of 40 projects' })).toBeVisible();
    expect(rowIds(table)).toEqual(['EX-11']);
  });

  it('sets the region filter from a map tile, and clears it from the same tile', async () => {
    const { router } = renderApp('/projects?lang=en');
    const table = await tableFigure();
    await within(table).findByRole('table');
    const map = await mapFigure();
    const tile = within(map).getByRole('button', { name: 'Upper Norrland: 4 projects' });
    await userEvent.click(tile);
    expect(await within(table).findByRole('table', { name: '4 of 40 projects' })).toBeVisible();
    expect(tile).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ region: 'SE33' }));
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('SE33');
    await userEvent.click(tile);
    expect(await within(table).findByRole('table', { name: '40 of 40 projects' })).toBeVisible();
    expect(tile).toHaveAttribute('aria-pressed', 'false');
  });

  it('counts national projects in every region when asked to', async () => {
    renderApp('/projects?lang=en&region=SE33');
    const table = await tableFigure();
    await within(table).findByRole('table', { name: '4 of 40 projects' });
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Count national projects in every region' }),
    );
    expect(await within(table).findByRole('table', { name: '11 of 40 projects' })).toBeVisible();
    const map = await mapFigure();
    expect(within(map).getByRole('button', { name: 'Upper Norrland: 11 projects' })).toBeVisible();
  });

  it('offers to clear the search and filters when nothing matches', async () => {
    renderApp('/projects?lang=en&q=zzz&level=policy');
    const table = await tableFigure();
    expect(
      await within(table).findByText('No project matches the search and filters.'),
    ).toBeVisible();
    await userEvent.click(within(table).getByRole('button', { name: 'Clear search and filters' }));
    expect(await within(table).findByRole('table', { name: '40 of 40 projects' })).toBeVisible();
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('names the file, record and field of bad data and keeps the view standing', async () => {
    server.use(projectsHandler('malformed'));
    renderApp('/projects?lang=en');
    const table = await tableFigure();
    expect(await within(table).findByRole('alert')).toHaveTextContent(
      /projects\.json: projects\[7\]\.endDate\.value: the project ends \(2001-01-01\)/,
    );
    expect(within(table).getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(screen.getByRole('navigation')).toBeVisible();
  });

  it('shows the empty state for a dataset without projects', async () => {
    server.use(projectsHandler('empty'));
    renderApp('/projects');
    const table = await screen.findByRole('figure', { name: 'Projektlista' });
    expect(
      await within(table).findByText('Inget projekt matchar sökningen och filtren.'),
    ).toBeVisible();
  });

  it('sums up the list: how many projects are published records and how many illustrative', async () => {
    renderApp('/projects?lang=en&fund=ERDF');
    const list = await screen.findByRole('figure', { name: /Project list/ });
    expect(
      await within(list).findByText('1 project: 1 published record and 0 illustrative.'),
    ).toBeVisible();
    expect(within(list).getByRole('link', { name: 'Sources and method' })).toHaveAttribute(
      'href',
      '/sources?lang=en#projects',
    );
  });
});

describe('ProjectsPanel on a large registry', () => {
  const file = generateProjects(600, 7, projectsFile);
  const rows = toRowForm(file).projects;
  const dated = rows.filter((project) => project.startDate && project.endDate).length;

  it('counts projects running per month, lists them virtualised and counts the regions', async () => {
    server.use(http.get('*/data/projects.json', () => HttpResponse.json(file)));
    renderApp('/projects?lang=en');
    const table = await tableFigure();
    const list = await within(table).findByRole('table', { name: '600 of 600 projects' });
    expect(list).toHaveAttribute('aria-rowcount', '601');
    expect(projectRows(table).length).toBeLessThan(600);

    const timeline = screen.getByRole('figure', { name: /Project periods/ });
    expect(timeline).toHaveTextContent(
      'Over 100 dated projects: the chart counts the projects running in each month.',
    );
    const chart = within(timeline).getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(
      new RegExp(`^Timeline of ${dated} project periods from .+\\. At most \\d+ running at once`),
    );
    expect(timeline).toHaveTextContent(`Dates not published for ${600 - dated} projects.`);
    await userEvent.click(within(timeline).getByRole('button', { name: 'Table' }));
    const months = within(timeline).getByRole('table');
    expect(within(months).getByRole('columnheader', { name: 'Projects running' })).toBeVisible();
    expect(within(months).getAllByRole('row').length).toBeGreaterThan(24);

    const map = await mapFigure();
    const counts = within(map)
      .getAllByRole('button', { name: /projects?$/ })
      .map((tile) => Number(/: ([\d,]+) project/.exec(tile.getAttribute('aria-label') ?? '')?.[1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(600);
  });

  it('narrows the registry by search while sorted by name', async () => {
    server.use(http.get('*/data/projects.json', () => HttpResponse.json(file)));
    renderApp('/projects?lang=en&q=kommun&sort=name&dir=desc');
    const owned = rows.filter((project) =>
      /kommun/i.test(`${project.name.value} ${project.owner.value}`),
    ).length;
    const table = await tableFigure();
    expect(
      await within(table).findByRole('table', { name: `${owned} of 600 projects` }),
    ).toBeVisible();
  });
});
