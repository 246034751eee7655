import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Copies `url` to the clipboard; where the browser refuses, shows it in a read-only field to
 * select and copy by hand. Give it `key={url}` so that a new link starts over.
 */
export function CopyLink({ url }: { url: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fieldId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        {t.present.copyLink}
      </button>
      <p role="status" className="copy-link__status">
        {state === 'copied' ? t.present.linkCopied : ''}
      </p>
      {state === 'failed' ? (
        <div className="copy-link__fallback">
          <label htmlFor={fieldId}>{t.present.copyThisLink}</label>
          <input
            id={fieldId}
            type="url"
            readOnly
            value={url}
            autoFocus
            onFocus={(event) => event.target.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
