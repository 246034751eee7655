import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { regionsHandler } from '../../../mocks/handlers/regions';
import { surveyHandler } from '../../../mocks/handlers/survey';
import { validSurvey } from '../../../mocks/fixtures/surveyFixtures';
import { server } from '../../../mocks/node';
import { renderApp } from '../../renderApp';

function rankingFigure() {
  return screen.findByRole('figure', { name: /competences do public officials need/i });
}

describe('SurveyPrioritiesPanel', () => {
  it('shows a skeleton of the chart while the survey loads', async () => {
    server.use(surveyHandler('slow'));
    renderApp('/survey?lang=en');
    const figure = await screen.findByRole('figure', { name: /competences/i });
    expect(within(figure).getByRole('status')).toHaveTextContent('Loading…');
    expect(within(figure).queryByRole('img')).not.toBeInTheDocument();
  });

  it('ranks the 12 areas with their national shares in English', async () => {
    renderApp('/survey?lang=en');
    const chart = await within(await rankingFigure()).findByRole('img');
    const rows = chart.querySelectorAll('g[data-key]');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toHaveTextContent('1Cross-sector collaboration15%');
    expect(rows[3]).toHaveTextContent('4Change management9.5%');
    expect(rows[4]).toHaveTextContent(/^5Financing/);
    expect(rows[5]).toHaveTextContent(/^5Innovation-friendly/);
    expect(rows[6]).toHaveTextContent(/^7Social innovation and Agenda/);
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('Cross-sector collaboration is the top priority nationally at 15%'),
    );
    expect(await rankingFigure()).toHaveTextContent(
      'December 2019: 253 recipients, 40% response rate',
    );
    expect(within(await rankingFigure()).getByRole('button', { name: 'Published' })).toBeVisible();
  });

  it('names the file, record and field when the survey fails validation, and retries on request', async () => {
    server.use(surveyHandler('malformed'));
    renderApp('/survey?lang=en');
    const alert = await within(await rankingFigure()).findByRole('alert');
    expect(alert).toHaveTextContent(
      'survey-2019.json: shares[3].share: expected a number between 0 and 100, got "9.5%"',
    );
    server.use(surveyHandler('default'));
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(await rankingFigure()).findByRole('img')).toBeInTheDocument();
  });

  it('says so when the survey has no figures', async () => {
    server.use(surveyHandler('empty'));
    renderApp('/survey?lang=en');
    expect(
      await within(await rankingFigure()).findByText('The dataset has no national figures.'),
    ).toBeInTheDocument();
  });

  it('shows a server error without blanking the filter bar', async () => {
    server.use(
      http.get('*/data/survey-2019.json', () => new HttpResponse('gone', { status: 404 })),
    );
    renderApp('/survey?lang=en');
    const alert = await within(await rankingFigure()).findByRole('alert');
    expect(alert).toHaveTextContent('survey-2019.json: the server answered 404');
    expect(screen.getByLabelText('Region')).toBeEnabled();
  });

  it('compares a chosen ESF region with the nation through its county, marked illustrative', async () => {
    renderApp('/survey?lang=en&region=SE33');
    const figure = await screen.findByRole('figure', {
      name: 'Norrbotten County compared with Sweden',
    });
    const chart = await within(figure).findByRole('img');
    expect(chart).toHaveAccessibleName(expect.stringContaining('Dot plot of Norrbotten County'));
    expect(chart.querySelectorAll('g[data-key]')).toHaveLength(12);
    expect(within(figure).getByRole('button', { name: /Illustrative data/ })).toBeVisible();
    expect(figure).toHaveTextContent('Regional figures: illustrative, not published');
    expect(figure).toHaveTextContent(
      'Upper Norrland: illustrative figures exist for Norrbotten County, compared here.',
    );
    expect(figure).toHaveTextContent(
      'Cross-sector collaboration is the top priority nationally at 15%; in Norrbotten County it ranks 1st (illustrative figures).',
    );
  });

  it('offers no table, download or link for the comparison until a region is chosen', async () => {
    renderApp('/survey?lang=en');
    await within(await rankingFigure()).findByRole('img');
    const comparison = screen.getByRole('figure', { name: 'A region compared with Sweden' });
    expect(comparison).toHaveAttribute('id', 'survey-region');
    expect(within(comparison).queryByRole('button', { name: 'Embed' })).toBeNull();
    expect(within(comparison).queryByText('Download')).toBeNull();
    expect(within(await rankingFigure()).getByRole('button', { name: 'Embed' })).toBeVisible();
  });

  it('marks the national columns of the comparison table published, the regional ones illustrative', async () => {
    renderApp('/survey?lang=en&region=SE-BD');
    const figure = await screen.findByRole('figure', {
      name: 'Norrbotten County compared with Sweden',
    });
    await within(figure).findByRole('img');
    await userEvent.click(within(figure).getByRole('button', { name: 'Table' }));
    const table = within(figure).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers.slice(-2)).toEqual([
      'Provenance of the figures for Sweden',
      'Provenance of the regional figures',
    ]);
    const firstRow = within(table).getAllByRole('row')[1];
    if (!firstRow) throw new Error('expected a first row');
    const cells = within(firstRow).getAllByRole('cell');
    expect(cells.at(-2)).toHaveTextContent(/^Published.*“Tvärsektoriell samverkan 15%”/);
    expect(cells.at(-1)).toHaveTextContent(/^Illustrative data/);
  });

  it('offers the regions with figures when the chosen region has none', async () => {
    renderApp('/survey?lang=en&region=SE22');
    const figure = await screen.findByRole('figure', { name: 'A region compared with Sweden' });
    expect(
      await within(figure).findByText(/The survey publishes no figures for South Sweden/),
    ).toBeInTheDocument();
    await userEvent.click(within(figure).getByRole('button', { name: 'Stockholm County' }));
    expect(
      await screen.findByRole('figure', { name: 'Stockholm County compared with Sweden' }),
    ).toBeInTheDocument();
  });

  it('keeps the national ranking when the regions cannot be loaded', async () => {
    server.use(regionsHandler('server-error'));
    renderApp('/survey?lang=en&region=SE11');
    expect(await within(await rankingFigure()).findByRole('img')).toBeInTheDocument();
    expect(await screen.findByText('The list of regions could not be loaded.')).toBeVisible();
  });

  it('draws the bundled survey, not a copy of it', () => {
    expect(validSurvey.dataset).toBe('survey-2019');
  });

  it('links each chart to the survey’s sources and method', async () => {
    renderApp('/survey?lang=en');
    const figure = await rankingFigure();
    expect(await within(figure).findByRole('link', { name: 'Sources and method' })).toHaveAttribute(
      'href',
      '/sources?lang=en#survey-2019',
    );
  });
});
