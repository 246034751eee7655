import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { embedSnippet, embedUrl, UNFILTERED_CHARTS } from './embedSnippet';
import type { FigureData } from './figureData';
import { ShareIcon, ShareLabel } from './ShareIcon';

/**
 * The embed button and its modal dialog: the chart's embed address (optionally with the filters
 * locked, for a chart they change) and the HTML to paste into a host page. Escape or Close
 * shuts it; focus goes back.
 */
export function EmbedButton({ data }: { data: FigureData }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        aria-label={t.share.embed}
        onClick={() => setOpen(true)}
      >
        <ShareIcon name="embed" />
        <ShareLabel>{t.share.embed}</ShareLabel>
      </button>
      {open ? (
        <EmbedDialog
          data={data}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function EmbedDialog({ data, onClose }: { data: FigureData; onClose: () => void }) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const urlId = useId();
  const snippetId = useId();
  const [lock, setLock] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const { origin, search } = window.location;
  const url = embedUrl(origin, data.chartId, search, lock);
  const snippet = embedSnippet({ url, title: data.title, chartId: data.chartId });

  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      const field = document.getElementById(snippetId);
      if (field instanceof HTMLTextAreaElement) {
        field.focus();
        field.select();
      }
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      // Escape closes the dialog only, not a view's selection listening on the document too.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <h2 id={headingId} className="share-dialog__title">
        {t.share.embedTitle(data.title)}
      </h2>
      <p>{t.share.embedIntro}</p>
      <div className="share-dialog__field">
        <label htmlFor={urlId}>{t.share.embedUrl}</label>
        <input
          id={urlId}
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
      </div>
      {UNFILTERED_CHARTS.has(data.chartId) ? null : (
        <label className="share-dialog__check">
          <input
            type="checkbox"
            checked={lock}
            onChange={(event) => {
              setLock(event.target.checked);
              setCopyState('idle');
            }}
          />
          {t.share.lockFilters}
        </label>
      )}
      <div className="share-dialog__field">
        <label htmlFor={snippetId}>{t.share.snippet}</label>
        <textarea
          id={snippetId}
          readOnly
          rows={8}
          value={snippet}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <p role="status" className="share-status">
        {copyState === 'copied' ? t.share.codeCopied : ''}
        {copyState === 'failed' ? t.share.copyFailed : ''}
      </p>
      <div className="share-dialog__actions">
        <button type="button" className="button" onClick={() => void copySnippet()}>
          {t.share.copyCode}
        </button>
        <button type="button" className="share-button" onClick={() => dialogRef.current?.close()}>
          {t.share.close}
        </button>
      </div>
    </dialog>
  );
}
