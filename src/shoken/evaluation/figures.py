"""Figures for comparisons (matplotlib, Agg backend; PNG and SVG).

* :func:`label_distribution` — positives per finding, sorted (the paper's Fig. 4);
* :func:`f1_bars` — grouped per-finding F1 bars, one bar per compared system (Fig. 6);
* :func:`difference_heatmap` — F1 differences to a baseline, findings × comparisons;
* :func:`roc_curves` — one panel per finding, one curve per system that has scores.

Every function returns a :class:`matplotlib.figure.Figure` built without pyplot (no global
state, safe in threads and servers); :func:`save` writes it as PNG and SVG.
matplotlib is optional: ``pip install 'shoken[report]'``.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from shoken.core.errors import require

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from shoken.evaluation.compare import Comparison


def _mpl():
    mpl = require("matplotlib", "report", "figures")
    require("matplotlib.backends.backend_agg", "report", "figures")
    return mpl


def _figure(width: float, height: float) -> "Figure":
    _mpl()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _colors(m: int) -> list:
    _mpl()
    from matplotlib import colormaps

    cmap = colormaps["tab10" if m <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(m)]


def label_distribution(labels, names: Sequence[str], *, title: str = "Label distribution",
                       percent: bool = False, color: str = "#4C72B0") -> "Figure":
    """Horizontal bars of positives per finding, sorted from most to least frequent."""
    y = np.asarray(labels)
    y = y.reshape(-1, len(names))
    counts = y.sum(axis=0).astype(float)
    n = y.shape[0]
    values = 100.0 * counts / n if (percent and n) else counts
    order = np.argsort(-counts, kind="stable")
    fig = _figure(7.0, 0.32 * len(names) + 1.2)
    ax = fig.add_subplot()
    pos = np.arange(len(names))
    bars = ax.barh(pos, values[order], color=color)
    ax.set_yticks(pos, [names[j] for j in order])
    ax.invert_yaxis()
    ax.set_xlabel("positive reports (%)" if percent else "positive reports")
    ax.set_title(f"{title} (n = {n})")
    ax.bar_label(bars, labels=[f"{v:.1f}%" if percent else f"{int(v)}" for v in values[order]],
                 padding=2, fontsize=7)
    ax.margins(x=0.12)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def f1_bars(names: Sequence[str], f1: Mapping[str, Sequence[float]], *, title: str = "Per-finding F1",
            metric: str = "F1") -> "Figure":
    """Grouped bars: one group per finding, one bar per system (``len(names) * len(f1)`` bars)."""
    systems = list(f1)
    m, k = len(systems), len(names)
    fig = _figure(max(7.0, 0.45 * k * max(1, m) ** 0.5 + 2), 4.2)
    ax = fig.add_subplot()
    width = 0.8 / max(1, m)
    x = np.arange(k)
    for i, (s, c) in enumerate(zip(systems, _colors(m))):
        vals = np.asarray(f1[s], dtype=float).reshape(k)
        ax.bar(x - 0.4 + width * (i + 0.5), vals, width, label=s, color=c)
    ax.set_xticks(x, list(names), rotation=55, ha="right", fontsize=8)
    ax.set_ylim(0, 1.2)
    ax.set_yticks(np.linspace(0, 1, 6))
    ax.set_ylabel(metric)
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    if m:
        ax.legend(loc="upper right", fontsize=8, ncols=min(m, 6), framealpha=0.9)
    return fig


def difference_heatmap(names: Sequence[str], columns: Sequence[str], matrix, *,
                       title: str = "F1 differences", annotate: bool = True) -> "Figure":
    """Heatmap of a ``(len(names), len(columns))`` matrix of differences, centred on 0."""
    mat = np.asarray(matrix, dtype=float).reshape(len(names), len(columns))
    finite = mat[np.isfinite(mat)]
    lim = float(np.abs(finite).max()) if finite.size else 0.0
    lim = lim or 0.05
    fig = _figure(2.2 + 1.3 * max(1, len(columns)), 0.3 * len(names) + 1.6)
    ax = fig.add_subplot()
    im = ax.imshow(mat, cmap="RdBu", vmin=-lim, vmax=lim, aspect="auto")
    ax.set_xticks(np.arange(len(columns)), list(columns), rotation=20, ha="right", fontsize=8)
    ax.set_yticks(np.arange(len(names)), list(names), fontsize=8)
    if annotate:
        for i in range(mat.shape[0]):
            for j in range(mat.shape[1]):
                v = mat[i, j]
                if np.isfinite(v):
                    ax.text(j, i, f"{v:+.2f}", ha="center", va="center", fontsize=7,
                            color="white" if abs(v) > 0.6 * lim else "black")
    fig.colorbar(im, ax=ax, shrink=0.8, label="Δ F1")
    ax.set_title(title)
    return fig


def roc_curves(gold, scores: Mapping[str, Any], names: Sequence[str], *, ncols: int = 6,
               title: str = "ROC curves") -> "Figure":
    """One panel per finding with one ROC curve per system (systems without scores are skipped).

    A finding whose gold labels have a single class gets an empty panel marked ``n/a``.
    """
    from sklearn.metrics import roc_auc_score, roc_curve

    y = np.asarray(gold).reshape(-1, len(names))
    k = len(names)
    ncols = max(1, min(ncols, k))
    nrows = (k + ncols - 1) // ncols
    fig = _figure(2.1 * ncols, 2.1 * nrows + 0.5)
    axes = fig.subplots(nrows, ncols, squeeze=False, sharex=True, sharey=True)
    systems = [s for s, v in scores.items() if v is not None]
    colors = dict(zip(systems, _colors(len(systems))))
    for j, name in enumerate(names):
        ax = axes[j // ncols][j % ncols]
        g = y[:, j]
        ax.plot([0, 1], [0, 1], color="0.8", lw=0.8, ls="--")
        ax.set_title(name, fontsize=7)
        ax.tick_params(labelsize=6)
        if not 0 < g.sum() < len(g):
            ax.text(0.5, 0.5, "n/a", ha="center", va="center", fontsize=8, color="0.5")
            continue
        for s in systems:
            sc = np.asarray(scores[s], dtype=float).reshape(y.shape)[:, j]
            fpr, tpr, _ = roc_curve(g, sc)
            auc = roc_auc_score(g, sc)
            ax.plot(fpr, tpr, color=colors[s], lw=1.0, label=f"{s} {auc:.2f}")
        if systems:
            ax.legend(fontsize=5, loc="lower right", handlelength=1, framealpha=0.8)
    for j in range(k, nrows * ncols):
        axes[j // ncols][j % ncols].set_visible(False)
    fig.suptitle(title, fontsize=10)
    fig.supxlabel("false positive rate", fontsize=8)
    fig.supylabel("true positive rate", fontsize=8)
    return fig


def save(fig: "Figure", outdir: str | Path, stem: str, formats: Sequence[str] = ("png", "svg"),
         dpi: int = 150) -> dict[str, Path]:
    """Write ``fig`` as ``outdir/stem.<fmt>`` for each format; returns the paths by format."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for fmt in formats:
        p = out / f"{stem}.{fmt}"
        meta: dict[str, Any] = {"Software": "shoken"}
        if fmt == "svg":
            meta = {"Date": None, "Creator": "shoken"}
        elif fmt == "pdf":
            meta = {"CreationDate": None, "Creator": "shoken"}
        fig.savefig(p, format=fmt, dpi=dpi, metadata=meta)
        paths[fmt] = p
    return paths


