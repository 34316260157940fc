"""Boltzmann bench cases: Gibbs sampling of 1024 units and exact enumeration against reference.py."""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

from simulator.core.bench import BenchRecord, gui_records, time_best
from simulator.models.boltzmann import kernels as K
from simulator.models.boltzmann import reference
from simulator.models.boltzmann.engine import BoltzmannMachine, all_energies, draw_block
from simulator.models.boltzmann.scenes import hopfield_to_boltzmann
from simulator.models.boltzmann.schedules import Constant

MODEL = "boltzmann"
SEED = 2024
#: Sampling temperature: the SK glass transition of these couplings (T = 1), where about
#: a third of the updates flip a unit.
TEMPERATURE = 1.0


def _sk_network(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """0/1 form of a Sherrington-Kirkpatrick glass: +1/-1 couplings J_ij ~ N(0, 1/n)."""
    rng = np.random.default_rng(seed)
    j = np.triu(rng.normal(0.0, 1.0 / math.sqrt(n), size=(n, n)), 1)
    w, b, _ = hopfield_to_boltzmann(j + j.T)
    return w, b


def _gibbs_cases(n: int, quick: bool) -> list[BenchRecord]:
    w, b = _sk_network(n, SEED)
    m = BoltzmannMachine(n, w, b, seed=SEED)
    m.set_state((np.random.default_rng(SEED + 1).random(n) < 0.5).astype(np.int8))
    m.set_schedule(Constant(TEMPERATURE))
    sweeps = 20 if quick else 200
    m.step(n)  # loads every kernel

    def run_ours() -> int:
        m.reset()
        return m.step(sweeps * n)

    t_ours, flips = time_best(run_ours, repeats=3 if quick else 7)
    updates = sweeps * n

    # The reference gets the engine's own random numbers (the first sweeps of its first
    # block), so both must end in the same state.
    ref_sweeps = 1 if quick else 3
    orders, uniforms = draw_block(np.random.default_rng(SEED), n, m.block_sweeps, "random")
    temps = np.full(ref_sweeps, TEMPERATURE)
    start = m.start_state
    t_ref, (ref_state, log) = time_best(
        lambda: reference.gibbs(w, b, start, orders[:ref_sweeps], uniforms[:ref_sweeps], temps),
        repeats=1 if quick else 2)
    m.reset()
    m.step(ref_sweeps * n)
    same = bool(np.array_equal(m.state, ref_state))
    ref_updates = ref_sweeps * n
    ours_rate = updates / t_ours
    ref_rate = ref_updates / t_ref
    extra: dict[str, Any] = {
        "n_units": n, "temperature": TEMPERATURE, "weights": "SK couplings J_ij ~ N(0, 1/n) in 0/1 form (W = 4J)",
        "sweeps_ours": sweeps, "sweeps_reference": ref_sweeps, "flips_per_update": flips / updates,
        "same_state_as_reference_after_reference_sweeps": same,
        "same_random_numbers": "both use draw_block(default_rng(seed)): a permutation and n uniforms per sweep",
        "goal": "speedup >= 20",
    }
    return [
        BenchRecord(MODEL, "gibbs sampling", "unit updates per second", "updates/s", ours_rate, ref_rate,
                    "reference.py (one weight-row dot product per update)", ours_rate / ref_rate, extra),
    ]


def _enumeration_cases(n: int, quick: bool) -> list[BenchRecord]:
    w, b = _sk_network(n, SEED + 2)
    states = 2**n

    def ours() -> np.ndarray:
        e = all_energies(w, b)
        p = np.empty_like(e)
        K.boltzmann_probabilities(e, TEMPERATURE, p)
        return p

    ours()  # compile / load
    t_ours, p = time_best(ours, repeats=3 if quick else 7)
    t_ref, (_, p_ref) = time_best(lambda: reference.exact_distribution(w, b, TEMPERATURE), repeats=1 if quick else 2)
    err = float(np.max(np.abs(p - p_ref)))
    return [BenchRecord(MODEL, f"exact distribution n={n}", "states per second", "states/s", states / t_ours,
                        states / t_ref, "reference.py (numpy energies of all states, in blocks)", t_ref / t_ours,
                        {"n_units": n, "states": states, "time_ours_ms": t_ours * 1e3, "time_reference_ms": t_ref * 1e3,
                         "max_abs_probability_difference": err,
                         "method": "Gray-code order: one weight-row update per state"})]


def cases(quick: bool) -> list[BenchRecord | dict[str, Any]]:
    """Gibbs sampling of 1024 units (256 when ``quick``) and exact enumeration of 20 units (14 when quick)."""
    t0 = time.perf_counter()
    records: list[BenchRecord | dict[str, Any]] = []
    records.extend(_gibbs_cases(256 if quick else 1024, quick))
    records.extend(_enumeration_cases(14 if quick else 20, quick))
    records.extend(gui_records(MODEL))
    for r in records:
        if isinstance(r, BenchRecord):
            r.extra.setdefault("bench_seconds_so_far", time.perf_counter() - t0)
    return records
