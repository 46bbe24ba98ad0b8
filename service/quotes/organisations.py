"""The organisations and places an article names, and what a short name or a body noun
stands for: 'the Security Council' is the United Nations Security Council the article
named, 'the bureau's director' the Federal Bureau of Investigation's, 'its chief
executive' the company that spoke just before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .descriptions import (APOSTROPHE_S, POSSESSIVE, RANKS, UNNAMED_DETERMINERS, affiliation_text, after_determiner,
                           appositions, common_noun, hyphen_joins, is_role_title, name_written, spaced_dash)
from .lexicon import Lexicon
from .names import (NAME_AS_BODY_ENTS, company_form, company_name, form_word, named_as_body, seat_word,
                    self_named_body, speaks)

# Body nouns that refer back to a company named by its legal form: 'Acme Corp. ... the firm'.
COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})
# How the body nouns for a company by what it makes end: 'chipmaker', 'housebuilder'.
_TRADE_ENDINGS = ("maker", "builder")
# The body nouns for a company by its trade, and the last words of its name that give that
# trade (industry_words.txt): 'Sahra Airways ... the airline said'. Written for this project
# from business news usage; added where a set of news on Gulf aviation met an airline so named.
_TRADE_NOUNS = {
    "airline": frozenset({"air", "airlines", "airways"}),
    "carrier": frozenset({"air", "airlines", "airways", "telecom", "telecoms", "wireless", "cellular"}),
    "drugmaker": frozenset({"pharma", "pharmaceuticals", "therapeutics"}),
    "insurer": frozenset({"insurance", "re"}),
    "automaker": frozenset({"motor", "motors"}),
    "carmaker": frozenset({"motor", "motors"}),
    "steelmaker": frozenset({"steel"}),
    "chipmaker": frozenset({"semiconductor", "semiconductors"}),
    "refiner": frozenset({"refining", "petroleum"}),
    "publisher": frozenset({"books", "publishers", "publishing"}),
    "studio": frozenset({"films", "pictures", "studios"}),
}
# Body nouns British and American spelling write apart: 'the Minor Planet Center ... the centre
# announced'.
_AMERICAN_SPELLINGS = {"centre": "center", "theatre": "theater", "organisation": "organization"}
# Participles that say who owns a body: 'family-owned', 'state-run', 'privately-held'.
_OWNER_PARTICIPLES = frozenset({"own", "run", "control", "operate", "hold"})
# Heads of the names of public bodies, which 'the company' never refers back to: 'The European
# Commission fined Vantor. ... the company said' is not the Commission. The public ones of
# body_nouns.txt, chosen by hand.
_PUBLIC_BODY_NOUNS = frozenset("administration agency army authority bureau campaign caucus commission committee "
                               "consulate council court delegation department directorate embassy government "
                               "inspectorate junta military ministry municipality navy office parliament party police "
                               "regime regulator secretariat tribunal union watchdog dicastery nunciature".split())
# Heads of public bodies' names that 'the agency' refers back to, where no body is near: 'the
# National Highway Traffic Safety Administration ... the agency said', 'the Internal Revenue Service'.
_AGENCY_HEADS = frozenset({"administration", "authority", "bureau", "commission", "service"})
# The body nouns of body_nouns.txt that name a business, chosen by hand: an organisation
# described so is one 'the company' may stand for ('Shares of Veridian Semiconductor fell
# after the chipmaker forecast ... "...," the company said').
_BUSINESS_NOUNS = frozenset("airline automaker bank broadcaster carmaker carrier chain chipmaker company conglomerate "
                            "consortium corporation drugmaker firm insurer lender manufacturer maker publisher "
                            "refiner retailer shipbuilder startup steelmaker supplier utility".split())
# How far back (tokens) 'the company' may stand for the last organisation named, a subject.
_COMPANY_REACH = 150
# Verbs of owning: the agent of one in the passive is a subject (see _agent_of_passive).
_OWNING_VERBS = frozenset({"own", "acquire", "buy", "purchase", "control"})
# How a subject hangs on its verb.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Entities the recogniser classed as a body or a place: named between an organisation and a
# reference to it, they leave the reference its ('stranded at Dallas Love Field ... the
# airline said').
_PLACE_OR_BODY_ENTS = NAME_AS_BODY_ENTS | {"FAC", "LOC"}
# Names of things no public body is: a 'Cessna 172' or 'Runway 27' between the Federal Aviation
# Administration and 'the agency' names no other agency (a maker of them may be a company)
_THING_ENTS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_INITIALS_AND_WORD = re.compile(r"([A-Z]{2,5})([A-Z][a-z]{2,})")  # ('SANParks': see _spelled_before_initials)
# The small words a body's name spelled out may have between its capitalised ones, and how
# many words before its initials it may start (see _spelled_before_initials).
_NAME_LINKS = frozenset({"of", "for", "in", "and", "on", "to", "the", "de", "du", "des", "la", "le", "&", ",",
                         "'s", "’s"})
_LONGEST_SPELLED = 16
_STOPPED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # 'U.S.', 'U.K.'
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")  # where a name the recogniser ran on over its possessive ends
# A country written by its initials before a body's name: 'U.S.', 'UK'.
_INITIALS_OF_PLACE = re.compile(r"(?:[A-Z]\.){2,3}|US|UK")
# Lower-case words inside an organisation's name: 'Bank of America', 'Society for the Arts'.
_NAME_PARTICLES = frozenset({"of", "for", "and", "the", "on", "&"})
# Names of days and months, proper nouns that name nothing 'its' could stand for.
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                           "may june july august september october november december jan feb mar apr jun jul aug "
                           "sep sept oct nov dec".split())


@dataclass(frozen=True)
class _Organisation:
    """An organisation or place the article names: where, its entity label, the lemma of
    its head word ('bureau' of 'Federal Bureau of Investigation'), whether it is a
    subject on its own ('Canova and Sanders turned to X' has none 'its' could mean), its
    words, whether its name ends in a company's legal form ('Acme Corp.'), and the body
    nouns set beside or before it ('group' of 'NetChoice, the trade group that sued,', of 'the
    trade group NetChoice')."""

    start: int
    label: str
    head: str
    subject: bool
    words: Span
    company: bool = False
    described: frozenset[str] = frozenset()
    # The lower-case body noun the name stands before, left out of it: 'union' of 'the
    # Machinists union', 'campaign' of 'the Trump campaign'.
    noun_after: Token | None = None
    # The source of its sentence, a subject to the sentences after it: 'According to
    # Counterpoint Research, shipments fell. "...," said X, the firm's analyst'; not to its
    # own, which tells of others ('According to The Guardian, the club's director ...').
    source: bool = False
    # The token after the phrases set beside it and the clauses on it: bodies named inside
    # them ('NetChoice, a trade group whose members include Meta') are no others named since.
    reach: int = 0
    # Named after a role's preposition: a person's firm ('an analyst at Hartwell & Co.'),
    # no company 'the company' refers back to.
    of_role: bool = False
    # Whether the noun after it names its kind and is the subject: 'The Fare network, which
    # monitors ..., said' (not a body of it: 'the Premier League club').
    kind_spoke: bool = False
    # The body noun a clause on it says it is called: 'committee' of 'A committee called Ashby
    # Families for Accountability'. The article has introduced it so: 'the committee' stands
    # for it, whatever bodies are named after it, until another such noun is written.
    called: str | None = None


class Organisations:
    """The bodies an article names, by name and in order.

    `people` is the index of the tokens of people's names (People's own, filled as People
    learns them): a name read as a person's is no organisation, nor something unclassed
    named in between. A mapping, not a People: holding that would tie the two in a cycle.
    """

    def __init__(self, entities, tokens: list[Token], lexicon: Lexicon, sentence_bounds: list[tuple[int, int]],
                 people: Mapping[int, object], left_out: Callable[[Span], bool],
                 quoted: Callable[[int], bool], named_bodies: frozenset[str] = frozenset(),
                 companies: frozenset[str] = frozenset(),
                 titled: Callable[[int], bool] = lambda i: False) -> None:
        self.tokens = tokens
        self.lexicon = lexicon
        self.sentence_bounds = sentence_bounds
        self.people = people
        # Bodies by name, not a headline's (`left_out`: 'Lopez’s Harbor Gazette Nemesis
        # Speaks' names no 'Harbor Gazette Nemesis', nor does a dateline). And the
        # organisations and places named outside quotes and headlines, in order: what 'its'
        # and 'the bureau' may stand for (see `before`).
        self.bodies: list[str] = []
        self.bodies_unquoted: list[str] = []  # and those outside quotes (see body_name)
        self.places: set[str] = set()  # no short form of a body (see body_name)
        self.named: list[_Organisation] = []
        self._quoted = quoted
        self._titled = titled  # whether token i lies in a quoted title ('its "Colleague First" pledge')
        # Short names the article gives in brackets after a body's name: 'Napolcom' of 'The
        # National Police Commission (Napolcom)'.
        self._short_names: dict[str, str] = {}
        spelled = [*_spelled_before_initials(tokens, quoted), *_companies_defining_names(tokens, lexicon, quoted)]
        # (the whole name, which the recogniser may have cut: see body_name)
        self._spelled = [ent.text for ent in spelled]
        entities = sorted([*entities, *_bodies_described_unrecognised(tokens, lexicon, quoted), *spelled,
                           *_openings_written_alone(tokens, entities, lexicon, quoted)],
                          key=lambda ent: ent.start)
        previous = None
        for ent in entities:
            # (an acronym whatever the recogniser took it for: 'the Japan Aerospace Exploration
            # Agency (JAXA)', a person to it)
            # (or one 'known as' calls it, whatever the recogniser took it for: 'the Monetary Policy
            # Committee, known as Copom,')
            if previous is not None and previous.label_ == "ORG" and len(ent) == 1 and ((
                    (ent.label_ == "ORG" or _ACRONYM.fullmatch(ent.text))
                    and ent.start == previous.end + 1 and ent.end < len(tokens)
                    and tokens[previous.end].text == "(" and tokens[ent.end].text == ")")
                    or (ent.label_ != "PERSON" and _known_as(tokens, previous.end, ent.start))):
                self._short_names.setdefault(ent.text, self._body_words(previous).text.removeprefix("the ")
                                             .removeprefix("The "))
            if previous is None or ent.end != previous.end:
                # (of two ending together, the longer: 'Office for the Coordination of
                # Humanitarian Affairs', spelled, not the recogniser's 'the Coordination of ...')
                previous = ent
        for ent in entities:
            if ent.label_ != "ORG":
                continue
            body = self._body_words(ent).text.removeprefix("the ").removeprefix("The ")
            for short in _defined_in_brackets(tokens, ent.end):
                # (words of the name, or the body noun of a company's: not 'Saif Marine' for a
                # name the recogniser began at its '&', 'Infrastructure LLC')
                if set(short.split()) <= set(body.split()) \
                        or (short.lower() in lexicon.body_nouns and company_name(ent, lexicon)):
                    self._short_names.setdefault(short, body)
        for ent in entities:
            if ent.label_ == "GPE":
                self.places.add(ent.text)
            # (a one-word name the article shows elsewhere to be a body's, whatever the recogniser
            # took it for: 'the state power utility Eskom'; a company's by its shares: 'Petrobras'
            # shares fell')
            word = name_written(ent)
            # (and a body's name the recogniser took for a work: 'The Tucson Police Officers Association')
            label = "ORG" if (ent.label_ == "PERSON" and (named_as_body(ent, lexicon) or word in named_bodies)) \
                or (ent.label_ == "WORK_OF_ART" and ent[-1].lemma_.lower() in lexicon.body_nouns) else ent.label_
            if label not in ("ORG", "GPE") or left_out(ent):
                continue
            words = self._body_words(ent)
            chapter = _chapter_as_subject(ent)
            if label == "ORG" and chapter:
                words = ent.doc[words.start:ent.end + 1]  # 'Amnesty International Kenya', its chapter there
            if label == "ORG":
                self.bodies.append(words.text.removeprefix("the ").removeprefix("The "))
                if not quoted(ent.start):
                    self.bodies_unquoted.append(self.bodies[-1])
            if not quoted(ent.start):
                root = ent.root
                saw = _saw_what_is_told(root, lexicon)  # (no body 'the company' later in its sentence is)
                after = root.head if root.dep_ == "compound" and root.head.i == ent.end and root.head.is_lower \
                    and common_noun(root.head) and root.head.lemma_.lower() in lexicon.body_nouns else None
                kind_spoke = after is not None and after.dep_ in _SUBJECT_DEPS \
                    and ent[-1].lemma_.lower() not in lexicon.body_nouns
                # (or the body of people who are: 'Goldman Sachs analysts wrote'; or named before its
                # kind of body, the subject: 'The Fare network, which monitors ..., said')
                subject = (root.dep_ in _SUBJECT_DEPS or _of_subject_people(root, lexicon) or chapter
                           or (_subject_as_company_later(ent, sentence_bounds[ent.start][1]) and not saw)
                           or _beside_a_subject_body(root) or kind_spoke or _agent_of_passive(root)
                           or _after_a_dateline(root)) \
                    and not any(c.dep_ == "conj" for c in root.children)
                of_role = _of_a_role(root, lexicon)
                last = form_word(words[-1])  # ('S.A.'; a possessive's apostrophe aside: "Pioneer Wireless'")
                company = label == "ORG" and not of_role and (word in companies or last in lexicon.company_suffixes or (
                    last in lexicon.industry_words and not any(t.lower_ == "of" for t in ent)))
                # (set beside it, 'NetChoice, the trade group that sued,', or before it, 'the
                # tech industry group NetChoice')
                beside = [*appositions(root), *(c for c in root.lefts if c.dep_ == "compound" and c.i < ent.start)]
                # ('a group calling itself Nightjar'; not a quoted title: 'a website called "Cape Breton If ..."')
                calling = self_named_body(root, lexicon.body_nouns) if not (quoted(root.i) or titled(root.i)) else None
                if calling is not None:
                    beside.append(calling)
                    subject = subject or calling.dep_ in _SUBJECT_DEPS
                later = [noun for noun in self._described_after(ent) if noun.lemma_.lower() in lexicon.body_nouns] \
                    if not saw else []
                # (the noun right before it also where the tagger took it for an adjective:
                # 'catastrophe modeling firm [JJ] Terrafirm Analytics said')
                described = frozenset(noun.lemma_.lower() for noun in [*beside, *later]
                                      if common_noun(noun) and noun.lemma_.lower() in lexicon.body_nouns) | {
                    c.lower_ for c in root.lefts if c.dep_ == "amod" and c.i == ent.start - 1 and c.is_lower
                    and c.lower_ in lexicon.body_nouns}
                # (its head word is the English noun for the word a name in another language opens
                # with: 'the Sindicato de Médicos Residentes (SIMER)' is headed by 'union')
                opening = words[1:] if words[0].lower_ == "the" else words
                foreign = lexicon.foreign_body_nouns.get(opening[0].text) if len(opening) > 1 else None
                # ('Tarjeta Andina, which is owned by Almacenes Andinos, said')
                clauses = [c for c in root.children if c.dep_ == "relcl" and c.i > root.i]
                reach = max([ent.end, *(t.i + 1 for noun in [*beside, *clauses] for t in noun.subtree),
                             *(n.i + 1 for n in later)])
                self.named.append(_Organisation(ent.start, label, foreign or root.lemma_.lower(), subject, words,
                                                company, described, after, _according_to(root), reach, of_role,
                                                kind_spoke, calling.lemma_.lower() if calling is not None else None))
        # a company's name cut to its first word is the company's too: 'Pioneer' after Pioneer Wireless
        companies = {self._body_of(o) for o in self.named if o.company}
        if companies:
            self.named = [replace(o, company=True) if not o.company and o.label == "ORG" and not o.of_role
                          and len(o.words) == 1 and (body := self._body_of(o)) in companies
                          and body.startswith(f"{o.words.text} ") else o for o in self.named]

    def _described_after(self, ent: Span) -> list[Token]:
        """A body noun after 'the', with words in lower case only before it, as the subject of a
        clause later in the organisation's sentence (no relative clause), no other body named
        between: 'Shares of Veridian Systems rose after the cloud software company reported'
        (the company is Veridian Systems)."""
        end = self.sentence_bounds[ent.start][1]
        found = []
        for token in self.tokens[ent.end:end]:
            if token.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
                break
            if token.dep_ in _SUBJECT_DEPS and common_noun(token) and token.tag_ == "NN" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                    and all(t.is_lower for t in token.lefts) \
                    and not any(a.dep_ == "relcl" for a in token.ancestors) \
                    and not any(c.tag_ == "WP" for c in token.head.children) \
                    and token.lemma_.lower() != ent.root.lemma_.lower() \
                    and not any(o.head == token.lemma_.lower() for o in self.named):
                # (not 'packed the Senior Center for a hearing on cuts, which the authority says
                # ...', nor in what another calls it: 'Coral Air has been ordered to pay ..., in
                # what the consumer watchdog described as', nor its own noun or that of a body
                # named before it: 'The Supreme Court ruled while the appeals court considered',
                # the Transit Authority's)
                found.append(token)
        return found

    def _body_words(self, ent: Span) -> Span:
        """An organisation's name without the words of a title after it that the recogniser
        took in: 'Dunmore Harbor Authority' of 'Dunmore Harbor Authority Executive Director',
        'Navy' of 'Navy Rear' before 'Adm.'; nor the possessive it ends in: 'The European Space
        Agency's Lumen lander', 'Huntington Ingalls Industries' Newport News Shipbuilding' (a
        plural's bare apostrophe only after a company's form or trade: a longer name may run on
        from it, 'the Senate Veterans' Affairs Committee'); nor a preposition it ends in ('the
        National Museum in' before 'Onikan')."""
        end = ent.end
        while end - 1 > ent.start and self.tokens[end - 1].pos_ == "ADP" and self.tokens[end - 1].is_lower:
            end -= 1
        last = self.tokens[end - 1].text
        if end - 1 > ent.start and (last in APOSTROPHE_S or (
                last in POSSESSIVE and company_form(self.tokens[end - 2], self.lexicon))):
            end -= 1
        after = self.tokens[end] if end < len(self.tokens) else None
        if after is not None and (is_role_title(after, self.lexicon) or after.text in self.lexicon.honorifics):
            while end - 1 > ent.start and (is_role_title(self.tokens[end - 1], self.lexicon)
                                           or self.tokens[end - 1].lower_ in RANKS) \
                    and self.tokens[end - 2].pos_ != "ADP":  # not 'Department of Justice'
                end -= 1
        return ent.doc[ent.start:end]

    def body_name(self, name: str) -> str:
        """An organisation's fullest name in the article: 'Security Council' → 'United Nations
        Security Council', 'Peabody' → 'Peabody Energy', 'AROS' → 'Alliance to Reclaim Our
        Schools'. The name ends the fuller one ('Homeland Security' is the Department of
        Homeland Security before Homeland Security Investigations) or opens it, never sits
        inside: 'Post' is not a headline taken for a body ('Washington Post Hit Piece ...').
        One it opens is named outside quotes: 'Apple' is not the 'Apple Intelligence' of a
        speaker's words. A name ending in a body noun is whole: the Metropolitan Police is
        not the Metropolitan Police Federation.
        A legislature's chamber is the fuller name only of its place or its own ('United States
        Senate', 'House of Representatives'), not the White House, the House Intelligence
        Committee or the Senate Dems. A name spelled out before its initials in brackets is
        whole: the name opening it, but a place's, is short for it."""
        if name in self.lexicon.chambers:
            places = self.places | self.lexicon.places
            chamber = [body for body in self.bodies if body.startswith(f"{name} of ")
                       or (body.endswith(f" {name}") and body.removesuffix(f" {name}") in places)]
            return max(chamber, key=len) if chamber else name
        spelled = [body for body in self._spelled if body.startswith((f"{name} ", f"{name},"))
                   and name not in self.places and name not in self.lexicon.places]
        if spelled:  # 'Board of Control for Cricket' of 'Board of Control for Cricket in India (BCCI)'
            return max(spelled, key=len)
        if name in self._short_names:
            return self._short_names[name]
        if _ACRONYM.fullmatch(name):  # 'DNC' → 'Democratic National Committee'
            # (after the place it serves: 'FDA' → 'U.S. Food and Drug Administration')
            places = self.places | self.lexicon.places
            spelled = [body for body in self.bodies if _initials(body) == name
                       or ((body.split()[0] in places or _INITIALS_OF_PLACE.fullmatch(body.split()[0]))
                           and _initials(body.partition(" ")[2]) == name)]
            # or the name before a possessive the recogniser ran on over ('World Health
            # Organization’s South-East Asia'), or before its last part after 'and' ('CDC' →
            # 'Centers for Disease Control and Prevention')
            spelled += [owner for body in self.bodies if len(name) >= 3 and _POSSESSIVE_AFTER.search(body)
                        for owner in [_POSSESSIVE_AFTER.split(body)[0]] if _initials(owner) == name]
            spelled += [body for body in self.bodies if len(name) >= 3 and " and " in body
                        and _initials(body.rpartition(" and ")[0]) == name]
            if spelled:
                return spelled[0]
        longer = [body for body in self.bodies
                  if body.endswith(f" {name}") and _fuller_name(body, name, -1, self.places)] \
            or [body for body in self.bodies_unquoted
                if body.startswith(f"{name} ") and _fuller_name(body, name, 0, self.places)
                and not self._another_body(name, body)]
        return max(longer, key=len) if longer else name

    def short_name(self, name: str) -> bool:
        """Whether the article gave `name` in brackets after a body's name, as its short one."""
        return name in self._short_names

    def described_as(self, name: str, noun: str) -> bool:
        """Whether the article names the body `name` with `noun` for its head or sets the
        noun beside it: 'Accessible Skies Alliance, a disability rights group' is a group."""
        return any(o.label == "ORG" and (o.head == noun or noun in o.described) and self._body_of(o) == name
                   for o in self.named)

    def named_with(self, index: int, words: list[Token], noun: str) -> str | None:
        """The organisation a body noun after lower-case nouns stands for: the last one named
        before token `index` whose name holds each of the nouns and that the body noun fits
        (its head or a noun set beside it, or a company's noun for a business): 'the hospital
        group' after the Minnesota Hospital Employers Group, 'the mining company' after Andean
        Ridge Mining. None when none does."""
        for o in reversed(self.named):
            if o.start >= index or o.label != "ORG" or o.start in self.people:
                continue
            name = {w.lower_ for w in o.words}
            if all(w.lower_ in name or w.lemma_.lower() in name or f"{w.lemma_.lower()}s" in name for w in words) \
                    and (o.head == noun or noun in o.described
                         or (noun in COMPANY_NOUNS and not _public_for_company(o, noun))):
                return self._body_of(o)
        return None

    def _another_body(self, name: str, body: str) -> bool:
        """Whether a name ending in a body noun is whole and a longer one opening with it
        another body's: a capitalised word after it, not a company's form nor an 'of'
        ('Living Church of God', 'Podesta Group Inc.'). So is a longer one than a company's name
        by its form or trade, unless a legal form ends it: a unit or a work of the company
        ('Eastmere Water Press Office', 'Northgate Asset Management Mid-Year Outlook'; not 'Ford
        Motor Company')."""
        rest = body[len(name):].split()
        after = rest[0].rstrip(".").lower()
        last = name.split()[-1].rstrip(".").lower()
        if last in self.lexicon.company_suffixes or last in self.lexicon.industry_words:
            return rest[-1].rstrip(".").lower() not in self.lexicon.company_suffixes
        return last in self.lexicon.body_nouns and after not in _NAME_PARTICLES \
            and after not in self.lexicon.company_suffixes

    def before(self, index: int, noun: str | None = None, nearby: bool = True, spoke: bool = False) -> str | None:
        """The organisation a reference at token `index` stands for. A body noun ('the
        bureau's director') stands for the nearest organisation named before it with that
        noun for its head (the Federal Bureau of Investigation; 'the company' or 'the firm', a
        name ending in a company's legal form: Acme Corp.), unless another kind of it
        ('the appeals court') is mentioned in between, else for the organisation that is a
        subject in its sentence or the one before ('Acme Corp. reported a loss. The company
        said'), or the source of the one before ('According to Acme Corp., ...'). 'its'
        (`noun` None) stands for the organisation or place that is a subject
        in its sentence, else the nearest organisation named there, else the same in the
        sentence before ('a digital firm, Revolution Messaging. Scott Goodstein, its chief
        executive'). None when there is none, or when something the recogniser did not
        class is named in between; for a body noun not `nearby` (a title's: 'board
        chairman'), only an organisation with that head word. For someone who `spoke` for a
        body unnamed ('A spokesman said'), only an organisation that is a subject there."""
        named = [o for o in self.named if o.start < index and o.start not in self.people]
        organisations = [o for o in named if o.label == "ORG"]
        first = self.sentence_bounds[index][0]  # where its sentence and the one before start
        previous = self.writers_sentence_before(first)
        previous = first if previous is None else previous
        if noun is not None:

            def named_so(o: _Organisation) -> bool:
                # (the noun after a name only for a reference, not a title's: 'campaign chairman
                # X' in an article naming two campaigns may be either's)
                # (a maker or builder is a company too: 'Castlegate Homes ... The housebuilder said')
                return _spelled_alike(o.head, noun) \
                    or (o.company and (noun in COMPANY_NOUNS or noun.endswith(_TRADE_ENDINGS)
                                       or o.words[-1].lower_ in _TRADE_NOUNS.get(noun, ()))) \
                    or (nearby and o.noun_after is not None and o.noun_after.lemma_.lower() == noun) \
                    or self._short_for(o, noun)

            headed = [o for o in organisations if named_so(o) or noun in o.described]
            since = [o for o in organisations if not o.of_role]
            if headed and not named_so(headed[-1]) and since and since[-1].start >= headed[-1].reach \
                    and headed[-1].called != noun:
                # described so, not named so, and another named since (not in what describes
                # it, nor a person's firm): 'Young Presidents Organization, a business group, ...
                # Save Our Youth ... the group's director'
                headed = []
            if headed and noun in COMPANY_NOUNS and headed[-1].head != noun and noun not in headed[-1].described:
                # a company named by its legal form only, before the source of the sentence
                # before: 'Apple Inc. reported ... According to Counterpoint Research, ...
                # said X, a senior analyst at the firm'
                source = [o for o in organisations if o.source and previous <= o.start < first
                          and o.start > headed[-1].start]
                if source:
                    return self._body_of(source[-1])
            if headed:
                words = headed[-1].words
                # (not its own noun set beside it: 'the trade group')
                others = [t.i for t in self.tokens[max(words.end, headed[-1].reach):index]
                          if t.lemma_.lower() == noun and common_noun(t) and not t.ent_type_
                          and (any(c.dep_ in ("compound", "amod") for c in t.children)
                               or after_determiner(t, UNNAMED_DETERMINERS))
                          and not described_by_seat_or_size(t)
                          and not _modified_by_its_name(t, words)
                          and not (t.dep_ == "appos" and words.start <= t.head.i < words.end)
                          and (headed[-1].noun_after is None or t.i != headed[-1].noun_after.i)]
                if others:
                    # 'the Supreme Court ... the appeals court ... the court's chief judge'; 'GM is
                    # recalling trucks, the company said. A company in Ohio makes ... the company';
                    # unless a body is a subject since, to be read as below: 'Kaveri Power and
                    # Infrastructure Ltd ... bars him from a listed company ... Kaveri Power said
                    # it would appeal. "...," the company said'
                    if not any(o.subject and o.start > others[-1] for o in organisations):
                        return None
                    headed = []
            if headed:
                if nearby and headed[-1].noun_after is not None and headed[-1].noun_after.lemma_.lower() == noun:
                    # 'the Machinists union ... the union's president': the name with its noun, as written
                    return self._with_noun_after(headed[-1])
                return self._body_of(headed[-1])
        if not nearby:
            return None
        reference = self.tokens[index]
        # (not the subject of the verb the reference is an object of: 'Albion Airways accused the
        # union of rejecting ...' is no union of Albion's)
        own = [o for o in named if o.start >= first and not _co_argument(o.words.root, reference)]
        # (nor one the sentence before set against a body of the noun: 'Skyline Airways accused the
        # union of ... The union dismissed')
        against = [t for t in self.tokens[previous:first] if t.lemma_.lower() == noun
                   and common_noun(t)] if noun is not None else []
        earlier = [o for o in named if previous <= o.start < first
                   and not any(_co_argument(o.words.root, t) for t in against)]
        for sentence in (own, earlier):
            # (a place only for 'its'; a body that spoke only as a subject)
            its = noun is None and not spoke
            chosen = [o for o in sentence if (o.subject or (o.source and o.start < first))
                      and (its or o.label == "ORG") and not _public_for_company(o, noun)] \
                or [o for o in sentence if its and o.label == "ORG"]
            if noun is not None and len(chosen) > 1:
                # (the one that spoke, before the subject of what it said: 'News Media Canada said
                # that the Enterprise was "..." ... the organization said')
                chosen = [o for o in chosen if speaks(o.words.root, self.lexicon)] or chosen
            if chosen:
                bodies = {k for o in named for k in range(o.words.start, o.words.end)}
                things = _THING_ENTS if noun is not None and noun not in COMPANY_NOUNS else frozenset()
                if any(t.pos_ == "PROPN" and t.i not in self.people and t.ent_type_ not in _PLACE_OR_BODY_ENTS
                       and t.ent_type_ not in things
                       and t.i not in bodies  # (a body the recogniser took for a person: 'state-run Petrobras')
                       and t.lower_.rstrip(".") not in CALENDAR_WORDS and not _modifies_common_noun(t)
                       and not self._quoted(t.i) and not self._titled(t.i)
                       for t in self.tokens[max(chosen[-1].words.end, chosen[-1].reach):index]):
                    # 'a job at Uber [a date to the recogniser] before its vice president'; not
                    # 'iPhone shipments', a word of a common noun's phrase, one in what is set
                    # beside the body ('OpenAI, the maker of ChatGPT, said ... the company said'),
                    # nor one its words name ('Acme said: "...spills on the Meon ..." the company said'),
                    # nor a quoted title ('as part of its "Colleague First" pledge')
                    return None
                # (the name with the noun that spoke, as written: 'The Fare network said')
                return self._with_noun_after(chosen[-1]) if chosen[-1].kind_spoke else self._body_of(chosen[-1])
        if noun == "agency":
            # further back, the last public body named by another head: 'according to documents
            # posted by the National Highway Traffic Safety Administration ... the agency wrote'
            agencies = [o for o in organisations if o.head in _AGENCY_HEADS]
            if agencies:
                return self._body_of(agencies[-1])
        if noun in COMPANY_NOUNS and not spoke:
            # further back, the last organisation named, a subject, with none named since:
            # 'OpenAI said on Thursday ... "...," the company said ... Sarah Friar, the company's
            # chief financial officer'
            # (past a name that only modifies a noun, or a figure the recogniser took for a body:
            # 'Thorncastle Group has cut ... The FTSE 250 housebuilder ... fell to 612p ... the
            # company said')
            last = next((o for o in reversed(organisations) if not _names_no_actor(o)), None)
            if last is not None and last.subject and index - last.start <= _COMPANY_REACH \
                    and not _public_for_company(last, noun) \
                    and not any(t.lemma_.lower() == noun and after_determiner(t, UNNAMED_DETERMINERS)
                                for t in self.tokens[last.start:index]):
                return self._body_of(last)  # (not past 'A company in Ohio makes the airbags')
            businesses = [o for o in organisations if o.described & _BUSINESS_NOUNS and not o.of_role]
            if businesses:  # else the last organisation described as a business
                return self._body_of(businesses[-1])
        return None

    def opened_by(self, index: int, words: list[str], noun: str) -> str | None:
        """The last organisation named before token `index` whose name opens with `words` and
        ends in `noun`: what 'the Cumberland refuge' stands for after the Cumberland Elephant
        Refuge."""
        for o in reversed(self.named):
            name = [t.text for t in o.words if t.lower_ != "the"]
            if o.start < index and o.label == "ORG" and len(name) > len(words) \
                    and name[:len(words)] == words and name[-1].lower() == noun:
                return self._body_of(o)
        return None

    def headed_by(self, index: int, noun: str) -> str | None:
        """The last organisation named before token `index` whose name `noun` heads, for a
        noun no lexicon counts a body's: 'the fund' after the West Pennine Pension Fund, 'the
        lottery' after the Great Lakes Lottery. None when none is."""
        return next((self._body_of(o) for o in reversed(self.named) if o.start < index and o.label == "ORG"
                     and o.start not in self.people and o.head == noun and len(o.words) > 1), None)

    def named_after(self, index: int, noun: str) -> str | None:
        """The first organisation named after token `index` with `noun` for its head or set
        beside it, or ending its name ('Helmsby and Dales District Council', whose head the parse
        may put first): what a headline's body noun stands for ('..., council warns' over an
        article on the Australian Rural Veterinary Council)."""
        return next((self._body_of(o) for o in self.named if o.start > index and o.label == "ORG"
                     and o.start not in self.people
                     and (o.head == noun or o.words[-1].lower_ == noun or noun in o.described)), None)

    def _short_for(self, organisation: _Organisation, noun: str) -> bool:
        """Whether the organisation is named by the short name the article gave a body that
        `noun` heads: 'the JMA's division' names the Japan Meteorological Agency (JMA) again,
        past another agency named since."""
        full = self._short_names.get(organisation.words.text)
        return full is not None and full.rpartition(" ")[2].lower() == noun

    def writers_sentence_before(self, start: int) -> int | None:
        """Where the writer's sentence before the one at token `start` starts, past sentences
        inside a quote: 'The UK Sepsis Trust said ... "Sepsis is time-critical. Every hour ...
        counts," the charity said'. None at the article's start."""
        if start == 0:
            return None
        previous = self.sentence_bounds[start - 1][0]
        while previous > 0 and self._quoted_sentence(previous):
            previous = self.sentence_bounds[previous - 1][0]
        return previous

    def _quoted_sentence(self, start: int) -> bool:
        """Whether the sentence from token `start` lies inside a quote: its words all quoted."""
        end = self.sentence_bounds[start][1]
        return all(self._quoted(t.i) for t in self.tokens[start:end] if not (t.is_punct or t.is_space))

    def _with_noun_after(self, organisation: _Organisation) -> str:
        """The name with the body noun written after it: 'Machinists union', 'Fare network'."""
        return f"{affiliation_text(list(organisation.words), self.lexicon)} {organisation.noun_after.text}"

    def _body_of(self, organisation: _Organisation) -> str:
        return self.body_name(affiliation_text(list(organisation.words), self.lexicon))


def _bodies_described_unrecognised(tokens: list[Token], lexicon: Lexicon, quoted: Callable[[int], bool]) -> list[Span]:
    """Names the recogniser missed that a body noun set beside them shows to be a body's, as
    subjects outside quotes, the noun right after the name's comma: 'Entergy, the region's
    largest utility, said' (not 'Negotiators for SAG-AFTRA, the union representing ...'; nor a
    given name of the tables: 'Tom Ruiz, the group's founder,')."""
    found = []
    for root in tokens:
        if root.dep_ not in _SUBJECT_DEPS or not root.is_title or quoted(root.i):
            continue
        end = _name_after_particle(root, tokens)
        # (a people's name opening the body's the recogniser may label alone: 'Arizonans [a
        # nationality] for Water Certainty')
        if not (root.pos_ == "PROPN" and not root.ent_type_) \
                and not (end > root.i + 1 and root.ent_type_ in ("", "NORP") and root.tag_ in ("NNS", "NNPS")):
            continue
        start = root.i
        while start > 0 and (word := tokens[start - 1]).dep_ == "compound" and word.head.i == root.i \
                and word.pos_ == "PROPN" and word.is_title and not word.ent_type_:
            start -= 1
        if tokens[start].text in lexicon.all_name_genders:
            continue
        if end < len(tokens) and tokens[end].text == "," and any(
                noun.left_edge.i == end + 1 and common_noun(noun) and noun.lemma_.lower() in lexicon.body_nouns
                for noun in appositions(root)):
            found.append(Span(root.doc, start, end, label="ORG"))
    return found


def _openings_written_alone(tokens: list[Token], entities, lexicon: Lexicon,
                            quoted: Callable[[int], bool]) -> list[Span]:
    """The first word of a body's name of several, written alone later as a subject outside
    quotes where the recogniser saw no name: the body, called by its short name ('She singled
    out Maplecrest Property Group ... Maplecrest did not send a representative. ... the
    company said'). Not a given name of the tables nor a place, nor a word of a longer name."""
    openings = {}
    for ent in entities:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        words = [t for t in ent if t.text not in POSSESSIVE][ent[0].lower_ == "the":]
        if len(words) > 1 and words[0].is_title and words[0].is_alpha \
                and words[0].text not in lexicon.all_name_genders and words[0].text not in lexicon.places \
                and words[0].lower_ not in lexicon.body_nouns:
            openings.setdefault(words[0].text, ent.end)
    if not openings:
        return []
    return [Span(token.doc, token.i, token.i + 1, label="ORG") for token in tokens
            if token.text in openings and token.i >= openings[token.text] and not token.ent_type_
            and token.pos_ == "PROPN" and token.dep_ in _SUBJECT_DEPS and not quoted(token.i)
            and not (token.i > 0 and tokens[token.i - 1].is_title and tokens[token.i - 1].pos_ == "PROPN")
            and not (token.i + 1 < len(tokens) and tokens[token.i + 1].is_title)]


def _defined_in_brackets(tokens: list[Token], end: int) -> list[str]:
    """The short names a press release defines in quotation marks in the brackets right after
    a company's name: 'Lumira Semiconductor Berhad ("Lumira" or the "Company"; Bursa Malaysia:
    0271)' defines "Lumira" and "Company"."""
    if end >= len(tokens) or tokens[end].text != "(":
        return []
    found, run, inside = [], [], False
    for token in tokens[end + 1:end + 16]:
        if token.text in (")", ";"):
            break
        if token.is_quote:
            run = run[1:] if run and run[0].lower_ == "the" else run  # ('“the Company”')
            if inside and run and all(t.is_title or t.is_upper for t in run):
                found.append(" ".join(t.text for t in run))
            run, inside = [], not inside
        elif inside:
            run.append(token)
    return found


def _companies_defining_names(tokens: list[Token], lexicon: Lexicon, quoted: Callable[[int], bool]) -> list[Span]:
    """Companies a press release names in full by their legal form right before the brackets
    that define its short names, whatever the recogniser made of the words: 'Aegean Crest
    Hotels & Resorts S.A. ("Aegean Crest" or "the Company")', a date to it."""
    found = []
    for i, token in enumerate(tokens):
        if token.text != "(" or i < 2 or quoted(i) or not company_form(tokens[i - 1], lexicon) \
                or not _defined_in_brackets(tokens, i):
            continue
        start = i - 1
        while start > 0 and i - start < _LONGEST_SPELLED and (
                (word := tokens[start - 1]).is_title or word.is_upper or word.text == "&"):
            start -= 1
        while start < i - 1 and not (tokens[start].is_title or tokens[start].is_upper):
            start += 1
        if i - start > 1:
            found.append(Span(token.doc, start, i, label="ORG"))
    return found


def _known_as(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the words from `start` to `end` give a body's other name: ', known as', ',
    also known as'."""
    words = [t.lower_ for t in tokens[start:end]]
    return words in ([",", "known", "as"], [",", "also", "known", "as"])


def _spelled_before_initials(tokens: list[Token], quoted: Callable[[int], bool]) -> list[Span]:
    """Bodies named in full right before their initials in brackets, outside quotes, whatever
    the recogniser made of the words: 'the Centre for Research, Transparency and
    Accountability (CRTA)', 'the Board of Control for Cricket in India (BCCI)' (a body and a
    place to it). The name is the longest run of capitalised words, and small ones between
    them, whose capitals spell the initials; none where no run does ('the Japan Aerospace
    Exploration Agency (JAXA)', which the recogniser's own label serves). A short name of the
    initials of all but the name's last word, and that word, spells it too: 'South African
    National Parks (SANParks)'."""
    found = []
    for i, token in enumerate(tokens):
        if token.text != "(" or i + 2 >= len(tokens) or tokens[i + 2].text != ")" or quoted(i):
            continue
        short = tokens[i + 1].text
        blend = _INITIALS_AND_WORD.fullmatch(short)
        if not _ACRONYM.fullmatch(short) and blend is None:
            continue
        last = blend.group(2) if blend is not None else None
        if last is not None and tokens[i - 1].text != last:
            continue
        initials, end = (blend.group(1), i - 1) if blend is not None else (short, i)
        start = i
        while start > 0 and i - start < _LONGEST_SPELLED and (
                (word := tokens[start - 1]).is_title or word.is_upper or word.lower_ in _NAME_LINKS):
            start -= 1
        for first in range(start, end):
            if (tokens[first].is_title or tokens[first].is_upper) and tokens[first].lower_ != "the" \
                    and _spells(token.doc[first:end].text.split(), initials):
                found.append(Span(token.doc, first, i, label="ORG"))
                break
    return found


def _name_after_particle(root: Token, tokens: list[Token]) -> int:
    """Where a name ends that goes on past its head with 'for' or 'of' and capitalised words:
    'Arizonans for Water Certainty'; else right after the head."""
    prep = tokens[root.i + 1] if root.i + 1 < len(tokens) else None
    if prep is None or prep.head.i != root.i or prep.lower_ not in ("for", "of"):
        return root.i + 1
    words = [t for t in prep.subtree if t.i > prep.i]
    if words and all(t.is_title and t.pos_ == "PROPN" for t in words) and words[-1].i - prep.i == len(words):
        return words[-1].i + 1
    return root.i + 1


def _public_for_company(organisation: _Organisation, noun: str | None) -> bool:
    """Whether a company noun would stand for a public body ('the company', the Commission)."""
    return noun in COMPANY_NOUNS and organisation.head in _PUBLIC_BODY_NOUNS


def _of_subject_people(root: Token, lexicon: Lexicon) -> bool:
    """A name before or after a role noun that is a subject (after it, of a reporting verb),
    or owning a role or body noun that is, or that is set beside a subject who reports:
    'Goldman Sachs analysts wrote', 'Economists at Capital Economics said', 'OpenAI's board
    said', 'Catherine Byrne, Maplewave's chief legal officer, said'."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("at", "for", "of") and head.dep_ == "prep":
        head = head.head
        if head.head.lemma_.lower() not in lexicon.reporting_verbs:
            return False  # people who speak for it, not 'Analysts at Dunmore Bank cut their rating'
    elif root.dep_ == "poss":
        beside_speaker = head.dep_ == "appos" and head.head.dep_ in _SUBJECT_DEPS \
            and head.head.head.lemma_.lower() in lexicon.reporting_verbs
        return (head.dep_ in _SUBJECT_DEPS or beside_speaker) and common_noun(head) and (
            head.lemma_.lower() in lexicon.role_nouns or head.lemma_.lower() in lexicon.body_nouns)
    elif root.dep_ != "compound":
        return False
    return head.dep_ in _SUBJECT_DEPS and common_noun(head) and head.lemma_.lower() in lexicon.role_nouns


def _subject_as_company_later(ent: Span, sentence_end: int) -> bool:
    """An organisation that 'the company' or 'the firm' later in its sentence (which ends at
    token `sentence_end`) makes a subject: 'Shares in Siemens Energy jumped after the company
    raised its forecast'. (Where two are named before it, the later one is the subject
    `Organisations.before` chooses.)"""
    # (not ent.doc[ent.end:] at the document's end: spaCy joins the whole text to place that empty span)
    return ent.end < sentence_end and any(
        token.dep_ in _SUBJECT_DEPS and token.lemma_.lower() in COMPANY_NOUNS and common_noun(token)
        and [c.lower_ for c in token.lefts] == ["the"] for token in ent.doc[ent.end:sentence_end])


def _saw_what_is_told(root: Token, lexicon: Lexicon) -> bool:
    """A body that saw or obtained what the sentence tells, as a news agency does: 'In an
    internal message seen by Reuters, the company said' (the company is another); 'In a memo
    sent to donors and obtained by The New York Times, the campaign argued'; or that it was
    sent to: 'In a statement to the Herald, the company said'."""
    verb = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "to" and verb.pos_ == "NOUN" \
            and verb.lemma_.lower() in lexicon.speech_nouns:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent" \
        and (verb.dep_ == "acl" or (verb.dep_ == "conj" and verb.head.dep_ == "acl"))


def _beside_a_subject_body(root: Token) -> bool:
    """A name set beside a subject that names a body, as the subject is: 'Google's parent,
    Alphabet, said', 'The trade group, NetChoice, sued'; whatever the noun, as a body's name
    tells it names a body: 'The ship's manager, Dubai-based Sea Haven Shipmanagement, did not
    respond'."""
    noun = root.head
    return root.dep_ == "appos" and noun.dep_ in _SUBJECT_DEPS and common_noun(noun)


def _co_argument(subject: Token, reference: Token) -> bool:
    """Whether `reference` is an object of a verb whose subject is `subject`, or a pronoun
    standing for it in its sentence, or that shares one of those through 'and': another party
    to what the subject does ('Albion Airways said it was disappointed and accused the union
    of ...'). Directly or after a preposition."""
    if subject.dep_ not in _SUBJECT_DEPS:
        return False
    verb = reference.head.head if reference.dep_ == "pobj" else reference.head
    if reference.dep_ not in ("dobj", "dative", "pobj"):
        return False
    for _ in range(3):
        own = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if own:
            return own[0].i == subject.i or own[0].lower_ in ("it", "they")
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def _after_a_dateline(root: Token) -> bool:
    """A body's name that the parse set beside the dateline before it, made the subject:
    'HO CHI MINH CITY, June 10, 2025 -- Meridia Lines, the container carrier, today announced'."""
    place = root.head
    return root.dep_ == "appos" and place.dep_ in _SUBJECT_DEPS and place.is_upper and place.i < root.i \
        and any(t.text == "--" or spaced_dash(t) for t in root.doc[place.i:root.left_edge.i])


def _agent_of_passive(root: Token) -> bool:
    """A name that owns what the subject of a passive verb names, a thing no name names, as
    the subject of the active would: 'The paper is owned by Harbor Point Capital'. Not one
    that did anything else ('records seen by AFP'), nor the owner of a body named ('Parhelion
    is owned by Groupe Verrier'), nor one in a clause on a noun ('The house, owned by Groupe
    Aurèle, said', 'Tarjeta Andina, which is owned by Almacenes Andinos, said')."""
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return False
    verb = root.head.head
    return verb.lemma_.lower() in _OWNING_VERBS and verb.dep_ not in ("acl", "relcl") \
        and not any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in verb.children)