def comparison_figures(cmp: "Comparison", outdir: str | Path,
                       formats: Sequence[str] = ("png", "svg")) -> dict[str, dict[str, Path]]:
    """All figures of a :class:`~shoken.evaluation.compare.Comparison`; ``{stem: {fmt: path}}``.

    ``label_distribution`` always; ``f1_bars`` with at least one system; ``f1_difference_heatmap``
    with two systems or a robustness pair; ``roc_curves`` when some system has scores;
    ``robustness_f1`` with a robustness pair.
    """
    names = cmp.findings
    figs: dict[str, "Figure"] = {}
    figs["label_distribution"] = label_distribution(cmp.gold.labels, names,
                                                    title="Gold label distribution")
    if cmp.systems:
        figs["f1_bars"] = f1_bars(names, {s.name: s.f1 for s in cmp.systems})
    cols, mat = cmp.f1_difference_matrix()
    cols, mats = list(cols), [mat] if len(cols) else []
    if cmp.robustness is not None:
        r = cmp.robustness
        cols.append(f"{r.b.name} − {r.a.name}")
        mats.append((r.b.f1 - r.a.f1)[:, None])
    if cols:
        figs["f1_difference_heatmap"] = difference_heatmap(names, cols, np.concatenate(mats, axis=1),
                                                           title="F1 differences")
    scored = {s.name: s.scores for s in cmp._all_systems() if s.scores is not None}
    if scored:
        figs["roc_curves"] = roc_curves(cmp.gold.labels, scored, names)
    if cmp.robustness is not None:
        r = cmp.robustness
        figs["robustness_f1"] = f1_bars(names, {r.a.name: r.a.f1, r.b.name: r.b.f1},
                                        title=f"Robustness: {r.a.name} vs {r.b.name}")
    out: dict[str, dict[str, Path]] = {}
    for stem, fig in figs.items():
        out[stem] = save(fig, outdir, stem, formats)
    return out


__all__ = ["comparison_figures", "difference_heatmap", "f1_bars", "label_distribution", "roc_curves", "save"]
