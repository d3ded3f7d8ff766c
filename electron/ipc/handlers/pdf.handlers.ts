import { PdfExportService, PdfSaveError } from '../../services/pdfExportService';
import { expectAs } from '../ExpectedError';
import type { Handlers } from '../ipcDispatcher';

/** Export to PDF: the page hands over finished HTML; asking where, printing and writing live in the service. */
export function pdfHandlers(pdf: PdfExportService): Pick<Handlers, 'pdf:save' | 'pdf:cancel'> {
  return {
    'pdf:save': (request) => pdf.save(request).catch(expectAs(PdfSaveError, 'NOT_ALLOWED')),
    'pdf:cancel': ({ jobId }) => pdf.cancel(jobId),
  };
}
