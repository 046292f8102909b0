"""The extractor: an Article in, a Report for every incident it tells of (its main news and those it recalls)."""

from __future__ import annotations

from strife.extract.assemble import ReportAssembler
from strife.extract.fillers import IRRELEVANT, RELEVANT, attach
from strife.extract.mentions import DocMentions, MentionFinder, default_finder
from strife.extract.segment import Segment, segment
from strife.geo.geocoder import Geocoder, GeoContext, default_geocoder
from strife.model import Article, Report

# The main incident must be told in the headline or the opening sentences; an article that only mentions an attack
# further down (an opinion piece, a profile) yields no main report. Calibrated on the seeds and GVA dev texts.
LEAD_SENTENCES = 5


class Extractor:
    """Finds mentions, segments them into incidents, and assembles a Report per incident.

    Light to construct; `warm_up()` (or the first call) loads spaCy, the gazetteer and the lexicons.
    """

    def __init__(self, finder: MentionFinder | None = None, geocoder: Geocoder | None = None) -> None:
        self.finder = finder or default_finder()
        self._geocoder = geocoder
        self._assembler: ReportAssembler | None = None

    def warm_up(self) -> None:
        if self._assembler is None:
            self.finder.warm_up()
            geocoder = self._geocoder or default_geocoder()
            geocoder.warm_up()
            self._assembler = ReportAssembler(geocoder)

    def __call__(self, article: Article) -> list[Report]:
        self.warm_up()
        assert self._assembler is not None
        if not article.text.strip():
            return []
        doc = self.finder.find(article)
        return self.reports(doc)

    def reports(self, doc: DocMentions) -> list[Report]:
        assert self._assembler is not None
        if doc.tagged is not None and doc.tagged.relevance < IRRELEVANT:
            return []
        context = self._context(doc)
        built: list[tuple[Segment, Report, bool]] = []
        state_story = self._state_story(doc)
        # The tagger, trained on MUC-4's notion of a terrorist incident, can vouch for a main incident that the
        # lexicon cues alone would miss (no attack word in the lead, a single cue) ...
        vouched = doc.tagged is not None and doc.tagged.relevance >= RELEVANT
        for i, seg in enumerate(segment(doc)):
            # ... yet only where the lexicons see an attack word or a victim figure somewhere in the story
            tagger_main = (
                vouched and seg.kind == "main" and any(s.mentions.is_event or s.mentions.triggers for s in seg.spans)
            )
            if seg.kind == "main" and not self._has_lead(seg) and not tagger_main:
                continue
            report = self._assembler.build(doc, seg, i, context, any_sentence=tagger_main)
            if report is None:
                continue
            enough = self._enough(report)  # on the lexicons' evidence alone: the tagger's fillers come below
            if not (enough or tagger_main):
                continue
            if seg.kind == "main" and state_story and not self._victims_outside_state_ops(seg):
                continue
            built.append((seg, report, enough))
        attach(doc, [(s, r) for s, r, _ in built])
        return [r for _, r, enough in built if enough or self._tagger_backed(r)]

    @staticmethod
    def _tagger_backed(report: Report) -> bool:
        """A report the lexicons found too thin stands when the tagger fills two roles besides victims: BBC
        entertainment and sport news have person names the MUC-trained tagger reads as victims ("actor X dies"),
        and with victims counted, or with no second role asked for, 12 % of those articles (400) got a report."""
        return len({f.role for f in report.roles or []} - {"Victim"}) >= 2

    def _context(self, doc: DocMentions) -> GeoContext:
        geocoder = self._assembler.geocoder  # type: ignore[union-attr]
        places = [p for sm in doc.sentences for p in sm.places]
        dateline = doc.dateline.place if doc.dateline else None
        return geocoder.document_context(places, dateline)

    @staticmethod
    def _state_story(doc: DocMentions) -> bool:
        """An article whose headline or opening sentence is about a state operation ("Army says offensive has
        killed 120 militants"): its main news is no attack unless victims of one are counted elsewhere."""
        opening = [sm for sm in doc.sentences[:2]]
        return any(sm.state_ops_only for sm in opening)

    @staticmethod
    def _victims_outside_state_ops(seg: Segment) -> bool:
        return any(
            c.role in ("killed", "wounded", "hostages") and span.within(c.start, c.end)
            for span in seg.spans
            if not span.mentions.state_ops and span.mentions.specific_triggers
            for c in span.mentions.casualties
        )

    @staticmethod
    def _has_lead(seg: Segment) -> bool:
        lead = [s for s in seg.spans if s.mentions.sentence.index < LEAD_SENTENCES]
        return any(s.mentions.is_event and not s.mentions.state_ops_only for s in lead)

    @staticmethod
    def _enough(report: Report) -> bool:
        """A report needs more than an attack word: at least two of a victim figure, a weapon, a typed target or
        victim, a responsible group, a suicide attacker. Calibrated on BBC business/sport/tech/entertainment news
        (bench/false_positives.py), where single cues ("beaten 11-9", "explosive growth") abound."""
        signals = [
            bool(report.killed or report.wounded or report.hostages),
            bool(report.weapons),
            bool(report.targets or report.victims),
            bool(report.perpetrators),
            bool(report.suicide),
            bool(report.perpetrators_count or report.perpetrators_killed),
        ]
        if sum(signals) < 2:
            return False
        if report.kind == "main":
            return True
        return bool(report.killed or report.wounded or report.hostages) or bool(
            report.location and (report.targets or report.perpetrators)
        )
