import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ShareIcon, ShareLabel } from './ShareIcon';

/** The current page's address with `#<chartId>`, so that the link opens at this chart. */
export function chartLink(chartId: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${chartId}`;
}

/**
 * Copies a link to this chart in its current view; where the browser refuses, shows the link in
 * a read-only field, selected for copying by hand.
 */
export function CopyLinkButton({ chartId }: { chartId: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ kind: 'idle' | 'copied' } | { kind: 'failed'; url: string }>(
    { kind: 'idle' },
  );
  const fieldId = useId();
  const copy = async () => {
    const url = chartLink(chartId);
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', url });
    }
  };
  return (
    <span className="share-copy">
      <button
        type="button"
        className="share-button"
        aria-label={t.share.copyLink}
        onClick={() => void copy()}
      >
        <ShareIcon name="link" />
        <ShareLabel>{t.share.copyLink}</ShareLabel>
      </button>
      <span role="status" className="share-status">
        {state.kind === 'copied' ? t.share.linkCopied : ''}
      </span>
      {state.kind === 'failed' ? (
        <span className="share-fallback">
          <label htmlFor={fieldId}>{t.share.copyThisLink}</label>
          <input
            id={fieldId}
            type="url"
            readOnly
            value={state.url}
            autoFocus
            onFocus={(event) => event.target.select()}
          />
        </span>
      ) : null}
    </span>
  );
}
