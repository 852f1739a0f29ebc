import type { ChartSpec } from "../../core/patch";
import type { ChartBuilderApi, SheetApi } from "./surface";

/** A core chart spec as a native embedded chart on its sheet (EmbeddedChartBuilder). */
export function buildChart(sheet: SheetApi, spec: ChartSpec): ReturnType<ChartBuilderApi["build"]> {
  const start = sheet.newChart();
  let builder: ChartBuilderApi;
  switch (spec.kind) {
    case "bar":
      builder = start.asBarChart();
      break;
    case "stackedBar":
      builder = start.asBarChart().setStacked();
      break;
    case "column":
      builder = start.asColumnChart();
      break;
    case "pie":
      builder = start.asPieChart();
      break;
  }
  const r = spec.dataRange;
  builder = builder
    .addRange(sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols))
    .setNumHeaders(1)
    // With series in columns the first row names the series: the builder's default orientation.
    .setTransposeRowsAndColumns(!spec.seriesInColumns)
    .setPosition(spec.anchor.row + 1, spec.anchor.col + 1, 0, 0)
    .setOption("title", spec.title)
    .setOption("width", spec.width)
    .setOption("height", spec.height)
    .setOption("legend", { position: "right" });
  const colours = spec.seriesColors;
  if (colours && colours.length > 0 && colours.every((c) => c !== null)) builder = builder.setOption("colors", colours);
  return builder.build();
}
