import { describe, expect, it } from 'vitest';
import { modulesAt, PAGE_MODULES, PANEL_MODULES, pathInApp } from '../../src/app/routeModules';

describe('modulesAt', () => {
  it('names the code each page renders first, as the router maps the address', () => {
    expect(modulesAt('/')).toEqual([PAGE_MODULES.overview]);
    expect(modulesAt('/survey')).toEqual([PANEL_MODULES['/survey']]);
    expect(modulesAt('/sectors')).toEqual([PANEL_MODULES['/sectors']]);
    expect(modulesAt('/results')).toEqual([PANEL_MODULES['/results']]);
    expect(modulesAt('/projects')).toEqual([PANEL_MODULES['/projects']]);
    expect(modulesAt('/projects/22-018-S01')).toEqual([PAGE_MODULES.projectRecord]);
    expect(modulesAt('/sources')).toEqual([PAGE_MODULES.sources]);
    expect(modulesAt('/present')).toEqual([PAGE_MODULES.present]);
  });

  it("starts an embed's page and the panel of its chart's view", () => {
    expect(modulesAt('/embed/results-counts')).toEqual([
      PAGE_MODULES.embed,
      PANEL_MODULES['/results'],
    ]);
    expect(modulesAt('/embed/sectors-matrix')).toEqual([
      PAGE_MODULES.embed,
      PANEL_MODULES['/sectors'],
    ]);
    expect(modulesAt('/embed/no-such-chart')).toEqual([PAGE_MODULES.embed]);
  });

  it('starts nothing for an address no route matches', () => {
    expect(modulesAt('/nowhere')).toEqual([]);
    expect(modulesAt('/survey/extra')).toEqual([]);
  });
});

describe('pathInApp', () => {
  it("drops the base the app is served under, keeping the path's leading slash", () => {
    expect(pathInApp('/results', '/')).toBe('/results');
    expect(pathInApp('/dashboard/results', '/dashboard/')).toBe('/results');
    expect(pathInApp('/dashboard/', '/dashboard/')).toBe('/');
    expect(pathInApp('/elsewhere', '/dashboard/')).toBe('/elsewhere');
  });
});
