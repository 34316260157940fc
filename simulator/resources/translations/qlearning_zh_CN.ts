<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Map files (*.map *.txt);;All files (*)</source>
        <translation>地图文件 (*.map *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Preparing the agent…</source>
        <translation>正在准备智能体…</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Edit the world: presets, painting, size, slippery moves, wind, map files.</source>
        <translation>编辑世界：预设、绘制、尺寸、湿滑移动、风、地图文件。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>智能体</translation>
    </message>
    <message>
        <source>The learning rule, its parameters, training and single actions.</source>
        <translation>学习规则及其参数、训练和单个动作。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>What the world view and the plots show.</source>
        <translation>世界视图和图中显示的内容。</translation>
    </message>
    <message>
        <source>Where learning stands.</source>
        <translation>学习的当前进展。</translation>
    </message>
    <message>
        <source>The agent is still being prepared; try again in a moment.</source>
        <extracomment>Seconds to wait for the engine being built or the worker to answer.</extracomment>
        <translation>智能体仍在准备中，请稍后再试。</translation>
    </message>
    <message>
        <source>{algorithm}: learning starts again from zero.</source>
        <translation>{algorithm}：学习从零重新开始。</translation>
    </message>
    <message>
        <source>{what}. The run goes on: learning restarts on the new world.</source>
        <translation>{what}。运行继续：在新世界上重新开始学习。</translation>
    </message>
    <message>
        <source>{what}. Learning starts again (Q back to 0).</source>
        <translation>{what}。学习重新开始（Q 归零）。</translation>
    </message>
    <message>
        <source>Not done: {why}.</source>
        <translation>未执行：{why}。</translation>
    </message>
    <message>
        <source>Start moved to ({row}, {col})</source>
        <translation>起点已移到 ({row}, {col})</translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) now gives {value:g}</source>
        <translation>格子 ({row}, {col}) 的奖励现在是 {value:g}</translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) is now a wall</source>
        <translation>格子 ({row}, {col}) 现在是墙</translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) is now a pit</source>
        <translation>格子 ({row}, {col}) 现在是陷阱</translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) is now a goal</source>
        <translation>格子 ({row}, {col}) 现在是目标</translation>
    </message>
    <message>
        <source>Cell ({row}, {col}) is now empty</source>
        <translation>格子 ({row}, {col}) 现在是空格</translation>
    </message>
    <message>
        <source>The grid is now {rows} × {cols}</source>
        <translation>网格现在是 {rows} × {cols}</translation>
    </message>
    <message>
        <source>Slippery moves on</source>
        <translation>湿滑移动：开</translation>
    </message>
    <message>
        <source>Slippery moves off</source>
        <translation>湿滑移动：关</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>未执行：{why}</translation>
    </message>
    <message>
        <source>Wind {wind}</source>
        <translation>风：{wind}</translation>
    </message>
    <message>
        <source>Wind off</source>
        <translation>风：关</translation>
    </message>
    <message>
        <source>{preset} loaded</source>
        <translation>已载入{preset}</translation>
    </message>
    <message>
        <source>Six rooms loaded with the notes&apos; settings: γ = 0.8 and the deterministic update Q(s,a) ← R(s,a) + γ max Q(s′,b). Train a few hundred episodes (Ctrl+T) to reach the notes&apos; table.</source>
        <translation>已按讲义的设置载入六个房间：γ = 0.8，确定性更新 Q(s,a) ← R(s,a) + γ max Q(s′,b)。训练几百个回合（Ctrl+T）即可得到讲义中的表。</translation>
    </message>
    <message>
        <source>The six rooms are a graph of rooms, not a grid: only grid worlds are saved as maps.</source>
        <translation>六个房间是由房间构成的图，不是网格：只有网格世界才能保存为地图。</translation>
    </message>
    <message>
        <source>Save map</source>
        <translation>保存地图</translation>
    </message>
    <message>
        <source>Could not save the map to {path}: {why}</source>
        <translation>无法将地图保存到 {path}：{why}</translation>
    </message>
    <message>
        <source>Map saved to {path}.</source>
        <translation>地图已保存到 {path}。</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>打开地图</translation>
    </message>
    <message>
        <source>Could not open {path}: {why}</source>
        <translation>无法打开 {path}：{why}</translation>
    </message>
    <message>
        <source>Map opened from {path}</source>
        <translation>已从 {path} 打开地图</translation>
    </message>
    <message>
        <source>Still training: wait for the episodes under way to finish.</source>
        <translation>仍在训练：请等待正在进行的回合完成。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>Training {n:,} episodes flat out…</source>
        <translation>正在全速训练 {n:,} 个回合…</translation>
    </message>
    <message>
        <source>Train N episodes</source>
        <translation>训练 N 个回合</translation>
    </message>
    <message>
        <source>Trained {n:,} episodes flat out in {seconds:.2f} s: the arrows show the greedy policy learnt.</source>
        <translation>已在 {seconds:.2f} 秒内全速训练 {n:,} 个回合：箭头显示学到的贪婪策略。</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Grid world</source>
        <translation>网格世界</translation>
    </message>
    <message>
        <source>Learning starts again from Q = 0 (the same seed replays the same run).</source>
        <translation>学习从 Q = 0 重新开始（相同的种子会重现相同的运行）。</translation>
    </message>
    <message>
        <source>Could not prepare the agent: {why}</source>
        <translation>无法准备智能体：{why}</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>没有引擎</translation>
    </message>
    <message>
        <source>Your edits applied</source>
        <translation>你的编辑已应用</translation>
    </message>
    <message>
        <source>Press Space to watch the agent learn, S for one action, Ctrl+T to train episodes flat out; paint on the grid to change the world.</source>
        <translation>按 Space 观看智能体学习，按 S 执行一个动作，按 Ctrl+T 全速训练多个回合；在网格上绘制可改变世界。</translation>
    </message>
    <message>
        <source>moving average of {window}</source>
        <translation>{window} 回合滑动平均</translation>
    </message>
    <message>
        <source>The grid world: hover over a cell for its values; click or drag to paint.</source>
        <translation>网格世界：鼠标悬停在格子上可查看其数值；单击或拖动进行绘制。</translation>
    </message>
    <message>
        <source>Load a ready-made world (learning starts again): the notes&apos; six rooms, cliff walking (Sutton and Barto 6.6), FrozenLake 4x4 and 8x8, a maze, the windy gridworld.</source>
        <extracomment>Sliders move in steps of 0.01.</extracomment>
        <translation>载入现成的世界（学习重新开始）：讲义中的六个房间、悬崖行走（Sutton 和 Barto 例 6.6）、冰湖 4x4 和 8x8、迷宫、有风网格世界。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>{tip} (key {key} while the grid has the focus)</source>
        <translation>{tip}（网格获得焦点时按 {key} 键）</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>What a click or drag on the grid paints; the right button always erases.</source>
        <translation>在网格上单击或拖动时绘制的内容；右键总是擦除。</translation>
    </message>
    <message>
        <source>The reward the Reward tool paints: what entering the cell earns.</source>
        <translation>“奖励”工具绘制的奖励：进入该格子获得的奖励。</translation>
    </message>
    <message>
        <source>Rows of the grid (3 to 40): cells beyond are cut off, new ones are empty.</source>
        <translation>网格的行数（3 到 40）：超出的格子被裁掉，新增的格子为空。</translation>
    </message>
    <message>
        <source>Columns of the grid (3 to 40): cells beyond are cut off, new ones are empty.</source>
        <translation>网格的列数（3 到 40）：超出的格子被裁掉，新增的格子为空。</translation>
    </message>
    <message>
        <source>rows × columns</source>
        <translation>行 × 列</translation>
    </message>
    <message>
        <source>Slippery moves</source>
        <translation>湿滑移动</translation>
    </message>
    <message>
        <source>As on FrozenLake: the agent moves in the chosen direction or either perpendicular one, 1/3 each.</source>
        <translation>与冰湖环境相同：智能体沿所选方向或两个垂直方向之一移动，概率各为 1/3。</translation>
    </message>
    <message>
        <source>none, e.g. 0 0 0 1 1 1 2 2 1 0</source>
        <translation>无，例如 0 0 0 1 1 1 2 2 1 0</translation>
    </message>
    <message>
        <source>Wind per column (one whole number per column, Enter to apply): after each move the agent is pushed up that many cells by the column it moved from. Empty: no wind.</source>
        <translation>每列的风力（每列一个整数，按 Enter 应用）：每次移动后，智能体被出发所在列的风向上推相应的格数。留空：无风。</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>风</translation>
    </message>
    <message>
        <source>Save map…</source>
        <translation>保存地图…</translation>
    </message>
    <message>
        <source>Write this world to a text map file (rows of . # S G H and its rewards).</source>
        <translation>将此世界写入文本地图文件（由 . # S G H 组成的行及其奖励）。</translation>
    </message>
    <message>
        <source>Open map…</source>
        <translation>打开地图…</translation>
    </message>
    <message>
        <source>Load a world from a text map file; learning starts again.</source>
        <translation>从文本地图文件载入世界；学习重新开始。</translation>
    </message>
    <message>
        <source>Click or drag on the grid to paint with the chosen tool; the right button erases. Every edit starts learning again on the new world, also while running.</source>
        <translation>在网格上单击或拖动，用所选工具绘制；右键擦除。每次编辑都会在新世界上重新开始学习，运行中也是如此。</translation>
    </message>
    <message>
        <source>How to edit the world.</source>
        <translation>如何编辑世界。</translation>
    </message>
    <message>
        <source>Which rule learns (changing it starts learning again).</source>
        <translation>使用哪种学习规则（更改后学习重新开始）。</translation>
    </message>
    <message>
        <source>Q-learning&apos;s update: the notes&apos; two forms.</source>
        <translation>Q 学习的更新：讲义中的两种形式。</translation>
    </message>
    <message>
        <source>How the agent sometimes leaves its preferred action.</source>
        <translation>智能体如何偶尔偏离它偏好的动作。</translation>
    </message>
    <message>
        <source>Learning rate α: how far each update moves Q(s,a) towards its target (live).</source>
        <translation>学习率 α：每次更新将 Q(s,a) 向目标值移动多远（实时生效）。</translation>
    </message>
    <message>
        <source>Discount γ: how much a reward one step later is worth (live).</source>
        <translation>折扣因子 γ：晚一步得到的奖励值多少（实时生效）。</translation>
    </message>
    <message>
        <source>Exploration ε: the chance of a random action (live).</source>
        <translation>探索率 ε：采取随机动作的概率（实时生效）。</translation>
    </message>
    <message>
        <source>ε is multiplied by this after every episode (1: no decay).</source>
        <translation>每个回合结束后 ε 乘以此值（1：不衰减）。</translation>
    </message>
    <message>
        <source>ε never decays below this.</source>
        <translation>ε 不会衰减到此值以下。</translation>
    </message>
    <message>
        <source>Softmax temperature T: high explores more, low is nearly greedy.</source>
        <translation>softmax 温度 T：越高探索越多，越低越接近贪婪。</translation>
    </message>
    <message>
        <source>An episode is cut off after this many actions (the agent goes back to the start).</source>
        <translation>一个回合在这么多个动作后被截断（智能体回到起点）。</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>ε decay</source>
        <translation>ε 衰减</translation>
    </message>
    <message>
        <source>ε minimum</source>
        <translation>ε 最小值</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Max steps</source>
        <translation>最大步数</translation>
    </message>
    <message>
        <source>How many episodes “Train” runs flat out, without animation.</source>
        <translation>“训练”全速运行（不播放动画）的回合数。</translation>
    </message>
    <message>
        <source>Run the number of episodes beside as fast as the computer can, then show the result ({shortcut}).</source>
        <translation>以计算机的最快速度运行旁边所填的回合数，然后显示结果（{shortcut}）。</translation>
    </message>
    <message>
        <source>One action</source>
        <translation>一个动作</translation>
    </message>
    <message>
        <source>The agent takes one action and updates Q; the update is written out with its numbers (same as Step: S or the Right arrow).</source>
        <translation>智能体执行一个动作并更新 Q；更新过程连同数值一起写出（与“单步”相同：S 或 Right 方向键）。</translation>
    </message>
    <message>
        <source>What colours the cells.</source>
        <translation>格子的着色依据。</translation>
    </message>
    <message>
        <source>Greedy policy arrows</source>
        <translation>贪婪策略箭头</translation>
    </message>
    <message>
        <source>A black arrow in each cell towards its best action (none while all its actions tie).</source>
        <translation>每个格子中指向最佳动作的黑色箭头（所有动作并列时不画）。</translation>
    </message>
    <message>
        <source>Value-iteration policy</source>
        <translation>价值迭代策略</translation>
    </message>
    <message>
        <source>Overlay the optimal policy computed by value iteration from the full model (purple): where the black arrow sits on the purple one, the agent has found it.</source>
        <translation>叠加显示用完整模型经价值迭代算出的最优策略（紫色）：黑色箭头与紫色箭头重合之处，说明智能体已经找到了它。</translation>
    </message>
    <message>
        <source>Numbers in the cells</source>
        <translation>格子中的数值</translation>
    </message>
    <message>
        <source>Write Q(s,a) in the triangles (or V, or the visits) when the cells are big enough; on the six rooms, Q on each door.</source>
        <translation>格子足够大时在三角形中写出 Q(s,a)（或 V，或访问次数）；在六个房间中，在每扇门上写出 Q。</translation>
    </message>
    <message>
        <source>Episodes averaged by the thick curves of the two plots (moving average).</source>
        <translation>两幅图中粗曲线平均的回合数（滑动平均）。</translation>
    </message>
    <message>
        <source>Normalised (×100 / max)</source>
        <translation>归一化（×100 / max）</translation>
    </message>
    <message>
        <source>Six rooms: show the Q table divided by its largest entry and times 100, as the notes do (0, 51, 64, 80, 100).</source>
        <translation>六个房间：像讲义那样，将 Q 表除以其最大项再乘以 100 显示（0、51、64、80、100）。</translation>
    </message>
    <message>
        <source>Cells show</source>
        <translation>格子显示</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Q-learning</source>
        <extracomment>(key, label, tooltip)</extracomment>
        <translation>Q 学习</translation>
    </message>
    <message>
        <source>max&lt;sub&gt;&lt;i&gt;b&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;Q&lt;/i&gt;({s2},&lt;i&gt;b&lt;/i&gt;)</source>
        <extracomment>A Text (a translation may space the subscript); kept on one line with nobr when shown.</extracomment>
        <translation>max&lt;sub&gt;⁠&lt;i&gt;b&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;Q&lt;/i&gt;({s2},&lt;i&gt;b&lt;/i&gt;)</translation>
    </message>
    <message>
        <source>Q-learning (off-policy)</source>
        <extracomment>Per algorithm: (name, the value updated, the bootstrap term of the target).</extracomment>
        <translation>Q 学习（异策略）</translation>
    </message>
    <message>
        <source>SARSA (on-policy)</source>
        <translation>SARSA（同策略）</translation>
    </message>
    <message>
        <source>TD(0) state values of the random policy</source>
        <translation>随机策略的 TD(0) 状态价值</translation>
    </message>
    <message>
        <source>Each step moves one Q(s,a) a fraction η of the way towards r + γ max Q(s′,·). The TD error δ is large while the values are still wrong and shrinks as they settle; rewards spread backwards from the goal one step per visit. The greedy arrows then follow the value-iteration policy.</source>
        <translation>每一步将一个 Q(s,a) 向 r + γ max Q(s′,·) 移动 η 比例的距离。数值还不准确时 TD 误差 δ 较大，随着数值稳定而减小；奖励从目标出发，每访问一次向后传播一步。之后贪婪箭头会与价值迭代策略一致。</translation>
    </message>
    <message>
        <source>SARSA learns the value of what the agent really does, exploration included, so it keeps away from cells where a random step is costly (the cliff&apos;s edge). δ shrinks as the values settle.</source>
        <translation>SARSA 学习的是智能体实际行为（包括探索）的价值，因此它会远离随机走一步代价很大的格子（悬崖边缘）。δ 随数值稳定而减小。</translation>
    </message>
    <message>
        <source>TD(0) estimates how good each cell is for an agent that moves at random: V(s) follows the reward expected from s. δ shrinks as the estimates agree with their neighbours.</source>
        <translation>TD(0) 估计对随机移动的智能体而言每个格子有多好：V(s) 趋向从 s 出发的期望奖励。随着估计值与相邻格子一致，δ 逐渐减小。</translation>
    </message>
    <message>
        <source>In a deterministic world each step simply sets Q(s,a) to r + γ max Q(s′,·): the goal&apos;s reward spreads back one door per visit, discounted by γ at each door, and the table settles at the notes&apos; values (tick &apos;normalised&apos; to compare with them, 100 at the best door).</source>
        <translation>在确定性世界中，每一步直接把 Q(s,a) 设为 r + γ max Q(s′,·)：目标的奖励每访问一次向后传播一扇门，每经过一扇门乘以 γ 折扣，最终 Q 表稳定在讲义中的数值（勾选“归一化”即可与之比较，最佳门为 100）。</translation>
    </message>
    <message>
        <source>The update after each step s → s′</source>
        <translation>每一步 s → s′ 之后的更新</translation>
    </message>
    <message>
        <source>{lhs} ← &lt;i&gt;r&lt;/i&gt; + &lt;i&gt;γ&lt;/i&gt; {boot} &amp;nbsp; (deterministic world: η = 1)</source>
        <translation>{lhs} ← &lt;i&gt;r&lt;/i&gt; + &lt;i&gt;γ&lt;/i&gt; {boot} &amp;nbsp; （确定性世界：η = 1）</translation>
    </message>
    <message>
        <source>TD error: &amp;nbsp; {delta} {minus} {lhs}</source>
        <translation>TD 误差：&amp;nbsp;{delta} {minus} {lhs}</translation>
    </message>
    <message>
        <source>ε-greedy: a random action with probability &lt;i&gt;ε&lt;/i&gt;, else argmax&lt;sub&gt;&lt;i&gt;a&lt;/i&gt;&lt;/sub&gt; {q}</source>
        <translation>ε-贪婪：以概率 &lt;i&gt;ε&lt;/i&gt; 随机选择动作，否则选 argmax&lt;sub&gt;⁠&lt;i&gt;a&lt;/i&gt;&lt;/sub&gt; {q}</translation>
    </message>
    <message>
        <source>No agent yet.</source>
        <translation>尚无智能体。</translation>
    </message>
    <message>
        <source>&lt;i&gt;η&lt;/i&gt; = 1 (deterministic update)</source>
        <translation>&lt;i&gt;η&lt;/i&gt; = 1（确定性更新）</translation>
    </message>
    <message>
        <source>&lt;i&gt;η&lt;/i&gt; = {eta} (the α slider)</source>
        <translation>&lt;i&gt;η&lt;/i&gt; = {eta}（α 滑块）</translation>
    </message>
    <message>
        <source>{n:,} episodes finished</source>
        <translation>已完成 {n:,} 个回合</translation>
    </message>
    <message>
        <source>{n:,} episode finished</source>
        <translation>已完成 {n:,} 个回合</translation>
    </message>
    <message>
        <source>{n:,} updates so far</source>
        <translation>迄今 {n:,} 次更新</translation>
    </message>
    <message>
        <source>{n:,} update so far</source>
        <translation>迄今 {n:,} 次更新</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>{episodes}, {updates}</source>
        <translation>{episodes}，{updates}</translation>
    </message>
    <message>
        <source>No update yet: press S for one action of the agent.</source>
        <translation>尚无更新：按 S 让智能体执行一个动作。</translation>
    </message>
    <message>
        <source>the value moved by &lt;i&gt;δ&lt;/i&gt; = {change}</source>
        <translation>数值变化了 &lt;i&gt;δ&lt;/i&gt; = {change}</translation>
    </message>
    <message>
        <source>the value moved by &lt;i&gt;η δ&lt;/i&gt; = {alpha} × {factor} = {change}</source>
        <translation>数值变化了 &lt;i&gt;η δ&lt;/i&gt; = {alpha} × {factor} = {change}</translation>
    </message>
    <message>
        <source>Cliff walking: Q-learning walks the edge</source>
        <extracomment>The seed of every lesson: the outcomes the texts promise were checked at it (tests/gui/test_qlearning_scenes.py). Episodes the cliff lessons put in the Train box, and the settings of Sutton and Barto&apos;s Example 6.6.</extracomment>
        <translation>悬崖行走：Q 学习沿着悬崖边走</translation>
    </message>
    <message>
        <source>The agent starts bottom left and must reach the goal bottom right; every step costs 1, and the cells between them are a cliff: stepping in costs 100 and ends the episode (the next one begins at the start again). It explores with ε = 0.1: about one move in ten is random. Press Ctrl+T to train 500 episodes. The black arrows, the greedy policy, run along the very edge of the cliff: the shortest path, 13 steps, the one value iteration finds (tick &apos;Value-iteration policy&apos; in the View tab to see it in purple). Q-learning learns the value of acting greedily, whatever the agent does while exploring. But look at the return plot: the agent as it really behaves, with its random moves, keeps falling off the edge, and its episodes earn less (about −33 on average over the last hundred) than SARSA&apos;s in the next lesson.</source>
        <translation>智能体从左下角出发，必须到达右下角的目标；每走一步代价为 1，两者之间的格子是悬崖：踏入悬崖代价为 100，并结束本回合（下一回合重新从起点开始）。它以 ε = 0.1 进行探索：大约每十步有一步是随机的。按 Ctrl+T 训练 500 个回合。黑色箭头（即贪婪策略）紧贴悬崖边缘：这是最短路径，共 13 步，也正是价值迭代找到的路径（在“显示”页勾选“价值迭代策略”即可看到紫色的它）。无论智能体在探索时做什么，Q 学习学到的都是贪婪行动的价值。但请看回报图：实际行动中的智能体由于随机移动，不断从边缘掉下去，它每回合得到的回报（最近一百个回合平均约 −33）比下一个课例中的 SARSA 要少。</translation>
    </message>
    <message>
        <source>Cliff walking: SARSA takes the safe road</source>
        <translation>悬崖行走：SARSA 走安全的路</translation>
    </message>
    <message>
        <source>The same cliff, the same exploration ε = 0.1, but the agent learns with SARSA. Press Ctrl+T to train 500 episodes. Now the arrows climb to the top row, far from the cliff, and come down only at the goal: a longer path, 17 steps. SARSA learns the value of what the agent really does next, random moves included; next to the cliff one random step in ten costs 100, so the cells there look bad and the agent keeps away. Its return plot is better than Q-learning&apos;s (about −23 against −33 per episode): safer while exploring, but not the shortest path. Set ε to 0 and both rules agree on the edge.</source>
        <translation>同样的悬崖，同样的探索率 ε = 0.1，但智能体改用 SARSA 学习。按 Ctrl+T 训练 500 个回合。现在箭头爬到最上面一行，远离悬崖，直到目标处才下来：路径更长，共 17 步。SARSA 学习的是智能体接下来实际行为的价值，随机移动也包括在内；在悬崖旁边，每十步中的一步随机移动就要付出 100 的代价，所以那里的格子看起来很差，智能体便远离它们。它的回报图比 Q 学习的好（每回合约 −23，对比 −33）：探索时更安全，但走的不是最短路径。把 ε 设为 0，两种规则都会选择沿边缘走。</translation>
    </message>
    <message>
        <source>The six rooms: Q converges to the notes&apos; table</source>
        <translation>六个房间：Q 收敛到讲义中的表</translation>
    </message>
    <message>
        <source>The notes&apos; example: five rooms of a building and the outside (room 5), doors between them, a reward of 100 for going through a door to the outside and 0 for any other door. The agent wanders at random (ε = 1) and uses the notes&apos; update for a deterministic world, Q(s,a) ← R(s,a) + γ max Q(s′,b) with γ = 0.8. Press S a few times to watch single updates written out, then Ctrl+T to train 3000 episodes. The Q table, shown divided by its largest entry and times 100, ends exactly at the notes&apos; numbers: 100, 80, 64 and 51.2. Each step away from the outside multiplies the value by γ = 0.8, so following the largest Q from any room leads outside by the fewest doors.</source>
        <translation>讲义中的例子：一栋楼的五个房间和室外（房间 5），房间之间有门；穿过通往室外的门奖励为 100，穿过其他门奖励为 0。智能体随机游走（ε = 1），并使用讲义中针对确定性世界的更新 Q(s,a) ← R(s,a) + γ max Q(s′,b)，其中 γ = 0.8。先按几次 S 观看逐条写出的单次更新，再按 Ctrl+T 训练 3000 个回合。Q 表除以其最大项再乘以 100 显示，最终恰好等于讲义中的数值：100、80、64 和 51.2。离室外每远一步，价值就乘以 γ = 0.8，因此从任何房间出发沿最大的 Q 走，都能经过最少的门到达室外。</translation>
    </message>
    <message>
        <source>Wall</source>
        <extracomment>Painting tools: (key, label, tooltip).</extracomment>
        <translation>墙</translation>
    </message>
    <message>
        <source>Paint walls: the agent bumps into them and stays where it was (drag to paint a line).</source>
        <translation>绘制墙：智能体撞到墙会停在原地（拖动可画一条线）。</translation>
    </message>
    <message>
        <source>Pit</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <source>Paint pits (holes): entering one ends the episode with the pit&apos;s negative reward.</source>
        <translation>绘制陷阱（洞）：进入陷阱会结束本回合，并得到陷阱的负奖励。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Paint goals: entering one ends the episode with the goal&apos;s reward.</source>
        <translation>绘制目标：进入目标会结束本回合，并得到目标的奖励。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Click a cell to move the start there: every episode begins at the start.</source>
        <translation>单击一个格子把起点移到那里：每个回合都从起点开始。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Make cells empty again (the right mouse button erases with any tool).</source>
        <translation>把格子恢复为空（使用任何工具时，鼠标右键都能擦除）。</translation>
    </message>
    <message>
        <source>Give the cells you paint the reward in the box beside: what entering them earns (e.g. -5 for mud).</source>
        <translation>给绘制的格子设置旁边框中的奖励：即进入这些格子获得的奖励（例如泥地为 -5）。</translation>
    </message>
    <message>
        <source>Off-policy: Q(s,a) moves towards r + γ max_b Q(s′,b), whatever the agent does next.</source>
        <translation>异策略：无论智能体下一步做什么，Q(s,a) 都向 r + γ max_b Q(s′,b) 移动。</translation>
    </message>
    <message>
        <source>On-policy: Q(s,a) moves towards r + γ Q(s′,a′) with a′ the action the agent really takes next (exploration included).</source>
        <translation>同策略：Q(s,a) 向 r + γ Q(s′,a′) 移动，其中 a′ 是智能体下一步实际采取的动作（包括探索）。</translation>
    </message>
    <message>
        <source>TD(0) state values</source>
        <translation>TD(0) 状态价值</translation>
    </message>
    <message>
        <source>Learns V(s) of the uniformly random policy: V(s) ← V(s) + α [r + γ V(s′) − V(s)] (no Q table: the cells show V).</source>
        <translation>学习均匀随机策略的 V(s)：V(s) ← V(s) + α [r + γ V(s′) − V(s)]（没有 Q 表：格子显示 V）。</translation>
    </message>
    <message>
        <source>Incremental (α)</source>
        <translation>增量式（α）</translation>
    </message>
    <message>
        <source>Q(s,a) ← Q(s,a) + α [r + γ max_b Q(s′,b) − Q(s,a)]: for random worlds.</source>
        <translation>Q(s,a) ← Q(s,a) + α [r + γ max_b Q(s′,b) − Q(s,a)]：适用于随机世界。</translation>
    </message>
    <message>
        <source>Deterministic (notes)</source>
        <translation>确定性（讲义）</translation>
    </message>
    <message>
        <source>Q(s,a) ← r + γ max_b Q(s′,b): the notes&apos; form for a deterministic world (α is not used).</source>
        <translation>Q(s,a) ← r + γ max_b Q(s′,b)：讲义中用于确定性世界的形式（不使用 α）。</translation>
    </message>
    <message>
        <source>ε-greedy</source>
        <translation>ε-贪婪</translation>
    </message>
    <message>
        <source>With probability ε a random allowed action, otherwise the best one; ε is multiplied by the decay after each episode (not below the minimum).</source>
        <translation>以概率 ε 选择一个随机的允许动作，否则选最佳动作；每个回合结束后 ε 乘以衰减系数（不低于最小值）。</translation>
    </message>
    <message>
        <source>Actions drawn with probability ∝ exp(Q(s,a) / T): a high temperature T explores more.</source>
        <translation>按概率 ∝ exp(Q(s,a) / T) 抽取动作：温度 T 越高，探索越多。</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>Q(s, a) triangles</source>
        <extracomment>What the cells show: (key, label, tooltip).</extracomment>
        <translation>Q(s, a) 三角形</translation>
    </message>
    <message>
        <source>Each cell split into four triangles, one per action (up, right, down, left), coloured by Q(s,a): blue negative, white zero, orange positive.</source>
        <translation>每个格子分成四个三角形，每个动作一个（上、右、下、左），按 Q(s,a) 着色：蓝色为负，白色为零，橙色为正。</translation>
    </message>
    <message>
        <source>V(s) heatmap</source>
        <translation>V(s) 热力图</translation>
    </message>
    <message>
        <source>One colour per cell: V(s) = max_a Q(s,a) (TD(0): the learnt V).</source>
        <translation>每个格子一种颜色：V(s) = max_a Q(s,a)（TD(0)：学到的 V）。</translation>
    </message>
    <message>
        <source>Visit counts</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <source>How often the agent has been in each cell (log scale).</source>
        <translation>智能体到过每个格子的次数（对数刻度）。</translation>
    </message>
    <message>
        <source>outside</source>
        <extracomment>The notes&apos; settings for their six-room example. Points drawn at most per curve of the plots (histories hold up to 100 000 episodes). Seconds between plot updates while running. Seconds between updates of the texts (the readout, the last update, the hovered cell) while running.</extracomment>
        <translation>室外</translation>
    </message>
    <message>
        <source>The wind is whole numbers, one per column (e.g. 0 0 1 2); {text!r} is not.</source>
        <translation>风力是整数，每列一个（例如 0 0 1 2）；{text!r} 不是。</translation>
    </message>
    <message>
        <source>The wind needs one number per column: {width} columns, {count} numbers given.</source>
        <translation>风力需要每列一个数：共 {width} 列，却给了 {count} 个数。</translation>
    </message>
    <message>
        <source>The wind pushes up: its numbers are 0 or more.</source>
        <translation>风向上吹：风力数值须为 0 或更大。</translation>
    </message>
    <message>
        <source>cell ({row}, {col})</source>
        <translation>格子 ({row}, {col})</translation>
    </message>
    <message>
        <source>{head}: wall</source>
        <translation>{head}：墙</translation>
    </message>
    <message>
        <source>{head}: {kind}, entering it gives {reward:g} and ends the episode</source>
        <translation>{head}：{kind}，进入得 {reward:g} 并结束本回合</translation>
    </message>
    <message>
        <source>{head}: Q {qs}, V {v:.2f}, visits {visits:,}</source>
        <translation>{head}：Q {qs}，V {v:.2f}，访问 {visits:,} 次</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>reward {reward:g}</source>
        <translation>奖励 {reward:g}</translation>
    </message>
    <message>
        <source>to {room} {q}</source>
        <translation>到 {room} {q}</translation>
    </message>
    <message>
        <source>room {k} ({name}): Q {doors}; V {v}, visits {visits:,}</source>
        <translation>房间 {k}（{name}）：Q {doors}；V {v}，访问 {visits:,} 次</translation>
    </message>
    <message>
        <source>Episode {episode:,}</source>
        <translation>第 {episode:,} 回合</translation>
    </message>
    <message>
        <source>{updates:,} updates</source>
        <translation>{updates:,} 次更新</translation>
    </message>
    <message>
        <source>return so far {ret:g}</source>
        <translation>本回合回报 {ret:g}</translation>
    </message>
    <message>
        <source>mean return (last {k}) {mean:.2f}</source>
        <translation>平均回报（最近 {k} 回合）{mean:.2f}</translation>
    </message>
    <message>
        <source>greedy = optimal in {agree} of {total} states</source>
        <translation>{total} 个状态中 {agree} 个的贪婪动作 = 最优动作</translation>
    </message>
    <message>
        <source>room outside</source>
        <translation>室外</translation>
    </message>
    <message>
        <source>room {name}</source>
        <translation>房间 {name}</translation>
    </message>
    <message>
        <source>state {s} = cell ({row}, {col})</source>
        <translation>状态 {s} = 格子 ({row}, {col})</translation>
    </message>
    <message>
        <source>go to room {room}</source>
        <translation>去房间 {room}</translation>
    </message>
    <message>
        <source>explored, not the greedy action</source>
        <translation>探索，不是贪婪动作</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>贪婪</translation>
    </message>
    <message>
        <source>{where}: {action} ({how}), reward {reward:g} → {to}</source>
        <translation>{where}：{action}（{how}），奖励 {reward:g} → {to}</translation>
    </message>
    <message>
        <source>; the episode ends</source>
        <translation>；本回合结束</translation>
    </message>
    <message>
        <source>This is not a Q-learning scene.</source>
        <translation>这不是 Q 学习的场景。</translation>
    </message>
    <message>
        <source>This Q-learning scene has version {version}; this simulator opens version {supported}.</source>
        <translation>此 Q 学习场景的版本为 {version}；本模拟器只能打开版本 {supported}。</translation>
    </message>
    <message>
        <source>This scene names a preset this version does not have ({preset!r}).</source>
        <translation>此场景引用了本版本没有的预设（{preset!r}）。</translation>
    </message>
    <message>
        <source>This scene is damaged: there is no tab {tab}.</source>
        <translation>此场景已损坏：没有第 {tab} 个标签页。</translation>
    </message>
    <message>
        <source>This scene names a painting tool this version does not have ({tool!r}).</source>
        <translation>此场景引用了本版本没有的绘制工具（{tool!r}）。</translation>
    </message>
    <message>
        <source>This scene&apos;s number of episodes to train ({train}) is out of range.</source>
        <translation>此场景中要训练的回合数（{train}）超出范围。</translation>
    </message>
    <message>
        <source>This scene&apos;s cells show {fill!r}, which this version does not offer.</source>
        <translation>此场景的格子显示 {fill!r}，本版本不提供该选项。</translation>
    </message>
    <message>
        <source>This scene&apos;s agent cannot be restored: {why}</source>
        <translation>此场景的智能体无法恢复：{why}</translation>
    </message>
    <message>
        <source>Scene opened: press Space to run on from where it was saved.</source>
        <translation>场景已打开：按 Space 从保存时的状态继续运行。</translation>
    </message>
    <message>
        <source>Lesson ready: press Space to watch the agent, or Ctrl+T to train the episodes in the box.</source>
        <translation>课例已就绪：按 Space 观看智能体，或按 Ctrl+T 训练框中所填的回合数。</translation>
    </message>
    <message>
        <source>Press “One action” (or S) to see an update written out.</source>
        <translation>按“一个动作”（或 S）查看写出的更新。</translation>
    </message>
    <message>
        <source>Hover over a cell (or a room) to read its values.</source>
        <translation>将鼠标悬停在格子（或房间）上可读取其数值。</translation>
    </message>
    <message>
        <source>The notes&apos; rooms as a graph: doors are lines, green is the goal (outside), yellow the agent; arrows show each room&apos;s best door, numbers Q on each door.</source>
        <translation>讲义中的房间画成图：门是连线，绿色是目标（室外），黄色是智能体；箭头指向每个房间的最佳门，数字是每扇门上的 Q。</translation>
    </message>
    <message>
        <source>Q (rows: state, columns: action)</source>
        <translation>Q（行：状态，列：动作）</translation>
    </message>
    <message>
        <source>The learnt Q table in the notes&apos; layout; bold: each room&apos;s best action.</source>
        <translation>按讲义格式排列的已学 Q 表；粗体：每个房间的最佳动作。</translation>
    </message>
    <message>
        <source>normalised (×100 / max)</source>
        <translation>归一化（×100 / max）</translation>
    </message>
    <message>
        <source>Q(s, a): rows are the room the agent is in, columns the room it goes to.</source>
        <translation>Q(s, a)：行是智能体所在的房间，列是它要去的房间。</translation>
    </message>
    <message>
        <source>The notes&apos; reward matrix: 0 for a door, 100 for a door into room 5, −1 where there is no door.</source>
        <translation>讲义中的奖励矩阵：有门为 0，通往房间 5 的门为 100，没有门为 −1。</translation>
    </message>
    <message>
        <source>R (reward matrix; −1: no door)</source>
        <translation>R（奖励矩阵；−1：无门）</translation>
    </message>
    <message>
        <source>each</source>
        <translation>每回合</translation>
    </message>
    <message>
        <source>moving average</source>
        <translation>滑动平均</translation>
    </message>
    <message>
        <source>Return per episode</source>
        <translation>每回合的回报</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>回合</translation>
    </message>
    <message>
        <source>return</source>
        <translation>回报</translation>
    </message>
    <message>
        <source>The sum of the rewards of each episode (thin) and its moving average (thick; window in the View tab).</source>
        <translation>每个回合的奖励总和（细线）及其滑动平均（粗线；窗口在“显示”页设置）。</translation>
    </message>
    <message>
        <source>Steps per episode</source>
        <translation>每回合的步数</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Actions per episode (thin) and its moving average (thick).</source>
        <translation>每个回合的动作数（细线）及其滑动平均（粗线）。</translation>
    </message>
    <message>
        <source>The world being learnt.</source>
        <translation>正在学习的世界。</translation>
    </message>
    <message>
        <source>The values of the cell (or room) under the pointer.</source>
        <translation>鼠标指针下的格子（或房间）的数值。</translation>
    </message>
    <message>
        <source>The last update with its numbers: Q(s,a) ← Q(s,a) + α [r + γ max_b Q(s′,b) − Q(s,a)] (SARSA: Q(s′,a′); TD(0): V; deterministic: r + γ max).</source>
        <translation>最近一次更新及其数值：Q(s,a) ← Q(s,a) + α [r + γ max_b Q(s′,b) − Q(s,a)]（SARSA：Q(s′,a′)；TD(0)：V；确定性：r + γ max）。</translation>
    </message>
    <message>
        <source>What the agent did in that update.</source>
        <translation>智能体在这次更新中做了什么。</translation>
    </message>
    <message>
        <source>Q({s}, {action})</source>
        <extracomment>Episodes kept in the return and step histories (the oldest are dropped beyond this). Stand-in for &quot;no limit&quot; on updates when training a number of episodes. Episodes the kernel reports per call (a long run makes several calls).</extracomment>
        <translation>Q({s}, {action})</translation>
    </message>
    <message>
        <source>{lhs} &lt;- {reward} + {gamma:.2f} x {next} = {new}</source>
        <translation>{lhs} &lt;- {reward} + {gamma:.2f} x {next} = {new}</translation>
    </message>
    <message>
        <source>{lhs} &lt;- {old:.2f} + {alpha:.2f} x [{reward} + {gamma:.2f} x {next:.2f} - {old:.2f}] = {new:.2f}</source>
        <translation>{lhs} &lt;- {old:.2f} + {alpha:.2f} x [{reward} + {gamma:.2f} x {next:.2f} - {old:.2f}] = {new:.2f}</translation>
    </message>
    <message>
        <source>the episode count</source>
        <translation>回合计数</translation>
    </message>
    <message>
        <source>the update count</source>
        <translation>更新计数</translation>
    </message>
    <message>
        <source>the saved agent state is incomplete or malformed ({why})</source>
        <translation>保存的智能体状态不完整或格式错误（{why}）</translation>
    </message>
    <message>
        <source>the saved state is of a {saved!r} agent, not {name!r}</source>
        <translation>保存的状态属于 {saved!r} 智能体，而不是 {name!r}</translation>
    </message>
    <message>
        <source>the saved tables do not fit this world ({states} states, {actions} actions)</source>
        <translation>保存的表与此世界不符（{states} 个状态，{actions} 个动作）</translation>
    </message>
    <message>
        <source>the saved agent state is malformed</source>
        <translation>保存的智能体状态格式错误</translation>
    </message>
    <message>
        <source>the saved Q table</source>
        <translation>保存的 Q 表</translation>
    </message>
    <message>
        <source>the saved state values</source>
        <translation>保存的状态价值</translation>
    </message>
    <message>
        <source>the saved visit counts</source>
        <translation>保存的访问计数</translation>
    </message>
    <message>
        <source>the saved agent state</source>
        <translation>保存的智能体状态</translation>
    </message>
    <message>
        <source>the saved random state</source>
        <translation>保存的随机状态</translation>
    </message>
    <message>
        <source>the saved episode returns</source>
        <translation>保存的回合回报</translation>
    </message>
    <message>
        <source>the saved episode lengths</source>
        <translation>保存的回合长度</translation>
    </message>
    <message>
        <source>the saved policy table</source>
        <translation>保存的策略表</translation>
    </message>
    <message>
        <source>the saved counts must be 0 or larger</source>
        <translation>保存的计数必须大于或等于 0</translation>
    </message>
    <message>
        <source>the saved agent position does not fit this world</source>
        <translation>保存的智能体位置与此世界不符</translation>
    </message>
    <message>
        <source>the saved exploration rate must lie between 0 and 1</source>
        <translation>保存的探索率必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>Six rooms (the notes&apos; example)</source>
        <extracomment>The notes&apos; reward matrix: rows are the room moved from, -1 where there is no door. (x, y) of each room for drawing the rooms as a graph (y grows upwards; &quot;outside&quot; at the bottom). The table Q converges to with gamma 0.8 and the deterministic update (the notes&apos; table).
----------
The names of the preset worlds, for the window to translate a world&apos;s name (restored ones are plain text).</extracomment>
        <translation>六个房间（讲义中的例子）</translation>
    </message>
    <message>
        <source>Cliff walking</source>
        <translation>悬崖行走</translation>
    </message>
    <message>
        <source>FrozenLake 4x4</source>
        <translation>冰湖 4x4</translation>
    </message>
    <message>
        <source>FrozenLake 8x8</source>
        <translation>冰湖 8x8</translation>
    </message>
    <message>
        <source>Maze 10x10</source>
        <translation>迷宫 10x10</translation>
    </message>
    <message>
        <source>Windy gridworld</source>
        <translation>有风网格世界</translation>
    </message>
    <message>
        <source>Six rooms (the notes)</source>
        <translation>六个房间（讲义）</translation>
    </message>
    <message>
        <source>The notes&apos; six rooms: doors give 0, doors into room 5 (&quot;outside&quot;) give 100.</source>
        <extracomment>What each preset is, for people (the presets&apos; docstrings, translatable).</extracomment>
        <translation>讲义中的六个房间：穿过门得 0，穿过通往房间 5（“室外”）的门得 100。</translation>
    </message>
    <message>
        <source>Sutton and Barto&apos;s cliff walking (Example 6.6): -1 per step, -100 and the episode ends in the cliff.</source>
        <translation>Sutton 和 Barto 的悬崖行走（例 6.6）：每步 -1，掉下悬崖得 -100 并结束本回合。</translation>
    </message>
    <message>
        <source>Gymnasium&apos;s FrozenLake 4x4: slippery, 1 for reaching the goal, 0 otherwise.</source>
        <translation>经典的冰湖环境 4x4：地面湿滑，到达目标得 1，否则得 0。</translation>
    </message>
    <message>
        <source>Gymnasium&apos;s FrozenLake 8x8: slippery, 1 for reaching the goal, 0 otherwise.</source>
        <translation>经典的冰湖环境 8x8：地面湿滑，到达目标得 1，否则得 0。</translation>
    </message>
    <message>
        <source>A deterministic 10x10 maze: -1 per step, +10 at the goal.</source>
        <translation>确定性的 10x10 迷宫：每步 -1，到达目标 +10。</translation>
    </message>
    <message>
        <source>Sutton and Barto&apos;s windy gridworld (Example 6.5): -1 per step, the wind pushes up.</source>
        <translation>Sutton 和 Barto 的有风网格世界（例 6.5）：每步 -1，风把智能体向上推。</translation>
    </message>
    <message>
        <source>up</source>
        <extracomment>The actions as people read them (the same English words, translated by the window).</extracomment>
        <translation>上</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>The cell kinds as people read them (the same English words, translated by the window).</extracomment>
        <translation>空格</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>墙</translation>
    </message>
    <message>
        <source>pit</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>the wind is one whole number per column</source>
        <extracomment>Map characters and the cell kind each one stands for (&apos;S&apos; is an empty cell holding the start).</extracomment>
        <translation>风力是每列一个整数</translation>
    </message>
    <message>
        <source>line {line}: {what} must be a number, got {got}</source>
        <translation>第 {line} 行：{what} 必须是数字，实际为 {got}</translation>
    </message>
    <message>
        <source>line {line}: {what} must be a finite number, got {got}</source>
        <translation>第 {line} 行：{what} 必须是有限的数，实际为 {got}</translation>
    </message>
    <message>
        <source>line {line}: slippery is true or false, got {got}</source>
        <translation>第 {line} 行：slippery 只能是 true 或 false，实际为 {got}</translation>
    </message>
    <message>
        <source>line {line}: the wind is comma-separated whole numbers, got {got}</source>
        <translation>第 {line} 行：wind 应为逗号分隔的整数，实际为 {got}</translation>
    </message>
    <message>
        <source>line {line}: header lines (&apos;# key: value&apos;) must come before the rows</source>
        <translation>第 {line} 行：头部行（&apos;# key: value&apos;）必须位于地图各行之前</translation>
    </message>
    <message>
        <source>line {line}: blank line inside the map (rows must be consecutive)</source>
        <translation>第 {line} 行：地图中间有空行（各行必须连续）</translation>
    </message>
    <message>
        <source>the map has no rows</source>
        <translation>地图没有任何行</translation>
    </message>
    <message>
        <source>ragged rows: row {row} has {cells} cells but row 0 has {width} (line {line})</source>
        <translation>各行长度不一：第 {row} 行有 {cells} 个格子，而第 0 行有 {width} 个（第 {line} 行）</translation>
    </message>
    <message>
        <source>unknown character {char!r} at row {row}, column {col} (line {line}); use &apos;.&apos; empty, &apos;#&apos; wall, &apos;S&apos; start, &apos;G&apos; goal, &apos;H&apos; pit</source>
        <translation>第 {row} 行第 {col} 列有未知字符 {char!r}（第 {line} 行）；请使用 &apos;.&apos; 空格、&apos;#&apos; 墙、&apos;S&apos; 起点、&apos;G&apos; 目标、&apos;H&apos; 陷阱</translation>
    </message>
    <message>
        <source>a grid world has {lo} to {hi} rows and columns, got {rows}x{cols}</source>
        <translation>网格世界的行数和列数须在 {lo} 到 {hi} 之间，实际为 {rows}x{cols}</translation>
    </message>
    <message>
        <source>the map has {count} start cells (&apos;S&apos;) at {cells}; keep one</source>
        <translation>地图在 {cells} 处有 {count} 个起点（&apos;S&apos;）；只保留一个</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>{where}the reward for cell ({row}, {col}) is outside the {rows}x{cols} map</source>
        <translation>{where}奖励所指的格子 ({row}, {col}) 在 {rows}x{cols} 地图之外</translation>
    </message>
    <message>
        <source>{where}cell ({row}, {col}) is a wall, which is never entered: it cannot have a reward</source>
        <translation>{where}格子 ({row}, {col}) 是墙，永远不会被进入：它不能有奖励</translation>
    </message>
    <message>
        <source>the wind needs one value per column ({width}), got {got}</source>
        <translation>风力需要每列一个值（{width} 个），实际为 {got} 个</translation>
    </message>
    <message>
        <source>line {line}: a header line reads &apos;# key: value&apos;, got {got}</source>
        <translation>第 {line} 行：头部行的格式是 &apos;# key: value&apos;，实际为 {got}</translation>
    </message>
    <message>
        <source>line {line}: a per-cell reward reads &apos;# reward row,col: value&apos;, got {got}</source>
        <translation>第 {line} 行：单格奖励的格式是 &apos;# reward row,col: value&apos;，实际为 {got}</translation>
    </message>
    <message>
        <source>line {line}: the cell of a per-cell reward is far outside any map, got {got}</source>
        <translation>第 {line} 行：单格奖励所指的格子远在任何地图之外，实际为 {got}</translation>
    </message>
    <message>
        <source>the reward of cell ({row}, {col})</source>
        <translation>格子 ({row}, {col}) 的奖励</translation>
    </message>
    <message>
        <source>line {line}: unknown header key {key}; known keys: {keys}, reward r,c</source>
        <translation>第 {line} 行：未知的头部键 {key}；可用的键：{keys}、reward r,c</translation>
    </message>
    <message>
        <source>{file} is not a map file: it is a pipe or a device, not a regular file</source>
        <translation>{file} 不是地图文件：它是管道或设备，不是普通文件</translation>
    </message>
    <message>
        <source>cannot read the map file {file}: {why}</source>
        <translation>无法读取地图文件 {file}：{why}</translation>
    </message>
    <message>
        <source>{file} is too large to be a map file (over 1 MB)</source>
        <translation>{file} 太大，不可能是地图文件（超过 1 MB）</translation>
    </message>
    <message>
        <source>{file} is not a map file: byte {byte} is not UTF-8 text</source>
        <translation>{file} 不是地图文件：第 {byte} 个字节不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{file} is not a map file: it holds binary data</source>
        <translation>{file} 不是地图文件：它包含二进制数据</translation>
    </message>
    <message>
        <source>{file}: {why}</source>
        <translation>{file}：{why}</translation>
    </message>
    <message>
        <source>the wind values must be whole numbers</source>
        <translation>风力值必须是整数</translation>
    </message>
    <message>
        <source>the wind values cannot be negative (the wind blows up)</source>
        <translation>风力值不能为负（风向上吹）</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>a grid world has {lo} to {hi} {what}, got {n}</source>
        <translation>网格世界有 {lo} 到 {hi} {what}，实际为 {n}</translation>
    </message>
    <message>
        <source>no goal room can be reached through the doors of the reward matrix</source>
        <translation>通过奖励矩阵中的门无法到达任何目标房间</translation>
    </message>
    <message>
        <source>the map has no start cell (mark one with &apos;S&apos;)</source>
        <translation>地图没有起点（用 &apos;S&apos; 标出一个）</translation>
    </message>
    <message>
        <source>the start ({row}, {col}) is outside the {rows}x{cols} grid</source>
        <translation>起点 ({row}, {col}) 在 {rows}x{cols} 网格之外</translation>
    </message>
    <message>
        <source>the start cell ({row}, {col}) must be empty, not a {kind}</source>
        <translation>起点格子 ({row}, {col}) 必须为空，不能是{kind}</translation>
    </message>
    <message>
        <source>the map has no goal (mark one with &apos;G&apos;)</source>
        <translation>地图没有目标（用 &apos;G&apos; 标出一个）</translation>
    </message>
    <message>
        <source>no goal can be reached from the start at ({row}, {col}); open a way through the walls</source>
        <translation>从起点 ({row}, {col}) 无法到达任何目标；请在墙中打开一条通路</translation>
    </message>
    <message>
        <source>cell ({row}, {col}) is outside the {rows}x{cols} grid</source>
        <translation>格子 ({row}, {col}) 在 {rows}x{cols} 网格之外</translation>
    </message>
    <message>
        <source>the start cell cannot become a {kind}; move the start first</source>
        <translation>起点格子不能变成{kind}；请先移动起点</translation>
    </message>
    <message>
        <source>the start must be on an empty cell; ({row}, {col}) is a {kind}</source>
        <translation>起点必须在空格上；({row}, {col}) 是{kind}</translation>
    </message>
    <message>
        <source>cell ({row}, {col}) is a wall, which is never entered: it has no reward</source>
        <translation>格子 ({row}, {col}) 是墙，永远不会被进入：它没有奖励</translation>
    </message>
    <message>
        <source>the start ({row}, {col}) would be cut off by a {rows}x{cols} grid; move it first</source>
        <translation>{rows}x{cols} 的网格会裁掉起点 ({row}, {col})；请先移动起点</translation>
    </message>
    <message>
        <source>every goal would be cut off by a {rows}x{cols} grid; move a goal first</source>
        <translation>{rows}x{cols} 的网格会裁掉所有目标；请先移动一个目标</translation>
    </message>
    <message>
        <source>the saved world is incomplete or malformed ({why})</source>
        <translation>保存的世界不完整或格式错误（{why}）</translation>
    </message>
    <message>
        <source>unknown saved world kind {kind!r}</source>
        <translation>未知的已保存世界类型 {kind!r}</translation>
    </message>
    <message>
        <source>unsupported engine state version {version!r}</source>
        <translation>不支持的引擎状态版本 {version!r}</translation>
    </message>
    <message>
        <source>the saved engine state is incomplete or malformed ({why})</source>
        <translation>保存的引擎状态不完整或格式错误（{why}）</translation>
    </message>
</context>
</TS>
