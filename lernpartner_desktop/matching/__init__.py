"""Matching: fair, explainable, optimal suggestions for every program format.

- :mod:`.model`: people, weights, reasons, results; :mod:`.scores`: the criteria;
  :mod:`.rules`: the hard rules and pins;
- solvers: :mod:`.pairing` (mentoring and tandems, exact via :mod:`.pairs`),
  :mod:`.circles` (learning circles, one integer programme); both on HiGHS (:mod:`.highs`);
- :mod:`.explain`: reasons for pairs and for everyone left unmatched;
- :mod:`.service`: the store (rules, weights, pins, accepting); :mod:`.guard`: pins that a
  change in the store breaks are removed in the same transaction.

Importing this package is cheap; NumPy and HiGHS load when a solve runs.
"""
