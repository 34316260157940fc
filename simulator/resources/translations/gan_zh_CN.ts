<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The panel starts on one of {targets}; got {target!r} (a painted target is made with the painting tool).</source>
        <extracomment>Seconds between snapshots while running: a GAN snapshot evaluates G&apos;s gradient (and now and then D on a grid), so more than the display&apos;s 60 a second would only slow training. While training flat out, snapshots per fresh heatmap and manifold (D on a 48 x 48 grid costs more than the rest of a snapshot): about 15 a second, each frame&apos;s dots and arrows stay current. At most this many iterations a second (a set speed), every snapshot brings a fresh heatmap. Seconds between redraws of the readout while running: a label&apos;s new text lays the panel out again, and nobody reads numbers at 60 Hz. Seconds between redraws of one history plot while running (in turns, so no frame pays for two).</extracomment>
        <translation>面板只能从以下目标之一开始：{targets}；收到的是 {target!r}（绘制的目标要用绘制工具生成）。</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Compare-tab changes made while not comparing (B starts with them). The iteration each run&apos;s fresh heatmap was last asked for at (once per paused state). The painted points the engines train on (the last ones Use sent and the engine took).</extracomment>
        <translation>目标</translation>
    </message>
    <message>
        <source>The distribution the generator learns to imitate.</source>
        <translation>生成器要学着模仿的分布。</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>While this is down, a click or a drag on the view puts points there.</source>
        <translation>按下此按钮时，在视图上单击或拖动即可在该处放置点。</translation>
    </message>
    <message>
        <source>0 points</source>
        <translation>0 个点</translation>
    </message>
    <message>
        <source>How many points you painted (at least 20 are needed).</source>
        <translation>你绘制了多少个点（至少需要 20 个）。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every painted point.</source>
        <translation>删除所有绘制的点。</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Train on the painted points (each sample is a painted point plus a little Gaussian jitter).</source>
        <translation>在绘制的点上训练（每个样本是一个绘制的点加上少许高斯抖动）。</translation>
    </message>
    <message>
        <source>Real samples (dark dots) and generated ones (vermillion), on D&apos;s output D(x) (orange: &apos;real&apos;, blue: &apos;fake&apos;); green arrows: where G&apos;s next step moves each generated sample; grey lines: a grid in z mapped through G; purple rings: the mixture&apos;s modes.</source>
        <translation>真实样本（深色点）与生成样本（朱红色点），背景是 D 的输出 D(x)（橙色：“真”，蓝色：“假”）；绿色箭头：G 的下一步把每个生成样本推向何处；灰色线：z 空间中的网格经 G 映射后的样子；紫色圆圈：混合分布的各个模式。</translation>
    </message>
    <message>
        <source>The comparison&apos;s run B: {tip}</source>
        <translation>对比中的运行 B：{tip}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>The layers of the plane, each on or off.</source>
        <translation>平面上的各个图层，可分别打开或关闭。</translation>
    </message>
    <message>
        <source>Show or hide: {tip}</source>
        <translation>显示或隐藏：{tip}</translation>
    </message>
    <message>
        <source>Iterations done, the two losses, D&apos;s mean output on real and generated samples, and the mode coverage.</source>
        <translation>已完成的迭代次数、两个损失、D 在真实样本和生成样本上的平均输出，以及模式覆盖。</translation>
    </message>
    <message>
        <source>Preparing the networks…</source>
        <translation>正在准备网络…</translation>
    </message>
    <message>
        <source>Could not build the GAN: {error}</source>
        <translation>无法构建 GAN：{error}</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>没有引擎</translation>
    </message>
    <message>
        <source>training mode</source>
        <translation>训练方式</translation>
    </message>
    <message>
        <source>both networks</source>
        <translation>两个网络</translation>
    </message>
    <message>
        <source>only the discriminator</source>
        <translation>仅判别器</translation>
    </message>
    <message>
        <source>only the generator</source>
        <translation>仅生成器</translation>
    </message>
    <message>
        <source>Each iteration now trains {what}; S makes one.</source>
        <translation>现在每次迭代训练{what}；按 S 执行一次。</translation>
    </message>
    <message>
        <source>The networks start again with the new layers.</source>
        <translation>网络按新的层结构重新开始。</translation>
    </message>
    <message>
        <source>Preset “{name}”: press Space to run.</source>
        <translation>预设“{name}”：按 Space 运行。</translation>
    </message>
    <message>
        <source>Comparing A with B on the same target, from the same start: press Space to run both.</source>
        <translation>在同一目标上、从同一起点对比 A 与 B：按 Space 同时运行两者。</translation>
    </message>
    <message>
        <source>The comparison ended; A goes on alone.</source>
        <translation>对比已结束；A 继续单独运行。</translation>
    </message>
    <message>
        <source>Unknown target {key!r}; choose one of {keys}.</source>
        <translation>未知目标 {key!r}；请从以下选择：{keys}。</translation>
    </message>
    <message>
        <source>Click or drag on the view to put points (at least 20), then press Use.</source>
        <translation>在视图上单击或拖动来放置点（至少 20 个），然后按“使用”。</translation>
    </message>
    <message>
        <source>Image mode: a small GAN on the 8 × 8 digits; press Space to run.</source>
        <translation>图像模式：在 8 × 8 手写数字上训练的小型 GAN；按 Space 运行。</translation>
    </message>
    <message>
        <source>Back to the plane: {target}.</source>
        <translation>回到平面：{target}。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target: {target}. The networks keep their weights.</source>
        <translation>目标：{target}。网络保留原有权重。</translation>
    </message>
    <message>
        <source>Painting is for the 2-D targets: choose one first.</source>
        <translation>绘制只适用于二维目标：请先选择一个二维目标。</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} 个点</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} 个点</translation>
    </message>
    <message>
        <source>Training on your {n} painted points.</source>
        <translation>正在你绘制的 {n} 个点上训练。</translation>
    </message>
    <message>
        <source>Fresh networks: press Space to run (the same seed replays the same run).</source>
        <translation>全新的网络：按 Space 运行（相同的种子会重现相同的运行）。</translation>
    </message>
    <message>
        <source>B: {covered} of {n} modes</source>
        <translation>B：覆盖 {covered}/{n} 个模式</translation>
    </message>
    <message>
        <source>Run B: {error}</source>
        <translation>运行 B：{error}</translation>
    </message>
    <message>
        <source> of B</source>
        <translation>（B）</translation>
    </message>
    <message>
        <source>The game&apos;s loss{who}: what D and G optimise.</source>
        <translation>博弈的损失函数{who}：D 和 G 优化的目标。</translation>
    </message>
    <message>
        <source>How both networks{who} follow their gradients.</source>
        <translation>两个网络{who}如何沿梯度更新。</translation>
    </message>
    <message>
        <source>The generator&apos;s learning rate{who}.</source>
        <translation>生成器的学习率{who}。</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate{who}.</source>
        <translation>判别器的学习率{who}。</translation>
    </message>
    <message>
        <source>k{who}: discriminator steps for each generator step.</source>
        <translation>k{who}：生成器每走一步，判别器走的步数。</translation>
    </message>
    <message>
        <source>Unrolled GAN{who} (Metz et al. 2017): for G&apos;s step, look ahead this many discriminator steps on a copy of D. 0 turns it off.</source>
        <translation>展开的 GAN{who}（Metz 等人，2017）：G 更新时，在 D 的副本上向前展开这么多步判别器更新。0 表示关闭。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Minibatch features</source>
        <translation>小批量特征</translation>
    </message>
    <message>
        <source>Minibatch features{who}: D also sees how spread out the whole batch is, so a generator that puts every sample on one mode is caught.</source>
        <translation>小批量特征{who}：D 还能看到整批样本的分散程度，因此把所有样本都放在一个模式上的生成器会被识破。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate G</source>
        <translation>学习率 G</translation>
    </message>
    <message>
        <source>Learning rate D</source>
        <translation>学习率 D</translation>
    </message>
    <message>
        <source>D steps k</source>
        <translation>D 步数 k</translation>
    </message>
    <message>
        <source>Unrolling steps</source>
        <translation>展开步数</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>The loss, the optimizers, k, what to train, the remedies and the presets.</source>
        <translation>损失函数、优化器、k、训练对象、补救方法和预设。</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>The generator&apos;s and the discriminator&apos;s layers, and the noise z.</source>
        <translation>生成器和判别器的层，以及噪声 z。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Run a second configuration (B) beside this one (A) on the same target.</source>
        <translation>在同一目标上，与当前配置（A）并排运行第二个配置（B）。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>选择预设…</translation>
    </message>
    <message>
        <source>Settings that show a point: collapse, oscillation, and their cures. Choosing one sets the controls and starts training again.</source>
        <translation>用来说明问题的设置：崩溃、振荡及其解决办法。选择一个会设置各控件并重新开始训练。</translation>
    </message>
    <message>
        <source>What an iteration trains; the run bar&apos;s Step makes one iteration of it.</source>
        <translation>每次迭代训练什么；运行栏的“单步”执行一次迭代。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Generator G</source>
        <translation>生成器 G</translation>
    </message>
    <message>
        <source>G maps noise z to a sample x.</source>
        <translation>G 把噪声 z 映射为样本 x。</translation>
    </message>
    <message>
        <source>Discriminator D</source>
        <translation>判别器 D</translation>
    </message>
    <message>
        <source>D maps a sample x to the probability it is real.</source>
        <translation>D 把样本 x 映射为它是真实样本的概率。</translation>
    </message>
    <message>
        <source>The generator&apos;s hidden layers. Changing it starts the networks again.</source>
        <translation>生成器的隐藏层数。更改后网络重新开始。</translation>
    </message>
    <message>
        <source>The discriminator&apos;s hidden layers. Changing it starts the networks again.</source>
        <translation>判别器的隐藏层数。更改后网络重新开始。</translation>
    </message>
    <message>
        <source>Units in each of the generator&apos;s hidden layers. Changing it starts the networks again.</source>
        <translation>生成器每个隐藏层的单元数。更改后网络重新开始。</translation>
    </message>
    <message>
        <source>Units in each of the discriminator&apos;s hidden layers. Changing it starts the networks again.</source>
        <translation>判别器每个隐藏层的单元数。更改后网络重新开始。</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>The hidden units&apos; activation function of both networks. Changing it starts the networks again.</source>
        <translation>两个网络中隐单元的激活函数。更改后网络重新开始。</translation>
    </message>
    <message>
        <source>1-D</source>
        <translation>1 维</translation>
    </message>
    <message>
        <source>2-D</source>
        <translation>2 维</translation>
    </message>
    <message>
        <source>Dimension of the noise z in the 2-D targets: with 1-D noise G can only draw a curve. (The digits use 16-D noise.)</source>
        <translation>二维目标中噪声 z 的维数：用 1 维噪声时 G 只能画出一条曲线。（手写数字使用 16 维噪声。）</translation>
    </message>
    <message>
        <source>How the noise z is drawn.</source>
        <translation>噪声 z 的采样方式。</translation>
    </message>
    <message>
        <source>Real and generated samples in each update of D and G; small batches make the game noisier.</source>
        <translation>D 和 G 每次更新所用的真实样本与生成样本数；批越小，博弈的噪声越大。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Noise z</source>
        <translation>噪声 z</translation>
    </message>
    <message>
        <source>Noise distribution</source>
        <translation>噪声分布</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>D ascends E&lt;sub&gt;data&lt;/sub&gt;[log D(x)] + E&lt;sub&gt;z&lt;/sub&gt;[log(1 − D(G(z)))];&lt;br&gt;G descends E&lt;sub&gt;z&lt;/sub&gt;[log(1 − D(G(z)))].</source>
        <translation>D 最大化 E&lt;sub&gt;数据&lt;/sub&gt;[log D(x)] + E&lt;sub&gt;z&lt;/sub&gt;[log(1 − D(G(z)))]；&lt;br&gt;G 最小化 E&lt;sub&gt;z&lt;/sub&gt;[log(1 − D(G(z)))]。</translation>
    </message>
    <message>
        <source>The minimax game of Goodfellow et al. (2014); a Nash equilibrium is not promised.</source>
        <translation>Goodfellow 等人（2014）的极小极大博弈；并不保证达到纳什均衡。</translation>
    </message>
    <message>
        <source>Run B beside A</source>
        <translation>在 A 旁运行 B</translation>
    </message>
    <message>
        <source>Train a second GAN (B) on the same target beside this one (A): both views and both coverage curves side by side. Run, Step and Reset drive both.</source>
        <translation>在同一目标上、与当前 GAN（A）并排训练第二个 GAN（B）：两个视图和两条覆盖曲线并排显示。运行、单步和重置同时作用于两者。</translation>
    </message>
    <message>
        <source>B has A&apos;s target and networks; here it may differ in:</source>
        <translation>B 与 A 的目标和网络相同；这里可以设置不同的：</translation>
    </message>
    <message>
        <source>The settings on the other tabs apply to both runs; these only to B.</source>
        <translation>其他选项卡上的设置作用于两个运行；这里的只作用于 B。</translation>
    </message>
    <message>
        <source>minimax (the notes&apos; saturating form)</source>
        <translation>极小极大（讲义中的饱和形式）</translation>
    </message>
    <message>
        <source>non-saturating</source>
        <translation>非饱和</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <source>only D</source>
        <translation>仅 D</translation>
    </message>
    <message>
        <source>only G</source>
        <translation>仅 G</translation>
    </message>
    <message>
        <source>(G descends what D ascends)</source>
        <translation>（G 最小化 D 所最大化的量）</translation>
    </message>
    <message>
        <source>(same fixed point, strong gradients early)</source>
        <translation>（不动点相同，早期梯度更强）</translation>
    </message>
    <message>
        <source>Generative adversarial network</source>
        <extracomment>The panel&apos;s title (the main window shows it through ``engine_text``).</extracomment>
        <translation>生成对抗网络（GAN）</translation>
    </message>
    <message>
        <source>Losses, averaged over a batch: {loss}</source>
        <translation>损失（对一批取平均）：{loss}</translation>
    </message>
    <message>
        <source>x: data points, z: noise, D(x): the probability D gives that x is real.</source>
        <translation>x：数据点，z：噪声，D(x)：D 给出的 x 为真实样本的概率。</translation>
    </message>
    <message>
        <source>No networks yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>Compare: B, {loss}</source>
        <translation>对比：B，{loss}</translation>
    </message>
    <message>
        <source>at iteration {steps:,}</source>
        <translation>第 {steps:,} 次迭代时</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The notes&apos; game</source>
        <translation>讲义中的博弈</translation>
    </message>
    <message>
        <source>D ascends</source>
        <translation>D 最大化</translation>
    </message>
    <message>
        <source>G descends</source>
        <translation>G 最小化</translation>
    </message>
    <message>
        <source>D is trained to tell real points from generated ones, G to fool it. If D wins outright, D(G(z)) → 0 and the minimax loss gives G almost no gradient; the non-saturating form avoids this. At the ideal equilibrium D = ½ everywhere and L_D = 2 log 2 ≈ 1.386 (0.25 for least squares); training may instead oscillate or collapse onto a few modes.</source>
        <translation>D 被训练来区分真实点和生成点，G 则被训练来骗过 D。如果 D 完全占上风，D(G(z)) → 0，极小极大损失几乎不给 G 任何梯度；非饱和形式可以避免这一点。在理想的平衡处，处处 D = ½，且 L_D = 2 log 2 ≈ 1.386（最小二乘为 0.25）；但训练也可能振荡，或崩溃到少数几个模式上。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>iteration {steps:,}, training {what}</source>
        <translation>第 {steps:,} 次迭代，训练{what}</translation>
    </message>
    <message>
        <source>{optimizer}: learning rates {eps_d} = {lr_d}, {eps_g} = {lr_g}, {k} = {steps} D steps per G step</source>
        <translation>{optimizer}：学习率 {eps_d} = {lr_d}，{eps_g} = {lr_g}；每个 G 步对应 {k} = {steps} 个 D 步</translation>
    </message>
    <message>
        <source>{optimizer}: learning rates {eps_d} = {lr_d}, {eps_g} = {lr_g}, {k} = {steps} D step per G step</source>
        <translation>{optimizer}：学习率 {eps_d} = {lr_d}，{eps_g} = {lr_g}；每个 G 步对应 {k} = {steps} 个 D 步</translation>
    </message>
    <message>
        <source>No losses measured yet.</source>
        <translation>尚未测得损失。</translation>
    </message>
    <message>
        <source>On the {n} real and {n} generated samples shown, at iteration {steps:,}:</source>
        <translation>在所显示的 {n} 个真实样本和 {n} 个生成样本上，第 {steps:,} 次迭代时：</translation>
    </message>
    <message>
        <source>mean {dx} = {value}</source>
        <translation>平均 {dx} = {value}</translation>
    </message>
    <message>
        <source>Mode collapse on the ring</source>
        <extracomment>Seed of both lessons: the outcomes their texts promise were checked at this seed (tests/gui/test_gan_scenes.py). Iterations after which the texts&apos; numbers hold.</extracomment>
        <translation>圆环上的模式崩溃</translation>
    </message>
    <message>
        <source>The real data are eight small clusters on a circle (dark dots); the generator&apos;s samples are the vermillion dots. Press Space and watch them: instead of spreading over the circle, the generated samples crowd together, between the clusters or onto one of them, and then jump together elsewhere (after 1000 iterations not one of the 8 modes is covered). This is mode collapse. The generator is rewarded for samples the discriminator calls real, and the cheapest way to get that is to put every sample where D is weakest right now; D then learns that this place is suspicious, its heatmap turns blue there, and G hops elsewhere. Neither network ever sees the whole distribution at once. Later in the run the small GAN may spread out by chance; the coverage plot shows how unreliable that is.</source>
        <translation>真实数据是圆周上的八个小簇（深色点）；生成器的样本是朱红色的点。按 Space 并观察：生成的样本没有散布到整个圆周上，而是挤在一起，落在簇与簇之间或某一个簇上，然后又一起跳到别处（1000 次迭代后，8 个模式一个也没有覆盖）。这就是模式崩溃。判别器认为是真的样本会给生成器带来奖励，而最省事的办法就是把所有样本都放到 D 此刻最薄弱的地方；随后 D 学会怀疑这个地方，那里的热图变蓝，G 便跳到别处。两个网络都从未一次看到整个分布。在运行后期，这个小 GAN 可能碰巧散开；覆盖图显示这有多么不可靠。</translation>
    </message>
    <message>
        <source>A cure: minibatch features</source>
        <translation>一种解决办法：小批量特征</translation>
    </message>
    <message>
        <source>The same small GAN from the same starting weights as in the mode-collapse lesson, with one change: the discriminator also sees how spread out each batch is (the minibatch standard deviation of Karras and colleagues, 2018). Press Space. Where the plain GAN crowded together, this one spreads over the ring: after 1000 iterations all 8 modes are covered (the plain GAN: none). A collapsed batch has almost no spread, which real batches never have, so D can reject it as a whole; the generator can only win by spreading its samples out like the data. The preset &apos;Compare: plain vs minibatch features&apos; shows both runs side by side.</source>
        <translation>与模式崩溃课例中相同的小 GAN、相同的初始权重，只有一处改动：判别器还能看到每一批样本的分散程度（Karras 等人 2018 年提出的小批量标准差）。按 Space。普通 GAN 挤成一团的地方，这个 GAN 却散布到整个圆环上：1000 次迭代后 8 个模式全部被覆盖（普通 GAN：一个也没有）。崩溃的一批样本几乎没有分散度，而真实的批从来不会这样，所以 D 可以把它整批拒绝；生成器只有像数据那样把样本散开才能获胜。预设“对比：普通与小批量特征”会把两个运行并排显示。</translation>
    </message>
    <message>
        <source>Another cure: an unrolled discriminator</source>
        <translation>另一种解决办法：展开的判别器</translation>
    </message>
    <message>
        <source>The same small GAN again, now with each generator step taken against a discriminator looked ahead five steps (the unrolled GAN of Metz and colleagues, 2017). Press Space. The samples spread out more slowly than with minibatch features but far more than the plain GAN&apos;s (after 1000 iterations 5 of the 8 modes are covered; the plain GAN: none). Looking ahead shows the generator how the discriminator would answer a collapsed batch: piling onto one spot would be punished a few steps later, so the generator keeps its samples spread over the data instead of chasing D&apos;s current weak spot. The preset &apos;Compare: plain vs unrolled&apos; shows both runs side by side.</source>
        <translation>还是那个小 GAN，但现在生成器的每一步都针对向前展开五步的判别器（Metz 等人 2017 年提出的展开 GAN）。按 Space。样本散开得比使用小批量特征时慢，但远比普通 GAN 好（1000 次迭代后覆盖 8 个模式中的 5 个；普通 GAN：一个也没有）。向前展开让生成器看到判别器会如何回应一批崩溃的样本：堆到一个点上几步之后就会受到惩罚，所以生成器让样本保持散布在数据上，而不是追逐 D 当前的薄弱点。预设“对比：普通与展开”会把两个运行并排显示。</translation>
    </message>
    <message>
        <source>Ring of 8 Gaussians</source>
        <extracomment>Targets offered in the combo: (key, label, tooltip).</extracomment>
        <translation>8 个高斯组成的圆环</translation>
    </message>
    <message>
        <source>Eight narrow Gaussians on a circle: the classic test of mode collapse.</source>
        <translation>圆周上八个窄高斯分布：检验模式崩溃的经典例子。</translation>
    </message>
    <message>
        <source>5 × 5 grid of Gaussians</source>
        <translation>5 × 5 高斯网格</translation>
    </message>
    <message>
        <source>Twenty-five narrow Gaussians on a square grid.</source>
        <translation>方形网格上的二十五个窄高斯分布。</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <source>Two interleaved half circles, with a little noise.</source>
        <translation>两个交错的半圆，带少许噪声。</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>A spiral arm, with a little noise.</source>
        <translation>一条螺旋臂，带少许噪声。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线段</translation>
    </message>
    <message>
        <source>A thin straight segment: a one-dimensional distribution in the plane.</source>
        <translation>一条细直线段：平面中的一维分布。</translation>
    </message>
    <message>
        <source>Paint your own…</source>
        <translation>自己绘制…</translation>
    </message>
    <message>
        <source>Click or drag on the view to put points, then press Use: the generator learns the distribution you painted.</source>
        <translation>在视图上单击或拖动来放置点，然后按“使用”：生成器会学习你绘制的分布。</translation>
    </message>
    <message>
        <source>Digits (image mode)</source>
        <translation>手写数字（图像模式）</translation>
    </message>
    <message>
        <source>The 8 × 8 handwritten digits: a small GAN drawing digits from noise.</source>
        <translation>8 × 8 手写数字：一个从噪声画出数字的小 GAN。</translation>
    </message>
    <message>
        <source>Minimax (saturating)</source>
        <translation>极小极大（饱和）</translation>
    </message>
    <message>
        <source>The original game: G descends E log(1 − D(G(z))). Its gradient vanishes when D rejects the fakes confidently.</source>
        <translation>原始博弈：G 最小化 E log(1 − D(G(z)))。当 D 很有把握地拒绝假样本时，它的梯度会消失。</translation>
    </message>
    <message>
        <source>Non-saturating</source>
        <translation>非饱和</translation>
    </message>
    <message>
        <source>G ascends E log D(G(z)) instead: the same fixed point, strong gradients early on (Goodfellow et al. 2014).</source>
        <translation>G 改为最大化 E log D(G(z))：不动点相同，早期梯度更强（Goodfellow 等人，2014）。</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <source>LSGAN: D regresses real to 1 and fake to 0, G pushes its fakes towards 1 (Mao et al. 2017).</source>
        <translation>LS-GAN：D 把真样本回归到 1、假样本回归到 0，G 把它的假样本推向 1（毛旭东等人，2017）。</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>带泄漏 ReLU</translation>
    </message>
    <message>
        <source>max(0.2x, x): no dead units</source>
        <translation>max(0.2x, x)：没有死单元</translation>
    </message>
    <message>
        <source>a smooth, saturating unit</source>
        <translation>平滑、会饱和的单元</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>z drawn from a standard normal distribution</source>
        <translation>z 从标准正态分布中采样</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>z drawn uniformly from the box [−1, 1]</source>
        <translation>z 在区间 [−1, 1] 中均匀采样</translation>
    </message>
    <message>
        <source>Adam with β₁ = 0.5, β₂ = 0.999 (the usual GAN setting)</source>
        <translation>Adam，β₁ = 0.5，β₂ = 0.999（GAN 的常用设置）</translation>
    </message>
    <message>
        <source>Plain stochastic gradient descent</source>
        <translation>普通随机梯度下降</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Each iteration: k discriminator steps, then one generator step.</source>
        <translation>每次迭代：先做 k 步判别器更新，再做一步生成器更新。</translation>
    </message>
    <message>
        <source>Only D</source>
        <translation>仅 D</translation>
    </message>
    <message>
        <source>Train only the discriminator: G is frozen (watch D&apos;s heatmap sharpen).</source>
        <translation>只训练判别器：G 被冻结（观察 D 的热图变得清晰）。</translation>
    </message>
    <message>
        <source>Only G</source>
        <translation>仅 G</translation>
    </message>
    <message>
        <source>Train only the generator: D is frozen (watch the fakes climb D&apos;s slope).</source>
        <translation>只训练生成器：D 被冻结（观察假样本沿 D 的斜坡向上爬）。</translation>
    </message>
    <message>
        <source>The discriminator&apos;s output D(x) behind the samples: orange where it says &apos;real&apos;, blue where it says &apos;fake&apos;.</source>
        <extracomment>Layers of the 2-D view: (key, label, tooltip).</extracomment>
        <translation>样本背后是判别器的输出 D(x)：它判为“真”的地方为橙色，判为“假”的地方为蓝色。</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>A fixed batch of samples from the target distribution.</source>
        <translation>从目标分布中抽取的一批固定样本。</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>The generator&apos;s samples G(z) of a fixed batch of noise vectors.</source>
        <translation>生成器在一批固定噪声向量上生成的样本 G(z)。</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Where the generator&apos;s next step moves each generated sample: −∂(G loss)/∂x.</source>
        <translation>生成器的下一步把每个生成样本推向何处：−∂(G 的损失)/∂x。</translation>
    </message>
    <message>
        <source>Manifold</source>
        <translation>流形</translation>
    </message>
    <message>
        <source>A grid of lines in noise space mapped through G: how G folds and stretches z.</source>
        <translation>噪声空间中的网格线经 G 映射后的样子：G 如何折叠和拉伸 z。</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>The centres of the mixture&apos;s Gaussians.</source>
        <translation>混合分布中各高斯分量的中心。</translation>
    </message>
    <message>
        <source>loss</source>
        <extracomment>How an edit names each setting in a refusal.
