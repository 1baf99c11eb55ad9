import PhotoPicker from '../PhotoPicker.tsx';
import { errorOf, useApply } from '../context.ts';
import { PHOTOS_PER_CLAIM } from '../upload.ts';
import Heading from './Heading.tsx';

export default function DocumentsScreen() {
  const a = useApply();
  const room = () => PHOTOS_PER_CLAIM - (a.draft.authorisation.photo ? 1 : 0);
  return (
    <>
      <Heading>{a.s('documents.question')}</Heading>
      <p>{a.s('documents.what')}</p>
      <PhotoPicker id="apply-photos" label={a.s('documents.label')} hint={a.s('documents.hint', { max: room() })} max={room()}
        photos={a.draft.photos} client={a.client} lang={a.lang} s={a.s} track={a.uploads.track} error={errorOf(a, 'apply-photos')}
        onAdd={(p) => a.set('photos', (list) => [...list, p])} onRemove={(id) => a.set('photos', (list) => list.filter((p) => p.uploadId !== id))} />
    </>
  );
}
