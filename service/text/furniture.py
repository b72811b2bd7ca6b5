"""Page furniture: lines of a scraped page that are not article text.

Section labels, navigation, share/print widgets, copyright and photo credits, bylines and time
stamps, agency credits and sign-offs (`(end) ab.cd`, `(Reporting by ...)`, editor initials),
and the markers after which a page lists other articles (`Check Also`, `Read more`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from service.alternation import first_letters, trie_alternation
from service.text.dateline import DATE, is_agency
from service.text.endings import ends_sentence
from service.text.lexicon import folded, load
from service.text.words import count_words

# Tests on the case-folded line (`str` methods: far cheaper than case-insensitive searches).
_CREDIT_STARTS = (
    *("©", "(c) ", "copyright", "photo:", "photo :", "(photo", "file photo", "foto:", "(foto"),
    *("image:", "(image:", "image source:", "picture:", "pic:"),
    *("we use cookies", "this website uses cookies", "this site uses cookies"),
)
_CREDIT_ENDS = (" photo", " photo.", " photo)")
# A newsletter promotion, and a caption's licensing link: `... Sign up here.`,
# `... REUTERS/Jane Doe Purchase Licensing Rights, opens new tab`.
_PROMO_ENDS = ("sign up here.", "sign up here", "purchase licensing rights", "opens new tab")
# `Minister visits new plant - PHOTO`: a headline's label, not a credit.
_LABEL_ENDS = (" - photo", " – photo", " — photo", " | photo")
# Substring tests run as one regular expression: a scan in C instead of a loop in Python.
_STAMP_WORD = re.compile(r"published|updated|update\s?:|last update|posted|modified")
_LETTER = re.compile(r"[^\W\d_]")
# Prose, names and labels of a few words have a word of three letters; `+ ↺ − 16 px` (a text-size
# control) has none.
_WORD_OF_THREE = re.compile(r"[^\W\d_]{3}")
# A time or a date in a short `Posted on ...` / `Updated ...` line.
_STAMP = re.compile(rf"\d{{1,2}}:\d\d|{DATE}")
# A stamp line is short; a longer line with a stamp word carries the story after its stamp
# (`Updated: 2024-03-04 10:15 BEIJING -- The premier met ...`).
_STAMP_WORDS = 20
# A time stamp relative to now: `Updated: 15 hr ago`, `3 hours ago`, `2d ago`, `an hour ago`.
_RELATIVE_TIME = re.compile(
    r"\b(?:\d{1,3}\s?|an?\s)(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
    r"|mos?|months?|y|yrs?|years?)\sago\b"
)
_RELATIVE_STAMP_WORDS = 6
_BYLINE_STAMP_WORDS = 10
# A page's view counter: `178 total views today`, `This news has been read 142 times in total`,
# `Views: 1,204` (the last is a labelled number).
_VIEW_COUNT = re.compile(
    r"\d[\d,.]{0,12}\s(?:total\s)?(?:views|reads|hits|times|lectures|lecturas|vues|visitas)\b"
)
_VIEW_COUNT_WORDS = 10
# A date then a time opening a short line: `Mar 4, 2024 - 10:15 | Business, All`.
_DATED_TIME = re.compile(rf"(?:{DATE})[^\n]{{0,12}}?\b\d{{1,2}}:\d\d")
_STAMP_LINE_WORDS = 10
# `By Jane Doe`, `By Jane Doe | March 4, 2024`, `3 min read`, `Home > World > Middle East`.
# Names are capitalised (`By the way, ...` is no byline), several joined by commas or `and`,
# then a role or a date: `By JANE DOE and JOHN ROE, Associated Press Writers`.
_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}"
_BYLINE = re.compile(
    rf"(?i:by)\s{_NAME}(?:(?:,\s|\sand\s|\s&\s){_NAME}){{0,5}}"
    r"(?:,\s[\w ]{1,40}|\s?\|\s?[^|\n]{1,40})?$"
)
# A page's keyword metadata: `news, story, article`.
_KEYWORDS = re.compile(r"[a-z][\w-]{0,20}(?:,\s?[a-z][\w-]{0,20}){2,}$")
# A wire advisory in capitals: `UPDATES WITH REMARKS OF ..., CHANGES HEADLINE, DECK, LEDE`.
_ADVISORY = re.compile(
    r"(?:UPDATES|UPDATING|ADDS|ADDING|CHANGES|RECASTS|CORRECTS|CORRECTING|REPEATS|FIXES|REWRITES"
    r"|INSERTS|REFILES|RESENDS|WITHDRAWN|KILL|ADVISORY|EDITORS NOTE|EDITOR'S NOTE)\b"
)
_READING_TIME = re.compile(
    r"\d{1,2}\s?min(?:ute)?s?\s(?:read|listen)\b|reading time:?\s\d{1,2}\s?min", re.IGNORECASE
)
# A photo caption ends with its credit: `... in Damascus. REUTERS/Jane Doe/File Photo`,
# `(Photo by Jane Doe/Getty Images)`, `Photo: Bernama`, `Photo courtesy of U.S. Navy/EPA-EFE`,
# `(Xinhua/Li Ming)`, `(AP Photo/Jane Doe)`: the last needs an agency (or `Photo`) before `/`.
_PHOTO_CREDIT = re.compile(
    r"\b(?:[A-Z]{2,}/[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:/File(?: Photo)?)?"
    r"|Getty Images\)?"
    r"|(?i:photo(?:graph)?s?|fotos?)\s?(?::|by\s|courtesy\b|credit\b)[^\n]{0,80}[^.\s])$"
    r"|\((?P<source>[^()/\n]{2,30})/[^()\n]{2,60}\)$"
    # `... in Beijing, capital of China, March 3, 2024. (Xinhua)`: the day it was taken, then
    # the credit.
    r"|(?:19|20)\d\d\.\s?\((?P<dated>[^()/\n]{2,30})\)$"
    # `... at the palace in Kuala Lumpur. — Bernama pic`, `... the campaign. - KUNA photos`: an
    # agency's credit after a dash
    r"|[-–—]\s(?P<pic>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\s(?:file\s)?(?:pic|photos?)\.?$"
)
#: A blog's caption or embed shortcode, its text closed by the closing tag:
#: `[caption id="attachment_12" width="300"]Ministers at the summit[/caption]`.
SHORTCODE = (
    r"\[(?P<shortcode>caption|embed|video|audio|gallery)\b[^\]\n]{0,300}\]"
    r"(?:[^\[\n]{0,1000}\[/(?P=shortcode)\])?"
)
_SHORTCODE_LINE = re.compile(rf"{SHORTCODE}$")
_CRUMB_SEPARATOR = re.compile(" [>»›/|] ")
# A story's place in the site's taxonomy: `Tags: Cuba, Brazil`, `Filed under: Politics`.
_TAXONOMY = re.compile(
    r"(?:tags?|tagged|cat[eé]gor(?:y|ies|ie|ía|ias)|kategorie|rubriques?|keywords|topics"
    r"|mots[- ]cl[eé]s|etiquetas|schlagw[oö]rter)\s?:\s|(?:filed under|posted in):?\s",
    re.IGNORECASE,
)
# The site speaking of itself: a name in capitals (`The Daily Planet`) or `We`.
_SITE_SUBJECT = r"[^\W\d_a-z][\w.&'’-]*\s(?:(?:[^\W\d_a-z][\w.&'’-]*|of|the|de|du|la|del)\s){0,5}"
# A site disowning what it links to or reposts, in the present tense: `The Daily Planet is not
# responsible for the content of external sites.` A story reporting such a claim says who said
# it (`... said it was not ...`).
_DISCLAIMER = re.compile(
    _SITE_SUBJECT + r"(?i:"
    r"(?:is|are)\snot\s(?:held\s)?responsible\sfor\s(?:the\s)?contents?\sof\s"
    r"|n'est\spas\sresponsable\sdu\scontenu\s|no\sse\shace\sresponsable\sde)"
)
# A site announcing its channel under each story: `The Daily Planet is now on WhatsApp.`
_CHANNEL_PROMO = re.compile(
    _SITE_SUBJECT + r"(?:is|are)\snow\son\s(?:Telegram|WhatsApp|Google News|Instagram|YouTube)\b"
)
# Characters of a line that can hold a link to an adjacent article's label (the longest is 18).
_ADJACENT_REACH = 24
# How running text ends: a long line ending otherwise may be a ticker.
_PROSE_ENDS = '.!?"”’»)'
# What separates the links of a row or a ticker run into one line.
_BULLETS = (" • ", " · ")
# A listing page's place in its pagination, after its breadcrumb: `Home Blog Page 1194`,
# `Inicio Blog Página 12`, `Page 3 of 40`.
_PAGINATION = re.compile(
    r"(?:^|\s)(?i:page|página|pagina|seite)\s\d{1,5}(?:\s(?i:of|de|von|sur)\s\d{1,5})?$"
)
_PAGINATION_WORDS = 6
# Where the story comes from, on a line of its own: `Source: Anadolu`, `Fuente: EFE`,
# `Source: "Qena" agency.` (a credit of a few words, whatever it names).
_SOURCE_LINE = re.compile(r"\(?\s?(?:sources?|fuentes?|quelle|kaynak|المصدر)\s?:", re.IGNORECASE)
_SOURCE_LINE_WORDS = 6
# How those lines open, case-folded: most lines fail this test and skip the expression.
_SOURCE_OPENINGS = (
    "source",
    "(source",
    "( source",
    "fuente",
    "(fuente",
    "quelle",
    "kaynak",
    "المصدر",
)
# The staff who handled the story, on a line of its own: `Editor: Jane Doe`.
_ROLE_LINE = re.compile(
    r"(?:editors?|edited by|reporters?|writers?|authors?|translators?|translated by)\s?:\s?\S",
    re.IGNORECASE,
)
_ROLE_LINE_WORDS = 6
# An image or a clip left by its file name where it stood: `arrival of the president.jpg`.
_IMAGE_EXTENSIONS = "jpe?g|png|gif|webp"
_MEDIA_FILE = re.compile(rf"\.(?:{_IMAGE_EXTENSIONS}|svg|bmp|tiff?|mp4|mp3|mov)$", re.IGNORECASE)
_CONTRIBUTOR_ENDS = ("contributed to this report.", "contributed to this report")
_BREADCRUMB = re.compile(r"\S\s(?:>|»|›|/|\|)\s\S[^\n]*\s(?:>|»|›|/|\|)\s\S")
# A breadcrumb's label: `You are here: Home > World`.
_CRUMB_LABELS = ("you are here", "vous êtes ici", "usted está aquí", "sie sind hier")
_LONG = 160
_SECTION_MARKS = ("***", "* * *", "###")
_TEASER_SEPARATORS = (":", "|", "-", "–", "»")
_AD_WORD = re.compile("advertisement|sponsored content|scroll to continue|continue reading")
_CHROME_WORDS = 12
_CHROME_LENGTH = 120
# A photo credit is looked for in the last characters of a line.
_CAPTION_TAIL = 120
_MARKER_WORDS = 5
_MARKER_LENGTH = 60
_SIGN_OFF = re.compile(
    r"^\((?:end|ends|endit|more)\)|^(?:enditem|ends|-0-)$|^/end/$"
    r"|^\(?(?:reporting|writing|editing|additional reporting|compiled|edited|translated"
    r"|produced) by\b|^\([^()\n]{1,60}\)$",
    re.IGNORECASE,
)
# A line that closes wire copy: `(end) ab.cd`, `ENDS`, `-0-`, `NNNN`, `---Ends/Name`.
_END_OF_COPY = re.compile(
    r"^(?:\((?:end|ends|endit)\)|enditem|ends|-0-|/end/|nnnn|-{2,3}\s?ends?\b)", re.IGNORECASE
)
# The characters those lines open with (case-insensitively: no other character folds to these
# letters): paragraphs opening with anything else skip the expression.
_END_OF_COPY_INITIALS = "(-/eEnN"
# An agency's sign-off line: `(hina) ha jn /mrb`, `(ANI)`, `-- BERNAMA`.
_AGENCY_SIGN_OFF = re.compile(
    r"^(?:\((?P<agency>[^()\n]{2,20})\)(?:\s[\w./\\ ]{1,30})?|[-–—]{1,3}\s?(?P<dashed>\S{2,20}))$"
)
_SIGN_OFF_INITIALS = "(-–—"
# A trailer glued after the last sentence: `... the Amir. (end) hb`, `... threat. – BERNAMA`,
# `... quality. - Emirates News Agency, WAM –`, `... prosperity. ---Ends/Name/Name ...`,
# `... said. (ANI)`, `... in Miami. Continue reading`. Credits (the named groups) count only
# when they name an agency.
_GLUED_TRAILER = re.compile(
    r"(?<=[.!?\"'”’»)\]])\s{0,2}(?:"
    r"\(end\)(?:\s[\w./\\]{1,20}){0,2}|enditem|/end/|fin|fim|/{1,2}\s?انتهى\s?/{1,2}[^\n]{0,60}"
    r"|\((?:additional\s)?(?:reporting|writing|editing|compiled|edited|translated|produced)"
    r"\sby\b[^()\n]{0,200}\)"
    r"|[-–—]{1,3}\s?\(?ends?\)?(?:[/\s][^\n]{0,60})?"
    # A link to the rest of the story on a listing page: what follows is other stories.
    r"|(?:continue reading|read more|read full (?:story|article))\W{0,3}"
    r"|[-–—]{1,3}\s?(?P<credit>[^\W\d_][^\n]{0,80}?)\s?[-–—:]?"
    # A credit in brackets may carry the editor's initials: `... corridors.(AP) RUP`.
    r"|\((?P<bracketed>[^()\n]{2,40})\)(?:\s[A-Za-z]{1,5}){0,3}"
    r"|/(?P<slashed>[^/\n]{2,20})/|(?P<plain>[^\W\d_][\w-]{1,15})"
    # Vietnamese wire copy ends `./.`; a page's column separator `|` after a full stop (after a
    # bracket it closes a link: `more of (Local) |`).
    r"|/\.|(?<=[.!?\"”’])\s?\|"
    # A German wire's editors, run into the last sentence: `... not correct./abc/DP/xy`.
    r"|/[a-z]{2,4}(?:/[A-Za-z]{1,4}){1,3}"
    r")\s*$",
    re.IGNORECASE,
)
# The desk's or the editor's code in brackets closing wire copy: `... to Port Moresby. (ABC)`.
# An acronym in running text stands before the full stop, not after it.
_DESK_CODE = re.compile(r"[A-Z]{2,5}(?:/[A-Z]{2,5}){0,2}$")
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "»")
_BRACKETED_CREDIT = re.compile(r"\s?\(([^()\n]{2,40})\)$")
# The trailer is looked for in the last characters only (a `$`-anchored search would scan the
# whole paragraph).
_TRAILER_TAIL = 240
# Syndication credits glued in front of a paragraph: `( MENAFN - Kuwait News Agency (KUNA))`,
# and site labels such as `Iran PressIran news:`.
_GLUED_CREDIT = re.compile(
    r"^(?:\(\s?MENAFN\b[^()\n]{0,80}(?:\([^()\n]{0,20}\)[^()\n]{0,20})?\)"
    r"|(?:[A-Z]\w{0,20} ){1,4}news:)\s*"
)
# An image's file name run into the paragraph: `A02370181.jpgTEHRAN (Fars) - ...` (fails on the
# first word of nearly every paragraph, at its first space); or a blog's post stamp run into the
# first paragraph: who posted it, when, and how often it was read (`Posted by: admin on
# 04-03-2024 10:15:02 1204 views The ...`). One expression: one call per paragraph.
_GLUED_PREFIX = re.compile(
    rf"[\w-]{{1,40}}\.(?i:{_IMAGE_EXTENSIONS})(?=\S)"
    r"|(?i:posted by|posté par|publié par|publicado por)\s?:?\s[^\n]{0,60}?"
    r"\d{1,2}:\d\d(?::\d\d)?(?:\s\d[\d,.]{0,12}\s(?i:views|reads|lectures|vues|lecturas|visitas))?+"
    r"\s(?=\S)"
)
# Where `news:` ends at the latest: after four words of 21 characters and their spaces.
_GLUED_LABEL_REACH = 4 * 22 + len("news:")
_INITIALS = re.compile(r"^(?:(?:[A-Z]\.){1,4}|[a-z]{1,5}(?:[./\\]{1,2}[a-z]{1,5}){0,3})$")
#: The marks that open a bullet or breadcrumb item (`• Save stories`, `- Home`).
LIST_MARKS = "-–•·*#"
_LIST_ITEM = re.compile(rf"^[{LIST_MARKS}]+(?:\s|$)")
# A bulleted item that is a finished sentence of this many words is article text (a wire's
# list of market movers), not a link.
_LIST_SENTENCE_WORDS = 8
# Any shorter line that is not a finished sentence ends the body as a sign-off.
_SIGN_OFF_WORDS = 10
_LABEL = re.compile(r"^\w{1,20}(?: \w{1,20})? ?:$")
# A label and a number: `News ID: 85412345`, `Views: 1,204`.
_LABELLED_NUMBER = re.compile(r"^[^\W\d][\w .]{0,20}:\s?\d[\d\s/.,:-]{0,20}$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
# A publication's name has a few words: `The Daily Star`, `Khaleej Times`.
_SITE_WORDS = 4
_AGENCY_ENDS = (" news agency", " press agency")
_CREDIT_SPLIT = re.compile(r"[\s/|,;:()\[\]\-–—]+")
# `With AFP`, `Avec AFP`, `Con EFE`, `From the Associated Press`: the agency a story draws on.
_CREDIT_WORDS = frozenset(
    {"agencies", "agency", "news", "by", "via", "source", "and", "with", "avec", "con", "mit"}
    | {"from", "the", "por", "par"}
)


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture wherever it appears on the page."""
    if len(line) > _LONG:
        # Article paragraphs are long; of the furniture only copyright notices, syndication
        # disclaimers, photo captions and tickers of headlines come this long.
        return (
            line[:12].casefold().startswith(_CREDIT_STARTS[:3])
            or is_footer(line)
            or is_photo_caption(line)
            or (line[-1] not in _PROSE_ENDS and _is_link_row(line))
        )
    return _is_short_furniture(line)


