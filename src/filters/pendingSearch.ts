/** View state that is on screen but not yet in the address. */
export interface PendingSearch {
  /** The router it is for: another router (another app, a test's) must not show it. */
  owner: object;
  pathname: string;
  search: Record<string, unknown>;
  replace: boolean;
}

type Write = (pending: PendingSearch) => Promise<unknown>;

let pending: PendingSearch | null = null;
let write: Write | null = null;
let scheduled = false;
const listeners = new Set<() => void>();

function publish(next: PendingSearch | null) {
  pending = next;
  for (const listener of listeners) listener();
}

const afterPaint = (callback: () => void) => {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(callback, 0));
  } else {
    setTimeout(callback, 0);
  }
};

async function flush() {
  scheduled = false;
  const written = pending;
  const writeIt = write;
  if (!written || !writeIt) return;
  try {
    await writeIt(written);
  } catch {
    // Nothing to write to any more (the router is gone): the change stays only on screen.
  }
  // A change made while the address was being written stays pending for the next frame.
  if (pending === written) publish(null);
}

/**
 * Changes to view state shown at once and written to the address after the frame that shows
 * them: updating history and the router takes longer than a frame, and browsers limit how often
 * a page may write history. Changes made within one frame become one history entry.
 */
export const pendingSearch = {
  current: (): PendingSearch | null => pending,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(next: PendingSearch, writeToAddress: Write) {
    write = writeToAddress;
    publish(next);
    if (scheduled) return;
    scheduled = true;
    afterPaint(() => void flush());
  },
};
