import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('FilterBar', () => {
  it('says next to the region that a region outside Sweden matches no project', async () => {
    renderApp('/results?lang=en&region=INTL');
    const region = await screen.findByRole('combobox', { name: 'Region' });
    expect(
      await screen.findByText(
        'All projects here are Swedish: a region outside Sweden matches none of them.',
      ),
    ).toBeVisible();
    expect(region).toHaveAccessibleDescription(
      'All projects here are Swedish: a region outside Sweden matches none of them.',
    );
  });

  it('says nothing about Sweden where the view covers the international examples', async () => {
    renderApp('/sectors?lang=en&region=INTL');
    await screen.findByRole('figure', { name: 'Sectors in each example' });
    expect(screen.queryByText(/All projects here are Swedish/)).not.toBeInTheDocument();
  });

  it('says on a project record that the filters are kept for the list', async () => {
    renderApp('/projects/22-018-S01?lang=en&region=SE22');
    const region = await screen.findByRole('combobox', { name: 'Region' });
    expect(region).toHaveAccessibleDescription(
      'Kept for the project list; a record always shows all its fields.',
    );
  });

  it('says once, for both filters, that they do not apply to the overview', async () => {
    renderApp('/?lang=en');
    const note = 'Filters apply inside the views, not to this overview.';
    const region = await screen.findByRole('combobox', { name: 'Region' });
    expect(screen.getAllByText(note)).toHaveLength(1);
    expect(region).toHaveAccessibleDescription(note);
    expect(screen.getByRole('combobox', { name: 'Level' })).toHaveAccessibleDescription(note);
  });
});