def described_by_seat_or_size(noun: Token) -> bool:
    """'The New Jersey-based company', 'The 15-member court', 'The family-owned company':
    where the body sits, how big it is or who owns it is all that is said of it, so the noun
    refers back to one named, as a bare 'the company' would."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    return after_determiner(noun, ("the",)) and bool(modifiers) \
        and all(seat_word(c) or _size_word(c) or _owner_word(c) for c in modifiers)


def _size_word(token: Token) -> bool:
    """A word after a number and a hyphen: 'member' of '15-member'."""
    return token.i > 1 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].like_num


def _owner_word(token: Token) -> bool:
    """A participle of owning after a hyphen: 'owned' of 'family-owned', 'run' of 'state-run'."""
    return token.tag_ == "VBN" and token.lemma_.lower() in _OWNER_PARTICIPLES and token.i > 0 \
        and token.doc[token.i - 1].text == "-"


def _modified_by_its_name(noun: Token, name: Span) -> bool:
    """A body noun whose modifiers are all words of the body's name: 'the central bank' of
    the Central Bank of Chile, the same body (not 'the appeals court' of the Supreme Court)."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    return bool(modifiers) and modifiers <= {w.lower_ for w in name}


def _names_no_actor(organisation: _Organisation) -> bool:
    """A body's name that only modifies a common noun ('the FTSE 250 housebuilder'), or a
    figure the recogniser took for one ('612p'): nothing 'the company' may refer back to past it."""
    root = organisation.words.root
    return (root.dep_ in ("compound", "nmod") and common_noun(root.head)) \
        or any(c.isdigit() for c in organisation.words.text)


