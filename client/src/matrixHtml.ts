// The coverage matrix webview's HTML: a heatmap in the editor's theme colours (CSS variables), a strict
// Content-Security-Policy, no remote resources, one inline script allowed by a nonce. No vscode imports.
import { escapeHtml } from '../../server/src/core/escape';
import type { CoverageMatrix } from './matrix';

/** A random nonce of letters and digits (32 characters). */
export function makeNonce(random: () => number = Math.random): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(random() * chars.length));
  return s;
}

export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Heat level 0..4 of a cell value against the matrix maximum. */
export function heatLevel(value: number, max: number): number {
  if (value <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((value / Math.max(1, max)) * 4)));
}

export function matrixHtml(m: CoverageMatrix, nonce: string, cspSource: string): string {
  const head = m.columns.map((c) => `<th scope="col" title="${escapeHtml(c.title)}"><span>${escapeHtml(c.label)}</span></th>`).join('');
  // By question: a header row of themes over their questions (short names; the full one in the tooltip).
  const groups: { label: string; span: number }[] = [];
  for (const c of m.columns) {
    const last = groups[groups.length - 1];
    if (c.group === undefined) continue;
    if (last && last.label === c.group) last.span++;
    else groups.push({ label: c.group, span: 1 });
  }
  const groupRow =
    groups.length > 0
      ? `<tr><th scope="col" class="corner"></th>${groups.map((g) => `<th scope="colgroup" colspan="${g.span}" class="group" title="${escapeHtml(g.label)}"><span>${escapeHtml(g.label)}</span></th>`).join('')}</tr>\n`
      : '';
  const body = m.rows
    .map((r) => {
      const cells = r.cells
        .map((v, i) => {
          const col = m.columns[i];
          const label = `${r.title} × ${col?.label ?? ''}: ${v > 0 ? v : 'none'}`;
          return `<td class="h${heatLevel(v, m.max)}" title="${escapeHtml(label)}">${v > 0 ? v : ''}</td>`;
        })
        .join('');
      return `<tr><th scope="row" title="${escapeHtml(r.title)}"><a href="#" data-uri="${escapeHtml(r.uri)}" title="Open ${escapeHtml(r.title)}">${escapeHtml(r.title)}</a></th>${cells}</tr>`;
    })
    .join('\n');
  const totals = m.totals.map((t) => `<td class="${t === 0 ? 'gap' : 'total'}">${t}</td>`).join('');
  const empty = m.rows.length === 0 ? '<p class="empty">No stories yet. Run “Story Bank: New Story” to write the first one.</p>' : '';
  const other = m.by === 'theme' ? 'question' : 'theme';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce, cspSource)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Story Bank coverage</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; }
  .bar { display: flex; gap: 8px; align-items: center; margin: 12px 0; }
  button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; cursor: pointer; border-radius: 2px; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
  button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
  table { border-collapse: collapse; }
  th, td { border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); padding: 3px 6px; }
  thead th { font-weight: normal; vertical-align: bottom; max-width: 9em; }
  thead th.group { text-align: left; font-weight: bold; max-width: none; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  table[data-by=question] thead th:not(.group) { white-space: nowrap; }
  th[scope=row] { text-align: left; font-weight: normal; max-width: 24em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  td { text-align: center; min-width: 2.2em; }
  a { color: var(--vscode-textLink-foreground); text-decoration: none; }
  a:hover { text-decoration: underline; }
  .h0 { background: transparent; }
  .h1 { background: color-mix(in srgb, var(--vscode-charts-green) 25%, transparent); }
  .h2 { background: color-mix(in srgb, var(--vscode-charts-green) 45%, transparent); }
  .h3 { background: color-mix(in srgb, var(--vscode-charts-green) 65%, transparent); }
  .h4 { background: color-mix(in srgb, var(--vscode-charts-green) 85%, transparent); }
  .gap { color: var(--vscode-errorForeground); font-weight: bold; }
  .total { font-weight: bold; }
  .legend { color: var(--vscode-descriptionForeground); }
  :focus-visible { outline: 1px solid var(--vscode-focusBorder); }
</style>
</head>
<body>
<div class="bar">
  <button id="export" title="Open the coverage as a Markdown list (by theme, then the stories) in a new editor">Export as Markdown</button>
  <button id="switch" class="secondary">Show by ${other}</button>
  <span class="legend">${m.rows.length} ${m.rows.length === 1 ? 'story' : 'stories'} × ${m.columns.length} ${m.by === 'theme' ? 'themes' : 'questions'}; darker cells answer more questions; red totals are gaps.</span>
</div>
${empty}
<table data-by="${m.by}">
<thead>${groupRow}<tr><th scope="col">Story</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
<tfoot><tr><th scope="row">Stories covering it</th>${totals}</tr></tfoot>
</table>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'export', by: '${m.by}' }));
  document.getElementById('switch').addEventListener('click', () => vscode.postMessage({ type: 'by', by: '${other}' }));
  for (const a of document.querySelectorAll('a[data-uri]')) {
    a.addEventListener('click', (e) => { e.preventDefault(); vscode.postMessage({ type: 'open', uri: a.getAttribute('data-uri') }); });
  }
  vscode.postMessage({ type: 'ready' });
</script>
</body>
</html>
`;
}
