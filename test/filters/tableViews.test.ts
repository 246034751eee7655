import { describe, expect, it } from 'vitest';
import { parseTableViews, serializeTableViews, withTableView } from '../../src/filters/tableViews';

describe('table views in the address', () => {
  it('reads chart ids, leaving out malformed and repeated ones', () => {
    expect(parseTableViews({ table: 'results-matrix,survey-national' }).tables).toEqual([
      'results-matrix',
      'survey-national',
    ]);
    expect(parseTableViews({ table: 'a,<b>,a,,Results' }).tables).toEqual(['a']);
    expect(parseTableViews({ table: 42 }).tables).toEqual([]);
    expect(parseTableViews({}).tables).toEqual([]);
  });

  it('writes nothing when every chart shows as a chart', () => {
    expect(serializeTableViews({ tables: [] })).toEqual({ table: undefined });
    expect(serializeTableViews({ tables: ['a', 'b'] })).toEqual({ table: 'a,b' });
  });

  it('adds and removes one chart at a time', () => {
    expect(withTableView(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(withTableView(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(withTableView(['a'], 'a', true)).toEqual(['a']);
  });
});
