// The web build's stand-in for createFile.ts (esbuild swaps it in for dist/web/client.js): there is no local
// disk in VS Code for the Web, and the client creates files through `vscode.workspace` for every non-file URI.
export type CreateResult = 'created' | 'exists';

export function createFileAtomic(path: string): CreateResult {
  throw new Error(`Story Bank cannot write ${path} directly in VS Code for the Web; it creates files through the editor instead.`);
}
