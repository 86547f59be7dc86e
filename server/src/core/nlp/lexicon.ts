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

/** How the speaker's word stands in its clause: "I", "we" (and their contractions); "me", "us"; "my", "our". */
export type FirstPersonRole = 'subject' | 'object' | 'owner';

/**
 * The speaker's own words in English, by role, alone and with others: the one list the parser (does a paragraph
 * speak as the teller?), the language layer (who acts in a clause) and the rules (is a quoted sample the teller's?)
 * read, as word sets below or as a pattern through `firstPersonPattern`. Contractions are written with "'"; the
 * pattern reads "’" too.
 */
export const FIRST_PERSON_WORDS: Readonly<Record<FirstPersonRole, readonly string[]>> = {
  subject: ['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll"],
  object: ['me', 'myself', 'us', 'ourselves'],
  owner: ['my', 'mine', 'our', 'ours'],
};

const FIRST_PERSON_ALL = [...FIRST_PERSON_WORDS.subject, ...FIRST_PERSON_WORDS.object, ...FIRST_PERSON_WORDS.owner];
/** The speaker (tokens: the tokenizer splits "I'm" into "i" and "'m"). */
export const FIRST_SINGULAR = wordClass(...FIRST_PERSON_ALL.filter((w) => /^(?:i|me|myself)$/u.test(w)));
/** The speaker with others. */
export const FIRST_PLURAL = wordClass(...FIRST_PERSON_ALL.filter((w) => /^(?:we|us|ourselves)$/u.test(w)));
/** Possessives of the speaker (mark "my team", "our vendor" as related to the speaker, not the speaker). */
export const FIRST_POSSESSIVE = wordClass(...FIRST_PERSON_WORDS.owner);

/**
 * A pattern for the speaker's words of the given roles, as whole words (a letter or digit on neither side, no
 * contraction running on: "I" in "I'll" is read as "I'll"). `lowerI`: a lower-case "i" is the speaker too, as some
 * write it (otherwise only "I", so "i.e." and "(i)" are not read as the teller); the other words are read with their
 * first letter in either case ("We", "we"). `flags` are the regular expression's ("gu" to count).
 */
export function firstPersonPattern(roles: readonly FirstPersonRole[], opts: { lowerI?: boolean; flags?: string } = {}): RegExp {
  const words = roles.flatMap((r) => FIRST_PERSON_WORDS[r]).sort((a, b) => b.length - a.length);
  const forms = words.map((w) => {
    const rest = w.slice(1).replace(/'/gu, "['’]");
    if (w[0] === 'i') return (opts.lowerI ? '[Ii]' : 'I') + rest;
    return `[${w[0].toUpperCase()}${w[0]}]${rest}`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}['’])(?:${forms.join('|')})(?![\\p{L}\\p{N}]|['’]\\p{L})`, opts.flags ?? 'u');
}
/**
 * Group nouns that also name an activity: after another noun they are the activity ("dependency management",
 * "customer support"), not the people.
 */
/**
 * Words of rank that make an activity-group noun after them the people of that rank ("senior management", "upper
 * management", "top leadership"); the tagger reads them as names at the start of a sentence ("Senior/PROPN").
 */
export const RANK_WORDS = wordClass('senior upper middle top executive higher lower');
export const ACTIVITY_GROUPS = wordClass('management mgmt leadership support security sales marketing finance design product infra ops legal compliance procurement business operations');

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
  'dba dbas sre sres swe swes sde sdes qe tpm tpms em ems ic ics cso ciso',
  'agent agents rep reps representative representatives operator operators user users on-call oncall',
  'counsel lawyer lawyers attorney attorneys accountant accountants auditor auditors',
  'student students classmate classmates programmer programmers coder coders teacher teachers professor professors',
  'instructor instructors candidate candidates applicant applicants volunteer volunteers friend friends',
  'expert experts freelancer freelancers mgr mgrs man men woman women',
);

/** Nouns for a group, an organisation or another team. */
export const GROUP_NOUNS = wordClass(
  'team teams org orgs organization organisation organizations department departments dept division divisions',
  'vendor vendors supplier suppliers provider providers company companies firm employer management leadership',
  'group groups squad squads unit crew agency agencies board committee business side office headquarters hq',
  'qa ops devops sre infra hr legal sales marketing finance security support procurement compliance',
  'contractor contractors outsourcer offshore startup corporation corp client clients customer customers',
  'upstream downstream partner partners mgmt',
);

/**
 * Nouns for a body outside the speaker's organisation that holds a step of the work: the blame told as an account
 * names one as the holder of the act that was late ("the council's planning queue", "the hospital's signed letter").
 */
export const OUTSIDE_BODIES = wordClass(
  'council councils hospital hospitals funder funders regulator regulators authority authorities ministry government',
  'landlord landlords bank banks insurer insurers university school court inspector inspectors inspectorate city county',
  'carrier carriers courier couriers airline venue printer printers builder builders sponsor publisher distributor',
  'broker brokers bureau registry registrar embassy consulate customs utility manufacturer factory warehouse',
  'subcontractor subcontractors integrator agency agencies lab laboratory client clients partner partners',
);

/**
 * Words that mark a habit of the speaker's as changed since the story ("now I order on the estimate", "since then we
 * book the slot first", "these days I chase at week two", "from then on", "going forward", "no longer"): the blame
 * reader takes a first-person act with one of them as a remedy, and a bare present clause ("I enjoy the work") as none.
 */
export const CHANGE_MARKERS = wordClass('now since nowadays henceforth thereafter anymore longer onwards onward forward');

/**
 * Verbs that tell a habit begun or switched ("I have started chasing at week two", "we switched to a second
 * supplier", "I made it a rule to..."), read with a first-person subject as a changed habit.
 */
export const TAKEUP_VERBS = wordClass(
  'start started starting begun began begin switched switch changed change adopted adopt moved introduced instituted',
  'learned learnt',
);

/**
 * Verbs that tell where the speaker stands now rather than a habit they changed ("I now work at a bank", "I now lead
 * the team", "these days I enjoy the role"): with a change marker they still tell no remedy.
 */
export const STANDING_VERBS = wordClass(
  'work works live lives enjoy enjoys love loves like likes lead leads manage manages run runs own owns report reports',
  'am is are be been have has hold holds head heads teach teaches study studies feel feels know knows think thinks',
  'believe believes want wants hope hopes get gets',
);

/**
 * Names of widely used software, languages and services written like a person's name (one capital, then lower
 * case): "implemented caching with Redis", "built it in Python with Flask". Such a name is a tool, not a person who
 * takes part. Names shaped otherwise (GitHub, Next.js, AWS, GPT-4o) are never read as a person's, so they are not
 * listed; nor are names that are also common given names (Ruby, Julia).
 */
export const TOOL_NAMES = wordClass(
  'redis react angular vue svelte flask django rails laravel spring express fastapi nestjs nextjs nuxt remix',
  'python java kotlin scala golang rust typescript javascript perl elixir erlang haskell clojure dart flutter',
  'docker kubernetes helm terraform ansible pulumi jenkins bamboo vagrant nginx apache tomcat istio envoy consul',
  'kafka rabbitmq celery sidekiq airflow spark hadoop hive presto trino flink beam databricks snowflake redshift',
  'bigquery postgres postgresql mongo mongodb mysql sqlite cassandra dynamo dynamodb elasticsearch opensearch solr',
  'memcached neo4j clickhouse supabase firebase firestore heroku vercel netlify cloudflare lambda fargate',
  'grafana prometheus datadog splunk kibana logstash sentry newrelic jaeger pagerduty opsgenie',
  'jest mocha cypress playwright selenium puppeteer pytest junit vitest storybook webpack vite babel rollup',
  'redux zustand mobx tailwind bootstrap graphql prisma hibernate sequelize pandas numpy scipy keras tensorflow',
  'pytorch sklearn jupyter tableau looker metabase excel jira confluence figma notion trello asana slack postman',
  'swagger openapi stripe twilio okta salesforce hubspot zendesk shopify wordpress magento gitlab bitbucket',
  'linux ubuntu debian centos windows android xcode gradle maven npm yarn pnpm webassembly wasm',
  'langchain pinecone weaviate streamlit gradio pydantic chatgpt copilot openai',
);

/**
 * Text-message spellings and what they spell out, so a question written "Introduce urself", "Where do u see urself
 * after 5 yrs?" reads as the catalog's questions do (rules/kind.ts).
 */
export const TEXT_SPEAK: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', urself: 'yourself', abt: 'about', yrs: 'years', yr: 'year', wat: 'what', wud: 'would', cud: 'could', shud: 'should',
};

/**
 * Words that only say a heading is a topic, beside the concept that carries it: "Salary discussion", "Future plans",
 * "Career aspirations", "Five years" (rules/kind.ts).
 */
export const TOPIC_HEADING_WORDS = wordClass('discussion expectation plan background year term long short reason my personal professional negotiation talk range');

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

/**
 * Verbs of a belief held or reached: another party's ("everyone assumed the cache was to blame", "legal concluded it
 * was ours") reports that party's view, not the speaker's (nlp/analyze.ts markReported; the clauses are not split at
 * them, so "I assumed the team knew, never wrote it down" stays the speaker's one clause).
 */
export const BELIEF_VERBS = wordClass('assume assumes assumed suppose supposed reckon reckoned conclude concluded presume presumed suspect suspected');

/**
 * Nouns of a stated view: owned by another party and followed by what it holds ("my director's view was that the
 * vendor had let us down", "their take was that ..."), what follows is that party's belief, not the speaker's.
 */
export const VIEW_NOUNS = wordClass('view views opinion opinions take verdict position conclusion belief theory version line assumption feeling sense');

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

// ---- classes the red-flag rules read ------------------------------------------------------------------------

/** Verbs of failing, missing or holding up, in any tense: said of another party, they name a failure. */
export const FAILURE_VERBS = wordClass(
  'miss misses missed missing fail fails failed failing delay delays delayed delaying slip slips slipped',
  'break breaks broke broken ignore ignores ignored ignoring refuse refuses refused refusing forget forgot forgotten',
  'neglect neglected stall stalled block blocks blocked blocking botch botched blow blew blown derail derailed',
  'ruin ruined sink sank sabotage sabotaged abandon abandoned overlook overlooked mishandle mishandled collapse collapsed',
  'screw screwed mess messed drop dropped lose lost skip skipped sit sat sits dodge dodged stonewall stonewalled',
  'undermine undermined bungle bungled',
);
/** Cooperation verbs: another party that did NOT do these ("never answered", "didn't deliver") failed us. */
export const COOPERATION_VERBS = wordClass(
  'respond responded answer answered reply replied deliver delivered listen listened help helped show showed',
  'test tested follow followed tell told inform informed communicate communicated care cared bother bothered',
  'review reviewed fix fixed ship shipped provide provided support supported return returned act acted',
  'prioritize prioritized prioritise prioritised document documented warn warned escalate escalated',
  'do did does finish finished send sent update updated read',
);
/** Nouns of fault and responsibility. */
export const FAULT_NOUNS = wordClass('fault blame culprit responsibility doing');
/** Nouns of a failure outcome ("the delay", "the outage"): a cause named for one of these is a cause of failure. */
export const FAILURE_NOUNS = wordClass(
  'delay delays slip outage outages failure failures miss mistake mistakes bug bugs incident incidents problem problems',
  'issue issues breakage regression regressions late lateness setback setbacks overrun overruns',
);
/**
 * Harm a result is measured against that the polarity model leaves neutral, or that is a mass noun: counted to none
 * ("no rework", "without any hiccups", "zero chargebacks", "no injuries to passengers or crew") it sizes the result,
 * as "no outages" does.
 */
export const HARM_NOUNS = wordClass(
  'rework waste damage harm casualties fatalities injuries accidents glitches hiccups mishaps breaches leaks',
  'chargebacks refunds cancellations violations vulnerabilities findings disruptions interruptions losses penalties fines',
);
/** Feelings and idioms after "no" that count nothing: "no worries", "no regrets", "no hard feelings", "no doubts". */
export const NOT_HARM_AFTER_NO = wordClass('worries regrets doubts fears tears feelings stress pressure enemies drama excuses');
/**
 * Nouns of poor conduct: owned by another party ("QA's sloppiness", "their indecision"), they make that party
 * the cause.
 */
export const CONDUCT_FAILINGS = wordClass(
  'sloppiness negligence incompetence carelessness laziness indecision inaction slowness mistake mistakes error errors',
  'oversight oversights delay delays failure failures blunder blunders screwup screwups screw-up',
);
/** Words that say the outcome was out of the speaker's hands. */
export const HELPLESS_WORDS = wordClass('nothing hands helpless powerless choice');

/** Judgments that disparage people: said of a manager, a team or an employer, they run them down. */
export const DISPARAGING = wordClass(
  'incompetent clueless lazy useless toxic dysfunctional stupid idiotic dumb hopeless pathetic terrible awful',
  'horrible lousy worthless careless sloppy arrogant ignorant unprofessional chaotic disorganized disorganised inept',
  'negligent shady dishonest ridiculous petty spineless mess joke idiots idiot morons moron amateurs clowns',
  'disaster nightmare circus dinosaurs micromanager micromanaging micromanaged bad worst poor awful hostile',
  'backstabbing untrustworthy unreliable rude condescending lazier dumbest incompetence shambles garbage junk',
  'crap trash clown dumpster trainwreck train-wreck zoo incompetents cowboys',
  // decline said of an employer ("a sinking ship", "a rudderless company")
  'sinking doomed rudderless',
  // names for people that insult them ("my manager was a bully", "the developers before me were hacks")
  'bully bullies tyrant tyrants liar liars hack hacks jerk jerks fool fools snake snakes weasel weasels slacker slackers',
  'freeloader freeloaders deadwood clock-watcher clock-watchers bozo bozos buffoon buffoons dinosaur amateur',
  'freak freaks',
);
/**
 * Feelings and circumstances of people: the model's lexicon rates many negative ("upset", "worried"), but said of
 * a colleague they describe their state, not their worth ("the team was frustrated", "my manager was new").
 */
export const STATE_WORDS = wordClass(
  'upset angry sad worried nervous anxious afraid scared unhappy tired sick ill concerned skeptical sceptical confused',
  'unsure uncertain overwhelmed overloaded busy stretched new late absent inexperienced junior green hesitant reluctant',
  'cautious wary surprised disappointed frustrated annoyed stressed understaffed short-staffed away remote small quiet',
  'blocked stuck lost alone wrong right sorry',
);
/** A demanding style, said with respect as often as not ("my manager was relentless about test coverage"). */
export const STYLE_WORDS = wordClass('strict tough harsh blunt direct demanding exacting relentless rigorous intense particular picky critical');
/** Abilities: denied of a colleague ("they were not very bright"), they run them down. */
export const ABILITY_TRAITS = wordClass('bright smart clever competent capable skilled sharp qualified talented knowledgeable intelligent');
/** What someone "had no ..." of, said to run them down ("a VP who had no idea"). */
export const LACK_NOUNS = wordClass('idea clue sense vision spine plan direction understanding business');
/**
 * Grasp of a field: denied of someone with a word that sweeps ("not having any knowledge about the database side",
 * "no feel at all for the product", "lacked any real grasp of it"), it runs them down; a plain "no knowledge of the
 * change" is unawareness of a fact and needs that word.
 */
export const GRASP_NOUNS = wordClass('knowledge grasp feel inkling notion concept appreciation understanding idea clue sense');
/** Words that make a denial sweep: "not any", "zero", "whatsoever", "the slightest", "at all". */
export const SWEEPING_WORDS = wordClass('any zero whatsoever slightest faintest remotest first basic real least');
/**
 * Conduct and competence expected of a colleague or an employer: denied of them ("our lead was never very
 * professional", "the division is not organized well", "they were rarely prepared"), they run them down.
 */
export const CONDUCT_VIRTUES = wordClass(
  'professional organized organised prepared reliable dependable helpful cooperative honest trustworthy respectful',
  'fair transparent accountable diligent punctual competent capable qualified',
);
/** Words that deny a trait of someone, besides "not": "rarely prepared", "hardly professional". */
export const SCANT_ADVERBS = wordClass('never rarely seldom hardly barely scarcely');
/** Verbs of evading a duty, and the duties evaded: "a developer who likes to avoid taking responsibility". */
export const EVASION_VERBS = wordClass('avoid avoids avoided avoiding dodge dodges dodged dodging shirk shirks shirked shirking duck ducks ducked ducking evade evades evaded evading');
export const DUTY_NOUNS = wordClass('responsibility responsibilities ownership accountability work duties duty blame');
/**
 * Verbs of regard for the speaker: denied of others ("nobody appreciated how hard I worked", "my manager never
 * valued my work"), the speaker casts themself as the victim of the people they worked with.
 */
export const REGARD_VERBS = wordClass(
  'appreciate appreciates appreciated value values valued recognise recognises recognised recognize recognizes recognized',
  'respect respects respected listen listens listened thank thanks thanked credit credits credited',
);
/**
 * Treating as less (badmouthing): what another party's duties are treated as when they are waved away ("treats
 * every deadline as a suggestion", "treated the checklist as optional"), the duties so treated, the people they may be
 * treated as with respect ("treated us like adults") and the lesser people they may be treated as in contempt
 * ("treated the engineers like children"). Anything else that people are treated as, a thing ("like vending
 * machines"), is contempt too.
 */
export const LIGHTENED_NOUNS = wordClass('suggestion suggestions optional formality formalities afterthought afterthoughts guideline guidelines joke jokes nuisance nuisances inconvenience inconveniences attack attacks insult insults rumour rumours rumor rumors');
export const TREATED_DUTIES = wordClass(
  'deadline deadlines rule rules spec specs specification process processes review reviews checklist checklists question questions request requests',
  'test tests estimate estimates plan plans policy policies warning warnings ticket tickets feedback concern concerns commitment commitments date dates standard standards',
);
export const RESPECTED_AS = wordClass('adult adults equal equals partner partners peer peers professional professionals owner owners family expert experts colleague colleagues grown-up grown-ups friend friends people person human humans royalty priority priorities gold member members customer customers guest guests individuals individual team teammates');
export const LESSER_PEOPLE = wordClass('child children kid kids intern interns servant servants idiot idiots suspect suspects cog cogs minion minions slave slaves robot robots furniture resource resources numbers typists order-takers');
/** Nouns for an employer's ways ("a toxic culture"): disparaged, they run down the employer. */
export const WORKPLACE_NOUNS = wordClass('culture environment workplace place leadership management org organization organisation company');
/**
 * Nouns that name a cause as a thing to point at: "the reason is ...", "the problem was ...". With people at work as
 * what they are ("The problem is my direct manager.", "The reason is the leadership."), the people are made the fault.
 */
export const REASON_NOUNS = wordClass('reason reasons problem problems issue trouble motive motivation cause');
/** Nouns that ask for the context of leaving to be a judgment when they name people ("reason", not "problem"). */
export const MOTIVE_NOUNS = wordClass('reason reasons motive motivation');
/** Words of leaving a job: the context in which people named as the reason are the reason you are leaving. */
export const LEAVING_WORDS = wordClass('leave leaving left quit quitting move moving moved change changing switch switching looking exit departure');
/**
 * Acts done to other people that read as mistreatment when a manager or a colleague does them again and again, with
 * no judging word needed: "cancelled our one-to-ones eleven weeks in a row", "blamed us every Friday", "spends them
 * scrolling through his phone". Read with a habit and the speaker's side in the sentence (badmouthing's conduct
 * reader); the `HARSH_CONDUCT` ones need no object ("he micromanages", "she yelled at people in every stand-up").
 */
export const MISCONDUCT_VERBS = wordClass(
  'blame blames blamed blaming cancel cancels cancelled canceled cancelling canceling interrupt interrupts interrupted',
  'interrupting overrule overrules overruled overruling scroll scrolls scrolled scrolling ignore ignores ignored',
  'ignoring dismiss dismisses dismissed undermine undermines undermined undermining ghost ghosts ghosted',
  'stonewall stonewalls stonewalled reschedule reschedules rescheduled rescheduling',
);
export const HARSH_CONDUCT = wordClass(
  'micromanage micromanages micromanaged micromanaging belittle belittles belittled belittling humiliate humiliates',
  'humiliated yell yells yelled yelling shout shouts shouted shouting berate berates berated scold scolds scolded',
  'badmouth badmouths badmouthed bully bullies bullied',
);
/** People at work who can be made the reason you leave: the ones above you, beside you, or the employer itself. */
export const WORKPLACE_PARTIES = wordClass(
  'manager managers boss bosses lead leads supervisor supervisors director directors vp vps cto ceo cio founder founders',
  'head chief executive executives exec execs leadership management mgmt colleague colleagues coworker coworkers',
  'co-worker co-workers teammate teammates team employer company org organization organisation department division',
  'board directorate higher-ups higher-up superiors superior mgr',
);
/**
 * People at work named as the problem or the reason for leaving in other languages (badmouthing): the nouns of a
 * reason or a problem (`motives` need the leaving told, in `leaving` or by the question answered), the words for the
 * people in charge that the language's `parties` (OTHER_GRAMMARS) lack, and the determiners before them. The copula
 * and the negators are the grammar's. "El problema es mi jefe directo.", "O motivo da saída é a diretoria.", "Le
 * problème, c'est mon manager.", "Das Problem ist mein Chef.", "Il problema è il mio responsabile."
 */
export const OTHER_REASON_FRAMES: readonly { lang: string; nouns: readonly string[]; motives: readonly string[]; leaving: readonly string[]; people: readonly string[]; determiners: readonly string[] }[] = [
  { lang: 'es', nouns: ['problema'], motives: ['motivo', 'razón'], leaving: ['salida', 'irme', 'salir', 'cambio', 'cambiar', 'dejar'], people: ['jefatura', 'gerencia', 'directiva', 'dirección'], determiners: ['el', 'la', 'los', 'las', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'su', 'actual'] },
  { lang: 'pt', nouns: ['problema'], motives: ['motivo', 'razão'], leaving: ['saída', 'sair', 'mudança', 'mudar', 'deixar'], people: ['diretoria', 'gestão', 'chefia', 'liderança', 'gerência'], determiners: ['o', 'a', 'os', 'as', 'meu', 'minha', 'meus', 'nosso', 'nossa', 'atual'] },
  { lang: 'fr', nouns: ['problème'], motives: ['raison', 'motif'], leaving: ['départ', 'partir', 'quitter', 'changer', 'changement'], people: ['hiérarchie', 'management', 'manager', 'direction'], determiners: ['le', 'la', 'les', "l'", 'mon', 'ma', 'mes', 'notre', 'nos'] },
  { lang: 'de', nouns: ['problem'], motives: ['grund'], leaving: ['wechsel', 'wechseln', 'gehen', 'weggang', 'kündigung', 'verlassen'], people: ['geschäftsführung', 'führung', 'führungsebene', 'vorgesetzter', 'vorgesetzte'], determiners: ['der', 'die', 'das', 'mein', 'meine', 'unser', 'unsere'] },
  { lang: 'it', nouns: ['problema'], motives: ['motivo', 'ragione'], leaving: ['uscita', 'andare', 'lasciare', 'cambiare', 'cambio'], people: ['dirigenza', 'direzione', 'capo'], determiners: ['il', 'la', 'lo', 'i', 'le', 'mio', 'mia', 'miei', 'nostro', 'nostra'] },
];
/**
 * Sweeping absence said of the people who lead the speaker, in the languages the English tagger does not read
 * (badmouthing): `heads` are the words for a boss, a manager, a director or the leadership (a narrower class than the
 * grammar's `parties`, which holds vendors and departments too, whose failings are blame); `sweeping` the language's
 * negative quantifiers of the whole ("not a single", "nothing", "not once", "none at all"): told of a head's doing they
 * make it a verdict on the person ("no tomó ni una decisión", "ничего не решал", "什么事都不管"), not an event. `without`:
 * the word that turns a quantifier after it into an absence of trouble ("sin ningún problema"). `linked`: prepositions and
 * copulas that, one or two words before the head, make it an object, a complement or a predicate rather than the one who
 * does nothing ("convencí a la directora de ...", "con los jefes de zona", "era responsable del equipo").
 */
export const OTHER_SWEEPING_ABSENCE: readonly { lang: string; heads: readonly string[]; sweeping: readonly string[]; without?: readonly string[]; linked?: readonly string[] }[] = [
  { lang: 'es', heads: ['jefe', 'jefa', 'jefes', 'jefas', 'gerente', 'gerentes', 'director', 'directora', 'directores', 'directiva', 'dirección', 'gerencia', 'jefatura', 'supervisor', 'supervisora', 'líder', 'mánager', 'manager', 'responsable'], sweeping: ['ni un', 'ni una', 'ni uno', 'ningún', 'ninguna', 'nada', 'ni siquiera', 'ni una sola vez'], without: ['sin'], linked: ['a', 'al', 'de', 'del', 'con', 'para', 'por', 'en', 'sobre', 'entre', 'contra', 'hacia', 'era', 'es', 'fue', 'soy', 'como'] },
  { lang: 'pt', heads: ['chefe', 'chefes', 'gestor', 'gestora', 'gestores', 'gerente', 'gerentes', 'diretor', 'diretora', 'diretores', 'diretoria', 'gerência', 'chefia', 'liderança', 'supervisor', 'supervisora', 'líder'], sweeping: ['nem um', 'nem uma', 'nenhum', 'nenhuma', 'nada', 'nem sequer', 'nem mesmo', 'nem uma vez'], without: ['sem'], linked: ['à', 'ao', 'aos', 'às', 'de', 'do', 'da', 'dos', 'das', 'com', 'para', 'por', 'pelo', 'pela', 'em', 'no', 'na', 'era', 'é', 'foi', 'sou', 'como'] },
  { lang: 'fr', heads: ['chef', 'cheffe', 'chefs', 'manager', 'managers', 'patron', 'patronne', 'directeur', 'directrice', 'direction', 'hiérarchie', 'responsable', 'supérieur', 'supérieure', 'n+1'], sweeping: ['rien', 'aucun', 'aucune', 'pas un seul', 'pas une seule', 'pas même', 'pas une fois'], without: ['sans'], linked: ['à', 'au', 'aux', 'de', 'du', 'avec', 'pour', 'par', 'chez', 'sur', 'contre', 'était', 'est', 'suis', 'comme'] },
  { lang: 'de', heads: ['chef', 'chefin', 'vorgesetzte', 'vorgesetzter', 'teamleiter', 'teamleiterin', 'abteilungsleiter', 'abteilungsleiterin', 'geschäftsführer', 'geschäftsführerin', 'geschäftsführung', 'führung', 'führungsebene', 'leitung', 'management', 'manager', 'managerin', 'boss'], sweeping: ['nichts', 'kein einziges', 'keine einzige', 'keinen einzigen', 'kein einziger', 'keinem einzigen', 'nicht einmal', 'nicht ein einziges', 'kein einziges mal'], without: ['ohne'], linked: ['an', 'auf', 'bei', 'beim', 'mit', 'für', 'von', 'vom', 'zu', 'zum', 'zur', 'über', 'gegen', 'dem', 'ist', 'war', 'bin', 'als'] },
  { lang: 'it', heads: ['capo', 'capi', 'responsabile', 'direttore', 'direttrice', 'direzione', 'dirigenza', 'dirigente', 'dirigenti', 'manager'], sweeping: ['niente', 'nulla', 'nessun', 'nessuna', 'nessuno', 'neanche', 'nemmeno', 'neppure', 'neanche una volta'], without: ['senza'], linked: ['a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'", 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'", 'con', 'per', 'da', 'dal', 'dalla', 'su', 'era', 'è', 'fu', 'sono', 'come'] },
  { lang: 'ru', heads: ['начальник', 'начальница', 'руководитель', 'руководительница', 'руководство', 'директор', 'менеджер', 'тимлид', 'шеф', 'босс', 'начальство'], sweeping: ['ни одного', 'ни одной', 'ни одно', 'ни единого', 'ни единой', 'ничего', 'ни разу', 'ничем'], without: ['без'], linked: ['с', 'со', 'к', 'ко', 'у', 'о', 'об', 'для', 'от', 'про', 'на', 'в', 'за', 'при', 'перед', 'был', 'была', 'как'] },
  { lang: 'nl', heads: ['baas', 'manager', 'leidinggevende', 'teamleider', 'teamleidster', 'directeur', 'directie', 'leiding', 'management', 'chef'], sweeping: ['niets', 'geen enkele', 'geen enkel', 'niet één', 'geen één', 'nooit iets', 'geen enkele keer'], without: ['zonder'], linked: ['aan', 'met', 'van', 'voor', 'bij', 'naar', 'door', 'op', 'over', 'tegen', 'was', 'is', 'ben', 'als'] },
  { lang: 'pl', heads: ['szef', 'szefowa', 'kierownik', 'kierowniczka', 'przełożony', 'przełożona', 'menedżer', 'dyrektor', 'dyrektorka', 'zarząd', 'kierownictwo', 'prezes'], sweeping: ['nic', 'niczego', 'niczym', 'ani jednej', 'ani jednego', 'ani jednym', 'ani razu', 'żadnej', 'żadnego', 'żadnych', 'żadnym'], without: ['bez'], linked: ['z', 'ze', 'do', 'dla', 'od', 'u', 'o', 'przy', 'przez', 'na', 'w', 'we', 'był', 'była', 'jestem', 'byłem', 'byłam', 'jako'] },
  { lang: 'zh', heads: ['领导', '老板', '经理', '上司', '主管', '总监', '组长', '老大', '管理层'], sweeping: ['什么都不', '什么事都不', '什么都没', '什么事都没', '啥都不', '啥也不', '一次都没', '一个都没', '从来不', '从来没', '从不', '毫不'] },
  { lang: 'ja', heads: ['上司', '部長', '課長', '社長', 'マネージャー', 'リーダー', '経営陣', '上層部', '役員', '係長'], sweeping: ['何も', '一度も', '何一つ', '一切'] },
  { lang: 'ko', heads: ['팀장', '상사', '부장', '과장', '차장', '실장', '본부장', '사장', '대표', '임원', '경영진', '매니저', '리더'], sweeping: ['아무것도', '아무 것도', '한 번도', '하나도', '전혀'] },
];
/** Verbs of a hostile attitude of the speaker toward others ("I hated my boss"). */
/**
 * Words that call what others did an excuse or a lack of effort ("gave up with the excuse ...", "made excuses",
 * "couldn't be bothered", "didn't even try"): scorn for people's effort rather than a report of it.
 */
export const SCORN_NOUNS = wordClass('excuse excuses');
export const QUITTING_VERBS = wordClass('give gave given giving quit quits quitting');
/** Verbs of doing nothing: others who wait or sit idle ("while they waited", "the team sat on their hands") take no part. */
export const IDLE_VERBS = wordClass('wait waits waited waiting idle idled idling sleep slept');
export const HOSTILE_VERBS = wordClass('hate hated hates despise despised loathe loathed detest detested resent resented dread dreaded dreads dreading');
/**
 * Nouns of a part or an aspect of something ("the networking side of this industry", "the political part of the
 * job"): what the speaker hates when one heads the object is the aspect, a thing, not the people it involves.
 */
export const ASPECT_NOUNS = wordClass('side sides part parts aspect aspects element elements bit bits end facet facets dimension');

/** Verbs of wanting, needing or knowing: a clause with one says what the speaker had in mind, not what they did. */
export const STATE_VERBS = wordClass(
  'want wanted wants need needed needs aim aimed hope hoped wish wished like liked love loved feel felt think thought',
  'believe believed know knew realize realized realise realised understand understood remember remembered',
  'have has had seem seemed',
);

/**
 * Nouns of a contribution: owned by someone else ("their buy-in", "Dana's review", "the team's feedback"), they
 * say that person or group did something.
 */
export const CONTRIBUTION_NOUNS = wordClass(
  'help support input feedback review reviews advice buy-in approval sign-off signoff suggestion suggestions idea ideas',
  'guidance expertise work contribution contributions testing tests analysis design designs research insight insights',
  'alignment agreement consensus',
);
/**
 * The people a piece of work is for: when they only ask for it, report the problem or react to the result ("a client
 * escalated an issue", "the customer thanked us"), they did none of the work.
 */
export const RECIPIENT_NOUNS = wordClass('client clients customer customers user users stakeholder stakeholders end-user end-users buyer buyers audience patient patients guest guests shopper shoppers');
/** Verbs of asking for work or reacting to it (what a recipient does), not of doing it. */
export const REACTION_VERBS = wordClass(
  'ask asks asked request requests requested escalate escalates escalated report reports reported complain complains complained',
  'raise raises raised notice notices noticed appreciate appreciates appreciated thank thanks thanked praise praises praised',
  'love loves loved like likes liked enjoy enjoys enjoyed welcome welcomes welcomed reach reached faced face faces experience experienced',
  'use uses used adopt adopts adopted see sees saw get gets got receive received',
);
/** Words of absence: "with my manager away", "with the team on leave" is a state of others, not working with them. */
export const ABSENCE_WORDS = wordClass('away out off gone busy sick absent unavailable elsewhere leave holiday vacation pto ooo');

/** Limiters that make "me" the only actor ("it was all me", "just me"). */
export const SOLE_LIMITERS = wordClass('all just only solely entirely');
/** Verbs of a task landing on someone ("it fell to me", "was left to me", "came down to me"). */
export const BURDEN_VERBS = wordClass('fell falls fall left came come comes down');

/** Career moves, for a resume told in order. */
export const CAREER_VERBS = wordClass(
  'join joined joining move moved moving graduate graduated graduating start started starting work worked',
  'become became spend spent take took leave left switch switched transition transitioned promote promoted',
  'hire hired go went study studied earn earned land landed accept accepted found founded co-founded',
  'pivot pivoted relocate relocated return returned begin began begun intern interned enroll enrolled complete completed',
);
/** Words that order steps in time. */
export const ORDER_WORDS = wordClass(
  'then later afterwards afterward next subsequently eventually finally first firstly second third before after since',
  'following thereafter ago',
);

/** Intensifiers of excess ("too", "impossibly"): with a virtue, the shape of a weakness cliché. */
export const EXCESS = wordClass('too overly excessively impossibly unreasonably unrealistically extremely insanely obsessively way so');
/** Virtues that a cliché weakness overdoes. */
export const VIRTUES = wordClass(
  'hard much dedicated passionate committed honest detail-oriented detailed thorough careful high invested driven',
  'ambitious meticulous loyal responsible caring hardworking hard-working demanding focused diligent conscientious',
  'organized organised precise particular picky critical nice helpful generous eager enthusiastic',
  'selfless reliable punctual exacting rigorous deeply devoted',
  // attachment to the work ("too emotionally attached to what I build", "too involved")
  'attached involved serious self-critical',
);
/** Perfectionism named by its own words. */
export const PERFECTION_WORDS = wordClass('perfectionist perfectionism perfectionistic perfect perfection workaholic workaholism');
/** Standards and bars held too high. */
export const STANDARD_NOUNS = wordClass('standard standards bar bars expectations quality excellence perfection');
/** The fine grain of work: what the detail-oriented cliché is lost in ("lost in the details", "the nitty-gritty"). */
export const DETAIL_WORDS = wordClass('detail details detailed minutiae nitty-gritty weeds specifics edge');
/** Verbs of being absorbed in something: "I dive into", "I get lost in", "plunging into", "bogged down in". */
export const IMMERSION_VERBS = wordClass(
  'dive dives dived diving dove deep-dive deep-dives plunge plunges plunged plunging lost lose loses losing caught',
  'bogged absorbed immersed sucked buried obsess obsesses obsessed obsessing sweat sweating',
);
/** Effort spent, what an overdone virtue pours into the job ("too many hours", "too much time into my work"). */
export const EFFORT_NOUNS = wordClass('hours time effort energy evenings weekends nights');
/** Impatience and frustration (the "others are not as good as me" cliché). */
/** Rest from work: not taken by the speaker ("I don't take breaks", "I never take time off"), the working-too-hard cliché. */
export const REST_WORDS = wordClass('break breaks breather rest vacation vacations holiday holidays day days time pause pauses balance');
/** Wanting speed or results: impatience offered as drive ("I like to see results earlier", "I want to move faster"). */
export const DRIVE_WORDS = wordClass('results result faster quickly quick immediately immediacy speed progress advance sooner earlier momentum done');
/** Nouns that name the speaker's own shortcoming: what follows "my weakness is" is said about the speaker. */
export const SHORTCOMING_NOUNS = wordClass('weakness weaknesses flaw flaws shortcoming shortcomings failing failings downside downsides area areas fault faults');
export const IMPATIENCE_WORDS = wordClass('impatient impatience frustrated frustration annoyed intolerant irritated irritable exasperated testy snappy tetchy short-tempered hot-tempered');
/** Qualities of work a bar is made of: "the same rigour", "the same attention to detail". (fake-weakness) */
export const WORK_QUALITIES = wordClass('rigour rigor care thoroughness attention effort commitment dedication precision diligence discipline detail focus level energy intensity drive polish');
/** Work left unfinished or imperfect: what the perfectionist cannot leave be ("unfinished work bothers me"). (fake-weakness) */
export const UNFINISHED_WORDS = wordClass('unfinished incomplete undone half-done half-finished imperfect loose');
/** What something does to the speaker when it weighs on them: "bothers me", "drives me crazy", "eats at me". (fake-weakness) */
export const DISTRESS_VERBS = wordClass('bother bothers bothered annoy annoys irritate irritates frustrate frustrates bug bugs nag nags drive drives eat eats gnaw gnaws kill kills stress stresses haunt haunts');

/**
 * The weakness clichés in Chinese (simplified and traditional), Japanese and Korean, which have no spaces to split
 * words at: the rule looks for these forms inside a clause (fake-weakness). `excess` + `virtue` in one clause is a
 * virtue overdone ("对自己的要求过高", "細部にこだわりすぎる"); `perfection` names perfectionism; `impatience` with
 * `others` in the same answer is impatience with others' quality; `cost` in the sentence makes it a real weakness;
 * `negation` just before denies it.
 */
export const CJK_WEAKNESS_FORMS = {
  /** "weakness" as a title or a label inside an answer: 缺点, 弱点, 短处, 弱み, 短所, 약점, 단점. */
  weakness: ['缺点', '缺點', '弱点', '弱點', '短处', '短處', '不足之处', '不足之處', '弱み', '短所', '약점', '단점'],
  /** "strength" as a label: where a combined answer's weakness part ends. */
  strength: ['优点', '優點', '长处', '長處', '強み', '長所', '장점'],
  perfection: ['完美主义', '完美主義', '完璧主義', '追求完美', '追求极致', '追求極致', '完璧を求め', '完璧に仕上げ', '完璧にしないと', '完璧でないと', '気が済まない', '细节控', '細節控', '완벽주의', '완벽하게 하지 않으면'],
  excess: ['太', '过于', '過於', '过度', '過度', '过分', '過分', '过高', '過高', 'すぎ', '過ぎ', '너무', '지나치게'],
  virtue: ['细节', '細節', '細部', '真面目', 'まじめ', '성실', '细致', '細緻', '认真', '認真', '要求', '标准', '標準', '完美', '完璧', '执着', '執着', 'こだわ', '严格', '嚴格', '较真', '較真', '꼼꼼', '세심', '완벽', '몰입', '열중', '没頭', '投入', '专注', '專注', '専念'],
  impatience: ['急躁', '急性子', '性子急', '没耐心', '没有耐心', '缺乏耐心', '不耐烦', '不耐煩', 'せっかち', '短気', '조급'],
  others: ['同事', '别人', '別人', '他人', '新人', '下属', '下屬', '组员', '組員', '队友', '隊友', '校招生', '实习生', '實習生', '同僚', '部下', '동료', '팀원'],
  cost: ['导致', '導致', '延误', '延誤', '耽误', '耽誤', '错过', '錯過', '损失', '損失', '延期', '返工', '遅れ', '失敗', '失败', '놓쳤', '지연'],
  negation: ['不是', '并不', '並不', '并非', '並非', '没有', '沒有', '不会', '不會', '不太', 'ではない', 'じゃない', '아니'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Blame in the languages beyond English that the tagger does not read, read by the other-language reader
 * (nlp/other-language.ts): `causes` name a mere cause ("à cause de", "wegen", "из-за", "因为") and `faults` a fault
 * ("por culpa de", "都怪"), each marker in one of the two; `failures`
 * are a delay, a loss or a failure, the speaker's side's or the party's ("nos retrasamos", "perdimos", "n'a jamais
 * répondu", "nicht geliefert", "延期"), and a party's slowness or silence, which is its failing ("tardó dos meses en
 * enviarnos", "ci ha messo un mese", "перестали отвечать"), and its act done without a word to those it touched,
 * which withholds notice as silence does ("sin avisar", "sans prévenir", "ohne Vorwarnung", "没打招呼", "予告なく",
 * "말도 없이"): the party that acts so is the one failing, and a setback of the speaker's side after it, in the same
 * sentence or the next, is its cost; `owned` takes a share ("culpa mía", "ma faute", "meine Schuld", "我的责任").
 * The words for the party are the language's `parties` (OTHER_GRAMMARS).
 */
export interface OtherBlameForms {
  lang: string;
  causes: readonly string[];
  failures: readonly string[];
  owned: readonly string[];
  /**
   * The speaker's side kept from its work or made to give it up, which is a setback but never a party's failing ("no
   * pudimos cobrar", "n'avons pas pu", "konnten wir nicht", "не смогли", "没能"): told only as the cost of a party's
   * failing, in its sentence or the next, never read as the failing (a negator opens most, which the reader takes
   * for a party's act withheld).
   */
  setbacks?: readonly string[];
  /**
   * Notice withheld, by its grammar: a verb of telling (`verbs`, stems: "avis", "comunic", "prévenu", "informiert",
   * "предупред") with a word for nobody (`nobody`) as its object, in either order, at most four words apart, in one
   * clause ("no se lo comunicó a nadie", "n'a informé personne", "hat niemandem Bescheid gesagt", "никому не
   * сообщили"). A party's act told so is its failing, as silence is. `negated`: the word for nobody is also a word for
   * a person (French "personne"), so a negator must stand in the clause.
   */
  notice?: { verbs: readonly string[]; nobody: readonly string[]; negated?: boolean };
  /** A setback undone or a help told with the cause ("遅れを取り戻せた", "チームが手伝ってくれたので"): not a failure. */
  rescued?: readonly string[];
  /** An unreal condition ("もし", "ていれば", "만약", "었다면"): what did not happen caused nothing. */
  unreal?: readonly string[];
  /**
   * The cause markers that name a fault, not a mere cause ("por culpa de", "par la faute de", "по вине", "都怪",
   * "のせいで", "탓에"): they take a failure as given, so a party after (or, verb last, before) one is blamed with no
   * failure told in the sentence; a mere cause ("debido a", "wegen", "因为") needs one. Not a fault ascribed by
   * someone, "팀원 탓으로 돌리다" (to put it on the team), which tells what another does. A fault is a cause marker
   * too: the reader takes these with `causes` (faults first), so neither list repeats the other.
   */
  faults?: readonly string[];
  /**
   * In a language whose verb comes last, what follows a party (or ends its word) when it is the subject or the owner
   * of what the clause tells ("ベンダーが", "ベンダーの対応", "팀장님이"): not the one the speaker turned to ("ベンダーに連絡した").
   */
  marks?: readonly string[];
}

export const OTHER_BLAME_FORMS: readonly OtherBlameForms[] = [
  {
    lang: 'es',
    causes: ['a causa de', 'a causa del', 'debido a', 'debido al'],
    failures: ['retraso', 'retrasos', 'retrasó', 'retrasaron', 'nos retrasamos', 'perdimos', 'perdí', 'falló', 'fallaron', 'fracasó', 'fracasamos', 'no entregó', 'no entregaron', 'nunca entregó', 'nunca entregaron', 'no respondió', 'no respondieron', 'nunca respondió', 'nunca respondieron', 'ignoró', 'ignoraron', 'tarde', 'incumplió', 'incumplieron', 'atrasó', 'atraso', 'se cayó', 'se canceló', 'se retrasó', 'tardó', 'tardaron', 'demoró', 'demoraron', 'dejó de responder', 'dejaron de responder', 'sin avisar', 'sin avisarnos', 'sin previo aviso', 'sin decir nada', 'sin consultarnos', 'no avisó a nadie', 'no avisaron a nadie'],
    faults: ['por culpa de', 'por culpa del', 'culpa de', 'culpa del'],
    owned: ['culpa mía', 'mi culpa', 'mi error', 'mi responsabilidad', 'debí', 'debería haber', 'tendría que haber'],
    notice: { verbs: ['avis', 'comunic', 'inform', 'advirt', 'advert', 'notific', 'consult', 'dijo', 'dijeron', 'decir'], nobody: ['nadie'] },
    setbacks: ['no pudimos', 'no logramos', 'nos quedamos sin', 'tuvimos que cancelar', 'tuvimos que aplazar', 'se perdió', 'se perdieron'],
  },
  {
    lang: 'pt',
    causes: ['por causa de', 'por causa do', 'por causa da', 'devido ao', 'devido à'],
    failures: ['atraso', 'atrasos', 'atrasou', 'atrasaram', 'atrasamos', 'perdemos', 'perdi', 'falhou', 'falharam', 'fracassou', 'não entregou', 'não entregaram', 'nunca entregou', 'nunca entregaram', 'não respondeu', 'não responderam', 'nunca respondeu', 'nunca responderam', 'ignorou', 'ignoraram', 'atrasado', 'atrasada', 'caiu', 'demorou', 'demoraram', 'parou de responder', 'pararam de responder', 'deixou de responder', 'deixaram de responder', 'sem avisar', 'sem nos avisar', 'sem aviso prévio', 'sem dizer nada', 'sem nos consultar', 'não avisou ninguém', 'não avisaram ninguém'],
    faults: ['por culpa de', 'por culpa do', 'por culpa da', 'culpa do', 'culpa da'],
    owned: ['culpa minha', 'minha culpa', 'meu erro', 'minha responsabilidade', 'eu deveria ter', 'devia ter'],
    notice: { verbs: ['avis', 'comunic', 'inform', 'alert', 'notific', 'consult', 'disse', 'disseram', 'dizer'], nobody: ['ninguém'] },
    setbacks: ['não conseguimos', 'não pudemos', 'ficamos sem', 'tivemos que cancelar', 'tivemos que adiar'],
  },
  {
    lang: 'fr',
    causes: ['à cause de', 'à cause du', 'à cause des', "à cause d'"],
    failures: ['retard', 'retards', 'en retard', 'retardé', 'a échoué', 'ont échoué', 'avons perdu', 'ai perdu', 'raté', 'manqué', 'échec', "n'a pas livré", "n'ont pas livré", "n'a jamais livré", "n'ont jamais livré", "n'a jamais répondu", "n'ont jamais répondu", "n'a pas répondu", "n'ont pas répondu", 'a ignoré', 'ont ignoré', 'annulé', 'a traîné', 'ont traîné', 'a mis des semaines', 'ont mis des semaines', 'a mis des mois', 'ont mis des mois', 'a cessé de répondre', 'ont cessé de répondre', 'sans prévenir', 'sans nous prévenir', 'sans préavis', 'sans rien dire', 'sans nous consulter', "n'a prévenu personne", "n'ont prévenu personne"],
    faults: ['par la faute de', 'par la faute du', 'la faute de', 'la faute du', 'la faute à', 'la faute aux'],
    owned: ['ma faute', 'mon erreur', 'ma responsabilité', "j'aurais dû", 'aurais dû'],
    notice: { verbs: ['prévenu', 'prévenir', 'informé', 'informer', 'averti', 'avertir', 'consulté', 'consulter', 'notifié'], nobody: ['personne'], negated: true },
    setbacks: ["n'avons pas pu", "n'avons pas réussi", "on n'a pas pu", 'avons dû annuler', 'avons dû reporter', 'on a dû annuler', 'on a dû reporter', 'on a perdu'],
  },
  {
    lang: 'de',
    causes: ['wegen', 'aufgrund', 'lag an'],
    failures: ['verzögerung', 'verzögert', 'verspätet', 'verspätung', 'verpasst', 'verloren', 'gescheitert', 'nicht geliefert', 'nie geliefert', 'nicht geantwortet', 'nie geantwortet', 'zu spät', 'ignoriert', 'geplatzt', 'ausgefallen', 'ließ sich zeit', 'ließen sich zeit', 'brauchte wochen', 'brauchten wochen', 'brauchte monate', 'brauchten monate', 'ohne vorwarnung', 'ohne ankündigung', 'ohne bescheid zu sagen', 'ohne uns zu informieren', 'ohne ein wort', 'ohne rücksprache', 'niemanden informiert', 'niemandem bescheid gesagt'],
    faults: ['schuld war', 'schuld waren', 'schuld daran', 'die schuld lag bei'],
    owned: ['meine schuld', 'mein fehler', 'meine verantwortung', 'hätte ich', 'ich hätte'],
    notice: { verbs: ['informiert', 'informieren', 'bescheid', 'gewarnt', 'vorgewarnt', 'warnen', 'gesagt', 'sagen', 'mitgeteilt', 'mitzuteilen', 'gefragt', 'abgestimmt'], nobody: ['niemand', 'niemanden', 'niemandem'] },
    setbacks: ['konnten wir nicht', 'wir konnten nicht', 'mussten wir verschieben', 'mussten wir absagen', 'fiel ins wasser', 'standen still'],
  },
  {
    lang: 'it',
    // (with each form of the article the preposition takes: "del", "dell'", "degli", "delle")
    causes: ['a causa di', 'a causa del', 'a causa della', "a causa dell'", 'a causa dei', 'a causa degli', 'a causa delle'],
    failures: ['ritardo', 'ritardi', 'in ritardo', 'abbiamo perso', 'ho perso', 'fallito', 'non ha consegnato', 'non hanno consegnato', 'mai consegnato', 'non ha risposto', 'non hanno risposto', 'mai risposto', 'ha ignorato', 'hanno ignorato', 'saltato', 'ci ha messo', 'ci hanno messo', 'ha impiegato', 'hanno impiegato', 'ha smesso di rispondere', 'hanno smesso di rispondere', 'senza avvisare', 'senza avvisarci', 'senza preavviso', 'senza dire niente', 'senza dirci nulla', 'senza consultarci', 'non ha avvisato nessuno', 'non hanno avvisato nessuno'],
    faults: ['per colpa di', 'per colpa del', 'per colpa della', "per colpa dell'", 'per colpa dei', 'per colpa degli', 'per colpa delle', 'colpa di', 'colpa del', 'colpa della', "colpa dell'"],
    owned: ['colpa mia', 'mia colpa', 'mio errore', 'mia responsabilità', 'avrei dovuto'],
    notice: { verbs: ['avvis', 'avvert', 'inform', 'comunic', 'detto', 'consult'], nobody: ['nessuno'] },
    setbacks: ['non abbiamo potuto', 'non siamo riusciti', 'abbiamo dovuto rinviare', 'abbiamo dovuto annullare'],
  },
  {
    lang: 'ru',
    causes: ['из-за'],
    failures: ['задержка', 'задержку', 'задержали', 'сорвали', 'сорвался', 'сорвалось', 'провалился', 'провалили', 'опоздали', 'потеряли', 'не ответил', 'не ответили', 'не сдали', 'не сдал', 'не поставил', 'не поставили', 'проигнорировал', 'проигнорировали', 'тянул', 'тянули', 'затянул', 'затянули', 'перестал отвечать', 'перестали отвечать', 'без предупреждения', 'никого не предупредив', 'не предупредив нас', 'ничего не сказав', 'никого не предупредили'],
    faults: ['по вине', 'виноват', 'виновата', 'виноваты'],
    owned: ['моя вина', 'моя ошибка', 'я виноват', 'я виновата', 'я должен был', 'я должна была'],
    notice: { verbs: ['предупред', 'сообщ', 'сказал', 'информир', 'уведом', 'согласова'], nobody: ['никого', 'никому', 'ни с кем'] },
    setbacks: ['не смогли', 'пришлось отложить', 'пришлось перенести', 'пришлось отменить'],
  },
  {
    lang: 'nl',
    causes: ['vanwege', 'wegens', 'als gevolg van', 'door toedoen van'],
    failures: ['vertraging', 'vertraagd', 'vertraagde', 'te laat', 'gemist', 'misten', 'mislukt', 'mislukte', 'liep mis', 'faalde', 'gefaald', 'niet geleverd', 'nooit geleverd', 'leverde niet', 'leverden niet', 'niet gereageerd', 'reageerde niet', 'reageerden niet', 'nooit gereageerd', 'genegeerd', 'negeerde', 'negeerden', 'uitgesteld', 'geannuleerd', 'verloren', 'lag plat', 'viel uit', 'vielen uit', 'zonder waarschuwing', 'zonder aankondiging', 'zonder overleg', 'zonder iets te zeggen', 'zonder ons te informeren'],
    faults: ['de schuld van', 'schuld van', 'lag aan', 'te wijten aan', 'de fout van'],
    owned: ['mijn fout', 'mijn schuld', 'mijn verantwoordelijkheid', 'had ik moeten', 'ik had moeten'],
    notice: { verbs: ['geïnformeerd', 'informeerde', 'gewaarschuwd', 'waarschuwde', 'gemeld', 'meldde', 'verteld', 'vertelde', 'liet weten', 'lieten weten'], nobody: ['niemand'] },
    setbacks: ['konden we niet', 'we konden niet', 'moesten we uitstellen', 'moesten we afblazen', 'lagen stil', 'stond stil'],
  },
  {
    lang: 'pl',
    causes: ['przez', 'z powodu', 'ze względu na', 'w wyniku'],
    failures: ['opóźnienie', 'opóźnienia', 'opóźnił', 'opóźniła', 'opóźniło', 'opóźnili', 'opóźniły', 'spóźnił', 'spóźniła', 'spóźnili', 'nie dostarczył', 'nie dostarczyła', 'nie dostarczyli', 'nie odpowiedział', 'nie odpowiedziała', 'nie odpowiedzieli', 'nie odpowiadał', 'nie odpowiadali', 'zignorował', 'zignorowała', 'zignorowali', 'zawalił', 'zawaliła', 'zawalili', 'nie zdążyliśmy', 'straciliśmy', 'przegapiliśmy', 'nie udało się', 'przesunięty', 'przesunięte', 'odwołany', 'odwołane', 'bez uprzedzenia', 'bez ostrzeżenia', 'bez konsultacji', 'bez słowa'],
    faults: ['z winy', 'wina', 'winę ponosi', 'winę ponoszą'],
    owned: ['moja wina', 'mój błąd', 'moja odpowiedzialność', 'powinienem był', 'powinnam była'],
    notice: { verbs: ['poinformował', 'poinformowała', 'poinformowali', 'uprzedził', 'uprzedziła', 'uprzedzili', 'ostrzegł', 'ostrzegła', 'ostrzegli', 'powiedział', 'powiedzieli'], nobody: ['nikogo', 'nikomu'] },
    setbacks: ['nie mogliśmy', 'musieliśmy przełożyć', 'musieliśmy odwołać', 'nie zdążyliśmy'],
  },
  {
    // (the verb comes last: the party stands before the marker, "ベンダーの対応が遅かったせいで", "営業部が仕様を変えてきたので")
    lang: 'ja',
    causes: ['のが原因で', 'が原因で', 'ので'],
    failures: ['遅れ', '遅延', '延期', '間に合わな', '間に合いませ', '失敗', '逃し', '頓挫', '中止に', '破綻', '連絡してこなかった', '連絡がなかった', '返事がなかった', '返信がなかった', '回答がなかった', '予告なく', '連絡なしに', '断りなく', '無断で'],
    faults: ['せいで', 'せいだ', 'せいです'],
    owned: ['私のせい', '自分のせい', '私の責任', '自分の責任', '私のミス', '自分のミス', '私の判断', '自分の判断', 'べきでした', 'べきだった', '反省'],
    rescued: ['取り戻', '防', '回避', '解消', '避け', '間に合った', '間に合いました', 'てくれ', 'でくれ', 'ていただ', 'おかげ'],
    marks: ['が', 'は', 'の', 'も', '側'],
    unreal: ['もし', 'ていれば', 'ていたら', 'だったら', 'でなければ'],
  },
  {
    lang: 'ko',
    // ("통에": because of the trouble another made, "시안을 바꾸는 통에")
    causes: ['때문에', '탓으로', '바람에', '통에'],
    // (a schedule pushed back or gone awry: "출시가 한 달 밀렸고", "일정이 틀어졌습니다"; not "밀리초")
    failures: ['늦어졌', '늦어지', '지연', '연기되', '연기됐', '실패', '놓쳤', '못 맞췄', '맞추지 못', '무산', '차질', '취소되', '취소됐', '답이 없', '연락이 없', '응답하지 않', '답하지 않', '밀렸', '밀려', '틀어졌', '틀어져', '예고 없이', '말도 없이', '통보 없이', '상의 없이'],
    faults: ['탓에', '탓이'],
    owned: ['제 탓', '제 잘못', '제 책임', '제 실수', '저의 실수', '저의 책임', '내 탓', '내 잘못', '내 책임', '내 실수', '했어야'],
    rescued: ['만회', '막을', '막았', '피할', '피했', '해결', '덕분', '주셔서', '준 덕'],
    marks: ['이', '가', '은', '는', '의', '께서', '님', '측'],
    unreal: ['만약', '더라면', '었다면', '았다면'],
  },
  {
    lang: 'zh',
    causes: ['因为', '由于'],
    // ("黄了": fell through, "上线就这么黄了")
    failures: ['延期', '延误', '推迟', '失败', '搞砸', '丢了', '没交付', '没有交付', '拖延', '拖了', '没有回复', '一直不回复', '不回复', '错过', '迟迟不', '不再回复', '黄了', '没打招呼', '不打招呼', '没有通知', '没通知', '一声不吭', '一句话都没说'],
    faults: ['都怪'],
    owned: ['我的责任', '我的锅', '我的错', '我应该', '怪我'],
    setbacks: ['没能', '来不及', '只能推迟', '不得不推迟'],
  },
];

/**
 * The weakness clichés in the languages beyond English that the tagger does not read (Spanish, French, German,
 * Portuguese, Italian, Russian), as forms inside a sentence (fake-weakness): `weakness` names the question or its
 * label; `perfection` is the stem of "perfectionist" and "perfectionism" in each; a virtue overdone is an `excess` word
 * beside a `virtue` ("demasiado exigente", "trop exigeant", "zu genau", "detalhista demais") or after a verb of working
 * or giving oneself ("trabajo demasiado", "je travaille trop", "ich arbeite zu viel"); not being able to say no is a
 * `sayNo` form with an `unable` word in the sentence. A `cost` in the sentence makes it a real weakness. Sentences,
 * clauses, negation ("je ne suis pas ...") and quoted or reported words are read by the one other-language reader
 * (nlp/other-language.ts, the negators of OTHER_GRAMMARS), not here.
 */
export const OTHER_WEAKNESS_FORMS = {
  weakness: [
    'debilidad', 'debilidades', 'defecto', 'defectos', 'punto débil', 'puntos débiles', 'faiblesse', 'faiblesses', 'défaut',
    'défauts', 'point faible', 'points faibles', 'schwäche', 'schwächen', 'ponto fraco', 'pontos fracos', 'fraqueza',
    'fraquezas', 'defeito', 'defeitos', 'debolezza', 'debolezze', 'difetto', 'difetti', 'punto debole', 'punti deboli',
    'слабые стороны', 'слабая сторона', 'слабость', 'недостаток', 'недостатки',
  ],
  perfection: ['perfeccionis', 'perfecionis', 'perfectionnis', 'perfektionis', 'perfezionis', 'перфекционис'],
  excess: ['demasiado', 'demasiada', 'demasiados', 'demasiadas', 'demais', 'trop', 'zu', 'allzu', 'troppo', 'troppa', 'слишком', 'excesivamente', 'excessivement', 'excessivamente', 'übermäßig'],
  // the degree words of excess alone, of any word ("too", not "too many"; not German "zu", which is also "to"): in the
  // sentence that names the weakness, whatever they grade is a virtue overdone ("sono troppo scrupolosa", "dass ich mich zu
  // sehr um jedes Detail kümmere", "me preocupo más de la cuenta")
  degree: ['demasiado', 'demasiada', 'más de la cuenta', 'en exceso', 'demais', 'em excesso', 'trop', "à l'excès", 'zu sehr', 'zu viel', 'allzu', 'übermäßig', 'troppo', 'troppa', 'слишком', 'excesivamente', 'excessivement', 'excessivamente'],
  virtue: [
    'exigente', 'exigentes', 'exigeant', 'exigeante', 'anspruchsvoll', 'detallista', 'detalhista', 'minucioso', 'minuciosa',
    'minutieux', 'minutieuse', 'meticuloso', 'meticulosa', 'méticuleux', 'méticuleuse', 'pignolo', 'pignola', 'responsable',
    'responsabile', 'responsável', 'comprometido', 'comprometida', 'dedicado', 'dedicada', 'trabajador', 'trabajadora',
    'travailleur', 'travailleuse', 'fleißig', 'gewissenhaft', 'genau', 'pingelig', 'ehrgeizig', 'perfekt', 'perfecto',
    'perfecta', 'perfeito', 'perfeita', 'parfait', 'parfaite', 'perfetto', 'perfetta', 'serio', 'seria', 'sério', 'séria',
    'sérieux', 'sérieuse', 'perfeccionista', 'perfecionista', 'perfectionniste', 'perfektionistisch', 'perfezionista',
    'требователен', 'требовательна', 'требовательный', 'требовательная', 'ответственный', 'ответственная', 'дотошный', 'дотошная',
  ],
  work: ['trabajo', 'trabalho', 'travaille', 'arbeite', 'lavoro', 'работаю', 'me involucro', 'me implico', 'me envolvo', "m'investis", 'mi impegno', 'engagiere mich'],
  sayNo: ['decir que no', 'decir no', 'dire non', 'nein sagen', 'nein zu sagen', 'dizer não', 'dizer que não', 'dire di no', 'dire no', 'говорить нет', 'сказать нет', 'отказывать'],
  unable: [
    'no sé', 'no puedo', 'me cuesta', 'difícil', 'dificultad', 'ne sais pas', "n'arrive pas", 'du mal', 'difficile', 'ne peux pas',
    'nicht', 'schwer', 'schlecht', 'kaum', 'mühe', 'não sei', 'não consigo', 'dificuldade', 'non so', 'non riesco', 'fatica',
    'не умею', 'не могу', 'сложно', 'трудно',
  ],
  cost: ['retras', 'perdí', 'perdimos', 'costó', 'atras', 'retard', 'manqué', 'verpass', 'verzöger', 'verloren', 'perdi', 'perdemos', 'custou', 'ritard', 'perso', 'задерж', 'сорвал', 'потерял', 'plazo', 'délai', 'frist', 'prazo', 'scadenz'],
} as const satisfies Record<string, readonly string[]>;

/**
 * A career told in Spanish, French, German, Portuguese or Italian, read by forms inside a clause (resume-recital), the
 * English tagger not reading them: `step` is a career step said by the speaker (studying, graduating, joining,
 * working somewhere, moving on, founding, being promoted); `order` puts a step in order ("después", "ensuite",
 * "danach", "depois", "poi"). A year, or a span of years ("tres años", "deux ans"), dates one too.
 */
export const OTHER_CAREER_FORMS = {
  step: [
    // es
    'estudié', 'me gradué', 'me licencié', 'terminé', 'entré', 'me uní', 'trabajé', 'pasé a', 'me fui a', 'me mudé', 'empecé', 'fundé', 'me incorporé', 'ingresé', 'hice un máster', 'hice prácticas', 'me ascendieron', 'trabajo en', 'trabajo como',
    // fr
    "j'ai étudié", "j'ai fait", "j'ai obtenu", 'diplômé', 'diplômée', "j'ai rejoint", "j'ai intégré", 'je suis parti', 'je suis partie', 'je suis entré', 'je suis entrée', "j'ai travaillé", "j'ai commencé", "j'ai fondé", 'je suis passé', 'je suis passée', 'promu', 'promue', 'je travaille chez', 'je travaille comme',
    // de
    'studiert', 'studierte', 'gearbeitet', 'arbeitete', 'gewechselt', 'wechselte', 'begonnen', 'begann', 'gegründet', 'gründete', 'abgeschlossen', 'eingestiegen', 'befördert', 'arbeite ich', 'arbeite bei',
    // pt
    'estudei', 'me formei', 'formei-me', 'entrei', 'trabalhei', 'fui para', 'mudei', 'comecei', 'fundei', 'fiz um mestrado', 'fiz estágio', 'fui promovido', 'fui promovida', 'trabalho na', 'trabalho no', 'trabalho como',
    // it
    'ho studiato', 'mi sono laureato', 'mi sono laureata', 'ho lavorato', 'sono entrato', 'sono entrata', 'sono passato', 'sono passata', 'ho iniziato', 'ho fondato', 'lavoro in', 'lavoro come', 'lavoro presso',
  ],
  order: [
    'después', 'luego', 'más tarde', 'desde', 'tras', 'antes', 'actualmente', 'hoy', 'ahora', 'primero',
    'ensuite', 'puis', 'après', 'depuis', 'avant', "aujourd'hui", 'actuellement', "d'abord",
    'danach', 'dann', 'anschließend', 'seit', 'später', 'zuvor', 'heute', 'aktuell', 'zuerst',
    'depois', 'em seguida', 'atualmente', 'hoje', 'primeiro', 'poi', 'dopo', 'da allora', 'oggi', 'attualmente', 'prima',
  ],
  years: ['años', 'ans', 'jahre', 'jahren', 'jahr', 'anos', 'anni', 'año', 'an', 'ano', 'anno'],
  // a time told relative to now, before or after its amount ("vor zwei Jahren", "hace tres años", "il y a deux ans",
  // "há dois anos", "due anni fa"), and the order words that open a stage of a life ("zunächst", "damals", "zuletzt",
  // "al mismo tiempo", "à l'époque", "por fim")
  ago: ['vor', 'hace', 'il y a', 'há', 'fa'],
  stage: [
    'zunächst', 'damals', 'zuletzt', 'gleichzeitig', 'schließlich', 'inzwischen', 'mittlerweile',
    'al mismo tiempo', 'entonces', 'por último', 'finalmente', 'al terminar',
    'à l\'époque', 'en même temps', 'enfin', 'finalement',
    'na época', 'ao mesmo tempo', 'por fim', 'finalmente',
    'allora', 'contemporaneamente', 'infine', 'alla fine',
  ],
  // where a career is spent: an employer, a school, a post ("eine Stelle beim Startup", "una empresa de pagos", "une
  // école d'ingénieurs"). A clause of the speaker's that is dated and names one is a step, whatever its verb.
  place: [
    'empresa', 'compañía', 'startup', 'consultora', 'universidad', 'banco', 'agencia', 'puesto',
    'entreprise', 'société', 'université', 'école', 'banque', 'agence', 'cabinet', 'poste',
    'firma', 'unternehmen', 'labor', 'universität', 'hochschule', 'agentur', 'stelle', 'konzern',
    'universidade', 'agência', 'cargo',
    'azienda', 'società', 'università', 'agenzia', 'posizione',
  ],
  // a role taken somewhere, told as "as X at Y": the word that introduces the role ("als Entwickler", "como
  // desarrolladora", "comme chef de projet", "come analista") and the words that put it at a place ("bei einem
  // Zulieferer", "en una aseguradora", "chez Thales", "presso una banca", "numa fintech"); both in one dated clause of
  // the speaker's are a stint, as "a backend developer at a bank" is in English
  // (not the words English shares, "come", "in", "a": the English telling is read by the tagger)
  roleAs: ['als', 'como', 'comme', 'en tant que'],
  roleAt: ['bei', 'beim', 'en', 'chez', 'presso', 'em', 'na', 'no', 'numa', 'num'],
  // a place word closing a German compound ("Logistikunternehmen", "Softwarefirma", "Werbeagentur", "Autokonzern")
  compoundPlace: ['unternehmen', 'firma', 'agentur', 'konzern', 'startup', 'labor'],
} as const satisfies Record<string, readonly string[]>;

/**
 * A career told in Chinese, Japanese or Korean, read by forms inside a clause (resume-recital): `title` names a
 * self-introduction; `step` is a career step (graduating, joining, working somewhere, an internship, a job held);
 * `order` puts a step in order ("之后", "现在", "その後", "이후"). A number before 年/년 also dates one ("16年",
 * "两年", "18년도").
 */
export const CJK_CAREER_FORMS = {
  title: ['自我介绍', '自我介紹', '自己紹介', '자기소개', '자기 소개'],
  step: [
    '毕业', '畢業', '入职', '入職', '加入', '就职', '就職', '任职', '任職', '从事', '從事', '跳槽', '晋升', '晉升', '升职', '升職',
    '实习', '實習', '就读', '就讀', '考入', '转到', '轉到', '调到', '調到', '转岗', '轉崗', '份工作', '开始在', '開始在', '转行', '轉行', '入社', '卒業', '転職', '勤務', '就職',
    '입사', '졸업', '근무', '재직', '이직', '인턴', '배웠', '으로 활동', '로 활동',
    // working, serving as, studying, coming to Japan; a company as the place of the work ("…として働きました",
    // "リーダーも務めました", "コンピュータサイエンスを学び", "스페이스컬쳐라는 기업에서 … 개발")
    '働いて', '働き', '務め', '学び', '専攻', '来日', '在籍', '기업에서', '회사에서',
  ],
  order: [
    '然后', '然後', '之后', '之後', '后来', '後來', '随后', '隨後', '接着', '接著', '此前', '之前', '目前', '现在', '現在', '最近',
    '开始', '開始', 'その後', '以前', '今は', '이후', '현재', '그 후', '이전', '지금', '올해', '작년',
    // a year named relative to now, and a stage of study ("去年九月", "今年暑假", "大一", "研二", "在校期间", "学生時代")
    '去年', '今年', '前年', '昨年', '暑假', '寒假', '大一', '大二', '大三', '大四', '研一', '研二', '研三', '在校期间',
    '在校期間', '在学中', '学生時代', '재학', '학년', '卒業後', '그전에', '최근에',
  ],
  // where a career is spent, and a post held in it ("在一家电商公司", "担任测试负责人", "株式会社…で", "스타트업에서"):
  // a clause that is dated and names one is a step of the speaker's, whatever its verb ("之后在一家电商公司做了三年测试工程师")
  place: [
    '公司', '企业', '企業', '集团', '集團', '银行', '銀行', '工作室', '创业团队', '創業團隊', '会社', '株式会社', '事務所', '회사', '기업', '스타트업',
  ],
  // (a school is not one: "目前是…大学的大四学生" is where the speaker is now, not a step taken)
  post: ['工程师', '工程師', '负责人', '負責人', '经理', '經理', '总监', '總監', '架构师', '架構師', '设计师', '設計師', '分析师', '分析師'],
} as const satisfies Record<string, readonly string[]>;

/**
 * How Chinese, Japanese and Korean place a clause in time beyond order words (nlp/other-language.ts reads them):
 * the present opening a clause ("今 Neusoft で働いています", "现在在…", "지금은 …": the stage the speaker is at now)
 * and the particles after an event that count time from it ("卒業から", "毕业后", "入社以来", "졸업 후", "졸업한 뒤").
 */
export const CJK_TIME_FORMS = {
  now: ['今', '现在', '現在', '目前', '如今', '现今', '現今', '지금', '현재', '요즘'],
  // (the verb ending an event may stand between: "卒業してから", "졸업한 후", "졸업하고 나서")
  verbLink: ['して', 'し', '한', '하고', '하고 나서', '하고 난'],
  from: ['から', '以来', '以後', '以降', '之后', '之後', '以后', '后', '後', '후', '뒤', '이후', '나서'],
  // a span of a life named as the time of what follows ("本科阶段，…", "在校期间，…", "大学の時，…", "학부 시절, …",
  // "自本科起，…"): a word closing a stage, read only at the end of a clause of its own
  stage: ['阶段', '階段', '期间', '期間', '时期', '時期', '时候', '時候', '时', '時', '時代', 'の頃', '起', '以来', '시절', '때', '기간'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Fillers of speech in Spanish, Portuguese, French, German, Italian, Russian, Korean, Japanese and Chinese, read in
 * prose written in that language (other-language.ts `languageOf`, or `scriptLanguage` by its script) by filler-phrase. `anywhere`: markers with no use as a word of content, filler
 * wherever they stand ("o sea", "du coup", "sozusagen"; German ones in lower case only inside a sentence, where a
 * capital makes a noun: "Halt"). `setOff`: markers that are also words of content ("tipo de error", "ce genre de
 * panne", "bueno" as "good"), filler only when set off: opening a sentence or a clause with a comma after them
 * ("Bueno, ...", "Allora, ..."), between commas (", tipo, "), or closing a sentence after a comma as a tag (", né?",
 * ", quoi."). Connectives that mean "so" or "then" ("also", "allora", "então", "aí", "pues", "enfin", "enfim") are not here: set off
 * at a sentence's start they still join it to the last ("Also, was treibt dich an?").
 */
export interface OtherFillers {
  lang: string;
  anywhere: readonly string[];
  setOff: readonly string[];
}

export const OTHER_FILLERS: readonly OtherFillers[] = [
  { lang: 'es', anywhere: ['o sea', 'en plan', 'pues nada', 'la verdad es que', 'o algo así', 'y tal'], setOff: ['bueno', 'tipo', 'digamos', 'vamos', 'más o menos', 'la verdad', 'sinceramente', 'básicamente', 'sabes'] },
  { lang: 'pt', anywhere: ['tipo assim', 'meio que', 'sei lá'], setOff: ['tipo', 'né', 'sabe', 'bom', 'basicamente', 'na verdade', 'sinceramente', 'olha'] },
  { lang: 'fr', anywhere: ['du coup', 'en gros', 'tu vois', 'vous voyez'], setOff: ['genre', 'voilà', 'bref', 'quoi', 'disons', 'bon', 'en fait', 'franchement', 'bah', 'ben', 'honnêtement'] },
  { lang: 'de', anywhere: ['halt', 'sozusagen', 'irgendwie', 'oder so'], setOff: ['ehrlich gesagt', 'naja', 'na ja', 'quasi', 'eigentlich', 'ne', 'gell', 'weißt du', 'sag ich mal', 'im Grunde'] },
  { lang: 'it', anywhere: ['cioè'], setOff: ['tipo', 'praticamente', 'insomma', 'ecco', 'boh', 'in pratica', 'sinceramente', 'diciamo', 'sai'] },
  // (Russian, Korean, Japanese and Chinese are told by their script, other-language.ts scriptLanguage; hesitation
  // sounds are filler anywhere, the markers that are also words of content only set off: "Ну, я работал…" but "ну и
  // что", "그냥, …" but "그냥 두었다", "まあ、" but "まあまあ", "那个，" but "那个模块")
  { lang: 'ru', anywhere: ['так сказать', 'короче говоря', 'эээ', 'ээ'], setOff: ['ну', 'короче', 'типа', 'как бы', 'в общем', 'в общем-то', 'вот', 'значит', 'честно говоря', 'скажем так', 'блин'] },
  { lang: 'ko', anywhere: ['뭐랄까', '음…', '어…'], setOff: ['음', '어', '그니까', '그러니까', '솔직히 말하면', '솔직히', '그냥', '약간', '막', '아무튼', '뭐', '진짜'] },
  { lang: 'ja', anywhere: ['えーと', 'えっと', 'えーっと', 'あのー', 'えー', 'うーん'], setOff: ['正直に言うと', '正直言うと', 'ぶっちゃけ', 'なんか', 'まあ', 'あの', 'その', 'ちょっと'] },
  { lang: 'zh', anywhere: ['嗯', '呃', '怎么说呢'], setOff: ['就是说', '然后呢', '说实话', '老实说', '其实吧', '反正', '那个', '这个', '就是', '额'] },
];

/** Hedging and filler adverbs: words a spoken answer loses nothing without. */
export const FILLER_ADVERBS = wordClass('basically honestly literally frankly kinda sorta admittedly');
/** Hesitation sounds written out ("such as, ehm, Terraform"): a transcript of a pause, never a word of the answer. */
export const HESITATIONS = wordClass('um umm ummm uh uhh uhm uhmm erm ehm ehmm hmm hmmm er');
/**
 * Filler markers that are filler only as a parenthesis (opening a clause or set off by punctuation): inside a
 * clause they are its words ("it is in their interest to be honest with them", "smarter at the end of the day
 * than when I start").
 */
export const PARENTHETICAL_MARKERS = new Set([
  'to be honest', 'to be fair', 'to be frank', 'at the end of the day', 'in a sense', 'truth be told', 'to tell the truth',
  'in all honesty', "if i 'm honest", 'if i am honest', 'needless to say', "for what it 's worth", 'for what it is worth',
  'so to speak', 'as it were', 'if you will',
]);
/**
 * Verbs of manner that "like" compares with ("act like owners", "it worked like clockwork", "the nightly run has gone
 * like clockwork"), not a hedge after them.
 */
export const MANNER_COMPARED = wordClass(
  'act acts acted acting behave behaves behaved behaving work works worked working run runs ran running treat treats treated',
  'treating think thinks thinking talk talks talked talking move moves moved moving spread spreads grew grow grows',
  'be is are was were been being am become became remain remained sound sounds sounded taste tasted smell smelled',
  'go goes went gone going come comes came coming sell sells sold selling fly flies flew flown flying fit fits fitted',
);
/**
 * Filler discourse markers of several words, as word sequences (the rule checks how each is used: "kind of"
 * after a determiner is a noun phrase, "I mean" only when set off, "you know" only when set off).
 */
export const FILLER_MARKERS: readonly (readonly string[])[] = [
  ['kind', 'of'],
  ['sort', 'of'],
  ['to', 'be', 'honest'],
  ['to', 'be', 'fair'],
  ['to', 'be', 'frank'],
  ['i', 'guess'],
  ['i', 'suppose'],
  ['i', 'mean'],
  ['you', 'know'],
  ['like'],
  ['pretty', 'much'],
  ['more', 'or', 'less'],
  ['needless', 'to', 'say'],
  ['at', 'the', 'end', 'of', 'the', 'day'],
  ['if', 'you', 'will'],
  ['so', 'to', 'speak'],
  ['as', 'it', 'were'],
  ['in', 'a', 'sense'],
  ['for', 'what', 'it', "'s", 'worth'],
  ['for', 'what', 'it', 'is', 'worth'],
  ['truth', 'be', 'told'],
  ['to', 'tell', 'the', 'truth'],
  ['in', 'all', 'honesty'],
  ['if', 'i', "'m", 'honest'],
  ['if', 'i', 'am', 'honest'],
  ['you', 'see'],
  ['so', 'yeah'],
];

/**
 * The present forms of "be" (and its contractions): a form in "-ed" after one of them is a state or a passive ("is
 * expected", "are judged"), not an event told in the past.
 */
export const PRESENT_BE = wordClass("be is are am 's 're 'm been being");

/**
 * Irregular past-tense forms (the tagger does not lemmatise them reliably and sometimes reads them as nouns):
 * with "-ed", they tell a narrated past ("I rewrote", "we built") from a habit in the present ("I write").
 * Forms the same in both tenses (put, set, cut, read, let, hit, run) are left out: they say nothing.
 */
export const IRREGULAR_PAST = wordClass(
  'was were had did made took gave got went came ran wrote rewrote built rebuilt found led kept left lost met paid',
  'sent spent taught thought told understood brought bought caught chose drew drove fell felt fought flew forgot',
  'grew held knew meant rose said sat saw shook sold spoke stood stole struck swore threw woke won wore broke began',
  'sought overcame undertook withdrew oversaw froze hid slept sped spun stuck sang swam tore upheld wound dug fed',
  'fled hung laid lent bent bred clung crept dealt drank ate forgave forbade arose awoke became beheld bore',
  'outgrew overtook overran overheard overrode rode shone shot shrank slid slung sprang stank stung stunk strove',
  'swept swung underwent undid withheld wrung mistook misled rethought redid remade resold retook reran',
);
/** A lower-case word in a past form: regular ("-ed") or one of IRREGULAR_PAST ("built", "led"). */
export function pastForm(lower: string): boolean {
  return /ed$/.test(lower) || IRREGULAR_PAST.has(lower);
}
/** Frequency adverbs: a clause with one tells a habit ("I always set up a call"), not one event. */
export const FREQUENCY_ADVERBS = wordClass('always usually typically generally normally often frequently regularly routinely habitually tend tends');
/** States a thing is brought to by someone's work: "she had it ready", "they had the fix done". */
export const RESULT_STATES = wordClass('ready done finished fixed working running live complete completed sorted drafted written built merged shipped');

// ---- classes solo-heroics reads (who acts, and whether what the speaker did is work) --------------------------

/** Verbs that get someone else to act: "had two engineers test it", "asked Dana to review it". */
export const CAUSATIVE_VERBS = wordClass('had have has got get let lets asked ask made helped invited encouraged persuaded convinced assigned delegated brought call calls called', 'instructed directed urged requested');
/**
 * Verbs of leading people through work ("rallied the team", "delegated the updates to the SMEs", "managed 20-person
 * teams", "split the work among three engineers"): the people led do the work, so they are credit.
 */
/**
 * Verbs of bringing people into the work ("hired a freelance translator", "recruited six volunteers", "brought in
 * two contractors", "found contract freelancers for design support"): the people brought in do part of it.
 */
export const RECRUITING_VERBS = wordClass(
  'hire hires hired hiring recruit recruits recruited recruiting enlist enlists enlisted enlisting onboard onboarded',
  'engage engaged contract contracted find found bring brought rope roped',
);
/**
 * Verbs of putting a problem right ("solved the issue", "problem solved", "the bug was fixed", "got it sorted"): a
 * problem told with one is gone, not a failure.
 */
export const RESOLVING_VERBS = wordClass('solve solves solved solving resolve resolves resolved resolving fix fixes fixed fixing sort sorted clear cleared');
/**
 * Verbs of arriving ("when I joined", "I had just returned from leave", "I came back", with "back" also "got back"):
 * coming into the situation, not a piece of the work.
 */
export const ARRIVAL_VERBS = wordClass('join joins joined return returns returned arrive arrives arrived come comes came');
/** Of those, the ones whose object is people by the verb's meaning ("hired a translator", "recruited marshals"). */
export const HIRING_VERBS = wordClass('hire hires hired hiring recruit recruits recruited recruiting enlist enlists enlisted enlisting');
export const LEADING_VERBS = wordClass(
  'lead leads led leading rally rallied rallying manage manages managed managing delegate delegates delegated delegating',
  'coordinate coordinated coordinating mobilize mobilized mobilise mobilised assemble assembled supervise supervised',
  'oversee oversaw overseeing direct directed distribute distributed redistribute redistributed split divide divided',
);
/**
 * Verbs of meeting a problem ("we faced a backlog", "the team noticed a spike", "we ran into a leak"): what a group
 * met is the situation, not a share of the work ("ran" and "came" count with "into" / "across" after them).
 */
export const ENCOUNTER_VERBS = wordClass(
  'face faces faced facing encounter encounters encountered notice notices noticed observe observes observed',
  'experience experiences experienced see sees saw run ran come came',
);
/** Verbs of finding something out: the clause after them ("that we were ...") is what was found. */
export const FINDING_VERBS = wordClass(
  'found noticed realized realised discovered saw learned learnt confirmed suspected figured spotted understood knew',
  'showed proved revealed determined traced guessed assumed suspect find notice realize realise discover see learn confirm',
);
/** Verbs the same in the present and the past: "set", "put", "read" (their tense says nothing). */
export const SAME_PAST_VERBS = wordClass('put set cut read let hit run shut split spread cast cost quit upset bet burst thrust broadcast forecast');
/** Modal verbs: a clause with one is a plan, a wish or an ability, not something done. */
export const MODAL_VERBS = wordClass("would could should will shall can might may must 'll ’ll wo ca");
/** Verbs of knowing, learning and wanting: what the speaker knew or learned is not work done. */
export const MENTAL_VERBS = wordClass(
  'know knew known learn learned learnt realize realized realise realised understand understood think thought feel felt',
  'believe believed assume assumed guess guessed wonder wondered hope hoped wish wished want wanted need needed',
  'regret regretted forgot forgotten remember remembered notice noticed',
);
/** Subordinators of a condition: a clause they open says what might happen, not what anyone did. */
export const CONDITIONALS = wordClass('if unless whether lest');
/** What a mistake is called: "I made a mistake" tells a failure, not work done alone. */
export const MISTAKE_NOUNS = wordClass('mistake mistakes error errors blunder misjudgment misjudgement assumption call promise promises');

/** Verbs of wishing: a role wished for is not a role held ("wanting to be an artist", "hoping to become a lead"). */
export const WISH_VERBS = wordClass('want wanted wanting wish wished wishing hope hoped hoping dream dreamed dreamt dreaming aspire aspired aspiring');
/** Verbs of a feeling about something: "I've enjoyed my time at my current company" tells no step of a career. */
export const FEELING_VERBS = wordClass('enjoy enjoyed enjoying love loved loving like liked hate hated miss missed appreciate appreciated value valued');
/** Verbs of going somewhere or into something: "I go too deep", "I get too deep", "I dig too far into it". */
export const GOING_VERBS = wordClass('go goes going went get gets getting got dig digs digging dug');
/** Verbs of spending time: "I spent four days on a flaky test", "we lost a sprint to it". */
export const SPENDING_VERBS = wordClass('spend spent spending spends waste wasted lose lost sink sank sunk');
/** Units of time that work is counted in ("four days", "a whole sprint"). */
export const TIME_UNITS = wordClass('minute minutes hour hours day days week weeks month months sprint sprints afternoon afternoons evening evenings');
/** What one asks people for when they take a part in the work ("asked two seniors for advice"). */
export const HELP_NOUNS = wordClass('help advice support guidance input feedback pointers ideas suggestions review reviews assistance');

/**
 * Nouns that a number after them labels or counts off ("step 3", "rule number two", "by week three", "Answer 2:"):
 * the number names an item or a period of the answer, it measures nothing. (quantity.ts reads digits and spelled
 * numbers after them alike.)
 */
export const NUMBERED_ITEM_NOUNS = wordClass(
  'number no step phase stage round option rule part chapter section question questions answer example exercise story lesson principle tip item',
  'level tier version release build iteration milestone season episode day week sprint month quarter year',
);
/** Verbs of making something, whose counted object is what the speaker made ("built 20+ microservices", "published three papers"). */
export const MADE_VERBS = wordClass('built developed created deployed released published authored designed launched shipped delivered');

/** Nouns of a place where work waits for someone: "their queue", "legal's inbox", "procurement's hands". */
export const WAITING_PLACES = wordClass('queue queues inbox backlog hands court review approval pile desk limbo');
/** Verbs of work that stopped or died where it waited: "died in the security team's review queue", "it stalls". */
/**
 * Verbs of handing something over: another party that handed the speaker's side something bad ("handed us a
 * half-finished app", "left us with an untested module", "dumped a broken build on us") made the failure.
 */
export const HANDING_VERBS = wordClass('hand hands handed give gives gave given leave leaves left send sends sent pass passed dump dumped saddle saddled throw threw deliver delivered ship shipped');
/**
 * Verbs of relying on another party. Denied as a rule ("you cannot trust other teams' estimates", "never rely on the
 * vendor's dates", "the platform team's promises can't be trusted") they make a lesson of another party's failing.
 */
export const RELIANCE_VERBS = wordClass('trust trusts trusted rely relies relied count counted depend depends depended believe believed');
/**
 * Words that make a reliance a matter of spreading risk, not of distrust: "never rely on a single vendor", "do not
 * depend solely on one person", "not trust your own estimates".
 */
export const SOLE_RELIANCE = wordClass('single one sole solely only just alone own exclusively entirely');
/** The public a product serves, not a party to the work: "never trust user input", "you can't rely on customers". */
export const PUBLIC_NOUNS = wordClass('user users customer customers visitor visitors public shopper shoppers');
/**
 * Verbs of handing work over to the speaker's side. Told in the passive as done late or not at all ("the specs were
 * handed over late", "the test data was never delivered") they name a giver's failing without naming the giver.
 */
export const TRANSFER_VERBS = wordClass(
  'handed given sent passed delivered shipped provided supplied shared granted approved signed confirmed',
  'communicated finalised finalized returned released',
);
/** Words of an act done too late or not at all, read with a verb of handing over. */
export const LATE_OR_UNDONE = wordClass("late never not n't incomplete until belatedly");
/** Verbs of waiting on others: the speaker's time spent waiting on a party is a delay they made. */
export const WAITING_VERBS = wordClass('wait waits waited waiting');
/** Verbs of time used up: "spent six weeks waiting", "lost a month waiting". */
export const TIME_SPENDING_VERBS = wordClass('spend spent spending lose lost losing waste wasted wasting burn burned burnt burning');
export const STUCK_VERBS = wordClass('died stalled stall stalls languished stuck sat lingered froze vanished disappeared rotted');
/**
 * Verbs of work going into a place where it waits: "the request went into their queue and never came back", "my ticket
 * fell into the security team's backlog". Going there is no failure by itself: with "never" after it or a cost told
 * in the sentence, the work stopped where it waited for that party.
 */
export const INTO_WAITING_VERBS = wordClass('went go goes gone fell fall falls got disappeared vanished');
/**
 * Verbs of stopping an act: with a verb of cooperation after them ("stopped replying", "quit answering our calls",
 * "ceased responding") another party withheld what it owed.
 */
export const CESSATION_VERBS = wordClass('stop stops stopped stopping cease ceased ceases quit quits');
/**
 * Credit taken and blame passed on, read as a verb and its object: a verb of taking before "credit" ("took the
 * credit", "claimed all the credit", "hogged the credit") and a verb of passing before "blame" ("shifted the blame",
 * "pinned the blame on QA", "laid the blame at our door"). Done by another party, each is a failing in itself, not a
 * help withheld: denied ("never took the credit") it is praise, supposed ("if my lead had taken the credit") it did
 * not happen. (Taking the blame, or passing on credit, is the opposite: no verb of the other class reads them.)
 */
export const CREDIT_TAKING_VERBS = wordClass(
  'take takes took taken taking claim claims claimed claiming steal steals stole stolen stealing',
  'grab grabs grabbed grabbing hog hogs hogged hogging pocket pockets pocketed pocketing snatch snatched',
);
export const BLAME_PASSING_VERBS = wordClass(
  'pass passes passed passing shift shifts shifted shifting push pushes pushed pushing put puts putting',
  'pin pins pinned pinning dump dumps dumped dumping deflect deflects deflected deflecting lay lays laid laying',
);

/**
 * Idioms of being left to bear what others did, with the speaker's side stranded in them, read after the verb and its
 * object ("left us holding the bag") or after the passive ("I was left holding the bag", "we were hung out to dry"):
 * each a run of words. Being kept uninformed ("kept in the dark", "out of the loop") is a milder one: it blames only
 * with a cost told beside it.
 */
export const STRANDED_IDIOMS: readonly string[] = ['holding the bag', 'holding the baby', 'holding the can', 'in the lurch', 'high and dry', 'out to dry', 'under the bus', 'to carry the can', 'to pick up the pieces'];
export const UNINFORMED_IDIOMS: readonly string[] = ['in the dark', 'out of the loop'];
/** Verbs that leave the speaker's side stranded or uninformed in those idioms: "left", "hung", "thrown", "kept". */
export const STRANDING_VERBS = wordClass('leave leaves left leaving hang hung hangs throw threw thrown throws keep kept keeps');
/**
 * Words of an aside that says a judgment gently so as to say it ("the handover was, let's say, light", "was, to put it
 * kindly, thin", "was, to be generous, optimistic"): the word after the aside is an understatement of something bad.
 * ("to be fair" and "to be honest" concede or stress, and are not here.)
 */
export const EUPHEMISM_MARKERS = wordClass('say mildly kindly politely charitably generously gently diplomatically generous charitable kind polite');
/**
 * Spans of another party's time told as too long by their size alone: "took forever", "took ages", "took an
 * eternity", "took their sweet time".
 */
export const ENDLESS_TIME = wordClass('forever ages eternity aeons eons');
/** Nouns of acclaim, used in scorn beside a person ("ever the genius") or after a scare word ("so-called experts"). */
export const ACCLAIM = wordClass(
  'genius geniuses visionary visionaries expert experts mastermind masterminds wizard wizards guru gurus hero heroes',
  'strategist leader leaders architect architects',
);
/** Words of a group that let a judgment through: "a bunch of clock-watchers", "a pack of amateurs". */
export const COLLECTIVES = wordClass('bunch pack band lot gang crowd collection');

/**
 * First words of a note that points elsewhere instead of saying something: "(See my answer above)", "(siehe oben)",
 * "(cf. the intro)". Such a note is a cross-reference, never a slot to fill.
 */
export const POINTER_WORDS = wordClass('see refer cf compare siehe vgl voir ver vea vedi veja');

/** The speaker as the object of a verb or preposition: "turned against me", "let us down". */
export const SPEAKER_OBJECTS = wordClass('me us');

/**
 * Verbs that take their people after a particle ("brought in two contractors", "roped in a designer"), and those
 * particles; without one, what follows is a thing ("brought them two glasses").
 */
export const PARTICLE_RECRUITING_VERBS = wordClass('bring brought rope roped');
export const RECRUITING_PARTICLES = wordClass('in on aboard');

// ---- judgment said sideways (round 17): understatement, praise that is the praised person's own, irony ----

/**
 * Nouns of a point of view, which with "own" put a judgment in its holder's mouth: praise "by his own account", "in
 * her own mind", "in their own estimation" is the praised person's claim, which the speaker does not share.
 */
export const SELF_SOURCE_NOUNS = wordClass('account accounts mind minds eyes estimation opinion view reckoning telling assessment words');
/**
 * Human faculties, which compared to a thing run their owner down: "the people skills of a parking ticket", "the
 * attention span of a goldfish", "the tact of a sledgehammer" (rules/badmouthing.ts facultySimile).
 */
export const FACULTY_NOUNS = wordClass(
  'skill skills span intelligence tact charm patience empathy warmth charisma personality finesse subtlety sensitivity',
  'judgment judgement foresight vision instincts imagination curiosity awareness range manners diplomacy',
);
/**
 * Frames that announce irony or understatement about whoever the sentence is about: "to put it charitably", "let's
 * just say", "could best be described as", "in a rare burst of", "a man of rare talents, none of them ...". Said of
 * another party in the speaker's own voice they turn what follows, praise or a plain word, into a judgment
 * ("Leadership, in a rare burst of competence, approved it"; "his style could best be described as absent"). Not a
 * kindness that may be sincere ("to be charitable, they were overloaded", "bless them"), a plain "in a burst of
 * energy", nor a supposition ("let's say a team misses the date"). Token sequences, lower case, as the tagger splits
 * them ("let's" is "let" "'s"); `*` stands for any one word.
 */
export const IRONY_FRAMES: readonly string[] = [
  'put it mildly', 'put it kindly', 'put it charitably', 'put it politely', 'put it generously', 'put it gently', 'put it diplomatically',
  'put charitably', 'put kindly', 'put mildly', 'put politely', 'put generously', 'putting it kindly', 'putting it mildly', 'putting it charitably',
  'charitably speaking', 'generously speaking',
  "let 's just say", 'let us just say', 'best be described as', 'best described as', 'only be described as', 'charitably be described as', 'generously be described as',
  'in a rare burst of', 'in a rare fit of', 'in a rare moment of', 'in a rare flash of', 'in a rare display of',
  'of rare talents', 'rare talents , none', 'if you can call it that', 'with all due respect',
  'say this with love', 'say that with love', 'say it with love', 'say this with affection', 'say this lovingly', 'say this kindly',
  'bless his heart', 'bless her heart', 'bless their hearts', 'bless their heart',
];

/**
 * Asides of fondness that may be sincere ("our intern, bless him, stayed until midnight") and mark a put-down when
 * what is said of the party beside them is denied or comes to nothing: "my lead, bless him, couldn't find the
 * repository", "Greg, bless him, could talk for an hour and say nothing". Token sequences, lower case.
 */
export const FOND_ASIDES: readonly string[] = ['bless him', 'bless her', 'bless them', 'god love him', 'god love her', 'god love them', 'god bless him', 'god bless her', 'god bless them', 'love him', 'love her', 'love them'];

/**
 * Beings held up as models of a faculty, which make the comparison praise: "the patience of a saint", "the memory of
 * an elephant", "the eyes of a hawk" (words for people by trade, "a surgeon", "a diplomat", are read by their ending).
 */
export const ADMIRED_EXEMPLARS = wordClass('saint angel monk elephant hawk eagle owl fox pro veteran master machine clock');
/** Nouns of a gift or skill, which turn to irony when their object is no work: "a real talent for meetings". */
export const TALENT_NOUNS = wordClass('talent talents gift gifts knack flair genius');
/**
 * What looks like work without being it: the object of an ironic talent ("a gift for slide decks", "a talent for
 * meetings", "a knack for excuses") — the show of work, talk, and the passing of blame or credit.
 */
export const SHOW_OF_WORK = wordClass(
  'meeting meetings slide slides deck decks powerpoint buzzword buzzwords jargon excuse excuses politics promise promises',
  'blame credit appearances optics busywork theatre theater memo memos email emails status-updates',
);

/**
 * The grammar of each language beyond English that the other-language reader (nlp/other-language.ts) reads: its
 * negators (as the last or the one before last word before a form, they deny it), the speaker as a subject, and the
 * verbs and markers that report someone else's words. `cjk`: written without spaces, a comma ends a clause.
 */
export interface OtherGrammar {
  lang: string;
  negators: readonly string[];
  /** The speaker as a subject: "yo no tenía ni idea" is the speaker's own confession. */
  self: readonly string[];
  /**
   * Pronouns of another person as a subject ("он был полным дилетантом", "il était incompétent"): a trait only
   * people have, said of one, is said of a person (a pronoun names no thing that could be incompetent).
   */
  others?: readonly string[];
  /** Words that report someone else's words: "el cliente dijo que nuestro equipo era incompetente". */
  reported: readonly string[];
  /** Words for other people and groups at work: a boss, colleagues, a team, the company, a vendor. */
  parties: readonly string[];
  cjk?: boolean;
  /** Words are joined into compounds, a word for people ending one ("Rechtsabteilung", "Entwicklungsteam"). */
  compounds?: boolean;
  /**
   * Nouns take case endings ("подрядчик", "из-за подрядчика", "с поставщиком"): a word for people is found with up to
   * three letters of ending after it.
   */
  inflected?: boolean;
  /**
   * The past tense agrees with its subject in gender and number (Russian "сорвал", "сорвала", "сорвало", "сорвали"):
   * its endings, longest first. A form of a list written in one of them stands for all of them (the other-language
   * reader's pastForms), so a list need not spell each: "подрядчик сорвал", "компания сорвала", "они сорвали".
   */
  pastAgreement?: readonly string[];
  /**
   * Articles and demonstratives that open a noun phrase ("el", "la", "der", "l'"): at a clause's start, the phrase
   * they open is its subject, which a clause can show to be a party by what it says of it ("el integrador nunca
   * respondió", "o integrador era incompetente"), whatever noun names it. None in a language without them.
   */
  articles?: readonly string[];
  /**
   * Conjunctions after which a clause opens again ("porque", "que", "weil"): an article after one opens the subject
   * of the clause it begins ("quero sair porque a gerência era incompetente"), as at a clause's start.
   */
  conjunctions?: readonly string[];
  /**
   * Words that open what someone thinks or says ("que", "dass", "che"): after a negated verb of opinion they deny
   * the judgment that follows ("não acho que a equipe fosse incompetente").
   */
  complementizers?: readonly string[];
  /**
   * In a language written without spaces, endings that make an organisational unit of the word before them (Chinese
   * "组", "部门", "团队": "测试组" the test group, "采购部门" procurement): such a word is a party whatever it is the
   * unit of. `unitsNotBefore`: characters that, after an ending, make another word of it ("组件" a component).
   */
  units?: readonly string[];
  unitsNotBefore?: string;
  /** Marks that end a clause besides the comma and the colon (Japanese "、"). */
  breaks?: string;
  /**
   * The verb comes last (Japanese, Korean): a clause's subject and a cause's party stand before the marker ("ベンダーの
   * せいで", "팀장님 때문에"), and a form is denied or reported by what follows it ("無能ではない", "…と言っていた").
   */
  headFinal?: boolean;
  /** Negators that follow what they deny, read at the start of the text after a form ("ではない", "지 않", "이 아니"). */
  negatorsAfter?: readonly string[];
  /** Words for reporting someone else's words that follow them ("…と言っていた", "…라고 했다"). */
  reportedAfter?: readonly string[];
  /**
   * The language's most frequent closed-class words (articles fused with prepositions, prepositions, conjunctions,
   * pronouns, the commonest auxiliaries): those no other language here shares tell which language a stretch of prose
   * is written in (other-language.ts `languageOf`), as English function words tell English (query.ts).
   */
  functionWords?: readonly string[];
  /**
   * Endings and particles join words (Korean "팀장님이", "엉망이었습니다"): a form is matched from the start of a word,
   * whatever follows it.
   */
  agglutinative?: boolean;
  /**
   * The verb that says what someone or something is ("era", "était", "war", "è"; in Spanish and Portuguese "ser" only,
   * not "estar", which tells a passing state: "estaba desbordado"): a word after it is predicated of the clause's
   * subject ("el proveedor era un desastre"), which is how a rated word becomes a judgment of a party
   * (other-language.ts ratedJudgments). In Russian, whose present tense has no copula, a predicate may follow its
   * subject directly.
   */
  copulas?: readonly string[];
  /**
   * Words that may stand between a copula and its predicate: indefinite articles and words of degree ("un", "muy",
   * "totalmente", "ziemlich"). Any other word there (a preposition: "war in einer schwierigen Lage") ends the predicate.
   */
  predicateOpeners?: readonly string[];
  /**
   * How the language's past participles end (Spanish "-ado", "-ido"; French "-é"; German "ge…t"): a participle after a
   * copula tells a state the party was in ("estaba cansado", "était fatigué", "war überlastet"), not a judgment of
   * them, as the English reader takes "-ed" words for states. A regular expression's source, matched against a word.
   */
  participle?: string;
}

export const OTHER_GRAMMARS: readonly OtherGrammar[] = [
  { lang: 'es', participle: '(?:ad|id)[oa]s?$', copulas: ['es', 'era', 'fue', 'son', 'eran', 'fueron', 'sido', 'parecía', 'parecían', 'resultó', 'resultaron'], predicateOpeners: ['un', 'una', 'unos', 'unas', 'muy', 'bastante', 'totalmente', 'completamente', 'realmente', 'tan', 'demasiado', 'algo', 'un poco', 'simplemente', 'bien', 'francamente'], functionWords: ['el', 'los', 'las', 'del', 'al', 'y', 'en', 'con', 'por', 'para', 'un', 'una', 'unos', 'es', 'era', 'fue', 'muy', 'pero', 'como', 'más', 'su', 'sus', 'lo', 'se', 'yo', 'mi', 'mis', 'nos', 'nuestro', 'nuestra', 'también', 'cuando', 'sin', 'sobre', 'hasta', 'desde', 'entre', 'ya', 'esto', 'porque', 'hicimos', 'hice'], parties: ['jefe', 'jefa', 'jefes', 'gerente', 'gerentes', 'director', 'directora', 'líder', 'responsable', 'responsables', 'compañero', 'compañera', 'compañeros', 'compañeras', 'equipo', 'empresa', 'dirección', 'supervisor', 'supervisora', 'encargado', 'encargada', 'proveedor', 'proveedores', 'departamento', 'área', 'consultora', 'agencia'], negators: ['no', 'nunca', 'jamás', 'ni'], others: ['él', 'ella', 'ellos', 'ellas'], self: ['yo', 'me'], reported: ['dijo', 'dijeron', 'decía', 'decían', 'según', 'comentó', 'afirmó'], articles: ['el', 'la', 'los', 'las', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas'], conjunctions: ['porque', 'que', 'pero', 'cuando', 'pues', 'aunque'], complementizers: ['que'] },
  { lang: 'pt', participle: '(?:ad|id)[oa]s?$', copulas: ['é', 'era', 'foi', 'são', 'eram', 'foram', 'sido', 'parecia', 'pareciam'], predicateOpeners: ['um', 'uma', 'uns', 'umas', 'muito', 'bastante', 'totalmente', 'completamente', 'realmente', 'tão', 'demasiado', 'meio', 'simplesmente', 'francamente'], functionWords: ['o', 'os', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'em', 'um', 'uma', 'com', 'por', 'para', 'pelo', 'pela', 'e', 'é', 'foi', 'era', 'mas', 'como', 'mais', 'seu', 'sua', 'eu', 'meu', 'minha', 'não', 'também', 'quando', 'sem', 'já', 'ao', 'aos', 'à', 'isso', 'isto', 'fiz', 'fizemos'], parties: ['chefe', 'chefes', 'gestor', 'gestora', 'gerente', 'líder', 'colega', 'colegas', 'equipe', 'equipa', 'empresa', 'diretor', 'diretora', 'fornecedor', 'fornecedores', 'departamento', 'área', 'setor', 'consultoria', 'agência'], negators: ['não', 'nunca', 'jamais'], others: ['ele', 'ela', 'eles', 'elas'], self: ['eu'], reported: ['disse', 'disseram', 'dizia', 'segundo', 'afirmou'], articles: ['o', 'a', 'os', 'as', 'este', 'esta', 'esse', 'essa', 'esses', 'essas'], conjunctions: ['porque', 'que', 'mas', 'quando', 'pois', 'embora'], complementizers: ['que'] },
  { lang: 'fr', participle: '(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$', copulas: ['est', 'était', 'étaient', 'sont', 'été', 'fut', 'semblait', 'semblaient', 'paraissait'], predicateOpeners: ['un', 'une', 'des', 'très', 'assez', 'totalement', 'complètement', 'vraiment', 'si', 'trop', 'plutôt', 'franchement', 'carrément', 'parfaitement'], functionWords: ['le', 'les', 'du', 'des', 'au', 'aux', 'et', 'est', 'un', 'une', 'avec', 'pour', 'dans', 'sur', 'en', 'pas', 'ne', 'je', 'nous', 'mais', 'comme', 'plus', 'mon', 'ma', 'mes', 'aussi', 'quand', 'sans', 'déjà', 'été', 'était', 'ai', 'avons', 'ont', 'fait'], parties: ['chef', 'cheffe', 'chefs', 'manager', 'patron', 'patronne', 'responsable', 'collègue', 'collègues', 'équipe', 'direction', 'entreprise', 'directeur', 'directrice', 'prestataire', 'fournisseur', 'fournisseurs', 'département', 'agence', 'cabinet'], negators: ['pas', 'jamais', 'ni', 'non', 'aucun', 'aucune', 'ne', "n'"], others: ['il', 'elle', 'ils', 'elles'], self: ['je', "j'", 'moi'], reported: ['dit', 'disait', 'disent', 'selon', 'affirmé', 'affirmait'], articles: ['le', 'la', 'les', "l'", 'ce', 'cet', 'cette', 'ces'], conjunctions: ['que', 'qu\'', 'mais', 'quand', 'car', 'puisque', 'parce que'], complementizers: ['que', 'qu\''] },
  { lang: 'de', participle: '^ge\\p{L}+(?:t|en)$|^\\p{L}+(?:iert)$', copulas: ['ist', 'war', 'sind', 'waren', 'gewesen', 'wirkte', 'wirkten', 'schien', 'schienen'], predicateOpeners: ['ein', 'eine', 'einfach', 'sehr', 'ziemlich', 'total', 'völlig', 'komplett', 'wirklich', 'so', 'zu', 'echt', 'absolut', 'extrem', 'ganz', 'eher'], functionWords: ['der', 'die', 'das', 'den', 'dem', 'des', 'und', 'ist', 'war', 'ein', 'eine', 'einen', 'einem', 'mit', 'für', 'auf', 'im', 'zu', 'nicht', 'ich', 'wir', 'aber', 'wie', 'mehr', 'mein', 'meine', 'auch', 'wenn', 'ohne', 'schon', 'hat', 'habe', 'haben', 'wurde', 'sich', 'von', 'bei', 'nach', 'aus'], compounds: true, parties: ['chef', 'chefin', 'teamleiter', 'teamleiterin', 'vorgesetzter', 'vorgesetzte', 'kollege', 'kollegin', 'kollegen', 'team', 'management', 'firma', 'abteilung', 'leitung', 'dienstleister', 'lieferant', 'lieferanten', 'agentur', 'zentrale', 'rechtsabteilung', 'fachabteilung'], negators: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keineswegs'], others: ['er', 'sie'], self: ['ich'], reported: ['sagte', 'sagten', 'meinte', 'laut', 'behauptete'], articles: ['der', 'die', 'das', 'dieser', 'diese', 'dieses', 'unser', 'unsere'], conjunctions: ['weil', 'dass', 'aber', 'als', 'da', 'denn', 'obwohl'], complementizers: ['dass'] },
  { lang: 'it', participle: '(?:at|it|ut)[oaie]$', copulas: ['è', 'era', 'erano', 'sono', 'fu', 'stato', 'stata', 'stati', 'sembrava', 'sembravano'], predicateOpeners: ['un', 'uno', 'una', "un'", 'molto', 'piuttosto', 'totalmente', 'completamente', 'davvero', 'così', 'troppo', 'proprio', 'assolutamente', 'semplicemente'], functionWords: ['il', 'lo', 'gli', 'i', 'del', 'della', 'dei', 'delle', 'nel', 'nella', 'al', 'alla', 'e', 'è', 'un', 'una', 'uno', 'con', 'per', 'di', 'da', 'che', 'non', 'ma', 'come', 'più', 'sono', 'ho', 'abbiamo', 'mio', 'mia', 'anche', 'quando', 'senza', 'già'], parties: ['capo', 'capi', 'responsabile', 'responsabili', 'collega', 'colleghi', 'team', 'squadra', 'azienda', 'fornitore', 'fornitori', 'direttore', 'direttrice', 'manager', 'cliente', 'reparto', 'ufficio', 'dipartimento', 'agenzia', 'direzione'], negators: ['non', 'mai', 'né'], others: ['lui', 'lei', 'loro'], self: ['io'], reported: ['disse', 'dissero', 'diceva', 'secondo'], articles: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'questo', 'questa', 'quel', 'quella', 'quei', 'quelle'], conjunctions: ['perché', 'che', 'ma', 'quando', 'poiché', 'anche se'], complementizers: ['che'] },
  { lang: 'ru', participle: '(?:нн|т)(?:ый|ая|ое|ые|ой)$', copulas: ['был', 'была', 'было', 'были', 'является', 'являлся', 'являлась', 'оказался', 'оказалась', 'оказались', 'казался', 'казалась', '—'], predicateOpeners: ['очень', 'совершенно', 'абсолютно', 'полностью', 'просто', 'слишком', 'крайне', 'довольно', 'совсем', 'вообще'], inflected: true, pastAgreement: ['ла', 'ло', 'ли', 'л'], parties: ['начальник', 'начальница', 'руководитель', 'руководство', 'коллега', 'коллеги', 'команда', 'компания', 'поставщик', 'подрядчик', 'менеджер', 'отдел', 'заказчик', 'тимлид', 'директор', 'директорат'], negators: ['не', 'ни', 'никогда'], others: ['он', 'она', 'они'], self: ['я'], reported: ['сказал', 'сказала', 'сказали', 'говорил', 'по словам'] },
  // (Dutch and Polish: closed-class words that another language here also uses, "de", "die", "al", "na", "do", are
  // left out of functionWords, so they keep telling that language. Polish "to" as a copula, "mój dział to ...", is
  // left out: it is also "it", "dla zespołu to problem" says what a thing is for the team)
  { lang: 'nl', participle: '^ge\\p{L}+(?:d|t|en)$', copulas: ['is', 'was', 'waren', 'zijn', 'geweest', 'leek', 'leken', 'bleek', 'bleken'], predicateOpeners: ['een', 'erg', 'heel', 'zeer', 'echt', 'totaal', 'compleet', 'volledig', 'nogal', 'behoorlijk', 'ontzettend', 'gewoon', 'vrij', 'best', 'te', 'zo', 'absoluut', 'werkelijk', 'eerlijk gezegd'], compounds: true, functionWords: ['het', 'een', 'van', 'niet', 'ik', 'wij', 'maar', 'ook', 'met', 'voor', 'op', 'aan', 'bij', 'naar', 'uit', 'dat', 'zijn', 'heb', 'hebben', 'werd', 'wordt', 'om', 'nog', 'ons', 'onze', 'mijn', 'hij', 'zij', 'ze', 'dan', 'wel', 'geen', 'toen', 'omdat', 'tot', 'heeft', 'waren', 'hadden', 'deze', 'dit', 'wat', 'hoe'], parties: ['baas', 'bazen', 'manager', 'managers', 'leidinggevende', 'teamleider', 'teamleidster', 'collega', "collega's", 'team', 'bedrijf', 'directie', 'directeur', 'leiding', 'management', 'leverancier', 'leveranciers', 'afdeling', 'bureau', 'opdrachtgever', 'aannemer'], negators: ['niet', 'nooit', 'geen', 'niemand', 'niets'], others: ['hij', 'zij', 'ze'], self: ['ik', 'wij'], reported: ['zei', 'zeiden', 'volgens', 'beweerde', 'beweerden'], articles: ['het', 'deze', 'dit', 'onze'], conjunctions: ['omdat', 'dat', 'maar', 'toen', 'want', 'hoewel', 'doordat'], complementizers: ['dat'] },
  { lang: 'pl', participle: '(?:on|an|ęt)(?:y|a|e|i)$', copulas: ['jest', 'był', 'była', 'było', 'byli', 'były', 'są', 'wydawał', 'wydawała', 'wydawali', 'okazał', 'okazała', 'okazali'], predicateOpeners: ['bardzo', 'totalnie', 'kompletnie', 'całkowicie', 'zupełnie', 'naprawdę', 'po prostu', 'strasznie', 'wyjątkowo', 'dość', 'zbyt', 'wręcz', 'się', 'kompletnym', 'totalnym', 'zupełnym'], inflected: true, functionWords: ['się', 'nie', 'jest', 'był', 'była', 'było', 'byli', 'w', 'z', 'że', 'od', 'przez', 'dla', 'jak', 'ale', 'już', 'tylko', 'także', 'oraz', 'czy', 'jego', 'jej', 'ich', 'mój', 'moja', 'nasz', 'nasza', 'który', 'która', 'które', 'tym', 'tego', 'ze', 'za', 'przy', 'bardzo'], parties: ['szef', 'szefowa', 'kierownik', 'kierowniczka', 'przełożony', 'przełożona', 'menedżer', 'lider', 'liderka', 'dyrektor', 'dyrektorka', 'zarząd', 'kierownictwo', 'kolega', 'koleżanka', 'koledzy', 'zespół', 'firma', 'dział', 'dostawca', 'dostawcy', 'wykonawca', 'podwykonawca', 'agencja'], negators: ['nie', 'nigdy', 'nikt', 'nic'], others: ['on', 'ona', 'oni', 'one'], self: ['ja'], reported: ['powiedział', 'powiedziała', 'powiedzieli', 'twierdził', 'twierdziła', 'twierdzili', 'według'], conjunctions: ['bo', 'że', 'ale', 'kiedy', 'ponieważ', 'chociaż', 'gdy', 'żeby'], complementizers: ['że', 'żeby'] },
  {
    lang: 'ja',
    cjk: true,
    headFinal: true,
    breaks: '、',
    parties: ['上司', '部長', '課長', '社長', '先輩', '同僚', '会社', 'チーム', '部署', '部門', '営業部', '開発部', '他部署', '経営陣', '上層部', '役員', 'ベンダー', '委託先', '取引先', '協力会社', '外注', '発注元', '元請け', '下請け', 'マネージャー', 'リーダー', '担当者', 'クライアント', '顧客', '代行会社', 'さん'],
    negators: [],
    negatorsAfter: ['ではな', 'じゃな', 'ではあり', 'わけではな', 'とは思わな', 'とは思いませ', 'とは言えな', 'しな', 'せず', 'はなかった', 'はありませんでした'],
    self: ['私', '僕', '自分', '俺', 'わたし'],
    reported: ['によると', 'によれば'],
    reportedAfter: ['と言っ', 'と言わ', 'と言い', 'と話し', 'と聞い', 'とのこと', 'と主張', 'と説明', 'と報告', 'と書い'],
  },
  {
    lang: 'ko',
    agglutinative: true,
    inflected: true,
    compounds: true,
    headFinal: true,
    parties: ['팀장', '상사', '부장', '과장', '차장', '실장', '본부장', '사장', '대표', '임원', '경영진', '매니저', '리더', '동료', '선배', '회사', '팀', '부서', '협력사', '업체', '외주', '벤더', '고객사', '거래처', '담당자'],
    negators: ['안', '못'],
    negatorsAfter: ['지 않', '지는 않', '진 않', '이 아니', '가 아니', '은 아니', '는 아니', '아니'],
    self: ['저는', '제가', '저도', '저희', '저희는', '저희가', '나는', '내가', '제', '내', '저의', '나의'],
    reported: ['따르면'],
    reportedAfter: ['라고 했', '라고 말', '다고 했', '다고 말', '다고 하', '라고 하', '라더', '다더'],
  },
  { lang: 'zh', parties: ['领导', '老板', '经理', '上司', '主管', '同事', '公司', '团队', '部门', '供应商', '外包', '甲方'], negators: ['不是', '并不', '没有'], self: ['我'], reported: ['他说', '她说', '他们说', '据说', '听说'], cjk: true, units: ['组', '小组', '部门', '团队', '那边'], unitsNotBefore: '件合成装建' },
];

/**
 * A judgment of a boss, a team or colleagues in another language: who it is said of and the judgments (adjectives
 * and fixed expressions of incompetence, sloth or toxicity, all forms written out). The English checks read the
 * tokens; these are read by the other-language reader (nlp/other-language.ts, with the language's OTHER_GRAMMARS), a
 * judgment counting when a word for people (the language's `parties`) stands earlier in its sentence with no
 * first-person subject between.
 */
export interface ForeignJudgments {
  lang: string;
  judgments: readonly string[];
  /**
   * The judgments of `judgments` only a person earns (incompetence, laziness, knowing nothing; not "useless", "a
   * disaster", "toxic", which a thing or a place earns too): said of a subject no word for people names ("el
   * integrador era incompetente"), they make it people.
   */
  traits: readonly string[];
}

/**
 * Knowing nothing, as each language builds it: a negator (with a clitic pronoun at most: "non ne", "n'y"), a verb of
 * knowing or grasping in the past of the third person, and a word for nothing or for no grasp at all ("non ne capiva
 * nulla", "n'y comprenait rien", "no entendía nada", "verstand nichts"). The forms are the product of the classes; a
 * person is the only one who can know nothing, so each is a trait.
 */
interface GraspClasses {
  negators: readonly string[];
  clitics: readonly string[];
  verbs: readonly string[];
  nothing: readonly string[];
}
const GRASP: Record<string, GraspClasses> = {
  es: { negators: ['no'], clitics: ['', 'se '], verbs: ['sabía', 'sabían', 'entendía', 'entendían', 'enteraba', 'enteraban', 'tenía', 'tenían'], nothing: ['nada', 'ni idea', 'idea'] },
  pt: { negators: ['não'], clitics: [''], verbs: ['sabia', 'sabiam', 'entendia', 'entendiam', 'percebia', 'percebiam', 'fazia', 'faziam'], nothing: ['nada', 'ideia', 'a menor ideia'] },
  fr: { negators: ['ne ', "n'"], clitics: ['', "y "], verbs: ['comprenait', 'comprenaient', 'savait', 'savaient', 'connaissait', 'connaissaient', 'pigeait', 'captait'], nothing: ['rien', 'strictement rien', 'absolument rien'] },
  it: { negators: ['non'], clitics: ['', 'ne ', 'ci '], verbs: ['capiva', 'capivano', 'sapeva', 'sapevano', 'conosceva', 'conoscevano', 'aveva', 'avevano'], nothing: ['niente', 'nulla', 'idea', 'la minima idea'] },
};
/** The forms of GRASP for a language: negator, clitic, verb, nothing, in that order (German says it without a negator). */
function graspForms(lang: string): string[] {
  const g = GRASP[lang];
  if (!g) return [];
  const out: string[] = [];
  for (const n of g.negators) for (const c of g.clitics) for (const v of g.verbs) for (const w of g.nothing) {
    // (only "had" takes the idea, only the others take "nothing": "non aveva idea", "non capiva nulla")
    const idea = /idea|ideia/u.test(w);
    if (idea !== /^(?:tenía|tenían|fazia|faziam|aveva|avevano)$/u.test(v)) continue;
    if (/^(?:tenía|tenían|aveva|avevano|fazia|faziam)$/u.test(v) && c !== '') continue;
    out.push(`${n.endsWith("'") || n.endsWith(' ') ? n : `${n} `}${c}${v} ${w}`);
  }
  return out;
}
/** German: a verb of knowing in the past and a word for nothing after it ("verstand nichts", "wusste null"). */
const GRASP_DE = ['verstand nichts', 'verstanden nichts', 'wusste nichts', 'wussten nichts', 'verstand null', 'hatte null ahnung', 'hatten null ahnung', 'hatte keinen plan', 'hatten keinen plan', 'hatte keinen schimmer', 'hatten keinen schimmer'];

/**
 * Dutch and Polish: a verb of understanding with a word for nothing ("begreep er niets van", "nic nie rozumiał"), or
 * having not the faintest notion ("had geen flauw benul", "nie miał zielonego pojęcia"), past or present, as the
 * product of the classes. Not knowing nothing of something ("wist er niets van", "nic nie wiedział o zmianie") nor
 * plain "no idea" ("had geen idee dat", "nie miał pojęcia, że"): those tell a fact someone did not know, not a verdict.
 */
const UNDERSTOOD_NL = ['begreep', 'begrepen', 'begrijpt', 'begrijpen', 'snapte', 'snapten', 'snapt', 'snappen'];
const GRASP_NL = [
  ...UNDERSTOOD_NL.flatMap((v) => [`${v} er niets van`, `${v} er niks van`, `${v} er helemaal niets van`, `er niets van ${v}`, `er niks van ${v}`, `er helemaal niets van ${v}`]),
  ...['had', 'hadden', 'heeft', 'hebben'].flatMap((v) => ['geen benul', 'geen flauw benul', 'geen flauw idee', 'geen enkel benul'].map((w) => `${v} ${w}`)),
];
const GRASP_PL = [
  ...['rozumiał', 'rozumiała', 'rozumieli', 'rozumie', 'rozumieją', 'kumał', 'kumała', 'kumali', 'kuma'].map((v) => `nic nie ${v}`),
  ...['miał', 'miała', 'mieli', 'ma', 'mają'].flatMap((v) => ['zielonego pojęcia', 'bladego pojęcia', 'najmniejszego pojęcia'].map((w) => `nie ${v} ${w}`)),
];

export const FOREIGN_JUDGMENTS: readonly ForeignJudgments[] = [
  {
    lang: 'es',
    judgments: ['incompetente', 'incompetentes', 'inútil', 'inútiles', 'ni idea', 'ni puta idea', 'no sabía nada', 'no sabían nada', 'no servía para nada', 'no servían para nada', 'un desastre', 'tóxico', 'tóxica', 'tóxicos', 'mediocre', 'mediocres', 'un inepto', 'ineptos', 'inepto', 'inepta', ...graspForms('es')],
    traits: ['incompetente', 'incompetentes', 'un inepto', 'ineptos', 'inepto', 'inepta', 'ni idea', 'ni puta idea', 'no sabía nada', 'no sabían nada', ...graspForms('es')],
  },
  {
    lang: 'pt',
    judgments: ['incompetente', 'incompetentes', 'inútil', 'inúteis', 'não fazia ideia', 'não fazia a menor ideia', 'não sabia nada', 'não sabiam nada', 'não entendia nada', 'não entendiam nada', 'um desastre', 'preguiçoso', 'preguiçosos', 'tóxico', 'tóxicos', 'medíocre', ...graspForms('pt')],
    traits: ['incompetente', 'incompetentes', 'preguiçoso', 'preguiçosos', 'não fazia ideia', 'não fazia a menor ideia', 'não sabia nada', 'não sabiam nada', 'não entendia nada', 'não entendiam nada', ...graspForms('pt')],
  },
  {
    lang: 'fr',
    judgments: ['incompétent', 'incompétente', 'incompétents', 'incompétentes', 'nul', 'nulle', 'nuls', 'aucune idée', 'aucune compétence', 'un désastre', 'paresseux', 'paresseuse', 'fainéant', 'fainéants', 'toxique', 'toxiques', 'médiocre', 'médiocres', 'bon à rien', 'bons à rien', ...graspForms('fr')],
    traits: ['incompétent', 'incompétente', 'incompétents', 'incompétentes', 'paresseux', 'paresseuse', 'fainéant', 'fainéants', 'bon à rien', 'bons à rien', 'aucune idée', 'aucune compétence', ...graspForms('fr')],
  },
  {
    lang: 'de',
    judgments: ['inkompetent', 'inkompetente', 'unfähig', 'unfähige', 'keine ahnung', 'ahnungslos', 'faul', 'faule', 'toxisch', 'toxische', 'ein chaos', 'ein desaster', 'nutzlos', ...GRASP_DE],
    traits: ['inkompetent', 'inkompetente', 'unfähig', 'unfähige', 'ahnungslos', 'keine ahnung', ...GRASP_DE],
  },
  {
    lang: 'it',
    judgments: ['incapace', 'incapaci', 'incompetente', 'incompetenti', 'inutile', 'inutili', 'non capiva niente', 'non capivano niente', 'non sapeva niente', 'un disastro', 'pigro', 'pigra', 'pigri', 'tossico', 'tossica', 'tossici', 'mediocre', 'mediocri', 'inetto', 'inetti', ...graspForms('it')],
    traits: ['incapace', 'incapaci', 'incompetente', 'incompetenti', 'pigro', 'pigra', 'pigri', 'inetto', 'inetti', 'non capiva niente', 'non capivano niente', 'non sapeva niente', ...graspForms('it')],
  },
  {
    lang: 'ru',
    // (stems: a Russian judgment is found with its ending, "некомпетентен", "дилетантом", "ничего не понимает")
    judgments: ['некомпетент', 'бесполезн', 'ничего не понима', 'ленив', 'токсичн', 'бездарн', 'дилетант', 'полный ноль'],
    traits: ['некомпетент', 'ничего не понима', 'ленив', 'бездарн', 'дилетант'],
  },
  { lang: 'nl', judgments: GRASP_NL, traits: GRASP_NL },
  { lang: 'pl', judgments: GRASP_PL, traits: GRASP_PL },
  {
    lang: 'ja',
    judgments: ['無能', '全く分かっていない', '何も分かっていない', '全然分かっていない', '全く分かってない', '何も分かってない', '何も知らない', '全く理解していない', '役に立たない', '使えない人', 'いい加減', '怠け者', 'やる気がな', '頼りにならな', '無責任'],
    traits: ['無能', '全く分かっていない', '何も分かっていない', '全然分かっていない', '全く分かってない', '何も分かってない', '何も知らない', '全く理解していない', '怠け者', '無責任', '使えない人'],
  },
  {
    lang: 'ko',
    judgments: ['무능', '아무것도 모르', '아무것도 몰랐', '전혀 모르', '전혀 몰랐', '엉망', '형편없', '게으른', '게을렀', '무책임', '한심', '능력이 없', '개념이 없'],
    traits: ['무능', '아무것도 모르', '아무것도 몰랐', '전혀 모르', '전혀 몰랐', '게으른', '게을렀', '무책임', '능력이 없', '개념이 없'],
  },
  {
    lang: 'zh',
    judgments: ['完全不懂', '什么都不懂', '一窍不通', '无能', '混日子', '只会喊口号', '不靠谱', '很差劲', '太差劲'],
    traits: ['完全不懂', '什么都不懂', '一窍不通', '无能'],
  },
];

// ---- a party known by what it does ------------------------------------------------------------------------------

/**
 * Acts only a person or an organisation does (a thing does not promise, sign or review): the subject of one is a
 * party, whatever noun names it ("the integrator promised", "the broker refused to sign", "the landlord never
 * reviewed"). Verbs a system also does ("respond", "send", "tell", "fix", "acknowledge", "listen on a port") are not here.
 */
export const AGENT_ACTS = wordClass(
  'promise promises promised agree agrees agreed sign signs signed approve approves approved decide decides decided',
  'review reviews reviewed care cares cared bother bothers bothered ghost ghosts ghosted stonewall stonewalled',
  'renege reneged backtrack backtracked apologise apologised apologize apologized hire hired negotiate negotiated',
  'complain complained insist insisted refuse refused refuses chase chased reassign reassigned',
);
/** Verbs of answering or handling what someone sent: said with the speaker's message as object, their subject is a party. */
export const ANSWERING_VERBS = wordClass(
  'answer answers answered reply replied respond responded return returned read ignore ignores ignored sit sat sits action actioned',
);
/**
 * What one sends or submits to a party: handled by a subject ("ignored our emails", "sat on our change request",
 * "never returned my calls"), it makes the subject a party.
 */
export const ADDRESSED_NOUNS = wordClass(
  'ticket tickets email emails e-mail e-mails mail message messages call calls request requests question questions',
  'escalation escalations invoice invoices proposal proposals contract contracts complaint complaints query queries',
  'inquiry inquiries enquiry enquiries application applications pr prs follow-up follow-ups chaser chasers order orders',
);
/** What a party owes and misses ("missed their deadline", "dragged their feet"): "their"/"his"/"her" before one marks a party. */
export const OWED_NOUNS = wordClass('deadline deadlines date dates commitment commitments word promise promises sla slas estimate estimates feet heels end side');
/**
 * Traits only a person can have: said of a subject a noun list does not know ("the integrator was incompetent",
 * "the broker's staff were arrogant"), they make it people. Judgments a thing can earn too ("useless", "a mess",
 * "terrible", "a dinosaur", "lazy" as in lazy loading) are not here.
 */
export const HUMAN_TRAITS = wordClass(
  'incompetent clueless arrogant ignorant unprofessional inept negligent dishonest spineless petty rude',
  'condescending untrustworthy backstabbing idiots idiot morons moron amateurs clowns clown bully bullies tyrant',
  'tyrants liar liars jerk jerks fool fools snakes weasel weasels slacker slackers freeloaders bozos buffoon buffoons',
  'cowboys incompetents',
);

/**
 * Saying the work was done alone, in the languages beyond English that the tagger does not read ("lo hice todo yo
 * solo", "fiz tudo sozinho", "tout seul", "im Alleingang", "da solo", "в одиночку", "我一个人完成"), read by the
 * other-language reader (nlp/other-language.ts) in the speaker's own voice. The words for other people are the
 * language's `parties` (OTHER_GRAMMARS): named in the approach, they took part.
 */
export interface OtherSoloForms {
  lang: string;
  forms: readonly string[];
}

/**
 * The speaker's own acts in languages that drop the subject (Spanish, Portuguese, Italian): a past verb in the first
 * person singular says "I" by its ending alone ("analicé", "reescribí", "implementei", "ho riscritto"), and the first
 * person plural says "we" ("revisamos", "abbiamo rilasciato"), which is shared work. Read by the other-language
 * reader (nlp/other-language.ts `subjectlessActs`) for solo-heroics, with the language's words for people
 * (OTHER_GRAMMARS `parties`) as others taking part.
 * - `endings`: endings of the first person singular of the simple past, on a word of at least `minLetters` letters
 *   (shorter words with those endings are mostly not verbs: "aquí", "así", "mai");
 * - `auxiliaries` with `participles`: a compound past, the auxiliary of the first person singular before a participle
 *   ("he escrito", "ho analizzato");
 * - `weEndings` (on a word of at least `minLetters` letters) and `weAuxiliaries`: the first person plural;
 * - `notVerbs`: words with a singular ending that are no verbs ("comité", "café");
 * - `namedEndings` and `namedAuxiliaries`: the third person singular of the past, after a name ("Ana revisó el
 *   código", "a Ana revisou", "Marco ha testato"): someone else acting.
 */
export interface SubjectlessForms {
  lang: string;
  endings: readonly string[];
  minLetters: number;
  auxiliaries: readonly string[];
  participles: readonly string[];
  weEndings: readonly string[];
  weAuxiliaries: readonly string[];
  notVerbs: readonly string[];
  namedEndings: readonly string[];
  namedAuxiliaries: readonly string[];
}

export const SUBJECTLESS_FORMS: readonly SubjectlessForms[] = [
  { lang: 'es', endings: ['é', 'í'], minLetters: 5, auxiliaries: ['he'], participles: ['ado', 'ido', 'to', 'cho'], weEndings: ['amos', 'imos', 'emos'], weAuxiliaries: ['hemos'], notVerbs: ['comité', 'café', 'bebé', 'josé', 'quizá', 'marroquí', 'maniquí', 'esquí'], namedEndings: ['ó'], namedAuxiliaries: ['ha'] },
  { lang: 'pt', endings: ['ei', 'i', 'í'], minLetters: 6, auxiliaries: [], participles: [], weEndings: ['amos', 'emos', 'imos'], weAuxiliaries: ['fizemos'], notVerbs: ['nairobi', 'safári', 'táxi', 'javali', 'abacaxi'], namedEndings: ['ou', 'eu', 'iu'], namedAuxiliaries: [] },
  { lang: 'it', endings: ['ai'], minLetters: 6, auxiliaries: ['ho'], participles: ['ato', 'ito', 'uto', 'tto', 'sto', 'so', 'to'], weEndings: ['ammo', 'emmo', 'immo'], weAuxiliaries: ['abbiamo'], notVerbs: ['dubai', 'shanghai', 'mumbai'], namedEndings: ['ò'], namedAuxiliaries: ['ha'] },
  // (Polish: the past says the speaker by its ending, "przepisałem", "wdrożyłam"; "we" by "-liśmy", "-łyśmy"; a name then
  // the third person, "Marta sprawdziła", "Tomek napisał", is someone else)
  { lang: 'pl', endings: ['łem', 'łam'], minLetters: 5, auxiliaries: [], participles: [], weEndings: ['liśmy', 'łyśmy'], weAuxiliaries: [], notVerbs: [], namedEndings: ['ł', 'ła', 'li', 'ły'], namedAuxiliaries: [] },
];

/**
 * The told past of the head-final languages that drop the subject (Korean, Japanese): an answer tells what the speaker
 * did with no "I" at all ("공통 기반을 먼저 만드는 전략을 선택했습니다", "テストを自動化しました"), so its first person is
 * the past marker on a clause-final verb. Read by nlp/other-language.ts `toldPastActs` for the segmenter's first-person
 * count of a body. By morphology, not by verbs:
 * - Korean: the past marker is the final consonant ㅆ (jongseong index `pastCoda`) of the syllable before the ending
 *   (했, 었, 았, 였, 됐, 봤, 췄 ...), in any verb; `notPast` are the syllables whose ㅆ is no past (있 "there is",
 *   없 "there is not", 겠 the future); `endings` close a declarative clause after it (습니다, 다, 어요, 고 ...), not a
 *   question (나요, 습니까) nor a noun clause (던: "행동을 바꿔야 했던 때", the prompt's words).
 * - Japanese: `endings` are the past forms that close a declarative clause (polite ました/でした, plain past after a
 *   verb stem's kana), with what may stand after them (`closers`: a stop, a comma, a conjunction of reason).
 */
export interface ToldPastForms {
  lang: 'ko' | 'ja';
  /** Korean: the jongseong index of the past marker's final consonant (ㅆ = 20). */
  pastCoda?: number;
  /** Korean: syllables with that final consonant that are not the past. */
  notPast?: readonly string[];
  /** The endings that close a declarative clause after the past (Korean) or are the past (Japanese). */
  endings: readonly string[];
  /** What must follow an ending: a stop, a clause break or a conjunction (a pattern's source). */
  closers: string;
}

export const TOLD_PAST_FORMS: readonly ToldPastForms[] = [
  { lang: 'ko', pastCoda: 20, notPast: ['있', '없', '겠', '씻'], endings: ['습니다', '다', '어요', '지요', '죠', '음', '고', '지만', '는데', '으며', '으나'], closers: '[\\s.,!。、，)\\]”"\'’~]|$' },
  { lang: 'ja', endings: ['ました', 'でした', 'った', 'いた', 'した', 'んだ', 'えた', 'けた', 'めた', 'れた', 'てた', 'せた', 'べた', 'ねた', 'げた', 'きた', 'みた', 'りた', 'ちた', 'いだ'], closers: '[。、，.,!！\\s)）」』]|ので|ため|が|けど|$' },
];

/**
 * How a line asks in another language when it has no question mark: by the grammar of asking, not by what it asks
 * about. Read by nlp/other-language.ts `asksBySyntax` (the segmenter's isQuestion for lines that may be in another
 * language). Per language:
 * - `openers` with `address`: an interrogative word opening the line and the reader addressed in it ("Почему вы
 *   уходите", "Warum wollen Sie wechseln", "Pourquoi voulez-vous", "Por qué quieres este puesto");
 *   The address must come within a few words of the opener, before any colon ("Como usar: leia…, responda…" is
 *   a guide's instruction). An imperative is no sign by itself: "Décrivez un conflit" asks, "Préparez cinq
 *   histoires" advises, so the verbs of telling stay knowledge/asks.ts ASK_FORMS (`tell`) in every language;
 * - `finals`: endings that close a question (Korean 습니까/나요/까요, Japanese ですか/ますか), read at the line's end.
 *   Not a request (Korean 주세요, Japanese ください): an application form's "…을 작성해 주세요" (please write…) asks for
 *   a text to fill in as often as an interviewer asks for a story, and advice to the reader ends so too.
 * The questions answered by yes or no have no interrogative word; each language marks them its own way:
 * - `inverted`: the reader's pronoun joined by a hyphen to a verb that has no reflexive imperative (French
 *   inversion of an auxiliary or a modal: "Avez-vous déjà géré une équipe", "Pourrais-tu…"; "Présentez-vous",
 *   "Préparez-vous bien" are imperatives), or the language's question phrase opening the line ("Est-ce que vous…");
 * - `auxiliaries` with `address`: a verb that has no imperative (an auxiliary or a modal, "Sind Sie…", "Können Sie…",
 *   "Würden Sie…") opening the line with the reader addressed right after it; a verb of telling or doing in the same
 *   place is the polite imperative ("Erzählen Sie…" asks, "Nehmen Sie sich Zeit" advises: ASK_FORMS's to tell);
 * - `particle`: the question particle after the line's first word (Russian "Готовы ли вы к переезду", "Был ли у вас…");
 * - `opening`: the mark that opens a question (Spanish "¿", "¿Tienes experiencia liderando equipos" with its closing
 *   mark lost).
 */
export interface QuestionSyntax {
  lang: string;
  openers?: readonly string[];
  address?: readonly string[];
  finals?: readonly string[];
  /** The verb stands second (German): an interrogative word then the verb then the address, not "Wie Sie …" ("how you …"). */
  verbSecond?: boolean;
  /** Pronouns of the reader joined to the verb before them by a hyphen, and phrases that open a question. */
  inverted?: { verbs: readonly string[]; pronouns: readonly string[]; phrases: readonly string[] };
  /** Verbs with no imperative that open a yes-no question, the reader addressed right after them. */
  auxiliaries?: readonly string[];
  /** The question particle that stands after a yes-no question's first word. */
  particle?: string;
  /** The mark that opens a question. */
  opening?: string;
}

export const QUESTION_SYNTAX: readonly QuestionSyntax[] = [
  { lang: 'es', opening: '¿', openers: ['qué', 'por qué', 'cómo', 'cuál', 'cuáles', 'cuándo', 'dónde', 'quién', 'cuánto'], address: ['tú', 'tu', 'tus', 'te', 'usted', 'su', 'sus', 'ti'] },
  { lang: 'pt', openers: ['por que', 'por quê', 'qual', 'quais', 'como', 'o que', 'quando', 'onde', 'quem', 'quanto'], address: ['você', 'vocês', 'seu', 'sua', 'seus', 'suas', 'te', 'tu'] },
  { lang: 'fr', openers: ['pourquoi', 'comment', 'quel', 'quelle', 'quels', 'quelles', 'que', "qu'est-ce", 'qu’est-ce', 'quand', 'où', 'combien'], address: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi'], inverted: { verbs: ['avez', 'êtes', 'pouvez', 'pourriez', 'voulez', 'voudriez', 'seriez', 'auriez', 'allez', 'iriez', 'savez', 'sauriez', 'devez', 'devriez', 'as', 'es', 'peux', 'pourrais', 'veux', 'voudrais', 'serais', 'aurais', 'vas', 'sais', 'dois'], pronouns: ['vous', 'tu'], phrases: ["est-ce que", "est-ce qu'", 'est-ce qu’'] } },
  { lang: 'de', verbSecond: true, openers: ['warum', 'wieso', 'weshalb', 'wie', 'was', 'welche', 'welcher', 'welches', 'welchen', 'wann', 'wo', 'wer', 'womit', 'wofür'], address: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen'], auxiliaries: ['sind', 'bist', 'waren', 'warst', 'wären', 'wärst', 'können', 'kannst', 'könnten', 'könntest', 'würden', 'würdest', 'hätten', 'hättest', 'möchten', 'möchtest', 'wollen', 'willst', 'dürfen', 'darfst', 'müssen', 'musst', 'sollten', 'solltest', 'hast', 'hattest', 'hatten'] },
  { lang: 'it', openers: ['perché', 'come', 'quale', 'quali', 'cosa', 'che cosa', 'quando', 'dove', 'chi', 'quanto'], address: ['tu', 'tuo', 'tua', 'tuoi', 'ti', 'lei', 'suo', 'sua', 'voi', 'vostro'] },
  { lang: 'ru', openers: ['почему', 'зачем', 'как', 'какой', 'какая', 'какое', 'какие', 'каким', 'какую', 'что', 'где', 'когда', 'кем', 'чем', 'сколько', 'есть ли', 'был ли', 'были ли'], particle: 'ли', address: ['вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши', 'вашей', 'вашем', 'ты', 'тебя', 'тебе', 'твой', 'твоя', 'твои'] },
  { lang: 'ko', finals: ['습니까', '니까', '나요', '까요', '가요', '는지요', '시겠어요', '을까', '는가'] },
  { lang: 'ja', finals: ['ですか', 'ますか', 'でしょうか', 'ませんか', 'のか', 'たか'] },
];

/**
 * How a spoken talk is framed, per language: the greeting that opens it ("Hello", "안녕하세요", "はじめまして", "大家好",
 * "Bonjour"), the formula by which the speaker names themself ("my name is", "라고 합니다", "と申します", "我叫",
 * "me llamo", "меня зовут"), and the thanks that close it ("thank you", "감사합니다", "ありがとうございました", "谢谢").
 * A self-introduction written as a talk in sections ("# 자기소개" over "### 안녕하세요! 저는 …", topics, "### 긴 글
 * 읽어주셔서 감사합니다!") opens and closes so; a bank of answers is no one talk. Read by nlp/other-language.ts
 * `opensTalk` and `closesTalk` (the segmenter's test that a dress of headings is the sections of one answer).
 * Greetings are read at the start of a text; naming formulas and thanks anywhere in its first or last words.
 */
export interface TalkFrame {
  lang: string;
  /** Words that greet the listener, read at the start of a text (the script's case folded). */
  greetings: readonly string[];
  /** How the speaker names themself. */
  naming: readonly string[];
  /** How the speaker thanks the listener or reader at the end. */
  thanks: readonly string[];
}

export const TALK_FRAMES: readonly TalkFrame[] = [
  { lang: 'en', greetings: ['hi', 'hello', 'good morning', 'good afternoon', 'good evening', 'greetings'], naming: ['my name is', 'my name\'s'], thanks: ['thank you', 'thanks for', 'thanks again'] },
  { lang: 'es', greetings: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'saludos'], naming: ['me llamo', 'mi nombre es'], thanks: ['gracias', 'muchas gracias'] },
  { lang: 'pt', greetings: ['olá', 'ola', 'oi', 'bom dia', 'boa tarde', 'boa noite'], naming: ['meu nome é', 'me chamo', 'chamo-me'], thanks: ['obrigado', 'obrigada', 'muito obrigado', 'muito obrigada'] },
  { lang: 'fr', greetings: ['bonjour', 'bonsoir', 'salut'], naming: ["je m'appelle", 'je m’appelle', 'mon nom est', 'mon prénom est'], thanks: ['merci'] },
  { lang: 'de', greetings: ['hallo', 'guten tag', 'guten morgen', 'guten abend', 'servus', 'moin'], naming: ['ich heiße', 'ich heisse', 'mein name ist'], thanks: ['danke', 'vielen dank', 'herzlichen dank'] },
  { lang: 'it', greetings: ['ciao', 'buongiorno', 'buonasera', 'salve'], naming: ['mi chiamo', 'il mio nome è'], thanks: ['grazie'] },
  { lang: 'ru', greetings: ['здравствуйте', 'привет', 'добрый день', 'доброе утро', 'добрый вечер'], naming: ['меня зовут'], thanks: ['спасибо', 'благодарю'] },
  { lang: 'zh', greetings: ['大家好', '各位好', '您好', '你好', '各位面试官好', '面试官好', '老师好'], naming: ['我叫', '我的名字是', '我的名字叫'], thanks: ['谢谢', '感谢您', '感谢各位', '感谢大家', '謝謝'] },
  { lang: 'ja', greetings: ['はじめまして', '初めまして', '始めまして', 'こんにちは'], naming: ['と申します', 'といいます', 'と言います'], thanks: ['ありがとうございました', 'ありがとうございます'] },
  { lang: 'ko', greetings: ['안녕하세요', '안녕하십니까'], naming: ['라고 합니다', '제 이름은'], thanks: ['감사합니다', '고맙습니다', '감사드립니다'] },
];

/**
 * Who acts in an approach told with subject pronouns, in the languages the English tagger does not read (solo-heroics):
 * `self` the first person singular as a subject ("je", "j'", "ich", "ik", "я"), `shared` the first person plural
 * and its possessives ("nous", "on", "wir", "unser", "мы", "наш"), which is shared work. Others acting are the grammar's
 * words for people and its pronouns of the third person (OTHER_GRAMMARS `parties`, `others`). Not Chinese: measured
 * round 42, "我" told four times with no "我们" flagged a real answer that credits its team in other words, and found no
 * blind case more. `notAfterSelf`: characters after a form of the speaker that make it another word.
 */
export const OTHER_PRONOUN_VOICES: readonly { lang: string; self: readonly string[]; shared: readonly string[]; others?: readonly string[]; notAfterSelf?: string }[] = [
  { lang: 'fr', self: ['je', "j'"], shared: ['nous', 'on', 'notre', 'nos'] },
  { lang: 'de', self: ['ich'], shared: ['wir', 'uns', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres'] },
  { lang: 'nl', self: ['ik'], shared: ['we', 'wij', 'ons', 'onze'] },
  { lang: 'ru', self: ['я'], shared: ['мы', 'нас', 'нам', 'нами', 'наш', 'наша', 'наше', 'наши', 'нашего', 'нашей', 'наших'] },
];

export const OTHER_SOLO_FORMS: readonly OtherSoloForms[] = [
  { lang: 'es', forms: ['yo solo', 'yo sola', 'por mi cuenta', 'sin ayuda de nadie', 'sin ninguna ayuda', 'nadie más', 'solo yo'] },
  { lang: 'pt', forms: ['sozinho', 'sozinha', 'por conta própria', 'sem ajuda de ninguém', 'sem nenhuma ajuda', 'ninguém mais', 'só eu'] },
  { lang: 'fr', forms: ['en solo', 'tout seul', 'toute seule', 'moi seul', 'moi seule', 'sans aide', "sans l'aide de personne", "personne d'autre"] },
  { lang: 'de', forms: ['komplett allein', 'völlig allein', 'allein gestemmt', 'ganz allein', 'ganz alleine', 'im alleingang', 'ohne hilfe', 'niemand sonst', 'ich allein'] },
  { lang: 'it', forms: ['da solo', 'da sola', 'senza aiuto', "senza l'aiuto di nessuno", 'nessun altro'] },
  { lang: 'ru', forms: ['в одиночку', 'без помощи', 'всё сам', 'всё сама', 'сам всё', 'сама всё', 'никто больше'] },
  { lang: 'nl', forms: ['helemaal alleen', 'in mijn eentje', 'zonder hulp', 'zonder enige hulp', 'niemand anders', 'ik alleen', 'op eigen houtje'] },
  { lang: 'pl', forms: ['w pojedynkę', 'sam jeden', 'sama jedna', 'bez pomocy', 'bez niczyjej pomocy', 'nikt inny', 'zupełnie sam', 'zupełnie sama', 'całkiem sam', 'całkiem sama', 'sam wszystko', 'sama wszystko', 'wszystko sam', 'wszystko sama'] },
  { lang: 'zh', forms: ['我一个人', '一个人完成', '独自完成', '独自', '单枪匹马', '独立完成', '全靠我', '一个人扛', '一个人搞定', '一个人负责'] },
  { lang: 'ja', forms: ['私一人で', '自分一人で', '僕一人で', '一人で', 'ひとりで', '独りで', '独力で', '単独で', '誰にも頼らず', '誰の助けも借りず'] },
  { lang: 'ko', forms: ['혼자', '홀로', '혼자서', '혼자 힘으로', '저 혼자', '나 혼자', '단독으로', '누구의 도움도 없이'] },
];

/**
 * A note written where a part's words go, saying the part is not written (yet), has nothing, or is told elsewhere, by
 * language, in two kinds: `later`, a note that the words are still to come ("TBD", "kommt noch", "pendiente", "à
 * venir", "（未記入）", "待补充", "추후 작성"), and `none`, a note that there is nothing or that it is told elsewhere
 * ("n/a", "k. A.", "ver arriba", "特になし", "略", "특별히 없음"). empty-section reads both as a part's whole content
 * (with punctuation, dashes or brackets around it at most); placeholder reads the `later` notes as a line that only
 * says the answer is not written yet. Never inside a sentence.
 */
export const NOT_WRITTEN_NOTES: Readonly<Record<string, { readonly later: readonly string[]; readonly none: readonly string[] }>> = {
  en: {
    later: ['tbd', 'tba', 'tbc', 'todo', 'to do', 'coming soon', 'pending', 'later', 'to follow', 'to be written', 'to be added', 'to be done', 'not yet'],
    none: ['n/a', 'na', 'none', 'none yet', 'nothing', 'nothing yet', 'nothing here', 'see above', 'same as above', 'as above', 'skip', 'skipped', 'omitted'],
  },
  de: {
    later: ['kommt noch', 'folgt', 'folgt noch', 'noch offen', 'später', 'nachtragen'],
    none: ['k. a.', 'k.a.', 'keine angabe', 'keine angaben', 'siehe oben', 'wie oben', 'offen', 'entfällt', 'noch nichts'],
  },
  es: {
    later: ['pendiente', 'por completar', 'a completar', 'por definir', 'a definir', 'por escribir', 'próximamente', 'más adelante'],
    none: ['ver arriba', 'véase arriba', 'nada', 'nada aún', 'nada todavía', 'ninguno', 'ninguna'],
  },
  pt: {
    later: ['a definir', 'pendente', 'a completar', 'por completar', 'em breve', 'depois'],
    none: ['ver acima', 'veja acima', 'nada', 'nada ainda', 'nenhum', 'nenhuma'],
  },
  fr: {
    later: ['à venir', 'a venir', 'à compléter', 'à définir', 'à rédiger', 'prochainement', 'plus tard'],
    none: ['voir ci-dessus', 'cf. ci-dessus', 'néant', 'rien', 'rien pour l’instant', "rien pour l'instant"],
  },
  it: {
    later: ['da definire', 'da completare', 'da scrivere', 'in arrivo', 'più avanti'],
    none: ['vedi sopra', 'niente', 'nessuno', 'nulla'],
  },
  nl: {
    later: ['volgt', 'volgt nog', 'nog in te vullen', 'later'],
    none: ['zie boven', 'zie hierboven', 'geen', 'niets', 'n.v.t.', 'nvt'],
  },
  pl: {
    later: ['do uzupełnienia', 'uzupełnię później', 'później'],
    none: ['brak', 'patrz wyżej', 'zob. wyżej', 'nic'],
  },
  ru: {
    later: ['позже', 'потом', 'допишу', 'дописать', 'будет позже', 'в процессе'],
    none: ['см. выше', 'нет', 'пока нет', 'ничего', 'н/д'],
  },
  ja: {
    later: ['未記入', '未定', '後で書く', 'あとで書く', '準備中', '作成中'],
    none: ['特になし', '特に無し', 'なし', '無し', '省略', '上記参照', '上記の通り'],
  },
  zh: {
    later: ['待补充', '待補充', '待定', '待完善', '未完成', '未填写', '未填寫'],
    none: ['略', '无', '無', '暂无', '暫無', '同上', '见上', '見上', '见上文'],
  },
  ko: {
    later: ['미정', '추후 작성', '나중에 작성', '작성 중'],
    none: ['없음', '특별히 없음', '위와 같음', '생략'],
  },
  hi: {
    later: ['बाद में'],
    none: ['कुछ नहीं', 'ऊपर देखें', 'लागू नहीं'],
  },
};

/**
 * The two red flags of blame and badmouthing in languages with no grammar above (Hindi, Bengali, Turkish, the
 * Scandinavian languages, Czech, Croatian, Hungarian, Finnish, Romanian, Indonesian, Tagalog, Greek, Hebrew, Arabic,
 * Vietnamese), read by meaning with one plain reader for all of them (other-language.ts plainFlags): a sentence that
 * names a party at work and either gives it as the fault or cause of a failure (blame) or says a judgment of it
 * (badmouthing), in the speaker's own plain voice. These grammars are kept apart from OTHER_GRAMMARS: they tell no
 * language (languageOf, the part reader) and join no union of the other languages' words.
 *
 * A form ending in `*` is a stem (any letters after it: "tedarikçi*" is "tedarikçiden", "tedarikçinin"); any other is
 * a whole word or phrase. `faults` take the failure as given ("kvůli" no, "vinou" yes: "the supplier's fault");
 * `causes` need a failure of `failures` told in the sentence. `negatedAfter`: a negator follows what it denies
 * ("… की वजह से नहीं", "… yüzünden değil"), so the words right after a form are read for one too.
 */
/**
 * "And" and "or" of the languages the plain reader reads (and of their neighbours whose words it meets): between a
 * judgment and a word for a party, one of them starts a new phrase, so the judgment is not the party's attribute
 * ("beceriksizdi ve ekip", "neschopný a tým").
 */
export const PHRASE_CONJUNCTIONS: readonly string[] = [
  've', 'ile', 'och', 'og', 'a', 'i', 'és', 'ja', 'sekä', 'și', 'şi', 'dan', 'atau', 'και', 'ή', 'ו', 'و', 'và', 'hoặc', 'और', 'या', 'এবং', 'ও',
  'at', 'en', 'und', 'y', 'e', 'et', 'ed', 'oraz', 'lub', 'nebo', 'ili', 'alebo', 'in', 'kui',
];

export interface PlainFlagForms {
  lang: string;
  parties: readonly string[];
  faults: readonly string[];
  causes: readonly string[];
  failures: readonly string[];
  /** A share taken ("my fault", "I should have"): no blame in that sentence. */
  owned: readonly string[];
  /** Judgments of people: incompetent, useless, clueless, lazy, toxic. */
  judgments: readonly string[];
  negators: readonly string[];
  /** The speaker as a subject ("I", "we"): between a party and what is said, the clause is the speaker's. */
  self: readonly string[];
  /** Someone else's words reported ("said", "according to"). */
  reported: readonly string[];
  negatedAfter?: boolean;
}

export const PLAIN_FLAG_FORMS: readonly PlainFlagForms[] = [
  {
    lang: 'hi',
    parties: ['मैनेजर*', 'प्रबंधक*', 'प्रबंधन*', 'बॉस*', 'वेंडर*', 'विक्रेता*', 'क्लाइंट*', 'ग्राहक*', 'सहकर्मी*', 'कंपनी*', 'विभाग*', 'डायरेक्टर*', 'निदेशक*', 'सप्लायर*', 'आपूर्तिकर्ता*', 'ठेकेदार*', 'टीम*', 'टीम लीड*', 'एजेंसी*', 'पार्टनर*'],
    faults: ['की गलती', 'की ग़लती', 'का दोष', 'के दोष'],
    causes: ['की वजह से', 'के कारण', 'के चलते', 'क्योंकि'],
    failures: ['देर*', 'विफल*', 'नाकाम*', 'टल*', 'चूक*', 'फेल*', 'नुकसान*', 'खो दिया', 'खो दी', 'खो दिए', 'छूट*', 'अटक*', 'लेट*', 'रुक*', 'ठप*', 'जवाब नहीं', 'नहीं दिया', 'नहीं भेजा', 'नज़रअंदाज़*', 'अनदेखा', 'भूल गए', 'भूल गया'],
    owned: ['मेरी गलती', 'मेरी ग़लती', 'हमारी गलती', 'हमारी ग़लती', 'मेरा दोष', 'मेरी जिम्मेदारी', 'मेरी ज़िम्मेदारी', 'मुझे चाहिए था', 'मुझसे चूक'],
    judgments: ['निकम्मा', 'निकम्मी', 'निकम्मे', 'नाकारा', 'नालायक', 'अक्षम', 'मूर्ख', 'बेवकूफ़*', 'बेवकूफ*', 'आलसी', 'कामचोर', 'ज़हरीला', 'जहरीला', 'ज़हरीली', 'जहरीली', 'घमंडी', 'बेकार', 'कोई समझ नहीं', 'कुछ नहीं आता', 'कुछ नहीं जानता', 'कुछ नहीं जानते', 'अयोग्य', 'नकारा', 'बदतमीज़', 'तानाशाह', 'बेकार इंसान', 'कुछ नहीं समझता', 'कुछ नहीं समझते', 'कोई अक्ल नहीं', 'अक्ल नहीं'],
    negators: ['नहीं', 'न', 'ना', 'मत'],
    self: ['मैं', 'मैंने', 'हम', 'हमने'],
    reported: ['कहा', 'कहना', 'बोला', 'बोले', 'के अनुसार', 'के मुताबिक'],
    negatedAfter: true,
  },
  {
    lang: 'bn',
    parties: ['ম্যানেজার*', 'বস*', 'ভেন্ডর*', 'ক্লায়েন্ট*', 'গ্রাহক*', 'সহকর্মী*', 'টিম*', 'কোম্পানি*', 'বিভাগ*', 'সরবরাহকারী*', 'ঠিকাদার*', 'পরিচালক*', 'কর্তৃপক্ষ*'],
    faults: ['দোষ*'],
    causes: ['কারণে', 'এর কারণে', 'র কারণে', 'কারণ'],
    failures: ['দেরি*', 'বিলম্ব*', 'ব্যর্থ*', 'হারিয়ে*', 'পিছিয়ে*', 'আটকে*', 'উত্তর দেয়নি', 'পাঠায়নি', 'উপেক্ষা*', 'ভুলে গেছে*'],
    owned: ['আমার দোষ', 'আমার ভুল', 'আমাদের ভুল', 'আমাদের দোষ', 'আমার দায়'],
    judgments: ['অযোগ্য', 'অকর্মণ্য', 'অপদার্থ', 'অলস', 'বোকা', 'অদক্ষ', 'কিছুই জানত না', 'কিছুই বুঝত না', 'কিছুই জানেন না', 'কিছুই বোঝেন না', 'অপদার্থ', 'বোকার মতো', 'অকেজো', 'কিছুই জানে না', 'কিছুই বোঝে না', 'অজ্ঞ'],
    negators: ['না', 'নি', 'নেই', 'নয়'],
    self: ['আমি', 'আমরা'],
    reported: ['বলেছে*', 'বলল*', 'বলেছিল*', 'মতে'],
    negatedAfter: true,
  },
  {
    lang: 'tr',
    parties: ['tedarikçi*', 'müdür*', 'yönetici*', 'yönetim*', 'patron*', 'şef*', 'amir*', 'ekip*', 'takım*', 'şirket*', 'müşteri*', 'departman*', 'birim*', 'firma*', 'ajans*', 'satıcı*', 'meslektaş*', 'iş arkadaş*', 'danışman*', 'taşeron*', 'tedarik eden*'],
    faults: ['yüzünden', 'hatası*', 'suçu*', 'kaynaklan*'],
    causes: ['nedeniyle', 'sebebiyle', 'dolayı', 'çünkü'],
    failures: ['gecik*', 'çök*', 'kaybet*', 'kaçır*', 'başarısız*', 'ertele*', 'aksa*', 'yetişme*', 'kapalı kal*', 'teslim etmedi*', 'cevap vermedi*', 'yanıt vermedi*', 'görmezden*', 'unuttu*'],
    owned: ['benim', 'bende', 'payım', 'benim hatam', 'hatam', 'hatamız', 'bizim hatamız', 'suçum', 'sorumluluğum', 'yapmalıydım', 'etmeliydim'],
    judgments: ['beceriksiz*', 'yeteneksiz*', 'işe yaramaz*', 'tembel*', 'cahil*', 'aptal*', 'salak*', 'toksik*', 'sorumsuz*', 'kibirli*', 'ukala*', 'hiçbir şey bilmi*', 'hiçbir şeyden anlamı*', 'bir felaket*', 'vasat*', 'yetersiz*', 'kabiliyetsiz*', 'işini bilmeyen', 'hiçbir şeyden haberi yok*', 'bilgisiz*', 'cahilin teki', 'berbat*'],
    negators: ['değil', 'değildi', 'değildir', 'hiç', 'yok', 'asla'],
    self: ['ben', 'biz'],
    reported: ['dedi*', 'söyledi*', 'göre', 'iddia*'],
    negatedAfter: true,
  },
  {
    lang: 'sv',
    parties: ['chef*', 'ledning*', 'leverantör*', 'kund*', 'kolleg*', 'team*', 'avdelning*', 'företag*', 'byrå*', 'konsult*', 'projektledare*', 'manager*', 'ledare*', 'underleverantör*', 'beställare*'],
    faults: ['skuld', 'skulden'],
    causes: ['på grund av', 'berodde på', 'berodde helt på', 'fel', 'eftersom', 'för att'],
    failures: ['försen*', 'misslyck*', 'missade', 'förlorade', 'kraschade', 'inte blev av', 'blev inte av', 'inte klar*', 'för sent', 'sent', 'inte på två veckor', 'svarade inte', 'levererade inte', 'ignorerade', 'glömde'],
    owned: ['mitt fel', 'vårt fel', 'min skuld', 'vår skuld', 'jag borde', 'borde jag'],
    judgments: ['inkompetent*', 'oduglig*', 'värdelös*', 'lat', 'lata', 'korkad*', 'giftig*', 'toxisk*', 'ingen aning', 'inte hade en aning', 'hade ingen aning', 'oförmögen', 'oförmögna', 'en katastrof', 'ett skämt', 'klantig*', 'dum', 'dumma', 'hopplös*', 'förstod ingenting', 'visste ingenting', 'kunde ingenting', 'begrep ingenting'],
    negators: ['inte', 'aldrig', 'ingen', 'inget', 'icke'],
    self: ['jag', 'vi'],
    reported: ['sa', 'sade', 'sagt', 'enligt', 'påstod'],
  },
  {
    lang: 'no',
    parties: ['sjef*', 'ledelse*', 'leverandør*', 'kunde*', 'kolleg*', 'team*', 'avdeling*', 'firma*', 'selskap*', 'byrå*', 'konsulent*', 'prosjektleder*', 'leder*', 'underleverandør*'],
    faults: ['skyld', 'skylden'],
    causes: ['på grunn av', 'skyldes', 'skyldtes', 'feil', 'fordi'],
    failures: ['forsink*', 'mislyk*', 'mistet', 'tapte', 'ble ikke', 'ikke ferdig', 'for sent', 'sent', 'svarte ikke', 'leverte ikke', 'ignorerte', 'glemte'],
    owned: ['min skyld', 'min feil', 'vår skyld', 'vår feil', 'jeg burde', 'burde jeg'],
    judgments: ['inkompetent*', 'udugelig*', 'ubrukelig*', 'lat', 'dum', 'dumme', 'giftig*', 'toksisk*', 'ingen anelse', 'anet ikke', 'aner ikke', 'en katastrofe', 'en vits', 'klønete', 'håpløs*', 'forsto ingenting', 'visste ingenting', 'kunne ingenting', 'skjønte ingenting'],
    negators: ['ikke', 'aldri', 'ingen', 'intet'],
    self: ['jeg', 'vi'],
    reported: ['sa', 'sagt', 'ifølge', 'påsto', 'hevdet'],
  },
  {
    lang: 'da',
    parties: ['chef*', 'ledelse*', 'leverandør*', 'kunde*', 'kolleg*', 'team*', 'afdeling*', 'firma*', 'selskab*', 'bureau*', 'konsulent*', 'projektleder*', 'leder*', 'underleverandør*'],
    faults: ['skyld', 'skylden'],
    causes: ['på grund af', 'skyldes', 'skyldtes', 'fejl', 'fordi'],
    failures: ['forsink*', 'mislyk*', 'mistede', 'tabte', 'blev ikke', 'ikke færdig', 'for sent', 'sent', 'svarede ikke', 'leverede ikke', 'ignorerede', 'glemte'],
    owned: ['min skyld', 'min fejl', 'vores skyld', 'vores fejl', 'jeg burde', 'burde jeg'],
    judgments: ['inkompetent*', 'uduelig*', 'ubrugelig*', 'doven', 'dovne', 'dum', 'dumme', 'giftig*', 'toksisk*', 'ingen anelse', 'anede ikke', 'aner ikke', 'en katastrofe', 'en joke', 'klodset*', 'håbløs*', 'forstod ingenting', 'vidste ingenting', 'kunne ingenting', 'fattede ingenting'],
    negators: ['ikke', 'aldrig', 'ingen', 'intet'],
    self: ['jeg', 'vi'],
    reported: ['sagde', 'sagt', 'ifølge', 'påstod', 'hævdede'],
  },
  {
    lang: 'cs',
    parties: ['dodavatel*', 'subdodavatel*', 'zákazník*', 'klient*', 'šéf*', 'vedoucí*', 'vedení', 'manažer*', 'kolega', 'kolegy', 'kolegů', 'kolegové', 'kolegyně', 'tým*', 'oddělení', 'firm*', 'společnost*', 'agentur*', 'konzultant*', 'ředitel*', 'nadřízen*', 'vedoucího', 'vedoucímu'],
    faults: ['vinou', 'vina', 'vinu'],
    causes: ['kvůli', 'způsobil*', 'protože', 'jelikož'],
    failures: ['zpožd*', 'nestihl*', 'selhal*', 'ztratil*', 'nevyšl*', 'nedodal*', 'neodpovídal*', 'neodpověděl*', 'pozdě', 'později', 'zkrachoval*', 'nedodal*', 'nereagoval*', 'ignoroval*', 'zapomněl*', 'změnil*'],
    owned: ['moje chyba', 'naše chyba', 'moje vina', 'naše vina', 'moje chyby', 'měl jsem', 'měla jsem', 'měli jsme'],
    judgments: ['neschopn*', 'k ničemu', 'líný', 'líná', 'líní', 'toxick*', 'ani páru', 'diletant*', 'amatér*', 'hloup*', 'nekompetentní*', 'katastrofa', 'k smíchu', 'nanic', 'zbytečn*', 'idiot*', 'neměl tušení', 'neměla tušení', 'neměli tušení'],
    negators: ['ne', 'není', 'nebyl*', 'nikdy', 'žádn*'],
    self: ['já', 'my'],
    reported: ['řekl*', 'tvrdil*', 'podle', 'prohlásil*'],
  },
  {
    lang: 'hr',
    parties: ['dobavljač*', 'klijent*', 'šef*', 'voditelj*', 'menadžer*', 'menedžer*', 'kolega', 'kolege', 'kolegic*', 'tim', 'tima', 'timu', 'odjel*', 'tvrtk*', 'firm*', 'uprav*', 'direktor*', 'nadređen*', 'agencij*', 'izvođač*', 'rukovoditelj*', 'rukovodstv*'],
    faults: ['krivnj*', 'krivic*', 'kriv', 'kriva'],
    causes: ['zbog', 'uzrokova*', 'jer', 'zato što'],
    failures: ['kašnj*', 'kasni*', 'zakasn*', 'propa*', 'izgubili', 'nismo stigli', 'nije isporuč*', 'nisu isporuč*', 'nije odgovor*', 'nisu odgovor*', 'ignorira*', 'zaboravi*', 'nije reagira*', 'nisu reagira*'],
    owned: ['moja krivnja', 'moja greška', 'naša greška', 'naša krivnja', 'moja odgovornost', 'trebao sam', 'trebala sam'],
    judgments: ['nesposob*', 'beskorist*', 'lijen*', 'lenj*', 'glup*', 'toksič*', 'nema pojma', 'nije imao pojma', 'nije imala pojma', 'pojma nije imao', 'pojma nije imala', 'pojma nemaju', 'nestručn*', 'katastrofa', 'katastrofalan', 'nestručan', 'idiot*', 'šeprtlja*', 'neznalica*'],
    negators: ['ne', 'nije', 'nisu', 'nikad', 'nikada', 'nimalo'],
    self: ['ja', 'mi'],
    reported: ['rekao', 'rekla', 'rekli', 'prema', 'tvrdio', 'tvrdila', 'kaže', 'kažu'],
  },
  {
    lang: 'hu',
    parties: ['beszállító*', 'szállító*', 'alvállalkozó*', 'ügyfél*', 'ügyfel*', 'főnök*', 'vezető*', 'vezetés*', 'kolléga*', 'csapat*', 'osztály*', 'cég*', 'ügynökség*', 'menedzser*', 'megrendelő*', 'igazgató*'],
    faults: ['hibáj*', 'hibából', 'bűn*'],
    causes: ['miatt*', 'okozt*', 'mert'],
    failures: ['késés*', 'késett*', 'késve', 'késő*', 'később', 'csúsz*', 'elmarad*', 'nem érkez*', 'nem sikerült', 'elveszít*', 'elvesz*', 'bukás*', 'meghiúsult', 'nem válaszolt', 'nem szállított', 'figyelmen kívül', 'elfelejtett*', 'csúszott', 'csúszás*', 'nem készült el'],
    owned: ['hibám', 'az én hibám', 'a mi hibánk', 'hibánk', 'felelősségem', 'kellett volna'],
    judgments: ['alkalmatlan*', 'hozzá nem értő*', 'inkompetens*', 'lusta', 'lusták', 'semmirekellő*', 'használhatatlan*', 'toxikus*', 'fogalma sem volt', 'fogalma sincs', 'fogalmuk sem volt', 'fogalmuk sincs', 'buta', 'ostoba*', 'katasztrófa', 'vicc', 'idióta*', 'hülye*', 'tehetségtelen*', 'gyenge vezető'],
    negators: ['nem', 'sem', 'soha', 'nincs', 'nem volt'],
    self: ['én', 'mi'],
    reported: ['mondta*', 'szerint', 'állította*'],
  },
  {
    lang: 'fi',
    parties: ['alihankkij*', 'toimittaj*', 'asiaka*', 'asiakas', 'pomo*', 'esimie*', 'esihenkilö*', 'johto', 'johdon', 'johtaja*', 'kollega*', 'työkaveri*', 'tiimi*', 'osasto*', 'yritys*', 'yrityks*', 'konsult*', 'päällikkö*', 'päällikö*', 'tilaaja*', 'kumppani*'],
    faults: ['syyllinen', 'syyllisiä', 'syyllis*', 'syytä'],
    causes: ['syy', 'takia', 'vuoksi', 'johtui*', 'aiheutti*', 'vika*', 'koska'],
    failures: ['viiväst*', 'myöhäs*', 'myöhässä', 'epäonnist*', 'menet*', 'kaatui*', 'jäi kesken', 'ei valmistunut', 'ei vastannut', 'ei toimittanut', 'eivät toimittaneet', 'ei reagoinut', 'unohti*', 'sivuutti*'],
    owned: ['minun vikani', 'oma vikani', 'vikani', 'syyni', 'minun syyni', 'meidän syymme', 'virheeni', 'olisi pitänyt'],
    judgments: ['kyvytön', 'kyvyttöm*', 'osaamato*', 'epäpätev*', 'laiska*', 'hyödytön', 'hyödyttöm*', 'toksinen', 'toksise*', 'hajuakaan', 'täysin pihalla', 'tyhm*', 'ei ollut hajuakaan', 'ei ole hajuakaan', 'katastrofi', 'vitsi', 'idiootti*', 'avuton', 'avuttom*'],
    negators: ['ei', 'eikä', 'en', 'emme', 'eivät', 'koskaan'],
    self: ['minä', 'me'],
    reported: ['sanoi*', 'mukaan', 'väitti*'],
  },
  {
    lang: 'ro',
    parties: ['client*', 'furnizor*', 'șef*', 'şef*', 'manager*', 'coleg*', 'echip*', 'departament*', 'firm*', 'companie*', 'compani*', 'agenți*', 'conducer*', 'director*', 'subcontractor*', 'superior*'],
    faults: ['din vina', 'vina', 'vinovat*'],
    causes: ['din cauza', 'datorită', 'cauzat*', 'pentru că', 'deoarece'],
    failures: ['întârzi*', 'intarzi*', 'eșu*', 'eşu*', 'pierdut', 'ratat*', 'nu a livrat', 'nu au livrat', 'n-am reușit', 'nu am reușit', 'nu a răspuns', 'nu au răspuns', 'a ignorat', 'au ignorat', 'a uitat', 'au uitat'],
    owned: ['vina mea', 'vina noastră', 'greșeala mea', 'greșeala noastră', 'trebuia să fi', 'ar fi trebuit să'],
    judgments: ['incompetentă', 'incompetenți', 'incompetente', 'nepriceput*', 'inutil*', 'leneș*', 'leneş*', 'toxică', 'toxici', 'toxice', 'habar nu avea', 'habar n-avea', 'habar n-aveau', 'nu știa nimic', 'nu ştia nimic', 'un dezastru', 'prost', 'proastă', 'proști', 'o catastrofă', 'o glumă', 'idiot*', 'habar nu aveau', 'nu știau nimic'],
    negators: ['nu', 'n-a', 'n-au', 'n-am', 'niciodată', 'nici', 'nicio', 'niciun'],
    self: ['eu', 'noi'],
    reported: ['spus', 'spunea', 'zis', 'potrivit', 'conform', 'susținea'],
  },
  {
    lang: 'id',
    parties: ['vendor', 'vendornya', 'pemasok', 'klien', 'kliennya', 'pelanggan', 'atasan', 'atasanku', 'atasannya', 'bos', 'bosku', 'manajer', 'manajerku', 'rekan kerja', 'tim', 'timnya', 'divisi', 'departemen', 'perusahaan', 'agensi', 'kontraktor', 'mitra', 'pimpinan', 'manajemen', 'pihak'],
    faults: ['gara-gara'],
    causes: ['karena', 'akibat', 'disebabkan oleh', 'lantaran', 'kesalahan', 'salah'],
    failures: ['terlambat', 'telat', 'tertunda', 'mundur', 'gagal', 'kehilangan', 'tidak selesai', 'molor', 'batal'],
    owned: ['kesalahan saya', 'salah saya', 'kesalahan kami', 'salah kami', 'kesalahanku', 'salahku', 'tanggung jawab saya', 'seharusnya saya'],
    judgments: ['tidak becus', 'nggak becus', 'gak becus', 'ga becus', 'tidak kompeten', 'malas', 'pemalas', 'bodoh', 'tolol', 'tidak tahu apa-apa', 'nggak ngerti apa-apa', 'gak ngerti apa-apa', 'tidak berguna', 'toksik', 'payah', 'tidak kompeten', 'bencana', 'lelucon', 'tidak becus bekerja', 'idiot', 'goblok'],
    negators: ['tidak', 'tak', 'bukan', 'belum', 'nggak', 'gak', 'enggak', 'tiada'],
    self: ['saya', 'aku', 'kami', 'kita'],
    reported: ['kata', 'katanya', 'bilang', 'menurut', 'mengatakan'],
  },
  {
    lang: 'tl',
    parties: ['boss', 'amo', 'manager', 'kasamahan', 'katrabaho', 'supplier', 'vendor', 'kliyente', 'kompanya', 'departamento', 'superbisor', 'pinuno'],
    faults: ['kasalanan'],
    causes: ['dahil sa', 'dahil kay', 'kasi', 'dahil'],
    failures: ['naantala', 'na-delay', 'nabigo', 'nawala', 'late', 'hindi natapos', 'hindi naihatid', 'hindi sumagot', 'hindi nagpadala', 'hindi tumugon', 'binalewala', 'nakalimutan'],
    owned: ['kasalanan ko', 'kasalanan namin', 'pagkakamali ko', 'pananagutan ko'],
    judgments: ['walang alam', 'walang silbi', 'walang kwenta', 'walang kuwenta', 'tamad', 'bobo', 'inutil', 'walang kakayahan'],
    negators: ['hindi', 'di'],
    self: ['ako', 'kami', 'tayo'],
    reported: ['sabi', 'sinabi', 'ayon sa'],
  },
  {
    lang: 'el',
    parties: ['προμηθευτ*', 'πελάτ*', 'προϊστάμεν*', 'διευθυντ*', 'μάνατζερ', 'συνάδελφ*', 'ομάδα*', 'εταιρεί*', 'εταιρί*', 'τμήμα*', 'αφεντικ*', 'υπεύθυν*', 'εργολάβ*', 'διοίκηση*', 'συνεργάτ*'],
    faults: ['εξαιτίας', 'φταίει', 'έφταιγε', 'έφταιξε', 'υπαιτιότητα*'],
    causes: ['λόγω', 'επειδή', 'ευθύνη*'],
    failures: ['καθυστέρ*', 'απέτυχ*', 'χάσαμε', 'χάθηκ*', 'αργήσ*', 'δεν παρέδωσ*', 'δεν απάντησ*', 'ναυάγησ*'],
    owned: ['δικό μου λάθος', 'λάθος μου', 'ευθύνη μου', 'δική μου ευθύνη', 'δική μας ευθύνη', 'φταίω', 'φταίξαμε', 'έπρεπε να είχα'],
    judgments: ['ανίκαν*', 'άχρηστ*', 'αχρηστ*', 'τεμπέλ*', 'τοξικ*', 'ηλίθι*', 'άσχετ*', 'καμία ιδέα', 'ιδέα δεν είχε', 'δεν είχε ιδέα', 'δεν είχαν ιδέα', 'δεν σκάμπαζε*', 'καταστροφή', 'αστείο', 'ανεπαρκ*', 'άχρηστος', 'βλάκ*'],
    negators: ['δεν', 'δε', 'μην', 'ποτέ', 'ούτε', 'όχι'],
    self: ['εγώ', 'εμείς'],
    reported: ['είπε', 'είπαν', 'σύμφωνα', 'ισχυρίστηκε', 'ισχυρίστηκαν'],
  },
  {
    lang: 'he',
    parties: ['הספק', 'ספק', 'הספקים', 'הלקוח', 'לקוח', 'המנהל', 'מנהל', 'המנהלת', 'מנהלת', 'הבוס', 'בוס', 'הצוות', 'צוות', 'המחלקה', 'מחלקה', 'החברה', 'הקבלן', 'קבלן', 'עמית', 'העמיתים', 'ההנהלה', 'הנהלה', 'הממונה', 'ממונה', 'הראש צוות', 'ראש הצוות', 'ראש צוות'],
    faults: ['באשמת', 'אשמת', 'האשמה', 'אשם', 'אשמה', 'אשמים'],
    causes: ['בגלל', 'כי', 'מכיוון ש'],
    failures: ['עיכוב*', 'התעכב*', 'איחור*', 'איחר*', 'באיחור', 'נכשל*', 'כישלון', 'הפסדנו', 'פספסנו', 'התפספס*', 'לא עמד*', 'לא סיפק*', 'לא ענה', 'לא ענו', 'התעלם', 'התעלמו', 'שכח', 'שכחו', 'לא סיפקו', 'לא העבירו'],
    owned: ['אשמתי', 'האשמה שלי', 'הטעות שלי', 'טעיתי', 'אחריותי', 'באחריותי', 'האחריות שלי', 'הייתי צריך', 'הייתי צריכה'],
    judgments: ['לא יוצלח', 'חסר יכולת', 'חסרת יכולת', 'חסרי יכולת', 'לא מקצועי', 'לא מקצועית', 'עצלן', 'עצלנית', 'עצלנים', 'טיפש', 'טיפשה', 'רעיל', 'רעילה', 'אין לו מושג', 'אין לה מושג', 'אין להם מושג', 'שום מושג', 'חסר תועלת', 'חסרת תועלת', 'כלום לא מבין', 'לא מבין כלום', 'אסון', 'בדיחה', 'כישלון מהלך', 'חסר כישרון', 'חסרת כישרון', 'לא כשיר', 'לא כשירה', 'גרוע', 'גרועה', 'מטומטם', 'מטומטמת', 'אידיוט'],
    negators: ['לא', 'אין', 'אף', 'מעולם', 'בכלל לא'],
    self: ['אני', 'אנחנו'],
    reported: ['אמר', 'אמרה', 'אמרו', 'לדבריו', 'לדבריה', 'לטענת', 'לטענתו', 'לפי'],
  },
  {
    lang: 'ar',
    parties: ['المورد', 'مورد', 'الموردين', 'العميل', 'عميل', 'المدير', 'مدير', 'مديري', 'رئيسي', 'الرئيس', 'الفريق', 'فريق', 'القسم', 'قسم', 'الشركة', 'شركة', 'الزملاء', 'زميل', 'زملائي', 'الإدارة', 'إدارة', 'المقاول', 'مقاول', 'الوكالة', 'المسؤول', 'المزود', 'مزود'],
    faults: ['ذنب', 'تقع المسؤولية', 'المسؤولية تقع', 'يتحمل المسؤولية'],
    causes: ['بسبب', 'خطأ', 'لأن', 'لان'],
    failures: ['تأخر*', 'التأخير', 'تأخير', 'فشل*', 'الفشل', 'خسرنا', 'فاتنا', 'تعطل*', 'لم يسلم', 'لم يرد', 'توقف*', 'تجاهل*', 'نسي*', 'لم يرسل*', 'لم يستجب*', 'لم يلتزم*'],
    owned: ['خطئي', 'خطأي', 'ذنبي', 'مسؤوليتي', 'خطؤنا', 'خطأنا', 'كان علي', 'كان عليّ', 'أخطأت'],
    judgments: ['غير كفء', 'غير كفؤ', 'عديم الكفاءة', 'عديمة الكفاءة', 'فاشل', 'فاشلة', 'كسول', 'كسولة', 'غبي', 'غبية', 'سام', 'سامة', 'لا يفهم شيئا', 'لا يفهم شيئاً', 'لا يفقه شيئا', 'لا يفقه شيئاً', 'عديم الفائدة', 'جاهل', 'لا فائدة منه', 'كارثة', 'مهزلة', 'أحمق', 'حمقى', 'غير مؤهل', 'غير مؤهلة', 'عديم الخبرة', 'لا يعرف شيئا', 'لا يعرف شيئاً', 'متسلط', 'سيئ', 'سيء'],
    negators: ['لا', 'لم', 'لن', 'ليس', 'ليست', 'أبدا', 'أبداً'],
    self: ['أنا', 'نحن'],
    reported: ['قال', 'قالت', 'قالوا', 'حسب', 'بحسب', 'وفقا', 'وفقاً', 'ادعى', 'زعم'],
  },
  {
    lang: 'vi',
    parties: ['nhà cung cấp', 'đối tác', 'khách hàng', 'sếp', 'quản lý', 'trưởng nhóm', 'đồng nghiệp', 'nhóm', 'đội', 'phòng', 'công ty', 'ban giám đốc', 'giám đốc', 'nhà thầu', 'bên kia', 'bộ phận'],
    faults: ['lỗi của', 'lỗi là của', 'do lỗi', 'trách nhiệm thuộc về'],
    causes: ['vì', 'do', 'bởi', 'bởi vì', 'tại vì'],
    failures: ['trễ', 'chậm', 'chậm trễ', 'thất bại', 'mất', 'lỡ', 'hoãn', 'không kịp', 'không giao', 'không trả lời', 'không phản hồi'],
    owned: ['lỗi của tôi', 'lỗi của chúng tôi', 'lỗi tôi', 'lỗi của mình', 'tôi đã sai', 'trách nhiệm của tôi', 'tôi nên'],
    judgments: ['bất tài', 'kém cỏi', 'vô dụng', 'lười', 'lười biếng', 'ngu', 'độc hại', 'không biết gì', 'chẳng biết gì', 'vô trách nhiệm', 'chẳng làm được gì', 'không làm được gì', 'thảm họa', 'trò cười', 'dốt', 'ngu ngốc', 'không có năng lực', 'kém'],
    negators: ['không', 'chẳng', 'chưa', 'không phải'],
    self: ['tôi', 'chúng tôi', 'mình', 'em'],
    reported: ['nói', 'bảo', 'theo'],
  },
  {
    lang: 'pl',
    parties: ['szef*', 'kierowni*', 'przełożon*', 'menedżer*', 'dyrektor*', 'zarząd*', 'kierownictw*', 'kolega', 'koledzy', 'kolegów', 'koleżank*', 'zespół', 'zespoł*', 'firm*', 'dział*', 'dostawc*', 'klient*', 'prezes*', 'lider*', 'wykonawc*', 'podwykonawc*', 'agencj*'],
    faults: ['z winy', 'winy', 'wina', 'winą'],
    causes: ['z powodu', 'ze względu na', 'bo', 'ponieważ'],
    failures: ['opóźni*', 'spóźni*', 'nie zdąży*', 'nie dostarczy*', 'nie odpowiad*', 'nie odpowiedzia*', 'straci*', 'zawiód*', 'zawiedl*', 'zawali*', 'porażk*', 'za późno', 'zignorowa*', 'zapomnia*', 'nie reagowa*'],
    owned: ['moja wina', 'nasza wina', 'mój błąd', 'nasz błąd', 'powinienem', 'powinnam', 'moja odpowiedzialność'],
    judgments: ['niekompetent*', 'nieudoln*', 'bezużyteczn*', 'leniw*', 'głup*', 'toksyczn*', 'ignorant*', 'nie miał pojęcia', 'nie miała pojęcia', 'nie mieli pojęcia', 'zielonego pojęcia', 'do niczego', 'beznadziejn*', 'idiot*', 'dyletant*', 'katastrof*'],
    negators: ['nie', 'nigdy', 'wcale', 'żaden', 'żadna'],
    self: ['ja', 'my'],
    reported: ['powiedział*', 'mówił*', 'według', 'twierdził*'],
  },
  {
    lang: 'nl',
    parties: ['baas', 'bazen', 'manager*', 'leidinggevende*', 'teamleider*', 'collega*', 'team*', 'bedrijf*', 'directie*', 'directeur*', 'leiding', 'management', 'leverancier*', 'afdeling*', 'klant*', 'opdrachtgever*', 'bureau*', 'aannemer*'],
    faults: ['schuld', 'de schuld van', 'te wijten aan', 'door toedoen van'],
    causes: ['vanwege', 'wegens', 'doordat', 'omdat'],
    failures: ['vertraag*', 'vertraging*', 'te laat', 'gemist*', 'mislukt*', 'verloren', 'niet geleverd', 'niet op tijd', 'reageerde niet', 'reageerden niet', 'faalde*', 'negeerde*', 'vergat*', 'niets van zich laten horen'],
    owned: ['mijn schuld', 'onze schuld', 'mijn fout', 'onze fout', 'had ik moeten', 'ik had moeten'],
    judgments: ['incompetent*', 'onbekwa*', 'nutteloos', 'nutteloze', 'lui', 'luie', 'dom', 'domme', 'giftig*', 'toxisch*', 'geen benul', 'geen idee', 'geen flauw idee', 'een ramp', 'prutser*', 'klungel*', 'waardeloos', 'waardeloze', 'een lachertje'],
    negators: ['niet', 'nooit', 'geen', 'allerminst'],
    self: ['ik', 'wij', 'we'],
    reported: ['zei', 'zeiden', 'volgens', 'beweerde'],
  },
  {
    lang: 'sk',
    parties: ['dodávateľ*', 'zákazník*', 'klient*', 'šéf*', 'vedúc*', 'vedeni*', 'manažér*', 'kolega', 'kolegovia', 'kolegyň*', 'tím*', 'oddeleni*', 'firm*', 'spoločnos*', 'agentúr*', 'riaditeľ*', 'nadriaden*'],
    faults: ['vinou', 'vina', 'vinu'],
    causes: ['kvôli', 'spôsobil*', 'pretože', 'lebo'],
    failures: ['oneskoren*', 'meškal*', 'nestihl*', 'zlyhal*', 'stratil*', 'nedodal*', 'neodpovedal*', 'neskoro', 'nereagoval*', 'ignoroval*', 'zabudol', 'zabudla'],
    owned: ['moja chyba', 'naša chyba', 'moja vina', 'naša vina', 'mal som', 'mala som'],
    judgments: ['neschopn*', 'nanič', 'lenivý', 'lenivá', 'lenivci', 'toxick*', 'ani šajnu', 'hlúp*', 'nekompetentn*'],
    negators: ['nie', 'nie je', 'nebol*', 'nikdy', 'žiadn*'],
    self: ['ja', 'my'],
    reported: ['povedal*', 'tvrdil*', 'podľa'],
  },
  {
    lang: 'sl',
    parties: ['dobavitelj*', 'stranka', 'stranke', 'naročnik*', 'šef*', 'vodj*', 'vodstv*', 'sodelav*', 'kolega', 'kolegi', 'ekip*', 'oddel*', 'podjetj*', 'agencij*', 'direktor*', 'nadrejen*'],
    faults: ['krivd*', 'kriv', 'kriva'],
    causes: ['zaradi', 'ker'],
    failures: ['zamud*', 'zamujal*', 'zamudil*', 'nismo ujeli', 'propadl*', 'izgubili', 'ni dobavil*', 'ni odgovoril*', 'prepozno'],
    owned: ['moja krivda', 'naša krivda', 'moja napaka', 'naša napaka', 'moral bi', 'morala bi'],
    judgments: ['nesposob*', 'neuporab*', 'len', 'lena', 'leni', 'toksič*', 'pojma ni imel', 'pojma ni imela', 'ni imel pojma', 'ni imela pojma', 'neumen', 'neumna', 'nekompetent*'],
    negators: ['ne', 'ni', 'niso', 'nikoli'],
    self: ['jaz', 'mi'],
    reported: ['rekel', 'rekla', 'rekli', 'po besedah', 'trdil*'],
  },
];
