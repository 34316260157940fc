<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>position {position}</source>
        <translation>第 {position} 个位置</translation>
    </message>
    <message>
        <source>positions {positions} and {more} more</source>
        <extracomment>The value of a drawn (&quot;ink&quot;, shown dark) unit and of a background (shown light) unit. Images in this module are *lightness* arrays: 0.0 is black, 1.0 is white, like a photograph or a PNG, so dark pixels become +1 and light ones -1. Largest grid side the GUI offers. Bytes of memory one weight takes per unit pair, counting the float32 matrix an engine keeps plus the working copies a learning rule (Storkey, pseudo-inverse) needs.</extracomment>
        <translation>第 {positions} 个位置及另外 {more} 个位置</translation>
    </message>
    <message>
        <source>positions {positions} and {last}</source>
        <translation>第 {positions} 和 {last} 个位置</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what}必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} cannot be negative, got {value}</source>
        <translation>{what}不能为负数，实际为 {value}</translation>
    </message>
    <message>
        <source>a seed is a whole number 0 or larger, got {seed}</source>
        <translation>种子必须是不小于 0 的整数，实际为 {seed}</translation>
    </message>
    <message>
        <source>unknown {what} {value}; choose one of: {choices}</source>
        <translation>未知的{what} {value}；可选：{choices}</translation>
    </message>
    <message>
        <source>The series {series} of {plot} has {nx} x values but {ny} y values.</source>
        <extracomment>Columns of the series CSV, one row per plotted point. Mode given to a new file (an existing file keeps its own): the temporary file would be 0600.</extracomment>
        <translation>{plot} 中的序列 {series} 有 {nx} 个 x 值，却有 {ny} 个 y 值。</translation>
    </message>
    <message>
        <source>Nothing was recorded: there are no frames to save.</source>
        <translation>没有录制任何内容：没有可保存的帧。</translation>
    </message>
    <message>
        <source>{count} frames need {count} durations, not {got}.</source>
        <translation>{count} 帧需要 {count} 个时长，而不是 {got} 个。</translation>
    </message>
    <message>
        <source>Frame {k} is {width}×{height} pixels; the first is {first_width}×{first_height}.</source>
        <translation>第 {k} 帧为 {width}×{height} 像素；第一帧为 {first_width}×{first_height} 像素。</translation>
    </message>
    <message>
        <source>Encoding frame {k} of {count}</source>
        <translation>正在编码第 {k} 帧（共 {count} 帧）</translation>
    </message>
    <message>
        <source>Writing the GIF</source>
        <translation>正在写入 GIF</translation>
    </message>
    <message>
        <source>The history must keep at least one entry.</source>
        <extracomment>Entries kept at most. Bytes of distinct arrays kept at most (snapshots and checkpoints together), not counting the arrays the engine still holds itself (those the newest checkpoint keeps by reference). Least time between two captures while running flat out. A capture may cost at most this fraction of the worker&apos;s time: a slow one spaces the next out. While running, captures are spaced so that ``max_bytes`` holds at least this many seconds of the run: a model whose every moment is big (a GAN&apos;s weights and Adam moments) is kept less often rather than for a shorter time. Snapshot arrays this big are kept in blocks shared with the previous entry&apos;s where equal.</extracomment>
        <translation>历史记录至少要保留一条。</translation>
    </message>
    <message>
        <source>The history&apos;s byte limit must be a positive number.</source>
        <translation>历史记录的字节上限必须是正数。</translation>
    </message>
    <message>
        <source>The share of time captures may take must lie in (0, 1].</source>
        <translation>记录可占用的时间比例必须在 (0, 1] 之内。</translation>
    </message>
    <message>
        <source>A pattern must be a list of +1/-1 values ({error}).</source>
        <translation>模式必须是由 +1/-1 组成的列表（{error}）。</translation>
    </message>
    <message>
        <source>A pattern must contain numbers +1 or -1, not text or nested lists of different lengths.</source>
        <translation>模式只能包含数字 +1 或 -1，不能是文本或长度不一的嵌套列表。</translation>
    </message>
    <message>
        <source>A pattern must contain +1 and -1, not True/False.</source>
        <translation>模式必须由 +1 和 -1 组成，而不是 True/False。</translation>
    </message>
    <message>
        <source>A pattern must contain real numbers +1 or -1.</source>
        <translation>模式必须由实数 +1 或 -1 组成。</translation>
    </message>
    <message>
        <source>The pattern is empty: type values such as 1, -1, 1.</source>
        <translation>模式为空：请输入像 1, -1, 1 这样的值。</translation>
    </message>
    <message>
        <source>The pattern contains NaN (not a number) at {positions}; units are +1 or -1.</source>
        <translation>模式在{positions}含有 NaN（非数）；单元取值应为 +1 或 -1。</translation>
    </message>
    <message>
        <source> (an off unit is -1, not 0)</source>
        <translation>（关闭的单元是 -1，不是 0）</translation>
    </message>
    <message>
        <source>Units are +1 or -1{hint}: found {value} at {positions}.</source>
        <translation>单元取值应为 +1 或 -1{hint}：在{positions}发现了 {value}。</translation>
    </message>
    <message>
        <source>Units are +1 or -1{hint}: found other values at {positions}.</source>
        <translation>单元取值应为 +1 或 -1{hint}：在{positions}发现了其他值。</translation>
    </message>
    <message>
        <source>A pattern for this {rows} x {cols} grid needs {count} values, got {got}.</source>
        <translation>这个 {rows} x {cols} 网格的模式需要 {count} 个值，实际为 {got} 个。</translation>
    </message>
    <message>
        <source>A pattern for this network needs {count} values, got {got}.</source>
        <translation>这个网络的模式需要 {count} 个值，实际为 {got} 个。</translation>
    </message>
    <message>
        <source>Patterns must be given as rows of {n} values (a p x {n} table).</source>
        <translation>模式必须按行给出，每行 {n} 个值（一个 p x {n} 的表）。</translation>
    </message>
    <message>
        <source>Type the pattern as +1/-1 values separated by commas, e.g. 1, -1, 1, -1, 1, 1.</source>
        <translation>请输入以逗号分隔的 +1/-1 值，例如 1, -1, 1, -1, 1, 1。</translation>
    </message>
    <message>
        <source>Could not read {text} as a number: type +1/-1 values separated by commas, e.g. 1, -1, 1.</source>
        <translation>无法把 {text} 读作数字：请输入以逗号分隔的 +1/-1 值，例如 1, -1, 1。</translation>
    </message>
    <message>
        <source>The grid size must be two whole numbers (rows and columns).</source>
        <translation>网格大小必须是两个整数（行数和列数）。</translation>
    </message>
    <message>
        <source>Rows and columns must each be between 1 and {max}; got {rows} x {cols}.</source>
        <translation>行数和列数都必须在 1 到 {max} 之间；实际为 {rows} x {cols}。</translation>
    </message>
    <message>
        <source>A {rows} x {cols} grid has {n} units and needs about {need} of memory for its weights, but only {have} is available. Choose a smaller grid.</source>
        <translation>{rows} x {cols} 的网格有 {n} 个单元，其权重约需 {need} 内存，但只有 {have} 可用。请选择更小的网格。</translation>
    </message>
    <message>
        <source>There is no pattern {k}: the library holds {count}.</source>
        <translation>没有第 {k} 个模式：模式库中只有 {count} 个。</translation>
    </message>
    <message>
        <source>pattern {k}</source>
        <translation>模式 {k}</translation>
    </message>
    <message>
        <source>Got {got} names for {count} patterns.</source>
        <translation>{count} 个模式却有 {got} 个名称。</translation>
    </message>
    <message>
        <source>Got {got} sources for {count} patterns.</source>
        <translation>{count} 个模式却有 {got} 个来源。</translation>
    </message>
    <message>
        <source>An image must be a non-empty 2-D array; got shape {shape}.</source>
        <translation>图像必须是非空的二维数组；实际形状为 {shape}。</translation>
    </message>
    <message>
        <source>The target size must be at least 1 x 1; got {rows} x {cols}.</source>
        <translation>目标尺寸至少为 1 x 1；实际为 {rows} x {cols}。</translation>
    </message>
    <message>
        <source>upsample must be &apos;area&apos; or &apos;linear&apos;, not {value}.</source>
        <translation>upsample 必须是 &apos;area&apos; 或 &apos;linear&apos;，而不是 {value}。</translation>
    </message>
    <message>
        <source>The image contains NaN values.</source>
        <translation>图像中含有 NaN 值。</translation>
    </message>
    <message>
        <source>The share of units to flip must be between 0 % and 100 %; got {percent:g} %.</source>
        <translation>要翻转的单元比例必须在 0 % 到 100 % 之间；实际为 {percent:g} %。</translation>
    </message>
    <message>
        <source>Units are +1 or -1; cannot paint {value}.</source>
        <translation>单元取值为 +1 或 -1；不能设为 {value}。</translation>
    </message>
    <message>
        <source>Unit indices must be between 0 and {last}.</source>
        <translation>单元索引必须在 0 到 {last} 之间。</translation>
    </message>
    <message>
        <source>The handwritten-digit file has {count} columns, expected 65.</source>
        <translation>手写数字文件有 {count} 列，应为 65 列。</translation>
    </message>
    <message>
        <source>The number of patterns cannot be negative; got {count}.</source>
        <translation>模式数量不能为负数；实际为 {count}。</translation>
    </message>
    <message>
        <source>random {k}</source>
        <translation>随机 {k}</translation>
    </message>
    <message>
        <source>the random generator</source>
        <translation>随机数生成器</translation>
    </message>
    <message>
        <source>the state of {what} is not a PCG64 generator&apos;s state</source>
        <translation>{what}的状态不是 PCG64 生成器的状态</translation>
    </message>
    <message>
        <source>the state of {what} is incomplete</source>
        <translation>{what}的状态不完整</translation>
    </message>
    <message>
        <source>the state of {what} must hold whole numbers 0 or larger</source>
        <translation>{what}的状态必须由不小于 0 的整数组成</translation>
    </message>
    <message>
        <source>the state of {what} is out of range</source>
        <translation>{what}的状态超出范围</translation>
    </message>
    <message>
        <source>the state of {what} cannot be used</source>
        <translation>{what}的状态无法使用</translation>
    </message>
    <message>
        <source>{what} is not an array of numbers</source>
        <translation>{what}不是数值数组</translation>
    </message>
    <message>
        <source>{what} has shape {shape}, expected {expected}</source>
        <translation>{what}的形状为 {shape}，应为 {expected}</translation>
    </message>
    <message>
        <source>{what} must hold whole numbers</source>
        <translation>{what}必须由整数组成</translation>
    </message>
    <message>
        <source>{what} must hold whole numbers in the range of {dtype}</source>
        <translation>{what}必须由 {dtype} 范围内的整数组成</translation>
    </message>
    <message>
        <source>{what} must hold finite numbers</source>
        <translation>{what}必须由有限数值组成</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {lo}, got {value}</source>
        <translation>{what}必须是不小于 {lo} 的整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {lo} to {hi}, got {value}</source>
        <translation>{what}必须是 {lo} 到 {hi} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <source>The speed must be a positive number of updates per second.</source>
        <extracomment>Seconds after which an unread snapshot is replaced anyway while running (see ``publish_interval``).</extracomment>
        <translation>速度必须是正数（次更新/秒）。</translation>
    </message>
    <message>
        <source>The settle hook must be a function of the engine, or None.</source>
        <translation>稳定时的钩子必须是以引擎为参数的函数，或 None。</translation>
    </message>
    <message>
        <source>The simulation was stopped before this edit could be applied.</source>
        <translation>模拟在这次修改生效之前已停止。</translation>
    </message>
    <message>
        <source>A scene needs the key of its model.</source>
        <extracomment>Key marking a reference to an array of arrays.npz in scene.json. Key marking a float JSON cannot write (nan, inf, -inf). Limits checked against the sizes the zip declares, before anything is unpacked. Array element kinds a scene may hold: booleans, integers, floats.</extracomment>
        <translation>场景需要注明其模型的键名。</translation>
    </message>
    <message>
        <source>the scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>A scene&apos;s state must be a mapping of names to values.</source>
        <translation>场景的状态必须是从名称到值的映射。</translation>
    </message>
    <message>
        <source>The scene is nested more than {depth} levels deep at {where}.</source>
        <translation>场景在 {where} 处嵌套超过 {depth} 层。</translation>
    </message>
    <message>
        <source>A scene can store arrays of numbers or booleans only; {where} holds {dtype}.</source>
        <translation>场景只能存储数值或布尔数组；{where} 中是 {dtype}。</translation>
    </message>
    <message>
        <source>A scene cannot store {dtype} at {where}.</source>
        <translation>场景无法在 {where} 处存储 {dtype}。</translation>
    </message>
    <message>
        <source>A scene&apos;s names must be text; {where} has the name {key}.</source>
        <translation>场景中的名称必须是文本；{where} 中有名称 {key}。</translation>
    </message>
    <message>
        <source>The name {key} is reserved in scene files ({where}).</source>
        <translation>名称 {key} 在场景文件中是保留名称（{where}）。</translation>
    </message>
    <message>
        <source>A scene cannot store a {kind} ({where}).</source>
        <translation>场景无法存储 {kind}（{where}）。</translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it is not a scene file.</source>
        <translation>{name} 不是普通文件，因此不是场景文件。</translation>
    </message>
    <message>
        <source>{name} is not a scene file, or it is damaged or truncated ({reason}).</source>
        <translation>{name} 不是场景文件，或者已损坏、不完整（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a scene file.</source>
        <translation>{name} 是文件夹，不是场景文件。</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} 不存在。</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied.</source>
        <translation>无法读取 {name}：权限不足。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>its compressed data is corrupt</source>
        <translation>其压缩数据已损坏</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <source>unreadable zip data</source>
        <translation>无法读取的 zip 数据</translation>
    </message>
    <message>
        <source>{name} is not a scene file: it has no {member}.</source>
        <translation>{name} 不是场景文件：其中没有 {member}。</translation>
    </message>
    <message>
        <source>{name} is damaged: it has no {member} (the scene&apos;s arrays).</source>
        <translation>{name} 已损坏：其中没有 {member}（场景的数组）。</translation>
    </message>
    <message>
        <source>{name} is not a scene file: it holds {count} parts.</source>
        <translation>{name} 不是场景文件：它包含 {count} 个部分。</translation>
    </message>
    <message>
        <source>{name} is too large: its {member} unpacks to {size:,} bytes (at most {limit:,}).</source>
        <translation>{name} 太大：其 {member} 解压后为 {size:,} 字节（最多 {limit:,}）。</translation>
    </message>
    <message>
        <source>{name} is too large: its arrays unpack to {size:,} bytes (at most {limit:,}).</source>
        <translation>{name} 太大：其数组解压后为 {size:,} 字节（最多 {limit:,}）。</translation>
    </message>
    <message>
        <source>{name} is damaged: its {member} is not valid JSON.</source>
        <translation>{name} 已损坏：其 {member} 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>{name} is not a scene of this simulator (its {member} has no {key}).</source>
        <translation>{name} 不是本模拟器的场景（其 {member} 中没有 {key}）。</translation>
    </message>
    <message>
        <source>{name} is damaged: its format version is {version}, not a whole number from 1.</source>
        <translation>{name} 已损坏：其格式版本为 {version}，不是从 1 起的整数。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of the simulator (scene format {version}; this version reads format {supported}). Update the simulator to open it.</source>
        <translation>{name} 由更新版本的模拟器创建（场景格式 {version}；本版本读取格式 {supported}）。请更新模拟器后再打开。</translation>
    </message>
    <message>
        <source>{name} is damaged: it does not say which model it is for.</source>
        <translation>{name} 已损坏：没有注明它属于哪个模型。</translation>
    </message>
    <message>
        <source>{name} is a scene of a model this simulator does not have ({model}); it has {known}.</source>
        <translation>{name} 是本模拟器没有的模型的场景（{model}）；现有模型：{known}。</translation>
    </message>
    <message>
        <source>{name} is damaged: it has no scene state.</source>
        <translation>{name} 已损坏：其中没有场景状态。</translation>
    </message>
    <message>
        <source>{name} is damaged: its {key} is not text.</source>
        <translation>{name} 已损坏：其 {key} 不是文本。</translation>
    </message>
    <message>
        <source>{name} is not a scene file: it holds {count:,} arrays.</source>
        <translation>{name} 不是场景文件：它包含 {count:,} 个数组。</translation>
    </message>
    <message>
        <source>{name} is damaged: its arrays cannot be read ({reason}).</source>
        <translation>{name} 已损坏：无法读取其数组（{reason}）。</translation>
    </message>
    <message>
        <source>{name} holds an array of {dtype} ({key}); scenes hold numbers and booleans only.</source>
        <translation>{name} 中有 {dtype} 类型的数组（{key}）；场景只能存储数值和布尔值。</translation>
    </message>
    <message>
        <source>{name} is damaged: its scene is nested more than {depth} levels deep.</source>
        <translation>{name} 已损坏：其场景嵌套超过 {depth} 层。</translation>
    </message>
    <message>
        <source>{name} is damaged: a reference to an array is malformed.</source>
        <translation>{name} 已损坏：某个数组引用的格式有误。</translation>
    </message>
    <message>
        <source>{name} is damaged: the array {ref} is missing from {member}.</source>
        <translation>{name} 已损坏：{member} 中缺少数组 {ref}。</translation>
    </message>
    <message>
        <source>{name} is damaged: a special number is malformed.</source>
        <translation>{name} 已损坏：某个特殊数值的格式有误。</translation>
    </message>
    <message>
        <source>This scene is damaged: {what} should be a group of settings.</source>
        <translation>此场景已损坏：{what}应为一组设置。</translation>
    </message>
    <message>
        <source>This scene is incomplete: {what} ({key}) is missing.</source>
        <translation>此场景不完整：缺少{what}（{key}）。</translation>
    </message>
    <message>
        <source>This scene is damaged: {what} should be {kinds}, not {value}.</source>
        <translation>此场景已损坏：{what}应为{kinds}，而不是 {value}。</translation>
    </message>
    <message>
        <source>This scene is damaged: {what} is not an array of numbers.</source>
        <translation>此场景已损坏：{what}不是数值数组。</translation>
    </message>
    <message>
        <source>This scene is damaged: {what} should be {want}, not {got}.</source>
        <translation>此场景已损坏：{what}的大小应为 {want}，而不是 {got}。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>真或假</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a group of settings</source>
        <translation>一组设置</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one}或{other}</translation>
    </message>
    <message>
        <source>Compiling {model} kernels</source>
        <translation>正在编译计算内核：{model}</translation>
    </message>
    <message>
        <source>Kernels ready</source>
        <translation>计算内核已就绪</translation>
    </message>
    <message>
        <source>the shared patterns must be rows of {n} values ({rows}x{cols}), got an array of shape {shape}</source>
        <translation>共享的模式必须是每行 {n} 个值（{rows}x{cols}），实际得到形状为 {shape} 的数组</translation>
    </message>
    <message>
        <source>the shared patterns must hold only +1 and -1</source>
        <translation>共享的模式只能包含 +1 和 -1</translation>
    </message>
    <message>
        <source>{count} patterns need {count} names, got {got}</source>
        <translation>{count} 个模式需要 {count} 个名称，实际为 {got} 个</translation>
    </message>
</context>
</TS>
