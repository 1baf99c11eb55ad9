// A card being laid flat on a reader, drawn in outline (no inline styles: the page's CSP stays strict).
export default function CardOnReader(props: { label: string }) {
  return (
    <svg class="kiosk-card-picture" viewBox="0 0 240 160" role="img" aria-label={props.label}>
      <rect x="20" y="96" width="200" height="48" rx="10" fill="none" stroke="currentColor" stroke-width="6" />
      <circle cx="196" cy="120" r="7" fill="currentColor" />
      <rect x="50" y="16" width="140" height="88" rx="8" fill="#fff" stroke="currentColor" stroke-width="6" />
      <rect x="64" y="34" width="32" height="40" rx="3" fill="none" stroke="currentColor" stroke-width="4" />
      <path d="M108 40h66M108 56h52M108 72h60M64 88h110" stroke="currentColor" stroke-width="4" />
      <path d="M120 -2v12m-10-8 10 10 10-10" fill="none" stroke="currentColor" stroke-width="5" />
    </svg>
  );
}
