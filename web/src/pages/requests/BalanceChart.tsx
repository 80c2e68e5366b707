import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([EBarChart, GridComponent, MarkLineComponent, SVGRenderer]);

/**
 * Reciprocity balances per partner on a −1…+1 scale, bars left (receives more) and right (gives
 * more) of 0. A picture for sighted readers, hidden from assistive technology: the table beside it
 * holds the same numbers.
 */
export function BalanceChart({ labels, values }: { labels: string[]; values: number[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: -1, max: 1, axisLabel: { color: '#1f2933' } },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { color: '#1f2933' } },
      series: [
        {
          type: 'bar',
          data: values.map((v) => ({ value: v, itemStyle: { color: v >= 0 ? '#1d5fa8' : '#b34700' } })),
          barMaxWidth: 22,
          markLine: { symbol: 'none', silent: true, lineStyle: { color: '#1f2933' }, data: [{ xAxis: 0 }], label: { show: false } },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [labels, values]);
  return <div ref={element} className="balance-chart" aria-hidden="true" />;
}
