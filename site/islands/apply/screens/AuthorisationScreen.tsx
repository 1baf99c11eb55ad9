import PhotoPicker from '../PhotoPicker.tsx';
import { TextInput } from '../inputs.tsx';
import { errorOf, useApply } from '../context.ts';
import Heading from './Heading.tsx';

// 代办: the photo of the resident's signed written authorisation and the date it was signed.
export default function AuthorisationScreen() {
  const a = useApply();
  const photo = () => a.draft.authorisation.photo;
  return (
    <>
      <Heading>{a.s('authorisation.question')}</Heading>
      <p>{a.s('authorisation.what')}</p>
      <PhotoPicker id="apply-authorisation-photo" label={a.s('authorisation.photo')} hint={a.s('authorisation.photoHint')} max={1}
        photos={photo() ? [photo()!] : []} client={a.client} lang={a.lang} s={a.s} track={a.uploads.track} error={errorOf(a, 'apply-authorisation-photo')}
        onAdd={(p) => a.set('authorisation', 'photo', p)} onRemove={() => a.set('authorisation', { photo: undefined })} />
      <TextInput id="apply-authorisation-date" type="date" class="input-medium" label={a.s('authorisation.date')} hint={a.s('authorisation.dateHint')}
        value={a.draft.authorisation.signedOn} onInput={(v) => a.set('authorisation', 'signedOn', v)} />
    </>
  );
}
