"""What drives the flow: a crawl, the differ over it, alert delivery, the scheduler, the lock.
With tracker.cli and tracker.demo, the only part of tracker that opens the database."""
