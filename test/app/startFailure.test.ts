import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showStartFailure } from '../../src/app/startFailure';

describe('showStartFailure', () => {
  let stopWaiting = () => {};

  beforeEach(() => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.replaceChildren(root);
  });
  afterEach(() => {
    stopWaiting();
    window.history.replaceState(null, '', '/');
    document.body.replaceChildren();
  });

  it('says in Swedish that the dashboard could not load, with a button that reloads', async () => {
    const reload = vi.fn();
    stopWaiting = showStartFailure(reload);
    const heading = screen.getByRole('heading', { name: 'Instrumentpanelen kunde inte laddas' });
    expect(document.activeElement).toBe(heading);
    expect(document.documentElement.lang).toBe('sv');
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('speaks English when the address asks for it', () => {
    window.history.replaceState(null, '', '/results?lang=en');
    stopWaiting = showStartFailure(vi.fn());
    expect(screen.getByRole('heading', { name: 'The dashboard could not load' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('reloads by itself, once, when the browser is back online', () => {
    const reload = vi.fn();
    stopWaiting = showStartFailure(reload);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    expect(reload).toHaveBeenCalledOnce();
  });
});
