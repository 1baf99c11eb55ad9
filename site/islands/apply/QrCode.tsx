import { qrDrawing } from '../../lib/qr.ts';

// A QR code drawn as one SVG path (no inline styles, so the page's CSP stays strict); quiet zone of 4 modules.
export default function QrCode(props: { text: string; label: string }) {
  const { size, path } = qrDrawing(props.text);
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={props.label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
