import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import type { Scenario } from '../scenarios';

export const SLOW_RESPONSE_MS = 3000;

/** Serves one dataset file the way the scenario asks: as bundled, slow, failing, malformed or empty. */
export function datasetHandler(
  file: string,
  variants: { valid: JsonBodyType; malformed: JsonBodyType; empty: JsonBodyType },
  scenario: Scenario = 'default',
) {
  return http.get(`*/data/${file}`, async () => {
    switch (scenario) {
      case 'slow':
        await delay(SLOW_RESPONSE_MS);
        return HttpResponse.json(variants.valid);
      case 'server-error':
        return new HttpResponse('Internal Server Error', { status: 500 });
      case 'malformed':
        return HttpResponse.json(variants.malformed);
      case 'empty':
        return HttpResponse.json(variants.empty);
      case 'offline':
        return HttpResponse.error();
      default:
        return HttpResponse.json(variants.valid);
    }
  });
}
