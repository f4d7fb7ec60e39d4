"""What a run or a period changed, as Markdown, JSON or one HTML page."""
