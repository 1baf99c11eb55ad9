import { onMount } from 'solid-js';
import type { Message } from './validate.ts';

interface Props {
  savedAt: string;
  s: Message;
  onResume: () => void;
  onDiscard: () => void;
}

// 继续上次填写: a saved draft is offered first; discarding it removes it from this browser.
export default function DraftPrompt(props: Props) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const when = () => new Date(props.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="draft-prompt" aria-labelledby="draft-prompt-title">
      <h2 id="draft-prompt-title" tabindex="-1" ref={heading}>{props.s('draft.title')}</h2>
      <p>{props.s('draft.saved', { when: when() })}</p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => props.onResume()}>{props.s('draft.resume')}</button>
        <button type="button" class="secondary" onClick={() => props.onDiscard()}>{props.s('draft.discard')}</button>
      </div>
    </section>
  );
}
