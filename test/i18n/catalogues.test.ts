import { describe, expect, it, vi } from 'vitest';

describe('language catalogues', () => {
  it('has Swedish from the start and loads English once, when asked', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n/I18nProvider');
    expect(i18n.isCatalogueLoaded('sv')).toBe(true);
    expect(i18n.isCatalogueLoaded('en')).toBe(false);
    expect(() => i18n.createI18n('en')).toThrow('The en messages are not loaded');
    const [first, second] = [i18n.loadCatalogue('en'), i18n.loadCatalogue('en')];
    expect(first).toBe(second);
    await first;
    expect(i18n.createI18n('en').t.app.name).toBe('Social innovation in Sweden');
  });
});
