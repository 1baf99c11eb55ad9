import { createSignal, For, Show, onMount } from 'solid-js';
import { loadSearch, searchPolicies, type SearchHit } from './search/engine.ts';

interface Props {
  action: string;
  base: string;
  lang: string;
  label: string;
  hint: string;
  button: string;
  strings: { noResults: string; results: string; loading: string; failed: string };
  /** Read the query from the URL and search at once (the search page). */
  fromUrl?: boolean;
  /** Where hits lead instead of the base (the kiosk's own policy pages, e.g. '/kiosk/'). */
  linkBase?: string;
  /** How the box takes text: 'none' on the kiosk, whose on-screen keys type and no system keyboard opens. */
  inputMode?: 'none';
}

// Server-rendered as a plain GET form (works without JS); hydrated on focus to show results as one types.
export default function SearchIsland(props: Props) {
  const [query, setQuery] = createSignal('');
  const [hits, setHits] = createSignal<SearchHit[] | undefined>();
  const [status, setStatus] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const run = async (q: string) => {
    const ticket = ++latest;
    if (!q.trim()) {
      setHits(undefined);
      setStatus('');
      return;
    }
    try {
      const found = await searchPolicies(q, props.base, props.lang);
      if (ticket !== latest) return;
      setHits(found);
      setStatus(found.length ? props.strings.results.replace('{{count}}', String(found.length)) : props.strings.noResults);
    } catch {
      if (ticket === latest) setStatus(props.strings.failed);
    }
  };

  let input!: HTMLInputElement;
  onMount(() => {
    void loadSearch(props.base, props.lang);
    // The box is left uncontrolled: what the resident typed while the island was still loading is kept.
    if (!input.value && props.fromUrl) input.value = new URLSearchParams(location.search).get('q') ?? '';
    if (input.value) onInput(input.value);
  });

  const onInput = (value: string) => {
    setQuery(value);
    clearTimeout(timer);
    timer = setTimeout(() => void run(value), 120);
  };

  return (
    <form class="search" role="search" action={props.action} method="get" onSubmit={(e) => { if (hits()) e.preventDefault(); void run(query()); }}>
      <label for="q">{props.label}</label>
      <input ref={input} id="q" name="q" type="search" onInput={(e) => onInput(e.currentTarget.value)}
        aria-describedby="q-hint" inputmode={props.inputMode} autocomplete="off" enterkeyhint="search" maxlength="100" />
      <button type="submit">{props.button}</button>
      <p id="q-hint" class="muted">{props.hint}</p>
      <p class="visually-hidden" role="status" aria-live="polite">{status()}</p>
      <Show when={hits()}>
        {(list) => (
          <ul class="search-results" aria-label={props.label}>
            <For each={list()}>
              {(hit) => (
                <li>
                  <a href={props.linkBase ? props.linkBase + hit.url.slice(props.base.length) : hit.url}>{hit.title}</a>
                  <p>{hit.summary}</p>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
      <Show when={hits()?.length === 0}>
        <p>{props.strings.noResults}</p>
      </Show>
    </form>
  );
}
