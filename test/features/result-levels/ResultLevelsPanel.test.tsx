import { act, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { projectsHandler } from '../../../mocks/handlers/projects';
import { server } from '../../../mocks/node';
import { renderApp } from '../../renderApp';

const countsFigure = () => screen.findByRole('figure', { name: 'Projects per result level' });
const matrixFigure = () =>
  screen.findByRole('figure', { name: 'Which projects report results at which level' });
const projectRows = (figure: HTMLElement) => figure.querySelectorAll('tr[data-row]');

async function loadedMatrix() {
  const figure = await matrixFigure();
  await within(figure).findByRole('table');
  return figure;
}

describe('ResultLevelsPanel', () => {
  it('shows a skeleton in each chart while the projects load', async () => {
    server.use(projectsHandler('slow'));
    renderApp('/results?lang=en');
    for (const figure of [await countsFigure(), await matrixFigure()]) {
      expect(within(figure).getByRole('status')).toHaveTextContent('Loading…');
      expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
      expect(within(figure).queryByRole('img')).not.toBeInTheDocument();
    }
  });

  it('counts the projects per level, marked illustrative, with a one-sentence summary', async () => {
    renderApp('/results?lang=en');
    const counts = await countsFigure();
    const chart = await within(counts).findByRole('img');
    const summary = 'Collaboration level is the most common: 22 of 40 projects.';
    expect(chart).toHaveAccessibleName(
      `Bar chart of projects per result level. ${summary} Policy level: 21 of 40; Collaboration level: 22 of 40; Organisation level: 18 of 40; Individual level: 18 of 40.`,
    );
    expect(within(counts).getByText(summary)).toHaveClass('chart-summary');
    const bars = chart.querySelectorAll('g[data-key]');
    expect([...bars].map((bar) => bar.textContent)).toEqual([
      'Policy level21',
      'Collaboration level22',
      'Organisation level18',
      'Individual level18',
    ]);
    expect(within(counts).getByRole('button', { name: /Illustrative data/ })).toBeVisible();
    expect(counts).toHaveTextContent('Counted among 40 projects in Sweden.');
    expect(counts).toHaveTextContent(
      'Level definitions: Mötesplats Social Innovation, “Regional collaboration on societal challenges',
    );
    expect(counts).toHaveTextContent('Which project reports results at which level: illustrative');
  });

  it('says a focused bar’s count is illustrative', async () => {
    renderApp('/results?lang=sv');
    const counts = await screen.findByRole('figure', { name: 'Projekt per resultatnivå' });
    const chart = await within(counts).findByRole('img');
    await userEvent.setup().click(chart);
    await act(async () => chart.dispatchEvent(new FocusEvent('focus')));
    const live = counts.querySelector('[aria-live="polite"]');
    await waitFor(() => expect(live).toHaveTextContent('Policynivå: 21 (exempeldata)'));
  });

  it('lists every project in the matrix, national projects first, each linking to its record', async () => {
    renderApp('/results?lang=en&region=SE33&national=every');
    const matrix = await loadedMatrix();
    expect(within(matrix).getByRole('button', { name: /Illustrative data/ })).toBeVisible();
    const groups = matrix.querySelectorAll('tbody[data-group]');
    expect([...groups].map((group) => group.getAttribute('data-group'))).toEqual(['SE0', 'SE33']);
    expect(groups[0]).toHaveTextContent(/^National projects 7 projects/);
    const row = matrix.querySelector('tr[data-row="22-018-S01"]') as HTMLElement;
    const link = within(row).getByRole('link', {
      name: 'Centre of Excellence for Social Innovation',
    });
    expect(link).toHaveAttribute('href', '/projects/22-018-S01?region=SE33&lang=en');
    expect(within(row).getAllByText('Results at this level')).toHaveLength(3);
    expect(within(row).getAllByText('No results at this level')).toHaveLength(1);
    // A real project's name must not vouch for its made-up levels.
    expect(within(row).getByText('Levels: illustrative')).toHaveClass('provenance-chip');
    const example = matrix.querySelector('tr[data-row="EX-09"]') as HTMLElement;
    expect(within(example).queryByText('Levels: illustrative')).toBeNull();
    expect(matrix).toHaveTextContent('Level definitions: Mötesplats Social Innovation');
  });

  it('keeps the table view of a chart in the address, and shows it from there', async () => {
    const { router } = renderApp('/results?lang=en');
    const matrix = await loadedMatrix();
    const user = userEvent.setup();
    await user.click(
      within(within(matrix).getByRole('group', { name: 'Show as' })).getByRole('button', {
        name: 'Table',
      }),
    );
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ table: 'results-matrix' }),
    );
    expect(matrix.querySelector('.share-table-view table')).not.toBeNull();
  });

  it('opens a chart as its table when the address says so', async () => {
    renderApp('/results?lang=en&table=results-counts');
    const counts = await countsFigure();
    const showAs = await within(counts).findByRole('group', { name: 'Show as' });
    expect(within(showAs).getByRole('button', { name: 'Table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(counts.querySelector('.share-table-view table')).not.toBeNull();
  });

  it('shows a level’s published definition when its column header gets focus', async () => {
    renderApp('/results?lang=en');
    const matrix = await loadedMatrix();
    const header = within(matrix).getByRole('button', { name: 'Individual' });
    act(() => header.focus());
    const tip = await within(matrix).findByRole('tooltip');
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent('Individual level: A greater sense of belonging.');
    expect(tip).toHaveTextContent(
      'Published definition: Mötesplats Social Innovation (MSI), 2024.',
    );
    expect(header).toHaveAccessibleDescription(expect.stringContaining('sense of belonging'));
  });

  it('highlights the chosen level and its projects, and narrows to them on request', async () => {
    const { router } = renderApp('/results?lang=en&level=policy');
    const matrix = await loadedMatrix();
    expect(projectRows(matrix)).toHaveLength(40);
    expect(matrix.querySelectorAll('[data-match="true"]')).toHaveLength(21);
    expect(matrix.querySelectorAll('[data-match="false"]')).toHaveLength(19);
    expect(matrix.querySelectorAll('td [data-chosen][data-level="policy"]')).toHaveLength(40);
    expect(matrix).toHaveTextContent(
      'Policy level is highlighted: 21 of 40 projects have results at this level.',
    );
    const counts = await countsFigure();
    expect(counts.querySelector('.result-counts')).toHaveAttribute('data-chosen', 'policy');

    await userEvent.click(screen.getByRole('radio', { name: 'Show only its projects' }));
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ level: 'policy', levelMode: 'narrow' }),
    );
    expect(await within(matrix).findByText(/^21 of 40 projects\./)).toBeInTheDocument();
    expect(projectRows(matrix)).toHaveLength(21);
    expect(matrix).toHaveTextContent('Only projects with results at the policy level are shown.');
    expect(matrix.querySelectorAll('[data-match]')).toHaveLength(0);
    // The counts stay out of all projects in the region, with the level emphasised.
    expect(counts).toHaveTextContent('Counted among 40 projects');

    await userEvent.click(screen.getByRole('radio', { name: 'Highlight the level' }));
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('levelMode'));
    expect(await within(matrix).findByText(/^40 of 40 projects\./)).toBeInTheDocument();
  });

  it('narrows to a region’s counties and counts national projects there when asked', async () => {
    const { router } = renderApp('/results?lang=en&region=SE33');
    const matrix = await loadedMatrix();
    expect(projectRows(matrix)).toHaveLength(4);
    const counts = await countsFigure();
    expect(counts).toHaveTextContent('Counted among 4 projects in Upper Norrland.');
    expect(counts).toHaveTextContent('Collaboration level is the most common: 4 of 4 projects.');

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Count national projects in every region' }),
    );
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ region: 'SE33', national: 'every' }),
    );
    expect(await within(counts).findByText(/Counted among 11 projects/)).toHaveTextContent(
      'National projects are counted too.',
    );
    expect(projectRows(matrix)).toHaveLength(11);
    expect(within(counts).getByRole('img')).toHaveAccessibleName(
      expect.stringContaining('9 of 11 projects'),
    );
  });

  it('offers to clear region and level when no project matches', async () => {
    const { router } = renderApp('/results?lang=en&region=INTL&level=policy');
    const matrix = await matrixFigure();
    expect(await within(matrix).findByText('No project matches these filters.')).toBeVisible();
    await userEvent.click(within(matrix).getByRole('button', { name: 'Clear region and level' }));
    await within(matrix).findByRole('table');
    expect(projectRows(matrix)).toHaveLength(40);
    await waitFor(() => expect(router.state.location.search).toEqual({ lang: 'en' }));
  });

  it('shows the empty state when the dataset has no projects', async () => {
    server.use(projectsHandler('empty'));
    renderApp('/results?lang=en');
    const counts = await countsFigure();
    expect(await within(counts).findByText('No project matches these filters.')).toBeVisible();
    expect(
      within(await matrixFigure()).getByText('No project matches these filters.'),
    ).toBeVisible();
  });

  it('names the file, record and field of bad data, and retries on request', async () => {
    server.use(projectsHandler('malformed'));
    renderApp('/results?lang=en');
    const matrix = await matrixFigure();
    const alert = await within(matrix).findByRole('alert');
    expect(alert).toHaveTextContent(
      'projects.json: projects[7].endDate.value: the project ends (2001-01-01) before it starts (2023-02-01)',
    );
    expect(screen.getByRole('navigation')).toBeVisible();
    server.use(projectsHandler('default'));
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(matrix).findByRole('table');
    expect(projectRows(matrix)).toHaveLength(40);
  });

  it('keeps showing the loaded projects when a refresh fails', async () => {
    const { queryClient } = renderApp('/results?lang=en');
    const matrix = await loadedMatrix();
    server.use(projectsHandler('server-error'));
    await queryClient.refetchQueries({ queryKey: ['dataset', 'projects.json'] });
    expect(
      await within(matrix).findByText('Showing the data loaded earlier; refreshing it failed.'),
    ).toBeVisible();
    expect(projectRows(matrix)).toHaveLength(40);
    expect(within(matrix).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reads in Swedish by default', async () => {
    renderApp('/results');
    const counts = await screen.findByRole('figure', { name: 'Projekt per resultatnivå' });
    expect(
      await within(counts).findByText('Samverkansnivå är vanligast: 22 av 40 projekt.'),
    ).toBeVisible();
    expect(within(counts).getByRole('button', { name: /Exempeldata/ })).toBeVisible();
  });

  it('sums up the matrix in a sentence and links to the sources of the projects', async () => {
    renderApp('/results?lang=en');
    const matrix = await screen.findByRole('figure', { name: /Which projects report results/ });
    expect(
      await within(matrix).findByText(
        '40 projects in 9 groups, national projects first; the levels of every project are illustrative.',
      ),
    ).toBeVisible();
    expect(within(matrix).getByRole('link', { name: 'Sources and method' })).toHaveAttribute(
      'href',
      '/sources?lang=en#projects',
    );
  });
});
