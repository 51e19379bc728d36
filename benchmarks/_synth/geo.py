"""Countries and cities: spellings seen in CRMs and in free-text profile locations.

Phone templates are national significant numbers: ``X`` is any digit, ``N`` is 2–9.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .rand import Sampler


@dataclass(frozen=True)
class City:
    """A city with its CRM spellings (most common first) and social free-text forms."""

    names: tuple[str, ...]
    social: tuple[str, ...]
    weight: float
    landline: tuple[str, ...]


@dataclass(frozen=True)
class Country:
    """A country of residence."""

    iso: str
    names: dict[str, float]
    flag: str
    tlds: tuple[str, ...]
    mobile: tuple[str, ...]
    cities: tuple[City, ...]
    legal_suffixes: tuple[str, ...]
    email_providers: dict[str, float]

    @functools.cached_property
    def name_sampler(self) -> Sampler[str]:
        """CRM spellings of the country name, weighted."""
        return Sampler.of(self.names)

    @functools.cached_property
    def city_sampler(self) -> Sampler[City]:
        """Cities weighted by (rough) population share."""
        return Sampler(self.cities, [c.weight for c in self.cities])


def _c(names: str, social: str, weight: float, landline: str) -> City:
    return City(
        tuple(names.split("|")), tuple(social.split("|")), weight, tuple(landline.split("|"))
    )


COUNTRIES: dict[str, Country] = {
    c.iso: c
    for c in (
        Country(
            "US",
            {
                "United States": 0.35,
                "USA": 0.25,
                "US": 0.2,
                "United States of America": 0.1,
                "U.S.": 0.05,
                "us": 0.05,
            },
            "🇺🇸",
            (".com", ".com", ".io", ".co"),
            (),
            (
                _c(
                    "New York|New York City|NYC|Brooklyn",
                    "NYC|New York, NY|New York|Brooklyn, NY|nyc 🗽|Manhattan|NY",
                    8,
                    "212NXXXXXX|646NXXXXXX|917NXXXXXX|718NXXXXXX",
                ),
                _c(
                    "Los Angeles|LA|Santa Monica",
                    "LA|Los Angeles, CA|Los Angeles|LA 🌴|Santa Monica, CA|SoCal",
                    4,
                    "213NXXXXXX|310NXXXXXX|323NXXXXXX",
                ),
                _c(
                    "San Francisco|SF|Oakland",
                    "SF|San Francisco, CA|SF Bay Area|Bay Area|San Francisco|Oakland, CA",
                    3,
                    "415NXXXXXX|628NXXXXXX|510NXXXXXX",
                ),
                _c(
                    "Chicago",
                    "Chicago|Chicago, IL|chi-town|Chicagoland",
                    3,
                    "312NXXXXXX|773NXXXXXX",
                ),
                _c("Austin", "Austin, TX|Austin|ATX", 2, "512NXXXXXX|737NXXXXXX"),
                _c("Seattle", "Seattle|Seattle, WA|PNW|Seattle 🌲", 2, "206NXXXXXX"),
                _c(
                    "Boston|Cambridge",
                    "Boston|Boston, MA|Cambridge, MA",
                    2,
                    "617NXXXXXX|857NXXXXXX",
                ),
                _c("Denver", "Denver, CO|Denver|Colorado", 1.5, "303NXXXXXX|720NXXXXXX"),
                _c("Atlanta", "Atlanta|ATL|Atlanta, GA", 2, "404NXXXXXX|678NXXXXXX"),
                _c("Miami", "Miami|Miami, FL|MIA 🌴|South Florida", 2, "305NXXXXXX|786NXXXXXX"),
                _c("Houston", "Houston|Houston, TX|H-Town", 2, "713NXXXXXX|832NXXXXXX"),
                _c("Portland", "Portland, OR|PDX|Portland", 1, "503NXXXXXX|971NXXXXXX"),
            ),
            ("Inc.", "LLC", "Corp.", "Inc", "Co."),
            {
                "gmail.com": 0.5,
                "yahoo.com": 0.13,
                "outlook.com": 0.08,
                "hotmail.com": 0.08,
                "icloud.com": 0.1,
                "aol.com": 0.03,
                "proton.me": 0.03,
                "comcast.net": 0.03,
                "me.com": 0.02,
            },
        ),
        Country(
            "GB",
            {
                "United Kingdom": 0.35,
                "UK": 0.3,
                "GB": 0.1,
                "England": 0.13,
                "Great Britain": 0.05,
                "U.K.": 0.04,
                "Scotland": 0.03,
            },
            "🇬🇧",
            (".co.uk", ".co.uk", ".com", ".io"),
            ("74XXXXXXXX", "75XXXXXXXX", "77XXXXXXXX", "78XXXXXXXX", "79XXXXXXXX"),
            (
                _c(
                    "London",
                    "London|London, UK|London, England|LDN|London 🇬🇧|South London|East London",
                    10,
                    "20" + "7XXXXXXX|203XXXXXXX",
                ),
                _c("Manchester", "Manchester|Manchester, UK|MCR|Manc", 2.5, "161NXXXXXX"),
                _c("Birmingham", "Birmingham|Birmingham, UK|Brum", 2, "121NXXXXXX"),
                _c("Leeds", "Leeds|Leeds, UK|Yorkshire", 1.5, "113NXXXXXX"),
                _c("Glasgow", "Glasgow|Glasgow, Scotland|Scotland", 1.5, "141NXXXXXX"),
                _c("Edinburgh", "Edinburgh|Edinburgh, Scotland|Edinburgh 🏴", 1.3, "131NXXXXXX"),
                _c("Bristol", "Bristol|Bristol, UK", 1.2, "117NXXXXXX"),
                _c("Cambridge", "Cambridge|Cambridge, UK", 0.8, "1223NXXXXX"),
            ),
            ("Ltd", "Ltd.", "Limited", "PLC"),
            {
                "gmail.com": 0.45,
                "hotmail.co.uk": 0.13,
                "yahoo.co.uk": 0.09,
                "outlook.com": 0.1,
                "btinternet.com": 0.07,
                "icloud.com": 0.1,
                "sky.com": 0.03,
                "googlemail.com": 0.03,
            },
        ),
        Country(
            "DE",
            {"Germany": 0.5, "DE": 0.25, "Deutschland": 0.2, "GER": 0.05},
            "🇩🇪",
            (".de", ".de", ".com", ".io"),
            (
                "151XXXXXXXX",
                "152XXXXXXXX",
                "160XXXXXXX",
                "170XXXXXXX",
                "171XXXXXXX",
                "172XXXXXXX",
                "176XXXXXXXX",
                "179XXXXXXX",
            ),
            (
                _c(
                    "Berlin",
                    "Berlin|Berlin 🇩🇪|Berlin, Germany|Kreuzberg|Berlin-Mitte|B",
                    6,
                    "30NXXXXXXX",
                ),
                _c("München|Munich", "München|Munich|Munich, Germany|MUC|Bayern", 4, "89NXXXXXXX"),
                _c("Hamburg", "Hamburg|Hamburg ⚓|HH|Hamburg, Germany", 3.5, "40NXXXXXXX"),
                _c("Köln|Cologne|Koeln", "Köln|Cologne|Koeln|Colonia", 2.5, "221NXXXXXX"),
                _c(
                    "Frankfurt am Main|Frankfurt",
                    "Frankfurt|Frankfurt am Main|FFM|Frankfurt/Main",
                    2,
                    "69NXXXXXXX",
                ),
                _c("Stuttgart", "Stuttgart|Stuttgart, Germany|Ländle", 1.5, "711NXXXXXX"),
                _c(
                    "Düsseldorf|Duesseldorf|Dusseldorf",
                    "Düsseldorf|Duesseldorf|DUS",
                    1.5,
                    "211NXXXXXX",
                ),
                _c("Leipzig", "Leipzig|Leipzig, Sachsen", 1.2, "341NXXXXXX"),
            ),
            ("GmbH", "AG", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "GmbH"),
            {
                "gmail.com": 0.32,
                "gmx.de": 0.2,
                "web.de": 0.18,
                "t-online.de": 0.08,
                "outlook.de": 0.05,
                "googlemail.com": 0.05,
                "posteo.de": 0.04,
                "icloud.com": 0.05,
                "gmx.net": 0.03,
            },
        ),
        Country(
            "FR",
            {"France": 0.7, "FR": 0.3},
            "🇫🇷",
            (".fr", ".fr", ".com", ".io"),
            ("6XXXXXXXX", "7XXXXXXXX"),
            (
                _c("Paris", "Paris|Paris, France|Paname|Paris 🇫🇷|Île-de-France", 8, "1XXXXXXXX"),
                _c("Lyon", "Lyon|Lyon, France", 2.5, "4XXXXXXXX"),
                _c("Marseille", "Marseille|Marseille ☀️", 2, "4XXXXXXXX"),
                _c("Toulouse", "Toulouse|Toulouse, France", 1.5, "5XXXXXXXX"),
                _c("Bordeaux", "Bordeaux|Bordeaux, France", 1.3, "5XXXXXXXX"),
                _c("Lille", "Lille|Lille, France", 1.2, "3XXXXXXXX"),
                _c("Nantes", "Nantes|Nantes, France", 1.2, "2XXXXXXXX"),
            ),
            ("SAS", "SARL", "SA"),
            {
                "gmail.com": 0.45,
                "orange.fr": 0.15,
                "free.fr": 0.1,
                "hotmail.fr": 0.1,
                "laposte.net": 0.06,
                "yahoo.fr": 0.08,
                "outlook.fr": 0.06,
            },
        ),
        Country(
            "ES",
            {"Spain": 0.55, "España": 0.25, "ES": 0.15, "Espana": 0.05},
            "🇪🇸",
            (".es", ".es", ".com"),
            ("6XXXXXXXX", "7XXXXXXXX"),
            (
                _c("Madrid", "Madrid|Madrid, España|Madrid, Spain|MAD", 6, "91NXXXXXX"),
                _c("Barcelona", "Barcelona|BCN|Barcelona, Spain|Barna", 5, "93NXXXXXX"),
                _c("Valencia|València", "Valencia|València", 2, "96NXXXXXX"),
                _c("Sevilla|Seville", "Sevilla|Seville", 1.5, "95NXXXXXX"),
                _c("Bilbao", "Bilbao|Bilbo|Euskadi", 1, "94NXXXXXX"),
                _c("Málaga|Malaga", "Málaga|Malaga|Costa del Sol", 1.2, "95NXXXXXX"),
            ),
            ("S.L.", "S.A.", "SL", "S.L.U."),
            {
                "gmail.com": 0.55,
                "hotmail.com": 0.15,
                "hotmail.es": 0.1,
                "yahoo.es": 0.08,
                "outlook.es": 0.07,
                "icloud.com": 0.05,
            },
        ),
        Country(
            "MX",
            {"Mexico": 0.5, "México": 0.25, "MX": 0.25},
            "🇲🇽",
            (".com.mx", ".mx", ".com"),
            (),
            (
                _c(
                    "Ciudad de México|Mexico City|CDMX",
                    "CDMX|Ciudad de México|Mexico City|México, DF|CDMX 🇲🇽",
                    7,
                    "55NXXXXXXX|56NXXXXXXX",
                ),
                _c("Guadalajara", "Guadalajara|GDL|Guadalajara, Jalisco", 2.5, "33NXXXXXXX"),
                _c("Monterrey", "Monterrey|MTY|Monterrey, NL", 2.5, "81NXXXXXXX"),
                _c("Puebla", "Puebla|Puebla, México", 1.2, "222NXXXXXX"),
            ),
            ("S.A. de C.V.", "S. de R.L. de C.V.", "SA de CV"),
            {
                "gmail.com": 0.55,
                "hotmail.com": 0.2,
                "outlook.com": 0.1,
                "yahoo.com.mx": 0.1,
                "live.com.mx": 0.05,
            },
        ),
        Country(
            "IT",
            {"Italy": 0.55, "Italia": 0.25, "IT": 0.2},
            "🇮🇹",
            (".it", ".it", ".com"),
            (
                "32XXXXXXXX",
                "33XXXXXXXX",
                "34XXXXXXXX",
                "35XXXXXXXX",
                "36XXXXXXXX",
                "38XXXXXXXX",
                "39XXXXXXXX",
            ),
            (
                _c("Roma|Rome", "Roma|Rome|Roma, Italia|Rome, Italy", 5, "06NXXXXXXX"),
                _c("Milano|Milan", "Milano|Milan|Milano 🇮🇹|MI", 5, "02NXXXXXXX"),
                _c("Napoli|Naples", "Napoli|Naples", 2.5, "081NXXXXXX"),
                _c("Torino|Turin", "Torino|Turin", 2, "011NXXXXXX"),
                _c("Firenze|Florence", "Firenze|Florence|Toscana", 1.2, "055NXXXXXX"),
                _c("Bologna", "Bologna|Bologna, Italia", 1.2, "051NXXXXXX"),
            ),
            ("S.r.l.", "S.p.A.", "Srl", "SRL"),
            {
                "gmail.com": 0.45,
                "libero.it": 0.15,
                "hotmail.it": 0.1,
                "yahoo.it": 0.1,
                "virgilio.it": 0.06,
                "alice.it": 0.04,
                "outlook.it": 0.05,
                "icloud.com": 0.05,
            },
        ),
        Country(
            "BR",
            {"Brazil": 0.45, "Brasil": 0.35, "BR": 0.2},
            "🇧🇷",
            (".com.br", ".com.br", ".com"),
            (),
            (
                _c(
                    "São Paulo|Sao Paulo|SP",
                    "São Paulo|Sao Paulo|SP|Sampa|São Paulo, Brasil",
                    8,
                    "113XXXXXXX|114XXXXXXX",
                ),
                _c("Rio de Janeiro|Rio", "Rio de Janeiro|Rio|RJ|Rio 🏖️", 5, "213XXXXXXX|212XXXXXXX"),
                _c("Belo Horizonte|BH", "Belo Horizonte|BH|BH, MG", 2, "313XXXXXXX"),
                _c("Curitiba", "Curitiba|Curitiba, PR", 1.5, "413XXXXXXX"),
                _c("Porto Alegre", "Porto Alegre|POA|Porto Alegre, RS", 1.5, "513XXXXXXX"),
                _c("Recife", "Recife|Recife, PE", 1.2, "813XXXXXXX"),
                _c("Brasília|Brasilia", "Brasília|Brasilia|DF", 1.2, "613XXXXXXX"),
            ),
            ("Ltda.", "Ltda", "S.A.", "ME"),
            {
                "gmail.com": 0.6,
                "hotmail.com": 0.15,
                "outlook.com": 0.07,
                "yahoo.com.br": 0.08,
                "uol.com.br": 0.05,
                "bol.com.br": 0.05,
            },
        ),
        Country(
            "NL",
            {
                "Netherlands": 0.45,
                "NL": 0.2,
                "The Netherlands": 0.15,
                "Nederland": 0.1,
                "Holland": 0.1,
            },
            "🇳🇱",
            (".nl", ".nl", ".com", ".io"),
            ("61XXXXXXX", "62XXXXXXX", "63XXXXXXX", "64XXXXXXX", "65XXXXXXX"),
            (
                _c("Amsterdam", "Amsterdam|A'dam|Amsterdam 🇳🇱|Mokum", 5, "20NXXXXXX"),
                _c("Rotterdam", "Rotterdam|R'dam|010", 3, "10NXXXXXX"),
                _c("Den Haag|The Hague|'s-Gravenhage", "Den Haag|The Hague", 2.5, "70NXXXXXX"),
                _c("Utrecht", "Utrecht|Utrecht, NL", 2, "30NXXXXXX"),
                _c("Eindhoven", "Eindhoven|Brainport", 1.5, "40NXXXXXX"),
            ),
            ("B.V.", "BV", "N.V."),
            {
                "gmail.com": 0.5,
                "hotmail.com": 0.12,
                "outlook.com": 0.1,
                "ziggo.nl": 0.08,
                "kpnmail.nl": 0.07,
                "live.nl": 0.05,
                "hotmail.nl": 0.04,
                "icloud.com": 0.04,
            },
        ),
        Country(
            "PL",
            {"Poland": 0.55, "PL": 0.25, "Polska": 0.2},
            "🇵🇱",
            (".pl", ".pl", ".com"),
            (
                "50XXXXXXX",
                "51XXXXXXX",
                "53XXXXXXX",
                "57XXXXXXX",
                "60XXXXXXX",
                "66XXXXXXX",
                "69XXXXXXX",
                "72XXXXXXX",
                "78XXXXXXX",
                "79XXXXXXX",
                "88XXXXXXX",
            ),
            (
                _c("Warszawa|Warsaw", "Warszawa|Warsaw|WAW|Warsaw, Poland", 5, "22NXXXXXX"),
                _c("Kraków|Krakow|Cracow", "Kraków|Krakow|Cracow", 3, "12NXXXXXX"),
                _c("Wrocław|Wroclaw", "Wrocław|Wroclaw", 2.5, "71NXXXXXX"),
                _c("Gdańsk|Gdansk", "Gdańsk|Gdansk|Trójmiasto|Tricity", 2, "58NXXXXXX"),
                _c("Poznań|Poznan", "Poznań|Poznan", 2, "61NXXXXXX"),
                _c("Łódź|Lodz", "Łódź|Lodz", 1.5, "42NXXXXXX"),
            ),
            ("Sp. z o.o.", "S.A.", "sp. z o.o."),
            {
                "gmail.com": 0.45,
                "wp.pl": 0.15,
                "onet.pl": 0.12,
                "o2.pl": 0.1,
                "interia.pl": 0.1,
                "outlook.com": 0.08,
            },
        ),
        Country(
            "TR",
            {"Turkey": 0.45, "Türkiye": 0.25, "TR": 0.2, "Turkiye": 0.1},
            "🇹🇷",
            (".com.tr", ".com.tr", ".com"),
            ("53XXXXXXXX", "54XXXXXXXX", "55XXXXXXXX"),
            (
                _c(
                    "İstanbul|Istanbul",
                    "İstanbul|Istanbul|Istanbul, Türkiye|İST",
                    8,
                    "212NXXXXXX|216NXXXXXX",
                ),
                _c("Ankara", "Ankara|Ankara, Türkiye", 3, "312NXXXXXX"),
                _c("İzmir|Izmir", "İzmir|Izmir", 2, "232NXXXXXX"),
                _c("Bursa", "Bursa", 1.2, "224NXXXXXX"),
                _c("Antalya", "Antalya|Antalya ☀️", 1.2, "242NXXXXXX"),
            ),
            ("A.Ş.", "Ltd. Şti.", "AŞ"),
            {"gmail.com": 0.6, "hotmail.com": 0.25, "yandex.com.tr": 0.05, "outlook.com": 0.1},
        ),
        Country(
            "IN",
            {"India": 0.75, "IN": 0.25},
            "🇮🇳",
            (".in", ".co.in", ".com", ".com"),
            (
                "98XXXXXXXX",
                "99XXXXXXXX",
                "97XXXXXXXX",
                "96XXXXXXXX",
                "93XXXXXXXX",
                "90XXXXXXXX",
                "88XXXXXXXX",
                "70XXXXXXXX",
                "63XXXXXXXX",
            ),
            (
                _c(
                    "Mumbai|Bombay",
                    "Mumbai|Mumbai, India|Bombay|Mumbai 🇮🇳|Navi Mumbai",
                    5,
                    "22NXXXXXXX",
                ),
                _c(
                    "Bengaluru|Bangalore",
                    "Bangalore|Bengaluru|Blr|Bangalore, India",
                    5,
                    "80NXXXXXXX",
                ),
                _c("New Delhi|Delhi", "Delhi|New Delhi|Delhi NCR|Gurgaon|Noida", 5, "11NXXXXXXX"),
                _c("Hyderabad", "Hyderabad|Hyderabad, India|Hyd", 3, "40NXXXXXXX"),
                _c("Chennai|Madras", "Chennai|Chennai, India", 3, "44NXXXXXXX"),
                _c("Pune", "Pune|Pune, India", 2.5, "20NXXXXXXX"),
                _c("Kolkata|Calcutta", "Kolkata|Calcutta", 2, "33NXXXXXXX"),
            ),
            ("Pvt Ltd", "Pvt. Ltd.", "Private Limited", "Ltd", "LLP"),
            {
                "gmail.com": 0.7,
                "yahoo.co.in": 0.1,
                "rediffmail.com": 0.05,
                "outlook.com": 0.1,
                "hotmail.com": 0.05,
            },
        ),
        Country(
            "JP",
            {"Japan": 0.7, "JP": 0.2, "日本": 0.1},
            "🇯🇵",
            (".co.jp", ".jp", ".com"),
            ("90XXXXXXXX", "80XXXXXXXX", "70XXXXXXXX"),
            (
                _c(
                    "Tokyo|Tokyo-to|東京",
                    "Tokyo|東京|東京都|Tokyo, Japan|TYO|渋谷|Shibuya",
                    10,
                    "3NXXXXXXX",
                ),
                _c("Osaka|大阪", "Osaka|大阪|大阪府|Osaka, Japan", 4, "6NXXXXXXX"),
                _c("Yokohama|横浜", "Yokohama|横浜|神奈川", 3, "45NXXXXXX"),
                _c("Kyoto|京都", "Kyoto|京都", 1.5, "75NXXXXXX"),
                _c("Fukuoka|福岡", "Fukuoka|福岡", 1.5, "92NXXXXXX"),
                _c("Nagoya|名古屋", "Nagoya|名古屋", 2, "52NXXXXXX"),
                _c("Sapporo|札幌", "Sapporo|札幌|北海道", 1.5, "11NXXXXXX"),
            ),
            ("K.K.", "Co., Ltd.", "Inc.", "G.K."),
            {
                "gmail.com": 0.45,
                "yahoo.co.jp": 0.25,
                "icloud.com": 0.12,
                "docomo.ne.jp": 0.08,
                "outlook.jp": 0.05,
                "ezweb.ne.jp": 0.05,
            },
        ),
        Country(
            "RU",
            {"Russia": 0.5, "Russian Federation": 0.2, "RU": 0.25, "Россия": 0.05},
            "🇷🇺",
            (".ru", ".ru", ".com"),
            ("91XXXXXXXX", "92XXXXXXXX", "95XXXXXXXX", "96XXXXXXXX", "98XXXXXXXX", "90XXXXXXXX"),
            (
                _c(
                    "Moscow|Moskva|Москва",
                    "Москва|Moscow|Moskva|MSK|Москва, Россия",
                    8,
                    "495NXXXXXX|499NXXXXXX",
                ),
                _c(
                    "Saint Petersburg|St. Petersburg|Sankt-Peterburg|Санкт-Петербург",
                    "Санкт-Петербург|St. Petersburg|SPb|Питер|Saint Petersburg",
                    4,
                    "812NXXXXXX",
                ),
                _c("Novosibirsk|Новосибирск", "Новосибирск|Novosibirsk", 1.5, "383NXXXXXX"),
                _c(
                    "Yekaterinburg|Ekaterinburg|Екатеринбург",
                    "Екатеринбург|Ekaterinburg|Ekb",
                    1.5,
                    "343NXXXXXX",
                ),
                _c("Kazan|Казань", "Казань|Kazan", 1.2, "843NXXXXXX"),
            ),
            ("OOO", "LLC", "AO", "ООО"),
            {
                "yandex.ru": 0.3,
                "mail.ru": 0.3,
                "gmail.com": 0.25,
                "rambler.ru": 0.05,
                "bk.ru": 0.05,
                "list.ru": 0.05,
            },
        ),
        Country(
            "SE",
            {"Sweden": 0.6, "SE": 0.25, "Sverige": 0.15},
            "🇸🇪",
            (".se", ".se", ".com", ".io"),
            ("70XXXXXXX", "72XXXXXXX", "73XXXXXXX", "76XXXXXXX", "79XXXXXXX"),
            (
                _c("Stockholm", "Stockholm|Sthlm|Stockholm, Sweden|Södermalm", 5, "8NXXXXXX"),
                _c("Göteborg|Gothenburg|Goteborg", "Göteborg|Gothenburg|Gbg", 2.5, "31NXXXXXX"),
                _c("Malmö|Malmo", "Malmö|Malmo|Skåne", 1.8, "40NXXXXXX"),
                _c("Uppsala", "Uppsala", 1, "18NXXXXXX"),
            ),
            ("AB", "AB", "HB"),
            {
                "gmail.com": 0.55,
                "hotmail.com": 0.12,
                "outlook.com": 0.1,
                "telia.com": 0.08,
                "live.se": 0.05,
                "icloud.com": 0.1,
            },
        ),
    )
}

VAGUE_LOCATIONS = (
    "Earth",
    "somewhere on the internet",
    "Worldwide",
    "Remote",
    "🌍",
    "Europe",
    "the cloud",
    "Planet Earth 🌎",
    "everywhere",
    "on the road",
    "Internet",
    "localhost",
    "Milky Way",
    "in my head",
)
"""Profile locations that carry no geographic signal."""
