/**
 * rivalgraph/report/style: colours for terminal reports, on or off.
 *
 * Reports take a `Style` instead of reading the terminal themselves, so the
 * same renderer gives coloured output on a TTY and plain text in a pipe or test.
 */
import pc from 'picocolors';

/** The colour functions a renderer may use. */
export type Style = ReturnType<typeof pc.createColors>;

/** A style with colours enabled or disabled. */
export function createStyle(color: boolean): Style {
  return pc.createColors(color);
}
