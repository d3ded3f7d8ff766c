/**
 * Turns off zod's compiled fast path in the page, before any schema is created. Shared modules build zod
 * schemas when they load (shared/settings/settings.ts does), and without this zod probes `new Function('')`
 * at that moment; the app's CSP forbids eval, so every start logged a `securitypolicyviolation`. Parsing is
 * unaffected, only a little slower. main.tsx imports this module first, so it runs before the others.
 */
import { config } from 'zod';

config({ jitless: true });
