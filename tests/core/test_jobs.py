"""BackgroundJob: results, progress, cancellation and errors, polled from another thread."""

from __future__ import annotations

import threading
import time

import pytest

from simulator.core.jobs import BackgroundJob, Cancelled, JobContext


def test_result_and_final_progress():
    job = BackgroundJob(lambda ctx, a, b=0: a + b, 2, b=3, name="adder")
    assert not job.done, "not done before it starts"
    job.start()
    assert job.join(5)
    assert job.done and job.result == 5
    assert job.error is None and not job.cancelled
    assert job.progress == (1.0, "")


def test_runs_in_a_named_daemon_thread():
    seen = {}

    def where(ctx):
        thread = threading.current_thread()
        seen.update(name=thread.name, daemon=thread.daemon)

    BackgroundJob(where, name="capacity-sweep").start().join(5)
    assert seen == {"name": "capacity-sweep", "daemon": True}


def test_progress_is_visible_while_the_job_runs():
    gate = threading.Event()

    def work(ctx: JobContext):
        ctx.progress(0.5, "half way")
        gate.wait(5)
        ctx.progress(0.75)  # no message: the last one stays
        return "ok"

    job = BackgroundJob(work).start()
    deadline = time.monotonic() + 5
    while job.progress != (0.5, "half way") and time.monotonic() < deadline:
        time.sleep(0.001)
    assert job.progress == (0.5, "half way")
    assert not job.done
    gate.set()
    assert job.join(5)
    assert job.result == "ok"
    assert job.progress == (1.0, "half way")


@pytest.mark.parametrize("reported, shown", [(2.0, 1.0), (-1.0, 0.0), (0.25, 0.25)])
def test_progress_is_clamped(reported, shown):
    gate = threading.Event()

    def work(ctx):
        ctx.progress(reported, "x")
        gate.wait(5)

    job = BackgroundJob(work).start()
    deadline = time.monotonic() + 5
    while job.progress[1] != "x" and time.monotonic() < deadline:
        time.sleep(0.001)
    assert job.progress == (shown, "x")
    gate.set()
    job.join(5)


def test_cancel_stops_the_job_at_its_next_progress_report():
    reports = []

    def endless(ctx):
        while True:
            reports.append(len(reports))
            ctx.progress(0.1, "working")
            time.sleep(0.001)

    job = BackgroundJob(endless).start()
    while not reports:
        time.sleep(0.001)
    job.cancel()
    assert job.join(5)
    assert job.cancelled
    assert job.error is None and job.result is None


def test_check_raises_cancelled_and_context_reports_it():
    seen = {}
    started = threading.Event()
    release = threading.Event()

    def work(ctx):
        started.set()
        release.wait(5)
        seen["cancelled"] = ctx.cancelled
        with pytest.raises(Cancelled):
            ctx.check()
        seen["checked"] = True
        ctx.check()

    job = BackgroundJob(work).start()
    started.wait(5)
    job.cancel()
    release.set()
    assert job.join(5)
    assert seen == {"cancelled": True, "checked": True}
    assert job.cancelled


def test_value_error_message_is_kept_for_the_user():
    def bad(ctx):
        raise ValueError("The grid is too large for this computer's memory.")

    job = BackgroundJob(bad).start()
    job.join(5)
    assert job.error == "The grid is too large for this computer's memory."
    assert job.result is None and not job.cancelled


def test_other_errors_name_their_type():
    def bad(ctx):
        raise RuntimeError("boom")

    job = BackgroundJob(bad).start()
    job.join(5)
    assert job.error == "RuntimeError: boom"


def test_join_times_out_while_the_job_runs():
    gate = threading.Event()
    job = BackgroundJob(lambda ctx: gate.wait(5)).start()
    assert job.join(0.01) is False
    gate.set()
    assert job.join(5) is True
