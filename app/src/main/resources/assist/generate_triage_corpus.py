#!/usr/bin/env python3
"""Generates the labelled triage corpus (triage-corpus.jsonl) of realistic IT service desk tickets.

Seeded, so the same file comes out every run:  python3 generate_triage_corpus.py [count] [seed] > triage-corpus.jsonl
Each line: {"id", "language", "subject", "description", "category", "priority", "assignmentGroup"}.

Labels follow the demo's routing table (rules/incident-routing.dmn): categories network, hardware, software,
access, other; network tickets go to network-ops, the rest to the service desk. Priority comes from the reach and
urgency the text states (a whole site down now is P1, one person's cosmetic problem P5), so it is learnt from wording,
not from the category. Words are shared between categories on purpose (a laptop that cannot join Wi-Fi is network,
a laptop that will not boot is hardware, a laptop login that fails is access), so no single keyword separates them.
"""
import json
import random
import sys

# ---------------------------------------------------------------- vocabulary, by language
PRODUCTS = {
    "network": ["VPN", "Wi-Fi", "WLAN", "GlobalProtect", "AnyConnect", "the office network", "the LAN", "the firewall",
                "the proxy", "DNS", "the guest Wi-Fi", "the switch in room 3.14", "the internet connection", "the SD-WAN link",
                "the meeting room network port", "remote desktop gateway"],
    "hardware": ["laptop", "docking station", "monitor", "keyboard", "mouse", "printer", "headset", "webcam", "phone",
                 "desk phone", "scanner", "projector", "battery", "charger", "hard disk", "USB-C hub", "tablet", "badge reader"],
    "software": ["Outlook", "Excel", "Word", "Teams", "SAP", "the ERP", "the CRM", "Salesforce", "Chrome", "Firefox",
                 "Adobe Reader", "Zoom", "the expense app", "Jira", "Confluence", "the payroll tool", "OneDrive", "SharePoint",
                 "the Java client", "the ticket portal"],
    "access": ["my account", "the CRM login", "SAP access", "the shared drive", "the finance folder", "MFA", "my password",
               "the VPN certificate", "Active Directory", "the admin rights", "the HR system", "the Git repository",
               "the mailbox of sales", "my badge", "single sign-on", "the reporting database"],
    "other": ["the coffee machine", "the meeting room booking", "the parking permit", "an invoice", "the canteen menu",
              "my desk move", "a training course", "the office keys", "a question about the policy", "the newsletter",
              "the fire drill", "a delivery", "the lost and found", "the intranet page", "the holiday calendar"],
}

