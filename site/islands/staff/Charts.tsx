import { For, Show } from 'solid-js';
import { barLayout, histogramLayout } from './chartGeometry.ts';

// SVG charts drawn from chartGeometry.ts, sized in rem so they grow with 关怀版. Each one is a picture summed up in
// its region's label (the drawing itself is hidden from screen readers); the figures are in the table that follows it.

/** SVG units per rem: text sizes stay in ordinary pixels (no browser minimum font size bumps them). */
const U = 16;
const size = (w: number, h: number) => ({ viewBox: `0 0 ${w * U} ${h * U}`, style: { width: `${w}rem`, height: `${h}rem` } });

export function BarChart(props: { label: string; rows: { label: string; value: number }[] }) {
  const layout = () => barLayout(props.rows);
  return (
    <div class="chart-wrap" role="region" aria-label={props.label} tabindex="0">
      <svg class="chart" aria-hidden="true" {...size(layout().width, layout().height)}>
        <For each={layout().bars}>
          {(bar) => (
            <g>
              <text x={U * (layout().barX - 0.5)} y={U * (bar.y + layout().rowHeight / 2)} text-anchor="end" dominant-baseline="central" class="chart-label">{bar.label}</text>
              <Show when={bar.length > 0}>
                <rect x={U * (layout().barX)} y={U * (bar.y + 0.3)} width={U * (bar.length)} height={U * (layout().rowHeight - 0.6)} class="chart-bar" />
              </Show>
              <text x={U * (layout().barX + bar.length + 0.4)} y={U * (bar.y + layout().rowHeight / 2)} dominant-baseline="central" class="chart-value">{bar.value}</text>
            </g>
          )}
        </For>
      </svg>
    </div>
  );
}

export function Histogram(props: { label: string; bins: { from: number; to: number; count: number }[]; limit?: number; limitLabel?: string; axisLabel: string }) {
  const layout = () => histogramLayout(props.bins, props.limit);
  return (
    <div class="chart-wrap" role="region" aria-label={props.label} tabindex="0">
      <svg class="chart" aria-hidden="true" {...size(layout().width, layout().height)}>
        <For each={layout().ticks}>
          {(tick) => (
            <g>
              <line x1={U * (2.8)} x2={U * (layout().width - 0.5)} y1={U * (tick.y)} y2={U * (tick.y)} class="chart-grid" />
              <text x={U * (2.5)} y={U * (tick.y)} text-anchor="end" dominant-baseline="central">{tick.value}</text>
            </g>
          )}
        </For>
        <For each={layout().columns}>
          {(col) => (
            <g>
              <rect x={U * (col.x)} y={U * (col.y)} width={U * (col.width)} height={U * (layout().baseline - col.y)} class={col.pastLimit ? 'chart-bar chart-bar-late' : 'chart-bar'} />
              <Show when={col.value > 0}>
                <text x={U * (col.x + col.width / 2)} y={U * (col.y - 0.3)} text-anchor="middle">{col.value}</text>
              </Show>
              <text x={U * (col.x + col.width / 2)} y={U * (layout().baseline + 1)} text-anchor="middle">{col.label}</text>
            </g>
          )}
        </For>
        <text x={U * (layout().width / 2)} y={U * (layout().height - 0.4)} text-anchor="middle">{props.axisLabel}</text>
        <Show when={layout().limitX !== undefined}>
          <line x1={U * layout().limitX!} x2={U * layout().limitX!} y1={U * (1.6)} y2={U * (layout().baseline)} class="chart-limit" />
          <text x={U * (Math.min(layout().limitX!, layout().width - 12))} y={U * (1.1)} class="chart-limit-label">{props.limitLabel}</text>
        </Show>
      </svg>
    </div>
  );
}
