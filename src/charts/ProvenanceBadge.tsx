import { InfoTip } from './InfoTip';

/** Where a value shown comes from: a source, a formula, or made up to demonstrate. */
export type MarkProvenance = 'published' | 'derived' | 'illustrative';

export interface ProvenanceBadgeProps {
  kind: MarkProvenance;
  label: string;
  explanation: string;
}

/** A visible provenance mark; hovering or focusing it explains what it means. */
export function ProvenanceBadge({ kind, label, explanation }: ProvenanceBadgeProps) {
  return (
    <InfoTip
      className={`provenance-badge provenance-badge--${kind}`}
      buttonClassName="provenance-badge__button"
      explanation={explanation}
    >
      {kind === 'illustrative' ? '⚠ ' : ''}
      {label}
    </InfoTip>
  );
}
