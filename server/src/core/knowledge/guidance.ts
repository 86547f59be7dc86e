// How a writer labels guidance about answering, as opposed to an answer: tips, hints, advice, what to avoid, what the
// interviewer looks for and why they ask ("Tip:", "回答提示：", "Dicas", "What HR looks for", "提问意图"). A block the
// writer files under such a label is about answering, whoever reads it; an answer is said by its speaker. Read by
// parse/segment.ts `guidanceOnly`. Each entry is a regular-expression source, read case-insensitively with the `u`
// flag, on a label or a title with its numbering, emoji and markup taken off; it must match the whole label.

export const GUIDANCE_LABELS: Readonly<Record<string, string>> = {
  en: String.raw`(?:(?:pro |quick |general |key |bonus |top |some |\d+ )?(?:tips?|hints?|advice|guidelines?|guidance|pointers|dos and don['’]ts|do['’]s and don['’]ts|pitfalls|red flags|traps?)(?: (?:for|on|to) .{1,40})?|avoid|don['’]t|what to avoid|mistakes to avoid|common mistakes|how to (?:answer|respond|approach)(?: (?:it|this|them|the question))?|answer(?:ing)? (?:tips|strategy|guide)|why (?:they|interviewers?|the interviewer|hr|companies|we) ask(?: (?:this|it|that))?|what (?:they|interviewers?|the interviewer|hr|recruiters?|the panel|companies) (?:are |is )?(?:look(?:s|ing)? for|wants?(?: to (?:know|hear|see))?|(?:is |are )?(?:assess|evaluat|test|check)(?:ing|s)?)|what (?:is|are) (?:being )?(?:assessed|evaluated|tested)|intent|purpose of the question)`,
  zh: String.raw`(?:回答)?(?:提示|技巧|建议|注意(?:事项)?)|回答(?:要点|思路)|提问意图|考察(?:点|目的|意图)?|面试官(?:想|的)(?:知道|考察|了解|意图)\p{L}*|坑点|避坑|雷区`,
  es: String.raw`(?:consejos?|tips?|recomendaciones?|sugerencias?|qu[ée] evitar|evita(?:r)?|errores comunes|qu[ée] (?:buscan|eval[úu]an)|por qu[ée] (?:lo )?preguntan|c[óo]mo responder)`,
  pt: String.raw`(?:dicas?|conselhos?|recomenda[çc][õo]es|o que evitar|evite|erros comuns|o que (?:eles )?(?:procuram|avaliam)|por que perguntam|como responder)`,
  fr: String.raw`(?:conseils?|astuces?|[àa] [ée]viter|erreurs? (?:courantes|fr[ée]quentes)|ce que (?:le recruteur|les recruteurs|l['’]interviewer) (?:cherche(?:nt)?|veu(?:t|lent) savoir)|comment r[ée]pondre)`,
  de: String.raw`(?:tipps?|hinweise?|ratschl[äa]ge|(?:zu )?vermeiden|h[äa]ufige fehler|worauf (?:es )?(?:achten|ankommt)|was (?:der personaler|personaler|recruiter) (?:wissen will|sucht|hören will)|wie (?:man )?antworten)`,
  ru: String.raw`(?:сов[её]ты?|подсказк[аи]|рекомендаци[ия]|чего избегать|типичные ошибки|что (?:хотят|хочет) (?:услышать|узнать)|зачем (?:спрашивают|задают)|как отвечать)`,
  id: String.raw`(?:tips?(?: umum)?|saran|hindari|kesalahan umum|cara menjawab)`,
  tr: String.raw`(?:ipu[çc]lar[ıi]?|ipucu|tavsiyeler|[öo]neriler|ka[çc][ıi]n[ıi]lmas[ıi] gerekenler|nas[ıi]l cevaplan[ıi]r)`,
  ja: String.raw`(?:ポイント|コツ|注意点|アドバイス|回答のポイント|面接官の意図|質問の意図|NG例?)`,
  ko: String.raw`(?:팁|주의(?:사항|할 점)|답변 요령|면접관의 의도|질문 의도|조언)`,
};
