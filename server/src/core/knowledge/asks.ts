// How an interviewer asks: the one list of the forms a line takes when it puts a question to a candidate. The
// parser reads it four ways — headings and lines that ask (segment.ts `QUESTION_HEADING`), the prompts of a list of
// the interview's questions (`CANDIDATE_PROMPT`), headings that only name a topic (`TOPIC_ASKS`) and the opening
// question of an unmarked answer (opening.ts `PROMPT_START`) — so a form added here is known to all of them.
// Each form is a regular-expression source, read case-insensitively with the `u` flag; a form ends where a word
// ends (the readers add the boundary, which also holds after Cyrillic letters).

/**
 * What a form asks for:
 * - `tell`: an instruction to tell ("Tell me about…", "Describe…", "Cuéntame…", "Расскажите…");
 * - `episode`: a past occasion asked for ("a time when…", "an example where…");
 * - `question`: the opening words of a question ("What is…", "How did…", "Do you…");
 * - `candidate`: what only an interviewer asks a candidate ("Have you ever…", "your greatest weakness", "How do you
 *   handle…"), which a candidate's questions for the interviewer (about the team, the role) seldom say;
 * - `topic`: a topic named in a few words without asking ("Strengths", "Salary expectations", "Why hire me").
 */
export type AskRole = 'tell' | 'episode' | 'question' | 'candidate' | 'topic';

/** Where the form stands in the line: at its start (after markup), anywhere inside it, or as the whole line. */
export type AskPlace = 'start' | 'inside' | 'whole';

export interface AskForm {
  form: string;
  role: AskRole;
  at: AskPlace;
  /** The language (ISO 639-1). */
  lang: string;
}

/** The occasions an interviewer asks for ("a time…", "a situation…"). */
const OCCASIONS = '(?:time|situation|example|instance|case|occasion|story)s?';
/** The qualities and records a candidate is asked about ("your greatest weakness", "Strengths"). */
const QUALITIES = '(?:strengths?|weakness(?:es)?|failures?|mistakes?|accomplishments?|achievements?)';

export const ASK_FORMS: readonly AskForm[] = [
  // Instructions to tell.
  { form: 'tell (?:me|us|the story)', role: 'tell', at: 'start', lang: 'en' },
  { form: 'describe', role: 'tell', at: 'start', lang: 'en' },
  { form: 'give (?:me |us )?(?:an? )?(?:specific |concrete )?(?:examples?|time)', role: 'tell', at: 'start', lang: 'en' },
  { form: 'walk (?:me|us) through', role: 'tell', at: 'start', lang: 'en' },
  { form: 'talk (?:(?:to )?(?:me|us) )?about', role: 'tell', at: 'start', lang: 'en' },
  { form: 'share (?:a|an|one|your|with (?:me|us))', role: 'tell', at: 'start', lang: 'en' },
  { form: 'explain (?:a|an|how|why|what)', role: 'tell', at: 'start', lang: 'en' },
  { form: 'cu[ée]ntame|cu[ée]ntanos|h[áa]bleme|h[áa]blame|h[áa]blanos|dime|describ[ae]|plat[íi]came|com[ée]ntame', role: 'tell', at: 'start', lang: 'es' },
  // (Brazilian speech puts the pronoun before the imperative: "Me fala do seu projeto", "Me conta de uma vez que…")
  { form: 'conte|descreva|fale|(?:me|nos)\\s+(?:fal[ae]|cont[ae])', role: 'tell', at: 'start', lang: 'pt' },
  { form: 'расскажи(?:те)?|опиши(?:те)?|приведите|назовите|объясните|поделитесь', role: 'tell', at: 'start', lang: 'ru' },
  // (French, German, Italian: the verbs of telling in the imperative the reader is asked with; an imperative of
  // another verb advises, "Préparez…", "Nehmen Sie sich Zeit")
  { form: "(?:racontez|décrivez|parlez|expliquez|citez|donnez)(?:[-\\s](?:moi|nous))?|raconte(?:-moi)?|décris(?:-moi)?|parle(?:-moi)", role: 'tell', at: 'start', lang: 'fr' },
  { form: '(?:erzählen|beschreiben|schildern|nennen|berichten)\\s+sie|erzähl(?:e)?(?:\\s+mal)?|beschreib(?:e)?', role: 'tell', at: 'start', lang: 'de' },
  { form: 'raccont(?:ami|aci|a|i)|descriv(?:i|a)|parl(?:ami|aci)|spiega(?:mi|ci)?', role: 'tell', at: 'start', lang: 'it' },
  { form: '请|谈谈|说说|介绍', role: 'tell', at: 'start', lang: 'zh' },
  // Past occasions asked for.
  { form: `(?:(?:a|an|one|your|the)\\s+)?${OCCASIONS}\\s+(?:when|where|that|of|on|about|in which|you)`, role: 'episode', at: 'start', lang: 'en' },
  { form: '(?:a time|an example|a situation|an instance|an occasion)\\s+(?:when|where|that|in which|you)', role: 'episode', at: 'inside', lang: 'en' },
  // The opening words of a question.
  { form: '(?:what|how|why|when|where|which|who) (?:is|are|was|were|do|did|does|would|will|should|could|can|have|has|made|makes)', role: 'question', at: 'start', lang: 'en' },
  { form: '(?:do|did|have|has|can|could|would|are|is) you', role: 'question', at: 'start', lang: 'en' },
  { form: 'why \\p{L}+', role: 'question', at: 'start', lang: 'en' },
  // What only an interviewer asks a candidate.
  { form: 'have you ever|did you', role: 'candidate', at: 'inside', lang: 'en' },
  { form: `your (?:greatest |biggest |main )?${QUALITIES}`, role: 'candidate', at: 'inside', lang: 'en' },
  { form: 'why (?:do|should|would) (?:you|we)', role: 'candidate', at: 'start', lang: 'en' },
  {
    form: 'how (?:do|did|would|will|can) you (?:handle|deal|manage|resolve|approach|prioriti[sz]e|respond|react|cope|motivate|ensure|get|keep|stay|lead|communicate|build|help|mentor)',
    role: 'candidate',
    at: 'inside',
    lang: 'en',
  },
  // Topics named without asking.
  { form: '(?:tell me )?about (?:me|myself|yourself|you)|self[- ]?intro(?:duction)?|introduc(?:e yourself|tion)', role: 'topic', at: 'whole', lang: 'en' },
  {
    form: '(?:my |your )?(?:greatest |biggest |key |main |top )?(?:strengths?|weakness(?:es)?)(?: (?:and|&|/) (?:strengths?|weakness(?:es)?))?',
    role: 'topic',
    at: 'whole',
    lang: 'en',
  },
  { form: '(?:my )?(?:achievements?|accomplishments?)', role: 'topic', at: 'whole', lang: 'en' },
  { form: 'hobbies(?: (?:and|&) interests)?|aspirations?', role: 'topic', at: 'whole', lang: 'en' },
  { form: '(?:career |future |short[- ]term |long[- ]term )?(?:goals?|plans?)|(?:in )?(?:5|five|10|ten) years?(?: from now| plan)?', role: 'topic', at: 'whole', lang: 'en' },
  { form: 'why (?:hire me|me|should (?:we|i) hire (?:you|me))|why (?:this|the) (?:role|company|job|position)', role: 'topic', at: 'whole', lang: 'en' },
  { form: 'salary(?: expectations?)?|expected salary', role: 'topic', at: 'whole', lang: 'en' },
  { form: 'career (?:switch|change|gap)|reasons? for leaving', role: 'topic', at: 'whole', lang: 'en' },
  // The same topics named in the other languages of the corpus's banks: a heading "Über mich", "Qualités/défauts",
  // "Expectativas salariales", "Pontos fortes" names the question its lines answer, as "About me" does.
  {
    form: String.raw`pres[ée]ntate|presentaci[óo]n(?: personal)?|(?:sobre|acerca de) m[íi]|(?:mis |tus )?(?:mayor(?:es)? |principales? )?(?:fortalezas?|debilidad(?:es)?|virtudes?|defectos?|puntos? (?:fuertes?|d[ée]biles?))(?:\s*(?:y|e|&|/)\s*(?:fortalezas?|debilidad(?:es)?|virtudes?|defectos?|(?:puntos? )?(?:fuertes?|d[ée]biles?)))?|(?:mis? )?(?:mayor(?:es)? )?logros?|pasatiempos|aficiones|(?:mis )?(?:metas|objetivos)(?: profesionales)?|(?:en )?(?:5|cinco) años|motivaci[óo]n(?: (?:para|por) el (?:puesto|cargo|trabajo))?|(?:expectativas?|pretensi[óo]n(?:es)?) salarial(?:es)?|salario|sueldo|motivos? de (?:salida|cambio)`,
    role: 'topic',
    at: 'whole',
    lang: 'es',
  },
  {
    form: String.raw`apresenta[çc][ãa]o(?: pessoal)?|sobre mim|(?:meus? |minhas? )?(?:maior(?:es)? )?(?:pontos? (?:fortes?|fracos?)|qualidades?|defeitos?|fraquezas?)(?:\s*(?:e|&|/)\s*(?:(?:pontos? )?(?:fortes?|fracos?)|qualidades?|defeitos?|fraquezas?))?|(?:minhas? )?(?:maior(?:es)? )?(?:conquistas?|realiza[çc](?:ão|ões))|(?:minhas )?(?:metas|objetivos)(?: profissionais)?|(?:em )?(?:5|cinco) anos|motiva[çc][ãa]o|pretens[ãa]o salarial|sal[áa]rio|motivos? (?:de|da) sa[íi]da`,
    role: 'topic',
    at: 'whole',
    lang: 'pt',
  },
  {
    form: String.raw`[üu]ber mich|selbstvorstellung|(?:meine )?(?:st[äa]rken|schw[äa]chen)(?:\s*(?:und|&|/)\s*(?:st[äa]rken|schw[äa]chen))?|(?:meine )?(?:erfolge|motivation)|hobb(?:y|ies|ys)|(?:meine )?(?:ziele|karriereziele)|(?:in )?(?:5|fünf) jahren|gehalt(?:svorstellung(?:en)?)?|gehaltswunsch|wechselgrund|wechselmotivation`,
    role: 'topic',
    at: 'whole',
    lang: 'de',
  },
  {
    form: String.raw`pr[ée]sentez[- ]vous|pr[ée]sentation|[àa] propos de moi|(?:mes )?(?:qualit[ée]s?|d[ée]fauts?|forces?|faiblesses?|points? (?:forts?|faibles?))(?:\s*(?:et|&|/)\s*(?:qualit[ée]s?|d[ée]fauts?|forces?|faiblesses?|(?:points? )?(?:forts?|faibles?)))?|(?:mes )?(?:r[ée]ussites?|motivations?|objectifs?)|loisirs|dans (?:5|cinq) ans|salaire|pr[ée]tentions? salariales?`,
    role: 'topic',
    at: 'whole',
    lang: 'fr',
  },
  {
    form: String.raw`presentati|presentazione|(?:i miei )?(?:punti di (?:forza|debolezza)|pregi|difetti)(?:\s*(?:e|&|/)\s*(?:punti di (?:forza|debolezza)|pregi|difetti))?|(?:i miei )?obiettivi|motivazione|(?:tra )?(?:5|cinque) anni|retribuzione|aspettative (?:economiche|salariali)`,
    role: 'topic',
    at: 'whole',
    lang: 'it',
  },
  {
    // (Russian names its topics by a noun in the nominative, often plural: "О себе", "Сильные и слабые стороны",
    // "Зарплатные ожидания", "Причины ухода", "Кем вижу себя через 5 лет")
    form: String.raw`(?:немного )?о себе|самопрезентаци[яи]|(?:мои |ваши )?(?:сильные|слабые)(?:\s*(?:и|/|&)\s*(?:сильные|слабые))?\s+стороны|(?:мои |ваши )?(?:достоинства|недостатки)(?:\s*(?:и|/|&)\s*(?:достоинства|недостатки))?|(?:мои |ваши )?достижения|мотиваци[яи]|(?:мои |ваши )?(?:карьерные |профессиональные )?цели|хобби|увлечения|(?:кем (?:вижу|видите) себя )?через (?:5|пять|10|десять) лет|(?:зарплатные )?ожидания(?: по зарплате)?|зарплата|причин[аы] (?:ухода|увольнения|смены работы)|почему (?:ухожу|уходите|ушли|ушёл|ушел)`,
    role: 'topic',
    at: 'whole',
    lang: 'ru',
  },
];

