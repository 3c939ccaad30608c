"""The offline composer: sections and whole plans for a school profile, the monthly schedule, and updating last year's plan."""
