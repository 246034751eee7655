import { describe, expect, it, vi } from 'vitest';
import {
  SERVICE_WORKER_URL_POLICY,
  trustedServiceWorkerUrl,
  type TrustedTypePolicyFactoryLike,
} from '../../../src/app/connectivity/serviceWorkerUrl';
import { contentSecurityPolicy } from '../../../vite.config';

const SW_URL = 'https://example.org/sw.js';

function fakeTrustedTypes() {
  let rules: { createScriptURL: (input: string) => string } | undefined;
  const factory: TrustedTypePolicyFactoryLike = {
    createPolicy: vi.fn((_name, policyRules) => {
      rules = policyRules;
      return {
        createScriptURL: (input: string) => ({ trusted: policyRules.createScriptURL(input) }),
      };
    }),
  };
  return { factory, createScriptURL: (input: string) => rules!.createScriptURL(input) };
}

describe('trustedServiceWorkerUrl', () => {
  it('makes the service worker URL trusted through the one policy the CSP allows', () => {
    const { factory } = fakeTrustedTypes();
    expect(trustedServiceWorkerUrl(SW_URL, factory)).toEqual({ trusted: SW_URL });
    expect(factory.createPolicy).toHaveBeenCalledWith(SERVICE_WORKER_URL_POLICY, expect.anything());
    expect(contentSecurityPolicy()).toContain(`trusted-types ${SERVICE_WORKER_URL_POLICY}`);
  });

  it('has a policy that refuses every other URL', () => {
    const { factory, createScriptURL } = fakeTrustedTypes();
    trustedServiceWorkerUrl(SW_URL, factory);
    expect(() => createScriptURL('https://evil.example/sw.js')).toThrow(TypeError);
    expect(() => createScriptURL(`${SW_URL}?x=1`)).toThrow(TypeError);
  });

  it('is the plain URL where the browser has no Trusted Types', () => {
    expect(trustedServiceWorkerUrl(SW_URL, undefined)).toBe(SW_URL);
  });
});
