/** The one Trusted Types policy the Content-Security-Policy allows (`trusted-types sw-script-url`). */
export const SERVICE_WORKER_URL_POLICY = 'sw-script-url';

/** The file name the service worker is built to, at the app's base. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The part of the Trusted Types API this module uses (TypeScript's DOM types do not have it yet). */
export interface TrustedTypePolicyFactoryLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): { createScriptURL: (input: string) => unknown };
}

/**
 * Where Trusted Types are enforced, `serviceWorker.register()` only takes a TrustedScriptURL. This
 * creates the allowed policy, which admits exactly `url` and throws for anything else, and returns
 * `url` made trusted; where the browser has no Trusted Types, `url` itself.
 */
export function trustedServiceWorkerUrl(
  url: string,
  factory: TrustedTypePolicyFactoryLike | undefined,
): unknown {
  if (!factory) return url;
  const policy = factory.createPolicy(SERVICE_WORKER_URL_POLICY, {
    createScriptURL: (input) => {
      if (input !== url) throw new TypeError(`Not the service worker's URL: ${input}`);
      return input;
    },
  });
  return policy.createScriptURL(url);
}
