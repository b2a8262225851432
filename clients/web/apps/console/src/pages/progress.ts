import { Code, ConnectError } from "@connectrpc/connect";
import { describeError } from "@volunteer/api";
import type { Figures } from "@volunteer/api/gen/volunteer/reporting/v1/figures_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import type { Page } from "../shell/router";
import { hoursByUnionChart } from "./figures-chart";
import { liveFiguresView } from "./live-figures";
import { progressHeadline, progressTable } from "./progress-table";

const thisYear = new Date().getFullYear();

function periodOf(year: number) {
    // The current year's end is left open so the stream moves forward day by day.
    return { periodStart: `${year}-01-01`, periodEnd: year === thisYear ? "" : `${year}-12-31` };
}

/** Follows WatchFigures; reopens the stream when it ends (e.g. UNAUTHENTICATED at token expiry). */
async function watch(
    unionId: string,
    year: number,
    signal: AbortSignal,
    onFigures: (figures: Figures) => void,
    onError: (error: unknown) => void,
) {
    while (!signal.aborted) {
        try {
            for await (const { figures } of api.reporting.watchFigures({ unionId, ...periodOf(year) }, { signal })) {
                if (figures) onFigures(figures);
            }
        } catch (error) {
            if (signal.aborted) return;
            if (ConnectError.from(error).code !== Code.Unauthenticated) return onError(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
    }
}

/**
 * Roster's progress per union below, when the caller's role may read it (report viewers may not:
 * they see the headline from reporting's figures only).
 */
async function childrenProgress(unionId: string, signal: AbortSignal, headline: ReturnType<typeof progressHeadline>) {
    try {
        const progress = await api.roster.getCampaignProgress({ unionId }, { signal });
        if (progress.union) headline.show(progress.union);
        return progressTable(progress.children);
    } catch (error) {
        return describeError(error).code === "PERMISSION_DENIED" ? null : errorNotice(error);
    }
}

export const progressPage: Page = async (view, session, signal) => {
    const headline = progressHeadline();
    const children = await childrenProgress(session.unionId, signal, headline);
    const yearSelect = h("select", { name: "year", "aria-label": "年度" });
    for (let year = thisYear; year >= 2018; year--) yearSelect.append(h("option", { value: year }, `${year} 年`));
    const live = h("div", {});
    replaceChildren(
        view,
        h("h2", {}, "百队千人进度"),
        headline.element,
        children,
        h("label", {}, "统计年度 ", yearSelect),
        live,
    );

    let streamControl: AbortController | undefined;
    const startWatching = () => {
        streamControl?.abort();
        streamControl = new AbortController();
        const streamSignal = AbortSignal.any([signal, streamControl.signal]);
        const view = liveFiguresView();
        const canvas = h("canvas", { "aria-label": "各工会服务时长" });
        replaceChildren(live, view.element, h("figure", {}, canvas));
        const chart = hoursByUnionChart(canvas);
        streamSignal.addEventListener("abort", () => chart.destroy());
        const onFigures = (figures: Figures) => {
            view.show(figures);
            chart.update(figures.hoursByUnion);
            // Teams and people are counted as they stand now, whatever the period: the headline follows them.
            headline.show({ ...figures, name: figures.unionName });
        };
        const onError = (error: unknown) => replaceChildren(live, errorNotice(error));
        void watch(session.unionId, Number(yearSelect.value), streamSignal, onFigures, onError);
    };
    yearSelect.addEventListener("change", startWatching);
    startWatching();
};
