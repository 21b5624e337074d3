// Charts of the report as SVG text, drawn without a browser by ECharts' server-side renderer: the
// report stays one self-contained file that works offline and prints. ECharts over Observable Plot:
// its SSR needs no DOM shim, and its SVG carries the labels as text (readable, searchable, printable).
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

/** One bar series: a name for the legend and a value per category. */
export interface BarSeries {
  name: string;
  values: readonly number[];
}

/** A bar chart as an SVG string; `stacked` piles the series on one bar per category. */
export function barChartSvg(options: {
  categories: readonly string[];
  series: readonly BarSeries[];
  stacked?: boolean;
  width?: number;
  height?: number;
}): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: options.width ?? 640, height: options.height ?? 260 });
  chart.setOption({
    animation: false,
    legend: { top: 0, show: options.series.length > 1 },
    grid: { left: 48, right: 16, top: options.series.length > 6 ? 72 : options.series.length > 1 ? 40 : 16, bottom: 40 },
    xAxis: { type: 'category', data: [...options.categories], axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: options.series.map((series) => ({
      type: 'bar',
      name: series.name,
      data: [...series.values],
      ...(options.stacked ? { stack: 'all' } : {}),
      label: { show: !options.stacked && options.categories.length <= 12, position: 'top' },
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
