// Part labels in the languages the base list (parse/labels.ts PART_LABELS) does not cover, or covers only by the
// bare noun: one typed table per language, so a language is added or checked as a whole. Each entry is a label as
// normalised (lower case, single spaces); a label counts only in label form (a heading, a bold lead-in, a word and a
// colon or dash at the start of a line), so ordinary words here do not turn prose into parts.
import type { PartName } from '../types';

export type PartLabelTable = Readonly<Record<PartName, readonly string[]>>;

export const PART_LABEL_TRANSLATIONS: Readonly<Record<string, PartLabelTable>> = {
  // Russian
  ru: {
    setup: ['ситуация', 'контекст', 'предыстория', 'обстановка', 'вводные'],
    challenge: ['задача', 'задачи', 'проблема', 'цель', 'цели', 'вызов', 'сложность'],
    approach: ['действия', 'действие', 'решение', 'подход', 'что я сделал', 'что я сделала', 'мои действия', 'что я делал', 'что я делала'],
    outcome: ['результат', 'результаты', 'итог', 'итоги', 'эффект'],
    learning: ['вывод', 'выводы', 'урок', 'уроки', 'рефлексия', 'чему я научился', 'чему я научилась', 'что я вынес', 'что я вынесла', 'что я понял', 'что я поняла'],
  },
  // Ukrainian
  uk: {
    setup: ['ситуація', 'передісторія'],
    challenge: ['завдання', 'мета', 'виклик'],
    approach: ['дії', 'дія', 'рішення', 'підхід', 'що я зробив', 'що я зробила'],
    outcome: ['підсумок', 'підсумки'],
    learning: ['висновок', 'висновки', 'чого я навчився', 'чого я навчилася'],
  },
  // Polish
  pl: {
    setup: ['sytuacja', 'kontekst', 'tło'],
    challenge: ['zadanie', 'cel', 'wyzwanie', 'problem'],
    approach: ['działanie', 'działania', 'rozwiązanie', 'podejście', 'co zrobiłem', 'co zrobiłam'],
    outcome: ['rezultat', 'rezultaty', 'wynik', 'wyniki', 'efekt', 'efekty'],
    learning: ['wnioski', 'wniosek', 'lekcja', 'lekcje', 'refleksja', 'czego się nauczyłem', 'czego się nauczyłam'],
  },
  // Dutch
  nl: {
    setup: ['situatie', 'achtergrond', 'context'],
    challenge: ['taak', 'probleem', 'doel', 'uitdaging', 'opdracht'],
    approach: ['actie', 'acties', 'aanpak', 'oplossing', 'wat ik deed', 'wat ik heb gedaan'],
    outcome: ['resultaat', 'resultaten', 'uitkomst'],
    learning: ['lessen', 'les geleerd', 'geleerde lessen', 'reflectie', 'wat ik geleerd heb', 'wat ik heb geleerd'],
  },
  // Turkish
  tr: {
    setup: ['durum', 'bağlam', 'arka plan'],
    challenge: ['görev', 'sorun', 'hedef', 'amaç', 'zorluk'],
    approach: ['eylem', 'eylemler', 'aksiyon', 'yaklaşım', 'çözüm', 'ne yaptım'],
    outcome: ['sonuç', 'sonuçlar', 'etki'],
    learning: ['ders', 'dersler', 'öğrendiklerim', 'çıkarımlar', 'ne öğrendim'],
  },
  // Indonesian and Malay
  id: {
    setup: ['situasi', 'latar belakang', 'konteks'],
    challenge: ['tugas', 'masalah', 'tujuan', 'tantangan', 'cabaran'],
    approach: ['tindakan', 'aksi', 'pendekatan', 'solusi', 'penyelesaian'],
    outcome: ['hasil', 'dampak'],
    learning: ['pelajaran', 'refleksi', 'yang saya pelajari', 'pengajaran'],
  },
  // Vietnamese
  vi: {
    setup: ['tình huống', 'bối cảnh', 'hoàn cảnh'],
    challenge: ['nhiệm vụ', 'vấn đề', 'mục tiêu', 'thách thức'],
    approach: ['hành động', 'giải pháp', 'cách tiếp cận', 'cách làm'],
    outcome: ['kết quả', 'tác động'],
    learning: ['bài học', 'bài học rút ra', 'điều tôi học được', 'rút kinh nghiệm'],
  },
  // Swedish, Danish and Norwegian
  sv: {
    setup: ['bakgrund', 'baggrund', 'situasjon'],
    challenge: ['uppgift', 'opgave', 'oppgave', 'mål', 'utmaning', 'udfordring', 'utfordring'],
    approach: ['handlingar', 'åtgärd', 'åtgärder', 'lösning', 'løsning', 'tilgang'],
    outcome: ['resultater', 'resultaten', 'utfall'],
    learning: ['lärdom', 'lärdomar', 'læring', 'reflektion', 'refleksjon'],
  },
  // What the base list has only as nouns, as the languages it covers also say it: "what I learned", "what I did",
  // and the forms written without accents.
  es: {
    setup: ['situacion', 'el contexto', 'la situación'],
    challenge: ['desafio', 'el reto', 'la tarea'],
    approach: ['accion', 'solucion', 'lo que hice', 'qué hice', 'que hice'],
    outcome: ['el resultado', 'los resultados'],
    learning: ['leccion', 'lo que aprendí', 'lo que aprendi', 'qué aprendí', 'que aprendi', 'lecciones aprendidas', 'aprendizajes clave'],
  },
  pt: {
    setup: ['situacao', 'o contexto', 'a situação'],
    challenge: ['a tarefa', 'o desafio'],
    approach: ['acao', 'acoes', 'o que fiz', 'o que eu fiz', 'solução', 'solucao'],
    outcome: ['o resultado', 'os resultados'],
    learning: ['licao', 'licoes', 'o que aprendi', 'o que eu aprendi', 'aprendizagem', 'lições aprendidas'],
  },
  fr: {
    setup: ['la situation', 'le contexte'],
    challenge: ['la tâche', 'tache', 'le défi', 'le problème', 'mission'],
    approach: ['actions', "ce que j'ai fait", 'la solution', 'démarche'],
    outcome: ['le résultat', 'les résultats', 'resultat'],
    learning: ["ce que j'ai appris", "ce que j'en retiens", "ce que j'en ai retenu", 'enseignement', 'enseignements', 'leçons apprises', 'retour d’expérience', "retour d'expérience"],
  },
  de: {
    setup: ['die situation', 'der kontext'],
    challenge: ['die aufgabe', 'das problem', 'problemstellung'],
    approach: ['aktion', 'aktionen', 'handlungen', 'was ich getan habe', 'was ich gemacht habe', 'lösung', 'umsetzung'],
    outcome: ['resultate', 'das ergebnis', 'wirkung'],
    learning: ['was ich gelernt habe', 'gelernt', 'lernerfahrung', 'lernerfahrungen', 'fazit', 'mein fazit'],
  },
  it: {
    setup: ['la situazione', 'il contesto'],
    challenge: ['il compito', 'problema', 'il problema'],
    approach: ['cosa ho fatto', 'quello che ho fatto', 'soluzione', 'la soluzione'],
    outcome: ['il risultato', 'i risultati', 'esito'],
    learning: ['cosa ho imparato', 'quello che ho imparato', 'insegnamento', 'insegnamenti', 'lezione appresa', 'lezioni apprese'],
  },
  // Japanese and Korean beyond the STAR nouns of the base list.
  ja: {
    setup: ['シチュエーション', '状况'],
    challenge: ['タスク', '問題'],
    approach: ['アクション', '取り組み', '取組'],
    outcome: ['リザルト', '成果'],
    learning: ['学んだこと', '得たもの'],
  },
  ko: {
    setup: ['배경'],
    challenge: ['문제', '목표', '도전', '도전 과제', '어려움', '문제점'],
    approach: ['해결', '해결 방법', '조치', '접근', '접근 방식', '해결 과정', '해결 방안', '실행', '대응'],
    outcome: ['성과', '효과'],
    learning: ['느낀 점', '배운 것', '회고', '깨달은 점', '시사점'],
  },
  // Hebrew
  he: {
    setup: ['מצב', 'סיטואציה', 'רקע', 'הקשר'],
    challenge: ['משימה', 'אתגר', 'בעיה', 'מטרה'],
    approach: ['פעולה', 'פעולות', 'מה עשיתי', 'פתרון', 'גישה'],
    outcome: ['תוצאה', 'תוצאות', 'השפעה'],
    learning: ['לקח', 'לקחים', 'מה למדתי', 'תובנה', 'תובנות'],
  },
  // Hindi
  hi: {
    setup: ['स्थिति', 'पृष्ठभूमि', 'संदर्भ'],
    challenge: ['कार्य', 'चुनौती', 'समस्या', 'लक्ष्य'],
    approach: ['कार्रवाई', 'मैंने क्या किया', 'समाधान'],
    outcome: ['परिणाम', 'नतीजा', 'नतीजे', 'प्रभाव'],
    learning: ['सीख', 'सबक', 'मैंने क्या सीखा'],
  },
};

