"""Decoding: each encoding from real sentences, binary and undecodable refusal.

Bytes are made here by encoding real Chinese sentences (the seed, a Macau
release in traditional script), so each case checks a round trip.
"""
from __future__ import annotations

import codecs

import pytest
from conftest import CORPUS, needs

from extractor.reading.decoding import DecodeError, decode

SIMPLIFIED = "前三季度，市南区新注册亿元以上内资项目85个；实际利用外资4.75亿美元，同比增长39.43%。"
TRADITIONAL = "國務院總理李強主持召開國務院第六次全體會議，決定任命岑浩輝為澳門特別行政區第六任行政長官。"
ODD = CORPUS / "odd"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16-le"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16-be"),
        (SIMPLIFIED.encode("gb2312"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("gbk"), TRADITIONAL, "gb18030"),  # GBK also holds traditional forms
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        ("截至今年3月底，運輸署已累計簽發約14萬4000張許可證。".encode("big5"),
         "截至今年3月底，運輸署已累計簽發約14萬4000張許可證。", "big5"),
        ("粤港澳大湾区建设𠀀".encode("gb18030"), "粤港澳大湾区建设𠀀", "gb18030"),  # 4-byte GB18030
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb2312", "gbk", "gbk-traditional",
         "big5", "big5-digits", "gb18030-4byte"],
)
def test_decodes_each_encoding(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


def test_empty_input_is_empty_text() -> None:
    assert decode(b"") == ("", "utf-8")


def test_crlf_and_fullwidth_survive_unchanged() -> None:
    text = "青岛市市南区\r\n投资１２０亿元，增长３９．４３％\r\n"
    assert decode(text.encode("gbk"))[0] == text


def test_declared_charset_is_honoured() -> None:
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    body = f"<body><p>{SIMPLIFIED}</p></body></html>"
    text, encoding = decode((html + body).encode("gb2312"))
    assert encoding == "gb18030" and SIMPLIFIED in text


def test_lying_declaration_falls_back_to_detection() -> None:
    page = f'<?xml version="1.0" encoding="big5"?><entry>{SIMPLIFIED}</entry>'
    assert decode(page.encode("utf-8")) == (page, "utf-8")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,                                 # every byte value, NULs included
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # a PNG header
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",     # a zip/docx header
        SIMPLIFIED.encode("utf-16-le"),                       # UTF-16 without its BOM
    ],
    ids=["all-bytes", "png", "zip", "utf16-no-bom"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(data)


def test_control_characters_are_refused() -> None:
    data = ("项目" + "\x01\x02\x03\x04\x05\x06" * 20).encode("utf-8")
    with pytest.raises(DecodeError, match="control"):
        decode(data)


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(DecodeError, match="undecodable"):
        decode(b"abc \x80\xff\x80 \xff\xff")  # invalid in UTF-8, GB18030 and Big5


def test_a_broken_bom_is_refused() -> None:
    with pytest.raises(DecodeError):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xc3")


def test_decode_error_is_a_value_error_with_a_reason() -> None:
    with pytest.raises(ValueError) as info:
        decode(b"\x00\x01binary")
    assert str(info.value) and "\n" not in str(info.value)


@needs(ODD)
@pytest.mark.parametrize("name, encoding, expected", [
    ("001.html", "gb18030", "产业投资推介会在武汉举行"),   # GBK HTML with <meta charset=gb2312>
    ("002.txt", "gb18030", "重庆上邦高球场非法占地"),      # raw GB18030 record
    ("003.html", "utf-8", "国家教材委员会"),
    ("005.xml", "utf-8", "澳門特別行政區"),
    ("008.json", "utf-8", "宁夏回族自治区"),
])
def test_odd_corpus_inputs_decode(name: str, encoding: str, expected: str) -> None:
    text, found = decode((ODD / name).read_bytes())
    assert found == encoding and expected in text


def test_traditional_text_is_read_by_the_simplified_rules_and_reported_as_written():
    from extractor import extract
    from extractor.doc import Doc

    hk = "國務院全體會議任命岑浩輝為澳門特別行政區第六任行政長官，於2024年12月20日就職。這是重要的決定。"
    assert Doc.of(hk).traditional and extract(hk).warnings == []
    cn = "国务院全体会议任命岑浩辉为澳门特别行政区第六任行政长官，于2024年12月20日就职。这是重要的决定。"
    assert not Doc.of(cn).traditional and extract(cn).warnings == []
