"""The GAN panel's plots: losses, D on real and fake, the divergence estimate and mode coverage (A and B)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QGridLayout, QWidget

from simulator.gui.i18n import tr
from simulator.gui.panels.gan_parts import decimate
from simulator.gui.widgets import colors
from simulator.gui.widgets.plots import LABEL_STYLE, PlotStrip

A_COLOR = colors.BLUE
B_COLOR = colors.ORANGE


class HistoryPlots(QWidget):
    """Four plots over the iterations, created once and updated from a snapshot's history."""

    def __init__(self) -> None:
        super().__init__()
        g = QGridLayout(self)
        g.setContentsMargins(0, 0, 0, 0)
        g.setSpacing(2)
        pen = pg.mkPen
        dash = Qt.PenStyle.DashLine
        self.loss_plot = PlotStrip(tr("Losses"), tr("iterations"), tr("loss"), [pen(colors.BLUE, width=2.5),
                                                                                 pen(colors.VERMILLION, width=2.5)],
                                   names=["D", "G"], legend=True, x_from_zero=True, min_x_span=10.0,
                                   min_y_span=0.5)
        self.loss_plot.setToolTip(tr("The discriminator's and the generator's losses, as the chosen loss defines "
                                     "them. Neither needs to fall: it is a game."))
        self.dprob_plot = PlotStrip(tr("D(real), D(fake)"), tr("iterations"), tr("mean D(x)"),
                                    [pen(colors.INK, width=2.5), pen(colors.VERMILLION, width=2.5)],
                                    names=[tr("real"), tr("generated")], legend=True, y_range=(0.0, 1.0),
                                    x_from_zero=True, min_x_span=10.0)
        self.dprob_plot.setToolTip(tr("D's mean output on real samples and on generated ones: both near ½ when D "
                                      "can no longer tell them apart."))
        self.dprob_plot.add_hline(0.5, "½")
        self.div_plot = PlotStrip(tr("Divergence"), tr("iterations"), tr("JS estimate"),
                                  [pen(colors.PURPLE, width=2.5)], x_from_zero=True, min_x_span=10.0, min_y_span=0.2,
                                  y_from_zero=True)
        self.div_plot.setToolTip(tr("How far the generator is from the data, read from D's loss. Minimax and "
                                    "non-saturating: the Jensen-Shannon divergence, as loss_D = 2 log 2 − 2 JS at "
                                    "the best D (0 when they match, at most log 2). Least squares: half the "
                                    "triangular discrimination, 1 − 4 loss_D (at most 1). D is never the best D, so "
                                    "both read low."))
        self.div_top = self.div_plot.add_hline(float(np.log(2.0)), "log 2")
        self._div_label = tr("JS estimate")
        self.cov_plot = PlotStrip(tr("Mode coverage"), tr("iterations"), tr("share"),
                                  [pen(A_COLOR, width=2.5), pen(A_COLOR, width=2, style=dash),
                                   pen(B_COLOR, width=2.5), pen(B_COLOR, width=2, style=dash)],
                                  names=[tr("modes covered"), tr("high quality"), "B", tr("B hq")],
                                  legend=True, y_range=(0.0, 1.0), x_from_zero=True, min_x_span=10.0)
        self.cov_plot.setToolTip(tr("For the ring and the grid: the share of the modes that get at least 1 % of the "
                                    "samples within 3 standard deviations (solid), and the share of all samples that "
                                    "are that close to a mode, the high-quality share 'hq' (dashed). While "
                                    "comparing, run A in blue and run B in orange."))
        self.cov_note = pg.TextItem(tr("only for the ring\nand the grid"), color=colors.MUTED_TEXT,
                                    anchor=(0.5, 0.5))
        vb = self.cov_plot.plot_item.vb
        self.cov_note.setParentItem(vb)  # placed in the view box's pixels, so it stays centred
        vb.sigResized.connect(lambda box: self.cov_note.setPos(box.width() / 2, box.height() / 2))
        self.cov_note.setVisible(False)
        g.addWidget(self.loss_plot, 0, 0)
        g.addWidget(self.dprob_plot, 0, 1)
        g.addWidget(self.div_plot, 1, 0)
        g.addWidget(self.cov_plot, 1, 1)
        self.plots = (self.loss_plot, self.dprob_plot, self.div_plot, self.cov_plot)
        for plot in self.plots:
            # The grid belongs to the axes, so every new curve repainted their labels and lines too: blitted as
            # drawn last instead (they change only when a range does).
            for name in ("left", "bottom", "top", "right"):
                plot.plot_item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # What each plot's curves show now (("A", plot) or ("B", first curve)): records arrive every few dozen
        # iterations, frames far more often.
        self._shown: dict[tuple[str, int], tuple] = {}

    def clear(self) -> None:
        """Empty every plot (new networks)."""
        self._shown.clear()
        for plot in self.plots:
            plot.clear_series()
            plot.reset_ranges()

    def set_comparing(self, on: bool) -> None:
        """Name the coverage curves A and B while comparing; hide B's otherwise."""
        # Side by side the plot is narrow: short names (the tooltip says what they mean).
        self.cov_plot.set_name(0, "A" if on else tr("modes covered"))
        self.cov_plot.set_name(1, tr("A hq") if on else tr("high quality"))
        if not on:
            self._shown.pop(("B", 2), None)
            self.cov_plot.clear_series(2)
            self.cov_plot.clear_series(3)

    def show_history(self, d: Any, turn: int | None = None) -> int:
        """Run A's curves from snapshot ``d``: all of them, or (``turn`` given) only the first plot from ``turn`` on
        whose curves are behind; returns the plot to start from next time.

        While running, a new record arrives several times a second and each plot redrawn costs
        a few milliseconds of the GUI thread: one plot per frame, in turns, keeps frames light.
        """
        h = d["history"]
        x = np.asarray(h["step"])
        key = (len(x), float(x[-1]) if len(x) else None, (d.get("config") or {}).get("loss"), d.get("modes") is None)
        n = len(self.plots)
        order = range(n) if turn is None else [(turn + k) % n for k in range(n)]
        behind = [i for i in order if self._shown.get(("A", i)) != key]
        if turn is not None:
            behind = behind[:1]
        for i in behind:
            self._shown[("A", i)] = key
            self._show_plot(i, d, x)
        return (behind[-1] + 1) % n if behind else (turn or 0)

    def _show_plot(self, i: int, d: Any, x: np.ndarray) -> None:
        h = d["history"]
        if i == 3:
            self.cov_note.setVisible(d.get("modes") is None)
            self._show_coverage(d, 0)
            return
        if i == 2:
            ls = (d.get("config") or {}).get("loss") == "least_squares"
            label = tr("½ triangular discr.") if ls else tr("JS estimate")
            if self._div_label != label:
                self._div_label = label
                self.div_plot.plot_item.setLabel("left", label, **LABEL_STYLE)
                self.div_top.setPos(1.0 if ls else float(np.log(2.0)))
                self.div_top.label.setFormat("1" if ls else "log 2")
        if not len(x):
            self.plots[i].clear_series()  # e.g. the moment before the first record, rewound to
            return
        names = (("loss_d", "loss_g"), ("d_real", "d_fake"), ("divergence",))[i]
        xs, *ys = decimate(x, *(h[name] for name in names))
        for k, y in enumerate(ys):
            self.plots[i].set_series(k, xs, y)

    def show_coverage(self, d: Any, first: int) -> None:
        """The coverage curves of snapshot ``d`` as curves ``first`` (modes) and ``first + 1`` (quality)."""
        x = d["history"]["step"]
        key = (len(x), float(x[-1]) if len(x) else None, d.get("coverage") is None)
        if self._shown.get(("B", first)) == key:
            return
        self._shown[("B", first)] = key
        self._show_coverage(d, first)

    def _show_coverage(self, d: Any, first: int) -> None:
        h = d["history"]
        x = np.asarray(h["step"])
        cov = d.get("coverage")
        if cov is None or not len(x) or not len(h.get("coverage", ())):
            self.cov_plot.clear_series(first)
            self.cov_plot.clear_series(first + 1)
            return
        c = np.asarray(h["coverage"], np.float64)
        xs, cs, hq = decimate(x[-len(c):], c / max(int(cov.n_modes), 1), np.asarray(h["high_quality"], np.float64))
        self.cov_plot.set_series(first, xs, cs)
        self.cov_plot.set_series(first + 1, xs, hq)
