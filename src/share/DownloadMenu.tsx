import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { ExportRequest } from './exportFigure';
import { ShareIcon, ShareLabel } from './ShareIcon';
import { SIZE_PRESET_NAMES, type ExportTheme } from './svgExport';

const ITEM_STEPS = { ArrowDown: 1, ArrowUp: -1, Home: 0, End: 0 } as const;

/**
 * Where an arrow key, Home or End moves in a list of `count` items from `current` (-1: from the
 * menu's button, so ArrowDown goes to the first item and ArrowUp to the last); arrows wrap around.
 */
function itemIndexAfter(key: keyof typeof ITEM_STEPS, current: number, count: number): number {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (current < 0) return key === 'ArrowDown' ? 0 : count - 1;
  return (current + ITEM_STEPS[key] + count) % count;
}

/**
 * A keyboard-usable menu of downloads (PNG and SVG in three sizes, CSV, JSON): a disclosure that
 * Escape, a click outside or a choice closes, giving focus back to its button. Arrow keys, Home
 * and End move between its choices, as well as Tab.
 */
export function DownloadMenu({ onDownload }: { onDownload: (request: ExportRequest) => void }) {
  const { t } = useI18n();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [dark, setDark] = useState(false);

  const close = () => {
    const details = detailsRef.current;
    if (!details) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const details = detailsRef.current;
      if (details && event.target instanceof Node && !details.contains(event.target)) {
        details.open = false;
      }
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const choose = (request: ExportRequest) => {
    close();
    onDownload(request);
  };
  const theme: ExportTheme = dark ? 'dark' : 'light';
  const items: { key: string; request: ExportRequest; label: string }[] = [
    ...(['png', 'svg'] as const).flatMap((format) =>
      SIZE_PRESET_NAMES.map((preset) => ({
        key: `${format}-${preset}`,
        request: { format, preset, theme },
        label: t.share.image(format.toUpperCase(), t.share.presets[preset]),
      })),
    ),
    { key: 'csv', request: { format: 'csv' }, label: t.share.csv },
    { key: 'csv-semicolon', request: { format: 'csv-semicolon' }, label: t.share.csvSemicolon },
    { key: 'json', request: { format: 'json' }, label: t.share.json },
  ];

  return (
    <details
      ref={detailsRef}
      className="share-menu"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (!detailsRef.current?.open) return;
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        } else if (Object.hasOwn(ITEM_STEPS, event.key)) {
          const key = event.key as keyof typeof ITEM_STEPS;
          const items = [...detailsRef.current.querySelectorAll<HTMLElement>('.share-menu__item')];
          const from = items.indexOf(event.target as HTMLElement);
          const target = items[itemIndexAfter(key, from, items.length)];
          if (target) {
            event.preventDefault();
            target.focus();
          }
        }
      }}
    >
      <summary className="share-button" aria-label={t.share.download}>
        <ShareIcon name="download" />
        <ShareLabel>{t.share.download}</ShareLabel>
      </summary>
      <div className="share-menu__panel">
        <ul className="share-menu__list">
          {items.map(({ key, request, label }) => (
            <li key={key}>
              <button
                type="button"
                className="share-menu__item"
                data-export={key}
                onClick={() => choose(request)}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
        <label className="share-menu__option">
          <input
            type="checkbox"
            checked={dark}
            onChange={(event) => setDark(event.target.checked)}
          />
          {t.share.darkTheme}
        </label>
      </div>
    </details>
  );
}
