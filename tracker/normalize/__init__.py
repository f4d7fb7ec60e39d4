"""Text -> one field's value: prices and income share, dates, durations, guarantees.

Pure parsers over short blocks of text; they know nothing of HTML or of pages."""
