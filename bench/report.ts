/** One printed figure: what this package does beside the baseline it is compared with. */
export interface Row {
	section: string;
	measure: string;
	value: string;
	baseline: string;
	ratio: string;
	notes: string;
}

const COLUMNS: Array<[keyof Row, string]> = [
	['measure', 'measure'],
	['value', 'this package'],
	['baseline', 'baseline'],
	['ratio', 'ratio'],
	['notes', 'notes'],
];

export function row(section: string, measure: string, fields: Partial<Row>): Row {
	return { section, measure, value: '', baseline: '', ratio: '', notes: '', ...fields };
}

/** A section that could not be measured still prints, with the reason. */
export function failedRow(section: string, error: unknown): Row {
	const message = error instanceof Error ? error.message : String(error);
	return row(section, 'not measured', { notes: message.split('\n')[0] });
}

export const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

export const count = (value: number) => Math.round(value).toLocaleString('en-US');

/** `a / b` as `1.04x`. */
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');

function sections(rows: Row[]): Map<string, Row[]> {
	const map = new Map<string, Row[]>();
	for (const r of rows) map.set(r.section, [...(map.get(r.section) ?? []), r]);
	return map;
}

/** Plain-text table for the terminal, one block per section. */
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
