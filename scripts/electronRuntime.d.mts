/** Types for electronRuntime.mjs (plain JavaScript so `npm start` runs it with node alone). */
export type ElectronRuntime =
  | { found: true; executablePath: string; source: string }
  | { found: false; reason: string };

export function platformExecutable(platform: string): string;
export function findElectronRuntime(
  rootDir: string,
  env?: Record<string, string | undefined>,
  platform?: string,
): ElectronRuntime;
export function missingRuntimeMessage(reason: string): [string, string];
