import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const DATA_FOLDER = path.resolve(import.meta.dirname, '..', '..', 'public', 'data');

// ---------------------------------------------------------------------------------------------
// XSS: hostile text in every field that reaches the screen. The payloads that run code call
// alert() (a dialog) and set window.__xss, so a test can watch for either.

declare global {
  interface Window {
    __xss?: unknown;
  }
}

export const XSS_PAYLOADS: { name: string; text: string }[] = [
  { name: 'script tag', text: '<script>alert(window.__xss=1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(window.__xss=1)>' },
  { name: 'svg onload', text: '<svg onload=alert(window.__xss=1)>' },
  { name: 'javascript: URL', text: 'javascript:alert(window.__xss=1)' },
  { name: 'HTML entities', text: '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62;' },
  { name: 'RTL override', text: 'abc\u202Eexe.txt' },
  {
    name: 'attribute break-out',
    text: '"><iframe srcdoc="<script>alert(window.__xss=1)</script>">',
  },
  { name: '10 000-character label', text: `long${'W'.repeat(10_000)}` },
];

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type XssFile = 'survey-2019.json' | 'regions.json' | 'collaborations.json' | 'projects.json';

/** The regions whose names are poisoned: a county, an ESF region and another county. */
export const POISONED_REGIONS = ['SE-AB', 'SE22', 'SE-M'] as const;

/** Where a payload goes: one text field of one dataset. More targets: add a line. */
export const XSS_TARGETS: {
  name: string;
  file: XssFile;
  inject: (data: Json, text: string) => void;
}[] = [
  {
    name: 'survey area name',
    file: 'survey-2019.json',
    inject: (data, text) => {
      data.areas[0].label = { sv: text, en: text };
    },
  },
  {
    name: 'survey title',
    file: 'survey-2019.json',
    inject: (data, text) => (data.title = { sv: text, en: text }),
  },
  {
    name: 'region name',
    file: 'regions.json',
    inject: (data, text) => {
      for (const region of data.regions) {
        if ((POISONED_REGIONS as readonly string[]).includes(region.code)) {
          region.name = { sv: `${text} ${region.code}`, en: `${text} ${region.code}` };
        }
      }
    },
  },
  {
    name: 'example name',
    file: 'collaborations.json',
    inject: (data, text) => (data.examples[0].name = { sv: text, en: text }),
  },
  {
    name: 'source title and publisher',
    file: 'collaborations.json',
    inject: (data, text) => {
      data.sources[0].title = { sv: text, en: text };
      data.sources[0].publisher = text;
    },
  },
  {
    name: 'project name, owner and partners',
    file: 'projects.json',
    inject: (data, text) => {
      data.projects[0].name.value = text;
      data.projects[0].englishName = { value: text, provenance: { kind: 'illustrative' } };
      data.projects[0].owner.value = text;
      data.projects[0].partners = { value: [text], provenance: { kind: 'illustrative' } };
    },
  },
  {
    name: 'result level definition',
    file: 'projects.json',
    inject: (data, text) => (data.resultLevels[0].definition = { sv: text, en: text }),
  },
  {
    name: 'programme area label',
    file: 'projects.json',
    inject: (data, text) => (data.programmeAreas[0].label = { sv: text, en: text }),
  },
  {
    name: 'provenance note and locator',
    file: 'survey-2019.json',
    inject: (data, text) => {
      data.shares[0].provenance.locator = text;
    },
  },
];

/** Serves every dataset with `text` in each of its XSS_TARGETS fields. */
export async function routeHostileData(page: Page, text: string): Promise<void> {
  for (const file of new Set(XSS_TARGETS.map((target) => target.file))) {
    const original = readFileSync(path.join(DATA_FOLDER, file), 'utf8');
    await page.route(`**/data/${file}`, (route) => {
      const data = JSON.parse(original) as Json;
      for (const target of XSS_TARGETS) if (target.file === file) target.inject(data, text);
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(data),
      });
    });
  }
}

/** Nothing from the payload became markup, and no handler of it ran. */
export async function expectNothingInjected(page: Page): Promise<void> {
  const injected = await page.evaluate(() => ({
    elements: [
      ...document.querySelectorAll(
        'img[onerror], svg[onload], iframe, script:not([src]), [srcdoc]',
      ),
    ].map((element) => element.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    ),
    links: [...document.querySelectorAll('a[href]')]
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => /^\s*javascript:/i.test(href)),
    ran: window.__xss ?? null,
  }));
  expect(injected).toEqual({ elements: [], handlers: [], links: [], ran: null });
}

/** Records every dialog the page opens (and dismisses it), for `expect(dialogs).toEqual([])`. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
