import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { projectsHandler } from '../../../mocks/handlers/projects';
import { server } from '../../../mocks/node';
import { renderApp } from '../../renderApp';

const recordFigure = (name: string) => screen.findByRole('figure', { name });
const rowOf = (table: HTMLElement, header: string) => {
  const rowHeader = within(table).getByRole('rowheader', { name: header });
  const row = rowHeader.closest('tr');
  if (!row) throw new Error(`no row for ${header}`);
  return row;
};
/** Intl separates thousands with no-break spaces; compare with plain ones. */
const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

describe('ProjectDetailPage', () => {
  it('shows every field of 22-018-S01 in Swedish, each with its provenance', async () => {
    renderApp('/projects/22-018-S01');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kompetenscenter för social innovation',
      }),
    ).toBeVisible();
    expect(screen.getByText('Diarienummer 22-018-S01')).toBeVisible();
    expect(
      screen.getByText(
        'En publicerad post: fälten kommer från källorna som anges vid varje värde.',
      ),
    ).toBeVisible();

    const figure = await recordFigure('Alla fält i posten');
    const table = within(figure).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map(textOf)).toEqual([
      'Fält (svenska)',
      'Fält (engelska)',
      'Värde',
      'Ursprung',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 19 + 1 + 2 + 1);

    const country = rowOf(table, 'Land som berörs');
    expect(within(country).getAllByRole('cell').map(textOf).slice(0, 2)).toEqual([
      'Country',
      'Sverige',
    ]);
    expect(within(country).getByText('Publicerad')).toHaveClass(
      'provenance-chip',
      'provenance-chip--published',
    );
    expect(
      within(country).getByRole('link', {
        name: 'Projektbanken: 22-018-S01 Kompetenscenter för social innovation',
      }),
    ).toHaveAttribute('href', 'https://www.esf.se/resultat/projektbanken/projekt/?dnr=22-018-S01');
    expect(textOf(rowOf(table, 'Unionens medfinansieringsgrad'))).toContain('95 %');
    expect(textOf(rowOf(table, 'Sekundärtema – Motverka barnfattigdom'))).toContain('Nej');
    expect(textOf(rowOf(table, 'Region'))).toContain('ESF Nationellt');
    expect(textOf(rowOf(table, 'Total budget'))).toContain('1 350 000 €');
    expect(textOf(rowOf(table, 'EU-bidrag'))).toContain('1 275 915,80 €');
    expect(within(rowOf(table, 'Partner')).getAllByRole('listitem')).toHaveLength(3);

    const levels = rowOf(table, 'Resultatnivåer');
    expect(within(levels).getByText('Exempeldata')).toHaveClass('provenance-chip--illustrative');
    expect(within(figure).getByRole('button', { name: /^⚠ Delvis exempeldata/ })).toBeVisible();
    expect(
      within(figure).getByText(
        'Resultatnivåer: exempeldata för alla projekt; ingen källa klassar ESF-projekt efter resultatnivå.',
      ),
    ).toBeVisible();
  });

  it('draws the period on a timeline', async () => {
    renderApp('/projects/22-018-S01');
    const period = await recordFigure('Projektperiod');
    expect(within(period).getByRole('img')).toHaveAccessibleName(
      'Tidslinje för Kompetenscenter för social innovation: en stapel från 15 dec. 2022 till 30 dec. 2025.',
    );
    expect(within(period).getByText('Från 15 dec. 2022 till 30 dec. 2025.')).toBeVisible();
    expect(within(period).getByRole('button', { name: 'Publicerad' })).toBeVisible();
  });

  it('reads in English, with the values as English shows them', async () => {
    renderApp('/projects/22-018-S01?lang=en');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Centre of Excellence for Social Innovation',
      }),
    ).toBeVisible();
    const table = within(await recordFigure('Every field of the record')).getByRole('table');
    expect(textOf(rowOf(table, 'Land som berörs'))).toContain('Sweden');
    expect(textOf(rowOf(table, 'Sekundärtema – Motverka barnfattigdom'))).toContain('No');
    expect(textOf(rowOf(table, 'Region'))).toContain('ESF national');
    expect(textOf(rowOf(table, 'Total budget'))).toContain('€1,350,000');
    expect(within(rowOf(table, 'Namn')).getByText('Published')).toBeVisible();
    expect(document.title).toBe(
      'Centre of Excellence for Social Innovation · Projects · Social innovation in Sweden',
    );
  });

  it('says when a record publishes no dates', async () => {
    renderApp('/projects/23-017-S04?lang=en');
    const period = await recordFigure('Project period');
    expect(within(period).getByText('The project’s dates are not published.')).toBeVisible();
    expect(within(period).queryByRole('img')).toBeNull();
  });

  it('marks an illustrative project as such, in every row', async () => {
    renderApp('/projects/EX-01?lang=en');
    expect(
      await screen.findByText(
        'An illustrative project: every field is made up to show how the dashboard works.',
        { selector: 'p > span' },
      ),
    ).toBeVisible();
    const table = within(await recordFigure('Every field of the record')).getByRole('table');
    const chips = table.querySelectorAll('.provenance-chip');
    expect(chips.length).toBe(within(table).getAllByRole('row').length - 1);
    chips.forEach((chip) => expect(chip).toHaveClass('provenance-chip--illustrative'));
  });

  it('links back to the list keeping the shared filters', async () => {
    renderApp('/projects/22-018-S01?lang=en&region=SE0&level=policy');
    const back = await screen.findByRole('link', { name: /All projects/ });
    expect(back.getAttribute('href')).toMatch(/^\/projects\?/);
    const query = new URLSearchParams(back.getAttribute('href')?.split('?')[1]);
    expect(Object.fromEntries(query)).toEqual({ lang: 'en', region: 'SE0', level: 'policy' });
  });

  it('says so when there is no such project, and links back', async () => {
    renderApp('/projects/NO-SUCH-ID?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Project not found' }),
    ).toBeVisible();
    expect(screen.getByText('There is no project “NO-SUCH-ID” in the dataset.')).toBeVisible();
    expect(screen.getByRole('link', { name: /All projects/ })).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a skeleton while the data loads', async () => {
    server.use(projectsHandler('slow'));
    renderApp('/projects/22-018-S01?lang=en');
    const figure = await recordFigure('Every field of the record');
    expect(within(figure).getByRole('status')).toHaveTextContent('Loading…');
  });

  it('names the file, record and field of bad data, and retries', async () => {
    server.use(projectsHandler('malformed'));
    renderApp('/projects/22-018-S01?lang=en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('projects.json: projects[7].endDate.value');
    expect(screen.getByRole('navigation')).toBeVisible();

    server.use(projectsHandler('default'));
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Centre of Excellence for Social Innovation',
      }),
    ).toBeVisible();
  });
});
