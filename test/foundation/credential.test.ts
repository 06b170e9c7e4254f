import { testCredential } from '../harness/credentialTest';
import { startRecordingServer } from '../harness/recordingServer';

const GOOD_KEY = 'sm_test_good_key';

describe('SiberMate API credential test', () => {
	let server: Awaited<ReturnType<typeof startRecordingServer>>;

	beforeAll(async () => {
		server = await startRecordingServer((request) =>
			request.headers.authorization === `Bearer ${GOOD_KEY}`
				? { status: 200, body: { data: { id: 'company_1', name: 'Acme' } } }
				: { status: 401, body: { error: { code: 'unauthorized', message: 'Invalid API key' } } },
		);
	});

	afterAll(async () => await server.close());

	beforeEach(() => server.requests.splice(0));

	it('accepts a valid key by reading the organization profile', async () => {
		const result = await testCredential({ apiKey: GOOD_KEY, baseUrl: `${server.origin}/v1` });

		expect(result).toEqual({ status: 'OK', message: 'Connection tested successfully' });
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/v1/company' });
		expect(server.requests[0].headers.authorization).toBe(`Bearer ${GOOD_KEY}`);
	});

	it('rejects a wrong key saying the key is not valid, without echoing it', async () => {
		const result = await testCredential({ apiKey: 'sm_wrong_key', baseUrl: `${server.origin}/v1` });

		expect(result.status).toBe('Error');
		expect(result.message).toBe(
			'The API key is not valid. Copy a current key from the SiberMate dashboard.',
		);
		expect(result.message).not.toContain('sm_wrong_key');
	});

	it('hits the same path whether the base URL ends with a slash or not', async () => {
		await testCredential({ apiKey: GOOD_KEY, baseUrl: `${server.origin}/v1` });
		await testCredential({ apiKey: GOOD_KEY, baseUrl: `${server.origin}/v1/` });
		await testCredential({ apiKey: GOOD_KEY, baseUrl: `${server.origin}/v1//` });

		expect(server.requests.map((request) => request.url)).toEqual([
			'/v1/company',
			'/v1/company',
			'/v1/company',
		]);
	});
});
