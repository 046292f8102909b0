"""Boilerplate cleaning for article text: drop page furniture, keep every real sentence and the paragraph breaks.

Works line by line on plain text and on trafilatura's output. The headline stays the first line (the extractor
reads it as the title); paragraphs are separated by one blank line.
"""

from __future__ import annotations

import html
import re
import unicodedata

# ------------------------------------------------------------------------------------------- markup and spaces

_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|header|footer)\b[^>]*>", re.I
)
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
# Zero-width and other invisible format characters that break matching but carry no text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# ------------------------------------------------------------------------------------------- whole-line junk

_SHARE_WORDS = (
    r"share|shares|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|"
    r"messenger|copy link|copy|link|save|comment|comments|sms"
)
# Always page furniture when a line is exactly this.
_JUNK_LINE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"by\s*[|·•,]*",  # an empty byline: "By  |"
            r"(\d+\s+)?comments?|show comments|view comments|leave a comment|join the conversation",
            r"send this to (a )?friend",
            r"loading\s*(\.\.\.|…)?",
            r"advertisement|sponsored( content)?|story continues below( advertisement)?",
            r"\(?(\(c\)|©|copyright)\s*(\(c\)\s*)?\d{4}\b.{0,200}",
            r"all rights reserved\.?",
            r"((share|sharing)( this| the)?( article| story| page| post)?|share (on|via) \w+)\s*:?",
            rf"((?:{_SHARE_WORDS})\s*[|·•,/]?\s*)+",  # a row of share buttons: "Facebook Twitter Email"
            r"(subscribe|sign in|log in|register)( now)?( to)? (continue|keep) reading.{0,80}",
            r"(subscribe|sign up)( now| today)?( for| to)( our)?( free)? (newsletters?|updates|alerts).{0,80}",
            r"already (a subscriber|have an account)\?.{0,60}",
            r"you have (reached|used) (your|all).{0,40}free (articles|stories).{0,80}",
            r"(we|this (web)?site) uses? cookies\b.{0,200}",
            r"(accept|reject|manage)( all)? cookies|cookie (settings|policy|preferences)",
            r"(please )?enable javascript.{0,80}|skip to (main )?content",
            r"(read more|related( stories| articles| coverage)?|recommended|most read|more from [\w ]{1,30})",
            r"[\W_]+",  # bullets, bars and rules alone on a line
            r"\d{1,2}:\d{2}",  # a video's running time
            r"close|more|google( plus)?|vote|view results|see also|watch( this)? (story|video)|related content:?",
            r"(share|like) this:.{0,80}",
            r"this is a developing story\b.{0,80}",
        )
    ),
    re.I,
)
# Site chrome that shows up inside a line: sign-up forms, app promotions, "follow us" lines. Only short lines.
_UI_PHRASES = re.compile(
    r"verification (email|message)|confirmation email|\bsign (in|up) (for|to|using|today|now|here)\b|"
    r"\b(please|or|to) sign (in|up)\b|^sign (in|up)\b|\blog ?in now|create one now|"
    r"(online|print) subscri|terms of (service|use)|privacy policy|click here|download (the|our) .{0,40}\bapp\b|"
    r"email alerts|notifications? (has been|are only|was)|problem saving your|thank you for registering|"
    r"why are we asking this|already a (print )?subscriber|need an account|click on the link|check your (email|spam)|"
    r"look forward to seeing you|selected any newsletters|email notifications|posts new content|"
    r"view this article in its entirety|premium clicks|\blog ?in here|location to your tweets|"
    r"tweet with a location|deliverable area|email address was supplied|modify the email address|"
    r"\b(photo|video) posted by\b|next to one or more of our|switch location on/off|set up your account|"
    r"complete your registration|convenience of home delivery",
    re.I,
)
# Chrome that is a whole sentence on its own ("Welcome back." is chrome; "to welcome back the families" is not).
_UI_SENTENCE = re.compile(
    r"(welcome back|thank you for reading|just one more thing|get digital access|total access|learn more|"
    r"what does verified mean|you might also like|trending now|top videos?)\W*",
    re.I,
)
_FOLLOW = re.compile(
    r"(follow|find|join|like|stay up to date|never miss|don't miss|get the latest|read more|for more)\b"
    r".{0,120}\b(facebook|twitter|instagram|app|radio|stories on|alerts|newsletter)\b.{0,80}",
    re.I,
)
# Cheap pre-check: a line without any of these words cannot hold a _UI_PHRASES match.
_UI_HINTS = (
    "verif", "confirm", "sign", "log", "create", "subscri", "terms", "privacy", "click", "download", "alert", "notif",
    "saving", "regist", "asking", "account", "check", "look forward", "newsletters", "new content", "entirety",
    "premium", "tweet", "deliverable", "email address", "posted by", "one or more", "location", "account",
    "registration", "delivery",
)  # fmt: skip
MAX_UI_LINE = 200
# Page furniture unless the line reads as a full sentence (a caption credit vs. "Photographs by witnesses showed...").
_LOOSE_JUNK_LINE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"(featured )?(image|photo|picture|photograph)( credit)?s?\s*(:|via|by|courtesy)\s.{0,150}",
            r"(read more|related( stories| articles| coverage)?|recommended|most read|more from [\w ]{1,30})"
            r"\s*[:»›>|]\s*.{0,150}",
        )
    ),
    re.I,
)
_STAMP = re.compile(r"(last )?(updated|published|posted)( on)?\s*:?\s+(?P<rest>.{1,60})", re.I)
_STAMP_WORDS = set(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "am pm a.m. p.m. et gmt utc bst cet est edt pst pdt ist pkt ago hour hours minute minutes day days at on".split()
)

