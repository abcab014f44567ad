/**
 * rivalgraph/io/import/progress: a one-line progress bar on stderr, only when it is a terminal.
 */

/** A throttled bar `[#####.....]  45%  112.0/250.0 MB`; `done()` clears the line. */
export function progressBar(stream: { write(s: string): unknown; isTTY?: boolean }, label: string): { update(done: number, total: number): void; done(): void } {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const f = total > 0 ? Math.min(1, done / total) : 0;
      const width = 30;
      const fill = Math.round(f * width);
      stream.write(`\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${String(Math.round(f * 100)).padStart(3)}%  ${(done / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
