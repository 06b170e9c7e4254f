// Writes examples/acceptable-use-policy.pdf: a small, valid one-page PDF policy that the
// onboarding example uploads. Deterministic (no dates, no IDs), so the committed file is stable.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TITLE = 'Acme Acceptable Use Policy';
const LINES = [
	'Version 1.0 - applies to every employee and contractor of Acme.',
	'',
	'1. Company devices and accounts are for work. Keep personal use light and lawful.',
	'2. Never share passwords or MFA codes, not even with IT. IT will never ask for them.',
	'3. Lock your screen whenever you leave your desk.',
	'4. Report suspicious emails with the Report Phishing button, then delete them.',
	'5. Store customer data only in approved systems; never in personal cloud storage.',
	'6. Install software only from the company portal.',
	'7. Report lost devices and security incidents to security@acme.example at once.',
	'',
	'By acknowledging this policy you confirm that you have read and will follow it.',
];

function escapeText(text: string): string {
	return text.replace(/[\\()]/g, (char) => `\\${char}`);
}

export function makePolicyPdf(): Buffer {
	const content = [
		'BT',
		'/F1 18 Tf',
		'72 760 Td',
		`(${escapeText(TITLE)}) Tj`,
		'/F1 11 Tf',
		'0 -32 Td',
		...LINES.flatMap((line) => [`(${escapeText(line)}) Tj`, '0 -18 Td']),
		'ET',
	].join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
		`<< /Title (${escapeText(TITLE)}) /Producer (n8n-nodes-sibermate examples) >>`,
	];

	let pdf = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, index) => {
		offsets.push(Buffer.byteLength(pdf, 'latin1'));
		pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(pdf, 'latin1');
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(pdf, 'latin1');
}

if (require.main === module) {
	const target = join(__dirname, '..', 'examples', 'acceptable-use-policy.pdf');
	writeFileSync(target, makePolicyPdf());
	console.log(`Wrote ${target}`);
}