# Section labels that some scrapers leave alone on the first line above the headline.
_SECTIONS = {
    "world",
    "world news",
    "news",
    "latest",
    "latest news",
    "breaking",
    "breaking news",
    "top stories",
    "home",
    "politics",
    "asia",
    "asia pacific",
    "south asia",
    "middle east",
    "africa",
    "europe",
    "americas",
    "us",
    "u.s.",
    "us news",
    "uk",
    "uk news",
    "national",
    "international",
    "nation",
    "local",
    "crime",
    "security",
    "opinion",
    "analysis",
    "world / asia",
}
_BREADCRUMB = re.compile(r"(home|news|world)\s*[>/»›|].{0,60}", re.I)

# A byline: "By Alec Smith", "By Alec Smith and Jo Doe | Reuters", "By AP staff". No sentence ends it.
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|el|bin|ul|la|le|da|di))*"
_BYLINE = re.compile(
    rf"(?i:by)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    r"(?:\s*[|·•,–—-]\s*(?:[A-Z][\w'’.&-]*|staff|writer|reporter|correspondent|in|and|of|the|for|at|\s)*)?",
)
_ROLE_WORDS = (
    r"(staff |senior |contributing |freelance |political |foreign |national |investigative |news |guest )*"
    r"(writer|reporter|correspondent|editor|journalist|contributor|columnist|intern|producer|blogger|"
    r"author|fellow|analyst|photographer|photojournalist)"
)
# An author bio: "Jo Reyes is a staff writer at Example News. ..."
_BIO = re.compile(
    rf"({_NAME})\s+(is|has been|serves as)\s+(a|an|the|our)\b.{{0,60}}\b{_ROLE_WORDS}s?\s+(at|for|with|of|based)\b",
    re.S,
)
_CONTACT = re.compile(
    r"(contact|email|follow|reach) [\w .]{1,40}(at|on|@|:)\s*\S+@\S+\.\S+.{0,40}|\S+@\S+\.\w+( \| .{0,60})?", re.I
)

# ------------------------------------------------------------------------------------------- inline junk

# Lower-case junk glued to an upper-case dateline: "fnnfISLAMABAD –" → "ISLAMABAD –".
_DATELINE_JUNK = re.compile(
    r"^[a-z]{1,12}(?=[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+)*"  # junk, then the upper-case place
    r"\s*(?:,\s*[A-Z][\w .]{1,30})?\s*(?:\([\w .]{1,20}\)\s*)?[–—:-])"  # ", Country (AP) –"
)


def _strip_markup(text: str) -> str:
    """Remove stray HTML: tags (block tags become line breaks), comments, scripts, and entities."""
    if "<" in text:
        text = _SCRIPT.sub(" ", text)
        text = _COMMENT.sub(" ", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _ANY_TAG.sub("", text)
    # Twice: pages that escape "&amp;nbsp;" leave an entity behind after the first pass.
    for _ in range(2):
        if "&" not in text:
            break
        text = html.unescape(text)
    return text


# A curly apostrophe lost to "?" by a page's wrong encoding ("Milwaukee?s northwest side", "didn?t"): a letter, the
# question mark, then a contraction's or possessive's lower-case ending and no more letters.
# (Not in a web address's query: "index.php?s=news".)
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|ll|re|ve|d|m)(?:[\s.,;:!)\]\"”’]|$))")


def repair_characters(text: str) -> str:
    """Characters a page's wrong encoding or escaping mangled: HTML entities ("Philadelphia&#39;s") decoded and an
    apostrophe lost to a question mark restored. Offsets move only where an entity is decoded."""
    if "&" in text:
        text = html.unescape(text)
    return _restore_apostrophes(text)


def _restore_apostrophes(text: str) -> str:
    return _LOST_APOSTROPHE.sub("’", text)


def _normalise_spaces(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 10 and line.endswith((".", "!", "?", '"', "”"))


def _is_stamp(line: str) -> bool:
    """A timestamp line: "Updated 10:32 AM ET, Tue October 25, 2016"."""
    m = _STAMP.fullmatch(line)
    if m is None:
        return False
    words = re.split(r"[\s,|·]+", m.group("rest").lower().strip(" ."))
    return any(ch.isdigit() for ch in m.group("rest")) and all(
        w in _STAMP_WORDS or any(ch.isdigit() for ch in w) for w in words if w
    )


# A video playlist's entry: its running time, then another story's title ("0:43 Man found dead in Parkland;
# suspect arrested Pause"). Its titles told of other deaths; in GVA dev 23 of 1,164 pages carry such a list.
# A live blog's time is kept: it says AM/PM or writes a sentence ("7:38 PM: Fire crews arrived.").
_VIDEO_TEASER = re.compile(r"\d{1,2}:\d{2} (?![AaPp]\.?[Mm]\b)\S.{0,150}")


def _is_video_teaser(line: str) -> bool:
    return bool(_VIDEO_TEASER.fullmatch(line)) and (line.endswith(" Pause") or not line.endswith((".", "!", "?")))


def _is_junk_line(line: str) -> bool:
    if _JUNK_LINE.fullmatch(line) or _is_video_teaser(line):
        return True
    if not _is_sentence(line) and _LOOSE_JUNK_LINE.fullmatch(line):
        return True
    if len(line) <= MAX_UI_LINE and _FOLLOW.fullmatch(line):
        return True
    return _is_stamp(line) or _is_byline(line) or bool(_CONTACT.fullmatch(line))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(\[])")


def _has_ui_hint(line: str) -> bool:
    low = line.lower()
    return any(hint in low for hint in _UI_HINTS)


def _without_ui_sentences(line: str) -> str:
    """Drop the sign-up / "click here" sentences of a short line; a line that is all chrome becomes empty."""
    if len(line) > 2 * MAX_UI_LINE:
        return line
    if not (_has_ui_hint(line) and _UI_PHRASES.search(line)) and not _UI_SENTENCE.match(line):
        return line
    sentences = _SENTENCE_END.split(line)
    return " ".join(s for s in sentences if len(s) > MAX_UI_LINE or not _is_ui_sentence(s))


def _is_ui_sentence(sentence: str) -> bool:
    return bool(_UI_SENTENCE.fullmatch(sentence) or _UI_PHRASES.search(sentence))


def _is_byline(line: str) -> bool:
    if len(line) > 120 or line.endswith((".", "!", "?", '"', "”")):
        return False
    return bool(_BYLINE.fullmatch(line)) or line.lower() in {"by ap", "by reuters", "by afp", "by staff"}


def _bio_name(line: str) -> str | None:
    """The author's name if this paragraph is an author bio ("X is a staff writer at ..."), else None."""
    m = _BIO.match(line)
    if m is None or m.start(1) != 0:
        return None
    name = m.group(1)
    # A bio names a person: two to five words, none of them a common sentence opener.
    if not 2 <= len(name.split()) <= 5 or name.split()[0] in {"The", "A", "An", "It", "This", "He", "She"}:
        return None
    return name


def _is_section_label(line: str) -> bool:
    return line.lower().rstrip(":") in _SECTIONS or bool(_BREADCRUMB.fullmatch(line))


def _keep_lines(lines: list[str]) -> list[str]:
    """Drop junk lines, then author bios (with the lone name line above), then a leading section label."""
    kept: list[str] = []
    for line in lines:
        line = _without_ui_sentences(line) if line else line
        if not line or not _is_junk_line(line):
            kept.append(line)
    kept = _drop_bios(kept)
    kept = [_DATELINE_JUNK.sub("", line) for line in kept]
    while True:  # section labels ("World", "Home > Asia") alone above the headline
        nonempty = [i for i, line in enumerate(kept) if line]
        if len(nonempty) < 2 or not _is_section_label(kept[nonempty[0]]):
            return kept
        kept = kept[nonempty[0] + 1 :]


def _drop_bios(lines: list[str]) -> list[str]:
    """Remove author bios: in the last third of the article, or right under the author's name alone on a line."""
    nonempty = [i for i, line in enumerate(lines) if line]
    tail_from = nonempty[len(nonempty) * 2 // 3] if len(nonempty) >= 3 else 0
    kept: list[str] = []
    for i, line in enumerate(lines):
        name = _bio_name(line) if line else None
        if name is None:
            kept.append(line)
            continue
        above = [k for k in kept if k]
        after_name = bool(above) and above[-1] in {name, f"{name.split()[0]} {name.split()[-1]}"}
        if not (after_name or i >= tail_from):
            kept.append(line)
            continue
        while kept and not kept[-1]:
            kept.pop()
        if after_name:
            kept.pop()
    return kept


_TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "]", "…")


def _is_wrapped(block: list[str]) -> bool:
    """True for a hard-wrapped block: several lines, most of them cut mid-sentence at a similar width."""
    if len(block) < 3:
        return False
    cut = sum(1 for line in block[:-1] if not line.endswith(_TERMINAL))
    widths = sorted(len(line) for line in block[:-1])
    return cut >= 0.6 * (len(block) - 1) and widths[len(widths) // 2] >= 40 and widths[0] >= 0.5 * widths[-1]


def _paragraphs(lines: list[str]) -> list[str]:
    """Group lines into paragraphs. A blank line ends one; hard-wrapped lines are rejoined, the headline never is."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    paras: list[str] = []
    for block in blocks:
        if not block:
            continue
        if not paras:  # the headline stays a paragraph of its own
            paras.append(block[0])
            block = block[1:]
            if not block:
                continue
        if _is_wrapped(block):
            paras.append(" ".join(block))
            continue
        for i, line in enumerate(block):
            prev = paras[-1]
            # A lone line cut mid-sentence, continued in lower case on the next line.
            if i > 0 and len(prev) >= 40 and not prev.endswith(_TERMINAL) and line[0].islower():
                paras[-1] = prev + " " + line
            else:
                paras.append(line)
    return paras


def clean_text(text: str) -> str:
    """Return `text` without page furniture: headline first, paragraphs separated by a blank line. Idempotent."""
    text = _normalise_spaces(_restore_apostrophes(_strip_markup(text)))  # entities: _strip_markup decodes them
    lines = _keep_lines(text.split("\n"))
    return "\n\n".join(_paragraphs(lines))
