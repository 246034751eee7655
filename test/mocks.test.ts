import { describe, expect, it } from 'vitest';
import { server } from '../mocks/node';

describe('mock server', () => {
  it('answers every dataset of the contract', async () => {
    for (const file of [
      'survey-2019.json',
      'regions.json',
      'collaborations.json',
      'projects.json',
    ]) {
      const response = await fetch(`http://localhost/data/${file}`);
      expect(response.status, file).toBe(200);
    }
  });

  it('has one handler per dataset endpoint', () => {
    expect(server.listHandlers()).toHaveLength(4);
  });
});
