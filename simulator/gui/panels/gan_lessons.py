"""Ready lessons of the GAN panel: mode collapse on the ring, and its cure by unrolling the discriminator."""

from __future__ import annotations

from simulator.gui.lessons import Lesson

#: Seed of both lessons: the outcomes their texts promise were checked at this seed (tests/gui/test_gan_scenes.py).
SEED = 2
#: Iterations after which the texts' numbers hold.
CHECK_AT = 1000


def _collapse(panel) -> None:
    panel.pause()
    panel.load_preset("Mode collapse on the ring", seed=SEED)


def _unrolled(panel) -> None:
    panel.pause()
    panel.load_preset("Cured by unrolling", seed=SEED)


LESSONS = (
    Lesson(
        model="gan", key="mode_collapse", title="Mode collapse on the ring",
        text=("The real data are eight small clusters on a circle (dark dots); the generator's samples are the "
              "vermillion dots. Press Space and watch them: instead of spreading over the circle, the generated "
              "samples crowd together, between the clusters or onto one of them, and then jump together "
              "elsewhere (after 1000 iterations not one of the 8 modes is covered). This is mode collapse. The "
              "generator is rewarded for samples the discriminator calls real, and the cheapest way to get that "
              "is to put every sample where D is weakest right now; D then learns that this place is suspicious, "
              "its heatmap turns blue there, and G hops elsewhere. Neither network ever sees the whole "
              "distribution at once. Later in the run the small GAN may spread out by chance; the coverage plot "
              "shows how unreliable that is."),
        setup=_collapse),
    Lesson(
        model="gan", key="unrolled_cure", title="The cure: an unrolled discriminator",
        text=("The same small GAN from the same starting weights as in the mode-collapse lesson, with one change: "
              "each generator step is taken against a discriminator looked ahead five steps (the unrolled GAN of "
              "Metz and colleagues, 2017). Press Space. Where the plain GAN crowded together, this one spreads "
              "out over the ring (after 1000 iterations it covers 6 of the 8 modes; the plain GAN none). Looking "
              "ahead shows the generator how the discriminator would answer a collapsed batch: piling onto one "
              "mode would be punished a few steps later, so the generator keeps its samples spread over the data "
              "instead of chasing D's current weak spot. The preset 'Compare: plain vs unrolled' shows both runs "
              "side by side."),
        setup=_unrolled),
)
