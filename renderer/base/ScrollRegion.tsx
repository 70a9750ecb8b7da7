// A part of an editor that scrolls on its own (a wide table, an article): it takes keyboard focus,
// so that someone without a mouse can Tab to it and scroll it with the arrow keys (WCAG 2.1.1),
// and it is a named region, so that a screen reader says what was focused.
import type { ReactNode } from 'react';

export function ScrollRegion(props: {
  readonly className: string;
  /** The region's name: the id of its heading, or the text itself. */
  readonly labelledBy?: string;
  readonly label?: string;
  readonly children: ReactNode;
}) {
  return (
    <section
      className={props.className}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus for the keyboard to scroll it
      tabIndex={0}
      aria-labelledby={props.labelledBy}
      aria-label={props.labelledBy ? undefined : props.label}
    >
      {props.children}
    </section>
  );
}
