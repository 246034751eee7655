import { ProvenanceBadge } from '../../charts/ProvenanceBadge';
import type { ProvenanceKind } from '../../data/provenanceSchema';
import { useI18n } from '../../i18n/I18nProvider';

/** A chart's provenance mark, explained for a project chart. */
export function ProvenanceMark({
  kind,
  partly = false,
  explanations,
}: {
  kind: ProvenanceKind;
  /** Only some values are of `kind` (illustrative), the others published or derived. */
  partly?: boolean;
  /** What the mark says on hover or focus, where the default does not fit the chart. */
  explanations?: Partial<Record<ProvenanceKind, string>>;
}) {
  const { t } = useI18n();
  const explanation =
    explanations?.[kind] ??
    {
      published: t.provenance.publishedExplanation,
      derived: t.projectDetail.derivedExplanation,
      illustrative: t.projectDetail.someIllustrativeExplanation,
    }[kind];
  const label =
    partly && kind === 'illustrative' ? t.provenance.partlyIllustrative : t.provenance[kind];
  return <ProvenanceBadge kind={kind} label={label} explanation={explanation} />;
}
