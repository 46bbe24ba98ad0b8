"""What the article says someone is: a role and the body it belongs to.

Read off the words around a name or a noun: a title before a name ("Kremlin
spokesman Dmitry Peskov", "Clinton's campaign manager Robby Mook"), an appositive
("Paul Martin, a Pinellas sheriff's detective"), a role noun and the body after it
("a spokesman for the Pentagon"). `People` learns each person's from these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon, load

# Dependencies that keep a token inside a title written before a name.
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "prep", "pobj", "punct", "npadvmod", "nummod"})
# Entity types whose words, in a title, name the body rather than the role.
BODY_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PERSON"})
APOSTROPHE_S = frozenset({"'s", "’s", "‘s"})  # '‘s': a typist's backwards apostrophe
POSSESSIVE = APOSTROPHE_S | {"'", "’"}  # and a plural's bare apostrophe
# Dash tokens: a spaced one ends a dateline or sets off a headline (see spaced_dash).
DASHES = frozenset({"-", "--", "–", "—", "―"})
# An age or length of service before a role: 'the 82-year-old chief executive', 'a 30-year veteran'.
_AGE = re.compile(r"\b\d[\d,.]*-(?:year|month|week|day)s?(?:-old)?\b\s*")
# The prepositions that tie a role to its body ('a spokesman for the Pentagon'), and how long
# a chain of them is followed ('director of communications for the campaign').
_PREPS_OF_BODY = frozenset({"for", "of", "at", "with", "to"})
_PREP_DEPTH = 3
# Determiners with which an article introduces someone or something it does not name: 'a
# spokeswoman said', 'A company in Ohio makes the airbags'.
UNNAMED_DETERMINERS = frozenset({"a", "an", "one", "another"})
# Person nouns that tell only a gender or an age, no description: 'a woman said'.
_GENDER_AND_AGE_NOUNS = frozenset({"man", "woman", "boy", "girl", "lady", "teen", "teenager", "youngster"})
# Entities of time, which never speak nor name anyone: 'Thursday's memo', 'John "Jack" Monday'.
TIME_ENTS = frozenset({"DATE", "TIME"})
# Entities that measure, and so name no body: 'a nurse for 26 years'.
_MEASURES = TIME_ENTS | {"PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
# Words that count a group, no part of its members' role: 'one of several commissioners'.
_COUNTS = frozenset({"several", "many", "few", "numerous", "various", "some", "two", "three", "four", "five"})
# Word classes of a title read off the words alone (see _title_written_before).
_TITLE_WORD_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
# Verbs of work whose object is the body someone heads: 'who runs the Nakanishi Research
# Institute' (not 'who covers the White House for Reuters').
_HEADING_VERBS = frozenset({"run", "head", "lead", "direct", "manage", "edit"})
# Verbs that put someone in an office, named after 'as' or as the object's complement:
# 'appointed X as chief executive', 'X was named chief executive', 'X was sworn in as president'.
_APPOINTING_VERBS = frozenset({"appoint", "name", "elect", "reelect", "nominate", "promote", "hire", "tap",
                               "choose", "pick", "select", "install", "confirm", "swear", "inaugurate"})


@dataclass(frozen=True)
class Descriptor:
    """A role and the body it belongs to, as one phrase of the article states them."""

    role: str | None
    affiliation: str | None


def party_of(word: Token, lexicon: Lexicon) -> str | None:
    """The party a party's word names, with the word before it first where the two are a
    party's name of the table: 'Social Democrat' is of the Social Democrats, not of the
    Democratic Party."""
    if len(word.text) < 2:
        return None
    joined = lexicon.parties.get(f"{word.doc[word.i - 1].text} {word.text}") if word.i > 0 else None
    return joined or lexicon.parties.get(word.text)


def name_written(ent: Span) -> str:
    """A name as written, a possessive's ending aside ('Front Range' of "Front Range's"): how
    a name is looked up among those the article shows to be a body's."""
    return ent[:-1].text if len(ent) > 1 and ent[-1].text in POSSESSIVE else ent.text