/** Where a word ends: no letter or digit follows (`\b` does not see the end of a Cyrillic word). */
const END = '(?![\\p{L}\\p{N}])';

/** The forms of the given roles and place, as one alternation (each form closed by a word end). */
export function askSource(at: AskPlace, roles: readonly AskRole[]): string {
  return ASK_FORMS.filter((f) => f.at === at && roles.includes(f.role))
    .map((f) => `(?:${f.form})${END}`)
    .join('|');
}

/** The interviewer named as the speaker of a dialogue's turns ("**Interviewer**: …", "Entrevistador:"): a question field too. */
export const INTERVIEWER_NAMES: readonly string[] = [
  'interviewer', 'entrevistador', 'entrevistadora', 'interviewerin', 'intervistatore', 'recruiter', 'интервьюер', '面试官', '面試官', '面接官', '면접관',
];

/**
 * The word a question-and-answer form writes before the interviewer's question, in the languages of the corpus ("Q:",
 * "Question 3 -", "Pregunta 2:", "Frage:", "Вопрос:", "问：", "質問：", "질문:"): a field of the form that opens an
 * answer, not a part of it. Words that also name a problem ("问题", "problema") are not here: a STAR note labels its
 * challenge with them.
 */
export const QUESTION_FIELD_WORDS: readonly string[] = [
  'q', 'question', 'prompt', 'pregunta', 'pergunta', 'frage', 'domanda', 'vraag', 'pytanie', 'soru', 'pertanyaan',
  'câu hỏi', 'вопрос', '问', '問', '题目', '題目', '質問', '질문',
  // the interviewer named as the speaker of a dialogue ("**Interviewer**: …" over "**Candidate**: …")
  ...INTERVIEWER_NAMES,
];

/**
 * Chinese (simplified and traditional) and Japanese question words and particles: the one list every check of "does
 * this line ask, in Chinese or Japanese?" reads (opening questions, and segment.ts's headings that ask).
 */
export const CJK_QUESTION_WORDS = '怎么|怎样|如何|什么|为什么|為什麼|为何|哪|吗|嗎|呢|是否|どう|なぜ|何|ですか|ますか';

/**
 * Chinese, Japanese and Korean prompt verbs, the imperative an interviewer puts where English says "Tell me about…",
 * "Talk about…", "Describe…", "Give an example…": a heading that opens with or holds one asks for an answer, with no
 * question mark ("讲一下项目中沟通协作的过程", "谈谈对公司的看法", "聞かせてください", "말해 주세요").
 */
export const CJK_PROMPT_WORDS = '讲一下|讲讲|講一下|講講|讲述|講述|谈谈|談談|谈一下|談一下|说说|說說|说一下|說一下|聊聊|聊一下|描述一下|举例|舉例|举个例子|舉個例子|教えて|聞かせて|話して|説明して|말해|설명해|소개해';

/**
 * How a candidate asks the interviewer (the questions-to-ask answers, questions 29 and 35), told apart from how an
 * interviewer asks a candidate by who is named in which role. Each entry is a regular-expression source, read
 * case-insensitively with the `u` flag, with word boundaries of its own.
 * - `toCandidate`: the interviewer's side named as "we", "us", "our", the candidate as "yourself", a view asked "to you",
 *   or a reason asked ("why"): a question put to the candidate, whatever else it says;
 * - `tell`: an instruction to tell about the candidate ("tell me about a…", "can you describe your…");
 * - `joiner`: the asker named as the one who would join ("What will I work on first?", "my first month", "How will my
 *   work be reviewed?", "What would you want me to finish?");
 * - `workplace`: the people and conditions of the workplace, which only a candidate asks about ("someone in this
 *   role", "freshers", "work-life balance", "working here", "the next steps");
 * - `aboutCandidate`: the candidate's past, qualities, plans and fit, a habit or a situation put to them ("have you
 *   ever", "your biggest weakness", "what interests you", "how do you handle", "what would you do if");
 * - `team`: the team, the role or the company named in the third person ("How does the team plan its work?").
 */
export const TO_INTERVIEWER = {
  toCandidate: String.raw`\b(?:we|us|our|ours|yourself|yourselves|(?:to|for) you|why)\b`,
  tell:
    String.raw`^\W*(?:tell|describe|give|walk|share|talk|explain)\b|\b(?:tell|describe|give|walk|share|talk|explain|provide|elaborate)(?: (?:me|us))?(?: (?:about|of|with|on))? ` +
    String.raw`(?:a|an|one|your|yourself|how you|what you|when you|why you|the time|something you|some)\b`,
  joiner:
    String.raw`\b(?:will|would|should|could|can|do|am|shall) I\b|\b(?:will|would|should|could|can|shall) my\b|\bI(?:['’]ll|['’]d| will| would| be)\b|` +
    String.raw`\bmy (?:first|day|days|team|manager|responsibilities|onboarding|performance|growth|progress|resume|qualifications?|candidacy|application)\b|\b(?:want|expect|need|like) me to\b|\bfor me\b`,
  workplace: String.raw`\bsomeone (?:in|starting|joining|new to) (?:this|the) (?:role|position|team|job|company)\b|\bfreshers\b|\bemploye(?:e|r)s\b|\bwork[-/ ]?life balance\b|\b(?:working|work) here\b|\bnext steps\b`,
  aboutCandidate:
    String.raw`\b(?:have you ever|did you|were you|had you|a time|an example|a situation|what you|` +
    String.raw`your (?:greatest |biggest |main |top )?(?:strengths?|weakness(?:es)?|failures?|mistakes?|accomplishments?|achievements?|background|experience|career|resume|goals?|plans?|salary|expectations?|hobbies|passion|motivation|previous|last|current|ability|abilities|skills?|role (?:in|on))|` +
    String.raw`you (?:\p{L}+ed|have (?:\p{L}+ed|done|been|had|made|led)))\b|` +
    String.raw`\b(?:want|interest\p{L}*|fit|excite[sd]?|apply|applying|hire|bring|offer|qualif\p{L}*|motivat\p{L}*|attract\p{L}*|passionate|know about|comfortable|willing|relocat\p{L}*|expect from)\b|` +
    String.raw`^\W*(?:how (?:do|would|will|can|should) you|what makes)\b|\bwhat (?:do|would|will|should) you do\b|\b(?:would|will|could|should) you\b|\bif\b`,
  team: String.raw`\b(?:the|this) (?:team|teams|role|position|company|organi[sz]ation|department|group|office|codebase|interview process|hiring process|onboarding process)\b|\bnew (?:hires?|joiners?)\b|\bsuccess (?:look|mean)`,
} as const;

/**
 * The words an English question or prompt opens with, after any number before it ("7 How do you…", "12 Tell me…"):
 * question words, the auxiliaries a yes/no question starts with, and the verbs of an instruction to tell. The one list
 * the readers of a question's number (segment.ts `QUESTION_NUMBERING`) read.
 */
export const QUESTION_OPENERS: readonly string[] = ['what', 'why', 'how', 'where', 'when', 'who', 'which', 'tell', 'describe', 'give', 'do', 'does', 'did', 'are', 'is', 'have', 'can', 'could', 'would', 'will'];

/**
 * How a question of fit names what the candidate offers, seeks, is like, and whom they would join (rules/kind.ts
 * `fitQuestion`), each a regular-expression source read case-insensitively with the `u` flag:
 * - `offerSeek`: what a candidate offers or seeks ("what can you bring", "what can you do for us", "what sets you
 *   apart", "what are you looking for");
 * - `offer`: the verbs of offering alone ("bring", "contribute", "offer");
 * - `traits`: what a candidate is like, named (skills, strengths, qualities, traits);
 * - `namesUs`: the company, the team or the other candidates named ("us", "this role", "other applicants", "stand
 *   out"): a habit asked ("How do you…") is a question of fit only when it names them.
 */
export const FIT_ASKS = {
  offerSeek: String.raw`\b(?:bring|contribute|offer|deal[- ]?breakers?|(?:when\s+|while\s+)?choosing\s+(?:an?\s+|the\s+|your\s+next\s+)?(?:company|companies|employers?|jobs?|opportunit(?:y|ies)|workplaces?)|(?:an? )?asset to|add (?:value )?to (?:us|our|this|the (?:company|team))|do for (?:us|the company|our company|this company|the team)|sets? you apart|apart from other|stand out from|looking (?:for|around)|seeking|searching for|hop(?:e|es|ing) to (?:learn|gain|get|achieve|grow|find|build)|hoping|your next (?:job|role|position|step|company|team|move))\b`,
  offer: String.raw`\b(?:bring|contribute|offer)\b`,
  traits: String.raw`\b(?:skills?|strengths?|qualit(?:y|ies)|traits?|abilit(?:y|ies)|talents?|habits?)\b`,
  namesUs: String.raw`\b(?:us|our|ours|this (?:company|team|role|position|job|internship|apprenticeship|traineeship)|the (?:company|role|position)|other (?:candidates|applicants)|apart|stand out)\b`,
} as const;

