import { describe, expect, it, vi } from 'vitest';
import { pendingSearch, type PendingSearch } from '../../src/filters/pendingSearch';

const owner = {};
const afterFrames = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('pendingSearch', () => {
  it('shows a change at once and writes the changes of one frame as one entry', async () => {
    const written: PendingSearch[] = [];
    const write = vi.fn(async (pending: PendingSearch) => {
      written.push(pending);
    });
    const seen: (PendingSearch | null)[] = [];
    const unsubscribe = pendingSearch.subscribe(() => seen.push(pendingSearch.current()));
    pendingSearch.set(
      { owner, pathname: '/results', search: { region: 'SE22' }, replace: false },
      write,
    );
    pendingSearch.set(
      { owner, pathname: '/results', search: { region: 'SE22', level: 'policy' }, replace: false },
      write,
    );
    expect(pendingSearch.current()?.search).toEqual({ region: 'SE22', level: 'policy' });
    expect(write).not.toHaveBeenCalled();
    await afterFrames();
    expect(written).toEqual([
      { owner, pathname: '/results', search: { region: 'SE22', level: 'policy' }, replace: false },
    ]);
    expect(pendingSearch.current()).toBeNull();
    expect(seen.at(-1)).toBeNull();
    unsubscribe();
  });

  it('keeps a change made while the address is being written for the next frame', async () => {
    let finish: () => void = () => {};
    const write = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    pendingSearch.set({ owner, pathname: '/', search: { lang: 'en' }, replace: true }, write);
    await afterFrames();
    expect(write).toHaveBeenCalledTimes(1);
    pendingSearch.set({ owner, pathname: '/', search: { lang: 'sv' }, replace: true }, write);
    finish();
    await Promise.resolve();
    expect(pendingSearch.current()?.search).toEqual({ lang: 'sv' });
    await afterFrames();
    finish();
    await Promise.resolve();
    expect(write).toHaveBeenCalledTimes(2);
    expect(pendingSearch.current()).toBeNull();
  });
});
