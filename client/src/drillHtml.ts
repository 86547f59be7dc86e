// The practice drill webview's HTML: the question, what it evaluates, the answer shape, the bank's stories for it,
// a spoken-time timer, the follow-ups revealed one by one, and the drill's actions. The editor's theme colours
// (CSS variables), a strict Content-Security-Policy, no remote resources, one inline script allowed by a nonce.
// Every text from the bank (titles come from people's files) is escaped. No vscode imports.
import { escapeHtml } from '../../server/src/core/escape';
import { contentSecurityPolicy } from './matrixHtml';
import type { DrillView } from './practice';
import { formatDuration } from './trees';

/** Messages the drill webview posts to the extension. */
export type DrillMessage =
  | { type: 'state'; state: DrillPageState }
  | { type: 'open'; uri: string }
  | { type: 'next' | 'practiced' | 'end' | 'choose' | 'newStory' }
  | { type: 'record'; key: string };

/** What the page shows right now, read from its own DOM (tests read it through storybank.internal.drillState). */
export interface DrillPageState {
  /** Counts up with every state the page posts. */
  seq: number;
  question: number;
  /** The question's text as the page shows it. */
  heading: string;
  /** The follow-ups shown so far, as the page shows them. */
  followUps: string[];
  followUpsTotal: number;
  timer: { running: boolean; seconds: number };
  /** The practised line as the page shows it. */
  status: string;
}

