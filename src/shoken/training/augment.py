"""Training-data augmentation: paraphrased copies of a report that keep its labels.

Translated training reports (CT-RATE-JPN) state findings in a few plain forms
(「胸水は認めない。」「結節を認める。」); reports written by radiologists also use polite
forms, telegraphic notes and other verbs (「胸水なし。」「結節を認めます。」「胸水(-)」).
A model trained on the first alone learns the forms, not the meaning: the default model
scored 「心拡大なし。」 as Cardiomegaly 0.98 before this existed. :class:`Paraphraser`
rewrites each occurrence of a rule's pattern (``lang/<code>/paraphrase.yaml``) into
the original or one of its replacements, at random, so a copy says the same thing in
other words. Rules are data, per language, like the rule engine's cues.
"""
from __future__ import annotations

import random
import re

from shoken.lang import load_paraphrases


class Paraphraser:
    """Random meaning-preserving rewrites of report text, per language.

    Parameters
    ----------
    files:
        Optional ``{code: path}`` of paraphrase files that replace the bundled ones.
    """

    def __init__(self, files: dict[str, str] | None = None) -> None:
        self.files = dict(files or {})
        self._rules: dict[str, list[tuple[re.Pattern, list[str]]]] = {}

    def rules(self, language: str) -> list[tuple[re.Pattern, list[str]]]:
        got = self._rules.get(language)
        if got is None:
            data = load_paraphrases(language, self.files.get(language))
            got = [] if data is None else [(re.compile(r.pattern), list(r.replace)) for r in data.rules]
            self._rules[language] = got
        return got

    def supports(self, language: str | None) -> bool:
        return bool(language) and bool(self.rules(language))

    def paraphrase(self, text: str, language: str, rng: random.Random) -> str:
        """``text`` with each rule match kept or replaced (uniformly among the original
        and the rule's replacements); rules apply one after another."""
        for rx, reps in self.rules(language):
            def pick(m: re.Match, reps=reps) -> str:
                k = rng.randrange(len(reps) + 1)
                return m.group(0) if k == len(reps) else m.expand(reps[k])

            text = rx.sub(pick, text)
        return text

    def copies(self, text: str, language: str, n: int, seed: int | str) -> list[str]:
        """Up to ``n`` distinct paraphrases of ``text`` that differ from it (deterministic
        for a given seed); empty when the language has no rules or nothing matches."""
        if n <= 0 or not self.supports(language):
            return []
        rng = random.Random(seed)
        out: list[str] = []
        seen = {text}
        for _ in range(3 * n):
            t = self.paraphrase(text, language, rng)
            if t not in seen:
                seen.add(t)
                out.append(t)
                if len(out) == n:
                    break
        return out
