<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Where the shown scene is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top: each hidden unit&apos;s weights as an 8x8 image (orange positive, blue negative). Bottom: a batch of training inputs (upper row) and their reconstructions v → h → v (lower row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (one per hidden unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs (top) and reconstructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruction error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ(v − v′)² per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squared difference between each training image and its one-step reconstruction v → h → v′, summed over the 64 pixels and averaged over the mini-batches (10 points per epoch). It falls fast but is not what CD optimises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-likelihood per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PL train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PL held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LL train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LL held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-log-likelihood (as scikit-learn&apos;s score_samples: one random pixel flipped per image) on training and held-out digits (PL); a growing gap means overfitting. With at most 20 hidden units the exact log-likelihood too, by summing over all hidden states (LL); the grey line is the uniform model, 64 · log ½.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of all weights w_ij: it widens as the filters form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of p(h_j = 1 | v) over a batch: near 0 or 1 when the hidden units are decisive; a lump at ½ means undecided units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the RBM learns: the handwritten digits, a glyph set, or the patterns in the Hopfield panel&apos;s library. Press Start over to train on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the grey images become the RBM&apos;s binary visible units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units (4 to 500); with at most 20 the exact log-likelihood is shown too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibbs steps k of CD-k in the negative phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the negative-phase chains between mini-batches (PCD) instead of starting them at the data (CD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per mini-batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate ε of each weight step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum: the share of the previous step added to the next (0.5 is the practical guide&apos;s start value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 weight decay (the practical guide suggests 0.0001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to train; the run stops when they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD steps k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a fresh RBM with these settings (random small weights) and train it from the beginning; press Space to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δw ∝ ⟨vh⟩&lt;sub&gt;data&lt;/sub&gt; − ⟨vh⟩&lt;sub&gt;model&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden units&apos; probabilities given an image, and the learning rule: the model term is estimated by k steps of Gibbs sampling (contrastive divergence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chains: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many independent Gibbs chains run side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every chain from random pixels, or from the training image chosen beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which image of the training data the chains start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the chains again from the chosen start, with the weights trained so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tile is one chain&apos;s visible units p(v=1|h) after the last v → h → v step; S steps once, Space runs fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible units of each chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden states (one row per chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which image of the training data to complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlude a rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle to hide pixels, or scribble over pixels with the mouse; the hidden or scribbled pixels are unknown and get sampled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit (binarised). Drag to occlude a rectangle or scribble: those pixels become unknown; the rest are clamped while the RBM samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whole image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the occlusion: every pixel known again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original; the input (unknown pixels in orange); the clamped fill-in; the free run from the same start, whose known pixels drift too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original · input · clamped · free running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error on the unknown pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibbs steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |v − original|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute difference between the sampled pixel probabilities and the original on the unknown pixels: the clamped chain should settle lower than the free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units of the recommender&apos;s RBM: about one per taste suffices (3 planted taste groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to train on the seen ratings; the run stops when they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a fresh recommender with these settings and train it from the beginning; press Space to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose recommendations to list (or click a row of the matrix); the user&apos;s row is outlined in black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen user&apos;s planted taste (hidden from the RBM) and ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s best-scored unrated items, best first: item number, genre, the RBM&apos;s predicted like probability (score), and what a held-out rating says (✓ liked, ✗ disliked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a user, each column an item. The RBM sees each user&apos;s seen ratings as one visible vector (unrated items filled with the item&apos;s average like rate: mean imputation) and learns the tastes in its hidden units. A user&apos;s score for an item is the reconstruction p(v&lt;sub&gt;item&lt;/sub&gt;=1 | h); the recommendations are the best-scored items the user has not rated. Held-out ratings, never trained on, measure the accuracy against recommending what is popular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the recommender works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating matrix: users (rows, sorted by planted taste group) by items (columns, by genre). Click a row to choose that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings: users × items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users (by taste group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items (by genre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix&apos;s colours: seen ratings (liked, not liked) are trained on; held-out ones are hidden from training and measure the accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on held-out ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the held-out ratings predicted right (like when the score is above ½), after each epoch; dashed: the popularity baseline, which predicts like for an item when most of its seen ratings are likes, whoever the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User #{user}: planted taste group {group} (likes genre {group} items; the RBM is not told). {seen} seen ratings, {likes} of them likes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top recommendations for user #{user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rank}. #{item}, genre {genre}: {score:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ✓ held out: liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ✗ held out: disliked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (no rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here {confirmed} of the {n_held} recommended items with a held-out rating were liked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Training goes on with the data it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scene {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained RBM yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the RBM first (the Training tab): dreaming and completion use its weights.</source>
        <extracomment>Filters shown at most (one tile each); 500 hidden units fit in a 23 x 22 mosaic.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hopfield panel&apos;s library is empty: draw a pattern there and press Add (or load a set), then come back and press Start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown data source {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the scene: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on {data}: press Space to run, S to train on one mini-batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreaming: press S for one step v → h → v of every chain, Space to run fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion: press Space to sample the unknown pixels; drag on the digit to hide more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommender: press Space to train on the seen ratings (S for one epoch); choose a user to see their recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of 64 pixels unknown: press Space to sample them with the rest clamped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start: press Space to run again (the same seed replays the same run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch:.2f} of {epochs}  ·  {batches:,} batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  reconstruction error {error:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  pseudo-LL {ll:.1f} nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} Gibbs steps v → h → v   ·   {chains} chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} Gibbs steps   ·   {unknown} unknown pixels   ·   error clamped {clamped:.3f}, free {free:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}  ·  held-out accuracy {accuracy:.0%} (popularity {popularity:.0%})  ·  {users} users × {items} items, {groups} taste groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is learned here: the chains sample v → h → v from the trained machine. A well trained machine dreams digit-like images and moves between them; the free energy F(v) is low on images the machine finds likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known pixels are clamped and only the unknown ones are sampled from p(v_i = 1 | h), so the hidden units see the known part and fill in the rest. The clamped error should fall well below the free chain&apos;s, which forgets where it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user is a visible vector of liked items; hidden units learn the taste groups. A user&apos;s unseen items are scored by p(v_i = 1 | h) after one pass v → h → v; watch the held-out accuracy rise above the popularity baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first term pulls the weights towards what the data does, the second pushes them away from what the machine produces by itself; when the two agree the update vanishes. Watch the reconstruction error fall and the filters turn from noise into strokes of the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vh}&lt;sub&gt;data&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vh}&lt;sub&gt;recon&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and conditionals (units 0 or 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted Boltzmann machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the persistent chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} Gibbs steps from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} Gibbs step from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning: contrastive divergence (persistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning: contrastive divergence (CD-{k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vh}&lt;sub&gt;model&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD estimates the model term from a short chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recon: the visible units after {after}. The app adds momentum μ and weight decay λ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}, {batches:,} mini-batches of {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstruction error {formula} = {error} per digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mini-batch yet: press S to train on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconstruction error is shown once a tenth of an epoch is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes of the two terms on the {n} digits shown (probabilities, {steps} steps v → h → v):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes of the two terms on the {n} digits shown (probabilities, {steps} step v → h → v):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖difference‖ = {size} &amp;nbsp; ⇒ &amp;nbsp; &lt;i&gt;ε&lt;/i&gt;‖difference‖ = {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreaming: free Gibbs chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chains yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} steps v → h → v of {chains} chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} step v → h → v of {chains} chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean free energy of the chains {f} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion: clamped Gibbs sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vi} = the given pixel when it is known; &amp;nbsp; otherwise {vi} ~ {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} Gibbs steps, {unknown} unknown pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} Gibbs step, {unknown} unknown pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error of the fill-in {fill}, of the free chain {free}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending (the notes&apos; application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score of item &lt;i&gt;i&lt;/i&gt; = {p_v}, &amp;nbsp; {h} = {p_h} = the user&apos;s seen likes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out ratings predicted right (like when the score is above ½): {share} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicting from the items&apos; popularity: {share} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning filters from handwritten digits</source>
        <extracomment>The seed of both lessons: the outcomes their texts promise were checked at it (tests/gui/test_rbm_scenes.py). The completion lesson&apos;s RBM: 100 hidden units trained this many epochs in the lesson&apos;s set-up (about 0.4 s). The image completed (the first handwritten digit, a zero) and its hidden rows (the bottom half). Gibbs steps after which the completion lesson&apos;s numbers hold. Epochs after which the filters lesson&apos;s number holds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restricted Boltzmann machine with 64 hidden units starts with small random weights and learns the 8 × 8 handwritten digits by contrastive divergence (CD-1). Press Space. The large mosaic shows one filter per hidden unit: the weights from every pixel into that unit. They start as grey noise and slowly gather into blobs and strokes, the parts digits are made of (clearer after all 30 epochs). Under them, each input is shown above its reconstruction (up to the hidden units and back), and the reconstruction error, roughly the number of wrong pixels per image, falls from about 10 to under 4 after 10 epochs. Each weight moves by the difference between how often its two units are on together with a real digit clamped and with the machine&apos;s own reconstruction: learning makes the data likely and the machine&apos;s fantasies less so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing an occluded digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RBM with 100 hidden units has just learnt the handwritten digits (20 epochs, trained when the lesson opened). It is shown a zero whose bottom half is hidden (orange). Press Space: Gibbs sampling runs with the known pixels clamped, and the hidden half is filled in from what the machine learnt about digits; beside it runs a chain that is not clamped at all. After 200 steps the clamped fill-in gets about one hidden pixel in eight wrong (mean error 0.12), the free chain about one in three (0.32): the known half tells the hidden units which digit this is, and they draw the rest. Drag over the digit to hide other pixels, or choose another image, and watch how much the machine needs to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>(key, tab label, tooltip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train an RBM on the 8x8 handwritten digits with contrastive divergence and watch its filters, reconstructions and likelihood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibbs chains of the trained RBM, from noise or from a digit: v → h → v.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlude or scribble over a digit; the known pixels are clamped and the rest is sampled from the trained RBM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RBM over items learns users&apos; planted tastes from their seen ratings and recommends unrated items; held-out ratings check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold at ½</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pixel is on when its grey level is at least one half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pixel is on with probability equal to its grey level, drawn once when training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grey levels in [0, 1] themselves (the RBM reads them as probabilities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCI digits</source>
        <extracomment>Training data sources: (key, combo label, tooltip). Every source is drawn at the digits&apos; 8 x 8.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1797 UCI handwritten digits, 8x8 grey; 20 % held out to watch for overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 26 capital letters in the bundled bold font, rendered at 8x8 grey; all train, none held out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font digits 0–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 10 digits in the bundled bold font, rendered at 8x8 grey; all train, none held out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopfield library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patterns stored in the Hopfield panel&apos;s library (your drawings included), resampled to 8x8 when drawn on another grid; all train, none held out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letters A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the font digits 0–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hopfield panel&apos;s {n} patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hopfield panel&apos;s {n} pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{data} ({n} images, none held out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{data} ({n} image, none held out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scene {key}; choose one of {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liked</source>
        <extracomment>Rating matrix colours (Okabe-Ito, colour-blind safe): (code, label, colour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene&apos;s {what} cannot be restored: {why}.</source>
        <extracomment>Seconds to wait for an engine being built or a worker to answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: the {what} should be a group of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene&apos;s {what} ({value}) is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an RBM scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RBM scene has version {version}; this simulator opens version {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene shows a tab this version does not have ({tab}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene has training settings this version does not know: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene names a data source or binarisation this version does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: the images&apos; names do not match the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene&apos;s dreams start from {start}, which this version does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dreams&apos; start image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene&apos;s completion tool {tool} is not offered by this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommender&apos;s hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommender&apos;s epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dreaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: its {tab} has no trained RBM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: its training has no RBM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: its recommender has no RBM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene opened: press Space to run on from where it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handwritten digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the held-out fraction must be at least 0 and below 1, got {fraction:g}</source>
        <extracomment>Binarisation options: &quot;threshold&quot; (ink &gt;= 0.5 is 1), &quot;stochastic&quot; (each pixel 1 with probability its ink, drawn once), &quot;grey&quot; (the ink values themselves, used as probabilities).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a stack of 2-D ink images, got an array of shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ink values must lie in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image set is empty: there is nothing to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <extracomment>Largest hidden layer for the exact log-likelihood (2^20 hidden states summed). Pre-drawn uniforms per kernel call at most: bounds the memory of one chunk of batches. Practical-guide defaults (Hinton, 2010).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be at least {lo}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be between {lo} and {hi}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be above {lo:g}, got {v:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be at least {lo:g}, got {v:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be above {lo:g} and at most {hi:g}, got {v:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be at least {lo:g} and at most {hi:g}, got {v:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be numbers (an array of rows of {n} values in [0, 1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must have {n} values per row (one per visible unit), got shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} contains NaN ({count} values, the first at row {row}, column {col})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBM units are probabilities in [0, 1]; {what} has {value:g} at row {row}, column {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of visible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must have shape {shape}, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} contain NaN or infinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown training parameter(s) {names}; choose from {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mini-batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k (Gibbs steps per update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of mini-batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no training data yet: call fit() or start_training() first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training diverged at epoch {epoch}, mini-batch {batch}: an update would make the weights NaN or infinite; the last good weights are kept (lower the learning rate or momentum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this update would make the weights NaN or infinite; they were kept (lower the learning rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visible states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hidden states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of Gibbs steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the known mask must have shape {shape} like the image, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact log-likelihood sums over 2^n_hidden hidden states, which is only done for at most {most} hidden units; this RBM has {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this state is for a {nv}x{nh} RBM, not {own_nv}x{own_nh}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visible bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hidden bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved training run is incomplete or damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved momentum does not fit this RBM&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved training data must be rows of {n} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved batch order does not fit the saved data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved chains must be rows of {n} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved error must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of taste groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the like probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other-genre like probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seen fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the held-out fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved recommender is incomplete or damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved accuracy trace is damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of {what}</source>
        <extracomment>Fixed histogram edges, so bars do not jump between frames. Rows used for the likelihood traces (a fixed subset: same rows, same flipped bits each epoch). Inputs shown beside their reconstructions. Reconstruction-error points per epoch. Hidden layers up to this size get the exact log-likelihood after every epoch.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved {what} is damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved {what} has {rows} rows for {count} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the held-out data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstruction error trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likelihood trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact likelihood trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved training is incomplete or damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved training run is on other data than this trainer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one start image or {n} (one per chain), got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved dreaming is incomplete or damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the known mask needs {n} values like the image, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved completion is incomplete or damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved running means must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved running means must be 2 x {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved random state is damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved chains are incomplete or damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved chains must be {rows} x {width} numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
