import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { Container } from '@n8n/di';
import { BinaryDataConfig, BinaryDataService } from 'n8n-core';
import type { IBinaryData, IDataObject, INodeExecutionData } from 'n8n-workflow';

/** How n8n keeps binary data: in the item as base64 ('default') or in files ('filesystem'). */
export type BinaryMode = 'default' | 'filesystem';

export interface BinaryFile {
	bytes: Buffer;
	/** Omitted: the binary has no file name, as when a node built it from raw bytes. */
	fileName?: string;
	mimeType?: string;
}

export interface BinaryStore {
	mode: BinaryMode;
	/** An input item whose binary property holds the file, stored the way this mode stores it. */
	item(
		file: BinaryFile,
		options?: { property?: string; json?: IDataObject },
	): Promise<INodeExecutionData>;
	/** Back to the default mode; removes the storage folder. */
	close(): Promise<void>;
}

const LOCATION = { type: 'execution', workflowId: 'wf', executionId: 'test-execution' } as const;

async function switchMode(mode: BinaryMode, storagePath: string): Promise<BinaryDataService> {
	const config = Container.get(BinaryDataConfig);
	config.mode = mode;
	config.localStoragePath = storagePath;
	const service = Container.get(BinaryDataService);
	await service.init();
	return service;
}

/**
 * Sets up n8n-core's BinaryDataService (the one `getBinaryDataBuffer` reads through) in the
 * given mode. In 'filesystem' mode items carry only an ID and the bytes live in a temp folder.
 */
export async function useBinaryMode(mode: BinaryMode): Promise<BinaryStore> {
	const storagePath = mkdtempSync(join(tmpdir(), 'sibermate-binary-'));
	const service = await switchMode(mode, storagePath);
	return {
		mode,
		async item(file, options = {}) {
			const metadata: IBinaryData = {
				data: '',
				mimeType: file.mimeType ?? 'application/pdf',
				...(file.fileName !== undefined && {
					fileName: file.fileName,
					fileExtension: file.fileName.split('.').pop(),
				}),
			};
			const binary = await service.store(LOCATION, file.bytes, metadata);
			return { json: options.json ?? {}, binary: { [options.property ?? 'data']: binary } };
		},
		async close() {
			await switchMode('default', storagePath);
			rmSync(storagePath, { recursive: true, force: true });
		},
	};
}
