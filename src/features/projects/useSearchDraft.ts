import { useState } from 'react';

interface Draft {
  text: string;
  /** Texts written to the URL that the URL has not caught up with yet. */
  pending: string[];
  /** The URL's query at the last render. */
  seen: string;
}

/**
 * The search box's text. It is written to the URL as the user types, and the URL reaches the
 * view a moment later; only a URL change that did not come from typing (Back, clearing) resets
 * the box, so a late URL update never overwrites newer keystrokes.
 */
export function useSearchDraft(query: string, commit: (text: string) => void) {
  const [draft, setDraft] = useState<Draft>({ text: query, pending: [], seen: query });
  if (draft.seen !== query) {
    const index = draft.pending.indexOf(query);
    setDraft(
      index >= 0
        ? { text: draft.text, pending: draft.pending.slice(index + 1), seen: query }
        : { text: query, pending: [], seen: query },
    );
  }
  const change = (text: string) => {
    setDraft((current) => ({ ...current, text, pending: [...current.pending, text] }));
    commit(text);
  };
  return [draft.text, change] as const;
}
