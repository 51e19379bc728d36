"""Korean family names in the spelling Koreans use in Latin letters.

Revised Romanization, which anyascii follows, writes 김 as "gim", 이 as "i" and 박 as
"bag"; passports, business cards and CRMs say Kim, Lee and Park. The common family names
(about nine Koreans in ten bear one of these) take their usual spelling; given names keep
the Revised Romanization ("minjun").
"""

from __future__ import annotations

#: Hangul syllables: a name with any of them may hold a Korean family name.
HANGUL = "\uac00-\ud7a3"

#: Family name → its usual Latin spelling.
KOREAN_SURNAMES: dict[str, str] = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
    "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo",
    "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu",
    "유": "yoo", "전": "jeon", "홍": "hong", "고": "ko", "문": "moon", "양": "yang",
    "손": "son", "배": "bae", "백": "baek", "허": "heo", "남": "nam", "심": "shim", "노": "noh",
    "하": "ha", "곽": "kwak", "성": "sung", "차": "cha", "주": "joo", "우": "woo", "구": "koo",
    "민": "min", "나": "na", "진": "jin", "지": "ji", "엄": "eom", "채": "chae", "원": "won",
    "천": "cheon", "방": "bang", "공": "kong", "현": "hyun", "함": "ham", "변": "byun",
    "염": "yeom", "여": "yeo", "추": "choo", "도": "do", "석": "seok", "선": "sun",
    "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "표": "pyo", "명": "myung",
    "기": "ki", "반": "ban", "왕": "wang", "금": "keum", "옥": "ok", "육": "yook", "인": "in",
    "맹": "maeng", "제": "je", "모": "mo", "탁": "tak", "국": "kook", "은": "eun",
    "편": "pyun", "용": "yong", "경": "kyung", "봉": "bong", "복": "bok", "태": "tae",
    "목": "mok", "형": "hyung", "계": "kye", "남궁": "namgoong", "황보": "hwangbo",
    "제갈": "jegal", "선우": "sunwoo", "독고": "dokgo",
}


def korean_surname(word: str) -> str:
    """``word``'s usual spelling when it is a common Korean family name, else ``word``.

    >>> korean_surname("김"), korean_surname("박"), korean_surname("Kim")
    ('kim', 'park', 'Kim')
    """
    return KOREAN_SURNAMES.get(word.strip(), word)
