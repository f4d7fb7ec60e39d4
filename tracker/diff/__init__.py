"""Previous facts and new facts -> the changes and problems of a run. Pure: the caller
reads and stores them (tracker.run.detect, db.diffs)."""
