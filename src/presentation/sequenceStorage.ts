import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'presentation.sequence';
const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps the presenter's own sequence (encoded) so that it survives a reload; `null` forgets it. */
export function storeSequence(encoded: string | null): void {
  try {
    if (encoded === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, encoded);
  } catch {
    // Storage can be full or switched off; the sequence still lives in the presentation's URL.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The stored sequence (encoded), following changes from this and other tabs. */
export function useStoredSequence(): string | null {
  return useSyncExternalStore(subscribe, readStored, () => null);
}
