// Pure helpers for story files: names, the bank's folder, and the `last-practiced` front-matter edit.
// No vscode imports.

/** A file-name slug: lower case ASCII words joined by dashes, at most `max` characters. */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, '');
  return cut || 'story';
}

/** The base name for a new story: `q06-biggest-failure.md`, or `new-story.md` without a question. */
export function storyFileBase(question?: { id: number; short: string }): string {
  return question ? `q${String(question.id).padStart(2, '0')}-${slugify(question.short)}.md` : 'new-story.md';
}

/** The first of `name`, `name-2`, `name-3`, ... for which `taken` is false. Never returns a taken name. */
export function uniqueFileName(name: string, taken: (candidate: string) => boolean): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  if (!taken(name)) return name;
  for (let i = 2; i < 10_000; i++) {
    const candidate = `${stem}-${i}${ext}`;
    if (!taken(candidate)) return candidate;
  }
  throw new Error(`No free file name like ${name}`);
}

/** The folder holding most stories (by path), or undefined when there are none. Ties go to the shortest path. */
export function bankFolder(storyPaths: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of storyPaths) {
    const slash = p.lastIndexOf('/');
    if (slash < 0) continue;
    const dir = p.slice(0, slash);
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [dir, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && dir.length < best.length)) {
      best = dir;
      bestCount = n;
    }
  }
  return best;
}

export interface OffsetEdit {
  /** 0-based offsets into the text. */
  start: number;
  end: number;
  newText: string;
}

const FENCE = /^---[ \t]*$/;

/**
 * The edit that sets `key: value` in the file's front matter: replaces the value when the key exists,
 * adds the key before the closing fence otherwise, and adds a front matter block when there is none.
 */
export function frontMatterSetEdit(text: string, key: string, value: string): OffsetEdit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const lines: { start: number; text: string }[] = [];
  let pos = bom;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: pos, text: text.slice(pos, end).replace(/\r$/, '') });
    if (nl < 0) break;
    pos = nl + 1;
  }
  const first = lines[0];
  if (first && FENCE.test(first.text)) {
    const close = lines.findIndex((l, i) => i > 0 && (FENCE.test(l.text) || /^\.\.\.[ \t]*$/.test(l.text)));
    if (close > 0) {
      const keyRe = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`);
      for (let i = 1; i < close; i++) {
        const line = lines[i];
        if (!line || !keyRe.test(line.text)) continue;
        const colon = line.text.indexOf(':');
        const rest = line.text.slice(colon + 1);
        const comment = /\s#.*$/.exec(rest);
        const valueText = (comment ? rest.slice(0, comment.index) : rest).trimEnd();
        const valueEnd = colon + 1 + valueText.length;
        return { start: line.start + colon + 1, end: line.start + valueEnd, newText: ` ${value}` };
      }
      const closeLine = lines[close];
      if (closeLine) return { start: closeLine.start, end: closeLine.start, newText: `${key}: ${value}${eol}` };
    }
  }
  return { start: bom, end: bom, newText: `---${eol}${key}: ${value}${eol}---${eol}` };
}

export function applyOffsetEdit(text: string, e: OffsetEdit): string {
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}
