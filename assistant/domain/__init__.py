"""The domain model: passages and citations, vocabularies, Chinese numerals, policy terms, structure, profile, plan (imports nothing above it)."""