# Short lines recur: the text stage asks about the same line several times per page, and
# pages of one site repeat the same chrome. The memo holds short lines only, so it stays small.
@lru_cache(maxsize=4096)
def _is_short_furniture(line: str) -> bool:
    if is_photo_caption(line):
        return True
    key = line.casefold()
    if not _LETTER.search(line) or (line.count(" ") > 1 and not _WORD_OF_THREE.search(line)):
        return True
    if key.rstrip(" :.…") in folded("furniture") or is_end_marker(line) or is_chrome(line):
        return True
    if is_adjacent_link(line):
        return True
    if is_footer(line) or _is_inline_teaser(line) or _is_ad_break(key):
        return True
    if key.endswith(_CREDIT_ENDS) and not key.endswith(_LABEL_ENDS):
        return True
    if key.startswith(_CREDIT_STARTS) or key.endswith(_PROMO_ENDS) or "rights reserved" in key:
        return True
    if _STAMP_WORD.search(key) and _STAMP.search(line) and len(key.split()) <= _STAMP_WORDS:
        return True
    if _is_view_count(key):
        return True
    if "ago" in key and _is_relative_stamp(key):
        return True
    if ":" in line and len(key.split()) <= _STAMP_LINE_WORDS and _DATED_TIME.match(line):
        return True
    if "،" in line and _is_short_furniture(line.replace("،", ",")):
        return True  # `Sunday، 03 December 2017 - 12:39 PM`: an Arabic comma in a Latin stamp
    if key.startswith("by ") and _BYLINE.match(line):
        return True
    if _ADVISORY.match(line) and line.isupper():
        return True
    if _KEYWORDS.match(line):
        return True
    if " min" in key and _READING_TIME.search(line):
        return True
    if _CRUMB_SEPARATOR.search(line) and _BREADCRUMB.search(line):
        return True
    if key.startswith(_CRUMB_LABELS) and len(key.split()) <= _CHROME_WORDS:
        return True
    if _is_link_row(line):
        return True
    if _SIGN_OFF.match(line) or key.endswith(_CONTRIBUTOR_ENDS):
        return True
    if _DOMAIN.match(line) or _LABEL.match(line) or _LABELLED_NUMBER.match(line):
        return True
    if is_credit(line):
        return True
    if _MEDIA_FILE.search(line, len(line) - 5):
        return True
    if _TAXONOMY.match(line) and not ends_sentence(line):
        return True
    if _ROLE_LINE.match(line) and len(key.split()) <= _ROLE_LINE_WORDS:
        return True
    if key.startswith(_SOURCE_OPENINGS) and _is_source_line(line, key):
        return True
    if line[-1:].isdigit() and _is_pagination(line):
        return True
    return _looks_like_code(line)


