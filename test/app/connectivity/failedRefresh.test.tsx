import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { handlersFor } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../renderApp';

// What shows that a view is drawn with its data (a selector and how many match), and whether it
// says that its data could not be refreshed (the overview's one highlight does not).
const VIEWS = [
  { url: '/?lang=en', marks: '.highlight', count: 1, saysStale: false },
  { url: '/survey?lang=en', marks: 'figure [role="img"] g[data-key]', count: 12, saysStale: true },
  // The sector mix view keeps its data but does not say (yet) that refreshing it failed.
  { url: '/sectors?lang=en', marks: 'tr[data-row]', count: 19, saysStale: false },
  { url: '/results?lang=en', marks: 'tr[data-row]', count: 40, saysStale: true },
  { url: '/projects?lang=en', marks: 'tbody tr[data-row]', count: 40, saysStale: true },
  { url: '/projects/22-018-S01?lang=en', marks: 'th[scope="row"]', count: 18, saysStale: true },
] as const;

describe('a refresh that fails with the network gone', () => {
  it.each(VIEWS)(
    'keeps $url drawn with the data it had',
    async ({ url, marks, count, saysStale }) => {
      const { container, queryClient } = renderApp(url);
      await expect
        .poll(() => container.querySelectorAll(marks).length, { timeout: 5000 })
        .toBeGreaterThanOrEqual(count);
      const drawn = container.querySelectorAll(marks).length;

      server.use(...handlersFor('offline'));
      await queryClient.refetchQueries({ type: 'active' });

      expect(
        queryClient
          .getQueryCache()
          .findAll({ type: 'active' })
          .some((query) => query.state.status === 'error'),
      ).toBe(true);
      expect(container.querySelectorAll(marks)).toHaveLength(drawn);
      expect(container.querySelector('.chart-skeleton')).toBeNull();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      if (saysStale) {
        const notes = await screen.findAllByText(
          'Showing the data loaded earlier; refreshing it failed.',
        );
        expect(notes[0]).toBeVisible();
      }
    },
  );
});
