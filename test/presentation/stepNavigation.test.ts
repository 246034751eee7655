import { describe, expect, it } from 'vitest';
import {
  clampStep,
  moveItem,
  moveStep,
  nextStepLooping,
  parseStepNumber,
} from '../../src/presentation/stepNavigation';

describe('step numbers', () => {
  it('clamps a step into 1…count', () => {
    expect(clampStep(0, 6)).toBe(1);
    expect(clampStep(-3, 6)).toBe(1);
    expect(clampStep(4, 6)).toBe(4);
    expect(clampStep(9, 6)).toBe(6);
    expect(clampStep(2.7, 6)).toBe(2);
    expect(clampStep(Number.NaN, 6)).toBe(1);
    expect(clampStep(3, 0)).toBe(1);
  });

  it('reads a step from the URL, falling back to 1', () => {
    expect(parseStepNumber(3)).toBe(3);
    expect(parseStepNumber('12')).toBe(12);
    for (const bad of [0, -1, 1.5, '3a', '', null, undefined, {}, '1e3']) {
      expect(parseStepNumber(bad)).toBe(1);
    }
  });
});

describe('moveStep', () => {
  it('moves one step at a time and stops at either end', () => {
    expect(moveStep('next', 2, 6)).toBe(3);
    expect(moveStep('next', 6, 6)).toBe(6);
    expect(moveStep('previous', 2, 6)).toBe(1);
    expect(moveStep('previous', 1, 6)).toBe(1);
  });

  it('goes to the first and last steps', () => {
    expect(moveStep('first', 4, 6)).toBe(1);
    expect(moveStep('last', 2, 6)).toBe(6);
  });

  it('jumps to a typed step, clamped to the sequence', () => {
    expect(moveStep({ jump: 3 }, 1, 6)).toBe(3);
    expect(moveStep({ jump: 60 }, 1, 6)).toBe(6);
    expect(moveStep({ jump: 0 }, 4, 6)).toBe(1);
  });

  it('starts over after the last step when advancing automatically', () => {
    expect(nextStepLooping(5, 6)).toBe(6);
    expect(nextStepLooping(6, 6)).toBe(1);
  });
});

describe('moveItem', () => {
  it('moves an item up or down and leaves the original alone', () => {
    const items = ['a', 'b', 'c'];
    expect(moveItem(items, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('changes nothing for a move past either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
