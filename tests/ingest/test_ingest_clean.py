"""clean_text: page furniture goes, every real sentence and the paragraph breaks stay."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from strife.ingest.clean import clean_text, repair_characters

FIXTURES = Path(__file__).parent / "fixtures"


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_junk_fixture_keeps_headline_and_sentences_and_drops_junk() -> None:
    cleaned = clean_text((FIXTURES / "junk_article.txt").read_text())
    paragraphs = cleaned.split("\n\n")
    assert paragraphs[0] == "Gunmen storm guesthouse in Kandahar, killing six"
    assert paragraphs[1].startswith("KANDAHAR, Afghanistan (AP) – Gunmen armed with rifles")
    assert "Four of the dead were Afghan staff of a medical charity & two were guards." in cleaned
    assert "A Taliban spokesman denied the group was involved." in paragraphs
    for junk in (
        "World",
        "By ",
        "Reuters",
        "Share this",
        "fnnf",
        "Loading",
        "Featured Image",
        "Tweet",
        "Email",
        "Subscribe",
        "staff writer",
        "Tom Brennan",
        "omments",
        "(c)",
        "Send this",
        "<p>",
        "&nbsp;",
        "&amp;",
    ):
        assert junk not in cleaned, junk
    assert len(paragraphs) == 4


@pytest.mark.parametrize(
    "junk",
    [
        "By  |  ",
        "By Alec Smith",
        "By JANE DOE, Associated Press",
        "Comments",
        "12 comments",
        "Send this to friend",
        "Loading...",
        "Featured Image: City Wire Photo",
        "Photo: Reuters",
        "(c) 2016, The Washington Post · Jo Bloggs",
        "© 2020 Example Media Group",
        "Share this article",
        "Facebook Twitter Email",
        "Tweet",
        "Subscribe to continue reading",
        "We use cookies to improve your experience on our site.",
        "Advertisement",
        "READ MORE: Three held over bus blast",
        "Updated 10:32 AM ET, Tue October 25, 2016",
        "•",
        "--------------------------------------------",
        "(© 2016 WXYZ)",
        "Close",
        "Download our free app for phones and tablets.",
        "Sign up for email alerts today.",
        "Follow us on Twitter @newsdesk and LIKE us on Facebook for updates!",
        "Contact Jo Bloggs: jbloggs@news.example or 555-0100.",
        "jbloggs@news.example | Twitter: @jbloggs",
        "We have sent you a verification email. Please check your email and click on the link.",
        "This is a developing story. Check back for updates.",
        "Welcome back. We look forward to seeing you on our site frequently.",
        "Thank You For Reading! You need an online service to view this article in its entirety.",
        "Just One More Thing...",
        "2:26",
        "0:43 Man found dead near the river; suspect arrested Pause",
        "2:58 Neighbours remember the corner shop owner",
        "A video posted by Someone (@someone) on Jan 6, 2017 at 10:43am PST",
    ],
)
def test_each_junk_line_is_removed(junk: str) -> None:
    story = "Headline about a bombing\n\nA bomb killed three people in the town on Friday, police said."
    assert clean_text(f"{story}\n\n{junk}") == story
    assert (
        clean_text(f"{story}\n\n{junk}\n\nThe market reopened on Saturday.")
        == f"{story}\n\nThe market reopened on Saturday."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "By Monday, the toll had risen to 40, the health ministry said.",
        "Photographs by witnesses showed the burned-out bus on the main road near the market.",
        "Related attacks have killed more than 200 people in the province this year.",
        "Updated figures released on Tuesday put the number of dead at 31.",
        "Email messages sent to the group's spokesman went unanswered.",
        "Comments by the minister drew anger from relatives of the victims.",
        "World leaders condemned the attack on the school.",
        "Welcome back ceremonies for the freed hostages were held in the capital on Sunday.",
        "7:38 PM: Fire crews have arrived and the road is closed",
        "10:03 Officers reached the house and found the door open.",
    ],
)
def test_real_sentences_that_look_like_junk_survive(sentence: str) -> None:
    text = f"Headline about a bombing\n\n{sentence}\n\nA bomb killed three people in the town on Friday."
    assert sentence in clean_text(text).split("\n\n")


def test_click_here_sentence_goes_but_the_rest_of_its_paragraph_stays() -> None:
    text = (
        "Head\n\nPolice said the gunman fled on foot. Click here for the full report.\n\nThose who sign up get a cap."
    )
    assert clean_text(text) == "Head\n\nPolice said the gunman fled on foot.\n\nThose who sign up get a cap."


def test_bio_mid_article_is_kept_but_bio_at_end_is_dropped() -> None:
    victim = "Nadia Rahimi is a reporter for a local radio station who was abducted last week."
    body = "\n\n".join(f"Sentence number {i} about the kidnapping in the town." for i in range(6))
    text = f"Reporter freed\n\n{victim}\n\n{body}\n\nSam Ortiz\n\nSam Ortiz is a staff writer at Example News."
    cleaned = clean_text(text)
    assert victim in cleaned
    assert "Sam Ortiz" not in cleaned


def test_section_label_goes_only_from_the_first_line() -> None:
    assert clean_text("World\n\nHeadline\n\nBody text of the article goes here.").startswith("Headline\n\n")
    assert clean_text("World") == "World"


def test_dateline_junk_needs_an_uppercase_dateline() -> None:
    assert clean_text("Head\n\nxyzLAGOS, Nigeria – Text.").endswith("\n\nLAGOS, Nigeria – Text.")
    assert clean_text("Head\n\niPhone sales rose – the firm said.").endswith("iPhone sales rose – the firm said.")


def test_markup_and_entities_become_text_with_breaks() -> None:
    cleaned = clean_text("<h1>Head</h1><p>One&nbsp;two &amp; three.</p><p>Four&#8217;s five.</p>")
    assert cleaned == "Head\n\nOne two & three.\n\nFour’s five."


def test_hard_wrapped_paragraphs_are_rejoined_but_headline_is_not() -> None:
    text = (
        "Bomb kills nine at a bus station in the north of the country\n"
        "A car bomb exploded outside the main bus station in the city on Sunday morning\n"
        "as passengers queued for tickets, killing at least nine people and wounding\n"
        "dozens more, a police official told reporters at the scene of the blast.\n"
    )
    paragraphs = clean_text(text).split("\n\n")
    assert paragraphs[0] == "Bomb kills nine at a bus station in the north of the country"
    assert len(paragraphs) == 2
    assert "morning as passengers" in paragraphs[1]


def test_clean_text_is_idempotent() -> None:
    once = clean_text((FIXTURES / "junk_article.txt").read_text())
    assert clean_text(once) == once


# ------------------------------------------------------------------------ the three seed articles (shared data)

_SECTION = {"World"}
_JUNK_EXACT = {"Comments", "comments", "Send this to friend", "Loading..."}


def _is_junk(line: str, next_line: str | None) -> bool:
    """Generic description of the seeds' furniture, written as rules (no seed text is copied here)."""
    if line in _JUNK_EXACT or line.startswith(("Featured Image:", "(c) ")):
        return True
    if re.fullmatch(r"By[\s|]*", line) or " is a staff writer at " in line:
        return True
    # the author's name alone, just above their bio
    return next_line is not None and next_line.startswith(line + " is a staff writer")


