import { describe, expect, it } from 'vitest';
import { captionFitsBeside } from '../../src/presentation/captionRoom';

describe('captionFitsBeside', () => {
  it('puts a short caption beside the title on a wide screen', () => {
    expect(captionFitsBeside(220, 1220)).toBe(true);
    expect(captionFitsBeside(549, 1220)).toBe(true);
  });

  it('keeps a caption above the title where it would take much of the row', () => {
    expect(captionFitsBeside(550, 1220)).toBe(false);
    expect(captionFitsBeside(220, 358)).toBe(false);
  });

  it('keeps a caption not yet laid out above the title', () => {
    expect(captionFitsBeside(0, 1220)).toBe(false);
    expect(captionFitsBeside(0, 0)).toBe(false);
  });
});