def _is_link_row(line: str) -> bool:
    """A news ticker or a row of links run into one line: `Exports rise  • Talks resume  •
    Storm hits coast` (headlines between bullets, no sentence at the end)."""
    # most lines hold no bullet: two substring tests rule them out before any counting
    if "•" not in line and "·" not in line:
        return False
    return any(line.count(bullet) >= 2 for bullet in _BULLETS) and not ends_sentence(line)


def _is_source_line(line: str, key: str) -> bool:
    return _SOURCE_LINE.match(line) is not None and len(key.split()) <= _SOURCE_LINE_WORDS


def _is_pagination(line: str) -> bool:
    """`Home Blog Page 1194`, `Page 3 of 40`: the page number alone or after a breadcrumb of
    names (`The report runs to page 40` is text)."""
    if len(line.split()) > _PAGINATION_WORDS:
        return False
    page = _PAGINATION.search(line)
    return page is not None and (page.start() == 0 or looks_like_name(line[: page.start()]))


def _is_relative_stamp(key: str) -> bool:
    """`Updated: 15 hr ago`, and a byline with one: `By AFP 2 hours ago in World`."""
    limit = _BYLINE_STAMP_WORDS if key.startswith("by ") else _RELATIVE_STAMP_WORDS
    return len(key.split()) <= limit and _RELATIVE_TIME.search(key) is not None