def _seed_lines(path: Path) -> list[str]:
    return [_squash(line) for line in path.read_text().splitlines() if line.strip()]


def _sentences(line: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!”])\s+(?=[A-Z“])", line) if s]


@pytest.mark.parametrize("name", ["000", "001", "002"])
def test_seed_bodies_survive_and_junk_goes(shared: Path, name: str) -> None:
    path = next((shared / "corpus" / "seeds").glob(f"{name}_*.txt"))
    lines = _seed_lines(path)
    cleaned = clean_text(path.read_text())
    squashed = _squash(cleaned)
    body = [line for i, line in enumerate(lines) if not _is_junk(line, lines[i + 1] if i + 1 < len(lines) else None)]
    if body[0] in _SECTION:
        assert body[0] not in cleaned.split("\n\n")[0]
        body = body[1:]
    assert cleaned.split("\n\n")[0] == body[0]  # the headline is the first line
    for line in body:
        line = re.sub(r"^[a-z]{2,}(?=[A-Z]{3})", "", line)  # the glued dateline junk is expected to go
        for sentence in _sentences(line):
            assert sentence in squashed, sentence
    for i, line in enumerate(lines):
        if _is_junk(line, lines[i + 1] if i + 1 < len(lines) else None):
            assert line not in cleaned.split("\n\n"), line
    assert "\n\n" in cleaned
    assert not re.search(r"(?m)^[a-z]{2,}[A-Z]{3}", cleaned)


def test_idempotent_and_lossless_on_real_news(shared: Path) -> None:
    """Over the GVA articles: cleaning twice changes nothing, and no article loses more than a fifth of its words."""
    import json

    with (shared / "data" / "gva" / "articles_dev.jsonl").open() as fh:
        texts = [json.loads(line)["text"] for line in fh][:400]
    for text in texts:
        once = clean_text(text)
        assert clean_text(once) == once
        if len(text.split()) >= 150:
            assert len(once.split()) >= 0.8 * len(text.split()), once[:200]


def test_characters_a_wrong_encoding_mangled_are_repaired() -> None:
    assert repair_characters("Man shot on Millbrook?s north side; police didn?t say") == (
        "Man shot on Millbrook’s north side; police didn’t say"
    )
    assert repair_characters("Philadelphia&#39;s West End") == "Philadelphia's West End"
    # a real question mark stays
    assert repair_characters("Who shot him? Police do not know?") == "Who shot him? Police do not know?"
    assert repair_characters("see example.com/index.php?s=news&t=2") == "see example.com/index.php?s=news&t=2"
