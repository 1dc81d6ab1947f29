/** Saves `text` as a file named `filename` in the browser (a Blob URL clicked through a temporary link). */
export function downloadText(filename: string, text: string, type = 'application/json;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
