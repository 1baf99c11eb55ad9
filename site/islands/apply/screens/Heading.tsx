import type { JSX } from 'solid-js';

// The screen's question; takes focus when the screen appears, so a screen reader starts there.
export default function Heading(props: { children: JSX.Element }) {
  return <h1 class="screen-heading" tabindex="-1">{props.children}</h1>;
}