def after_determiner(noun: Token, determiners) -> bool:
    """Whether a noun comes after one of `determiners`: met unnamed ('a spokeswoman', 'One
    man'), or described ('the senator')."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in determiners for c in noun.children)


# Titles of a parliament's members, written in capitals and used as nouns ('the Labour MP
# said', 'One Fine Gael TD'): the honorifics of honorifics.tsv in capitals kept as written
# (MP, MEP, TD, MLA, MPP, MSP); role_nouns.txt has them too.
MEMBER_TITLES = frozenset(word for word, honorific in load().honorifics.items()
                          if word.isupper() and honorific.role == word)


def common_noun(token: Token) -> bool:
    """A common noun, or a lower-case word the tagger took for a proper one ('the foreign
    ministry said' is tagged NNP NNP), or a member's title in capitals ('the Labour MP')."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and (token.is_lower or token.text in MEMBER_TITLES))


def singular_common_noun(token: Token) -> bool:
    """A singular common noun, or a lower-case word the tagger took for a proper one (it
    tags 'master' in 'the harbor master said' either way, as the text around it changes),
    or a member's title in capitals ('the Birmingham MP said')."""
    return token.tag_ == "NN" or (token.tag_ == "NNP" and (token.is_lower or token.text in MEMBER_TITLES))


def honorific_role(token: Token, lexicon: Lexicon) -> str | None:
    """The role an abbreviated title states ('Sen.' → Senator); None for one that states
    none ('Mr.') or a word that is no honorific."""
    honorific = lexicon.honorifics.get(token.text)
    return honorific.role if honorific is not None else None


def rank_without_stop(token: Token, lexicon: Lexicon) -> str | None:
    """The role of an abbreviated rank written without its stop, which the table leaves out
    as a given name it may be: 'Col' (Colonel; but 'Col Hennessy' is a name, see
    EntityNames.name_of). None for any other word."""
    if token.text in lexicon.honorifics:
        return None
    honorific = lexicon.honorifics.get(f"{token.text}.")
    return honorific.role if honorific is not None else None


def is_role_title(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised role noun: 'Senator', 'Spokesman'."""
    return token.text[:1].isupper() and token.lower_ in lexicon.role_nouns


def title_word(token: Token, lexicon: Lexicon) -> bool:
    """An honorific or a capitalised role noun, as a title before a name is: 'Dr.', 'Senator'."""
    return token.text in lexicon.honorifics or is_role_title(token, lexicon)


def ends_title(doc: Doc, index: int, lexicon: Lexicon) -> bool:
    """Whether token `index` ends a capitalised title: a role noun ('Minister'), the body of
    one after 'of' or 'for' ('Commissioner of Police', 'Secretary for Housing'; a chamber or the
    opposition after 'of the', 'Leader of the Opposition'; a portfolio after 'of State for',
    'Minister of State for Transport'), two or more joined by 'and' ('Minister of Employment and
    Labor', 'Minister of Culture, Sports and Tourism'), or a district in brackets after either
    or after an honorific ('Superintendent of Police (Rural)', 'DSP (Ajnala)')."""
    opening = bracketed_qualifier(doc, index)
    if opening is not None:
        return opening > 0 and (doc[opening - 1].text in lexicon.honorifics or ends_title(doc, opening - 1, lexicon))
    token = doc[index]
    if is_role_title(token, lexicon):
        return True
    # (or a portfolio of several words the pipeline made one: 'Sustainability and the Environment')
    several = " " in token.text and token.text[:1].isupper()
    if not ((token.is_title or several) and token.pos_ == "PROPN"):
        return False
    before = index - 1
    if before > 2 and doc[before].lower_ in ("and", "&") and doc[before - 1].is_title \
            and doc[before - 1].pos_ == "PROPN":
        before -= 2
        while before > 2 and doc[before].text == "," and doc[before - 1].is_title and doc[before - 1].pos_ == "PROPN":
            before -= 2  # ('Minister of Culture, Sports and Tourism')
    if before > 1 and doc[before].lower_ == "the" and doc[before - 1].lower_ == "of" \
            and (token.text in lexicon.chambers or token.text == "Opposition"):
        before -= 1  # a chamber or Westminster's opposition: 'Speaker of the House', 'Leader of the Opposition'
    elif before > 2 and doc[before].lower_ == "for" and doc[before - 1].text == "State" \
            and doc[before - 2].lower_ == "of" and (token.lower_ in lexicon.portfolios or several):
        before -= 2  # a portfolio: 'Minister of State for Transport', 'Secretary of State for Health'
    return before > 0 and doc[before].lower_ in ("of", "for") and is_role_title(doc[before - 1], lexicon)


def bracket_opening(doc: Doc, end: int, reach: int) -> int | None:
    """Where the bracket opens that token `end` closes, at most `reach` tokens before it (never
    the doc's first token); None when `end` is no closing bracket or none opens so near."""
    if doc[end].text != ")":
        return None
    return next((i for i in range(end - 1, max(end - reach - 1, 0), -1) if doc[i].text == "("), None)


def bracketed_qualifier(doc: Doc, end: int) -> int | None:
    """Where the brackets of one or two capitalised words that end at token `end` (their
    closing bracket) open: a title's district or branch, as South Asian news writes it
    ('Superintendent of Police (Rural)', 'DSP (Ajnala)')."""
    opening = bracket_opening(doc, end, 3)
    if opening is None or opening == end - 1 or not all(t.is_title and t.is_alpha for t in doc[opening + 1:end]):
        return None
    return opening


def title_before(ent: Span, name: Span, lexicon: Lexicon, headline: bool = False) -> Descriptor | None:
    """Words written before a name: 'German Foreign Minister Annalena Baerbock'. In a
    headline in title case, where the parse makes one phrase of every capitalised word,
    only names, role nouns and honorifics ('Lopez Finally Backs Harbor Mayor Tom Baker').
    A district in brackets is no word of it ('Senior Superintendent of Police (Rural)')."""
    doc, root = ent.doc, name.root
    start = name.start
    bracketed: set[int] = set()
    while start > 0:
        token = doc[start - 1]
        if not headline and token.text == ")" and ends_title(doc, start - 1, lexicon):
            opening = bracketed_qualifier(doc, start - 1)  # (the district of a title: '(Rural)')
            bracketed.update(range(opening, start))
            start = opening
            continue
        if token.is_space and token.dep_ == "dep" and "\n" not in token.text:
            # 'nominee  Donald Trump': a double space (a line break ends the title: a headline above)
            start -= 1
            continue
        joined = _name_with_and_ending_at(token, start)
        if joined is not None:
            start = joined.start  # 'Health and Human Services Secretary', the parse joining its two halves
            continue
        opening = _title_of_portfolio(doc, token.i, lexicon)
        if opening is not None:
            start = opening  # 'Minister for Sustainability and the Environment Grace Lim', hung on other words
            continue
        first = _first_of_titles_joined(token, root, lexicon)
        if first is not None:
            start = first.left_edge.i  # 'WA Premier and Treasurer Nathan Kovac'
            break
        if token.dep_ not in _TITLE_DEPS or not _governed_by(token, root) or token.text in {",", "(", ")"} \
                or token.pos_ == "PRON" or (token.tag_ == "VBD" and token.lemma_.lower() in lexicon.reporting_verbs) \
                or (token.text[:1].isupper() and reporting_form(token, lexicon)) \
                or (token.is_lower and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)):
            # 'in which her chief rival Tom Baker': no title of his; 'tweeted Lopez spokesman
            # Tom Conant': the cue is no part of it ('retired Navy admiral' keeps 'retired'),
            # nor a verb after 'to' the parse hung on the title ('threatened to paralyse
            # Chancellor Konrad Weyland's coalition')
            break
        if spaced_dash(token):
            break  # 'CONCORD, N.H. - Sen. Tom Baker': a dateline ends at its spaced dash
        if headline and not (token.ent_type_ or token.lower_ in lexicon.role_nouns or token.text in lexicon.honorifics
                             or token.text in POSSESSIVE or token.lower_ in ("of", "the")):
            break
        start -= 1
    if start == name.start and not headline:
        start = _title_written_before(doc, name, lexicon)
    stop = name.start
    title = title_over_name(root, lexicon)
    if title is not None and title.left_edge.i < start:
        start = title.left_edge.i  # 'Vice President for Communications Maria Lopez'
        while doc[start].dep_ == "det":
            start += 1
        # 'Speaker of the House Rep. Paul Ryan': the title, not the honorific after it
        stop = next((t.i for t in doc[title.i + 1:name.start] if t.text in lexicon.honorifics), stop)
    words = [t for t in doc[start:stop] if not (t.is_punct and t.text != "-") and not t.is_space
             and t.i not in bracketed and not courtesy_title(t, lexicon)]
    while words and words[0].text == "-":
        words = words[1:]  # 'then-Secretary of State X': the title starts after the hyphen
    words = _before_a_rank(words, lexicon)
    if not words:
        return None
    return _split_title(words, lexicon)


def _title_of_portfolio(doc: Doc, index: int, lexicon: Lexicon) -> int | None:
    """Where the title opens that token `index` is the portfolio of several words of, which
    the pipeline made one ('Minister for [Sustainability and the Environment]', 'Minister of
    State for [...]'); None for any other word."""
    token = doc[index]
    if " " not in token.text or token.pos_ != "PROPN" or not ends_title(doc, index, lexicon):
        return None
    title = title_before_portfolio(doc, index - 1, lexicon)
    return title.i if title is not None else None


def courtesy_title(token: Token, lexicon: Lexicon) -> bool:
    """'Don' before a given name of the tables and a capitalised word: the Spanish and Italian
    courtesy title ('Don Efraín Perdomo Quintero'), no English given name ('Don Bacon', 'Don
    Young')."""
    doc = token.doc
    return token.text == "Don" and token.i + 2 < len(doc) and doc[token.i + 1].text in lexicon.all_name_genders \
        and doc[token.i + 2].is_title


def title_before_portfolio(doc: Doc, preposition: int, lexicon: Lexicon) -> Token | None:
    """The capitalised title right before a portfolio's 'for' or 'of' (token `preposition`),
    past 'of State' ('Minister of State for'); None where no title stands there."""
    title = preposition - 1
    if title > 1 and doc[title].text == "State" and doc[title - 1].lower_ == "of":
        title -= 2
    return doc[title] if title >= 0 and is_role_title(doc[title], lexicon) else None


def _first_of_titles_joined(token: Token, root: Token, lexicon: Lexicon) -> Token | None:
    """The first of two titles joined by 'and', where `token` is the second, right before
    the name whose root is `root`, which the parse sets beside the first or hangs the first on:
    'Premier' of 'WA Premier and Treasurer Nathan Kovac'. None for any other word."""
    first = token.head
    if token.dep_ != "conj" or first.i >= token.i or not is_role_title(token, lexicon) \
            or not is_role_title(first, lexicon) \
            or not all(t.lower_ in ("and", "&") for t in token.doc[first.i + 1:token.i]):
        return None
    beside = root.dep_ == "appos" and root.head.i == first.i
    return first if beside or (first.head.i == root.i and first.dep_ in _TITLE_DEPS) else None


def _name_with_and_ending_at(token: Token, end: int) -> Span | None:
    """The capitalised name with an 'and' in it, an organisation's or a work's to the
    recogniser, that ends at token `end`, where `token` is its conjunct: 'Health and Human
    Services' before 'Secretary'."""
    if token.dep_ not in ("conj", "cc") or token.ent_type_ not in ("ORG", "WORK_OF_ART"):
        return None
    name = entity_of(token)
    if name is None or name.end != end or not any(t.lower_ == "and" for t in name) \
            or not all(t.is_title or t.lower_ in ("and", "of") for t in name):
        return None
    return name


# Ranks of the forces and the police written out before a name, as their abbreviations are
# ('RCMP spokesperson Corporal Janelle Okafor' as 'Cpl.').
_WRITTEN_RANKS = frozenset({"corporal", "sergeant", "constable", "lieutenant", "captain", "major", "colonel"})


def _before_a_rank(words: list[Token], lexicon: Lexicon) -> list[Token]:
    """A title without the rank or abbreviated title after its role: 'military spokesman'
    of 'military spokesman Rear Adm.', 'House Oversight Committee Chairman' of '... Chairman
    Rep.' (the honorific is the name's, the role the title's; 'Security Minister' of 'Security
    Minister Col'); a rank alone is kept ('Rear Adm.', 'Lt. Gov.')."""
    rank = next((k for k, t in enumerate(words) if k > 0 and (honorific_role(t, lexicon)
                                                              or rank_without_stop(t, lexicon) or (
        t.is_title and t.lower_ in _WRITTEN_RANKS and words[k - 1].is_lower))), None)
    if rank is None:
        return words
    while rank > 0 and words[rank - 1].lower_ in RANKS and words[rank - 1].dep_ == "compound":
        rank -= 1  # 'Rear' of 'Rear Adm.'
    roles = [t for t in words[:rank] if t.lower_ in lexicon.role_nouns and t.lower_ not in RANKS]
    return words[:rank] if roles else words


def _title_written_before(doc, name: Span, lexicon: Lexicon) -> int:
    """Where a title the parse hung elsewhere starts, read off the words alone: a title's
    abbreviation or a party's word right before the name ('Democrat Sarah Klein'), or a
    singular lower-case role noun right before it and the nouns and adjectives before that
    ('New York (AFP) – Oscar-winning actress Susan Sarandon', with the role a dependent of
    the dateline); not a noun the name's clause describes ('the federal judge Lopez
    referred to'), so none with a determiner."""
    start = name.start
    before = doc[start - 1] if start > 0 else None
    if before is not None and honorific_role(before, lexicon):
        return start - 1  # 'Reps. Maria Lopez (D-Calif.) and ...', the abbreviation hung on the verb
    if before is not None and len(before.text) > 1 and before.text in lexicon.parties and before.whitespace_ == " ":
        return start - 1  # 'Democrat Sarah Klein', the parse making a sentence of the party word
    # 'Mayor Susan Hall of Riverton and Mayor James Ortega of Millbrook', the title hung on the place
    capitalised = before is not None and is_role_title(before, lexicon) and before.whitespace_ == " "
    # 'said Chiefs quarterback Patrick Mahomes', 'Warriors coach Steve Kerr': the parse may
    # make the name the object of the role noun, or of the noun read as a verb (as written:
    # not 'Cruz coached Trump')
    object_of = before is not None and name.root.dep_ == "dobj" and name.root.head.i == before.i
    misread = object_of and before.pos_ == "VERB" and before.lower_ in lexicon.role_nouns
    if before is None or not (capitalised or ((before.tag_ == "NN" or misread) and before.is_lower and (
            before.lower_ in lexicon.role_nouns or before.lemma_.lower() in lexicon.role_nouns))) \
            or (name.root in before.subtree and not object_of):
        return start  # (a title whose phrase holds the name is found by title_over_name)
    start -= 1
    while start > 0:
        token = doc[start - 1]
        joined = hyphen_joins(token)
        hyphened = token.tag_ in ("VBG", "VBN") and doc[start - 2].text == "-"  # 'Oscar-winning'
        if not (joined or hyphened or token.pos_ in _TITLE_WORD_POS):
            break
        start -= 1
    if start > 0 and doc[start - 1].dep_ == "det":
        return name.start  # 'the federal judge Lopez was referring to', a clause with its object left out
    return start


def title_over_name(root: Token, lexicon: Lexicon) -> Token | None:
    """The title a name is written after when the parse hung the name under it: in 'Vice
    President for Communications Maria Lopez' the name is the object of 'for', and in
    'Vice President for news and talk Dave Lindqvist' a conjunct of 'President' or a second
    subject beside it. A title so written is capitalised, has nothing but words between it
    and the name, and some besides titles between its preposition and the name ('the
    spokesman for Maria Lopez', 'Senator Baker, and Lopez', 'Spokesman for Senator Maria
    Lopez' are no such title)."""
    # (and 'in Charge', of a title an office in charge holds: 'Special Agent in Charge Renee Castillo')
    in_charge = root.head.i + 1 < len(root.doc) and charge_of_title(root.doc[root.head.i + 1])
    if root.dep_ == "pobj" and (root.head.lower_ in ("for", "of") or in_charge) and root.head.dep_ == "prep":
        name = entity_of(root)
        start = name.start if name is not None else root.i
        while start < root.i and root.doc[start].is_title and root.doc[start].lower_ in lexicon.portfolios:
            start += 1  # (a portfolio the recogniser ran into the name: 'Minister for Transport Ros Tennant')
        between = root.doc[root.head.i + 1:start]
        if all(t.dep_ == "det" or title_word(t, lexicon) for t in between):
            return None  # 'Spokesman for (Senator) Maria Lopez': the title is someone else's
        title = root.head.head
    elif root.dep_ == "conj" and is_role_title(root.head, lexicon) \
            and any(c.dep_ == "prep" for c in root.head.children):
        title = root.head
    elif root.dep_ in ("nsubj", "nsubjpass"):  # 'Radio Vice President for news and sports Dave Lindqvist said'
        title = next((c for c in root.head.children if c.dep_ == root.dep_ and c.i < root.i
                      and is_role_title(c, lexicon) and c.right_edge.i == root.left_edge.i - 1
                      and any(p.dep_ == "prep" for p in c.children)), None)
        if title is None:
            return None
    else:
        return None
    doc = root.doc
    name_start = root.left_edge.i
    if title.i >= name_start or not is_role_title(title, lexicon) \
            or any(t.is_punct or t.is_space for t in doc[title.left_edge.i:name_start]):
        return None
    return title


def reporting_form(token: Token, lexicon: Lexicon) -> bool:
    """A reporting verb's past or third-person form, whatever the tagger took it for:
    'Stated' in 'Stated Lopez:'; not a regular past an irregular verb has none of ('Sayed', a
    given name, is no form of 'say')."""
    word = token.lower_
    return word.endswith(("s", "d")) and (word[:-1] in lexicon.reporting_verbs or (
        word[:-2] in lexicon.reporting_verbs and not (word.endswith("ed") and word[:-2] in _IRREGULAR_PASTS)))


# Capital letters, the accented ones of Latin scripts too, for patterns of names in capitals
# ('BRASÍLIA, March 20 (Prensa Austral) -'); Python's re has no class for them.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())


# Reporting verbs whose past is irregular: 'said', 'told', 'wrote', 'spoke'.
_IRREGULAR_PASTS = frozenset({"say", "tell", "write", "speak"})


# Words that open a rank with the title after them: 'Rear Adm.', 'Staff Sgt.', 'Lance Cpl.', 'Petty Officer'.
RANKS = frozenset({"rear", "vice", "lieutenant", "brigadier", "major", "staff", "master", "first", "lance", "petty",
                    "deputy", "assistant"})
# The offices a portfolio word opens: 'Finance Minister', 'Defense Secretary'.
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner"})
# Words that open a title in capitals without naming a role themselves: 'Managing Director'.
_TITLE_OPENERS = frozenset({"chief", "managing", "executive", "senior", "general", "prime"})
# Words that open a title and that the recogniser takes into the place before it.
_OFFICE_QUALIFIERS = frozenset({"district"})
# Countries by the short names news writes them with: 'the U.S. attorney' holds a national office.
_COUNTRY_SHORT_FORMS = frozenset({"U.S.", "US", "U.K.", "UK", "America", "Britain"})
# A dateline: a place in capitals, maybe its country or state and the date (month first or day
# first: 'JOHANNESBURG, 4 March 2025 —', 'SANTOS, Brazil, Nov. 4 -'), maybe an agency, a
# spaced dash (or two hyphens, as press releases write it);
# or a place in title case before its country or agency in brackets, as AFP writes it
# ('Kitengela (Kenya) (AFP) -').
_DATELINE = re.compile(rf"(?:([{CAPITALS}][{CAPITALS}.'-]*(?: [{CAPITALS}][{CAPITALS}.'-]*)*"
                       rf"(?:, (?:[{CAPITALS}][\w.]*(?: (?:[{CAPITALS}][\w.]*|\d{{1,2}}))*"
                       r"|\d{1,2} [A-Z][a-z]+\.?(?: \d{4})?)){0,2}"
                       r"(?:, \d{4})?)(?: \([\w ]+\))?"
                       rf"|([{CAPITALS}][\w.'-]*(?: [{CAPITALS}][\w.'-]*){{0,2}})(?: \([\w ]+\)){{1,2}}) (?:--|[—–-]) ")


def spaced_dash(token: Token) -> bool:
    """A dash set off by a space before it, not the hyphen of 'libertarian-style'."""
    return token.text in DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def name_of_entity(entity: Span) -> Span:
    """An entity's name without a leading 'the' or a lower-case adjective the recogniser
    took in: 'the federal Securities and Exchange Commission'."""
    start = 1 if entity[0].lower_ == "the" else 0
    while start < len(entity) - 1 and entity[start].is_lower and entity[start].pos_ == "ADJ" \
            and entity[start + 1].text[:1].isupper():
        start += 1
    return entity[start:]


_PHRASE_OPENERS = frozenset({"a", "an", "another", "one", "the"})


def left_edge(head: Token) -> int:
    """Where the words the parse hangs on `head` start, but never before a spaced dash: a
    dateline the parse took in ('SAN FRANCISCO — OpenAI's board said', 'NEW YORK -
    Republican presidential candidate X') is no part of them."""
    start = head.left_edge.i
    dashes = [t.i for t in head.doc[start:head.i] if spaced_dash(t)]
    # nor before a determiner after a noun, which opens a phrase of its own that the parse
    # hung on the noun before: 'an outcome one diplomat described as "..."'
    openings = [t.i for t in head.doc[start + 1:head.i] if t.lower_ in _PHRASE_OPENERS
                and t.dep_ in ("det", "nummod") and t.nbor(-1).tag_ in ("NN", "NNS")]
    return max([start, *(d + 1 for d in dashes), *openings])


def dateline_end(text: str, index: int) -> int:
    """Where the dateline of the line holding character `index` ends, or -1 when it has
    none: a place in capitals opening the line, maybe its country or state and an agency,
    before a spaced dash ('SAN FRANCISCO —', 'MANCHESTER, England —', 'WASHINGTON (AP) –',
    'Kitengela (Kenya) (AFP) -'), or the date ('BOGOTA, Oct 31 (Reuters) -')."""
    start = text.rfind("\n", 0, index) + 1
    found = _DATELINE.match(text, start)
    return -1 if found is None else found.end(1) if found.group(1) else found.end(2)


def _governed_by(token: Token, root: Token) -> bool:
    return any(ancestor.i == root.i for ancestor in token.ancestors)


def _split_title(words: list[Token], lexicon: Lexicon) -> Descriptor | None:
    """Split a title written before one name into the body it names first and the role that
    follows. A nationality alone names the country ('the Chilean Rodrigo Vial', 'Fellow
    Argentine Federico Cabral', 'Frenchman Olivier Marchand')."""
    if words[-1].text in lexicon.demonyms and all(t.lower_ == "fellow" for t in words[:-1]):
        return Descriptor(None, lexicon.demonyms[words[-1].text])
    body: list[Token] = []
    # 'Former Pennsylvania Gov.', 'Interim DNC Chairwoman': the words before the body belong to the role.
    leading = 0
    while leading < len(words) and not words[leading].ent_type_ and not _body_word(words[leading], lexicon) \
            and not is_role_title(words[leading], lexicon) \
            and not _honorific_in_title(words[leading], lexicon) and words[leading].lower_ not in lexicon.role_nouns:
        leading += 1
    index = leading if leading < len(words) and _body_word(words[leading], lexicon) else 0
    while index < len(words):
        token = words[index]
        if token.text in POSSESSIVE:
            body.append(token)
            index += 1
            continue
        if body and token.lower_ == "of" and index + 1 < len(words) and words[index + 1].ent_type_ in BODY_ENTS:
            body.append(token)  # 'Democratic Party of Ohio chairwoman': two entities, one body
            index += 1
            continue
        if _second_nationality(body, token, lexicon):
            break
        # a role noun after a preposition names the body: 'Department of Justice'
        after_preposition = bool(body) and body[-1].pos_ == "ADP"
        # 'Govs.' taken for a state's abbreviation, and a rank or a portfolio taken for a body
        # ('Navy Rear Adm.', 'Finance Minister'), are the title's
        if _body_word(token, lexicon) and (token.lower_ not in lexicon.role_nouns or after_preposition
                                           or _opens_a_name(token, words[-1].i, lexicon)) \
                and not _honorific_in_title(token, lexicon) and not _rank_of_title(words, index, lexicon) \
                and not _body_noun_run_into_name(token, lexicon):
            body.append(token)
            index += 1
            continue
        break
    if not body and index == 0:
        # 'Rovers manager', 'CrowdStrike co-founder': a name the recogniser did not mark, right
        # before a lower-case role noun that ends the title (or two or three lower-case words:
        # 'SES local controller'), or a title in capitals ('Tesla Chief Executive'), or a
        # portfolio's ('Sindh Energy Minister'), or one capitalised role noun after a name the
        # recogniser marked alone elsewhere ('Fed Chair', which it may take for a work); a
        # capital that opens the sentence only where the
        # recogniser took the word alone for a name elsewhere ('Celtics coach' after 'the
        # Celtics', not 'Band member Flea'), or in a name of several words, an acronym or a
        # place of the table ('Tuvalu Prime Minister'), or ending in a body noun ('Barcaldine
        # Regional Council Mayor'), and so a word the tagger took for an adjective ('Arsenal
        # manager' after 'Arsenal's title hopes', not 'Real Time host')
        # (a union local's number is its name's too: 'Amalgamated Transit Union Local 1466 President')
        names = list(takewhile(lambda t: _local_number(t) or t.text[:1].isupper() and (
                                   t.ent_type_ in ("", "WORK_OF_ART") or (
                                   t.ent_type_ == "CARDINAL" and t.is_alpha))  # 'Three Rivers chief executive'
                               and not is_role_title(t, lexicon)
                               and t.lower_ not in _TITLE_OPENERS and t.lower_ not in RANKS
                               and t.text not in lexicon.honorifics and t.text not in lexicon.parties
                               and not _rank_of_title(words, words.index(t), lexicon)  # 'Sindh Energy Minister'
                               and (t.pos_ == "PROPN" or _named_elsewhere(t) or _capitalised_plural(t)), words))
        rest = words[len(names):]
        body_named = len(names) > 1 and (names[-1].lemma_.lower() in lexicon.body_nouns or _local_number(names[-1]))
        # (a name of several words, not a portfolio's: 'Three Rivers', not 'Interior Cabinet')
        several = len(names) > 1 and names[0].lower_ not in lexicon.portfolios
        # (a first word that is no proper noun is among the names only as named elsewhere)
        if names and rest and rest[-1].lemma_.lower() in lexicon.role_nouns \
                and ((_one_word(rest) and rest[-1].is_lower) or _lower_case_title(rest, lexicon)
                     or _capitalised_title(rest, lexicon) or _rank_of_title(words, len(names), lexicon)
                     or (len(rest) == 1 and (body_named or all(_named_elsewhere(t) for t in names)))) \
                and (not names[0].is_sent_start or names[0].pos_ != "PROPN" or _named_elsewhere(names[0])
                     or _ends_a_team_name(names[0]) or body_named or " ".join(t.text for t in names) in lexicon.places
                     or several or (names[0].is_upper and len(names[0]) > 1)):
            body, index, leading = names, len(names), 0
    if not body and index == 0:
        # 'foreign ministry spokesperson': a portfolio and a body noun in lower case name the body
        run = len(list(takewhile(lambda t: t.lower_ in lexicon.portfolios, words)))
        if 0 < run < len(words) - 1 and words[run].is_lower and words[run].lemma_ in lexicon.body_nouns:
            body, index, leading = words[:run + 1], run + 1, 0
    # 'Tulsa police Chief', 'Clinton campaign chairman': a body noun right after the name is the body's.
    if body and index + 1 < len(words) and words[index].is_lower and words[index].lemma_ in lexicon.body_nouns:
        body.append(words[index])
        index += 1
    if body and _hyphen_after(body[-1]):
        body, index = [], 0  # 'Los Angeles-based attorney', 'UC-AFT President': one word of the role
    if len(body) > 1 and body[-1].lower_ in _OFFICE_QUALIFIERS and index < len(words) \
            and words[index].lower_ in lexicon.role_nouns:
        body, index = body[:-1], index - 1  # 'Harris County District Attorney', the recogniser's place
    role = _role_text(words[:leading if index else 0] + words[index:], lexicon, one_person=True)
    affiliation = affiliation_text(body, lexicon) if not _place_of_trade(words[-1], body, lexicon) else None
    if role is None and affiliation is None:
        return None
    return Descriptor(role, affiliation)


def charge_of_title(token: Token) -> bool:
    """'Charge' of a title 'in Charge': 'Special Agent in Charge', 'Inspector in Charge'."""
    return token.text == "Charge" and token.i > 0 and token.doc[token.i - 1].lower_ == "in"


def _local_number(token: Token) -> bool:
    """A union local's number: '1466' of 'Local 1466'."""
    return token.like_num and token.i > 0 and token.doc[token.i - 1].text == "Local"


def _second_nationality(body: list[Token], token: Token, lexicon: Lexicon) -> bool:
    """A nationality after a country's possessive, which opens the office rather than naming
    a second body ('Serbia's European Integration Minister', 'Bosnia's Serb leader'); or after
    another nationality, where it and the next word, neither a role nor a portfolio of the
    tables, name a portfolio ('French European Affairs Minister'; not 'Turkish Cypriot leader',
    one people)."""
    if not body or token.text not in lexicon.demonyms:
        return False
    if body[-1].text in POSSESSIVE:
        return _country(body[:-1], lexicon)
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return len(body) == 1 and body[0].text in lexicon.demonyms and after is not None and after.is_title \
        and after.lower_ not in lexicon.role_nouns and after.lower_ not in lexicon.portfolios \
        and after.text not in lexicon.honorifics and after.text not in lexicon.demonyms


def _country(words, lexicon: Lexicon) -> bool:
    """Whether the words name a country or a place of the tables."""
    name = " ".join(t.text for t in words if t.text not in POSSESSIVE)
    return name in lexicon.nations or name in lexicon.places


def _opens_a_name(token: Token, last: int, lexicon: Lexicon) -> bool:
    """A role noun opening a body's name the recogniser marked, which ends before token
    `last` in a word no role has: 'General' of 'General Motors Chief Executive'; not 'Surgeon
    General' marked as one body, nor 'Alderman' of 'Alderman William D. Burns' marked as one."""
    entity = entity_of(token)
    return entity is not None and token.ent_type_ in BODY_ENTS and entity.end <= last and any(
        t.lower_ not in lexicon.role_nouns and t.text not in lexicon.honorifics and t.is_alpha
        for t in token.doc[token.i + 1:entity.end])


def _capitalised_plural(token: Token) -> bool:
    """A plural the tagger took for a common noun, capitalised in mid-sentence or ending a
    name the recogniser marked elsewhere: a team's name ('said Warriors coach Steve Kerr',
    'Warriors coach Steve Kerr said' after the Golden State Warriors)."""
    return token.tag_ == "NNS" and token.is_title and (not token.is_sent_start or _ends_a_team_name(token))


def _ends_a_team_name(token: Token) -> bool:
    """A capitalised plural that ends a longer name the recogniser marked as a body
    elsewhere in the article: 'Chiefs' after the Kansas City Chiefs."""
    return token.tag_ in ("NNS", "NNPS") and token.is_title and any(
        ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text == token.text for ent in token.doc.ents)


def _honorific_in_title(token: Token, lexicon: Lexicon) -> bool:
    """An honorific, not the first word of a place or a nationality: 'Sri' of 'Former Sri
    Lanka captain'."""
    return token.text in lexicon.honorifics and not opens_place(token, lexicon)


def opens_place(token: Token, lexicon: Lexicon) -> bool:
    """Whether the word and the next one name a place or a nationality of the tables: 'Sri'
    of 'Sri Lanka', 'Sri Lankan'."""
    if token.i + 1 == len(token.doc):
        return False
    pair = f"{token.text} {token.nbor().text}"
    return pair in lexicon.places or pair in lexicon.demonyms


def _body_noun_run_into_name(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised body noun opening a title the recogniser ran into the person's name,
    before a role noun: the office's word, no body ('District Ranger Holly Marsh')."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.lower_ in lexicon.body_nouns \
        and following is not None and following.ent_type_ == "PERSON" and following.lower_ in lexicon.role_nouns


def _body_word(token: Token, lexicon: Lexicon) -> bool:
    """A word of a body's name in a title: one the recogniser marked, or a party's word it
    left unmarked ('Labour MP'), or a nationality it took for something else ('Ukrainian
    Energy Minister' as a work)."""
    return token.ent_type_ in BODY_ENTS or _party_word(token, lexicon) or _nationality_before_a_role(token, lexicon) \
        or _acronym_before_a_role(token, lexicon)


def _acronym_before_a_role(token: Token, lexicon: Lexicon) -> bool:
    """An acronym right before a role or an abbreviated title ('FTC Chair', which the
    recogniser took for a product; 'SNP MP') that opens a name, itself no role ('CEO') nor
    party."""
    if not (2 <= len(token) <= 6 and token.is_upper and token.is_alpha and token.pos_ == "PROPN") \
            or token.lower_ in lexicon.role_nouns or token.lower_ in lexicon.company_offices \
            or token.text in lexicon.parties or token.i + 1 >= len(token.doc):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and (not before.whitespace_ or (before.pos_ == "PROPN" and before.text[:1].isupper())):
        return False  # it ends a name: 'Sirius XM Vice President', 'AFL-CIO President'
    return _opens_a_title(token.doc[token.i + 1], lexicon)


def _nationality_before_a_role(token: Token, lexicon: Lexicon) -> bool:
    """A nationality right before a role or a portfolio ('Ukrainian Energy Minister'), not
    opening a body's name ('American Action Forum')."""
    return token.text in lexicon.demonyms and token.i + 1 < len(token.doc) \
        and _opens_a_title(token.doc[token.i + 1], lexicon)


def _opens_a_title(token: Token, lexicon: Lexicon) -> bool:
    """A role noun, a portfolio or an abbreviated title: what may follow a body's word in
    a title ('Energy' of 'Ukrainian Energy Minister', 'Chair' of 'FTC Chair', 'MP')."""
    return token.lower_ in lexicon.role_nouns or token.lower_ in lexicon.portfolios or token.text in lexicon.honorifics


def _party_word(token: Token, lexicon: Lexicon) -> bool:
    """A party's word the recogniser left unmarked right before a role ('Labour MP',
    'Libertarian presidential nominee'), not opening a longer name ('Democratic National
    Committee', 'Democratic Party Chairman')."""
    if token.text not in lexicon.parties or len(token.text) < 2 or token.ent_type_ or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return (after.is_lower and after.is_alpha) or title_word(after, lexicon)


def _capitalised_title(words: list[Token], lexicon: Lexicon) -> bool:
    """A role of two or three words in capitals, the first a title: 'Chief Executive',
    'Managing Director', 'Chief Operating Officer'."""
    return 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
        and (words[0].lower_ in lexicon.role_nouns or words[0].lower_ in RANKS or words[0].lower_ in _TITLE_OPENERS)


def _lower_case_title(words: list[Token], lexicon: Lexicon) -> bool:
    """A role of two or three words in lower case, nouns, adjectives or title words before
    its role noun: 'head coach', 'chief executive', 'local controller' ('Three Rivers chief
    executive', 'SES local controller')."""
    return 2 <= len(words) <= 3 and all(t.is_lower and t.is_alpha for t in words) \
        and all(t.pos_ in ("NOUN", "ADJ") or t.lower_ in _TITLE_OPENERS for t in words[:-1])


def _one_word(words: list[Token]) -> bool:
    """Tokens written as one word: 'coach', 'co-founder'."""
    return bool(words) and all(not t.whitespace_ and following.i == t.i + 1
                               for t, following in zip(words, words[1:]))


def _named_elsewhere(token: Token) -> bool:
    """The word alone is a name the recogniser marked elsewhere in the article: 'the Celtics'
    (a word inside a longer name may be a common one: 'Press' in 'the Associated Press')."""
    return any(ent.label_ in BODY_ENTS and [t.text for t in ent if t.lower_ != "the"] == [token.text]
               for ent in token.doc.ents if ent.start != token.i)


def _rank_of_title(words: list[Token], index: int, lexicon: Lexicon) -> bool:
    """A rank or a portfolio opening the title after it, which the recogniser may take for
    a body: 'Rear Adm.', 'Navy Rear Adm.', 'Staff Sgt.', 'Finance Minister', 'Defense
    Secretary', 'Climate Change Minister'."""
    after = words[index + 1] if index + 1 < len(words) else None
    if after is None:
        return False
    word = words[index].lower_
    # ('Climate Change Minister'; 'Home Affairs Minister', though 'home' is a portfolio alone)
    if index + 2 < len(words) and f"{word} {after.lower_}" in lexicon.portfolios \
            and words[index + 2].lower_ in _PORTFOLIO_HOLDERS:
        return True
    if word in lexicon.portfolios:  # not 'Department of Justice Spokesman'
        if after.lower_ == "cabinet" and index + 2 < len(words):  # 'Treasury Cabinet Secretary'
            after = words[index + 2]
        return after.lower_ in _PORTFOLIO_HOLDERS and (index == 0 or words[index - 1].pos_ != "ADP")
    return word in RANKS and title_word(after, lexicon)


def _role_text(words: list[Token], lexicon: Lexicon, one_person: bool = False) -> str | None:
    """The role a run of words states, or None when its head is not a role noun; in the
    singular when the words are written before one person's name."""
    if not words:
        return None
    expanded = [(lexicon.honorifics[t.text].role if t.text in lexicon.honorifics else t.text, t) for t in words]
    expanded = [(part, token) for part, token in expanded if part]
    # a judgement is no part of the role: 'the colorful gastroenterologist', 'a most
    # influential economist'
    judged = 0
    while judged < len(expanded) - 1 and (expanded[judged][1].lower_ in lexicon.judging_adjectives
                                          or expanded[judged][1].lower_ in ("most", "very", "highly")):
        judged += 1
    if judged and expanded[judged - 1][1].lower_ in lexicon.judging_adjectives:
        expanded = expanded[judged:]
    while expanded and expanded[0][1].dep_ == "det":
        expanded = expanded[1:]  # 'The family's solicitor, Imran Chaudhry,'
    if not expanded:
        return None
    if _capital_of_the_sentence(expanded, lexicon):
        part, first = expanded[0]
        expanded[0] = (part[:1].lower() + part[1:], first)

    if one_person and _plural_role_noun(expanded[-1][1], lexicon):
        # 'Senators Lopez and Baker', 'co-founders Lopez and Baker': each holds one seat
        part, token = expanded[-1]
        expanded[-1] = (part[0] + token.lemma_[1:], token)
    # 'Secretary of State', 'chief executive': some word of the title names a role ('former
    # Miss' does not).
    known = any(t.lower_ in lexicon.role_nouns or t.lemma_.lower() in lexicon.role_nouns
                or honorific_role(t, lexicon) for t in words)
    last = words[-2] if len(words) > 1 and words[-1] in _gerund_after(words[-2]) else words[-1]
    if not known or (last.pos_ not in ("NOUN", "PROPN")
                     and not (last.pos_ == "VERB" and last.is_lower and last.lower_ in lexicon.role_nouns)):
        return None  # (a role noun the tagger read as a verb is one: 'Warriors coach Steve Kerr')
    role = _AGE.sub("", _spelled(expanded)).strip()  # an age is no part of a role
    return role or None


def _capital_of_the_sentence(parts: list[tuple[str, Token]], lexicon: Lexicon) -> bool:
    """Whether a role's first word has a capital only for opening the sentence: 'Former
    finance director X', 'Presidential spokeswoman X': an adjective or a participle, not a
    name's ('Real Time host', or one written so elsewhere), a title's ('Former Governor'), nor
    a noun ('City boss', 'Press secretary')."""
    part, first = parts[0]
    following = parts[1][1] if len(parts) > 1 else None
    return first.is_sent_start and first.is_title and part == first.text and first.pos_ in ("ADJ", "VERB") \
        and first.lemma_.lower() not in lexicon.role_nouns and (following is None or following.is_lower) \
        and not any(t.text == first.text and not t.is_sent_start for t in first.doc)


def role_set_off_before(doc: Doc, start: int, end: int, lexicon: Lexicon, to_end: bool = False) -> Token | None:
    """The singular role noun right before a name at tokens [start, end) that commas set
    off, however the parse hangs the name: 'the superintendent, Dr. Laura Chen,', 'the
    committee's chairwoman, Senator Evelyn Marsh,'. With `to_end`, the name may end its
    clause: 'said the lead author, Dr. Laura Chen.'"""
    while start > 0 and title_word(doc[start - 1], lexicon):
        start -= 1
    if start < 2 or end >= len(doc) or doc[start - 1].text != "," \
            or not (doc[end].text == "," or (to_end and doc[end].is_punct)):
        return None
    noun = doc[start - 2]
    return noun if singular_common_noun(noun) and noun.lemma_.lower() in lexicon.role_nouns else None


def plural_title(token: Token, lexicon: Lexicon) -> bool:
    """A title in the plural, shared by the names listed after it: 'Sens.', 'Senators'."""
    if token.text in lexicon.honorifics:  # 'Sens.' beside 'Sen.'
        return token.text.endswith("s.") and token.text[:-2] + "." in lexicon.honorifics
    return _plural_role_noun(token, lexicon)


def _plural_role_noun(token: Token, lexicon: Lexicon) -> bool:
    """A role noun in the plural: 'Senators', 'co-founders'."""
    return token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in lexicon.role_nouns


def _spelled(parts: list[tuple[str, Token]]) -> str:
    """Words of the article (some written out: 'Sen.' → 'Senator') spaced as the article
    spaces them: 'Los Angeles-based', 'Sanders’ campaign'. Where words were left out
    between two, a space, or the hyphen that joined them ('two-term')."""
    text = []
    for (part, token), (_, following) in zip(parts, parts[1:] + [("", None)]):
        text.append(part)
        if following is None:
            break
        if following.i == token.i + 1:
            text.append(" " if token.whitespace_ else "")
        else:
            between = token.whitespace_ + "".join(t.text_with_ws for t in token.doc[token.i + 1:following.i])
            text.append(between if between and not any(c.isspace() for c in between) else " ")
    return "".join(text)


def _hyphen_after(token: Token) -> bool:
    """A word joined by a hyphen to the next: 'Florida' in 'Florida-based'."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"


# Relative words that open a clause set off after a name.
_CLAUSE_OPENERS = frozenset({"who", "which", "whose", "where"})


def affiliation_text(words: list[Token], lexicon: Lexicon) -> str | None:
    """The body named by some words: demonyms and party words become their body."""
    words = [t for t in words if t.text not in POSSESSIVE and t.dep_ != "det"]
    # ('the creator of "Downton Abbey,"'; nor a list's bullet: '• Kuwait’s foreign minister')
    while words and (_no_word(words[0]) or words[-1].is_quote):
        words = words[1:] if _no_word(words[0]) else words[:-1]
    while words and words[0].dep_ == "nummod" and words[0].is_lower:
        words = words[1:]  # 'one of three Court of Appeal judges' (not 'Four Seasons', nor a year)
    # (not a clause set off after the name, which the parse may hang on it: '... of international
    # cooperation, who has been closely involved')
    clause = next((k for k, t in enumerate(words[:-1])
                   if t.text == "," and words[k + 1].lower_ in _CLAUSE_OPENERS), None)
    words = words[:clause] if clause is not None else words
    if not words:
        return None
    text = words[0].doc[words[0].i:words[-1].i + 1].text.split("\n")[0]  # a body's name is on one line
    for suffix in ("’s", "'s"):
        text = text.removesuffix(suffix)
    text = text.strip()
    return lexicon.demonyms.get(text) or lexicon.parties.get(text) or text


def _no_word(token: Token) -> bool:
    """A quotation mark, or a mark with no letter or digit in it ('•')."""
    return token.is_quote or not any(c.isalnum() for c in token.text)


def appositions(root: Token):
    """Nouns in apposition to a name, after it ('X, a spokesman') or before it; in 'a
    spokeswoman for the Pentagon, Ana Ruiz,' or 'a spokesman for the mayor, Fabien Levy,',
    which the parse reads as the apposition of the Pentagon or the mayor, the noun before;
    the noun a participle names by it: 'a retired firefighter named Carl Mendez', 'a
    ransomware group known as VeilCrypt' (not 'called', whose object may be what someone was
    called: 'one lawmaker called Trump "..."'); a noun set off after it that the
    parse hung elsewhere: 'his brother Dilshan, the Sri Lanka captain, struck'."""
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and not _hyphen_after(child):
            yield child  # (of 'vice-chancellor', which the parse may set beside the name word by word, the last)
    naming = root.head
    if root.dep_ in ("oprd", "attr", "dobj") and naming.dep_ == "acl" and naming.lemma_ == "name" \
            and naming.tag_ == "VBN" and naming.head.pos_ == "NOUN":
        yield naming.head
    if root.dep_ == "pobj" and naming.lower_ == "as" and naming.head.dep_ == "acl" and naming.head.lemma_ == "know" \
            and naming.head.tag_ == "VBN" and naming.head.head.pos_ == "NOUN":
        yield naming.head.head
    set_off = _set_off_after(root)
    if set_off is not None:
        yield set_off
    listed = _title_read_as_conjunct(root)
    if listed is not None:
        yield listed
    # (or a conjunct of a portfolio of several words the pipeline made one, set off by a comma,
    # as the parse may read the name after a list: 'The Minister for Children, Equality, ... and
    # Youth, Aoife Brennan,')
    after_portfolio = root.dep_ == "conj" and " " in root.head.text and root.head.pos_ == "PROPN" \
        and root.head.dep_ == "pobj" and root.doc[root.left_edge.i - 1].text == ","
    if (root.dep_ == "appos" or after_portfolio) and root.head.ent_type_ != "PERSON":
        body, prep = root.head, root.head.head
        named = body.ent_type_ in BODY_ENTS or (body.pos_ == "NOUN" and any(c.lower_ == "the" for c in body.lefts))
        if body.dep_ == "pobj" and named and prep.dep_ == "prep" \
                and prep.lower_ in _PREPS_OF_BODY and prep.head.pos_ == "NOUN" and prep.head.i < body.i:
            yield prep.head
        else:
            yield body
            if body.dep_ == "appos" and body.head.pos_ == "NOUN" and body.head.i < body.i:
                yield body.head  # 'Her coach, the former Wimbledon semifinalist X,': the coach too
            # (and a noun set off right after the name that the parse hung on that noun too: 'His
            # father, Ernesto de la Vega, a retired fisherman,')
            yield from (c for c in body.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                        and root.doc[c.left_edge.i - 1].text == "," and c.left_edge.i == root.right_edge.i + 2)


def _set_off_after(root: Token) -> Token | None:
    """A noun phrase set off by commas right after a name, which the parse hung elsewhere as
    an adverbial noun: 'his older brother Dilshan, the Sri Lanka captain, struck'."""
    doc = root.doc
    if root.i + 2 >= len(doc) or doc[root.i + 1].text != ",":
        return None
    noun = next((t for t in doc[root.i + 2:root.i + 8] if t.dep_ == "npadvmod" and t.pos_ == "NOUN"), None)
    if noun is None or noun.left_edge.i != root.i + 2 or noun.head.i == root.i \
            or not (noun.i + 1 == len(doc) or doc[noun.i + 1].text == ","):
        return None
    return noun


def _title_read_as_conjunct(root: Token) -> Token | None:
    """A title set off by commas right after a name, which the parse read as the next item
    of a list with no 'and' to close it: 'H.E. Khamis bin Nasser Al-Wahaibi, Undersecretary
    of the Ministry of Finance, defended'."""
    if not root.n_rights:
        return None
    doc = root.doc
    if root.i + 2 >= len(doc) or doc[root.i + 1].text != ",":
        return None
    title = next((c for c in root.rights if c.dep_ == "conj"), None)
    if title is None or title.ent_type_ == "PERSON" or not title.is_title \
            or any(c.dep_ in ("cc", "conj") and c.i != title.i for c in (*root.children, *title.children)) \
            or title.left_edge.i != root.i + 2 \
            or title.right_edge.i + 1 >= len(doc) or doc[title.right_edge.i + 1].text != ",":
        return None
    return title


def predicate_descriptions(root: Token, quoted: bool = False):
    """Nouns a clause says the person named is: a relative clause after the name, or after a
    noun in apposition to it ('X, who is chairman of Y', 'X, who was Obama's chief
    strategist', 'X, who served as Canova's fundraising manager', 'X, a Cruz backer who
    serves as vice chairman of Y', 'X, who joined the club and is now its vice president'),
    or a sentence's main clause with the name its subject ('X is the mayor of Y'), unless
    negated, hedged by a modal ('X would be a good mayor'), narrowed by a relative clause
    not about a person ('X is the candidate voters trust most', 'X was the first candidate
    to weigh in'), ranked ('X is the best mayor in years') or `quoted`, someone's
    opinion ('"... Lopez is a failed leader."'); and the office a clause puts the person in
    ('the board appointed X as chief executive', 'X was named chief executive of Y')."""
    verb = root.head
    if root.dep_ == "nsubj" and verb.dep_ == "ROOT" and not quoted \
            and not any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children):
        yield from (n for n in _predicate_nouns(verb)
                    if not any(c.dep_ == "relcl" and not _who_clause(c) for c in n.children)
                    and not any(t.tag_ in ("JJS", "RBS") for t in n.subtree if t.i < n.i))
    for verb in _who_clause_verbs(root):
        yield from _predicate_nouns(verb)
    verb = root.head
    if root.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _APPOINTING_VERBS and not quoted \
            and not any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children):
        # 'the board appointed X as chief executive', 'X was named chief executive of Y'
        for child in verb.children:
            if child.dep_ == "oprd" and child.pos_ == "NOUN":
                yield child
            elif child.dep_ == "prep" and child.lower_ == "as":
                yield from (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN")


def clause_bodies(root: Token, lexicon: Lexicon):
    """Organisations a relative clause after the name, or after a noun in apposition to it,
    says the person works at now: 'X, who teaches at Georgia Southern University', 'X, an
    analyst who covers software stocks for Harbor Securities', 'X, who runs the Harbor
    Institute' (not 'who worked for', past)."""
    for verb in _who_clause_verbs(root):
        if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in lexicon.work_verbs:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() in _HEADING_VERBS:
            yield from (obj for obj in objects if obj.ent_type_ == "ORG")
        yield from (obj for holder in [verb, *objects] for prep in holder.children
                    if prep.dep_ == "prep" and prep.lower_ in ("at", "for", "with")
                    for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ == "ORG")


def _who_clause_verbs(root: Token):
    """The verbs of the relative clauses about a person after the name, or after a noun in
    apposition to it: 'X, who joined the club and is now its vice president'."""
    for noun in [root, *appositions(root)]:
        for clause in noun.rights:
            if clause.dep_ == "relcl" and _who_clause(clause):
                yield from [clause, *clause.conjuncts]


def _who_clause(clause: Token) -> bool:
    """A relative clause about a person: 'who is ...' ('a Cruz backer who serves as ...')."""
    return any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)


def _predicate_nouns(verb: Token):
    """The nouns a verb's person is said to be: 'is chairman of Y', 'serves as its manager',
    'is one of the party's top strategists' (a strategist)."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if lemma == "be" and child.dep_ == "attr":
            group = one_of(child)
            if group is not None or child.pos_ == "NOUN":
                yield group or child
        elif lemma == "serve" and child.dep_ == "prep" and child.lower_ == "as":
            yield from (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN")


def parent_company(noun: Token, lexicon: Lexicon) -> bool:
    """'parent' owned by something that is no person: the company that owns a company
    ('Facebook parent Meta', 'the video site's parent, Alphabet,'), no one's role; not 'the
    student's parent' nor 'her parent'."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    return noun.lemma_.lower() == "parent" and bool(owners) and all(
        o.ent_type_ != "PERSON" and o.pos_ != "PRON" and o.lemma_.lower() not in lexicon.person_nouns
        and o.lemma_.lower() not in lexicon.role_nouns for o in owners)


def one_of(noun: Token) -> Token | None:
    """The plural noun of 'one of several port commissioners', 'one of the party's top
    strategists': the group a person is one of."""
    if noun.lower_ != "one":
        return None
    return next((obj for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                 for obj in prep.children if obj.dep_ == "pobj" and obj.tag_ in ("NNS", "NNPS")), None)


def unnamed_description(noun: Token, lexicon: Lexicon) -> str | None:
    """What someone the article leaves unnamed is described as by a person noun of no
    office: 'one resident said', 'A reader in Palmerston North emails:' ('resident',
    'reader'); not a woman or a teenager, nor a role noun (describe_noun's)."""
    lemma = noun.lemma_.lower()
    if singular_common_noun(noun) and lemma in lexicon.person_nouns and lemma not in lexicon.role_nouns \
            and lemma not in _GENDER_AND_AGE_NOUNS and after_determiner(noun, UNNAMED_DETERMINERS):
        return lemma
    return None


def describe_noun(head: Token, lexicon: Lexicon, one_person: bool = False) -> Descriptor:
    """Role and body of a common-noun phrase: 'a spokesman for the Pentagon'; the role in
    the singular for `one_person` ('one of several port commissioners')."""
    # A pronoun possessor ('her relatives') names no body; a count ('several veterans') is no
    # part of the role.
    modifiers = [t for t in head.lefts if t.dep_ in ("compound", "amod", "poss", "nmod")
                 and not (t.dep_ == "poss" and t.pos_ == "PRON") and t.lower_ not in _COUNTS]
    # 'NEW YORK - Republican presidential candidate X': a dateline ends at its spaced dash.
    phrase_start = left_edge(head)
    modifiers = [m for m in modifiers if m.i >= phrase_start]
    # 'Yesterday Cruz spokeswoman Catherine Frazier said': a time the parse hung on the noun is
    # no part of it, but a length is ('a two-decade veteran', 'the 2016 nominee')
    modifiers = [m for m in modifiers if m.ent_type_ not in TIME_ENTS
                 or any(t.text == "-" or t.tag_ == "CD" for t in m.subtree)]
    # nor a share or sum ('Hallberg at 27 percent and technology entrepreneur Grant Tolliver'),
    # unless hyphened into a word of it ('a $10-million fund')
    modifiers = [m for m in modifiers if m.ent_type_ not in ("PERCENT", "MONEY", "QUANTITY")
                 or any(t.text == "-" for t in m.subtree)]
    role_words: list[Token] = []
    body_words: list[Token] = []
    # 'The state's Republican national committeeman': a named body beats a common-noun possessor,
    # and a party a person's ('Clinton's chief Democratic rival'); but a place is what a
    # body's or a person's role covers: 'the group's East Africa director' is the group's,
    # 'the Pentagon's top Middle East official' the Pentagon's, 'Lopez's Ohio director' Lopez's.
    # (not a common noun in lower case the recogniser took alone for a body: 'a kayak guide')
    # (nor a portfolio right before its holder's noun: 'The Education [a body] Secretary')
    named_words = {m.i for m in modifiers if m.ent_type_ in BODY_ENTS and not _common_nouns_taken_for_body(m, lexicon)
                   and not (m.i == head.i - 1 and m.lower_ in lexicon.portfolios
                            and head.lemma_.lower() in _PORTFOLIO_HOLDERS)}
    named_bodies = [m for m in modifiers if m.i in named_words and m.dep_ != "poss"]
    owner = next((m for m in modifiers if m.dep_ == "poss" and (
        (common_noun(m) and m.lemma_.lower() in lexicon.body_nouns) or m.ent_type_ in ("ORG", "PERSON"))), None)
    covered = {m.i for m in named_bodies} if owner is not None and all(
        m.ent_type_ in ("GPE", "LOC") or (m.ent_type_ == "NORP" and m.text not in lexicon.parties)
        for m in named_bodies) else set()
    # A name that a word of the role parts from the possessor: a body's possessor owns the
    # role and the name is the role's ('the European Union's former Brexit negotiator'), a
    # person's is whom the role serves and the name is the body ('Clinton's former State
    # Department aide').
    parted = [m.i for m in named_bodies if owner is not None and m.left_edge.i > owner.right_edge.i + 1]
    if owner is not None and owner.ent_type_ != "PERSON":
        covered |= set(parted)
    named_body = bool(named_bodies) and not covered
    # ('Serbia's European Integration Minister': a nationality after a country's possessive opens the office)
    country = next((m for m in modifiers if m.dep_ == "poss" and _country(entity_of(m) or [m], lexicon)), None)
    for modifier in modifiers:
        phrase = [t for t in modifier.subtree if t.i >= phrase_start]
        if country is not None and modifier.i > country.i and phrase and phrase[0].text in lexicon.demonyms:
            role_words.extend(phrase)
            continue
        if modifier.dep_ == "poss" and named_body and (
                (modifier.pos_ == "NOUN" and not modifier.ent_type_)
                or (modifier.ent_type_ == "PERSON" and (parted or any(m.text in lexicon.parties
                                                                      for m in named_bodies)))):
            continue
        if modifier.i in covered:
            role_words.extend(phrase)
            continue
        if modifier.dep_ == "poss" and common_noun(modifier) and modifier.lemma_.lower() in lexicon.speech_nouns:
            continue  # 'the study's lead author', 'the report's author': a work, no body
        if modifier.tag_ == "WP$":
            body_words.extend(_whose_body(head, lexicon))
            continue
        if modifier.dep_ == "poss" and modifier.pos_ == "NOUN" and not modifier.ent_type_ \
                and modifier.lemma_.lower() not in lexicon.body_nouns \
                and not any((c.dep_ == "det" and c.lower_ not in ("a", "an")) or c.dep_ == "poss" or c.ent_type_
                            or c.pos_ == "PROPN" for c in modifier.children):
            # a kind, no owner: 'a master's student' (the parse may hang the 'a' on 'master'),
            # 'the women's coach'
            role_words.extend(phrase)
            continue
        if modifier.dep_ == "poss" or modifier.i in named_words \
                or (modifier.pos_ == "PROPN" and modifier.text in lexicon.parties and len(modifier.text) > 1):
            body_words.extend(phrase)  # (a party the recogniser missed: 'one Labour MP')
        else:
            role_words.extend(phrase)
    above = head.head
    if above.i == head.left_edge.i - 1 and above.text[:1].isupper() and above.ent_type_ in ("GPE", "ORG") \
            and head.dep_ in ("dobj", "appos", "npadvmod") and not body_words:
        body_words = list(entity_of(above))  # 'Tulsa police Chief X', the parse hanging the title on the place
    role_words, body_words = _body_noun_after_name(role_words, body_words, lexicon)
    role_words += _hyphened_before(head)
    role_words.append(head)
    bare = _bare_of(head, lexicon)
    role_words += bare
    # 'the former harbor commissioner and current Democratic mayoral nominee': both roles.
    joined = [c for c in head.rights if c.dep_ == "conj" and c.lemma_.lower() in lexicon.role_nouns]
    if joined and head.lemma_.lower() not in lexicon.role_nouns and head.lower_ not in lexicon.role_nouns \
            and head.text not in lexicon.parties:
        # 'a longtime Clinton loyalist and dean of X': the dean of X. The parse may hang what
        # the two share on the first noun: 'of X' after it, 'Lopez's' before it.
        described = describe_noun(joined[0], lexicon)
        affiliation = described.affiliation or _first_body(_objects_after(head, set(), lexicon), lexicon) \
            or affiliation_text(body_words, lexicon)
        return Descriptor(described.role, affiliation)
    if joined:
        start = role_words[0].i if role_words else head.i
        # Where, when or for how long the first role is held is no part of the roles: 'a lawyer
        # with Dunmore Legal and former president', 'a nurse on the ward for 26 years and
        # co-chair'; what it is of may be ('secretary of State and senator').
        named = {t.i for prep in head.rights if prep.dep_ == "prep" and prep.lower_ != "of" and prep.i < joined[0].i
                 for t in prep.subtree}
        # The 'and' that joins the roles may hang inside such a phrase; none of its own is kept.
        joining = max((t.i for t in head.doc[head.i:joined[0].left_edge.i] if t.dep_ == "cc"), default=-1)
        # A list runs on ('the producer, composer and arranger'), its commas kept.
        joined += _roles_joined_after(joined[-1], lexicon)
        role_words = [t for t in head.doc[min(start, head.i):joined[-1].i + 1] if t.dep_ != "det"
                      and (not t.is_punct or (t.text == "," and head.i < t.i < joined[-1].i and t.i not in named))
                      and (t.i not in named or (t.i == joining and not t.ent_type_))]
        if not body_words:  # one body, not a span over both: 'a top Clinton fundraiser and D.C. lobbyist'
            body_words = [t for t in joined[0].lefts if t.ent_type_ in BODY_ENTS]
    if head.text in lexicon.parties and head.pos_ == "PROPN" and len(head.text) > 1:
        # 'a prominent New York Democrat': the party is the body, the whole phrase the role;
        # the party's name of two words first ('a Social Democrat')
        words = sorted(role_words + body_words, key=lambda t: t.i)
        return Descriptor(_spelled([(t.text, t) for t in words]), party_of(head, lexicon))
    role = _role_text(role_words, lexicon, one_person)
    # The body after the role: 'the director of research at the University of Dunmore',
    # 'a spokesman for the Pentagon'; a named one first.
    objects = _objects_after(head, {t.i for t in bare}, lexicon)
    if joined:  # 'a lawyer and former chairman of the Texas Democratic Party'
        objects += _objects_after(joined[0], set(), lexicon)
    # 'the leader of the opposition Christian Democrats': the name the parse set beside the
    # noun, or beside the role, right after the noun
    objects += [a for obj in objects if common_noun(obj) for a in (*obj.children, *head.children)
                if a.dep_ == "appos" and a.ent_type_ in BODY_ENTS - {"PERSON"}
                and (a.head.i == obj.i or entity_of(a).start == obj.i + 1)]
    # (or hung elsewhere, right after a body noun: 'a spokesperson for settlement utility ClearLink said')
    objects += [after for obj in objects if common_noun(obj) and obj.lemma_.lower() in lexicon.body_nouns
                and obj.i + 1 < len(obj.doc) for after in [obj.doc[obj.i + 1]]
                if after.ent_type_ == "ORG" and after.ent_iob_ == "B" and after.dep_ != "appos"]
    organisation = next((obj for obj in objects if obj.ent_type_ in ("ORG", "FAC")), None)
    after = _body_named_by(organisation, lexicon) if organisation is not None else None
    if after and all(t.ent_type_ in ("GPE", "NORP", "LOC") for t in body_words):
        return Descriptor(role, after)  # 'a Japan expert at the Center for ...': the Center
    if _place_of_trade(head, body_words, lexicon):
        body_words = []  # 'a Miami lawyer': where, not whom for
    return Descriptor(role, affiliation_text(body_words, lexicon) or _first_body(objects, lexicon))


def _whose_body(head: Token, lexicon: Lexicon) -> list[Token]:
    """The body a `whose` before a role stands for: the name the role's clause or the role
    itself hangs on ('the Conservative People's Party, whose lead candidate, Christian Bech,'),
    or a body noun there; none else."""
    if head.dep_ in ("appos", "conj"):
        above = head.head
    elif head.head.dep_ == "relcl":
        above = head.head.head
    else:
        return []
    if above.ent_type_ in BODY_ENTS - {"PERSON"}:
        return list(entity_of(above))
    if common_noun(above) and above.lemma_.lower() in lexicon.body_nouns:
        return noun_phrase(above)
    return []


def _roles_joined_after(role: Token, lexicon: Lexicon) -> list[Token]:
    """The role nouns a list joins after `role`: 'arranger' of 'composer and arranger'."""
    after = []
    while (role := next((c for c in role.rights if c.dep_ == "conj" and c.lemma_.lower() in lexicon.role_nouns),
                        None)) is not None:
        after.append(role)
    return after


def _body_noun_after_name(role_words: list[Token], body_words: list[Token],
                          lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """A lower-case body noun right after a name or a portfolio is the body's, with the name:
    'a Cuellar campaign spokesman', 'a former Trump campaign aide', 'the Charlotte-Mecklenburg
    police chief', 'a foreign ministry spokesperson' (the name may be one the recogniser
    missed or hung on the body noun); not after a party ('a Republican campaign consultant'
    works for the party's candidates)."""
    ordered = sorted(role_words, key=lambda t: t.i)
    named = {t.i for t in body_words}
    for k, token in enumerate(ordered):
        if not (token.is_lower and token.dep_ == "compound" and token.lemma_.lower() in lexicon.body_nouns):
            continue
        before = token.doc[token.i - 1] if token.i > 0 else None
        if before is None or before.text in lexicon.parties or before.text in POSSESSIVE:
            return role_words, body_words  # "Clinton's campaign manager" keeps its title
        start = k
        while start > 0 and ordered[start - 1].i == ordered[start].i - 1 and (
                (ordered[start - 1].pos_ == "PROPN" and ordered[start - 1].text[:1].isupper())
                or ordered[start - 1].lower_ in lexicon.portfolios  # 'a foreign ministry spokesperson'
                or hyphen_joins(ordered[start - 1])):
            start -= 1
        while ordered[start].text == "-":
            start += 1  # 'a pro-Lopez campaign aide': the name starts after the hyphen
        if start == k and before.i not in named:
            return role_words, body_words
        moved = ordered[start:k + 1]
        return ordered[:start] + ordered[k + 1:], sorted(body_words + moved, key=lambda t: t.i)
    return role_words, body_words


def _place_of_trade(head: Token, body: list[Token], lexicon: Lexicon) -> bool:
    """Words before a trade written in lower case that name only the place where someone
    practises it: 'a Miami lawyer', 'Florida developer'; not a title ('U.S. Attorney') nor a
    country's office ('the U.S. attorney for the Eastern District')."""
    named = [t for t in body if t.text not in POSSESSIVE and t.dep_ != "det"]
    if not named or not head.is_lower or head.lemma_.lower() not in lexicon.trade_nouns \
            or any(t.ent_type_ != "GPE" for t in named):
        return False
    place = affiliation_text(named, lexicon)
    return place not in _COUNTRY_SHORT_FORMS and place not in lexicon.demonyms.values()


def _first_body(objects: list[Token], lexicon: Lexicon) -> str | None:
    """The body the first named object names, else the first object with a determiner or
    possessor: 'at the Pentagon', 'for the campaign'."""
    named = [obj for obj in objects if obj.ent_type_ in BODY_ENTS - {"PERSON"}]
    # A bare common noun names a cause, not a body ('an advocate for human rights'), unless a
    # body noun a name opens ('for Mumbai airport'); a number none ('a mother of three'), and
    # a work none ('the author of the book').
    chosen = named or [obj for obj in objects if obj.pos_ != "NUM" and obj.ent_type_ not in _MEASURES and not (
        obj.pos_ == "NOUN" and not obj.ent_type_ and not any(c.dep_ in ("det", "poss") for c in obj.children)
        and not _named_body_noun(obj, lexicon))
        and not (common_noun(obj) and obj.lemma_.lower() in lexicon.speech_nouns)
        and not _unnamed_place(obj, lexicon)]
    return _body_named_by(chosen[0], lexicon) if chosen else None


def _unnamed_place(noun: Token, lexicon: Lexicon) -> bool:
    """A common noun no name opens, 'a' or 'the same' before it, no body noun: somewhere,
    not someone's body ('a resident of an adjacent apartment block', 'a stallholder at the same
    market')."""
    return common_noun(noun) and not noun.ent_type_ and noun.lemma_.lower() not in lexicon.body_nouns \
        and not any(c.ent_type_ or c.pos_ == "PROPN" for c in noun.lefts) \
        and any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "amod" and c.lower_ == "same")
                for c in noun.children)


