import { useSyncExternalStore } from 'react';
import {
  SERVICE_WORKER_FILE,
  trustedServiceWorkerUrl,
  type TrustedTypePolicyFactoryLike,
} from './serviceWorkerUrl';

let waitingWorker: ServiceWorker | null = null;
const updateListeners = new Set<() => void>();

function setWaitingWorker(worker: ServiceWorker): void {
  waitingWorker = worker;
  for (const listener of updateListeners) listener();
}

function subscribeToUpdate(listener: () => void): () => void {
  updateListeners.add(listener);
  return () => updateListeners.delete(listener);
}

/** True once a new version of the app is installed and waits for the person to reload into it. */
export function useUpdateAvailable(): boolean {
  return useSyncExternalStore(
    subscribeToUpdate,
    () => waitingWorker !== null,
    () => false,
  );
}

/** Lets the waiting version take over, then reloads; only ever called from the person's click. */
export function reloadIntoNewVersion(): void {
  if (!waitingWorker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waitingWorker.postMessage({ type: 'SKIP_WAITING' });
}

// A new version waits (the worker does not skip waiting) until every tab of the old one is
// closed, or until the person chooses to reload: it never replaces the page mid-presentation.
function watchForWaitingWorker(registration: ServiceWorkerRegistration): void {
  const noteIfWaiting = () => {
    // Without a controller this is the first install, not an update.
    if (registration.waiting && navigator.serviceWorker.controller) {
      setWaitingWorker(registration.waiting);
    }
  };
  noteIfWaiting();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') noteIfWaiting();
    });
  });
}

/**
 * Registers the service worker that keeps the app and its data available offline. Production
 * builds only.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const scriptUrl = trustedServiceWorkerUrl(
    new URL(`${base}${SERVICE_WORKER_FILE}`, window.location.origin).href,
    (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes,
  );
  // register() accepts a TrustedScriptURL, which TypeScript's DOM types do not know yet.
  const registration: ServiceWorkerRegistration | undefined =
    await navigator.serviceWorker.register(scriptUrl as string, {
      scope: base,
      updateViaCache: 'none',
    });
  // Where service workers are switched off (some browser policies, test harnesses) register()
  // answers without a registration: the app works online as before.
  if (registration) watchForWaitingWorker(registration);
}
