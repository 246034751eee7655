import { describe, expect, it } from 'vitest';
import {
  generateProjects,
  packColumns,
  packIntegers,
  parseSize,
  toRowForm,
} from '../../bench/generate.mjs';
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

  it('packs the integer columns into base64 that decodes to the same projects', () => {
    const file = generateProjects(300, 8, metadata);
    const packed = packColumns(file) as { columns: Record<string, Record<string, unknown>> };
    expect(Object.keys(packed.columns.region!.indices as object)).toEqual(['int8']);
    expect(Object.keys(packed.columns.startDate!.days as object)).toEqual(['int16']);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(file).length);
    const plain = parseDatasetText('projects', 'projects.json', JSON.stringify(file));
    const compact = parseDatasetText('projects', 'projects.json', JSON.stringify(packed));
    if (plain.form !== 'columns' || compact.form !== 'columns') throw new Error('wrong forms');
    expect(compact.columns).toEqual(plain.columns);
  });

  it('picks the narrowest signed type, little-endian', () => {
    expect(packIntegers([-1, 0, 127])).toEqual({
      int8: Buffer.from([255, 0, 127]).toString('base64'),
    });
    expect(packIntegers([-1, 300])).toEqual({
      int16: Buffer.from([255, 255, 44, 1]).toString('base64'),
    });
    expect(packIntegers([70_000])).toEqual({
      int32: Buffer.from([112, 17, 1, 0]).toString('base64'),
    });
  });
});
