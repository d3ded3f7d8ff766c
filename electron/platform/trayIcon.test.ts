import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderTrayIconPng } from './trayIcon';

/** Reads a PNG's chunks back, checking each CRC, so the test does not trust the encoder it tests. */
function readChunks(png: Buffer): Map<string, Buffer> {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer>();
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(typeAndData) >>> 0);
    chunks.set(typeAndData.subarray(0, 4).toString('latin1'), typeAndData.subarray(4));
    offset += 12 + length;
  }
  return chunks;
}

function alphaAt(pixels: Buffer, size: number, x: number, y: number): number {
  return pixels[y * (1 + size * 4) + 1 + x * 4 + 3] ?? -1;
}

describe('renderTrayIconPng', () => {
  it.each([16, 32])('writes a valid %i px RGBA PNG', (size) => {
    const chunks = readChunks(renderTrayIconPng(size));
    const header = chunks.get('IHDR');
    expect(header?.readUInt32BE(0)).toBe(size);
    expect(header?.readUInt32BE(4)).toBe(size);
    expect([...(header?.subarray(8) ?? [])]).toEqual([8, 6, 0, 0, 0]);
    expect(chunks.has('IEND')).toBe(true);
    expect(inflateSync(chunks.get('IDAT') ?? Buffer.alloc(0)).length).toBe(size * (1 + size * 4));
  });

  it('draws a heart: solid in the middle, clear in the corners and the notch at the top', () => {
    const size = 32;
    const pixels = inflateSync(readChunks(renderTrayIconPng(size)).get('IDAT') ?? Buffer.alloc(0));
    expect(alphaAt(pixels, size, 16, 16)).toBe(255);
    expect(alphaAt(pixels, size, 0, 0)).toBe(0);
    expect(alphaAt(pixels, size, 31, 31)).toBe(0);
    expect(alphaAt(pixels, size, 16, 0)).toBe(0);
  });

  it('draws a lighter heart for dark panels, and a dot in the top-right corner only while a reminder waits', () => {
    const size = 32;
    const pixelsOf = (look: Parameters<typeof renderTrayIconPng>[1]) => inflateSync(readChunks(renderTrayIconPng(size, look)).get('IDAT') ?? Buffer.alloc(0));
    const redAt = (pixels: Buffer, x: number, y: number) => pixels[y * (1 + size * 4) + 1 + x * 4] ?? -1;
    const light = pixelsOf({ tone: 'light', isWaiting: false });
    const dark = pixelsOf({ tone: 'dark', isWaiting: false });
    expect(redAt(dark, 16, 16)).toBeGreaterThan(redAt(light, 16, 16));
    expect(alphaAt(light, size, 29, 2)).toBe(0);
    const waiting = pixelsOf({ tone: 'light', isWaiting: true });
    expect(alphaAt(waiting, size, 29, 2)).toBe(255);
    expect(alphaAt(waiting, size, 16, 16)).toBe(255);
  });

  it('refuses sizes a tray never uses', () => {
    expect(() => renderTrayIconPng(0)).toThrow(RangeError);
    expect(() => renderTrayIconPng(12.5)).toThrow(RangeError);
  });
});
