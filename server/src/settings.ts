// Editor settings (`storybank.*`), pulled per resource with workspace/configuration. The config keys among them
// become the ConfigResolver's overrides (under `.storybank.yml`, over the defaults: the core's
// `configFromSettings` validates them); the server-only keys (the settings table's `server` entries) are read
// here. Nothing is kept in globals: the server caches settings per scope and drops the cache when the client
// says they changed.
import { SETTINGS } from './core/settings';
import type { StoryBankSettings } from './protocol';

export const DEFAULT_DEBOUNCE_MS = SETTINGS.debounceMs.default;

/** Debounce for re-linting an open document: `debounceMs` when valid (0 = immediately), else the default. */
export function debounceOf(s: StoryBankSettings | undefined | null): number {
  const v = s?.debounceMs;
  const { min, max } = SETTINGS.debounceMs.limits;
  return typeof v === 'number' && Number.isFinite(v) && v >= min ? Math.min(v, max) : DEFAULT_DEBOUNCE_MS;
}

/** Settings as they came over the wire, or `{}` when the client sent nothing usable. */
export function asSettings(v: unknown): StoryBankSettings {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as StoryBankSettings) : {};
}
