export { SettingsProvider } from './SettingsProvider';
export { useSettings, type SettingsContextValue, type SettingsProblem } from './settingsContext';
