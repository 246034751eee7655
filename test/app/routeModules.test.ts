import { describe, expect, it } from 'vitest';
import {
  componentLoadsAt,
  PAGE_MODULES,
  PANEL_MODULES,
  pathInApp,
} from '../../src/app/routeModules';
import { routeTree } from '../../src/app/router';

describe('componentLoadsAt', () => {
  it('names what each page renders first, as the router maps the address', () => {
    expect(componentLoadsAt('/')).toEqual([PAGE_MODULES.overview]);
    expect(componentLoadsAt('/survey')).toEqual([PANEL_MODULES['/survey']]);
    expect(componentLoadsAt('/sectors')).toEqual([PANEL_MODULES['/sectors']]);
    expect(componentLoadsAt('/results/')).toEqual([PANEL_MODULES['/results']]);
    expect(componentLoadsAt('/Results')).toEqual([PANEL_MODULES['/results']]);
    expect(componentLoadsAt('/projects')).toEqual([PANEL_MODULES['/projects']]);
    expect(componentLoadsAt('/projects/22-018-S01')).toEqual([PAGE_MODULES.projectRecord]);
    expect(componentLoadsAt('/sources')).toEqual([PAGE_MODULES.sources]);
    expect(componentLoadsAt('/present')).toEqual([PAGE_MODULES.present]);
  });

  it("starts an embed's page and the panel of its chart's view", () => {
    expect(componentLoadsAt('/embed/results-counts')).toEqual([
      PAGE_MODULES.embed,
      PANEL_MODULES['/results'],
    ]);
    expect(componentLoadsAt('/embed/sectors-matrix')).toEqual([
      PAGE_MODULES.embed,
      PANEL_MODULES['/sectors'],
    ]);
    expect(componentLoadsAt('/embed/no-such-chart')).toEqual([PAGE_MODULES.embed]);
  });

  it('starts nothing for an address no route matches', () => {
    for (const path of [
      '/nowhere',
      '/survey/extra',
      '/sources/x',
      '/present/x',
      '/projects/a/b',
      '/embed',
      '/embed/results-counts/x',
    ]) {
      expect(componentLoadsAt(path), path).toEqual([]);
    }
  });

  it('starts something for every route the router has', () => {
    const samples: Record<string, string> = {
      $projectId: '22-018-S01',
      $chartId: 'survey-national',
    };
    const children = Object.values(routeTree.children ?? {}) as { options: { path?: string } }[];
    const paths = children.map(({ options }) =>
      `/${options.path ?? ''}`
        .replace(/\/+/g, '/')
        .replace(/\$\w+/g, (param) => samples[param] ?? param),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/results',
        '/projects/22-018-S01',
        '/embed/survey-national',
        '/present',
      ]),
    );
    for (const path of paths) expect(componentLoadsAt(path), path).not.toEqual([]);
  });
});

describe('pathInApp', () => {
  it("drops the base the app is served under, keeping the path's leading slash", () => {
    expect(pathInApp('/results', '/')).toBe('/results');
    expect(pathInApp('/dashboard/results', '/dashboard/')).toBe('/results');
    expect(pathInApp('/dashboard/', '/dashboard/')).toBe('/');
    expect(pathInApp('/dashboard', '/dashboard/')).toBe('/');
  });

  it('is null for an address outside the app', () => {
    expect(pathInApp('/results', '/dashboard/')).toBeNull();
  });
});
