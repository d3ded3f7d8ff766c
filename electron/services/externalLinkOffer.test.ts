import { describe, expect, it } from 'vitest';
import { linksHandlers } from '../ipc/handlers/links.handlers';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { createExternalLinkOffer } from './externalLinkOffer';

function offerThrough(platform: RecordingPlatform) {
  const errors: unknown[] = [];
  const ask = (url: string) => linksHandlers(platform)['links:openExternal']({ url });
  return { offer: createExternalLinkOffer(ask, (error) => errors.push(error)), errors };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('offering a link the page tried to open in a new window', () => {
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
    expect(errors).toHaveLength(1);
  });
});
