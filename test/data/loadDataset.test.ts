import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loadDataset, toNfc } from '../../src/data/loadDataset';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { server } from '../../mocks/node';

describe('loadDataset', () => {
  it('fetches the bundled regions from the data folder and validates them', async () => {
    const regions = await loadDataset('regions.json', regionsDatasetSchema);
    expect(regions.regions.map((region) => region.code)).toContain('SE-BD');
  });

  it('reports an HTTP error that must not be retried', async () => {
    server.use(http.get('*/data/regions.json', () => new HttpResponse(null, { status: 404 })));
    await expect(loadDataset('regions.json', regionsDatasetSchema)).rejects.toMatchObject({
      message: expect.stringMatching(/^regions\.json: the server answered 404/),
      retryable: false,
    });
  });

  it('reports a dropped connection as retryable', async () => {
    server.use(http.get('*/data/regions.json', () => HttpResponse.error()));
    await expect(loadDataset('regions.json', regionsDatasetSchema)).rejects.toMatchObject({
      message: 'regions.json: the network request failed',
      retryable: true,
    });
  });
});

describe('toNfc', () => {
  it('composes a decomposed "Malmö" and leaves text that is already composed as it is', () => {
    expect(toNfc('Malmo\u0308')).toBe('Malmö');
    const composed = 'Malmö, Umeå, Växjö: ÅÄÖ åäö é ü ß';
    expect(toNfc(composed)).toBe(composed);
    expect(toNfc('Ǻ \u212B')).toBe('Ǻ Å');
  });

  it('agrees with normalize for every character below U+0300 followed by a combining mark', () => {
    for (let code = 0; code < 0x300; code += 1) {
      const text = `${String.fromCharCode(code)}\u0301`;
      expect(toNfc(text)).toBe(text.normalize('NFC'));
      expect(toNfc(String.fromCharCode(code))).toBe(String.fromCharCode(code).normalize('NFC'));
    }
  });
});