SYMPTOMS = {
    "en": {
        "network": ["keeps disconnecting", "drops every few minutes", "is extremely slow", "does not connect at all",
                    "times out", "shows no internet access", "loses packets", "cannot reach the internal sites",
                    "connects but nothing loads", "authentication to the network fails", "has no signal on this floor",
                    "is flapping since this morning"],
        "hardware": ["is broken", "does not turn on", "makes a clicking noise", "is cracked", "overheats", "flickers",
                     "is not detected", "stopped charging", "has a dead pixel line", "jams all the time",
                     "is missing keys", "needs replacing", "fell on the floor and is damaged"],
        "software": ["crashes on start", "freezes when I open a file", "shows an error 0x80004005", "is very slow to load",
                     "will not update", "lost my settings", "cannot save documents", "closes without a message",
                     "shows a blank screen", "gives an internal server error", "does not sync", "reports a licence error"],
        "access": ["is locked", "does not accept my password", "says access denied", "asks for MFA every time",
                   "expired", "is missing permissions", "rejects my login", "needs to be unlocked", "was disabled",
                   "needs to be granted to a new colleague", "says my certificate is invalid"],
        "other": ["is not working as expected", "needs to be organised", "has a question", "needs an update",
                  "is wrong", "needs to be booked", "should be changed", "needs attention"],
    },
    "de": {
        "network": ["bricht ständig ab", "trennt alle paar Minuten", "ist extrem langsam", "verbindet sich gar nicht",
                    "läuft in ein Timeout", "zeigt kein Internet", "erreicht die internen Seiten nicht",
                    "ist verbunden, aber nichts lädt", "hat auf dieser Etage keinen Empfang", "fällt seit heute früh immer wieder aus"],
        "hardware": ["ist kaputt", "geht nicht mehr an", "macht ein Klickgeräusch", "hat einen Sprung", "wird sehr heiß",
                     "flackert", "wird nicht erkannt", "lädt nicht mehr", "hat einen Papierstau nach dem anderen",
                     "muss ausgetauscht werden", "ist heruntergefallen und beschädigt"],
        "software": ["stürzt beim Start ab", "friert beim Öffnen ein", "zeigt Fehler 0x80004005", "lädt sehr langsam",
                     "lässt sich nicht aktualisieren", "hat meine Einstellungen verloren", "speichert keine Dokumente",
                     "schließt sich ohne Meldung", "zeigt nur eine weiße Seite", "meldet einen Lizenzfehler", "synchronisiert nicht"],
        "access": ["ist gesperrt", "nimmt mein Passwort nicht an", "meldet Zugriff verweigert", "fragt jedes Mal nach MFA",
                   "ist abgelaufen", "hat keine Berechtigung", "lehnt meine Anmeldung ab", "muss entsperrt werden",
                   "wurde deaktiviert", "muss für eine neue Kollegin freigeschaltet werden"],
        "other": ["funktioniert nicht wie erwartet", "muss organisiert werden", "ich habe eine Frage dazu",
                  "ist falsch", "muss gebucht werden", "sollte geändert werden"],
    },
    "fr": {
        "network": ["se déconnecte sans arrêt", "est très lent", "ne se connecte pas", "coupe toutes les cinq minutes",
                    "n'a pas d'accès internet", "n'atteint pas les sites internes"],
        "hardware": ["est cassé", "ne s'allume plus", "surchauffe", "n'est pas détecté", "ne charge plus",
                     "fait un bruit bizarre", "doit être remplacé", "a un bourrage papier"],
        "software": ["plante au démarrage", "se fige à l'ouverture d'un fichier", "affiche une erreur", "ne se met pas à jour",
                     "ne sauvegarde pas", "se ferme tout seul", "affiche une page blanche"],
        "access": ["est bloqué", "refuse mon mot de passe", "indique accès refusé", "a expiré", "demande MFA à chaque fois",
                   "n'a pas les droits", "doit être débloqué"],
        "other": ["ne fonctionne pas comme prévu", "doit être organisé", "j'ai une question", "doit être réservé"],
    },
    "es": {
        "network": ["se desconecta cada pocos minutos", "va muy lento", "no conecta", "no tiene acceso a internet",
                    "no llega a las páginas internas"],
        "hardware": ["está roto", "no enciende", "se calienta mucho", "no se detecta", "no carga", "hace un ruido raro",
                     "hay que cambiarlo", "se atasca el papel"],
        "software": ["se cierra al abrir", "se congela", "muestra un error", "no se actualiza", "no guarda los documentos",
                     "muestra una pantalla en blanco"],
        "access": ["está bloqueada", "no acepta mi contraseña", "dice acceso denegado", "ha caducado",
                   "pide MFA cada vez", "no tiene permisos"],
        "other": ["no funciona como debería", "hay que organizarlo", "tengo una pregunta", "hay que reservarlo"],
    },
}

# Where, who and since when: shared by every category, so they carry no label.
CONTEXT = {
    "en": ["since this morning", "since yesterday", "after the last update", "since I came back from holiday",
           "when I work from home", "only in building B", "on and off all week", "after the restart", "since Monday"],
    "de": ["seit heute Morgen", "seit gestern", "nach dem letzten Update", "seit ich aus dem Urlaub zurück bin",
           "im Homeoffice", "nur im Gebäude B", "immer wieder diese Woche", "seit dem Neustart", "seit Montag"],
    "fr": ["depuis ce matin", "depuis hier", "après la dernière mise à jour", "en télétravail", "depuis lundi"],
    "es": ["desde esta mañana", "desde ayer", "después de la última actualización", "desde casa", "desde el lunes"],
}

