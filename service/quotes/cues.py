"""The cues of a quote: the reporting verbs around it, the one the parse links to it first."""

from __future__ import annotations

from spacy.tokens import Token

from .article import CLOSING, TAG_SENTENCE_TOKENS, TAG_WORDS, Article, mark_end, relaying
from .marks import Candidate
from .speakers import CONTENT_DEPS, author_of_document_in, is_passive, passive_agent, subject_of

# How a clause hangs on the cue whose content it is, with the complements that finish
# such a clause: 'said Baker was right to urge'.
_RELAYING_DEPS = CONTENT_DEPS | {"xcomp", "acomp"}
# How far up the parse from a quote's words the verb that holds them may be.
_VERB_ABOVE_STEPS = 3


def cues_around(article: Article, index: int) -> list[Token]:
    """Reporting verbs near the quote: those the parse links to it first (through its words,
    then through its punctuation), then nearest."""
    c = article.candidates[index]
    doc = article.doc
    first = article.token_at(c.open_mark)
    last = article.token_at(c.close_mark if c.close_mark is not None else c.end - 1)
    inside = range(first.i + 1, last.i)
    # The parse hangs a quote's punctuation on its sentence's root: a weaker link than its words'
    tokens, heads = article.people.tokens, article.heads
    words = [i for i in inside if not tokens[i].is_punct]
    punctuation = [i for i in inside if tokens[i].is_punct]
    linked = [tokens[heads[i]] for i in words if not article.in_quote(heads[i])]
    linked_by_punctuation = [tokens[heads[i]] for i in punctuation if not article.in_quote(heads[i])]
    window_start, window_end = article.sentence(first.i).start, article.sentence(last.i).end
    if window_end < len(doc) and _is_tag_sentence(article, article.sentence(window_end)):
        window_end = article.sentence(window_end).end  # '"Q." Baerbock stated.' parsed apart
    paragraph_start, paragraph_end = article.paragraph_tokens(c.open_mark)
    window_start = max(window_start, paragraph_start)
    window_end = min(window_end, max(paragraph_end, article.paragraph_tokens(mark_end(c))[1]))
    low = _previous_quote_end(article, index, window_start)
    high = _next_quote_start(article, index, window_end)
    nearby = [tokens[i] for i in range(low, high) if not article.in_quote(i)]
    # (not a participle on a word of the quote, which the writer's sentence goes on with: 'had
    # "ignored exculpatory evidence" submitted by former co-authors')
    # ('and that bakeries found selling loaves ... "will face the full force of the law"': nor a
    # clausal subject 'that' opens, a participle the parse read as a clause's verb)
    # ('and that "export cargo ... is our top priority," urging shippers to ...': nor a participle
    # after the quote that the parse hung on its verb, the writer's sentence going on after it)
    linked += [t for t in nearby if heads[t.i] in inside and not (t.dep_ == "acl" and t.tag_ == "VBN")
               and not (t.dep_ == "csubj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))
               and not (t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > last.i)]
    linked = [t for t in linked if article.is_cue(t) and low <= t.i < high]
    linked_by_punctuation = [t for t in linked_by_punctuation if article.is_cue(t) and low <= t.i < high]
    if _judged_as_in_clause(article, _verb_above(article, index, words)):
        return []  # (the clause's subject speaks: see by_governor)
    governing = _governing_cues(article, index, words, window_start, window_end)
    reporting = [t for t in governing if _reports(article, t, words)]
    governing_punctuation = _governing_cues(article, index, punctuation, window_start, window_end)
    after = [t for t in nearby if t.i > last.i and article.is_cue(t)]
    before = [t for t in reversed(nearby) if t.i < first.i and article.is_cue(t)]
    # '... saying, "That makes me smart," when Clinton blasted him': a clause after the quote
    # that a subordinator opens is the writer's, not the quote's tag; its cue comes last
    later = [t for t in after if _subordinate(t, last)]
    linked, after = [t for t in linked if t not in later], [t for t in after if t not in later]
    # 'X said in a statement that Ybarra had "opposed every serious border proposal" and called
    # Cordner "..."': a verb joined after the quote's clause is its own, no tag of the quote;
    # the verb above it reports it first
    joined = [t for t in linked if t.dep_ == "conj" and t.i > last.i and heads[t.i] in inside]
    linked = [t for t in linked if t not in joined]
    tag = _tag_after(article, c, last, high)
    # A tag after the quote is nobody's reported content, however the parse hangs it: in
    # 'Nothing the mayor said "will help," the chair said.' the chair speaks.
    ordered: list[Token] = list(tag)
    # 'footage of Trump saying during the debate, "..."': a participle cue right before the
    # quote, nothing but words without a verb between, however the parse hangs the quote
    lead = [t for t in before[:1] if t.tag_ == "VBG" and t.lemma_.lower() in article.lexicon.reporting_verbs
            and doc[first.i - 1].text in (",", ":")
            and not any(w.pos_ in ("VERB", "AUX") for w in doc[t.i + 1:first.i])]
    ordered += lead
    linked = sorted(linked, key=lambda t: _distance(t, first, last))
    for token in (linked + reporting + governing + linked_by_punctuation + governing_punctuation
                  + joined + after + before + later):
        for outer in _reporting_above(article, token, low, high) + [token]:
            if outer not in ordered:
                ordered.append(outer)
    return ordered


def _subordinate(cue: Token, last: Token) -> bool:
    """A cue after the quote's last token in a clause a subordinator opens ('when', 'after',
    'as', 'because'): the subordinator between the quote and the cue."""
    return any(c.dep_ in ("mark", "advmod") and c.tag_ in ("WRB", "IN") and last.i < c.i < cue.i
               for c in cue.children)


def _tag_after(article: Article, c: Candidate, last: Token, high: int) -> list[Token]:
    """The tag right after a quote that ends on a comma, '?' or '!' ('"...," Lopez added.',
    '"...?" asked the senator,'): it is the quote's cue, whatever else the parse hangs the
    quote on ('"I never said that," Lopez said, after Baker said the mayor ...')."""
    if c.close_mark is None or article.text[c.start:c.end].rstrip()[-1:] not in (",", "?", "!"):
        return []
    doc = article.doc
    words = []
    for i in range(last.i + 1, min(high, last.i + 1 + TAG_WORDS, len(doc))):
        token = doc[i]
        if token.is_punct or token.is_space or article.in_quote(token.i):
            break
        words.append(token)
    cues = [t for t in words if _tag_cue(article, t)]
    end = words[-1].i + 1 if words else last.i + 1
    if len(cues) != 1 or (end < len(doc) and not doc[end].is_punct) \
            or any(t.pos_ in ("CCONJ", "SCONJ") or t.tag_ in ("IN", "WRB") for t in words if t.i < cues[0].i):
        return []  # not a tag of its own: '"...," though she noted she has ...', '"...," after X said'
    if end + 1 < len(doc) and doc[end].text in (",", ":") and article.in_quote(end + 1):
        return []  # the next quote's: '"...?" He answered, "..."'
    subject = subject_of(article, cues[0])
    return cues if subject is not None and last.i < subject.i < end else []


def _tag_cue(article: Article, token: Token) -> bool:
    """A cue that makes a tag of its own: not 'according to X' (nor 'in the words of X'), which
    ends many a writer's sentence and whose X only relays the words (see README)."""
    return article.is_cue(token) and not relaying(token)


def _reporting_above(article: Article, cue: Token, low: int, high: int) -> list[Token]:
    """Reporting verbs whose reported content holds `cue`, outermost first: in 'Lopez said
    that Baker described the plan as "a failure"' or 'Lopez said Baker was right to urge
    them "..."', Lopez speaks, not Baker. One with no subject of its own is a misparse: 'He
    pledged to be "..." and cast doubt on the rate, suggested that ...'. None above a passive
    cue that names who acted, whose words it quotes: 'Lund recalled being told by a supervisor
    to "toughen up or go home"'."""
    if passive_agent(cue) is not None or _told_by_to_do(cue) \
            or (is_passive(cue) and author_of_document_in(article, cue) is not None):
        return []  # (nor above one a document's author made: 'was praised in a Commission report as "..."')
    said = _saying_with_noun(article, cue)
    if said is not None and low <= said.i < high:
        return _reporting_above(article, said, low, high) + [said]
    above = [node for node in _content_holders(article, cue, low, high)
             if article.is_cue(node) and subject_of(article, node) is not None][::-1]
    top = above[0] if above else cue
    # a tag set into the sentence reports all of it: 'Nor, he said, did he ever tell anyone "..."'
    # (not words a colon gives the verb as its own: 'In one, the prosecution says, the defendant
    # wrote: "..."')
    tags = [t for t in top.children if t.dep_ == "parataxis" and low <= t.i < high and article.is_cue(t)
            and t.i < top.i] if top.i + 1 >= len(article.doc) or article.doc[top.i + 1].text != ":" else []
    return tags + above


def _told_by_to_do(cue: Token) -> bool:
    """A passive cue that names who acted and what they told someone to do: 'workers had been
    told by managers to "carry on as normal"' (the managers' words, whoever reports them)."""
    return passive_agent(cue, with_subject=True) is not None \
        and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in cue.children)


