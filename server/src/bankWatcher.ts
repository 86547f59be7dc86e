// The server's own watcher over the bank's folders, for clients that cannot watch files for it (Neovim on Linux
// registers no file watchers; some clients have no didChangeWatchedFiles at all). Node's recursive fs.watch
// (inotify per folder on Linux since Node 20) reports a name and "rename" or "change"; events are gathered for a
// short while and handed on as LSP-style created / changed / deleted changes. Not used when the client watches.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';
import { URI } from 'vscode-uri';

export interface WatchedChange {
  uri: string;
  type: 'created' | 'changed' | 'deleted';
}

/** Folders whose contents never hold stories (and churn a lot). */
const SKIP = /(^|[\\/])(node_modules|\.git|\.hg|\.svn)([\\/]|$)/;

/** Whether a changed path matters to the bank: a Markdown file, a config file, or a folder (no extension). */
export function watchedPath(rel: string): boolean {
  if (SKIP.test(rel)) return false;
  const name = basename(rel).toLowerCase();
  if (name === '.storybank.yml' || name === '.storybank.yaml') return true;
  if (name.endsWith('.md') || name.endsWith('.markdown')) return true;
  return !name.includes('.'); // a folder created, renamed or removed (the bank walks or forgets it)
}

export class BankWatcher {
  private watchers: FSWatcher[] = [];
  private pending = new Map<string, 'rename' | 'change'>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onChanges: (changes: WatchedChange[]) => void,
    private readonly onError: (message: string) => void,
    /** How long events are gathered before they are handed on, in ms. */
    private readonly delayMs = 50,
  ) {}

  /** Watches these folders (replacing any watched before). */
  watch(folders: readonly string[]): void {
    this.stop();
    for (const folder of folders) {
      try {
        const w = watch(folder, { recursive: true, persistent: false }, (event, name) => {
          if (name === null || name === undefined) return;
          const rel = name.toString();
          if (!watchedPath(rel)) return;
          const path = join(folder, rel);
          // A "change" never turns a "rename" (created or deleted) into a mere change.
          if (this.pending.get(path) !== 'rename') this.pending.set(path, event === 'rename' ? 'rename' : 'change');
          this.timer ??= setTimeout(() => this.flush(), this.delayMs);
        });
        w.on('error', (e) => this.onError(`Watching ${folder} for changes failed: ${e.message}. Changes made outside the editor will not show until a restart.`));
        this.watchers.push(w);
      } catch (e) {
        this.onError(`Cannot watch ${folder} for changes: ${e instanceof Error ? e.message : String(e)}. Changes made outside the editor will not show until a restart.`);
      }
    }
  }

  get active(): boolean {
    return this.watchers.length > 0;
  }

  private flush(): void {
    this.timer = undefined;
    const changes: WatchedChange[] = [];
    for (const [path, event] of this.pending) {
      const exists = existsSync(path);
      const type = event === 'change' ? (exists ? 'changed' : 'deleted') : exists ? 'created' : 'deleted';
      changes.push({ uri: URI.file(path).toString(), type });
    }
    this.pending.clear();
    if (changes.length > 0) this.onChanges(changes);
  }

  stop(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}
