import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/charts/wrapText';

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Effektmätning', 20)).toEqual(['Effektmätning']);
  });

  it('breaks at spaces', () => {
    expect(wrapText('Innovation-friendly procurement and partnership models', 24)).toEqual([
      'Innovation-friendly',
      'procurement and',
      'partnership models',
    ]);
  });

  it('hyphenates a word longer than a line', () => {
    expect(wrapText('Finansieringslösningar', 10, 5)).toEqual(['Finansier-', 'ingslösni-', 'ngar']);
  });

  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapText('one two three four five six seven eight', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
