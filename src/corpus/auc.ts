/**
 * Area under the ROC curve: the probability that a positive sample scores
 * higher than a negative one, ties counting one half. 1 is a perfect
 * separation, 0.5 is chance.
 */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN
  const sorted = [...negatives].sort((a, b) => a - b)
  let sum = 0
  for (const score of positives) {
    const lower = count(sorted, (value) => value < score)
    sum += lower + (count(sorted, (value) => value <= score) - lower) / 2
  }

  return sum / (positives.length * negatives.length)
}

/** How many values at the start of a sorted list pass `test` (binary search). */
function count(sorted: readonly number[], test: (value: number) => boolean): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (test(sorted[middle]!)) low = middle + 1
    else high = middle
  }

  return low
}
