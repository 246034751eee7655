import { describe, expect, it, vi } from 'vitest';
import { formatInteger, formatMonth, formatOrdinal, formatPercent } from '../../src/i18n/format';

describe('formatPercent', () => {
  it('writes Swedish percentages with a decimal comma and a non-breaking space', () => {
    expect(formatPercent('sv', 9.5)).toBe('9,5\u00a0%');
    expect(formatPercent('sv', 15)).toBe('15\u00a0%');
  });

  it('writes English percentages with a decimal point and no space', () => {
    expect(formatPercent('en', 9.5)).toBe('9.5%');
    expect(formatPercent('en', 4)).toBe('4%');
  });
});

describe('formatMonth', () => {
  it('names the month in the language, whatever the time zone', () => {
    expect(formatMonth('sv', '2019-12')).toBe('december 2019');
    expect(formatMonth('en', '2019-12')).toBe('December 2019');
  });
});

describe('formatOrdinal', () => {
  it('uses Swedish ordinal suffixes', () => {
    expect([1, 2, 3, 11, 12, 21, 22].map((rank) => formatOrdinal('sv', rank))).toEqual([
      '1:a',
      '2:a',
      '3:e',
      '11:e',
      '12:e',
      '21:a',
      '22:a',
    ]);
  });

  it('uses English ordinal suffixes', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21].map((rank) => formatOrdinal('en', rank))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
    ]);
  });
});

describe('formatInteger', () => {
  it('groups thousands the language’s way', () => {
    expect(formatInteger('sv', 1350000)).toBe('1\u00a0350\u00a0000');
    expect(formatInteger('en', 1350000)).toBe('1,350,000');
  });
});

describe('warmUpFormatters', () => {
  it('builds the number formatters ahead, so that formatting later builds none', async () => {
    // A fresh module: the tests above have already built its formatters.
    vi.resetModules();
    const fresh = await import('../../src/i18n/format');
    fresh.warmUpFormatters();
    const build = vi.spyOn(Intl, 'NumberFormat');
    expect(fresh.formatInteger('sv', 12345)).toBe('12\u00a0345');
    expect(fresh.formatInteger('en', 12345)).toBe('12,345');
    expect(build).not.toHaveBeenCalled();
  });
});
