"""`masthead worker`: the scheduler and the background task worker in one process."""

from __future__ import annotations

import logging
import threading
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils.crypto import get_random_string
from django_tasks import task_backends

from masthead.newsroom.scheduler import enqueue_due_sources

logger = logging.getLogger(__name__)


def run_scheduler(stop: threading.Event, every: float) -> None:
    while not stop.is_set():
        try:
            enqueue_due_sources()
        except Exception:  # keep scheduling through a transient database error
            logger.exception("Scheduling failed; retrying")
        finally:
            close_old_connections()
        stop.wait(every)


class Command(BaseCommand):
    help = "Run the scheduler and the background task worker."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--every", type=float, default=30.0,
                            help="Seconds between two looks for due sources (default 30).")
        parser.add_argument("--no-scheduler", action="store_true",
                            help="Only run tasks (when another process schedules).")
        parser.add_argument("--batch", action="store_true",
                            help="Schedule once, run every queued task, then exit.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["every"] <= 0:
            raise CommandError("--every must be greater than 0")
        backend_path = type(task_backends["default"]).__module__
        if not backend_path.startswith("django_tasks_db"):
            raise CommandError(
                "masthead worker needs the database task backend "
                "(MASTHEAD_TASK_BACKEND=database); the current one runs tasks inline"
            )
        from django_tasks_db.management.commands.db_worker import Worker

        stop = threading.Event()
        if options["batch"]:
            enqueue_due_sources()
        elif not options["no_scheduler"]:
            threading.Thread(
                target=run_scheduler, args=(stop, options["every"]), daemon=True,
                name="masthead-scheduler",
            ).start()
        worker = Worker(
            queue_names=["*"],
            interval=1.0,
            batch=options["batch"],
            backend_name="default",
            startup_delay=not options["batch"],
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
        if not options["batch"]:
            worker.configure_signals()
        self.stdout.write("Worker running; press Ctrl+C to stop.")
        try:
            worker.run()
        finally:
            stop.set()
