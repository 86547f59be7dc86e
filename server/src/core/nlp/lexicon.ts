// Word classes the language layer and the rules share. These are small closed classes (pronouns, kinds of
// people and groups, verbs of speech, negators, evaluative words), not phrase lists: a rule decides by how the
// classes combine in a clause (who is the subject, what the predicate says, whether it is negated or quoted).
// Each class is typed data; `test/unit/nlp.test.ts` counts them.

/** Builds a lookup set from space-separated forms (all inflections written out: the engine does not lemmatise). */
export function wordClass(...groups: string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const g of groups) for (const w of g.split(/\s+/)) if (w) out.add(w.toLowerCase());
  return out;
}

/** The speaker. */
export const FIRST_SINGULAR = wordClass('i me myself');
/** The speaker with others. */
export const FIRST_PLURAL = wordClass('we us ourselves');
/** Possessives of the speaker (mark "my team", "our vendor" as related to the speaker, not the speaker). */
export const FIRST_POSSESSIVE = wordClass('my our mine ours');
/** Third parties named by pronoun: one person. */
export const PERSON_PRONOUNS = wordClass('he she him her himself herself');
/** Third parties named by pronoun: a group (or an unnamed other). */
export const GROUP_PRONOUNS = wordClass('they them themselves');
/** Pronouns that stand for no one in particular, or for things. */
export const THING_PRONOUNS = wordClass('it this that these those which what something everything anything nothing');
/** Indefinite pronouns naming people. */
export const PEOPLE_PRONOUNS = wordClass('someone somebody everyone everybody anyone anybody nobody others');

/** Nouns for one person at work (singular and plural). */
export const PERSON_NOUNS = wordClass(
  'manager managers boss bosses lead leads colleague colleagues coworker coworkers co-worker co-workers',
  'teammate teammates engineer engineers developer developers dev devs director directors vp vps cto ceo cfo coo cio',
  'pm pms designer designers analyst analysts architect architects intern interns peer peers supervisor supervisors',
  'stakeholder stakeholders executive executives exec execs founder founders cofounder contractor contractors',
  'consultant consultants recruiter recruiters tester testers reviewer reviewers mentor mentors mentee',
  'scientist scientists researcher researchers admin admins administrator owner owners partner partners',
  'head heads chief principal staff sponsor sponsors client clients customer customers person people guy guys',
  'folks member members hire hires employee employees officer officers specialist specialists sme smes',
  'counterpart counterparts predecessor successor report reports junior juniors senior seniors',
);

/** Nouns for a group, an organisation or another team. */
export const GROUP_NOUNS = wordClass(
  'team teams org orgs organization organisation organizations department departments dept division divisions',
  'vendor vendors supplier suppliers provider providers company companies firm employer management leadership',
  'group groups squad squads unit crew agency agencies board committee business side office headquarters hq',
  'qa ops devops sre infra it hr legal sales marketing finance security support procurement compliance',
  'contractor contractors outsourcer offshore startup corporation corp client clients customer customers',
  'upstream downstream partner partners',
);

/** Verbs that introduce speech or a stated belief: what follows them is someone's words, not a narrated fact. */
export const SPEECH_VERBS = wordClass(
  'say says said saying tell tells told telling claim claims claimed claiming complain complains complained',
  'argue argues argued arguing insist insists insisted mention mentions mentioned',
  'explain explains explained state stated suggest suggests suggested',
  'reply replied respond responded admit admits admitted warn warned announce announced comment commented',
  'yell yelled shout shouted ask asks asked believe believes believed think thinks thought feel feels felt',
  'accuse accused assert asserted allege alleged complain grumble grumbled joke joked remark remarked',
  'blame blamed blames',
);

/** Negators of a clause (wink marks their scope; these are the words themselves). */
export const NEGATORS = wordClass("not n't never no neither nor cannot nobody nothing none nowhere without");

/** Subordinators and relatives that open a new clause. */
export const CLAUSE_OPENERS = wordClass(
  'because since although though while whereas when whenever after before until unless if so that which who whom whose where',
);

/** Copulas and linking verbs: "X was Y" says something about X. */
export const COPULAS = wordClass("be is are was were been being am 's 're 'm seem seems seemed seeming appear appeared look looked become became remain remained act acted");

/** Modal and auxiliary verbs. */
export const AUXILIARIES = wordClass("do does did have has had will would shall should can could may might must wo ca 'd 'll 've");
