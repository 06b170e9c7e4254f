import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { makePolicyPdf } from '../../scripts/make-policy-pdf';
import { makeRoster, toCsv } from '../../scripts/make-roster';

const examples = join(__dirname, '..', '..', 'examples');

describe('committed example files', () => {
	it('roster.csv is exactly what scripts/make-roster.ts generates', () => {
		expect(readFileSync(join(examples, 'roster.csv'), 'utf8')).toBe(toCsv(makeRoster()));
	});

	it('acceptable-use-policy.pdf is exactly what scripts/make-policy-pdf.ts generates', () => {
		expect(readFileSync(join(examples, 'acceptable-use-policy.pdf')).equals(makePolicyPdf())).toBe(
			true,
		);
	});

	it('the roster has 200 work addresses and exactly the three planted bad rows', () => {
		const rows = makeRoster();
		const emails = rows.map((row) => row.email);

		expect(rows).toHaveLength(200);
		expect(rows.filter((row) => !row.email.endsWith('@acme.example'))).toEqual([
			expect.objectContaining({ employee_id: 'EMP-1042', email: 'elena.nasser1988@gmail.com' }),
		]);
		expect(rows.filter((row) => row.last_name === '').map((row) => row.employee_id)).toEqual([
			'EMP-1088',
		]);
		expect(emails.filter((email, index) => emails.indexOf(email) !== index)).toEqual([
			'oliver.kowalski@acme.example',
		]);
	});
});
