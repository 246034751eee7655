import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSteps } from '../../src/app/presentationSteps';
import {
  COLLABORATIONS_FILE,
  PROJECTS_FILE,
  REGIONS_FILE,
  SURVEY_FILE,
} from '../../src/data/queries';
import { renderApp } from '../renderApp';

// The first render loads the route's chunk and the data: give it time on a busy machine.
const LOAD = { timeout: 10_000 };
const controls = () => screen.findByRole('region', { name: 'Presentation controls' }, LOAD);
const searchOf = (router: ReturnType<typeof renderApp>['router']) =>
  router.state.location.search as Record<string, unknown>;

afterEach(() => {
  window.localStorage.clear();
});

// Whole-app renders: slow on a busy machine.
const SLOW = { timeout: 30_000 };

describe('PresentPage', SLOW, () => {
  it('shows step 1 of the default story full-page, without the header and filter bar', async () => {
    renderApp('/present?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Survey priorities' }, LOAD),
    ).toBeVisible();
    expect(within(await controls()).getByText('Step 1 of 6')).toBeInTheDocument();
    expect(within(await controls()).getByText(/Top priorities nationally/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Views' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Filters' })).not.toBeInTheDocument();
    expect(document.documentElement).toHaveClass('is-presenting');
  });

  it('loads every dataset the story uses when the presentation starts', async () => {
    const { queryClient } = renderApp('/present?lang=en');
    await waitFor(() => {
      for (const file of [SURVEY_FILE, REGIONS_FILE, COLLABORATIONS_FILE, PROJECTS_FILE]) {
        expect(queryClient.getQueryData(['dataset', file])).toBeDefined();
      }
    }, LOAD);
  });

  it('steps with the keys and the buttons, each step a history entry with its filters', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Survey priorities' }, LOAD);
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(searchOf(router)).toMatchObject({ step: 2, region: 'SE-AB' }));
    await user.click(within(await controls()).getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(searchOf(router).step).toBe(3));
    expect(searchOf(router).region).toBeUndefined();
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(searchOf(router).step).toBe(2));
    await user.keyboard('{End}');
    await waitFor(() => expect(searchOf(router).step).toBe(6));
    await user.keyboard('4{Enter}');
    await waitFor(() => expect(searchOf(router).step).toBe(4));
    await act(() => router.history.back());
    await waitFor(() => expect(searchOf(router).step).toBe(6));
  });

  it('leaves keys typed into a field to the field', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?step=6&lang=en');
    const field = await screen.findByRole('searchbox', { name: /Search by name/ }, LOAD);
    await user.type(field, '3{ArrowLeft}{Home}');
    expect(field).toHaveValue('3');
    expect(searchOf(router).step).toBe(6);
  });

  it('blacks the screen with b and returns on any key', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Survey priorities' }, LOAD);
    await user.keyboard('b');
    expect(
      await screen.findByText('The screen is black. Press any key to return.'),
    ).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(
      screen.queryByText('The screen is black. Press any key to return.'),
    ).not.toBeInTheDocument();
    expect(searchOf(router).step).toBe(1);
  });

  it('leaves with Escape for the step’s view, its filters and the language', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?step=5&lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Result levels across projects' }, LOAD);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/results'));
    expect(searchOf(router)).toMatchObject({
      region: 'SE22',
      level: 'organisation',
      levelMode: 'narrow',
      lang: 'en',
    });
    expect(await screen.findByRole('navigation', { name: 'Views' })).toBeVisible();
  });

  it('falls back to the default story for a hostile sequence', async () => {
    const seq = Buffer.from('[{"p":"/survey","t":"x","__proto__":{"a":1}}]').toString('base64url');
    const { router } = renderApp(`/present?step=2&seq=${seq}&lang=en`);
    expect(
      await screen.findByRole('heading', { name: 'Stockholm County compared with Sweden' }, LOAD),
    ).toBeVisible();
    expect(searchOf(router).seq).toBeUndefined();
  });

  it('reorders steps, keeping the step shown and the keyboard focus', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?step=2&lang=en');
    await screen.findByRole('heading', { name: 'Stockholm County compared with Sweden' }, LOAD);
    await user.click(within(await controls()).getByRole('button', { name: 'Steps and settings' }));
    const list = screen.getByRole('region', { name: 'Steps in this presentation' });
    const moveDown = within(list).getByRole('button', { name: /^Move “Top priorities.*” down$/ });
    await user.click(moveDown);
    await waitFor(() => expect(searchOf(router).step).toBe(1));
    expect(searchOf(router).region).toBe('SE-AB');
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent(/Top priorities/);
    expect(document.activeElement).toHaveAccessibleName(/^Move “Top priorities.*” down$/);
  });

  it('edits the sequence from the step list, keeping it in the URL and this browser', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?step=2&lang=en');
    await screen.findByRole('heading', { name: 'Stockholm County compared with Sweden' }, LOAD);
    await user.click(within(await controls()).getByRole('button', { name: 'Steps and settings' }));
    const list = screen.getByRole('region', { name: 'Steps in this presentation' });
    await user.click(within(list).getByRole('button', { name: /^Remove “Top priorities/ }));
    await waitFor(() => expect(searchOf(router).step).toBe(1));
    const seq = searchOf(router).seq;
    expect(decodeSteps(seq)).toHaveLength(5);
    expect(window.localStorage.getItem('presentation.sequence')).toBe(seq);
    expect(searchOf(router).region).toBe('SE-AB');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    await user.click(within(list).getByRole('button', { name: 'Use the default story' }));
    await waitFor(() => expect(searchOf(router).seq).toBeUndefined());
    expect(window.localStorage.getItem('presentation.sequence')).toBeNull();
  });
});

describe('the Present button and “Add this view as a step”', SLOW, () => {
  it('starts the default story at the current view, with its filters', async () => {
    renderApp('/results?region=SE11&lang=en');
    const present = await screen.findByRole('link', { name: 'Present' }, LOAD);
    const href = new URL(present.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe('/present');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      step: '4',
      region: 'SE11',
      lang: 'en',
    });
  });

  it('adds views to the presenter’s own sequence, which Present then starts', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sectors?form=network&lang=en');
    await user.click(await screen.findByRole('button', { name: 'Add this view as a step' }, LOAD));
    expect(await screen.findByText('Added as step 1 of your presentation.')).toBeInTheDocument();
    const stored = decodeSteps(window.localStorage.getItem('presentation.sequence'));
    expect(stored).toEqual([
      { path: '/sectors', search: { form: 'network' }, title: 'Sector mix' },
    ]);
    const present = screen.getByRole('link', { name: 'Present your step' });
    await user.click(present);
    await waitFor(() => expect(router.state.location.pathname).toBe('/present'));
    expect(searchOf(router)).toMatchObject({ step: 1, form: 'network' });
    expect(decodeSteps(searchOf(router).seq)).toEqual(stored);
  });

  it('offers no step on the overview, but Present still starts the story', async () => {
    renderApp('/?lang=en');
    expect(await screen.findByRole('link', { name: 'Present' }, LOAD)).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Add this view as a step' }),
    ).not.toBeInTheDocument();
  });
});
