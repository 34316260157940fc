"""Ready lessons of the GAN panel: mode collapse on the ring, and its cures (minibatch features, unrolling)."""

from __future__ import annotations

from simulator.core.text import tr
from simulator.gui.lessons import Lesson

#: Seed of both lessons: the outcomes their texts promise were checked at this seed (tests/gui/test_gan_scenes.py).
SEED = 0
#: Iterations after which the texts' numbers hold.
CHECK_AT = 1000


def _collapse(panel) -> None:
    panel.pause()
    panel.load_preset("Mode collapse on the ring", seed=SEED)


def _minibatch(panel) -> None:
    panel.pause()
    panel.load_preset("Cured by minibatch features", seed=SEED)


def _unrolled(panel) -> None:
    panel.pause()
    panel.load_preset("Cured by unrolling", seed=SEED)


LESSONS = (
    Lesson(
        model="gan", key="mode_collapse", title=tr("Mode collapse on the ring"),
        text=tr("The real data are eight small clusters on a circle (dark dots); the generator's samples are the "
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
        model="gan", key="minibatch_cure", title=tr("A cure: minibatch features"),
        text=tr("The same small GAN from the same starting weights as in the mode-collapse lesson, with one change: "
                "the discriminator also sees how spread out each batch is (the minibatch standard deviation of "
                "Karras and colleagues, 2018). Press Space. Where the plain GAN crowded together, this one spreads "
                "over the ring: after 1000 iterations all 8 modes are covered (the plain GAN: none). A collapsed "
                "batch has almost no spread, which real batches never have, so D can reject it as a whole; the "
                "generator can only win by spreading its samples out like the data. The preset 'Compare: plain vs "
                "minibatch features' shows both runs side by side."),
        setup=_minibatch),
    Lesson(
        model="gan", key="unrolled_cure", title=tr("Another cure: an unrolled discriminator"),
        text=tr("The same small GAN again, now with each generator step taken against a discriminator looked ahead "
                "five steps (the unrolled GAN of Metz and colleagues, 2017). Press Space. The samples spread out "
                "more slowly than with minibatch features but far more than the plain GAN's (after 1000 iterations "
                "5 of the 8 modes are covered; the plain GAN: none). Looking ahead shows the generator how the "
                "discriminator would answer a collapsed batch: piling onto one spot would be punished a few steps "
                "later, so the generator keeps its samples spread over the data instead of chasing D's current "
                "weak spot. The preset 'Compare: plain vs unrolled' shows both runs side by side."),
        setup=_unrolled),
)