export function drillHtml(v: DrillView, nonce: string, cspSource: string): string {
  const e = escapeHtml;
  const parts = v.shape.parts
    .map((p) => `<li><span class="part">${e(p.title)}</span> <span class="secs">${formatDuration(p.seconds)}</span><br><span class="hint">${e(p.hint)}</span></li>`)
    .join('\n');
  const count = v.shape.count ? `<p class="hint">Aim for ${v.shape.count.min} to ${v.shape.count.max} questions.</p>` : '';
  const stories =
    v.stories.length === 0
      ? `<p>No story answers it yet. Answer out loud anyway, then write the story down while it is fresh.</p>
<p><button id="newStory" class="secondary">New Story for ${e(v.label)}</button></p>`
      : `<ul class="stories">${v.stories
          .map(
            (s) =>
              `<li><a href="#" data-uri="${e(s.uri)}" title="Open ${e(s.title)}">${e(s.title)}</a> <span class="hint">${formatDuration(s.spokenSeconds)} spoken${s.lastPracticed ? ` · last practiced ${e(s.lastPracticed)}` : ''}</span></li>`,
          )
          .join('\n')}</ul>`;
  const followUps = v.followUps.map((f, i) => `<li data-i="${i}" hidden>${e(f)}</li>`).join('\n');
  const status = `${v.practiced ? `Practiced ${e(v.practiced)}` : 'Not practiced yet'} · ${v.progress.practiced} of ${v.progress.total} questions practiced`;
  const record = v.recordStory
    ? `<button id="record" class="secondary" data-key="${e(v.recordStory.key)}" title="Writes today's date into the story's last-practiced field; you see the change before you save">Write the date into “${e(v.recordStory.title)}”</button>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce, cspSource)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Practice ${e(v.label)}</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px; margin: 0; line-height: 1.45; }
  main { max-width: 46em; padding-bottom: 8px; }
  .eyebrow { color: var(--vscode-descriptionForeground); margin: 16px 0 4px; }
  h1 { font-size: 1.45em; font-weight: 600; margin: 0 0 6px; }
  h2 { font-size: 1em; font-weight: 600; margin: 18px 0 6px; text-transform: none; }
  .status { color: var(--vscode-descriptionForeground); margin: 0 0 4px; }
  .note { color: var(--vscode-editorWarning-foreground, var(--vscode-descriptionForeground)); margin: 4px 0; }
  .timer { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 14px 0 4px; padding: 10px 12px; border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); border-radius: 4px; background: var(--vscode-editorWidget-background, transparent); }
  .clock { font-family: var(--vscode-editor-font-family); font-size: 2em; font-variant-numeric: tabular-nums; min-width: 3.2em; }
  .clock.over { color: var(--vscode-editorWarning-foreground, var(--vscode-errorForeground)); }
  .track { flex: 1 1 10em; height: 6px; background: var(--vscode-input-background, var(--vscode-panel-border)); border-radius: 3px; overflow: hidden; min-width: 8em; }
  .fill { height: 100%; width: 0; background: var(--vscode-progressBar-background, var(--vscode-button-background)); }
  .fill.over { background: var(--vscode-editorWarning-foreground, var(--vscode-errorForeground)); }
  #aim { color: var(--vscode-descriptionForeground); flex-basis: 100%; }
  button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; cursor: pointer; border-radius: 2px; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
  button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
  button:disabled { opacity: 0.5; cursor: default; }
  :focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
  a { color: var(--vscode-textLink-foreground); text-decoration: none; }
  a:hover, a:focus-visible { text-decoration: underline; }
  .hint { color: var(--vscode-descriptionForeground); }
  .part { font-weight: 600; }
  .secs { font-variant-numeric: tabular-nums; color: var(--vscode-descriptionForeground); }
  ol, ul { padding-left: 1.4em; margin: 4px 0; }
  li { margin: 3px 0; }
  #followups li { margin: 6px 0; }
  .actions { position: sticky; bottom: 0; display: flex; flex-wrap: wrap; gap: 8px; padding: 10px 0 12px; margin-top: 16px; background: var(--vscode-editor-background); border-top: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); }
  .keys { color: var(--vscode-descriptionForeground); font-size: 0.9em; flex-basis: 100%; margin: 2px 0 0; }
  kbd { font-family: var(--vscode-editor-font-family); border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); border-radius: 3px; padding: 0 4px; }
</style>
</head>
<body data-question="${v.id}" data-target="${v.targetSeconds}">
<main>
<p class="eyebrow">${e(v.label)} · ${e(v.theme)} · answer: ${e(v.shape.name.toLowerCase())}</p>
<h1 id="question">${e(v.text)}</h1>
<p class="status" id="status">${status}</p>
${v.note ? `<p class="note">${e(v.note)}</p>` : ''}
<section class="timer" aria-label="Spoken-time timer">
  <span class="clock" id="clock" role="timer" aria-live="off">0:00</span>
  <div class="track" aria-hidden="true"><div class="fill" id="fill"></div></div>
  <button id="toggle">Start timer</button>
  <button id="reset" class="secondary">Reset</button>
  <span id="aim" aria-live="polite">Answer out loud; aim for about ${formatDuration(v.targetSeconds)}.</span>
</section>
<h2>What they are looking for</h2>
<p>${e(v.evaluates)}</p>
<h2>Answer shape: ${e(v.shape.name)}</h2>
<p>${e(v.shape.summary)}</p>
${parts ? `<ol class="parts">${parts}</ol>` : ''}
${count}
<h2>${v.stories.length === 0 ? 'Your stories' : v.stories.length === 1 ? 'Your story for it' : `Your ${v.stories.length} stories for it`}</h2>
${stories}
<h2 id="fu-title">Follow-ups${v.followUps.length === 0 ? '' : ` <span class="hint" id="fu-count">(0 of ${v.followUps.length} shown)</span>`}</h2>
${
  v.followUps.length === 0
    ? '<p class="hint">None for this question. Ask yourself: what would I do differently, and what would I measure?</p>'
    : `<p class="hint">After your answer, take them one at a time, as an interviewer would.</p>
<ol id="followups" aria-live="polite">
${followUps}
</ol>
<p><button id="reveal" class="secondary">Show the first follow-up</button></p>`
}
</main>
<div class="actions">
  <button id="next" title="Another question you have not practiced yet">Next question</button>
  <button id="practiced" class="secondary">${v.practiced === 'today' ? 'Practiced today ✓' : 'Mark practiced'}</button>
  ${record}
  <button id="choose" class="secondary">Choose a question…</button>
  <button id="end" class="secondary">End</button>
  <p class="keys">Keys: <kbd>T</kbd> start or stop the timer · <kbd>F</kbd> next follow-up · <kbd>N</kbd> next question · <kbd>P</kbd> mark practiced</p>
</div>
<script nonce="${nonce}">
(() => {
  const vscode = acquireVsCodeApi();
  const body = document.body;
  const question = Number(body.dataset.question);
  const target = Number(body.dataset.target);
  const $ = (id) => document.getElementById(id);
  const items = Array.from(document.querySelectorAll('#followups li'));
  // Kept across re-renders and hiding (the panel does not keep its page alive while hidden).
  const saved = vscode.getState();
  const st = saved && saved.question === question ? saved : { question, revealed: 0, elapsed: 0, startedAt: null };
  let seq = saved && typeof saved.seq === 'number' ? saved.seq : 0;
  let tick = null;
  const fmt = (s) => Math.floor(s / 60) + ':' + String(Math.floor(s % 60)).padStart(2, '0');
  const seconds = () => (st.elapsed + (st.startedAt ? Date.now() - st.startedAt : 0)) / 1000;
  function post() {
    seq += 1;
    vscode.setState({ ...st, seq });
    vscode.postMessage({ type: 'state', state: {
      seq, question,
      heading: $('question').textContent,
      followUps: items.filter((li) => !li.hidden).map((li) => li.textContent),
      followUpsTotal: items.length,
      timer: { running: st.startedAt !== null, seconds: Math.floor(seconds()) },
      status: $('status').textContent,
    } });
  }
  function draw() {
    const s = seconds();
    const clock = $('clock');
    clock.textContent = fmt(s);
    const over = s > target;
    clock.classList.toggle('over', over);
    $('fill').classList.toggle('over', over);
    $('fill').style.width = Math.min(100, (s / target) * 100) + '%';
    $('toggle').textContent = st.startedAt ? 'Stop timer' : s > 0 ? 'Resume timer' : 'Start timer';
    // Changes only when the timer starts, stops or passes the aim (the line is read out by screen readers).
    const aim = over ? 'Over the ' + fmt(target) + ' aim: wrap up with the result and what you learned.'
      : st.startedAt ? 'Timer running: aim for about ' + fmt(target) + '.'
      : s > 0 ? 'Stopped at ' + fmt(s) + ' of about ' + fmt(target) + '.'
      : 'Answer out loud; aim for about ' + fmt(target) + '.';
    if ($('aim').textContent !== aim) $('aim').textContent = aim;
  }
  function run(on) {
    if (on && !st.startedAt) st.startedAt = Date.now();
    if (!on && st.startedAt) { st.elapsed += Date.now() - st.startedAt; st.startedAt = null; }
    if (tick) clearInterval(tick);
    tick = st.startedAt ? setInterval(draw, 250) : null;
    draw();
    post();
  }
  function reveal() {
    if (st.revealed < items.length) st.revealed += 1;
    showRevealed();
    const shown = items[st.revealed - 1];
    if (shown) shown.setAttribute('tabindex', '-1');
    post();
  }
  function showRevealed() {
    items.forEach((li, i) => { li.hidden = i >= st.revealed; });
    const button = $('reveal');
    if (button) {
      const left = items.length - st.revealed;
      button.textContent = st.revealed === 0 ? 'Show the first follow-up' : left > 0 ? 'Show the next follow-up (' + left + ' left)' : 'All follow-ups shown';
      button.disabled = left === 0;
    }
    if ($('fu-count')) $('fu-count').textContent = '(' + st.revealed + ' of ' + items.length + ' shown)';
  }
  const send = (type) => () => vscode.postMessage({ type });
  $('toggle').addEventListener('click', () => run(!st.startedAt));
  $('reset').addEventListener('click', () => { st.elapsed = 0; st.startedAt = null; run(false); });
  if ($('reveal')) $('reveal').addEventListener('click', reveal);
  $('next').addEventListener('click', send('next'));
  $('practiced').addEventListener('click', send('practiced'));
  $('choose').addEventListener('click', send('choose'));
  $('end').addEventListener('click', send('end'));
  if ($('newStory')) $('newStory').addEventListener('click', send('newStory'));
  if ($('record')) $('record').addEventListener('click', () => vscode.postMessage({ type: 'record', key: $('record').dataset.key }));
  for (const a of document.querySelectorAll('a[data-uri]')) {
    a.addEventListener('click', (ev) => { ev.preventDefault(); vscode.postMessage({ type: 'open', uri: a.getAttribute('data-uri') }); });
  }
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.repeat) return;
    const k = ev.key.toLowerCase();
    if (k === 't') run(!st.startedAt);
    else if (k === 'f') reveal();
    else if (k === 'n') vscode.postMessage({ type: 'next' });
    else if (k === 'p') vscode.postMessage({ type: 'practiced' });
    else return;
    ev.preventDefault();
  });
  window.addEventListener('message', (ev) => {
    const m = ev.data;
    if (m && m.type === 'timer') run(m.action === 'start' ? true : m.action === 'stop' ? false : !st.startedAt);
  });
  showRevealed();
  run(st.startedAt !== null);
  $('toggle').focus();
})();
</script>
</body>
</html>
`;
}

/** The page's title (the panel's tab): "Practice Q6". */
export function drillTitle(v: Pick<DrillView, 'label'>): string {
  return `Practice ${v.label}`;
}
