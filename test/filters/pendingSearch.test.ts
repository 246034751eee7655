import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ADDRESS_DELAY_MS,
  madeOn,
  pendingSearch,
  type PendingSearch,
} from '../../src/filters/pendingSearch';

const owner = {};
const change = (search: Record<string, unknown>, replace = false): PendingSearch => ({
  owner,
  baseHref: '/results',
  pathname: '/results',
  search,
  replace,
});

function recordingWrite() {
  const written: PendingSearch[] = [];
  const write = vi.fn((pending: PendingSearch) => {
    written.push(pending);
    return { href: '/results?written', done: Promise.resolve() };
  });
  return { written, write };
}

describe('pendingSearch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(async () => {
    await pendingSearch.flush();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('shows a change at once and writes a run of changes as one entry once the view is still', async () => {
    const { written, write } = recordingWrite();
    const seen: (PendingSearch | null)[] = [];
    const unsubscribe = pendingSearch.subscribe(() => seen.push(pendingSearch.current()));
    pendingSearch.set(change({ region: 'SE22' }), write);
    await vi.advanceTimersByTimeAsync(ADDRESS_DELAY_MS - 50);
    pendingSearch.set(change({ region: 'SE22', level: 'policy' }), write);
    expect(pendingSearch.current()?.search).toEqual({ region: 'SE22', level: 'policy' });
    // The second change restarts the wait.
    await vi.advanceTimersByTimeAsync(ADDRESS_DELAY_MS - 50);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(written).toEqual([change({ region: 'SE22', level: 'policy' })]);
    expect(pendingSearch.current()).toBeNull();
    expect(seen.at(-1)).toBeNull();
    unsubscribe();
  });

  it('keeps a change made while the address is being written for the next write', async () => {
    let finish: () => void = () => {};
    const write = vi.fn(() => ({
      href: '/results?lang=en',
      done: new Promise<void>((resolve) => {
        finish = resolve;
      }),
    }));
    pendingSearch.set(change({ lang: 'en' }, true), write);
    await vi.advanceTimersByTimeAsync(ADDRESS_DELAY_MS);
    expect(write).toHaveBeenCalledTimes(1);
    pendingSearch.set(change({ lang: 'sv' }, true), write);
    // Made on the address being written, it still shows once the router is there.
    expect(madeOn(pendingSearch.current()!, '/results?lang=en')).toBe(true);
    expect(madeOn(pendingSearch.current()!, '/results?elsewhere')).toBe(false);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(pendingSearch.current()).toMatchObject({
      search: { lang: 'sv' },
      baseHref: '/results?lang=en',
    });
    await vi.advanceTimersByTimeAsync(ADDRESS_DELAY_MS);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(2);
    expect(pendingSearch.current()).toBeNull();
  });

  it('writes at once when a link or button is pressed, before its click can read the address', () => {
    const link = Object.assign(document.createElement('a'), { href: '/sources' });
    const button = Object.assign(document.createElement('button'), { type: 'button' });
    document.body.append(link, button, document.createElement('select'));
    const { write } = recordingWrite();
    const press = (selector: string, init: KeyboardEventInit | null = null) => {
      const target = document.querySelector(selector)!;
      target.dispatchEvent(
        init
          ? new KeyboardEvent('keydown', { bubbles: true, ...init })
          : new Event('pointerdown', { bubbles: true }),
      );
    };

    pendingSearch.set(change({ region: 'SE22' }), write);
    press('select');
    press('a', { key: 'Tab' });
    expect(write).not.toHaveBeenCalled();
    press('a');
    expect(write).toHaveBeenCalledTimes(1);

    pendingSearch.set(change({ region: 'SE1' }), write);
    press('button', { key: 'Enter' });
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('writes at once when the page loses focus (the reader goes to the address bar)', () => {
    const { write } = recordingWrite();
    pendingSearch.set(change({ region: 'SE22' }), write);
    window.dispatchEvent(new Event('blur'));
    expect(write).toHaveBeenCalledTimes(1);
  });
});
