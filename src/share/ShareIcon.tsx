const ICON_PATHS = {
  chart: 'M3 13h3v4H3zM8.5 8h3v9h-3zM14 4h3v13h-3z',
  table: 'M3 4h14v12H3zM3 8h14M3 12h14M8 4v12',
  download: 'M10 3v9M6 8.5l4 4 4-4M4 16h12',
  link: 'M8.5 11.5l3-3M7 9.5l-2 2a2.5 2.5 0 0 0 3.5 3.5l2-2M13 10.5l2-2A2.5 2.5 0 0 0 11.5 5l-2 2',
  embed: 'M7 6l-4 4 4 4M13 6l4 4-4 4M11 4l-2 12',
} as const;

export type ShareIconName = keyof typeof ICON_PATHS;

/** A small line icon beside a control's visible text; hidden from assistive technology. */
export function ShareIcon({ name }: { name: ShareIconName }) {
  return (
    <svg className="share-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}

/**
 * A share control's visible text, the same as its `aria-label`: in a narrow figure only the icon
 * shows, and the label is its name and its tooltip (share.css).
 */
export function ShareLabel({ children }: { children: string }) {
  return <span className="share-button__label">{children}</span>;
}
