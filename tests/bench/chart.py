"""``python chart.py PANELS.json OUT.png``: draw the benchmark chart (run by ``.bench/chart-venv``).

One horizontal bar panel per measurement; baselines are grey, subjects blue, each bar labelled
with its median. The goals panel shows each ratio green (met) or red (not met) with the goal as
a black tick. Standalone: matplotlib lives only in the chart environment, so it is imported
by name and this file imports nothing of the project.
"""

from __future__ import annotations

import importlib
import json
import math
import sys
from pathlib import Path
from typing import Any

BASELINE, SUBJECT, MET, NOT_MET = "#9e9e9e", "#1f77b4", "#2ca02c", "#d62728"


def _color(bar: dict[str, Any]) -> str:
    if "met" in bar:
        return MET if bar["met"] else NOT_MET
    return BASELINE if bar["baseline"] else SUBJECT


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def draw(panels: list[dict[str, Any]], out: Path, subtitle: str) -> None:
    matplotlib: Any = importlib.import_module("matplotlib")
    matplotlib.use("Agg")
    plt: Any = importlib.import_module("matplotlib.pyplot")
    columns = 2
    rows = math.ceil(len(panels) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(12, 3.1 * rows), squeeze=False)
    for ax, panel in zip(axes.flat, panels, strict=False):
        bars = panel["bars"]
        labels = [bar["label"] for bar in bars]
        values = [bar["value"] for bar in bars]
        ax.barh(labels, values, color=[_color(bar) for bar in bars])
        ax.invert_yaxis()
        ax.set_title(panel["title"], fontsize=11)
        ax.set_xlabel(panel["unit"])
        goals = [bar["goal"] for bar in bars if "goal" in bar]
        top = max(values + goals) or 1.0  # a panel of zeros (no memory growth) still has a scale
        ax.set_xlim(0, top * (1.6 if goals else 1.25))
        for y, bar in enumerate(bars):
            text, x = f" {_number(bar['value'])}", bar["value"]
            if "goal" in bar:  # the goal as a black tick across the bar's row
                ax.plot([bar["goal"]], [y], marker="|", markersize=22, mew=2.5, color="black")
                text, x = f"{text} (goal {bar['goal_text']})", max(x, bar["goal"])
            ax.text(x, y, text, va="center", fontsize=9)
        ax.tick_params(axis="y", labelsize=9)
    for ax in list(axes.flat)[len(panels) :]:
        ax.axis("off")
    fig.suptitle(f"logto-management benchmarks (medians; grey = baseline)\n{subtitle}", fontsize=12)
    fig.tight_layout()
    fig.savefig(out, dpi=110)


def main() -> None:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    data = json.loads(source.read_text(encoding="utf-8"))
    draw(data["panels"], out, data["subtitle"])


if __name__ == "__main__":
    main()
