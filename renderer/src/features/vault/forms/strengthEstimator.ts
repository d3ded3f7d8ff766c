/**
 * The passphrase strength estimator (zxcvbn-ts), loaded only when a screen that chooses a passphrase opens:
 * its dictionaries are large and stay out of the start-up bundle. Wrapped here so no other module imports
 * the library.
 */

/** Score 0-4 and the estimator's warning key (null when it has none). */
export interface StrengthEstimate {
  score: number;
  warning: string | null;
}

export type EstimateStrength = (passphrase: string, userInputs: readonly string[]) => StrengthEstimate;

/** zxcvbn-ts looks at this many characters at most; longer passphrases are long enough anyway. */
const MAX_CHECKED_LENGTH = 256;

let loading: Promise<EstimateStrength> | undefined;
let loaded: EstimateStrength | undefined;

async function load(): Promise<EstimateStrength> {
  const [core, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const factory = new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    useLevenshteinDistance: true,
  });
  return (passphrase, userInputs) => {
    const result = factory.check(passphrase.slice(0, MAX_CHECKED_LENGTH), [...userInputs]);
    return { score: result.score, warning: result.feedback.warning };
  };
}

/** Loads the estimator once; a failed load is tried again next time. */
export function loadStrengthEstimator(): Promise<EstimateStrength> {
  loading ??= load().then(
    (estimate) => (loaded = estimate),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The estimator if it has loaded already (the strength advice loads it as a form opens), else undefined. */
export function loadedStrengthEstimator(): EstimateStrength | undefined {
  return loaded;
}
