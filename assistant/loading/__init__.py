"""Reading documents into passages: decoding, readers, cleaning, plan splitting and chunking, statutes, the knowledge directory."""
