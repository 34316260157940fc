"""JobControls keeps a job's Run/Cancel buttons and progress bar in step with the job."""

import threading

from PySide6.QtWidgets import QProgressBar, QPushButton

from simulator.core.jobs import BackgroundJob
from simulator.gui.widgets.job_controls import JobControls


def _controls(qtbot):
    bar, run, cancel = QProgressBar(), QPushButton("Run"), QPushButton("Cancel")
    for w in (bar, run, cancel):
        qtbot.addWidget(w)
    return JobControls(bar, run, cancel)


def _wait_end(controls, qtbot):
    ended = []
    qtbot.waitUntil(lambda: bool(ended.append(controls.poll()) or ended[-1] is not None), timeout=5000)
    return ended[-1]


def test_a_finished_job_is_returned_once_with_the_controls_reset(qtbot):
    c = _controls(qtbot)
    assert c.progress.format() == "Idle" and not c.cancel_button.isEnabled() and not c.busy
    gate = threading.Event()

    def work(ctx):
        ctx.progress(0.5, "half")
        gate.wait(5)
        return 42

    c.start(BackgroundJob(work).start(), "Going")
    assert c.busy and not c.run_button.isEnabled() and c.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: (c.poll(), c.progress.value() == 500)[1])
    assert c.progress.format().startswith("half")
    gate.set()
    job = _wait_end(c, qtbot)
    assert job.result == 42 and c.job is None and c.poll() is None
    assert c.progress.format() == "Done" and c.progress.value() == 1000
    assert c.run_button.isEnabled() and not c.cancel_button.isEnabled()


def test_cancelled_and_failed_jobs_say_so(qtbot):
    c = _controls(qtbot)

    def forever(ctx):
        while True:
            ctx.progress(0.1, "waiting")
            threading.Event().wait(0.01)

    c.start(BackgroundJob(forever).start())
    c.cancel()
    assert c.progress.format() == "Cancelling…"
    job = _wait_end(c, qtbot)
    assert job.cancelled and c.progress.format() == "Cancelled" and c.progress.value() == 0

    def broken(ctx):
        raise ValueError("no such thing")

    c.start(BackgroundJob(broken).start())
    job = _wait_end(c, qtbot)
    assert job.error == "no such thing" and c.progress.format() == "Failed" and c.run_button.isEnabled()
