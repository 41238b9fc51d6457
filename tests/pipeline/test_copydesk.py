from masthead.pipeline.copydesk import doubled_words


def test_doubled_words_from_the_reference_page() -> None:
    text = "He he noted that the fall in in border crossings was real."
    found = [(e.text, e.suggestion) for e in doubled_words(text)]
    assert found == [("He he", "He"), ("in in", "in")]


def test_grammatical_doubles_and_numbers_are_not_reported() -> None:
    text = "She had had enough. He said that that was final. Rooms 12 12 and bye bye."
    assert doubled_words(text) == []


def test_a_word_ending_one_paragraph_and_starting_the_next_is_not_doubled() -> None:
    assert doubled_words("The vote was close\n\nClose to midnight the count ended.") == []