def _modifies_common_noun(token: Token) -> bool:
    """A word of a common noun's phrase, or a thing a body owns: 'iPhone' of 'iPhone
    shipments' and of 'its latest iPhone'; or a place hyphened to a modifier of one: 'Leeds'
    of 'a Leeds-based payroll company'."""
    return (token.dep_ == "compound" and common_noun(token.head)) \
        or any(t.lower_ == "its" and t.dep_ == "poss" for t in token.subtree if t.i < token.i) \
        or (token.i + 2 < len(token.doc) and hyphen_joins(token.nbor(1)) and token.head.i == token.i + 2
            and token.head.dep_ == "amod" and common_noun(token.head.head))


def _according_to(root: Token) -> bool:
    """A body a sentence is told on the word of, its source as a subject is: 'According to
    Counterpoint Research, shipments fell.'"""
    to = root.head
    return root.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def _fuller_name(body: str, name: str, end: int, places: set[str]) -> bool:
    """Whether `body` is a fuller form of `name`, which opens it (`end` 0) or ends it (-1):
    its other words hold no possessive or comma and open with a capital (after `name`,
    all of them but 'of', 'and' and the like: not 'Apple 1.8 billion'), and a place is short
    for no body. 'Senate' is no short form of 'Grayson’s Democratic Senate' or 'a
    Democratic Senate', nor 'Virginia' of 'University of Virginia'."""
    words = body.split()
    rest = words[:-len(name.split())] if end else words[len(name.split()):]
    return bool(rest) and name not in places and not any(w.endswith(("'s", "’s", ",")) for w in rest) \
        and (rest[0][:1].isupper() if end else all(w[:1].isupper() or w in _NAME_PARTICLES for w in rest))


