import { createSignal, For, Show } from 'solid-js';
import PhotoPicker from '../apply/PhotoPicker.tsx';
import { failureOf, type ApiClient } from '../apply/client.ts';
import type { PhotoDraft } from '../apply/draft.ts';
import { PHOTOS_PER_CLAIM } from '../apply/upload.ts';
import type { Message } from '../apply/validate.ts';
import type { CaseView } from './types.ts';

interface Props {
  supplement: NonNullable<CaseView['supplement']>;
  accessToken: string;
  client: ApiClient;
  lang: string;
  s: Message;
  onSent: (uploadedIds: string[]) => void;
}

// 需补正: the list of what is missing, told once in full, and the photos for it uploaded right here.
export default function Supplement(props: Props) {
  const [photos, setPhotos] = createSignal<PhotoDraft[]>([]);
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [sending, setSending] = createSignal(false);
  const send = async () => {
    if (sending()) return;
    if (photos().length === 0) return void setError(props.s('supplement.none'));
    setSending(true);
    setError(undefined);
    try {
      const response = await props.client.api.cases.supplement.$post({ json: { uploadIds: photos().map((p) => p.uploadId) }, header: { authorization: `Bearer ${props.accessToken}` } });
      if (response.status === 200) {
        const answer = (await response.json()) as { uploadedIds: string[] };
        setPhotos([]);
        setMessage(props.s('supplement.done', { count: answer.uploadedIds.length }));
        props.onSent(answer.uploadedIds);
      } else setError((await failureOf(response, props.s('error.network'))).message);
    } catch {
      setError(props.s('error.network'));
    } finally {
      setSending(false);
    }
  };
  return (
    <section aria-labelledby="supplement-title" class="note">
      <h2 id="supplement-title">{props.s('supplement.title')}</h2>
      <p>{props.s('supplement.lead')}</p>
      <ul><For each={props.supplement.items}>{(item) => <li>{item}</li>}</For></ul>
      <Show when={props.supplement.uploadedIds.length > 0}><p>{props.s('supplement.sent', { count: props.supplement.uploadedIds.length })}</p></Show>
      <PhotoPicker id="supplement-photos" label={props.s('supplement.label')} hint={props.s('supplement.hint')} max={PHOTOS_PER_CLAIM}
        photos={photos()} client={props.client} lang={props.lang} s={props.s} error={error()}
        onAdd={(p) => setPhotos((list) => [...list, p])} onRemove={(id) => setPhotos((list) => list.filter((p) => p.uploadId !== id))} />
      <div class="button-row">
        <button type="button" class="primary" aria-disabled={sending() ? 'true' : undefined} onClick={() => void send()}>{props.s('supplement.submit')}</button>
      </div>
      <p role="status" class="supplement-status">{message()}</p>
    </section>
  );
}
