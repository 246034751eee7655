/** Where a step command leads: steps are numbered from 1, as in `?step=`. */
export type StepMove = 'next' | 'previous' | 'first' | 'last' | { jump: number };

/** A step number within 1…count (1 when there are no steps). */
export function clampStep(step: number, count: number): number {
  if (count < 1 || !Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.trunc(step)), count);
}

/** The step number of a URL value: a positive whole number, otherwise 1. */
export function parseStepNumber(value: unknown): number {
  const number = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 ? number : 1;
}

/** The step a move leads to from `current`; moves past either end stay at the end. */
export function moveStep(move: StepMove, current: number, count: number): number {
  if (move === 'next') return clampStep(current + 1, count);
  if (move === 'previous') return clampStep(current - 1, count);
  if (move === 'first') return 1;
  if (move === 'last') return clampStep(count, count);
  return clampStep(move.jump, count);
}

/** The step after `current` for auto-advance, which starts over after the last. */
export function nextStepLooping(current: number, count: number): number {
  return current >= count ? 1 : current + 1;
}

/** Moves the item at `from` by `offset` places (−1 up, +1 down); out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], from: number, offset: number): T[] {
  const to = from + offset;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item as T);
  return moved;
}
