"""The benchmark's inputs: seed articles, generated articles and HTML pages.

Generated text articles follow each outlet's real formats (see the fixtures
in ``tests/fixtures/<outlet>/``): Kompas's ``Kompas.com - 28/05/2025, 13:30
WIB`` date line, "Tim Redaksi" credits and ``#JernihBerkomentar`` block,
RMOL's ``LAPORAN:`` link and ``rmol news logo``, Antara's ``Jakarta (ANTARA)
–`` and ``Pewarta:``/``Editor:`` footer, JurnalPatroliNews's ``JurnalPatroliNews
– Place –`` and comment form, Purna Warta's ``Place, Purna Warta –`` and
share bar, each with ``Baca juga:`` links and dates in the outlet's style. The
prose comes from the vocabulary of :mod:`newsnorm.testing.strategies` (its
words, places and names, in sentences and paragraphs shaped like its
strategies'), so the benchmark and the property tests speak the same
language. Every generator takes a :class:`random.Random`, so a corpus is the
same on every run; :func:`outlet_articles` wraps a generator as a Hypothesis
strategy for tests.

HTML pages wrap generated articles in the chrome of each outlet's pages (head
metadata, scripts, navigation, sidebars, footer; 100-250 KB, as real pages
are) with the article where the outlet puts it, plus the fixture pages and,
when present, the real Kompas page in ``../shared/corpus`` (read at run time,
never copied).

Corpora are iterators: a 100× corpus streams through without being held in
memory.
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from newsnorm.testing.strategies import PLACES, WORDS

__all__ = [
    "BASE_GENERATED",
    "OUTLETS",
    "REPO",
    "SHARED_CORPUS",
    "html_corpus",
    "outlet_article",
    "outlet_articles",
    "outlet_page",
    "seed_texts",
    "text_corpus",
]

REPO = Path(__file__).resolve().parent.parent
#: The real material shared beside the repository (optional).
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
#: The five outlets with a bundled plugin.
OUTLETS = ("kompas", "rmol", "antara", "jurnalpatroli", "purnawarta")
#: Generated articles in the 1× corpus (besides the seeds), split evenly over the outlets.
BASE_GENERATED = 45

_FIRST = ("Budi", "Siti", "Ahmad", "Dewi", "Rudi", "Ani", "Agus", "Rina", "Hendra", "Yusuf")
_LAST = ("Santoso", "Lestari", "Hidayat", "Wibowo", "Siregar", "Nasution", "Saputra", "Kusuma")
_ID_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_ID_MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
_SECTIONS = (
    "Nasional", "Regional", "Megapolitan", "Global", "Ekonomi", "Bisnis", "Politik", "Hukum",
    "Olahraga", "Bola", "Tekno", "Otomotif", "Sains", "Edukasi", "Kesehatan", "Lifestyle",
    "Travel", "Food", "Properti", "Hiburan", "Foto", "Video", "Opini", "Cek Fakta",
)  # fmt: skip
_SAYS = ("kata", "ujar", "ungkap", "tutur", "jelas", "tegas")


class Writer:
    """Indonesian news prose from the strategies' vocabulary, drawn from ``rnd``.

    The shapes follow :mod:`newsnorm.testing.strategies`: sentences of 4-18
    words, paragraphs of sentences, title-case headlines with no full stop.
    """

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.day = date(2015, 1, 1) + timedelta(days=rnd.randrange(3650))
        self.time = f"{rnd.randint(6, 22):02d}:{rnd.randrange(60):02d}"

    def name(self) -> str:
        return f"{self.rnd.choice(_FIRST)} {self.rnd.choice(_LAST)}"

    def place(self) -> str:
        return self.rnd.choice(PLACES)

    def words(self, low: int, high: int) -> list[str]:
        return [self.rnd.choice(WORDS) for _ in range(self.rnd.randint(low, high))]

    def sentence(self) -> str:
        words = self.words(4, 18)
        if self.rnd.random() < 0.3:
            words.insert(self.rnd.randrange(1, len(words)), self.place())
        text = " ".join(words)
        return text[:1].upper() + text[1:] + "."

    def quote(self) -> str:
        inner = " ".join(self.sentence() for _ in range(self.rnd.randint(1, 2)))
        opener, closer = self.rnd.choice((("“", "”"), ('"', '"')))
        return f"{opener}{inner[:-1]},{closer} {self.rnd.choice(_SAYS)} {self.name()}."

    def paragraph(self, dated: bool = False) -> str:
        sentences = [self.sentence() for _ in range(self.rnd.randint(1, 3))]
        if dated:
            at = self.rnd.randrange(len(sentences))
            sentences[at] = sentences[at][:-1] + " " + self.date_mention() + "."
        if self.rnd.random() < 0.3:
            sentences.append(self.quote())
        return " ".join(sentences)

    def title(self) -> str:
        words = [w if len(w) < 4 else w.capitalize() for w in self.words(5, 11)]
        words[0] = words[0].capitalize()
        words.insert(self.rnd.randrange(1, len(words)), self.place())
        return " ".join(words)

    # --- dates in the forms outlets write them -----------------------------------

    def weekday(self, day: date | None = None) -> str:
        return _ID_WEEKDAYS[(day or self.day).weekday()]

    def long_date(self, day: date | None = None) -> str:
        """``Kamis, 16 Juni 2022``."""
        day = day or self.day
        return f"{self.weekday(day)}, {day.day} {_ID_MONTHS[day.month - 1]} {day.year}"

    def clock(self) -> str:
        """The article's publication time, ``HH:MM``."""
        return self.time

    def date_mention(self) -> str:
        """A date in the body: ``pada Selasa (7/2/2023)``, ``Rabu (15/6)``, a range..."""
        before = self.day - timedelta(days=self.rnd.randint(0, 6))
        month = _ID_MONTHS[before.month - 1]
        forms = (
            f"pada {self.weekday(before)} ({before.day}/{before.month}/{before.year})",
            f"{self.weekday(before)} ({before.day}/{before.month})",
            f"sejak {before.day} {month} {before.year}",
            f"pada {self.weekday(before)}",
            f"hingga {month} {before.year}",
            f"pada {before.day}-{before.day + 2 if before.day < 26 else 28} {month}",
            f"selama periode Januari-{month} {before.year}",
        )
        return self.rnd.choice(forms)

    def body(self, target: int) -> list[str]:
        """Paragraphs until about ``target`` characters, a few of them with dates."""
        paragraphs: list[str] = []
        while sum(len(p) for p in paragraphs) < target:
            paragraphs.append(self.paragraph(dated=self.rnd.random() < 0.3))
        return paragraphs

    def upper_slug(self, name: str) -> str:
        return "-".join(name.lower().split()) + f"-{self.rnd.randint(1, 99)}"


