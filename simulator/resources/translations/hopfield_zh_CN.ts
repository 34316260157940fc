<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The network&apos;s state: dark units are +1, light units -1.
Draw: left button paints +1, right button paints -1 (drag to paint lines).
Occlude: drag a rectangle to blank it. Inspect: click a unit to see the weights into it.</source>
        <extracomment>At or below this speed (updates per second) the unit being updated is outlined with its field. The weight matrix is shown with at most this many rows and columns (every k-th). Loop recall pauses (seconds) when not flat out: on the recalled state, then on the new cue. (kind, index, updates) of the settled state last announced in the message line. The &quot;Building a ... network&quot; message while it is shown: replaced once the network is ready.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse paints units: left button +1 (dark), right button -1 (light).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▭ Occlude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle on the grid to set it to -1 (hide part of the cue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⊙ Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a unit to show the weights into it and its local field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every unit to -1 (a blank grid); it becomes the cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip every unit (+1 ↔ -1); it becomes the cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every unit to +1 or -1 at random (seeded by the run bar&apos;s seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of units that &apos;Flip&apos; corrupts (and that loop recall uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip this share of randomly chosen units (seeded by the run bar&apos;s seed, so Reset + Flip replays); the result becomes the cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: whenever the state settles, corrupt it again by the set share and recall again, until paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored patterns (the network&apos;s memories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pattern here is stored in the network; changing the library re-stores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in pattern set, drawn at the grid size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many patterns of the set to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which characters of the set to store (e.g. AMOWZ); edit to choose your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the library with the chosen set and make a corrupted copy of its first pattern the cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the current state as a new pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected thumbnails from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture: it is turned grey, resized to the grid and thresholded (dark pixels become +1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every stored pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p stored patterns in N units; the Hebbian rule stores reliably while p/N &lt; 0.138.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the current state is: a stored pattern, its inverse, a spurious state, a 2-cycle, or still moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, sweeps done, and the closest stored pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, overlaps and flips while the network updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight matrix, and the weights into a chosen neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How recall quality falls as more patterns are stored (p/N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid size, learning rule and update order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rows of the grid (1–{most}); press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of columns of the grid (1–{most}); press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the network at this size (patterns are redrawn at the new size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows × columns of neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes&apos; 6-neuron example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1 × 6 network storing the notes&apos; patterns [1,-1,1,-1,1,1] and [1,1,1,-1,-1,-1], with a cue one flip away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights are learned from the stored patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which units update, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a state as +1/-1 values (row by row), e.g. the notes&apos; 1, -1, 1, -1, 1, 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the typed values the current state (the cue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed values to the stored patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a pattern of +1/-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy E = −½ xᵀWx − bᵀx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy after each sample; under asynchronous updates it never rises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap with the stored patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m_k = (1/N) y_k · x for up to 10 stored patterns (those with the largest |m|); m = 1 is the pattern itself, −1 its inverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flips per sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units flipped in each sweep (N updates), one bar per sweep; 0 means settled.
The hatched bar with a dashed outline is a sweep not completed: the one in progress, or the part of a sweep done when the state settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: W (row i = weights into unit i; click a row to choose it). Right: the weights into the chosen unit, laid out on the grid. Blue is negative, orange positive, white zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight matrix W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights into a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row of W, or a unit of the grid in Inspect mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local field h_i = Σ_j w_ij x_j + b_i of the chosen unit, and its next value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule whose capacity is measured (each rule keeps its own curves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of units flipped in each probe&apos;s starting state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store random patterns at loads p/N from 0.02 to 0.40 in a network of the grid&apos;s size and measure recall (runs in the background).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the capacity experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall quality against load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load p/N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall rate ━  /  overlap ┄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid: share of probes recalled (final |m| ≥ 0.95). Dashed: mean final overlap. The dashed line marks the Hebbian limit p/N = 0.138.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the network: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is now {rows} × {cols} = {n} units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occluded rows {r0}–{r1} and columns {c0}–{c1}: this is the cue now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: every unit is -1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverted every unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random state is the cue now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flipped {k} of {n} units ({pct:g} %): press Space to recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typed values are the state (and the cue) now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the typed values as pattern {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded pattern {k} ({name}): corrupt it, then press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopfield panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = {p} stored · N = {n} units · &lt;b&gt;p/N = {load:.3f}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect spurious states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {rule} rule may still cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;&lt;span style=&apos;color:{color}; font-weight:bold&apos;&gt;above 0.138, the Hebbian limit for random patterns: {extra}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;&lt;span style=&apos;color:{color}&apos;&gt;(Hebbian limit 0.138 ≈ {capacity} random patterns)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and {most} random patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This set has only the characters {first}–{last}; {unknown} are not among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one character to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each character can be stored once; remove the repeated ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{char} (hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored {p} patterns ({label}). The cue is {name} with {pct:g} % of its units flipped: press Space to recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored {p} patterns ({label}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the drawing as pattern {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the thumbnails to remove first (click, Ctrl+click for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {k} pattern; {p} stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {k} patterns; {p} stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patterns are stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a picture as a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file} as pattern {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building a {rows} × {cols} network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule {rule!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rule: {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates: {mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; example: y1 = [1,-1,1,-1,1,1] and y2 = [1,1,1,-1,-1,-1] are stored (both are stable). The cue is y1 with its last unit flipped: press S to step or Space to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is still being built: wait a moment and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid size must be two whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rule {rule!r} is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of units to flip must be a number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern set {name!r} is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picked characters and typed values must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern names must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel&apos;s seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel&apos;s generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Hopfield scene is missing {what!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Hopfield scene is malformed ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Hopfield scene does not fit: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Hopfield scene does not fit: its stored patterns or rule disagree with its library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene opened: {rows} × {cols} units, {p} stored patterns. Press Space to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored pattern&apos;s source is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalling: press Space to pause, S to step one update at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the cue: press Space to replay the same recall (same seed, same update order), or S to step through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h = {h:+.2f} → {x:+d} flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored pattern {k} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverse of pattern {k} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spurious state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed point (nothing stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled: press Space to recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E = {energy:+.2f}   ·   {sweeps:.2f} sweeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   closest: {name} (m = {m:+.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sweeps:.1f} sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sweeps:.1f} sweeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press R to replay, or Flip to corrupt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop recall corrupts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled stored pattern {k} ({name}) in {sweeps}; {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the inverse of pattern {k} ({name}) in {sweeps}: inverses of stored patterns are stable too; {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous updates fell into a 2-cycle after {sweeps}; {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached a fixed point in {sweeps} (no patterns are stored); {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled in {sweeps} in a spurious state, a mixture that is no stored pattern (closest: {name}, m = {m:+.2f}); {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W: {n} × {n} (every {stride}th shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights into unit {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {i} (row {r}, column {c}): computing its field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays {x:+d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flips to {x:+d} when updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {i} (row {r}, column {c}): local field h = {h:+.3f}; state {x:+d} {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity experiment is running already: wait, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity experiment started: {n} units, {rule}, {noise:g} % noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity experiment cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity experiment failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity measured: {rule}, N = {n}, {noise:g} % noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing: Storkey rule, one pattern y at a time</source>
        <extracomment>The notes&apos; storage limit for Hebbian weights, p/N.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing: pseudo-inverse (projection) rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing: Hebbian rule (the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopfield network</source>
        <extracomment>The panel&apos;s title (shown where the panel is named, e.g. in export messages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall: one neuron at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({x} kept when {h} = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron takes the sign of its local field, the weighted vote of the others. A flip always lowers E (or leaves it), so asynchronous recall rolls downhill to a fixed point: a stored pattern, its inverse, or a spurious mixture. Above p/N ≈ {capacity} the memories interfere and recall starts to fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (above the limit: expect errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{N} = {n} neurons, &amp;nbsp; {P} = {p} patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load {P}/{N} = {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous: every {x} ← sign({h}) at once ({k} updates of all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last update: neuron &lt;i&gt;i&lt;/i&gt; = {i} (row {r}, column {c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update yet: press S to update one neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{E} = {energy} &amp;nbsp; after {updates:,} update ({sweeps} sweeps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{E} = {energy} &amp;nbsp; after {updates:,} updates ({sweeps} sweeps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three memories are stored; the cue is close to their mixture. Press Space and watch the overlaps.</source>
        <extracomment>Seeds of the update order (the run bar&apos;s Reset keeps it; New seed changes it). 40 random patterns in 144 units: p/N = 0.28, twice the Hebbian limit of 0.138.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} random memories in {n} units (p/N = {load:.2f}). The cue is memory 1 with 10 % of its units flipped: press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spurious state: three memories mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three patterns y1, y2, y3 are stored with the Hebbian rule in 144 units, far below capacity. The cue is close to their mixture sign(y1 + y2 + y3), which is not one of them. Run it: the energy falls and the network settles in the mixture, a stable state that was never stored: the overlap plot shows about 0.5 with each of the three memories instead of 1 with one of them, and the label names a spurious state. The Hebbian energy has minima like this besides the memories (and their inverses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity overload: too many memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forty random patterns are stored in 144 units, p/N = 0.28, twice the Hebbian limit of about 0.138. The cue is memory 1 with only 10 % of its units flipped, so it starts with overlap 0.8. Run it: instead of cleaning the cue up, the network drifts away from memory 1 and settles in a state whose overlap with it is far lower. The crosstalk of the other 39 patterns outweighs the memory&apos;s own field. (Forget all and store ten patterns to see the same cue recalled perfectly.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; 6-neuron example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise from the notes: a 1 × 6 network stores y1 = [1,-1,1,-1,1,1] and y2 = [1,1,1,-1,-1,-1] with the Hebbian rule; both are stable states. The cue is y1 with its last unit flipped. Press S to update one neuron at a time and read its local field on the grid: the flipped unit&apos;s field points back to its stored value, and the network returns to y1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebbian (the notes)</source>
        <extracomment>(label, engine rule, tooltip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W = (1/N) Σ y yᵀ with a zero diagonal, as in the notes. Reliable while p/N &lt; 0.138; correlated patterns (letters share their white background) mix into spurious states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storkey&apos;s (1997) rule: Hebbian learning minus the crosstalk of local fields. Stores more, and copes better with correlated patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-inverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection rule W = Yᵀ (Y Yᵀ)⁻¹ Y (zero diagonal): every linearly independent set of patterns becomes stable, up to p close to N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebbian</source>
        <extracomment>Short names of the rules (legends, the load line): engine rule -&gt; name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async, random order</source>
        <extracomment>(label, engine mode, engine order, tooltip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit at a time, each sweep in a fresh random order: energy never rises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async, sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit at a time, always in the order 1, 2, ..., N: energy never rises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit updates at once from the previous state: may end in a 2-cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters A–Z</source>
        <extracomment>(label, key, characters offered)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 0–9 (font)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwritten digits 0–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random ±1 patterns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
