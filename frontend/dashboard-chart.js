// A chart of the progress dashboard: bars (optionally stacked, optionally lying down) or lines,
// drawn by Chart.js from the JSON the server sets as the "json" property. Colours of the axes and
// text come from the Lumo theme at drawing time, so the chart follows the light/dark switch; the
// series' own colours are mid-tone and read on both. A click on a bar or point is told to the
// server as a "chart-open" event (which series, which bar); the server knows what list it opens.
import {Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  Tooltip, Legend} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  Tooltip, Legend);

class DashboardChart extends HTMLElement {
  connectedCallback() {
    if (!this._canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    // Redrawn in the new colours when the page turns light or dark: by the user's choice (the theme
    // attribute and color-scheme style on <html>) or, when it follows the system, by the system's.
    this._themeWatch = new MutationObserver(() => this._render());
    this._themeWatch.observe(document.documentElement, {attributes: true, attributeFilter: ['theme', 'style']});
    this._systemScheme = window.matchMedia('(prefers-color-scheme: dark)');
    this._onSystemScheme = () => this._render();
    this._systemScheme.addEventListener('change', this._onSystemScheme);
    this._render();
  }

  disconnectedCallback() {
    this._themeWatch?.disconnect();
    this._systemScheme?.removeEventListener('change', this._onSystemScheme);
    this._chart?.destroy();
    this._chart = null;
  }

  set json(value) {
    this._data = value ? JSON.parse(value) : null;
    this._render();
  }

  /** A theme colour as the canvas can draw it (Lumo's values may use var() and color-mix()). */
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
    const line = data.type === 'line';
    const lying = !!data.horizontal;
    const valueAxis = lying ? 'x' : 'y';
    const categoryAxis = lying ? 'y' : 'x';
    this._canvas.setAttribute('aria-label', data.label || 'Chart');
    const scales = {};
    scales[categoryAxis] = {
      stacked: !!data.stacked,
      // A few categories (statuses, outcomes) are each named, slanted on a narrow screen; many (days) are thinned.
      ticks: {color: muted, maxRotation: lying ? 0 : 45, autoSkip: data.labels.length > 12},
      grid: {display: false},
      title: {display: !!data.categoryTitle, text: data.categoryTitle || '', color: muted},
    };
    scales[valueAxis] = {
      stacked: !!data.stacked,
      beginAtZero: true,
      ticks: {color: muted, precision: 0},
      grid: {color: grid},
      title: {display: !!data.valueTitle, text: data.valueTitle || '', color: muted},
    };
    this._chart = new Chart(this._canvas, {
      type: line ? 'line' : 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map(s => ({
          label: s.name,
          data: s.values,
          backgroundColor: s.colours || s.colour,
          borderColor: s.colours || s.colour,
          borderWidth: line ? 2 : 0,
          pointRadius: line ? 3 : undefined,
          tension: 0,
          maxBarThickness: 48,
        })),
      },
      options: {
        indexAxis: lying ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: {mode: 'nearest', intersect: true},
        scales,
        plugins: {
          legend: {display: data.series.length > 1, labels: {color: text, boxWidth: 12}},
        },
        onHover: (event, elements) => {
          const open = elements.length && data.clickable;
          this._canvas.style.cursor = open ? 'pointer' : 'default';
        },
        onClick: (event, elements) => {
          if (!elements.length || !data.clickable) {
            return;
          }
          this.dispatchEvent(new CustomEvent('chart-open',
            {detail: {series: elements[0].datasetIndex, index: elements[0].index}}));
        },
      },
    });
  }
}

customElements.define('cc-dashboard-chart', DashboardChart);
