import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { EXAMPLES_DIR } from '../examples';

export type RosterRow = Record<
	| 'employee_id'
	| 'first_name'
	| 'last_name'
	| 'email'
	| 'department'
	| 'manager_email'
	| 'start_date',
	string
>;

/** The rows of examples/roster.csv, as a spreadsheet read (or Extract From File) yields them. */
export function readRoster(): RosterRow[] {
	const [header, ...lines] = readFileSync(join(EXAMPLES_DIR, 'roster.csv'), 'utf8')
		.trim()
		.split('\n');
	if (header.includes('"') || lines.some((line) => line.includes('"'))) {
		throw new Error('roster.csv now quotes values: parse it with a real CSV parser');
	}
	const columns = header.split(',');
	return lines.map(
		(line) =>
			Object.fromEntries(
				line.split(',').map((value, index) => [columns[index], value]),
			) as RosterRow,
	);
}

/** The bad rows make-roster.ts plants, and why the workflow must reject each. */
export const EXPECTED_REJECTIONS = [
	{ employeeId: 'EMP-1042', code: 'free_email_domain' },
	{ employeeId: 'EMP-1088', code: 'missing_last_name' },
	{ employeeId: 'EMP-1154', code: 'duplicate_in_input' },
];

/** Rows that should become learners: the rejected ones left out. */
export function validRows(rows: RosterRow[]): RosterRow[] {
	const rejected = new Set(EXPECTED_REJECTIONS.map((row) => row.employeeId));
	return rows.filter((row) => !rejected.has(row.employee_id));
}
