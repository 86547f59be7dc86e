// Number words, measure words and units of the languages other than English that stories are written in, one table
// per language (Spanish, Portuguese, French, German, Italian, Russian, Dutch, Swedish, Polish, Czech, Indonesian, Greek,
// Vietnamese) (issue 9: a quantity that measures a change is found whatever the language). The quantity reader
// (rules/quantity.ts) builds its patterns from these tables, so a language is added or widened here, not in a regex.
//
// Each table holds words as written (lower case; the reader matches without case):
//   numbers   spelled amounts from two up, and the large ones ("dos", "zwölf", "trois", "двадцать")
//   one       the word for one, as the end of a change ("von drei auf einen", "de ocho a una"): only read there
//   zero      the word for zero, as the end of a change ("tombés à zéro", "auf null gesenkt")
//   from/to   the words of a change from one amount to another ("von … auf …", "de … a …", "с … до …")
//   of        the word of a part out of a whole ("once de catorce", "vier von zwölf", "trois sur quatre")
//   hedges    words before an amount that leave it an amount ("etwa", "unos", "в среднем")
//   timesBy   a verb of dividing or multiplying by an amount ("divisé par trois", "geteilt durch drei")
//   early     a margin against a plan after a time ("zwei Wochen vor der Frist", "cinco días antes de la fecha")
//   timeUnits the units of time (a margin is an amount of one)
//   periods   the longer spans, years and quarters: a number word before one, or before a unit of time, is no bare
//             count (how long the work took, a career's years, a time ahead are told so)
//   with      the words of company before a count: the people the work was done with are its input ("con dos
//             compañeros", "z dwoma kolegami"), as "with two colleagues" is in English
//   none      a determiner that counts its noun to none ("ningún cobro duplicado", "nenhuma duplicação", "aucune
//             panne"): a zero count, as "not a single" is in English
//   team      a word for a team with the word that joins its size to it ("un equipo de 4", "командой из 5"): the
//             size of the speaker's team is the setup, not a result, as "a team of 4" is in English
//   fractions a part as an amount ("la mitad", "un terzo", "meio", "halben"): a change's end or start ("de três dias
//             para meio dia", "scese a un terzo"); one of two words or more ("un terzo", "de moitié") is an amount on
//             its own, as "half" and "a third" are in English (a single word may name something else: "medio", "tiers")
//   during    the words that make an amount of time the span an activity went on ("durante seis meses", "pendant 6 mois",
//             "selama 6 bulan"): time put in, not a result, as "for six months I led…" is in English
//   duringAfter the same said after the amount and its unit ("6 Monate lang", "drie maanden lang")
// The numbers also hold the round amounts said as nouns ("une quinzaine", "una trentina", "uns oito" is hedged), which
// a change is often told with ("passés d'une quinzaine par semaine à un ou deux par mois").

export interface NumberWords {
  numbers: readonly string[];
  one: readonly string[];
  zero: readonly string[];
  from: readonly string[];
  to: readonly string[];
  of: readonly string[];
  hedges: readonly string[];
  timesBy: readonly string[];
  early: readonly string[];
  timeUnits: readonly string[];
  periods: readonly string[];
  with: readonly string[];
  none: readonly string[];
  team: readonly string[];
  fractions: readonly string[];
  during: readonly string[];
  /** (only the languages that say it so) */
  duringAfter?: readonly string[];
}

export type NumberLanguage = 'es' | 'pt' | 'fr' | 'de' | 'it' | 'ru' | 'nl' | 'sv' | 'pl' | 'cs' | 'id' | 'el' | 'vi';

