import { describe, expect, it } from 'vitest';
import { generateProjects, parseSize, toRowForm } from '../../bench/generate.mjs';
import { parseDatasetText } from '../../src/data/datasetParsers';
import { projectAt } from '../../src/data/projectColumns';
import metadata from '../../public/data/projects.json';

describe('benchmark data generator', () => {
  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateProjects(50, 3, metadata))).toBe(
      JSON.stringify(generateProjects(50, 3, metadata)),
    );
    expect(parseSize('1m')).toBe(1_000_000);
  });

  it('writes a columnar file the loader accepts, equal to the same rows in the row form', () => {
    const file = generateProjects(300, 8, metadata);
    const columns = parseDatasetText('projects', 'projects.json', JSON.stringify(file));
    const rows = parseDatasetText('projects', 'projects.json', JSON.stringify(toRowForm(file)));
    if (columns.form !== 'columns' || rows.form !== 'rows') throw new Error('wrong forms');
    const decoded = Array.from({ length: 300 }, (_, row) => projectAt(columns.columns, row));
    expect(decoded).toEqual(rows.dataset.projects);
    expect(decoded.every((project) => project.name.provenance.kind === 'illustrative')).toBe(true);
  });
});
