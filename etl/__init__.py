"""ETL for reported infrastructure-damage figures: normalize, validate, write cited series."""

__version__ = "0.1.0"
