import type { z } from './zod';

/** Adds an issue for every record whose `id` an earlier record in the same list already has. */
export function checkUniqueIds(
  records: readonly { id: string }[],
  recordPath: (index: number) => (string | number)[],
  context: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id)) {
      context.addIssue({
        code: 'custom',
        path: [...recordPath(index), 'id'],
        message: `duplicate id "${record.id}"`,
        input: record.id,
      });
    }
    seen.add(record.id);
  });
}
