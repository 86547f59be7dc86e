// The entry point of dist/server.js. The language server re-loads this same bundle in worker threads to analyse
// a large bank in parallel (see analysisPool.ts): there it only serves analysis jobs; otherwise it answers
// --help and --version, or starts the server (server.ts runs on load, so it is imported only here, after the checks).
import pkg from '../../package.json';
import { serveIfAnalysisWorker, setWorkerScript } from './analysisPool';
import { compileRegexOnce } from './regexTier';

const HELP = `storybank-language-server ${(pkg as { version: string }).version}: the Story Bank language server (LSP).

Usage:
  storybank-language-server [--stdio]      speak LSP over stdin/stdout (the default)
  storybank-language-server --node-ipc     speak LSP over Node IPC (what the VS Code extension uses)
  storybank-language-server --socket=PORT  speak LSP over a TCP socket
  storybank-language-server --help | --version

Editors start it themselves; see docs/editors.md in the package for Neovim and Helix.
To check stories from a terminal or CI, use the \`storybank\` command instead.
`;

// Before any analysis, in the server and in its analysis workers: each pattern compiled once (see regexTier.ts).
compileRegexOnce();

if (!serveIfAnalysisWorker()) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
  } else if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${(pkg as { version: string }).version}\n`);
  } else {
    setWorkerScript(__filename);
    void import('./server');
  }
}
