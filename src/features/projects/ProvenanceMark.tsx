import { ProvenanceBadge } from '../../charts/ProvenanceBadge';
import type { ProvenanceKind } from '../../data/provenanceSchema';
import { useI18n } from '../../i18n/I18nProvider';

/** A chart's provenance mark, explained for a project chart. */
export function ProvenanceMark({
  kind,
  explanations,
}: {
  kind: ProvenanceKind;
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
  return <ProvenanceBadge kind={kind} label={t.provenance[kind]} explanation={explanation} />;
}