/**
 * A span of time ahead of the speaker in the other languages, as a regular-expression source read
 * case-insensitively with the `u` flag: a preposition or phrase that only counts forward ("daqui a", "dentro de",
 * "de aquí a", "en", "d'ici", "dans", "tra/fra", "in … anni", "через", "in … Jahren", "over … jaar"), then a number
 * (in figures or words) and years or months ("Onde você quer estar daqui 5 anos", "¿Cómo te ves dentro de cinco
 * años?", "Où serez-vous dans 5 ans ?", "Wo sind Sie in fünf Jahren?", "Dove ti vedi tra 5 anni?", "Кем вы видите себя
 * через 5 лет?"), or "the next N years" ("nos próximos 3 anos", "en los próximos años", "dans les prochaines années"). The candidate's time ahead:
 * the future question (5), a pitch. (A span counted back, "hace 5 años", "há 5 anos", "il y a 5 ans", "vor 5
 * Jahren", "5 лет назад", is not here.) The concept table's `ahead` reads the same spans (OTHER_LANGUAGE_CONCEPTS).
 */
const AHEAD_COUNT = String.raw`(?:\d{1,2}(?:\s*[-–~a]\s*\d{1,2})?|dos|tres|cuatro|cinco|seis|diez|dois|duas|três|quatro|dez|deux|trois|quatre|cinq|dix|zwei|drei|vier|fünf|zehn|due|tre|quattro|cinque|dieci|два|три|пять|десять|vijf|tien)`;
export const TIME_AHEAD_OTHER = String.raw`(?<!\p{L})(?:(?:daqui\s+(?:a\s+)?|dentro\s+de\s+|de\s+aqu[íi]\s+a\s+|d['’]ici\s+|dans\s+|tra\s+|fra\s+|en\s+)${AHEAD_COUNT}\s+(?:anos?|años?|ans|ann[ée]es|anni|meses|mois|mesi)|over\s+${AHEAD_COUNT}\s+(?:jaar|maanden)|in\s+${AHEAD_COUNT}\s+(?:jahren|monaten|anni|mesi)|через\s+${AHEAD_COUNT}\s+(?:лет|года?|месяц\p{L}*)|(?:n?os|en\s+los|dans\s+les|nei|in\s+den)\s+(?:pr[óo]xim[oa]s|prochaines|prossimi|n[äa]chsten)\s+(?:${AHEAD_COUNT}\s+)?(?:anos|años|ann[ée]es|anni|jahren|meses|mois|mesi|monaten))(?!\p{L})`;

/**
 * The concepts (rules/kind.ts `conceptsOf`) that carry a question of fit when a topic heading of a word or two names
 * them ("Leaving", "Salary Discussion", "Five years"), and the question each one asks: leaving (28), pay (2), the time
 * ahead (5).
 */
export const TOPIC_CONCEPTS: Readonly<Record<string, number>> = { leave: 28, salary: 2, future: 5 };

/**
 * How a speaker introduces themself by name in the other languages the corpus is written in, as a
 * regular-expression source read case-insensitively with the `u` flag: a greeting or a salutation, then the name
 * formula ("Hola, soy Marta…", "Bonjour, je m'appelle…", "Ich heiße…", "Меня зовут…"), "我叫…" in the first clause or
 * "我是/我叫" after a salutation ("尊敬的各位老师，我叫…", "各位面试官好，我是…"), or the speaker in the present after it ("您好！我
 * 熟悉…", "面试官好，我目前在…担任…": what they know and do now), a Korean greeting and then
 * "…입니다" ("안녕하세요. 백엔드 직무에 지원한 김민수입니다."), or "myself" and a name opening a line (Indian English:
 * "myself N. Rao, from…"). Its first and second groups hold the first letter of the name, where the formula has one.
 */
export const SELF_NAMING_OTHER = String.raw`^\P{L}{0,3}(?:(?:hola|buenos d[ií]as|buenas tardes|buenas|ol[áa]|bom dia|boa tarde|bonjour|salut|hallo|guten (?:tag|morgen)|ciao|buongiorno|здравствуйте|привет|добрый день)\P{L}{0,4})?(?:soy|me llamo|mi nombre es|eu sou|sou|me chamo|meu nome [ée]|je suis|je m['’]appelle|moi c['’]est|ich bin|ich hei(?:ß|ss)e|mein name ist|mi chiamo|sono|меня зовут)\s+(\p{L})|^[^。！？!?]{0,20}?我(?:的名字)?叫|^[^。！？!?]{0,16}?(?:好|老师|们|官)[，,！!。：:\s]*我(?:是|叫|的名字(?:是|叫)|目前|现在|熟悉|来自|毕业|今年|主要|从事|擅长|专注)|^\P{L}{0,3}(?:안녕하세요|안녕하십니까)[^\n]{0,60}?입니다|(?:^|\n|<br\s*\/?>)\s*myself\s+(\p{L})`;


/**
 * The years of experience a speaker has now, in the other languages, as an answer about oneself opens ("Tengo cinco
 * años de experiencia…", "J'ai 8 ans d'expérience…", "Ich habe 10 Jahre Erfahrung…", "具有多年的前端开发经验",
 * "5年の開発経験があります", "7년의 경력을 가지고"): a present self-description, a pitch's opening (rules/kind.ts, as the
 * English "I have eight years of experience").
 */
export const EXPERIENCE_NOW_OTHER = [
  String.raw`(?<!\p{L})(?:tengo|cuento\s+con|tenho|possuo|j['’]ai|ich\s+habe|ich\s+bringe|ho|heb|у\s+меня|имею)\s+(?:m[áa]s\s+de\s+|mais\s+de\s+|plus\s+de\s+|über\s+|mehr\s+als\s+|più\s+di\s+|ruim\s+|более\s+)?(?:\d+\+?|\p{L}+)\s+(?:años|anos|ans|jahre|anni|jaar|лет|года?)\s+(?:de\s+|d['’]|di\s+|\p{L}+\s+)?(?:experiencia|experi[êe]ncia|exp[ée]rience|erfahrung|esperienza|ervaring|опыта)`,
  String.raw`(?:具有|拥有|具备|有)(?:\d+|[一二三四五六七八九十两几]+)?\s*(?:多|余)?年(?:的)?[^，。,.！!？?\n]{0,20}?(?:经验|经历)`,
  String.raw`\d+\s*年(?:間|以上)?の[^。、]{0,20}?(?:経験|キャリア)(?:が|を)(?:あり|持って|有し|積んで)`,
  // The speaker's job or study named in the present at the start ("Soy desarrolladora backend…", "Soy recién egresado de…",
  // "Sou engenheiro de dados…", "Je suis développeuse…", "Ich bin Softwareentwickler…"), as the English "I'm a backend
  // engineer…" (rules/kind.ts SELF_NOW).
  String.raw`^\P{L}{0,3}(?:(?:hola|ol[áa]|bonjour|hallo)\P{L}{0,4})?(?:yo\s+)?(?:soy|sou|je\s+suis|ich\s+bin)\s+(?:(?:un|una|um|uma|une?|ein(?:e)?)\s+)?(?:reci[ée]n\s+|rec[ée]m[- ]|jeune\s+)?(?:ingenier[oa]|desarrollador(?:a)?|programador(?:a)?|analista|estudiante|egresad[oa]|graduad[oa]|licenciad[oa]|diseñador(?:a)?|cient[íi]fic[oa]|engenheir[oa]|desenvolvedor(?:a)?|estudante|formad[oa]|d[ée]veloppeu(?:r|se)|ing[ée]nieure?|[ée]tudiante?|analyste|dipl[ôo]m[ée]e?|\p{L}*entwickler(?:in)?|\p{L}*ingenieur(?:in)?|student(?:in)?|absolvent(?:in)?)(?!\p{L})`,
  String.raw`\d+\s*년(?:\s*간|\s*동안|차)?(?:의)?\s*[^.。]{0,20}?(?:경력|경험)(?:을|이)?\s*(?:가지고|갖고|쌓아|쌓았|있)`,
].join('|');

/**
 * The concepts that carry a question of fit in the other languages the corpus is written in (rules/kind.ts
 * `otherLanguageIntent`), as regular-expression sources read case-insensitively with the `u` flag. Each is a word
 * class, not a wording: the question word "why" and the words for a reason; the verbs of leaving a job; applying
 * or joining; the company addressed ("us", "your company"); knowing it; the years ahead; telling about oneself; what one brings
 * ("aportar", "apporter", "einbringen", "đóng góp") and the traits one might bring instead ("Stärken", "habilidades"); pay;
 * having questions for the interviewer. Each class holds the words of every language the fit talk has been met in
 * (Spanish, French, German, Portuguese, Italian, Dutch, Russian, Chinese, Japanese, Korean, Vietnamese, Indonesian,
 * Polish, Turkish, Hindi in Latin letters), so that a new wording in one of them is read by its words, not listed.
 */
