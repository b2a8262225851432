import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";
import type { Amount } from "@volunteer/api/gen/volunteer/reporting/v1/figures_pb";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Bar chart of service hours per union below the root; redrawn in place on every figures update. */
export function hoursByUnionChart(canvas: HTMLCanvasElement): { update(hours: Amount[]): void; destroy(): void } {
    const chart = new Chart<"bar", number[], string>(canvas, {
        type: "bar",
        data: { labels: [], datasets: [{ label: "服务时长（小时）", data: [], backgroundColor: "#1e88e5" }] },
        options: { responsive: true, animation: { duration: 300 }, scales: { y: { beginAtZero: true } } },
    });
    return {
        update(hours) {
            chart.data.labels = hours.map((amount) => amount.key);
            chart.data.datasets[0]!.data = hours.map((amount) => Math.round(amount.value * 10) / 10);
            chart.update();
        },
        destroy: () => chart.destroy(),
    };
}
