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
        <translation>网络的状态：深色单元为 +1，浅色单元为 -1。
绘制：左键画 +1，右键画 -1（拖动可画线）。
遮挡：拖出一个矩形将其清空。查看：单击一个单元，查看输入它的权重。</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>✎ Draw</source>
        <translation>✎ 绘制</translation>
    </message>
    <message>
        <source>Mouse paints units: left button +1 (dark), right button -1 (light).</source>
        <translation>鼠标绘制单元：左键 +1（深色），右键 -1（浅色）。</translation>
    </message>
    <message>
        <source>▭ Occlude</source>
        <translation>▭ 遮挡</translation>
    </message>
    <message>
        <source>Drag a rectangle on the grid to set it to -1 (hide part of the cue).</source>
        <translation>在网格上拖出一个矩形，将其设为 -1（遮住线索的一部分）。</translation>
    </message>
    <message>
        <source>⊙ Inspect</source>
        <translation>⊙ 查看</translation>
    </message>
    <message>
        <source>Click a unit to show the weights into it and its local field.</source>
        <translation>单击一个单元，显示输入它的权重及其局部场。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Set every unit to -1 (a blank grid); it becomes the cue.</source>
        <translation>将所有单元设为 -1（空白网格），并作为线索。</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反转</translation>
    </message>
    <message>
        <source>Flip every unit (+1 ↔ -1); it becomes the cue.</source>
        <translation>翻转所有单元（+1 ↔ -1），并作为线索。</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>随机化</translation>
    </message>
    <message>
        <source>Set every unit to +1 or -1 at random (seeded by the run bar&apos;s seed).</source>
        <translation>将每个单元随机设为 +1 或 -1（使用运行栏的种子）。</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Share of units that &apos;Flip&apos; corrupts (and that loop recall uses).</source>
        <translation>“翻转”所损坏的单元比例（循环回忆也使用该比例）。</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>翻转</translation>
    </message>
    <message>
        <source>Flip this share of randomly chosen units (seeded by the run bar&apos;s seed, so Reset + Flip replays); the result becomes the cue.</source>
        <translation>按此比例翻转随机选出的单元（使用运行栏的种子，因此“重置 + 翻转”可重现）；结果作为线索。</translation>
    </message>
    <message>
        <source>Loop recall</source>
        <translation>循环回忆</translation>
    </message>
    <message>
        <source>Demo mode: whenever the state settles, corrupt it again by the set share and recall again, until paused.</source>
        <translation>演示模式：每当状态稳定后，按设定比例再次损坏并重新回忆，直到暂停。</translation>
    </message>
    <message>
        <source>Stored patterns (the network&apos;s memories)</source>
        <translation>存储的模式（网络的记忆）</translation>
    </message>
    <message>
        <source>Every pattern here is stored in the network; changing the library re-stores them.</source>
        <translation>这里的每个模式都存储在网络中；修改模式库会重新存储它们。</translation>
    </message>
    <message>
        <source>A built-in pattern set, drawn at the grid size.</source>
        <translation>内置的模式集，按网格大小绘制。</translation>
    </message>
    <message>
        <source>How many patterns of the set to store.</source>
        <translation>要存储该集合中的多少个模式。</translation>
    </message>
    <message>
        <source>Which characters of the set to store (e.g. AMOWZ); edit to choose your own.</source>
        <translation>要存储该集合中的哪些字符（如 A、M、O、W、Z）；可编辑以自行选择。</translation>
    </message>
    <message>
        <source>Load set</source>
        <translation>载入集合</translation>
    </message>
    <message>
        <source>Replace the library with the chosen set and make a corrupted copy of its first pattern the cue.</source>
        <translation>用所选集合替换模式库，并以其第一个模式的损坏副本作为线索。</translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation>添加绘图</translation>
    </message>
    <message>
        <source>Store the current state as a new pattern.</source>
        <translation>将当前状态存储为一个新模式。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected thumbnails from the library.</source>
        <translation>从模式库中移除选中的缩略图。</translation>
    </message>
    <message>
        <source>Import PNG…</source>
        <translation>导入 PNG…</translation>
    </message>
    <message>
        <source>Add a picture: it is turned grey, resized to the grid and thresholded (dark pixels become +1).</source>
        <translation>添加一张图片：转为灰度、缩放到网格大小并做阈值化（深色像素变为 +1）。</translation>
    </message>
    <message>
        <source>Forget all</source>
        <translation>全部遗忘</translation>
    </message>
    <message>
        <source>Remove every stored pattern.</source>
        <translation>移除所有存储的模式。</translation>
    </message>
    <message>
        <source>p stored patterns in N units; the Hebbian rule stores reliably while p/N &lt; 0.138.</source>
        <translation>在 N 个单元中存储了 p 个模式；当 p/N &lt; 0.138 时，Hebb 规则能可靠地存储。</translation>
    </message>
    <message>
        <source>What the current state is: a stored pattern, its inverse, a spurious state, a 2-cycle, or still moving.</source>
        <translation>当前状态是什么：存储的模式、其反模式、伪吸引态、2 周期循环，或仍在变化。</translation>
    </message>
    <message>
        <source>Energy, sweeps done, and the closest stored pattern.</source>
        <translation>能量、已完成的遍数，以及最接近的存储模式。</translation>
    </message>
    <message>
        <source>Recall plots</source>
        <translation>回忆图</translation>
    </message>
    <message>
        <source>Energy, overlaps and flips while the network updates.</source>
        <translation>网络更新过程中的能量、重叠度和翻转数。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The weight matrix, and the weights into a chosen neuron.</source>
        <translation>权重矩阵，以及输入所选神经元的权重。</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>How recall quality falls as more patterns are stored (p/N).</source>
        <translation>存储的模式越多（p/N），回忆质量如何下降。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Grid size, learning rule and update order.</source>
        <translation>网格大小、学习规则和更新顺序。</translation>
    </message>
    <message>
        <source>Number of rows of the grid (1–{most}); press Apply.</source>
        <translation>网格的行数（1–{most}）；按“应用”生效。</translation>
    </message>
    <message>
        <source>Number of columns of the grid (1–{most}); press Apply.</source>
        <translation>网格的列数（1–{most}）；按“应用”生效。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Rebuild the network at this size (patterns are redrawn at the new size).</source>
        <translation>按此大小重建网络（模式会按新大小重新绘制）。</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Rows × columns of neurons.</source>
        <translation>神经元的行数 × 列数。</translation>
    </message>
    <message>
        <source>Notes&apos; 6-neuron example</source>
        <translation>讲义中的 6 神经元例子</translation>
    </message>
    <message>
        <source>A 1 × 6 network storing the notes&apos; patterns [1,-1,1,-1,1,1] and [1,1,1,-1,-1,-1], with a cue one flip away.</source>
        <translation>一个 1 × 6 网络，存储讲义中的模式 [1,-1,1,-1,1,1] 和 [1,1,1,-1,-1,-1]，线索与之相差一次翻转。</translation>
    </message>
    <message>
        <source>How the weights are learned from the stored patterns.</source>
        <translation>如何从存储的模式学习权重。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>The learning rule.</source>
        <translation>学习规则。</translation>
    </message>
    <message>
        <source>Which units update, and when.</source>
        <translation>哪些单元更新，以及何时更新。</translation>
    </message>
    <message>
        <source>Type a state as +1/-1 values (row by row), e.g. the notes&apos; 1, -1, 1, -1, 1, 1.</source>
        <translation>以 +1/-1 值输入一个状态（逐行），例如讲义中的 1, -1, 1, -1, 1, 1。</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>设为状态</translation>
    </message>
    <message>
        <source>Make the typed values the current state (the cue).</source>
        <translation>将输入的值设为当前状态（线索）。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Add the typed values to the stored patterns.</source>
        <translation>将输入的值加入存储的模式。</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Type a pattern of +1/-1.</source>
        <translation>输入一个由 +1/-1 组成的模式。</translation>
    </message>
    <message>
        <source>Energy E = −½ xᵀWx − bᵀx</source>
        <translation>能量 E = −½ xᵀWx − bᵀx</translation>
    </message>
    <message>
        <source>sweeps</source>
        <translation>遍数</translation>
    </message>
    <message>
        <source>Energy after each sample; under asynchronous updates it never rises.</source>
        <translation>每次采样后的能量；异步更新下它从不上升。</translation>
    </message>
    <message>
        <source>Overlap with the stored patterns</source>
        <translation>与存储模式的重叠度</translation>
    </message>
    <message>
        <source>m_k = (1/N) y_k · x for up to 10 stored patterns (those with the largest |m|); m = 1 is the pattern itself, −1 its inverse.</source>
        <translation>最多 10 个存储模式（|m| 最大的那些）的 m_k = (1/N) y_k · x；m = 1 即该模式本身，−1 即其反模式。</translation>
    </message>
    <message>
        <source>Flips per sweep</source>
        <translation>每遍翻转数</translation>
    </message>
    <message>
        <source>flips</source>
        <translation>翻转数</translation>
    </message>
    <message>
        <source>How many units flipped in each sweep (N updates), one bar per sweep; 0 means settled.