export const OTHER_LANGUAGE_CONCEPTS = {
  // (Arabic, Hindi, Swedish, Czech, Finnish, Norwegian and Danish too: لماذا, क्यों, varför, proč, miksi, hvorfor.)
  why: String.raw`لماذا|क्यों|क्यूँ|(?<!\p{L})(?:varför|proč|miksi|hvorfor)(?!\p{L})|为什么|為什麼|为何|為何|为啥|原因|理由|なぜ|どうして|志望|왜|이유|사유|(?<!\p{L})(?:por\s+qu[ée]|pourquoi|warum|weshalb|почему|зачем|perch[ée]|waarom|raz[óo]n(?:es)?|motivos?|motifs?|raisons?|gr[üu]nde?|причин\p{L}*|motivations?|motivationen|motivaci[óo]n(?:es)?|motiva[çc](?:[ãa]o|[õo]es)|motivazion[ei]|мотиваци\p{L}*)(?!\p{L})|(?<!\p{L})(?:qu[ée]\s+te\s+(?:motiv[óo]|motiva|llev[óo]|lleva|hizo|har[ií]a|atrae|atrajo|impuls[óo])|qu[ée]\s+le\s+(?:motiv[óo]|llev[óo]|atrae)|o\s+que\s+(?:te\s+|o\s+|a\s+|lhe\s+)?(?:motivou|motiva|levou|leva|faria|fez|atrai|atraiu)|qu['’]est[- ]ce\s+qui\s+(?:vous|t['’]|te)\s*(?:a\s+|as\s+)?(?:pousse|pouss[ée]|attire|attir[ée]|motive|motiv[ée]|am[eè]ne|amen[ée])|was\s+(?:reizt|motiviert|bewegt|treibt|lockt)\s+(?:sie|dich)|cosa\s+ti\s+(?:ha\s+)?(?:spint[oa]|attira|attirat[oa]|motiva|motivat[oa]|porta|ha\s+portato)|что\s+(?:вас|тебя)\s+(?:привлекает|привлекло|мотивирует|побудило|заставило))(?!\p{L})|(?<!\p{L})(?:tại\s+sao|vì\s+sao|lý\s+do|kenapa|mengapa|alasan|dlaczego|czemu|powód|powody|neden|niçin|niye|kyun|kyon|kyu)(?!\p{L})`,
  leave: String.raw`ترك|تترك|مغادرة|छोड़|(?<!\p{L})(?:lämna|lämnar|odejít|odcházíte|opustit)(?!\p{L})|离开|离职|辞职|跳槽|辞め|退職|転職|그만두|그만 두|퇴사|이직|(?<!\p{L})(?:dejar|dejaste|dejas|quitter|quitt[ée]|quittez|d[ée]part|partir|verlassen|verlie[ßs]en|wechseln|уйти|ушли|ушла|уход\p{L}*|ушёл|ушел|уволи\p{L}*|увольн\p{L}*|sair|saiu|deixar|deixou|lasciare|lasciato|lasci|verlaten|verliet|weggaan)(?!\p{L})|(?<!\p{L})(?:(?:un\s+)?nouve(?:au|l)\s+(?:poste|emploi|travail|job)|(?:una\s+|un\s+)?nuev[oa]\s+(?:trabajo|empleo|puesto|oportunidad)|(?:eine[nr]?\s+)?neue[nr]?\s+(?:job|stelle|arbeit)|(?:um\s+)?nov[oa]\s+(?:emprego|trabalho|vaga|oportunidade)|(?:un\s+)?nuovo\s+(?:lavoro|impiego)|нов(?:ую|ой)\s+работ\p{L}*|нов(?:ое|ого)\s+мест\p{L}*)(?!\p{L})|新的?工作|新しい仕事|새로운\s*(?:직장|회사|일자리)|(?<!\p{L})(?:nghỉ(?!\s+ngơi)|rời|nhảy\s+việc|chuyển\s+việc|đổi\s+việc|resign\p{L}*|keluar\s+dari|berhenti|mengundurkan\s+diri|pindah\s+kerja|odej\p{L}*|odchodz\p{L}*|odsz\p{L}*|rzuci\p{L}*|zmieni\p{L}*\s+pracę|ayrıl\p{L}*|istifa\p{L}*|chho?d\p{L}*)(?!\p{L})`,
  // (Joining includes applying, in any form of the Korean verb: 지원하셨나요, 지원했나요, 지원한, 지원해서.)
  // (And choosing the candidate, "Por que a gente tem que escolher vc?", or wanting to work or intern, "motivação para
  // querer estagiar…": with "why", why here or why them.)
  join: String.raw`(?<!\p{L})(?:chọn\s+(?:chúng\s+tôi|công\s+ty|vị\s+trí)|(?:escolher|contratar|escoger|elegir)\s+(?:voc[êe]|vc|te|usted)|(?:escoger|elegir|escolher)(?:te|lo|la)|te\s+(?:escolher|escoger|elegir|elijamos|escojamos)|vous\s+(?:choisir|retenir)|(?:dich|sie)\s+(?:w[äa]hlen|nehmen|auswählen)|sceglier(?:ti|e\s+te)|(?:quer(?:er|e|es)?|quier(?:es|e)|veux|voulez|vouloir|möchten|willst|wollen|vuoi|vuole|volere)\s+(?:\p{L}+\s+)?(?:estagiar|trabalhar|trabajar|travailler|arbeiten|lavorare)|nos\s+(?:eleg|escog|escolh)\p{L}*|eleg(?:irnos|iste\s+a\s+nosotros)|nous\s+(?:avoir\s+)?choisi\p{L}*|f[üu]r\s+uns\s+entschieden|uns\s+gew[äa]hlt|ci\s+(?:hai|avete)\s+scelt\p{L}*|sceglierci|(?:выбрали|выбрал|выбрала)\s+(?:именно\s+)?нас|нас\s+(?:выбрали|выбрал|выбрала)|memilih\s+kami|wybra\p{L}*\s+nas|nas\s+wybra\p{L}*)(?!\p{L})|加入|入职|雇用|录用|聘用|志望|지원(?:하|한|했|해)|입사|뽑아야|뽑을|채용해야|(?<!\p{L})(?:unirte|unirse|rejoindre|postul\p{L}*|candidat\p{L}*|beworben|bewerben|присоединиться|juntar-se|unirti|solliciteer\p{L}*)(?!\p{L})|(?<!\p{L})(?:contrat(?:ar|arte|arlo|arla|á-lo|á-la|e|emos|aríamos|aríamos)|embaucher|recruter|einstellen|нанять|нанимать|assumer(?:e|ti|la|lo|vi)|aannemen)(?!\p{L})|(?<!\p{L})(?:esta|essa|este|esse|cette|ce|diese[nrs]?|questa|questo|эту|этой|deze|dit)\s+(?:posici[óo]n|posi[çc][ãa]o|puesto|vaga|vacante|poste|stelle|position|posizione|ruolo|rol|papel|должност\p{L}*|ваканси\p{L}*|роль|functie|baan)(?!\p{L})|(?<!\p{L})(?:ứng\s+tuyển|gia\s+nhập|(?:tuyển|chọn|nhận)\s+(?:bạn|em|anh|chị)|hire\s+(?:bạn|em|anh|chị)|bergabung|melamar|(?:memilih|merekrut|menerima|mempekerjakan)\s+(?:anda|kamu)|zatrudni\p{L}*|dołącz\p{L}*|aplikuj\p{L}*|işe\s+al\p{L}*|katıl\p{L}*|başvur\p{L}*)(?!\p{L})`,
  us: String.raw`معنا|شركتنا|हमारी\s*कंपनी|हमारे\s+साथ|(?<!\p{L})(?:(?:právě\s+)?u\s+nás|hos\s+oss|vårt\s+företag|naš[íie]\s+firm\p{L}*)(?!\p{L})|我们(?:这个)?(?:机会|岗位|职位)|(?:这个|这份|该|此|本)(?:机会|岗位|职位)|(?<!\p{L})(?:cette|diese)\s+chance(?!\p{L})|(?<!\p{L})(?:pela|pela\s+nossa|esta|essa|nesta|nessa|la|cette|diese|este|ce|cet|dieses|questo|questa)\s+(?:oportunidad\p{L}*|vaga|opportunit[ée]|annonce|offre(?:\s+d['’]emploi)?|anuncio|oferta(?:\s+de\s+empleo)?|stellenanzeige|ausschreibung|annuncio|offerta)(?!\p{L})|(?<!\p{L})(?:este|ese|el|le|ce|cette|la|esta|essa|nesta|neste|o|a|questo|questa|il|diese|diesen|dieser|die|den|der)\s+(?:puesto|poste|posici[óo]n|posi[çc][ãa]o|cargo|vaga|ruolo|posizione|stelle|position|rolle)(?!\p{L})|我们公司|贵司|贵公司|我司|弊社|当社|御社|우리\s*회사|저희\s*회사|(?<!\p{L})(?:con\s+nosotros|nuestra\s+empresa|chez\s+nous|notre\s+entreprise|bei\s+uns|unser(?:em)?\s+unternehmen|у\s+нас|(?:о\s+)?нашей\s+компании|conosco|nossa\s+empresa|con\s+noi|(?:la\s+)?nostra\s+azienda|bij\s+ons|ons\s+bedrijf|nuestro\s+equipo|notre\s+[ée]quipe|unser(?:em)?\s+team|(?:nossa|nosso)\s+(?:equipe|time)|(?:il\s+)?nostro\s+team|наш(?:ей|у)\s+команд\p{L}*|ons\s+team)(?!\p{L})|(?<!\p{L})(?:(?:công\s+ty|cty|vị\s+trí)\s+(?:này|chúng\s+tôi)|(?:cho|của|về|ở|với|tại)\s+công\s+ty(?!\s+(?:cũ|trước|hiện\s+tại|khác))|(?:với|cho|cùng)\s+chúng\s+tôi|(?:ở|tại)\s+đây|perusahaan\s+(?:ini|kami)|posisi\s+ini|tim\s+kami|bersama\s+kami|(?:w\s+)?nasz(?:ej|ą|a)\s+firm\p{L}*|u\s+nas|do\s+nas|(?:w\s+)?t(?:ej|ą)\s+firm\p{L}*|şirketimiz\p{L}*|bizimle|bizi|bu\s+şirket\p{L}*|hamari\s+company|humari\s+company)(?!\p{L})`,
  know: String.raw`了解|知って|알고|(?<!\p{L})(?:sabes|savez|wissen|знаете|sabe|sai|conosci|weet|kent|renseign\p{L}*|inform(?:é|ée|és|ées|iert|ado|ada|ou|aste|ato|ata)|recherch(?:é|ée)|investig(?:aste|ado|ou)|pesquis(?:ou|ado)|узнали|изучали)(?!\p{L})|(?<!\p{L})(?:biết|tìm\s+hiểu|tahu|ketahui|wiesz|wie\s+pan(?:i)?|biliyor\p{L}*)(?!\p{L})`,
  // (The time ahead includes one's aspirations named: 포부, 抱負, 抱负.)
  ahead: String.raw`入社後|入社したら|(?:\d+|पाँच|पांच)\s*साल\s+(?:बाद|में)|(?:خلال|بعد)\s+(?:\d+|خمس)\s+سنوات|(?<!\p{L})(?:om\s+(?:\d+|fem|tio)\s+år|za\s+(?:\d+|pět|deset)\s+let)(?!\p{L})|(?:\d+|五|十|다섯|십)\s*(?:年後|年后|년\s*(?:후|뒤))|${TIME_AHEAD_OTHER}|(?<!\p{L})(?:(?:objetivos?|metas?|objectifs?|obiettivi|doelen)\s+(?:profesionales|profissionais|professionnels|professionali|de\s+carrera|de\s+carreira|de\s+carri[èe]re|di\s+carriera)|(?:berufliche[nr]?|karriere)\s*ziele?|projets?\s+professionn?els?|proyecto\s+profesional|projeto\s+profissional|progetto\s+professionale|(?:карьерн\p{L}+|профессиональн\p{L}+)\s+цел\p{L}*|carrièredoelen|mục\s+tiêu\s+nghề\s+nghiệp)(?!\p{L})|(?<!\p{L})(?:\d+|năm|mười)\s+năm\s+(?:tới|nữa|sau)(?!\p{L})|^(?![^?？]*(?<!\p{L})nếu(?!\p{L}))[^?？]*?(?<!\p{L})trong\s+tương\s+lai(?!\p{L})|(?<!\p{L})\d+\s+tahun\s+(?:lagi|ke\s+depan|mendatang)(?!\p{L})|(?<!\p{L})za\s+(?:\d+|pięć|dziesięć)\s+lat(?!\p{L})|(?<!\p{L})(?:\d+|beş|on)\s+yıl\s+sonra(?!\p{L})|(?<!\p{L})\d+\s+saal\s+(?:baad|mein|me)(?!\p{L})|(?<!\p{L})(?:планы\s+на\s+будущее|будущие\s+планы|plan(?:es|os)\s+(?:a|de|para\s+el|para\s+o)\s+futuro|projets?\s+(?:d['’]avenir|futurs?)|zukunftspl[äa]ne?|piani\s+(?:futuri|per\s+il\s+futuro)|toekomstplannen|kế\s+hoạch\s+tương\s+lai|định\s+hướng\s+(?:tương\s+lai|nghề\s+nghiệp))(?!\p{L})|(?:향후|앞으로)[^?？]{0,40}(?:싶|목표|계획|커리어|되고자|하고자|되려)[^?？]{0,20}[?？]|(?:커리어|진로)\s*(?:목표|계획)|포부|抱負|抱负`,
  // (Telling about oneself includes the one-line introduction of a Korean cover letter: 한 줄 소개.)
  // (And who the candidate is, asked: "¿Quién eres?", "Quem é você?", "Qui êtes-vous ?", "Bạn là ai?", as "Who are you?".)
  tellSelf: String.raw`अपने\s+बारे\s+में|عن\s+نفسك|(?<!\p{L})(?:berätta\s+om\s+dig(?:\s+själv)?|řekn\p{L}*\s+(?:\p{L}+\s+){0,2}?o\s+sobě|kerro\s+itsestäsi)(?!\p{L})|(?<!\p{L})(?:qui[ée]n\s+eres(?:\s+t[úu])?|qui[ée]n\s+es\s+usted|quem\s+(?:[ée]|és)\s+(?:voc[êe]|vc|tu)|qui\s+(?:[êe]tes[- ]vous|es[- ]tu)|wer\s+(?:bist\s+du|sind\s+sie)|chi\s+(?:sei(?:\s+tu)?|[èe]\s+lei)|кто\s+(?:вы|ты)(?:\s+такой|\s+такая|\s+такие)?|wie\s+ben\s+(?:je|jij|u)|bạn\s+là\s+ai|siapa\s+(?:anda|kamu|dirimu)|kim\s+jeste[śs]|sen\s+kimsin|siz\s+kimsiniz)(?!\p{L})|你是谁|你是誰|您是谁|あなたは誰|당신은\s*누구|(?:说说|谈谈|介绍(?:一下)?)你?自己(?![^，。？?！!]{0,4}(?:做过|参与|负责|的项目|项目|经历))|自己PR|(?<!\p{L})(?:parlami|parlaci|raccontami|raccontaci)\s+(?:un\s+po['’]?\s+)?(?:di\s+te|di\s+lei|di\s+voi)(?!\p{L})|(?<!\p{L})vertel\s+(?:iets\s+)?over\s+(?:jezelf|uzelf)(?!\p{L})|(?<!\p{L})(?:fal\p{L}*|cont\p{L}*|habl\p{L}*|cu[ée]nt\p{L}*|parl\p{L}*|racont\p{L}*|erzähl\p{L}*|расскаж\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:sobre|de|acerca\s+de|über|von|о)\s+(?:voc[êe]|ti|si|vous|toi|sich|dich|себе|vos)(?!\p{L})|(?<!\p{L})(?:werdegang|parcours(?:\s+professionnel)?|trayectoria(?:\s+profesional)?|trajet[óo]ria(?:\s+profissional)?|percorso\s+professionale)(?!\p{L})|(?<!\p{L})(?:giới\s+thiệu\s+(?:về\s+)?bản\s+thân|(?:nói|kể)\s+(?:\p{L}+\s+){0,3}?về\s+bản\s+thân|perkenalkan\s+diri|perkenalan\s+diri|ceritakan\s+(?:\p{L}+\s+){0,2}?(?:tentang\s+)?diri|przedstaw\s+się|(?:opowiedz|powiedz)\p{L}*\s+(?:\p{L}+\s+){0,3}?o\s+sobie|kendin(?:iz)?(?:i|den)\s+(?:\p{L}+\s+)?(?:tanıt|bahset|anlat)\p{L}*|(?:apne|khud\s+ke)\s+(?:baare|bare)\s+(?:mein|me|mai)|(?:über|von)\s+sich(?:\s+selbst)?\s+(?:\p{L}+\s+)?erzählen)(?!\p{L})|한\s*줄\s*소개`,
  // (What one seeks includes the dream job, "¿Cuál es tu trabajo soñado?", "理想的工作", and what one expects of this
  // job, "¿Qué esperas de este trabajo?".)
  seek: String.raw`(?<!\p{L})(?:trabajo\s+so[ñn]ado|trabajo\s+de\s+tus\s+sueños|emprego\s+dos\s+(?:seus\s+)?sonhos|trabalho\s+dos\s+(?:seus\s+)?sonhos|(?:job|emploi|poste|m[ée]tier)\s+de\s+r[êe]ve|traumjob|traumberuf|lavoro\s+dei\s+(?:tuoi\s+)?sogni|работ\p{L}*\s+мечты|công\s+việc\s+mơ\s+ước|pekerjaan\s+impian)(?!\p{L})|梦想(?:的)?工作|理想(?:的)?工作|夢の仕事|理想の仕事|꿈의\s*직장|(?<!\p{L})(?:(?:voc[êe]\s+)?esperas?\s+(?:desenvolver|aprender|d[ao]s?\s+\p{Lu}\p{L}*|de\s+(?:n[óo]s|nosotros|la\s+empresa|esta\s+empresa|est[ea]\s+(?:trabajo|puesto|empleo|cargo|rol|trabalho|emprego|vaga|posici[óo]n|oportunidad)|ess[ea]\s+(?:trabalho|emprego|vaga|cargo)))|attendez[- ]vous\s+(?:de\s+nous|de\s+ce\s+poste|d['’]un\s+employeur)|erwarten\s+sie\s+von\s+(?:uns|ihrem\s+n[äa]chsten)|qu[ée]\s+(?:buscas|busca\s+usted|est[áa]s\s+buscando)|o\s+que\s+(?:voc[êe]\s+|voce\s+)?(?:procura|busca|est[áa]\s+procurando)|que\s+recherchez[- ]vous|qu['’]est[- ]ce\s+que\s+(?:vous\s+recherchez|tu\s+recherches)|was\s+suchen\s+sie|(?:che\s+)?cosa\s+cerchi|что\s+(?:вы\s+)?ищете\s+в)(?!\p{L})|(?:找工作|求职|择业|选(?:择)?(?:公司|工作|企业|单位|offer))[^。？?！!]{0,8}(?:看重|看中|在意|在乎|关注|考虑|要素|因素|标准)|(?:看重|看中)(?:公司|工作|企业|单位)(?:的)?(?:什么|哪些|哪方面)|就(?:職)?活(?:動)?の軸|(?:企業|会社)選び|(?:회사|직장|기업|직업|일자리|직무)\s*(?:를\s*|을\s*)?(?:선택|고르)\p{L}*\s*(?:기준|때|시(?!\p{L}))|(?<!\p{L})(?:crit[èe]res?\s+(?:de\s+choix|pour\s+choisir)|criterios?\s+(?:para\s+elegir|de\s+elecci[óo]n)|kriterien\s+(?:bei\s+der\s+(?:wahl|auswahl)|für\s+(?:die\s+)?wahl))(?!\p{L})`,
  // A line of work, an industry or a field of study, named ("ce cursus", "der Bereich…", "業界", "专业", "ngành"): with
  // "why" ("Pourquoi avez-vous choisi ce cursus ?", "Warum interessiert Sie gerade der Bereich…?", "なぜ教育業界を…?"),
  // the reasons for the work one chose or seeks, the fit talk (2), as "Why did you choose web development?" is.
  field: String.raw`行业|這行|这行|专业|專業|领域|領域|業界|業種|職種|分野|専攻|업계|직무|직종|분야|전공|(?<!\p{L})(?:carreras?|profesi[óo]n|sector|rubro|especialidad|industria|área|domaine|m[ée]tier|secteur|fili[èe]re|cursus|formation|sp[ée]cialit[ée]|carri[èe]re|branche|bereich\p{L}*|beruf|berufsfeld|fachgebiet|fachrichtung|studiengang|studium|laufbahn|carreira|profiss[ãa]o|setor|curso|carriera|professione|settore|ambito|професси\p{L}*|сфер\p{L}*|отрасл\p{L}*|специальност\p{L}*|ngành|lĩnh\s+vực|nghề|bidang|jurusan|profesi|branż\p{L}*|zawod\p{L}*|zawód|dziedzin\p{L}*|sektör\p{L}*|mesle\p{L}*)(?!\p{L})|(?<=\p{L})(?:branche|bereich|berufs?feld)(?!\p{L})`, // (and German compounds: "Logistikbranche")
  offer: String.raw`胜任|(?<!\p{L})(?:aport\p{L}*|contribu\p{L}*|ofrec\p{L}*|agreg\p{L}*|trazer|apport\p{L}*|einbring\p{L}*|beitr\p{L}*|offri\p{L}*|bijdrag\p{L}*|привнес\p{L}*|внест\p{L}*|внесёт\p{L}*|đóng\s+góp|mang\s+lại|berkontribusi|kontribusi|wnie\p{L}*|katkı\p{L}*)(?!\p{L})`,
  traits: String.raw`(?<!\p{L})(?:st[äa]rke\p{L}*|f[äa]higkeit\p{L}*|fortalez\p{L}*|puntos\s+fuertes|pontos\s+fortes|habilidad\p{L}*|habilidade\p{L}*|forces|qualit[ée]s|comp[ée]tences|competenz\p{L}*|qualit[àa]|punti\s+di\s+forza|навык\p{L}*|сильн\p{L}*\s+сторон\p{L}*|kỹ\s+năng|điểm\s+mạnh|kelebihan|kekuatan|keahlian|mocn\p{L}*\s+stron\p{L}*|umiejętno\p{L}*|güçlü\s+yön\p{L}*|beceri\p{L}*)(?!\p{L})|强项|优点|优势|长处|技能|強み|장점|강점`,
  // A strength or a weakness of the candidate's, named ("缺点", "弱み", "약점", "debilidad", "point faible", "Schwäche",
  // "слабые стороны", "điểm yếu", "kelemahan", "mocne strony"): what they are like (questions 3 and 4, stories).
  selfTraits: String.raw`缺点|缺點|弱点|弱點|短处|短處|不足之处|优点|優點|长处|長處|强项|优势|弱み|短所|強み|長所|약점|단점|장점|강점|(?<!\p{L})(?:debilidad(?:es)?|defectos?|puntos?\s+d[ée]bil(?:es)?|fortalez\p{L}*|puntos?\s+fuertes?|faiblesses?|d[ée]fauts?|points?\s+faibles?|points?\s+forts?|qualit[ée]s|schw[äa]chen?|st[äa]rken?|pontos?\s+fracos?|fraquezas?|defeitos?|pontos?\s+fortes?|debolezz[ae]|difett[oi]|punt[oi]\s+debol[ei]|punt[oi]\s+di\s+forza|слаб\p{L}*\s+сторон\p{L}*|сильн\p{L}*\s+сторон\p{L}*|недостат\p{L}*|điểm\s+(?:yếu|mạnh)|kelemahan|kelebihan|kekuatan|s[łl]ab\p{L}*\s+stron\p{L}*|mocn\p{L}*\s+stron\p{L}*|zay[ıi]f\s+y[öo]n\p{L}*|g[üu][çc]l[üu]\s+y[öo]n\p{L}*|zwakte\p{L}*|sterke\s+punten)(?!\p{L})`,
  // (Pay in Korean and Japanese: 연봉, 급여, 처우, 年収, 給与, 給料; the start date and a gap in the record: 출근 가능, 공백기, ブランク期間, under terms.)
  // (The word for pay in the other languages, "Зарплата", "Sueldo", "Gehalt", counts first in a topic of a few words or
  // in a line that asks: "Миграция зарплатного модуля" names an episode.)
  // (Pay includes how much one earns or wants to earn: "¿Cuánto quieres ganar?", "Quanto você ganha hoje?".)
  pay: String.raw`(?<!\p{L})(?:cu[áa]nto|quanto|combien|wie\s*viel)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:ganar|ganas|gana|ganando|ganhar|ganha|ganhas|ganhando|gagner|gagnez|gagnes|verdienen|verdienst|guadagn\p{L}*)(?!\p{L})|^\P{L}*(?:\d{1,2}[.)]\s*)?(?:зарплат\p{L}*|заработн\p{L}*\s+плат\p{L}*|оклад\p{L}*|salari[oa]s?|sueldos?|sal[áa]rios?|salaires?|gehalt\p{L}*|stipendi[oa]|retribuzion\p{L}*)(?!\p{L})|(?<!\p{L})(?:зарплат\p{L}*|оклад\p{L}*|salari[oa]|sueldo|sal[áa]rio|salaire|gehalt\p{L}*|stipendio)(?!\p{L})(?=[^?？]*[?？])|연봉|급여|처우|年収|給与|給料|(?<!\p{L})(?:(?:mức\s+)?lương|gaji|wynagrodzeni\p{L}*|pensj\p{L}*|zarob\p{L}*|maaş\p{L}*|ücret\p{L}*|tankhwah)(?!\p{L})`,
  // The terms of the move beyond the pay itself: when the candidate can start, their notice, moving for the job, pay
  // asked as a figure ("current CTC", "How much are you looking to earn?"), a gap in the record or the other offers in
  // hand: asked of the candidate, these are the fit talk, a pitch, not an episode (round 19 lead decision).
  terms: String.raw`(?<!\p{L})(?:relocat\p{L}*|notice\s+period|start(?:ing)?\s+date|joining\s+date|when\s+(?:can|could|would)\s+you\s+(?:start|join)|(?:current|expected|desired)\s+(?:salary|ctc|compensation|pay)|ctc|how\s+much\s+(?:money\s+)?(?:are|do|would)\s+you\s+(?:\p{L}+\s+){0,2}(?:earn|make|expect)|salary|(?:employment|career)\s+gap|gap\s+in\s+your\s+(?:resume|résumé|cv|career|employment)|(?:other|any|competing|pending)\s+(?:job\s+)?offers?|offers?\s+in\s+hand|otras\s+ofertas|outras\s+(?:ofertas|propostas)|autres\s+offres|andere[nr]?\s+(?:angebote|zusagen)|altre\s+offerte|други[ех]\s+предложени\p{L}*|andere\s+aanbiedingen|tawaran\s+lain|offer\s+khác|inn(?:e|ych)\s+ofert\p{L}*|başka\s+teklif\p{L}*|reubic\p{L}*|traslad\p{L}*|realoca\p{L}*|mudar(?:te|se)?\s+de\s+(?:ciudad|cidade|pa[ií]s)|aviso\s+pr[ée]vio|pr[ée]avis|d[ée]m[ée]nag\p{L}*|mobilit[ée]\s+g[ée]ographique|(?:[êe]tes[- ]vous|es[- ]tu)\s+mobiles?|umzug\p{L}*|umzieh\p{L}*|kündigungsfrist|eintrittstermin|переезд\p{L}*|переех\p{L}*|выйти\s+на\s+работу|trasferir\p{L}*|preavviso|verhuiz\p{L}*|opzegtermijn|relokasi)(?!\p{L})|(?<!\p{L})disponibilit\p{L}*\s+(?:para|pour|per)\s+(?:mudar|cambiar|trasladar|viajar|d[ée]m[ée]nager|trasferir|comenzar|começar|commencer|iniciar)|到岗|入职时间|(?:什么时候|何时|多久)(?:能|可以)?(?:入职|到岗|上班)|(?:接受|能否|可否|可以|愿意|能不能)[^，。？?]{0,4}(?:异地|外派|调岗|搬迁)|空窗期|(?:其他|别的)(?:的)?\s*(?:机会|offer)|入社(?:可能|時期|日)|転勤|입사\s*가능|출근\s*가능|공백기|ブランク期間`,
  // The hours and shifts the candidate can work ("Are you comfortable working in shifts?", "Can you take overtime?",
  // "是否可以接受加班"): availability, a term of the move. A view of them ("How do you feel about overtime?",
  // "你怎么看待加班") is a way of working instead: see TERMS_VIEW.
  hours: String.raw`(?<!\p{L})(?:shifts|(?:work|working)\s+(?:in\s+)?(?:night\s+|rotating\s+|rotational\s+)?shifts?|overtime|odd\s+hours|flexible\s+hours|(?<![-\p{L}])(?:work|working)\s+(?:schedule|hours)|available\s+(?:for\s+(?:\p{L}+\s+)?(?:shifts?|weekends?|nights?)))(?!\p{L})|(?:接受|能否|可否|可以|愿意|能不能)[^，。？?]{0,4}(?:加班|倒班|夜班|轮班)|残業(?:は|に|も)?(?:大丈夫|可能|できます)|근무\s*가능|교대\s*근무`,
  // How and how much the candidate can work, asked of them ("Are you open to working onsite?", "Comfortable with remote
  // / hybrid?", "How many hours per week can you commit?", "Full-time or part-time?"): availability, a term of the
  // move as the shifts are. Read only in a line that asks (rules/kind.ts): "Remote onboarding" names an episode.
  arrangement: String.raw`(?<!\p{L})(?:remote(?:ly)?|on-?site|hybrid|in[- ](?:the\s+)?office|(?:work|working)\s+from\s+(?:home|the\s+office)|wfh|hours?\s+(?:a|per|each)\s+week|how\s+many\s+hours|full[- ]time|part[- ]time)(?!\p{L})`,
  // A list of questions named by whom it is for, beyond English ("Вопросы к работодателю", "Preguntas para el
  // entrevistador", "Questions à poser au recruteur", "Fragen an den Arbeitgeber"): questions to ask (29).
  questionsFor: String.raw`(?<!\p{L})(?:вопрос\p{L}*\s+(?:к|для)\s+(?:работодател\p{L}*|интервьюер\p{L}*|компани\p{L}*|нанимающ\p{L}*|hr|эйчар\p{L}*)|preguntas\s+(?:para|al|a\s+la|a\s+los)\s+(?:el\s+)?(?:entrevistador\p{L}*|empresa|empleador|reclutador\p{L}*)|perguntas\s+(?:para|ao|[àa])\s+(?:o\s+|a\s+)?(?:entrevistador\p{L}*|empresa|empregador|recrutador\p{L}*)|questions\s+(?:à\s+poser|pour\s+(?:le|la|l['’])\s*(?:recruteur|recruteuse|employeur|entreprise|intervieweur))|fragen\s+an\s+(?:den|die|das)\s+(?:arbeitgeber|interviewer\p{L}*|unternehmen|personaler\p{L}*|recruiter\p{L}*)|domande\s+(?:da\s+fare|per\s+(?:il|l['’])\s*(?:selezionatore|recruiter|azienda|intervistatore))|câu\s+hỏi\s+(?:cho|dành\s+cho)\s+(?:nhà\s+tuyển\s+dụng|công\s+ty|người\s+phỏng\s+vấn))(?!\p{L})`,
  // A wish of the candidate's, beyond English ("Bạn mong muốn học được gì…", "¿Qué esperas aprender…"): with the company
  // addressed, what they seek there (2).
  // (Asked of the candidate as a question, with no company named, a wish is what they seek all the same: "Bạn mong đợi học
  // được gì từ vị trí thực tập?", what they expect to learn, as "What do you hope to learn?" is in English.)
  wish: String.raw`(?<!\p{L})(?:mong\s+muốn|mong\s+đợi|kỳ\s+vọng|hy\s+vọng|muốn\s+học)(?!\p{L})`,
  // What sets the candidate apart, beyond English ("O que você considera como seu principal diferencial?", "¿Qué te
  // diferencia de otros candidatos?", "Что вас отличает от других кандидатов?"): why them (2).
  apart: String.raw`(?<!\p{L})(?:diferencial|(?:te|le|o|a|lhe|vous|vi|ti)\s+(?:diferencia|distingue|differenzia)|unterscheidet\s+(?:sie|dich)|(?:вас|тебя)\s+отличает|отличает\s+(?:вас|тебя)|điểm\s+khác\s+biệt)(?!\p{L})|차별(?:화|점)|다른\s*지원자`,
  // What a candidate asks the company about, beyond English (where ../parse/segment.ts asksTheCompany reads it): the
  // hiring process, the day's work in the position, the team's make-up, onboarding, the next steps, and the asker's own
  // work there ("…an meine Arbeit", "mi trabajo"). Asked by the candidate when the line addresses no "your" of theirs
  // (OTHER_YOURS).
  workplace: String.raw`(?<!\p{L})(?:bewerbungsprozess\p{L}*|auswahlprozess\p{L}*|auswahlverfahren\p{L}*|arbeitsalltag\p{L}*|teamstruktur\p{L}*|einarbeitung\p{L}*|nächsten\s+schritte|(?:an\s+)?meine\s+(?:arbeit|rolle|position|aufgaben)|processo\s+seletivo|proceso\s+de\s+selecci[óo]n|pr[óo]ximos\s+(?:pasos|passos)|d[ií]a\s+a\s+d[ií]a\s+(?:en|del|de\s+(?:este|esta|la))\s+(?:puesto|equipo|posici[óo]n|empresa)|(?:o\s+)?dia\s+a\s+dia\s+(?:da|do|nesta|neste)\s+(?:vaga|equipe|time|posi[çc][ãa]o|cargo|empresa)|mi\s+(?:trabajo|rol|puesto)\s+(?:en|aqu[ií])|meu\s+(?:trabalho|papel|cargo)\s+(?:aqui|na|no)|processus\s+de\s+recrutement|prochaines\s+[ée]tapes|processo\s+di\s+selezione|prossimi\s+passi|процесс\s+отбора|следующи\p{L}*\s+этап\p{L}*)(?!\p{L})|面试流程|后续(?:的)?流程|团队(?:的)?(?:结构|规模|构成)|晋升(?:机制|通道)|培训(?:机制|体系)|選考(?:プロセス|フロー)|今後の選考|チーム(?:の)?構成|팀\s*구성|채용\s*(?:절차|프로세스)`,
  // The employer before this one, asked about as such ("可以形容一下你的上家公司及领导吗？", "之前公司情况", "前職について
  // 教えてください"): what the candidate leaves and why, the leaving question asked sideways (an episode there, "上家公司
  // 做过的项目", is read apart).
  previousJob: String.raw`上家公司|上一家公司|前公司|之前(?:的)?公司|原公司|前の会社|前職|이전\s*(?:회사|직장)|전\s*직장|(?<!\p{L})(?:(?:tu|su)\s+(?:empresa|trabajo|empleo)\s+anterior|(?:sua|seu)\s+(?:empresa|emprego)\s+anterior|(?:votre|ton)\s+(?:ancien(?:ne)?|pr[ée]c[ée]dent(?:e)?)\s+(?:employeur|entreprise|poste)|(?:ihr(?:em|en)?|dein(?:em|en)?)\s+(?:letzten|vorherigen|bisherigen)\s+(?:arbeitgeber|job|unternehmen))(?!\p{L})`,
  askUs: String.raw`أسئلة\s+(?:لنا|لي)|हमसे\s+(?:कोई\s+)?(?:सवाल|प्रश्न)|(?<!\p{L})(?:har\s+du\s+(?:några\s+)?frågor|máte\s+(?:nějaké\s+)?(?:otázky|dotazy))(?!\p{L})|(?<!\p{L})(?:tienes?|ten[ée]s|avez[- ]vous|as[- ]tu|haben\s+sie|hast\s+du|tem|t[êe]m|heeft\s+u|heb\s+je|hebben\s+jullie)\s+(?:\p{L}+\s+){0,2}(?:preguntas?|questions?|fragen|perguntas?|vragen)(?!\p{L})|궁금한\s*(?:점|것|게)|(?<!\p{L})(?:có\s+)?câu\s+hỏi\s+(?:gì|nào)(?!\p{L})|(?<!\p{L})(?:ada|punya)\s+pertanyaan(?!\p{L})|(?<!\p{L})(?:masz|macie|ma\s+pan|ma\s+pani|mają\s+państwo)\s+(?:\p{L}+\s+){0,2}pytani\p{L}*|(?<!\p{L})(?:sorunuz|sorun|soru)\s+var\s+m[ıi](?!\p{L})`,
} as const;