export const NUMBER_WORDS: Readonly<Record<NumberLanguage, NumberWords>> = {
  es: {
    numbers: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa', 'cien', 'cientos', 'mil', 'miles', 'una docena', 'una decena', 'una veintena', 'una treintena', 'un centenar', 'decenas', 'docenas'],
    one: ['uno', 'una', 'un'],
    zero: ['cero'],
    from: ['de', 'desde', 'del'],
    to: ['a', 'hasta', 'al'],
    of: ['de', 'de cada'],
    hedges: ['unos', 'unas', 'casi', 'más de', 'cerca de', 'en promedio', 'de media', 'alrededor de', 'menos de'],
    timesBy: ['dividido por', 'dividida por', 'dividimos por', 'multiplicado por', 'multiplicada por', 'multiplicamos por', 'reducido a', 'reducida a', 'redujimos a', 'bajó a', 'bajaron a', 'cayó a', 'cayeron a'],
    early: ['antes de lo previsto', 'antes de lo planeado', 'antes de lo esperado', 'antes del plazo', 'antes de la fecha', 'antes de la fecha límite', 'antes de la entrega', 'de adelanto', 'más tarde de lo previsto'],
    timeUnits: ['día', 'días', 'dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'hora', 'horas', 'minuto', 'minutos'],
    periods: ['año', 'años', 'trimestre', 'trimestres', 'semestre', 'semestres'],
    with: ['con', 'junto con', 'junto a'],
    none: ['ningún', 'ninguna', 'ninguno'],
    team: ['equipo de', 'equipo formado por', 'célula de'],
    fractions: ['la mitad', 'un tercio', 'medio', 'media'],
    during: ['durante', 'por', 'a lo largo de', 'por espacio de'],
  },
  pt: {
    numbers: ['dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'quinze', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'cem', 'centenas', 'mil', 'uma dúzia', 'uma dezena', 'uma centena', 'dezenas', 'dúzias'],
    one: ['um', 'uma'],
    zero: ['zero'],
    from: ['de', 'do', 'da'],
    to: ['para', 'a', 'ao', 'até'],
    of: ['de', 'de cada', 'em cada'],
    hedges: ['cerca de', 'quase', 'mais de', 'em média', 'uns', 'umas', 'menos de'],
    timesBy: ['dividido por', 'dividida por', 'multiplicado por', 'multiplicada por', 'reduzido a', 'reduzida a', 'caiu para', 'caíram para'],
    early: ['antes do prazo', 'antes do previsto', 'antes do planejado', 'antes da data', 'mais cedo', 'de atraso'],
    timeUnits: ['dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'hora', 'horas', 'minuto', 'minutos'],
    periods: ['ano', 'anos', 'trimestre', 'trimestres', 'semestre', 'semestres'],
    with: ['com', 'junto com'],
    none: ['nenhum', 'nenhuma'],
    team: ['equipe de', 'equipa de', 'time de', 'squad de'],
    fractions: ['a metade', 'um terço', 'meio', 'meia'],
    during: ['durante', 'por', 'ao longo de'],
  },
  fr: {
    numbers: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'mille', 'une dizaine', 'une douzaine', 'une quinzaine', 'une vingtaine', 'une trentaine', 'une cinquantaine', 'une centaine', 'dizaines', 'centaines'],
    one: ['un', 'une'],
    zero: ['zéro'],
    from: ['de', 'du', 'des', "d'", 'd’'],
    to: ['à', 'a', 'au'],
    of: ['sur'],
    hedges: ['environ', 'presque', 'plus de', 'près de', 'en moyenne', 'moins de'],
    timesBy: ['divisé par', 'divisée par', 'divisés par', 'divisées par', 'multiplié par', 'multipliée par', 'multipliés par', 'multipliées par', 'réduit à', 'réduite à', 'réduits à', 'réduites à', 'tombé à', 'tombée à', 'tombés à', 'tombées à', 'passé à', 'passée à', 'passés à', 'passées à'],
    early: ['plus tôt', 'en avance', 'avant la date', 'avant l’échéance', "avant l'échéance", 'plus tard que prévu', 'de retard'],
    timeUnits: ['jour', 'jours', 'semaine', 'semaines', 'mois', 'heure', 'heures', 'minute', 'minutes'],
    periods: ['an', 'ans', 'année', 'années', 'trimestre', 'trimestres', 'semestre', 'semestres'],
    with: ['avec'],
    none: ['aucun', 'aucune'],
    team: ['équipe de'],
    fractions: ['la moitié', 'de moitié', 'un tiers de', 'demi', 'tiers', 'quart'],
    during: ['pendant', 'durant', 'au cours de'],
  },
  de: {
    numbers: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'hundert', 'tausend', 'ein dutzend', 'dutzende', 'dutzend'],
    one: ['einen', 'eine', 'einem', 'einer', 'eins', 'ein'],
    zero: ['null'],
    from: ['von', 'vom'],
    to: ['auf', 'bis', 'zu'],
    of: ['von'],
    hedges: ['etwa', 'rund', 'ca.', 'circa', 'fast', 'knapp', 'gut', 'über', 'mehr als', 'durchschnittlich', 'im schnitt', 'im durchschnitt', 'weniger als'],
    timesBy: ['geteilt durch', 'halbiert auf', 'gesenkt auf', 'gesunken auf', 'reduziert auf', 'verkürzt auf', 'gefallen auf', 'fiel auf', 'sank auf'],
    early: ['früher', 'eher', 'später als geplant', 'später als vorgesehen', 'später als erwartet', 'vor dem termin', 'vor der deadline', 'vor der frist', 'vor dem zeitplan', 'vor plan'],
    timeUnits: ['tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'stunde', 'stunden', 'minute', 'minuten'],
    periods: ['jahr', 'jahre', 'jahren', 'jahres', 'quartal', 'quartale', 'quartalen', 'halbjahr'],
    with: ['mit', 'zusammen mit'],
    none: ['keinerlei'],
    team: ['team von', 'team aus', 'team mit'],
    fractions: ['die hälfte', 'ein drittel', 'ein viertel', 'halben', 'halbe', 'halb', 'drittel', 'viertel'],
    during: ['während'],
    duringAfter: ['lang'],
  },
  it: {
    numbers: ['due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'quindici', 'venti', 'trenta', 'quaranta', 'cinquanta', 'cento', 'mille', 'mila', 'una decina', 'una dozzina', 'una quindicina', 'una ventina', 'una trentina', 'una quarantina', 'una cinquantina', 'un centinaio', 'decine', 'centinaia'],
    one: ['uno', 'una', 'un'],
    zero: ['zero'],
    from: ['da', 'dai', 'dalle', 'dal'],
    to: ['a', 'ai', 'alle', 'al'],
    of: ['su', 'ogni'],
    hedges: ['circa', 'quasi', 'più di', 'in media', 'meno di'],
    timesBy: ['diviso per', 'divisa per', 'moltiplicato per', 'moltiplicata per', 'ridotto a', 'ridotta a', 'sceso a', 'scesa a', 'scesi a', 'calato a', 'scese a', 'calata a', 'calati a', 'calate a', 'ridotti a', 'ridotte a', 'passato a', 'passata a', 'passati a', 'passate a'],
    early: ['in anticipo', 'prima del previsto', 'prima della scadenza', 'di ritardo'],
    timeUnits: ['giorno', 'giorni', 'settimana', 'settimane', 'mese', 'mesi', 'ora', 'ore', 'minuto', 'minuti'],
    periods: ['anno', 'anni', 'trimestre', 'trimestri', 'semestre', 'semestri'],
    with: ['con', 'insieme a'],
    none: ['nessun', 'nessuna', 'nessuno'],
    team: ['team di', 'squadra di'],
    fractions: ['la metà', 'un terzo', 'un quarto', 'mezzo', 'mezza', 'terzo'],
    during: ['durante', 'nel corso di', 'per tutta', 'per tutto'],
  },
  ru: {
    numbers: ['два', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять',
      'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать',
      'одиннадцати', 'двенадцати', 'тринадцати', 'четырнадцати', 'пятнадцати', 'шестнадцати', 'семнадцати', 'восемнадцати', 'девятнадцати',
      'полтора', 'полторы', 'полутора', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'сто', 'тысяча', 'тысячи', 'тысяч', 'двух', 'трёх', 'трех', 'четырёх', 'четырех', 'пяти', 'шести', 'восьми', 'десяти', 'двадцати', 'тридцати', 'сорока', 'ста', 'десяток', 'десятка', 'десятки', 'дюжина', 'дюжины', 'сотня', 'сотни'],
    one: ['одного', 'одной', 'одну', 'один', 'одна'],
    zero: ['нуля', 'ноль', 'нуль'],
    from: ['с', 'со', 'от'],
    to: ['до'],
    of: ['из'],
    hedges: ['около', 'почти', 'более', 'в среднем', 'примерно', 'менее', 'меньше'],
    timesBy: ['сократили до', 'сократилось до', 'сократилась до', 'снизили до', 'снизилось до', 'снизилась до', 'упало до', 'упала до', 'упали до', 'уменьшили до'],
    early: ['раньше срока', 'раньше', 'до дедлайна'],
    timeUnits: ['день', 'дня', 'дней', 'неделю', 'недели', 'недель', 'месяц', 'месяца', 'месяцев', 'час', 'часа', 'часов', 'минут', 'минуты'],
    periods: ['год', 'года', 'году', 'лет', 'квартал', 'квартала', 'кварталов'],
    with: ['с', 'со', 'вместе с'],
    none: ['ни одного', 'ни одной', 'ни единого', 'ни единой'],
    team: ['команда из', 'команды из', 'команде из', 'команду из', 'командой из'],
    fractions: ['половина', 'половину', 'треть', 'четверть'],
    during: ['в течение', 'на протяжении'],
  },
  nl: {
    numbers: ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'vijftien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'honderd', 'duizend', 'een dozijn', 'een tiental', 'tientallen'],
    one: ['één', 'een'],
    zero: ['nul'],
    from: ['van'],
    to: ['naar', 'tot'],
    of: ['van'],
    hedges: ['ongeveer', 'bijna', 'meer dan', 'gemiddeld', 'zo’n', "zo'n", 'ruim', 'minder dan'],
    timesBy: ['gedeeld door', 'vermenigvuldigd met', 'teruggebracht tot', 'gedaald tot', 'gedaald naar', 'verlaagd tot', 'verlaagd naar', 'verkort tot', 'gezakt naar'],
    early: ['eerder dan gepland', 'voor de deadline', 'eerder', 'te laat'],
    timeUnits: ['dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'uur', 'uren', 'minuut', 'minuten'],
    periods: ['jaar', 'jaren', 'kwartaal', 'kwartalen'],
    with: ['met', 'samen met'],
    none: ['geen enkele', 'geen enkel'],
    team: ['team van'],
    fractions: ['de helft', 'een kwart', 'halve', 'half', 'derde'],
    during: ['gedurende', 'tijdens'],
    duringAfter: ['lang'],
  },
  sv: {
    numbers: ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'femton', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'hundra', 'tusen', 'ett dussin', 'ett tiotal', 'tiotals'],
    one: ['en', 'ett'],
    zero: ['noll'],
    from: ['från'],
    to: ['till'],
    of: ['av'],
    hedges: ['cirka', 'ungefär', 'nästan', 'under', 'över', 'mer än', 'drygt', 'knappt', 'i snitt', 'i genomsnitt'],
    timesBy: ['delat med', 'minskade till', 'sjönk till', 'halverades till', 'kortades till'],
    early: ['tidigare än planerat', 'före deadline', 'tidigare', 'för sent'],
    timeUnits: ['dag', 'dagar', 'vecka', 'veckor', 'månad', 'månader', 'timme', 'timmar', 'minut', 'minuter'],
    periods: ['år', 'åren', 'året', 'kvartal', 'kvartalet'],
    with: ['med', 'tillsammans med'],
    none: ['inte en enda', 'inte ett enda', 'ingen enda'],
    team: ['team på', 'team med'],
    fractions: ['hälften', 'en tredjedel', 'en fjärdedel', 'halva', 'halv'],
    during: ['under loppet av', 'i hela'],
  },
  pl: {
    numbers: ['dwa', 'dwie', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć', 'jedenaście', 'dwanaście', 'piętnaście', 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sto', 'tysiąc', 'tysięcy',
      'dwóch', 'trzech', 'czterech', 'pięciu', 'sześciu', 'siedmiu', 'ośmiu', 'dziewięciu', 'dziesięciu', 'dwunastu', 'piętnastu', 'dwudziestu', 'trzydziestu', 'czterdziestu', 'stu', 'kilkanaście', 'kilkadziesiąt', 'tuzin'],
    one: ['jeden', 'jedna', 'jedno', 'jednego', 'jednej'],
    zero: ['zera'],
    from: ['z', 'ze', 'od'],
    to: ['do', 'na'],
    of: ['z'],
    hedges: ['około', 'prawie', 'ponad', 'średnio', 'niemal', 'mniej niż', 'poniżej'],
    timesBy: ['spadła do', 'spadło do', 'spadły do', 'spadł do', 'skrócił się do', 'skróciła się do', 'skrócono do', 'zmniejszyliśmy do', 'zmniejszyła się do'],
    early: ['przed terminem', 'wcześniej niż planowano', 'wcześniej'],
    timeUnits: ['dzień', 'dni', 'tydzień', 'tygodnie', 'tygodni', 'miesiąc', 'miesiące', 'miesięcy', 'godzina', 'godziny', 'godzin', 'minuta', 'minuty', 'minut'],
    periods: ['rok', 'lata', 'lat', 'kwartał', 'kwartały', 'kwartałów'],
    with: ['z', 'ze', 'razem z'],
    none: ['ani jednego', 'ani jednej'],
    team: ['zespół', 'zespołem'],
    fractions: ['o połowę', 'jedną trzecią', 'połowę', 'pół'],
    during: ['przez', 'w ciągu'],
  },
  cs: {
    numbers: ['dva', 'dvě', 'tři', 'čtyři', 'pět', 'šest', 'sedm', 'osm', 'devět', 'deset', 'jedenáct', 'dvanáct', 'patnáct', 'dvacet', 'třicet', 'čtyřicet', 'padesát', 'sto', 'tisíc',
      'dvou', 'tří', 'čtyř', 'pěti', 'šesti', 'sedmi', 'osmi', 'devíti', 'deseti', 'dvaceti', 'třiceti', 'tucet', 'desítky', 'několik desítek'],
    one: ['jeden', 'jedna', 'jedno', 'jednoho', 'jedné', 'jednu'],
    zero: ['nula', 'nulu'],
    from: ['z', 'ze', 'od'],
    to: ['na', 'do'],
    of: ['z'],
    hedges: ['asi', 'přibližně', 'zhruba', 'téměř', 'skoro', 'přes', 'průměrně', 'méně než'],
    timesBy: ['klesl na', 'klesla na', 'kleslo na', 'klesly na', 'snížili jsme na', 'zkrátili jsme na', 'zkrátilo se na', 'zkrátila se na'],
    early: ['před termínem', 'dříve, než bylo plánováno', 'dříve'],
    timeUnits: ['den', 'dny', 'dní', 'dnů', 'týden', 'týdny', 'týdnů', 'měsíc', 'měsíce', 'měsíců', 'hodina', 'hodiny', 'hodin', 'minuta', 'minuty', 'minut'],
    periods: ['rok', 'roky', 'let', 'roků', 'čtvrtletí'],
    with: ['s', 'se', 'spolu s'],
    none: ['ani jeden', 'ani jedna', 'ani jedno', 'ani jediný', 'ani jedinou', 'ani jediná'],
    team: ['tým'],
    fractions: ['o polovinu', 'o třetinu', 'polovinu', 'půl'],
    during: ['po dobu', 'během'],
  },
  id: {
    numbers: ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'dua belas', 'lima belas', 'dua puluh', 'tiga puluh', 'empat puluh', 'lima puluh', 'seratus', 'ratusan', 'seribu', 'ribuan', 'ribu', 'selusin', 'puluhan', 'belasan'],
    one: ['satu', 'sebuah', 'seorang'],
    zero: ['nol'],
    from: ['dari'],
    to: ['menjadi', 'jadi', 'ke', 'hingga', 'sampai'],
    of: ['dari'],
    hedges: ['sekitar', 'hampir', 'lebih dari', 'kurang dari', 'rata-rata', 'kira-kira', 'di bawah'],
    timesBy: ['turun menjadi', 'berkurang menjadi', 'dipangkas menjadi', 'dipersingkat menjadi', 'turun ke'],
    early: ['lebih awal dari jadwal', 'lebih cepat dari jadwal', 'sebelum tenggat', 'lebih awal'],
    timeUnits: ['hari', 'minggu', 'bulan', 'jam', 'menit'],
    periods: ['tahun', 'kuartal', 'triwulan', 'semester'],
    with: ['dengan', 'bersama'],
    none: ['tidak satu pun', 'tidak ada satu pun', 'tanpa satu pun', 'tak satu pun', 'tak ada satu pun'],
    team: ['tim beranggotakan', 'tim berisi'],
    fractions: ['setengah', 'separuh', 'sepertiga'],
    during: ['selama'],
  },
  el: {
    numbers: ['δύο', 'τρία', 'τρεις', 'τέσσερα', 'τέσσερις', 'πέντε', 'έξι', 'επτά', 'εφτά', 'οκτώ', 'οχτώ', 'εννιά', 'εννέα', 'δέκα', 'έντεκα', 'δώδεκα', 'δεκαπέντε', 'είκοσι', 'τριάντα', 'σαράντα', 'πενήντα', 'εκατό', 'χίλια', 'χιλιάδες', 'δεκάδες'],
    one: ['ένα', 'έναν', 'μία', 'μια', 'ενός', 'μίας'],
    zero: ['μηδέν'],
    from: ['από'],
    to: ['σε', 'στα', 'στις', 'στους', 'στο', 'στη', 'στην', 'έως'],
    of: ['από'],
    hedges: ['περίπου', 'σχεδόν', 'πάνω από', 'κάτω από', 'λιγότερο από', 'κατά μέσο όρο'],
    timesBy: ['μειώθηκε σε', 'μειώθηκαν σε', 'έπεσε σε', 'έπεσαν σε', 'περιορίστηκε σε'],
    early: ['νωρίτερα από το πρόγραμμα', 'πριν από την προθεσμία', 'νωρίτερα'],
    timeUnits: ['μέρα', 'μέρες', 'ημέρα', 'ημέρες', 'εβδομάδα', 'εβδομάδες', 'μήνα', 'μήνες', 'ώρα', 'ώρες', 'λεπτό', 'λεπτά'],
    periods: ['χρόνο', 'χρόνια', 'χρόνων', 'έτος', 'έτη', 'τρίμηνο', 'τρίμηνα'],
    with: ['με', 'μαζί με'],
    none: ['ούτε ένα', 'ούτε έναν', 'ούτε μία', 'ούτε μια'],
    team: ['ομάδα'],
    fractions: ['το μισό', 'ένα τρίτο', 'μισή', 'μισό'],
    during: ['για', 'επί', 'κατά τη διάρκεια'],
  },
  vi: {
    numbers: ['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười hai', 'hai mươi', 'ba mươi', 'mươi', 'trăm', 'nghìn', 'ngàn', 'triệu', 'hàng chục', 'vài chục', 'chục'],
    one: ['một'],
    zero: ['con số không'],
    from: ['từ'],
    to: ['xuống còn', 'lên', 'đến', 'tới', 'còn'],
    of: ['trên'],
    hedges: ['khoảng', 'gần', 'hơn', 'dưới', 'trung bình'],
    timesBy: ['giảm còn', 'xuống còn', 'rút xuống còn', 'giảm xuống còn'],
    early: ['sớm hơn dự kiến', 'trước hạn', 'sớm hơn'],
    timeUnits: ['ngày', 'tuần', 'tháng', 'giờ', 'tiếng', 'phút'],
    periods: ['năm', 'quý'],
    with: ['với', 'cùng'],
    none: ['không một'],
    team: ['nhóm'],
    fractions: ['một nửa', 'một phần ba', 'nửa'],
    during: ['trong suốt', 'suốt'],
  },
};

/**
 * English spelled amounts from two up, the large ones in the singular ("hundred"; the reader adds the plural where a
 * count of them is read: "hundreds of tickets"). The quantity reader builds its English number patterns from this list,
 * so English is widened here, as the other languages are in their tables.
 */
export const ENGLISH_NUMBERS: readonly string[] = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen',
];
/** The large English amounts, also read in the plural ("hundreds", "dozens"). */
export const ENGLISH_LARGE_NUMBERS: readonly string[] = ['hundred', 'thousand', 'million', 'billion', 'dozen'];
/**
 * Words for an unstated count of more than one, read where a span of time is counted ("in the several months since",
 * "in mehreren Monaten kein Ausfall"): the span is sized though its number is not given. As the case requires.
 */
export const SEVERAL_WORDS: Readonly<Record<'en' | 'de', readonly string[]>> = { en: ['several'], de: ['mehreren'] };

/** Korean native numbers (두, 세, 여섯 …) before a counter: "여섯 건", "세 명", "두 배". */
export const KOREAN_NATIVE_NUMBERS: readonly string[] = ['두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열', '스무', '서른', '마흔', '쉰'];
/** The counters a Korean native number counts with (not time, which tells how long the work took the same way, nor
 * 가지, kinds: "두가지" is the two points of the answer). */
export const KOREAN_COUNTERS: readonly string[] = ['건', '명', '개', '번', '배', '곳', '대'];

/**
 * "Not even one" in Chinese, Japanese and Korean: one with its counter and the particle of "even" ("一件も", "한 번도"),
 * or "not once" told with the verb of occurring ("没有出现过一次"), and zero before a noun of harm ("零故障"). With a
 * negation after it (Japanese, Korean) or before it (Chinese), it counts the thing to none: a measured result.
 */
export const CJK_NOT_EVEN_ONE = {
  /** Japanese: one (一 or 1) with a counter, then も ("一件も", "一度も", "1回も"). */
  jaCounters: ['件', '度', '回', '人', '名', 'つ', '個', '社', '台', '日'],
  /** Japanese negations read after it, within its clause. */
  jaNegations: ['ない', 'ません', 'なかった', 'なし', 'ゼロ'],
  /** Korean: one (한, 단 한, 1) with a counter, then 도 ("한 번도", "단 한 건도", "하나도"). */
  koCounters: ['번', '건', '명', '곳', '개', '차례'],
  /** Korean negations read after it, within its clause. */
  koNegations: ['않', '없', '못', '안 '],
  /** Chinese: a negation, a verb of occurring, then one with a counter ("没有出现过一次", "未发生一起"). */
  zhNegations: ['没有', '沒有', '没', '沒', '未', '无', '無', '不再'],
  zhCounters: ['次', '起', '例', '件', '个', '個', '单', '單', '笔', '筆'],
  /** Chinese: zero before a noun of harm ("零故障", "零投诉"): not "零售" (retail), "零件" (parts) nor "零基础" (no background). */
  zhZeroHarm: ['故障', '事故', '投诉', '投訴', '缺陷', '宕机', '宕機', '停机', '停機', '差错', '差錯', '错误', '錯誤', '失误', '失誤', '回滚', '回滾', '丢失', '丟失', '延误', '延誤', '逾期', '漏报', '誤報', '误报', '客诉', '客訴', '重大事故', 'bug', 'Bug', 'BUG'],
} as const;

/**
 * Languages that mark a change's start and end with a postposition or a case ending after each amount rather than a
 * preposition before it: Hindi "दो हज़ार से घटकर सात सौ" (from two thousand, falling, to seven hundred), Turkish "on iki
 * dakikadan dört dakikaya" (from twelve minutes to four). `numbers` are the spelled amounts (and the large units
 * after them); `from` is the postposition or ending of the start, `change` the verb forms that may stand between,
 * `to` the ending of the end (empty when the end takes none).
 */
export interface PostpositionalChange {
  numbers: readonly string[];
  from: readonly string[];
  change: readonly string[];
  to: readonly string[];
  /** Whether `from` and `to` are endings written onto the word before them (Turkish) or words of their own (Hindi). */
  suffixed: boolean;
}

export const POSTPOSITIONAL_CHANGES: Readonly<Record<'hi' | 'tr', PostpositionalChange>> = {
  hi: {
    numbers: ['दो', 'तीन', 'चार', 'पाँच', 'पांच', 'छह', 'छः', 'सात', 'आठ', 'नौ', 'दस', 'ग्यारह', 'बारह', 'पंद्रह', 'बीस', 'पच्चीस', 'तीस', 'चालीस', 'पचास', 'साठ', 'सत्तर', 'अस्सी', 'नब्बे', 'सौ', 'हज़ार', 'हजार', 'लाख', 'करोड़', 'आधा', 'आधी', 'आधे', 'शून्य'],
    from: ['से'],
    change: ['घटकर', 'बढ़कर', 'बढकर', 'गिरकर', 'कम होकर', 'घट कर', 'बढ़ कर', 'घटाकर', 'बढ़ाकर', 'बढाकर', 'घटा कर', 'कम करके', 'कम कर के'],
    to: [],
    suffixed: false,
  },
  tr: {
    numbers: ['iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan', 'yüz', 'bin', 'milyon', 'yarım', 'sıfır'],
    from: ['dan', 'den', 'tan', 'ten'],
    change: [],
    to: ['a', 'e', 'ya', 'ye'],
    suffixed: true,
  },
};
