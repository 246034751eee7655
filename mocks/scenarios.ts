/** Situations the mocks can simulate, for tests and for `VITE_MOCK_SCENARIO` in development. */
export const SCENARIOS = [
  'default',
  'slow',
  'server-error',
  'malformed',
  'empty',
  'offline',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export function isScenario(value: string): value is Scenario {
  return (SCENARIOS as readonly string[]).includes(value);
}
