import { setupServer } from 'msw/node';
import { handlersFor } from './handlers';

/** The mock server for tests in Node; a request no handler expects fails the test. */
export const server = setupServer(...handlersFor());