def _glue(lines: list[str], blank: bool) -> str:
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _insert_related(w: Writer, body: list[str], label: str = "Baca juga:") -> list[str]:
    """``Baca juga: <headline>`` lines among the paragraphs."""
    lines = list(body)
    for _ in range(w.rnd.randint(1, 3)):
        lines.insert(w.rnd.randint(1, len(lines)), f"{label} {w.title()}")
    return lines


# --------------------------------------------------------------------------------------
# Text articles, one generator per outlet


def _kompas(w: Writer, target: int) -> str:
    body = w.body(target)
    place = w.place().upper()
    body[0] = f"{place}, KOMPAS.com - {body[0]}"
    lines = _insert_related(w, body)
    day = w.day.strftime("%d/%m/%Y")
    title = w.title()
    if w.rnd.random() < 0.5:  # desktop page copy: head block, credits, photo
        author, editor = w.name(), w.name()
        head = [title, f"Kompas.com - {day}, {w.clock()} WIB"]
        if w.rnd.random() < 0.5:
            head += [f"{author},", editor, "Tim Redaksi", author, "Penulis", editor, "Editor"]
        else:
            head += [f"Penulis {author} | Editor {editor}"]
        head += ["Lihat Foto", f"{w.sentence()[:-1]}.(KOMPAS.com/{author.upper()})"]
        tail = [
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
            "andalanmu akses berita Kompas.com WhatsApp Channel : "
            f"https://www.whatsapp.com/channel/0029Va{w.rnd.randrange(10**8):08d}. "
            "Pastikan kamu sudah install aplikasi WhatsApp ya."
        ]
        return _glue(head + lines + tail, blank=False)
    tail = [  # the scraped copy of the seed: the #JernihBerkomentar block closes it
        "Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 "
        "pemenang!",
        "Syarat & KetentuanPeriksa kembali dan lengkapi data dirimu.",
        "Data dirimu akan digunakan untuk verifikasi akun ketika kamu membutuhkan bantuan atau "
        "ketika ditemukan aktivitas tidak biasa pada akunmu.",
        "Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar.",
    ]
    return _glue(lines + tail, blank=False)


