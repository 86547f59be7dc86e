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
    challenge: ['문제', '목표'],
    approach: ['해결', '해결 방법', '조치'],
    outcome: ['성과'],
    learning: ['느낀 점', '배운 것'],
  },
};
