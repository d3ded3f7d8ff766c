import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../../platform/recordingPlatform';
import { ExternalLinkService } from '../../services/externalLinkService';
import { linksHandlers } from './links.handlers';

function openThrough(platform: RecordingPlatform) {
  return linksHandlers(new ExternalLinkService(platform))['links:openExternal'];
}

describe('links:openExternal', () => {
  it('answers what the person chose', async () => {
    const platform = new RecordingPlatform();
    platform.confirmAnswers.push(true, false);
    await expect(openThrough(platform)({ url: 'https://www.nhs.uk/' })).resolves.toBe('opened');
    await expect(openThrough(platform)({ url: 'https://www.nhs.uk/' })).resolves.toBe('declined');
  });

  it('answers NOT_ALLOWED, with the service’s plain reason, for an address Hearth does not open', async () => {
    await expect(openThrough(new RecordingPlatform())({ url: 'http://example.org/' })).rejects.toMatchObject({
      name: 'ExpectedError',
      code: 'NOT_ALLOWED',
      message: 'Hearth only opens secure web addresses (https) in your browser.',
    });
  });

  it('leaves any other failure unexpected, so the dispatcher answers INTERNAL without its message', async () => {
    const platform = new RecordingPlatform();
    platform.confirmAnswers.push(true);
    platform.shell.openExternal = async () => {
      throw new Error('the browser would not start');
    };
    await expect(openThrough(platform)({ url: 'https://www.nhs.uk/' })).rejects.not.toHaveProperty('code');
  });
});
