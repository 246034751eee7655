// Statistics for the benchmark: medians and bootstrap intervals of paired ratios.

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A seeded PRNG, so a report's intervals can be reproduced from its samples. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The ratio of medians peer ÷ ours over paired rounds (round i of each), with a 95 % bootstrap
 * interval: rounds are resampled with replacement, keeping pairs together.
 */
export function bootstrapRatio(peer, ours, resamples = 2000, seed = 8) {
  const pairs = peer
    .map((value, index) => [value, ours[index]])
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  const ratioOf = (sample) => median(sample.map(([a]) => a)) / median(sample.map(([, b]) => b));
  if (pairs.length === 0) return { ratio: NaN, low: NaN, high: NaN, n: 0 };
  const next = random(seed);
  const ratios = [];
  for (let resample = 0; resample < resamples; resample += 1) {
    const sample = pairs.map(() => pairs[Math.floor(next() * pairs.length)]);
    ratios.push(ratioOf(sample));
  }
  ratios.sort((a, b) => a - b);
  return {
    ratio: ratioOf(pairs),
    low: ratios[Math.floor(resamples * 0.025)],
    high: ratios[Math.ceil(resamples * 0.975) - 1],
    n: pairs.length,
  };
}

/** Whether the interval is within ±10 % of the ratio. */
export function tightEnough({ ratio, low, high }, tolerance = 0.1) {
  return Number.isFinite(ratio) && high - low <= 2 * tolerance * ratio;
}
