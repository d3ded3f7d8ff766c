/**
 * The one gate every IPC call passes through in main.
 *
 * It refuses a sender that is not the app's own page, an unknown channel and input that fails the channel's
 * schema, each as a typed error rather than a crash; only then does the handler run. A handler that throws
 * answers INTERNAL with a neutral message: the thrown text could hold something a person wrote.
 */
import { isInvokeChannel, type InvokeChannel } from '@shared/ipc/channels';
import { contract, type ChannelOutput, type ParsedChannelInput } from '@shared/ipc/contract';
import { ipcFail, ipcOk, type IpcResult } from '@shared/ipc/result';
import { isAppOriginUrl } from '@shared/security/appOrigin';
import { ExpectedError } from './ExpectedError';

export type Handlers = {
  [C in InvokeChannel]: (input: ParsedChannelInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

interface IpcDispatcherOptions {
  handlers: Handlers;
  /** The origin whose pages may call main: `app://hearth` in the app, the rig's server in tests. */
  trustedOrigin: string;
  /** Told about failures, with no input or user content. */
  onInternalError?: (channel: InvokeChannel, error: unknown) => void;
}

export interface IpcDispatcher {
  dispatch(senderUrl: string | undefined, channel: unknown, input: unknown): Promise<IpcResult<unknown>>;
}

export function createIpcDispatcher(options: IpcDispatcherOptions): IpcDispatcher {
  const { handlers, trustedOrigin, onInternalError } = options;
  return {
    async dispatch(senderUrl, channel, input) {
      if (!senderUrl || !isAppOriginUrl(senderUrl, trustedOrigin)) {
        return ipcFail('FORBIDDEN_SENDER', 'This request did not come from Hearth.');
      }
      if (!isInvokeChannel(channel)) return ipcFail('UNKNOWN_CHANNEL', 'Hearth does not know this request.');
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) return ipcFail('INVALID_INPUT', describeIssues(parsed.error.issues));
      try {
        const handler = handlers[channel] as (value: unknown) => unknown;
        return ipcOk(await handler(parsed.data));
      } catch (error) {
        if (error instanceof ExpectedError) return ipcFail(error.code, error.message);
        onInternalError?.(channel, error);
        return ipcFail('INTERNAL', 'Something went wrong in Hearth. Nothing was changed.');
      }
    },
  };
}

/** Names the fields that failed, never their values. */
function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const fields = issues.map((issue) => issue.path.map(String).join('.') || 'input');
  return `The request was not in the expected form (${[...new Set(fields)].join(', ')}).`;
}
