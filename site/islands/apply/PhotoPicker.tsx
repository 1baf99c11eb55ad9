import { createSignal, For, Show } from 'solid-js';
import Field, { describedBy } from './Field.tsx';
import type { ApiClient, ApiFailure } from './client.ts';
import type { PhotoDraft } from './draft.ts';
import { photoProblem, PHOTO_TYPES, uploadPhoto } from './upload.ts';
import type { Message } from './validate.ts';

interface Props {
  id: string;
  label: string;
  hint: string;
  /** Most photos this picker holds. */
  max: number;
  photos: readonly PhotoDraft[];
  onAdd: (photo: PhotoDraft) => void;
  onRemove: (uploadId: string) => void;
  client: ApiClient;
  lang: string;
  s: Message;
  error?: string | undefined;
  /** Told of every photo being sent, so the form can wait for it before moving on. */
  track?: ((upload: Promise<unknown>) => void) | undefined;
}

interface Sending {
  key: number;
  name: string;
  share: number;
  problem?: string;
}

/** Progress in whole percent, as the words say it. */
const percentOf = (share: number) => Math.floor(share * 100);
/** Screen readers hear the progress only at these steps, not at every event. */
const ANNOUNCE_EVERY_PERCENT = 25;

// Photos from the camera or the album: checked here (type, size, count), sent one by one with a bar and the words.
export default function PhotoPicker(props: Props) {
  const [sending, setSending] = createSignal<Sending[]>([]);
  const [status, setStatus] = createSignal('');
  let next = 0;
  const update = (key: number, patch: Partial<Sending>) => setSending((list) => list.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  const send = async (file: File) => {
    const key = next++;
    const problem = photoProblem(file);
    setSending((list) => [...list, { key, name: file.name, share: 0, ...(problem ? { problem: props.s(problem, { name: file.name }) } : {}) }]);
    if (problem) return;
    setStatus(props.s('upload.percentOf', { name: file.name, percent: 0 }));
    let announced = 0;
    const onProgress = (share: number) => {
      update(key, { share });
      const step = percentOf(share) - (percentOf(share) % ANNOUNCE_EVERY_PERCENT);
      if (step > announced && share < 1) setStatus(props.s('upload.percentOf', { name: file.name, percent: (announced = step) }));
    };
    try {
      const upload = uploadPhoto(props.client, props.lang, file, onProgress, props.s('upload.failed'));
      props.track?.(upload);
      const answer = await upload;
      setSending((list) => list.filter((x) => x.key !== key));
      props.onAdd({ uploadId: answer.uploadId, name: file.name });
      setStatus(props.s('upload.done', { name: file.name }));
    } catch (failure) {
      update(key, { problem: `${file.name}：${(failure as ApiFailure).message}` });
    }
  };

  const choose = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    const room = props.max - props.photos.length - sending().filter((x) => !x.problem).length;
    if (files.length > room) setStatus(props.s('upload.tooMany', { max: props.max }));
    for (const file of files.slice(0, Math.max(room, 0))) void send(file);
  };

  return (
    <div class="photo-picker">
      <Field id={props.id} label={props.label} hint={props.hint} error={props.error} errorPrefix={props.s('error.prefix')}>
        <input type="file" id={props.id} accept={PHOTO_TYPES.join(',')} multiple={props.max > 1}
          aria-describedby={describedBy(props.id, props.hint, props.error)} disabled={props.photos.length >= props.max}
          onChange={(e) => choose(e.currentTarget)} />
      </Field>
      <p class="visually-hidden" role="status">{status()}</p>
      <Show when={props.photos.length + sending().length > 0}>
        <ul class="upload-list" aria-label={props.label}>
          <For each={props.photos}>
            {(p) => (
              <li>
                <span class="upload-name">{p.name} <span class="muted">{props.s('upload.sent')}</span></span>
                <button type="button" class="secondary" onClick={() => {
                  props.onRemove(p.uploadId);
                  setStatus(props.s('upload.removed', { name: p.name }));
                  document.getElementById(props.id)?.focus();
                }}>{props.s('upload.remove')}<span class="visually-hidden">{p.name}</span></button>
              </li>
            )}
          </For>
          <For each={sending()}>
            {(x) => (
              <li>
                <span class="upload-name">{x.name}</span>
                <Show when={x.problem} fallback={<>
                  <progress max="1" value={x.share} aria-label={props.s('upload.progress', { name: x.name })} />
                  <span class="upload-percent">{x.share < 1 ? props.s('upload.percent', { percent: percentOf(x.share) }) : props.s('upload.processing')}</span>
                </>}>
                  <span class="error-message" role="alert">{x.problem}</span>
                  <button type="button" class="secondary" onClick={() => setSending((list) => list.filter((y) => y.key !== x.key))}>
                    {props.s('upload.dismiss')}<span class="visually-hidden">{x.name}</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
