#!/usr/bin/python3
"""Makes CertificateCJKSans-Bold.ttf, the default template's fallback font for Chinese, Japanese and
Korean names, from Debian's Noto Sans CJK SC Bold (SIL OFL 1.1).

PDFBox embeds TrueType (glyf) fonts reliably but not the CFF outlines Noto Sans CJK ships, and the
whole font (65,535 glyphs, 20 MB) is far more than names need. So this keeps a common character set
and converts its cubic outlines to quadratic ones (fontTools' cu2qu, as its otf2ttf snippet does):

  - the 3,755 common hanzi of GB 2312 level 1 (simplified Chinese),
  - the 2,965 kanji of JIS X 0208 level 1 (they hold nearly all Joyo kanji),
  - the 2,350 Hangul syllables of KS X 1001,
  - hiragana, katakana (with the small-kana extension), CJK symbols and punctuation,
    full-width and half-width forms,
  - and every CJK character of the demo data's names.

The family is renamed "Certificate CJK Sans" (OFL 1.1 section 3: a modified version does not keep
the original's name). Run it again after changing the set; it prints the counts and the size:

  apt-get install -y python3-fonttools fonts-noto-cjk
  /usr/bin/python3 certificates-templates/default/fonts/make-cjk-subset.py
"""

import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FACE = "Noto Sans CJK SC"
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "CertificateCJKSans-Bold.ttf")
FAMILY = "Certificate CJK Sans"
# outline error allowed when a cubic curve becomes quadratic ones, in font units (1,000 to the em)
MAX_ERROR = 1.0

# Names in the demo data and the tests that must be drawn whatever the sets above hold.
NAMES = "李伟 김민준 佐藤 花子 王芳 张伟 刘洋 陈静 山田 太郎 이서연 박지훈"


def double_byte(codec, leads, trails=range(0xA1, 0xFF)):
    """The characters of a two-byte (EUC) code in these rows."""
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes([lead, trail]).decode(codec))
            except UnicodeDecodeError:
                pass  # an unassigned cell
    return chars


def character_set():
    hanzi = double_byte("gb2312", range(0xB0, 0xD8))
    kanji = double_byte("euc_jp", range(0xB0, 0xD0))
    hangul = double_byte("euc_kr", range(0xB0, 0xC9))
    ranges = [
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3041, 0x309F),  # hiragana
        (0x30A0, 0x30FF),  # katakana
        (0x31F0, 0x31FF),  # katakana phonetic extensions
        (0xFF01, 0xFF9F),  # full-width forms, half-width katakana
        (0xFFE0, 0xFFE6),  # full-width signs
    ]
    other = {chr(c) for start, end in ranges for c in range(start, end + 1)}
    names = {c for c in NAMES if c != " "}
    print(f"hanzi {len(hanzi)}, kanji {len(kanji)}, Han in all {len(hanzi | kanji)}, "
          f"Hangul {len(hangul)}, kana and punctuation {len(other)}")
    return {ord(c) for c in hanzi | kanji | hangul | other | names}


def source_font():
    for font in TTCollection(SOURCE).fonts:
        if font["name"].getDebugName(1) == FACE:
            return font
    sys.exit(f"no {FACE} in {SOURCE}")


def cut(font, codepoints):
    options = subset.Options()
    options.layout_features = []  # PDFBox draws glyph by glyph: no substitutions or positioning
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.hinting = False
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "GSUB", "GPOS", "GDEF", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)


def to_truetype(font):
    """CFF outlines to glyf outlines, the rest as a TrueType font expects."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font.sfntVersion = "\x00\x01\x00\x00"
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0  # with glyph names: PDFBox warns on every load without them
    post.extraNames = []
    post.mapping = {}
    cmap = font["cmap"]
    # variation sequences (format 14): PDFBox ignores them, with a warning on every load
    cmap.tables = [table for table in cmap.tables if table.format != 14]


def rename(font):
    name = font["name"]
    copyright_notice = name.getDebugName(0)
    for record in list(name.names):
        if record.nameID in (1, 3, 4, 6):
            name.removeNames(nameID=record.nameID)
    name.setName(FAMILY, 1, 3, 1, 0x409)
    name.setName(f"{FAMILY} Bold; subset of {FACE} Bold", 3, 3, 1, 0x409)
    name.setName(f"{FAMILY} Bold", 4, 3, 1, 0x409)
    name.setName("CertificateCJKSans-Bold", 6, 3, 1, 0x409)
    name.setName(f"{copyright_notice} Subset of {FACE} Bold for certificates.", 0, 3, 1, 0x409)


def main():
    font = source_font()
    wanted = character_set()
    cut(font, wanted)
    to_truetype(font)
    rename(font)
    font.recalcTimestamp = False  # the source's dates: the same input makes the same bytes
    font.save(TARGET)
    mapped = font.getBestCmap()
    missing = sorted(c for c in wanted if c not in mapped)
    print(f"{len(mapped)} characters, {font['maxp'].numGlyphs} glyphs, "
          f"{os.path.getsize(TARGET):,} bytes: {TARGET}")
    if missing:
        print(f"{len(missing)} wanted characters are not in {FACE}: "
              + " ".join(f"U+{c:04X}" for c in missing[:20]))


if __name__ == "__main__":
    main()
