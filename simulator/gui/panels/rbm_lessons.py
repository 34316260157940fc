"""Ready lessons of the RBM panel: learning filters from the digits, and completing an occluded digit."""

from __future__ import annotations

from simulator.core.text import tr
from simulator.gui.lessons import Lesson

#: The seed of both lessons: the outcomes their texts promise were checked at it (tests/gui/test_rbm_scenes.py).
SEED = 0
#: The completion lesson's RBM: 100 hidden units trained this many epochs in the lesson's set-up (about 0.4 s).
COMPLETION_EPOCHS = 20
#: The image completed (the first handwritten digit, a zero) and its hidden rows (the bottom half).
COMPLETION_IMAGE = 0
HIDDEN_ROWS = (4, 8)
#: Gibbs steps after which the completion lesson's numbers hold.
COMPLETION_STEPS = 200
#: Epochs after which the filters lesson's number holds.
FILTER_EPOCHS = 10


def _filters(panel) -> None:
    from simulator.gui.panels.rbm_parts import TrainSettings
    from simulator.gui.panels.rbm_scene import start_lesson

    start_lesson(panel, TrainSettings(n_hidden=64, epochs=30), SEED, "training")


def _completion(panel) -> None:
    from simulator.gui.panels.rbm_parts import TrainSettings
    from simulator.gui.panels.rbm_scene import start_lesson

    start_lesson(panel, TrainSettings(n_hidden=100, epochs=COMPLETION_EPOCHS), SEED, "completion",
                 train_epochs=COMPLETION_EPOCHS, image=COMPLETION_IMAGE, hidden_rows=HIDDEN_ROWS)


LESSONS = (
    Lesson(
        model="rbm", key="filters", title=tr("Learning filters from handwritten digits"),
        text=tr("A restricted Boltzmann machine with 64 hidden units starts with small random weights and learns "
              "the 8 × 8 handwritten digits by contrastive divergence (CD-1). Press Space. The large mosaic shows "
              "one filter per hidden unit: the weights from every pixel into that unit. They start as grey noise "
              "and slowly gather into blobs and strokes, the parts digits are made of (clearer after all 30 "
              "epochs). Under them, each input is shown above its reconstruction (up to the hidden units and "
              "back), and the reconstruction error, roughly the number of wrong pixels per image, falls from "
              "about 10 to under 4 after 10 epochs. Each weight moves by the difference between how often its two "
              "units are on together with a real digit clamped and with the machine's own reconstruction: "
              "learning makes the data likely and the machine's fantasies less so."),
        setup=_filters),
    Lesson(
        model="rbm", key="completion", title=tr("Completing an occluded digit"),
        text=tr("An RBM with 100 hidden units has just learnt the handwritten digits (20 epochs, trained when the "
              "lesson opened). It is shown a zero whose bottom half is hidden (orange). Press Space: Gibbs "
              "sampling runs with the known pixels clamped, and the hidden half is filled in from what the machine "
              "learnt about digits; beside it runs a chain that is not clamped at all. After 200 steps the clamped "
              "fill-in gets about one hidden pixel in eight wrong (mean error 0.12), the free chain about one in "
              "three (0.32): the known half tells the hidden units which digit this is, and they draw the rest. "
              "Drag over the digit to hide other pixels, or choose another image, and watch how much the machine "
              "needs to see."),
        setup=_completion),
)
