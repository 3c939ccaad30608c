"""The plan checker: an independent reviewer that reports findings by kind, with locations a user can follow."""
