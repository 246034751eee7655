import { useId, useState, type ReactNode } from 'react';

export interface InfoTipProps {
  /** The visible trigger, e.g. a provenance label or a column heading. */
  children: ReactNode;
  explanation: ReactNode;
  className?: string;
  buttonClassName?: string;
}

/** A button whose explanation shows on hover, focus, click or tap, and hides on Escape or blur. */
export function InfoTip({ children, explanation, className, buttonClassName }: InfoTipProps) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  return (
    <span
      className={`info-tip ${className ?? ''}`}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className={buttonClassName}
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        // A tap focuses (which opens) and then clicks: the click must not close it again.
        onClick={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children}
      </button>
      <span id={tipId} role="tooltip" className="info-tip__tip" hidden={!open}>
        {explanation}
      </span>
    </span>
  );
}
