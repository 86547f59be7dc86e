// The languages whose names the parser knows, and how their names are read from Intl (scripts/language-names.ts
// writes the list to knowledge/language-names.ts, so that the core does not call Intl on its first story).

/** Languages people write interview answers in, side by side with a translation (BCP 47 codes). */
export const ANSWER_LANGUAGES: readonly string[] = [
  'en', 'zh', 'zh-Hant', 'ja', 'ko', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'ru', 'uk', 'pl', 'tr', 'vi', 'id', 'ar', 'hi',
  'sv', 'fi', 'cs', 'ro', 'el', 'he', 'th',
];

/**
 * The written forms of language names in Chinese that Intl does not give: Intl names the spoken language ("英语",
 * "日语"), writers of a version name the written one ("英文版", "日文").
 */
const WRITTEN_CHINESE: readonly string[] = ['英文', '中文', '日文', '韩文', '韓文', '德文', '法文', '西班牙文', '俄文', '繁體中文', '简体中文'];

/** Each language's name in each of the languages (Intl.DisplayNames), lower case, unique, longest first. */
export function intlLanguageNames(): string[] {
  const names = new Set<string>(WRITTEN_CHINESE);
  const codes = ANSWER_LANGUAGES.filter((c) => c !== 'zh-Hant');
  for (const shown of ANSWER_LANGUAGES) {
    const d = new Intl.DisplayNames([shown], { type: 'language', fallback: 'none' });
    for (const c of codes) {
      const n = d.of(c);
      if (n && n.length >= 2) names.add(n.toLocaleLowerCase(shown));
    }
  }
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Words that go with a language's name in a heading that names a translation or a version of an answer ("English
 * version", "Versión en español", "中文版", "한국어 버전", "日本語訳"), lower case: nothing else may stand beside the name.
 */
export const VERSION_WORDS: readonly string[] = [
  'version', 'versión', 'versão', 'versione', 'fassung', 'translation', 'translated', 'traducción', 'tradução',
  'traduction', 'traduzione', 'übersetzung', 'перевод', 'версия', 'in', 'en', 'em', 'auf', 'на', 'original',
  '版', '版本', '翻译', '翻譯', '译文', '譯文', '버전', '번역', '번역본', 'バージョン', '訳', '版本的',
];
