from __future__ import annotations

from masthead.demo import build_site, scraper_ground_truth
from masthead.demo.truth import article_records
from masthead.pipeline.copydesk import CopyError, check, doubled_words
from masthead.pipeline.inspection import PageReport, inspect_many


def test_doubled_words_from_the_reference_page() -> None:
    text = "He he noted that the fall in in border crossings was real."
    found = [(e.text, e.suggestion) for e in doubled_words(text)]
    assert found == [("He he", "He"), ("in in", "in")]


def test_grammatical_doubles_and_numbers_are_not_reported() -> None:
    text = "She had had enough. He said that that was final. Rooms 12 12 and bye bye."
    assert doubled_words(text) == []


def test_a_word_ending_one_paragraph_and_starting_the_next_is_not_doubled() -> None:
    assert doubled_words("The vote was close\n\nClose to midnight the count ended.") == []


def test_that_that_is_wrong_after_a_noun_and_right_after_a_verb() -> None:
    assert [e.text for e in doubled_words("Companies that that break the rules pay.")] == [
        "that that"]
    for right in ("She knew that that would not last.", "That that happened is clear.",
                  "The point is that that plan failed."):
        assert doubled_words(right) == [], right


def test_check_reports_every_kind_and_never_touches_the_text() -> None:
    title = "Interior Ministry says northern border crossings fell"
    text = (
        "Interior Ministry officiasl said on Wednesday that the number of migrants crossing "
        "the northern border fell by nearly a third in March. He he noted that the fall in in "
        "border crossings followed new patrols. The minister told parliament the government "
        "would keep the policy, and opposition parties said they would force a vote on it "
        "before the election campaign."
    )
    before = str(text)
    desk = check(title, text, language="en", section="Finance")
    assert text == before
    assert desk.spelling_language == "en" and desk.skipped == []
    assert desk.errors == [
        CopyError("doubled_word", "He he", "He"),
        CopyError("doubled_word", "in in", "in"),
        CopyError("misspelling", "officiasl", "officials"),
        CopyError("section_mismatch", "Finance", "Politics"),
    ]
    assert all(e.kind != "section_mismatch" for e in check(title, text, section="Politics").errors)


def test_check_says_when_spelling_was_not_checked() -> None:
    text = "Die Regierung hat am Dienstag beschlossen, dass die Brücke im Mai öffnet."
    desk = check("Brücke", text, language="de")
    assert desk.spelling_language == ""
    assert desk.skipped == ["misspelling: no dictionary for language 'de'"]


def test_the_demo_scraper_copies_through_inspect() -> None:
    """Every copy error the demo's scraper put in is reported, and nothing on the outlets'
    own correctly written and filed pages."""
    site = build_site()
    originals = {record["path"] for record in article_records() if not record["copy_of"]}
    copies = scraper_ground_truth()
    truth = {record["copy_path"]: record for record in copies}
    reference = next(record for record in copies if "officiasl" in str(record["copy_errors"]))
    paths = sorted(originals | set(truth))
    reports = inspect_many([(path, site[path][1]) for path in paths])
    noise = []
    for path, report in zip(paths, reports, strict=True):
        assert isinstance(report, PageReport)
        errors = report.integrity["copy_errors"]
        if path in originals:
            noise.extend((path, error) for error in errors)
            continue
        record = truth[path]
        for wanted in record["copy_errors"]:
            kind = wanted["kind"].replace("-", "_")
            assert any(
                error["kind"] == kind and error["text"] in wanted["wrong"] for error in errors
            ), (path, wanted, errors)
            assert wanted["wrong"].split()[0] in report.text  # reported, never corrected
        mismatches = [error for error in errors if error["kind"] == "section_mismatch"]
        if record is reference:  # the page that started it: a politics story under Finance
            assert mismatches == [{"kind": "section_mismatch", "text": "Finance",
                                   "suggestion": "Politics"}], path
        if record["claimed_section"] == record["original_section"]:
            assert mismatches == [], path
    assert noise == []
