import { describe, expect, it } from 'vitest';
import { parseDatasetBytes, parseDatasetText } from '../../src/data/datasetParsers';
import { warmUpProjectsFile } from '../../src/data/parserWarmUp';

describe('the parser warm-up file', () => {
  it('is a valid columnar projects file, split or whole', () => {
    const text = warmUpProjectsFile(500);
    const whole = parseDatasetText('projects', 'warm-up.json', text);
    if (whole.form !== 'columns') throw new Error('expected columns');
    expect(whole.columns.rowCount).toBe(500);
    expect(whole.columns.text.region?.dictionary).toContain('SE0');
    const split = parseDatasetBytes('projects', 'warm-up.json', new TextEncoder().encode(text), 0);
    expect(split).toEqual(whole);
  });
});
