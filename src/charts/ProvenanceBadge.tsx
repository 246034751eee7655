import { InfoTip } from './InfoTip';

export interface ProvenanceBadgeProps {
  kind: 'published' | 'derived' | 'illustrative';
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