def _is_view_count(key: str) -> bool:
    """`178 total views today`, `This post has been read 142 times!`: a counter, not a
    sentence (`The ship sank 3 times.` ends as one; counters cheer)."""
    return (
        len(key.split()) <= _VIEW_COUNT_WORDS
        and not ends_sentence(key.rstrip("!"))
        and _VIEW_COUNT.search(key) is not None
    )


def is_photo_caption(line: str) -> bool:
    """Whether the line ends with a photo credit (a caption, or the credit alone), or is a
    blog's caption shortcode."""
    tail = line[-_CAPTION_TAIL:]
    # Every credit has a slash, the word photo, pic or Getty, or closes a bracket: most lines
    # are ruled out by substring tests (C searches with skips; a regex alternation of words that
    # start with common letters stops at nearly every character).
    if not (
        tail.endswith(")")
        or "/" in tail
        or "hoto" in tail
        or "HOTO" in tail
        or "oto:" in tail
        or "Getty" in tail
        or " pic" in tail
    ):
        return False
    if line[:1] == "[":
        # `[/caption]` has a slash: the shortcode is looked for among lines with one.
        return _SHORTCODE_LINE.match(line) is not None
    match = _PHOTO_CREDIT.search(tail)
    if match is None:
        return False
    source = match.group("source") or match.group("dated") or match.group("pic")
    if match.group("source") and is_agency(match.group(0).strip(" ()")):
        # `(ANI/WAM)`: agencies sharing a credit, not an agency and its photographer.
        return False
    return source is None or "photo" in source.casefold() or is_agency(source)


