"""The offline demo: the seven programs' sample pages served on 127.0.0.1 and crawled."""
