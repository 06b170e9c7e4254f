import { showFor, withDisplay } from '../../shared';
import { binaryPropertyField } from './pdfSource';

export const uploadPdfFields = withDisplay(showFor('policy', ['uploadPdf']), [binaryPropertyField]);
