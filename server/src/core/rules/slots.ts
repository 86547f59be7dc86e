// The slot reader: the stretches a writer left to fill in later, read from their shape in any dress (a bracketed
// prompt, an angle or brace slot, a marker word, a letter or a mark where a number goes, a blank, a written note to the
// writer in any language). The placeholder rule reports them; the metric rules read a slot where a figure goes as a
// figure still to give (quantity.ts fillFigureSlots), through slotsIn. What is and is not a slot: see placeholder.ts.
import { readText } from '../nlp/analyze';
import { IRREGULAR_PAST, NOT_WRITTEN_NOTES, POINTER_WORDS } from '../nlp/lexicon';
import { escape } from '../nlp/other-language';
import { memoByText } from '../memo';
import { countWords } from '../text';
import { matchLabel } from '../parse/labels';
import { SLOT_HINT, type Slot } from './quantity';

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** A bracketed slot (a long one is template guidance: "[Example: During my role as ...]"), possibly wrapped over two lines ("[Add how many\n customers saw no downtime]"), never across a blank line. */
const BRACKET = /\[([^[\]\n]{0,300}(?:\n[^[\]\n]{1,120})?)\]/g;
/**
 * Marker words of an unfinished draft, also in emphasis ("_TBC_", not "MAX_TODO"); "TK", the editor's mark for a
 * figure to come ("fell from TK minutes"), in capitals and not before a name ("TK Maxx"). "TODO" before a noun after
 * a modifier ("40 old TODO comments") is a thing.
 */
const MARKER_WORD = /(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]_)(?:TODO|TBD|TBC|FIXME|TK(?![ \t]+\p{Lu}|-)|[Ll]orem ipsum|[Ff]ill-in-the-blanks?)(?![\p{L}\p{N}])(?!_[\p{L}\p{N}])|\?{3,}/gu;
/**
 * A stand-in for a name or a word still to choose, in any script: a run of x ("I'm xxx, majoring in xxx", "我是xxx",
 * "the XXX position", "公司的xx产品", "$xx,000"; beside letters of another script too; not "5xx", "xxhash", "xx-large"), the fill-in signs of Japanese and Chinese drafts
 * ("〇〇大学", "○○社", "××部", "某某公司": a so-and-so), and the stand-in company "XYZ" ("XYZ Company", "at techSolution
 * XYZ", "ABC Corp").
 */
const STAND_IN =
  /(?<![A-Za-z0-9_])(?:[Xx]{3,}|XX(?![ \t]*(?:%|percent\b|[0-9]))(?![ \t]+(?:century|centuries|siècle|siglo|secolo|Jahrhundert|век|wiek|wieku)(?![\p{L}]))|xx(?!-[A-Za-z])|XYZ|xyz)(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])ABC(?=\s+(?:[Cc]ompany|[Cc]orp(?:oration)?|[Ii]nc|[Ll]td|[Oo]rgani[sz]ation|[Ff]irm|[Bb]ank|[Tt]echnologies|[Ss]olutions)\b)|[〇○◯●×□△＊]{2,}|某某|[ＸＸｘ]{2,}|(?<![A-Za-z0-9_])O{2,}(?![A-Za-z0-9_])(?=[ \t]?[\uac00-\ud7af])|ㅇ{2,}/gu;
/**
 * One capital letter where the speaker's name, school or employer goes: "my name is X", "I'm Y, a backend
 * engineer", "I graduated from **Y**", "I studied at Z" (not "X" as a company after "at" or "joined": the one that
 * was Twitter).
 */
