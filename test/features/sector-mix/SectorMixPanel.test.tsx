import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { collaborationsHandler } from '../../../mocks/handlers/collaborations';
import { server } from '../../../mocks/node';
import { renderApp } from '../../renderApp';

const matrixFigure = () => screen.findByRole('figure', { name: 'Sectors in each example' });
const exampleRows = (figure: HTMLElement) => figure.querySelectorAll('tr[data-row]');

describe('SectorMixPanel', () => {
  it('shows the published order, marked published, and all 19 illustrative examples', async () => {
    renderApp('/sectors?lang=en');
    const tier = await screen.findByRole('figure', { name: /Sectors from most to least common/ });
    const chart = await within(tier).findByRole('img');
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        'In Sweden public sector and academia take part most often; internationally civil society and academia.',
      ),
    );
    expect(within(tier).getByRole('button', { name: 'Published' })).toBeVisible();
    const matrix = await matrixFigure();
    await within(matrix).findByRole('table');
    expect(exampleRows(matrix)).toHaveLength(19);
    expect(within(matrix).getByRole('button', { name: /Illustrative data/ })).toBeVisible();
    expect(matrix).toHaveTextContent('19 of 19 examples shown.');
  });

  it('narrows the matrix to a region’s examples', async () => {
    renderApp('/sectors?lang=en&region=SE33');
    const matrix = await matrixFigure();
    await within(matrix).findByRole('table');
    expect(exampleRows(matrix)).toHaveLength(2);
  });

  it('cross-filters the matrix from a sector chosen in the tier chart, and the chip removes it', async () => {
    renderApp('/sectors?lang=en');
    const user = userEvent.setup();
    const sectorToggles = await screen.findByRole('group', { name: 'Select a sector' });
    await user.click(within(sectorToggles).getByRole('button', { name: /Business/ }));
    const matrix = await matrixFigure();
    expect(await within(matrix).findByText('10 of 19 examples shown.')).toBeInTheDocument();
    const chip = screen.getByRole('button', { name: 'Remove Sector: Business' });
    await user.click(chip);
    expect(await within(matrix).findByText('19 of 19 examples shown.')).toBeInTheDocument();
  });

  it('sets back the sectors not chosen, their names still in readable ink', async () => {
    renderApp('/sectors?lang=en&sector=academia');
    const tier = await screen.findByRole('figure', { name: /Sectors from most to least common/ });
    const chart = await within(tier).findByRole('img');
    const inkOf = (sector: string) =>
      [...chart.querySelectorAll(`g[data-sector="${sector}"] text`)].map((text) =>
        text.getAttribute('fill'),
      );
    expect(inkOf('academia')).toEqual(['#1F2933', '#1F2933']);
    expect(inkOf('business')).toEqual(['#52606D', '#52606D']);
    const swatch = chart.querySelector('g[data-sector="business"] rect + rect');
    expect(swatch).toHaveAttribute('opacity', '0.35');
  });

  it('clears the selection with Escape', async () => {
    renderApp('/sectors?lang=en&group=international');
    const matrix = await matrixFigure();
    expect(await within(matrix).findByText('7 of 19 examples shown.')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(await within(matrix).findByText('19 of 19 examples shown.')).toBeInTheDocument();
  });

  it('offers to clear the filters when no example matches', async () => {
    renderApp('/sectors?lang=en&region=SE0');
    const matrix = await matrixFigure();
    expect(await within(matrix).findByText('No example matches these filters.')).toBeVisible();
    await userEvent.click(
      within(matrix).getByRole('button', { name: 'Clear region, level, form and selection' }),
    );
    await within(matrix).findByRole('table');
    expect(exampleRows(matrix)).toHaveLength(19);
  });

  it('ignores a sector or form the dataset does not know, instead of showing nothing', async () => {
    renderApp('/sectors?lang=en&sector=q&form=zz');
    const matrix = await matrixFigure();
    expect(await within(matrix).findByText('19 of 19 examples shown.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove Sector/ })).not.toBeInTheDocument();
  });

  it('names the file, record and field of bad data and keeps the view standing', async () => {
    server.use(collaborationsHandler('malformed'));
    renderApp('/sectors?lang=en');
    const matrix = await matrixFigure();
    expect(await within(matrix).findByRole('alert')).toHaveTextContent(
      'collaborations.json: examples[4].sectors.academia: expected one of "lead"|"involved"|"none", got "ja"',
    );
    expect(screen.getByRole('navigation')).toBeVisible();
  });

  it('sums up the summary chart and the matrix in a sentence and links to their sources', async () => {
    renderApp('/sectors?lang=en&region=INTL');
    const summary = await screen.findByRole('figure', { name: /How often each sector takes part/ });
    expect(
      await within(summary).findByText(
        /^Taking part most often in the illustrative examples: International examples, .+ \(\d+ of 7\)\.$/,
      ),
    ).toBeVisible();
    expect(within(summary).getByRole('img')).toHaveAccessibleName(
      expect.stringContaining('Taking part most often in the illustrative examples'),
    );
    const matrix = screen.getByRole('figure', { name: /Sectors in each example/ });
    expect(within(matrix).getByText(/^7 illustrative examples; sectors taking part/)).toBeVisible();
    expect(within(matrix).getByRole('link', { name: 'Sources and method' })).toHaveAttribute(
      'href',
      '/sources?region=INTL&lang=en#collaborations',
    );
  });
});