The hatched bar with a dashed outline is a sweep not completed: the one in progress, or the part of a sweep done when the state settled.</source>
        <translation>每遍（N 次更新）中翻转的单元数，每遍一根柱；0 表示已稳定。
带斜线填充和虚线边框的柱表示未完成的一遍：正在进行的一遍，或状态稳定时已完成的部分。</translation>
    </message>
    <message>
        <source>Left: W (row i = weights into unit i; click a row to choose it). Right: the weights into the chosen unit, laid out on the grid. Blue is negative, orange positive, white zero.</source>
        <translation>左：W（第 i 行 = 输入单元 i 的权重；单击某行以选中）。右：输入所选单元的权重，按网格排布。蓝色为负，橙色为正，白色为零。</translation>
    </message>
    <message>
        <source>Weight matrix W</source>
        <translation>权重矩阵 W</translation>
    </message>
    <message>
        <source>Weights into a unit</source>
        <translation>输入某单元的权重</translation>
    </message>
    <message>
        <source>Click a row of W, or a unit of the grid in Inspect mode.</source>
        <translation>单击 W 的一行，或在“查看”模式下单击网格中的一个单元。</translation>
    </message>
    <message>
        <source>The local field h_i = Σ_j w_ij x_j + b_i of the chosen unit, and its next value.</source>
        <translation>所选单元的局部场 h_i = Σ_j w_ij x_j + b_i，以及它的下一个值。</translation>
    </message>
    <message>
        <source>The rule whose capacity is measured (each rule keeps its own curves).</source>
        <translation>要测量容量的规则（每条规则保留各自的曲线）。</translation>
    </message>
    <message>
        <source> % noise</source>
        <translation> % 噪声</translation>
    </message>
    <message>
        <source>Share of units flipped in each probe&apos;s starting state.</source>
        <translation>每次探测的初始状态中被翻转的单元比例。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Store random patterns at loads p/N from 0.02 to 0.40 in a network of the grid&apos;s size and measure recall (runs in the background).</source>
        <translation>在与网格同样大小的网络中，以 0.02 到 0.40 的负载 p/N 存储随机模式并测量回忆效果（在后台运行）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running experiment.</source>
        <translation>停止正在运行的实验。</translation>
    </message>
    <message>
        <source>Remove every curve.</source>
        <translation>移除所有曲线。</translation>
    </message>
    <message>
        <source>Progress of the capacity experiment.</source>
        <translation>容量实验的进度。</translation>
    </message>
    <message>
        <source>Recall quality against load</source>
        <translation>回忆质量与负载的关系</translation>
    </message>
    <message>
        <source>load p/N</source>
        <translation>负载 p/N</translation>
    </message>
    <message>
        <source>recall rate ━  /  overlap ┄</source>
        <translation>回忆率 ━  /  重叠度 ┄</translation>
    </message>
    <message>
        <source>Solid: share of probes recalled (final |m| ≥ 0.95). Dashed: mean final overlap. The dashed line marks the Hebbian limit p/N = 0.138.</source>
        <translation>实线：成功回忆的探测比例（最终 |m| ≥ 0.95）。虚线：最终重叠度的平均值。竖虚线标出 Hebb 极限 p/N = 0.138。</translation>
    </message>
    <message>
        <source>Preparing the network…</source>
        <translation>正在准备网络…</translation>
    </message>
    <message>
        <source>the network could not be built</source>
        <translation>无法构建网络</translation>
    </message>
    <message>
        <source>Could not build the network: {why}</source>
        <translation>无法构建网络：{why}</translation>
    </message>
    <message>
        <source>The network is now {rows} × {cols} = {n} units.</source>
        <translation>网络现在是 {rows} × {cols} = {n} 个单元。</translation>
    </message>
    <message>
        <source>update mode</source>
        <translation>更新方式</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>stored patterns</source>
        <translation>存储的模式</translation>
    </message>
    <message>
        <source>Occluded rows {r0}–{r1} and columns {c0}–{c1}: this is the cue now.</source>
        <translation>已遮挡第 {r0}–{r1} 行、第 {c0}–{c1} 列：现在这就是线索。</translation>
    </message>
    <message>
        <source>Cleared: every unit is -1.</source>
        <translation>已清空：所有单元均为 -1。</translation>
    </message>
    <message>
        <source>Inverted every unit.</source>
        <translation>已反转所有单元。</translation>
    </message>
    <message>
        <source>A random state is the cue now.</source>
        <translation>现在以一个随机状态作为线索。</translation>
    </message>
    <message>
        <source>Flipped {k} of {n} units ({pct:g} %): press Space to recall.</source>
        <translation>已翻转 {n} 个单元中的 {k} 个（{pct:g} %）：按 Space 开始回忆。</translation>
    </message>
    <message>
        <source>The typed values are the state (and the cue) now.</source>
        <translation>输入的值现在是状态（也是线索）。</translation>
    </message>
    <message>
        <source>typed {n}</source>
        <translation>输入 {n}</translation>
    </message>
    <message>
        <source>Stored the typed values as pattern {k}.</source>
        <translation>已将输入的值存储为模式 {k}。</translation>
    </message>
    <message>
        <source>Loaded pattern {k} ({name}): corrupt it, then press Space.</source>
        <translation>已载入模式 {k}（{name}）：先损坏它，再按 Space。</translation>
    </message>
    <message>
        <source>Hopfield panel</source>
        <translation>Hopfield 面板</translation>
    </message>
    <message>
        <source>p = {p} stored · N = {n} units · &lt;b&gt;p/N = {load:.3f}&lt;/b&gt;</source>
        <translation>已存储 p = {p} 个 · N = {n} 个单元 · &lt;b&gt;p/N = {load:.3f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>expect spurious states</source>
        <translation>可能出现伪吸引态</translation>
    </message>
    <message>
        <source>the Storkey rule may still cope</source>
        <translation>Storkey 规则也许仍能应付</translation>
    </message>
    <message>
        <source>the Pseudo-inverse rule may still cope</source>
        <translation>伪逆规则也许仍能应付</translation>
    </message>
    <message>
        <source> &amp;nbsp;&lt;span style=&apos;color:{color}; font-weight:bold&apos;&gt;above 0.138, the Hebbian limit for random patterns: {extra}&lt;/span&gt;</source>
        <translation> &amp;nbsp;&lt;span style=&apos;color:{color}; font-weight:bold&apos;&gt;超过 0.138，即随机模式的 Hebb 极限：{extra}&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;&lt;span style=&apos;color:{color}&apos;&gt;(Hebbian limit 0.138 ≈ {capacity} random patterns)&lt;/span&gt;</source>
        <translation> &amp;nbsp;&lt;span style=&apos;color:{color}&apos;&gt;（Hebb 极限 0.138 ≈ {capacity} 个随机模式）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Choose between 1 and {most} random patterns.</source>
        <translation>请选择 1 到 {most} 个随机模式。</translation>
    </message>
    <message>
        <source>This set has only the characters {first}–{last}; {unknown} are not among them.</source>
        <translation>此集合只有字符 {first}–{last}；{unknown} 不在其中。</translation>
    </message>
    <message>
        <source>Choose at least one character to store.</source>
        <translation>请至少选择一个要存储的字符。</translation>
    </message>
    <message>
        <source>Each character can be stored once; remove the repeated ones.</source>
        <translation>每个字符只能存储一次；请删除重复的字符。</translation>
    </message>
    <message>
        <source>{char} (hand)</source>
        <translation>{char}（手写）</translation>
    </message>
    <message>
        <source>Stored {p} patterns ({label}). The cue is {name} with {pct:g} % of its units flipped: press Space to recall.</source>
        <translation>已存储 {p} 个模式（{label}）。线索是翻转了 {pct:g} % 单元的 {name}：按 Space 开始回忆。</translation>
    </message>
    <message>
        <source>Stored {p} patterns ({label}).</source>
        <translation>已存储 {p} 个模式（{label}）。</translation>
    </message>
    <message>
        <source>drawing {n}</source>
        <translation>绘图 {n}</translation>
    </message>
    <message>
        <source>Stored the drawing as pattern {k}.</source>
        <translation>已将绘图存储为模式 {k}。</translation>
    </message>
    <message>
        <source>Select the thumbnails to remove first (click, Ctrl+click for several).</source>
        <translation>请先选择要移除的缩略图（单击；Ctrl+单击可多选）。</translation>
    </message>
    <message>
        <source>Removed {k} pattern; {p} stored.</source>
        <translation>已移除 {k} 个模式；还存储了 {p} 个。</translation>
    </message>
    <message>
        <source>Removed {k} patterns; {p} stored.</source>
        <translation>已移除 {k} 个模式；还存储了 {p} 个。</translation>
    </message>
    <message>
        <source>No patterns are stored now.</source>
        <translation>现在没有存储任何模式。</translation>
    </message>
    <message>
        <source>Import a picture as a pattern</source>
        <translation>导入图片作为模式</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported {file} as pattern {k}.</source>
        <translation>已将 {file} 导入为模式 {k}。</translation>
    </message>
    <message>
        <source>Building a {rows} × {cols} network…</source>
        <translation>正在构建 {rows} × {cols} 的网络…</translation>
    </message>
    <message>
        <source>Unknown rule {rule!r}.</source>
        <translation>未知的规则 {rule!r}。</translation>
    </message>
    <message>
        <source>learning rule</source>
        <translation>学习规则</translation>
    </message>
    <message>
        <source>Learning rule: {rule}.</source>
        <translation>学习规则：{rule}。</translation>
    </message>
    <message>
        <source>Updates: {mode}.</source>
        <translation>更新方式：{mode}。</translation>
    </message>
    <message>
        <source>The notes&apos; example: y1 = [1,-1,1,-1,1,1] and y2 = [1,1,1,-1,-1,-1] are stored (both are stable). The cue is y1 with its last unit flipped: press S to step or Space to run.</source>
        <translation>讲义中的例子：存储了 y1 = [1,-1,1,-1,1,1] 和 y2 = [1,1,1,-1,-1,-1]（两者都是稳定的）。线索是翻转了最后一个单元的 y1：按 S 单步，或按 Space 运行。</translation>
    </message>
    <message>
        <source>The network is still being built: wait a moment and save again.</source>
        <translation>网络仍在构建中：请稍候再保存。</translation>
    </message>
    <message>
        <source>the grid size must be two whole numbers</source>
        <translation>网格大小必须是两个整数</translation>
    </message>
    <message>
        <source>the number of rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>the number of columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>the learning rule {rule!r} is unknown</source>
        <translation>学习规则 {rule!r} 未知</translation>
    </message>
    <message>
        <source>the update mode</source>
        <translation>更新方式</translation>
    </message>
    <message>
        <source>the share of units to flip must be a number from 0 to 100</source>
        <translation>要翻转的单元比例必须是 0 到 100 之间的数</translation>
    </message>
    <message>
        <source>loop recall must be on or off (true or false)</source>
        <translation>循环回忆必须是开或关（true 或 false）</translation>
    </message>
    <message>
        <source>the pattern set {name!r} is unknown</source>
        <translation>模式集 {name!r} 未知</translation>
    </message>
    <message>
        <source>the number of patterns</source>
        <translation>模式个数</translation>
    </message>
    <message>
        <source>the picked characters and typed values must be text</source>
        <translation>所选字符和输入的值必须是文本</translation>
    </message>
    <message>
        <source>the pattern names must be a list of text</source>
        <translation>模式名称必须是文本列表</translation>
    </message>
    <message>
        <source>the panel&apos;s seed</source>
        <translation>面板的种子</translation>
    </message>
    <message>
        <source>the panel&apos;s generator</source>
        <translation>面板的随机数生成器</translation>
    </message>
    <message>
        <source>This Hopfield scene is missing {what!r}.</source>
        <translation>此 Hopfield 场景缺少 {what!r}。</translation>
    </message>
    <message>
        <source>This Hopfield scene is malformed ({why}).</source>
        <translation>此 Hopfield 场景格式有误（{why}）。</translation>
    </message>
    <message>
        <source>This Hopfield scene does not fit: {why}</source>
        <translation>此 Hopfield 场景不匹配：{why}</translation>
    </message>
    <message>
        <source>This Hopfield scene does not fit: its stored patterns or rule disagree with its library.</source>
        <translation>此 Hopfield 场景不匹配：其存储的模式或规则与其模式库不一致。</translation>
    </message>
    <message>
        <source>Scene opened: {rows} × {cols} units, {p} stored patterns. Press Space to run.</source>
        <translation>已打开场景：{rows} × {cols} 个单元，{p} 个存储的模式。按 Space 运行。</translation>
    </message>
    <message>
        <source>a stored pattern&apos;s source is malformed</source>
        <translation>某个存储模式的来源格式有误</translation>
    </message>
    <message>
        <source>Recalling: press Space to pause, S to step one update at a time.</source>
        <translation>正在回忆：按 Space 暂停，按 S 每次单步更新一次。</translation>
    </message>
    <message>
        <source>Back to the cue: press Space to replay the same recall (same seed, same update order), or S to step through it.</source>
        <translation>已回到线索：按 Space 重放同样的回忆（相同种子、相同更新顺序），或按 S 逐步执行。</translation>
    </message>
    <message>
        <source>h = {h:+.2f} → {x:+d} flip</source>
        <translation>h = {h:+.2f} → {x:+d} 翻转</translation>
    </message>
    <message>
        <source>pattern {k}</source>
        <translation>模式 {k}</translation>
    </message>
    <message>
        <source>Stored pattern {k} ({name})</source>
        <translation>存储的模式 {k}（{name}）</translation>
    </message>
    <message>
        <source>Inverse of pattern {k} ({name})</source>
        <translation>模式 {k}（{name}）的反模式</translation>
    </message>
    <message>
        <source>Spurious state</source>
        <translation>伪吸引态</translation>
    </message>
    <message>
        <source>Fixed point (nothing stored)</source>
        <translation>不动点（未存储任何模式）</translation>
    </message>
    <message>
        <source>2-cycle</source>
        <translation>2 周期循环</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Not settled: press Space to recall</source>
        <translation>未稳定：按 Space 开始回忆</translation>
    </message>
    <message>
        <source>E = {energy:+.2f}   ·   {sweeps:.2f} sweeps</source>
        <translation>E = {energy:+.2f}   ·   {sweeps:.2f} 遍</translation>
    </message>
    <message>
        <source>   ·   closest: {name} (m = {m:+.2f})</source>
        <translation>   ·   最接近：{name}（m = {m:+.2f}）</translation>
    </message>
    <message>
        <source>{sweeps:.1f} sweep</source>
        <translation>{sweeps:.1f} 遍</translation>
    </message>
    <message>
        <source>{sweeps:.1f} sweeps</source>
        <translation>{sweeps:.1f} 遍</translation>
    </message>
    <message>
        <source>press R to replay, or Flip to corrupt again.</source>
        <translation>按 R 重放，或按“翻转”再次损坏。</translation>
    </message>
    <message>
        <source>loop recall corrupts it again.</source>
        <translation>循环回忆会再次损坏它。</translation>
    </message>
    <message>
        <source>Recalled stored pattern {k} ({name}) in {sweeps}; {then}</source>
        <translation>经过 {sweeps}，回忆出存储的模式 {k}（{name}）；{then}</translation>
    </message>
    <message>
        <source>Reached the inverse of pattern {k} ({name}) in {sweeps}: inverses of stored patterns are stable too; {then}</source>
        <translation>经过 {sweeps}，到达模式 {k}（{name}）的反模式：存储模式的反模式同样稳定；{then}</translation>
    </message>
    <message>
        <source>Synchronous updates fell into a 2-cycle after {sweeps}; {then}</source>
        <translation>同步更新在 {sweeps} 后陷入 2 周期循环；{then}</translation>
    </message>
    <message>
        <source>Reached a fixed point in {sweeps} (no patterns are stored); {then}</source>
        <translation>经过 {sweeps}，到达一个不动点（未存储任何模式）；{then}</translation>
    </message>
    <message>
        <source>Settled in {sweeps} in a spurious state, a mixture that is no stored pattern (closest: {name}, m = {m:+.2f}); {then}</source>
        <translation>经过 {sweeps}，稳定在一个伪吸引态：它是多个模式的混合，而不是任何存储的模式（最接近：{name}，m = {m:+.2f}）；{then}</translation>
    </message>
    <message>
        <source>W: {n} × {n} (every {stride}th shown)</source>
        <translation>W：{n} × {n}（每隔 {stride} 个显示一个）</translation>
    </message>
    <message>
        <source>Weights into unit {i}</source>
        <translation>输入单元 {i} 的权重</translation>
    </message>
    <message>
        <source>Unit {i} (row {r}, column {c}): computing its field…</source>
        <translation>单元 {i}（第 {r} 行，第 {c} 列）：正在计算其局部场…</translation>
    </message>
    <message>
        <source>stays {x:+d}</source>
        <translation>保持 {x:+d}</translation>
    </message>
    <message>
        <source>flips to {x:+d} when updated</source>
        <translation>更新时翻转为 {x:+d}</translation>
    </message>
    <message>
        <source>Unit {i} (row {r}, column {c}): local field h = {h:+.3f}; state {x:+d} {verdict}</source>
        <translation>单元 {i}（第 {r} 行，第 {c} 列）：局部场 h = {h:+.3f}；状态 {x:+d}，{verdict}</translation>
    </message>
    <message>
        <source>A capacity experiment is running already: wait, or cancel it.</source>
        <translation>已有一个容量实验在运行：请等待，或取消它。</translation>
    </message>
    <message>
        <source>{rule}: starting…</source>
        <translation>{rule}：正在开始…</translation>
    </message>
    <message>
        <source>Capacity experiment started: {n} units, {rule}, {noise:g} % noise.</source>
        <translation>容量实验已开始：{n} 个单元，{rule}，{noise:g} % 噪声。</translation>
    </message>
    <message>
        <source>Capacity experiment cancelled.</source>
        <translation>容量实验已取消。</translation>
    </message>
    <message>
        <source>The capacity experiment failed: {why}</source>
        <translation>容量实验失败：{why}</translation>
    </message>
    <message>
        <source>Capacity measured: {rule}, N = {n}, {noise:g} % noise.</source>
        <translation>容量测量完成：{rule}，N = {n}，{noise:g} % 噪声。</translation>
    </message>
    <message>
        <source>Storing: Storkey rule, one pattern y at a time</source>
        <extracomment>The notes&apos; storage limit for Hebbian weights, p/N.</extracomment>
        <translation>存储：Storkey 规则，每次一个模式 y</translation>
    </message>
    <message>
        <source>Storing: pseudo-inverse (projection) rule</source>
        <translation>存储：伪逆（投影）规则</translation>
    </message>
    <message>
        <source>Storing: Hebbian rule (the notes)</source>
        <translation>存储：Hebb 规则（讲义）</translation>
    </message>
    <message>
        <source>Hopfield network</source>
        <extracomment>The panel&apos;s title (shown where the panel is named, e.g. in export messages).</extracomment>
        <translation>Hopfield 网络</translation>
    </message>
    <message>
        <source>Recall: one neuron at a time</source>
        <translation>回忆：每次一个神经元</translation>
    </message>
    <message>
        <source>({x} kept when {h} = 0)</source>
        <translation>（{h} = 0 时 {x} 保持不变）</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>Each neuron takes the sign of its local field, the weighted vote of the others. A flip always lowers E (or leaves it), so asynchronous recall rolls downhill to a fixed point: a stored pattern, its inverse, or a spurious mixture. Above p/N ≈ {capacity} the memories interfere and recall starts to fail.</source>
        <translation>每个神经元取其局部场（其他神经元的加权投票）的符号。每次翻转总会降低 E（或保持不变），因此异步回忆会一路“下坡”到达一个不动点：存储的模式、它的反模式，或伪吸引态（混合态）。当 p/N 超过约 {capacity} 时，记忆相互干扰，回忆开始失败。</translation>
    </message>
    <message>
        <source> (above the limit: expect errors)</source>
        <translation>（超过极限：可能出错）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>{N} = {n} neurons, &amp;nbsp; {P} = {p} patterns</source>
        <translation>{N} = {n} 个神经元，&amp;nbsp; {P} = {p} 个模式</translation>
    </message>
    <message>
        <source>load {P}/{N} = {load}</source>
        <translation>负载 {P}/{N} = {load}</translation>
    </message>
    <message>
        <source>synchronous: every {x} ← sign({h}) at once ({k} updates of all)</source>
        <translation>同步：所有 {x} ← sign({h}) 同时更新（全体已更新 {k} 次）</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>已翻转</translation>
    </message>
    <message>
        <source>kept its value</source>
        <translation>保持原值</translation>
    </message>
    <message>
        <source>last update: neuron &lt;i&gt;i&lt;/i&gt; = {i} (row {r}, column {c})</source>
        <translation>上一次更新：神经元 &lt;i&gt;i&lt;/i&gt; = {i}（第 {r} 行，第 {c} 列）</translation>
    </message>
    <message>
        <source>No update yet: press S to update one neuron.</source>
        <translation>尚未更新：按 S 更新一个神经元。</translation>
    </message>
    <message>
        <source>{E} = {energy} &amp;nbsp; after {updates:,} update ({sweeps} sweeps)</source>
        <translation>{E} = {energy} &amp;nbsp; 已更新 {updates:,} 次（{sweeps} 遍）</translation>
    </message>
    <message>
        <source>{E} = {energy} &amp;nbsp; after {updates:,} updates ({sweeps} sweeps)</source>
        <translation>{E} = {energy} &amp;nbsp; 已更新 {updates:,} 次（{sweeps} 遍）</translation>
    </message>
    <message>
        <source>Three memories are stored; the cue is close to their mixture. Press Space and watch the overlaps.</source>
        <extracomment>Seeds of the update order (the run bar&apos;s Reset keeps it; New seed changes it). 40 random patterns in 144 units: p/N = 0.28, twice the Hebbian limit of 0.138.</extracomment>
        <translation>存储了三个记忆；线索接近它们的混合。按 Space，观察重叠度。</translation>
    </message>
    <message>
        <source>random {k}</source>
        <translation>随机 {k}</translation>
    </message>
    <message>
        <source>{p} random memories in {n} units (p/N = {load:.2f}). The cue is memory 1 with 10 % of its units flipped: press Space.</source>
        <translation>{n} 个单元中存储了 {p} 个随机记忆（p/N = {load:.2f}）。线索是翻转了 10 % 单元的记忆 1：按 Space。</translation>
    </message>
    <message>
        <source>A spurious state: three memories mixed</source>
        <translation>伪吸引态：三个记忆的混合</translation>
    </message>
    <message>
        <source>Three patterns y1, y2, y3 are stored with the Hebbian rule in 144 units, far below capacity. The cue is close to their mixture sign(y1 + y2 + y3), which is not one of them. Run it: the energy falls and the network settles in the mixture, a stable state that was never stored: the overlap plot shows about 0.5 with each of the three memories instead of 1 with one of them, and the label names a spurious state. The Hebbian energy has minima like this besides the memories (and their inverses).</source>
        <translation>用 Hebb 规则在 144 个单元中存储三个模式 y1、y2、y3，远低于容量。线索接近它们的混合 sign(y1 + y2 + y3)，而这个混合并不是其中任何一个。运行：能量下降，网络稳定在这个混合态上——一个从未存储过的稳定状态：重叠度图显示它与三个记忆的重叠度都约为 0.5，而不是与其中一个为 1，标签也显示为伪吸引态。除了记忆（及其反模式）之外，Hebb 能量还有这样的极小值。</translation>
    </message>
    <message>
        <source>Capacity overload: too many memories</source>
        <translation>容量过载：记忆太多</translation>
    </message>
    <message>
        <source>Forty random patterns are stored in 144 units, p/N = 0.28, twice the Hebbian limit of about 0.138. The cue is memory 1 with only 10 % of its units flipped, so it starts with overlap 0.8. Run it: instead of cleaning the cue up, the network drifts away from memory 1 and settles in a state whose overlap with it is far lower. The crosstalk of the other 39 patterns outweighs the memory&apos;s own field. (Forget all and store ten patterns to see the same cue recalled perfectly.)</source>
        <translation>在 144 个单元中存储 40 个随机模式，p/N = 0.28，是 Hebb 极限（约 0.138）的两倍。线索是只翻转了 10 % 单元的记忆 1，因此初始重叠度为 0.8。运行：网络并没有把线索修复干净，而是偏离记忆 1，稳定在一个与它重叠度低得多的状态。其余 39 个模式的串扰压过了该记忆自身的局部场。（点“全部遗忘”后只存储十个模式，可以看到同样的线索被完美回忆。）</translation>
    </message>
    <message>
        <source>The notes&apos; 6-neuron example</source>
        <translation>讲义中的 6 神经元例子</translation>
    </message>
    <message>
        <source>The exercise from the notes: a 1 × 6 network stores y1 = [1,-1,1,-1,1,1] and y2 = [1,1,1,-1,-1,-1] with the Hebbian rule; both are stable states. The cue is y1 with its last unit flipped. Press S to update one neuron at a time and read its local field on the grid: the flipped unit&apos;s field points back to its stored value, and the network returns to y1.</source>
        <translation>讲义中的练习：一个 1 × 6 网络用 Hebb 规则存储 y1 = [1,-1,1,-1,1,1] 和 y2 = [1,1,1,-1,-1,-1]；两者都是稳定状态。线索是翻转了最后一个单元的 y1。按 S 每次更新一个神经元，并在网格上读出它的局部场：被翻转单元的局部场指回其存储的值，网络回到 y1。</translation>
    </message>
    <message>
        <source>Hebbian (the notes)</source>
        <extracomment>(label, engine rule, tooltip)</extracomment>
        <translation>Hebb 规则（讲义）</translation>
    </message>
    <message>
        <source>W = (1/N) Σ y yᵀ with a zero diagonal, as in the notes. Reliable while p/N &lt; 0.138; correlated patterns (letters share their white background) mix into spurious states.</source>
        <translation>W = (1/N) Σ y yᵀ，对角线为零，与讲义一致。p/N &lt; 0.138 时可靠；相关的模式（字母共享白色背景）会混合成伪吸引态。</translation>
    </message>
    <message>
        <source>Storkey</source>
        <translation>Storkey</translation>
    </message>
    <message>
        <source>Storkey&apos;s (1997) rule: Hebbian learning minus the crosstalk of local fields. Stores more, and copes better with correlated patterns.</source>
        <translation>Storkey（1997）规则：Hebb 学习减去局部场的串扰。能存储更多模式，也更能应对相关的模式。</translation>
    </message>
    <message>
        <source>Pseudo-inverse</source>
        <translation>伪逆</translation>
    </message>
    <message>
        <source>Projection rule W = Yᵀ (Y Yᵀ)⁻¹ Y (zero diagonal): every linearly independent set of patterns becomes stable, up to p close to N.</source>
        <translation>投影规则 W = Yᵀ (Y Yᵀ)⁻¹ Y（对角线为零）：任何线性无关的模式组都会成为稳定状态，p 可接近 N。</translation>
    </message>
    <message>
        <source>Hebbian</source>
        <extracomment>Short names of the rules (legends, the load line): engine rule -&gt; name.</extracomment>
        <translation>Hebb</translation>
    </message>
    <message>
        <source>Async, random order</source>
        <extracomment>(label, engine mode, engine order, tooltip)</extracomment>
        <translation>异步，随机顺序</translation>
    </message>
    <message>
        <source>One unit at a time, each sweep in a fresh random order: energy never rises.</source>
        <translation>每次更新一个单元，每遍使用新的随机顺序：能量从不上升。</translation>
    </message>
    <message>
        <source>Async, sequential</source>
        <translation>异步，顺序</translation>
    </message>
    <message>
        <source>One unit at a time, always in the order 1, 2, ..., N: energy never rises.</source>
        <translation>每次更新一个单元，始终按 1, 2, ..., N 的顺序：能量从不上升。</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Every unit updates at once from the previous state: may end in a 2-cycle.</source>
        <translation>所有单元根据上一状态同时更新：可能陷入 2 周期循环。</translation>
    </message>
    <message>
        <source>Letters A–Z</source>
        <extracomment>(label, key, characters offered)</extracomment>
        <translation>字母 A–Z</translation>
    </message>
    <message>
        <source>Digits 0–9 (font)</source>
        <translation>数字 0–9（字体）</translation>
    </message>
    <message>
        <source>Handwritten digits 0–9</source>
        <translation>手写数字 0–9</translation>
    </message>
    <message>
        <source>Random ±1 patterns</source>
        <translation>随机 ±1 模式</translation>
    </message>
    <message>
        <source>storing pattern {k} of {p}</source>
        <extracomment>Loads swept when none are given: across the Hebbian limit 0.138 and up to where Storkey and the pseudo-inverse rule fail too. A probe counts as recalled when the final |overlap| with its pattern is at least this.</extracomment>
        <translation>正在存储第 {k} 个模式（共 {p} 个）</translation>
    </message>
    <message>
        <source>stored {p} patterns</source>
        <translation>已存储 {p} 个模式</translation>
    </message>
    <message>
        <source>the capacity experiment needs at least 1 unit, got {n!r}</source>
        <translation>容量实验至少需要 1 个单元，收到的是 {n!r}</translation>
    </message>
    <message>
        <source>a capacity experiment with {n} units needs about {need:.1f} GB of memory; choose fewer units</source>
        <translation>{n} 个单元的容量实验约需 {need:.1f} GB 内存；请选择更少的单元</translation>
    </message>
    <message>
        <source>unknown rule {rule!r}; choose one of: {rules}</source>
        <translation>未知的规则 {rule!r}；请从以下选项中选择：{rules}</translation>
    </message>
    <message>
        <source>loads must be numbers between 0 and 1</source>
        <translation>负载必须是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>give at least one load p/N</source>
        <translation>请至少给出一个负载 p/N</translation>
    </message>
    <message>
        <source>loads p/N must be greater than 0 and at most 1</source>
        <translation>负载 p/N 必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>noise is the share of units flipped in each probe, from 0 to 1; got {noise!r}</source>
        <translation>噪声是每次探测中被翻转的单元比例，取值 0 到 1；收到的是 {noise!r}</translation>
    </message>
    <message>
        <source>the number of probes must be a whole number of at least 1, got {probes!r}</source>
        <translation>探测次数必须是不小于 1 的整数，收到的是 {probes!r}</translation>
    </message>
    <message>
        <source>a seed is a whole number 0 or larger, got {seed!r}</source>
        <translation>种子必须是不小于 0 的整数，收到的是 {seed!r}</translation>
    </message>
    <message>
        <source>Capacity of a {rule} network of {n} units</source>
        <translation>{n} 个单元的 {rule} 网络的容量</translation>
    </message>
    <message>
        <source>p/N = {load:.3f}: {what}</source>
        <translation>p/N = {load:.3f}：{what}</translation>
    </message>
    <message>
        <source>p/N = {load:.3f}: probe {t} of {probes}</source>
        <translation>p/N = {load:.3f}：第 {t} 次探测（共 {probes} 次）</translation>
    </message>
    <message>
        <source>Capacity experiment done</source>
        <translation>容量实验完成</translation>
    </message>
    <message>
        <source>a pattern</source>
        <extracomment>Samples kept in the energy/overlap trace and in the flips-per-sweep record. Ties for the floating-point rules: fields within this fraction of the largest possible field count as exactly zero, so rounding noise on a field that is zero in exact arithmetic cannot flip a unit (Hebbian fields are exact integers and need no tolerance).</extracomment>
        <translation>模式</translation>
    </message>
    <message>
        <source>the patterns must all have the same length ({n} values each)</source>
        <translation>所有模式的长度必须相同（每个 {n} 个值）</translation>
    </message>
    <message>
        <source>Hopfield units are the numbers +1 or -1, not text</source>
        <translation>Hopfield 单元是数值 +1 或 -1，不是文本</translation>
    </message>
    <message>
        <source>Hopfield units are the numbers +1 or -1</source>
        <translation>Hopfield 单元是数值 +1 或 -1</translation>
    </message>
    <message>
        <source>Hopfield units are the real numbers +1 or -1, not complex numbers</source>
        <translation>Hopfield 单元是实数 +1 或 -1，不是复数</translation>
    </message>
    <message>
        <source>{what} for this network needs {n} values, got {got}</source>
        <translation>这个网络的{what}需要 {n} 个值，得到 {got} 个</translation>
    </message>
    <message>
        <source> in pattern {r}</source>
        <translation>（在模式 {r} 中）</translation>
    </message>
    <message>
        <source>Hopfield units are +1 or -1; found NaN at {positions}{where}</source>
        <translation>Hopfield 单元是 +1 或 -1；在 {positions} 发现 NaN{where}</translation>
    </message>
    <message>
        <source>{value} at {positions}</source>
        <translation>{value}（位于 {positions}）</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>Hopfield units are +1 or -1; found {found}{where}</source>
        <translation>Hopfield 单元是 +1 或 -1；发现了 {found}{where}</translation>
    </message>
    <message>
        <source>{problem}; also, {length}</source>
        <translation>{problem}；另外，{length}</translation>
    </message>
    <message>
        <source>the number of units must be a whole number, got {n!r}</source>
        <translation>单元数必须是整数，收到的是 {n!r}</translation>
    </message>
    <message>
        <source>a Hopfield network needs at least 1 unit, got {n}</source>
        <translation>Hopfield 网络至少需要 1 个单元，收到的是 {n}</translation>
    </message>
    <message>
        <source>a network of {n} units needs {need:.1f} GB for its weight matrix, but only {avail:.1f} GB of memory is available; choose fewer units</source>
        <translation>{n} 个单元的网络的权重矩阵需要 {need:.1f} GB，但只有 {avail:.1f} GB 可用内存；请选择更少的单元</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>order</source>
        <translation>更新顺序</translation>
    </message>
    <message>
        <source>patterns must be a (p, {n}) array, got {ndim} dimensions</source>
        <translation>模式必须是 (p, {n}) 数组，收到的是 {ndim} 维</translation>
    </message>
    <message>
        <source>biases must be {n} numbers</source>
        <translation>偏置必须是 {n} 个数</translation>
    </message>
    <message>
        <source>biases for this network need {n} values, got {got}</source>
        <translation>此网络的偏置需要 {n} 个值，收到的是 {got} 个</translation>
    </message>
    <message>
        <source>biases must be finite numbers; found {value} at {positions}</source>
        <translation>偏置必须是有限数；在 {positions} 发现 {value}</translation>
    </message>
    <message>
        <source>a state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>a state for this network is one vector of {n} values</source>
        <translation>此网络的状态是一个含 {n} 个值的向量</translation>
    </message>
    <message>
        <source>Synchronous 2-cycle: the state flips back and forth</source>
        <translation>同步 2 周期循环：状态来回翻转</translation>
    </message>
    <message>
        <source>Still moving</source>
        <translation>仍在变化</translation>
    </message>
    <message>
        <source>Stored pattern {k}</source>
        <translation>存储的模式 {k}</translation>
    </message>
    <message>
        <source>Inverse of stored pattern {k}</source>
        <translation>存储的模式 {k} 的反模式</translation>
    </message>
    <message>
        <source>Spurious state (closest: pattern {k}, overlap {m:+.2f})</source>
        <translation>伪吸引态（最接近：模式 {k}，重叠度 {m:+.2f}）</translation>
    </message>
    <message>
        <source>Fixed point (no patterns stored)</source>
        <translation>不动点（未存储任何模式）</translation>
    </message>
    <message>
        <source>the number of updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>the scene&apos;s run state must be a mapping of names to values</source>
        <translation>场景的运行状态必须是名称到值的映射</translation>
    </message>
    <message>
        <source>the update order&apos;s generator</source>
        <translation>更新顺序的随机数生成器</translation>
    </message>
    <message>
        <source>the position in the sweep</source>
        <translation>本遍中的位置</translation>
    </message>
    <message>
        <source>the sweep&apos;s order</source>
        <translation>本遍的顺序</translation>
    </message>
    <message>
        <source>the sweep&apos;s order is not a permutation of the units</source>
        <translation>本遍的顺序不是所有单元的一个排列</translation>
    </message>
    <message>
        <source>the local fields</source>
        <translation>局部场</translation>
    </message>
    <message>
        <source>the energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>the update count</source>
        <translation>更新计数</translation>
    </message>
    <message>
        <source>the flip counts</source>
        <translation>翻转计数</translation>
    </message>
    <message>
        <source>the flips of the sweep</source>
        <translation>本遍的翻转数</translation>
    </message>
    <message>
        <source>the sweep count</source>
        <translation>遍数</translation>
    </message>
    <message>
        <source>the flips per sweep</source>
        <translation>每遍翻转数</translation>
    </message>
    <message>
        <source>the trace length</source>
        <translation>轨迹长度</translation>
    </message>
    <message>
        <source>the trace</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>the energy trace</source>
        <translation>能量轨迹</translation>
    </message>
    <message>
        <source>the overlap trace</source>
        <translation>重叠度轨迹</translation>
    </message>
    <message>
        <source>the last unit</source>
        <translation>上一个单元</translation>
    </message>
    <message>
        <source>the last field</source>
        <translation>上一个局部场</translation>
    </message>
    <message>
        <source>the scene&apos;s run state is missing {what}</source>
        <translation>场景的运行状态缺少 {what}</translation>
    </message>
    <message>
        <source>a Hopfield scene must be a mapping of names to values</source>
        <translation>Hopfield 场景必须是名称到值的映射</translation>
    </message>
    <message>
        <source>this Hopfield scene is missing {what}</source>
        <translation>此 Hopfield 场景缺少 {what}</translation>
    </message>
    <message>
        <source>this Hopfield scene has version {version!r}; this program reads version {ours}</source>
        <translation>此 Hopfield 场景的版本是 {version!r}；本程序读取的是版本 {ours}</translation>
    </message>
    <message>
        <source>this scene is for a network of {saved!r} units; this one has {n}</source>
        <translation>此场景对应 {saved!r} 个单元的网络；当前网络有 {n} 个</translation>
    </message>
    <message>
        <source>the scene&apos;s patterns must be a (p, {n}) array</source>
        <translation>场景中的模式必须是 (p, {n}) 数组</translation>
    </message>
    <message>
        <source>the scene&apos;s biases are not numbers</source>
        <translation>场景中的偏置不是数值</translation>
    </message>
    <message>
        <source>the scene&apos;s biases must be {n} finite numbers</source>
        <translation>场景中的偏置必须是 {n} 个有限数</translation>
    </message>
    <message>
        <source>the scene&apos;s state and cue must be single vectors</source>
        <translation>场景中的状态和线索必须各是一个向量</translation>
    </message>
</context>
</TS>
