"""Category names in a shopper's words: which nodes of the catalog's category tree a query
names (`CategoryMatcher`, used by `retrieval.query.parse_query`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.tokenize import STOP_WORDS, partition_purpose, past_seeking, stem, words

CATEGORY_SYNONYMS = {
    "perfume": ["fragrance"], "cologne": ["fragrance"], "scent": ["fragrance"],
    "aftershave": ["fragrance"],
    "dye": ["color"], "colour": ["color"], "moisturiser": ["moisturizer"],
    "hairspray": ["hair", "spray"], "sunscreen": ["sun"], "sunblock": ["sun", "sunscreen"],
    "spf": ["sun", "sunscreen"],
    "wash": ["cleanser"], "varnish": ["polish"], "lacquer": ["polish"],
    "lipgloss": ["lip", "gloss"], "straightener": ["flattening", "iron"], "flat": ["flattening"],
    "eyeshadow": ["eye", "shadow"], "facial": ["face"],
    "micellar": ["makeup", "remover"],
    "organizer": ["case"], "organiser": ["case"], "storage": ["case"], "pouch": ["bag"],
    "mousse": ["mouss"],  # the stem of "Mousses": "mousses" strips like "glosses"
}  # fmt: skip
"""Shopper words -> words of the category tree (used for category intent only)."""


GENERIC_HEADS = frozenset(
    {"care", "treatment", "accessory", "tool", "set", "kit", "product", "essential", "other"}
)
"""Last words of category names that name no product type ("Foot Care", "Nail Treatments"):
never an alias of their node (see `CategoryMatcher`)."""


REMOVING = re.compile(
    r"\b(?:remov(?:e|es|ing|ers?)|(?:take|taking|get|getting|wipe|wiping)\s+(?:[\w']+\s+){0,3}?off|"
    r"come off|comes off|coming off|dissolv(?:e|es|ing))\b"
)
"""Words that ask for a product to take another one off ("something to take off waterproof
mascara", "my makeup won't come off at night"): a remover, not the product it removes."""
STAYS_ON = re.compile(
    r"\b(?:that|which)\s+(?:won'?t|doesn'?t|does not|will not|don'?t|do not|never|wouldn'?t)\s+"
    r"(?:\w+\s+)?(?:come|comes|wipe|rub|wash|budge)\s+off\b|\bstays?\s+on\b"
)
"""...unless coming off is what the product must not do ("a foundation that won't come off")."""


HEAD_THEN = re.compile(
    r"\s(?:for|to|that|which|from|"
    r"(?:before|after|during|while|when)(?= (?:i|I|you|we)\b| \w+ing\b))\s"
)
"""What follows a product type with what it is for, used with or kept from, or when the shopper
uses it ("a case for my lipsticks", "a spray to protect my hair from the straightener", "a
lipstick that matches my nail polish", "a heat protectant before i flat iron", "a serum after
cleansing"): the words before it say what the product is. Not when something else happens ("a
gift after her surgery") nor "after" of an after-sun product."""

TO_A_PLACE = re.compile(r"(?<=to )(?:my|your|his|her|their|our|its|the|a|an|this|that)\b")
""""to" before whom or where, not what the product does ("add shine to my hair", "a gift to the
host"): no `HEAD_THEN`."""


def split_at_purpose(text: str, *, last_clause: bool = False) -> tuple[str, str] | None:
    """``text`` split at the first word that says what the product is for, used with or kept
    from (`HEAD_THEN`; not a "to" before whom or where, `TO_A_PLACE`): the words before it and
    the words after it, stripped ("a pressed powder to take the shine off": "a pressed powder",
    "take the shine off"); None when no word says it. Past an opening that asks for the
    product (`past_seeking`: the "for" of "looking for" says what is sought, so "looking for
    shampoo oily hair" says no purpose and "looking for a powder for oily skin" is "a powder"
    for "oily skin"). The one split of a need at its purpose, for search's category reading
    and the dialogue's. ``last_clause``: the words before it of their last clause only
    ("playing football all day, need sunblock that doesn't run": "need sunblock", not the
    story before it)."""
    text = past_seeking(text)
    for found in HEAD_THEN.finditer(f" {text} "):
        if TO_A_PLACE.match(text, found.end() - 1):
            continue
        before = text[: max(found.start() - 1, 0)]
        if last_clause:
            before = re.split(r"[,;.!?]", before)[-1]
        return before.strip(), text[found.end() - 1 :].strip()
    return None


MAIN_SHARE = 0.9
"""Words that name several nodes of the tree alike ("conditioner": the Conditioners under Hair
Care, Hair Loss Products and Hair Relaxers) mean the main one when they name none of the
parents: the node holding at least this share of those nodes' products."""


def _with_synonyms(text: str) -> set[str]:
    """The stems of ``text``'s words and the tree's words they stand for (`CATEGORY_SYNONYMS`:
    "pouch" says "bag")."""
    said = {stem(w) for w in words(text)}
    return said.union(*(CATEGORY_SYNONYMS.get(w, ()) for w in said))


class CategoryMatcher:
    """Category nodes whose names appear in a query."""

    def __init__(self, categories: Sequence[str], sizes: Sequence[int] = ()) -> None:
        self.nodes: dict[str, list[set[str]]] = {}
        self.words: set[str] = set()
        self.sizes: dict[str, int] = {}
        self.inner: set[str] = set()
        for path, size in zip(categories, sizes, strict=False):
            levels = [p.strip() for p in path.split(">") if p.strip()]
            for depth in range(1, len(levels) + 1):
                node = " > ".join(levels[:depth])
                self.sizes[node] = self.sizes.get(node, 0) + size
                if depth < len(levels):
                    self.inner.add(node)
        heads: list[tuple[str, str]] = []  # (node, the last word of a name of several words)
        for path in categories:
            levels = [p.strip() for p in path.split(">") if p.strip()]
            for depth in range(1, len(levels) + 1):
                node = " > ".join(levels[:depth])
                if node in self.nodes:
                    continue
                alternatives = []
                inherited = {stem(w) for level in levels[: depth - 1] for w in words(level)}
                name = levels[depth - 1]
                parts = re.split(r"\s*(?:&|,|/|\band\b)\s*", name)
                if name.lower().endswith(" care"):
                    parts.append(name[: -len(" care")])
                said_as = re.fullmatch(r"(\w+) \w+ treatments", name.lower())
                if said_as and stem(said_as.group(1)) in inherited:
                    # "Hair Regrowth" (under Hair Care): what it treats, said with the branch's
                    # word; not "Dark Circle" ("a concealer for dark circles" is a concealer)
                    parts.append(name[: -len(" treatments")])
                for part in parts:
                    toks = [stem(w) for w in words(part) if w not in STOP_WORDS]
                    if toks and not (depth > 1 and set(toks) <= inherited):
                        alternatives.append(set(toks))
                        self.words.update(toks)
                        if len(toks) > 1:
                            alternatives.append({stem("".join(words(part)))})
                        if len(toks) > 1 and toks[-1] not in GENERIC_HEADS | inherited:
                            heads.append((node, toks[-1]))
                self.nodes[node] = alternatives
        # A word that names one node by itself and another as its last word ("polish": the
        # skin "Polishes", and "Nail Polish") says neither on its own: both match, the tie
        # leaves the category to the search. A last word that names nothing by itself ("dye"
        # of "Chemical Hair Dyes"), or that a parent's name already says ("Tinted Moisturizers"
        # under "Creams & Moisturizers"), is not an alias: that would be a narrower reading.
        named = {next(iter(a)) for alts in self.nodes.values() for a in alts if len(a) == 1}
        for node, head in heads:
            if head in named:
                self.nodes[node].append({head})
        branches = {n.rsplit(" > ", 1)[0] for n in self.nodes if " > " in n}
        self.branches = frozenset(branches)
        """The nodes with sub-categories (known without the product counts)."""
        branch_words = {w for n in branches for alt in self.nodes[n] for w in alt}
        self.makeup_types: dict[str, bool] = {}
        """Words that name a product type under Makeup and no branch of the tree ("mascara",
        "lipstick", "polish"), and whether it lies under Makeup's Nails."""
        for node, alts in self.nodes.items():
            levels = node.split(" > ")
            if node in branches or levels[1:2] != ["Makeup"]:
                continue
            for word in {w for alt in alts for w in alt} - branch_words:
                self.makeup_types[word] = self.makeup_types.get(word, False) or "Nails" in levels

    def _removing(self, text: str, query: set[str]) -> set[str]:
        """``query`` for a message asking to take something off (`REMOVING`): a remover, for
        the makeup it names (a makeup remover, or a polish remover for nail polish), not
        that makeup ("to take off waterproof mascara" is no Mascara)."""
        lowered = " ".join(text.lower().split())
        found = REMOVING.search(lowered)
        if not found or STAYS_ON.search(lowered) or self._takes_off_itself(lowered, found):
            return query
        removed = {w for w in query if w in self.makeup_types}
        out = (query - removed) | {"remover"}
        if removed:
            nails = any(self.makeup_types[w] for w in removed)
            out |= {"nail", "polish"} if nails else {"makeup"}
        return out

    def _takes_off_itself(self, lowered: str, found: re.Match[str]) -> bool:
        """Whether what `REMOVING` found is what a makeup product named before it (`HEAD_THEN`)
        does, and no makeup is named as taken off: "a pressed powder to take the shine off"
        is a powder, not a remover ("a cream to remove mascara", "eye makeup remover" stay
        removers)."""
        if found.group(0).startswith("remover"):
            return False
        split = split_at_purpose(lowered[: found.start()])
        if split is None:
            return False

        def makeup(part: str) -> bool:
            return any(stem(w) in self.makeup_types for w in words(part))

        return makeup(split[0]) and not makeup(lowered[found.start() :])

    def match(self, text: str) -> str | None:
        query = {stem(w) for w in words(text) if w not in STOP_WORDS}
        for word in list(query):
            query.update(CATEGORY_SYNONYMS.get(word, []))
            if len(word) >= 5 and f"re{word}" in self.words:
                query.add(f"re{word}")  # "hair growth": the tree's "Hair Regrowth"
        query = self._removing(text, query)
        if not query:
            return None
        scored: list[tuple[int, str]] = []
        named_by: dict[str, frozenset[str]] = {}
        for node in self.nodes:
            matched = self._read_along(node, query)
            # the node's own name must match, not only an ancestor's
            own = [alt for alt in self.nodes[node] if alt <= query]
            if matched and own:
                scored.append((len(matched), node))
                named_by[node] = frozenset().union(*own)
        if not scored:
            return None
        scored = self._head_over_what_for(text, scored, named_by)
        best = max(s for s, _ in scored)
        tied = [node.split(" > ") for s, node in scored if s == best]
        # prefer the deepest among nested matches, then the common prefix of the rest
        leaves = [t for t in tied if not any(o != t and o[: len(t)] == t for o in tied)]
        leaves = self._main_of_each_name(leaves, named_by)
        leaves = self._nearest_of_each_name(query, leaves, named_by)
        leaves = self._types_over_what_for(text, leaves, named_by)
        leaves = self._makeup_sense(query, leaves, named_by)
        common: list[str] = []
        for parts in zip(*leaves, strict=False):
            if len(set(parts)) != 1:
                break
            common.append(parts[0])
        if len(common) <= 1 and len(leaves) > 1:
            return None  # only the root in common: no clear intent
        return " > ".join(common) if common else None

    def _read_along(self, node: str, said: set[str]) -> set[str]:
        """The words of ``said`` that the names of ``node`` and its parents read."""
        levels = node.split(" > ")
        read: set[str] = set()
        for depth in range(1, len(levels) + 1):
            for alt in self.nodes[" > ".join(levels[:depth])]:
                if alt <= said:
                    read |= alt
        return read

    def _is_leaf(self, node: str) -> bool:
        """Whether ``node`` is a product type: below a department, with no sub-categories."""
        return node.count(" > ") >= 2 and node not in self.inner

    def _makeup_sense(
        self, query: set[str], leaves: list[list[str]], named_by: dict[str, frozenset[str]]
    ) -> list[list[str]]:
        """``leaves`` cut to the one under Makeup when the same words name it and every other
        leaf alike and those words name make-up types (`makeup_types`): "a bronzer" is the
        make-up (Bronzers & Highlighters), not the Sun's Self-Tanners & Bronzers (the words are
        a whole part of the make-up leaf's name: "polish" of Nail Polish is not), unless more
        is said ("bronzer for fair skin"; "a tanning bronzer": a word like one of another leaf's
        name)."""
        makeup = [leaf for leaf in leaves if leaf[1:2] == ["Makeup"]]
        if len(leaves) < 2 or len(makeup) != 1:
            return leaves
        said = named_by.get(" > ".join(makeup[0]), frozenset())
        if not said or not all(w in self.makeup_types for w in said):
            return leaves
        parts = re.split(r"\s*(?:&|,|/|\band\b)\s*", makeup[0][-1])
        if not any({stem(w) for w in words(part) if w not in STOP_WORDS} == said for part in parts):
            return leaves  # "polish" is Nail Polish's last word only: the search decides
        if any(named_by.get(" > ".join(leaf), frozenset()) != said for leaf in leaves):
            return leaves
        other = {stem(w)[:4] for leaf in leaves if leaf is not makeup[0] for w in words(leaf[-1])}
        if any(w[:4] in other for w in query - said):
            return leaves  # "a tanning bronzer": the Self-Tanners' own word
        return makeup

    def _types_over_what_for(
        self, text: str, leaves: list[list[str]], named_by: dict[str, frozenset[str]]
    ) -> list[list[str]]:
        """``leaves`` less the departments named only by words after "for" when a product type
        outside them is named as much: "foundation for oily skin" is a Foundation ("skin" says
        what it is for, not Skin Care). The type must be said before "for" by a word that names a
        type (not "treatment"); "hair powder" (the department said first) and a word naming both
        ("a nice bath": Bath & Body and Paraffin Baths) stay a tie that search settles."""
        deeper = [leaf for leaf in leaves if len(leaf) > 2]
        if not deeper or len(deeper) == len(leaves):
            return leaves
        before, found, after = partition_purpose(text.lower())
        if not found:
            return leaves
        said_before = {stem(w) for w in words(before)}
        said_after = {stem(w) for w in words(after)}
        for word in list(said_after):
            said_after.update(CATEGORY_SYNONYMS.get(word, []))
        types = frozenset().union(*(named_by.get(" > ".join(leaf), frozenset()) for leaf in deeper))
        if not (types - GENERIC_HEADS) & said_before:
            return leaves  # "looking for a hair mousse", "a treatment for my hair": no type first

        def what_for(leaf: list[str]) -> bool:
            named = named_by.get(" > ".join(leaf), frozenset())
            return bool(named) and named <= said_after and not named & (said_before | types)

        if not all(what_for(leaf) for leaf in leaves if len(leaf) <= 2):
            return leaves
        return deeper

    def _head_over_what_for(
        self, text: str, scored: list[tuple[int, str]], named_by: dict[str, frozenset[str]]
    ) -> list[tuple[int, str]]:
        """``scored`` less the product types (leaves of the tree) named only by words said after
        what the need is (`HEAD_THEN`), where a product type is named by a word said before it:
        "a case for my lipsticks" is a case, not a Lipstick; "a spray to protect my hair from the
        straightener" a Hair Spray, not a Flattening Iron; "a sponge for my foundation" no
        Foundation. A part of the body or a branch said after it ("a mask for my hair", "a
        scrub for my lips") is no leaf and stays; so does a leaf whose name says a word not
        said after it ("a cream to remove makeup": Makeup Remover, read from "remove")."""
        split = split_at_purpose(" ".join(words(past_seeking(text))))
        if split is None:
            return scored
        head, tail = (_with_synonyms(part) for part in split)
        tail -= head
        headed = any(self._is_leaf(n) and named_by[n] & head for _, n in scored)
        if not headed:
            return scored
        kept = [(s, n) for s, n in scored if not (self._is_leaf(n) and named_by[n] <= tail)]
        if whole := self._head_read_whole(head, kept):
            return whole  # "night cream" read whole by Night Creams, whatever is said before
        return self._in_the_modifier_s_branch(split[0], kept or scored, named_by)

    def _in_the_modifier_s_branch(
        self, head_text: str, scored: list[tuple[int, str]], named_by: dict[str, frozenset[str]]
    ) -> list[tuple[int, str]]:
        """``scored`` cut to the branch a compound's first word names, where the words before
        what the need is for (``head_text``) name several nodes that no node reads together
        and the first of them names one branch below a department (a node with
        sub-categories) and no product type: "sun cream for the body" is a cream of the Sun
        branch, not a body cream, and so is "sun cream for my face" (no face cream). The
        branch says the kind, the last word the form. Not where one node reads them all ("face cream
        for dry skin"), nor where the first word names a product type ("sea salt spray for
        waves") or several branches ("body", "face"), nor a department ("makeup bag for my
        brushes"); never where a product type reads two of the words (`_head_read_whole`)."""
        said = [_with_synonyms(w) for w in words(head_text) if w not in STOP_WORDS]
        reads = {n: self._read_along(n, set().union(*said)) for _, n in scored}
        naming = [forms for forms in said if any(forms & read for read in reads.values())]
        if len(naming) < 2 or any(set().union(*naming) <= read for read in reads.values()):
            return scored
        first = naming[0] - set().union(*naming[1:])
        by_first = [n for n in reads if named_by[n] and named_by[n] <= first]
        if len(by_first) != 1 or by_first[0] not in self.branches or by_first[0].count(" > ") < 2:
            return scored
        branch = by_first[0]
        inside = [(s, n) for s, n in scored if n == branch or n.startswith(f"{branch} > ")]
        return inside or scored

    def _head_read_whole(
        self, head: set[str], scored: list[tuple[int, str]]
    ) -> list[tuple[int, str]]:
        """``scored`` less the nodes that read fewer of the words said before what the need is
        for (``head``) than a product type (a leaf) reads, where that leaf reads two or more:
        "face powder for oily skin" is a Powder under Makeup's Face (both words), not Skin
        Care's Face ("face", and "skin" said after "for"); "an applicator bottle for hair
        colour" is an Applicator Bottle, not Hair Color (named by the words after "for"
        alone). The leaf's own branches stay ("face wash for oily skin": Skin Care), as does
        everything when no leaf reads two ("a mask for my hair": Hair Care)."""
        reads = {n: len(self._read_along(n, head)) for _, n in scored}
        leaves = [n for n in reads if self._is_leaf(n)]
        most = max((reads[n] for n in leaves), default=0)
        if most < 2:
            return []
        read = [n for n in leaves if reads[n] == most]
        return [
            (s, n)
            for s, n in scored
            if reads[n] == most or any(leaf.startswith(f"{n} > ") for leaf in read)
        ]

    def _nearest_of_each_name(
        self, query: set[str], leaves: list[list[str]], named_by: dict[str, frozenset[str]]
    ) -> list[list[str]]:
        """``leaves`` with the product types (nodes with no sub-categories) the same words name
        in a department the query names cut to those placed right under what is said: "a skin
        care set" is Skin Care's own Sets & Kits, not the Sets & Kits under its Face, whose
        level no word says. Only where such a node is there; a department not said ("a set",
        "conditioner") leaves them all, as does a branch ("makeup for my face": the search
        decides between Makeup's Face and the face's Makeup Remover)."""
        by_words: dict[tuple[str, frozenset[str]], list[list[str]]] = {}
        for leaf in leaves:
            key = (" > ".join(leaf[:2]), named_by.get(" > ".join(leaf), frozenset()))
            by_words.setdefault(key, []).append(leaf)
        kept: list[list[str]] = []
        for (home, _), same in by_words.items():
            types = all(self._is_leaf(" > ".join(leaf)) for leaf in same)
            if len(same) < 2 or not types or not self._read_along(home, query):
                kept.extend(same)
                continue
            nearest = [leaf for leaf in same if self._each_branch_said(leaf, query)]
            kept.extend(nearest or same)
        return kept

    def _each_branch_said(self, leaf: list[str], query: set[str]) -> bool:
        """Whether ``query`` names each branch between ``leaf``'s department and ``leaf``."""
        branches = (" > ".join(leaf[:depth]) for depth in range(3, len(leaf)))
        return all(any(alt <= query for alt in self.nodes[b]) for b in branches)

    def _main_of_each_name(
        self, leaves: list[list[str]], named_by: dict[str, frozenset[str]]
    ) -> list[list[str]]:
        """``leaves`` with the nodes the same words name ("conditioner": Hair Care's
        Conditioners, Hair Loss Products' and Hair Relaxers' Conditioners, Shampoo Plus
        Conditioner) cut to their main node (`MAIN_SHARE` of their products) where that node
        is a product type (a leaf of the tree: a node with sub-categories is left to the
        search, as before) and the catalog's product counts are known."""
        if not self.sizes:
            return leaves
        by_words: dict[frozenset[str], list[list[str]]] = {}
        for leaf in leaves:
            by_words.setdefault(named_by.get(" > ".join(leaf), frozenset()), []).append(leaf)
        kept: list[list[str]] = []
        for same in by_words.values():
            sizes = [self.sizes.get(" > ".join(leaf), 0) for leaf in same]
            main = max(range(len(same)), key=sizes.__getitem__)
            leaf = " > ".join(same[main]) not in self.inner
            if len(same) > 1 and leaf and sizes[main] >= MAIN_SHARE * sum(sizes):
                kept.append(same[main])
            else:
                kept.extend(same)
        return kept
