"""The RBM's training data chosen with the mouse: glyph sets, and patterns drawn in the Hopfield panel."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from simulator.gui.main_window import MainWindow
from simulator.gui.panels.rbm_parts import DATA_KEYS
from simulator.models.rbm.data import ink_at_side
from simulator.registry import find

try:
    from .test_rbm_panel import settle
except ImportError:
    from test_rbm_panel import settle

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot):
    w = MainWindow(models=(find("hopfield"), find("rbm")), warm_up=None)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitUntil(lambda: w.is_ready, timeout=20_000)
    yield w
    w.close()


def choose_data(panel, key):
    """Pick a data source in the combo with the keyboard, then press Start over with the mouse."""
    combo = panel.data_combo
    combo.setFocus()
    while combo.currentIndex() != DATA_KEYS.index(key):
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < DATA_KEYS.index(key) else Qt.Key.Key_Up)
    QTest.mouseClick(panel.apply_button, LEFT)


def trained_data(panel):
    return panel.runner.call(lambda eng: eng.data.copy()).result(10)


def test_patterns_drawn_in_the_hopfield_panel_train_the_rbm(window, qtbot):
    hop = window.current_panel
    QTest.mouseClick(hop.clear_library_button, LEFT)
    QTest.mouseClick(hop.clear_button, LEFT)
    view = hop.canvas.viewport()
    rows, cols = hop.shape
    QTest.mousePress(view, LEFT, NO_MOD, hop.canvas.cell_viewport_pos(0, 0))
    for k in range(1, min(rows, cols)):
        QTest.mouseMove(view, hop.canvas.cell_viewport_pos(k, k))
    QTest.mouseRelease(view, LEFT, NO_MOD, hop.canvas.cell_viewport_pos(min(rows, cols) - 1, min(rows, cols) - 1))
    QTest.mouseClick(hop.add_button, LEFT)
    drawn = hop.library.patterns
    assert len(drawn) == 1

    rbm = window.select_model("rbm")
    settle(rbm, qtbot)
    choose_data(rbm, "hopfield")
    settle(rbm, qtbot)
    data = trained_data(rbm)
    ink = (drawn.reshape(1, rows, cols) + 1.0) / 2.0
    assert data.shape == (1, 64)
    assert np.array_equal(data, (ink_at_side(ink) >= 0.5).astype(float))
    assert data.reshape(8, 8).trace() >= 6  # the drawn diagonal survives the resampling
    assert "Hopfield panel's 1 pattern (1 image, none held out)" in rbm.message_label.text()
    # Dreaming and completion now start from the drawn pattern.
    assert rbm.comp_digit_spin.maximum() == 0


def test_an_empty_hopfield_library_is_refused_and_training_continues_unchanged(window, qtbot):
    hop = window.current_panel
    QTest.mouseClick(hop.clear_library_button, LEFT)
    rbm = window.select_model("rbm")
    settle(rbm, qtbot)
    before = trained_data(rbm)
    runner = rbm.runner
    choose_data(rbm, "hopfield")
    assert "library is empty" in rbm.message_label.text()
    assert rbm.runner is runner and np.array_equal(trained_data(rbm), before)


@pytest.mark.parametrize("key, n", [("letters", 26), ("font_digits", 10)])
def test_glyph_sets_train_at_8x8(window, qtbot, key, n):
    rbm = window.select_model("rbm")
    settle(rbm, qtbot)
    choose_data(rbm, key)
    settle(rbm, qtbot)
    data = trained_data(rbm)
    assert data.shape == (n, 64) and set(np.unique(data)) == {0.0, 1.0}
    # Every glyph is a different image with some ink but not all.
    assert len({row.tobytes() for row in data}) == n and (data.sum(1) > 4).all() and (data.sum(1) < 60).all()
    assert rbm.dream_digit_spin.maximum() == n - 1