----------
Settings that can change while training goes on (see GAN.set_params).</extracomment>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>generator&apos;s learning rate</source>
        <translation>生成器的学习率</translation>
    </message>
    <message>
        <source>discriminator&apos;s learning rate</source>
        <translation>判别器的学习率</translation>
    </message>
    <message>
        <source>number of D steps</source>
        <translation>D 的步数</translation>
    </message>
    <message>
        <source>unrolling steps</source>
        <translation>展开步数</translation>
    </message>
    <message>
        <source>minibatch features</source>
        <translation>小批量特征</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>generator&apos;s layers</source>
        <translation>生成器的层数</translation>
    </message>
    <message>
        <source>generator&apos;s width</source>
        <translation>生成器的宽度</translation>
    </message>
    <message>
        <source>discriminator&apos;s layers</source>
        <translation>判别器的层数</translation>
    </message>
    <message>
        <source>discriminator&apos;s width</source>
        <translation>判别器的宽度</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>noise dimension</source>
        <translation>噪声维数</translation>
    </message>
    <message>
        <source>noise distribution</source>
        <translation>噪声分布</translation>
    </message>
    <message>
        <source>Default: ring</source>
        <extracomment>The fields a comparison&apos;s second configuration may change. Fields that change a network&apos;s shape or its inputs (the networks start again; minibatch features give D one more input). What the digits mode changes in the settings (wider networks, the engine&apos;s digits rates); the 2-D settings come back with a 2-D target. The small plain GAN that collapses on the ring (measured with batches drawn per iteration: batch 64, width 64, 2000 iterations, seeds 0-2: modes covered on average 3.3 of 8 plain, 6.7 with 5 unrolling steps, 5.7 with minibatch features). Presets: (name, tooltip, settings changes from the defaults, comparison&apos;s changes or None).</extracomment>
        <translation>默认：圆环</translation>
    </message>
    <message>
        <source>The 8-Gaussian ring with the default settings: 2-128-128 networks, batch 256.</source>
        <translation>默认设置下的 8 高斯圆环：2-128-128 网络，批大小 256。</translation>
    </message>
    <message>
        <source>A smaller GAN with small batches: G covers a few modes and hops between them.</source>
        <translation>更小的 GAN、更小的批：G 只覆盖少数几个模式，并在它们之间跳来跳去。</translation>
    </message>
    <message>
        <source>Cured by unrolling</source>
        <translation>用展开来解决</translation>
    </message>
    <message>
        <source>The same GAN, but G&apos;s step looks 5 discriminator steps ahead (Metz et al. 2017): it spreads over the modes.</source>
        <translation>同样的 GAN，但 G 的每一步都向前看 5 步判别器更新（Metz 等人，2017）：样本会散布到各个模式上。</translation>
    </message>
    <message>
        <source>Cured by minibatch features</source>
        <translation>用小批量特征来解决</translation>
    </message>
    <message>
        <source>The same GAN, but D also sees how spread out its batch is, so a collapsed batch gives itself away.</source>
        <translation>同样的 GAN，但 D 还能看到一批样本的分散程度，因此崩溃的一批样本会暴露自己。</translation>
    </message>
    <message>
        <source>Oscillation</source>
        <translation>振荡</translation>
    </message>
    <message>
        <source>Learning rates ten times the default: G and D overshoot each other, and the generated samples jump from mode to mode instead of settling.</source>
        <translation>学习率为默认值的十倍：G 和 D 互相过冲，生成的样本在模式之间跳来跳去，无法稳定下来。</translation>
    </message>
    <message>
        <source>Saturating loss stalls</source>
        <translation>饱和损失停滞</translation>
    </message>
    <message>
        <source>The minimax loss with a discriminator trained 5 times per G step: D wins, log(1 − D(G(z))) saturates and G hardly moves.</source>
        <translation>极小极大损失，且每个 G 步训练判别器 5 次：D 获胜，log(1 − D(G(z))) 饱和，G 几乎不动。</translation>
    </message>
    <message>
        <source>Compare: plain vs unrolled</source>
        <translation>对比：普通与展开</translation>
    </message>
    <message>
        <source>Side by side on the ring: the small GAN without (A) and with (B) 5 unrolling steps.</source>
        <translation>在圆环上并排比较：不带（A）和带（B）5 步展开的小 GAN。</translation>
    </message>
    <message>
        <source>Compare: plain vs minibatch features</source>
        <translation>对比：普通与小批量特征</translation>
    </message>
    <message>
        <source>Side by side on the ring: the small GAN without (A) and with (B) minibatch features.</source>
        <translation>在圆环上并排比较：不带（A）和带（B）小批量特征的小 GAN。</translation>
    </message>
    <message>
        <source>There is no preset called {name!r}; choose one of {names}.</source>
        <translation>没有名为 {name!r} 的预设；请从以下选择：{names}。</translation>
    </message>
    <message>
        <source>{steps:,} iterations</source>
        <translation>{steps:,} 次迭代</translation>
    </message>
    <message>
        <source>loss D {d:.2f} / G {g:.2f}</source>
        <translation>损失 D {d:.2f} / G {g:.2f}</translation>
    </message>
    <message>
        <source>D(real) {real:.2f} / D(fake) {fake:.2f}</source>
        <translation>D(真) {real:.2f} / D(假) {fake:.2f}</translation>
    </message>
    <message>
        <source>{covered} of {n} modes, {quality:.0%} high quality</source>
        <translation>覆盖 {covered}/{n} 个模式，{quality:.0%} 高质量</translation>
    </message>
    <message>
        <source>A manifold is an (n, 2) curve or an (n, n, 2) grid; got shape {shape}.</source>
        <translation>流形应为 (n, 2) 曲线或 (n, n, 2) 网格；收到的形状为 {shape}。</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>The discriminator&apos;s and the generator&apos;s losses, as the chosen loss defines them. Neither needs to fall: it is a game.</source>
        <translation>判别器和生成器的损失（按所选损失函数定义）。两者都不一定下降：这是一场博弈。</translation>
    </message>
    <message>
        <source>D(real), D(fake)</source>
        <translation>D(真), D(假)</translation>
    </message>
    <message>
        <source>mean D(x)</source>
        <translation>平均 D(x)</translation>
    </message>
    <message>
        <source>real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>D&apos;s mean output on real samples and on generated ones: both near ½ when D can no longer tell them apart.</source>
        <translation>D 在真实样本和生成样本上的平均输出：当 D 再也分不清两者时，都接近 ½。</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>散度</translation>
    </message>
    <message>
        <source>JS estimate</source>
        <translation>JS 估计</translation>
    </message>
    <message>
        <source>How far the generator is from the data, read from D&apos;s loss. Minimax and non-saturating: the Jensen-Shannon divergence, as loss_D = 2 log 2 − 2 JS at the best D (0 when they match, at most log 2). Least squares: half the triangular discrimination, 1 − 4 loss_D (at most 1). D is never the best D, so both read low.</source>
        <translation>从 D 的损失读出生成器离数据有多远。极小极大与非饱和：Jensen-Shannon 散度，在最优 D 处 D 的损失 = 2 log 2 − 2 JS（两者一致时为 0，最大为 log 2）。最小二乘：三角判别量的一半，1 − 4 × D 的损失（最大为 1）。D 从来不是最优的 D，所以两者读数都偏低。</translation>
    </message>
    <message>
        <source>Mode coverage</source>
        <translation>模式覆盖</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>modes covered</source>
        <translation>覆盖的模式</translation>
    </message>
    <message>
        <source>high quality</source>
        <translation>高质量</translation>
    </message>
    <message>
        <source>B hq</source>
        <translation>B 高质量</translation>
    </message>
    <message>
        <source>For the ring and the grid: the share of the modes that get at least 1 % of the samples within 3 standard deviations (solid), and the share of all samples that are that close to a mode, the high-quality share &apos;hq&apos; (dashed). While comparing, run A in blue and run B in orange.</source>
        <translation>仅对圆环和网格：在 3 个标准差范围内获得至少 1 % 样本的模式所占比例（实线），以及离某个模式这么近的样本占全部样本的比例，即高质量比例 hq（虚线）。对比时，运行 A 为蓝色，运行 B 为橙色。</translation>
    </message>
    <message>
        <source>only for the ring