const NAME_SLOT =
  /(?<=\b(?:[Mm]y name is|[Ii] am|[Ii]'m|[Ii]’m|[Cc]alled|[Nn]amed|[Gg]raduated from|[Ss]tudied at|[Dd]egree from|[Ff]rom the university of|[Uu]niversity of)\s+(?:\*\*|__|\*|_)?)[XYZ](?=(?:\*\*|__|\*|_)?(?:[,.;:!?)]|\s+(?:and|from|at|in|with|a|an)\b))/gu;
/**
 * What follows a figure in English: a percent sign, a unit, or a count noun ("X% faster", "XX ms", "N hours", "X
 * customers"). Read after a letter where a number goes (NUMBER_SLOT) and after a bracket opening a line (FIGURE_UNIT).
 */
const FIGURE_AFTER = String.raw`\s?%|\s?(?:percent|ms|k|K|M)\b|\s+(?:times|hours?|days?|weeks?|months?|years?|minutes?|mins?|seconds?|secs?|people|users?|customers?|clients?|engineers?|teams?|tickets?|requests?|incidents?|bugs?|dollars?|points?|servers?|services?)\b`;
/** A letter (or run of X or N) where a number belongs: XX%, N%, $XX, 1.XX, "X customers", "Y hours", "NN ms"; two
 * question marks where a figure goes ("from ?? to ??"). (The lookahead first names the characters a match can start
 * with: without it the engine tried both lookbehinds at every character of the text; same matches, about 3x faster.) */
const NUMBER_SLOT =
  new RegExp(
    String.raw`(?=[?$XxNYZ])(?:(?<=(?:^|[\s(])(?:from|to|by|of|at|around|about|is|was|were|are)\s+)\?\?(?=[\s%.,;:)]|$)|(?<![\p{L}\p{N}_.\-/])(?:\$\s?(?:X+|N|Y|Z)(?:[.,]X+)?|(?:X{1,3}|x{2,3}|N{1,3}|Y|Z)(?:[.,][Xx]+)?(?=${FIGURE_AFTER}|\s+[a-z]{3,}s\b)))`,
    'gu',
  );
/**
 * The same where Chinese, Japanese or Korean counts: a letter before a measure word or a unit ("X 天内交付", "N个服务",
 * "X倍", "N명", "X시간"), the words those languages put after every number (a closed class: MEASURE_WORDS). Not a
 * letter that names a thing ("X 轴", "Z世代").
 */
export const MEASURE_WORDS = [
  '个', '個', '天', '人', '次', '倍', '年', '周', '週', '万', '萬', '千', '百', '元', '条', '條', '项', '項', '位', '家', '款',
  '台', '份', '篇', '页', '頁', '张', '張', '轮', '輪', '件', '回', '円', '割', '小时', '小時', '分钟', '分鐘', '时间', '時間', '秒',
  '개', '명', '일', '배', '년', '주', '시간', '분', '초', '원', '건', '회',
] as const;
const CJK_NUMBER_SLOT = new RegExp(
  `(?<![\\p{L}\\p{N}_.\\-/])(?:X{1,3}|N{1,3}|x{2,3})(?:[.,][Xx]+)?(?=[ \\t]?(?:${[...MEASURE_WORDS].sort((a, b) => b.length - a.length).join('|')}))`,
  'gu',
);
/** A figure's unit or count noun right after a bracket ("[X] years of tickets"): FIGURE_AFTER at the start. */
const FIGURE_UNIT = new RegExp(`^(?:${FIGURE_AFTER})`, 'u');
/**
 * Blanks to fill: three or more underscores, not part of a name (`__init__`), also written escaped so Markdown
 * shows them as a line (`\_\_\_\_`).
 */
const BLANK = /(?<![\p{L}\p{N}_\\])(?:\\?_){3,}(?![\p{L}\p{N}_])/gu;
/** Hashes standing for the digits of a percentage still to fill ("by ##%"), not a heading's marks or an anchor. */
const HASH_PERCENT = /(?<![\p{L}\p{N}#&/])#{1,3}(?=[ \t]?%)/gu;
/**
 * A mark where the figure of a percentage goes, written with question marks, underscores or an ellipsis ("?? %", "__%",
 * "fell by …%"), or with the Cyrillic or Greek letter that looks like X ("на ХХ%", "ХХ процентов", "ΧΧ%": Russian and
 * Greek writers' XX%).
 */
const MARK_PERCENT = /(?<![\p{L}\p{N}_?\\.…])(?:\?{2}|_{2}|…|\.{3}|[ХΧ]{1,3})(?=[ \t]?(?:[%％]|процент|τοις))/gu;
/**
 * A template variable between percent signs, the dress of mail merges and batch files: "%PERCENT%", "%COMPANY_NAME%"
 * (capitals, so not "50%" nor a sentence between two percentages). The name is a word of three characters or more:
 * two capitals between percent signs are more often abbreviations caught between percentages ("%CR%", "%PR%" in a
 * line of rates) than a slot's name.
 */
const PERCENT_VAR = /(?<![\p{L}\p{N}%])%[A-Z][A-Z0-9_]{2,30}%(?![\p{L}\p{N}%])/gu;
/**
 * An instruction to the writer in capitals naming what to put there: "INSERT DATE", "ADD YOUR METRIC", "FILL IN
 * COMPANY NAME" (not SQL: "INSERT INTO").
 */
const CAPS_INSTRUCTION =
  /(?<![\p{L}\p{N}_])(?:INSERT|ADD|FILL[ \t]+IN|PUT|ENTER|TYPE|WRITE)[ \t]+(?:(?:THE|YOUR|A|AN)[ \t]+)?(?:[A-Z]{2,}[ \t]+){0,2}(?:DATE|NAME|NUMBER|METRIC|FIGURE|RESULT|COMPANY|AMOUNT|PERCENT(?:AGE)?|VALUE|TEAM|ROLE|TITLE|PROJECT|OUTCOME|IMPACT|DATA|STORY|DETAILS?|EXAMPLE|HERE|STAT|STATS)S?(?![\p{L}\p{N}_])/gu;
/**
 * A generic noun standing as the name it is a slot for, both words capitalised: "at Company Name", "Client Name's
 * team" (not a field label: "Company Name:" over its value), and a template variable in capitals: "$COMPANY",
 * "$TEAM_NAME".
 */
const NAME_STAND_IN =
  /(?<![\p{L}\p{N}_])(?:(?:Company|Client|Customer|Employer|Firm|Product|Project|Team|School|University|Manager|Candidate|Interviewer|Brand|Organi[sz]ation)[ \t]+Name(?![\p{L}\p{N}_])(?![ \t]*[:：|])|\$(?:[A-Z]+_)*(?:COMPANY|NAME|ROLE|TEAM|CLIENT|CUSTOMER|PRODUCT|PROJECT|METRIC|NUMBER|AMOUNT|DATE|TITLE|POSITION|EMPLOYER|MANAGER|PERCENT)(?:_[A-Z]+)*(?![\p{L}\p{N}_]))/gu;
/** Empty brackets of the scripts written without spaces, standing where a word goes: "【】", "（）", "「」", "［ ］". */
const EMPTY_CJK_BRACKETS = /【[ \t\u3000]*】|（[ \t\u3000]*）|「[ \t\u3000]*」|『[ \t\u3000]*』|［[ \t\u3000]*］|〔[ \t\u3000]*〕/gu;
/**
 * A note in parentheses that the text is still to come, in the passive: "(to be written once the Q3 numbers are
 * in)", "(still to be confirmed)", "(number to be added)".
 */
const PASSIVE_TODO =
  /[(（][ \t]*(?:[\p{L}%]+[ \t]+){0,3}(?:still[ \t]+)?to[ \t]+be[ \t]+(?:written|added|done|confirmed|completed|filled(?:[ \t]+in)?|updated|decided|determined|checked|measured|calculated|inserted|finali[sz]ed)(?![\p{L}])[^()（）\n]{0,100}[)）]/giu;
/**
 * Stars standing for a name masked in Chinese or Japanese ("我目前在**公司担任…"): a run between two characters that
 * is not a pair of bold marks (the line holds an odd number of runs, or the run is not two stars).
 */
const CJK_MASK = /(?<=\p{Script=Han})\*{2,}(?=\p{Script=Han})/gu;
const CJK_HINT = /\p{Script=Han}/u;
/** A line wholly in emphasis (one star or underscore each side), a list or quote marker before it at most. */
const EMPH_NOTE_LINE = /(?<=^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?)([*_])(?![*_\s])([^*_\n]{3,160})(?<![\s*_])\1(?=[ \t]*(?:<!--[^\n]*?-->[ \t]*)*$)/gmu;
const CJK_ELLIPSIS = /(?<=\p{Script=Han})\.{3}(?=(?:(?![了过過吧吗嗎呢啊很都也就还還不没沒])\p{Script=Han}){1,4}(?:[ \t]*[，,。；;：:！？!?、]|[ \t]*$))|(?<=(?:是|叫|于|於|为|為|使用|采用|採用|负责|負責|用))\.{3}(?=[ \t]*(?:[，,。；;：:]|$))/gmu;
/** An ellipsis set as a word of its own: a space before it, and a space, the end of the line or a comma after it. */
const ELLIPSIS_WORD = /(?<=[ \t])(?:\.{3}|…)(?=[ \t]|$|[,;:)])/gmu;

/**
 * Whether the ellipsis at `at` stands for a thing not yet named: the word before it is a preposition (by the
 * tagger), not one closing a set phrase after an adverb ("so on", "later on"); or it follows "and"/"or" after such
 * an ellipsis ("including ... and ...").
 */
function ellipsisSlot(text: string, at: number, depth: number): boolean {
  const from = lineStartNear(text, at, 120);
  const before = text.slice(from < 0 ? at - 120 : from, at);
  const joined = /(?:\.{3}|…)[ \t]+(?:and|or)[ \t]+$/u.exec(before);
  if (joined && depth > 0) return ellipsisSlot(text, at - before.length + joined.index, depth - 1);
  if (!/[\p{L}'’][ \t]*$/u.test(before)) return false;
  // A word that cannot end a phrase, whose noun is missing: a determiner or a possessive ("the ... team", "our ...
  // culture") or a word that opens a list or a name ("including ... and ...", "such as ...", "called ...").
  if (/(?:^|[^\p{L}'’])(?:the|a|an|my|our|your|their|his|her|its|these|those|including|such as|namely|called|named|titled|e\.g\.)[ \t]*$/iu.test(before)) return true;
  const r = readText(before.trimEnd());
  const n = r.pos.length;
  return n > 0 && r.pos[n - 1] === 'ADP' && !(n > 1 && r.pos[n - 2] === 'ADV');
}

/** Angle slots: <title>, <your result>, <X%>, also in emphasis (_<your answer>_). Not comparisons ("< 200 ms"), generics (List<T>, map_<K>) or autolinks. */
const ANGLE = /(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]_)<([A-Za-z$%#][^<>\n]{0,300}?)>/gu;
/** An angle or a bracket holding only an ellipsis, where something is still to name: "such as <...>", "<…>". */
const ELLIPSIS_SLOT = /<\s*(?:\.{2,}|…+)\s*>/gu;
/**
 * A name masked where the speaker gives theirs: "我叫**，", "my name is ***." — stars standing for the name (not
 * the close of bold text: the stars before it on the line are counted).
 */
const MASKED_NAME = /(?<=(?:我叫|我的名字(?:是|叫)|名字(?:是|叫)|[Mm]y name is|[Ii]['’]m|[Ii] am|[Cc]all me)[ \t]?)\*{2,}(?=[ \t]?(?:[，,。.;；!！、]|$))/gmu;
/**
 * A note in parentheses telling the writer what to put there, in other languages than English (English notes are
 * PROMPT's and NOTE_LINE's): its words open with a verb of writing or adding in the imperative or the infinitive
 * ("(Zahl einfügen)", "(añadir el dato)", "(insira o resultado)", "(préciser le chiffre)"), or, in Chinese,
 * Japanese and Korean, hold such a verb or address the writer ("（按时间说出你的相关经历和成绩等）", "（ここに数字を記入）",
 * "(본인의 경험 작성)").
 */
const NOTE_PAREN = /[(（]([^()（）\n]{2,80})[)）]/gu;
const OTHER_INSTRUCTION = new RegExp(
  String.raw`^(?:(?:\p{L}+\s+){0,3}(?:einfügen|ergänzen|eintragen|nachtragen|nachreichen|nennen|hinzufügen|angeben|einsetzen|klären)|(?:\p{L}+\s+){0,2}(?:à|a|por|da)\s+(?:compléter|préciser|ajouter|confirmer|vérifier|remplir|définir|insérer|chiffrer|rédiger|completar|definir|confirmar|verificar|rellenar|precisar|preencher|completare|definire|confermare|verificare|inserire)|(?:füge|nenne|ergänze|trage|setze)\s|(?:insertar|inserta|añadir|añade|agregar|agrega|completar|completa|rellenar|rellena|indicar|indica|mencionar|menciona|poner|pon|escribir|escribe|inserir|insira|adicionar|adicione|colocar|coloque|complete|preencher|preencha|mencionar|mencione|escrever|escreva|insérer|insérez|ajouter|ajoutez|compléter|complétez|indiquer|indiquez|mentionner|mentionnez|préciser|précisez|inserire|inserisci|aggiungere|aggiungi|completare|indicare|menzionare|scrivere|scrivi|doplnit|doplňte|doplň|vložit|vložte|uvést|uveďte|dopsat|uzupełnić|uzupełnij|wpisać|wpisz|dodać|dodaj|podać|podaj|wstawić|wstaw|isi|isikan|lengkapi|tambahkan|masukkan|invullen|aanvullen|toevoegen|vul|fyll|lägg\s+till|συμπλήρωσε|συμπληρώστε|πρόσθεσε|προσθέστε|điền|bổ\s+sung|ekle|doldur|вставить|вставьте|вставь|добавить|добавьте|добавь|указать|укажите|укажи|вписать|впишите|впиши|заполнить|заполните|заполни|дописать|допишите|допиши|уточнить|уточните|уточни|напиши|напишите|опиши|опишите)(?![\p{L}]))`,
  'iu',
);
/** A Chinese or Japanese instruction by its opening verb: add, write, fill in, insert, give ("加一句…", "补充…", "写出…"). */
const CJK_INSTRUCTION_START = /^(?:加一?[句点個个]|加上|补充|補充|写出|寫出|写下|寫下|填写|填寫|填入|插入|给出|給出|举[一个個]?例|舉例|追加|記入)/u;
const CJK_INSTRUCTION = /(?:说出|說出|写出|寫出|写下|寫下|补充|補充|填写|填寫|填入|加上|添加|插入|举例|舉例|此处|此處|这里写|這裡寫|在此|替换|替換|换成|換成|自行|根据自己|根據自己|结合自己|結合自己|你的|您的|ここに|記入|を書|を入れ|を追加|あなたの|입력|작성|추가|기입|당신의|본인의)/u;
/** A Hindi instruction, its verb in the polite imperative at the end: "(यहाँ संख्या डालें)", "(कंपनी का नाम लिखें)". */
const HINDI_INSTRUCTION = /^[\p{Script=Devanagari}\s]{0,60}(?:डालें|लिखें|भरें|जोड़ें|डालिए|लिखिए|भरिए|जोड़िए)$/u;

/**
 * A limit on the length of the answer, as a form states it under its question: "(최소 600자, 최대 2,000자 입력가능)",
 * "(500字以内)", "(max. 300 words)". The form's rule for the answer, not a slot in it.
 */
const LENGTH_LIMIT = /\p{N}[\p{N},.]*[ \t]*(?:자|글자|字|文字|字符|words?|characters?|chars?|Zeichen|Wörter|mots|caractères|palabras|caracteres|palavras|слов|символов|znaków|słów)(?![\p{L}])/iu;

function writerNote(inner: string): boolean {
  const t = inner.trim();
  if (LENGTH_LIMIT.test(t)) return false;
  // (a question put in the note is the interviewer's, not an instruction: "（追问：你的缺点是什么？）")
  return OTHER_INSTRUCTION.test(t) || HINDI_INSTRUCTION.test(t) || (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t) && CJK_INSTRUCTION.test(t) && !/[？?]|[问問]/u.test(t));
}
/**
 * A line that is only a note in full-width parentheses in Chinese or Japanese, with nobody speaking in it and no
 * sentence ended: what is still to add, named ("（主要业务，主打产品和发展历程）" under a self-introduction).
 */
const CJK_NOTE_LINE = /(?<=^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?[*_]{0,2})（([^()（）\n]{4,60})）(?=[*_]{0,2}[ \t]*$)/gmu;

/** Three capital letters listed: "A, B, C", "A, B and C", "X, Y, Z" (whether they run in the alphabet is checked in code). */
const LETTER_SERIES = /(?<![\p{L}\p{N}_.\-/'’$])([A-Z]),[ \t]*([A-Z])(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)([A-Z])(?![\p{L}\p{N}_'’\-%$])/gu;

/**
 * A to-do note under its own label: a label that says something is still needed ("Need metric:", "Missing:", "To
 * add:", "Still to do:", "待补充：") over an instruction to the writer, on its line or the next ("Add concrete result
 * when available."). A label over what happened ("Missing piece: nobody owned the pager") is told, not ordered.
 */
const TODO_LABEL =
  /(?<=^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?[*_]{0,2})((?:notes?[ \t]+to[ \t]+(?:self|myself)|memo[ \t]+to[ \t]+self|needs?|needed|missing|to[ -]?add|to[ -]?do|to[ -]?fill|still[ \t]+(?:to[ \t]+(?:add|do|write|fill)|needed|missing)|add[ \t]+later|pending|уточнить|дописать|дополнить|заполнить|à[ \t]+compléter|à[ \t]+préciser|por[ \t]+completar|noch[ \t]+offen|nachtragen|待补充|待完善|待填写?|需要补充|需补充|要补充|補足|追記)(?:[ \t]+[\p{L}-]+){0,3})[*_]{0,2}[ \t]*[:：](?=[*_]{0,2}[ \t]*([^\n]*)$)/gimu;
/**
 * Words in CJK lenticular brackets that speak to the writer: "**【你可改】** 加一句你最自豪的决策", "（【你可改：若有一句运营反馈可写上】）"
 * (a topic in them is a tag: "【背景】").
 */
const WRITER_LABEL = /【([^】\n]{1,40})】/gu;

/** Brace slots: {{metric}}, {company}, ${amount}. */
const BRACE = /\$?\{\{?\s*([A-Za-z_][\w .-]{0,40}?)\s*\}\}?/g;
/** Written prompts: "(insert number here)", "(add the metric)", "insert result here". */
/**
 * Notes to the writer in parentheses: an instruction at their head ("(mention the grad project)", "(maybe think of
 * an example)"), or what of yours goes there ("(field of your specialization)", "(name of your team)").
 */
const PROMPT =
  /\((?:[A-Za-z-]+\s+){1,3}of\s+your\s+[^()\n]{1,40}\)|\(\s*(?:maybe\s+|then\s+|also\s+|and\s+)?(?:insert|add|fill in|enter|put|your|include|mention|describe|explain|talk about|share|specify|quantify|think of|come up with|find|write|highlight|emphasi[sz]e|showcase|give (?!or\b)(?:an?|the|some|one|two|specific)\b|example\?)\b[^()\n]{0,100}\)|\((?:[A-Za-z-]+\s+){1,3}here\s*\)|\(\s*(?:tip|note|hint)\s*:[^()\n]{0,100}?\b(?:add|insert|mention|include|fill in|replace)\b[^()\n]{0,100}\)|\b(?:insert|fill in)\s+(?:the\s+|a\s+|your\s+)?(?:number|metric|figure|result|name|date|amount|percentage|value|example|details?|company|project|team|role|title|outcome|impact|data|story)s?\s+here\b/gi;

/**
 * A line that is only a note that the answer is not written yet: "To be done.", "Coming soon", "_(to be
 * written)_", "WIP", "- fill in later", and the to-come notes of every language the lexicon knows
 * (NOT_WRITTEN_NOTES' `later` kind: "kommt noch", "pendiente", "à venir", "待补充", "추후 작성"). Said as a whole line (a
 * list item, a quote or emphasis around it at most), not inside a sentence ("the work still to be done was testing").
 */
const STUB_LINE = new RegExp(
  `^([ \\t]*(?:>[ \\t]*)*(?:[-*+][ \\t]+|\\d+[.)][ \\t]+)?[*_([ \\t—–]*)((?:${[
    ...new Set(
      Object.entries(NOT_WRITTEN_NOTES)
        .filter(([lang]) => lang !== 'en')
        .flatMap(([, n]) => n.later),
    ),
  ]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/\s+/g, ' '))
    .join('|')})|(?:still |answer |story |section )?(?:to be (?:done|written|added|completed|filled(?: in)?|continued|decided|determined)|coming soon|work in progress|wip|tk|to ?do|fill (?:this |it )?in(?: later)?|write (?:this|it) (?:up )?later|(?:answer |story )?pending|not (?:yet )?written(?: yet)?|placeholder|(?:not sure|no idea)(?: (?:what to (?:say|write)|yet))?(?: (?:about|for) (?:this|it)(?: one)?)?(?: either| yet)?))[ \\t]*[.!…:]*[*_)\\] \\t—–]*(?:<!--[^\\n]*?-->[ \\t]*)*$`,
  'gimu',
);

/**
 * Whether the line at `at` (its lead `lead`: indent, quote, bullet, emphasis) continues the sentence of the line above
 * it: a hard-wrapped paragraph ("… from the first day of term, six weeks\nlater."), whose last word alone on a line is
 * no note. A line under a heading or a label ("**Result:**", a bare "Situation"), a list item, or the first line of a
 * paragraph stands alone.
 */
function wrappedLine(slice: string, at: number, lead: string): boolean {
  if (/[-*+>]|\d[.)]/u.test(lead) || at === 0) return false;
  const above = slice.slice(slice.lastIndexOf('\n', at - 2) + 1, at - 1).trim();
  return /[\p{L}\p{N},;]$/u.test(above) && !/^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/u.test(above) && matchLabel(above, true) === undefined;
}

/** A word for a figure: what a note to self asks to get ("the exact count", "the number of days", "the figures"). */
const FIGURE_WANTED = /\b(?:numbers?|count|counts|figures?|exact|metrics?|stats|statistics|percentages?|amount|totals?)\b|[%％]/iu;
/** A note in lower case in parentheses after a word of a sentence (see imperativeNote for what makes it an instruction). */
const INLINE_NOTE = /(?<=[\p{L}\p{N},] )\((?=\p{Ll})[^()\n]{8,120}\)/gu;
/** A line wholly in parentheses (a list item, a quote or emphasis around it at most). */
const NOTE_LINE = /(?<=^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+)?[*_]{0,2})\([^()\n]{3,160}\)(?=[*_]{0,2}[ \t]*(?:<!--[^\n]*?-->[ \t]*)*$)/gmu;
/**
 * A heading whose whole text (after its number: "2.", "Story 2:") is a few words in parentheses: the title still to
 * write — when the words name what goes there ("(Title)", "(story name)", "(제목)", "(your project)"). Topics in parentheses are the story's tags, not a slot: "story 4: (conflict solving)",
 * "Story 2: (leadership, ownership)" name the competencies the story shows. The words of other languages are whole
 * words ("(Autonomy)" holds "nom", "(система)" holds "тема"; a German compound ends in "titel": "(Projekttitel)").
 */
export const TITLE_WORD =
  /(?:^|[^\p{L}])(?:titles?|names?|topics?|subjects?|headlines?|headings?|captions?|your|you|x+|tbd|todo)(?![\p{L}])|제목|이름|주제|标题|標題|题目|題目|名称|名稱|名字|主题|主題|タイトル|題名|件名|名前|テーマ|[\uac00-\ud7af]{2,}명(?![\p{L}])|(?<![\p{L}])(?:titre|t[ií]tulo|titolo|nom|nombre|nome|название|заголовок|тема)(?![\p{L}])|titel(?![\p{L}])/iu;
export const TITLE_SLOT = /^(?:[ \t]{0,3}#{1,6}[ \t]+)?(?:(?:[\p{L}]+[ \t]*)?\d{1,3}[ \t]*[.):：\-–—][ \t]*)?([（(][^()（）\n]{1,30}[)）])[ \t#]*(?:<!--[^\n]*?-->[ \t]*)*$/u;

/** A choice told as made by the speaker, in the past, right before the letters: "I picked", "we went with", "I chose". */
const TOLD_CHOICE = /\b(?:I|[Ww]e)\s+(?:(?:then|finally|eventually|ultimately|also)\s+)?(?:\p{Ll}+ed|chose|took|went\s+with|settled\s+on|made|built|wrote|ran|found|picked)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * A note asking for a figure that stands where the figure goes, right after the preposition that wants it ("dropped
 * from 6% to (swap in the Q3 figure once finance sends it)"), whose first word the tagger reads as a verb when the
 * note is put as a request ("Please swap in …": alone at the head, "swap" reads as a noun).
 */
function orderWhereFigureGoes(text: string, start: number, note: string): boolean {
  if (!/(?:^|[^\p{L}])(?:to|by|from|of|at|around|about)[ \t]+$/u.test(text.slice(Math.max(0, start - 10), start))) return false;
  const inner = note.slice(1, -1).trim();
  const first = /^\p{Ll}+/u.exec(inner)?.[0];
  if (!first || /(?:ed|ing)$/u.test(first) || IRREGULAR_PAST.has(first) || POINTER_WORDS.has(first)) return false;
  const r = readText(`Please ${inner}`);
  return r.pos[1] === 'VERB' && r.words[1] === first;
}

/** Whether a note in parentheses opens with a verb in the imperative: an instruction to the writer. */
function imperativeNote(note: string): boolean {
  const inner = note.slice(1, -1).trim();
  const first = /^[\p{L}]+/u.exec(inner)?.[0];
  // (not a pointer elsewhere, "see …", nor a past form, "told about my projects": -ed or an irregular past)
  if (!first || !/^\p{Lu}?\p{Ll}+$/u.test(first) || /[^su]s$/u.test(first.toLowerCase()) || POINTER_WORDS.has(first.toLowerCase()) || IRREGULAR_PAST.has(first.toLowerCase())) return false;
  return countWords(inner) >= 3 && instruction(inner);
}

/** Words of a slot standing for a name or a figure still to give ("[Company]", "[Your role]", "[X]"): never a tag. */
const SLOT_WORD = /(?:^|[^\p{L}])(?:your|you|name|company|employer|client|school|university|metric|number|figure|result|[xyzn]|x+)(?![\p{L}])/iu;

/** Whether the words of a bracket open with an instruction to the writer ("[Add the metric]", "[describe the outage]"). */
function instruction(inner: string): boolean {
  const first = /^[\p{L}]+/u.exec(inner.trim())?.[0];
  // (a past or a participle is told, not ordered; "need", "feed", "heed" only look like one)
  if (!first || (/(?:ed|ing)$/iu.test(first) && !/^\p{L}eed$/iu.test(first))) return false;
  const r = readText(inner.trim());
  return r.pos[0] === 'VERB' && r.words[0] === first;
}

/** The start of the line holding `at`, looked for at most `within` characters back (-1 when further): linear on a long line. */
function lineStartNear(text: string, at: number, within: number): number {
  for (let i = at - 1; i >= Math.max(0, at - within); i--) if (text[i] === '\n') return i + 1;
  return at - within <= 0 ? 0 : -1;
}

/**
 * A bracket naming the topic of the line it opens, not a slot in it: "### [WEAKNESS] What is one of your
 * weaknesses?", "* **[MANAGER]** Working for my current company…", "[Task] I led the integration work." — at the
 * head of the line, followed by a sentence of its own that opens with a capital letter. A slot at the head of a
 * line is read into the sentence after it ("[Company] is a leader in …") or stands alone ("[Your answer here]").
 */
function leadingTag(text: string, start: number, end: number, inner: string): boolean {
  // (Looked at within a few characters of the bracket, never the whole line: a long line of brackets stays linear.)
  const lineStart = lineStartNear(text, start, 40);
  if (lineStart < 0 || !/^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+)?[*_]{0,3}$/u.test(text.slice(lineStart, start))) return false;
  const rest = text.slice(end, end + 200).split('\n')[0];
  // (the name of a part in brackets, "[Result]", "[상황]", opens that part: a label, even over the next line)
  const label = matchLabel(inner.trim(), false) !== undefined;
  if (label && /^[*_`]{0,3}[ \t]*$/u.test(rest) && /^\r?\n[ \t]*\S/u.test(text.slice(end + rest.length, end + rest.length + 200))) return true;
  const titled = headedTitle(text, lineStart, start, inner, rest);
  if (titled !== undefined) return titled;
  if (!sentenceFollows(rest)) return false;
  return label || (countWords(inner) <= 4 && !SLOT_WORD.test(inner) && !instruction(inner));
}

/**
 * A bracket opening a title — a heading, or a line wholly in bold — before the title's own words: the theme the story
 * is filed under ("### [Consumer AI] Multi-Provider Payload Handling", "### [Concurrency / Debugging] gRPC deadlock
 * fix", "**[Ownership] The billing migration**"). A title is words, not a sentence, so it may open in lower case or
 * with a hyphenated word. The bracket stays a slot when it names a kind of thing to give ("### [Company] Why us",
 * "### [Story title] …", "### [Your theme] …"), when it tells the writer what to do in a few words ("[Add the project
 * name] …"), or when the title after it is itself a title still to write ("### [Theme] Story Title"). Undefined when
 * the line is no title with words after the bracket.
 */
function headedTitle(text: string, lineStart: number, start: number, inner: string, rest: string): boolean | undefined {
  const head = text.slice(lineStart, start);
  const heading = /^[ \t]{0,3}#{1,6}[ \t]+[*_]{0,3}$/u.test(head);
  const boldLine = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)$/u.test(head) && /^[^*_\n]*[\p{L}\p{N}][^*_\n]*(?:\*\*|__)[ \t]*$/u.test(rest);
  if (!heading && !boldLine) return undefined;
  const title = rest.replace(/<!--[^\n]*?-->/gu, '').replace(/[*_#\s]+$/u, '');
  // (a title may open with a figure: "$3M contract renewal", "€40K saved")
  const m = /^[*_`]{0,3}[ \t]+[*_"“]{0,3}(?=[\p{L}\p{N}]|\p{Sc}\p{N})(.+)$/u.exec(title);
  if (!m) return undefined;
  const words = countWords(inner);
  if (words > 6 || kindToGive(inner) || TITLE_WORD.test(inner) || (words >= 3 && instruction(inner))) return false;
  // (the title after it still to write: "Story Title", "(title)", "<name>")
  return !(countWords(m[1]) <= 3 && TITLE_WORD.test(m[1])) && !/^[[<{(]/u.test(m[1]);
}

/**
 * Whether the words of a tag name a kind of thing to give: a slot word at the head of one of its phrases ("[Company]",
 * "[Client name]", "[Number of users]", "[Company / Team]"), or the writer spoken to ("[Your theme]"). A slot word that
 * only qualifies the head noun after it names a theme, not a blank: "[Client Retention]", "[Multi-Client Management]".
 */
function kindToGive(inner: string): boolean {
  if (/(?:^|[^\p{L}])(?:your|you)(?![\p{L}])/iu.test(inner)) return true;
  for (const phrase of inner.split(/[/,&|+;]|\s(?:and|or)\s/iu)) {
    const words = phrase.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    // ("[Company name here]": the pointer after the head is no head)
    if (words.length > 1 && /^here$/iu.test(words[words.length - 1])) words.pop();
    if (words.length === 0) continue;
    // the head of an English noun phrase is its last word, or the word before "of" ("Number of users")
    const of = words.findIndex((w) => /^of$/iu.test(w));
    const head = of > 0 ? words[of - 1] : words[words.length - 1];
    if (SLOT_WORD.test(head) || words.some((w) => /^(?:[xyzn]|x+)$/iu.test(w))) return true;
  }
  return false;
}

/**
 * Whether a sentence of its own starts here: a capital letter, or a letter of a script without capitals (Chinese,
 * Japanese, Korean, Thai…), then at least two more words (or, in a script written without spaces, a few characters).
 */
function sentenceFollows(rest: string): boolean {
  return /^[*_`]{0,3}[ \t]+[*_"“]{0,3}(?:\p{Lu}[\p{L}'’]*(?:[ \t,]+[^\s]+){2,}|\p{Lo}[^\n]{3,})/u.test(rest);
}

/** Determiners that open an editor's insertion into quoted words ("[the app] logs me out"): a thing named, not a kind to fill. */
const INSERTION_HEAD = /^(?:the|this|that|these|those|his|her|their|its|our|my)\s/iu;

/**
 * A bracket inside quoted words that is no slot: the whole quotation ('a "[WIP]" prefix': the tag mentioned), a tag
 * opening the quotation before its sentence ('"[URGENT] Payment retries failing"'), or an editor's insertion that
 * names the thing meant ('"[the app] logs me out"').
 */
function quotedBracket(text: string, start: number, end: number, inner: string): boolean {
  const q = text[start - 1];
  if (q !== '"' && q !== '“' && q !== '「' && q !== '«') return false;
  if (/^["”」»]/u.test(text[end] ?? '')) return true;
  if (SLOT_WORD.test(inner) || instruction(inner)) return false;
  const rest = text.slice(end, end + 200).split('\n')[0];
  return (countWords(inner) <= 4 && sentenceFollows(rest)) || INSERTION_HEAD.test(inner.trim());
}

/** A line of tags only: two or more short brackets and nothing else ("[Leadership] [Ownership]"), none of them a slot. */
function tagLine(text: string, start: number): boolean {
  const lineStart = lineStartNear(text, start, 200);
  if (lineStart < 0) return false;
  const nl = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, nl < 0 ? Math.min(text.length, lineStart + 400) : nl);
  if (line.length >= 400 || !/^[ \t]*(?:[-*+][ \t]+)?(?:[*_]{0,2}\[[^[\]\n]{1,40}\][*_]{0,2}[ \t,;/|·]*){2,}$/u.test(line)) return false;
  for (const m of line.matchAll(/\[([^[\]\n]+)\]/gu)) if (countWords(m[1]) > 3 || SLOT_WORD.test(m[1]) || instruction(m[1])) return false;
  return true;
}

/**
 * A bracket closing a question or a heading, after its own sentence: "Describe a time when you led a project.
 * [Partner connectivity]", "Tell me a time you worked on something complex? [Authentication]" (the story to use),
 * or an aside on the heading ("# Questions for the hiring manager [Assuming you've cleared the earlier rounds]").
 * A slot in a heading is part of its sentence ("Why [Company]?", "Story 2: [Title of the story]").
 */
export function trailingTag(text: string, start: number, end: number, inner: string): boolean {
  const after = text.slice(end, end + 200);
  const nl = after.indexOf('\n');
  if (!/^[*_]{0,3}[ \t#]*(?:<!--[^\n]*?-->[ \t]*)*$/u.test(nl < 0 ? (end + 200 >= text.length ? after : 'x') : after.slice(0, nl))) return false;
  const from = lineStartNear(text, start, 300);
  const before = text.slice(from < 0 ? start - 300 : from, start);
  if (countWords(before.replace(/^[ \t]*#{1,6}/u, '')) < 3 || instruction(inner)) return false;
  if (/[.?!][*_]{0,3}[ \t]+[*_]{0,3}$/u.test(before)) return countWords(inner) <= 4 && !SLOT_WORD.test(inner);
  // an aside opening with a participle or a condition, after a heading that reads on its own
  return /^[ \t]*#{1,6}[ \t]/u.test(before) && countWords(inner) >= 3 && /^\s*(?:\p{Lu}[\p{Ll}]+ing|If|When|Assuming|Only|Optional|Unless)\b/u.test(inner);
}

/** Whether `</name>` closes an element later on the line that starts at `from` (looked at within 300 characters). */
function closedOnLine(text: string, from: number, name: string): boolean {
  const line = text.slice(from, from + 300).split('\n')[0].toLowerCase();
  return line.includes(`</${name}>`);
}

/**
 * A note in parentheses that glosses the noun right before it for the reader of advice, "stakeholders (your team)",
 * "others (your manager or client)", 'your "digital power" (your skills and experience)': it says what the noun means
 * to the reader, not what to write there. A note that asks for a name, a number or an answer stays a slot.
 */
function glossAfterNoun(text: string, start: number, note: string): boolean {
  if (!/^\(\s*your\s/iu.test(note) || /\b(?:name|number|figure|metric|answer|here|insert|fill)\b/iu.test(note)) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (/["”][ \t]*$/u.test(before)) return true;
  const word = /([\p{L}'’-]+)[ \t]+$/u.exec(before)?.[1];
  if (!word) return false;
  const r = readText(before.slice(before.lastIndexOf('\n') + 1).trimEnd());
  const n = r.pos.length;
  return n > 0 && (r.pos[n - 1] === 'NOUN' || r.pos[n - 1] === 'PROPN') && r.words[n - 1] === word;
}

/** The keys of a keyboard, as key notation writes them in angles (`<Ctrl>`, `<Enter>`, `<Esc>`): a key, not a slot. */
export const KEY_NAMES: ReadonlySet<string> = new Set([
  'ctrl', 'control', 'alt', 'option', 'shift', 'cmd', 'command', 'meta', 'super', 'win', 'enter', 'return', 'cr', 'esc', 'escape',
  'tab', 'space', 'backspace', 'bs', 'del', 'delete', 'ins', 'insert', 'home', 'end', 'pageup', 'pagedown', 'up', 'down', 'left', 'right',
  'leader', 'fn', 'caps', 'capslock',
]);
/** HTML elements written without a closing tag. */
const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'col', 'area', 'base', 'embed', 'track', 'param']);
/** HTML elements people use inline in Markdown. */
const HTML_TAGS = new Set([
  'a', 'abbr', 'b', 'i', 'u', 's', 'em', 'strong', 'small', 'mark', 'sub', 'sup', 'kbd', 'code', 'pre', 'span', 'div', 'p',
  'details', 'summary', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'blockquote', 'center', 'font',
  'del', 'ins', 'q', 'cite', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'figure', 'figcaption',
  'picture', 'video', 'audio', 'iframe', 'title', 'head', 'body', 'html', 'style', 'script', 'nav', 'header', 'footer', 'main',
]);

/**
 * The HTML comments of a text, each as where its `<!--` opens and where its `-->` starts, found in one scan of the
 * text (kept for the last few texts): slots are looked for part by part, and searching back from every part for an
 * opener grew with the square of a large file.
 */
const commentsOf = memoByText((text: string): [number, number][] => {
  const spans: [number, number][] = [];
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    spans.push([open, close]);
    open = text.indexOf('<!--', close + 3);
  }
  return spans;
}, 8);

/** The comment still open at `at` (opened at or before it, closing after it), if any. */
function openComment(text: string, at: number): [number, number] | undefined {
  const spans = commentsOf(text);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  const span = spans[hi];
  return span && span[1] > at ? span : undefined;
}

/** Ranges of the text that are code, comments or link targets: never slots (but a code span may hold a note). */
function masked(text: string, from: number, to: number): { masks: [number, number][]; codeSpans: [number, number][] } {
  const masks: [number, number][] = [];
  const codeSpans: [number, number][] = [];
  const slice = text.slice(from, to);
  // fenced code blocks
  const fence = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(slice))) masks.push([from + m.index, from + m.index + m[0].length]);
  // HTML comments, autolinks, link targets, reference definitions, thematic breaks. Linear whatever the text:
  // an autolink holds no `<` (so a run of `<` is not rescanned from each one), and a `<!--` with no `-->` after
  // it is hidden from the comment pattern (same length), which would otherwise scan to the end from each one.
  const others = /<!--[\s\S]*?-->|<(?:https?|mailto|ftp):[^<>\s]*>|<[^@<>\s]+@[^<>\s]+>|\]\([^)\n]{0,500}\)|^[ \t]*\[[^\]\n]+\]:[^\n]*$|^[ \t]*(?:[-_*][ \t]*){3,}$/gm;
  const closes = Math.max(0, slice.lastIndexOf('-->') - 3); // a comment can only open before this
  const scan = slice.slice(0, closes) + slice.slice(closes).replace(/<!--/g, '<!-_');
  while ((m = others.exec(scan))) masks.push([from + m.index, from + m.index + m[0].length]);
  // a comment opened before the slice and still open at its start hides the slice up to its close (a template's
  // "<!-- Format: … -->" that a story was pasted into): the renderer shows none of it
  const open = openComment(text, from);
  if (open) masks.push([from, open[1] + 3]);
  const code = /(`+)(?!`)([^\n]{0,500}?[^`\n])\1(?!`)/g;
  const merged = normalise(masks);
  while ((m = code.exec(slice))) {
    const at: [number, number] = [from + m.index, from + m.index + m[0].length];
    if (!inside(merged, at[0], at[0] + 1)) codeSpans.push(at);
  }
  return { masks: merged, codeSpans };
}

/** Whether [start, end) overlaps one of the ranges (sorted by start, not overlapping each other). */
function inside(ranges: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= start) lo = mid + 1;
    else if (ranges[mid][0] >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Sorts ranges and merges the overlapping ones, so `inside` can search them. */
function normalise(ranges: [number, number][]): [number, number][] {
  ranges.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** An editor's or a transcriber's mark in brackets: a removal ("redacted", "withheld") or a note of the recording. */
const EDITORIAL = /^(?:[\p{L}'’ ]{0,30}\b(?:redacted|withheld|omitted|anonymi[sz]ed|censored|removed|changed|altered|disguised|edited|abridged|shortened)(?:\s+(?:at|for|by|to|on|per|from)\b[^\]\n]{0,80})?|laughs|laughter|pause|pauses|inaudible|crosstalk|applause|emphasis (?:mine|added)|translated|paraphrased)$/iu;
/** A spoken-time mark on an outline ("TASK [15s]", "[~30 sec]", "[1–2 min]", "[0:45]"): how long to speak, not a slot. */
const TIMING = /^~?\s?\d+(?:[.,]\d+)?(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?\s?(?:s|sec|secs|seconds?|m|min|mins|minutes?|秒|分|초|분)$|^\d{1,2}:\d{2}$/iu;

/** A bracket that is real Markdown or real text, not a slot. */
function realBracket(text: string, start: number, end: number, inner: string): boolean {
  const after = text[end];
  const before = text[start - 1];
  if (after === '(' || after === '[' || after === ':' || before === ']' || before === '!') return true; // links, refs, images
  if (/^\s*[\^!]/.test(inner)) return true; // footnotes [^1], alerts [!NOTE]
  if (before === '[' && after === ']') return true; // wiki links [[Q2 planning]]
  if (/\n/.test(inner) && /\n[ \t]*(?:[-*+]\s|\d+[.)]\s|#|>|\|)/.test(inner)) return true; // brackets of two blocks, not one wrapped slot
  // empty brackets, and task boxes: "[ ]" or "[x]" opening a list item or a table cell ("- [x] done", "| [X] |"); a
  // letter in brackets inside a sentence is a slot for a number or a name ("around [X] hours", "notice period of \\[X]
  // weeks", escaped so Markdown shows the brackets)
  if (/^ ?$/.test(inner)) return true;
  if (/^[xX]$/.test(inner)) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const head = text.slice(lineStart, start);
    if (start - lineStart > 200 || /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d+[.)])[ \t]+|.*\|[ \t]*)$/u.test(head)) return true;
    // (opening a line with no list marker, it is a task box too, unless a count of a unit follows: "[X] years of
    // tickets", the count still to give)
    if (/^[ \t]*(?:>[ \t]*)*$/u.test(head) && !FIGURE_UNIT.test(text.slice(end, end + 30))) return true;
  }
  // a data literal written in prose: an array of objects or of quoted strings ("数组类型：[{"键" : 值}, …]",
  // '["alpha", "beta"]'), the shape of a value, not a slot
  if (/^\s*\{[^{}]{0,200}[:：]/u.test(inner) || /^\s*["“'][^"“”'\n]{0,60}["”']\s*[,，]\s*["“']/u.test(inner)) return true;
  // a Chinese clause told as done, ending on the perfective 了 ("[过了]第一轮", "[挂了]"): what happened, a status, where a
  // slot names a kind of thing or asks for it ("[公司名称]", "[具体现象]")
  if (/^\p{Script=Han}{1,8}了$/u.test(inner.trim())) return true;
  if (/[\u0250-\u02FF]/u.test(inner)) return true; // a pronunciation gloss: relevant[ˈreləvənt]
  if (/^['ˈ][a-z:ː'ˈˌ.-]+$/u.test(inner.trim())) return true; // a gloss in plain letters: briefly ['bri:fli]
  if (/^[A-Z]{1,2}\d{1,3}$/.test(inner.trim())) return true; // a numbered tag: [Q2] Experience with previous projects
  // joined to the word before it, a bracket is an index or a gloss ("methods[paypal, card]", "items[0]"): a slot
  // stands as a word of its own
  if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) return true;
  // the value of a TOML "key = [...]" line: data, not a slot (a "Result: [...]" label line can hold a slot)
  if (/^[ \t]*[\w.-]+[ \t]*=[ \t]*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) return true;
  // a TOML or INI table header alone on its line, over "key = value" lines: [taxonomies], [extra]
  if (aloneOnLine(text, start, end) && /^[A-Za-z_][\w.-]*$/.test(inner) && /^\r?\n[ \t]*[\w.-]+[ \t]*=/.test(text.slice(end, end + 200))) return true;
  if (/^\d+(?:[,–-]\s?\d+)*$/.test(inner.trim()) || /^(?:sic|sic!)$/i.test(inner.trim())) return true; // citations, [sic]
  // a source cited by its site's name, a brand written with its domain ("[Levels.fyi]", "[Booking.com]"): a name
  // given, not a kind to give (a slot names a kind in words, "[Company]", "[your-site.com]" in lower case)
  if (/^\p{Lu}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6}$/u.test(inner.trim())) return true;
  // a thing given, not a kind to give: a date, a number or a range of them ("[2023.02.11]", "[10:30]", "[2–3 weeks]"
  // is words) in digits and separators only
  if (/^[\p{N}\s.,:/\-–—~%]+$/u.test(inner) && /\p{N}/u.test(inner)) return true;
  // an editor's mark, not a slot: something taken out on purpose ("[redacted]", "[client name withheld]", "[details
  // omitted]") or a transcript's note ("[laughs]", "[pause]", "[inaudible]", "[emphasis mine]")
  if (EDITORIAL.test(inner.trim()) || TIMING.test(inner.trim()) || stageDirection(inner.trim())) return true;
  return false;
}

/** A transcript's stage direction in lower case, a verb of the third person ("[smiles]", "[sighs quietly]"): how it was said. */
function stageDirection(inner: string): boolean {
  if (!/^\p{Ll}+s(?:\s+\p{Ll}+)?$/u.test(inner) || /^(?:results|outcomes|metrics|numbers|figures|impacts|details|examples|names|dates|skills|achievements|accomplishments)\b/u.test(inner)) return false;
  // (alone, "smiles" reads as a noun to the tagger: read it after a subject, as the direction is meant)
  const r = readText(`She ${inner}.`);
  return r.pos[1] === 'VERB';
}

function aloneOnLine(text: string, start: number, end: number): boolean {
  // Character by character to the first one that is not a space: reading the whole line for each tag would be
  // quadratic on a long line of tags.
  let i = start - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i])) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = end;
  while (j < text.length && text[j] !== '\n' && /\s/.test(text[j])) j++;
  return j >= text.length || text[j] === '\n';
}

/**
 * A collapsible block of MkDocs Material and Python-Markdown ("??? question \"Why did you leave?\"", "???+ note"): the
 * three question marks open a line and are followed by the block's type word, so they are markup that folds the
 * answer, not a mark left where text is still to write.
 */
function collapsibleMarkup(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t>]*$/u.test(text.slice(lineStart, start))) return false;
  const lineEnd = text.indexOf('\n', end);
  const rest = /^\+?[ \t]+[a-z][\w-]*(?:[ \t]+("[^"\n]*"))?[ \t]*$/u.exec(text.slice(end, lineEnd < 0 ? text.length : lineEnd));
  // (a quoted title, or the block's body indented under it: "??? maybe" alone is a note)
  return rest !== null && (rest[1] !== undefined || (lineEnd >= 0 && /^(?:[ \t]*\r?\n)*(?: {4}|\t)\S/u.test(text.slice(lineEnd + 1, lineEnd + 200))));
}

/** Verbs and nouns that mention a marker as a label someone used: "still marked TBD", "a status of TODO". */
const LABELLED_AS = /^(marked|labell?ed|flagged|tagged|listed|status|statuses|column|field|says|said|read|reads|marcad[ao]s?|etiquetad[ao]s?|marqu[ée]e?s?|étiquet[ée]e?s?|markiert|gekennzeichnet|segnat[ieo]|contrassegnat[ieo]|estado|statut)$/u;

/** "still marked TBD", "labelled as TODO", 'a "TBD" column': the writer mentions the word, they did not leave it. */
function markerMentioned(text: string, start: number, end: number): boolean {
  const words = text.slice(Math.max(0, start - 30), start).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const w1 = words[words.length - 1] ?? '';
  const w2 = words[words.length - 2] ?? '';
  if (LABELLED_AS.test(w1) || (/^(as|to|of|como|comme|en|als|come|de)$/u.test(w1) && LABELLED_AS.test(w2))) return true;
  // "als TODO markiert": the label word after the marker
  if (/^[ \t]+(?:markiert|gekennzeichnet)\b/u.test(text.slice(end, end + 20))) return true;
  const q = text[start - 1];
  return (q === '"' || q === '“' || q === "'") && /["”']/.test(text[end] ?? '');
}

/** "40 old TODO comments", "a TODO list": the word names a thing. */
function markerAsNoun(text: string, start: number, end: number): boolean {
  const before = /([\p{L}\p{N}]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  const after = /^\s+([a-z]+)/.exec(text.slice(end, end + 20))?.[1];
  if (!before || !after) return false;
  if (/^(the|a|an|our|my|their|its|old|open|stale|all|any|some|many|those|these|every|no|\d+)$/.test(before)) return true;
  // one of two markers named together before the noun: "340 TODO and FIXME comments"
  return /^(?:and|or)$/.test(before) && /(?:TODO|FIXME|TBD|XXX)[ \t]+(?:and|or)[ \t]+$/u.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * The slots of one run of prose (`seg`, at its offset in the file), for the metric rules' slot reader (quantity.ts
 * fillFigureSlots); none is looked for in a run with nothing that could be one.
 */
export function slotsIn(fileText: string, seg: { start: number; text: string }): Slot[] {
  return SLOT_HINT.test(seg.text) ? findSlots(fileText, seg.start, seg.start + seg.text.length) : [];
}

/**
 * A brace that is a variable in code, not a slot: the value of an attribute or an assignment (`src={photo}`, `x = {a}`),
 * an argument (`useState({})`), or a name in a statement of code (`import React, {useState} from "react";`). A slot is
 * a word of a sentence ("join {company} because …").
 */
function codeBrace(text: string, start: number): boolean {
  if (/[=(][ \t]*$/u.test(text.slice(Math.max(0, start - 4), start))) return true;
  const lineStart = lineStartNear(text, start, 200);
  if (lineStart < 0) return false;
  const nl = text.indexOf('\n', start);
  const line = text.slice(lineStart, nl < 0 ? Math.min(text.length, start + 300) : Math.min(nl, start + 300));
  return /^[ \t]*(?:import|export|const|let|var|return|function)\b/u.test(line) || /[;{][ \t]*$/u.test(line);
}

/** Every unfilled slot in [from, to) of the file text. */
export function findSlots(text: string, from: number, to: number): Hit[] {
  const { masks, codeSpans } = masked(text, from, to);
  const slice = text.slice(from, to);
  const hits: Hit[] = [];
  const push = (start: number, end: number): void => {
    if (inside(masks, start, end) || inside(codeSpans, start, end)) return;
    hits.push({ start, end, text: text.slice(start, end) });
  };
  const run = (re: RegExp, keep: (m: RegExpExecArray, start: number, end: number) => boolean): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (keep(m, start, end)) push(start, end);
    }
  };
  run(BRACKET, (m, s, e) => !realBracket(text, s, e, m[1]) && !leadingTag(text, s, e, m[1]) && !quotedBracket(text, s, e, m[1]) && !tagLine(text, s));
  run(MARKER_WORD, (m, s, e) => !(/^(TODO|FIXME)$/.test(m[0]) && markerAsNoun(text, s, e)) && !(/^(TODO|TBD|TBC|FIXME)$/.test(m[0]) && markerMentioned(text, s, e)) && !(m[0] === '???' && collapsibleMarkup(text, s, e)));
  STUB_LINE.lastIndex = 0;
  for (let m = STUB_LINE.exec(slice); m; m = STUB_LINE.exec(slice)) {
    if (m[0].length === 0) {
      STUB_LINE.lastIndex++;
      continue;
    }
    if (wrappedLine(slice, m.index, m[1])) continue;
    const start = from + m.index + m[1].length;
    push(start, start + m[2].length);
  }
  run(NUMBER_SLOT, (m, s) => {
    // "Company X customers", "Generation Z users", "Model Y owners": a name, not a number
    const prev = /(\S+)\s+$/.exec(text.slice(Math.max(0, s - 30), s))?.[1] ?? '';
    return !(m[0].length === 1 && /^\p{Lu}[\p{L}]*$/u.test(prev));
  });
  if (/[XNx][ \t]?[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]/u.test(slice)) run(CJK_NUMBER_SLOT, () => true);
  run(STAND_IN, (m, s, e) => !markerMentioned(text, s, e));
  run(BLANK, () => true);
  // Hashes where the figure of a percentage goes: "fell by ##%", "a #% rise".
  if (slice.includes('#')) run(HASH_PERCENT, () => true);
  // The same figure written "?? %" or "__%".
  if (slice.includes('%') || slice.includes('％') || /процент|τοις/u.test(slice)) run(MARK_PERCENT, () => true);
  // A template variable between percent signs: "%PERCENT%", "%COMPANY%".
  if (slice.includes('%')) run(PERCENT_VAR, () => true);
  // An instruction in capitals ("went live on INSERT DATE"), a generic noun or a variable standing as a name ("at
  // Company Name", "$COMPANY"), empty CJK brackets ("汇报给【】"), a note that the text is to come ("(to be written
  // once …)"), and stars masking a name between Chinese characters ("在**公司").
  if (/[A-Z]{3}/u.test(slice)) run(CAPS_INSTRUCTION, () => true);
  if (/Name|\$[A-Z]/u.test(slice)) run(NAME_STAND_IN, (m, s, e) => !markerMentioned(text, s, e));
  if (/[【（「『［〔]/u.test(slice)) run(EMPTY_CJK_BRACKETS, () => true);
  if (/to be/iu.test(slice)) run(PASSIVE_TODO, () => true);
  if (slice.includes('**') && CJK_HINT.test(slice)) {
    run(CJK_MASK, (m, s) => {
      if (m[0].length !== 2) return true;
      const lineStart = text.lastIndexOf('\n', s - 1) + 1;
      const nl = text.indexOf('\n', s);
      return ((text.slice(lineStart, nl < 0 ? text.length : nl).match(/\*{2,}/gu) ?? []).length & 1) === 1;
    });
  }
  // A line wholly in emphasis that tells the writer what to put there: "_Заполни от себя_", "*(Zahl nachtragen)*",
  // "_Add the name of the engineer you mentored._" (an English one by a verb of writing or adding at its head, read
  // as a verb by the tagger).
  if (slice.includes('_') || slice.includes('*')) {
    run(EMPH_NOTE_LINE, (m) => {
      const inner = m[2].trim();
      // (a question put, "*Describe a project you led. What did you learn?*", is the interviewer's, not an order to
      // the writer: the answer goes under it)
      if (/[?？]$/u.test(inner)) return false;
      if (OTHER_INSTRUCTION.test(inner)) return true;
      return /^(?:add|insert|fill|write|put|mention|include|describe|name|quantify|replace|swap|pull|get|ask|give|list|state|specify)\b/iu.test(inner) && instruction(inner);
    });
  }
  // An ellipsis standing as a word where a name or a thing goes: "I am impressed by ...", "your work on … for a
  // while", "including ... and ...". Told by the tagger: after a preposition it stands for the thing; a pause after
  // a conjunction ("and ... nothing") or a set phrase that ends on a preposition ("and so on ...") is none.
  if (/(?:\.{3}|…)/u.test(slice)) run(ELLIPSIS_WORD, (_m, s) => ellipsisSlot(text, s, 2));
  // The same in Chinese, where no space sets the ellipsis apart: three dots inside a clause, between two characters
  // before a short word that ends the clause ("我使用了...技术", "完成了...什么功能"), or closing it after a word that
  // needs what follows ("对方的需求是...", "我叫...", "毕业于..."). (A pause is written "……", ends on a full word,
  // "挺好的...", or runs on into a clause that tells more: "用了三个月...最后上线了".)
  if (/\.{3}/u.test(slice) && CJK_HINT.test(slice)) run(CJK_ELLIPSIS, () => true);
  // One letter where the speaker's own name, school or employer goes: "my name is X", "I graduated from Y".
  // (each needs a capital X, Y or Z: a text without one is not searched)
  const letters = /[XYZ]/.test(slice);
  if (letters) run(NAME_SLOT, () => true);
  // Letters standing for things still to name, two or more in one sentence: "you got X task done, which was
  // beneficial because of Y". One alone is often a name ("situation X", "Model Y", "Gen Z").
  const VARIABLE = /(?<![\p{L}\p{N}_.\-/'’$])[XYZ](?![\p{L}\p{N}_'’\-%$])/gu;
  for (const sentence of letters ? slice.matchAll(/[^.!?\n]+/gu) : []) {
    const found: RegExpExecArray[] = [];
    for (const m of sentence[0].matchAll(VARIABLE)) {
      const prev = /(\S+)\s+$/.exec(sentence[0].slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
      if (!/^\p{Lu}/u.test(prev)) found.push(m as RegExpExecArray);
    }
    if (new Set(found.map((m) => m[0])).size < 2) continue;
    // letters that each label the same noun after them name the members of a set ("绕 X 轴和 Y 轴", "the X axis and the
    // Y axis", "A 方案和 B 方案"): names given, not things still to name
    const labelled = found.map((m) => /^[ \t]?(\p{Script=Han}|[\p{L}]+)/u.exec(sentence[0].slice(m.index + 1))?.[1]?.toLowerCase());
    if (labelled[0] !== undefined && labelled.every((w) => w === labelled[0]) && !MEASURE_WORDS.some((w) => w === labelled[0])) continue;
    // two unnamed options weighed against each other ("technology X over technology Y", "X or Y") are a general
    // question, not an answer left unfilled
    // (three letters, "at X and Y … here at Z", are a set of names still to fill in)
    // (a formula, "I do X by Y to Z", is advice on how to phrase it)
    const three = new Set(found.map((m) => m[0])).size >= 3;
    // (three letters in a choice told as made by the speaker, "I picked X over Y because it handled Z better", are
    // its names still to fill: a formula or a question weighs them in the present or with nobody choosing)
    const told = three && TOLD_CHOICE.test(sentence[0].slice(0, found[0].index));
    if (!told && found.some((m) => (three ? /^\s+(?:over|vs\.?|versus|or|than|to|by|instead of)\s/u : /^\s+(?:over|vs\.?|versus|or|than|and|to|instead of|before|after)\s/u).test(sentence[0].slice(m.index + 1)))) continue;
    for (const m of found) push(from + sentence.index + m.index, from + sentence.index + m.index + 1);
  }
  // One letter said again and again for the same thing not yet named, three times or more on a line of the answer,
  // each after a word that does not name it (a preposition, a verb, a determiner: "my experience in X … why X? … the
  // scale of X"), each a word of its own: the name still to fill in. After a noun it is a name ("situation X", "Project
  // X"), and the same word after each names a set ("the X axis").
  for (const line of letters ? slice.matchAll(/[^\n]+/gu) : []) {
    for (const letter of ['X', 'Y', 'Z']) {
      const at = [...line[0].matchAll(VARIABLE)].filter((m) => m[0] === letter);
      if (at.length < 3) continue;
      const bare = at.filter((m) => {
        const before = line[0].slice(Math.max(0, m.index - 40), m.index);
        const prev = /([\p{L}'’]+)[^\p{L}\p{N}]*$/u.exec(before)?.[1];
        if (!prev || /^\p{Lu}/u.test(prev) || !/^[ \t]+$/u.test(before.slice(before.lastIndexOf(prev) + prev.length))) return false;
        const r = readText(before.trimEnd());
        const pos = r.pos[r.pos.length - 1];
        return pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM' && pos !== 'ADJ';
      });
      const next = bare.map((m) => /^[ \t]?([\p{L}]+)/u.exec(line[0].slice(m.index + 1))?.[1]);
      if (bare.length >= 3 && !(next[0] !== undefined && next.every((w) => w === next[0]))) for (const m of bare) push(from + line.index + m.index, from + line.index + m.index + 1);
    }
  }
  // Three letters in a row of the alphabet listed where things still to name go: "my core strengths are A, B, C",
  // "I worked with A, B and C". After a noun they are labels ("options A, B and C", "Plan A, B or C").
  if (/[A-Z],/.test(slice)) {
    run(LETTER_SERIES, (m, s) => {
      const a = m[1].charCodeAt(0);
      if (m[2].charCodeAt(0) !== a + 1 || m[3].charCodeAt(0) !== a + 2) return false;
      const prev = /([\p{L}'’-]+)[ \t]*$/u.exec(text.slice(Math.max(0, s - 30), s))?.[1];
      if (!prev || /^\p{Lu}/u.test(prev)) return false;
      const r = readText(prev);
      return r.pos[0] !== 'NOUN' && r.pos[0] !== 'PROPN' && r.pos[0] !== 'NUM';
    });
  }
  // Whether the file closes an element somewhere: asked per tag name once (the file once lowercased), not per tag.
  let lower: string | undefined;
  const closed = new Map<string, boolean>();
  const closesTag = (name: string): boolean => {
    let c = closed.get(name);
    if (c === undefined) {
      lower ??= text.toLowerCase();
      c = lower.includes(`</${name}>`);
      closed.set(name, c);
    }
    return c;
  };
  run(ANGLE, (m) => {
    const inner = m[1];
    const name = /^([A-Za-z][A-Za-z0-9-]*)(\s|$)/.exec(inner)?.[1]?.toLowerCase();
    if (name && VOID_TAGS.has(name)) return false;
    // an element of the writer's own markup, closed later on its line ("## <o>Why this team?</o>"): markup, not a slot
    if (name && name === inner.toLowerCase() && closedOnLine(text, m.index + from + m[0].length, name)) return false;
    // a real element: attributes, a closing tag somewhere in the file, or a tag alone on its line (an HTML block)
    if (name && HTML_TAGS.has(name) && (/=/.test(inner) || closesTag(name) || aloneOnLine(text, m.index + from, m.index + from + m[0].length))) return false;
    if (/[=/"']/.test(inner) && !/^[A-Za-z][\w ]*\/[\w ]+$/.test(inner)) return false; // attributes; but <role/title> is a slot
    // (a long one is a template's prompt only when it speaks to the writer: "<your draft answer here — STAR structure:
    // 120–240 spoken seconds; …>", "<describe the outage, then …>")
    if (inner.length > 100 && !/^(?:your|you|insert|add|write|describe|fill|put|enter|paste|replace)\b/iu.test(inner.trim())) return false;
    return !/\s$/.test(inner);
  });
  run(BRACE, (_m, s) => !codeBrace(text, s));
  run(PROMPT, (m, s) => !glossAfterNoun(text, s, m[0]));
  if (slice.includes('<')) run(ELLIPSIS_SLOT, () => true);
  if (slice.includes(':') || slice.includes('：')) {
    run(TODO_LABEL, (m, _s, e) => {
      // (a label that is itself the to-do, "To add:", "待补充：", needs nothing after it; "Missing:", "Need metric:" are
      // a to-do only over an instruction)
      if (/^(?:to[ -]?(?:add|do|fill)|add[ \t]+later|still[ \t]+to\b|уточнить|дописать|дополнить|заполнить|à[ \t]+compléter|à[ \t]+préciser|por[ \t]+completar|noch[ \t]+offen|nachtragen|待|需要?补充|要补充|補足|追記)/iu.test(m[1])) return true;
      const rest = m[2].replace(/^[*_\s]+/u, '');
      const lineEnd = text.indexOf('\n', e);
      const next = rest ? rest : (/^\r?\n[ \t]*(?:[-*+>][ \t]+)?([^\n]*)/u.exec(text.slice(lineEnd < 0 ? text.length : lineEnd, (lineEnd < 0 ? text.length : lineEnd) + 300))?.[1] ?? '');
      const t = next.replace(/^[*_(\s]+/u, '');
      return t !== '' && (instruction(t) || OTHER_INSTRUCTION.test(t) || (CJK_HINT.test(t) && CJK_INSTRUCTION_START.test(t)));
    });
  }
  if (slice.includes('【')) run(WRITER_LABEL, (m) => /[你您]|あなた|당신/u.test(m[1]) || writerNote(m[1]));
  if (slice.includes('**')) {
    run(MASKED_NAME, (_m, s) => {
      // (not stars that close bold text opened before them on the line)
      const lineStart = text.lastIndexOf('\n', s - 1) + 1;
      return ((text.slice(lineStart, s).match(/\*\*/gu) ?? []).length & 1) === 0;
    });
  }
  if (slice.includes('(') || slice.includes('（')) run(NOTE_PAREN, (m) => writerNote(m[1]));
  // (not a label over what follows, "（备选案例二：技术攻坚）", nor an example given, "（例：…）")
  if (slice.includes('（')) run(CJK_NOTE_LINE, (m) => /\p{Script=Han}/u.test(m[1]) && !/[我咱]|本人|[。！？:：]|^\s*(?:例|比如|例如|如)/u.test(m[1]));
  // A line that is only a note in parentheses telling the writer what to do, in any wording: its first word is a
  // verb in the imperative ("*(Adapt honestly to your actual situation.)*", "- (Quantify the savings)"), told by the
  // tagger, not by a list. A pointer elsewhere ("(See intro.md for the script)") or a past tense ("(told about my
  // projects)") is not one.
  if (slice.includes('(')) run(NOTE_LINE, (m) => imperativeNote(m[0]));
  // The same note set inside a sentence, in lower case after a word of it, when it asks for a figure: "The backlog
  // went down (need the exact count from the helpdesk) within a month", "we saved money (get the figure from
  // finance)". An aside is told, not ordered ("(built in Go)", "(which took a week)"), and a pointer points ("(see below)").
  // (a gloss is not one, "(read: the boring choice)", nor an idiom with a verb in it, "(give or take a few days)": an
  // order names what to do to what, not a conjunction)
  // Only a note asking for a figure still to get is a slot where the answer's number goes: an aside in the imperative
  // mood is common ("(set a 1-hour limit, then escalate)", "(break the app)").
  if (slice.includes('(')) run(INLINE_NOTE, (m, s) => FIGURE_WANTED.test(m[0]) && !/^\(\p{L}+(?:\s*:|\s+(?:or|and|nor)\s)/u.test(m[0]) && (imperativeNote(m[0]) || orderWhereFigureGoes(text, s, m[0])));
  // A slot shown in backticks, as writers show a template's variable: `<Company>`, `<Your Name>` — an angle wholly
  // filling the code span, holding a capitalised name of a kind, no HTML element (`<div>`, `<br>`) and no generic type
  // (`<T>`, `List<T>` is not wholly an angle).
  for (const [a, b] of codeSpans) {
    const body = text.slice(a, b);
    const v = /^(`+)\s*<([A-Z][A-Za-z]+(?:[ _-][A-Za-z]+){0,3})>\s*\1$/u.exec(body);
    if (v && !HTML_TAGS.has(v[2].toLowerCase()) && !VOID_TAGS.has(v[2].toLowerCase()) && !KEY_NAMES.has(v[2].toLowerCase())) hits.push({ start: a, end: b, text: body });
    // Notes to self in backticks: `[?] what was the number?`, `TODO: add the quote`. Code is left alone.
    const note = /\[\?+\]|\?{3,}|(?<![\p{L}\p{N}_])(?:TODO|TBD|TBC|FIXME)(?![\p{L}\p{N}_])/u.exec(body);
    // (a marker alone in backticks before a plural noun is the word mentioned: "`TODO` markers")
    const mention = /^`+\s*(?:TODO|TBD|TBC|FIXME)\s*`+$/u.test(body) && /^[ \t]+\p{Ll}+s(?![\p{L}])/u.test(text.slice(b, b + 30));
    if (note && !mention && (/\[\?|\?{3}/.test(note[0]) || !/[(){};=<>]/.test(body))) hits.push({ start: a, end: b, text: body });
  }
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Hit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}
