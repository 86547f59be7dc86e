// The core bundled as the product bundles it (scripts/build.mjs: esbuild, CommonJS for node20, the regex literals
// hoisted; not minified, as `npm run build` does not minify), from any checkout: the benchmarks measure what users run.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { hoistRegexPlugin } from '../scripts/hoist-regex.mjs';
import type { Config, FileAnalysis } from '../server/src/core/types';

export type Analyze = (text: string, path: string, config: Config) => FileAnalysis;
export interface BundledCore {
  analyzeFile: Analyze;
  DEFAULT_CONFIG: Config;
}

/** Bundles the core of the checkout at `root` into `outfile` and loads it. */
export async function bundleCore(root: string, outfile: string): Promise<BundledCore> {
  await esbuild.build({
    stdin: {
      contents: "export { analyzeFile } from './server/src/core/analyze'; export { DEFAULT_CONFIG } from './server/src/core/config';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    outfile,
    plugins: [hoistRegexPlugin],
  });
  return createRequire(join(root, 'package.json'))(outfile) as BundledCore;
}