/**
 * A rating asked of oneself ("How would you rate yourself from 1 to 10?", "On a scale of one to ten, how good is your
 * SQL?", "How good are you at Python?", "¿Cómo calificarías tu inglés?", "你给自己打几分？"): a claim about you to back
 * with a case, a story (round 19 lead decision), whatever conditional it is put in.
 */
export const RATE_SELF = String.raw`(?<!\p{L})(?:(?:rate|grade|score|assess|evaluate)\s+(?:yourself|your\s+(?:own\s+)?(?:\p{L}+\s+){0,2}?(?:skills?|level|knowledge|proficiency|abilit\p{L}*|expertise|english|sql|python|java|coding|programming))|on\s+a\s+scale\s+(?:of|from)|out\s+of\s+(?:10|ten|five|5)|how\s+good\s+are\s+you\s+(?:at|with|in)|calific\p{L}*\s+(?:tu|su|t[úu])|avalia\p{L}*\s+(?:seu|sua|o\s+seu|a\s+sua|voc[êe])|(?:del|de)\s+(?:1|uno|um)\s+(?:al|a)\s+(?:10|diez|dez)|sur\s+une\s+[ée]chelle|auf\s+einer\s+skala|selbst\s+einschätzen|по\s+шкале|оцени\p{L}*\s+(?:себя|свои|свой|свою|ваш))(?!\p{L})|给自己打|打几分|打多少分|自评|自己(?:的)?评分|自己を\d+点|何点|몇\s*점`;