/** The parts of a pitch and of a plan, by meaning (the ids of knowledge/kinds.ts PITCH_PARTS and PLAN_PARTS). */
export type KindPartId = 'now' | 'arc' | 'impact' | 'why-here' | 'situation' | 'steps' | 'case' | 'principle';

/**
 * The labels of a pitch's and a plan's parts as other languages write them, one table per language, by meaning:
 * - now: where the speaker stands today ("Today", "Who I am", 现状, 現在, 현재);
 * - arc: the path that led here ("Career path", Werdegang, 経歴, 경력);
 * - impact: the achievement that proves it ("Achievement", Réalisation, 实绩, 성취);
 * - why-here: why this company, why now, why leave: a "why" with a place, a time or an addressee ("Pourquoi vous",
 *   "Perché adesso", 为什么是贵公司, 志望動機, 지원 동기), and where the speaker is heading ("O que vem pela frente");
 * - situation: how the speaker would read the case first (Einschätzung, 判断, 状況の把握);
 * - steps: the steps they would take (Schritte, 步骤, 手順, Шаги, कदम);
 * - case: a time they did it (Aus der Praxis, 実例, Из опыта);
 * - principle: the principle behind it (Principe, 原则, Принцип).
 * Like the story tables above, these are ordinary words in their languages: they count only in label form and only
 * where the file marks two or more parts so (parse/labels.ts isTranslatedLabel).
 */
