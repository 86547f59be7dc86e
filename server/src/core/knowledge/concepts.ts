// How a question of knowledge is put: what a thing is, what it is for, how it works, how two things differ ("What is
// DNS?", "Difference between an image and a container", "什么是闭包", "require와 import의 차이점"). Such a question asks
// the candidate about a subject, not about themselves; its reply is an explanation, not an answer of the behavioral
// interview. Read by parse/segment.ts `asksAboutConcept`. Each form is a regular-expression source, read
// case-insensitively with the `u` flag, on a question with its numbering and markup taken off.

export interface ConceptForms {
  /** The forms a question of knowledge takes in the language. */
  forms: string;
  /**
   * Words that put the question to the candidate or ask about the workplace ("your", "you", "the team"; "你",
   * "지원자"): a question that says one asks about the candidate or the job, not about a subject.
   */
  personal: string;
}

export const CONCEPT_FORMS: Readonly<Record<string, ConceptForms>> = {
  en: {
    forms:
      String.raw`^(?:(?:can|could) you |please )?(?:(?:briefly )?(?:explain|define)\b|what (?:is|are|'s|’s)\b(?! (?:an? )?(?:time|one|something|thing)\b)|what does .{1,60} (?:mean|stand for|do)\b|how (?:does|do) .{1,60} work\b)` +
      String.raw`|\bdifferen(?:ce|ces|t) (?:between|from)\b`,
    personal: String.raw`\b(?:i|me|my|mine|we|us|our|ours|you|your|yours|yourself|candidates?|team|company|role|job|position|interview\p{L}*|manager|boss|colleagues?|career|salary|weakness\p{L}*|strengths?|hobb\p{L}+|success|failure|leadership|teamwork|motivat\p{L}*|here|culture|onboarding|like)\b`,
  },
  es: {
    forms: String.raw`^¿?\s*(?:qu[ée] (?:es|son)\b(?! lo\b)|expli(?:ca|que)\b|defin[ae]\b)|\bdiferencias? entre\b`,
    personal: String.raw`\b(?:tú|tu|tus|te|ti|usted|su|sus|sua|suas|seu|seus|yo|mi|mis|me|nosotros|nuestr[oa]s?|\p{L}+(?:amos|emos|imos)|equipo|empresa|puesto|trabajo)\b`,
  },
  pt: {
    forms: String.raw`^(?:o que (?:é|são)\b|expli(?:que|ca)\b|defin[ae]\b)|\bdiferenças? entre\b`,
    personal: String.raw`\b(?:você|vocês|tu|teu|tua|seu|sua|eu|meu|minha|nós|noss[oa]s?|equipe|empresa|vaga|cargo|trabalho)\b`,
  },
  fr: {
    forms: String.raw`^(?:qu['’]est[- ]ce qu(?:e|['’])|que (?:signifie|veut dire)\b|expliquez\b|définissez\b)|\bdifférences? entre\b`,
    personal: String.raw`\b(?:vous|votre|vos|tu|ton|ta|tes|je|j|moi|mon|ma|mes|nous|notre|nos|équipe|entreprise|poste)\b`,
  },
  de: {
    forms: String.raw`^(?:was (?:ist|sind|bedeutet)\b|erkl(?:ä|ae)ren sie\b|erkl(?:ä|ae)re\b)|\bunterschied(?:e)? zwischen\b`,
    personal: String.raw`\b(?:du|dich|dir|dein\p{L}*|sie|ihr\p{L}*|ich|mich|mir|mein\p{L}*|wir|uns\p{L}*|team|firma|unternehmen|stelle)\b`,
  },
  zh: {
    forms: String.raw`^(?:什么是|什麼是|何为|何謂|简述|簡述|解释一下|解釋一下)|(?:和|与|與|跟|及).{1,30}(?:的)?(?:区别|區別|差异|差異)|(?:的)?(?:原理|实现原理|實現原理)`,
    personal: String.raw`你|您|自己|我|贵司|貴司|公司|团队|團隊|职位|職位|岗位|崗位|面试|面試|缺点|缺點|优点|優點|离职|離職|薪`,
  },
  ja: {
    forms: String.raw`(?<![こもの])(?:とは|って)(?:何|なに|なん)?(?:ですか)?[？?]?$|(?:と|・).{1,30}の違い|の仕組み|を説明してください$`,
    personal: String.raw`あなた|君|自分|私|僕|御社|弊社|会社|チーム|職種|志望|長所|短所|転職`,
  },
  ko: {
    forms: String.raw`(?:이란|란)\s*(?:무엇|뭔가|뭘까|무엇일까)|(?:와|과|랑)\s*.{1,30}(?:의)?\s*차이|에\s*대해(?:서)?\s*설명`,
    personal: String.raw`지원|동기|본인|당신|자신|나는|저는|제가|우리|회사|직무|팀|면접|강점|약점|장점|단점|경험|프로젝트`,
  },
};
