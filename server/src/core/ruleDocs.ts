// Reading a rule's documentation page (docs/rules/<id>.md) as data: its summary, a plain-text rendering and a
// readable name. Pure functions over the page's text; finding and reading the file is the caller's job.

/** A rule id as a SARIF-style readable name: `missing-metric` → `MissingMetric`. */
export function ruleDisplayName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** The paragraphs of one `## Heading` section (the text up to the next heading outside a code block). */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading}`.toLowerCase());
  if (start < 0) return [];
  const body: string[] = [];
  let inCode = false;
  for (const line of lines.slice(start + 1)) {
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (!inCode && /^#{1,2} /.test(line)) break;
    body.push(line);
  }
  return body.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Inline Markdown to text: emphasis and code marks dropped, links reduced to their words. */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** What the rule finds and why it matters, as text (SARIF's fullDescription): the first paragraph of the page's
 * "What it finds" section (without a closing sentence that introduces a list) and of "Why interviewers care". */
export function ruleDocSummary(markdown: string): string | undefined {
  const finds = inlineText(section(markdown, 'What it finds')[0] ?? '').replace(/(^|[.!?]\s+)[^.!?]*:$/, '$1').trim();
  const why = inlineText(section(markdown, 'Why interviewers care')[0] ?? '');
  const text = [finds, why].filter(Boolean).join(' ');
  return text === '' ? undefined : text;
}

/** The whole page as plain text for readers that show no Markdown: heading marks and inline marks dropped,
 * code blocks kept as they are (indented), list items kept. */
export function ruleDocText(markdown: string): string {
  const out: string[] = [];
  let inCode = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*```/.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out.push(`    ${line}`);
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push(inlineText(heading[1] ?? ''));
      continue;
    }
    out.push(line.trim() === '' ? '' : line.replace(/\S.*$/, (rest) => inlineText(rest)));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
