// Draws the board's charts with Apache ECharts (served by this server from the echarts package) from the data the
// page embeds in <script type="application/json" id="chart-data">. Each chart also has a table on the page.
(() => {
  const data = JSON.parse(document.getElementById("chart-data").textContent);
  const draw = (id, option) => {
    const el = document.getElementById(id);
    if (!el || !window.echarts) return;
    const chart = window.echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "Noto Sans CJK SC, Microsoft YaHei, sans-serif" },
      ...option,
    });
    el.setAttribute("data-rendered", "1");
    window.addEventListener("resize", () => chart.resize());
  };
  draw("chart-ontime", {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    xAxis: { type: "category", data: data.months },
    yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    series: data.onTime.map((u) => ({ name: u.name, type: "line", connectNulls: false, data: u.rates })),
  });
  draw("chart-rules", {
    tooltip: { trigger: "axis" },
    grid: { left: 260 },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", inverse: true, data: data.rules.map((r) => r.title) },
    series: [{ type: "bar", data: data.rules.map((r) => r.count), name: "标记数" }],
  });
  draw("chart-trend", {
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: data.trend.map((d) => d.day) },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "line", areaStyle: {}, data: data.trend.map((d) => d.count), name: "超期件数" }],
  });
})();
