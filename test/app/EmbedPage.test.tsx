import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMBED_CHARTS } from '../../src/app/embedCharts';
import { renderApp } from '../renderApp';

const TITLES: Record<keyof typeof EMBED_CHARTS, RegExp> = {
  'survey-national': /competences do public officials need/,
  'survey-region': /compared with Sweden/,
  'sectors-order': /Sectors from most to least common/,
  'sectors-summary': /How often each sector takes part/,
  'sectors-matrix': /Sectors in each example/,
  'results-counts': /Projects per result level/,
  'results-matrix': /Which projects report results/,
  'projects-map': /Projects per ESF region/,
  'projects-timeline': /Project periods/,
  'projects-table': /Project list/,
};

describe('EmbedPage', () => {
  it('shows the chart’s own view in its first render, not a placeholder while its code loads', async () => {
    // First in this file: the panels' code is not loaded yet. React holds a chart revealed after a
    // placeholder back until 300 ms after the placeholder showed.
    const firstPages: Element[] = [];
    const observer = new MutationObserver(() => {
      const page = document.querySelector('main.embed');
      if (page && firstPages.length === 0) firstPages.push(page.cloneNode(true) as Element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    renderApp('/embed/results-counts?lang=en');
    await screen.findByRole('figure', { name: /Projects per result level/ });
    observer.disconnect();
    expect(firstPages).toHaveLength(1);
    expect(firstPages[0]!.querySelector(':scope > .view')).not.toBeNull();
  });

  it.each(Object.keys(TITLES) as (keyof typeof TITLES)[])(
    'renders only the chart %s, without the dashboard’s shell',
    async (chartId) => {
      renderApp(`/embed/${chartId}?lang=en&region=SE-AB`);
      const figure = await screen.findByRole('figure', { name: TITLES[chartId] });
      expect(figure).toBeVisible();
      expect(screen.getAllByRole('figure')).toHaveLength(1);
      expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
      expect(
        await within(figure).findByRole('link', { name: 'Sources and method' }),
      ).toHaveAttribute('href', expect.stringMatching(/^\/sources\?.*#/));
    },
  );

  it('offers the region and level filters and links to the full view with the same filters', async () => {
    renderApp('/embed/results-counts?lang=en&region=SE22&levelMode=narrow');
    await screen.findByRole('figure', { name: /Projects per result level/ });
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('SE22');
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    const open = screen.getByRole('link', { name: 'Open in the dashboard' });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open.getAttribute('href')).toMatch(/^\/results\?/);
    expect(open.getAttribute('href')).toContain('region=SE22');
    expect(open.getAttribute('href')).toContain('levelMode=narrow');
    expect(open.getAttribute('href')).not.toContain('lock');
  });

  it('shows no filter controls for a chart no filter changes', async () => {
    for (const [chart, name] of [
      ['survey-national', /competences/],
      ['sectors-order', /Sectors from most to least common/],
    ] as const) {
      const { unmount } = renderApp(`/embed/${chart}?lang=en&region=SE22`);
      await screen.findByRole('figure', { name });
      expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
      unmount();
    }
  });

  it('leaves out a filter that does not apply to the chart', async () => {
    renderApp('/embed/survey-region?lang=en&region=SE-AB');
    await screen.findByRole('figure', { name: 'Stockholm County compared with Sweden' });
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('SE-AB');
    expect(screen.queryByRole('combobox', { name: 'Level' })).not.toBeInTheDocument();
  });

  it('shows no filter controls when locked', async () => {
    renderApp('/embed/survey-region?lang=en&region=SE-AB&lock=1');
    await screen.findByRole('figure', { name: 'Stockholm County compared with Sweden' });
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('says so for an unknown chart and lists the ones that exist', async () => {
    renderApp('/embed/no-such-chart?lang=en');
    expect(
      await screen.findByRole('heading', { name: 'There is no chart “no-such-chart” to embed.' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'survey-national' })).toHaveAttribute(
      'href',
      '/embed/survey-national?lang=en',
    );
  });
});
