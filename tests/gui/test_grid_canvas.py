"""The unit grid canvas: real mouse presses paint at once, drags paint lines, occlusion, inspection, resizing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from simulator.gui.widgets import colors
from simulator.gui.widgets.grid_canvas import GridCanvas

LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def canvas(qtbot):
    c = GridCanvas(5, 7)
    qtbot.addWidget(c)
    c.resize(420, 320)
    c.show()
    qtbot.waitExposed(c)
    return c


def press(canvas, r, c, button=LEFT):
    QTest.mousePress(canvas.viewport(), button, NO_MOD, canvas.cell_viewport_pos(r, c))


def release(canvas, r, c, button=LEFT):
    QTest.mouseRelease(canvas.viewport(), button, NO_MOD, canvas.cell_viewport_pos(r, c))


def move(canvas, r, c):
    QTest.mouseMove(canvas.viewport(), canvas.cell_viewport_pos(r, c))


def test_left_press_paints_plus_one_at_once(canvas, qtbot):
    with qtbot.waitSignal(canvas.cells_painted) as sig:
        press(canvas, 2, 3)
    indices, value = sig.args
    assert value == 1 and list(indices) == [2 * 7 + 3]
    state = canvas.state.reshape(5, 7)
    assert state[2, 3] == 1 and (state == 1).sum() == 1
    # The image shows it too (index 1 is a plain +1 unit in the state lookup table).
    assert canvas.image.image[2, 3] == 1
    with qtbot.waitSignal(canvas.stroke_finished):
        release(canvas, 2, 3)


def test_right_press_paints_minus_one(canvas, qtbot):
    canvas.set_state(np.ones(35, np.int8))
    with qtbot.waitSignal(canvas.cells_painted) as sig:
        press(canvas, 4, 6, RIGHT)
    release(canvas, 4, 6, RIGHT)
    assert sig.args[1] == -1 and list(sig.args[0]) == [4 * 7 + 6]
    state = canvas.state.reshape(5, 7)
    assert state[4, 6] == -1 and (state == -1).sum() == 1


def test_drag_paints_a_line_without_gaps(canvas, qtbot):
    painted = []
    canvas.cells_painted.connect(lambda idx, v: painted.extend(int(i) for i in idx))
    press(canvas, 0, 0)
    move(canvas, 4, 6)  # one big jump: the cells in between must be filled in
    release(canvas, 4, 6)
    state = canvas.state.reshape(5, 7)
    cells = sorted(zip(*np.nonzero(state == 1)))
    assert (0, 0) in cells and (4, 6) in cells
    # Every column of the diagonal jump has a painted cell, and painted cells touch.
    assert {c for _r, c in cells} == set(range(7))
    for (r0, c0), (r1, c1) in zip(cells, cells[1:]):
        assert max(abs(r1 - r0), abs(c1 - c0)) <= 1
    assert sorted(set(painted)) == sorted(r * 7 + c for r, c in cells)


def test_occlude_mode_drags_a_rectangle_and_fills_it_on_release(canvas, qtbot):
    canvas.set_state(np.ones(35, np.int8))
    canvas.set_mode("occlude")
    press(canvas, 1, 1)
    move(canvas, 3, 4)
    assert canvas.occlusion.isVisible(), "the rectangle is shown while dragging"
    assert (canvas.state == 1).all(), "nothing changes before the release"
    with qtbot.waitSignal(canvas.rect_occluded) as sig:
        release(canvas, 3, 4)
    assert sig.args == [1, 1, 4, 5]
    state = canvas.state.reshape(5, 7)
    assert (state[1:4, 1:5] == -1).all() and (state == -1).sum() == 12
    assert not canvas.occlusion.isVisible()


def test_inspect_mode_selects_a_unit_without_painting(canvas, qtbot):
    canvas.set_mode("inspect")
    painted = []
    canvas.cells_painted.connect(lambda idx, v: painted.append(idx))
    with qtbot.waitSignal(canvas.unit_selected) as sig:
        press(canvas, 3, 2)
    release(canvas, 3, 2)
    assert sig.args == [3 * 7 + 2] and canvas.selected == 23
    assert canvas.selection.isVisible()
    assert painted == [] and (canvas.state == -1).all()


def test_off_mode_ignores_the_mouse(canvas, qtbot):
    canvas.set_mode("off")
    press(canvas, 1, 1)
    release(canvas, 1, 1)
    assert (canvas.state == -1).all()
    with pytest.raises(ValueError, match="Unknown canvas mode"):
        canvas.set_mode("erase")


def test_flip_glow_uses_the_flash_entries_of_the_lookup_table(canvas):
    state = -np.ones(35, np.int8)
    state[0] = 1
    flash = np.zeros(35, np.uint8)
    flash[0] = colors.FLASH_LEVELS
    flash[1] = 1
    canvas.set_state(state, flash)
    img = canvas.image.image
    assert img[0, 0] == 2 * colors.FLASH_LEVELS + 1 and img[0, 1] == 2 and img[0, 2] == 0
    lut = colors.state_lut()
    assert lut.shape == (2 * (colors.FLASH_LEVELS + 1), 4)
    assert img.max() <= colors.state_levels()[1]


def test_highlight_outlines_a_unit_with_its_field(canvas):
    canvas.set_highlight(9, "h = +0.37 → +1")
    assert canvas.highlight.isVisible() and canvas.field_text.isVisible()
    rect = canvas.highlight.rect()
    assert (rect.x(), rect.y(), rect.width()) == (2, 1, 1)
    assert canvas.field_text.textItem.toPlainText() == "h = +0.37 → +1"
    canvas.set_highlight(None)
    assert not canvas.highlight.isVisible() and not canvas.field_text.isVisible()


@pytest.mark.parametrize("shape", [(1, 50), (64, 64), (128, 128)])
def test_resizing_reuses_the_items_and_maps_cells(canvas, qtbot, shape):
    image, lines = canvas.image, canvas.grid_lines
    canvas.set_shape(*shape)
    assert canvas.image is image and canvas.grid_lines is lines
    assert canvas.image.image.shape == shape and canvas.n_units == shape[0] * shape[1]
    r, c = shape[0] - 1, shape[1] // 2
    press(canvas, r, c)
    release(canvas, r, c)
    assert canvas.state.reshape(shape)[r, c] == 1 and (canvas.state == 1).sum() == 1


def test_a_press_outside_the_grid_paints_nothing(canvas):
    canvas.set_shape(1, 6)  # a flat strip: most of the view is empty
    QTest.mousePress(canvas.viewport(), LEFT, NO_MOD, QPoint(5, 5))
    QTest.mouseRelease(canvas.viewport(), LEFT, NO_MOD, QPoint(5, 5))
    assert (canvas.state == -1).all()


def test_small_grids_write_each_value_in_the_texts_asked_for(canvas, qtbot):
    canvas.set_shape(2, 3)
    canvas.set_state(np.array([1, -1, 1, -1, -1, 1], np.int8))
    shown = lambda: [lab.textItem.toPlainText() for lab in canvas.value_labels[:6]]
    assert shown() == ["+1", "−1", "+1", "−1", "−1", "+1"]
    canvas.set_value_texts("1", "0")  # 0/1 units, as the Boltzmann panel shows them
    assert shown() == ["1", "0", "1", "0", "0", "1"]
    press(canvas, 0, 1)  # a painted cell is written in the new texts too
    release(canvas, 0, 1)
    assert shown()[1] == "1"


def test_flip_glow_sees_every_flip_between_frames_and_fades():
    from simulator.gui.widgets.grid_canvas import FLASH_SECONDS, FlipGlow

    glow = FlipGlow(4)
    glow.count(np.array([0, 0, 0, 0]), now=0.0)  # the first frame only sets the baseline
    assert not glow.glowing(0.0) and glow.levels(0.0).max() == 0
    glow.count(np.array([0, 2, 0, 1]), now=1.0)  # unit 1 flipped twice: it is back, but it glows
    levels = glow.levels(1.0)
    assert list(levels > 0) == [False, True, False, True] and levels[1] == colors.FLASH_LEVELS
    assert glow.glowing(1.0) and not glow.glowing(1.0 + FLASH_SECONDS + 0.1)
    assert glow.levels(1.0 + FLASH_SECONDS).max() == 0  # faded out
    glow.clear(np.array([3]))
    assert list(glow.levels(1.0) > 0) == [False, True, False, False]
    glow.reset(4)  # a new network: no old counts to diff against
    glow.count(np.array([0, 0, 0, 0]), now=2.0)
    assert glow.levels(2.0).max() == 0