def is_chrome(line: str) -> bool:
    """A row of share and follow buttons: `Facebook Twitter WhatsApp Email Print`."""
    if len(line) > _CHROME_LENGTH:
        return False
    chrome = folded("chrome")
    words = line.casefold().replace("|", " ").split()
    return 0 < len(words) <= _CHROME_WORDS and all(word in chrome for word in words)


def is_end_marker(line: str) -> bool:
    """Whether the article ends here: other articles follow (`Check Also`, `Read more`) or
    the rest of the page is a sign-up prompt (`Sign in to ...`)."""
    if len(line) > _MARKER_LENGTH:
        # Paragraphs are mostly longer than any marker: only a section break can open them.
        return line.startswith(_SECTION_MARKS)
    return is_related_marker(line) or is_page_end_marker(line)


def is_adjacent_link(line: str) -> bool:
    """`Previous articleMinister opens new port`, `Next post: ...`: a link to the site's
    previous or next article, its headline glued on or not. Themes print them above the
    story too: only under the story's text do they end it."""
    return line[:_ADJACENT_REACH].casefold().startswith(_folded_entries("adjacent_links"))


@cache
def _folded_entries(name: str) -> tuple[str, ...]:
    """The entries of a marker list, case-folded, for `str.startswith` (a handful of entries:
    one C call, where a trie costs a call into the regex engine)."""
    return tuple(entry.casefold() for entry in load(name))


