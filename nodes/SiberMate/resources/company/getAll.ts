import type { INodeProperties } from 'n8n-workflow';

import { getManyFields, showFor } from '../../shared';

export const getAllFields: INodeProperties[] = getManyFields(showFor('company', ['getAll']));
