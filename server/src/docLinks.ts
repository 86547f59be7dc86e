// Where a finding's "rule documentation" link points: the page that ships beside the server (docs/rules/<id>.md
// in the VSIX, the npm package or a checkout), as a file URI, so that it opens with no network; the web address
// only when the page is not installed.
import { URI } from 'vscode-uri';
import { ALL_RULES_META, ruleDocUrl } from './core/rules';
import { ruleDocPath, ruleDocsDir } from './ruleDocFiles';

/** The link of every rule id: the bundled page when it is there, else the web page. */
export function ruleDocLinks(dir: string | undefined = ruleDocsDir()): Map<string, string> {
  const links = new Map<string, string>();
  for (const m of ALL_RULES_META) {
    const path = ruleDocPath(m.id, dir);
    links.set(m.id, path !== undefined ? URI.file(path).toString() : ruleDocUrl(m.id));
  }
  return links;
}