def is_related_marker(line: str) -> bool:
    """Whether the line announces teasers of other articles (`Check Also`, `Related`).

    A label, not a sentence: "Related talks will resume next week." is article text.
    """
    return (
        _starts_with_any(line, "related_markers")
        and len(line.split()) <= _MARKER_WORDS
        and not ends_sentence(line)
    )


def _is_inline_teaser(line: str) -> bool:
    """`ALSO READ: Cabinet approves budget` inside an article: a link to another story."""
    marker = _prefixes("related_markers").match(line)
    return (
        marker is not None
        and line[marker.end() : marker.end() + 2].strip()[:1] in _TEASER_SEPARATORS
        and not ends_sentence(line)
    )


def _is_ad_break(key: str) -> bool:
    """`Story continues below advertisement`, `Advertisement - Scroll to continue`."""
    return _AD_WORD.search(key) is not None and len(key.split()) <= _MARKER_WORDS + 1


def is_footer(line: str) -> bool:
    """Whether the line is a publisher's or syndicator's standing notice (`This story has not
    been edited by ... staff`, `Anadolu Agency website contains only ...`, `The Daily Planet
    is not responsible for the content of external sites.`, `The Daily Planet is now on
    WhatsApp.`)."""
    if "," not in line:
        # A notice is one plain statement: with a comma it is someone's words (`..., he said.`).
        if "espons" in line and _DISCLAIMER.match(line):
            return True
        if " now on " in line and _CHANNEL_PROMO.match(line):
            return True
    return _opens_with_any(line, "footers")