export const KIND_PART_LABEL_TRANSLATIONS: Readonly<Record<string, Partial<Record<KindPartId, readonly string[]>>>> = {
  // English beyond the nouns of kinds.ts: where I am, what I am proud of. ("Why this company", "Why I am leaving" stay
  // titles: a bank heads its answers so, kinds.test.ts.)
  en: {
    now: ['where i am', "where i'm at", 'who i am today'],
    impact: [
      "what i'm proud of", 'what i am proud of', "what i'm proudest of", 'what i am proudest of', "something i'm proud of",
      'something i am proud of', 'proudest work', 'proudest moment', 'proudest result',
    ],
  },
  zh: {
    now: ['现在', '现状', '目前', '当前', '现况', '現況', '現狀', '我是谁'],
    arc: ['经历', '經歷', '职业经历', '職業經歷', '历程', '歷程', '职业历程', '成长经历', '发展路径', '一路走来'],
    impact: ['成绩', '成績', '成就', '亮点', '亮點', '代表成果', '代表作', '主要成绩', '最骄傲的事'],
    'why-here': [
      '为什么是这里', '為什麼是這裡', '为什么是贵公司', '為什麼是貴公司', '为什么选择贵公司', '為什麼選擇貴公司', '为什么选择这里',
      '为什么是你们', '为什么现在', '为什么离开', '為什麼離開', '为什么跳槽', '求职动机', '求職動機', '未来', '未來', '未来规划', '职业规划',
    ],
    situation: ['判断', '判斷', '初步判断', '评估', '評估', '先看情况'],
    steps: ['步骤', '步驟', '计划', '計劃', '行动计划', '應對步驟', '应对步骤', '我会怎么做', '我會怎麼做'],
    case: ['实例', '實例', '真实案例', '真實案例', '案例', '实际经历', '亲身经历'],
    principle: ['原则', '原則', '我的原则'],
  },
  ja: {
    now: ['現在', '現状', '現職', '今の仕事'],
    arc: ['経歴', 'これまで', 'これまでの経歴', 'キャリア', '職歴'],
    impact: ['実績', 'これまでの成果', '主な実績', '誇れる成果'],
    'why-here': ['志望理由', '志望動機', '御社を志望する理由', '御社を選んだ理由', '貴社を志望する理由', '貴社を選んだ理由', '入社後にやりたいこと', '今後', 'これから'],
    situation: ['状況の把握', '状況把握', '現状把握', '見立て'],
    steps: ['手順', 'ステップ', '進め方', '対応手順', '対応策'],
    case: ['実例', '実体験', '経験から', '過去の例'],
    principle: ['原則', '私の原則'],
  },
  ko: {
    now: ['현재', '지금', '현재 하는 일'],
    arc: ['경력', '이력', '걸어온 길'],
    impact: ['성취', '주요 성과', '대표 성과'],
    'why-here': ['지원 동기', '지원동기', '지원 이유', '왜 이 회사인가', '이직 사유', '이직 이유', '앞으로', '향후 계획'],
    situation: ['상황 판단', '상황 파악', '판단'],
    steps: ['단계', '대응 단계', '계획', '대응 방안'],
    case: ['실제 사례', '사례', '경험'],
    principle: ['원칙'],
  },
  fr: {
    now: ["aujourd'hui", 'aujourd’hui', 'actuellement', 'qui je suis', 'ma situation actuelle', 'poste actuel'],
    arc: ['parcours', 'mon parcours', 'trajectoire'],
    impact: ['réalisation', 'réalisations', 'réussite', 'ma réussite', 'accomplissement', 'ma fierté', 'fierté'],
    'why-here': ['pourquoi vous', 'pourquoi ici', 'pourquoi nous', 'pourquoi maintenant', 'pourquoi partir', 'pourquoi ce poste', 'pourquoi cette entreprise', 'la suite', 'et après', 'mon projet'],
    situation: ['premier réflexe', 'évaluation', 'diagnostic', 'état des lieux'],
    steps: ['étapes', 'les étapes', 'ce que je ferais'],
    case: ['exemple réel', 'un exemple réel', 'en pratique', "dans les faits", 'vécu'],
    principle: ['principe', 'mon principe'],
  },
  de: {
    now: ['heute', 'aktuell', 'derzeit', 'wer ich bin', 'wo ich stehe'],
    arc: ['werdegang', 'mein werdegang', 'laufbahn', 'mein weg', 'berufsweg'],
    impact: ['erfolg', 'erfolge', 'mein erfolg', 'leistung', 'worauf ich stolz bin'],
    'why-here': ['warum hier', 'warum sie', 'warum jetzt', 'warum wechseln', 'warum ihr unternehmen', 'warum diese stelle', 'wohin ich will', 'ausblick'],
    situation: ['einschätzung', 'erste einschätzung', 'lage einschätzen', 'lagebild'],
    steps: ['schritte', 'die schritte', 'meine schritte', 'was ich tun würde'],
    case: ['aus der praxis', 'praxisbeispiel', 'aus erfahrung', 'echtes beispiel'],
    principle: ['prinzip', 'grundsatz', 'mein grundsatz'],
  },
  es: {
    now: ['hoy', 'actualmente', 'quién soy', 'quien soy', 'dónde estoy'],
    arc: ['trayectoria', 'mi trayectoria', 'mi camino', 'recorrido'],
    impact: ['logro', 'logros', 'mi logro', 'de lo que estoy orgulloso', 'de lo que estoy orgullosa'],
    'why-here': ['por qué aquí', 'por qué ustedes', 'por qué ahora', 'por qué me voy', 'por qué este puesto', 'por qué esta empresa', 'lo que viene', 'a futuro'],
    situation: ['primera evaluación', 'evaluación', 'diagnóstico'],
    steps: ['pasos', 'los pasos', 'lo que haría', 'plan de acción'],
    case: ['ejemplo real', 'un caso real', 'caso real', 'en la práctica'],
    principle: ['principio', 'mi principio'],
  },
  pt: {
    now: ['hoje', 'atualmente', 'quem sou', 'quem eu sou'],
    arc: ['trajetória', 'trajetoria', 'percurso', 'meu caminho', 'caminho'],
    impact: ['conquista', 'conquistas', 'realização', 'realizacao', 'de que me orgulho'],
    'why-here': ['por que aqui', 'por que vocês', 'por que voces', 'por que agora', 'por que sair', 'por que esta empresa', 'o que vem pela frente', 'próximos passos'],
    situation: ['primeira avaliação', 'avaliação', 'diagnóstico'],
    steps: ['passos', 'os passos', 'o que eu faria', 'plano de ação'],
    case: ['exemplo real', 'caso real', 'na prática'],
    principle: ['princípio', 'principio'],
  },
  it: {
    now: ['oggi', 'chi sono', 'chi sono oggi', 'attualmente'],
    arc: ['percorso', 'il mio percorso', 'la svolta', 'carriera'],
    impact: ['traguardo', 'successo', 'un risultato', 'di cosa vado fiero', 'di cosa vado fiera'],
    'why-here': ['perché voi', 'perché qui', 'perché adesso', 'perché ora', 'perché cambiare', 'perché questa azienda', 'in futuro'],
    situation: ['prima valutazione', 'valutazione', 'diagnosi'],
    steps: ['passi', 'i passi', 'cosa farei', 'piano d’azione', "piano d'azione"],
    case: ['esempio reale', 'caso reale', 'in pratica'],
    principle: ['principio', 'il mio principio'],
  },
  nl: {
    now: ['nu', 'vandaag', 'wie ik ben', 'waar ik nu sta'],
    arc: ['loopbaan', 'mijn pad', 'de weg hierheen'],
    impact: ['prestatie', 'waar ik trots op ben', 'succes'],
    'why-here': ['waarom hier', 'waarom jullie', 'waarom nu', 'waarom weg', 'waarom deze rol', 'toekomst'],
    situation: ['eerste inschatting', 'inschatting'],
    steps: ['stappen', 'de stappen', 'wat ik zou doen'],
    case: ['uit de praktijk', 'praktijkvoorbeeld', 'echt voorbeeld'],
    principle: ['principe', 'mijn principe'],
  },
  sv: {
    now: ['nu', 'idag', 'i dag', 'vem jag är'],
    arc: ['vägen hit', 'bana', 'min bana', 'karriär'],
    impact: ['det jag är stoltast över', 'prestation', 'framgång'],
    'why-here': ['varför ni', 'varför här', 'varför nu', 'framåt', 'om fem år', 'hvorfor jer', 'hvorfor her'],
    situation: ['första bedömning', 'bedömning'],
    steps: ['steg', 'stegen', 'det jag skulle göra'],
    case: ['ur verkligheten', 'från praktiken', 'exempel'],
    principle: ['princip'],
  },
  ru: {
    now: ['сейчас', 'сегодня', 'кто я', 'где я сейчас'],
    arc: ['путь', 'мой путь', 'карьера', 'опыт работы'],
    impact: ['достижение', 'достижения', 'чем я горжусь'],
    'why-here': ['почему вы', 'почему здесь', 'почему сейчас', 'почему ухожу', 'почему я ухожу', 'почему к вам', 'дальше', 'планы'],
    situation: ['оценка', 'первая оценка', 'оценка ситуации'],
    steps: ['шаги', 'мои шаги', 'что я бы сделал', 'что я бы сделала', 'план действий'],
    case: ['из опыта', 'пример из опыта', 'реальный пример', 'на практике'],
    principle: ['принцип', 'мой принцип'],
  },
  pl: {
    now: ['dziś', 'dzisiaj', 'obecnie', 'teraz', 'kim jestem'],
    arc: ['ścieżka', 'moja ścieżka', 'droga', 'kariera'],
    impact: ['osiągnięcie', 'osiągnięcia', 'z czego jestem dumny', 'z czego jestem dumna'],
    'why-here': ['dlaczego wy', 'dlaczego tutaj', 'dlaczego teraz', 'dlaczego odchodzę', 'dalej', 'plany'],
    situation: ['ocena', 'pierwsza ocena', 'ocena sytuacji'],
    steps: ['kroki', 'moje kroki', 'co bym zrobił', 'co bym zrobiła', 'plan działania'],
    case: ['z doświadczenia', 'z praktyki', 'prawdziwy przykład'],
    principle: ['zasada', 'moja zasada'],
  },
  tr: {
    now: ['şu an', 'şu anda', 'bugün', 'şimdi', 'ben kimim'],
    arc: ['kariyer', 'kariyerim', 'yolculuk', 'geçmiş'],
    impact: ['başarı', 'başarım', 'gurur duyduğum iş'],
    'why-here': ['neden burası', 'neden siz', 'neden şimdi', 'neden ayrılıyorum', 'gelecek'],
    situation: ['ilk değerlendirme', 'değerlendirme'],
    steps: ['adımlar', 'adımlarım', 'ne yapardım'],
    case: ['gerçek örnek', 'deneyimden', 'pratikte'],
    principle: ['ilke', 'prensip'],
  },
  hi: {
    now: ['अभी', 'वर्तमान', 'आज', 'मैं कौन हूँ'],
    arc: ['सफ़र', 'सफर', 'अब तक का सफ़र', 'करियर'],
    impact: ['उपलब्धि', 'उपलब्धियाँ'],
    'why-here': ['यहाँ क्यों', 'आप ही क्यों', 'अभी क्यों', 'आगे'],
    situation: ['स्थिति का आकलन', 'आकलन'],
    steps: ['कदम', 'मेरे कदम', 'क्या करूँगा', 'क्या करूंगा'],
    case: ['असली उदाहरण', 'अनुभव से', 'वास्तविक उदाहरण'],
    principle: ['सिद्धांत'],
  },
};
