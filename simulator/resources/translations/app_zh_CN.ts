<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>About NN Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;NN Simulator&lt;/h2&gt;&lt;p&gt;Classic neural-network models, working live: store and recall patterns, watch energy fall, see learning happen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this program is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the simulator and of the software it runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, e.g. for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme must be light, dark or system, not {theme!r}.</source>
        <extracomment>Theme choices offered in the Settings dialog, as stored in QSettings. The run bar&apos;s speed at start comes from the last session unless a notch is chosen. High contrast for projectors: pure black on white, or pure white on black, with stronger grids. Ranges the dialog offers and :meth:`validated` enforces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default speed must be a notch from 0 to {top}, or the last used speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line width scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} must be between {low:g} and {high:g}; got {value:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <extracomment>How often the shown text is rebuilt while the pane is visible: setHtml lays the document out again, cheap at a few hertz, too dear at the display&apos;s 60. QSettings key remembering whether the pane is shown. QSettings key remembering that the pane hid the navigator (shown again with the pane hidden). Width the pane takes when it is first shown, and the least it needs, in pixels. Width below which a panel is cramped (plots and controls clipped), though it would still fit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shown model&apos;s equations with the numbers of the current step (F1 shows or hides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s equations in the notes&apos; notation; the blue lines are the live numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <extracomment>View ▸ Explain, checkable, F1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s equations with the live numbers of the current step (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation could not be written ({message}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>PNGs are drawn at twice the on-screen pixels: sharp text and lines on a projector slide. Frames are kept uncompressed until the recording ends: refuse recordings that would need more. Where the file dialogs start next time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panel as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the panel on screen as a picture, at twice its pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one plot of the panel as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the next seconds of the run as an animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plotted data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every series plotted in the panel as one table (plot, series, x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the recording or its encoding; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the recording, then its encoding, has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the recording or its encoding; nothing is saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the panel as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which plot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording is already being made: wait for it, or cancel it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recording as GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plotted data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {title} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plot “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {title} panel shows no plotted data yet: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} series ({points:,} points) of the {title} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording needs a positive length and frame rate, not {seconds} s at {fps} frames/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record to {path}: the folder {folder} does not exist or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {seconds:g} s recording at {fps} frames/s of this {width}×{height} view would need {gb:.1f} GB of memory: record fewer seconds, fewer frames per second or one plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording needs the Pillow package to write GIFs: install it with “pip install Pillow” and start the simulator again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording {seconds:g} s of {what} at {fps} frames/s; the simulation was paused, so it has been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording {seconds:g} s of {what} at {fps} frames/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no panel to export: choose a model on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {title} panel shows no plot right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plot “{name}” is no longer on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plot called “{name}” on screen; there are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode {what} as PNG: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({width}×{height} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Any previous file there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {what} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plots on screen in this panel, named by their titles</source>
        <extracomment>Recording length and frame rate offered (seconds, frames per second).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many seconds of the run to record, from the moment you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second: more is smoother, fewer makes a smaller file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the whole panel, or only one of its plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paused simulation starts running when the recording starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording shows the next seconds of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without exporting (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped early: it left the screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording {elapsed:.1f} / {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding the GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the recording to {path}: {error}. Any previous file there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} frames of {what}{early} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery of lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons, grouped by model: choose one and press Enter, or double-click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lesson shows, and what to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen lesson in its model&apos;s panel (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gallery (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model offers lessons yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shows it in its model&apos;s panel, paused: press Space to run, R to come back to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model on the left.</source>
        <extracomment>Display timer period: about 60 refreshes per second. How long closing may wait for each panel&apos;s threads. What the panels share (the Hopfield panel&apos;s patterns feed the RBM&apos;s training data). Total refresh() calls that drew something (the bench reads it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models open here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models: choose one to open its panel</source>
        <extracomment>File ▸ Open/Save scene and Gallery; Reset back to an opened scene&apos;s start; New seed. The timeline under the panels (Ctrl+Left/Right, Ctrl+Home/End, Ctrl+B). The explain pane (F1): the shown model&apos;s equations with its live numbers. Presentation mode (F5), the theme and File ▸ Settings… (after the settings: it may set the speed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models this simulator offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages, engine speed and display rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling {title} kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling the simulation kernels in the background (fast when they were compiled before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates per second the simulation engine is making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second the display is drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File ▸ Export (PNG, plot PNG, GIF recording, CSV) for whichever panel is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every simulation and close the simulator (Ctrl+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of models (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the screen, e.g. on a projector (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the simulator and of the libraries it runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the {title}…

The first start compiles the simulation kernels (progress below); later starts are quick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {title} panel could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error that stopped this panel from opening (details on the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: {rate:,.0f} updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: {fps:.0f} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the simulation kernels: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What just happened, or why an input was refused.</source>
        <extracomment>Shown in the navigator and the window title; subclasses override. Shared with the other panels once the main window calls :meth:`use_workspace`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the {what}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <extracomment>How often the panel on screen is restyled while a style is in force: items a panel creates or re-pens later (a new curve, a redrawn title) get the style within this time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fonts, thick lines, high contrast, only the main controls, full screen (F5; what it changes is set in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation mode (Esc or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, speed at start and presentation options (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment &amp;back</source>
        <extracomment>Events on a panel that mean the user acts on the present: the panel goes live first. Bytes a hidden panel&apos;s history may keep: the panel shown gets the room (see History.max_bytes). Keys that only prepare a shortcut (Ctrl before Ctrl+Left): pressing them acts on nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the moment before the one shown; pauses the run (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the moment after the one shown (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oldest moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the oldest moment kept; pauses the run (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the present again (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on from the moment shown; the later moments are forgotten (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind is off for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s state could not be kept: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {steps:,} · {position} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live · {count} kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing an earlier moment: Ctrl+B resumes from it, Space goes on from where the run stopped, Ctrl+End shows the present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat out</source>
        <extracomment>Speeds the slider offers, in updates per second (a 1-2.5-5 series); one more notch is flat out. A first run is watchable: a 32 x 32 sweep takes about two seconds (flat out is one drag away).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and make a single update (S or Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of the scene, with the seed from the seed field (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many updates per second the simulation makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation speed, from one update per second to flat out (as fast as the computer can)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed the slider is set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed Reset uses: the same seed replays the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed used by Reset: the same seed replays the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a fresh random seed into the seed field (Reset then uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed is a whole number from 0 to {max:,}; got {seed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulation at the set speed (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scene…</source>
        <extracomment>How long opening a scene or a lesson waits for its panel (warm-up, a network being built). Start of the scene opened last, per model key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved scene: the model, every parameter, the network and its state (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scene…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model shown, every parameter, the network and its state, so that opening it replays the same run (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gallery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made lessons for every model, each with an explanation (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a fresh random seed and reset with it: the same start, different randomness (Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first: a scene saves the model shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {title} panel cannot save scenes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the scene: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. A file already there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the scene to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the scene {title!r} ({name}). Press Space to run, R to come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {title} panel cannot open scenes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the lesson: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: {title}. Press Space to run, R to come back to this start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of {title!r} with the seed {seed}: the same network and state, different random choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of {title!r}: press Space to replay the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s panel did not become ready in time; nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator scenes (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the window and the plots; the data colours stay the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last speed used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run bar&apos;s speed when the simulator starts: a chosen speed wins over the one the last session ended with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window; it changes when the simulator is started next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much larger fonts are in presentation mode (1.5 reads from the back of a room at 1280×720)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much thicker plot lines are in presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide advanced controls, the model list and the menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the run controls and the main views; shortcuts keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast (black on white, or white on black with a dark theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A palette for washed-out projectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the screen; leaving presentation mode restores the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the settings could not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the settings, keep them and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the settings now and keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when the simulator is started next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid world</source>
        <extracomment>Row and column steps of the actions up, right, down, left. What a cell shows: Q(s,a) as four triangles, V(s) as one colour, or how often it was visited. Cells at least this many pixels wide show Q values, V or visit counts as numbers when asked. Cells at least this wide write per-cell rewards that differ from the usual step reward. Pixels the cell decorations&apos; layer reaches beyond the grid (antialiased edges).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slippery moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored patterns: click one to make it the current state; Ctrl+click to select several.</source>
        <extracomment>Thumbnails of grids with at most this many cells a side outline each cell.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern {number}: {name} — click to load it as the current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of temperature schedule T(t), t counted in sweeps (N unit updates).</source>
        <extracomment>(label, key, tooltip) of the schedule kinds, in the combo&apos;s order. Points are picked within this many pixels of the cursor. The lowest temperature a dragged point may take (T must stay positive). x span shown for a schedule that never ends (constant), before the run goes past it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T₀: the starting temperature (the constant T for a constant schedule). Higher T: more random flips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T₁: the final temperature of the linear schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α: the factor T is multiplied by after each sweep (closer to 1 cools more slowly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T_min: the geometric schedule never goes below this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sweeps (N unit updates each) the schedule lasts; after that T stays at its last value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the custom curve again from the schedule chosen before (five points on its curve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature schedule T(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweeps t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule T(t) (blue) and where the run is now (red dot). In Custom mode: drag a point, double-click to add one, right-click a point to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new point must come after the first one (t &gt; 0); double-click further right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first point (t = 0) starts the curve and cannot be removed; drag it up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last moments of the run are kept: drag the slider, or press Ctrl+Left and Ctrl+Right, to show them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier moments of the run, oldest on the left: dragging pauses the run and shows the moment chosen (Ctrl+Left / Ctrl+Right one moment, Ctrl+Home the oldest, Ctrl+End live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step shown, and which of the kept moments it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on from the moment shown: the engine is put back to it and the later moments are forgotten (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the present again; Space also goes on from where the run stopped (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopfield network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store patterns, corrupt one, and watch the network recall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boltzmann machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic units, annealing, equilibrium and learning with hidden units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted Boltzmann machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn handwritten digits, dream, complete occluded images, recommend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q-learning grid world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a grid world with the mouse and watch an agent learn it: Q-learning, SARSA, TD(0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generative adversarial network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generator and a discriminator playing live: mode collapse, its remedies, digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model called {key!r}. Known models: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
