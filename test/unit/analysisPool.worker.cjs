// The worker script for analysisPool.test.ts: registers tsx in the worker thread, then serves jobs from the same
// module the bundles load.
require('tsx/cjs');
require('../../server/src/analysisPool.ts').serveIfAnalysisWorker();
