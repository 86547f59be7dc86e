// The bank service: the one place the bank is computed, for the CLI and the language server alike (in the
// spirit of yaml-language-server's service/server split). It holds every story file's analysis, runs the bank
// rules over them (through BankIndex), and answers, after each change, which files' findings changed — the
// story files themselves and the files bank findings land on (other stories, the bank's config file). The
// caller reads files and publishes; the service does no I/O.
//
// A change that leaves what the bank rules read unchanged (BankRule.reads of each story, the titles' places,
// the suppressions and the config) does not recompute the bank: typing inside a part changes one file's
// findings only.
import { analyzeFile } from './analyze';
import { BankIndex, type BankIndexOptions } from './bank';
import { BANK_RULES } from './rules/index';
import type { BankRule } from './rules/rule';
import type { Config, FileAnalysis, Finding } from './types';

interface Entry {
  analysis: FileAnalysis;
  config: Config;
  configPath?: string;
  /** What the bank rules read from this file, as a string. */
  bankInputs: string;
}

/** What the bank rules read from a file (see the header). */
export function bankInputsOf(a: FileAnalysis, config: Config, configPath: string | undefined, rules: readonly BankRule[] = BANK_RULES): string {
  return JSON.stringify([
    a.file.stories.map((story) => {
      const entry = { path: a.file.path, story, config };
      return [story.index, story.titleRange.start.offset, story.titleRange.end.offset, rules.map((r) => r.reads(entry))];
    }),
    a.file.suppressions.map((x) => [x.kind, x.rules, x.range.start.line]),
    config,
    configPath,
  ]);
}

function findingSig(fs: readonly Finding[]): string {
  return fs.map((f) => `${f.ruleId}|${f.severity}|${f.range.start.offset}|${f.range.end.offset}|${f.message}`).join('\n');
}

export class BankService {
  readonly bank: BankIndex;
  private readonly rules: readonly BankRule[];
  private readonly entries = new Map<string, Entry>();
  /** Bank findings per path as last handed out, with their signature. */
  private bankByPath = new Map<string, { sig: string; findings: Finding[] }>();
  /** Paths whose findings changed since the last `takeChanges`. */
  private readonly pending = new Set<string>();
  private bankDirty = false;

  constructor(opts: BankIndexOptions = {}) {
    this.rules = opts.rules ?? BANK_RULES;
    this.bank = new BankIndex(opts);
  }

  /** Analyses a story file's text and stores it; returns the paths whose findings changed. */
  update(path: string, text: string, config: Config, configPath?: string): Set<string> {
    this.set(path, analyzeFile(text, path, config), config, configPath);
    return this.takeChanges();
  }

  /** Forgets a file (it was deleted, or is no longer a story); returns the paths whose findings changed. */
  remove(path: string): Set<string> {
    this.drop(path);
    return this.takeChanges();
  }

  /**
   * Stores an analysis made elsewhere (a worker thread), without computing the bank yet: call `takeChanges`
   * after a batch. Undefined `analysis`: the file is not a story (forgotten if it was one).
   */
  set(path: string, analysis: FileAnalysis | undefined, config: Config, configPath?: string): void {
    if (!analysis) {
      this.drop(path);
      return;
    }
    const old = this.entries.get(path);
    const bankInputs = bankInputsOf(analysis, config, configPath, this.rules);
    const entry: Entry = { analysis, config, bankInputs };
    if (configPath !== undefined) entry.configPath = configPath;
    this.entries.set(path, entry);
    this.bank.update(path, analysis, config, configPath);
    if (!old || old.analysis.findings !== analysis.findings) this.pending.add(path);
    if (!old || old.bankInputs !== bankInputs) this.bankDirty = true;
  }

  /** Forgets a file without computing the bank yet (see `set`). */
  drop(path: string): void {
    if (!this.entries.delete(path)) return;
    this.bank.remove(path);
    this.pending.add(path);
    this.bankDirty = true;
  }

  /** Recomputes the bank findings if what they read changed; returns (and forgets) the paths whose findings changed. */
  takeChanges(): Set<string> {
    if (this.bankDirty) {
      this.bankDirty = false;
      const next = new Map<string, { sig: string; findings: Finding[] }>();
      for (const f of this.bank.bankFindings()) {
        const cur = next.get(f.path);
        if (cur) cur.findings.push(f);
        else next.set(f.path, { sig: '', findings: [f] });
      }
      for (const [path, v] of next) {
        v.sig = findingSig(v.findings);
        if (this.bankByPath.get(path)?.sig !== v.sig) this.pending.add(path);
      }
      for (const path of this.bankByPath.keys()) if (!next.has(path)) this.pending.add(path);
      this.bankByPath = next;
    }
    const out = new Set(this.pending);
    this.pending.clear();
    return out;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  analysis(path: string): FileAnalysis | undefined {
    return this.entries.get(path)?.analysis;
  }

  /** The file's own findings (empty for a file that is not a story). */
  fileFindings(path: string): readonly Finding[] {
    return this.entries.get(path)?.analysis.findings ?? [];
  }

  /** The bank findings that land on a path (a story file or a config file), as of the last `takeChanges`. */
  bankFindings(path: string): readonly Finding[] {
    return this.bankByPath.get(path)?.findings ?? [];
  }

  /** Every finding on a path: its own, then the bank's. */
  findings(path: string): Finding[] {
    return [...this.fileFindings(path), ...this.bankFindings(path)];
  }

  /** Paths that carry bank findings. */
  bankPaths(): string[] {
    return [...this.bankByPath.keys()];
  }

  /** Story files held. */
  paths(): string[] {
    return [...this.entries.keys()];
  }
}