/** The candidate's own "your", beyond English: a line with it is put to the candidate, not by them ("Wie sieht Ihr Arbeitsalltag aus?"). */
export const OTHER_YOURS = String.raw`(?<!\p{L})(?:ihre?[mnrs]?|dein\p{L}*|tus?|su|sus|seu|sua|seus|suas|votre|vos|ton|ta|tes|tuo|tua|vostr\p{L}*|ваш\p{L}*|тво\p{L}*|uw|jouw|je)(?!\p{L})|你(?!们)|您|あなた|귀하`;

/** A view asked of the hours rather than the hours themselves: "How do you feel about overtime?", "你怎么看待加班". */
export const TERMS_VIEW = String.raw`(?<!\p{L})(?:feel\s+about|think\s+(?:of|about)|opinion|views?\s+on|thoughts\s+on|attitude)(?!\p{L})|看待|看法|怎么看|怎样看|理解`;

/**
 * A situation put to the candidate, in the languages beyond English: the conditional or the future addressed to
 * "you" ("¿qué harías…?", "come ti comporteresti…", "was würden Sie…", "apa yang akan kamu lakukan jika…",
 * "bạn sẽ làm gì nếu…", "что бы вы сделали…", "co byś zrobił…", "ne yapardınız…", "どう動きますか",
 * "어떻게 행동하실 건가요", "如果…你会…"), or a supposition ("supongamos", "としたら", "만약"). Word classes of the
 * grammar (the conditional's endings, the future's particles), not wordings of questions.
 */