def _rmol(w: Writer, target: int) -> str:
    title = w.title()
    reporter = w.name().upper()
    body = w.body(target)
    body[0] = f"rmol news logo {body[0]}"
    body[-1] = f"{body[-1]} rmol news logo article"
    caption = f"{w.sentence()[:-1]}/Net"
    stamp = f"{w.long_date()}, {w.clock()} WIB"
    link = f"<a href='https://rmol.id/about/{w.upper_slug(reporter)}'>{reporter}</a>"
    head = [f"{title}\n\n LAPORAN: {link}\nLAPORAN: {reporter}\n  • {stamp}\n{title}\n{caption}"]
    tail = [
        f"EDITOR: {w.name().upper()}",
        "Temukan berita-berita hangat terpercaya dari Kantor Berita Politik RMOL di Google "
        "News.\nUntuk mengikuti silakan klik tanda bintang.",
        "FOLLOW US",
        "ARTIKEL LAINNYA\n" + "\n".join(w.title() for _ in range(3)),
    ]
    return _glue(head + _insert_related(w, body, "Baca Juga:") + tail, blank=True)


def _antara(w: Writer, target: int) -> str:
    title = w.title()
    body = w.body(target)
    body[0] = f"{w.place()} (ANTARA) – {body[0]}"
    credits = [f"Pewarta: {w.name()}", f"Editor: {w.name()}", f"COPYRIGHT © ANTARA {w.day.year}"]
    caption = f"{w.sentence()[:-1]}. (ANTARA/{w.name()})"
    head = [title, f"{w.long_date()} {w.clock()} WIB", caption]
    lines = _insert_related(w, body)
    if w.rnd.random() < 0.3:  # a scraper's one-line rendering
        notice = (
            "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis "
            "untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
        )
        return " ".join([*head[:2], *lines, *credits, notice]) + "\n"
    return _glue(head + lines, blank=True) + "\n" + "\n".join(credits) + "\n"


def _jurnalpatroli(w: Writer, target: int) -> str:
    title = w.title()
    body = w.body(target)
    dash = w.rnd.choice(("–", "-"))
    body[0] = f"JurnalPatroliNews {dash} {w.place()} {dash} {body[0]}"
    at = w.rnd.randint(2, max(2, len(body) - 1))
    items = [f"  {i}. {w.title()}" for i in range(1, w.rnd.randint(3, 5))]
    body[at:at] = [f"{w.sentence()[:-1]}:", "\n".join(items)]
    lines = _insert_related(w, body)
    head = [title, f"{w.long_date()} | {w.clock()} WIB", f"{w.sentence()[:-1]}. (Foto: Ist)"]
    tail = [f"Editor: {w.name()}", "Komentar"]
    if w.rnd.random() < 0.5:
        tail = [
            "(*/Red)",
            "Tags: " + ", ".join(w.title().split()[:3]),
            "Tinggalkan Balasan\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib "
            "ditandai *\nKomentar *\nNama *\nEmail *\nSitus Web\nSimpan nama, email, dan situs "
            "web saya pada peramban ini untuk komentar saya berikutnya.\nKirim Komentar",
        ]
    return _glue(head + lines + tail, blank=True)


def _purnawarta(w: Writer, target: int) -> str:
    title = w.title()
    body = w.body(target)
    body[0] = f"{w.place()}, Purna Warta – {body[0]}"
    lines = _insert_related(w, body, w.rnd.choice(("Baca juga:", "Baca Juga:")))
    if w.rnd.random() < 0.4:  # the seed's scraped copy: dateline first, links only
        return _glue(lines, blank=False)
    head = ["Purna Warta", f"Beranda » {w.rnd.choice(_SECTIONS)} » {w.place()}", title]
    head.append(f"{w.weekday()}, {w.day.day} {_ID_MONTHS[w.day.month - 1]} {w.day.year}")
    tail = [
        "Share",
        "Facebook Twitter WhatsApp Telegram",
        "Tags: " + " ".join(w.title().split()[:4]),
        "Artikel Terkait",
        w.title(),
        w.title(),
        "Tinggalkan Balasan",
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        "Komentar *",
        "Nama *",
        "Email *",
        "Situs Web",
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
        "Kirim Komentar",
        f"© {w.day.year} Purna Warta. All Rights Reserved.",
    ]
    return _glue(head + lines + tail, blank=False)


