// The entry point of dist/server.js. The language server re-loads this same bundle in worker threads to analyse
// a large bank in parallel (see analysisPool.ts): there it only serves analysis jobs; otherwise it starts the
// server (server.ts runs on load, so it is imported only here, after the check).
import { serveIfAnalysisWorker, setWorkerScript } from './analysisPool';

if (!serveIfAnalysisWorker()) {
  setWorkerScript(__filename);
  void import('./server');
}
