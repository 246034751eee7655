import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenQueriesSettle, whenQueriesSettleOrAfter } from '../../src/app/viewPanels';

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

describe('whenQueriesSettleOrAfter', () => {
  const idleNow = (task: () => void) => task();

  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the task once, when the queries settle, and not again when the time is up', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    let runs = 0;
    whenQueriesSettleOrAfter(client, 5_000, () => (runs += 1), idleNow);
    await client.fetchQuery({ queryKey: ['a'], queryFn: () => 1 });
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toBe(1);
  });

  it('runs the task when the time is up on a page that fetches nothing, and only then', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    let runs = 0;
    whenQueriesSettleOrAfter(client, 5_000, () => (runs += 1), idleNow);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await client.fetchQuery({ queryKey: ['late'], queryFn: () => 1 });
    expect(runs).toBe(1);
  });

  it('does nothing once stopped', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    let runs = 0;
    const stop = whenQueriesSettleOrAfter(client, 5_000, () => (runs += 1), idleNow);
    stop();
    await client.fetchQuery({ queryKey: ['a'], queryFn: () => 1 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toBe(0);
  });
});
