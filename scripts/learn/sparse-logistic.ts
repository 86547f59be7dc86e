// The project's one learner: logistic regression over sparse features, trained by AdaGrad with an L2 penalty on the
// weights, in a fixed shuffled order (the same data and settings give the same weights, bit for bit). Binary (one
// weight a feature, the sigmoid) or over several classes (one weight a feature and class, the softmax). Beside it,
// what every training script needs around a learner: leave-one-group-out folds, the lowest threshold that keeps a
// target precision, and a precision/recall table.
//
// Used by scripts/train-flags.ts (the red-flag sentence readers of knowledge/flag-models.ts) and
// scripts/train-kind-model.ts (the measured answer-kind reader).

/**
 * One example's features: names of the features it has (each worth 1), or a map from name to value. A name given
 * twice in a list counts twice.
 */
export type Features = readonly string[] | ReadonlyMap<string, number>;

export interface Example {
  f: Features;
  /** Binary: 1 (or true) for the positive class, 0 (or false) for the negative. Several classes: the class's index. */
  y: number | boolean;
}

export interface LearnOptions {
  /** How many passes over the examples. */
  epochs: number;
  /** AdaGrad's step size. */
  rate: number;
  /** The L2 penalty on the weights (not on the biases). */
  l2: number;
  /** A feature must occur in this many examples to be learned (it is dropped otherwise). */
  minCount: number;
  /** Weights smaller than this in absolute value (for every class) are left out of the model. Default 0. */
  prune?: number;
  /** The seed of the fixed shuffle. */
  seed: number;
  /** What AdaGrad's squared-gradient sums start at (keeps the first step finite). */
  eps: number;
}

export interface BinaryModel {
  bias: number;
  weights: Map<string, number>;
}

export interface MulticlassModel {
  bias: number[];
  /** Feature → one weight per class. */
  weights: Map<string, number[]>;
}

interface Row {
  x: Int32Array;
  /** The features' values; undefined when every value is 1. */
  v: Float64Array | undefined;
  y: number;
}

function entries(f: Features): Iterable<[string, number]> {
  if (Array.isArray(f)) return (f as readonly string[]).map((n): [string, number] => [n, 1]);
  return (f as ReadonlyMap<string, number>).entries();
}

/** Index of the features seen in at least minCount examples, in the order they are first met. */
function indexOf(examples: readonly Example[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const [f] of entries(e.f)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) index.set(f, index.size);
  return index;
}

function rowsOf(examples: readonly Example[], index: ReadonlyMap<string, number>): Row[] {
  return examples.map((e) => {
    const x: number[] = [];
    const v: number[] = [];
    let ones = true;
    for (const [f, val] of entries(e.f)) {
      const k = index.get(f);
      if (k === undefined) continue;
      x.push(k);
      v.push(val);
      if (val !== 1) ones = false;
    }
    return { x: Int32Array.from(x), v: ones ? undefined : Float64Array.from(v), y: Number(e.y) };
  });
}

