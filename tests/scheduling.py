"""How `make test`'s two workers share the tests out (the scheduler itself is in tests/conftest.py)."""

from __future__ import annotations

#: Tests that take a second or more (processes started, real waits, whole corpora scored), roughly longest first.
#: They are handed out first, so that the two workers of `make test` end together on short tests instead of
#: one of them finishing a long test alone. A slow test missing here is only handed out later. (xdist's loadscope
#: hands out the groups of several tests (:func:`group_of`) before the rest, largest first: the PostgreSQL group, then
#: test_safety_matching's three, then the two-test groups in this order.)
LONG_FIRST = (
    "tests/tgbot/test_restart.py",
    "tests/test_safety_matching.py::test_case_free_copies_find_the_same_on_the_corpora",  # its group (below)
    "tests/tgbot/test_startup.py::test_unreachable_telegram_is_retried_with_one_line",
    "tests/tgbot/test_startup.py::test_failing_polls_are_one_warning_line_not_tracebacks",
    "tests/test_search_shortcuts.py",
    "tests/test_eval.py::test_blind_corpus_keeps_its_ground",  # each half with its group
    "tests/test_search_plain.py::test_plain_and_numpy_indexes_answer_alike_to_the_bit",
    "tests/tgbot/test_faults.py::test_a_locked_database_does_not_hold_up_other_users",
    "tests/test_safety_learned.py::test_the_shipped_model_file_is_fitted_on_the_shipped_training_data",
    "tests/tgbot/test_startup.py::test_a_token_revoked_while_running_ends_the_process_with_one_clear_line",
    "tests/test_properties.py::test_assess_never_raises",
    "tests/test_safety.py::test_corpus_figures",
    "tests/tgbot/test_resilience.py",
    "tests/test_search_plain.py",
    "tests/test_terminal.py",
    "tests/tgbot/test_faults.py",
    "tests/test_search_crossval.py",
    "tests/tgbot/test_startup.py",
    "tests/test_cli.py",
    "tests/test_properties.py",
    "tests/test_safety.py::test_the_answer_corpus_ordinary_messages_are_rarely_flagged",
    "tests/test_safety_learned.py",
    "tests/test_report.py",
    "tests/tgbot/",
)


#: The three tests that share tests/test_safety_matching.py's matches on the corpora (its ``_fast_found``).
SAFETY_MATCHING = ("tests/test_safety_matching.py::test_case_free_copies_find_the_same_on_the_corpora",
                   "tests/test_safety_matching.py::test_every_match_of_every_safety_pattern_holds_its_needs",
                   "tests/test_safety_matching.py::test_screen_finds_every_rule_match_on_the_corpora")

#: The two tests that read tests/test_safety.py's figures on a safety corpus (its ``_scored``), each corpus scored once.
SAFETY_CORPUS = ("tests/test_safety.py::test_corpus_figures[", "tests/test_safety.py::test_corpus_keeps_its_ground[")

#: Where the tests that need the PostgreSQL server are: they run on one worker, so one server is started.
POSTGRES = ("tests/workers/", "tests/storage/test_postgres.py", "tests/storage/test_migrate.py")


def group_of(nodeid: str) -> str | None:
    """Return the group a test runs in (all on one worker), or None for a test that runs wherever there is room.

    The scheduler sees only test ids; tests/test_scheduling.py checks that every test on the PostgreSQL
    server is in its group.
    """
    if nodeid.startswith(POSTGRES) or (nodeid.startswith("tests/storage/test_contract.py")
                                       and not nodeid.endswith("[sqlite]")):
        return "postgres"
    if nodeid.startswith("tests/test_eval.py::test_blind_corpus_"):  # the corpus is scored once for its two tests
        return "eval-" + nodeid.rsplit("[", 1)[-1].rstrip("]")
    if nodeid in SAFETY_MATCHING:  # the faster copies' matches on the corpora are worked out once for all three
        return "safety-matching-corpora"
    if nodeid.startswith(SAFETY_CORPUS) and nodeid.endswith(("[safety_dev.yaml]", "[safety_heldout.yaml]")):
        return "safety-corpus-" + nodeid.rsplit("[", 1)[-1].rstrip("]")  # tests/test_safety.py's _scored, once
    return None
