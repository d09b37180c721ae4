"""Bad input, as properties (hypothesis): text the core must survive, YAML the validator must explain,
and button data the codec must reject unless it produced it."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.knowledge import Problem, validate
from bot.safety import Assessment, Level, assess
from bot.search import SearchIndex, SearchResult
from bot.text import MAX_CHARS, normalise, words
from bot.tgbot.callbacks import ACTIONS, MAX_BYTES, Callback, decode, encode

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
SHIPPED = sorted(p.name for p in KNOWLEDGE.glob("*.yaml"))

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FILES = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies: what people (and broken clients) send -------------------------------------------------

DOMAIN = """
how often should i massage my lower back upper back neck shoulder knot knots trigger point effleurage kneading
foam roller tennis ball massage gun oil heat ice pregnant sciatica disc spine stretch posture desk pain hurts
sore stiff tight ache aching chronic months years weeks 12 weeks since last year for ages numbness numb tingling
bladder bowel both legs fever cancer weight loss fell accident severe night wakes me no not don't never without
went away but however hi hello thanks bye routine stop pause skip help start remind me monday 19:00
""".split()
EMOJI = ["😣", "👍", "👎", "💆", "🔥", "❤️", "🧘\u200d♀️", "👨\u200d👩\u200d👧", "🇬🇧", "👋🏽", "⏸", "⏭", "✅"]
SCRIPTS = ["спина болит", "массаж", "ألم الظهر", "背中が痛い", "腰痛", "पीठ दर्द", "ΠΌΝΟΣ", "כאב גב", "허리 통증",
           "ｈｏｗ ｏｆｔｅｎ", "ﬁnger", "İstanbul", "ß", "e\u0301\u0301\u0301", "Z̴̡̛a̶l̸g̷o̵", "𝕓𝕒𝕔𝕜", "x\u00b2"]
CONTROLS = ["\x00", "\x07", "\x1b[31m", "\t", "\r\n", "\n\n\n", "\u200b", "\u200d", "\u202e", "\ufeff", "\u2028",
            "\ufffd", "\U000e0001", "\udc80", "\ud83d"]
SEPARATORS = ["", " ", "  ", "\n", ", ", "!!!", "?", "...", " - ", "'", "’", "__", ":", "/"]

token = st.one_of(
    st.sampled_from(DOMAIN), st.sampled_from(EMOJI), st.sampled_from(SCRIPTS), st.sampled_from(CONTROLS),
    st.text(max_size=12),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=6),  # includes lone surrogates
    st.from_regex(r"[a-z]{1,12}", fullmatch=True), st.integers(-10**6, 10**12).map(str),
)


@st.composite
def mixed_text(draw: st.DrawFn) -> str:
    """Domain words, emoji, other scripts and control characters, joined any which way."""
    parts = draw(st.lists(st.tuples(token, st.sampled_from(SEPARATORS)), max_size=60))
    text = "".join(t + s for t, s in parts)
    if draw(st.booleans()) and text:  # a long message: the same thing many times over
        text = text * (MAX_CHARS // len(text) + 1)
    return text[:MAX_CHARS]


any_text = st.one_of(st.text(max_size=MAX_CHARS), mixed_text())

LONG = "how often should i massage my back " * 200


def check_result(result: SearchResult, limit: int) -> None:
    assert isinstance(result, SearchResult)
    assert len(result.alternatives) <= limit
    for match in ([result.best] if result.best else []) + list(result.alternatives):
        assert 0.0 <= match.score <= 100.0
    if result.best is not None:
        assert all(m.entry.id != result.best.entry.id for m in result.alternatives)
        assert all(m.score <= result.best.score for m in result.alternatives)
    scores = [m.score for m in result.alternatives]
    assert scores == sorted(scores, reverse=True)


# --- normalisation, search, safety ---------------------------------------------------------------------


@FAST
@given(any_text)
@example(LONG[:MAX_CHARS])
@example("\udc80\ud83d back pain")
@example("'" * MAX_CHARS)
def test_normalise_and_words_never_raise(text: str) -> None:
    normal = normalise(text)
    assert isinstance(normal, str)
    assert normal == normal.strip() and "  " not in normal
    ws = words(text)
    assert ws == normal.split() and all(ws)


@FAST
@given(text=any_text, limit=st.integers(0, 6))
@example(text=LONG[:MAX_CHARS], limit=3)
@example(text="how often shuold i masage " * 300, limit=3)
@example(text="zzqx " * 800, limit=3)
@example(text="\udc80 back massage \ud83d", limit=1)
def test_search_never_raises_and_scores_stay_in_range(index: SearchIndex, text: str, limit: int) -> None:
    check_result(index.find(text, limit=limit), limit)


@FAST
@given(any_text)
@example(LONG[:MAX_CHARS])
@example("no numbness but " * 250)
@example("for " + "a few " * 800 + "months")
@example("numb" + " x" * 2000 + " groin")
def test_assess_never_raises(text: str) -> None:
    result = assess(text)
    assert isinstance(result, Assessment) and isinstance(result.level, Level)
    assert (result.level is Level.NONE) == (not result.signs)
    for start, end in result.spans:
        assert 0 <= start <= end <= len(text)
    assert isinstance(result.without_signs(text), str)


# --- validation of broken YAML ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kb_dir() -> Iterator[Path]:
    """A scratch knowledge directory holding the shipped safety.yaml; each example adds one broken file."""
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "knowledge"
        directory.mkdir()
        shutil.copy(KNOWLEDGE / "safety.yaml", directory)
        yield directory


PROBLEM = re.compile(r"^(.+):(\d+): (\S.*)$")


def check_problems(problems: list[Problem], directory: Path, broken: Path, content: bytes) -> None:
    """Every problem is one clean ``path:line: message`` line, about a real file, at a real line."""
    assert isinstance(problems, list)
    known = {str(directory)} | {str(p) for p in directory.iterdir()}
    text = content.decode("utf-8", "replace")
    lines = sum(text.count(brk) for brk in ("\n", "\r", "\x85", "\u2028", "\u2029")) + 1  # YAML's line breaks
    for problem in problems:
        assert isinstance(problem, Problem)
        shown = str(problem)
        assert "\n" not in shown and "Traceback" not in shown, shown
        m = PROBLEM.match(shown)
        assert m is not None, shown
        assert m[1] == problem.path and int(m[2]) == problem.line and m[3] == problem.message
        assert problem.path in known, shown
        assert problem.line >= 1, shown
        if problem.path == str(broken):
            assert problem.line <= lines, shown


def write_and_validate(directory: Path, name: str, content: bytes) -> None:
    """Validate ``directory`` with ``name`` holding ``content`` (beside the sound safety.yaml)."""
    target = directory / name
    target.write_bytes(content)
    try:
        check_problems(validate(directory), directory, target, content)
    finally:
        if name == "safety.yaml":
            shutil.copy(KNOWLEDGE / name, target)
        else:
            target.unlink()


YAML_TOKENS = ["- ", "id: ", "question: ", "alternates:", "answer: ", "follow_ups: [", "sources:", "steps:",
               "minutes: ", "chronic:", "text: ", ":", ": ", "\n", "\n  ", "\n    ", "  ", "\t", "[", "]", "{", "}",
               ",", "&a ", "*a", "&b ", "*b", "!!str ", "!!int ", "!!float ", "!!bool ", "!!binary ", "!!timestamp ",
               "!!map ", "!!seq ", "!!set ", "!!python/name:os.system ", "!local ", "'", '"', "|", ">-", "#", "---",
               "...", "? ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "<<: *a", "~", "null", "yes", "0x1F", "1e999",
               "2020-99-99", "abc", "1.5", "-1", "\\", "\x00", "\x85", "\ufeff", "é", "😣"]
yaml_like = st.lists(st.one_of(st.sampled_from(YAML_TOKENS), st.sampled_from(DOMAIN)), max_size=80).map("".join)


@FILES
@given(name=st.sampled_from(SHIPPED), content=st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    yaml_like.map(lambda t: t.encode("utf-8", "surrogatepass")),
))
@example(name="faq.yaml", content=b"[" * 5000)
@example(name="faq.yaml", content=b"- " * 3000 + b"x")
@example(name="faq.yaml", content=b"- id: x\n  question: !!int abc\n  alternates: [a]\n  answer: b\n  sources: [s]\n")
@example(name="routines.yaml", content=b"- id: r\n  title: !!bool maybe\n  summary: s\n  steps: []\n  sources: [s]\n")
@example(name="faq.yaml", content=b"- id: x\n  question: q\n  alternates: [!!binary zz]\n  answer: b\n")
@example(name="faq.yaml", content=b"- id: x\n  question: q\n  alternates: [a]\n  answer: " + b"9" * 5000 + b"\n")
@example(name="safety.yaml", content=b"chronic:\n  text: ok\n\x00urgent: x\n")
@example(name="smalltalk.yaml", content=b"- id: hi\n\xff\xfe\n")
@example(name="cautions.yaml", content=b"---\n")
def test_validate_explains_random_files(kb_dir: Path, name: str, content: bytes) -> None:
    write_and_validate(kb_dir, name, content)


@FILES
@given(name=st.sampled_from(SHIPPED), cut=st.floats(0.0, 1.0))
@example(name="topics.yaml", cut=0.5)
def test_validate_explains_truncated_shipped_files(kb_dir: Path, name: str, cut: float) -> None:
    original = (KNOWLEDGE / name).read_bytes()
    write_and_validate(kb_dir, name, original[: int(len(original) * cut)])


@FILES
@given(name=st.sampled_from(SHIPPED), data=st.data())
def test_validate_explains_files_cut_inside_a_character(kb_dir: Path, name: str, data: st.DataObject) -> None:
    original = (KNOWLEDGE / name).read_bytes()
    multibyte = [i for i, b in enumerate(original) if b >= 0xC0]  # the first byte of a UTF-8 sequence
    if not multibyte:
        return
    start = data.draw(st.sampled_from(multibyte))
    write_and_validate(kb_dir, name, original[: start + 1] + original[start + 2:])


def test_shipped_knowledge_base_is_clean() -> None:
    assert validate(KNOWLEDGE) == []


# --- callback data ------------------------------------------------------------------------------------------


def base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, d = divmod(n, 36)
        out = digits[d] + out
        if not n:
            return out


def joined(action: str, args: tuple[str, ...], owner: int | None) -> str:
    """Return the data a button with this action, these arguments and this owner carries."""
    return ":".join((action, *args)) + ("" if owner is None else "|" + base36(owner))


def check_decoded(data: object) -> None:
    """``decode`` accepts only what ``encode`` produces: a decoded value encodes back to the same string."""
    callback = decode(data)
    if callback is not None:
        assert isinstance(callback, Callback) and callback.action in ACTIONS
        assert encode(callback.action, callback.args, callback.owner) == data


owners = st.one_of(st.none(), st.integers(0, 2**52), st.integers(0, 40))


@st.composite
def valid_callback(draw: st.DrawFn) -> tuple[str, tuple[str, ...], int | None]:
    action = draw(st.sampled_from(sorted(ACTIONS)))
    args = tuple(draw(st.from_regex(p, fullmatch=True)) for p in ACTIONS[action])
    return action, args, draw(owners)


@st.composite
def near_miss(draw: st.DrawFn) -> str:
    """A valid callback string with one character inserted, deleted or replaced."""
    data = joined(*draw(valid_callback()))
    i = draw(st.integers(0, len(data)))
    edit = draw(st.sampled_from(["insert", "delete", "replace"]))
    char = draw(st.one_of(st.sampled_from([":", "|", "-", "0", "9", "a", "A", " ", "\n", "\x00", "١", "٣", "²", "é"]),
                          st.characters(codec=None, exclude_categories=())))
    if edit == "insert":
        return data[:i] + char + data[i:]
    if edit == "delete":
        return data[:i] + data[i + 1:]
    return data[:i] + char + data[i + 1:]


@FAST
@given(st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=70),
    st.text(alphabet="abcdefgklmnorstuvwxyz0123456789:-_|\n", max_size=70),
    near_miss(),
))
@example("ss:pause:1:0\n")
@example("score:1:10\n")
@example("score:1:10|3v")
@example("score:1:10|03v")
@example("score:1:10|3v|3v")
@example("score:1:10|")
@example("ans:how-often\x00")
@example("ss:pause:01:0")
@example("score:7:١")
@example("ans:\udc80")
@example("ans:" + "a" * 61)
@example("ans:" + "a" * 60)
def test_decode_accepts_only_what_encode_produces(data: str) -> None:
    check_decoded(data)


@pytest.mark.parametrize("data", [None, 42, b"ans:x", ["ans", "x"], "", ":", "|", "ans", "ans:", "ans:x:", "rtflag:",
                                  "ans:x|", "|3v", "ans:x|A"])
def test_decode_rejects_non_strings_and_empty_data(data: object) -> None:
    assert decode(data) is None


@FAST
@given(valid_callback())
def test_valid_data_round_trips(generated: tuple[str, tuple[str, ...], int | None]) -> None:
    action, args, owner = generated
    data = joined(action, args, owner)
    if len(data.encode()) > MAX_BYTES:
        with pytest.raises(ValueError, match="cannot encode"):
            encode(action, args, owner)
        assert decode(data) is None
        return
    assert encode(action, args, owner) == data
    assert decode(data) == Callback(action, args, owner)


@FAST
@given(action=st.sampled_from(sorted(ACTIONS)), args=st.lists(st.text(max_size=10), max_size=3), owner=owners)
def test_encode_refuses_what_decode_would_reject(action: str, args: list[str], owner: int | None) -> None:
    data = joined(action, tuple(args), owner)
    try:
        encoded = encode(action, tuple(args), owner)
    except ValueError:  # refused: the data would be rejected, or read back as another button ("ans:0|0")
        assert decode(data) != Callback(action, tuple(args), owner)
    else:
        assert encoded == data and decode(data) == Callback(action, tuple(args), owner)


def test_an_argument_holding_the_owner_separator_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot encode"):
        encode("ans", ("0|0",))
    assert encode("ans", ("0",), 0) == "ans:0|0"
