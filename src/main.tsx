import { startComponentLoadsAt } from './app/routeModules';
import { showStartFailure } from './app/startFailure';
import { prepareParser } from './data/parseInWorker';

// Every view loads datasets. The worker that parses them starts first, while the app's code
// downloads: once the app runs, the page is too busy for the worker to start until it is drawn.
prepareParser();
import('./startApp').catch((error: unknown) => {
  console.error(error);
  showStartFailure();
});
startComponentLoadsAt(window.location.pathname);
