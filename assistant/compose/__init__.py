"""The offline composer: plans for a school profile, section by section, and last year's plan brought up to date.

- highlights, understanding, timing, similarity: what kind each highlight and focus area is, where it belongs, when
- library, selection, wording: measures from knowledge/measures.yaml chosen and worded for the school and period
- sections, schedule, composer: the sections, the monthly table, and the Composer the services hand out
- revision, previous: `draft --from` (every change recorded for the report)
- text, templates: helpers other packages use (name filtering of example passages, kind-of-school wording)
"""
