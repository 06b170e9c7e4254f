import { buildPdf, type PdfVersion } from '../../fixtures/pdf/build';

/** Checks what a PDF reader relies on: header, object offsets in the xref table, startxref. */
function structure(pdf: Buffer) {
	const text = pdf.toString('latin1');
	const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
	const table = /^xref\n0 (\d+)\n/.exec(text.slice(startxref));
	const count = Number(table?.[1]);
	const entries = text
		.slice(startxref + (table?.[0].length ?? 0))
		.match(/.{20}/gs)
		?.slice(0, count);
	const objectsAtOffsets = (entries ?? [])
		.slice(1)
		.map((entry, index) => text.startsWith(`${index + 1} 0 obj\n`, Number(entry.slice(0, 10))));
	const streamLengthsMatch = [...text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)].map((match) =>
		text.slice(match.index + match[0].length + Number(match[1])).startsWith('\nendstream'),
	);
	return { header: text.slice(0, 9), objectsAtOffsets, streamLengthsMatch };
}

describe('PDF fixture builder', () => {
	it.each<PdfVersion>(['1.4', '1.7', '2.0'])('writes a well-formed PDF %s', (version) => {
		const { header, objectsAtOffsets, streamLengthsMatch } = structure(buildPdf({ version }));

		expect(header).toBe(`%PDF-${version}\n`);
		expect(objectsAtOffsets).toEqual([true, true, true, true, true]);
		expect(streamLengthsMatch).toEqual([true]);
	});

	it('pads to an exact size and stays well-formed', () => {
		const pdf = buildPdf({ version: '1.7', totalBytes: 100_000 });
		const { objectsAtOffsets, streamLengthsMatch } = structure(pdf);

		expect(pdf.length).toBe(100_000);
		expect(objectsAtOffsets).toEqual([true, true, true, true, true, true]);
		expect(streamLengthsMatch).toEqual([true, true]);
	});
});