def _named_body_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A singular body noun a name opens: 'Mumbai airport' (not 'NATO forces', which may be
    any of them)."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in lexicon.body_nouns and any(
        c.dep_ == "compound" and c.ent_type_ in BODY_ENTS - {"PERSON"} for c in noun.lefts)


def _hyphened_before(head: Token) -> list[Token]:
    """The word a hyphen joins to the front of a role noun, which the parse may hang
    elsewhere: 'co-director', 'vice-chairman'."""
    doc = head.doc
    if head.i < 2 or not hyphen_joins(doc[head.i - 1]) \
            or not doc[head.i - 2].is_alpha or doc[head.i - 2].dep_ in ("compound", "amod", "nmod"):
        return []  # a compound or modifier before the hyphen is one of the noun's modifiers already
    return [doc[head.i - 2], doc[head.i - 1]]


def _bare_of(head: Token, lexicon: Lexicon) -> list[Token]:
    """'of state' in 'secretary of state', 'of staff' in 'chief of staff', 'for counterterrorism'
    in 'coordinator for counterterrorism': an 'of' or 'for' with a bare common noun (singular,
    lower case, no article) is part of the role, not its body; so is a capitalised word after
    'of' and a capitalised title ('Secretary of State') or a secretary's ('the former
    secretary of State': a cabinet office, not 'the chairman of Microsoft'), or after 'for'
    and a capitalised title ('Minister for Health', 'Commissioner for Information': a
    portfolio, not 'a Spokesman for Exxon'), places aside."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if len(objects) == 1 and prep.lower_ == "for" and head.text[:1].isupper() \
                    and _portfolio_named(objects[0], lexicon):
                return list(head.doc[prep.i:objects[0].i + 1])  # 'Vice Finance Minister for International Affairs'
            if len(objects) != 1 or any(c.dep_ in ("det", "poss", "nummod", "compound") for c in objects[0].children):
                continue
            word = objects[0]
            # (or plural after a role's 'of', a portfolio: 'head of campaigns', 'director of
            # communications'; not 'a group of bloggers')
            if (word.tag_ in ("NN", "NNP") and word.is_lower) or (
                    word.tag_ == "NNS" and word.is_lower and prep.lower_ == "of"
                    and head.lemma_.lower() in lexicon.role_nouns) or (
                    prep.lower_ == "of" and word.tag_ == "NNP"
                    and (head.text[:1].isupper() or head.lower_ == "secretary")
                    and word.ent_type_ not in ("GPE", "NORP", "PERSON")) or (
                    prep.lower_ == "for" and word.tag_ == "NNP" and head.text[:1].isupper()
                    and head.lemma_.lower() in lexicon.role_nouns
                    and word.ent_type_ not in ("GPE", "NORP", "PERSON", "LOC")):
                # with its modifiers, and a bare noun joined to it: 'of worldwide marketing', 'of
                # clinical epidemiology and nutrition'
                joined = [c for c in word.rights if c.dep_ == "conj" and c.tag_ == "NN" and c.is_lower
                          and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)]
                last = joined[-1] if joined else word
                return [*head.doc[prep.i:last.i + 1], *_gerund_after(last)]
    return []


def _portfolio_named(noun: Token, lexicon: Lexicon) -> bool:
    """Capitalised words that name a portfolio of several words: 'International Affairs',
    'Climate Change' (a portfolio of the table, or any ending in 'Affairs')."""
    words = [t for t in noun.lefts if t.dep_ == "compound"] + [noun]
    return len(words) > 1 and all(t.is_title for t in words) and words[0].i + len(words) == noun.i + 1 \
        and (" ".join(t.lower_ for t in words) in lexicon.portfolios or noun.lower_ == "affairs")


def _gerund_after(noun: Token) -> list[Token]:
    """A gerund right after a bare noun that the parse hung on it as a clause, though it
    finishes the noun: 'senior associate for education organizing at the Institute'."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == noun.i + 1]


