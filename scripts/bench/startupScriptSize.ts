/** The renderer's start-up script: the entry module and every module it preloads, gzipped. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export async function startupScriptGzipBytes(rendererDir: string): Promise<{ bytes: number; files: string[] }> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const files = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((match) => match[1]!),
  ];
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(rendererDir, file.replace(/^\.?\//, '')))).length;
  return { bytes, files };
}
