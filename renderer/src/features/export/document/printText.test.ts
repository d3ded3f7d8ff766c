import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml } from './printText';

describe('text placed by hand in the printed document', () => {
  it('escapes HTML in the title', () => {
    expect(escapeHtml(`</title><script>x("a'b")</script>&`)).toBe('&#60;/title&#62;&#60;script&#62;x(&#34;a&#39;b&#34;)&#60;/script&#62;&#38;');
  });

  it('turns a name into a CSS string that cannot end itself, its rule or the style element', () => {
    const hostile = `Bo"; } body { background: url(https://example.com/x) } </style><script>`;
    const css = cssString(hostile);
    expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
    expect(css.slice(1, -1)).not.toMatch(/["'<>;{}():]/);
    expect(css).toContain('\\22 ');
  });

  it('keeps letters and digits as they are and escapes any other script by code point', () => {
    expect(cssString('Ada 2')).toBe('"Ada 2"');
    expect(cssString('שלום')).toBe('"\\5e9 \\5dc \\5d5 \\5dd "');
    expect(cssString('🌷')).toBe('"\\1f337 "');
  });
});
