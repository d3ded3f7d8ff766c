/**
 * The bundled typeface, embedded in the printed document as data: URLs (the print window may load nothing,
 * so a font must travel inside the document). Literata's Latin and Latin-extended files, read from the app's
 * own build (same origin, no network), once per session of the page.
 */
import latinExtUrl from '@fontsource-variable/literata/files/literata-latin-ext-opsz-normal.woff2?url';
import latinUrl from '@fontsource-variable/literata/files/literata-latin-opsz-normal.woff2?url';

const FACES = [
  { url: latinUrl, range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { url: latinExtUrl, range: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
];

let cached: Promise<string> | undefined;

/** `@font-face` rules for 'Hearth Literata' with the font files inline. */
export function embeddedFontFaces(): Promise<string> {
  cached ??= Promise.all(FACES.map(async (face) => fontFace(await dataUrl(face.url), face.range))).then((rules) => rules.join('\n')).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

function fontFace(src: string, range: string): string {
  return `@font-face { font-family: 'Hearth Literata'; font-style: normal; font-weight: 200 900; src: url(${src}) format('woff2'); unicode-range: ${range}; }`;
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error('The typeface could not be read.');
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}