# Reach and urgency decide the priority: (text, priority) pairs per language.
SEVERITY = {
    "en": [("The whole site is affected and production has stopped.", "P1"),
           ("Nobody in the call centre can work, customers are waiting.", "P1"),
           ("Our whole team of twelve is blocked.", "P2"),
           ("Several colleagues on the 3rd floor have the same problem.", "P2"),
           ("I have a customer presentation in an hour.", "P2"),
           ("It blocks my work today.", "P3"), ("I can work around it for now but it is annoying.", "P4"),
           ("Only me, and I can use another machine.", "P4"), ("No rush, whenever you have time.", "P5"),
           ("Just a cosmetic thing, low priority.", "P5"), ("", "P3"), ("", "P4")],
    "de": [("Der ganze Standort ist betroffen, die Produktion steht.", "P1"),
           ("Niemand im Callcenter kann arbeiten, Kunden warten.", "P1"),
           ("Unser ganzes Team ist blockiert.", "P2"), ("Mehrere Kollegen im 3. OG haben dasselbe Problem.", "P2"),
           ("Ich habe in einer Stunde eine Kundenpräsentation.", "P2"), ("Das blockiert heute meine Arbeit.", "P3"),
           ("Ich kann vorerst drumherum arbeiten, aber es nervt.", "P4"), ("Nur bei mir, ich kann einen anderen Rechner nehmen.", "P4"),
           ("Keine Eile, wenn Sie Zeit haben.", "P5"), ("Nur ein Schönheitsfehler.", "P5"), ("", "P3"), ("", "P4")],
    "fr": [("Tout le site est touché, la production est arrêtée.", "P1"), ("Toute l'équipe est bloquée.", "P2"),
           ("Cela bloque mon travail aujourd'hui.", "P3"), ("Je peux contourner le problème pour l'instant.", "P4"),
           ("Pas urgent.", "P5"), ("", "P3")],
    "es": [("Toda la planta está afectada, la producción está parada.", "P1"), ("Todo el equipo está bloqueado.", "P2"),
           ("Me bloquea el trabajo hoy.", "P3"), ("Puedo seguir trabajando de otra forma por ahora.", "P4"),
           ("No es urgente.", "P5"), ("", "P3")],
}

SUBJECTS = {
    "en": ["{P} {S}", "{P} {S} {C}", "Problem with {p}", "{P} not working", "Issue: {p} {s}", "Help - {p} {s}",
           "URGENT {p} {s}", "{p} {s}??", "Question about {p}", "{P}"],
    "de": ["{P} {S}", "Problem mit {p}", "{P} funktioniert nicht", "Störung: {p} {s}", "Hilfe - {p} {s}",
           "DRINGEND {p} {s}", "Frage zu {p}", "{P}"],
    "fr": ["{P} {S}", "Problème avec {p}", "{P} ne marche pas", "Souci : {p} {s}", "URGENT {p}"],
    "es": ["{P} {S}", "Problema con {p}", "{P} no funciona", "Incidencia: {p} {s}", "URGENTE {p}"],
}

BODIES = {
    "en": ["Hi, {p} {s} {c}. {sev} Can you please have a look?", "Hello team,\n\n{p} {s} {c}. I already restarted twice. {sev}\n\nThanks, {n}",
           "{p} {s}. {sev}", "Dear IT, since {c2} {p} {s}. Error message attached. {sev} Best regards {n}",
           "Good morning, my colleague {n2} and I noticed that {p} {s} {c}. We tried logging out and in again, no change. {sev}",
           "{p} {s} {c} - {sev} pls help", "Not sure if this is the right place, but {p} {s}. {sev}"],
    "de": ["Hallo, {p} {s} {c}. {sev} Können Sie sich das bitte ansehen?", "Guten Tag,\n\n{p} {s} {c}. Neustart habe ich schon versucht. {sev}\n\nDanke, {n}",
           "{p} {s}. {sev}", "Liebes IT-Team, {c} {s} {p}. Fehlermeldung im Anhang. {sev} Viele Grüße {n}",
           "Moin, bei mir und {n2} {s} {p} {c}. Ab- und wieder anmelden hilft nicht. {sev}"],
    "fr": ["Bonjour, {p} {s} {c}. {sev} Pouvez-vous regarder ?", "{p} {s}. {sev} Merci, {n}",
           "Bonjour l'équipe, {c} {p} {s}. J'ai déjà redémarré. {sev}"],
    "es": ["Hola, {p} {s} {c}. {sev} ¿Podéis revisarlo?", "{p} {s}. {sev} Gracias, {n}",
           "Buenos días, {c} {p} {s}. Ya he reiniciado. {sev}"],
}