def _ends_in_body_noun(token: Token, lexicon: Lexicon) -> bool:
    """A word of an organisation's name that a body noun ends ('Labour Party'), or of one of
    two words or more where no word is a place's ('Grayhurst Restructuring')."""
    entity = entity_of(token)
    return token.ent_type_ == "ORG" and entity is not None and (
        entity[-1].lemma_.lower() in lexicon.body_nouns or len(entity) > 1 and not any(
            w.text in lexicon.places or w.lower_ in lexicon.demonyms for w in entity))


def _objects_after(head: Token, skip: set[int], lexicon: Lexicon) -> list[Token]:
    """The objects of the prepositions after a role that can name its body ('for', 'of',
    'at', ...), a few links deep, nearest first; tokens in `skip` left out."""
    objects: list[Token] = []
    frontier = [head]
    for _ in range(_PREP_DEPTH):
        frontier = [obj for node in frontier for holder in (node, *(_gerund_after(node) if node != head else ()))
                    for prep in holder.rights
                    if prep.dep_ == "prep" and (prep.lower_ in _PREPS_OF_BODY or prep.lower_ in ("in", "from"))
                    for obj in prep.children if obj.dep_ == "pobj"
                    # 'counsel in the Dunmore Port Authority', 'a lawmaker from the Labour Party'
                    # (not 'a lawmaker from Ohio', nor 'a manager from Derry' taken for a body)
                    and (prep.lower_ != "in" or obj.ent_type_ == "ORG")
                    and (prep.lower_ != "from" or _ends_in_body_noun(obj, lexicon))]
        objects += [obj for obj in frontier if obj.i not in skip]
    return objects


