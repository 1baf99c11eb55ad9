// 朗读: the browser's own voice when it has one for the text's language, else the audio made at build time.
export function initReadAloud() {
  const button = document.querySelector<HTMLButtonElement>('[data-read-aloud]');
  const audio = document.querySelector<HTMLAudioElement>('[data-read-audio]');
  const parts = [...document.querySelectorAll<HTMLElement>('[data-read]')];
  if (!button || !audio || parts.length === 0) return;
  const lang = button.dataset.lang ?? 'zh-CN';
  const prefix = lang.slice(0, 2);

  const setPlaying = (on: boolean) => {
    button.setAttribute('aria-pressed', String(on));
    button.querySelector<HTMLElement>('[data-label-start]')!.hidden = on;
    button.querySelector<HTMLElement>('[data-label-stop]')!.hidden = !on;
  };
  const voice = () => globalThis.speechSynthesis?.getVoices().find((v) => v.lang.replace('_', '-').startsWith(prefix));

  audio.addEventListener('ended', () => setPlaying(false));
  audio.addEventListener('pause', () => setPlaying(false));
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-pressed') === 'true') {
      globalThis.speechSynthesis?.cancel();
      audio.pause();
      setPlaying(false);
      return;
    }
    const chosen = voice();
    if (chosen) {
      const utterance = new SpeechSynthesisUtterance(parts.map((p) => p.innerText).join('\n'));
      utterance.voice = chosen;
      utterance.lang = chosen.lang;
      utterance.onend = () => setPlaying(false);
      speechSynthesis.speak(utterance);
      button.dataset.via = 'voice';
    } else {
      void audio.play();
      button.dataset.via = 'audio';
    }
    setPlaying(true);
  });
}
