// Writes examples/roster.csv: a deterministic HR export for the plain sandbox tenant
// (domain acme.example, domain lock on), with the few bad rows real exports carry.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROSTER_DOMAIN = 'acme.example';
export const ROSTER_SIZE = 200;
/** Seed of the name generator: change it and every row changes. */
const SEED = 20260612;

// None of these appear among the sandbox's seeded learners: every roster row is a new hire.
const FIRST_NAMES = [
	'Noor',
	'Sofia',
	'Kenji',
	'Amara',
	'Mateo',
	'Elena',
	'Tariq',
	'Oliver',
	'Zara',
	'Diego',
	'Ingrid',
	'Kwame',
	'Leila',
	'Rafael',
	'Henrik',
	'Ravi',
	'Yuki',
	'Isla',
	'Greta',
	'Felix',
	'Lucia',
	'Dmitri',
	'Ayla',
	'Marco',
	'Sana',
	'Liam',
	'Hana',
	'Bianca',
	'Emeka',
	'Freya',
	'Idris',
	'Jun',
	'Katya',
	'Malik',
	'Nina',
	'Pablo',
	'Rosa',
	'Soren',
	'Thandi',
	'Wen',
];
const LAST_NAMES = [
	'Pratama',
	'Okafor',
	'Lindqvist',
	'Haddad',
	'Moreau',
	'Tanaka',
	'Mensah',
	'Silva',
	'Sharma',
	'Garcia',
	'Novak',
	'Rahman',
	'Kim',
	'Bennett',
	'Ali',
	'Fernandez',
	'Berg',
	'Osei',
	'Nasser',
	'Fischer',
	'Chen',
	'Costa',
	'Yusuf',
	'Larsen',
	'Dubois',
	'Iyer',
	'Karimi',
	'Horvat',
	'Sato',
	'Petrova',
	'Walker',
	'Murphy',
	'Aziz',
	'Kowalski',
	'Weber',
	'Rossi',
	'Volkov',
	'Demir',
];
const DEPARTMENTS = [
	'Engineering',
	'Sales',
	'Customer Support',
	'Marketing',
	'Finance',
	'Operations',
	'Product',
	'People',
	'Security',
	'Legal',
];
/** Relative department sizes, in DEPARTMENTS order. */
const DEPARTMENT_WEIGHTS = [30, 18, 16, 9, 7, 7, 6, 4, 2, 1];

type Row = {
	employee_id: string;
	first_name: string;
	last_name: string;
	email: string;
	department: string;
	manager_email: string;
	start_date: string;
};

const COLUMNS: Array<keyof Row> = [
	'employee_id',
	'first_name',
	'last_name',
	'email',
	'department',
	'manager_email',
	'start_date',
];

function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pickDepartment(next: () => number): string {
	const total = DEPARTMENT_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
	let ticket = next() * total;
	for (let index = 0; index < DEPARTMENTS.length; index++) {
		ticket -= DEPARTMENT_WEIGHTS[index];
		if (ticket < 0) return DEPARTMENTS[index];
	}
	return DEPARTMENTS[0];
}

export function makeRoster(): Row[] {
	const next = random(SEED);
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
	const usedEmails = new Set<string>();
	const rows: Row[] = [];

	for (let index = 0; index < ROSTER_SIZE; index++) {
		const first = pick(FIRST_NAMES);
		const last = pick(LAST_NAMES);
		const base = `${first}.${last}`.toLowerCase();
		let local = base;
		for (let suffix = 2; usedEmails.has(local); suffix++) local = `${base}${suffix}`;
		usedEmails.add(local);
		const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
		const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
		rows.push({
			employee_id: `EMP-${String(1001 + index)}`,
			first_name: first,
			last_name: last,
			email: `${local}@${ROSTER_DOMAIN}`,
			department: index < DEPARTMENTS.length ? DEPARTMENTS[index] : pickDepartment(next),
			manager_email: '',
			start_date: `${2015 + Math.floor(next() * 11)}-${month}-${day}`,
		});
	}

	// The first employee of each department heads it and reports to the first row (the CEO).
	const heads = new Map<string, string>();
	for (const row of rows) if (!heads.has(row.department)) heads.set(row.department, row.email);
	for (const row of rows) {
		const head = heads.get(row.department) as string;
		row.manager_email =
			row.email === head ? (row.email === rows[0].email ? '' : rows[0].email) : head;
	}

	// The bad rows: a personal address, a missing last name, an email entered twice.
	rows[41].email = `${rows[41].first_name}.${rows[41].last_name}1988@gmail.com`.toLowerCase();
	rows[87].last_name = '';
	rows[153].email = rows[120].email;
	return rows;
}

export function toCsv(rows: Row[]): string {
	const quote = (value: string) =>
		/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
	const lines = [COLUMNS.join(',')];
	for (const row of rows) lines.push(COLUMNS.map((column) => quote(row[column])).join(','));
	return lines.join('\n') + '\n';
}

if (require.main === module) {
	const target = join(__dirname, '..', 'examples', 'roster.csv');
	writeFileSync(target, toCsv(makeRoster()));
	console.log(`Wrote ${target}`);
}
