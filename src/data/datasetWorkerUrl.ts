/** The part of the Trusted Types API used here (TypeScript's DOM types do not have it yet). */
export interface TrustedTypePolicyFactoryLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): { createScriptURL: (input: string) => unknown };
}

/** The Trusted Types policy the Content-Security-Policy allows for the dataset worker's script. */
export const DATASET_WORKER_URL_POLICY = 'dataset-worker-url';

let policy: { createScriptURL: (input: string) => unknown } | null = null;

/**
 * Where Trusted Types are enforced, `new Worker()` only takes a TrustedScriptURL. The policy
 * admits exactly the bundled worker's same-origin URL and throws for anything else; where the
 * browser has no Trusted Types, the URL itself is returned.
 */
export function trustedDatasetWorkerUrl(
  url: string,
  factory: TrustedTypePolicyFactoryLike | undefined,
  origin: string,
): unknown {
  const allowed = new URL(url, origin);
  if (allowed.origin !== origin) throw new TypeError(`Not a same-origin worker: ${url}`);
  if (!factory) return url;
  policy ??= factory.createPolicy(DATASET_WORKER_URL_POLICY, {
    createScriptURL: (input) => {
      if (new URL(input, origin).href !== allowed.href) {
        throw new TypeError(`Not the dataset worker's URL: ${input}`);
      }
      return input;
    },
  });
  return policy.createScriptURL(url);
}