def _saying_with_noun(article: Article, cue: Token) -> Token | None:
    """The reporting verb whose speech noun a cue's 'that' clause hangs on: 'said in a
    statement that First Cascade's failure reflected "..."' (the statement's content, which
    its issuer says). None if the verb has no subject."""
    noun = cue.head
    if cue.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in cue.children) \
            or noun.lemma_.lower() not in article.lexicon.speech_nouns or noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    return verb if article.is_cue(verb) and subject_of(article, verb) is not None else None


def _content_holders(article: Article, node: Token, low: int, high: int):
    """The words whose reported content holds `node`'s clause, nearest first. A clause a
    wh-word opens is what it names, not content: in 'Leaders denounced what Turnbull called
    "reckless" actions', Turnbull's words are quoted, not the leaders'. A pronoun there is
    the speaker above ('Trump denounced what he called "..."'): the climb goes on to the name."""
    for holder in holders(node, _RELAYING_DEPS, low, high):
        if any(c.tag_ in ("WP", "WDT") for c in node.children):
            subject = subject_of(article, node)
            if subject is not None and subject.pos_ != "PRON":
                return
        yield holder
        node = holder


def holders(node: Token, deps: frozenset[str], low: int, high: int):
    """The words whose clause holds `node`'s, nearest first, climbing only through `deps`
    and within tokens [low, high)."""
    while node.dep_ in deps and node.head.i != node.i and low <= node.head.i < high:
        node = node.head
        yield node


