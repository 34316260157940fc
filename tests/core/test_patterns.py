"""Pattern library validation, image resampling and binarising, the digit set, and typed patterns."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core import patterns as pat


# ------------------------------------------------------------------ validation
def test_as_pattern_accepts_flat_and_grid_shaped_values():
    got = pat.as_pattern([[1, -1, 1], [-1, -1, 1]], shape=(2, 3))
    assert got.dtype == np.int8
    assert got.tolist() == [1, -1, 1, -1, -1, 1]


@pytest.mark.parametrize(
    "values, words",
    [
        ([1, 0, -1, 0, 1, 1], ["+1 or -1", "-1, not 0", "positions 2 and 4"]),
        ([1, 2, -1, 1, 1, 1], ["+1 or -1", "found 2", "position 2"]),
        ([1.0, np.nan, -1, 1, 1, 1], ["NaN", "position 2"]),
        ([1, -1, 1, -1, 1], ["needs 6 values, got 5"]),
        (["a", "b", "c", "d", "e", "f"], ["numbers"]),
        ([True, False, True, True, True, True], ["not True/False"]),
        ([], ["empty"]),
    ],
)
def test_as_pattern_refuses_bad_values_with_a_sentence(values, words):
    with pytest.raises(ValueError) as err:
        pat.as_pattern(values, n_units=6)
    for word in words:
        assert word in str(err.value)


def test_library_add_remove_clear_replace_and_version():
    lib = pat.PatternLibrary(2, 3)
    assert len(lib) == 0 and lib.patterns.shape == (0, 6)
    v0 = lib.version
    k = lib.add([1, -1, 1, -1, 1, 1], "y1")
    lib.add(np.array([[1, 1, 1], [-1, -1, -1]]))
    assert k == 0 and len(lib) == 2 and lib.version == v0 + 2
    assert lib.names == ["y1", "pattern 2"]
    assert lib.patterns.tolist() == [[1, -1, 1, -1, 1, 1], [1, 1, 1, -1, -1, -1]]
    copy = lib.patterns
    copy[0, 0] = -1
    assert lib.pattern(0)[0] == 1, "patterns must be returned as copies"
    lib.remove(0)
    assert lib.names == ["pattern 2"]
    lib.replace(np.ones((3, 6)), ["a", "b", "c"])
    assert lib.names == ["a", "b", "c"] and lib.patterns.shape == (3, 6)
    lib.clear()
    assert len(lib) == 0


def test_library_refuses_bad_patterns_and_changes_nothing():
    lib = pat.PatternLibrary(2, 3)
    lib.add([1, -1, 1, -1, 1, 1], "y1")
    before = (lib.patterns.copy(), lib.names, lib.version)
    with pytest.raises(ValueError, match="needs 6 values, got 5"):
        lib.add([1, -1, 1, -1, 1])
    with pytest.raises(ValueError, match=r"\+1 or -1"):
        lib.add([1, 0, -1, 0, 1, 1])
    with pytest.raises(ValueError, match="NaN"):
        lib.replace(np.array([[1.0, np.nan, 1, 1, 1, 1]]))
    with pytest.raises(ValueError, match="names"):
        lib.replace(np.ones((2, 6)), ["only one"])
    with pytest.raises(ValueError, match="no pattern 5"):
        lib.remove(4)
    assert np.array_equal(lib.patterns, before[0]) and lib.names == before[1] and lib.version == before[2]


def test_library_shape_is_validated():
    with pytest.raises(ValueError, match="between 1 and"):
        pat.PatternLibrary(0, 5)
    with pytest.raises(ValueError, match="between 1 and"):
        pat.PatternLibrary(4, pat.MAX_GRID_SIDE + 1)


def test_library_resized_remakes_entries_from_their_sources():
    lib = pat.PatternLibrary(4, 4)
    block = -np.ones((4, 4), np.int8)
    block[:2, :2] = 1  # ink in the top-left quarter
    lib.add(block, "drawn")
    gray = np.ones((20, 20))
    gray[10:, 10:] = 0.0  # ink in the bottom-right quarter
    lib.add(pat.binarize(pat.resize_area(gray, 4, 4)), "picture", source=gray)
    lib.add(np.ones(16), "made", source=lambda r, c: np.where(np.arange(r * c) % 2 == 0, 1, -1))
    big = lib.resized(8, 8)
    assert big.shape == (8, 8) and big.names == ["drawn", "picture", "made"]
    drawn = big.pattern(0).reshape(8, 8)
    assert (drawn[:4, :4] == 1).all() and (drawn[4:, :] == -1).all() and (drawn[:, 4:] == -1).all()
    picture = big.pattern(1).reshape(8, 8)
    assert (picture[4:, 4:] == 1).all() and (picture[:4, :] == -1).all()
    assert big.pattern(2).tolist() == [1, -1] * 32


# --------------------------------------------------------------- image helpers
def test_resize_area_down_averages_blocks():
    img = np.arange(16.0).reshape(4, 4)
    assert pat.resize_area(img, 2, 2).tolist() == [[2.5, 4.5], [10.5, 12.5]]


def test_resize_area_up_repeats_and_keeps_the_mean():
    img = np.array([[0.0, 1.0], [1.0, 0.0]])
    up = pat.resize_area(img, 4, 4)
    assert up.tolist() == [[0, 0, 1, 1], [0, 0, 1, 1], [1, 1, 0, 0], [1, 1, 0, 0]]
    odd = pat.resize_area(np.random.default_rng(1).random((7, 5)), 3, 11)
    assert odd.shape == (3, 11)
    assert np.isclose(odd.mean(), pat.resize_area(np.random.default_rng(1).random((7, 5)), 7, 5).mean())


def test_resize_area_non_integer_ratio_weights_partial_pixels():
    img = np.array([[0.0, 0.0, 3.0]])
    # Two output cells over three input cells: the middle pixel is split half and half.
    assert np.allclose(pat.resize_area(img, 1, 2), [[0.0, 2.0]])


def test_resize_area_linear_upsampling_is_smooth():
    img = np.array([[0.0, 1.0]])
    up = pat.resize_area(img, 1, 4, upsample="linear")
    assert np.allclose(up, [[0.0, 0.25, 0.75, 1.0]])
    with pytest.raises(ValueError, match="upsample"):
        pat.resize_area(img, 1, 4, upsample="cubic")


def test_resize_area_refuses_bad_input():
    with pytest.raises(ValueError, match="2-D"):
        pat.resize_area(np.zeros(5), 2, 2)
    with pytest.raises(ValueError, match="at least 1 x 1"):
        pat.resize_area(np.zeros((3, 3)), 0, 2)


def test_binarize_dark_is_ink_with_otsu_and_with_a_threshold():
    gray = np.array([[0.1, 0.2, 0.8], [0.9, 0.15, 0.85]])
    assert pat.binarize(gray).tolist() == [[1, 1, -1], [-1, 1, -1]]
    assert pat.binarize(gray, threshold=0.16).tolist() == [[1, -1, -1], [-1, 1, -1]]
    assert (pat.binarize(np.ones((3, 3))) == -1).all(), "a blank page is all background"
    assert (pat.binarize(np.zeros((3, 3))) == 1).all(), "an all-black page is all ink"
    with pytest.raises(ValueError, match="NaN"):
        pat.binarize(np.array([[np.nan, 1.0]]))


def test_otsu_separates_two_levels():
    rng = np.random.default_rng(0)
    values = np.concatenate([rng.normal(0.2, 0.03, 500), rng.normal(0.7, 0.03, 500)])
    t = pat.otsu_threshold(values)
    assert 0.3 < t < 0.6


# ----------------------------------------------------------- handwritten digits
def test_handwritten_digits_load_with_labels():
    images, labels = pat.load_handwritten_digits()
    assert images.shape == (1797, 8, 8)
    assert images.reshape(1797, 64).shape == (1797, 64)
    assert labels.shape == (1797,) and set(labels.tolist()) == set(range(10))
    assert images.min() == 0.0 and images.max() == 1.0
    # Paper is white: the corners of a digit are background in almost every sample.
    assert images[:, 0, 0].mean() > 0.95
    assert not images.flags.writeable


def test_handwritten_digit_set_one_representative_per_digit():
    patterns, names = pat.handwritten_digit_set(16, 12)
    assert patterns.shape == (10, 192) and patterns.dtype == np.int8
    assert names == [str(d) for d in range(10)]
    assert set(np.unique(patterns).tolist()) == {-1, 1}
    ink = (patterns == 1).mean(axis=1)
    assert ((ink > 0.1) & (ink < 0.7)).all(), "each digit has strokes and background"
    assert len({p.tobytes() for p in patterns}) == 10, "ten different digits"


# ------------------------------------------------------------------ typed text
def test_parse_pattern_text_reads_the_notes_exercise():
    got = pat.parse_pattern_text("1, -1, 1, -1, 1, 1", n_units=6)
    assert got.tolist() == [1, -1, 1, -1, 1, 1]
    assert pat.parse_pattern_text("[+1 -1; + -]", shape=(2, 2)).tolist() == [1, -1, 1, -1]
    assert pat.parse_pattern_text("1,1,1,\n-1,-1,-1").tolist() == [1, 1, 1, -1, -1, -1]


def test_parse_pattern_text_refuses_zero_with_an_explanation():
    with pytest.raises(ValueError) as err:
        pat.parse_pattern_text("[1,0,-1,0,1]")
    text = str(err.value)
    assert "+1 or -1" in text and "not 0" in text and "positions 2 and 4" in text


@pytest.mark.parametrize("text, words", [
    ("1, -1, x", ["'x'", "number"]),
    ("   ", ["Type the pattern"]),
    ("1, -1, 1", ["needs 6 values, got 3"]),
])
def test_parse_pattern_text_refuses_other_bad_text(text, words):
    with pytest.raises(ValueError) as err:
        pat.parse_pattern_text(text, n_units=6)
    for word in words:
        assert word in str(err.value)


# --------------------------------------------------------------------- memory
def test_check_grid_fits_refuses_too_large_a_grid():
    assert pat.check_grid_fits(64, 64, available=8 * 10**9) == (64, 64)
    with pytest.raises(ValueError) as err:
        pat.check_grid_fits(128, 128, available=10**9)
    assert "16384 units" in str(err.value) and "GB" in str(err.value)
    assert pat.max_grid_units(available=10**9) < 128 * 128
    assert pat.max_grid_units(available=10**12) == 128 * 128


# ------------------------------------------------------------------ corruption
def test_flip_fraction_flips_exactly_that_many_and_replays_with_the_seed():
    x = -np.ones(100, np.int8)
    a = pat.flip_fraction(x, 0.2, np.random.default_rng(7))
    b = pat.flip_fraction(x, 0.2, np.random.default_rng(7))
    assert (a != x).sum() == 20 and np.array_equal(a, b)
    assert (x == -1).all(), "the input is not modified"
    with pytest.raises(ValueError, match="between 0 % and 100 %"):
        pat.flip_fraction(x, 1.5, np.random.default_rng(0))


def test_occlude_paint_invert_and_random_patterns():
    x = np.ones(12, np.int8)
    occ = pat.occlude(x, (3, 4), 1, 1, 3, 3).reshape(3, 4)
    assert (occ[1:3, 1:3] == -1).all() and occ.sum() == 12 - 8
    assert pat.paint(x, [0, 5], -1).tolist().count(-1) == 2
    with pytest.raises(ValueError, match="between 0 and 11"):
        pat.paint(x, [12], 1)
    assert (pat.invert(x) == -1).all()
    r = pat.random_patterns(3, 1000, np.random.default_rng(0))
    assert r.shape == (3, 1000) and set(np.unique(r).tolist()) == {-1, 1}
    assert abs(r.mean()) < 0.1


def test_random_pattern_set_is_reproducible_at_any_size():
    a, names, sources = pat.random_pattern_set(3, 4, 5, seed=9)
    b, _, _ = pat.random_pattern_set(3, 4, 5, seed=9)
    assert np.array_equal(a, b) and names == ["random 1", "random 2", "random 3"]
    assert sources[1](6, 6).shape == (6, 6)
