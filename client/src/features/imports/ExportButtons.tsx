import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ExportFormat, type FileResponse } from '../../api';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { download } from './download';

/** "Download CSV" and "Download Excel" for a list page: the list's /export with its filters, saved under the API's file name. */
export function ExportButtons({ file, name, testId }: { file: (format: ExportFormat) => Promise<FileResponse>; name: string; testId: string }) {
  const { t } = useTranslation();
  const save = useMutation({
    mutationFn: async (format: ExportFormat) => download(await file(format), `${name}.${format === ExportFormat.Xlsx ? 'xlsx' : 'csv'}`),
  });
  return (
    <>
      <button type="button" className="secondary" data-testid={`${testId}-csv`} disabled={save.isPending} onClick={() => save.mutate(ExportFormat.Csv)}>{t('imports.exportCsv')}</button>
      <button type="button" className="secondary" data-testid={`${testId}-xlsx`} disabled={save.isPending} onClick={() => save.mutate(ExportFormat.Xlsx)}>{t('imports.exportXlsx')}</button>
      <ProblemAlert error={save.error} />
    </>
  );
}
