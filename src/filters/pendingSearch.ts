/** View state that is on screen but not yet in the address. */
export interface PendingSearch {
  /** The router it is for: another router (another app, a test's) must not show it. */
  owner: object;
  /** The address the change was made on: once the router is elsewhere, the change is void. */
  baseHref: string;
  pathname: string;
  search: Record<string, unknown>;
  replace: boolean;
}

/**
 * Writes a change to the address: the address it will be at once written (null: nothing to write
 * any more) and the write itself.
 */
type Write = (pending: PendingSearch) => { href: string; done: Promise<unknown> } | null;

/**
 * How long the view must stay still before its state is written to the address. A run of
 * changes (arrowing through a list of regions) becomes one history entry, and the router's
 * update never lands in the frames that show a change.
 */
export const ADDRESS_DELAY_MS = 300;

let pending: PendingSearch | null = null;
let write: Write | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let watching = false;
// The write under way: changes made on its address stay valid on the address it writes.
let writing: { from: string; to: string } | null = null;
const listeners = new Set<() => void>();

function publish(next: PendingSearch | null) {
  pending = next;
  for (const listener of listeners) listener();
}

async function flush() {
  clearTimeout(timer);
  timer = undefined;
  const written = pending;
  const writeIt = write;
  if (!written || !writeIt) return;
  try {
    const started = writeIt(written);
    if (started) {
      writing = { from: written.baseHref, to: started.href };
      await started.done;
    }
  } catch {
    // Nothing to write to any more (the router is gone): the change stays only on screen.
  }
  const wrote = writing;
  writing = null;
  if (pending === written) publish(null);
  // A change made while the address was being written stays pending, now on the new address.
  else if (pending && wrote && pending.baseHref === wrote.from) {
    publish({ ...pending, baseHref: wrote.to });
  }
}

/** Whether a pending change was made on the address `href` (or on one being written to it). */
export function madeOn(change: PendingSearch, href: string): boolean {
  return change.baseHref === href || (writing?.from === change.baseHref && writing.to === href);
}

// Whatever may read the address (a link, Copy link, Embed, leaving the page) gets it up to date:
// the write starts on the press, before the click that reads it.
const READS_ADDRESS = 'a[href], button, [role="button"], [role="menuitem"], [role="tab"]';

function onIntent(event: Event) {
  if (!pending) return;
  if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
  if (event.target instanceof Element && event.target.closest(READS_ADDRESS)) void flush();
}

function onLeave() {
  if (pending) void flush();
}

function watchForReaders() {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('pointerdown', onIntent, true);
  document.addEventListener('keydown', onIntent, true);
  // Leaving the page, or going to the browser's own address bar.
  document.addEventListener('visibilitychange', onLeave);
  window.addEventListener('blur', onLeave);
  window.addEventListener('pagehide', onLeave);
}

/**
 * Changes to view state shown at once and written to the address once the view has been still
 * for ADDRESS_DELAY_MS, or at once when something is about to read the address. Updating history
 * and the router takes longer than a frame, and browsers limit how often a page may write history.
 */
export const pendingSearch = {
  current: (): PendingSearch | null => pending,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(next: PendingSearch, writeToAddress: Write) {
    write = writeToAddress;
    watchForReaders();
    publish(next);
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ADDRESS_DELAY_MS);
  },
  /** Writes what is pending now (a test, or anything about to read the address). */
  flush,
};
