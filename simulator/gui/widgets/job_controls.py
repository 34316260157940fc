"""A background job's Run and Cancel buttons and progress bar, kept in step with the job."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QPushButton

from simulator.core.jobs import BackgroundJob
from simulator.gui.i18n import engine_text, tr


class JobControls:
    """Drives the controls of one background job (an experiment a panel runs beside its simulation).

    The panel creates the widgets (with their tooltips) and hands them over; it calls
    :meth:`start` with a started job, :meth:`cancel` from its Cancel button, and
    :meth:`poll` from its display loop, which returns the job once it has ended.
    """

    def __init__(self, progress: QProgressBar, run_button: QPushButton, cancel_button: QPushButton) -> None:
        self.progress = progress
        self.run_button = run_button
        self.cancel_button = cancel_button
        self.job: BackgroundJob | None = None
        progress.setRange(0, 1000)
        progress.setValue(0)
        progress.setTextVisible(True)
        progress.setFormat(tr("Idle"))
        cancel_button.setEnabled(False)

    @property
    def busy(self) -> bool:
        """True while a job runs (and has not been polled to its end)."""
        return self.job is not None and not self.job.done

    def start(self, job: BackgroundJob, text: str | None = None) -> None:
        """Show ``job`` (already started) as running, with ``text`` ("Starting…" when None) on its bar."""
        self.job = job
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.setFormat(tr("Starting…") if text is None else engine_text(text))

    def cancel(self) -> None:
        """Ask the running job to stop at its next progress report."""
        if self.busy:
            self.job.cancel()
            self.progress.setFormat(tr("Cancelling…"))

    def poll(self) -> BackgroundJob | None:
        """Show the job's progress; once it has ended, reset the controls and return it (else None).

        The bar then reads "Cancelled", "Failed" or "Done"; the caller reads the job's
        ``cancelled``, ``error`` and ``result`` to say what happened.
        """
        job = self.job
        if job is None:
            return None
        fraction, msg = job.progress
        if not job.done:
            self.progress.setValue(int(fraction * 1000))
            if msg:
                self.progress.setFormat(f"{engine_text(msg)}  %p%")
            return None
        self.job = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if job.cancelled:
            self.progress.setValue(0)
            self.progress.setFormat(tr("Cancelled"))
        elif job.error:
            self.progress.setFormat(tr("Failed"))
        else:
            self.progress.setValue(1000)
            self.progress.setFormat(tr("Done"))
        return job