_GENERATORS: dict[str, Callable[[Writer, int], str]] = {
    "kompas": _kompas,
    "rmol": _rmol,
    "antara": _antara,
    "jurnalpatroli": _jurnalpatroli,
    "purnawarta": _purnawarta,
}


def outlet_article(outlet: str, rnd: random.Random, *, size: int = 3000) -> str:
    """One generated article of ``outlet``, about ``size`` characters long.

    >>> text = outlet_article("antara", random.Random(1))
    >>> "(ANTARA) –" in text and "Pewarta:" in text
    True
    """
    w = Writer(rnd)
    # The body is most of an article; the outlet's furniture adds the rest.
    return _GENERATORS[outlet](w, int(size * rnd.uniform(0.7, 0.9)))


def outlet_articles(outlet: str, *, size: int = 3000):  # type: ignore[no-untyped-def]
    """A Hypothesis strategy of :func:`outlet_article` texts (for property tests)."""
    from hypothesis import strategies as st

    return st.randoms(use_true_random=False).map(lambda r: outlet_article(outlet, r, size=size))


def seed_texts() -> list[tuple[str, str]]:
    """The seed articles as ``(file name, text)``, in file order."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(REPO.glob("seeds/*.txt"))]


def text_corpus(scale: int, *, seed: int = 6) -> Iterator[str]:
    """The text corpus at ``scale``× size, generated as it is consumed.

    1× is the five seeds plus :data:`BASE_GENERATED` generated articles
    (evenly over :data:`OUTLETS`); ``scale``× repeats the seeds ``scale``
    times and generates ``scale`` times as many articles, all different.
    """
    rnd = random.Random(f"{seed}-{scale}")
    seeds = [text for _, text in seed_texts()]
    per_round = BASE_GENERATED // len(OUTLETS)
    for _ in range(scale):
        yield from seeds
        for _ in range(per_round):
            for outlet in OUTLETS:
                yield outlet_article(outlet, rnd)


# --------------------------------------------------------------------------------------
# HTML pages


_SITES = {
    "kompas": ("Kompas.com", "https://nasional.kompas.com/read/{y}/{m:02d}/{d:02d}/{n}/{slug}"),
    "rmol": ("RMOL.ID", "https://rmol.id/politik/read/{y}/{m:02d}/{d:02d}/{n}/{slug}"),
    "antara": ("ANTARA News", "https://www.antaranews.com/berita/{n}/{slug}"),
    "jurnalpatroli": ("JurnalPatroliNews", "https://jurnalpatrolinews.co.id/nasional/{slug}/"),
    "purnawarta": ("Purna Warta", "https://purnawarta.com/{slug}/"),
}


def _slug(title: str) -> str:
    return "-".join(title.lower().split())[:80]


def _js_blob(w: Writer, kilobytes: int) -> str:
    """Minified-looking script text: ad slots, tracking calls, config objects."""
    parts: list[str] = []
    size = 0
    while size < kilobytes * 1024:
        slot = w.rnd.randrange(10**6)
        kind = w.rnd.randrange(3)
        if kind == 0:
            part = (
                f'googletag.cmd.push(function(){{googletag.defineSlot("/3120/{slot}/desktop",'
                f'[[300,250],[336,280]],"div-gpt-ad-{slot}-0").setTargeting("kanal",'
                f'"{w.rnd.choice(_SECTIONS).lower()}").addService(googletag.pubads())}});'
            )
        elif kind == 1:
            part = (
                f"!function(e,t){{var n=t.createElement('script');n.async=!0;n.src='https://"
                f"cdn.example-tracker.net/t{slot}.js?v={w.rnd.randrange(999)}';var o=t."
                f"getElementsByTagName('script')[0];o.parentNode.insertBefore(n,o)}}(window,document);"
            )
        else:
            config = {"id": slot, "words": w.words(8, 20), "flags": [w.rnd.random() < 0.5] * 4}
            part = f"window.__cfg_{slot}={json.dumps(config)};"
        parts.append(part)
        size += len(part)
    return "".join(parts)


def _link_list(w: Writer, css: str, count: int, url: str) -> str:
    items = []
    for i in range(count):
        title = html.escape(w.title())
        items.append(
            f'<li class="{css}__item"><a class="{css}__link" href="{url}/{i}/{_slug(title)}">'
            f'<div class="{css}__img"><img src="https://asset.example.net/{i}.jpg" alt="{title}" '
            f'loading="lazy"></div><h4 class="{css}__title">{title}</h4></a>'
            f'<div class="{css}__date">{html.escape(w.long_date())}</div></li>'
        )
    return f'<ul class="{css}">' + "".join(items) + "</ul>"


def _paragraphs(body: list[str]) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in body)


def _related_p(w: Writer, url: str) -> str:
    title = html.escape(w.title())
    return (
        f'<p><strong>Baca juga: <a class="inner-link-baca-juga" href="{url}/{_slug(title)}">'
        f"{title}</a></strong></p>"
    )


def _article_html(outlet: str, w: Writer, title: str, url: str) -> tuple[str, dict[str, str]]:
    """The article element as ``outlet`` writes it, and the meta tags it adds."""
    body = w.body(int(2200 * w.rnd.uniform(0.8, 1.2)))
    author, editor = w.name(), w.name()
    t = html.escape(title)
    stamp = f"{w.day.strftime('%d/%m/%Y')}, {w.clock()} WIB"
    meta: dict[str, str] = {}
    if outlet == "kompas":
        first = f"<p><strong>{w.place().upper()}, KOMPAS.com</strong> - {html.escape(body[0])}</p>"
        inner = first + _paragraphs(body[1:3]) + _related_p(w, url) + _paragraphs(body[3:])
        meta = {"content_author": author, "content_editor": editor}
        article = (
            f'<h1 class="read__title">{t}</h1><div class="read__time">Kompas.com - {stamp}</div>'
            f'<div class="credit-title-name"><h6>{author},</h6><h6>{editor}</h6></div>'
            '<div class="credit-title-nameEditor">Tim Redaksi</div>'
            f'<div class="read__content"><div class="clearfix">{inner}</div></div>'
        )
    elif outlet == "antara":
        first = f"<p>{w.place()} (ANTARA) - {html.escape(body[0])}</p>"
        inner = first + _paragraphs(body[1:3]) + _related_p(w, url) + _paragraphs(body[3:])
        article = (
            f'<article><h1>{t}</h1><p class="text-secondary">{w.long_date()} {w.clock()} WIB</p>'
            f"<figure><figcaption>{html.escape(w.sentence())} (ANTARA/{author})</figcaption>"
            f'</figure><div class="post-content">{inner}<p class="text-muted mt-2 small">'
            f"Pewarta: {author}<br>Editor: {editor}<br>COPYRIGHT © ANTARA {w.day.year}</p>"
            "</div></article>"
        )
    elif outlet == "rmol":
        first = f'<p><img src="/logo-rmol.png" alt="rmol news logo"> {html.escape(body[0])}</p>'
        link = f"https://rmol.id/about/{w.upper_slug(author)}"
        article = (
            f'<article><h1 class="title">{t}</h1><div class="reporter">LAPORAN: '
            f'<a href="{link}">{author.upper()}</a></div><div class="date">• {w.long_date()}, '
            f"{w.clock()} WIB</div><figure><figcaption>{html.escape(w.sentence()[:-1])}/Net"
            f'</figcaption></figure><div class="content">{first}{_paragraphs(body[1:])}'
            '<p><img src="/logo-rmol.png" alt="rmol news logo article"></p></div>'
            f'<div class="editor">EDITOR: <b>{editor.upper()}</b></div></article>'
        )
    elif outlet == "jurnalpatroli":
        first = f"<p>JurnalPatroliNews – {w.place()} – {html.escape(body[0])}</p>"
        items = "".join(f"<li>{html.escape(w.sentence())}</li>" for _ in range(3))
        article = (
            f'<article class="post"><h1 class="entry-title">{t}</h1><div class="entry-meta">'
            f'<time datetime="{w.day.isoformat()}T{w.clock()}:00+07:00">{w.long_date()}</time>'
            f'</div><div class="entry-content">{first}{_paragraphs(body[1:3])}<ul>{items}</ul>'
            f"{_paragraphs(body[3:])}<p>Editor: {editor}</p></div></article>"
        )
    else:
        first = f"<p>{w.place()}, Purna Warta – {html.escape(body[0])}</p>"
        inner = first + _paragraphs(body[1:3]) + _related_p(w, url) + _paragraphs(body[3:])
        article = (
            f'<article class="post"><h1 class="entry-title">{t}</h1><div class="entry-meta">'
            f'<span class="author">Oleh Redaksi</span> | <time datetime="{w.day.isoformat()}'
            f'T09:15:00+07:00">{w.day.day} {_ID_MONTHS[w.day.month - 1]} {w.day.year}</time>'
            f'</div><div class="entry-content">{inner}</div><div class="share-buttons">Share '
            '<a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>'
            "</article>"
        )
    # Like the real Kompas page, a script repeats the text: it must not become the body.
    meta["_script_text"] = " ".join(body)
    return article, meta


def outlet_page(outlet: str, rnd: random.Random) -> str:
    """One HTML page of ``outlet``: the article inside the site's chrome (100-250 KB)."""
    w = Writer(rnd)
    site, pattern = _SITES[outlet]
    title = w.title()
    url = pattern.format(
        y=w.day.year, m=w.day.month, d=w.day.day, n=rnd.randrange(10**8), slug=_slug(title)
    )
    base = url.rsplit("/", 1)[0]
    article, extra = _article_html(outlet, w, title, base)
    script_text = extra.pop("_script_text")
    published = f"{w.day.isoformat()}T{w.clock()}:00+07:00"
    meta = {
        "description": w.sentence(),
        "keywords": ", ".join(w.words(5, 8)),
        "og:title": title,
        "og:url": url,
        "og:type": "article",
        "og:site_name": site,
        "og:image": f"https://asset.example.net/{rnd.randrange(10**6)}.jpg",
        "twitter:card": "summary_large_image",
        "article:published_time": published,
        **extra,
    }
    metas = "".join(
        f'<meta {"property" if ":" in k else "name"}="{k}" content="{html.escape(v)}">'
        for k, v in meta.items()
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": published,
        "author": [{"@type": "Person", "name": w.name()}],
        "publisher": {"@type": "Organization", "name": site},
    }
    css = "".join(
        f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{rnd.randrange(16**6):06x}}}"
        for i in range(rnd.randint(200, 400))
    )
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in _SECTIONS)
    scripts = "".join(
        f"<script>{_js_blob(w, rnd.randint(4, 12))}</script>" for _ in range(rnd.randint(8, 16))
    )
    footer_links = "".join(
        f'<a href="/{"-".join(w.words(1, 2))}">{" ".join(w.words(1, 3)).title()}</a>'
        for _ in range(60)
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} - {site}</title>{metas}"
        f'<link rel="canonical" href="{url}"><style>{css}</style>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>{scripts}</head>'
        f'<body><header class="header"><div class="logo"><a href="/">{site}</a></div>'
        f'<nav class="nav"><ul>{nav}</ul></nav><form class="search"><input name="q">'
        f"<button>Cari</button></form></header>"
        f'<div class="breadcrumb"><a href="/">Home</a> » {w.rnd.choice(_SECTIONS)}</div>'
        f'<main class="container"><div class="col-main">{article}'
        f'<div class="tags">{"".join(f"<a>{x}</a>" for x in w.words(3, 6))}</div>'
        f"<h3>Berita Terkait</h3>{_link_list(w, 'related', 6, base)}</div>"
        f'<aside class="col-side"><h3>Terpopuler</h3>{_link_list(w, "most", 10, base)}'
        f'<div class="ads"><script>{_js_blob(w, 6)}</script></div>'
        f"<h3>Pilihan Untukmu</h3>{_link_list(w, 'pilihan', 8, base)}</aside></main>"
        f'<footer class="footer">{footer_links}<p>© {w.day.year} {site}</p></footer>'
        f"<script>var articleText={json.dumps(script_text)};{_js_blob(w, 8)}</script>"
        "</body></html>"
    )


def html_corpus(count: int, *, seed: int = 6) -> list[tuple[str, str]]:
    """HTML pages as ``(label, html)``: the fixture pages, the real Kompas page when
    ``../shared/corpus`` is present, then ``count`` generated pages over the outlets."""
    pages = [
        (f"fixture {p.parent.name}/{p.name}", p.read_text(encoding="utf-8"))
        for p in sorted(REPO.glob("tests/fixtures/*/*.html"))
    ]
    real = SHARED_CORPUS / "kompas-page.html"
    if real.is_file():
        pages.append(("shared kompas-page.html", real.read_text(encoding="utf-8")))
    rnd = random.Random(f"{seed}-html")
    for i in range(count):
        outlet = OUTLETS[i % len(OUTLETS)]
        pages.append((f"generated {outlet}", outlet_page(outlet, rnd)))
    return pages
