"""Background jobs on a task queue (Dramatiq): `queue` sends and runs them, `worker` is the
separate worker process of `make worker`."""
