// Logistic regression, written here rather than taken from a library: it is forty lines, the solver
// needs nothing else from one, and the small ML packages on npm pull in a matrix library for it.
// Deterministic by construction: weights start at zero and full-batch gradient descent visits the rows
// in order, so there is no seed to fix and the same bank always gives the same model.

/** A trained model: weights on standardised features, and the scaling learnt from the training rows. */
export interface LogisticModel {
  weights: number[];
  bias: number;
  means: number[];
  scales: number[];
}

export interface TrainingOptions {
  /** L2 penalty on the weights (not the bias), per row. */
  l2?: number;
  iterations?: number;
  learningRate?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Fits P(label | row) = sigmoid(w · standardised(row) + b) by minimising the penalised log loss. */
export function trainLogistic(rows: readonly number[][], labels: readonly boolean[], { l2 = 0.05, iterations = 500, learningRate = 0.5 }: TrainingOptions = {}): LogisticModel {
  const width = rows[0]?.length ?? 0;
  const means = Array.from({ length: width }, (_, j) => rows.reduce((sum, row) => sum + row[j]!, 0) / Math.max(rows.length, 1));
  const scales = means.map((m, j) => Math.sqrt(rows.reduce((sum, row) => sum + (row[j]! - m) ** 2, 0) / Math.max(rows.length, 1)) || 1);
  const x = rows.map((row) => row.map((value, j) => (value - means[j]!) / scales[j]!));
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  for (let step = 0; step < iterations && rows.length > 0; step++) {
    const gradient = weights.map((w) => l2 * w);
    let biasGradient = 0;
    for (let i = 0; i < x.length; i++) {
      const row = x[i]!;
      let z = bias;
      for (let j = 0; j < width; j++) z += row[j]! * weights[j]!;
      const error = (sigmoid(z) - (labels[i] ? 1 : 0)) / rows.length;
      for (let j = 0; j < width; j++) gradient[j]! += error * row[j]!;
      biasGradient += error;
    }
    for (let j = 0; j < width; j++) weights[j]! -= learningRate * gradient[j]!;
    bias -= learningRate * biasGradient;
  }
  return { weights, bias, means, scales };
}

/** P(label is true) for one row. */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  return sigmoid(model.bias + row.reduce((sum, v, j) => sum + ((v - model.means[j]!) / model.scales[j]!) * model.weights[j]!, 0));
}
