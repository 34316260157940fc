"""Qt-free runtime shared by every model: jit flags, runner, jobs, bench harness."""