def _governing_cues(article: Article, index: int, tokens: list[int], low: int, high: int) -> list[Token]:
    """Reporting verbs above some of the quote's tokens in the parse, nearest first.

    'It said that Baker supports "harbor-first budgeting"': 'said' governs 'supports',
    which governs the quote.
    """
    doc, heads, quote_of = article.doc, article.heads, article.quote_of
    reached: dict[int, int] = {}  # the fewest steps from the quote to each word above it
    for i in tokens:
        node, depth = i, 0
        while heads[node] != node and low <= heads[node] < high:
            node = _content_clause_above(doc, node, heads[node])
            if quote_of[node] == index:
                continue
            if quote_of[node] >= 0:
                break
            depth += 1
            if reached.get(node, len(doc)) <= depth:
                break  # climbed from here before, as near: the rest of the way is known
            reached[node] = depth
    steps = {i: depth for i, depth in reached.items() if article.is_cue(doc[i])}
    # then 'according to X' on a word above, the source of all its clause says: 'According
    # to one EU diplomat, Tamm and van der Honing had "a sharp exchange", with the Estonian
    # accusing the Dutch of ...' (after any verb above: 'Trump wrote to him, threatening "...,"
    # according to a copy of the letter')
    sources = {c.i: depth for i, depth in reached.items() for c in doc[i].children
               if relaying(c) and c.dep_ == "prep" and low <= c.i < high and article.is_cue(c)
               and c.i not in steps}
    # ('in the words of X' says whose words they are, before any verb above: 'The TSF has
    # accused employers of using deductions to "...", in the words of its head of bargaining')
    words_of = {i: depth for i, depth in sources.items() if doc[i].lower_ == "in"}
    sources = {i: depth for i, depth in sources.items() if i not in words_of}
    return [doc[i] for found in (words_of, steps, sources)
            for i in sorted(found, key=lambda i: (found[i], abs(i - tokens[0])))]