export const HYPOTHETICAL_ASK_OTHER = [
  // (Not a polite request to describe, define or rate, "¿Cómo describirías tu empresa anterior?", "Comment vous
  // définiriez-vous ?": what you are like or were, as "How would you describe yourself?" is in English.)
  String.raw`(?<!\p{L})(?!podr|querr|gustar|describ|defin|calific|valor|evalu|resum|caracteriz)\p{L}{2,}rías(?!\p{L})`, // es: harías, resolverías (not the polite "podrías")
  String.raw`(?<!\p{L})(?:voc[êe]|tu)\s+(?:\p{L}+\s+)?(?!descrev|defin|classific|avali|resum|caracteriz)\p{L}{2,}ria(?!\p{L})`, // pt: você faria
  String.raw`(?<!\p{L})(?!d[ée]cri|d[ée]fini|qualifi|[ée]valu|r[ée]sum|caract[ée]ris|not)\p{L}{2,}(?:riez|rais)[- ](?:vous|tu)(?!\p{L})|(?<!\p{L})(?:vous|tu)\s+(?!d[ée]cri|d[ée]fini|qualifi|[ée]valu|r[ée]sum|caract[ée]ris|not)\p{L}{2,}(?:riez|rais)(?!\p{L})`, // fr
  String.raw`(?<!\p{L})(?!descriv|defin|valut|riassum|caratterizz)\p{L}{2,}(?:eresti|aresti|iresti|ereste|areste|ireste)(?!\p{L})`, // it: comporteresti, fareste
  String.raw`(?<!\p{L})(?:wenn|falls|angenommen)(?!\p{L})[^?]{0,80}(?<!\p{L})(?:würden sie|würdest du|werden sie|wirst du)(?!\p{L})`, // de
  String.raw`(?<!\p{L})(?:zou(?:den)?\s+(?:je|jij|u|jullie)|ga\s+(?:je|jij)|gaat\s+u)(?!\p{L})`, // nl
  String.raw`(?<!\p{L})(?:akan|bakal)\s+(?:kamu|anda|kau|engkau)|(?:kamu|anda|kau|engkau)\s+akan(?!\p{L})`, // id/ms
  String.raw`(?<!\p{L})(?:bạn|anh|chị|em)\s+sẽ(?!\p{L})|(?<!\p{L})nếu(?!\p{L})[^?]{0,80}(?<!\p{L})sẽ(?!\p{L})`, // vi
  String.raw`(?<!\p{L})(?:бы\s+(?:вы|ты)|(?:вы|ты)\s+бы|(?:вы|ты)\s+(?:будете|будешь)|ваши\s+действия)(?!\p{L})`, // ru
  String.raw`(?<!\p{L})(?:\p{L}+(?:łbyś|łabyś|libyście|łybyście)|(?:co|jak)\s+(?:byś|byście))(?!\p{L})`, // pl
  String.raw`(?<!\p{L})\p{L}{2,}(?:ardınız|erdiniz|ırdınız|irdiniz|urdunuz|ürdünüz|ardın|erdin|acaksınız|eceksiniz)(?!\p{L})`, // tr (a stem of two letters or more: "verdin", "verdiniz" are the past of "ver-")
  String.raw`(?:だとします|としたら|とします|たら|なら)。?[^。？?]{0,40}(?:どう|どのように|何を)`, // ja (a plain "どう対処しますか" asks a habit)
  String.raw`(?:다면|라면|ㄴ다면|경우)[^?？]{0,60}어떻게|어떻게\s*[^?？\s]{0,12}(?:겠|건가요|겁니까|실\s*(?:건가요|겁니까))|만약`, // ko
  String.raw`(?:如果|假如|假设|要是|若是)[^？?。]{0,60}(?:会|怎么|如何|该)|你会(?:怎么|如何)`, // zh
  // A supposition that opens the question, in each language: "Supón que…", "Imaginez que…", "Stell dir vor…",
  // "Supponiamo che…", "Suponha que…", "Представьте, что…", "Załóżmy, że…", "Diyelim ki…", "Misalkan…",
  // "Giả sử…", "Maan lijiye…", "仮に…", "设想…". (Not the Russian "Представьтесь", introduce yourself.)
  String.raw`(?:^|[.!?¿¡:;]\s*)\P{L}{0,6}(?:sup[óo]n|suponga|supongamos|pongamos\s+que|imag[ií]na(?:te)?(?:\s+que)?|imag[ií]nese|supposons|imaginons|imaginez|admettons|mettons\s+que|stell(?:en\s+sie\s+sich|\s+dir)\s+vor|nehmen\s+wir\s+an|angenommen|immagina|supponiamo|supponi|mettiamo\s+che|suponha|vamos\s+supor|imagine\s+que|представьте(?!сь)|предположим|допустим|załóżmy|wyobraź\s+sobie|wyobraźmy\s+sobie|diyelim\s+ki|farz\s+edelim|misalkan|bayangkan|andaikan|seandainya|giả\s+sử|hãy\s+tưởng\s+tượng|maan\s+(?:lijiye|lo|lete\s+hain)|farz\s+(?:kijiye|karo)|मान\s+लीजिए|仮に|设想|想象一下)(?!\p{L})`,
  // What "you" do if…, in the present, as "What do you do if…?" ("Que faites-vous si…?", "¿Qué haces si…?",
  // "Was machst du, wenn…?", "O que você faz se…?", "Cosa fai se…?"), or the condition first ("Si…, ¿qué haces?").
  String.raw`(?<!\p{L})(?:que\s+(?:faites[- ]vous|fais[- ]tu)|comment\s+(?:r[ée]agissez[- ]vous|r[ée]agis[- ]tu)|qu[ée]\s+(?:haces|hace\s+usted|hacen\s+ustedes)|c[óo]mo\s+(?:act[úu]as|reaccionas)|was\s+(?:tust|machst)\s+du|was\s+(?:tun|machen)\s+sie|o\s+que\s+(?:voc[êe]\s+)?faz|(?:che\s+)?cosa\s+(?:fai|fa|fate)|che\s+fai)\b[^?]{0,6}(?<!\p{L})(?:si|wenn|falls|se)(?!\p{L})|(?:^|[¿¡]\s*|\s)(?:si|wenn|falls|se)\s[^?]{0,120}(?:qu[ée]\s+(?:haces|hace\s+usted)|que\s+(?:faites[- ]vous|fais[- ]tu)|was\s+(?:tust|machst)\s+du|was\s+(?:tun|machen)\s+sie|o\s+que\s+(?:voc[êe]\s+)?faz|(?:che\s+)?cosa\s+fai)(?!\p{L})`,
  // Hindi, in its own script or in Latin letters (Hinglish): the future addressed to "you" ("aap kya karenge?",
  // "Corruption ko kaise control karenge?", "आप क्या करेंगे"), or "if" put as a question ("Agar aap se galti ho jaaye to?").
  String.raw`(?<!\p{L})(?:kya|kaise|aap|aapka|aapki|aapke|tum|tumhara)(?!\p{L})[^?]{0,80}?(?<!\p{L})\p{L}{2,}(?:enge|oge|ogi)(?!\p{L})|(?<!\p{L})agar(?!\p{L})[^?]{0,160}\?|(?:अगर|यदि)[^?।]{0,120}(?:\?|क्या|कैसे)|(?:आप|तुम)[^?।]{0,60}[\u0900-\u097F]+(?:ेंगे|ोगे)`,
  // Spanish: how a thing will be done, put as a question in the impersonal future ("¿Cómo se organizará el
  // personal…?", "¿Qué estrategia se implementará…?"), when nothing of the asker's own ("mi", "me") is in it.
  String.raw`^(?![^?]*(?<!\p{L})(?:mi|mis|me|yo)(?!\p{L}))[^?]*?(?<!\p{L})se\s+\p{L}{2,}(?:ará|erá|irá|arán|erán|irán)(?!\p{L})[^?]*\?`,
].join('|');

