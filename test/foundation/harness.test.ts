import { runNode } from '../harness';
import { startRecordingServer } from '../harness/recordingServer';

describe('engine harness', () => {
	it('runs a declarative operation through n8n-core with the Bearer header applied', async () => {
		const server = await startRecordingServer(() => ({
			status: 200,
			body: {
				data: { status: 'ok', service: 'sibermate-api', timestamp: '2026-06-12T09:00:00.000Z' },
			},
		}));
		try {
			const { outputs, error } = await runNode({
				parameters: { resource: 'system', operation: 'checkHealth' },
				credentials: { apiKey: 'sm_harness_key', baseUrl: `${server.origin}/v1/` },
			});

			expect(error).toBeUndefined();
			expect(server.requests).toHaveLength(1);
			expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/v1/health', body: '' });
			expect(server.requests[0].headers.authorization).toBe('Bearer sm_harness_key');
			expect(server.requests[0].headers.accept).toBe('application/json');
			expect(outputs[0].map((item) => item.json)).toEqual([
				{ status: 'ok', service: 'sibermate-api', timestamp: '2026-06-12T09:00:00.000Z' },
			]);
		} finally {
			await server.close();
		}
	});
});
