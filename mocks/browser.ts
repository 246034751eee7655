import { setupWorker } from 'msw/browser';
import { handlersFor } from './handlers';
import { isScenario, SCENARIOS } from './scenarios';

/** Starts the mock service worker in development with one scenario for every dataset. */
export async function startMockWorker(scenario: string): Promise<void> {
  if (!isScenario(scenario)) {
    throw new Error(
      `VITE_MOCK_SCENARIO="${scenario}" is not a scenario; use one of ${SCENARIOS.join(', ')}`,
    );
  }
  const worker = setupWorker(...handlersFor(scenario));
  await worker.start({ onUnhandledFrame: 'bypass' });
  console.info(`[mocks] serving datasets in the "${scenario}" scenario`);
}
