// The web build's stand-in for createFile.ts (esbuild swaps it in for dist/web/client.js): a web extension host has
// no disk of its own, so the client creates every file through `vscode.workspace` (commands.ts checks
// CAN_CREATE_ON_DISK), and this function is never called there.
export type CreateResult = 'created' | 'exists';

/** The web build cannot write files itself. */
export const CAN_CREATE_ON_DISK = false;

export function createFileAtomic(path: string, _content: string): CreateResult {
  throw new Error(`Story Bank cannot write ${path} directly in VS Code for the Web; it creates files through the editor instead.`);
}