# German nouns get their article mangled less if we leave product names as they are; translations of a few.
PRODUCT_LOCAL = {
    "de": {"laptop": "Laptop", "docking station": "Dockingstation", "monitor": "Bildschirm", "keyboard": "Tastatur",
           "mouse": "Maus", "printer": "Drucker", "phone": "Handy", "desk phone": "Tischtelefon", "battery": "Akku",
           "charger": "Netzteil", "hard disk": "Festplatte", "my account": "Mein Konto", "my password": "Mein Passwort",
           "the shared drive": "Das Gruppenlaufwerk", "the finance folder": "Der Finanzordner", "my badge": "Mein Ausweis",
           "the coffee machine": "Die Kaffeemaschine", "the meeting room booking": "Die Raumbuchung",
           "the parking permit": "Der Parkausweis", "an invoice": "Eine Rechnung", "the office keys": "Die Büroschlüssel",
           "my desk move": "Mein Umzug", "a training course": "Eine Schulung", "the office network": "Das Büronetz",
           "the guest Wi-Fi": "Das Gäste-WLAN", "the internet connection": "Die Internetverbindung"},
    "fr": {"laptop": "l'ordinateur portable", "printer": "l'imprimante", "monitor": "l'écran", "keyboard": "le clavier",
           "my account": "mon compte", "my password": "mon mot de passe", "the coffee machine": "la machine à café",
           "the meeting room booking": "la réservation de salle", "the office network": "le réseau du bureau",
           "the shared drive": "le lecteur partagé", "charger": "le chargeur"},
    "es": {"laptop": "el portátil", "printer": "la impresora", "monitor": "la pantalla", "keyboard": "el teclado",
           "my account": "mi cuenta", "my password": "mi contraseña", "the coffee machine": "la cafetera",
           "the meeting room booking": "la reserva de sala", "the office network": "la red de la oficina",
           "the shared drive": "la unidad compartida", "charger": "el cargador"},
}

NAMES = ["Anna", "Ben", "Chris", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemal", "Lea", "Marco",
         "Nora", "Olga", "Paul", "Quentin", "Rosa", "Sven", "Tanja"]

# Cross-category sentences: the words of one category in a ticket of another (a laptop on Wi-Fi, a printer on the network).
MISLEADING = {
    "en": ["My laptop is fine otherwise.", "Outlook works.", "The Wi-Fi seems okay.", "I can log in normally.",
           "The printer next to me works.", "Not sure if it is the network or the software."],
    "de": ["Der Laptop selbst läuft sonst.", "Outlook geht.", "Das WLAN scheint ok.", "Anmelden geht normal.",
           "Keine Ahnung ob Netzwerk oder Software."],
    "fr": ["Le Wi-Fi semble ok.", "Je peux me connecter normalement."],
    "es": ["El wifi parece bien.", "Puedo iniciar sesión normal."],
}

LANGUAGES = [("en", 0.58), ("de", 0.27), ("fr", 0.08), ("es", 0.07)]
CATEGORIES = [("network", 0.24), ("hardware", 0.22), ("software", 0.24), ("access", 0.20), ("other", 0.10)]
GROUP = {"network": "network-ops"}


def pick_weighted(rng, pairs):
    x, acc = rng.random(), 0.0
    for value, weight in pairs:
        acc += weight
        if x < acc:
            return value
    return pairs[-1][0]


def typo(rng, text, rate):
    """Swaps, drops or doubles letters as hurried people type."""
    out = list(text)
    for i in range(len(out) - 1):
        if out[i].isalpha() and rng.random() < rate:
            kind = rng.randrange(3)
            if kind == 0:
                out[i], out[i + 1] = out[i + 1], out[i]
            elif kind == 1:
                out[i] = ""
            else:
                out[i] = out[i] * 2
    return "".join(out)


def product(rng, lang, category):
    name = rng.choice(PRODUCTS[category])
    return PRODUCT_LOCAL.get(lang, {}).get(name, name)


def ticket(rng, number):
    lang = pick_weighted(rng, LANGUAGES)
    category = pick_weighted(rng, CATEGORIES)
    p = product(rng, lang, category)
    s = rng.choice(SYMPTOMS[lang][category])
    c = rng.choice(CONTEXT[lang])
    sev, priority = rng.choice(SEVERITY[lang])
    if category == "other" and priority in ("P1", "P2"):
        sev, priority = "", "P4"  # nobody's canteen question stops production
    fill = {"p": p, "P": p[:1].upper() + p[1:], "s": s, "S": s, "c": c, "C": c, "c2": c,
            "n": rng.choice(NAMES), "n2": rng.choice(NAMES), "sev": sev}
    subject = rng.choice(SUBJECTS[lang]).format(**fill)
    body = rng.choice(BODIES[lang]).format(**fill)
    if rng.random() < 0.25:
        body += " " + rng.choice(MISLEADING[lang])
    if rng.random() < 0.12:
        body = ""  # some people write only a subject
    if rng.random() < 0.3:
        subject, body = typo(rng, subject, 0.04), typo(rng, body, 0.03)
    if rng.random() < 0.15:
        subject = subject.lower()
    return {"id": number, "language": lang, "subject": subject.strip()[:255], "description": body.strip(),
            "category": category, "priority": priority, "assignmentGroup": GROUP.get(category, "service-desk")}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1200
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    rng = random.Random(seed)
    for number in range(1, count + 1):
        print(json.dumps(ticket(rng, number), ensure_ascii=False))


if __name__ == "__main__":
    main()