def is_page_end_marker(line: str) -> bool:
    """Whether only furniture follows the line: paywall and sign-up prompts, and a section
    break (`***`, `###`) that closes wire copy before notes and "About" boxes."""
    return line.startswith(_SECTION_MARKS) or _starts_with_any(line, "page_end_markers")


def _starts_with_any(line: str, name: str) -> bool:
    return len(line) <= _MARKER_LENGTH and _opens_with_any(line, name)


def _opens_with_any(line: str, name: str) -> bool:
    """Whether the line opens with an entry of a marker list (case folded)."""
    return _prefix_trie(name).match(line) is not None


@cache
def _prefixes(name: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any entry of a marker list at a line's start,
    the first entry of the list that fits (where the marker ends matters)."""
    alternatives = "|".join(re.escape(marker) for marker in load(name))
    return re.compile(f"(?:{alternatives})", re.IGNORECASE)


@cache
def _prefix_trie(name: str) -> re.Pattern[str]:
    """The entries of a marker list as one case-insensitive prefix trie: a line fails on its
    first letters instead of once per entry (on its first character, one class test, when no
    entry starts with it). Which entry fits is not kept (`_prefixes`)."""
    entries = load(name)
    return re.compile(f"(?={first_letters(entries)}){trie_alternation(entries)}", re.IGNORECASE)


def is_sign_off(line: str) -> bool:
    """Whether a line at the end of the body is a sign-off rather than article text.

    Beyond furniture: editor initials (`L.A.`, `ab.cd`), a reporter's name, list items (unless
    a finished sentence), and any short line that is not a finished sentence.
    """
    if is_furniture(line) or _INITIALS.match(line):
        return True
    words = count_words(line, _SIGN_OFF_WORDS + 1)
    if _LIST_ITEM.match(line):
        return words < _LIST_SENTENCE_WORDS or not ends_sentence(line)
    return words <= _SIGN_OFF_WORDS and not ends_sentence(line)


def glued_sign_off(paragraph: str) -> int | None:
    """Where a sign-off or agency credit glued after the paragraph's last sentence starts."""
    # Most paragraphs end on their last sentence: no trailer can follow it.
    if paragraph.endswith(_SENTENCE_ENDS) and not paragraph.endswith(("...", "/.")):
        return None
    match = _GLUED_TRAILER.search(paragraph, max(0, len(paragraph) - _TRAILER_TAIL))
    if match is None or match.start() == 0:
        return None
    credit = next(filter(None, match.group("credit", "bracketed", "slashed", "plain")), None)
    if credit is not None and not (names_agency(credit) or _is_desk_code(match)):
        return None
    return match.start()


def _is_desk_code(trailer: re.Match[str]) -> bool:
    code = trailer.group("bracketed")
    return code is not None and _DESK_CODE.match(code) is not None


def ends_copy(line: str) -> bool:
    """Whether the line is an end-of-copy mark of its own: `(end) ab.cd`, `ENDS`, `NNNN`,
    `(hina) ha jn /mrb`, `-- BERNAMA`. What follows belongs to other stories or to the page."""
    if _opens_end_of_copy(line):
        return True
    match = _AGENCY_SIGN_OFF.match(line) if line[:1] in _SIGN_OFF_INITIALS else None
    return match is not None and is_agency(match.group("agency") or match.group("dashed"))


def closes_copy(paragraph: str) -> bool:
    """Whether the article ends with this paragraph: it is an end-of-copy line, or a sign-off or
    agency credit is glued after its last sentence. What follows belongs to other stories or to
    the page."""
    return _opens_end_of_copy(paragraph) or glued_sign_off(paragraph) is not None


