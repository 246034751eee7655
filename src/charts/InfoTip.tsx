import { useId, useState, type ReactNode } from 'react';

export interface InfoTipProps {
  /** The visible trigger, e.g. a provenance label or a column heading. */
  children: ReactNode;
  explanation: ReactNode;
  className?: string;
  buttonClassName?: string;
}

/** A button whose explanation shows on hover, focus or click, and hides on Escape. */
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
        onClick={() => setOpen((value) => !value)}
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
