"""The lexicon: jieba's dictionary and the supplement of words it lacks."""

from __future__ import annotations

from pathlib import Path

from toolkit.lexicon import SUPPLEMENT, Lexicon, _build, _dictionary, lexicon


def _lexicon(supplement: Path) -> Lexicon:
    words, floor, *_ = _build(_dictionary(), supplement)
    return Lexicon(words=words, floor=floor, function_words=frozenset(), name_suffixes=frozenset(),
                   suffix_like=frozenset(), word_final=frozenset(), tags={})


def test_a_supplemented_word_is_read_whole_and_nothing_else_moves(tmp_path: Path) -> None:
    """A word the dictionary lacks is added at the smallest count that keeps it whole (as `jieba.add_word` adds one
    without a count): it wins over its own characters, a word the dictionary has keeps its count, comments and
    blank lines are skipped."""
    empty = tmp_path / "none.txt"
    empty.write_text("")
    words = tmp_path / "words.txt"
    words.write_text("# new words\n\n槐溪 n\n书房 n\n")
    before, after = _lexicon(empty), _lexicon(words)
    assert before.cut("槐溪书房开放") == ["槐", "溪", "书房", "开放"]
    assert after.cut("槐溪书房开放") == ["槐溪", "书房", "开放"]
    assert after.words["书房"] - after.floor == before.words["书房"] - before.floor  # the same count


def test_the_shipped_supplement_holds_only_words_the_dictionary_cuts_into_characters() -> None:
    """Each supplemented word is one the dictionary alone leaves at least one character of single (线|上, 碳|达|峰):
    a compound it reads as its own words (乡村|振兴) would add nothing, one it lists would be counted twice."""
    base = _lexicon(Path("/dev/null"))
    entries = [line.split() for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    assert entries and all(len(e) == 2 for e in entries)
    assert len({w for w, _ in entries}) == len(entries)
    for word, _tag in entries:
        assert base.words.get(word) is None and any(len(piece) == 1 for piece in base.cut(word)), word
        assert lexicon().cut(word) == [word]
