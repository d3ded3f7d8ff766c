import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { ExternalLinkService, RefusedLinkError } from './externalLinkService';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('opening a link the page asked for', () => {
  it('opens an https address only after the person confirms, showing the address', async () => {
    const platform = new RecordingPlatform();
    platform.confirmAnswers.push(true);
    await expect(new ExternalLinkService(platform).open('https://www.nhs.uk/mental-health/')).resolves.toBe('opened');
    expect(platform.confirmRequests[0]?.detail).toContain('https://www.nhs.uk/mental-health/');
    expect(platform.openedExternal).toEqual(['https://www.nhs.uk/mental-health/']);
  });

  it('opens nothing when the person declines', async () => {
    const platform = new RecordingPlatform();
    platform.confirmAnswers.push(false);
    await expect(new ExternalLinkService(platform).open('https://example.org/')).resolves.toBe('declined');
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
    await expect(new ExternalLinkService(platform).open(url)).rejects.toBeInstanceOf(RefusedLinkError);
    expect(platform.confirmRequests).toEqual([]);
    expect(platform.openedExternal).toEqual([]);
  });
});

describe('offering a link the page tried to open in a new window', () => {
  function offerThrough(platform: RecordingPlatform) {
    const errors: unknown[] = [];
    const service = new ExternalLinkService(platform, { onOfferFailed: (error) => errors.push(error) });
    return { offer: (url: string) => service.offer(url), errors };
  }

  it('asks first, and opens only when the person agrees', async () => {
    const platform = new RecordingPlatform();
    platform.confirmAnswers.push(true);
    offerThrough(platform).offer('https://www.example.org/help');
    await settle();
    expect(platform.confirmRequests).toHaveLength(1);
    expect(platform.openedExternal).toEqual(['https://www.example.org/help']);
  });

  it('opens nothing when the person declines', async () => {
    const platform = new RecordingPlatform();
    offerThrough(platform).offer('https://www.example.org/help');
    await settle();
    expect(platform.confirmRequests).toHaveLength(1);
    expect(platform.openedExternal).toEqual([]);
  });

  it('asks one question at a time, however often the page tries', async () => {
    const platform = new RecordingPlatform();
    const { offer } = offerThrough(platform);
    for (let i = 0; i < 5; i += 1) offer(`https://www.example.org/${i}`);
    await settle();
    expect(platform.confirmRequests).toHaveLength(1);
    offer('https://www.example.org/later');
    await settle();
    expect(platform.confirmRequests).toHaveLength(2);
  });

  it('reports a refused address without asking', async () => {
    const platform = new RecordingPlatform();
    const { offer, errors } = offerThrough(platform);
    offer('http://www.example.org/');
    await settle();
    expect(platform.confirmRequests).toEqual([]);
    expect(errors).toEqual([expect.any(RefusedLinkError)]);
  });
});
