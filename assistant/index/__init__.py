"""The knowledge index: Chroma as the store of record, the searchable snapshot (BM25, vectors, token cache), embedders, lexicon."""
