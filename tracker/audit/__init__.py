"""An article's claims against the programs' facts as of a day: found, parsed, judged, and
a suggestion an editor can paste."""