/** The weights of k outputs (k = 1: binary, by the sigmoid; k > 1: the softmax over k classes). */
function fit(rows: readonly Row[], nFeatures: number, k: number, o: LearnOptions): { w: Float64Array; bias: number[] } {
  const w = new Float64Array(nFeatures * k);
  const g2 = new Float64Array(nFeatures * k).fill(o.eps);
  const bias = new Array<number>(k).fill(0);
  const gb = new Array<number>(k).fill(o.eps);
  let seed = o.seed;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = rows.map((_, i) => i);
  const z = new Array<number>(k).fill(0);
  const grads = new Array<number>(k).fill(0);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { x, v, y } = rows[i];
      for (let c = 0; c < k; c++) {
        let s = bias[c];
        for (let n = 0; n < x.length; n++) s += v ? w[x[n] * k + c] * v[n] : w[x[n] * k + c];
        z[c] = s;
      }
      if (k === 1) grads[0] = 1 / (1 + Math.exp(-z[0])) - y;
      else {
        const m = Math.max(...z);
        const ex = z.map((s) => Math.exp(s - m));
        const sum = ex.reduce((a, b) => a + b, 0);
        for (let c = 0; c < k; c++) grads[c] = ex[c] / sum - (c === y ? 1 : 0);
      }
      for (let c = 0; c < k; c++) {
        const grad = grads[c];
        gb[c] += grad * grad;
        bias[c] -= (o.rate * grad) / Math.sqrt(gb[c]);
        for (let n = 0; n < x.length; n++) {
          const at = x[n] * k + c;
          const gr = (v ? grad * v[n] : grad) + o.l2 * w[at];
          g2[at] += gr * gr;
          w[at] -= (o.rate * gr) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  return { w, bias };
}

/** Binary logistic regression: y is 1 (true) or 0 (false). */
export function trainBinary(examples: readonly Example[], o: LearnOptions): BinaryModel {
  const index = indexOf(examples, o.minCount);
  const { w, bias } = fit(rowsOf(examples, index), index.size, 1, o);
  const weights = new Map<string, number>();
  for (const [f, k] of index) if (Math.abs(w[k]) >= (o.prune ?? 0)) weights.set(f, w[k]);
  return { bias: bias[0], weights };
}

/** Multinomial logistic regression over `classes` classes: y is the class's index. */
export function trainMulticlass(examples: readonly Example[], classes: number, o: LearnOptions): MulticlassModel {
  if (classes < 2) throw new Error('trainMulticlass needs two classes or more (trainBinary learns one output)');
  const index = indexOf(examples, o.minCount);
  const { w, bias } = fit(rowsOf(examples, index), index.size, classes, o);
  const weights = new Map<string, number[]>();
  for (const [f, k] of index) {
    const v = [...w.slice(k * classes, k * classes + classes)];
    if (Math.max(...v.map(Math.abs)) >= (o.prune ?? 0)) weights.set(f, v);
  }
  return { bias, weights };
}

/** A binary model's score (log-odds) of an example's features. */
export function score(m: BinaryModel, f: Features): number {
  let s = m.bias;
  if (Array.isArray(f)) for (const x of f as readonly string[]) s += m.weights.get(x) ?? 0;
  else for (const [x, v] of (f as ReadonlyMap<string, number>).entries()) s += (m.weights.get(x) ?? 0) * v;
  return s;
}

/** A multiclass model's probability of each class. */
export function probabilities(m: MulticlassModel, f: Features): number[] {
  const z = [...m.bias];
  for (const [x, v] of entries(f)) {
    const w = m.weights.get(x);
    if (w) for (let c = 0; c < z.length; c++) z[c] += w[c] * v;
  }
  const top = Math.max(...z);
  const ex = z.map((s) => Math.exp(s - top));
  const sum = ex.reduce((a, b) => a + b, 0);
  return ex.map((e) => e / sum);
}

export interface Fold<T> {
  /** The group left out. */
  group: string;
  /** Every item of the other groups. */
  train: T[];
  /** The items of the group left out. */
  test: T[];
}

/**
 * Leave-one-group-out folds: one a group (in the order of `groups`, else sorted), each training on every other group
 * and testing on the one left out, so no group is ever on both sides.
 */
export function leaveOneGroupOut<T>(items: readonly T[], groupOf: (item: T) => string, groups?: readonly string[]): Fold<T>[] {
  const names = groups ?? [...new Set(items.map(groupOf))].sort();
  return names.map((group) => ({ group, train: items.filter((x) => groupOf(x) !== group), test: items.filter((x) => groupOf(x) === group) }));
}

/** A confusion count. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function add(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  into.tn += c.tn;
  return into;
}

/**
 * The threshold to ship: scanning `rows` from the highest threshold down, the lowest one at which the reader's
 * precision is still at least `precision`, stopping at the first row below it once one has passed (a reader that
 * fires on nothing passes no row). Infinity when no row passes.
 */
export function thresholdFor(rows: readonly { t: number; c: Counts }[], precision: number): number {
  let chosen = Infinity;
  for (const { t, c } of [...rows].sort((a, b) => b.t - a.t)) {
    if (c.tp + c.fp > 0 && c.tp >= precision * (c.tp + c.fp)) chosen = t;
    else if (Number.isFinite(chosen)) break;
  }
  return chosen;
}

/** "a/b" as a whole percentage, four characters wide ("   —" when b is 0). */
export const pct = (a: number, b: number): string => (b === 0 ? '   —' : `${Math.round((100 * a) / b)}%`.padStart(4));

/** Precision, recall and errors (false positives and negatives) of a count: "  95%  91%  12". */
export const pr = (c: Counts): string => `${pct(c.tp, c.tp + c.fp)} ${pct(c.tp, c.tp + c.fn)} ${String(c.fp + c.fn).padStart(3)}`;

/**
 * A Markdown table of precision, recall and errors: a row a group (its name, how many items, then one count per
 * reader), and a last row `all` that sums each reader's counts.
 */
export function prTable(readers: readonly string[], rows: readonly { name: string; n: number; counts: readonly Counts[] }[]): string {
  const head = `| fold | stories | ${readers.map((r) => `${r} P R err`).join(' | ')} |`;
  const rule = `|${'---|'.repeat(readers.length + 2)}`;
  const sums = readers.map(() => zero());
  const lines = rows.map((r) => {
    r.counts.forEach((c, i) => add(sums[i], c));
    return `| ${r.name} | ${r.n} | ${r.counts.map(pr).join(' | ')} |`;
  });
  const n = rows.reduce((a, r) => a + r.n, 0);
  return [head, rule, ...lines, `| all | ${n} | ${sums.map(pr).join(' | ')} |`].join('\n');
}