def _content_clause_above(doc, node: int, head: int) -> int:
    """The word above `node` in the climb to a quote's cue: its head, but the head's own where
    'that' opens the node as a second clause of what a verb reports, which the parse joins to
    the first ('said the premier would not comment on "...," and that the government remained
    "available ..."': the second is said's, not comment's)."""
    word = doc[node]
    if word.dep_ == "conj" and doc[head].dep_ in CONTENT_DEPS \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in word.children):
        return doc[head].head.i
    return head


def _verb_above(article: Article, index: int, words: list[int]) -> Token | None:
    """The nearest verb above the quote's words in the parse, outside it."""
    doc, heads = article.doc, article.heads
    for i in words:
        node = i
        for _ in range(_VERB_ABOVE_STEPS):
            if heads[node] == node:
                break
            node = heads[node]
            if article.quote_of[node] != index and doc[node].pos_ == "VERB":
                return doc[node]
    return None


def _judged_as_in_clause(article: Article, verb: Token | None) -> bool:
    """A relative clause's verb that gives the quote 'as' what its own subject calls what
    the relative pronoun stands for: the subject's words, not those of a cue above the clause
    ('She said the association had proposed a pilot, which the union rejected as "too little,
    too slowly"'; not 'described the response he got as "basically a shrug"', with no
    relative pronoun, which the parse may hang on 'got'; nor an 'as' set off by a comma, the
    main verb's: 'Trump recalled Anita, who he helped, as "a great woman"'). A cue of its own
    is found as any is ('the budget, which she described as "like an open book"')."""
    return verb is not None and verb.dep_ == "relcl" and not article.is_cue(verb) \
        and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" and c.doc[c.i - 1].text != "," for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") and not article.marked(c.i)
                for c in verb.children)


def _reports(article: Article, cue: Token, words: list[int]) -> bool:
    """Whether the quote lies in what `cue` reports: the clause that holds its words hangs on
    the cue through content clauses only ('Baker, who said voters forget that there are "..."')."""
    doc, heads = article.doc, article.heads
    for i in words:
        node = i
        while heads[node] != node and article.in_quote(heads[node]):
            node = heads[node]
        node = heads[node]
        while node != cue.i and doc[node].dep_ in _RELAYING_DEPS and heads[node] != node:
            node = heads[node]
        if node == cue.i:
            return True
    return False


def _is_tag_sentence(article: Article, sentence) -> bool:
    """The tag parsed as a sentence of its own: short ('she said.'), or after '?' or '!'
    with a reporting verb of its own ('according to' ends many a writer's sentence).

    '"What a night!" Baker's cousin, state Del. Ana Ruiz, shouted to the crowd.'
    """
    text = article.text
    if "\n" in text[sentence.start_char:sentence.end_char].strip():  # (Span.text joins its tokens anew)
        return False
    if len(sentence) <= TAG_SENTENCE_TOKENS:
        return True
    end = sentence.start_char
    while end > 0 and text[end - 1].isspace():
        end -= 1
    mark = end
    while mark > 0 and text[mark - 1] in CLOSING:
        mark -= 1
    # after '?' or '!', or after a comma: '"..., I want it,'" Rep. Jim Baker (D-Ohio) said.'
    return mark < end and text[mark - 1:mark] in ("?", "!", ",") and not article.in_quote(sentence.start) \
        and any(_tag_cue(article, t) for t in sentence)


def _previous_quote_end(article: Article, index: int, floor: int) -> int:
    if index == 0:
        return floor
    return max(floor, article.token_at(mark_end(article.candidates[index - 1])).i + 1)


def _next_quote_start(article: Article, index: int, ceiling: int) -> int:
    if index + 1 >= len(article.candidates):
        return ceiling
    return min(ceiling, article.token_at(article.candidates[index + 1].open_mark).i)


def _distance(token: Token, first: Token, last: Token) -> int:
    return first.i - token.i if token.i < first.i else token.i - last.i
