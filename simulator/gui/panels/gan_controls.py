"""The GAN panel's control tabs: networks, training, remedies and presets, and the comparison's second run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels.gan_parts import (
    ACTIVATIONS,
    LOSSES,
    NOISES,
    OPTIMIZERS,
    PRESETS,
    TRAIN_MODES,
    Settings,
)
from simulator.gui.widgets.advanced import mark_advanced
from simulator.gui.widgets.controls import add_form_rows

LR_RANGE = (1e-5, 10.0)


def choice_combo(choices: tuple, tip: str) -> QComboBox:
    """A combo of (key, label, tooltip) choices; each item keeps its key as data and its tooltip."""
    combo = QComboBox()
    for k, (key, label, item_tip) in enumerate(choices):
        combo.addItem(engine_text(label), key)
        combo.setItemData(k, engine_text(item_tip), Qt.ItemDataRole.ToolTipRole)
    combo.setToolTip(tip)
    return combo


def set_combo(combo: QComboBox, key: Any) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


def spin(lo: int, hi: int, tip: str, suffix: str = "") -> QSpinBox:
    s = QSpinBox()
    s.setRange(lo, hi)
    s.setToolTip(tip)
    s.setSuffix(suffix)
    # A value typed digit by digit is sent once, on Enter or when the box loses focus.
    s.setKeyboardTracking(False)
    return s


def lr_spin(tip: str) -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setRange(*LR_RANGE)
    s.setDecimals(5)
    s.setSingleStep(1e-4)
    s.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
    s.setKeyboardTracking(False)
    s.setToolTip(tip)
    return s


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, so a short screen never squeezes the controls."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class TrainingControls(QWidget):
    """Loss, optimizer, learning rates, k and the remedies of one configuration (A's or B's)."""

    changed = Signal(str, object)

    def __init__(self, who: str, with_remedies: bool = True) -> None:
        super().__init__()
        # ``who``: "" for A, " of B" for the comparison's run (in the chosen language).
        who = tr(" of B") if who == " of B" else who
        self.loss_combo = choice_combo(LOSSES, tr("The game's loss{who}: what D and G optimise.", who=who))
        self.optimizer_combo = choice_combo(OPTIMIZERS, tr("How both networks{who} follow their gradients.", who=who))
        self.lr_g_spin = lr_spin(tr("The generator's learning rate{who}.", who=who))
        self.lr_d_spin = lr_spin(tr("The discriminator's learning rate{who}.", who=who))
        self.k_spin = spin(1, 20, tr("k{who}: discriminator steps for each generator step.", who=who))
        self.unroll_spin = spin(0, 20, tr("Unrolled GAN{who} (Metz et al. 2017): for G's step, look ahead this many "
                                          "discriminator steps on a copy of D. 0 turns it off.", who=who))
        self.unroll_spin.setSpecialValueText(tr("off"))
        self.minibatch_check = QCheckBox(tr("Minibatch features"))
        self.minibatch_check.setToolTip(tr("Minibatch features{who}: D also sees how spread out the whole batch is, "
                                           "so a generator that puts every sample on one mode is caught.", who=who))
        rows = [(tr("Loss"), self.loss_combo), (tr("Optimizer"), self.optimizer_combo),
                (tr("Learning rate G"), self.lr_g_spin), (tr("Learning rate D"), self.lr_d_spin),
                (tr("D steps k"), self.k_spin)]
        if with_remedies:
            rows += [(tr("Unrolling steps"), self.unroll_spin), (None, self.minibatch_check)]
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(3)
        add_form_rows(self.grid, rows)
        mark_advanced(self.optimizer_combo, self.lr_g_spin, self.lr_d_spin)
        self.n_rows = len(rows)
        self.loss_combo.activated.connect(lambda _i: self.changed.emit("loss", self.loss_combo.currentData()))
        self.optimizer_combo.activated.connect(
            lambda _i: self.changed.emit("optimizer", self.optimizer_combo.currentData()))
        self.lr_g_spin.valueChanged.connect(lambda v: self.changed.emit("lr_g", float(v)))
        self.lr_d_spin.valueChanged.connect(lambda v: self.changed.emit("lr_d", float(v)))
        self.k_spin.valueChanged.connect(lambda v: self.changed.emit("d_steps", int(v)))
        self.unroll_spin.valueChanged.connect(lambda v: self.changed.emit("unroll", int(v)))
        self.minibatch_check.toggled.connect(lambda on: self.changed.emit("minibatch_features", bool(on)))

    def load(self, s: Settings) -> None:
        for w in self._widgets():
            w.blockSignals(True)
        set_combo(self.loss_combo, s.loss)
        set_combo(self.optimizer_combo, s.optimizer)
        self.lr_g_spin.setValue(s.lr_g)
        self.lr_d_spin.setValue(s.lr_d)
        self.k_spin.setValue(s.d_steps)
        self.unroll_spin.setValue(s.unroll)
        self.minibatch_check.setChecked(s.minibatch_features)
        for w in self._widgets():
            w.blockSignals(False)

    def values(self) -> dict[str, Any]:
        return {"loss": self.loss_combo.currentData(), "optimizer": self.optimizer_combo.currentData(),
                "lr_g": float(self.lr_g_spin.value()), "lr_d": float(self.lr_d_spin.value()),
                "d_steps": int(self.k_spin.value()), "unroll": int(self.unroll_spin.value()),
                "minibatch_features": bool(self.minibatch_check.isChecked())}

    def _widgets(self) -> tuple:
        return (self.loss_combo, self.optimizer_combo, self.lr_g_spin, self.lr_d_spin, self.k_spin,
                self.unroll_spin, self.minibatch_check)


class ControlTabs(QTabWidget):
    """The right column's tabs of controls.

    Signals
    -------
    changed(str, object)
        A setting of configuration A changed (a :class:`Settings` field and its value).
    changed_b(str, object)
        A setting of the comparison's configuration B changed.
    preset_chosen(str)
    compare_toggled(bool)
    """

    changed = Signal(str, object)
    changed_b = Signal(str, object)
    preset_chosen = Signal(str)
    compare_toggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.addTab(scrolled(self._build_training()), tr("Training"))
        self.setTabToolTip(0, tr("The loss, the optimizers, k, what to train, the remedies and the presets."))
        self.addTab(scrolled(self._build_networks()), tr("Networks"))
        self.setTabToolTip(1, tr("The generator's and the discriminator's layers, and the noise z."))
        self.addTab(scrolled(self._build_compare()), tr("Compare"))
        self.setTabToolTip(2, tr("Run a second configuration (B) beside this one (A) on the same target."))

    # ----------------------------------------------------------- training tab
    def _build_training(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 4, 4, 4)
        v.setSpacing(4)
        prow = QHBoxLayout()
        caption = QLabel(tr("Preset"))
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(tr("Choose a preset…"), None)
        for k, (name, tip, _c, _b) in enumerate(PRESETS):
            self.preset_combo.addItem(engine_text(name), str(name))
            self.preset_combo.setItemData(k + 1, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setToolTip(tr("Settings that show a point: collapse, oscillation, and their cures. "
                                        "Choosing one sets the controls and starts training again."))
        caption.setToolTip(self.preset_combo.toolTip())
        self.preset_combo.activated.connect(self._on_preset)
        prow.addWidget(caption)
        prow.addWidget(self.preset_combo, 1)
        v.addLayout(prow)
        self.training = TrainingControls("")
        self.training.changed.connect(self.changed)
        v.addWidget(self.training)
        mode_box = QWidget()
        mode_box.setToolTip(tr("What an iteration trains; the run bar's Step makes one iteration of it."))
        mrow = QHBoxLayout(mode_box)
        mrow.setContentsMargins(0, 0, 0, 0)
        mcap = QLabel(tr("Train"))
        mcap.setToolTip(mode_box.toolTip())
        mrow.addWidget(mcap)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for key, label, tip in TRAIN_MODES:
            b = QRadioButton(engine_text(label))
            b.setToolTip(engine_text(tip))
            self.mode_group.addButton(b)
            self.mode_buttons[key] = b
            b.toggled.connect(lambda on, key=key: on and self.changed.emit("train_mode", key))
            mrow.addWidget(b)
        mrow.addStretch(1)
        v.addWidget(mode_box)
        v.addStretch(1)
        return w

    def _on_preset(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        if name is not None:
            self.preset_chosen.emit(name)

    # ----------------------------------------------------------- networks tab
    def _build_networks(self) -> QWidget:
        w = QWidget()
        g = QGridLayout(w)
        g.setContentsMargins(4, 4, 4, 4)
        g.setVerticalSpacing(3)
        for c, (text, tip) in enumerate(((tr("Generator G"), tr("G maps noise z to a sample x.")),
                                         (tr("Discriminator D"), tr("D maps a sample x to the probability it is "
                                                                    "real."))),
                                        start=1):
            head = QLabel(f"<b>{text}</b>")
            head.setToolTip(tip)
            g.addWidget(head, 0, c)
        self.g_depth_spin = spin(1, 4, tr("The generator's hidden layers. Changing it starts the networks again."))
        self.d_depth_spin = spin(1, 4, tr("The discriminator's hidden layers. Changing it starts the networks "
                                          "again."))
        self.g_width_spin = spin(4, 512, tr("Units in each of the generator's hidden layers. Changing it starts the "
                                            "networks again."))
        self.d_width_spin = spin(4, 512, tr("Units in each of the discriminator's hidden layers. Changing it starts "
                                            "the networks again."))
        for r, (text, a, b) in enumerate(((tr("Hidden layers"), self.g_depth_spin, self.d_depth_spin),
                                          (tr("Width"), self.g_width_spin, self.d_width_spin)), start=1):
            cap = QLabel(text)
            cap.setToolTip(a.toolTip())
            g.addWidget(cap, r, 0)
            g.addWidget(a, r, 1)
            g.addWidget(b, r, 2)
        self.activation_combo = choice_combo(ACTIVATIONS, tr("The hidden units' activation function of both "
                                                             "networks. Changing it starts the networks again."))
        self.noise_dim_combo = QComboBox()
        self.noise_dim_combo.addItem(tr("1-D"), 1)
        self.noise_dim_combo.addItem(tr("2-D"), 2)
        self.noise_dim_combo.setToolTip(tr("Dimension of the noise z in the 2-D targets: with 1-D noise G can only "
                                           "draw a curve. (The digits use 16-D noise.)"))
        self.noise_combo = choice_combo(NOISES, tr("How the noise z is drawn."))
        self.batch_spin = spin(8, 1024, tr("Real and generated samples in each update of D and G; small batches "
                                           "make the game noisier."))
        add = 3
        rows = ((tr("Activation"), self.activation_combo), (tr("Noise z"), self.noise_dim_combo),
                (tr("Noise distribution"), self.noise_combo), (tr("Batch size"), self.batch_spin))
        for r, (text, widget) in enumerate(rows):
            cap = QLabel(text)
            cap.setToolTip(widget.toolTip())
            g.addWidget(cap, add + r, 0)
            g.addWidget(widget, add + r, 1, 1, 2)
        note = QLabel(tr("D ascends E<sub>data</sub>[log D(x)] + E<sub>z</sub>[log(1 − D(G(z)))];<br>"
                         "G descends E<sub>z</sub>[log(1 − D(G(z)))]."))
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setWordWrap(True)
        note.setToolTip(tr("The minimax game of Goodfellow et al. (2014); a Nash equilibrium is not promised."))
        g.addWidget(note, add + len(rows), 0, 1, 3)
        g.setRowStretch(add + len(rows) + 1, 1)
        self.g_depth_spin.valueChanged.connect(lambda v: self.changed.emit("g_depth", int(v)))
        self.d_depth_spin.valueChanged.connect(lambda v: self.changed.emit("d_depth", int(v)))
        self.g_width_spin.valueChanged.connect(lambda v: self.changed.emit("g_width", int(v)))
        self.d_width_spin.valueChanged.connect(lambda v: self.changed.emit("d_width", int(v)))
        self.activation_combo.activated.connect(
            lambda _i: self.changed.emit("activation", self.activation_combo.currentData()))
        self.noise_dim_combo.activated.connect(
            lambda _i: self.changed.emit("noise_dim", self.noise_dim_combo.currentData()))
        self.noise_combo.activated.connect(lambda _i: self.changed.emit("noise", self.noise_combo.currentData()))
        self.batch_spin.valueChanged.connect(lambda v: self.changed.emit("batch_size", int(v)))
        return w

    # ----------------------------------------------------------- compare tab
    def _build_compare(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 4, 4, 4)
        v.setSpacing(4)
        self.compare_check = QCheckBox(tr("Run B beside A"))
        self.compare_check.setToolTip(tr("Train a second GAN (B) on the same target beside this one (A): both "
                                         "views and both coverage curves side by side. Run, Step and Reset drive "
                                         "both."))
        self.compare_check.toggled.connect(self.compare_toggled)
        v.addWidget(self.compare_check)
        note = QLabel(tr("B has A's target and networks; here it may differ in:"))
        note.setWordWrap(True)
        note.setToolTip(tr("The settings on the other tabs apply to both runs; these only to B."))
        v.addWidget(note)
        self.training_b = TrainingControls(" of B")
        self.training_b.changed.connect(self.changed_b)
        v.addWidget(self.training_b)
        v.addStretch(1)
        return w

    # ----------------------------------------------------------- values
    def load(self, s: Settings, b: Settings | None = None) -> None:
        """Show ``s`` (and B's ``b``) without sending any change."""
        self.training.load(s)
        self.training_b.load(b if b is not None else s)
        widgets = (self.g_depth_spin, self.d_depth_spin, self.g_width_spin, self.d_width_spin,
                   self.activation_combo, self.noise_dim_combo, self.noise_combo, self.batch_spin,
                   *self.mode_buttons.values())
        for wd in widgets:
            wd.blockSignals(True)
        self.g_depth_spin.setValue(s.g_depth)
        self.d_depth_spin.setValue(s.d_depth)
        self.g_width_spin.setValue(s.g_width)
        self.d_width_spin.setValue(s.d_width)
        set_combo(self.activation_combo, s.activation)
        set_combo(self.noise_dim_combo, s.noise_dim)
        set_combo(self.noise_combo, s.noise)
        self.batch_spin.setValue(s.batch_size)
        self.mode_buttons[s.train_mode].setChecked(True)
        for wd in widgets:
            wd.blockSignals(False)

    def settings(self, target: str) -> Settings:
        """Configuration A as the controls show it."""
        mode = next(k for k, b in self.mode_buttons.items() if b.isChecked())
        return Settings(target=target, g_depth=self.g_depth_spin.value(), g_width=self.g_width_spin.value(),
                        d_depth=self.d_depth_spin.value(), d_width=self.d_width_spin.value(),
                        activation=self.activation_combo.currentData(), noise_dim=self.noise_dim_combo.currentData(),
                        noise=self.noise_combo.currentData(), batch_size=self.batch_spin.value(), train_mode=mode,
                        **self.training.values())
