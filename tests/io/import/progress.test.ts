import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/io/import/progress.js';

describe('progress bar', () => {
  it('draws on a terminal and clears its line at the end', () => {
    let out = '';
    const bar = progressBar({ isTTY: true, write: (s: string) => (out += s) }, 'import gdelt');
    bar.update(50e6, 100e6);
    bar.update(100e6, 100e6);
    bar.done();
    expect(out).toContain('import gdelt [###############...............]  50%  50.0/100.0 MB');
    expect(out).toContain('100%');
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal', () => {
    let out = '';
    const bar = progressBar({ isTTY: false, write: (s: string) => (out += s) }, 'x');
    bar.update(1, 2);
    bar.done();
    expect(out).toBe('');
  });
});
