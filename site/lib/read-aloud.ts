// Audio made at build time (scripts/build-audio.mjs) for browsers without a voice for the page's language.
export const audioExt = 'mp3';

/** Path of a policy's audio under the base, per the language its text is written in. */
export function audioPath(id: string, textLang: string): string {
  return `audio/${textLang.toLowerCase()}/${id}.${audioExt}`;
}