def _body_named_by(token: Token, lexicon: Lexicon) -> str | None:
    """The body an object names: its whole entity, with capitalised words the recogniser
    left out before it ('the Free Democrats' with only 'Democrats' marked), else its noun
    phrase."""
    entity = entity_of(token)
    if entity is None:
        return affiliation_text(noun_phrase(token), lexicon)
    doc, start = entity.doc, entity.start
    while start > 0 and _left_out_of(doc[start - 1], entity, lexicon):
        start -= 1
    if start < entity.start and start > 0 and (doc[start - 1].pos_ == "PROPN" or hyphen_joins(doc[start - 1])):
        start = entity.start  # more of the name before, which is no plain word: 'Hillsborough County GOP'
    return affiliation_text(list(doc[start:entity.end]), lexicon)


def hyphen_joins(token: Token) -> bool:
    """A hyphen set hard between two words ('Jean-Pierre', 'African-American'), not a dash
    between words."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _left_out_of(word: Token, entity: Span, lexicon: Lexicon) -> bool:
    """A capitalised proper noun the recogniser left out of a body's name right before it,
    or made a group of its own ('Free' of 'the Free Democrats', 'Christian' of 'the
    Christian Democrats'); not a title ('Speaker Paul Ryan')."""
    split = word.ent_type_ == entity[0].ent_type_ == "NORP" and word.i + 1 == entity.start
    return word.pos_ == "PROPN" and word.is_title and (not word.ent_type_ or split) \
        and word.dep_ in ("compound", "amod") and word.head.i in range(entity.start, entity.end) \
        and not is_role_title(word, lexicon) and word.text not in lexicon.honorifics


def _common_nouns_taken_for_body(token: Token, lexicon: Lexicon) -> bool:
    """Whether the recogniser took lower-case common nouns for a body's name, none of them a
    body's noun or a chamber: 'kayak guide', 'acai' ('the ver.di union', 'the faculty senate'
    are bodies)."""
    return all(t.pos_ == "NOUN" and t.is_lower and t.is_alpha and t.lemma_ not in lexicon.body_nouns
               and t.text.title() not in lexicon.chambers for t in entity_of(token))


def ends_its_entity(token: Token) -> bool:
    """Whether no word of the token's entity comes after it (or it is in none)."""
    after = token.i + 1
    return after == len(token.doc) or token.doc[after].ent_iob_ != "I"


def alone_in_entity(token: Token) -> bool:
    """Whether the token is an entity of one word: 'Taoiseach' taken alone for a body."""
    return token.ent_iob_ == "B" and ends_its_entity(token)


def entity_of(token: Token) -> Span | None:
    """The named entity covering `token`, whole: 'Center for Strategic and International Studies'."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start < token.i and (doc[start].is_punct or doc[start].is_space):  # '― Christina Lastra'
        start += 1
    while end - 1 > token.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def noun_phrase(head: Token) -> list[Token]:
    """The head with the words before it that modify it, and 'of X' after it."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "compound" or (child.dep_ == "prep" and child.lower_ in ("of", "'s", "’s")):
            end = child.right_edge.i + 1
    return list(head.doc[start:end])
