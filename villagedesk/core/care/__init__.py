"""暖心关怀: the care-target list, visits and the care fund (DOMAIN.md section 4).

The rules live in the modules of this package: ``targets`` (the dynamic list, 党龄, reveal and
erasure), ``visits`` (visits, reversals, what is due), ``fund`` (the fund ledger and disbursement
workflow), ``sheet`` (.xlsx import and export); ``register`` declares it to the desk.
"""
