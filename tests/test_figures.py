"""Figures: the right number of bars/curves, sorted distribution, non-empty PNG and SVG."""
import numpy as np
import pytest

pytest.importorskip("matplotlib")

from matplotlib.patches import Rectangle  # noqa: E402

from shoken.evaluation import figures  # noqa: E402

NAMES = ["A finding", "B finding", "C finding", "D finding", "E finding"]


def bars(ax):
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def test_label_distribution_sorted_one_bar_per_finding(tmp_path):
    labels = np.zeros((10, 5), dtype=int)
    for j, k in enumerate([2, 7, 0, 5, 3]):
        labels[:k, j] = 1
    fig = figures.label_distribution(labels, NAMES)
    ax = fig.axes[0]
    b = bars(ax)
    assert len(b) == 5
    assert [r.get_width() for r in b] == [7, 5, 3, 2, 0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["B finding", "D finding", "E finding",
                                                            "A finding", "C finding"]
    pct = figures.label_distribution(labels, NAMES, percent=True)
    assert [r.get_width() for r in bars(pct.axes[0])] == pytest.approx([70, 50, 30, 20, 0])
    paths = figures.save(fig, tmp_path, "dist")
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = paths["svg"].read_text(encoding="utf-8")
    assert "<svg" in svg and len(svg) > 1000


def test_grouped_f1_bars_count_and_heights(tmp_path):
    f1 = {"rules": [0.9, 0.8, 0.7, 0.6, 0.5], "model": [0.95, 0.85, 0.75, 0.65, 0.55],
          "llm": [0.5, 0.5, 0.5, 0.5, 1.0]}
    fig = figures.f1_bars(NAMES, f1)
    ax = fig.axes[0]
    b = bars(ax)
    assert len(b) == len(NAMES) * len(f1) == 15
    assert sorted(r.get_height() for r in b) == sorted(v for vals in f1.values() for v in vals)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["rules", "model", "llm"]
    assert len(ax.get_xticklabels()) == 5
    paths = figures.save(fig, tmp_path, "f1", formats=("png", "svg"))
    assert all(p.stat().st_size > 1000 for p in paths.values())


def test_difference_heatmap(tmp_path):
    mat = np.array([[0.1, -0.2], [0.0, 0.3], [-0.05, 0.0], [0.2, 0.1], [0.0, np.nan]])
    fig = figures.difference_heatmap(NAMES, ["b − a", "c − a"], mat)
    ax = fig.axes[0]
    img = ax.get_images()[0]
    assert img.get_array().shape == (5, 2)
    lo, hi = img.get_clim()
    assert lo == pytest.approx(-0.3) and hi == pytest.approx(0.3)
    assert len(ax.texts) == 9  # the NaN cell is not annotated
    assert figures.save(fig, tmp_path, "heat")["svg"].stat().st_size > 1000


def test_roc_curves_one_panel_per_finding(tmp_path):
    rng = np.random.default_rng(0)
    gold = (rng.random((30, 5)) < 0.5).astype(int)
    gold[:, 4] = 0  # single class: an n/a panel
    scores = {"a": np.clip(gold * 0.5 + rng.random(gold.shape) * 0.5, 0, 1),
              "b": rng.random(gold.shape), "c": None}
    fig = figures.roc_curves(gold, scores, NAMES, ncols=3)
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 5 and len(fig.axes) == 6
    for j, ax in enumerate(visible):
        curves = [ln for ln in ax.get_lines() if ln.get_linestyle() != "--"]
        assert len(curves) == (0 if j == 4 else 2)
    assert any(t.get_text() == "n/a" for t in visible[4].texts)
    assert figures.save(fig, tmp_path, "roc")["png"].stat().st_size > 1000


def test_missing_matplotlib_is_a_one_line_error(monkeypatch):
    import shoken.evaluation.figures as f
    from shoken.core.errors import MissingExtraError

    def boom(module, extra, feature=None):
        raise MissingExtraError(module, extra, feature)

    monkeypatch.setattr(f, "require", boom)
    with pytest.raises(MissingExtraError, match=r"shoken\[report\]"):
        f.f1_bars(NAMES, {"x": [1] * 5})
