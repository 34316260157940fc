<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Unknown scene {scene!r}; choose one of {keys}.</source>
        <translation>未知场景 {scene!r}；请从 {keys} 中选择。</translation>
    </message>
    <message>
        <source>The built-in scenes: each sets up a network, a schedule and the plots that show its point.</source>
        <extracomment>(quench, slow cooling) shares of runs that reached the ground state, once measured.</extracomment>
        <translation>内置场景：每个场景设置好一个网络、一个降温计划，以及展示其要点的图。</translation>
    </message>
    <message>
        <source>Number of units of the spin glass (up to 20) or of the equilibrium network (up to 12); press New instance to build it.</source>
        <translation>自旋玻璃（最多 20 个）或平衡网络（最多 12 个）的单元数；按“新实例”来构建。</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>新实例</translation>
    </message>
    <message>
        <source>Build the scene again with new random couplings (the next problem seed) and the chosen number of units.</source>
        <translation>用新的随机耦合（下一个问题种子）和所选的单元数重新构建场景。</translation>
    </message>
    <message>
        <source>±1 view</source>
        <translation>±1 显示</translation>
    </message>
    <message>
        <source>Write unit values as +1/−1 (spins) instead of 1/0; the dynamics are the same.</source>
        <translation>把单元值写成 +1/−1（自旋）而不是 1/0；动力学不变。</translation>
    </message>
    <message>
        <source>What this scene shows.</source>
        <translation>这个场景展示什么。</translation>
    </message>
    <message>
        <source>The units: dark = on (1), light = off (0); fresh flips glow. Left button turns a unit on, right button off (drag to paint). At slow speed the unit being updated is outlined with its energy gap ΔE and its probability p of turning on.</source>
        <translation>单元：深色 = 开（1），浅色 = 关（0）；刚翻转的单元会发光。左键打开单元，右键关闭（可拖动涂画）。慢速时，正在更新的单元会被框出，并标出它的能隙 ΔE 和开启概率 p。</translation>
    </message>
    <message>
        <source>Quench (T → 0)</source>
        <translation>淬火（T → 0）</translation>
    </message>
    <message>
        <source>Annealing</source>
        <translation>退火</translation>
    </message>
    <message>
        <source>T → 0: each unit takes the value that lowers the energy (the Hopfield rule).</source>
        <translation>T → 0：每个单元取使能量降低的值（Hopfield 规则）。</translation>
    </message>
    <message>
        <source>The network under the schedule on the right.</source>
        <translation>按右侧降温计划运行的网络。</translation>
    </message>
    <message>
        <source>The temperature, the energy E(x) = −(Σ_{i&lt;j} x_i w_ij x_j + Σ_i b_i x_i), the sweeps done (one sweep = N unit updates) and the share of updates that flipped a unit.</source>
        <translation>温度、能量 E(x) = −(Σ_{i&lt;j} x_i w_ij x_j + Σ_i b_i x_i)、已完成的遍数（一遍 = N 次单元更新），以及使单元翻转的更新所占比例。</translation>
    </message>
    <message>
        <source>At slow speed or when stepping: the unit just updated, its energy gap and the probability it turned on.</source>
        <translation>慢速或单步时：刚更新的单元、它的能隙以及它开启的概率。</translation>
    </message>
    <message>
        <source>Left: the weights w_ij (blue negative, orange positive). Right: the mean activation of the 2 hidden units for each input, with the inputs clamped: learned when the four rows are four different codes.</source>
        <translation>左：权重 w_ij（蓝为负，橙为正）。右：钳制输入时，每个输入下 2 个隐单元的平均激活：四行成为四个不同的编码时即学会。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Hidden codes</source>
        <translation>隐编码</translation>
    </message>
    <message>
        <source>in {k}</source>
        <translation>输入 {k}</translation>
    </message>
    <message>
        <source>How the temperature T changes with time (sweeps); the red dot is the run now.</source>
        <translation>温度 T 随时间（遍数）的变化；红点是当前运行的位置。</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>Energy and flip rate over time, and the energies of the states visited.</source>
        <translation>能量和翻转率随时间的变化，以及所访问状态的能量。</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Energy E(t)</source>
        <translation>能量 E(t)</translation>
    </message>
    <message>
        <source>sweeps</source>
        <translation>遍数</translation>
    </message>
    <message>
        <source>annealing</source>
        <translation>退火</translation>
    </message>
    <message>
        <source>quench</source>
        <translation>淬火</translation>
    </message>
    <message>
        <source>The energy after each sample; dashed line: the ground energy when it is known.</source>
        <translation>每个样本之后的能量；虚线：已知时的基态能量。</translation>
    </message>
    <message>
        <source>ground E*</source>
        <translation>基态 E*</translation>
    </message>
    <message>
        <source>Flip rate (per sweep)</source>
        <translation>翻转率（每遍）</translation>
    </message>
    <message>
        <source>flips / update</source>
        <translation>翻转次数 / 更新</translation>
    </message>
    <message>
        <source>The share of unit updates that changed the unit, over the last sample interval: high when hot, near 0 once the network is frozen.</source>
        <translation>最近一个采样间隔内改变了单元的更新所占比例：高温时高，网络冻结后接近 0。</translation>
    </message>
    <message>
        <source>Energies visited</source>
        <translation>访问过的能量</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>How often the run visited states of each energy since Reset (bins fixed at Reset); as T falls the visits move to the low energies.</source>
        <translation>自重置以来运行访问各能量状态的频率（分箱在重置时固定）；随着 T 降低，访问移向低能量。</translation>
    </message>
    <message>
        <source>Stored patterns (the memories in the weights)</source>
        <translation>存储的模式（权重中的记忆）</translation>
    </message>
    <message>
        <source>The patterns whose Hebbian weights the network has; the minima annealing should find.</source>
        <translation>网络以 Hebb 权重存储的模式；也就是退火应当找到的极小值。</translation>
    </message>
    <message>
        <source>The stored patterns. Click one to make it both grids&apos; start state.</source>
        <translation>存储的模式。点击其中一个，使它成为两个网格的起始状态。</translation>
    </message>
    <message>
        <source>Quench</source>
        <translation>淬火</translation>
    </message>
    <message>
        <source>{which}: —</source>
        <translation>{which}：—</translation>
    </message>
    <message>
        <source>Where the quench run is: a stored pattern, its inverse, or another state.</source>
        <translation>淬火运行当前所处的位置：某个存储的模式、它的反模式，或其他状态。</translation>
    </message>
    <message>
        <source>Where the annealing run is: a stored pattern, its inverse, or another state.</source>
        <translation>退火运行当前所处的位置：某个存储的模式、它的反模式，或其他状态。</translation>
    </message>
    <message>
        <source>The ground energy found by enumerating every state, and how far the run is from it.</source>
        <translation>通过枚举所有状态求得的基态能量，以及当前运行距它多远。</translation>
    </message>
    <message>
        <source>Repeat {runs} runs</source>
        <translation>重复 {runs} 次</translation>
    </message>
    <message>
        <source>Run {runs} quenches and {runs} slow coolings (the schedule above, or a slow geometric one) from random starts, in the background, and count how often each reaches the ground state.</source>
        <translation>在后台从随机起点运行 {runs} 次淬火和 {runs} 次缓慢降温（使用上面的降温计划，或一个缓慢的几何降温），统计各自到达基态的频率。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the repeated runs.</source>
        <translation>停止重复运行。</translation>
    </message>
    <message>
        <source>Progress of the repeated runs.</source>
        <translation>重复运行的进度。</translation>
    </message>
    <message>
        <source>Ground state reached</source>
        <translation>到达基态</translation>
    </message>
    <message>
        <source>share of runs</source>
        <translation>运行占比</translation>
    </message>
    <message>
        <source>The share of runs that ended in the ground state: quench (T → 0) against slow cooling.</source>
        <translation>以基态结束的运行所占比例：淬火（T → 0）对比缓慢降温。</translation>
    </message>
    <message>
        <source>slow cooling</source>
        <translation>缓慢降温</translation>
    </message>
    <message>
        <source>Visit frequencies and exact probabilities</source>
        <translation>访问频率与精确概率</translation>
    </message>
    <message>
        <source>states, most probable first</source>
        <translation>状态（按概率从大到小）</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Outlined bars: the exact Boltzmann probabilities p(x) ∝ e^(−E(x)/T). Filled bars: the share of samples in each state since Reset. States are sorted by p(x); with more than 64 states the 64 most probable are shown.</source>
        <translation>空心柱：精确的 玻尔兹曼概率 p(x) ∝ e^(−E(x)/T)。实心柱：自重置以来各状态的样本占比。状态按 p(x) 排序；超过 64 个状态时只显示概率最大的 64 个。</translation>
    </message>
    <message>
        <source>Total-variation distance</source>
        <translation>总变差距离</translation>
    </message>
    <message>
        <source>TV = ½ Σ_x |frequency(x) − p(x)|: 0 when the visits match the distribution exactly; it shrinks as samples accumulate.</source>
        <translation>TV = ½ Σ_x |频率(x) − p(x)|：访问与分布完全一致时为 0；随着样本累积而减小。</translation>
    </message>
    <message>
        <source>The distance now and the number of samples behind it.</source>
        <translation>当前的距离及其所依据的样本数。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>learning cycles</source>
        <translation>学习周期</translation>
    </message>
    <message>
        <source>share right</source>
        <translation>正确比例</translation>
    </message>
    <message>
        <source>The share of the 4 inputs whose output the network reproduces when only the input is clamped.</source>
        <translation>只钳制输入时，网络能复现其输出的输入在 4 个输入中所占比例。</translation>
    </message>
    <message>
        <source>Size of the weight change |ΔW|</source>
        <translation>权重变化的大小 |ΔW|</translation>
    </message>
    <message>
        <source>How much the weights changed in each cycle: η times the gap between the clamped and free correlations.</source>
        <translation>每个周期权重变化了多少：η 乘以钳制相与自由相相关性之差。</translation>
    </message>
    <message>
        <source>Learning cycles done and the accuracy now.</source>
        <translation>已完成的学习周期数和当前准确率。</translation>
    </message>
    <message>
        <source>Δw = ε·sign(⟨xᵢxⱼ⟩clamped − ⟨xᵢxⱼ⟩free)  (Ackley et al.)</source>
        <translation>Δw = ε·sign(⟨xᵢxⱼ⟩钳制 − ⟨xᵢxⱼ⟩自由)  （Ackley 等）</translation>
    </message>
    <message>
        <source>Δw = η(⟨xᵢxⱼ⟩clamped − ⟨xᵢxⱼ⟩free)  (proportional)</source>
        <translation>Δw = η(⟨xᵢxⱼ⟩钳制 − ⟨xᵢxⱼ⟩自由)  （按比例）</translation>
    </message>
    <message>
        <source>How each weight moves after a clamped and a free phase. Ackley, Hinton and Sejnowski (1985) took fixed steps along the sign of the difference; the proportional rule follows it exactly and more often gets stuck with two inputs sharing a hidden code. Changing it starts learning again.</source>
        <translation>经过一个钳制相和一个自由相后每个权重如何移动。Ackley、Hinton 和 Sejnowski（1985）沿差值的符号走固定步长；按比例的规则精确跟随差值，但更常卡在两个输入共用一个隐编码的状态。更改它会重新开始学习。</translation>
    </message>
    <message>
        <source>Unknown scene {key!r}.</source>
        <translation>未知场景 {key!r}。</translation>
    </message>
    <message>
        <source>This scene takes 2 to {limit} units (all 2^n states are enumerated); got {n}.</source>
        <translation>这个场景需要 2 到 {limit} 个单元（要枚举全部 2^n 个状态）；得到的是 {n}。</translation>
    </message>
    <message>
        <source>Preparing the scene…</source>
        <translation>正在准备场景…</translation>
    </message>
    <message>
        <source>the problem seed</source>
        <translation>问题种子</translation>
    </message>
    <message>
        <source>The GUI bench: 1024 fully connected units, flat out.</source>
        <translation>GUI 基准：1024 个全连接单元，全速运行。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Quench vs anneal</source>
        <translation>淬火对比退火</translation>
    </message>
    <message>
        <source>Ground state</source>
        <translation>基态</translation>
    </message>
    <message>
        <source>Equilibrium</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>the scene could not be built</source>
        <translation>无法构建场景</translation>
    </message>
    <message>
        <source>Could not build the scene: {why}</source>
        <translation>无法构建场景：{why}</translation>
    </message>
    <message>
        <source>pattern {k}</source>
        <translation>模式 {k}</translation>
    </message>
    <message>
        <source>{scene}: {description}. Press Space to run, S to step one learning cycle.</source>
        <translation>{scene}：{description}。按 Space 运行，按 S 单步执行一个学习周期。</translation>
    </message>
    <message>
        <source>{scene}: {description}. Press Space to run, S to step one unit update.</source>
        <translation>{scene}：{description}。按 Space 运行，按 S 单步更新一个单元。</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>降温计划</translation>
    </message>
    <message>
        <source>Schedule: {schedule}; the visit counts start again for the new distribution.</source>
        <translation>降温计划：{schedule}；访问计数针对新的分布重新开始。</translation>
    </message>
    <message>
        <source>Schedule: {schedule}.</source>
        <translation>降温计划：{schedule}。</translation>
    </message>
    <message>
        <source>Painted: this is the start state now. Press Space to run from it.</source>
        <translation>已涂画：现在这就是起始状态。按 Space 从这里开始运行。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stored pattern {k} is the start state: a minimum, so both runs stay near it.</source>
        <translation>存储的模式 {k} 成为起始状态：它是一个极小值，所以两个运行都停留在它附近。</translation>
    </message>
    <message>
        <source>The scene is still being built: wait a moment and save again.</source>
        <translation>场景仍在构建中：请稍候再保存。</translation>
    </message>
    <message>
        <source>The benchmark scene cannot be saved; choose one of the four scenes.</source>
        <translation>基准场景不能保存；请选择四个场景之一。</translation>
    </message>
    <message>
        <source>the scene {key!r} is unknown; this panel has {keys}</source>
        <translation>场景 {key!r} 未知；本面板有 {keys}</translation>
    </message>
    <message>
        <source>the sizes of the scenes are malformed</source>
        <translation>各场景的大小格式不正确</translation>
    </message>
    <message>
        <source>the spin glass&apos;s units</source>
        <translation>自旋玻璃的单元数</translation>
    </message>
    <message>
        <source>the equilibrium network&apos;s units</source>
        <translation>平衡网络的单元数</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>the learning rule {rule!r} is unknown</source>
        <translation>学习规则 {rule!r} 未知</translation>
    </message>
    <message>
        <source>the ±1 view must be true or false</source>
        <translation>±1 显示必须为真或假</translation>
    </message>
    <message>
        <source>the measured hit rates are malformed</source>
        <translation>测得的命中率格式不正确</translation>
    </message>
    <message>
        <source>its weights are not those of its problem seed</source>
        <translation>它的权重与其问题种子给出的权重不一致</translation>
    </message>
    <message>
        <source>the quench&apos;s network is missing</source>
        <translation>缺少淬火网络</translation>
    </message>
    <message>
        <source>This Boltzmann scene is missing {key!r}.</source>
        <translation>这个玻尔兹曼机场景缺少 {key!r}。</translation>
    </message>
    <message>
        <source>This Boltzmann scene is malformed ({why}).</source>
        <translation>这个玻尔兹曼机场景格式不正确（{why}）。</translation>
    </message>
    <message>
        <source>This Boltzmann scene does not fit: {why}</source>
        <translation>这个玻尔兹曼机场景不适用：{why}</translation>
    </message>
    <message>
        <source>Scene opened: {scene}. Press Space to run.</source>
        <translation>已打开场景：{scene}。按 Space 运行。</translation>
    </message>
    <message>
        <source>Repeated runs are part of scene 2, the spin glass.</source>
        <translation>重复运行属于场景 2（自旋玻璃）。</translation>
    </message>
    <message>
        <source>The repeated runs are going already: wait, or cancel them.</source>
        <translation>重复运行已在进行中：请等待，或取消它们。</translation>
    </message>
    <message>
        <source>Quench: {m}</source>
        <translation>淬火：{m}</translation>
    </message>
    <message>
        <source>Slow cooling: {m}</source>
        <translation>缓慢降温：{m}</translation>
    </message>
    <message>
        <source>Running {runs} quenches and {runs} slow coolings ({schedule}).</source>
        <translation>正在运行 {runs} 次淬火和 {runs} 次缓慢降温（{schedule}）。</translation>
    </message>
    <message>
        <source>The repeated runs failed: {why}</source>
        <translation>重复运行失败：{why}</translation>
    </message>
    <message>
        <source>Ground state reached by {q:.0f} % of quenches and {a:.0f} % of slow coolings ({schedule}).</source>
        <translation>到达基态的比例：淬火 {q:.0f} %，缓慢降温 {a:.0f} %（{schedule}）。</translation>
    </message>
    <message>
        <source>Back to the start: press Space to run again (the same seed replays the same run).</source>
        <translation>已回到起点：按 Space 再次运行（相同的种子会重放相同的运行）。</translation>
    </message>
    <message>
        <source>ΔE = {gap:+.2f}
