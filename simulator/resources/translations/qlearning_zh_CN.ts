<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Map files (*.map *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the world: presets, painting, size, slippery moves, wind, map files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rule, its parameters, training and single actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the world view and the plots show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where learning stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is still being prepared; try again in a moment.</source>
        <extracomment>Seconds to wait for the engine being built or the worker to answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{algorithm}: learning starts again from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. The run goes on: learning restarts on the new world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. Learning starts again (Q back to 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start moved to ({row}, {col})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) now gives {value:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) is now a wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) is now a pit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) is now a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) is now empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid is now {rows} × {cols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slippery moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slippery moves off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wind {wind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wind off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset} loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six rooms loaded with the notes&apos; settings: γ = 0.8 and the deterministic update Q(s,a) ← R(s,a) + γ max Q(s′,b). Train a few hundred episodes (Ctrl+T) to reach the notes&apos; table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six rooms are a graph of rooms, not a grid: only grid worlds are saved as maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the map to {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map opened from {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still training: wait for the episodes under way to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training {n:,} episodes flat out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train N episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained {n:,} episodes flat out in {seconds:.2f} s: the arrows show the greedy policy learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning starts again from Q = 0 (the same seed replays the same run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the agent: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to watch the agent learn, S for one action, Ctrl+T to train episodes flat out; paint on the grid to change the world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving average of {window}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid world: hover over a cell for its values; click or drag to paint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a ready-made world (learning starts again): the notes&apos; six rooms, cliff walking (Sutton and Barto 6.6), FrozenLake 4x4 and 8x8, a maze, the windy gridworld.</source>
        <extracomment>Sliders move in steps of 0.01.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} (key {key} while the grid has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a click or drag on the grid paints; the right button always erases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward the Reward tool paints: what entering the cell earns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the grid (3 to 40): cells beyond are cut off, new ones are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the grid (3 to 40): cells beyond are cut off, new ones are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows × columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slippery moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on FrozenLake: the agent moves in the chosen direction or either perpendicular one, 1/3 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. 0 0 0 1 1 1 2 2 1 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wind per column (one whole number per column, Enter to apply): after each move the agent is pushed up that many cells by the column it moved from. Empty: no wind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this world to a text map file (rows of . # S G H and its rewards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a world from a text map file; learning starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or drag on the grid to paint with the chosen tool; the right button erases. Every edit starts learning again on the new world, also while running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to edit the world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rule learns (changing it starts learning again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q-learning&apos;s update: the notes&apos; two forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the agent sometimes leaves its preferred action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate α: how far each update moves Q(s,a) towards its target (live).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount γ: how much a reward one step later is worth (live).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploration ε: the chance of a random action (live).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε is multiplied by this after every episode (1: no decay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε never decays below this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax temperature T: high explores more, low is nearly greedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An episode is cut off after this many actions (the agent goes back to the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many episodes “Train” runs flat out, without animation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the number of episodes beside as fast as the computer can, then show the result ({shortcut}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent takes one action and updates Q; the update is written out with its numbers (same as Step: S or the Right arrow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What colours the cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greedy policy arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A black arrow in each cell towards its best action (none while all its actions tie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value-iteration policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the optimal policy computed by value iteration from the full model (purple): where the black arrow sits on the purple one, the agent has found it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Q(s,a) in the triangles (or V, or the visits) when the cells are big enough; on the six rooms, Q on each door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes averaged by the thick curves of the two plots (moving average).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised (×100 / max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six rooms: show the Q table divided by its largest entry and times 100, as the notes do (0, 51, 64, 80, 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q-learning</source>
        <extracomment>(key, label, tooltip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q-learning (off-policy)</source>
        <extracomment>Per algorithm: (name, the value updated, the bootstrap term of the target).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARSA (on-policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD(0) state values of the random policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step moves one Q(s,a) a fraction η of the way towards r + γ max Q(s′,·). The TD error δ is large while the values are still wrong and shrinks as they settle; rewards spread backwards from the goal one step per visit. The greedy arrows then follow the value-iteration policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARSA learns the value of what the agent really does, exploration included, so it keeps away from cells where a random step is costly (the cliff&apos;s edge). δ shrinks as the values settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD(0) estimates how good each cell is for an agent that moves at random: V(s) follows the reward expected from s. δ shrinks as the estimates agree with their neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a deterministic world each step simply sets Q(s,a) to r + γ max Q(s′,·): the goal&apos;s reward spreads back one door per visit, discounted by γ at each door, and the table settles at the notes&apos; values (tick &apos;normalised&apos; to compare with them, 100 at the best door).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update after each step s → s′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lhs} ← &lt;i&gt;r&lt;/i&gt; + &lt;i&gt;γ&lt;/i&gt; {boot} &amp;nbsp; (deterministic world: η = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD error: &amp;nbsp; {delta} {minus} {lhs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε-greedy: a random action with probability &lt;i&gt;ε&lt;/i&gt;, else argmax&lt;sub&gt;&lt;i&gt;a&lt;/i&gt;&lt;/sub&gt; {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;η&lt;/i&gt; = 1 (deterministic update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;η&lt;/i&gt; = {eta} (the α slider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} episodes finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} episode finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} updates so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} update so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{episodes}, {updates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update yet: press S for one action of the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value moved by &lt;i&gt;δ&lt;/i&gt; = {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value moved by &lt;i&gt;η δ&lt;/i&gt; = {alpha} × {factor} = {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliff walking: Q-learning walks the edge</source>
        <extracomment>The seed of every lesson: the outcomes the texts promise were checked at it (tests/gui/test_qlearning_scenes.py). Episodes the cliff lessons put in the Train box, and the settings of Sutton and Barto&apos;s Example 6.6.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent starts bottom left and must reach the goal bottom right; every step costs 1, and the cells between them are a cliff: stepping in costs 100 and ends the episode (the next one begins at the start again). It explores with ε = 0.1: about one move in ten is random. Press Ctrl+T to train 500 episodes. The black arrows, the greedy policy, run along the very edge of the cliff: the shortest path, 13 steps, the one value iteration finds (tick &apos;Value-iteration policy&apos; in the View tab to see it in purple). Q-learning learns the value of acting greedily, whatever the agent does while exploring. But look at the return plot: the agent as it really behaves, with its random moves, keeps falling off the edge, and its episodes earn less (about −33 on average over the last hundred) than SARSA&apos;s in the next lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliff walking: SARSA takes the safe road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same cliff, the same exploration ε = 0.1, but the agent learns with SARSA. Press Ctrl+T to train 500 episodes. Now the arrows climb to the top row, far from the cliff, and come down only at the goal: a longer path, 17 steps. SARSA learns the value of what the agent really does next, random moves included; next to the cliff one random step in ten costs 100, so the cells there look bad and the agent keeps away. Its return plot is better than Q-learning&apos;s (about −23 against −33 per episode): safer while exploring, but not the shortest path. Set ε to 0 and both rules agree on the edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six rooms: Q converges to the notes&apos; table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; example: five rooms of a building and the outside (room 5), doors between them, a reward of 100 for going through a door to the outside and 0 for any other door. The agent wanders at random (ε = 1) and uses the notes&apos; update for a deterministic world, Q(s,a) ← R(s,a) + γ max Q(s′,b) with γ = 0.8. Press S a few times to watch single updates written out, then Ctrl+T to train 3000 episodes. The Q table, shown divided by its largest entry and times 100, ends exactly at the notes&apos; numbers: 100, 80, 64 and 51.2. Each step away from the outside multiplies the value by γ = 0.8, so following the largest Q from any room leads outside by the fewest doors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <extracomment>Painting tools: (key, label, tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint walls: the agent bumps into them and stays where it was (drag to paint a line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint pits (holes): entering one ends the episode with the pit&apos;s negative reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint goals: entering one ends the episode with the goal&apos;s reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to move the start there: every episode begins at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make cells empty again (the right mouse button erases with any tool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cells you paint the reward in the box beside: what entering them earns (e.g. -5 for mud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-policy: Q(s,a) moves towards r + γ max_b Q(s′,b), whatever the agent does next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-policy: Q(s,a) moves towards r + γ Q(s′,a′) with a′ the action the agent really takes next (exploration included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD(0) state values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns V(s) of the uniformly random policy: V(s) ← V(s) + α [r + γ V(s′) − V(s)] (no Q table: the cells show V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental (α)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q(s,a) ← Q(s,a) + α [r + γ max_b Q(s′,b) − Q(s,a)]: for random worlds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterministic (notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q(s,a) ← r + γ max_b Q(s′,b): the notes&apos; form for a deterministic world (α is not used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε-greedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With probability ε a random allowed action, otherwise the best one; ε is multiplied by the decay after each episode (not below the minimum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions drawn with probability ∝ exp(Q(s,a) / T): a high temperature T explores more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q(s, a) triangles</source>
        <extracomment>What the cells show: (key, label, tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell split into four triangles, one per action (up, right, down, left), coloured by Q(s,a): blue negative, white zero, orange positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V(s) heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One colour per cell: V(s) = max_a Q(s,a) (TD(0): the learnt V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the agent has been in each cell (log scale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <extracomment>The notes&apos; settings for their six-room example. Points drawn at most per curve of the plots (histories hold up to 100 000 episodes). Seconds between plot updates while running. Seconds between updates of the texts (the readout, the last update, the hovered cell) while running.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wind is whole numbers, one per column (e.g. 0 0 1 2); {text!r} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wind needs one number per column: {width} columns, {count} numbers given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wind pushes up: its numbers are 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell ({row}, {col})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: {kind}, entering it gives {reward:g} and ends the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: Q {qs}, V {v:.2f}, visits {visits:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward {reward:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {room} {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room {k} ({name}): Q {doors}; V {v}, visits {visits:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode {episode:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{updates:,} updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return so far {ret:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean return (last {k}) {mean:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greedy = optimal in {agree} of {total} states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state {s} = cell ({row}, {col})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to room {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explored, not the greedy action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {action} ({how}), reward {reward:g} → {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the episode ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Q-learning scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Q-learning scene has version {version}; this simulator opens version {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene names a preset this version does not have ({preset!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: there is no tab {tab}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene names a painting tool this version does not have ({tool!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene&apos;s number of episodes to train ({train}) is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene&apos;s cells show {fill!r}, which this version does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene&apos;s agent cannot be restored: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene opened: press Space to run on from where it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson ready: press Space to watch the agent, or Ctrl+T to train the episodes in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “One action” (or S) to see an update written out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a cell (or a room) to read its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; rooms as a graph: doors are lines, green is the goal (outside), yellow the agent; arrows show each room&apos;s best door, numbers Q on each door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q (rows: state, columns: action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learnt Q table in the notes&apos; layout; bold: each room&apos;s best action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalised (×100 / max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q(s, a): rows are the room the agent is in, columns the room it goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; reward matrix: 0 for a door, 100 for a door into room 5, −1 where there is no door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R (reward matrix; −1: no door)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return per episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the rewards of each episode (thin) and its moving average (thick; window in the View tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per episode (thin) and its moving average (thick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world being learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of the cell (or room) under the pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last update with its numbers: Q(s,a) ← Q(s,a) + α [r + γ max_b Q(s′,b) − Q(s,a)] (SARSA: Q(s′,a′); TD(0): V; deterministic: r + γ max).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent did in that update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q({s}, {action})</source>
        <extracomment>Episodes kept in the return and step histories (the oldest are dropped beyond this). Stand-in for &quot;no limit&quot; on updates when training a number of episodes. Episodes the kernel reports per call (a long run makes several calls).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lhs} &lt;- {reward} + {gamma:.2f} x {next} = {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lhs} &lt;- {old:.2f} + {alpha:.2f} x [{reward} + {gamma:.2f} x {next:.2f} - {old:.2f}] = {new:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six rooms (the notes&apos; example)</source>
        <extracomment>The notes&apos; reward matrix: rows are the room moved from, -1 where there is no door. (x, y) of each room for drawing the rooms as a graph (y grows upwards; &quot;outside&quot; at the bottom). The table Q converges to with gamma 0.8 and the deterministic update (the notes&apos; table).
----------
The names of the preset worlds, for the window to translate a world&apos;s name (restored ones are plain text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliff walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrozenLake 4x4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrozenLake 8x8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maze 10x10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windy gridworld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six rooms (the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; six rooms: doors give 0, doors into room 5 (&quot;outside&quot;) give 100.</source>
        <extracomment>What each preset is, for people (the presets&apos; docstrings, translatable).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sutton and Barto&apos;s cliff walking (Example 6.6): -1 per step, -100 and the episode ends in the cliff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gymnasium&apos;s FrozenLake 4x4: slippery, 1 for reaching the goal, 0 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gymnasium&apos;s FrozenLake 8x8: slippery, 1 for reaching the goal, 0 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deterministic 10x10 maze: -1 per step, +10 at the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sutton and Barto&apos;s windy gridworld (Example 6.5): -1 per step, the wind pushes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <extracomment>The actions as people read them (the same English words, translated by the window).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>The cell kinds as people read them (the same English words, translated by the window).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wind is one whole number per column</source>
        <extracomment>Map characters and the cell kind each one stands for (&apos;S&apos; is an empty cell holding the start).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wind needs one value per column ({width}), got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wind values must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wind values cannot be negative (the wind blows up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid world has {lo} to {hi} {what}, got {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal room can be reached through the doors of the reward matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map has no start cell (mark one with &apos;S&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start ({row}, {col}) is outside the {rows}x{cols} grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start cell ({row}, {col}) must be empty, not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map has no goal (mark one with &apos;G&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal can be reached from the start at ({row}, {col}); open a way through the walls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell ({row}, {col}) is outside the {rows}x{cols} grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start cell cannot become a {kind}; move the start first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start must be on an empty cell; ({row}, {col}) is a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell ({row}, {col}) is a wall, which is never entered: it has no reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start ({row}, {col}) would be cut off by a {rows}x{cols} grid; move it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every goal would be cut off by a {rows}x{cols} grid; move a goal first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
