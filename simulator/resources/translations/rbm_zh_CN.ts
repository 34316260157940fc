<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Where the shown scene is now.</source>
        <translation>当前所示场景进行到哪里。</translation>
    </message>
    <message>
        <source>Top: each hidden unit&apos;s weights as an 8x8 image (orange positive, blue negative). Bottom: a batch of training inputs (upper row) and their reconstructions v → h → v (lower row).</source>
        <translation>上：每个隐单元的权重，显示为 8x8 图像（橙色为正，蓝色为负）。下：一批训练输入（上行）及其重构 v → h → v（下行）。</translation>
    </message>
    <message>
        <source>Filters (one per hidden unit)</source>
        <translation>滤波器（每个隐单元一个）</translation>
    </message>
    <message>
        <source>Inputs (top) and reconstructions</source>
        <translation>输入（上）与重构</translation>
    </message>
    <message>
        <source>Reconstruction error</source>
        <translation>重构误差</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>Σ(v − v′)² per image</source>
        <translation>每幅图像的 Σ(v − v′)²</translation>
    </message>
    <message>
        <source>Squared difference between each training image and its one-step reconstruction v → h → v′, summed over the 64 pixels and averaged over the mini-batches (10 points per epoch). It falls fast but is not what CD optimises.</source>
        <translation>每幅训练图像与其一步重构 v → h → v′ 之差的平方，对 64 个像素求和，再对各小批取平均（每轮 10 个点）。它下降得很快，但并不是 CD 所优化的目标。</translation>
    </message>
    <message>
        <source>Log-likelihood per image</source>
        <translation>每幅图像的对数似然</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>奈特</translation>
    </message>
    <message>
        <source>PL train</source>
        <translation>PL 训练集</translation>
    </message>
    <message>
        <source>PL held</source>
        <translation>PL 留出集</translation>
    </message>
    <message>
        <source>LL train</source>
        <translation>LL 训练集</translation>
    </message>
    <message>
        <source>LL held</source>
        <translation>LL 留出集</translation>
    </message>
    <message>
        <source>Pseudo-log-likelihood (as scikit-learn&apos;s score_samples: one random pixel flipped per image) on training and held-out digits (PL); a growing gap means overfitting. With at most 20 hidden units the exact log-likelihood too, by summing over all hidden states (LL); the grey line is the uniform model, 64 · log ½.</source>
        <translation>训练集与留出集数字上的伪对数似然（PL，做法同常用的机器学习库：每幅图像随机翻转一个像素）；差距扩大意味着过拟合。隐单元不超过 20 个时，还对所有隐状态求和给出精确对数似然（LL）；灰线是均匀模型，64 · log ½。</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀模型</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Histogram of all weights w_ij: it widens as the filters form.</source>
        <translation>全部权重 w_ij 的直方图：随着滤波器成形而变宽。</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>隐单元</translation>
    </message>
    <message>
        <source>Histogram of p(h_j = 1 | v) over a batch: near 0 or 1 when the hidden units are decisive; a lump at ½ means undecided units.</source>
        <translation>一批数据上 p(h_j = 1 | v) 的直方图：隐单元果断时集中在 0 或 1 附近；在 ½ 处隆起说明单元犹豫不决。</translation>
    </message>
    <message>
        <source>What the RBM learns: the handwritten digits, a glyph set, or the patterns in the Hopfield panel&apos;s library. Press Start over to train on it.</source>
        <translation>RBM 学习的数据：手写数字、字形集，或 Hopfield 面板库中的模式。按“重新开始”在其上训练。</translation>
    </message>
    <message>
        <source>How the grey images become the RBM&apos;s binary visible units.</source>
        <translation>灰度图像如何变成 RBM 的二值可见单元。</translation>
    </message>
    <message>
        <source>Hidden units (4 to 500); with at most 20 the exact log-likelihood is shown too.</source>
        <translation>隐单元数（4 到 500）；不超过 20 个时还显示精确对数似然。</translation>
    </message>
    <message>
        <source>Gibbs steps k of CD-k in the negative phase.</source>
        <translation>CD-k 负相中的 Gibbs 步数 k。</translation>
    </message>
    <message>
        <source>Persistent CD</source>
        <translation>持续对比散度</translation>
    </message>
    <message>
        <source>Keep the negative-phase chains between mini-batches (PCD) instead of starting them at the data (CD).</source>
        <translation>在小批之间保留负相的链（PCD），而不是每次从数据出发（CD）。</translation>
    </message>
    <message>
        <source>Images per mini-batch.</source>
        <translation>每个小批的图像数。</translation>
    </message>
    <message>
        <source>Learning rate ε of each weight step.</source>
        <translation>每次权重更新的学习率 ε。</translation>
    </message>
    <message>
        <source>Momentum: the share of the previous step added to the next (0.5 is the practical guide&apos;s start value).</source>
        <translation>动量：上一步更新叠加到下一步的比例（实用指南的起始值为 0.5）。</translation>
    </message>
    <message>
        <source>L2 weight decay (the practical guide suggests 0.0001).</source>
        <translation>L2 权重衰减（实用指南建议 0.0001）。</translation>
    </message>
    <message>
        <source>Epochs to train; the run stops when they are done.</source>
        <translation>训练的轮数；完成后运行停止。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>CD steps k</source>
        <translation>CD 步数 k</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Build a fresh RBM with these settings (random small weights) and train it from the beginning; press Space to run.</source>
        <translation>用这些设置新建一个 RBM（随机的小权重），从头开始训练；按 Space 运行。</translation>
    </message>
    <message>
        <source>Δw ∝ ⟨vh⟩&lt;sub&gt;data&lt;/sub&gt; − ⟨vh⟩&lt;sub&gt;model&lt;/sub&gt;</source>
        <translation>Δw ∝ ⟨vh⟩&lt;sub&gt;数据&lt;/sub&gt; − ⟨vh⟩&lt;sub&gt;模型&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>The hidden units&apos; probabilities given an image, and the learning rule: the model term is estimated by k steps of Gibbs sampling (contrastive divergence).</source>
        <translation>给定图像时隐单元的概率，以及学习规则：模型项由 k 步 Gibbs 采样估计（对比散度）。</translation>
    </message>
    <message>
        <source>chains: </source>
        <translation>链数：</translation>
    </message>
    <message>
        <source>How many independent Gibbs chains run side by side.</source>
        <translation>并行运行多少条独立的 Gibbs 链。</translation>
    </message>
    <message>
        <source>from noise</source>
        <translation>从噪声开始</translation>
    </message>
    <message>
        <source>from an image</source>
        <translation>从一幅图像开始</translation>
    </message>
    <message>
        <source>Start every chain from random pixels, or from the training image chosen beside.</source>
        <translation>每条链从随机像素开始，或从旁边选定的训练图像开始。</translation>
    </message>
    <message>
        <source>image #</source>
        <translation>图像 #</translation>
    </message>
    <message>
        <source>Which image of the training data the chains start from.</source>
        <translation>各链从训练数据中的哪幅图像开始。</translation>
    </message>
    <message>
        <source>Restart chains</source>
        <translation>重启各链</translation>
    </message>
    <message>
        <source>Start the chains again from the chosen start, with the weights trained so far.</source>
        <translation>用目前训练得到的权重，从选定的起点重新开始各链。</translation>
    </message>
    <message>
        <source>Each tile is one chain&apos;s visible units p(v=1|h) after the last v → h → v step; S steps once, Space runs fast.</source>
        <translation>每个小块是一条链在最近一次 v → h → v 之后的可见单元 p(v=1|h)；按 S 单步，按 Space 快速运行。</translation>
    </message>
    <message>
        <source>Visible units of each chain</source>
        <translation>各链的可见单元</translation>
    </message>
    <message>
        <source>Hidden states (one row per chain)</source>
        <translation>隐状态（每条链一行）</translation>
    </message>
    <message>
        <source>Which image of the training data to complete.</source>
        <translation>补全训练数据中的哪幅图像。</translation>
    </message>
    <message>
        <source>Occlude a rectangle</source>
        <translation>遮挡一个矩形</translation>
    </message>
    <message>
        <source>Scribble</source>
        <translation>涂抹</translation>
    </message>
    <message>
        <source>Drag a rectangle to hide pixels, or scribble over pixels with the mouse; the hidden or scribbled pixels are unknown and get sampled.</source>
        <translation>拖出一个矩形来隐藏像素，或用鼠标涂抹像素；被隐藏或涂抹的像素成为未知像素，将被采样。</translation>
    </message>
    <message>
        <source>The digit (binarised). Drag to occlude a rectangle or scribble: those pixels become unknown; the rest are clamped while the RBM samples.</source>
        <translation>该数字（已二值化）。拖动以遮挡矩形或涂抹：这些像素变为未知；RBM 采样时其余像素保持固定。</translation>
    </message>
    <message>
        <source>Show whole image</source>
        <translation>显示整幅图像</translation>
    </message>
    <message>
        <source>Forget the occlusion: every pixel known again.</source>
        <translation>取消遮挡：所有像素重新变为已知。</translation>
    </message>
    <message>
        <source>Original; the input (unknown pixels in orange); the clamped fill-in; the free run from the same start, whose known pixels drift too.</source>
        <translation>原图；输入（未知像素为橙色）；固定已知像素的补全；从同一起点自由运行的结果，其已知像素也会漂移。</translation>
    </message>
    <message>
        <source>Original · input · clamped · free running</source>
        <translation>原图 · 输入 · 固定 · 自由运行</translation>
    </message>
    <message>
        <source>Error on the unknown pixels</source>
        <translation>未知像素上的误差</translation>
    </message>
    <message>
        <source>Gibbs steps</source>
        <translation>Gibbs 步数</translation>
    </message>
    <message>
        <source>mean |v − original|</source>
        <translation>平均 |v − 原图|</translation>
    </message>
    <message>
        <source>clamped</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>free running</source>
        <translation>自由运行</translation>
    </message>
    <message>
        <source>Mean absolute difference between the sampled pixel probabilities and the original on the unknown pixels: the clamped chain should settle lower than the free one.</source>
        <translation>在未知像素上，采样得到的像素概率与原图之间的平均绝对差：固定已知像素的链应稳定在比自由链更低的水平。</translation>
    </message>
    <message>
        <source>Hidden units of the recommender&apos;s RBM: about one per taste suffices (3 planted taste groups).</source>
        <translation>推荐系统中 RBM 的隐单元数：每种口味约一个就够了（预设了 3 个口味组）。</translation>
    </message>
    <message>
        <source>Epochs to train on the seen ratings; the run stops when they are done.</source>
        <translation>在可见评分上训练的轮数；完成后运行停止。</translation>
    </message>
    <message>
        <source>Build a fresh recommender with these settings and train it from the beginning; press Space to run.</source>
        <translation>用这些设置新建一个推荐系统，从头开始训练；按 Space 运行。</translation>
    </message>
    <message>
        <source>user #</source>
        <translation>用户 #</translation>
    </message>
    <message>
        <source>Whose recommendations to list (or click a row of the matrix); the user&apos;s row is outlined in black.</source>
        <translation>列出哪位用户的推荐（也可点击矩阵中的一行）；该用户所在行以黑框标出。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The chosen user&apos;s planted taste (hidden from the RBM) and ratings.</source>
        <translation>所选用户的预设口味（RBM 不知道）及其评分。</translation>
    </message>
    <message>
        <source>The user&apos;s best-scored unrated items, best first: item number, genre, the RBM&apos;s predicted like probability (score), and what a held-out rating says (✓ liked, ✗ disliked).</source>
        <translation>该用户得分最高的未评分物品，按得分从高到低：物品编号、类型、RBM 预测的喜欢概率（得分），以及留出评分的结果（✓ 喜欢，✗ 不喜欢）。</translation>
    </message>
    <message>
        <source>Each row is a user, each column an item. The RBM sees each user&apos;s seen ratings as one visible vector (unrated items filled with the item&apos;s average like rate: mean imputation) and learns the tastes in its hidden units. A user&apos;s score for an item is the reconstruction p(v&lt;sub&gt;item&lt;/sub&gt;=1 | h); the recommendations are the best-scored items the user has not rated. Held-out ratings, never trained on, measure the accuracy against recommending what is popular.</source>
        <translation>每行是一位用户，每列是一个物品。RBM 把每位用户的可见评分看作一个可见向量（未评分的物品用该物品的平均喜欢率填充：均值插补），并在隐单元中学习口味。用户对某物品的得分是重构值 p(v&lt;sub&gt;物品&lt;/sub&gt;=1 | h)；推荐的是用户尚未评分、得分最高的物品。留出评分从不参与训练，用来衡量准确率，并与按热门程度推荐作比较。</translation>
    </message>
    <message>
        <source>How the recommender works.</source>
        <translation>推荐系统的工作原理。</translation>
    </message>
    <message>
        <source>The rating matrix: users (rows, sorted by planted taste group) by items (columns, by genre). Click a row to choose that user.</source>
        <translation>评分矩阵：用户（行，按预设口味组排序）× 物品（列，按类型排序）。点击一行即可选中该用户。</translation>
    </message>
    <message>
        <source>Ratings: users × items</source>
        <translation>评分：用户 × 物品</translation>
    </message>
    <message>
        <source>users (by taste group)</source>
        <translation>用户（按口味组）</translation>
    </message>
    <message>
        <source>items (by genre)</source>
        <translation>物品（按类型）</translation>
    </message>
    <message>
        <source>The matrix&apos;s colours: seen ratings (liked, not liked) are trained on; held-out ones are hidden from training and measure the accuracy.</source>
        <translation>矩阵的颜色：可见评分（喜欢、不喜欢）用于训练；留出评分不参与训练，用来衡量准确率。</translation>
    </message>
    <message>
        <source>Accuracy on held-out ratings</source>
        <translation>留出评分上的准确率</translation>
    </message>
    <message>
        <source>share right</source>
        <translation>正确比例</translation>
    </message>
    <message>
        <source>popularity</source>
        <translation>热门度</translation>
    </message>
    <message>
        <source>Share of the held-out ratings predicted right (like when the score is above ½), after each epoch; dashed: the popularity baseline, which predicts like for an item when most of its seen ratings are likes, whoever the user.</source>
        <translation>每轮之后，留出评分中预测正确的占比（得分高于 ½ 即预测为喜欢）；虚线：热门度基线，不论用户是谁，只要某物品的可见评分多数为喜欢，就预测喜欢。</translation>
    </message>
    <message>
        <source>Top recommendations</source>
        <translation>最佳推荐</translation>
    </message>
    <message>
        <source>User #{user}: planted taste group {group} (likes genre {group} items; the RBM is not told). {seen} seen ratings, {likes} of them likes.</source>
        <translation>用户 #{user}：预设口味组 {group}（喜欢 {group} 类物品；RBM 并不知道）。{seen} 个可见评分，其中 {likes} 个为喜欢。</translation>
    </message>
    <message>
        <source>Top recommendations for user #{user}</source>
        <translation>给用户 #{user} 的最佳推荐</translation>
    </message>
    <message>
        <source>{rank}. #{item}, genre {genre}: {score:.2f}</source>
        <translation>{rank}. #{item}，类型 {genre}：{score:.2f}</translation>
    </message>
    <message>
        <source>   ✓ held out: liked</source>
        <translation>   ✓ 留出：喜欢</translation>
    </message>
    <message>
        <source>   ✗ held out: disliked</source>
        <translation>   ✗ 留出：不喜欢</translation>
    </message>
    <message>
        <source>   (no rating)</source>
        <translation>   （无评分）</translation>
    </message>
    <message>
        <source>Here {confirmed} of the {n_held} recommended items with a held-out rating were liked.</source>
        <translation>此处有留出评分的 {n_held} 个推荐物品中，{confirmed} 个被喜欢。</translation>
    </message>
    <message>
        <source>{error} Training goes on with the data it had.</source>
        <translation>{error} 训练继续使用原有的数据。</translation>
    </message>
    <message>
        <source>Unknown scene {key}.</source>
        <translation>未知的场景 {key}。</translation>
    </message>
    <message>
        <source>No trained RBM yet.</source>
        <translation>还没有训练好的 RBM。</translation>
    </message>
    <message>
        <source>Train the RBM first (the Training tab): dreaming and completion use its weights.</source>
        <extracomment>Filters shown at most (one tile each); 500 hidden units fit in a 23 x 22 mosaic.</extracomment>
        <translation>请先训练 RBM（“训练”标签页）：做梦和补全都使用它的权重。</translation>
    </message>
    <message>
        <source>No training data.</source>
        <translation>没有训练数据。</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>准备中…</translation>
    </message>
    <message>
        <source>The Hopfield panel&apos;s library is empty: draw a pattern there and press Add (or load a set), then come back and press Start over.</source>
        <translation>Hopfield 面板的模式库是空的：请在那里画一个模式并按“添加”（或载入一组模式），然后回来按“重新开始”。</translation>
    </message>
    <message>
        <source>Unknown data source {source}.</source>
        <translation>未知的数据源 {source}。</translation>
    </message>
    <message>
        <source>Could not build the scene: {error}</source>
        <translation>无法构建场景：{error}</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>没有引擎</translation>
    </message>
    <message>
        <source>Training on {data}: press Space to run, S to train on one mini-batch.</source>
        <translation>正在{data}上训练：按 Space 运行，按 S 训练一个小批。</translation>
    </message>
    <message>
        <source>Dreaming: press S for one step v → h → v of every chain, Space to run fast.</source>
        <translation>做梦：按 S 让每条链走一步 v → h → v，按 Space 快速运行。</translation>
    </message>
    <message>
        <source>Completion: press Space to sample the unknown pixels; drag on the digit to hide more.</source>
        <translation>补全：按 Space 对未知像素采样；在数字上拖动可隐藏更多像素。</translation>
    </message>
    <message>
        <source>Recommender: press Space to train on the seen ratings (S for one epoch); choose a user to see their recommendations.</source>
        <translation>推荐系统：按 Space 在可见评分上训练（按 S 训练一轮）；选择一位用户，查看为其推荐的物品。</translation>
    </message>
    <message>
        <source>{n} of 64 pixels unknown: press Space to sample them with the rest clamped.</source>
        <translation>64 个像素中有 {n} 个未知：按 Space 在固定其余像素的情况下对它们采样。</translation>
    </message>
    <message>
        <source>Back to the start: press Space to run again (the same seed replays the same run).</source>
        <translation>已回到起点：按 Space 再次运行（相同的种子会重放相同的运行）。</translation>
    </message>
    <message>
        <source>Epoch {epoch:.2f} of {epochs}  ·  {batches:,} batches</source>
        <translation>第 {epoch:.2f} / {epochs} 轮  ·  {batches:,} 批</translation>
    </message>
    <message>
        <source>  ·  reconstruction error {error:.2f}</source>
        <translation>  ·  重构误差 {error:.2f}</translation>
    </message>
    <message>
        <source>  ·  pseudo-LL {ll:.1f} nats</source>
        <translation>  ·  伪对数似然 {ll:.1f} 奈特</translation>
    </message>
    <message>
        <source>{steps} Gibbs steps v → h → v   ·   {chains} chains</source>
        <translation>{steps} 步 Gibbs 采样 v → h → v   ·   {chains} 条链</translation>
    </message>
    <message>
        <source>{steps} Gibbs steps   ·   {unknown} unknown pixels   ·   error clamped {clamped:.3f}, free {free:.3f}</source>
        <translation>{steps} 步 Gibbs 采样   ·   {unknown} 个未知像素   ·   误差：固定 {clamped:.3f}，自由 {free:.3f}</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}  ·  held-out accuracy {accuracy:.0%} (popularity {popularity:.0%})  ·  {users} users × {items} items, {groups} taste groups</source>
        <translation>第 {epoch} / {epochs} 轮  ·  留出准确率 {accuracy:.0%}（热门度 {popularity:.0%}）  ·  {users} 位用户 × {items} 个物品，{groups} 个口味组</translation>
    </message>
    <message>
        <source>Nothing is learned here: the chains sample v → h → v from the trained machine. A well trained machine dreams digit-like images and moves between them; the free energy F(v) is low on images the machine finds likely.</source>
        <translation>这里不学习任何东西：各链从训练好的机器中按 v → h → v 采样。训练良好的机器会梦到像数字的图像，并在它们之间游走；对机器认为可能的图像，自由能 F(v) 较低。</translation>
    </message>
    <message>
        <source>The known pixels are clamped and only the unknown ones are sampled from p(v_i = 1 | h), so the hidden units see the known part and fill in the rest. The clamped error should fall well below the free chain&apos;s, which forgets where it started.</source>
        <translation>已知像素保持固定，只有未知像素从 p(v_i = 1 | h) 中采样，于是隐单元看到已知部分并补全其余部分。固定链的误差应明显低于自由链，后者会忘记自己从哪里出发。</translation>
    </message>
    <message>
        <source>Each user is a visible vector of liked items; hidden units learn the taste groups. A user&apos;s unseen items are scored by p(v_i = 1 | h) after one pass v → h → v; watch the held-out accuracy rise above the popularity baseline.</source>
        <translation>每位用户是一个由喜欢的物品组成的可见向量；隐单元学习口味组。经过一次 v → h → v 后，用 p(v_i = 1 | h) 给用户未见过的物品打分；观察留出准确率升到热门度基线之上。</translation>
    </message>
    <message>
        <source>The first term pulls the weights towards what the data does, the second pushes them away from what the machine produces by itself; when the two agree the update vanishes. Watch the reconstruction error fall and the filters turn from noise into strokes of the digits.</source>
        <translation>第一项把权重拉向数据的表现，第二项把权重推离机器自己产生的结果；两者一致时更新为零。观察重构误差下降，滤波器从噪声变成数字的笔画。</translation>
    </message>
    <message>
        <source>{vh}&lt;sub&gt;data&lt;/sub&gt;</source>
        <translation>{vh}&lt;sub&gt;数据&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>{vh}&lt;sub&gt;recon&lt;/sub&gt;</source>
        <translation>{vh}&lt;sub&gt;重构&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Energy and conditionals (units 0 or 1)</source>
        <translation>能量与条件概率（单元取 0 或 1）</translation>
    </message>
    <message>
        <source>Restricted Boltzmann machine</source>
        <translation>受限玻尔兹曼机（RBM）</translation>
    </message>
    <message>
        <source>the persistent chains</source>
        <translation>持续链</translation>
    </message>
    <message>
        <source>{k} Gibbs steps from the data</source>
        <translation>从数据出发的 {k} 步 Gibbs 采样</translation>
    </message>
    <message>
        <source>{k} Gibbs step from the data</source>
        <translation>从数据出发的 {k} 步 Gibbs 采样</translation>
    </message>
    <message>
        <source>Learning: contrastive divergence (persistent)</source>
        <translation>学习：对比散度（持续）</translation>
    </message>
    <message>
        <source>Learning: contrastive divergence (CD-{k})</source>
        <translation>学习：对比散度（CD-{k}）</translation>
    </message>
    <message>
        <source>{vh}&lt;sub&gt;model&lt;/sub&gt;</source>
        <translation>{vh}&lt;sub&gt;模型&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>CD estimates the model term from a short chain:</source>
        <translation>CD 用一条短链来估计模型项：</translation>
    </message>
    <message>
        <source>recon: the visible units after {after}. The app adds momentum μ and weight decay λ:</source>
        <translation>重构：经过{after}后的可见单元。本程序还加入了动量 μ 和权重衰减 λ：</translation>
    </message>
    <message>
        <source>No training yet.</source>
        <translation>尚未训练。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}, {batches:,} mini-batches of {size}</source>
        <translation>第 {epoch} / {epochs} 轮，已训练 {batches:,} 个小批，每批 {size} 个</translation>
    </message>
    <message>
        <source>reconstruction error {formula} = {error} per digit</source>
        <translation>重构误差 {formula} = 每个数字 {error}</translation>
    </message>
    <message>
        <source>No mini-batch yet: press S to train on one.</source>
        <translation>还没有训练任何小批：按 S 训练一个。</translation>
    </message>
    <message>
        <source>The reconstruction error is shown once a tenth of an epoch is done.</source>
        <translation>完成十分之一轮后显示重构误差。</translation>
    </message>
    <message>
        <source>Sizes of the two terms on the {n} digits shown (probabilities, {steps} steps v → h → v):</source>
        <translation>两项在所示 {n} 个数字上的大小（概率，{steps} 步 v → h → v）：</translation>
    </message>
    <message>
        <source>Sizes of the two terms on the {n} digits shown (probabilities, {steps} step v → h → v):</source>
        <translation>两项在所示 {n} 个数字上的大小（概率，{steps} 步 v → h → v）：</translation>
    </message>
    <message>
        <source>‖difference‖ = {size} &amp;nbsp; ⇒ &amp;nbsp; &lt;i&gt;ε&lt;/i&gt;‖difference‖ = {step}</source>
        <translation>‖差‖ = {size} &amp;nbsp; ⇒ &amp;nbsp; &lt;i&gt;ε&lt;/i&gt;‖差‖ = {step}</translation>
    </message>
    <message>
        <source>Dreaming: free Gibbs chains</source>
        <translation>做梦：自由的 Gibbs 链</translation>
    </message>
    <message>
        <source>again and again</source>
        <translation>如此反复</translation>
    </message>
    <message>
        <source>No chains yet.</source>
        <translation>还没有链。</translation>
    </message>
    <message>
        <source>{steps} steps v → h → v of {chains} chains</source>
        <translation>{chains} 条链各走了 {steps} 步 v → h → v</translation>
    </message>
    <message>
        <source>{steps} step v → h → v of {chains} chains</source>
        <translation>{chains} 条链各走了 {steps} 步 v → h → v</translation>
    </message>
    <message>
        <source>mean free energy of the chains {f} = {value}</source>
        <translation>各链的平均自由能 {f} = {value}</translation>
    </message>
    <message>
        <source>Completion: clamped Gibbs sampling</source>
        <translation>补全：固定已知像素的 Gibbs 采样</translation>
    </message>
    <message>
        <source>{vi} = the given pixel when it is known; &amp;nbsp; otherwise {vi} ~ {p}</source>
        <translation>像素已知时 {vi} = 给定像素；&amp;nbsp; 否则 {vi} ~ {p}</translation>
    </message>
    <message>
        <source>No digit yet.</source>
        <translation>还没有数字。</translation>
    </message>
    <message>
        <source>{steps} Gibbs steps, {unknown} unknown pixels</source>
        <translation>{steps} 步 Gibbs 采样，{unknown} 个未知像素</translation>
    </message>
    <message>
        <source>{steps} Gibbs step, {unknown} unknown pixels</source>
        <translation>{steps} 步 Gibbs 采样，{unknown} 个未知像素</translation>
    </message>
    <message>
        <source>error of the fill-in {fill}, of the free chain {free}</source>
        <translation>补全的误差 {fill}，自由链的误差 {free}</translation>
    </message>
    <message>
        <source>Recommending (the notes&apos; application)</source>
        <translation>推荐（讲义中的应用）</translation>
    </message>
    <message>
        <source>score of item &lt;i&gt;i&lt;/i&gt; = {p_v}, &amp;nbsp; {h} = {p_h} = the user&apos;s seen likes)</source>
        <translation>物品 &lt;i&gt;i&lt;/i&gt; 的得分 = {p_v}，&amp;nbsp; {h} = {p_h} = 该用户可见的喜欢记录)</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>还没有评分。</translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} / {epochs} 轮</translation>
    </message>
    <message>
        <source>held-out ratings predicted right (like when the score is above ½): {share} %</source>
        <translation>留出评分预测正确（得分高于 ½ 即预测为喜欢）：{share} %</translation>
    </message>
    <message>
        <source>predicting from the items&apos; popularity: {share} %</source>
        <translation>按物品热门度预测：{share} %</translation>
    </message>
    <message>
        <source>Learning filters from handwritten digits</source>
        <extracomment>The seed of both lessons: the outcomes their texts promise were checked at it (tests/gui/test_rbm_scenes.py). The completion lesson&apos;s RBM: 100 hidden units trained this many epochs in the lesson&apos;s set-up (about 0.4 s). The image completed (the first handwritten digit, a zero) and its hidden rows (the bottom half). Gibbs steps after which the completion lesson&apos;s numbers hold. Epochs after which the filters lesson&apos;s number holds.</extracomment>
        <translation>从手写数字中学习滤波器</translation>
    </message>
    <message>
        <source>A restricted Boltzmann machine with 64 hidden units starts with small random weights and learns the 8 × 8 handwritten digits by contrastive divergence (CD-1). Press Space. The large mosaic shows one filter per hidden unit: the weights from every pixel into that unit. They start as grey noise and slowly gather into blobs and strokes, the parts digits are made of (clearer after all 30 epochs). Under them, each input is shown above its reconstruction (up to the hidden units and back), and the reconstruction error, roughly the number of wrong pixels per image, falls from about 10 to under 4 after 10 epochs. Each weight moves by the difference between how often its two units are on together with a real digit clamped and with the machine&apos;s own reconstruction: learning makes the data likely and the machine&apos;s fantasies less so.</source>
        <translation>一个有 64 个隐单元的受限玻尔兹曼机（RBM）从随机的小权重出发，用对比散度（CD-1）学习 8 × 8 的手写数字。按 Space。大的拼图中每个隐单元对应一个滤波器：即从每个像素连到该单元的权重。它们起初是灰色噪声，慢慢聚成斑块和笔画，也就是组成数字的部件（训练完全部 30 轮后更清晰）。下方每个输入显示在它的重构（上到隐单元再回来）之上；重构误差大致等于每幅图像中错误像素的个数，10 轮后从约 10 降到 4 以下。每个权重的变化量，等于其两端单元在固定真实数字时同时激活的频率，与在机器自身重构时同时激活的频率之差：学习让数据变得更可能，让机器的幻想变得不那么可能。</translation>
    </message>
    <message>
        <source>Completing an occluded digit</source>
        <translation>补全被遮挡的数字</translation>
    </message>
    <message>
        <source>An RBM with 100 hidden units has just learnt the handwritten digits (20 epochs, trained when the lesson opened). It is shown a zero whose bottom half is hidden (orange). Press Space: Gibbs sampling runs with the known pixels clamped, and the hidden half is filled in from what the machine learnt about digits; beside it runs a chain that is not clamped at all. After 200 steps the clamped fill-in gets about one hidden pixel in eight wrong (mean error 0.12), the free chain about one in three (0.32): the known half tells the hidden units which digit this is, and they draw the rest. Drag over the digit to hide other pixels, or choose another image, and watch how much the machine needs to see.</source>
        <translation>一个有 100 个隐单元的 RBM 刚刚学会了手写数字（打开课例时训练了 20 轮）。给它看一个下半部分被隐藏（橙色）的 0。按 Space：Gibbs 采样在固定已知像素的情况下运行，被隐藏的一半根据机器学到的数字知识补全；旁边还有一条完全不固定的链。200 步之后，固定已知像素的补全大约每八个隐藏像素错一个（平均误差 0.12），自由链大约每三个错一个（0.32）：已知的一半告诉隐单元这是哪个数字，隐单元再画出其余部分。在数字上拖动可隐藏其他像素，或选择另一幅图像，看看机器需要看到多少才够。</translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>(key, tab label, tooltip)</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train an RBM on the 8x8 handwritten digits with contrastive divergence and watch its filters, reconstructions and likelihood.</source>
        <translation>用对比散度在 8x8 手写数字上训练 RBM，观察它的滤波器、重构和似然。</translation>
    </message>
    <message>
        <source>Dreaming</source>
        <translation>做梦</translation>
    </message>
    <message>
        <source>Gibbs chains of the trained RBM, from noise or from a digit: v → h → v.</source>
        <translation>训练好的 RBM 上的 Gibbs 链，从噪声或某个数字出发：v → h → v。</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>Occlude or scribble over a digit; the known pixels are clamped and the rest is sampled from the trained RBM.</source>
        <translation>遮挡或涂抹一个数字；已知像素保持固定，其余部分从训练好的 RBM 中采样。</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>推荐系统</translation>
    </message>
    <message>
        <source>An RBM over items learns users&apos; planted tastes from their seen ratings and recommends unrated items; held-out ratings check it.</source>
        <translation>定义在物品上的 RBM 从用户的可见评分中学习预设的口味，并推荐未评分的物品；留出评分用来检验它。</translation>
    </message>
    <message>
        <source>Threshold at ½</source>
        <translation>以 ½ 为阈值</translation>
    </message>
    <message>
        <source>A pixel is on when its grey level is at least one half.</source>
        <translation>灰度不低于一半时像素为 1。</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>A pixel is on with probability equal to its grey level, drawn once when training starts.</source>
        <translation>像素以等于其灰度的概率取 1，在训练开始时抽取一次。</translation>
    </message>
    <message>
        <source>Grey levels</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>The grey levels in [0, 1] themselves (the RBM reads them as probabilities).</source>
        <translation>直接使用 [0, 1] 中的灰度值（RBM 将其视为概率）。</translation>
    </message>
    <message>
        <source>UCI digits</source>
        <extracomment>Training data sources: (key, combo label, tooltip). Every source is drawn at the digits&apos; 8 x 8.</extracomment>
        <translation>UCI 数字</translation>
    </message>
    <message>
        <source>The 1797 UCI handwritten digits, 8x8 grey; 20 % held out to watch for overfitting.</source>
        <translation>1797 个 UCI 手写数字，8x8 灰度；留出 20 % 以观察过拟合。</translation>
    </message>
    <message>
        <source>Letters A–Z</source>
        <translation>字母 A–Z</translation>
    </message>
    <message>
        <source>The 26 capital letters in the bundled bold font, rendered at 8x8 grey; all train, none held out.</source>
        <translation>用内置粗体字体渲染的 26 个大写字母，8x8 灰度；全部用于训练，不留出。</translation>
    </message>
    <message>
        <source>Font digits 0–9</source>
        <translation>字体数字 0–9</translation>
    </message>
    <message>
        <source>The 10 digits in the bundled bold font, rendered at 8x8 grey; all train, none held out.</source>
        <translation>用内置粗体字体渲染的 10 个数字，8x8 灰度；全部用于训练，不留出。</translation>
    </message>
    <message>
        <source>Hopfield library</source>
        <translation>Hopfield 模式库</translation>
    </message>
    <message>
        <source>The patterns stored in the Hopfield panel&apos;s library (your drawings included), resampled to 8x8 when drawn on another grid; all train, none held out.</source>
        <translation>Hopfield 面板库中存储的模式（包括你画的），画在其他网格上的会重采样为 8x8；全部用于训练，不留出。</translation>
    </message>
    <message>
        <source>the letters A–Z</source>
        <translation>字母 A–Z</translation>
    </message>
    <message>
        <source>the font digits 0–9</source>
        <translation>字体数字 0–9</translation>
    </message>
    <message>
        <source>the Hopfield panel&apos;s {n} patterns</source>
        <translation>Hopfield 面板的 {n} 个模式</translation>
    </message>
    <message>
        <source>the Hopfield panel&apos;s {n} pattern</source>
        <translation>Hopfield 面板的 {n} 个模式</translation>
    </message>
    <message>
        <source>{data} ({n} images, none held out)</source>
        <translation>{data}（{n} 幅图像，不留出）</translation>
    </message>
    <message>
        <source>{data} ({n} image, none held out)</source>
        <translation>{data}（{n} 幅图像，不留出）</translation>
    </message>
    <message>
        <source>Unknown scene {key}; choose one of {keys}.</source>
        <translation>未知的场景 {key}；请从 {keys} 中选择。</translation>
    </message>
    <message>
        <source>liked</source>
        <extracomment>Rating matrix colours (Okabe-Ito, colour-blind safe): (code, label, colour).</extracomment>
        <translation>喜欢</translation>
    </message>
    <message>
        <source>not liked</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>留出</translation>
    </message>
    <message>
        <source>This scene&apos;s {what} cannot be restored: {why}.</source>
        <extracomment>Seconds to wait for an engine being built or a worker to answer.</extracomment>
        <translation>此场景的{what}无法恢复：{why}。</translation>
    </message>
    <message>
        <source>This scene is damaged: the {what} should be a group of values.</source>
        <translation>此场景已损坏：{what}应当是一组值。</translation>
    </message>
    <message>
        <source>This scene&apos;s {what} ({value}) is out of range.</source>
        <translation>此场景的{what}（{value}）超出范围。</translation>
    </message>
    <message>
        <source>This is not an RBM scene.</source>
        <translation>这不是 RBM 场景。</translation>
    </message>
    <message>
        <source>This RBM scene has version {version}; this simulator opens version {supported}.</source>
        <translation>此 RBM 场景的版本为 {version}；本模拟器只能打开版本 {supported}。</translation>
    </message>
    <message>
        <source>This scene shows a tab this version does not have ({tab}).</source>
        <translation>此场景显示的标签页在本版本中不存在（{tab}）。</translation>
    </message>
    <message>
        <source>This scene has training settings this version does not know: {names}.</source>
        <translation>此场景包含本版本不认识的训练设置：{names}。</translation>
    </message>
    <message>
        <source>This scene names a data source or binarisation this version does not have.</source>
        <translation>此场景指定的数据源或二值化方式在本版本中不存在。</translation>
    </message>
    <message>
        <source>This scene is damaged: the images&apos; names do not match the images.</source>
        <translation>此场景已损坏：图像名称与图像不匹配。</translation>
    </message>
    <message>
        <source>number of chains</source>
        <translation>链数</translation>
    </message>
    <message>
        <source>This scene&apos;s dreams start from {start}, which this version does not offer.</source>
        <translation>此场景的做梦从 {start} 开始，本版本不提供该选项。</translation>
    </message>
    <message>
        <source>dreams&apos; start image</source>
        <translation>做梦的起始图像</translation>
    </message>
    <message>
        <source>image to complete</source>
        <translation>要补全的图像</translation>
    </message>
    <message>
        <source>This scene&apos;s completion tool {tool} is not offered by this version.</source>
        <translation>本版本不提供此场景的补全工具 {tool}。</translation>
    </message>
    <message>
        <source>recommender&apos;s hidden units</source>
        <translation>推荐系统的隐单元数</translation>
    </message>
    <message>
        <source>recommender&apos;s epochs</source>
        <translation>推荐系统的轮数</translation>
    </message>
    <message>
        <source>user shown</source>
        <translation>所示用户</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>recommender</source>
        <translation>推荐系统</translation>
    </message>
    <message>
        <source>dreaming</source>
        <translation>做梦</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>This scene is damaged: its {tab} has no trained RBM.</source>
        <translation>此场景已损坏：其{tab}没有训练好的 RBM。</translation>
    </message>
    <message>
        <source>This scene is damaged: its training has no RBM.</source>
        <translation>此场景已损坏：其训练中没有 RBM。</translation>
    </message>
    <message>
        <source>This scene is damaged: its recommender has no RBM.</source>
        <translation>此场景已损坏：其推荐系统中没有 RBM。</translation>
    </message>
    <message>
        <source>Scene opened: press Space to run on from where it was saved.</source>
        <translation>场景已打开：按 Space 从保存时的状态继续运行。</translation>
    </message>
    <message>
        <source>the handwritten digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>the held-out fraction must be at least 0 and below 1, got {fraction:g}</source>
        <extracomment>Binarisation options: &quot;threshold&quot; (ink &gt;= 0.5 is 1), &quot;stochastic&quot; (each pixel 1 with probability its ink, drawn once), &quot;grey&quot; (the ink values themselves, used as probabilities).</extracomment>
        <translation>留出比例必须不小于 0 且小于 1，实际为 {fraction:g}</translation>
    </message>
    <message>
        <source>expected a stack of 2-D ink images, got an array of shape {shape}</source>
        <translation>需要一组二维墨迹图像，实际得到形状为 {shape} 的数组</translation>
    </message>
    <message>
        <source>ink values must lie in [0, 1]</source>
        <translation>墨迹值必须在 [0, 1] 之内</translation>
    </message>
    <message>
        <source>the image set is empty: there is nothing to train on</source>
        <translation>图像集为空：没有可训练的数据</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <extracomment>Largest hidden layer for the exact log-likelihood (2^20 hidden states summed). Pre-drawn uniforms per kernel call at most: bounds the memory of one chunk of batches. Practical-guide defaults (Hinton, 2010).</extracomment>
        <translation>{what}必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} must be at least {lo}, got {value}</source>
        <translation>{what}必须不小于 {lo}，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} must be between {lo} and {hi}, got {value}</source>
        <translation>{what}必须在 {lo} 到 {hi} 之间，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {value}</source>
        <translation>{what}必须是有限数，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} must be above {lo:g}, got {v:g}</source>
        <translation>{what}必须大于 {lo:g}，实际为 {v:g}</translation>
    </message>
    <message>
        <source>{what} must be at least {lo:g}, got {v:g}</source>
        <translation>{what}必须不小于 {lo:g}，实际为 {v:g}</translation>
    </message>
    <message>
        <source>{what} must be above {lo:g} and at most {hi:g}, got {v:g}</source>
        <translation>{what}必须大于 {lo:g} 且不大于 {hi:g}，实际为 {v:g}</translation>
    </message>
    <message>
        <source>{what} must be at least {lo:g} and at most {hi:g}, got {v:g}</source>
        <translation>{what}必须不小于 {lo:g} 且不大于 {hi:g}，实际为 {v:g}</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>{what} must be numbers (an array of rows of {n} values in [0, 1])</source>
        <translation>{what}必须是数值（由若干行组成的数组，每行 {n} 个 [0, 1] 中的值）</translation>
    </message>
    <message>
        <source>{what} must have {n} values per row (one per visible unit), got shape {shape}</source>
        <translation>{what}每行必须有 {n} 个值（每个可见单元一个），实际形状为 {shape}</translation>
    </message>
    <message>
        <source>{what} has no rows</source>
        <translation>{what}没有任何行</translation>
    </message>
    <message>
        <source>{what} contains NaN ({count} values, the first at row {row}, column {col})</source>
        <translation>{what}含有 NaN（共 {count} 个，第一个在第 {row} 行第 {col} 列）</translation>
    </message>
    <message>
        <source>RBM units are probabilities in [0, 1]; {what} has {value:g} at row {row}, column {col}</source>
        <translation>RBM 的单元是 [0, 1] 中的概率；{what}在第 {row} 行第 {col} 列的值为 {value:g}</translation>
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
        <source>{what} must be numbers</source>
        <translation>{what}必须是数值</translation>
    </message>
    <message>
        <source>{what} must have shape {shape}, got {got}</source>
        <translation>{what}的形状必须是 {shape}，实际为 {got}</translation>
    </message>
    <message>
        <source>{what} contain NaN or infinity</source>
        <translation>{what}含有 NaN 或无穷大</translation>
    </message>
    <message>
        <source>unknown training parameter(s) {names}; choose from {choices}</source>
        <translation>未知的训练参数 {names}；可选的有 {choices}</translation>
    </message>
    <message>
        <source>the mini-batch size</source>
        <translation>小批大小</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>k (Gibbs steps per update)</source>
        <translation>k（每次更新的 Gibbs 步数）</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>the weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>the number of mini-batches</source>
        <translation>小批数</translation>
    </message>
    <message>
        <source>no training data yet: call fit() or start_training() first</source>
        <translation>还没有训练数据：请先调用 fit() 或 start_training()</translation>
    </message>
    <message>
        <source>training diverged at epoch {epoch}, mini-batch {batch}: an update would make the weights NaN or infinite; the last good weights are kept (lower the learning rate or momentum)</source>
        <translation>训练在第 {epoch} 轮第 {batch} 个小批处发散：一次更新会使权重变为 NaN 或无穷大；已保留最后一组正常的权重（请降低学习率或动量）</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>the batch</source>
        <translation>该批数据</translation>
    </message>
    <message>
        <source>this update would make the weights NaN or infinite; they were kept (lower the learning rate)</source>
        <translation>这次更新会使权重变为 NaN 或无穷大；权重保持不变（请降低学习率）</translation>
    </message>
    <message>
        <source>the visible states</source>
        <translation>可见状态</translation>
    </message>
    <message>
        <source>the hidden states</source>
        <translation>隐状态</translation>
    </message>
    <message>
        <source>the number of Gibbs steps</source>
        <translation>Gibbs 步数</translation>
    </message>
    <message>
        <source>the image to complete</source>
        <translation>要补全的图像</translation>
    </message>
    <message>
        <source>the known mask must have shape {shape} like the image, got {got}</source>
        <translation>已知掩码的形状必须与图像相同，为 {shape}，实际为 {got}</translation>
    </message>
    <message>
        <source>the exact log-likelihood sums over 2^n_hidden hidden states, which is only done for at most {most} hidden units; this RBM has {n}</source>
        <translation>精确对数似然要对 2^n_hidden 个隐状态求和，只在隐单元不超过 {most} 个时计算；此 RBM 有 {n} 个</translation>
    </message>
    <message>
        <source>this state is for a {nv}x{nh} RBM, not {own_nv}x{own_nh}</source>
        <translation>此状态属于 {nv}x{nh} 的 RBM，而不是 {own_nv}x{own_nh}</translation>
    </message>
    <message>
        <source>the weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>the visible bias</source>
        <translation>可见偏置</translation>
    </message>
    <message>
        <source>the hidden bias</source>
        <translation>隐偏置</translation>
    </message>
    <message>
        <source>the training&apos;s random generator</source>
        <translation>训练的随机数生成器</translation>
    </message>
    <message>
        <source>the saved batch order must be whole numbers</source>
        <translation>保存的批次顺序必须是整数</translation>
    </message>
    <message>
        <source>the next mini-batch</source>
        <translation>下一个小批</translation>
    </message>
    <message>
        <source>the saved training run is incomplete or damaged ({error})</source>
        <translation>保存的训练过程不完整或已损坏（{error}）</translation>
    </message>
    <message>
        <source>the saved momentum does not fit this RBM&apos;s size</source>
        <translation>保存的动量与此 RBM 的大小不符</translation>
    </message>
    <message>
        <source>the saved momentum and chains must hold finite numbers</source>
        <translation>保存的动量和链必须是有限数</translation>
    </message>
    <message>
        <source>the saved training data must be rows of {n} numbers</source>
        <translation>保存的训练数据必须是每行 {n} 个数</translation>
    </message>
    <message>
        <source>the saved batch order does not fit the saved data</source>
        <translation>保存的批次顺序与保存的数据不符</translation>
    </message>
    <message>
        <source>the saved chains must be rows of {n} units</source>
        <translation>保存的链必须是每行 {n} 个单元</translation>
    </message>
    <message>
        <source>the saved error must be a text</source>
        <translation>保存的错误信息必须是文本</translation>
    </message>
    <message>
        <source>the number of users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>the number of items</source>
        <translation>物品数</translation>
    </message>
    <message>
        <source>the number of taste groups</source>
        <translation>口味组数</translation>
    </message>
    <message>
        <source>the like probability</source>
        <translation>喜欢概率</translation>
    </message>
    <message>
        <source>the other-genre like probability</source>
        <translation>喜欢其他类型的概率</translation>
    </message>
    <message>
        <source>the seen fraction</source>
        <translation>可见比例</translation>
    </message>
    <message>
        <source>the held-out fraction</source>
        <translation>留出比例</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>the number of recommendations</source>
        <translation>推荐数</translation>
    </message>
    <message>
        <source>the saved recommender is incomplete or damaged ({error})</source>
        <translation>保存的推荐系统不完整或已损坏（{error}）</translation>
    </message>
    <message>
        <source>the saved accuracy trace is damaged ({error})</source>
        <translation>保存的准确率曲线已损坏（{error}）</translation>
    </message>
    <message>
        <source>the length of {what}</source>
        <extracomment>Fixed histogram edges, so bars do not jump between frames. Rows used for the likelihood traces (a fixed subset: same rows, same flipped bits each epoch). Inputs shown beside their reconstructions. Reconstruction-error points per epoch. Hidden layers up to this size get the exact log-likelihood after every epoch.</extracomment>
        <translation>{what}的长度</translation>
    </message>
    <message>
        <source>the saved {what} is damaged ({error})</source>
        <translation>保存的{what}已损坏（{error}）</translation>
    </message>
    <message>
        <source>the saved {what} has {rows} rows for {count} points</source>
        <translation>保存的{what}有 {rows} 行，却对应 {count} 个点</translation>
    </message>
    <message>
        <source>the training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>the held-out data</source>
        <translation>留出数据</translation>
    </message>
    <message>
        <source>reconstruction error trace</source>
        <translation>重构误差曲线</translation>
    </message>
    <message>
        <source>likelihood trace</source>
        <translation>似然曲线</translation>
    </message>
    <message>
        <source>exact likelihood trace</source>
        <translation>精确似然曲线</translation>
    </message>
    <message>
        <source>the batches</source>
        <translation>批数</translation>
    </message>
    <message>
        <source>the saved training is incomplete or damaged ({error})</source>
        <translation>保存的训练不完整或已损坏（{error}）</translation>
    </message>
    <message>
        <source>the saved training run is on other data than this trainer&apos;s</source>
        <translation>保存的训练过程所用的数据与此训练器的不同</translation>
    </message>
    <message>
        <source>the number of chains</source>
        <translation>链数</translation>
    </message>
    <message>
        <source>the start image</source>
        <translation>起始图像</translation>
    </message>
    <message>
        <source>give one start image or {n} (one per chain), got {got}</source>
        <translation>请给出 1 幅起始图像或 {n} 幅（每条链一幅），实际为 {got}</translation>
    </message>
    <message>
        <source>the saved dreaming is incomplete or damaged ({error})</source>
        <translation>保存的做梦状态不完整或已损坏（{error}）</translation>
    </message>
    <message>
        <source>the number of steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>the known mask needs {n} values like the image, got {got}</source>
        <translation>已知掩码需要与图像一样有 {n} 个值，实际为 {got}</translation>
    </message>
    <message>
        <source>the saved completion is incomplete or damaged ({error})</source>
        <translation>保存的补全状态不完整或已损坏（{error}）</translation>
    </message>
    <message>
        <source>the saved running means must be numbers</source>
        <translation>保存的滑动平均必须是数值</translation>
    </message>
    <message>
        <source>the saved running means must be 2 x {n}</source>
        <translation>保存的滑动平均必须是 2 x {n}</translation>
    </message>
    <message>
        <source>error trace</source>
        <translation>误差曲线</translation>
    </message>
    <message>
        <source>the saved random generator</source>
        <translation>保存的随机数生成器</translation>
    </message>
    <message>
        <source>the saved chains are incomplete or damaged ({error})</source>
        <translation>保存的链不完整或已损坏（{error}）</translation>
    </message>
    <message>
        <source>the saved chains must be {rows} x {width} numbers</source>
        <translation>保存的链必须是 {rows} x {width} 个数</translation>
    </message>
</context>
</TS>
