// The tagger's language model, read without wink-eng-lite-web-model's deep copy of its core.
//
// The model package's `core()` (dist/read-core-model.js) starts with `JSON.parse(JSON.stringify(model))` of the
// whole 3 MB core JSON, so that each wink engine gets its own copy to decode into. Almost all of that copy is three
// pieces that are never written to afterwards: the lexicon and the expansions (base64 strings, replaced by typed
// arrays in the copy) and the list of 87,593 lexemes (which the engine only appends to). Copying them cost about
// 135 ms of CPU in every process and worker that reads a story (the CLI, the language server, each analysis worker).
// `coreModel` makes the same object with those three read from the original (the lexeme list copied with `slice`,
// so an engine's appends stay its own) and everything else deep-copied as before. test/unit/nlp-model.test.ts checks
// the result equal to the package's own `core()`, field by field.

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface CoreJson {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  [key: string]: unknown;
}

/** The package's model functions: `core` reads the core model, the others the pipes' models. */
export type WinkModel = Record<string, unknown> & { core: () => unknown };

function bytesOfBase64(data: string): ArrayBuffer {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k++) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/**
 * The core model as the package's `core()` gives it (read-core-model.js, then load-core-model.js), from the core
 * JSON `original`, which is left unchanged.
 */
export function coreModel(original: CoreJson): unknown {
  // Everything but the three large pieces, deep-copied as the package does.
  const { lexicon, xpansions, features, ...rest } = original;
  const { lexeme, ...otherFeatures } = features;
  const { list: lexemes, ...lexemeRest } = lexeme;
  const copy = JSON.parse(JSON.stringify({ ...rest, features: { ...otherFeatures, lexeme: lexemeRest } })) as CoreJson;
  // The same key order as the package's copy (JSON.parse keeps the original's), so the objects match exactly.
  const model = {} as CoreJson;
  for (const key of Object.keys(original)) {
    if (key === 'lexicon') model.lexicon = new Uint32Array(bytesOfBase64(lexicon as string));
    else if (key === 'xpansions') model.xpansions = new Uint32Array(bytesOfBase64(xpansions as string));
    else if (key === 'features') {
      const out = {} as CoreJson['features'];
      for (const f of Object.keys(features)) {
        if (f === 'lexeme') {
          const l = {} as Feature;
          for (const k of Object.keys(lexeme)) (l as unknown as Record<string, unknown>)[k] = k === 'list' ? lexemes.slice() : (copy.features.lexeme as unknown as Record<string, unknown>)[k];
          out.lexeme = l;
        } else out[f] = copy.features[f];
      }
      model.features = out;
    } else model[key] = copy[key];
  }
  // read-core-model.js
  const { packing, features: featuresData, pos } = model;
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      const hash = Object.create(null) as Record<string, number>;
      const list = featuresData[f].list;
      for (let k = 0; k < list.length; k++) hash[list[k]] = k;
      featuresData[f].hash = hash;
    }
  }
  const lexemeHash = Object.create(null) as Record<string, number>;
  const lexemeList = featuresData.lexeme.list;
  for (let k = 0; k < lexemeList.length; k++) lexemeHash[lexemeList[k]] = k;
  featuresData.lexeme.hash = lexemeHash;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].intrinsicSize = featuresData[f].list.length;
      featuresData[f].index = featuresData[f].list.length;
      featuresData[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  featuresData.lexeme.intrinsicSize = featuresData.lexeme.list.length;
  featuresData.lexeme.index = featuresData.lexeme.list.length;
  return model;
}

let winkModel: WinkModel | undefined;

/** The model package with `core` reading as above; everything else is the package's own. */
export function readWinkModel(): WinkModel {
  if (!winkModel) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const base = require('wink-eng-lite-web-model') as WinkModel;
    const original = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as CoreJson;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const model = Object.create(null) as WinkModel;
    for (const key of Object.keys(base)) model[key] = base[key];
    model.core = () => coreModel(original);
    winkModel = model;
  }
  return winkModel;
}
