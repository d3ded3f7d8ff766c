import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../../platform/recordingPlatform';
import { linksHandlers } from './links.handlers';

describe('links:openExternal', () => {
  it('opens an https address only after the person confirms, showing the address', async () => {
    const platform = new RecordingPlatform();
    platform.confirmAnswers.push(true);
    const open = linksHandlers(platform)['links:openExternal'];
    await expect(open({ url: 'https://www.nhs.uk/mental-health/' })).resolves.toBe('opened');
    expect(platform.confirmRequests[0]?.detail).toContain('https://www.nhs.uk/mental-health/');
    expect(platform.openedExternal).toEqual(['https://www.nhs.uk/mental-health/']);
  });

  it('opens nothing when the person declines', async () => {
    const platform = new RecordingPlatform();
    platform.confirmAnswers.push(false);
    await expect(linksHandlers(platform)['links:openExternal']({ url: 'https://example.org/' })).resolves.toBe('declined');
    expect(platform.openedExternal).toEqual([]);
  });

  it.each([
    'http://example.org/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://hearth/index.html',
    'https://user:pass@example.org/',
    'https://example.org:8443/',
    'https://localhost/',
    'https://exa mple.org/',
    'HTTPS://example.org/\n',
    'mailto:someone@example.org',
  ])('refuses %s without asking or opening', async (url) => {
    const platform = new RecordingPlatform();
    platform.confirmAnswers.push(true);
    await expect(linksHandlers(platform)['links:openExternal']({ url })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect(platform.confirmRequests).toEqual([]);
    expect(platform.openedExternal).toEqual([]);
  });
});
