import { createHash } from 'crypto';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