/**
 * The first person telling what they would or will do, beyond English: "chiederei", "hablaría", "je parlerais",
 * "ich würde", "ik zou", "saya akan", "tôi sẽ", "я бы", "zrobiłbym", "yapardım", "-겠습니다". Counted
 * against the same person telling what they did ("ho chiesto", "j'ai", "ich habe", "saya sudah", "tôi đã", "я сделал",
 * "yaptım", "-었습니다"; Chinese "我会" and Japanese "〜します" also say a habit, and are not counted): the tense of the answer says a plan or an episode.
 */
export const FIRST_PERSON_WOULD_OTHER = [
  String.raw`(?<!\p{L})\p{L}{2,}(?:erei|arei|irei)(?!\p{L})`, // it
  String.raw`(?<!\p{L})(?:yo\s+)?\p{L}{2,}(?:aría|ería|iría)(?!\p{L})`, // es (one form of three; see OTHER_WOULD_NOUNS)
  String.raw`(?<!\p{L})(?:je|j['’])\s*\p{L}{2,}(?:rais|rai)(?!\p{L})|(?<!\p{L})je\s+vais(?!\p{L})`, // fr
  String.raw`(?<!\p{L})eu\s+(?:\p{L}+\s+)?\p{L}{2,}ria(?!\p{L})|(?<!\p{L})eu\s+vou(?!\p{L})`, // pt
  String.raw`(?<!\p{L})(?:ich\s+würde|würde\s+ich|ich\s+werde|werde\s+ich)(?!\p{L})`, // de
  String.raw`(?<!\p{L})(?:ik\s+zou|zou\s+ik|ik\s+ga|ga\s+ik)(?!\p{L})`, // nl
  String.raw`(?<!\p{L})(?:saya|aku|kami)\s+(?:akan|bakal)(?!\p{L})`, // id/ms
  String.raw`(?<!\p{L})(?:tôi|em|mình|chúng tôi)\s+sẽ(?!\p{L})`, // vi
  String.raw`(?<!\p{L})(?:я\s+бы|бы\s+я|я\s+буду|я\s+стал\s+бы)(?!\p{L})`, // ru
  String.raw`(?<!\p{L})\p{L}+(?:łbym|łabym)(?!\p{L})`, // pl
  String.raw`(?<!\p{L})\p{L}+(?:ardım|erdim|ırdım|irdim|urdum|ürdüm|acağım|eceğim)(?!\p{L})`, // tr
  String.raw`겠습니다|겠어요|겠죠|ㄹ\s*것입니다|할\s*것입니다|할\s*겁니다`, // ko
  String.raw`(?<!\p{L})\p{L}{2,}(?:unga|ungi|oonga|oongi)(?!\p{L})|[\u0900-\u097F]+(?:ूंगा|ूँगा|ूंगी|ूँगी)`, // hi: karunga, बात करूंगा
].join('|');

/** Nouns ending like the Spanish conditional ("ingeniería", "categoría"), left out of the count. */
export const OTHER_WOULD_NOUNS = String.raw`(?:ingenier|categor|mayor|librer|galer|loter|panader|cervecer|secretar|tesorer|consultor|asesor|auditor|mensajer|pizzer|ferreter|joyer|minor|porter|batería)`;

export const FIRST_PERSON_DID_OTHER = [
  String.raw`(?<!\p{L})(?:ho|abbiamo)\s+\p{L}+(?:ato|uto|ito)(?!\p{L})`, // it
  String.raw`(?<!\p{L})(?:j['’]ai|nous avons)\s+\p{L}+(?:é|i|is|it|u)(?!\p{L})`, // fr
  String.raw`(?<!\p{L})(?:ich\s+(?:habe|hatte|war)|wir\s+(?:haben|hatten|waren))(?!\p{L})`, // de
  String.raw`(?<!\p{L})(?:ik\s+(?:heb|had|was)|we\s+(?:hebben|hadden))(?!\p{L})`, // nl
  String.raw`(?<!\p{L})(?:saya|aku|kami)\s+(?:sudah|telah|pernah)(?!\p{L})`, // id
  String.raw`(?<!\p{L})(?:tôi|em|mình|chúng tôi)\s+(?:đã|từng)(?!\p{L})`, // vi
  String.raw`(?<!\p{L})(?:я|мы)\s+(?:\p{L}+\s+)?\p{L}+(?:ал|ял|ил|ел|ала|яла|ила|ела|али|или)(?!\p{L})`, // ru
  String.raw`(?<!\p{L})\p{L}+(?:łem|łam|liśmy)(?!\p{L})`, // pl
  String.raw`(?<!\p{L})\p{L}{2,}(?:dım|dim|dum|düm|tım|tim|tum|tüm|dık|dik)(?!\p{L})`, // tr
  String.raw`(?<!\p{L})(?:hice|tuve|fui|estuve|decidí|hablé|trabajé)(?!\p{L})|(?<!\p{L})(?:eu\s+)?(?:fiz|tive|fui|decidi)(?!\p{L})`, // es, pt
  String.raw`었습니다|았습니다|였습니다|했습니다`, // ko
].join('|');

/**
 * A telling of an answer named by its length, in words rather than a number of seconds ("Short version", "Longer
 * answer", "Extended version", "TL;DR", "Versión corta", "Version longue", "Kurzfassung", "简短版", "详细版本",
 * "短いバージョン", "짧은 버전"): a short and a longer version of one answer are two answers, each said as it stands
 * (eval/README, "## A labels file"). The words of length, and the short forms that name a summary over a told answer.
 * A regular-expression source, read case-insensitively with the `u` flag; a telling's name is judged by it only
 * together with a word that names a version or an answer (parse/segment.ts namesLength), or standing alone as "TL;DR".
 */
export const TOLD_AT_LENGTH = [
  // en
  String.raw`(?<!\p{L})(?:short|shorter|shortest|long|longer|longest|brief|briefer|extended|condensed|compact|concise|abridged|full|fuller|detailed|expanded|quick)(?!\p{L})`,
  String.raw`(?<![\p{L}\p{N}])(?:tl;?\s?dr|tldr)(?![\p{L}])`,
  // es, pt, fr, it, de, nl, ru
  String.raw`(?<!\p{L})(?:corta|cortas|larga|largas|breve|extendida|completa|resumida|curta|longa|estendida|detalhada|courte|longue|brève|détaillée|complète|lunga|estesa|kurz|kurze|kurzfassung|lang|lange|langfassung|ausführlich|ausführliche|kort|korte|uitgebreide|краткая|короткая|полная|длинная|развернутая|развёрнутая)(?!\p{L})`,
  // zh, ja, ko
  String.raw`简短|简版|简洁|精简|删减|缩略|短版|长版|详细|完整版|詳細|簡潔|短い|長い|ショート|ロング|短縮|짧은|긴\s*버전|요약|상세`,
].join('|');

/**
 * An introduction named by its length or by where it is used, as a title of a version of the pitch ("1 分钟自我介绍",
 * "中文 30 秒电梯介绍", "⏱️ 1分钟版本", "2-minute intro", "1분 자기소개", "LinkedIn About", "Cold email opener",
 * "求职邮件开场段"): who the writer is, question 1, whatever the file calls it. A length with a version alone ("3分钟版本",
 * "2-minute version") is one only when the answer is not told as an episode in its parts (a STAR story has short versions
 * too). Regular-expression sources, read case-insensitively with the `u` flag.
 */
export const INTRO_NAMED = {
  /** A spoken length: a number and a unit of time, in the languages met ("30 秒", "1分钟", "2-minute", "30초", "1 minuto"). */
  length: String.raw`(?<![\p{L}\p{N}])\d{1,3}(?:\s*[-–~]\s*\d{1,3})?\s*-?\s*(?:秒钟?|秒鐘|分钟|分鐘|分間|초|분|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|segundos?\b|minutos?\b|secondes?\b|sekunden\b|minuten\b|giây\b|phút\b|detik\b|menit\b|секунд\p{L}*|минут\p{L}*)`,
  /** The piece named: an introduction of oneself (a "pitch" alone may be a project's, or a story's retelling). */
  piece: String.raw`介绍|介紹|紹介|소개|(?<!\p{L})(?:intro\p{L}*|presentaci[óo]n|apresenta[çc][ãa]o|pr[ée]sentation|vorstellung|giới\s+thiệu|perkenalan|самопрезентаци\p{L}*)(?!\p{L})`,
  /** A project introduced, not oneself ("项目介绍", "Project intro"). */
  project: String.raw`项目|項目|プロジェクト|프로젝트|(?<!\p{L})(?:projects?|proyectos?|projetos?|projets?|projekte?|progett[oi]|dự\s+án|proyek)(?!\p{L})`,
  /** A version of the answer ("版本", "version", "버전"). */
  version: String.raw`版本|버전|バージョン|(?<!\p{L})(?:versions?|versi[óo]n|vers[ãa]o|fassung)(?!\p{L})`,
  /** Where the introduction is used: a lift, a profile's About, the opening of a cold email or message. */
  channel: String.raw`电梯|電梯|エレベーター|엘리베이터|(?<!\p{L})(?:elevator\s+(?:pitch|speech|intro\p{L}*)|linkedin\s+(?:about|summary|headline|bio)|cold\s+(?:e-?mail|dm|message|outreach)(?:\s*\/\s*dm)?(?:\s+(?:opener|opening|intro\p{L}*))?)(?!\p{L})|(?:求职|自荐|投递)(?:邮件|信)(?:的)?开场`,
};
