// The leaders' dashboard: draws each chart (uPlot, canvas) from the table next to it, so the page
// reads without JavaScript and screen readers get the table (no inline scripts under the CSP).
(function () {
  const colours = ['#0b5ed7', '#198754', '#b35c00'];

  function read(table) {
    const headers = Array.from(table.tHead.rows[0].cells);
    const columns = headers.map((th, i) => th.hasAttribute('data-series') ? i : -1).filter(i => i >= 0);
    const rows = Array.from(table.tBodies[0].rows);
    return {
      labels: rows.map(tr => tr.cells[0].textContent.trim()),
      series: columns.map(i => ({
        name: headers[i].textContent.trim(),
        values: rows.map(tr => {
          const v = tr.cells[i].dataset.value;
          return v === undefined || v === '' ? null : Number(v);
        })
      }))
    };
  }

  function options(kind, data, width) {
    const labels = data.labels;
    const bars = kind === 'bars';
    return {
      width: width,
      height: 260,
      legend: { show: data.series.length > 1, live: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: (u, min, max) => [min - 0.5, max + 0.5] },
        y: kind === 'percent' ? { range: [0, 100] } : { range: (u, min, max) => [0, Math.max(1, max * 1.1)] }
      },
      axes: [
        { values: (u, splits) => splits.map(v => Number.isInteger(v) && labels[v] !== undefined ? labels[v] : ''),
          space: 60, incrs: [1, 2, 5, 7, 10, 15, 30, 60] },
        { size: 56, incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
          values: (u, splits) => splits.map(v => kind === 'percent' ? v + ' %' : v.toLocaleString('vi-VN')) }
      ],
      series: [{}].concat(data.series.map((s, i) => ({
        label: s.name,
        stroke: colours[i % colours.length],
        fill: bars ? colours[i % colours.length] : undefined,
        width: 2,
        spanGaps: false,
        points: { show: !bars, size: 5 },
        paths: bars ? uPlot.paths.bars({ size: [0.6, 80] }) : undefined
      })))
    };
  }

  function draw(container) {
    const table = document.getElementById(container.dataset.table);
    if (!table || typeof uPlot === 'undefined') return;
    const data = read(table);
    const x = data.labels.map((_, i) => i);
    const width = () => Math.max(280, container.clientWidth || 600);
    const plot = new uPlot(options(container.dataset.chart, data, width()),
      [x].concat(data.series.map(s => s.values)), container);
    window.addEventListener('resize', () => plot.setSize({ width: width(), height: 260 }));
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.dashboard-chart[data-table]').forEach(draw);
  });
})();
