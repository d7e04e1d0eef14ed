import type { FileResponse } from '../../api';

/** Saves a file the API answered, under the name it gave. */
export function download(file: FileResponse, fallback: string) {
  const href = URL.createObjectURL(file.data);
  const a = document.createElement('a');
  a.href = href;
  a.download = file.fileName ?? fallback;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
