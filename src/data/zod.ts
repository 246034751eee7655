import { z } from 'zod';

// Without this, zod probes `new Function` for speed, which the Content-Security-Policy forbids.
// Every schema imports zod from here, so the setting is in place before any schema exists.
z.config({ jitless: true });

export { z };
