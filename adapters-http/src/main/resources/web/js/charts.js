// Small SVG charts built element by element (no library, no markup strings): stacked bars by
// category, horizontal bars for one series, and lines. Each chart is a <figure> whose SVG is an
// image with a name and a description, with a legend and the same numbers as a table that screen
// readers always reach and that a button shows on screen. A chart draws itself at its frame's width
// in pixels (so text keeps its size on a phone) and again when that width changes.
//
// A chart's spec: { name (its data-chart), title, description, categoryHeader (the table's first
// column), categories: [{ key, label }], series: [{ key, label, values (one per category; null for
// none), tone (colour 0–5, by default its index), dashed }], formatValue(value), formatTick(value) }.
import { h, uniqueId } from './dom.js';
import { register, t } from './i18n.js';
import dictionary from './i18n/dashboard.js';

register(dictionary);

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 30, left: 56 };
/** Room an x-axis label needs, in pixels: labels further apart than this are all shown. */
const LABEL_SPACING = 56;
const ROW_HEIGHT = 30;
/** Below this width, horizontal bars put their labels above the bars. */
const NARROW = 480;
/** About the width of one character of the charts' 12px text, to shorten long labels. */
const CHARACTER_WIDTH = 7;

/** An SVG element: like dom.js's h(), without listeners (charts only draw). */
function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) element.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** A scale from 0 to a round number at or above the largest value, with about four steps. */
function linearScale(largest) {
  const rough = Math.max(largest, 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough));
  const top = Math.max(step, Math.ceil(largest / step) * step);
  const ticks = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { ticks, fraction: (value) => clamp(value / top) };
}

/**
 * A logarithmic scale over the given ticks (the first above 0), for values spanning seconds to a
 * day. It starts at half the first tick, so that values at that tick stand clear of the axis; values
 * beyond the last tick (Infinity too) sit at the top.
 */
export function logScale(ticks) {
  const low = Math.log(ticks[0] / 2);
  const span = Math.log(ticks[ticks.length - 1]) - low;
  return { ticks, fraction: (value) => clamp((Math.log(value) - low) / span) };
}

function clamp(fraction) {
  return Math.min(1, Math.max(0, fraction));
}

