export function median(values: number[]): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `median (min..max)` of a few runs, rounded. */
export function spread(values: number[], unit = ''): string {
	const round = (n: number) => Math.round(n).toLocaleString('en-US');
	return `${round(median(values))}${unit} (${round(Math.min(...values))}..${round(Math.max(...values))})`;
}

/** Milliseconds since `started` (from process.hrtime.bigint()). */
export const elapsedMs = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;
