"""The restricted Boltzmann machine panel: training on the digits, dreaming, completion and a recommender."""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.core.engine import Snapshot
from simulator.core.jobs import BackgroundJob
from simulator.gui import glyphs
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels import rbm_explain
from simulator.gui.panels.base import ModelPanel
from simulator.gui.panels.rbm_parts import (
    BINARISE,
    DATA_KEYS,
    DATA_SOURCES,
    MAX_FILTERS,
    RATING_LUT,
    SCENE_KEYS,
    SCENES,
    TEXT_INTERVAL,
    TITLE,
    TRAINING_VIEW_INTERVALS,
    TrainSettings,
    ViewTurns,
    build_engine,
    data_label,
    cache_axes,
    copy_rbm,
    genre_name,
    hist_edges,
    rating_codes,
    rating_legend_html,
    same_arrays,
    tile_mosaic,
    training_trace,
)
from simulator.gui.widgets import colors
from simulator.gui.widgets.advanced import mark_advanced
from simulator.gui.widgets.controls import add_form_rows, big_font, button
from simulator.gui.widgets.grid_canvas import GridCanvas
from simulator.gui.widgets.mosaic import INK_LUT, grid_shape, image_plot, show_rgba
from simulator.gui.widgets.plots import PlotStrip


class RBMPanel(ModelPanel):
    """A Bernoulli RBM on the 8x8 handwritten digits: training (CD-k, PCD), dreaming and completion;
    and an RBM recommender on a synthetic user x item rating matrix.

    One tab per scene; the run bar drives the shown tab's engine (one runner at a time).
    Engines are built in a background job (a kernel compiled on a cold cache never runs in
    the GUI thread). Dreaming and completion use a copy of the weights trained so far; the
    recommender has its own engine, kept (like the training one) while other tabs are shown.

    Parameters
    ----------
    parent : QWidget, optional
    settings : TrainSettings, optional
        The training controls' first values (tests use small ones).
    """

    title = TITLE

    def __init__(self, parent: QWidget | None = None, *, settings: TrainSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or TrainSettings()
        self._seed = 0
        self._rate: float | None = None
        self._run_when_ready = False
        self.scene_key = "training"
        self._trainer: Any = None          # the training engine, kept while other tabs are shown
        self._recommender: Any = None      # the recommender engine, likewise
        self._rec_order: np.ndarray | None = None  # users in display order (by taste group)
        self._job: BackgroundJob | None = None
        self._job_key: str | None = None
        self._old_jobs: list[BackgroundJob] = []
        self._shown_error: str | None = None
        self._fit: dict = {}
        # While running, the training views are redrawn in turns (see _render_training).
        self._turns = ViewTurns(TRAINING_VIEW_INTERVALS)
        self._drawn_traces: dict[str, tuple] = {}
        self._text_time = float("-inf")
        self._images: np.ndarray | None = None    # the training data's images (dreaming, completion)
        self._image_names: list[str] = []
        self._data_label = data_label("digits", 0)
        self._known = np.ones(64, bool)
        self._build_ui()
        self._load_controls(self.settings)
        self.load_scene("training")

    # =================================================================== UI
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(4)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_training(), engine_text(SCENES[0][1]))
        self.tabs.addTab(self._build_dreaming(), engine_text(SCENES[1][1]))
        self.tabs.addTab(self._build_completion(), engine_text(SCENES[2][1]))
        self.tabs.addTab(self._build_recommender(), engine_text(SCENES[3][1]))
        for i, s in enumerate(SCENES):
            self.tabs.setTabToolTip(i, engine_text(s[2]))
        self.tabs.currentChanged.connect(lambda i: self.load_scene(SCENE_KEYS[i]))
        outer.addWidget(self.tabs, 1)
        self.readout_label = QLabel("—")
        self.readout_label.setFont(big_font(1.15, base=self.font()))
        self.readout_label.setWordWrap(True)
        self.readout_label.setToolTip(tr("Where the shown scene is now."))
        outer.addWidget(self.readout_label)
        outer.addWidget(self.message_label)

    # ----------------------------------------------------------- training tab
    def _build_training(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self._build_train_controls())
        self.train_glw = pg.GraphicsLayoutWidget()
        self.train_glw.setBackground(colors.PLOT_BACKGROUND)
        self.train_glw.setToolTip(tr("Top: each hidden unit's weights as an 8x8 image (orange positive, blue "
                                     "negative). Bottom: a batch of training inputs (upper row) and their "
                                     "reconstructions v → h → v (lower row)."))
        self.filter_plot, self.filter_image = image_plot(self.train_glw, tr("Filters (one per hidden unit)"), 0, 0)
        self.batch_plot, self.batch_image = image_plot(self.train_glw, tr("Inputs (top) and reconstructions"),
                                                       2, 0)
        self.train_glw.ci.layout.setRowStretchFactor(1, 4)
        self.train_glw.ci.layout.setRowStretchFactor(3, 1)
        lay.addWidget(self.train_glw, 5)

        plots = QWidget()
        g = QGridLayout(plots)
        g.setContentsMargins(0, 0, 0, 0)
        g.setSpacing(2)
        self.error_plot = PlotStrip(tr("Reconstruction error"), tr("epochs"), tr("Σ(v − v′)² per image"),
                                    [pg.mkPen(colors.VERMILLION, width=3)], y_from_zero=True, x_from_zero=True,
                                    min_x_span=1.0, mark_last=True)
        self.error_plot.setToolTip(tr("Squared difference between each training image and its one-step "
                                      "reconstruction v → h → v′, summed over the 64 pixels and averaged over "
                                      "the mini-batches (10 points per epoch). It falls fast but is not what CD "
                                      "optimises."))
        self.ll_plot = PlotStrip(tr("Log-likelihood per image"), tr("epochs"), tr("nats"),
                                 [pg.mkPen(colors.BLUE, width=3), pg.mkPen(colors.ORANGE, width=3),
                                  pg.mkPen(colors.GREEN, width=3),
                                  pg.mkPen(colors.PURPLE, width=3, style=Qt.PenStyle.DashLine)],
                                 names=[tr("PL train"), tr("PL held"), tr("LL train"), tr("LL held")],
                                 legend=True,
                                 x_from_zero=True, min_x_span=1.0, min_y_span=1.0)
        self.ll_plot.setToolTip(tr("Pseudo-log-likelihood (as scikit-learn's score_samples: one random pixel "
                                   "flipped per image) on training and held-out digits (PL); a "
                                   "growing gap means "
                                   "overfitting. With at most 20 hidden units the exact log-likelihood too, by "
                                   "summing over all hidden states (LL); the grey line is the uniform model, "
                                   "64 · log ½."))
        self.uniform_line = self.ll_plot.add_hline(-64 * np.log(2.0), tr("uniform"))
        self.whist_plot = PlotStrip(tr("Weights"), "w", tr("share"), [pg.mkPen(colors.BLUE, width=2)], step=True,
                                    fill=True, y_from_zero=True, min_y_span=0.05)
        self.whist_plot.setToolTip(tr("Histogram of all weights w_ij: it widens as the filters form."))
        self.hhist_plot = PlotStrip(tr("Hidden units"), "p(h=1|v)", tr("share"), [pg.mkPen(colors.GREEN, width=2)],
                                    step=True, fill=True, y_from_zero=True, min_y_span=0.05)
        self.hhist_plot.setToolTip(tr("Histogram of p(h_j = 1 | v) over a batch: near 0 or 1 when the hidden units "
                                      "are decisive; a lump at ½ means undecided units."))
        for strip in (self.error_plot, self.ll_plot, self.whist_plot, self.hhist_plot):
            cache_axes(strip.plot_item)
        g.addWidget(self.error_plot, 0, 0, 1, 2)
        g.addWidget(self.ll_plot, 1, 0, 1, 2)
        g.addWidget(self.whist_plot, 2, 0)
        g.addWidget(self.hhist_plot, 2, 1)
        lay.addWidget(plots, 5)
        return w

    def _build_train_controls(self) -> QWidget:
        box = QWidget()
        box.setMaximumWidth(250)
        g = QGridLayout(box)
        g.setContentsMargins(0, 0, 0, 0)
        g.setVerticalSpacing(3)

        def spin(lo: int, hi: int, tip: str) -> QSpinBox:
            s = QSpinBox()
            s.setRange(lo, hi)
            s.setToolTip(tip)
            return s

        def dspin(lo: float, hi: float, step: float, decimals: int, tip: str) -> QDoubleSpinBox:
            s = QDoubleSpinBox()
            s.setRange(lo, hi)
            s.setSingleStep(step)
            s.setDecimals(decimals)
            s.setToolTip(tip)
            return s

        self.data_combo = QComboBox()
        for k, (key, label, tip) in enumerate(DATA_SOURCES):
            self.data_combo.addItem(engine_text(label), key)
            self.data_combo.setItemData(k, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.data_combo.setToolTip(tr("What the RBM learns: the handwritten digits, a glyph set, or the patterns in "
                                      "the Hopfield panel's library. Press Start over to train on it."))
        self.binarise_combo = QComboBox()
        for k, (key, label, tip) in enumerate(BINARISE):
            self.binarise_combo.addItem(engine_text(label), key)
            self.binarise_combo.setItemData(k, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.binarise_combo.setToolTip(tr("How the grey images become the RBM's binary visible units."))
        self.hidden_spin = spin(4, 500, tr("Hidden units (4 to 500); with at most 20 the exact log-likelihood is "
                                           "shown too."))
        self.k_spin = spin(1, 50, tr("Gibbs steps k of CD-k in the negative phase."))
        self.pcd_check = QCheckBox(tr("Persistent CD"))
        self.pcd_check.setToolTip(tr("Keep the negative-phase chains between mini-batches (PCD) instead of "
                                     "starting them at the data (CD)."))
        self.batch_spin = spin(1, 500, tr("Images per mini-batch."))
        self.lr_spin = dspin(0.0001, 5.0, 0.01, 4, tr("Learning rate ε of each weight step."))
        self.momentum_spin = dspin(0.0, 0.99, 0.05, 2, tr("Momentum: the share of the previous step added to the "
                                                          "next (0.5 is the practical guide's start value)."))
        self.decay_spin = dspin(0.0, 0.1, 0.0001, 5, tr("L2 weight decay (the practical guide suggests 0.0001)."))
        self.epochs_spin = spin(1, 10_000, tr("Epochs to train; the run stops when they are done."))
        rows = ((tr("Data"), self.data_combo), (tr("Pixels"), self.binarise_combo),
                (tr("Hidden units"), self.hidden_spin), (tr("CD steps k"), self.k_spin),
                (None, self.pcd_check), (tr("Batch size"), self.batch_spin), (tr("Learning rate"), self.lr_spin),
                (tr("Momentum"), self.momentum_spin), (tr("Weight decay"), self.decay_spin),
                (tr("Epochs"), self.epochs_spin))
        add_form_rows(g, rows)
        mark_advanced(self.binarise_combo, self.k_spin, self.pcd_check, self.batch_spin, self.momentum_spin,
                      self.decay_spin)
        self.apply_button = button(tr("Start over"), tr("Build a fresh RBM with these settings (random small "
                                                        "weights) and train it from the beginning; press Space "
                                                        "to run."), self.apply_settings)
        g.addWidget(self.apply_button, len(rows), 0, 1, 2)
        note = QLabel("p(h<sub>j</sub>=1|v) = σ(b<sub>j</sub> + Σ<sub>i</sub> v<sub>i</sub>w<sub>ij</sub>)<br>"
                      + tr("Δw ∝ ⟨vh⟩<sub>data</sub> − ⟨vh⟩<sub>model</sub>"))
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setToolTip(tr("The hidden units' probabilities given an image, and the learning rule: the model term "
                           "is estimated by k steps of Gibbs sampling (contrastive divergence)."))
        g.addWidget(note, len(rows) + 1, 0, 1, 2)
        g.setRowStretch(len(rows) + 2, 1)
        return box

    def _load_controls(self, s: TrainSettings) -> None:
        self.data_combo.setCurrentIndex(DATA_KEYS.index(s.data))
        self.binarise_combo.setCurrentIndex([b[0] for b in BINARISE].index(s.binarise))
        self.hidden_spin.setValue(s.n_hidden)
        self.k_spin.setValue(s.k)
        self.pcd_check.setChecked(s.persistent)
        self.batch_spin.setValue(s.batch_size)
        self.lr_spin.setValue(s.learning_rate)
        self.momentum_spin.setValue(s.momentum)
        self.decay_spin.setValue(s.weight_decay)
        self.epochs_spin.setValue(s.epochs)

    def _read_controls(self) -> TrainSettings:
        return TrainSettings(n_hidden=self.hidden_spin.value(), data=self.data_combo.currentData(),
                             binarise=self.binarise_combo.currentData(),
                             k=self.k_spin.value(), persistent=self.pcd_check.isChecked(),
                             batch_size=self.batch_spin.value(), learning_rate=self.lr_spin.value(),
                             momentum=self.momentum_spin.value(), weight_decay=self.decay_spin.value(),
                             epochs=self.epochs_spin.value())

    # ----------------------------------------------------------- dreaming tab
    def _build_dreaming(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.chains_spin = QSpinBox()
        self.chains_spin.setRange(1, 64)
        self.chains_spin.setValue(16)
        self.chains_spin.setPrefix(tr("chains: "))
        self.chains_spin.setToolTip(tr("How many independent Gibbs chains run side by side."))
        self.dream_start_combo = QComboBox()
        self.dream_start_combo.addItem(tr("from noise"), "noise")
        self.dream_start_combo.addItem(tr("from an image"), "digit")
        self.dream_start_combo.setToolTip(tr("Start every chain from random pixels, or from the training image "
                                             "chosen beside."))
        self.dream_digit_spin = QSpinBox()
        self.dream_digit_spin.setRange(0, 1796)
        self.dream_digit_spin.setPrefix(tr("image #"))
        self.dream_digit_spin.setToolTip(tr("Which image of the training data the chains start from."))
        self.dream_button = button(tr("Restart chains"), tr("Start the chains again from the chosen start, with the "
                                                            "weights trained so far."),
                                   lambda: self.load_scene("dreaming", force=True))
        for x in (self.chains_spin, self.dream_start_combo, self.dream_digit_spin, self.dream_button):
            row.addWidget(x)
        row.addStretch(1)
        lay.addLayout(row)
        self.dream_glw = pg.GraphicsLayoutWidget()
        self.dream_glw.setBackground(colors.PLOT_BACKGROUND)
        self.dream_glw.setToolTip(tr("Each tile is one chain's visible units p(v=1|h) after the last v → h → v "
                                     "step; S steps once, Space runs fast."))
        self.dream_plot, self.dream_image = image_plot(self.dream_glw, tr("Visible units of each chain"), 0, 0)
        self.dream_h_plot, self.dream_h_image = image_plot(self.dream_glw, tr("Hidden states (one row per chain)"),
                                                           0, 1)
        self.dream_glw.ci.layout.setColumnStretchFactor(0, 3)
        self.dream_glw.ci.layout.setColumnStretchFactor(1, 2)
        lay.addWidget(self.dream_glw, 1)
        return w

    # --------------------------------------------------------- completion tab
    def _build_completion(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        lay.setContentsMargins(2, 2, 2, 2)
        left = QVBoxLayout()
        row = QHBoxLayout()
        self.comp_digit_spin = QSpinBox()
        self.comp_digit_spin.setRange(0, 1796)
        self.comp_digit_spin.setPrefix(tr("image #"))
        self.comp_digit_spin.setToolTip(tr("Which image of the training data to complete."))
        self.comp_digit_spin.valueChanged.connect(lambda _v: self._pick_digit())
        self.comp_mode_combo = QComboBox()
        self.comp_mode_combo.addItem(tr("Occlude a rectangle"), "occlude")
        self.comp_mode_combo.addItem(tr("Scribble"), "draw")
        self.comp_mode_combo.setToolTip(tr("Drag a rectangle to hide pixels, or scribble over pixels with the "
                                           "mouse; the hidden or scribbled pixels are unknown and get sampled."))
        self.comp_mode_combo.currentIndexChanged.connect(
            lambda _i: self.comp_canvas.set_mode(self.comp_mode_combo.currentData()))
        row.addWidget(self.comp_digit_spin)
        row.addWidget(self.comp_mode_combo)
        left.addLayout(row)
        self.comp_canvas = GridCanvas(8, 8)
        self.comp_canvas.set_mode("occlude")
        self.comp_canvas.setToolTip(tr("The digit (binarised). Drag to occlude a rectangle or scribble: those "
                                       "pixels become unknown; the rest are clamped while the RBM samples."))
        self.comp_canvas.rect_occluded.connect(self._on_occluded)
        self.comp_canvas.cells_painted.connect(self._on_scribbled)
        self.comp_canvas.stroke_finished.connect(self._restart_completion)
        left.addWidget(self.comp_canvas, 1)
        self.comp_reset_button = button(tr("Show whole image"), tr("Forget the occlusion: every pixel known again."),
                                        self._pick_digit)
        left.addWidget(self.comp_reset_button)
        lay.addLayout(left, 2)

        right = QVBoxLayout()
        self.comp_glw = pg.GraphicsLayoutWidget()
        self.comp_glw.setBackground(colors.PLOT_BACKGROUND)
        self.comp_glw.setToolTip(tr("Original; the input (unknown pixels in orange); the clamped fill-in; the free "
                                    "run from the same start, whose known pixels drift too."))
        self.comp_plot, self.comp_image = image_plot(self.comp_glw, tr("Original · input · clamped · free running"),
                                                     0, 0)
        right.addWidget(self.comp_glw, 3)
        self.comp_error_plot = PlotStrip(tr("Error on the unknown pixels"), tr("Gibbs steps"),
                                         tr("mean |v − original|"),
                                         [pg.mkPen(colors.BLUE, width=3), pg.mkPen(colors.VERMILLION, width=3)],
                                         names=[tr("clamped"), tr("free running")], legend=True,
                                         y_range=(0.0, 1.0),
                                         x_from_zero=True, min_x_span=5.0, mark_last=True)
        self.comp_error_plot.setToolTip(tr("Mean absolute difference between the sampled pixel probabilities and "
                                           "the original on the unknown pixels: the clamped chain should settle "
                                           "lower than the free one."))
        right.addWidget(self.comp_error_plot, 2)
        lay.addLayout(right, 3)
        return w

    # -------------------------------------------------------- recommender tab
    N_RECOMMEND = 5

    def _build_recommender(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        lay.setContentsMargins(2, 2, 2, 2)
        box = QWidget()
        box.setMaximumWidth(300)
        g = QGridLayout(box)
        g.setContentsMargins(0, 0, 0, 0)
        g.setVerticalSpacing(3)
        self.rec_hidden_spin = QSpinBox()
        self.rec_hidden_spin.setRange(1, 60)
        self.rec_hidden_spin.setValue(6)
        self.rec_hidden_spin.setToolTip(tr("Hidden units of the recommender's RBM: about one per taste suffices "
                                           "(3 planted taste groups)."))
        self.rec_epochs_spin = QSpinBox()
        self.rec_epochs_spin.setRange(1, 5000)
        self.rec_epochs_spin.setValue(200)
        self.rec_epochs_spin.setToolTip(tr("Epochs to train on the seen ratings; the run stops when they are done."))
        self.rec_apply_button = button(tr("Start over"), tr("Build a fresh recommender with these settings and "
                                                            "train it from the beginning; press Space to run."),
                                       lambda: self.load_scene("recommender", force=True))
        self.rec_user_spin = QSpinBox()
        self.rec_user_spin.setRange(0, 89)
        self.rec_user_spin.setPrefix(tr("user #"))
        self.rec_user_spin.setToolTip(tr("Whose recommendations to list (or click a row of the matrix); the user's "
                                         "row is outlined in black."))
        self.rec_user_spin.valueChanged.connect(lambda _v: self._show_user())
        rows = ((tr("Hidden units"), self.rec_hidden_spin), (tr("Epochs"), self.rec_epochs_spin),
                (None, self.rec_apply_button), (tr("User"), self.rec_user_spin))
        add_form_rows(g, rows)
        r = len(rows)
        self.rec_user_label = QLabel("—")
        self.rec_user_label.setWordWrap(True)
        self.rec_user_label.setToolTip(tr("The chosen user's planted taste (hidden from the RBM) and ratings."))
        g.addWidget(self.rec_user_label, r, 0, 1, 2)
        self.rec_list = QListWidget()
        self.rec_list.setToolTip(tr("The user's best-scored unrated items, best first: item number, genre, the "
                                    "RBM's predicted like probability (score), and what a held-out rating says "
                                    "(✓ liked, ✗ disliked)."))
        self.rec_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rec_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rec_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _ in range(self.N_RECOMMEND):
            self.rec_list.addItem(QListWidgetItem("—"))
        self.rec_list.setFixedHeight((self.fontMetrics().height() + 6) * self.N_RECOMMEND
                                     + 2 * self.rec_list.frameWidth() + 6)
        note = QLabel(tr("Each row is a user, each column an item. The RBM sees each user's seen ratings as one "
                         "visible vector (unrated items filled with the item's average like rate: mean imputation) "
                         "and learns the tastes in its hidden units. A user's score for an item is the "
                         "reconstruction p(v<sub>item</sub>=1 | h); the recommendations are the best-scored items "
                         "the user has not rated. Held-out ratings, never trained on, measure the accuracy against "
                         "recommending what is popular."))
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setWordWrap(True)
        note.setToolTip(tr("How the recommender works."))
        g.addWidget(note, r + 1, 0, 1, 2)
        g.setRowStretch(r + 2, 1)
        lay.addWidget(box, 3)

        mid = QVBoxLayout()
        self.rec_glw = pg.GraphicsLayoutWidget()
        self.rec_glw.setBackground(colors.PLOT_BACKGROUND)
        self.rec_glw.setToolTip(tr("The rating matrix: users (rows, sorted by planted taste group) by items "
                                   "(columns, by genre). Click a row to choose that user."))
        self.rec_glw.addLabel(tr("Ratings: users × items"), row=0, col=0, size="12pt", color=colors.PLOT_FOREGROUND,
                              bold=True)
        self.rec_plot = self.rec_glw.addPlot(row=1, col=0)
        pi = self.rec_plot
        pi.setMenuEnabled(False)
        pi.hideButtons()
        pi.setMouseEnabled(x=False, y=False)
        pi.invertY(True)
        for name, text in (("left", tr("users (by taste group)")), ("bottom", tr("items (by genre)"))):
            axis = pi.getAxis(name)
            axis.setPen(pg.mkPen(colors.PLOT_FOREGROUND))
            axis.setTextPen(pg.mkPen(colors.PLOT_FOREGROUND))
            axis.enableAutoSIPrefix(False)
            pi.setLabel(name, text, color=colors.PLOT_FOREGROUND)
        self.rec_image = pg.ImageItem(axisOrder="row-major")
        pi.addItem(self.rec_image)
        self.rec_separators = pg.PlotCurveItem(pen=pg.mkPen(colors.PLOT_FOREGROUND, width=1.5), connect="pairs")
        pi.addItem(self.rec_separators)
        self.rec_user_box = pg.PlotCurveItem(pen=pg.mkPen(colors.BLACK, width=3))
        pi.addItem(self.rec_user_box)
        self.rec_glw.scene().sigMouseClicked.connect(self._on_matrix_click)
        mid.addWidget(self.rec_glw, 1)
        self.rec_legend = QLabel(rating_legend_html())
        self.rec_legend.setTextFormat(Qt.TextFormat.RichText)
        self.rec_legend.setWordWrap(True)
        self.rec_legend.setToolTip(tr("The matrix's colours: seen ratings (liked, not liked) are trained on; "
                                      "held-out ones are hidden from training and measure the accuracy."))
        mid.addWidget(self.rec_legend)
        lay.addLayout(mid, 4)

        self.rec_acc_plot = PlotStrip(tr("Accuracy on held-out ratings"), tr("epochs"), tr("share right"),
                                      [pg.mkPen(colors.BLUE, width=3),
                                       pg.mkPen(colors.VERMILLION, width=3, style=Qt.PenStyle.DashLine)],
                                      names=["RBM", tr("popularity")], legend=True, y_range=(0.0, 1.0),
                                      x_from_zero=True, min_x_span=1.0, mark_last=True)
        self.rec_acc_plot.setToolTip(tr("Share of the held-out ratings predicted right (like when the score is "
                                        "above ½), after each epoch; dashed: the popularity baseline, which "
                                        "predicts like for an item when most of its seen ratings are likes, "
                                        "whoever the user."))
        right = QVBoxLayout()
        right.addWidget(self.rec_acc_plot, 1)
        self.rec_list_title = QLabel(tr("Top recommendations"))
        self.rec_list_title.setFont(big_font(1.0, base=self.font()))
        self.rec_list_title.setToolTip(self.rec_list.toolTip())
        right.addWidget(self.rec_list_title)
        right.addWidget(self.rec_list)
        lay.addLayout(right, 4)
        return w

    def _on_matrix_click(self, ev: Any) -> None:
        if self._rec_order is None or ev.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.rec_plot.getViewBox()
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        row = int(np.floor(p.y()))
        if 0 <= row < len(self._rec_order) and 0 <= p.x() < self.rec_image.width():
            self.rec_user_spin.setValue(int(self._rec_order[row]))
            ev.accept()

    def recommendations(self, d: Any, user: int, n: int | None = None) -> np.ndarray:
        """The ``n`` best-scored items ``user`` has not rated as seen (as ``Recommender.recommend``)."""
        scores = np.asarray(d["scores"])[user]
        cand = np.flatnonzero(~np.asarray(d["seen"], bool)[user])
        return cand[np.argsort(-scores[cand], kind="stable")][:n or self.N_RECOMMEND]

    def _show_user(self) -> None:
        """Outline the chosen user's row and list their recommendations (from the last snapshot)."""
        snap = self.last_snapshot
        if self.scene_key != "recommender" or snap is None or not snap.data or "scores" not in snap.data:
            return
        d = snap.data
        user = self.rec_user_spin.value()
        order = self._rec_order if self._rec_order is not None else np.arange(len(d["scores"]))
        row = int(np.flatnonzero(order == user)[0])
        n_items = np.asarray(d["scores"]).shape[1]
        self.rec_user_box.setData([0, n_items, n_items, 0, 0], [row, row, row + 1, row + 1, row])
        likes = np.asarray(d["likes"])[user]
        seen = np.asarray(d["seen"], bool)[user]
        held = np.asarray(d["heldout"], bool)[user]
        genre = np.asarray(d["item_genre"])
        group = int(np.asarray(d["user_group"])[user])
        self.rec_user_label.setText(tr(
            "User #{user}: planted taste group {group} (likes genre {group} items; the RBM is not told). "
            "{seen} seen ratings, {likes} of them likes.", user=user, group=genre_name(group),
            seen=int(seen.sum()), likes=int((likes[seen] > 0.5).sum())))
        items = self.recommendations(d, user)
        self.rec_list_title.setText(tr("Top recommendations for user #{user}", user=user))
        scores = np.asarray(d["scores"])[user]
        confirmed = 0
        for k in range(self.N_RECOMMEND):
            it = self.rec_list.item(k)
            if k >= len(items):
                it.setText("—")
                it.setForeground(QColor(colors.MUTED_TEXT))
                continue
            i = int(items[k])
            text = tr("{rank}. #{item}, genre {genre}: {score:.2f}", rank=k + 1, item=i, genre=genre_name(genre[i]),
                      score=scores[i])
            if held[i]:
                ok = likes[i] > 0.5
                confirmed += int(ok)
                text += tr("   ✓ held out: liked") if ok else tr("   ✗ held out: disliked")
                it.setForeground(QColor(colors.BLUE if ok else colors.VERMILLION))
            else:
                text += tr("   (no rating)")
                it.setForeground(QColor(colors.PLOT_FOREGROUND))
            it.setText(text)
        n_held = int(held[items].sum()) if len(items) else 0
        self.rec_list.setToolTip(self.rec_list_title.toolTip() + "\n" + tr(
            "Here {confirmed} of the {n_held} recommended items with a held-out rating were liked.",
            confirmed=confirmed, n_held=n_held))

    # =================================================================== scenes
    @property
    def ready(self) -> bool:
        """Whether an engine is installed and none is being built."""
        return self.runner is not None and self._job is None

    @property
    def edits_pending(self) -> bool:
        return self._job is not None or bool(self._pending)

    def apply_settings(self) -> None:
        """Start training over with the settings in the controls (unless their data cannot be had)."""
        settings = self._read_controls()
        try:
            self._training_ink(settings.data)
        except ValueError as exc:
            self.show_error(tr("{error} Training goes on with the data it had.", error=engine_text(exc)))
            self.data_combo.setCurrentIndex(DATA_KEYS.index(self.settings.data))
            return
        self.settings = settings
        self._trainer = None
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)  # loads the scene
        else:
            self.load_scene("training", force=True)

    def load_scene(self, key: str, force: bool = False) -> bool:
        """Show scene ``key``, building its engine in the background when needed."""
        if key not in SCENE_KEYS and key != "bench":
            self.show_error(tr("Unknown scene {key}.", key=repr(key)))
            return False
        if key in SCENE_KEYS and self.tabs.currentIndex() != SCENE_KEYS.index(key):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(SCENE_KEYS.index(key))
            self.tabs.blockSignals(False)
        self._stop_runner()
        self.scene_key = key
        if key == "training" and self._trainer is not None and not force:
            self._install(key, self._trainer)
            return True
        if key == "recommender" and self._recommender is not None and not force:
            self._install(key, self._recommender)
            return True
        rbm = None
        opts: dict = {}
        if key in ("dreaming", "completion"):
            if self._trainer is None:
                self.readout_label.setText(tr("No trained RBM yet."))
                self.show_error(tr("Train the RBM first (the Training tab): dreaming and completion use its "
                                   "weights."))
                return False
            rbm = copy_rbm(self._trainer.rbm)
            if key == "dreaming":
                start = None
                if self.dream_start_combo.currentData() == "digit":
                    start = self._image(self.dream_digit_spin.value())
                opts = {"n_chains": self.chains_spin.value(), "start": start}
            else:
                image = self._image(self.comp_digit_spin.value())
                self.comp_canvas.set_state(np.where((image > 0.5) & self._known, 1, -1))
                opts = {"image": image, "known": self._known.copy()}
        if key == "recommender":
            opts = {"n_hidden": self.rec_hidden_spin.value(), "epochs": self.rec_epochs_spin.value()}
        if key == "training":
            try:
                ink, names = self._training_ink(self.settings.data)
            except ValueError as exc:
                self.readout_label.setText(tr("No training data."))
                self.show_error(engine_text(exc))
                return False
            opts = {"ink": None if self.settings.data == "digits" else ink}
            self._data_label = data_label(self.settings.data, len(ink))
            self._set_images(ink, names)
        settings, seed = self.settings, self._seed
        if self._job is not None:
            self._old_jobs.append(self._job)
        self._job_key = key
        self._job = BackgroundJob(lambda ctx: build_engine(key, settings, seed, rbm, **opts),
                                  name="rbm-scene").start()
        self.readout_label.setText(tr("Preparing…"))
        return True

    def _training_ink(self, source: str) -> tuple[np.ndarray, list[str]]:
        """The images of data source ``source`` as (n, 64) ink in [0, 1], with their names.

        Rendered here, in the GUI thread, because glyphs are drawn with Qt's font engine.
        """
        from simulator.models.rbm.data import digits_ink, ink_at_side

        if source == "digits":
            ink, labels = digits_ink()
            return ink, [f"digit {int(y)}" for y in labels]
        if source in ("letters", "font_digits"):
            chars = glyphs.LETTERS if source == "letters" else glyphs.DIGITS
            # Area averaging can stray a rounding error outside [0, 1].
            ink = np.clip(np.stack([1.0 - glyphs.glyph_gray(ch, 8, 8) for ch in chars]), 0.0, 1.0)
            return ink_at_side(ink), list(chars)
        if source == "hopfield":
            shared = self.workspace.patterns()
            if shared is None or not len(shared):
                raise ValueError(tr("The Hopfield panel's library is empty: draw a pattern there and press Add "
                                    "(or load a set), then come back and press Start over."))
            return ink_at_side(shared.ink()), list(shared.names)
        raise ValueError(tr("Unknown data source {source}.", source=repr(source)))

    def _set_images(self, ink: np.ndarray, names: list[str]) -> None:
        """The images dreaming and completion start from: the training data, thresholded."""
        from simulator.models.rbm.data import binarize

        self._images = binarize(ink, "threshold")
        self._image_names = names
        top = len(self._images) - 1
        for spin in (self.dream_digit_spin, self.comp_digit_spin):
            spin.blockSignals(True)
            spin.setRange(0, top)
            spin.blockSignals(False)

    def _image(self, index: int) -> np.ndarray:
        if self._images is None:
            self._set_images(*self._training_ink("digits"))
        return self._images[min(int(index), len(self._images) - 1)].copy()

    def _poll_job(self) -> None:
        self._old_jobs = [j for j in self._old_jobs if not j.done]
        job = self._job
        if job is None or not job.done:
            return
        self._job = None
        if job.error or job.result is None:
            self._run_when_ready = False
            self.readout_label.setText("—")
            self.show_error(tr("Could not build the scene: {error}",
                               error=engine_text(job.error) if job.error else tr("no engine")))
            return
        if self._job_key in ("training", "bench"):
            self._trainer = job.result
        elif self._job_key == "recommender":
            self._recommender = job.result
        self._install(self._job_key, job.result)

    def _install(self, key: str, engine: Any) -> None:
        self._stop_runner()
        self.last_snapshot = None
        self._pending.clear()
        self._fit.clear()
        self._turns.forget()
        self._drawn_traces.clear()
        self.attach_engine(engine)
        if self._rate is not None:
            self.runner.set_rate(self._rate)
        if key == "training":
            for p in (self.error_plot, self.ll_plot, self.whist_plot, self.hhist_plot):
                p.clear_series()
                p.reset_ranges()
            self.show_info(tr("Training on {data}: press Space to run, S to train on one mini-batch.",
                              data=engine_text(self._data_label)))
        elif key == "dreaming":
            self.show_info(tr("Dreaming: press S for one step v → h → v of every chain, Space to run fast."))
        elif key == "completion":
            self.comp_error_plot.clear_series()
            self.comp_error_plot.reset_ranges()
            self.show_info(tr("Completion: press Space to sample the unknown pixels; drag on the digit to hide "
                              "more."))
        elif key == "recommender":
            self.rec_acc_plot.clear_series()
            self.rec_acc_plot.reset_ranges()
            self.show_info(tr("Recommender: press Space to train on the seen ratings (S for one epoch); choose a "
                              "user to see their recommendations."))
        if self._run_when_ready:
            self._run_when_ready = False
            self.runner.run()

    def _stop_runner(self) -> None:
        if self.runner is not None:
            self.runner.stop(2.0)
            self.runner = None
        self.last_snapshot = None

    # ------------------------------------------------------------ completion
    def _pick_digit(self) -> None:
        self._known[:] = True
        x = self._image(self.comp_digit_spin.value())
        self.comp_canvas.set_state(np.where(x > 0.5, 1, -1))
        self._restart_completion()

    def _on_occluded(self, r0: int, c0: int, r1: int, c1: int) -> None:
        known = self._known.reshape(8, 8)
        known[r0:r1, c0:c1] = False
        self._restart_completion()

    def _on_scribbled(self, indices: np.ndarray, _value: int) -> None:
        self._known[np.asarray(indices, np.int64)] = False

    def _restart_completion(self) -> None:
        if self.scene_key == "completion" and self._trainer is not None:
            n = int((~self._known).sum())
            self.load_scene("completion", force=True)
            self.show_info(tr("{n} of 64 pixels unknown: press Space to sample them with the rest clamped.", n=n))

    # ============================================================ run bar
    @property
    def running(self) -> bool:
        return self._run_when_ready or super().running

    def run_pause(self) -> None:
        if self._job is not None:
            self._run_when_ready = not self._run_when_ready
            return
        super().run_pause()

    def reset(self, seed: int | None) -> None:
        """Back to the scene's start; a seed also changes the random numbers."""
        if seed is not None:
            self._seed = int(seed)
        self._fit.clear()
        self._drawn_traces.clear()
        super().reset(seed)
        self.show_info(tr("Back to the start: press Space to run again (the same seed replays the same run)."))

    def set_rate(self, updates_per_second: float | None) -> None:
        self._rate = updates_per_second
        super().set_rate(updates_per_second)

    # ============================================================ bench
    def bench_scene(self) -> str:
        """The GUI bench: CD-1 training of 500 hidden units on the digits, flat out."""
        self.pause()
        self.load_scene("bench")
        deadline = time.monotonic() + 30.0
        while self._job is not None and time.monotonic() < deadline:
            self._job.join(0.05)
            self._poll_job()
        self.set_rate(None)
        return "RBM 64 x 500 on the digits, CD-1 training"

    def bench_input_point(self) -> tuple[QWidget, QPoint]:
        """Where a click lands: the middle of the filter mosaic."""
        view = self.train_glw
        return view.viewport(), QPoint(view.width() // 3, view.height() // 3)

    # ============================================================ display
    def refresh(self) -> bool:
        self._poll_job()
        self.poll_edits()
        return super().refresh()

    def render(self, snap: Snapshot) -> None:
        if snap.error and snap.error != self._shown_error:
            text = engine_text(snap.error)
            self.show_error(text[:1].upper() + text[1:])
        self._shown_error = snap.error
        d = snap.data
        if not d:
            return
        if self.scene_key in ("training", "bench"):
            self._render_training(snap, d)
        elif self.scene_key == "dreaming":
            self._render_dreaming(snap, d)
        elif self.scene_key == "completion":
            self._render_completion(snap, d)
        elif self.scene_key == "recommender":
            self._render_recommender(snap, d)

    def _render_training(self, snap: Snapshot, d: Any) -> None:
        if d.get("error") and d["error"] != self._shown_error:
            self._shown_error = d["error"]
            text = engine_text(d["error"])
            self.show_error(text[:1].upper() + text[1:])
        draw = {"filters": self._draw_filters, "batch": self._draw_batch, "error": self._draw_error,
                "ll": self._draw_ll, "whist": self._draw_whist, "hhist": self._draw_hhist}
        now = time.monotonic()
        if not snap.running:
            # Paused, stepped or settled: every view shows this snapshot.
            self._turns.forget()
            for fn in draw.values():
                fn(d)
            self._text_time = now
            self._draw_readout(d)
            return
        # While running, a frame redraws one view, the most overdue whose content changed: each view
        # may lag its neighbours by a fraction of a second, but shows a snapshot exactly.
        view = self._turns.pick(now, [k for k in draw if self._trace_changed(k, d)])
        if view is not None:
            draw[view](d)
        if now - self._text_time >= TEXT_INTERVAL:
            self._text_time = now
            self._draw_readout(d)

    def _trace_changed(self, view: str, d: Any) -> bool:
        trace = training_trace(view, d)
        return trace is None or not same_arrays(self._drawn_traces.get(view), trace)

    def _draw_filters(self, d: Any) -> None:
        w = np.asarray(d["weights"])
        shown = min(w.shape[1], MAX_FILTERS)
        rows, cols = grid_shape(shown)
        tiles = w[:, :shown].T
        show_rgba(self.filter_plot, self.filter_image,
                  tile_mosaic(tiles, cols, colors.diverging_lut(), colors.symmetric_levels(tiles), rows=rows),
                  "filters", self._fit)

    def _draw_batch(self, d: Any) -> None:
        bin_ = np.asarray(d["batch_in"])
        if len(bin_):
            both = np.concatenate([bin_, np.asarray(d["batch_recon"])])
            show_rgba(self.batch_plot, self.batch_image, tile_mosaic(both, len(bin_), INK_LUT, (0.0, 1.0), rows=2),
                      "batch", self._fit)

    def _draw_error(self, d: Any) -> None:
        self._drawn_traces["error"] = training_trace("error", d)
        x = d["recon_epochs"]
        # None hides the curve: just after a reset the trace is empty and the old run's is gone.
        self.error_plot.set_series(0, x if len(x) else None, d["recon_error"])

    def _draw_ll(self, d: Any) -> None:
        self._drawn_traces["ll"] = training_trace("ll", d)
        if len(d["pseudo_ll_epochs"]):
            self.ll_plot.set_series(0, d["pseudo_ll_epochs"], d["pseudo_ll_train"])
            self.ll_plot.set_series(1, d["pseudo_ll_epochs"], d["pseudo_ll_heldout"])
        exact = bool(d["exact_ll_available"]) and len(d["exact_ll_epochs"]) > 0
        self.ll_plot.set_series(2, d["exact_ll_epochs"] if exact else None, d["exact_ll_train"])
        self.ll_plot.set_series(3, d["exact_ll_epochs"] if exact else None, d["exact_ll_heldout"])
        self.uniform_line.setPos(float(d["uniform_ll"]))

    def _draw_whist(self, d: Any) -> None:
        self._draw_hist(self.whist_plot, "weight", d)

    def _draw_hhist(self, d: Any) -> None:
        self._draw_hist(self.hhist_plot, "hidden", d)

    def _draw_hist(self, plot: Any, key: str, d: Any) -> None:
        e, share = hist_edges(d[f"{key}_hist"], d[f"{key}_edges"])
        plot.set_series(0, e, share)
        if self._fit.get(key) != (e[0], e[-1]):
            self._fit[key] = (e[0], e[-1])
            plot.set_x_range(float(e[0]), float(e[-1]))

    def _draw_readout(self, d: Any) -> None:
        epoch = float(d["epoch_float"])
        text = tr("Epoch {epoch:.2f} of {epochs}  ·  {batches:,} batches", epoch=epoch, epochs=d["epochs"],
                  batches=int(d["batches"]))
        if len(d["recon_error"]):
            text += tr("  ·  reconstruction error {error:.2f}", error=float(d["recon_error"][-1]))
        if len(d["pseudo_ll_train"]):
            text += tr("  ·  pseudo-LL {ll:.1f} nats", ll=float(d["pseudo_ll_train"][-1]))
        self.readout_label.setText(text)

    def _render_dreaming(self, snap: Snapshot, d: Any) -> None:
        v = np.asarray(d["v_prob"])
        h = np.asarray(d["h"], np.float64)
        rows, cols = grid_shape(len(v), 1.6)
        show_rgba(self.dream_plot, self.dream_image, tile_mosaic(v, cols, INK_LUT, (0.0, 1.0), rows=rows),
                  "dream", self._fit)
        show_rgba(self.dream_h_plot, self.dream_h_image,
                  tile_mosaic(h, 1, INK_LUT, (0.0, 1.0), rows=len(h), side=(1, h.shape[1]), gap=0), "dream_h",
                  self._fit)
        self.readout_label.setText(tr("{steps} Gibbs steps v → h → v   ·   {chains} chains", steps=int(d["steps"]),
                                      chains=len(v)))

    def _render_completion(self, snap: Snapshot, d: Any) -> None:
        orig = np.asarray(d["original"], np.float64)
        known = np.asarray(d["known"], bool)
        shown_in = np.where(known, orig, np.nan)
        tiles = np.stack([orig, shown_in, np.asarray(d["fill"]), np.asarray(d["free"])])
        rgba = tile_mosaic(tiles, 4, INK_LUT, (0.0, 1.0), rows=1)
        # Unknown pixels of the input tile in orange.
        tile = rgba[1:9, 10:18]
        tile[~known.reshape(8, 8)] = (230, 159, 0, 255)
        show_rgba(self.comp_plot, self.comp_image, rgba, "comp", self._fit)
        x = d["error_steps"]
        self.comp_error_plot.set_series(0, x if len(x) else None, d["fill_error_trace"])
        self.comp_error_plot.set_series(1, x if len(x) else None, d["free_error_trace"])
        self.readout_label.setText(tr("{steps} Gibbs steps   ·   {unknown} unknown pixels   ·   "
                                      "error clamped {clamped:.3f}, free {free:.3f}", steps=int(d["steps"]),
                                      unknown=int((~known).sum()), clamped=float(d["fill_error"]),
                                      free=float(d["free_error"])))

    def _render_recommender(self, snap: Snapshot, d: Any) -> None:
        likes = np.asarray(d["likes"])
        n_users, n_items = likes.shape
        group = np.asarray(d["user_group"])
        genre = np.asarray(d["item_genre"])
        order = np.argsort(group, kind="stable")
        shape_changed = self._fit.get("rec") != (n_users, n_items)
        self._rec_order = order
        codes = rating_codes(likes, d["seen"], d["heldout"])[order]
        self.rec_image.setImage(RATING_LUT[codes], autoLevels=False)
        if shape_changed:
            self._fit["rec"] = (n_users, n_items)
            self.rec_image.setRect(QRectF(0, 0, n_items, n_users))
            self.rec_plot.setRange(xRange=(0, n_items), yRange=(0, n_users), padding=0.01)
            self.rec_user_spin.setRange(0, n_users - 1)
            # Lines between taste groups (rows) and between genres (columns).
            gs = np.flatnonzero(np.diff(group[order])) + 1
            gi = np.flatnonzero(np.diff(genre)) + 1
            xs = [v for b in gs for v in (0, n_items)] + [v for b in gi for v in (b, b)]
            ys = [v for b in gs for v in (b, b)] + [v for b in gi for v in (0, n_users)]
            self.rec_separators.setData(np.asarray(xs, float), np.asarray(ys, float), connect="pairs")
        x = np.asarray(d["accuracy_epochs"])
        self.rec_acc_plot.set_series(0, x if len(x) else None, d["accuracy_trace"])
        pop = float(d["popularity_accuracy"])
        if len(x):
            self.rec_acc_plot.set_series(1, np.array([0.0, max(float(x[-1]), 1.0)]), np.array([pop, pop]))
        else:
            self.rec_acc_plot.set_series(1, np.array([0.0, 1.0]), np.array([pop, pop]))
        self._show_user()
        self.readout_label.setText(tr(
            "Epoch {epoch} of {epochs}  ·  held-out accuracy {accuracy:.0%} (popularity {popularity:.0%})  ·  "
            "{users} users × {items} items, {groups} taste groups", epoch=int(d["epoch"]), epochs=int(d["epochs"]),
            accuracy=float(d["accuracy"]), popularity=pop, users=n_users, items=n_items,
            groups=len(np.unique(group))))

    # ============================================================ lifecycle
    def shutdown(self, timeout: float = 0.5) -> bool:
        """Stop the runner and any engine being built; True if every thread ended in time."""
        ok = super().shutdown(timeout)
        for job in [self._job, *self._old_jobs]:
            if job is not None:
                ok = job.join(max(timeout, 5.0)) and ok
        return ok

    # ============================================================ explain
    def explain_html(self, snap: Snapshot | None) -> str:
        """The notes' energy, conditionals and CD update with the shown tab's live numbers."""
        title = next((engine_text(s[1]) for s in SCENES if s[0] == self.scene_key), self.scene_key)
        return rbm_explain.explain(snap.data if snap is not None else None, self.scene_key, title)

    # ============================================================ scenes
    def scene_state(self) -> dict[str, Any]:
        """The tab shown, every control, the training images themselves (whatever their source, the Hopfield
        panel's library included), and the full state of the training, the recommender and the shown dreaming
        or completion: weights, momentum, batch order, chains, random state and traces (the plots' data)."""
        from simulator.gui.panels.rbm_scene import scene_state

        return scene_state(self)

    def restore_scene(self, scene: Any) -> None:
        """Open a scene of :meth:`scene_state`; ValueError with a sentence, panel unchanged, when it does not fit."""
        from simulator.gui.panels.rbm_scene import restore_scene

        restore_scene(self, scene)