def _opens_end_of_copy(line: str) -> bool:
    return line[:1] in _END_OF_COPY_INITIALS and _END_OF_COPY.match(line) is not None


def bracketed_credit(line: str) -> int | None:
    """Where an agency credit in brackets ending the line starts: `Headline (APS, 18/08/2019)`."""
    # The credit opens at the line's last bracket (or the space before it): the search starts
    # there.
    bracket = line.rfind("(")
    if bracket < 0:
        return None
    match = _BRACKETED_CREDIT.search(line, max(0, len(line) - _TRAILER_TAIL, bracket - 1))
    return match.start() if match and names_agency(match.group(1)) else None


def names_agency(credit: str) -> bool:
    """`Emirates News Agency, WAM`, `APS, 02/11/2020`, `SPA 21:40 LOCAL TIME 18:40 GMT 0113`:
    agencies, and at most a date or a transmission stamp after them."""
    parts = [part.strip() for part in credit.split(",")]
    if len(parts) > 1 and _looks_like_code(parts[-1]):
        parts.pop()
    if all(part and is_agency(part) for part in parts):
        return True
    agency, _, stamp = credit.partition(" ")
    return bool(stamp) and is_agency(agency) and _looks_like_code(stamp)


def glued_credit(paragraph: str) -> re.Match[str] | None:
    """The syndication credit, site label, post stamp or image file name glued in front of the
    paragraph, if any."""
    # It opens with a bracket or has `news:` within its first words: most paragraphs skip the
    # regex (which backtracks through each of their first words).
    if paragraph.startswith("(") or "news:" in paragraph[:_GLUED_LABEL_REACH]:
        return _GLUED_CREDIT.match(paragraph)
    return _GLUED_PREFIX.match(paragraph)


def is_list_item(line: str) -> bool:
    """Whether the line is a bullet or breadcrumb item (`- Home`, `• Save stories`)."""
    return _LIST_ITEM.match(line) is not None


def is_site(name: str) -> bool:
    """Whether a title suffix names the publisher: an agency, a domain (`English.news.cn`), or
    a short name in capitals with a publication's word in it (`The Daily Star`, `Gulf Times`)."""
    if is_agency(name) or _DOMAIN.match(name) is not None:
        return True
    publisher = folded("publisher_words")
    return looks_like_name(name) and any(word.casefold() in publisher for word in name.split())


def looks_like_name(text: str) -> bool:
    """A short name in capitals: `Daily Planet`, `Caspian News 24`, `Smith & Sons`."""
    words = text.split()
    return 0 < len(words) <= _SITE_WORDS and all(
        word[:1].isupper() or word[:1].isdigit() or word == "&" for word in words
    )


def is_credit(line: str) -> bool:
    """A line made only of agency names and credit words: `Reuters /`, `EFE 02/22/2024`."""
    if len(line) > 80:
        return False
    if is_agency(line):
        # `NEWS AGENCY OF NIGERIA`: the name alone, credit words inside it.
        return True
    if looks_like_name(line) and line.casefold().endswith(_AGENCY_ENDS):
        # `Angola Press Agency`: a national agency's name alone, known or not
        return True
    name, bracket, _ = line.partition(" (")
    if bracket and line.endswith(")") and is_agency(name):
        # `Ethiopian News Agency (Addis Ababa)`: a syndicator's source line, agency and place.
        return True
    words = [w for w in _CREDIT_SPLIT.split(line) if w and not w[0].isdigit()]
    if not words or len(words) > 8:
        return False
    rest = " ".join(w for w in words if w.casefold() not in _CREDIT_WORDS)
    return not rest or is_agency(rest)


def _looks_like_code(line: str) -> bool:
    """Wire headers, document symbols and time stamps: short lines made mostly of digits.

    `bsf037 4 su 174 gef 1388`, `SG/SM/20533`, `211005 jan 19`, `Thu, 03/12/2009 - 10:15`,
    `May 13 2021`, `Thursday, June 10, 2021`, `# 5 October 2020 14:02 (UTC +04:00)`.
    """
    tokens = line.split()
    if len(tokens) > 8 or ends_sentence(line):
        return False
    with_digits = sum(1 for token in tokens if any(ch.isdigit() for ch in token))
    return with_digits * 2 >= len(tokens)
