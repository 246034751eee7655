import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { whenQueriesSettle } from '../../src/app/viewPanels';

function deferred<Value>() {
  let resolve!: (value: Value) => void;
  const promise = new Promise<Value>((done) => (resolve = done));
  return { promise, resolve };
}

describe('whenQueriesSettle', () => {
  const idleNow = (task: () => void) => task();

  it('waits for every started fetch to finish, then runs the task once', async () => {
    const client = new QueryClient();
    let runs = 0;
    whenQueriesSettle(client, () => (runs += 1), idleNow);
    const first = deferred<number>();
    const second = deferred<number>();
    const loading = [
      client.fetchQuery({ queryKey: ['a'], queryFn: () => first.promise }),
      client.fetchQuery({ queryKey: ['b'], queryFn: () => second.promise }),
    ];
    expect(runs).toBe(0);
    first.resolve(1);
    await loading[0];
    expect(runs).toBe(0);
    second.resolve(2);
    await loading[1];
    await vi.waitFor(() => expect(runs).toBe(1));
    await client.fetchQuery({ queryKey: ['c'], queryFn: () => 3 });
    expect(runs).toBe(1);
  });

  it('does nothing before anything is fetched, nor once stopped', async () => {
    const client = new QueryClient();
    let runs = 0;
    const stop = whenQueriesSettle(client, () => (runs += 1), idleNow);
    client.setQueryData(['cached'], 1);
    expect(runs).toBe(0);
    stop();
    await client.fetchQuery({ queryKey: ['late'], queryFn: () => 1 });
    expect(runs).toBe(0);
  });
});
