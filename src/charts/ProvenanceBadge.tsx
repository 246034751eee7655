import { useId, useState } from 'react';

export interface ProvenanceBadgeProps {
  kind: 'published' | 'derived' | 'illustrative';
  label: string;
  explanation: string;
}

/** A visible provenance mark; hovering or focusing it explains what it means. */
export function ProvenanceBadge({ kind, label, explanation }: ProvenanceBadgeProps) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  return (
    <span
      className={`provenance-badge provenance-badge--${kind}`}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className="provenance-badge__button"
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        {kind === 'illustrative' ? '⚠ ' : ''}
        {label}
      </button>
      <span id={tipId} role="tooltip" className="provenance-badge__tip" hidden={!open}>
        {explanation}
      </span>
    </span>
  );
}
