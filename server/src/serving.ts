// What the two language servers (Node: server.ts, web worker: browserMain.ts) share in wiring requests: how an
// error is described in the log, the guard that turns a handler's exception into an error answer (so the server
// keeps serving), and rule documentation links on diagnostics. No Node and no transport imports: each server passes
// its own ResponseError class, so this module fits both bundles.
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { CodeActionOptions } from './features/codeActions';
import { OPEN_RULE_DOC_COMMAND, REVEAL_RANGE_COMMAND, SHOW_RULE_DOC_COMMAND, type StoryBankInitializationOptions } from './protocol';

/** An error's stack (or message) for the log. */
export function describeError(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/** The LSP error answer type of the server's transport package (vscode-languageserver/node or /browser). */
export type ErrorAnswer<E> = new (code: number, message: string) => E;

/**
 * A guard for request handlers: an exception is logged and answered with an internal error that names the request;
 * an error answer the handler threw on purpose (cancellation, content modified) is passed through as it is.
 */
export function requestGuard<E>(logError: (message: string) => void, Answer: ErrorAnswer<E>, internalErrorCode: number) {
  return function guard<P, R>(name: string, fn: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | E> {
    return async (params, token) => {
      try {
        return await fn(params, token);
      } catch (err) {
        if (err instanceof Answer) return err;
        logError(`${name} failed: ${describeError(err)}`);
        return new Answer(internalErrorCode, `Story Bank could not answer ${name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
  };
}

/** The diagnostics with each Story Bank rule's link pointed at the given page (others unchanged). */
export function withRuleLinks(diagnostics: Diagnostic[], links: ReadonlyMap<string, string>): Diagnostic[] {
  return diagnostics.map((d) => {
    const link = d.source === 'storybank' && typeof d.code === 'string' ? links.get(d.code) : undefined;
    return link === undefined || d.codeDescription?.href === link ? d : { ...d, codeDescription: { href: link } };
  });
}

/** Which commands code actions use, from what the client said it has in its initializationOptions. */
export function codeActionOptions(init: StoryBankInitializationOptions): CodeActionOptions {
  return {
    docCommand: init.openRuleDocCommand === true ? OPEN_RULE_DOC_COMMAND : SHOW_RULE_DOC_COMMAND,
    ...(init.revealCommand === true ? { revealCommand: REVEAL_RANGE_COMMAND } : {}),
  };
}
