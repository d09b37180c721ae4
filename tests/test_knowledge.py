"""Loading and validating the knowledge base: every problem located to its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.dialogue import Dialogue
from bot.knowledge import MAX_ANSWER_CHARS, KnowledgeError, load, validate

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

SAFETY = """\
chronic:
  text: See a GP or physiotherapist about pain that has lasted 12 weeks or more.
  sources: [NHS]
urgent:
  text: See a doctor today or call {non_emergency}.
  sources: [NHS]
emergency:
  text: Call {emergency} now.
  sources: [NHS]
"""

ENTRIES = """\
- id: first
  question: How often should I massage?
  alternates:
    - massage frequency
  answer: A few times a week.
  follow_ups: [second]
  sources: [seed article]
- id: second
  question: How long should a session last?
  alternates:
    - session length
  answer: 10-15 minutes.
  sources: [seed article]
"""


def make_kb(tmp_path: Path, entries: str = ENTRIES, safety: str = SAFETY) -> Path:
    (tmp_path / "faq.yaml").write_text(entries, encoding="utf-8")
    (tmp_path / "safety.yaml").write_text(safety, encoding="utf-8")
    return tmp_path


def only_problem(directory: Path) -> str:
    problems = validate(directory)
    assert len(problems) == 1, [str(p) for p in problems]
    return str(problems[0])


def test_shipped_knowledge_base_is_valid() -> None:
    assert validate(KNOWLEDGE) == []
    kb = load(KNOWLEDGE)
    assert {"chronic", "urgent"} <= set(kb.safety_texts)
    assert len(kb.entries) >= 40


def test_shipped_entries_have_enough_alternates_and_sources() -> None:
    kb = load(KNOWLEDGE)
    for entry in kb.entries.values():
        if entry.is_smalltalk:
            continue
        assert len(entry.alternates) >= 5, entry.id
        assert entry.sources, entry.id


def test_shipped_knowledge_base_has_no_page_junk() -> None:
    text = " ".join(p.read_text(encoding="utf-8").lower() for p in KNOWLEDGE.glob("*.yaml"))
    assert "title loan" not in text and "iphone" not in text


def test_small_knowledge_base_loads(tmp_path: Path) -> None:
    kb = load(make_kb(tmp_path))
    assert kb.entries["first"].follow_ups == ("second",)
    assert kb.entries["first"].phrasings == ("How often should I massage?", "massage frequency")


def test_duplicate_id_is_reported_at_its_line(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("id: second", "id: first").replace("  follow_ups: [second]\n", ""))
    message = only_problem(tmp_path)
    assert message.startswith(f"{tmp_path / 'faq.yaml'}:7: duplicate id 'first'")
    assert "faq.yaml:1" in message


def test_unknown_key_is_reported_at_its_line(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", "  answer: 10-15 minutes.\n  anwser: typo"))
    message = only_problem(tmp_path)
    assert message.startswith(f"{tmp_path / 'faq.yaml'}:13: unknown key 'anwser'")
    assert "allowed keys are" in message


def test_follow_up_to_missing_id_is_reported(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("follow_ups: [second]", "follow_ups: [third]"))
    expected = f"{tmp_path / 'faq.yaml'}:6: follow-up 'third' of 'first' points to no entry"
    assert only_problem(tmp_path).startswith(expected)


def test_yaml_syntax_error_is_reported_at_its_line(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", "  answer: [10-15 minutes."))
    assert only_problem(tmp_path).startswith(f"{tmp_path / 'faq.yaml'}:")
    line = int(only_problem(tmp_path).split(":")[1])
    assert 12 <= line <= 14
    assert "YAML syntax error" in only_problem(tmp_path)


def test_missing_field_and_empty_answer(tmp_path: Path) -> None:
    broken = ENTRIES.replace("  question: How long should a session last?\n", "").replace(
        "answer: A few times a week.", 'answer: "  "')
    make_kb(tmp_path, broken)
    problems = [str(p) for p in validate(tmp_path)]
    assert any(":5: answer is empty" in p for p in problems), problems
    assert any(":8: an entry is missing the required key 'question'" in p for p in problems), problems


def test_over_long_answer_is_reported(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("A few times a week.", "x" * (MAX_ANSWER_CHARS + 1)))
    assert "shorten it to at most" in only_problem(tmp_path)


def test_missing_sources_and_bad_safety(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  sources: [seed article]\n- id: second", "  safety: maybe\n- id: second"))
    problems = [str(p) for p in validate(tmp_path)]
    assert any("entry has no sources" in p for p in problems), problems
    assert any("safety must be one of none, chronic, urgent" in p for p in problems), problems


def test_duplicate_key_in_one_entry(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", "  answer: 10-15 minutes.\n  answer: again"))
    assert "duplicate key 'answer'" in only_problem(tmp_path)


def test_missing_safety_file(tmp_path: Path) -> None:
    make_kb(tmp_path)
    (tmp_path / "safety.yaml").unlink()
    assert "safety.yaml is missing" in only_problem(tmp_path)


def test_load_refuses_a_broken_knowledge_base(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("follow_ups: [second]", "follow_ups: [nowhere]"))
    with pytest.raises(KnowledgeError) as caught:
        load(tmp_path)
    assert "nowhere" in str(caught.value)


def test_copy_of_shipped_base_with_one_break(tmp_path: Path) -> None:
    copy = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, copy)
    faq = copy / "faq.yaml"
    lines = faq.read_text(encoding="utf-8").splitlines()
    first_id = next(i for i, line in enumerate(lines) if line.startswith("- id:"))
    lines.insert(first_id + 1, "  colour: blue")
    faq.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert only_problem(copy).startswith(f"{faq}:{first_id + 2}: unknown key 'colour'")


# --- the content as people write to it -------------------------------------------------------
# Wordings of the kinds the blind corpus showed (stories, lay and regional words, someone else's back,
# fragments), written for these tests: none of them is a phrasing of the knowledge base.

STORIES = [
    ("after-gardening-or-lifting", "spent the morning weeding the veg beds and my back's stiff"),
    ("after-gardening-or-lifting", "shovelled snow for an hour, now my lower back aches"),
    ("after-gardening-or-lifting", "carried all the boxes into the new flat and my back is wrecked"),
    ("back-locked-or-spasm", "bent to tie my shoe and my back went"),
    ("back-locked-or-spasm", "back seized up this morning and i can't stand straight"),
    ("help-someone-else", "my grandma wants me to rub her sore back, how gentle should i be"),
    ("help-someone-else", "flatmate pulled his back, can i massage it for him"),
    ("massage-gun", "is a percussion massager a waste of money"),
    ("massage-gun", "unwrapped a theragun, how do i use it on my back"),
    ("see-a-doctor", "should i see an osteopath about my back"),
    ("see-a-doctor", "chiropractor or physio for a sore back"),
    ("when-not-to-massage", "can i roll over varicose veins"),
    ("oils-and-lotions", "no oil in the house, can i use baby lotion"),
    ("neck-shoulders-upper-back", "my traps feel like concrete"),
    ("neck-shoulders-upper-back", "shoulders tight from lugging a rucksack about"),
    ("discomfort-vs-pain", "is massage supposed to be painful"),
    ("massage-frequency", "will i overdo it if i massage my back every day"),
    ("too-much-pressure", "how heavy handed should i be when i massage"),
    ("tools-or-hands", "wooden massage stick or just my hands"),
    ("rest-or-stay-active", "should i lie flat in bed for a few days with my bad back"),
    ("desk-work-posture", "hunched over a laptop all day and my back aches"),
    ("heat-or-ice", "bag of frozen peas or a hot water bottle for my back"),
    ("soreness-after-massage", "think i overdid the massage, my back is tender today"),
    ("sciatica", "pins and needles down my leg from my lower back, can i massage"),
    ("massage-and-exercise", "should i use the massage gun before deadlifts"),
    ("thanks", "ta very much"),
    ("goodbye", "laters"),
    ("hello", "howdy"),
    # Kinds the second pass covered: non-native and text-speak, gifts and gym-goers, someone else's hands.
    ("about-bot", "is a machine writing these answers"),
    ("capabilities", "can u take me through a routine step by step pls"),
    ("hello", "hey there, anybody home"),
    ("goodbye", "right, off to bed, talk tomorrow"),
    ("how-to-massage-own-back", "never rubbed my own back in my life, how do i begin"),
    ("too-much-pressure", "i dig in with my elbow as hard as i can, too much?"),
    ("hard-to-reach-spots", "my hands don't reach the sore bit in the middle"),
    ("massage-gun", "my son gave me a percussion gun, how do i use it on my back"),
    ("oils-and-lotions", "do i need oil or is it fine over my clothes"),
    ("massage-and-exercise", "i'm a runner, should i massage my back before or after a run"),
    ("spine-and-bones", "my brother cracks my back for me, is that safe"),
    ("massage-makes-it-worse", "my back got worse after the routine, should i stop"),
    ("back-locked-or-spasm", "my back seized and i can hardly move"),
]

#: Off-topic messages that share the everyday words those phrasings brought in (gifts, gardens, sofas,
#: sport, family, creams): the knowledge base must not pull them in.
SHARED_WORDS = [
    "best christmas present for my dad", "what should i buy my wife for her birthday",
    "what density foam for a sofa cushion", "how to plan a wedding on a budget",
    "dancing lessons for beginners near me", "how to write a uni essay introduction",
    "is there evidence that vitamin c stops colds", "netball rules for beginners",
    "how often should i service my bike", "is shea butter good for dry hair", "how do i deal with a difficult roommate",
    "how often should i water my tomatoes", "best time to plant tulip bulbs", "how to shovel snow fast",
    "can i put my sofa in the loft", "my tooth hurts, what can i take", "how hard should i press when ironing a shirt",
    "how long should i knead pizza dough", "my phone battery drains overnight", "best oil for a squeaky door hinge",
    "how do i loosen a stuck jar lid", "how to get a knot out of a necklace chain",
    "how to help my mum with her shopping",
    "my husband snores, what can i do", "how to hold a tennis racket", "how many minutes to boil an egg",
    "is five minutes enough to charge my phone", "my grandma's birthday party ideas", "how to massage kale for salad",
    "how long does a tattoo take to heal", "my dog limps on his back leg", "is walking good for weight loss",
    "how to treat a cold sore", "tips for carrying a heavy rucksack on a hike", "roller skating for beginners",
    "which running shoes for a beginner", "what should my son get his dad as a gift",
    "how to become a carer for my mum", "how many weeks until christmas", "can you make me a shopping list",
    "best bag for a weekend away", "my brother keeps borrowing my clothes", "how to oil a bike chain",
]


def test_stories_and_lay_wordings_find_their_entry(dialogue: Dialogue) -> None:
    misses = [f"{text!r} -> {reply.topic}, wanted {topic}" for topic, text in STORIES
              if (reply := dialogue.respond(text)).topic != topic]
    assert len(misses) <= len(STORIES) // 10, "\n".join(misses)


def test_everyday_words_of_the_phrasings_do_not_pull_in_off_topic_messages(dialogue: Dialogue) -> None:
    pulled = [f"{text!r} -> {reply.topic}" for text in SHARED_WORDS if (reply := dialogue.respond(text)).topic]
    assert len(pulled) <= len(SHARED_WORDS) // 20, "\n".join(pulled)


@pytest.mark.parametrize(("text", "topic", "says"), [
    ("is it ok to massage over varicose veins", "when-not-to-massage", "do not press, knead or roll over them"),
    ("should i see a chiropractor or an osteopath", "see-a-doctor", "must be registered"),
    ("can i use mustard oil for a back massage", "oils-and-lotions", "small patch first"),
    ("how gently should i massage my grandad's back", "help-someone-else", "older person"),
])
def test_answers_cover_the_situation_asked_about(dialogue: Dialogue, text: str, topic: str, says: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic == topic
    assert says in reply.text