and the grid</source>
        <translation>仅适用于圆环
和网格</translation>
    </message>
    <message>
        <source>A hq</source>
        <translation>A 高质量</translation>
    </message>
    <message>
        <source>½ triangular discr.</source>
        <translation>½ 三角判别量</translation>
    </message>
    <message>
        <source>The GAN is still being prepared; try again in a moment.</source>
        <extracomment>Seconds to wait for an engine being built or a worker to answer while a scene is taken or opened. Settings the controls show that the engine holds too (they must agree in a scene).</extracomment>
        <translation>GAN 仍在准备中；请稍后再试。</translation>
    </message>
    <message>
        <source>This scene is damaged: {what} should be a group of settings.</source>
        <translation>此场景已损坏：{what}应为一组设置。</translation>
    </message>
    <message>
        <source>This scene has settings this version does not know: {names}.</source>
        <translation>此场景含有本版本不认识的设置：{names}。</translation>
    </message>
    <message>
        <source>{what}&apos; {name}</source>
        <translation>{what}中的 {name}</translation>
    </message>
    <message>
        <source>This scene&apos;s target {target!r} is not one of {keys}.</source>
        <translation>此场景的目标 {target!r} 不在以下之列：{keys}。</translation>
    </message>
    <message>
        <source>This scene is damaged: {what} is missing.</source>
        <translation>此场景已损坏：缺少{what}。</translation>
    </message>
    <message>
        <source>This scene&apos;s {what} cannot be restored: {error}.</source>
        <translation>无法恢复此场景的{what}：{error}。</translation>
    </message>
    <message>
        <source>This scene is damaged: {what}&apos;s networks or training mode differ from its controls.</source>
        <translation>此场景已损坏：{what}的网络或训练方式与其控件不一致。</translation>
    </message>
    <message>
        <source>This is not a GAN scene.</source>
        <translation>这不是 GAN 场景。</translation>
    </message>
    <message>
        <source>the scene&apos;s version</source>
        <translation>场景的版本</translation>
    </message>
    <message>
        <source>This GAN scene has version {version}; this simulator opens version {supported}.</source>
        <translation>此 GAN 场景的版本为 {version}；本模拟器只能打开版本 {supported}。</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>This scene&apos;s seed {seed} is out of range.</source>
        <translation>此场景的种子 {seed} 超出范围。</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>the comparison&apos;s settings</source>
        <translation>对比的设置</translation>
    </message>
    <message>
        <source>the comparison&apos;s pending changes</source>
        <translation>对比中待应用的更改</translation>
    </message>
    <message>
        <source>This scene is damaged: the comparison&apos;s change {key!r} is not a setting.</source>
        <translation>此场景已损坏：对比中的更改 {key!r} 不是一个设置。</translation>
    </message>
    <message>
        <source>the comparison&apos;s change of {name}</source>
        <translation>对比中对 {name} 的更改</translation>
    </message>
    <message>
        <source>the plane&apos;s settings</source>
        <translation>平面的设置</translation>
    </message>
    <message>
        <source>the painted points</source>
        <translation>绘制的点</translation>
    </message>
    <message>
        <source>the target&apos;s points</source>
        <translation>目标的点</translation>
    </message>
    <message>
        <source>the layers shown</source>
        <translation>显示的图层</translation>
    </message>
    <message>
        <source>the layer {key!r}</source>
        <translation>图层 {key!r}</translation>
    </message>
    <message>
        <source>the controls&apos; tab</source>
        <translation>控件选项卡</translation>
    </message>
    <message>
        <source>This scene is damaged: there is no controls tab {tab}.</source>
        <translation>此场景已损坏：没有控件选项卡 {tab}。</translation>
    </message>
    <message>
        <source>network A</source>
        <translation>网络 A</translation>
    </message>
    <message>
        <source>network B</source>
        <translation>网络 B</translation>
    </message>
    <message>
        <source>This scene is damaged: the comparison&apos;s settings and its network do not match.</source>
        <translation>此场景已损坏：对比的设置与其网络不匹配。</translation>
    </message>
    <message>
        <source>Scene opened: press Space to run on from where it was saved.</source>
        <translation>场景已打开：按 Space 从保存时的状态继续运行。</translation>
    </message>
    <message>
        <source>Samples from 16 fixed noise vectors</source>
        <extracomment>Painted points closer than this share of the view&apos;s width to the last one are not added (a slow drag). Called with (x, y) for each painted point (set by the panel).</extracomment>
        <translation>16 个固定噪声向量生成的样本</translation>
    </message>
    <message>
        <source>Each tile is G(z) for one of 16 noise vectors fixed at the start: the same z, watched as G learns.</source>
        <translation>每个小图是开始时固定的 16 个噪声向量之一对应的 G(z)：同一个 z，看着 G 逐步学会。</translation>
    </message>
    <message>
        <source>the {name} target has no modes, so mode coverage is not defined for it</source>
        <extracomment>A mode is covered when at least this share of all samples are high-quality samples of it. A sample is high quality within this many standard deviations of its nearest mode.</extracomment>
        <translation>{name} 目标没有模式，因此对它没有定义模式覆盖</translation>
    </message>
    <message>
        <source>samples must be an (n, {width}) array, got shape {shape}</source>
        <translation>样本必须是 (n, {width}) 数组，收到的形状为 {shape}</translation>
    </message>
    <message>
        <source>the minimum share must be above 0 and at most 1, got {value!r}</source>
        <translation>最小比例必须大于 0 且不超过 1，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>Records of each history series a snapshot carries at most (the latest ones). Digit samples shown, from this many fixed noise vectors. Networks and settings that suit each mode; a change of mode takes them unless given too. Settings that need new networks when they change (the others apply live or only to the views).</extracomment>
        <translation>模式</translation>
    </message>
    <message>
        <source>the digits mode trains on the digits, not on the {target} target</source>
        <translation>数字模式在手写数字上训练，而不是在 {target} 目标上</translation>
    </message>
    <message>
        <source>the digits are the target of the digits mode; switch the mode to &apos;digits&apos;</source>
        <translation>手写数字是数字模式的目标；请把模式切换为 &apos;digits&apos;</translation>
    </message>
    <message>
        <source>Paint at least {min} points for the generator to learn from (there are {n}).</source>
        <translation>请至少绘制 {min} 个点供生成器学习（现在有 {n} 个）。</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, got {value!r}</source>
        <translation>{what}必须是 {low} 到 {high} 之间的整数，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>config must be a GANConfig, got {kind}</source>
        <translation>config 必须是 GANConfig，收到的是 {kind}</translation>
    </message>
    <message>
        <source>unknown setting {name!r}; settings are: {names}</source>
        <extracomment>Snapshots per fresh heatmap and manifold while the GAN trains (see :meth:`set_views_every`).</extracomment>
        <translation>未知设置 {name!r}；可用的设置有：{names}</translation>
    </message>
    <message>
        <source>{what} must be a list of numbers, got {value!r}</source>
        <translation>{what} 必须是数字列表，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>bad settings: {error}</source>
        <translation>设置有误：{error}</translation>
    </message>
    <message>
        <source>the number of snapshots per heatmap</source>
        <translation>每张热图对应的快照数</translation>
    </message>
    <message>
        <source>the number of snapshots per heatmap must be at least 1, got 0</source>
        <translation>每张热图对应的快照数至少为 1，收到的是 0</translation>
    </message>
    <message>
        <source>the number of steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>this saved GAN scene is incomplete or damaged ({error})</source>
        <translation>保存的 GAN 场景不完整或已损坏（{error}）</translation>
    </message>
    <message>
        <source>this saved GAN scene has unknown settings ({error})</source>
        <translation>保存的 GAN 场景含有未知设置（{error}）</translation>
    </message>
    <message>
        <source>the discriminator&apos;s loss became NaN or infinite</source>
        <extracomment>Iterations per kernel call at most (bounds the pre-drawn random numbers held at once). Generated samples (from fixed noise) scored for mode coverage at each record. Rows of the record buffer at first (it doubles when full).</extracomment>
        <translation>判别器的损失变成了 NaN 或无穷大</translation>
    </message>
    <message>
        <source>the discriminator&apos;s weights became NaN, infinite or larger than 1e6</source>
        <translation>判别器的权重变成了 NaN、无穷大或大于 1e6</translation>
    </message>
    <message>
        <source>the generator&apos;s loss became NaN or infinite</source>
        <translation>生成器的损失变成了 NaN 或无穷大</translation>
    </message>
    <message>
        <source>the generator&apos;s weights became NaN, infinite or larger than 1e6</source>
        <translation>生成器的权重变成了 NaN、无穷大或大于 1e6</translation>
    </message>
    <message>
        <source>{what} must be a positive number, got {value!r}</source>
        <translation>{what}必须是正数，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>Adam&apos;s betas must be two numbers, got {value!r}</source>
        <translation>Adam 的 β 参数必须是两个数，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>Adam&apos;s betas must be at least 0 and below 1, got {value!r}</source>
        <translation>Adam 的 β 参数必须不小于 0 且小于 1，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>the generator&apos;s learning rate</source>
        <translation>生成器的学习率</translation>
    </message>
    <message>
        <source>the discriminator&apos;s learning rate</source>
        <translation>判别器的学习率</translation>
    </message>
    <message>
        <source>the number of discriminator steps per generator step</source>
        <translation>每个生成器步对应的判别器步数</translation>
    </message>
    <message>
        <source>the number of unrolling steps</source>
        <translation>展开步数</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>the record interval</source>
        <translation>记录间隔</translation>
    </message>
    <message>
        <source>the target must be one of the targets module&apos;s distributions, got {target!r}</source>
        <translation>目标必须是 targets 模块中的分布之一，收到的是 {target!r}</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <source>discriminator</source>
        <translation>判别器</translation>
    </message>
    <message>
        <source>the generator&apos;s last layer must have {dim} units (the {name} target&apos;s dimension), got {got}</source>
        <translation>生成器的最后一层必须有 {dim} 个单元（{name} 目标的维数），收到的是 {got}</translation>
    </message>
    <message>
        <source>the discriminator&apos;s first layer must have {dim} units (the {name} target&apos;s dimension), got {got}</source>
        <translation>判别器的第一层必须有 {dim} 个单元（{name} 目标的维数），收到的是 {got}</translation>
    </message>
    <message>
        <source>the discriminator must end in 1 unit (a logit), got {got}</source>
        <translation>判别器的最后一层必须是 1 个单元（logit），收到的是 {got}</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>minibatch_features must be True or False, got {value!r}</source>
        <translation>minibatch_features 必须是 True 或 False，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>dtype must be float32 or float64, got {dtype}</source>
        <translation>dtype 必须是 float32 或 float64，收到的是 {dtype}</translation>
    </message>
    <message>
        <source>cannot change {names} while training; live settings are: {live}</source>
        <translation>训练过程中不能更改 {names}；可在训练中更改的设置有：{live}</translation>
    </message>
    <message>
        <source>the new target has dimension {dim}, the networks expect {expected}</source>
        <translation>新目标的维数是 {dim}，而网络需要 {expected}</translation>
    </message>
    <message>
        <source>Training diverged at step {step} ({reason}); the last good weights are kept. Lower the learning rate.</source>
        <translation>训练在第 {step} 步发散（{reason}）；已保留最后一组正常的权重。请降低学习率。</translation>
    </message>
    <message>
        <source>the number of noise vectors</source>
        <translation>噪声向量的个数</translation>
    </message>
    <message>
        <source>{what} must be an (n, {width}) array, got shape {shape}</source>
        <translation>{what}必须是 (n, {width}) 数组，收到的形状为 {shape}</translation>
    </message>
    <message>
        <source>{what} must be finite numbers (found NaN or infinity)</source>
        <translation>{what}必须是有限数（发现了 NaN 或无穷大）</translation>
    </message>
    <message>
        <source>the number of samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>the noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>the noise has {rows} rows but {n} samples were asked for</source>
        <translation>噪声有 {rows} 行，但要求的是 {n} 个样本</translation>
    </message>
    <message>
        <source>the real points</source>
        <translation>真实点</translation>
    </message>
    <message>
        <source>the generated points</source>
        <translation>生成点</translation>
    </message>
    <message>
        <source>the points</source>
        <translation>这些点</translation>
    </message>
    <message>
        <source>the heatmap needs a 2-D target</source>
        <translation>热图需要二维目标</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>bounds must be ((xmin, xmax), (ymin, ymax)), got {bounds!r}</source>
        <translation>边界必须是 ((xmin, xmax), (ymin, ymax))，收到的是 {bounds!r}</translation>
    </message>
    <message>
        <source>bounds must be finite with xmin &lt; xmax and ymin &lt; ymax, got {bounds!r}</source>
        <translation>边界必须是有限数，且 xmin &lt; xmax、ymin &lt; ymax，收到的是 {bounds!r}</translation>
    </message>
    <message>
        <source>the grid size</source>
        <translation>网格大小</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>the step count</source>
        <translation>步数计数</translation>
    </message>
    <message>
        <source>this saved GAN is incomplete or damaged ({error})</source>
        <translation>保存的 GAN 不完整或已损坏（{error}）</translation>
    </message>
    <message>
        <source>the saved GAN&apos;s networks have other sizes than this one&apos;s</source>
        <translation>保存的 GAN 的网络大小与当前的不同</translation>
    </message>
    <message>
        <source>the saved Adam step counts</source>
        <translation>保存的 Adam 步数</translation>
    </message>
    <message>
        <source>the saved Adam step counts must be 0 or larger</source>
        <translation>保存的 Adam 步数必须大于或等于 0</translation>
    </message>
    <message>
        <source>the saved GAN&apos;s history series have different lengths</source>
        <translation>保存的 GAN 的历史序列长度不一致</translation>
    </message>
    <message>
        <source>the saved GAN has another {what} ({saved!r}, here {mine!r})</source>
        <translation>保存的 GAN 的 {what} 不同（{saved!r}，当前为 {mine!r}）</translation>
    </message>
    <message>
        <source>the saved GAN&apos;s weights contain NaN or infinity</source>
        <translation>保存的 GAN 的权重含有 NaN 或无穷大</translation>
    </message>
    <message>
        <source>the GAN&apos;s random generator</source>
        <translation>GAN 的随机数生成器</translation>
    </message>
    <message>
        <source>the {what}&apos;s layer sizes must be a list of whole numbers, got {sizes!r}</source>
        <extracomment>Widest layer and deepest network accepted (keeps a typo from allocating gigabytes).</extracomment>
        <translation>{what}的层大小必须是整数列表，收到的是 {sizes!r}</translation>
    </message>
    <message>
        <source>the {what} needs between 2 and {most} layer sizes (input ... output), got {got}</source>
        <translation>{what}需要 2 到 {most} 个层大小（输入 … 输出），收到的是 {got} 个</translation>
    </message>
    <message>
        <source>the {what}&apos;s layer sizes must be whole numbers from 1 to {most}, got {sizes!r}</source>
        <translation>{what}的层大小必须是 1 到 {most} 之间的整数，收到的是 {sizes!r}</translation>
    </message>
    <message>
        <source>the number of samples must be a whole number 0 or larger, got {n!r}</source>
        <extracomment>Fewest painted points accepted: fewer give the generator almost nothing to learn.</extracomment>
        <translation>样本数必须是不小于 0 的整数，收到的是 {n!r}</translation>
    </message>
    <message>
        <source>{what} must be a number, got {value!r}</source>
        <translation>{what}必须是数字，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>{what} must be 0 or a positive number, got {value!r}</source>
        <translation>{what}必须是 0 或正数，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>{what} must be a whole number {low} or larger, got {value!r}</source>
        <translation>{what}必须是不小于 {low} 的整数，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>the number of modes</source>
        <translation>模式数</translation>
    </message>
    <message>
        <source>the radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <source>the standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>the spacing</source>
        <translation>间距</translation>
    </message>
    <message>
        <source>the number of turns</source>
        <translation>圈数</translation>
    </message>
    <message>
        <source>the length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>the painted points must be a list of (x, y) pairs of numbers</source>
        <translation>绘制的点必须是由数对 (x, y) 组成的列表</translation>
    </message>
    <message>
        <source>the painted points must be (x, y) pairs, got an array of shape {shape}</source>
        <translation>绘制的点必须是 (x, y) 数对，收到的数组形状为 {shape}</translation>
    </message>
    <message>
        <source>the painted points must be finite numbers (found NaN or infinity)</source>
        <translation>绘制的点必须是有限数（发现了 NaN 或无穷大）</translation>
    </message>
    <message>
        <source>unknown target {name!r}; choose one of: {names}</source>
        <extracomment>The 2-D targets offered by name (painted and digits are built separately).</extracomment>
        <translation>未知目标 {name!r}；请从以下选择：{names}</translation>
    </message>
    <message>
        <source>wrong settings for the {name} target: {error}</source>
        <translation>{name} 目标的设置有误：{error}</translation>
    </message>
</context>
</TS>
