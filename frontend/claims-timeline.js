// The claims timeline: one line per outlet, the values it reported on one thing counted, placed at
// each article's publication time (UTC). Chart.js draws it; the server sends the data as JSON and
// hears a click on a point as a "point-open" event. Colours come from the Lumo theme at drawing
// time, so the chart follows the light/dark switch.
import {Chart, LineController, LineElement, PointElement, LinearScale, Tooltip, Legend} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

// Okabe–Ito: told apart with the common colour-vision deficiencies, legible on light and dark.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#A0522D', '#8F8F8F'];
const SHAPES = {AGREES: 'circle', UPDATE: 'rectRot', CONFLICT: 'triangle'};
const HOUR = 3600000;
const DAY = 24 * HOUR;
const STEPS = [HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 91 * DAY, 365 * DAY];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function utc(ms, withTime, months = MONTHS) {
  const d = new Date(ms);
  const day = `${d.getUTCDate()} ${months[d.getUTCMonth()]}`;
  if (!withTime) {
    return day;
  }
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${day} ${hh}:${mm}`;
}

class ClaimsTimeline extends HTMLElement {
  connectedCallback() {
    if (!this._canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    // Redrawn with the theme's colours when the user switches between light and dark.
    this._themeWatch = new MutationObserver(() => this._render());
    this._themeWatch.observe(document.documentElement, {attributes: true, attributeFilter: ['theme']});
    this._render();
  }

  disconnectedCallback() {
    this._themeWatch?.disconnect();
    this._chart?.destroy();
    this._chart = null;
  }

  set json(value) {
    this._data = value ? JSON.parse(value) : null;
    this._render();
  }

  /**
   * A theme colour as the canvas can draw it: Lumo's values may be written with var() and
   * color-mix(), which only CSS resolves. The browser resolves it on a probe element, and a 2D
   * context turns the result into a plain #rrggbb or rgba() string.
   */
  _color(name, fallback) {
    const probe = document.createElement('span');
    probe.style.color = `var(${name}, ${fallback})`;
    probe.style.display = 'none';
    this.appendChild(probe);
    const resolved = getComputedStyle(probe).color;
    probe.remove();
    const context = document.createElement('canvas').getContext('2d');
    context.fillStyle = fallback;
    context.fillStyle = resolved;
    return context.fillStyle;
  }

  _render() {
    if (!this._canvas || !this.isConnected) {
      return;
    }
    this._chart?.destroy();
    this._chart = null;
    const data = this._data;
    if (!data || !data.series || data.series.length === 0) {
      return;
    }
    const text = this._color('--lumo-body-text-color', '#1f2937');
    const muted = this._color('--lumo-secondary-text-color', '#6b7280');
    const grid = this._color('--lumo-contrast-10pct', 'rgba(0,0,0,0.1)');
    const background = this._color('--lumo-base-color', '#ffffff');
    const span = data.series.flatMap(s => s.points.map(p => p.x));
    const min = Math.min(...span);
    const max = Math.max(...span);
    // Ticks on round hours or days (UTC), about six across the chart.
    const step = STEPS.find(st => (max - min) / st <= 5) || STEPS[STEPS.length - 1];
    const from = Math.floor((min - step / 2) / step) * step;
    const to = Math.ceil((max + step / 2) / step) * step;
    // The chart's words come with its data, in the reader's language (English without them).
    const words = Object.assign({chart: 'Claims timeline', published: 'Published (UTC)', utc: 'UTC',
      dayOnly: '(day only)', months: MONTHS}, data.words || {});
    this._canvas.setAttribute('aria-label', data.label || words.chart);
    this._chart = new Chart(this._canvas, {
      type: 'line',
      data: {
        datasets: data.series.map((s, i) => {
          const color = PALETTE[i % PALETTE.length];
          return {
            label: s.outlet,
            // Points of one day whose hour is unknown sit at its noon; outlets side by side there,
            // a little apart, so that none hides another (the tooltip still says "day only").
            data: s.points.map(p => (p.timeKnown ? p : {...p, x: p.x + (i - (data.series.length - 1) / 2) * step * 0.12})),
            parsing: false,
            borderColor: color,
            backgroundColor: color,
            borderWidth: 2,
            tension: 0,
            pointStyle: s.points.map(p => SHAPES[p.standing] || 'circle'),
            pointRadius: s.points.map(p => (p.standing === 'AGREES' ? 5 : 8)),
            pointHoverRadius: s.points.map(p => (p.standing === 'AGREES' ? 7 : 10)),
            pointBorderWidth: s.points.map(p => (p.standing === 'CONFLICT' ? 3 : 2)),
            pointBorderColor: color,
            // Hollow: only the day of publication is known.
            pointBackgroundColor: s.points.map(p => (p.timeKnown ? color : background)),
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: {mode: 'nearest', intersect: true},
        scales: {
          x: {
            type: 'linear',
            min: from,
            max: to,
            ticks: {color: muted, maxRotation: 0, autoSkip: true, stepSize: step, callback: v => utc(v, step < DAY, words.months)},
            grid: {color: grid},
            title: {display: true, text: words.published, color: muted},
          },
          y: {
            // Not from zero: outlets' values of one thing are close, and their difference is the point.
            beginAtZero: false,
            grace: '8%',
            ticks: {color: muted, precision: 0},
            grid: {color: grid},
            title: {display: true, text: data.label || '', color: muted},
          },
        },
        plugins: {
          legend: {labels: {color: text, usePointStyle: true, boxWidth: 8}},
          tooltip: {
            callbacks: {
              title: items => items.length ? `${items[0].dataset.label}, ${utc(items[0].raw.x, items[0].raw.timeKnown, words.months)} ${items[0].raw.timeKnown ? words.utc : words.dayOnly}` : '',
              label: item => `“${item.raw.exact}” — ${item.raw.claim}`,
              afterLabel: item => item.raw.why || '',
            },
          },
        },
        onHover: (event, elements) => {
          this._canvas.style.cursor = elements.length ? 'pointer' : 'default';
        },
        onClick: (event, elements) => {
          if (!elements.length) {
            return;
          }
          const p = this._chart.data.datasets[elements[0].datasetIndex].data[elements[0].index];
          this.dispatchEvent(new CustomEvent('point-open', {detail: {article: p.article, start: p.start, end: p.end}}));
        },
      },
    });
  }

  /** Where a point is drawn, from the canvas's top left corner in CSS pixels (for tests and keyboard help). */
  pointPosition(series, index) {
    const at = typeof series === 'string' ? this._chart?.data.datasets.findIndex(d => d.label === series) : series;
    const element = at >= 0 ? this._chart?.getDatasetMeta(at)?.data?.[index] : null;
    return element ? {x: element.x, y: element.y, width: this._canvas.clientWidth, height: this._canvas.clientHeight} : null;
  }

  /** The chart as a PNG file, drawn on the page's background colour. */
  downloadPng(fileName) {
    if (!this._chart) {
      return;
    }
    const source = this._canvas;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d');
    context.fillStyle = this._color('--lumo-base-color', '#ffffff');
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    const link = document.createElement('a');
    link.href = copy.toDataURL('image/png');
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}

customElements.define('claims-timeline', ClaimsTimeline);
