/** Reads the app's name, version and platform from main once, for the About section. */
import { useEffect, useState } from 'react';
import { mainApi } from '@renderer/platform/bridge';
import type { AppInfo } from '@shared/ipc/contract';

export type AppInfoState = { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'failed' };

export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    mainApi.app.getInfo().then(
      (info) => isCurrent && setState({ status: 'ready', info }),
      (error: unknown) => {
        console.warn('Could not read app info', error);
        if (isCurrent) setState({ status: 'failed' });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}

const PLATFORM_NAMES: Record<AppInfo['platform'], string> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
  other: 'this computer',
};

export function platformName(platform: AppInfo['platform']): string {
  return PLATFORM_NAMES[platform];
}
