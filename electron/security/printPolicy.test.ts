import { describe, expect, it } from 'vitest';
import { decidePrintRequest, printDocumentUrl, printJobIdOf, PRINT_CONTENT_SECURITY_POLICY } from './printPolicy';

const JOB = '0f8fad5b-d9cb-469f-a165-70867728950e';
const pending = (id: string) => id === JOB;

describe('the print window', () => {
  it('loads the document of a pending job', () => {
    expect(printJobIdOf(printDocumentUrl(JOB))).toBe(JOB);
    expect(decidePrintRequest(printDocumentUrl(JOB), pending)).toBe('allow');
  });

  it.each([
    printDocumentUrl('1b4e28ba-2fa1-11d2-883f-0016d3cca427'),
    'app://hearth/index.html',
    `app://print/${JOB}.html/../../index.html`,
    `app://print@evil/${JOB}.html`,
    `app://print.evil/${JOB}.html`,
    `app://print/${JOB}.js`,
    'https://evil.example/tracker.png',
    'http://127.0.0.1/',
    'file:///etc/passwd',
    'data:text/html,hi',
    'not a url',
  ])('cancels %s', (url) => {
    expect(decidePrintRequest(url, pending)).toBe('cancel');
  });

  it('lets the document run no script and load nothing from anywhere', () => {
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|connect-src|https?:|'self'/);
  });
});
