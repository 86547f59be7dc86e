// Phrase lists the phrase-matching rules use, by rule id. Data, not code: every entry is a literal phrase matched
// case-insensitively on word boundaries (see compilePhrases in ../text.ts and ../phraseMatcher.ts); users add more in config under
// `phrases: { <rule-id>: [...] }`. Keep entries specific enough that they rarely fire on innocent prose.
// The red flags judged by meaning have no built-in list: they read the language layer (../nlp) and the metric
// classes (blame, badmouthing, solo-heroics, fake-weakness, resume-recital, filler-phrase, vague-impact); users
// still add their own literal phrases to any rule under `phrases:`.

export const PHRASES: Record<string, string[]> = {
  // vague-impact finds unsized claims by their shape (rules/vague.ts); the key stays so users can add phrases.
  'vague-impact': [],
  // These read who acts, negation and quoted speech from ../nlp (see each rule's file); the keys stay so the
  // settings schema offers `phrases.<rule-id>` for them.
  'solo-heroics': [],
  blame: [],
  'fake-weakness': [],
  badmouthing: [],
  'resume-recital': [],
  'filler-phrase': [],
};
