"""Data tables for email normalization: provider sub-addressing rules, free-mail and role names."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from socialid._internal.normalize._text import words


@dataclass(frozen=True, slots=True)
class ProviderRule:
    """How one mailbox provider maps many spellings of an address onto one mailbox."""

    name: str
    domains: frozenset[str]
    canonical_domain: str | None = None  # every domain above is rewritten to this one
    drop_dots: bool = False  # 'j.o.h.n' and 'john' are the same mailbox
    tag_separator: str | None = None  # 'john+news' / 'john-news' deliver to 'john'


PROVIDER_RULES: tuple[ProviderRule, ...] = (
    ProviderRule(
        name="gmail",
        domains=words("gmail.com googlemail.com"),
        canonical_domain="gmail.com",
        drop_dots=True,
        tag_separator="+",
    ),
    ProviderRule(
        name="microsoft",
        domains=words(
            """
            outlook.com outlook.de outlook.fr outlook.es outlook.it outlook.jp hotmail.com
            hotmail.co.uk hotmail.de hotmail.fr hotmail.es hotmail.it live.com live.co.uk
            live.de live.fr live.nl msn.com
            """
        ),
        tag_separator="+",
    ),
    ProviderRule(
        name="yahoo",
        domains=words(
            """
            yahoo.com yahoo.co.uk yahoo.de yahoo.fr yahoo.es yahoo.it yahoo.ca yahoo.com.au
            yahoo.co.in yahoo.com.br ymail.com rocketmail.com
            """
        ),
        tag_separator="-",
    ),
    ProviderRule(
        name="proton",
        domains=words("proton.me protonmail.com protonmail.ch pm.me"),
        tag_separator="+",
    ),
    ProviderRule(name="apple", domains=words("icloud.com me.com mac.com"), tag_separator="+"),
    ProviderRule(
        name="fastmail",
        domains=words("fastmail.com fastmail.fm fastmail.net fastmail.org"),
        tag_separator="+",
    ),
)

RULE_BY_DOMAIN: MappingProxyType[str, ProviderRule] = MappingProxyType(
    {domain: rule for rule in PROVIDER_RULES for domain in rule.domains}
)

FREE_DOMAINS: frozenset[str] = frozenset(RULE_BY_DOMAIN) | words(
    """
    aol.com aim.com zoho.com zohomail.com gmx.de gmx.net gmx.at gmx.ch gmx.com web.de
    t-online.de freenet.de yandex.ru yandex.com ya.ru mail.ru bk.ru inbox.ru list.ru rambler.ru
    ukr.net mail.com tutanota.com tuta.io hey.com qq.com 163.com 126.com sina.com naver.com
    hanmail.net daum.net yahoo.co.jp rediffmail.com orange.fr wanadoo.fr laposte.net free.fr
    sfr.fr libero.it virgilio.it seznam.cz wp.pl o2.pl onet.pl interia.pl abv.bg bluewin.ch
    comcast.net verizon.net att.net sbcglobal.net btinternet.com
    """
)

# Compared with '.', '-' and '_' removed, so 'no-reply' and 'no_reply' match 'noreply'.
ROLE_LOCALS: frozenset[str] = words(
    """
    abuse accounting accounts admin administrator billing bookings careers contact contactus
    customerservice donotreply enquiries events finance hello help helpdesk hi hostmaster hr
    info inquiries invoice invoices jobs legal mail marketing media news newsletter noreply
    notifications office orders partners payments postmaster press privacy recruiting
    reservations sales security service shop social support team webmaster
    kontakt kontakte contato contacto contatti contattaci contact_us impressum datenschutz
    verkauf vertrieb buero buro bureau accueil commercial commerciale commerciali
    amministrazione ufficio segreteria ventas vendas compras administracion secretaria
    recepcion reception atendimento comercial financeiro rh recrutement emploi
    biuro sekretariat zamowienia sprzedaz handel kancelaria iletisim bilgi satis destek
    muhasebe zakaz prodazhi pochta kantoor verkoop klantenservice facturen salg kundeservice
    kundservice forsaljning
    """
)
