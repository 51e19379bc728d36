"""Country names and codes → ISO 3166-1 alpha-2 region codes (tables and lookup)."""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

import phonenumbers
from phonenumbers.geodata.locale import LOCALE_DATA

from socialid._internal.normalize._text import fold

_ALPHA3_TO_ALPHA2 = MappingProxyType(
    {
        pair[:3]: pair[3:]
        for pair in """
        ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATGAG AUSAU AUTAT
        AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ
        BMUBM BOLBO BRABR BRBBB BRNBN BTNBT BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI
        CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CXRCX CYMKY CYPCY CZECZ
        DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI
        FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM
        GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HNDHN HRVHR HTIHT HUNHU
        IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP
        KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY LCALC LIELI
        LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH
        MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY
        MYTYT NAMNA NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM
        PAKPK PANPA PERPE PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA
        REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SHNSH SJMSJ SLBSB SLESL SLVSV SMRSM
        SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC
        TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO TTOTT TUNTN TURTR TUVTV TWNTW TZATZ
        UGAUG UKRUA URYUY USAUS UZBUZ VATVA VCTVC VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS
        XKXXK YEMYE ZAFZA ZMBZM ZWEZW
        """.split()  # noqa: SIM905 - a compact table of 'AAABB' pairs
    }
)

# Informal names that the phonenumbers locale tables do not spell this way.
_ALIASES = MappingProxyType(
    {
        "uk": "GB",
        "britain": "GB",
        "great britain": "GB",
        "england": "GB",
        "scotland": "GB",
        "wales": "GB",
        "northern ireland": "GB",
        "usa": "US",
        "america": "US",
        "united states of america": "US",
        "holland": "NL",
        "korea": "KR",
        "republic of korea": "KR",
        "czechia": "CZ",
        "ivory coast": "CI",
        "uae": "AE",
        "turkiye": "TR",
        "russian federation": "RU",
        "north macedonia": "MK",
        "burma": "MM",
        "eswatini": "SZ",
        "cabo verde": "CV",
        "east timor": "TL",
        "vatican city": "VA",
        "ksa": "SA",
        "viet nam": "VN",
    }
)

# Languages whose country names are indexed, in priority order when two names collide.
_NAME_LANGUAGES = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "tr",
    "ru",
    "uk",
    "sv",
    "da",
    "fi",
    "cs",
    "hu",
    "ro",
    "el",
    "zh",
    "ja",
    "ko",
    "ar",
    "he",
    "id",
    "vi",
)


@lru_cache(maxsize=4096)
def region_code(text: str) -> str | None:
    """The alpha-2 code for a country code or name, None if it names no country."""
    code = text.strip().upper()
    if len(code) == 2 and (code in LOCALE_DATA or code in phonenumbers.SUPPORTED_REGIONS):
        return code
    if code in _ALPHA3_TO_ALPHA2:
        return _ALPHA3_TO_ALPHA2[code]
    key = _name_key(text)
    found = _regions_by_name().get(key)
    if found is None and len(key) == 2 and key != code.lower():  # 'U.S.', 'd-e'
        return region_code(key)
    return found


def _name_key(name: str) -> str:
    key = fold(name).replace(".", "").replace("-", " ")
    return key.removeprefix("the ")


@lru_cache(maxsize=1)
def _regions_by_name() -> dict[str, str]:
    """Index every locale name once; earlier languages win when names collide."""
    index = {_name_key(alias): region for alias, region in _ALIASES.items()}
    for language in _NAME_LANGUAGES:
        for region, names in LOCALE_DATA.items():
            name = names.get(language, "")
            if name.startswith("*"):  # '*de' means "same as the German name"
                name = names.get(name[1:], "")
            if name and not name.startswith("*"):
                index.setdefault(_name_key(name), region)
    return index
