"""Trained text classifiers shared by the safety triage and the answer engine: fitted at build time with numpy
(:mod:`bot.learning.fitting`), predicted in plain Python."""
