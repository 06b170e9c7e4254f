/** One printed figure: what this package does beside the baseline it is compared with. */
export interface Row {
	section: string;
	measure: string;
	value: string;
	baseline: string;
	ratio: string;
	/** Short: printed in both tables. */
	notes: string;
	/** Long: printed under the terminal table only. */
	detail: string;
}

const COLUMNS: Array<[keyof Row, string]> = [
	['measure', 'measure'],
	['value', 'this package'],
	['baseline', 'baseline'],
	['ratio', 'ratio'],
	['notes', 'notes'],
];

export function row(section: string, measure: string, fields: Partial<Row>): Row {
	return { section, measure, value: '', baseline: '', ratio: '', notes: '', detail: '', ...fields };
}

/** A part that could not be measured still prints, with the reason. */
export function failedRow(section: string, error: unknown): Row {
	const message = error instanceof Error ? error.message : String(error);
	return row(section, 'not measured', { notes: message.split('\n')[0], detail: message });
}

export const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

export const count = (value: number) => Math.round(value).toLocaleString('en-US');

/** `a / b` as `1.04x`; a small ratio also as a fraction (`0.005x = 1/190`). */
export function ratio(a: number, b: number): string {
	if (!(a > 0 && b > 0)) return 'n/a';
	const value = a / b;
	return value < 0.1 ? `${value.toFixed(3)}x = 1/${(b / a).toFixed(0)}` : `${value.toFixed(2)}x`;
}

function sections(rows: Row[]): Map<string, Row[]> {
	const map = new Map<string, Row[]>();
	for (const r of rows) map.set(r.section, [...(map.get(r.section) ?? []), r]);
	return map;
}

/** Plain-text table for the terminal, one block per section, then each row's details. */
export function textTable(rows: Row[]): string {
	const widths = COLUMNS.map(([key, title]) =>
		Math.max(title.length, ...rows.map((r) => r[key].length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]))
			.join(' | ')
			.trimEnd();
	const out = [line(COLUMNS.map(([, title]) => title))];
	for (const [section, list] of sections(rows)) {
		out.push(widths.map((w) => '-'.repeat(w)).join('-|-'), `[${section}]`);
		for (const r of list) out.push(line(COLUMNS.map(([key]) => r[key])));
	}
	out.push('', 'Details:');
	for (const r of rows.filter((r) => r.detail)) out.push(`- ${r.measure}: ${r.detail}`);
	return out.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The same figures as a GitHub markdown table, for the README's Performance section. */
export function markdownTable(rows: Row[]): string {
	const out = [
		`| ${COLUMNS.map(([, title]) => title).join(' | ')} |`,
		`| ${COLUMNS.map(() => '---').join(' | ')} |`,
	];
	for (const [section, list] of sections(rows)) {
		out.push(`| **${cell(section)}** | | | | |`);
		for (const r of list) out.push(`| ${COLUMNS.map(([key]) => cell(r[key])).join(' | ')} |`);
	}
	return out.join('\n');
}