p = {p:.2f} → on</source>
        <translation>ΔE = {gap:+.2f}
p = {p:.2f} → 开</translation>
    </message>
    <message>
        <source>ΔE = {gap:+.2f}
p = {p:.2f} → off</source>
        <translation>ΔE = {gap:+.2f}
p = {p:.2f} → 关</translation>
    </message>
    <message>
        <source>  ·  {rate:.2f} flips/update</source>
        <translation>  ·  {rate:.2f} 次翻转/更新</translation>
    </message>
    <message>
        <source>{t}  ·  E = {energy:+.2f}  ·  {sweeps:,.1f} sweeps{flip}</source>
        <translation>{t}  ·  E = {energy:+.2f}  ·  {sweeps:,.1f} 遍{flip}</translation>
    </message>
    <message>
        <source>turned on</source>
        <translation>开启了</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>关闭了</translation>
    </message>
    <message>
        <source>stayed on</source>
        <translation>保持开启</translation>
    </message>
    <message>
        <source>stayed off</source>
        <translation>保持关闭</translation>
    </message>
    <message>
        <source>Unit {unit}: energy gap ΔE = {gap:+.3f} at {t}: p(on) = 1/(1 + e^(−ΔE/T)) = {p:.3f}; it {verb}.</source>
        <translation>单元 {unit}：能隙 ΔE = {gap:+.3f}，在 {t} 下 p(开) = 1/(1 + e^(−ΔE/T)) = {p:.3f}；它{verb}。</translation>
    </message>
    <message>
        <source>Unit {unit}: energy gap ΔE = {gap:+.3f} at T → 0: on if ΔE &gt; 0, off if ΔE &lt; 0; it {verb}.</source>
        <translation>单元 {unit}：能隙 ΔE = {gap:+.3f}，T → 0：ΔE &gt; 0 则开，ΔE &lt; 0 则关；它{verb}。</translation>
    </message>
    <message>
        <source>{which}: {state}</source>
        <translation>{which}：{state}</translation>
    </message>
    <message>
        <source>Ground state reached: E = E* = {ground:+.3f} ✓</source>
        <translation>已到达基态：E = E* = {ground:+.3f} ✓</translation>
    </message>
    <message>
        <source>E = {energy:+.3f}, ground energy E* = {ground:+.3f} (gap {gap:.3f})</source>
        <translation>E = {energy:+.3f}，基态能量 E* = {ground:+.3f}（差距 {gap:.3f}）</translation>
    </message>
    <message>
        <source>The exact distribution is shown for up to 12 units.</source>
        <translation>精确分布最多显示到 12 个单元。</translation>
    </message>
    <message>
        <source>TV distance {tv:.3f} after {samples:,} samples at T = {T:.3g}</source>
        <translation>在 T = {T:.3g} 下采样 {samples:,} 个样本后，TV 距离为 {tv:.3f}</translation>
    </message>
    <message>
        <source>No samples yet: press Space to sample.</source>
        <translation>还没有样本：按 Space 开始采样。</translation>
    </message>
    <message>
        <source>Cycle {cycle}   ·   accuracy {acc:.0f} %</source>
        <translation>第 {cycle} 周期   ·   准确率 {acc:.0f} %</translation>
    </message>
    <message>
        <source>{cycle} learning cycles; {right} of 4 inputs reproduced.</source>
        <translation>{cycle} 个学习周期；4 个输入中复现了 {right} 个。</translation>
    </message>
    <message>
        <source>Random couplings frustrate each other, so the energy landscape has many local minima. Watch E and T together: a quick cooling freezes in a local minimum, slow cooling reaches the ground state more often (Repeat 50 runs counts how often).</source>
        <translation>随机耦合相互挫败，所以能量地形有许多局部极小值。同时观察 E 和 T：降温太快会冻结在局部极小值中，缓慢降温更常到达基态（“重复 50 次”会统计频率）。</translation>
    </message>
    <message>
        <source>At a constant T the chain visits every state, each as often as its Boltzmann probability e^(−E/T)/Z says. The visit frequencies approach the exact distribution and the total-variation distance shrinks like 1/√(sweeps).</source>
        <translation>在恒定的 T 下，马尔可夫链会访问每个状态，访问频率与其 玻尔兹曼概率 e^(−E/T)/Z 相符。访问频率趋近精确分布，总变差距离按 1/√(遍数) 减小。</translation>
    </message>
    <message>
        <source>The quench (T → 0) only ever goes downhill and stops in the first minimum it meets, often a mixture of memories. The annealed network sometimes moves uphill while T is high (p is far from 0 and 1); as T falls, p sharpens towards the Hopfield rule and the state settles in a deeper minimum, a stored pattern.</source>
        <translation>淬火（T → 0）只会下坡，停在遇到的第一个极小值，常常是记忆的混合。退火网络在 T 较高时（p 远离 0 和 1）有时会上坡；随着 T 降低，p 逐渐变陡，趋向 Hopfield 规则，状态最终落入更深的极小值，即一个存储的模式。</translation>
    </message>
    <message>
        <source>In each cycle the machine is run twice: clamped to the data, and free. A weight grows when two units are on together more often with the data than when the network dreams freely. Watch the hidden codes move apart until each input has its own code and the accuracy reaches 100 %.</source>
        <translation>每个周期让机器运行两次：钳制到数据上一次，自由运行一次。当两个单元在数据下同时为开的频率高于网络自由做梦时，它们之间的权重就增大。观察隐编码逐渐分开，直到每个输入都有自己的编码，准确率达到 100 %。</translation>
    </message>
    <message>
        <source>{T}({t}) = {value} &amp;nbsp; (constant)</source>
        <translation>{T}({t}) = {value} &amp;nbsp; （恒定）</translation>
    </message>
    <message>
        <source>{T} → 0: &amp;nbsp; {x} = 1 if Δ{E} &amp;gt; 0, 0 if Δ{E} &amp;lt; 0 (the Hopfield rule)</source>
        <translation>{T} → 0： &amp;nbsp; 若 Δ{E} &amp;gt; 0 则 {x} = 1，若 Δ{E} &amp;lt; 0 则为 0（Hopfield 规则）</translation>
    </message>
    <message>
        <source>{T}({t}): the curve drawn in the schedule editor, straight between its points</source>
        <translation>{T}({t})：降温计划编辑器中绘制的曲线，各点之间为直线</translation>
    </message>
    <message>
        <source>Boltzmann machine</source>
        <extracomment>The panel&apos;s title (an engine sentence: shown through ``engine_text``).</extracomment>
        <translation>玻尔兹曼机</translation>
    </message>
    <message>
        <source>Energy of a state (units 0 or 1)</source>
        <translation>状态的能量（单元取 0 或 1）</translation>
    </message>
    <message>
        <source>Updating unit i at temperature T</source>
        <translation>在温度 T 下更新单元 i</translation>
    </message>
    <message>
        <source>Temperature schedule</source>
        <translation>降温计划</translation>
    </message>
    <message>
        <source>No machine yet.</source>
        <translation>还没有机器。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>{t} = {sweeps} sweeps, &amp;nbsp; {T}</source>
        <translation>{t} = {sweeps} 遍， &amp;nbsp; {T}</translation>
    </message>
    <message>
        <source>last update: {unit}, &amp;nbsp; {gap}</source>
        <translation>最近一次更新：{unit}， &amp;nbsp; {gap}</translation>
    </message>
    <message>
        <source>unit &lt;i&gt;i&lt;/i&gt; = {k}</source>
        <translation>单元 &lt;i&gt;i&lt;/i&gt; = {k}</translation>
    </message>
    <message>
        <source> &amp;nbsp; ⇒ it {verb}</source>
        <translation> &amp;nbsp; ⇒ 它{verb}</translation>
    </message>
    <message>
        <source>{T} → 0: the sign of Δ{E} decides &amp;nbsp; ⇒ it {verb}</source>
        <translation>{T} → 0：由 Δ{E} 的符号决定 &amp;nbsp; ⇒ 它{verb}</translation>
    </message>
    <message>
        <source>No update yet: press S to update one unit.</source>
        <translation>还没有更新：按 S 更新一个单元。</translation>
    </message>
    <message>
        <source>the quench beside it: {E} = {energy}</source>
        <translation>旁边的淬火网络：{E} = {energy}</translation>
    </message>
    <message>
        <source>distance to the exact distribution: ½ Σ&lt;sub&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sub&gt; |frequency − {p}({x})| = {tv}</source>
        <translation>与精确分布的距离：½ Σ&lt;sub&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sub&gt; |频率 − {p}({x})| = {tv}</translation>
    </message>
    <message>
        <source>⟨{xi} {xj}⟩&lt;sub&gt;clamped&lt;/sub&gt;</source>
        <translation>⟨{xi} {xj}⟩&lt;sub&gt;钳制&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>⟨{xi} {xj}⟩&lt;sub&gt;free&lt;/sub&gt;</source>
        <translation>⟨{xi} {xj}⟩&lt;sub&gt;自由&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Learning (Ackley, Hinton and Sejnowski, 1985)</source>
        <translation>学习（Ackley、Hinton 和 Sejnowski，1985）</translation>
    </message>
    <message>
        <source>clamped: the inputs and outputs held at the data, the hidden units sampled; free: every unit running free. Each phase anneals, then counts at its last temperature T.</source>
        <translation>钳制：输入和输出固定为数据，隐单元被采样；自由：所有单元自由运行。每一相先退火，再在其最后的温度 T 下统计。</translation>
    </message>
    <message>
        <source>No learner yet.</source>
        <translation>还没有学习器。</translation>
    </message>
    <message>
        <source>fixed steps along the sign</source>
        <translation>沿符号走固定步长</translation>
    </message>
    <message>
        <source>in proportion to the difference</source>
        <translation>与差值成比例</translation>
    </message>
    <message>
        <source>cycle {cycle}, &amp;nbsp; {eta} = {rate} ({kind}), &amp;nbsp; {T} = {temperature}</source>
        <translation>第 {cycle} 周期， &amp;nbsp; {eta} = {rate}（{kind}）， &amp;nbsp; {T} = {temperature}</translation>
    </message>
    <message>
        <source>size of the last change |Δ{w}| = {dw}</source>
        <translation>上一次变化的大小 |Δ{w}| = {dw}</translation>
    </message>
    <message>
        <source>inputs reproduced: {acc} %</source>
        <translation>复现的输入：{acc} %</translation>
    </message>
    <message>
        <source>the {key} scene could not be built</source>
        <translation>无法构建 {key} 场景</translation>
    </message>
    <message>
        <source>Annealing escapes a local minimum</source>
        <translation>退火逃出局部极小值</translation>
    </message>
    <message>
        <source>Three patterns are stored in 144 units and both networks start from the same state, close to the mixture of the three: a spurious local minimum of the energy. On the left the quench (T = 0, the Hopfield rule) only ever goes downhill and stays stuck in the mixture. On the right the same start is annealed from T = 0.6 down to 0.05: at first the noise lets units flip uphill, which shakes the network out of the shallow mixture minimum; as T falls it settles into one of the stored patterns, at a lower energy than the quench reached. Watch the two energy curves part.</source>
        <translation>144 个单元中存储了三个模式，两个网络从同一状态出发，这个状态接近三者的混合：能量的一个伪局部极小值。左边的淬火（T = 0，Hopfield 规则）只会下坡，卡在混合态中。右边同样的起点从 T = 0.6 退火到 0.05：起初噪声让单元向上坡翻转，把网络从浅的混合极小值中摇出来；随着 T 降低，它落入某个存储的模式，能量比淬火达到的更低。观察两条能量曲线分开。</translation>
    </message>
    <message>
        <source>The exact Boltzmann distribution, matched</source>
        <translation>采样与精确的玻尔兹曼分布吻合</translation>
    </message>
    <message>
        <source>Six units with random weights are sampled at a constant T = 1. The bars count how often each of the 64 states is visited; beside them stands the exact Boltzmann distribution p(x) = e^(−E(x)/T) / Z, which the app computes by listing all 64 states. Run it flat out: the visited frequencies close in on the exact ones, and the total-variation distance between the two falls towards zero, roughly as one over the square root of the sweeps. Stochastic updates with p = 1/(1 + e^(−ΔE/T)) sample exactly this distribution.</source>
        <translation>六个带随机权重的单元在恒定 T = 1 下采样。柱子统计 64 个状态各被访问的频率；旁边是精确的 玻尔兹曼分布 p(x) = e^(−E(x)/T) / Z，由程序列出全部 64 个状态算出。全速运行：访问频率逐渐逼近精确值，两者之间的总变差距离趋向零，大致与遍数的平方根成反比。按 p = 1/(1 + e^(−ΔE/T)) 进行的随机更新恰好从这个分布中采样。</translation>
    </message>
    <message>
        <source>Slow cooling finds the ground state of a spin glass</source>
        <translation>缓慢降温找到自旋玻璃的基态</translation>
    </message>
    <message>
        <source>Sixteen units with random couplings of both signs: an energy landscape full of local minima. The app knows the lowest energy (the dashed line) by trying all 65,536 states. The run cools slowly from a high temperature and ends in the ground state. Press Repeat 50 runs to compare how often a quench and slow cooling reach it.</source>
        <translation>十六个单元，耦合随机且有正有负：能量地形布满局部极小值。程序通过尝试全部 65,536 个状态得知最低能量（虚线）。这次运行从高温缓慢降温，最终到达基态。按“重复 50 次”比较淬火和缓慢降温到达基态的频率。</translation>
    </message>
    <message>
        <source>1 · Escape from a spurious state</source>
        <extracomment>(key, combo label, tooltip, explanation shown in the panel); the texts are shown through ``engine_text``.</extracomment>
        <translation>1 · 逃离伪吸引态</translation>
    </message>
    <message>
        <source>Quench and annealing side by side, from the same start, on weights that store patterns.</source>
        <translation>淬火和退火并排运行，从同一起点出发，权重中存储着若干模式。</translation>
    </message>
    <message>
        <source>The weights store a few patterns, as in a Hopfield network (units are 0/1 here). Both grids start from the same state. &lt;b&gt;Left, a quench (T → 0)&lt;/b&gt;: every unit takes the value that lowers the energy, which is the Hopfield rule, and the network gets stuck in a spurious minimum, a mixture of memories. &lt;b&gt;Right, annealing&lt;/b&gt;: at high T a unit turns on with probability p = 1/(1 + e&lt;sup&gt;−ΔE/T&lt;/sup&gt;), so it sometimes moves uphill; as T falls the network leaves the shallow spurious minimum and settles in a stored pattern.</source>
        <translation>权重中存储了几个模式，就像 Hopfield 网络一样（这里单元取 0/1）。两个网格从同一状态出发。&lt;b&gt;左边是淬火（T → 0）&lt;/b&gt;：每个单元取使能量降低的值，这就是 Hopfield 规则，网络会卡在一个伪极小值（记忆的混合）中。&lt;b&gt;右边是退火&lt;/b&gt;：高 T 时单元以概率 p = 1/(1 + e&lt;sup&gt;−ΔE/T&lt;/sup&gt;) 开启，所以有时会上坡；随着 T 降低，网络离开浅的伪极小值，落入一个存储的模式。</translation>
    </message>
    <message>
        <source>2 · Optimisation: a spin glass</source>
        <translation>2 · 优化：自旋玻璃</translation>
    </message>
    <message>
        <source>A random spin glass whose lowest energy the app knows by trying all 2^n states.</source>
        <translation>一个随机自旋玻璃，程序通过尝试全部 2^n 个状态得知其最低能量。</translation>
    </message>
    <message>
        <source>Every pair of units has a random coupling, so no state satisfies them all and the energy landscape has many local minima. The app knows the ground state (the lowest energy) by trying all 2&lt;sup&gt;n&lt;/sup&gt; states. Watch one run reach it or miss it, then press &lt;b&gt;Repeat 50 runs&lt;/b&gt; to compare how often a quench and slow cooling find it.</source>
        <translation>每对单元之间都有随机耦合，没有哪个状态能同时满足所有耦合，因此能量地形有许多局部极小值。程序通过尝试全部 2&lt;sup&gt;n&lt;/sup&gt; 个状态得知基态（最低能量）。观察一次运行是到达还是错过基态，然后按&lt;b&gt;重复 50 次&lt;/b&gt;，比较淬火和缓慢降温找到基态的频率。</translation>
    </message>
    <message>
        <source>3 · Equilibrium at constant T</source>
        <translation>3 · 恒定 T 下的平衡</translation>
    </message>
    <message>
        <source>Visit frequencies against the exact Boltzmann distribution, for a small network.</source>
        <translation>小网络中的访问频率与精确 玻尔兹曼分布的对比。</translation>
    </message>
    <message>
        <source>At a fixed temperature the state keeps changing, but the share of time spent in each state converges to the Boltzmann distribution p(x) ∝ e&lt;sup&gt;−E(x)/T&lt;/sup&gt;. The bars compare the visit frequencies (filled) with the exact probabilities (outlines), computed from all 2&lt;sup&gt;n&lt;/sup&gt; states; the total-variation distance between them shrinks as samples accumulate (roughly as 1/√samples).</source>
        <translation>在固定温度下，状态不断变化，但在各状态停留的时间比例收敛到 玻尔兹曼分布 p(x) ∝ e&lt;sup&gt;−E(x)/T&lt;/sup&gt;。柱子把访问频率（实心）与由全部 2&lt;sup&gt;n&lt;/sup&gt; 个状态算出的精确概率（空心）作比较；两者之间的总变差距离随样本累积而减小（大致按 1/√样本数）。</translation>
    </message>
    <message>
        <source>4 · Learning: the 4-2-4 encoder</source>
        <translation>4 · 学习：4-2-4 编码器</translation>
    </message>
    <message>
        <source>Boltzmann learning with 2 hidden units (Ackley, Hinton &amp; Sejnowski, 1985).</source>
        <translation>带 2 个隐单元的 玻尔兹曼学习（Ackley、Hinton 和 Sejnowski，1985）。</translation>
    </message>
    <message>
        <source>4 input and 4 output units are visible, 2 units are hidden. Each input has one unit on and must come out at the output, but the only path is through the 2 hidden units, so the network must invent a 2-bit code. Each learning cycle anneals with the visible units clamped (positive phase) and free (negative phase) and moves every weight along ⟨x&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;j&lt;/sub&gt;⟩&lt;sub&gt;clamped&lt;/sub&gt; − ⟨x&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;j&lt;/sub&gt;⟩&lt;sub&gt;free&lt;/sub&gt;: by a fixed step in its sign, as Ackley et al. did, or in proportion to it (the rule above the plots). Watch the four hidden codes move apart.</source>
        <translation>4 个输入单元和 4 个输出单元可见，2 个单元是隐藏的。每个输入只有一个单元为开，并且必须在输出端重现，但唯一的通路经过 2 个隐单元，所以网络必须自己发明一个 2 位编码。每个学习周期分别在钳制可见单元（正相）和自由运行（负相）下退火，并让每个权重沿 ⟨x&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;j&lt;/sub&gt;⟩&lt;sub&gt;钳制&lt;/sub&gt; − ⟨x&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;j&lt;/sub&gt;⟩&lt;sub&gt;自由&lt;/sub&gt; 移动：要么像 Ackley 等人那样按其符号走固定步长，要么与它成比例（图上方的规则）。观察四个隐编码逐渐分开。</translation>
    </message>
    <message>
        <source>{n} units, {count} stored patterns</source>
        <extracomment>At or below this speed (updates per second) the unit being updated is outlined with its p and ΔE. Bars of the equilibrium chart: the most probable states when 2^n is larger. Samples of the total-variation trace kept by the panel. The GUI bench&apos;s network: 32 x 32 fully connected units.</extracomment>
        <translation>{n} 个单元，{count} 个存储的模式</translation>
    </message>
    <message>
        <source>{n} units, ground energy E* = {ground:.3f}</source>
        <translation>{n} 个单元，基态能量 E* = {ground:.3f}</translation>
    </message>
    <message>
        <source>{n} units, {states} states</source>
        <translation>{n} 个单元，{states} 个状态</translation>
    </message>
    <message>
        <source>8 visible units (4 in, 4 out) and 2 hidden; the run stops once all 4 inputs come out right</source>
        <translation>8 个可见单元（4 个输入、4 个输出）和 2 个隐单元；全部 4 个输入都正确输出后运行停止</translation>
    </message>
    <message>
        <source>{n} fully connected units</source>
        <translation>{n} 个全连接单元</translation>
    </message>
    <message>
        <source>Unknown scene {key!r}; choose one of {keys}.</source>
        <translation>未知场景 {key!r}；请从 {keys} 中选择。</translation>
    </message>
    <message>
        <source>in{k}</source>
        <translation>入{k}</translation>
    </message>
    <message>
        <source>out{k}</source>
        <translation>出{k}</translation>
    </message>
    <message>
        <source>a schedule must be one of Constant, Quench, Linear, Geometric, Logarithmic or Piecewise, got {name}</source>
        <extracomment>Largest network whose 2^n states are enumerated (exact distribution, ground states). Largest network whose visited-state counts and exact probabilities are in the snapshot. Samples kept in the traces (a ring: the newest replace the oldest). Bins of the visited-energy histogram. Random numbers are drawn in blocks of about this many updates (whole sweeps). Most blocks drawn and run in one kernel call (bounds the memory a long step takes at once). Greedy (T = 0) ties: energy gaps within this fraction of the largest possible gap count as exactly zero, so rounding in the incremental fields cannot flip a unit. Sweeps after which a quench run by :meth:`BoltzmannMachine.anneal` gives up. Largest size of a weight or bias: beyond it the energies&apos; sums of squares could overflow.</extracomment>
        <translation>降温计划必须是 Constant、Quench、Linear、Geometric、Logarithmic 或 Piecewise 之一，得到的是 {name}</translation>
    </message>
    <message>
        <source>the weights must be a {n} x {n} matrix of numbers</source>
        <translation>权重必须是 {n} × {n} 的数字矩阵</translation>
    </message>
    <message>
        <source>the weights for {n} units must be a {n} x {n} matrix, got shape {shape}</source>
        <translation>{n} 个单元的权重必须是 {n} × {n} 矩阵，得到的形状是 {shape}</translation>
    </message>
    <message>
        <source>the weights must be finite numbers; found {value} at w[{i}, {j}]</source>
        <translation>权重必须是有限数；在 w[{i}, {j}] 处发现 {value}</translation>
    </message>
    <message>
        <source>the weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>the diagonal of the weights must be zero (a unit does not connect to itself): w[{i}, {i}] = {value}</source>
        <translation>权重的对角线必须为零（单元不与自身相连）：w[{i}, {i}] = {value}</translation>
    </message>
    <message>
        <source>the weights must be symmetric: w[{i}, {j}] = {value} but w[{j}, {i}] = {value2}</source>
        <translation>权重必须对称：w[{i}, {j}] = {value}，但 w[{j}, {i}] = {value2}</translation>
    </message>
    <message>
        <source>the biases must be {n} numbers</source>
        <translation>偏置必须是 {n} 个数</translation>
    </message>
    <message>
        <source>the biases for this network need {n} values, got {got}</source>
        <translation>这个网络的偏置需要 {n} 个值，得到 {got} 个</translation>
    </message>
    <message>
        <source>the biases must be finite numbers; found {value} at {value2}</source>
        <translation>偏置必须是有限数；在 {value2} 处发现 {value}</translation>
    </message>
    <message>
        <source>the biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>{what} must lie between -{most:g} and {most:g}; found {value:g}</source>
        <translation>{what}必须在 -{most:g} 到 {most:g} 之间；发现 {value:g}</translation>
    </message>
    <message>
        <source>a state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{what} for this network is one vector of {n} values 0 or 1</source>
        <translation>这个网络的{what}是一个由 {n} 个 0 或 1 组成的向量</translation>
    </message>
    <message>
        <source>Boltzmann units are the numbers 0 or 1, not text</source>
        <translation>玻尔兹曼机的单元是数字 0 或 1，不能是文本</translation>
    </message>
    <message>
        <source>Boltzmann units are the numbers 0 or 1</source>
        <translation>玻尔兹曼机的单元是数字 0 或 1</translation>
    </message>
    <message>
        <source>{what} for this network is one vector of {n} values 0 or 1, got shape {shape}</source>
        <translation>这个网络的{what}是一个由 {n} 个 0 或 1 组成的向量，得到的形状是 {shape}</translation>
    </message>
    <message>
        <source>{what} for this network needs {n} values, got {got}</source>
        <translation>这个网络的{what}需要 {n} 个值，得到 {got} 个</translation>
    </message>
    <message>
        <source>Boltzmann units are 0 or 1; this looks like a +1/-1 state (-1 at {positions}): use set_state_pm for the +1/-1 view</source>
        <translation>玻尔兹曼机的单元是 0 或 1；这看起来像 +1/-1 状态（-1 位于 {positions}）：+1/-1 显示请用 set_state_pm</translation>
    </message>
    <message>
        <source>Boltzmann units are 0 or 1; found NaN at {positions}</source>
        <translation>玻尔兹曼机的单元是 0 或 1；在 {positions} 处发现 NaN</translation>
    </message>
    <message>
        <source>Boltzmann units are 0 or 1; found {value} at {positions}</source>
        <translation>玻尔兹曼机的单元是 0 或 1；在 {positions} 处发现 {value}</translation>
    </message>
    <message>
        <source>{message}; also, {length}</source>
        <translation>{message}；另外，{length}</translation>
    </message>
    <message>
        <source>exact enumeration is offered up to {limit} units: the 2^{n} states of this network would need {size} GB</source>
        <translation>精确枚举最多支持 {limit} 个单元：这个网络的 2^{n} 个状态需要 {size} GB</translation>
    </message>
    <message>
        <source>the number of units must be a whole number, got {n_units!r}</source>
        <translation>单元数必须是整数，得到的是 {n_units!r}</translation>
    </message>
    <message>
        <source>a Boltzmann machine needs at least 1 unit, got {n}</source>
        <translation>玻尔兹曼机至少需要 1 个单元，得到的是 {n}</translation>
    </message>
    <message>
        <source>a network of {n} units needs {value:.1f} GB for its weight matrix, but only {value2:.1f} GB of memory is available; choose fewer units</source>
        <translation>{n} 个单元的网络的权重矩阵需要 {value:.1f} GB，但只有 {value2:.1f} GB 可用内存；请选择更少的单元</translation>
    </message>
    <message>
        <source>in the +1/-1 view units are the numbers +1 or -1</source>
        <translation>在 +1/-1 显示中，单元是数字 +1 或 -1</translation>
    </message>
    <message>
        <source>a state for this network is one vector of {n} values +1 or -1</source>
        <translation>这个网络的状态是一个由 {n} 个 +1 或 -1 组成的向量</translation>
    </message>
    <message>
        <source>in the +1/-1 view units are +1 or -1; found {value} at {value2}</source>
        <translation>在 +1/-1 显示中，单元是 +1 或 -1；在 {value2} 处发现 {value}</translation>
    </message>
    <message>
        <source>the number of updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>the number of sweeps</source>
        <translation>遍数</translation>
    </message>
    <message>
        <source>a constant temperature never ends: give anneal the number of sweeps (n_sweeps)</source>
        <translation>恒定温度永不结束：请给 anneal 指定遍数（n_sweeps）</translation>
    </message>
    <message>
        <source>the data must be a table of 0/1 rows with at most {n} values each (one per visible unit), got shape {shape}</source>
        <translation>数据必须是由 0/1 行组成的表，每行最多 {n} 个值（每个可见单元一个），得到的形状是 {shape}</translation>
    </message>
    <message>
        <source>the scene&apos;s run state must be a mapping of names to values</source>
        <translation>场景的运行状态必须是名称到值的映射</translation>
    </message>
    <message>
        <source>the counters</source>
        <translation>计数器</translation>
    </message>
    <message>
        <source>the scene&apos;s counters are out of range</source>
        <translation>场景的计数器超出范围</translation>
    </message>
    <message>
        <source>the scene&apos;s block of random numbers is malformed</source>
        <translation>场景的随机数块格式不正确</translation>
    </message>
    <message>
        <source>the update orders</source>
        <translation>更新顺序</translation>
    </message>
    <message>
        <source>the scene&apos;s update orders are not permutations of the units</source>
        <translation>场景的更新顺序不是单元的排列</translation>
    </message>
    <message>
        <source>the random numbers</source>
        <translation>随机数</translation>
    </message>
    <message>
        <source>the scene&apos;s random numbers must lie in [0, 1)</source>
        <translation>场景的随机数必须位于 [0, 1) 内</translation>
    </message>
    <message>
        <source>the block&apos;s temperatures</source>
        <translation>随机数块的温度</translation>
    </message>
    <message>
        <source>the scene&apos;s temperatures cannot be negative</source>
        <translation>场景的温度不能为负</translation>
    </message>
    <message>
        <source>the block&apos;s first sweep</source>
        <translation>随机数块的第一遍</translation>
    </message>
    <message>
        <source>the block&apos;s length</source>
        <translation>随机数块的长度</translation>
    </message>
    <message>
        <source>the schedule&apos;s origin</source>
        <translation>降温计划的起点</translation>
    </message>
    <message>
        <source>the fields</source>
        <translation>局部场</translation>
    </message>
    <message>
        <source>the sums</source>
        <translation>求和项</translation>
    </message>
    <message>
        <source>the flip counts</source>
        <translation>翻转计数</translation>
    </message>
    <message>
        <source>the time on</source>
        <translation>开启时间</translation>
    </message>
    <message>
        <source>the last changes</source>
        <translation>最近的变化</translation>
    </message>
    <message>
        <source>the visit counts</source>
        <translation>访问计数</translation>
    </message>
    <message>
        <source>the energy histogram</source>
        <translation>能量直方图</translation>
    </message>
    <message>
        <source>the trace</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>the scene&apos;s run state is missing {value}</source>
        <translation>场景的运行状态缺少 {value}</translation>
    </message>
    <message>
        <source>a Boltzmann scene must be a mapping of names to values</source>
        <translation>玻尔兹曼机场景必须是名称到值的映射</translation>
    </message>
    <message>
        <source>this Boltzmann scene is missing {value}</source>
        <translation>这个玻尔兹曼机场景缺少 {value}</translation>
    </message>
    <message>
        <source>this Boltzmann scene has version {version!r}; this program reads version {ours}</source>
        <translation>这个玻尔兹曼机场景的版本是 {version!r}；本程序读取版本 {ours}</translation>
    </message>
    <message>
        <source>this scene is for a network of {n_saved!r} units; this one has {n}</source>
        <translation>这个场景适用于 {n_saved!r} 个单元的网络；当前网络有 {n} 个</translation>
    </message>
    <message>
        <source>the start state</source>
        <translation>起始状态</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value!r}</source>
        <extracomment>The clamped and free phases&apos; annealing: (T, sweeps) pairs, then statistics are collected at the last T. Scaled down from Ackley et al.&apos;s T = 20, 15, 12, 10 with integer weights to a final T of 1. Default learning rate (step size) for each update kind. An output counts as reproduced when the pattern&apos;s configuration of the output units has at least this probability with only the inputs clamped (then it is also the most likely configuration). Trace samples kept (one per learning cycle, oldest dropped first). Largest number of free units for the exact evaluation (accuracy, hidden codes).</extracomment>
        <translation>{what}必须是整数，得到的是 {value!r}</translation>
    </message>
    <message>
        <source>{what} must be at least {lo}, got {value}</source>
        <translation>{what}必须不小于 {lo}，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} must be a number, got {value!r}</source>
        <extracomment>Sweeps shown by :meth:`Schedule.points` for a schedule without an end (constant T).</extracomment>
        <translation>{what}必须是数字，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>{what} must be a finite number above 0 or 0, got {v:g}</source>
        <translation>{what}必须是大于 0 的有限数或 0，得到的是 {v:g}</translation>
    </message>
    <message>
        <source>{what} must be a finite number above 0, got {v:g}</source>
        <translation>{what}必须是大于 0 的有限数，得到的是 {v:g}</translation>
    </message>
    <message>
        <source>the annealing schedule is a list of (T, sweeps) pairs</source>
        <translation>退火计划是由 (T, 遍数) 对组成的列表</translation>
    </message>
    <message>
        <source>the annealing schedule needs at least one (T, sweeps) pair</source>
        <translation>退火计划至少需要一个 (T, 遍数) 对</translation>
    </message>
    <message>
        <source>each annealing temperature</source>
        <translation>每个退火温度</translation>
    </message>
    <message>
        <source>the sweeps at each annealing temperature</source>
        <translation>每个退火温度下的遍数</translation>
    </message>
    <message>
        <source>the number of visible units</source>
        <translation>可见单元数</translation>
    </message>
    <message>
        <source>the number of hidden units</source>
        <translation>隐单元数</translation>
    </message>
    <message>
        <source>the encoder problem needs an even number of visible units (k inputs and k outputs), got {nv}; give patterns for other problems</source>
        <translation>编码器问题需要偶数个可见单元（k 个输入和 k 个输出），得到的是 {nv}；其他问题请给出模式</translation>
    </message>
    <message>
        <source>the number of input units</source>
        <translation>输入单元数</translation>
    </message>
    <message>
        <source>there cannot be more input units ({ni}) than visible units ({nv})</source>
        <translation>输入单元（{ni}）不能多于可见单元（{nv}）</translation>
    </message>
    <message>
        <source>unknown update {update!r}; choose gradient or sign</source>
        <translation>未知的更新方式 {update!r}；请选择 gradient 或 sign</translation>
    </message>
    <message>
        <source>the learning rate eta</source>
        <translation>学习率 eta</translation>
    </message>
    <message>
        <source>the number of collecting sweeps</source>
        <translation>收集统计的遍数</translation>
    </message>
    <message>
        <source>the free runs</source>
        <translation>自由运行次数</translation>
    </message>
    <message>
        <source>the weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>the weight decay must be below 1, got {decay:g}</source>
        <translation>权重衰减必须小于 1，得到的是 {decay:g}</translation>
    </message>
    <message>
        <source>the initial weight scale</source>
        <translation>初始权重尺度</translation>
    </message>
    <message>
        <source>noisy clamping is (p_on, p_off) with 0 &lt;= p_off &lt; p_on &lt;= 1</source>
        <translation>带噪钳制是 (p_on, p_off)，满足 0 &lt;= p_off &lt; p_on &lt;= 1</translation>
    </message>
    <message>
        <source>a seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>the training patterns must be a (P, n_visible) array of 0 and 1</source>
        <translation>训练模式必须是由 0 和 1 组成的 (P, n_visible) 数组</translation>
    </message>
    <message>
        <source>the training patterns must be a (P, {nv}) array of 0 and 1, got shape {shape}</source>
        <translation>训练模式必须是由 0 和 1 组成的 (P, {nv}) 数组，得到的形状是 {shape}</translation>
    </message>
    <message>
        <source>the training patterns must contain only 0 and 1 (units are off or on)</source>
        <translation>训练模式只能包含 0 和 1（单元为关或开）</translation>
    </message>
    <message>
        <source>the connection mask must be {n} x {n}, got shape {shape}</source>
        <translation>连接掩码必须是 {n} × {n}，得到的形状是 {shape}</translation>
    </message>
    <message>
        <source>the connection mask cannot connect a unit to itself (its diagonal must be False)</source>
        <translation>连接掩码不能把单元连到自身（其对角线必须为 False）</translation>
    </message>
    <message>
        <source>the connection mask must be symmetric (connections go both ways)</source>
        <translation>连接掩码必须对称（连接是双向的）</translation>
    </message>
    <message>
        <source>the weights must be 0 between units that the mask leaves unconnected</source>
        <translation>掩码未连接的单元之间权重必须为 0</translation>
    </message>
    <message>
        <source>the biases must be {n} finite numbers</source>
        <translation>偏置必须是 {n} 个有限数</translation>
    </message>
    <message>
        <source>the number of learning cycles</source>
        <translation>学习周期数</translation>
    </message>
    <message>
        <source>the weights stopped being finite numbers; lower the learning rate and reset</source>
        <translation>权重不再是有限数；请降低学习率并重置</translation>
    </message>
    <message>
        <source>a learner&apos;s state must be a mapping of names to values</source>
        <translation>学习器的状态必须是名称到值的映射</translation>
    </message>
    <message>
        <source>this learner&apos;s state is missing {value}</source>
        <translation>这个学习器的状态缺少 {value}</translation>
    </message>
    <message>
        <source>this state is for {units!r} units; this learner has {n}</source>
        <translation>这个状态适用于 {units!r} 个单元；这个学习器有 {n} 个</translation>
    </message>
    <message>
        <source>the cycle count</source>
        <translation>周期计数</translation>
    </message>
    <message>
        <source>the learner&apos;s run state must be a mapping of names to values</source>
        <translation>学习器的运行状态必须是名称到值的映射</translation>
    </message>
    <message>
        <source>the last weight change</source>
        <translation>上一次权重变化</translation>
    </message>
    <message>
        <source>the trace length</source>
        <translation>轨迹长度</translation>
    </message>
    <message>
        <source>the accuracy trace</source>
        <translation>准确率轨迹</translation>
    </message>
    <message>
        <source>the learner&apos;s run state is missing {value}</source>
        <translation>学习器的运行状态缺少 {value}</translation>
    </message>
    <message>
        <source>the number of units must be a whole number, got {n!r}</source>
        <translation>单元数必须是整数，收到的是 {n!r}</translation>
    </message>
    <message>
        <source>{what} has {lo} to {hi} units, got {n}</source>
        <translation>{what}有 {lo} 到 {hi} 个单元，得到的是 {n}</translation>
    </message>
    <message>
        <source>unknown run {schedule!r}; choose quench or anneal</source>
        <translation>未知的运行 {schedule!r}；请选择 quench 或 anneal</translation>
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
        <source>A mixture state (closest: pattern {k}, overlap {overlap:+.2f})</source>
        <translation>混合态（最接近：模式 {k}，重叠度 {overlap:+.2f}）</translation>
    </message>
    <message>
        <source>A spurious state (closest: pattern {k}, overlap {overlap:+.2f})</source>
        <translation>伪吸引态（最接近：模式 {k}，重叠度 {overlap:+.2f}）</translation>
    </message>
    <message>
        <source>the grid side must be a whole number of at least 4 with side^2 a multiple of 8, got {side!r}</source>
        <translation>网格边长必须是至少为 4 的整数，且 side^2 是 8 的倍数，得到的是 {side!r}</translation>
    </message>
    <message>
        <source>the share of flipped units must be between 0 and 0.5, got {noise!r}</source>
        <translation>翻转单元的比例必须在 0 到 0.5 之间，得到的是 {noise!r}</translation>
    </message>
    <message>
        <source>a spin glass solved by enumeration</source>
        <translation>用枚举求解的自旋玻璃</translation>
    </message>
    <message>
        <source>ground_state_hit_rate needs a spin-glass scene (from spin_glass)</source>
        <translation>ground_state_hit_rate 需要一个自旋玻璃场景（来自 spin_glass）</translation>
    </message>
    <message>
        <source>the number of runs must be a whole number of at least 1, got {runs!r}</source>
        <translation>运行次数必须是至少为 1 的整数，得到的是 {runs!r}</translation>
    </message>
    <message>
        <source>Run {r} of {runs}</source>
        <translation>第 {r} 次，共 {runs} 次</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>the equilibrium scene</source>
        <translation>平衡场景</translation>
    </message>
    <message>
        <source>{what} must be a number, got NaN</source>
        <translation>{what}必须是数字，得到的是 NaN</translation>
    </message>
    <message>
        <source>the temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <source>{what} must be above 0, got {v:g}; T &lt;= 0 has no Boltzmann distribution (use the Quench schedule for the T -&gt; 0 limit, the deterministic Hopfield rule)</source>
        <translation>{what}必须大于 0，得到的是 {v:g}；T &lt;= 0 没有 玻尔兹曼分布（T -&gt; 0 的极限，即确定性的 Hopfield 规则，请用 Quench 降温计划）</translation>
    </message>
    <message>
        <source>{what} must be finite, got {v:g}</source>
        <translation>{what}必须是有限数，得到的是 {v:g}</translation>
    </message>
    <message>
        <source>points needs a whole number of at least 2 samples, got {n!r}</source>
        <extracomment>Name used in :meth:`to_dict` and by the panel&apos;s schedule selector.</extracomment>
        <translation>points 需要至少为 2 的整数个采样点，得到的是 {n!r}</translation>
    </message>
    <message>
        <source>the end of the drawn curve</source>
        <translation>所绘曲线的终点</translation>
    </message>
    <message>
        <source>this is a {kind} schedule, not a {kind2} one</source>
        <translation>这是 {kind} 降温计划，不是 {kind2} 降温计划</translation>
    </message>
    <message>
        <source>constant T = {T:g}</source>
        <translation>恒定 T = {T:g}</translation>
    </message>
    <message>
        <source>quench: T = 0, the deterministic Hopfield rule</source>
        <translation>淬火：T = 0，确定性的 Hopfield 规则</translation>
    </message>
    <message>
        <source>the start temperature T0</source>
        <translation>起始温度 T0</translation>
    </message>
    <message>
        <source>the end temperature T1</source>
        <translation>终止温度 T1</translation>
    </message>
    <message>
        <source>linear from T = {T0:g} to {T1:g} over {sweeps:g} sweeps</source>
        <translation>线性：在 {sweeps:g} 遍内从 T = {T0:g} 变到 {T1:g}</translation>
    </message>
    <message>
        <source>the cooling factor alpha</source>
        <translation>降温系数 alpha</translation>
    </message>
    <message>
        <source>the cooling factor alpha must be between 0 and 1 (exclusive), got {a:g}</source>
        <translation>降温系数 alpha 必须在 0 和 1 之间（不含端点），得到的是 {a:g}</translation>
    </message>
    <message>
        <source>the lowest temperature T_min</source>
        <translation>最低温度 T_min</translation>
    </message>
    <message>
        <source>the lowest temperature T_min ({T_min:g}) cannot be above the start temperature T0 ({T0:g})</source>
        <translation>最低温度 T_min（{T_min:g}）不能高于起始温度 T0（{T0:g}）</translation>
    </message>
    <message>
        <source>geometric from T = {T0:g}, x{alpha:g} per sweep, down to {T_min:g} ({sweeps:g} sweeps)</source>
        <translation>几何：从 T = {T0:g} 开始，每遍乘以 {alpha:g}，降到 {T_min:g}（{sweeps:g} 遍）</translation>
    </message>
    <message>
        <source>the constant c</source>
        <translation>常数 c</translation>
    </message>
    <message>
        <source>logarithmic T = {c:g} / ln(2 + sweep) over {sweeps:g} sweeps</source>
        <translation>对数：T = {c:g} / ln(2 + 遍数)，共 {sweeps:g} 遍</translation>
    </message>
    <message>
        <source>a custom schedule is a list of (sweep, T) pairs of numbers</source>
        <translation>自定义降温计划是由 (遍数, T) 数对组成的列表</translation>
    </message>
    <message>
        <source>a custom schedule is a list of (sweep, T) pairs</source>
        <translation>自定义降温计划是由 (遍数, T) 对组成的列表</translation>
    </message>
    <message>
        <source>a custom schedule needs at least 2 points, got {value}</source>
        <translation>自定义降温计划至少需要 2 个点，得到 {value} 个</translation>
    </message>
    <message>
        <source>every point&apos;s sweep must be a finite number</source>
        <translation>每个点的遍数必须是有限数</translation>
    </message>
    <message>
        <source>sweeps start at 0; the first point is at sweep {value:g}</source>
        <translation>遍数从 0 开始；第一个点位于第 {value:g} 遍</translation>
    </message>
    <message>
        <source>the points&apos; sweeps must increase: point {value} is at sweep {value2:g}, not after point {k} at sweep {value3:g}</source>
        <translation>各点的遍数必须递增：点 {value} 位于第 {value2:g} 遍，并不在位于第 {value3:g} 遍的点 {k} 之后</translation>
    </message>
    <message>
        <source>the temperature of point {k}</source>
        <translation>点 {k} 的温度</translation>
    </message>
    <message>
        <source>the sweep</source>
        <translation>遍数</translation>
    </message>
    <message>
        <source>there is already a point at sweep {sweep:g}</source>
        <translation>第 {sweep:g} 遍已经有一个点</translation>
    </message>
    <message>
        <source>a custom schedule needs at least 2 points; this one has only 2 left</source>
        <translation>自定义降温计划至少需要 2 个点；这个只剩 2 个了</translation>
    </message>
    <message>
        <source>there is no point {i!r}; the points are numbered 0 to {value}</source>
        <translation>没有点 {i!r}；点的编号是 0 到 {value}</translation>
    </message>
    <message>
        <source>custom curve through {value} points over {duration:g} sweeps</source>
        <translation>自定义曲线：经过 {value} 个点，共 {duration:g} 遍</translation>
    </message>
    <message>
        <source>a schedule is a mapping with a &apos;kind&apos; entry</source>
        <translation>降温计划是一个带 &apos;kind&apos; 项的映射</translation>
    </message>
    <message>
        <source>unknown schedule kind {kind!r}; choose one of: {value}</source>
        <translation>未知的降温计划类型 {kind!r}；请从以下选择：{value}</translation>
    </message>
    <message>
        <source>this {kind} schedule&apos;s parameters do not fit: {why}</source>
        <translation>这个 {kind} 降温计划的参数不适用：{why}</translation>
    </message>
</context>
</TS>