function plotArea(width, height) {
  return { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom,
    width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
}

function toneClass(series, index) {
  return `tone-${(series.tone ?? index) % 6}`;
}

function yAxis(scale, plot, formatTick) {
  return svg('g', { class: 'axis' }, scale.ticks.map((tick) => {
    const y = plot.bottom - scale.fraction(tick) * plot.height;
    return [svg('line', { x1: plot.left, x2: plot.right, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: plot.left - 6, y: y + 4, 'text-anchor': 'end' }, formatTick(tick))];
  }));
}

/** The categories' labels under the plot, every n-th one when they would not fit side by side. */
function xAxis(categories, plot) {
  const band = plot.width / categories.length;
  const every = Math.max(1, Math.ceil(LABEL_SPACING / band));
  return svg('g', { class: 'axis' }, categories.map((category, index) => (index % every === 0
    ? svg('text', { x: plot.left + band * (index + 0.5), y: plot.bottom + 18, 'text-anchor': 'middle' }, category.label)
    : null)));
}

function axes(spec, scale, plot) {
  return [yAxis(scale, plot, spec.formatTick || spec.formatValue), xAxis(spec.categories, plot)];
}

function stackedBars(spec, width) {
  const plot = plotArea(width, HEIGHT);
  const totals = spec.categories.map((category, index) =>
    spec.series.reduce((sum, series) => sum + (series.values[index] || 0), 0));
  const scale = linearScale(Math.max(0, ...totals));
  const band = plot.width / spec.categories.length;
  const barWidth = Math.max(1, Math.min(48, band * 0.7));
  const bars = spec.categories.map((category, index) => {
    const x = plot.left + band * index + (band - barWidth) / 2;
    let below = 0;
    const segments = spec.series.map((series, seriesIndex) => {
      const value = series.values[index] || 0;
      if (value <= 0) return null;
      const y = plot.bottom - scale.fraction(below + value) * plot.height;
      const height = scale.fraction(value) * plot.height;
      below += value;
      return svg('rect', { x, y, width: barWidth, height, class: `bar ${toneClass(series, seriesIndex)}`,
        'data-series': series.key },
      svg('title', {}, `${category.label}, ${series.label}: ${spec.formatValue(value)}`));
    });
    return svg('g', { 'data-category': category.key }, segments);
  });
  return { height: HEIGHT, content: [axes(spec, scale, plot), bars] };
}

function shortened(label, room) {
  const characters = Math.max(4, Math.floor(room / CHARACTER_WIDTH));
  return label.length <= characters ? label : label.slice(0, characters - 1) + '…';
}

/**
 * One series as a bar per row with its label in front; where that leaves the bars too little room
 * (a phone), the label goes above its bar instead.
 */
function horizontalBars(spec, width) {
  const [series] = spec.series;
  const above = width < NARROW;
  const labelWidth = above ? 0 : Math.min(220, Math.round(width * 0.45));
  const rowHeight = above ? ROW_HEIGHT + 16 : ROW_HEIGHT;
  const barTop = above ? 22 : 6;
  const barStart = above ? 0 : labelWidth + 8;
  const valueWidth = 56;
  const room = Math.max(1, width - barStart - valueWidth);
  const largest = Math.max(1, ...series.values);
  const rows = spec.categories.map((category, index) => {
    const value = series.values[index] || 0;
    const top = index * rowHeight;
    const length = Math.max(value > 0 ? 2 : 0, (value / largest) * room);
    const textY = top + barTop + 13;
    const labelPlace = above ? { x: 0, y: top + 15 } : { x: labelWidth, y: textY, 'text-anchor': 'end' };
    return svg('g', { 'data-category': category.key },
      svg('text', { ...labelPlace, class: 'label' }, shortened(category.label, above ? width : labelWidth),
        svg('title', {}, category.label)),
      svg('rect', { x: barStart, y: top + barTop, width: length, height: ROW_HEIGHT - 12,
        class: `bar ${toneClass(series, 0)}`, 'data-series': series.key },
      svg('title', {}, `${category.label}: ${spec.formatValue(value)}`)),
      svg('text', { x: barStart + length + 6, y: textY, class: 'value' }, spec.formatValue(value)));
  });
  return { height: spec.categories.length * rowHeight + 4, content: rows };
}

/** A series' line: separate pieces where a day has no value, a dot on every value. */
function line(series, seriesIndex, spec, x, y) {
  let path = '';
  let drawing = false;
  const dots = [];
  series.values.forEach((value, index) => {
    if (value === null || value === undefined) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)} ${y(value).toFixed(1)} `;
    drawing = true;
    dots.push(svg('circle', { cx: x(index), cy: y(value), r: 3, class: 'dot' },
      svg('title', {}, `${spec.categories[index].label}, ${series.label}: ${spec.formatValue(value)}`)));
  });
  return svg('g', { 'data-series': series.key, class: toneClass(series, seriesIndex) },
    path ? svg('path', { d: path.trim(), class: series.dashed ? 'line dashed' : 'line' }) : null, dots);
}

function lines(spec, width) {
  const plot = plotArea(width, HEIGHT);
  const scale = spec.scale
    || linearScale(Math.max(0, ...spec.series.flatMap((series) => series.values).filter(Number.isFinite)));
  const band = plot.width / spec.categories.length;
  const x = (index) => plot.left + band * (index + 0.5);
  const y = (value) => plot.bottom - scale.fraction(value) * plot.height;
  return { height: HEIGHT,
    content: [axes(spec, scale, plot), spec.series.map((series, index) => line(series, index, spec, x, y))] };
}

/** Draws into the frame at its width now and whenever the width changes, until it leaves the page. */
function drawAtWidth(frame, spec, draw) {
  const titleId = uniqueId('chart-title');
  const descriptionId = uniqueId('chart-description');
  let drawnWidth = 0;
  const observer = new ResizeObserver(() => {
    if (!frame.isConnected) {
      observer.disconnect();
      return;
    }
    const width = Math.floor(frame.clientWidth);
    if (width === 0 || width === drawnWidth) return;
    drawnWidth = width;
    const { height, content } = draw(spec, width);
    frame.replaceChildren(svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
      'aria-labelledby': titleId, 'aria-describedby': descriptionId, class: 'chart-svg' },
    svg('title', { id: titleId }, spec.title), svg('desc', { id: descriptionId }, spec.description), content));
  });
  observer.observe(frame);
}

function legend(spec) {
  if (spec.series.length < 2) return null;
  return h('ul', { class: 'chart-legend', 'aria-label': t('chart.legend') }, spec.series.map((series, index) =>
    h('li', {}, h('span', { class: `chart-swatch ${toneClass(series, index)}${series.dashed ? ' dashed' : ''}`,
      'aria-hidden': 'true' }), series.label)));
}

/** The chart's numbers as a table: a row per category, a column per series (and their total when stacked). */
function dataTable(spec, withTotal) {
  const cell = (value) => h('td', { class: 'number' },
    value === null || value === undefined ? '–' : spec.formatValue(value));
  return h('table', {},
    h('caption', {}, spec.title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, spec.categoryHeader),
      spec.series.map((series) => h('th', { scope: 'col', class: 'number' }, series.label)),
      withTotal ? h('th', { scope: 'col', class: 'number' }, t('chart.total')) : null)),
    h('tbody', {}, spec.categories.map((category, index) => h('tr', {},
      h('th', { scope: 'row' }, category.label),
      spec.series.map((series) => cell(series.values[index])),
      withTotal ? cell(spec.series.reduce((sum, series) => sum + (series.values[index] || 0), 0)) : null))));
}

function figure(spec, draw, withTotal) {
  const frame = h('div', { class: 'chart-frame' });
  const table = h('div', { class: 'table-wrap chart-table visually-hidden' }, dataTable(spec, withTotal));
  const toggle = h('button', { type: 'button', class: 'link chart-table-toggle', 'aria-pressed': 'false' },
    t('chart.showTable'));
  toggle.addEventListener('click', () => {
    const shown = table.classList.toggle('visually-hidden') === false;
    toggle.setAttribute('aria-pressed', String(shown));
  });
  drawAtWidth(frame, spec, draw);
  return h('figure', { class: 'chart', 'data-chart': spec.name },
    frame, legend(spec), h('figcaption', { class: 'hint' }, spec.description), toggle, table);
}

/** Bars by category, the series stacked one above the other (one series: plain bars). */
export function stackedBarChart(spec) {
  return figure(spec, stackedBars, spec.series.length > 1);
}

/** One series as horizontal bars, a row per category: for long category names. */
export function horizontalBarChart(spec) {
  return figure(spec, horizontalBars, false);
}

/** A line per series across the categories; spec.scale (such as logScale) or from 0 up. */
export function lineChart(spec) {
  return figure(spec, lines, false);
}
