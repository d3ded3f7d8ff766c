/**
 * The tray icon, drawn in code: a small ember-coloured heart, written as PNG bytes at start-up.
 *
 * Why drawn rather than shipped: the packaged app holds only `out/**`, and a drawn icon needs no asset
 * pipeline, no binary file in the repository and no network. Plain Node (zlib), so it is unit-tested;
 * `electronPlatform.ts` turns the bytes into a nativeImage at 1x (16 px) and 2x (32 px).
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

/** How the icon should look: for a light or a dark panel, and whether a reminder is waiting. */
export interface TrayIconLook {
  tone: 'light' | 'dark';
  isWaiting: boolean;
}

/** The ember accent (renderer/src/theme/tokens.css) on light panels; a lighter ember on dark ones. */
const HEART: Readonly<Record<TrayIconLook['tone'], Rgb>> = { light: [0xc6, 0x5a, 0x35], dark: [0xf0, 0x9a, 0x78] };
/** The "a reminder is waiting" dot, top right: a colour the heart does not use, clear on either panel. */
const DOT: Readonly<Record<TrayIconLook['tone'], Rgb>> = { light: [0x1f, 0x5f, 0x8b], dark: [0x8f, 0xd3, 0xf0] };
/** Samples per pixel side, for soft (anti-aliased) edges. */
const SAMPLES = 4;

/** A square RGBA PNG of the heart, `size` pixels wide, with a dot when a reminder is waiting. */
export function renderTrayIconPng(size: number, look: TrayIconLook = { tone: 'light', isWaiting: false }): Buffer {
  if (!Number.isInteger(size) || size < 8 || size > 256) throw new RangeError(`Unsupported icon size: ${size}`);
  const heart = HEART[look.tone];
  const dot = DOT[look.tone];
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4); // leading 0: PNG filter "none"
    for (let x = 0; x < size; x += 1) {
      const dotCover = look.isWaiting ? dotCoverage(x, y, size) : 0;
      const colour = dotCover > 0 ? dot : heart;
      const alpha = Math.round(Math.max(dotCover, dotCover > 0 ? 0 : coverage(x, y, size)) * 255);
      row.set([colour[0], colour[1], colour[2], alpha], 1 + x * 4);
    }
    rows.push(row);
  }
  return encodePng(size, size, Buffer.concat(rows));
}

/** How much of pixel (px, py) the waiting dot covers: a circle a third of the icon wide, top right. */
function dotCoverage(px: number, py: number, size: number): number {
  const radius = size / 6;
  const [cx, cy] = [size - radius, radius];
  let inside = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const [x, y] = [px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES];
      if ((x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2) inside += 1;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

/** How much of pixel (px, py) the heart covers, from 0 to 1. */
function coverage(px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      // Map the sample to heart space: x in [-1.25, 1.25], y upwards in [-1.3, 1.2], with a little margin.
      const x = ((px + (sx + 0.5) / SAMPLES) / size) * 2.5 - 1.25;
      const y = 1.2 - ((py + (sy + 0.5) / SAMPLES) / size) * 2.5;
      if (isInsideHeart(x, y)) inside += 1;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

/** The classic heart curve: (x² + y² − 1)³ − x²y³ ≤ 0. */
function isInsideHeart(x: number, y: number): boolean {
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
}

function encodePng(width: number, height: number, filteredRows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filteredRows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0, 0);
  return Buffer.concat([length, typeAndData, crc]);
}