def _chapter_as_subject(ent: Span) -> bool:
    """A body the parse hung on the country after it, which it made the subject: its chapter
    there speaks ('Amnesty International Kenya said')."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and ent.root.dep_ == "compound" and ent.root.head.i == after.i \
        and after.ent_type_ == "GPE" and after.dep_ in _SUBJECT_DEPS


def _spells(words: list[str], initials: str) -> bool:
    """Whether the words spell the initials: each capitalised word by its capital (a word in
    capitals or of stopped initials by all its letters, or by its first: 'UN Assistance Mission
    in Afghanistan', UNAMA), a small word by its first letter or not at all ('Free and Fair
    Election Network', FAFEN; 'Board of Control for Cricket in India', BCCI)."""
    if not words:
        return not initials
    word, rest = words[0], words[1:]
    if not word[:1].isupper():
        return (initials[:1] == word[:1].upper() and _spells(rest, initials[1:])) or _spells(rest, initials)
    letters = word.replace(".", "")
    whole = (word.isupper() and word.isalpha()) or _STOPPED_INITIALS.fullmatch(word)
    return (initials[:1] == word[0] and _spells(rest, initials[1:])) \
        or bool(whole and len(letters) > 1 and initials.startswith(letters) and _spells(rest, initials[len(letters):]))


def _initials(name: str) -> str:
    """'Alliance to Reclaim Our Schools' → 'AROS': the capitals that start its words, and
    each of a word of initials ('U.S. Tennis Association' → 'USTA')."""
    return "".join(word.replace(".", "") if _STOPPED_INITIALS.fullmatch(word) else word[0]
                   for word in name.split() if word[:1].isupper())


def _of_a_role(root: Token, lexicon: Lexicon) -> bool:
    """The name is the object of a preposition after a role: 'an analyst at Hartwell & Co.'."""
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and common_noun(prep.head) \
        and prep.head.lemma_.lower() in lexicon.role_nouns


def _spelled_alike(word: str, other: str) -> bool:
    """Whether two body nouns are one, in either spelling: 'Center' and 'centre'."""
    return _AMERICAN_SPELLINGS.get(word, word) == _AMERICAN_SPELLINGS.get(other, other)
