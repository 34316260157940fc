<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions {positions} and {more} more</source>
        <extracomment>The value of a drawn (&quot;ink&quot;, shown dark) unit and of a background (shown light) unit. Images in this module are *lightness* arrays: 0.0 is black, 1.0 is white, like a photograph or a PNG, so dark pixels become +1 and light ones -1. Largest grid side the GUI offers. Bytes of memory one weight takes per unit pair, counting the float32 matrix an engine keeps plus the working copies a learning rule (Storkey, pseudo-inverse) needs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions {positions} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be negative, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seed is a whole number 0 or larger, got {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {what} {value}; choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series {series} of {plot} has {nx} x values but {ny} y values.</source>
        <extracomment>Columns of the series CSV, one row per plotted point. Mode given to a new file (an existing file keeps its own): the temporary file would be 0600.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: there are no frames to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} frames need {count} durations, not {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame {k} is {width}×{height} pixels; the first is {first_width}×{first_height}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding frame {k} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history must keep at least one entry.</source>
        <extracomment>Entries kept at most. Bytes of distinct arrays kept at most (snapshots and checkpoints together), not counting the arrays the engine still holds itself (those the newest checkpoint keeps by reference). Least time between two captures while running flat out. A capture may cost at most this fraction of the worker&apos;s time: a slow one spaces the next out. While running, captures are spaced so that ``max_bytes`` holds at least this many seconds of the run: a model whose every moment is big (a GAN&apos;s weights and Adam moments) is kept less often rather than for a shorter time. Snapshot arrays this big are kept in blocks shared with the previous entry&apos;s where equal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history&apos;s byte limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of time captures may take must lie in (0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern must be a list of +1/-1 values ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern must contain numbers +1 or -1, not text or nested lists of different lengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern must contain +1 and -1, not True/False.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern must contain real numbers +1 or -1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is empty: type values such as 1, -1, 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern contains NaN (not a number) at {positions}; units are +1 or -1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (an off unit is -1, not 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are +1 or -1{hint}: found {value} at {positions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are +1 or -1{hint}: found other values at {positions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern for this {rows} x {cols} grid needs {count} values, got {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern for this network needs {count} values, got {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns must be given as rows of {n} values (a p x {n} table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the pattern as +1/-1 values separated by commas, e.g. 1, -1, 1, -1, 1, 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {text} as a number: type +1/-1 values separated by commas, e.g. 1, -1, 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid size must be two whole numbers (rows and columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows and columns must each be between 1 and {max}; got {rows} x {cols}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {rows} x {cols} grid has {n} units and needs about {need} of memory for its weights, but only {have} is available. Choose a smaller grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pattern {k}: the library holds {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got {got} names for {count} patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got {got} sources for {count} patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image must be a non-empty 2-D array; got shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target size must be at least 1 x 1; got {rows} x {cols}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsample must be &apos;area&apos; or &apos;linear&apos;, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image contains NaN values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of units to flip must be between 0 % and 100 %; got {percent:g} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are +1 or -1; cannot paint {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit indices must be between 0 and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handwritten-digit file has {count} columns, expected 65.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of patterns cannot be negative; got {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the random generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of {what} is not a PCG64 generator&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of {what} is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of {what} must hold whole numbers 0 or larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of {what} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of {what} cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not an array of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has shape {shape}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must hold whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must hold whole numbers in the range of {dtype}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must hold finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number from {lo}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number from {lo} to {hi}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed must be a positive number of updates per second.</source>
        <extracomment>Seconds after which an unread snapshot is replaced anyway while running (see ``publish_interval``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settle hook must be a function of the engine, or None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation was stopped before this edit could be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scene needs the key of its model.</source>
        <extracomment>Key marking a reference to an array of arrays.npz in scene.json. Key marking a float JSON cannot write (nan, inf, -inf). Limits checked against the sizes the zip declares, before anything is unpacked. Array element kinds a scene may hold: booleans, integers, floats.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scene&apos;s state must be a mapping of names to values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scene is nested more than {depth} levels deep at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scene can store arrays of numbers or booleans only; {where} holds {dtype}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scene cannot store {dtype} at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scene&apos;s names must be text; {where} has the name {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {key} is reserved in scene files ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scene cannot store a {kind} ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it is not a scene file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a scene file, or it is damaged or truncated ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a scene file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable zip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a scene file: it has no {member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it has no {member} (the scene&apos;s arrays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a scene file: it holds {count} parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large: its {member} unpacks to {size:,} bytes (at most {limit:,}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large: its arrays unpack to {size:,} bytes (at most {limit:,}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its {member} is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a scene of this simulator (its {member} has no {key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its format version is {version}, not a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of the simulator (scene format {version}; this version reads format {supported}). Update the simulator to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it does not say which model it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a scene of a model this simulator does not have ({model}); it has {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it has no scene state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its {key} is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a scene file: it holds {count:,} arrays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its arrays cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds an array of {dtype} ({key}); scenes hold numbers and booleans only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its scene is nested more than {depth} levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: a reference to an array is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: the array {ref} is missing from {member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: a special number is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: {what} should be a group of settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is incomplete: {what} ({key}) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: {what} should be {kinds}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: {what} is not an array of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scene is damaged: {what} should be {want}, not {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling {model} kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared patterns must be rows of {n} values ({rows}x{cols}), got an array of shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared patterns must hold only +1 and -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} patterns need {count} names, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
