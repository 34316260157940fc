<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>About NN Simulator</source>
        <translation>关于神经网络模拟器</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NN Simulator&lt;/h2&gt;&lt;p&gt;Classic neural-network models, working live: store and recall patterns, watch energy fall, see learning happen.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;神经网络模拟器&lt;/h2&gt;&lt;p&gt;经典神经网络模型的实时演示：存储并回忆模式，观察能量下降，看学习如何发生。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What this program is</source>
        <translation>本程序是什么</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Versions of the simulator and of the software it runs on</source>
        <translation>模拟器及其所依赖软件的版本</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, e.g. for a bug report</source>
        <translation>把版本信息复制到剪贴板，例如用于报告问题</translation>
    </message>
    <message>
        <source>The theme must be light, dark or system, not {theme!r}.</source>
        <extracomment>Theme choices offered in the Settings dialog, as stored in QSettings. The run bar&apos;s speed at start comes from the last session unless a notch is chosen. High contrast for projectors: pure black on white, or pure white on black, with stronger grids. Ranges the dialog offers and :meth:`validated` enforces.</extracomment>
        <translation>主题必须是 light、dark 或 system，而不是 {theme!r}。</translation>
    </message>
    <message>
        <source>The default speed must be a notch from 0 to {top}, or the last used speed.</source>
        <translation>启动速度必须是 0 到 {top} 之间的一档，或上次使用的速度。</translation>
    </message>
    <message>
        <source>font scale</source>
        <translation>字体缩放</translation>
    </message>
    <message>
        <source>line width scale</source>
        <translation>线宽缩放</translation>
    </message>
    <message>
        <source>The {name} must be between {low:g} and {high:g}; got {value:g}.</source>
        <translation>{name}必须在 {low:g} 到 {high:g} 之间；实际为 {value:g}。</translation>
    </message>
    <message>
        <source>The shown model&apos;s equations appear here, with the numbers of the current step, once its panel is open.</source>
        <extracomment>How often the shown text is rebuilt while the pane is visible: setHtml lays the document out again, cheap at a few hertz, too dear at the display&apos;s 60. QSettings key remembering whether the pane is shown. QSettings key remembering that the pane hid the navigator (shown again with the pane hidden). Width the pane takes when it is first shown, and the least it needs, in pixels. Width below which a panel is cramped (plots and controls clipped), though it would still fit.</extracomment>
        <translation>打开模型面板后，这里会显示该模型的公式及当前步的数值。</translation>
    </message>
    <message>
        <source>This panel has no explanation.</source>
        <translation>此面板没有讲解。</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>The shown model&apos;s equations with the numbers of the current step (F1 shows or hides)</source>
        <translation>当前模型的公式及当前步的数值（F1 显示或隐藏）</translation>
    </message>
    <message>
        <source>The model&apos;s equations in the notes&apos; notation; the blue lines are the live numbers</source>
        <translation>用讲义记号写出的模型公式；蓝色行是实时数值</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <extracomment>View ▸ Explain, checkable, F1.</extracomment>
        <translation>讲解(&amp;E)</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s equations with the live numbers of the current step (F1)</source>
        <translation>显示或隐藏模型公式及当前步的实时数值（F1）</translation>
    </message>
    <message>
        <source>The explanation could not be written ({message}).</source>
        <translation>无法生成讲解（{message}）。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>PNGs are drawn at twice the on-screen pixels: sharp text and lines on a projector slide. Frames are kept uncompressed until the recording ends: refuse recordings that would need more. Where the file dialogs start next time.</extracomment>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Panel as PNG…</source>
        <translation>面板导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the panel on screen as a picture, at twice its pixels</source>
        <translation>把屏幕上的面板保存为图片，像素为屏幕上的两倍</translation>
    </message>
    <message>
        <source>P&amp;lot as PNG…</source>
        <translation>图导出为 PNG(&amp;L)…</translation>
    </message>
    <message>
        <source>Save one plot of the panel as a picture</source>
        <translation>把面板中的一个图保存为图片</translation>
    </message>
    <message>
        <source>&amp;Recording…</source>
        <translation>录制(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the next seconds of the run as an animated GIF</source>
        <translation>把接下来几秒的运行录制为 GIF 动画</translation>
    </message>
    <message>
        <source>Plotted data as &amp;CSV…</source>
        <translation>图中数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save every series plotted in the panel as one table (plot, series, x, y)</source>
        <translation>把面板中绘制的所有数据序列保存为一张表（图、序列、x、y）</translation>
    </message>
    <message>
        <source>Cancel recording</source>
        <translation>取消录制</translation>
    </message>
    <message>
        <source>Stop the recording or its encoding; nothing is saved</source>
        <translation>停止录制或编码；不保存任何内容</translation>
    </message>
    <message>
        <source>The recording in progress</source>
        <translation>正在进行的录制</translation>
    </message>
    <message>
        <source>How far the recording, then its encoding, has got</source>
        <translation>录制及随后编码的进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the recording or its encoding; nothing is saved (Esc)</source>
        <translation>停止录制或编码；不保存任何内容（Esc）</translation>
    </message>
    <message>
        <source>Save the panel as PNG</source>
        <translation>将面板保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Which plot?</source>
        <translation>哪一个图？</translation>
    </message>
    <message>
        <source>Save the plot as PNG</source>
        <translation>将图保存为 PNG</translation>
    </message>
    <message>
        <source>A recording is already being made: wait for it, or cancel it (Esc).</source>
        <translation>已有一个录制正在进行：请等待它完成，或取消它（Esc）。</translation>
    </message>
    <message>
        <source>Save the recording as GIF</source>
        <translation>将录制保存为 GIF</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>Save the plotted data as CSV</source>
        <translation>将图中数据保存为 CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>the {title} panel</source>
        <translation>{title}面板</translation>
    </message>
    <message>
        <source>the plot “{name}”</source>
        <translation>图“{name}”</translation>
    </message>
    <message>
        <source>The {title} panel shows no plotted data yet: nothing was saved.</source>
        <translation>{title}面板还没有绘制任何数据：未保存任何内容。</translation>
    </message>
    <message>
        <source>{count} series ({points:,} points) of the {title} panel</source>
        <translation>{title}面板的 {count} 个序列（{points:,} 个点）</translation>
    </message>
    <message>
        <source>A recording needs a positive length and frame rate, not {seconds} s at {fps} frames/s.</source>
        <translation>录制需要正的时长和帧率，而不是 {seconds} 秒、{fps} 帧/秒。</translation>
    </message>
    <message>
        <source>Could not record to {path}: the folder {folder} does not exist or cannot be written.</source>
        <translation>无法录制到 {path}：文件夹 {folder} 不存在或不可写。</translation>
    </message>
    <message>
        <source>A {seconds:g} s recording at {fps} frames/s of this {width}×{height} view would need {gb:.1f} GB of memory: record fewer seconds, fewer frames per second or one plot.</source>
        <translation>以 {fps} 帧/秒录制这个 {width}×{height} 视图 {seconds:g} 秒需要 {gb:.1f} GB 内存：请缩短时长、降低帧率，或只录制一个图。</translation>
    </message>
    <message>
        <source>Recording needs the Pillow package to write GIFs: install it with “pip install Pillow” and start the simulator again.</source>
        <translation>录制需要 Pillow 包来写入 GIF：请用“pip install Pillow”安装，然后重新启动模拟器。</translation>
    </message>
    <message>
        <source>Recording {seconds:g} s of {what} at {fps} frames/s; the simulation was paused, so it has been started.</source>
        <translation>正在以 {fps} 帧/秒录制{what} {seconds:g} 秒；模拟原先处于暂停状态，现已开始运行。</translation>
    </message>
    <message>
        <source>Recording {seconds:g} s of {what} at {fps} frames/s.</source>
        <translation>正在以 {fps} 帧/秒录制{what} {seconds:g} 秒。</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was saved.</source>
        <translation>录制已取消：未保存任何内容。</translation>
    </message>
    <message>
        <source>There is no panel to export: choose a model on the left first.</source>
        <translation>没有可导出的面板：请先在左侧选择一个模型。</translation>
    </message>
    <message>
        <source>The {title} panel shows no plot right now.</source>
        <translation>{title}面板当前没有显示任何图。</translation>
    </message>
    <message>
        <source>The plot “{name}” is no longer on screen.</source>
        <translation>图“{name}”已不在屏幕上。</translation>
    </message>
    <message>
        <source>There is no plot called “{name}” on screen; there are: {names}.</source>
        <translation>屏幕上没有名为“{name}”的图；现有的图：{names}。</translation>
    </message>
    <message>
        <source>Could not encode {what} as PNG: nothing was saved.</source>
        <translation>无法将{what}编码为 PNG：未保存任何内容。</translation>
    </message>
    <message>
        <source>{what} ({width}×{height} pixels)</source>
        <translation>{what}（{width}×{height} 像素）</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Any previous file there is unchanged.</source>
        <translation>无法保存 {path}：{reason}。原有文件保持不变。</translation>
    </message>
    <message>
        <source>Saved {what} to {path}.</source>
        <translation>已将{what}保存到 {path}。</translation>
    </message>
    <message>
        <source>The plots on screen in this panel, named by their titles</source>
        <extracomment>Recording length and frame rate offered (seconds, frames per second).</extracomment>
        <translation>此面板在屏幕上的图，以标题命名</translation>
    </message>
    <message>
        <source>Plot:</source>
        <translation>图：</translation>
    </message>
    <message>
        <source>Record an animated GIF</source>
        <translation>录制 GIF 动画</translation>
    </message>
    <message>
        <source>How many seconds of the run to record, from the moment you press OK</source>
        <translation>从按下“确定”起录制多少秒的运行过程</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source>Frames per second: more is smoother, fewer makes a smaller file</source>
        <translation>每秒帧数：越多越流畅，越少文件越小</translation>
    </message>
    <message>
        <source>The whole panel</source>
        <translation>整个面板</translation>
    </message>
    <message>
        <source>Record the whole panel, or only one of its plots</source>
        <translation>录制整个面板，或只录制其中一个图</translation>
    </message>
    <message>
        <source>A paused simulation starts running when the recording starts.</source>
        <translation>录制开始时，暂停中的模拟会开始运行。</translation>
    </message>
    <message>
        <source>The recording shows the next seconds of the run</source>
        <translation>录制内容是接下来几秒的运行过程</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>帧率：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>录制：</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>继续（Enter）</translation>
    </message>
    <message>
        <source>Close without exporting (Esc)</source>
        <translation>关闭，不导出（Esc）</translation>
    </message>
    <message>
        <source> (stopped early: it left the screen)</source>
        <translation>（提前停止：它已离开屏幕）</translation>
    </message>
    <message>
        <source>● Recording {elapsed:.1f} / {seconds:g} s</source>
        <translation>● 录制中 {elapsed:.1f} / {seconds:g} 秒</translation>
    </message>
    <message>
        <source>Encoding the GIF</source>
        <translation>正在编码 GIF</translation>
    </message>
    <message>
        <source>Could not save the recording to {path}: {error}. Any previous file there is unchanged.</source>
        <translation>无法将录制保存到 {path}：{error}。原有文件保持不变。</translation>
    </message>
    <message>
        <source>Saved {count} frames of {what}{early} to {path}.</source>
        <translation>已将{what}的 {count} 帧{early}保存到 {path}。</translation>
    </message>
    <message>
        <source>Gallery of lessons</source>
        <translation>课例库</translation>
    </message>
    <message>
        <source>The lessons, grouped by model: choose one and press Enter, or double-click it</source>
        <translation>按模型分组的课例：选中一个后按 Enter，或双击它</translation>
    </message>
    <message>
        <source>What the lesson shows, and what to watch</source>
        <translation>本课例展示什么，以及要观察什么</translation>
    </message>
    <message>
        <source>Open the chosen lesson in its model&apos;s panel (Enter)</source>
        <translation>在对应模型的面板中打开所选课例（Enter）</translation>
    </message>
    <message>
        <source>Close the gallery (Esc)</source>
        <translation>关闭课例库（Esc）</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>请在左侧选择一个课例。</translation>
    </message>
    <message>
        <source>No model offers lessons yet.</source>
        <translation>还没有模型提供课例。</translation>
    </message>
    <message>
        <source>Open shows it in its model&apos;s panel, paused: press Space to run, R to come back to the start.</source>
        <translation>“打开”会在对应模型的面板中显示它（暂停状态）：按 Space 运行，按 R 回到起点。</translation>
    </message>
    <message>
        <source>NN Simulator</source>
        <translation>神经网络模拟器</translation>
    </message>
    <message>
        <source>Choose a model on the left.</source>
        <extracomment>Display timer period: about 60 refreshes per second. How long closing may wait for each panel&apos;s threads. What the panels share (the Hopfield panel&apos;s patterns feed the RBM&apos;s training data). Total refresh() calls that drew something (the bench reads it).</extracomment>
        <translation>请在左侧选择一个模型。</translation>
    </message>
    <message>
        <source>Models open here</source>
        <translation>模型在这里打开</translation>
    </message>
    <message>
        <source>The models: choose one to open its panel</source>
        <extracomment>File ▸ Open/Save scene and Gallery; Reset back to an opened scene&apos;s start; New seed. The timeline under the panels (Ctrl+Left/Right, Ctrl+Home/End, Ctrl+B). The explain pane (F1): the shown model&apos;s equations with its live numbers. Presentation mode (F5), the theme and File ▸ Settings… (after the settings: it may set the speed).</extracomment>
        <translation>模型列表：选择一个以打开其面板</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The models this simulator offers</source>
        <translation>本模拟器提供的模型</translation>
    </message>
    <message>
        <source>Messages, engine speed and display rate</source>
        <translation>消息、引擎速度和显示帧率</translation>
    </message>
    <message>
        <source>Compiling {title} kernels</source>
        <translation>正在编译{title}的计算内核</translation>
    </message>
    <message>
        <source>Preparing kernels</source>
        <translation>正在准备计算内核</translation>
    </message>
    <message>
        <source>Compiling the simulation kernels in the background (fast when they were compiled before)</source>
        <translation>正在后台编译模拟计算内核（之前编译过的话会很快）</translation>
    </message>
    <message>
        <source>Engine: –</source>
        <translation>引擎：–</translation>
    </message>
    <message>
        <source>Updates per second the simulation engine is making</source>
        <translation>模拟引擎每秒进行的更新次数</translation>
    </message>
    <message>
        <source>Display: –</source>
        <translation>显示：–</translation>
    </message>
    <message>
        <source>Frames per second the display is drawing</source>
        <translation>显示每秒绘制的帧数</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File ▸ Export (PNG, plot PNG, GIF recording, CSV) for whichever panel is shown.</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop every simulation and close the simulator (Ctrl+Q)</source>
        <translation>停止所有模拟并关闭模拟器（Ctrl+Q）</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>模型列表(&amp;N)</translation>
    </message>
    <message>
        <source>Show or hide the list of models (Ctrl+M)</source>
        <translation>显示或隐藏模型列表（Ctrl+M）</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the screen, e.g. on a projector (F11)</source>
        <translation>占满整个屏幕，例如用于投影仪（F11）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Version of the simulator and of the libraries it runs on</source>
        <translation>模拟器及其所依赖库的版本</translation>
    </message>
    <message>
        <source>Preparing the {title}…

The first start compiles the simulation kernels (progress below); later starts are quick.</source>
        <translation>正在准备{title}…

首次启动需要编译模拟计算内核（进度见下方）；之后启动会很快。</translation>
    </message>
    <message>
        <source>The {title} panel could not be opened: {error}</source>
        <translation>无法打开{title}面板：{error}</translation>
    </message>
    <message>
        <source>The error that stopped this panel from opening (details on the console)</source>
        <translation>导致此面板无法打开的错误（详情见控制台）</translation>
    </message>
    <message>
        <source>Engine: paused</source>
        <translation>引擎：已暂停</translation>
    </message>
    <message>
        <source>Engine: {rate:,.0f} updates/s</source>
        <translation>引擎：{rate:,.0f} 次更新/秒</translation>
    </message>
    <message>
        <source>Display: idle</source>
        <translation>显示：空闲</translation>
    </message>
    <message>
        <source>Display: {fps:.0f} fps</source>
        <translation>显示：{fps:.0f} 帧/秒</translation>
    </message>
    <message>
        <source>Could not prepare the simulation kernels: {error}</source>
        <translation>无法准备模拟计算内核：{error}</translation>
    </message>
    <message>
        <source>Kernels ready</source>
        <translation>计算内核已就绪</translation>
    </message>
    <message>
        <source>What just happened, or why an input was refused.</source>
        <extracomment>Shown in the navigator and the window title; subclasses override. Shared with the other panels once the main window calls :meth:`use_workspace`.</extracomment>
        <translation>刚刚发生了什么，或某个输入为何被拒绝。</translation>
    </message>
    <message>
        <source>Could not change the {what}: {error}</source>
        <translation>无法更改{what}：{error}</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <extracomment>How often the panel on screen is restyled while a style is in force: items a panel creates or re-pens later (a new curve, a redrawn title) get the style within this time.</extracomment>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Large fonts, thick lines, high contrast, only the main controls, full screen (F5; what it changes is set in Settings)</source>
        <translation>大字体、粗线条、高对比度、只保留主要控件、全屏（F5；具体改变哪些在“设置”中设定）</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Leave presentation mode (Esc or F5)</source>
        <translation>退出演示模式（Esc 或 F5）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Theme, speed at start and presentation options (Ctrl+,)</source>
        <translation>主题、启动速度和演示选项（Ctrl+,）</translation>
    </message>
    <message>
        <source>One moment &amp;back</source>
        <extracomment>Events on a panel that mean the user acts on the present: the panel goes live first. Bytes a hidden panel&apos;s history may keep: the panel shown gets the room (see History.max_bytes). Keys that only prepare a shortcut (Ctrl before Ctrl+Left): pressing them acts on nothing.</extracomment>
        <translation>后退一个时刻(&amp;B)</translation>
    </message>
    <message>
        <source>Show the moment before the one shown; pauses the run (Ctrl+Left)</source>
        <translation>显示当前所示时刻的前一个时刻；会暂停运行（Ctrl+Left）</translation>
    </message>
    <message>
        <source>One moment &amp;forward</source>
        <translation>前进一个时刻(&amp;F)</translation>
    </message>
    <message>
        <source>Show the moment after the one shown (Ctrl+Right)</source>
        <translation>显示当前所示时刻的后一个时刻（Ctrl+Right）</translation>
    </message>
    <message>
        <source>&amp;Oldest moment</source>
        <translation>最早的时刻(&amp;O)</translation>
    </message>
    <message>
        <source>Show the oldest moment kept; pauses the run (Ctrl+Home)</source>
        <translation>显示保留的最早时刻；会暂停运行（Ctrl+Home）</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation>回到实时(&amp;L)</translation>
    </message>
    <message>
        <source>Show the present again (Ctrl+End)</source>
        <translation>重新显示当前时刻（Ctrl+End）</translation>
    </message>
    <message>
        <source>&amp;Resume from here</source>
        <translation>从此处继续(&amp;R)</translation>
    </message>
    <message>
        <source>Go on from the moment shown; the later moments are forgotten (Ctrl+B)</source>
        <translation>从所示时刻继续运行；之后的时刻将被丢弃（Ctrl+B）</translation>
    </message>
    <message>
        <source>&amp;Rewind</source>
        <translation>回放(&amp;R)</translation>
    </message>
    <message>
        <source>Rewind is off for this run</source>
        <translation>本次运行无法回放</translation>
    </message>
    <message>
        <source>The engine&apos;s state could not be kept: {error}</source>
        <translation>无法保存引擎状态：{error}</translation>
    </message>
    <message>
        <source>step {steps:,} · {position} of {count}</source>
        <translation>第 {steps:,} 步 · {position}/{count}</translation>
    </message>
    <message>
        <source>live · {count} kept</source>
        <translation>实时 · 已保留 {count} 个</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Showing an earlier moment: Ctrl+B resumes from it, Space goes on from where the run stopped, Ctrl+End shows the present.</source>
        <translation>正在显示较早的时刻：Ctrl+B 从此处继续，Space 从运行停下的地方继续，Ctrl+End 显示当前时刻。</translation>
    </message>
    <message>
        <source>flat out</source>
        <extracomment>Speeds the slider offers, in updates per second (a 1-2.5-5 series); one more notch is flat out. A first run is watchable: a 32 x 32 sweep takes about two seconds (flat out is one drag away).</extracomment>
        <translation>全速</translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation>运行控制</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Pause and make a single update (S or Right arrow)</source>
        <translation>暂停并进行一次更新（S 或右方向键）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the start of the scene, with the seed from the seed field (R)</source>
        <translation>用种子框中的种子回到场景的起点（R）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>How many updates per second the simulation makes</source>
        <translation>模拟每秒进行多少次更新</translation>
    </message>
    <message>
        <source>Simulation speed, from one update per second to flat out (as fast as the computer can)</source>
        <translation>模拟速度，从每秒一次更新到全速（计算机能达到的最快速度）</translation>
    </message>
    <message>
        <source>The speed the slider is set to</source>
        <translation>滑块设定的速度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The random seed Reset uses: the same seed replays the same run</source>
        <translation>重置时使用的随机种子：相同的种子会重现相同的运行</translation>
    </message>
    <message>
        <source>Random seed used by Reset: the same seed replays the same run</source>
        <translation>重置所用的随机种子：相同的种子会重现相同的运行</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Draw a fresh random seed into the seed field (Reset then uses it)</source>
        <translation>在种子框中生成一个新的随机种子（随后重置会使用它）</translation>
    </message>
    <message>
        <source>A seed is a whole number from 0 to {max:,}; got {seed}.</source>
        <translation>种子是 0 到 {max:,} 之间的整数；实际为 {seed}。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation>暂停模拟（Space）</translation>
    </message>
    <message>
        <source>Run the simulation at the set speed (Space)</source>
        <translation>以设定的速度运行模拟（Space）</translation>
    </message>
    <message>
        <source>&amp;Open scene…</source>
        <extracomment>How long opening a scene or a lesson waits for its panel (warm-up, a network being built). Start of the scene opened last, per model key.</extracomment>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved scene: the model, every parameter, the network and its state (Ctrl+O)</source>
        <translation>打开保存的场景：模型、所有参数、网络及其状态（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Save scene…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the model shown, every parameter, the network and its state, so that opening it replays the same run (Ctrl+S)</source>
        <translation>保存当前模型、所有参数、网络及其状态，打开时可重现相同的运行（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Gallery…</source>
        <translation>课例库(&amp;G)…</translation>
    </message>
    <message>
        <source>Ready-made lessons for every model, each with an explanation (Ctrl+G)</source>
        <translation>每个模型的现成课例，各附讲解（Ctrl+G）</translation>
    </message>
    <message>
        <source>Draw a fresh random seed and reset with it: the same start, different randomness (Shift+R)</source>
        <translation>生成新的随机种子并用它重置：相同的起点，不同的随机性（Shift+R）</translation>
    </message>
    <message>
        <source>Open a model first: a scene saves the model shown.</source>
        <translation>请先打开一个模型：场景保存的是当前显示的模型。</translation>
    </message>
    <message>
        <source>The {title} panel cannot save scenes yet.</source>
        <translation>{title}面板暂不能保存场景。</translation>
    </message>
    <message>
        <source>Could not save the scene: {error}</source>
        <translation>无法保存场景：{error}</translation>
    </message>
    <message>
        <source>Could not save {name}: {error}</source>
        <translation>无法保存 {name}：{error}</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. A file already there is unchanged.</source>
        <translation>无法保存 {name}：{reason}。原有文件保持不变。</translation>
    </message>
    <message>
        <source>Saved the scene to {name}.</source>
        <translation>场景已保存到 {name}。</translation>
    </message>
    <message>
        <source>Opened the scene {title!r} ({name}). Press Space to run, R to come back here.</source>
        <translation>已打开场景 {title!r}（{name}）。按 Space 运行，按 R 回到这里。</translation>
    </message>
    <message>
        <source>The {title} panel cannot open scenes yet.</source>
        <translation>{title}面板暂不能打开场景。</translation>
    </message>
    <message>
        <source>Could not open the lesson: {error}</source>
        <translation>无法打开课例：{error}</translation>
    </message>
    <message>
        <source>Lesson: {title}. Press Space to run, R to come back to this start.</source>
        <translation>课例：{title}。按 Space 运行，按 R 回到这个起点。</translation>
    </message>
    <message>
        <source>Back to the start of {title!r} with the seed {seed}: the same network and state, different random choices.</source>
        <translation>已用种子 {seed} 回到 {title!r} 的起点：网络和状态相同，随机选择不同。</translation>
    </message>
    <message>
        <source>Back to the start of {title!r}: press Space to replay the same run.</source>
        <translation>已回到 {title!r} 的起点：按 Space 重现相同的运行。</translation>
    </message>
    <message>
        <source>The model&apos;s panel did not become ready in time; nothing was opened.</source>
        <translation>模型面板未能及时就绪；未打开任何内容。</translation>
    </message>
    <message>
        <source>{name} is damaged: it has no run bar settings or no panel state.</source>
        <translation>{name} 已损坏：缺少运行栏设置或面板状态。</translation>
    </message>
    <message>
        <source>{name} is damaged: its seed must be a whole number from 0 to {top:,}.</source>
        <translation>{name} 已损坏：其种子必须是 0 到 {top:,} 之间的整数。</translation>
    </message>
    <message>
        <source>Simulator scenes (*{suffix});;All files (*)</source>
        <translation>模拟器场景 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Colours of the window and the plots; the data colours stay the same</source>
        <translation>窗口和图的配色；数据颜色保持不变</translation>
    </message>
    <message>
        <source>The last speed used</source>
        <translation>上次使用的速度</translation>
    </message>
    <message>
        <source>The run bar&apos;s speed when the simulator starts: a chosen speed wins over the one the last session ended with</source>
        <translation>模拟器启动时运行栏的速度：选定的速度优先于上次结束时的速度</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>The language of the window; it changes when the simulator is started next</source>
        <translation>窗口的语言；下次启动模拟器时生效</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Speed at start</source>
        <translation>启动速度</translation>
    </message>
    <message>
        <source>How much larger fonts are in presentation mode (1.5 reads from the back of a room at 1280×720)</source>
        <translation>演示模式下字体放大的倍数（1280×720 时 1.5 倍在教室后排也能看清）</translation>
    </message>
    <message>
        <source>How much thicker plot lines are in presentation mode</source>
        <translation>演示模式下图中线条加粗的倍数</translation>
    </message>
    <message>
        <source>Hide advanced controls, the model list and the menu bar</source>
        <translation>隐藏高级控件、模型列表和菜单栏</translation>
    </message>
    <message>
        <source>Keep only the run controls and the main views; shortcuts keep working</source>
        <translation>只保留运行控制和主要视图；快捷键仍然有效</translation>
    </message>
    <message>
        <source>High contrast (black on white, or white on black with a dark theme)</source>
        <translation>高对比度（白底黑字；深色主题下为黑底白字）</translation>
    </message>
    <message>
        <source>A palette for washed-out projectors</source>
        <translation>适合发灰投影仪的配色</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Fill the screen; leaving presentation mode restores the window</source>
        <translation>占满屏幕；退出演示模式时恢复窗口</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>演示模式（F5）</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>线宽</translation>
    </message>
    <message>
        <source>Why the settings could not be applied</source>
        <translation>设置无法应用的原因</translation>
    </message>
    <message>
        <source>Apply the settings, keep them and close</source>
        <translation>应用并保存设置，然后关闭</translation>
    </message>
    <message>
        <source>Apply the settings now and keep them</source>
        <translation>立即应用并保存设置</translation>
    </message>
    <message>
        <source>Close without applying</source>
        <translation>关闭，不应用</translation>
    </message>
    <message>
        <source>The language changes when the simulator is started next.</source>
        <translation>语言将在下次启动模拟器时更改。</translation>
    </message>
    <message>
        <source>Grid world</source>
        <extracomment>Row and column steps of the actions up, right, down, left. What a cell shows: Q(s,a) as four triangles, V(s) as one colour, or how often it was visited. Cells at least this many pixels wide show Q values, V or visit counts as numbers when asked. Cells at least this wide write per-cell rewards that differ from the usual step reward. Pixels the cell decorations&apos; layer reaches beyond the grid (antialiased edges).</extracomment>
        <translation>网格世界</translation>
    </message>
    <message>
        <source>visits (log scale)</source>
        <translation>访问次数（对数刻度）</translation>
    </message>
    <message>
        <source>slippery moves</source>
        <translation>湿滑移动</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The stored patterns: click one to make it the current state; Ctrl+click to select several.</source>
        <extracomment>Thumbnails of grids with at most this many cells a side outline each cell.</extracomment>
        <translation>存储的模式：单击一个将其设为当前状态；Ctrl+单击可选择多个。</translation>
    </message>
    <message>
        <source>Pattern {number}: {name} — click to load it as the current state</source>
        <translation>模式 {number}：{name} —— 单击将其载入为当前状态</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>T stays the same: the network samples its equilibrium distribution at that T.</source>
        <translation>T 保持不变：网络在该 T 下对其平衡分布进行采样。</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>T falls in a straight line from T₀ to T₁ over the given number of sweeps.</source>
        <translation>在给定遍数内，T 从 T₀ 沿直线降到 T₁。</translation>
    </message>
    <message>
        <source>Geometric</source>
        <translation>几何</translation>
    </message>
    <message>
        <source>T is multiplied by α after every sweep (T₀ α^t), never below T_min: the usual practical annealing schedule.</source>
        <translation>每遍之后 T 乘以 α（T₀ α^t），不低于 T_min：实践中常用的退火降温计划。</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>T = c / ln(2 + t) with c = T₀ ln 2: the slow cooling of the convergence theorem (Geman &amp; Geman, 1984); it needs very many sweeps.</source>
        <translation>T = c / ln(2 + t)，其中 c = T₀ ln 2：收敛定理中的缓慢降温（Geman &amp; Geman, 1984）；需要非常多遍。</translation>
    </message>
    <message>
        <source>Quench (T → 0)</source>
        <translation>淬火（T → 0）</translation>
    </message>
    <message>
        <source>T = 0: every unit takes the value that lowers the energy (the deterministic Hopfield rule) until nothing changes: the network stops in the nearest minimum.</source>
        <translation>T = 0：每个单元都取使能量降低的值（确定性的 Hopfield 规则），直到不再变化：网络停在最近的极小值。</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>A piecewise-linear curve: drag its points on the plot, double-click to add one, right-click a point to remove it.</source>
        <translation>分段线性曲线：在图上拖动其点，双击添加一个点，右键单击一个点将其删除。</translation>
    </message>
    <message>
        <source>The kind of temperature schedule T(t), t counted in sweeps (N unit updates).</source>
        <extracomment>(label, key, tooltip) of the schedule kinds, in the combo&apos;s order. Points are picked within this many pixels of the cursor. The lowest temperature a dragged point may take (T must stay positive). x span shown for a schedule that never ends (constant), before the run goes past it.</extracomment>
        <translation>降温计划 T(t) 的类型，t 以遍计（每遍 N 次单元更新）。</translation>
    </message>
    <message>
        <source>T₀: the starting temperature (the constant T for a constant schedule). Higher T: more random flips.</source>
        <translation>T₀：起始温度（恒定计划中即恒定的 T）。T 越高，随机翻转越多。</translation>
    </message>
    <message>
        <source>T₁: the final temperature of the linear schedule.</source>
        <translation>T₁：线性计划的最终温度。</translation>
    </message>
    <message>
        <source>α: the factor T is multiplied by after each sweep (closer to 1 cools more slowly).</source>
        <translation>α：每遍之后 T 所乘的因子（越接近 1 降温越慢）。</translation>
    </message>
    <message>
        <source>T_min: the geometric schedule never goes below this.</source>
        <translation>T_min：几何计划的温度不会低于此值。</translation>
    </message>
    <message>
        <source>How many sweeps (N unit updates each) the schedule lasts; after that T stays at its last value.</source>
        <translation>降温计划持续的遍数（每遍 N 次单元更新）；之后 T 保持最后的值。</translation>
    </message>
    <message>
        <source>Reset points</source>
        <translation>重置点</translation>
    </message>
    <message>
        <source>Start the custom curve again from the schedule chosen before (five points on its curve).</source>
        <translation>从之前选择的降温计划重新开始自定义曲线（取其曲线上的五个点）。</translation>
    </message>
    <message>
        <source>sweeps</source>
        <translation>遍数</translation>
    </message>
    <message>
        <source>Temperature schedule T(t)</source>
        <translation>降温计划 T(t)</translation>
    </message>
    <message>
        <source>sweeps t</source>
        <translation>遍数 t</translation>
    </message>
    <message>
        <source>The schedule T(t) (blue) and where the run is now (red dot). In Custom mode: drag a point, double-click to add one, right-click a point to remove it.</source>
        <translation>降温计划 T(t)（蓝色）及运行当前所在位置（红点）。自定义模式下：拖动点，双击添加一个点，右键单击一个点将其删除。</translation>
    </message>
    <message>
        <source>A new point must come after the first one (t &gt; 0); double-click further right.</source>
        <translation>新点必须位于第一个点之后（t &gt; 0）；请在更右边双击。</translation>
    </message>
    <message>
        <source>The first point (t = 0) starts the curve and cannot be removed; drag it up or down.</source>
        <translation>第一个点（t = 0）是曲线的起点，不能删除；可以上下拖动它。</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>The last moments of the run are kept: drag the slider, or press Ctrl+Left and Ctrl+Right, to show them again</source>
        <translation>运行的最近时刻会被保留：拖动滑块，或按 Ctrl+Left 和 Ctrl+Right，可以重新查看它们</translation>
    </message>
    <message>
        <source>Earlier moments of the run, oldest on the left: dragging pauses the run and shows the moment chosen (Ctrl+Left / Ctrl+Right one moment, Ctrl+Home the oldest, Ctrl+End live)</source>
        <translation>运行的较早时刻，最早的在左边：拖动会暂停运行并显示所选时刻（Ctrl+Left / Ctrl+Right 移动一个时刻，Ctrl+Home 最早，Ctrl+End 实时）</translation>
    </message>
    <message>
        <source>The step shown, and which of the kept moments it is</source>
        <translation>所示的步数，以及它是保留的第几个时刻</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>从此处继续</translation>
    </message>
    <message>
        <source>Go on from the moment shown: the engine is put back to it and the later moments are forgotten (Ctrl+B)</source>
        <translation>从所示时刻继续：引擎回到该时刻，之后的时刻将被丢弃（Ctrl+B）</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>回到实时</translation>
    </message>
    <message>
        <source>Show the present again; Space also goes on from where the run stopped (Ctrl+End)</source>
        <translation>重新显示当前时刻；Space 也会从运行停下的地方继续（Ctrl+End）</translation>
    </message>
    <message>
        <source>Rewound</source>
        <translation>回放中</translation>
    </message>
    <message>
        <source>Hopfield network</source>
        <translation>Hopfield 网络</translation>
    </message>
    <message>
        <source>Store patterns, corrupt one, and watch the network recall it.</source>
        <translation>存储模式，损坏其中一个，观察网络如何回忆它。</translation>
    </message>
    <message>
        <source>Boltzmann machine</source>
        <translation>玻尔兹曼机</translation>
    </message>
    <message>
        <source>Stochastic units, annealing, equilibrium and learning with hidden units.</source>
        <translation>随机单元、退火、平衡，以及带隐单元的学习。</translation>
    </message>
    <message>
        <source>Restricted Boltzmann machine</source>
        <translation>受限玻尔兹曼机（RBM）</translation>
    </message>
    <message>
        <source>Learn handwritten digits, dream, complete occluded images, recommend.</source>
        <translation>学习手写数字、做梦（自由采样）、补全被遮挡的图像、做推荐。</translation>
    </message>
    <message>
        <source>Q-learning grid world</source>
        <translation>Q 学习网格世界</translation>
    </message>
    <message>
        <source>Edit a grid world with the mouse and watch an agent learn it: Q-learning, SARSA, TD(0).</source>
        <translation>用鼠标编辑网格世界，观察智能体如何学会它：Q 学习、SARSA、TD(0)。</translation>
    </message>
    <message>
        <source>Generative adversarial network</source>
        <translation>生成对抗网络（GAN）</translation>
    </message>
    <message>
        <source>A generator and a discriminator playing live: mode collapse, its remedies, digits.</source>
        <translation>生成器与判别器的实时博弈：模式崩溃、其补救方法、手写数字。</translation>
    </message>
    <message>
        <source>There is no model called {key!r}. Known models: {known}.</source>
        <translation>没有名为 {key!r} 的模型。已知的模型：{known}。</translation>
    </message>
    <message>
        <source>The font has no visible glyph for {char!r}.</source>
        <extracomment>Side of the offscreen picture a glyph is drawn into before being averaged down. Largest picture imported (4096 x 4096): grids are at most 128 cells a side, and a tiny compressed PNG of 7000 x 7000 pixels takes seconds and a gigabyte to decode.</extracomment>
        <translation>该字体没有 {char!r} 的可见字形。</translation>
    </message>
    <message>
        <source>{name!r} is a folder, not a picture (looked at {path}).</source>
        <translation>{name!r} 是文件夹，不是图片（查看的位置：{path}）。</translation>
    </message>
    <message>
        <source>There is no file {name!r} (looked for {path}).</source>
        <translation>没有文件 {name!r}（查找的位置：{path}）。</translation>
    </message>
    <message>
        <source>{name!r} is too large ({width} x {height} pixels); pictures of up to {most:,} pixels are imported.</source>
        <translation>{name!r} 太大（{width} x {height} 像素）；只能导入不超过 {most:,} 像素的图片。</translation>
    </message>
    <message>
        <source>Could not read {name!r} as an image: the file is damaged or not a PNG.</source>
        <translation>无法将 {name!r} 读取为图片：文件已损坏或不是 PNG。</translation>
    </message>
    <message>
        <source>What to watch.</source>
        <extracomment>The explain document&apos;s style sheet; the classes below are what panels&apos; ``explain_html`` may use. Sizes are in points and large enough to read on a projector from the back of a room.</extracomment>
        <translation>看点：</translation>
    </message>
</context>
</TS>
