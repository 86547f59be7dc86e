// The CLI and the language server see the same bank: one discovery (server/src/discovery.ts) and one analysis.
// A bank folder with a .storybank.yml, a story whose front matter is broken, a dist/ folder, a .markdown file,
// stories without front matter, a left-out draft, and symbolic links out of the folder and back into it:
// `storybank check <folder> --format json` and the server's published diagnostics must agree finding for finding.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { BankIndexRequest } from '../../server/src/protocol';
import type { JsonFinding } from '../../server/src/cli';
import { removeDir, ROOT, TestClient } from './lsp';

const BIN = join(ROOT, 'bin', 'storybank.js');

function story(title: string, questions: string, body = 'We shipped it.'): string {
  return [
    '---',
    `title: ${title}`,
    `questions: ${questions}`,
    '---',
    `# ${title}`,
    '',
    '## Setup',
    'Our team ran the billing service for three regions.',
    '## Challenge',
    'Invoices went out late every month end.',
    '## Approach',
    `I traced the slow batch job, split it by region, and basically paired with the owner of each region. ${body}`,
    '## Outcome',
    'Invoices now go out within 2 hours of the close, down from 30 hours.',
    '## Learning',
    'Measure before you split work.',
    '',
  ].join('\n');
}

const FILES: Record<string, string> = {
  '.storybank.yml': 'include: ["stories/**", "notes/**", "dist/**"]\nexclude: ["stories/drafts/**"]\nmaxSeconds: 170\n',
  'stories/billing.md': story('Making invoices go out on time', '[16]'),
  'stories/billing-again.md': story('Making invoices go out on time', '[17]', 'It took two weeks.'),
  'stories/broken.md': '---\ntitle: Broken front matter\nquestions: [6, 10\n---\n# Broken front matter\n\n## Setup\nA story whose list never closes.\n',
  'stories/no-front-matter.md': '# A story with no front matter\n\n**Situation:** The release train kept slipping.\n\n**Action:** I kind of set up a weekly cut.\n\n**Result:** Releases shipped on time for 6 months.\n',
  'stories/drafts/wip.md': story('Half written', '[3]'),
  'notes/leading.markdown': story('Leading the migration', '[12]'),
  'dist/built.md': story('A built copy', '[21]'),
  'README.md': '# About this bank\n\nNot a story.\n',
};

interface Row {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
}

const key = (r: Row) => `${r.file}:${r.line}:${r.column} ${r.rule} ${r.severity} ${r.message}`;

void describe('the CLI and the server give the same findings over the same bank folder', () => {
  let base: string;
  let bank: string;
  let client: TestClient;

  before(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'storybank-parity-')));
    bank = join(base, 'bank');
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(bank, rel)), { recursive: true });
      writeFileSync(join(bank, rel), text);
    }
    // Outside the bank: a story that must never be checked through the links that point at it.
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'elsewhere.md'), story('Somebody else’s story', '[9]'));
    symlinkSync(join(base, 'outside'), join(bank, 'stories', 'outside'));
    symlinkSync(join(base, 'outside', 'elsewhere.md'), join(bank, 'stories', 'linked.md'));
    symlinkSync('..', join(bank, 'stories', 'loop'));
    symlinkSync(join(base, 'nowhere.md'), join(bank, 'stories', 'dangling.md'));
    client = new TestClient({ settings: { debounceMs: 0 } });
    await client.initialize([bank]);
    await client.waitForBankChange();
  });

  after(() => {
    client?.kill();
    if (base) removeDir(base);
  });

  void it('finding for finding, with broken front matter, .markdown, dist/ and links', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', 'bank', '--format', 'json', '--verbose'], { cwd: base, encoding: 'utf8' });
    const cli: Row[] = (JSON.parse(r.stdout) as JsonFinding[]).map((f) => ({ file: f.file, line: f.line, column: f.column, rule: f.rule, severity: f.severity, message: f.message }));
    const sev = ['', 'error', 'warning', 'info', 'info'];
    const server: Row[] = [];
    for (const [uri, pubs] of client.published) {
      const file = relative(base, URI.parse(uri).fsPath).split('\\').join('/');
      for (const d of pubs.at(-1) ?? []) server.push({ file, line: d.range.start.line + 1, column: d.range.start.character + 1, rule: String(d.code), severity: sev[d.severity ?? 1] ?? '', message: d.message });
    }
    assert.deepEqual(server.map(key).sort(), cli.map(key).sort());
    const files = new Set(cli.map((f) => f.file));
    // What both see: the broken story with its error, the .markdown file, dist/, the story with no front matter.
    assert.ok(cli.some((f) => f.file === 'bank/stories/broken.md' && f.rule === 'frontmatter-invalid'), 'the broken story keeps its error');
    for (const f of ['bank/notes/leading.markdown', 'bank/dist/built.md', 'bank/stories/no-front-matter.md']) assert.ok(files.has(f), f);
    assert.ok(cli.some((f) => f.rule === 'duplicate-title'), 'the two stories with one title');
    // What neither sees: the draft, the README, anything through a link.
    for (const f of files) assert.ok(!/drafts|README|outside|linked|loop|elsewhere/.test(f), `${f} must not be checked`);
    // The CLI says what it left out, and why.
    assert.match(r.stderr, /stories\/drafts\/wip\.md: matches `exclude`/);
    assert.match(r.stderr, /stories\/linked\.md: a symbolic link/);
    assert.match(r.stderr, /stories\/loop: a symbolic link/);
    assert.match(r.stderr, /README\.md: not a story/);
  });

  void it('the server indexes nothing reported through a link (no outside folder, no second copy via a loop)', async () => {
    const through = [join(bank, 'stories', 'loop', 'stories', 'billing.md'), join(bank, 'stories', 'outside', 'elsewhere.md'), join(bank, 'stories', 'linked.md')];
    const before = client.bankVersions.length;
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: through.map((p) => ({ uri: URI.file(p).toString(), type: FileChangeType.Created })) });
    // A real change afterwards: once its diagnostics arrive, the events before it have been handled.
    const marker = join(bank, 'stories', 'billing-again.md');
    writeFileSync(marker, story('Making invoices go out on time', '[17]', 'It took three weeks.'));
    const published = client.waitForDiagnostics(URI.file(marker).toString());
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(marker).toString(), type: FileChangeType.Changed }] });
    await published;
    for (const p of through) assert.equal(client.published.get(URI.file(p).toString()), undefined, `${p} must not be indexed`);
    const index = await client.conn.sendRequest(BankIndexRequest.type);
    assert.equal(index.stories.filter((s) => s.title === 'Making invoices go out on time').length, 2, 'the loop adds no copy');
    assert.ok(!index.stories.some((s) => s.title.startsWith('Somebody else')));
    assert.ok(client.bankVersions.length > before);
  });
});
