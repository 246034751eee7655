import { describe, expect, it } from 'vitest';
import { chartFontSize, DEFAULT_CHART_TEXT_SCALE } from '../../src/charts/useChartSize';
import {
  presentationChartTextScale,
  presentationRootFontSize,
} from '../../src/presentation/projectorScale';

describe('projector scale', () => {
  it('scales the page text with the screen, between 16 and 48 px', () => {
    expect(presentationRootFontSize(390)).toBe(16);
    expect(presentationRootFontSize(1920)).toBe(24);
    expect(presentationRootFontSize(3840)).toBe(48);
    expect(presentationRootFontSize(7680)).toBe(48);
  });

  it('lets chart text grow with the screen, never below its normal size', () => {
    expect(presentationChartTextScale(1280)).toEqual({ minFontSize: 14, maxFontSize: 20 });
    expect(presentationChartTextScale(1920)).toEqual({ minFontSize: 20, maxFontSize: 26 });
    expect(presentationChartTextScale(3840)).toEqual({ minFontSize: 41, maxFontSize: 53 });
  });

  it('gives a wide chart on a 4K projector text the back row can read', () => {
    const scale = presentationChartTextScale(3840);
    expect(chartFontSize(3700, scale)).toBe(53);
    expect(chartFontSize(600, scale)).toBe(41);
    expect(chartFontSize(3700)).toBe(20);
  });

  it('keeps the normal sizes outside presentation mode', () => {
    expect(DEFAULT_CHART_TEXT_SCALE).toEqual({ minFontSize: 13, maxFontSize: 20 });
    expect(chartFontSize(300)).toBe(13);
    expect(chartFontSize(1120)).toBe(16);
  });
});
