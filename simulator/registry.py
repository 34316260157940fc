"""The list of models the app offers: adding a model adds one line here."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from simulator.core.text import tr


@dataclass(frozen=True)
class ModelSpec:
    """One model: its key, names, Qt-free package and Qt panel.

    The package (``simulator.models.<key>``) provides ``warmup()``, which compiles its
    kernels, and a ``bench`` module with ``cases(quick)``. The panel is named as
    ``"module:Class"`` so that importing the registry never imports Qt.
    """

    key: str
    title: str
    summary: str
    package: str
    panel: str

    def load_package(self) -> ModuleType:
        return importlib.import_module(self.package)

    def load_panel_class(self) -> type:
        module, _, name = self.panel.partition(":")
        return getattr(importlib.import_module(module), name)


MODELS: tuple[ModelSpec, ...] = (
    ModelSpec(
        "hopfield",
        tr("Hopfield network"),
        tr("Store patterns, corrupt one, and watch the network recall it."),
        "simulator.models.hopfield",
        "simulator.gui.panels.hopfield:HopfieldPanel",
    ),
    ModelSpec(
        "boltzmann",
        tr("Boltzmann machine"),
        tr("Stochastic units, annealing, equilibrium and learning with hidden units."),
        "simulator.models.boltzmann",
        "simulator.gui.panels.boltzmann:BoltzmannPanel",
    ),
    ModelSpec(
        "rbm",
        tr("Restricted Boltzmann machine"),
        tr("Learn handwritten digits, dream, complete occluded images, recommend."),
        "simulator.models.rbm",
        "simulator.gui.panels.rbm:RBMPanel",
    ),
    ModelSpec(
        "qlearning",
        tr("Q-learning grid world"),
        tr("Edit a grid world with the mouse and watch an agent learn it: Q-learning, SARSA, TD(0)."),
        "simulator.models.qlearning",
        "simulator.gui.panels.qlearning:QLearningPanel",
    ),
    ModelSpec(
        "gan",
        tr("Generative adversarial network"),
        tr("A generator and a discriminator playing live: mode collapse, its remedies, digits."),
        "simulator.models.gan",
        "simulator.gui.panels.gan:GANPanel",
    ),
)


def find(key: str) -> ModelSpec:
    """The model with this key; ValueError naming the known keys otherwise."""
    for spec in MODELS:
        if spec.key == key:
            return spec
    known = ", ".join(s.key for s in MODELS)
    raise ValueError(tr("There is no model called {key!r}. Known models: {known}.", key=key, known=known))
