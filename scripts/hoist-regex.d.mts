// Types of scripts/hoist-regex.mjs (the build imports the .mjs; the tests import it through these types).
import type { Plugin } from 'esbuild';
export function hoistRegexLiterals(text: string, fileName?: string): string;
export const hoistRegexPlugin: Plugin;
