import * as sandbox from '../../../sandbox/assumptions';
import { POLICY_ACTIONS } from '../../../nodes/SiberMate/resources/policy/fields';
import {
	MAX_POLICY_PDF_BYTES,
	UPLOAD_FILE_KEY_FIELD,
} from '../../../nodes/SiberMate/resources/policy/pdf';

/** The node and the sandbox fill the same gaps of the API reference the same way. */
describe('policy assumptions shared with the sandbox', () => {
	it('offers the sandbox’s policy actions', () => {
		expect(POLICY_ACTIONS.map((option) => option.value).sort()).toEqual(
			[...sandbox.POLICY_ACTIONS].sort(),
		);
	});

	it('reads the file key field and enforces the size limit the sandbox uses', () => {
		expect(UPLOAD_FILE_KEY_FIELD).toBe(sandbox.UPLOAD_FILE_KEY_FIELD);
		expect(MAX_POLICY_PDF_BYTES).toBe(sandbox.MAX_POLICY_PDF_BYTES);
	});
});
