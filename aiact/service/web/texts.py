"""The Dutch of the questionnaire's interface texts (round 2 of the web pages).

The pages translate with :func:`aiact.i18n.t` (the shared catalogue); the texts the
questionnaire added are translated here as well, so the pages are Dutch before the catalogue has
them. The catalogue wins where it has a text (its translation is the reviewed one): see
:func:`translate`. Each English text is marked with ``N_`` so the catalogue tool finds it.
"""

from __future__ import annotations

from aiact.i18n import N_, Lang, t

NL: dict[str, str] = {
    # the interview over the API (aiact.service.interviews)
    N_("must be a JSON object"): "moet een JSON-object zijn",
    N_("unknown field"): "onbekend veld",
    N_("must be one of {values}"): "moet een van deze zijn: {values}",
    N_("more than {limit} answers"): "meer dan {limit} antwoorden",
    N_("must be a question id"): "moet het id van een vraag zijn",
    N_("not an answer"): "geen antwoord",
    N_("must be a text of at most {limit} characters"): "moet een tekst van ten hoogste {limit} "
    "tekens zijn",
    N_("There is no question {key}."): "Er is geen vraag {key}.",
    N_("the facts of the case cannot start the interview"): "met de feiten van de casus kan de "
    "vragenlijst niet beginnen",
    N_("not a question of the interview"): "geen vraag van de vragenlijst",
    N_("not an allowed answer to this question"): "geen toegestaan antwoord op deze vraag",
    # the last of the allowed values that pydantic lists ('a', 'b' or 'c')
    N_("or"): "of",
    # the web pages
    N_("Answer the questions"): "Beantwoord de vragen",
    N_(
        "Answer one question at a time about your AI system or AI model. Each question says why "
        "it is asked and which articles it is about; if you do not know an answer, choose "
        '"I don\'t know". At the end you see the risk category on the date, the obligations '
        "with their dates and the maximum fines."
    ): "Beantwoord een vraag per keer over uw AI-systeem of AI-model. Bij elke vraag staat "
    "waarom die gesteld wordt en over welke artikelen zij gaat; weet u een antwoord niet, kies "
    "dan \u201cweet ik niet\u201d. Aan het eind ziet u de risicoklasse op de datum, de "
    "verplichtingen met hun data en de maximale geldboeten.",
    N_("What do you want to know?"): "Wat wilt u weten?",
    N_("Only the risk category (fewest questions)"): "Alleen de risicoklasse (de minste vragen)",
    N_("The risk category and the obligations"): "De risicoklasse en de verplichtingen",
    N_("Everything: also the dates and the fines"): "Alles: ook de data en de geldboeten",
    N_("Date of the assessment"): "Datum van de beoordeling",
    N_("The day on which the AI Act is applied (YYYY-MM-DD); empty: today."): "De dag waarop "
    "de AI-verordening wordt toegepast (JJJJ-MM-DD); leeg: vandaag.",
    N_("Start the questionnaire"): "Begin de vragenlijst",
    N_("Name of the AI system or AI model (optional)"): "Naam van het AI-systeem of AI-model "
    "(niet verplicht)",
    N_("Or assess a case file"): "Of beoordeel een casusbestand",
    N_("Question {n}"): "Vraag {n}",
    N_("Next"): "Volgende",
    N_("I don't know"): "Weet ik niet",
    N_("Back"): "Terug",
    N_("Terms used in this question"): "Begrippen in deze vraag",
    N_("Articles: {cites}"): "Artikelen: {cites}",
    N_("Not sure about some of these?"): "Twijfelt u over sommige?",
    N_("Tick what you are not sure of; those facts stay unknown."): "Vink aan waarover u "
    "twijfelt; die feiten blijven onbekend.",
    N_("Not sure: {option}"): "Niet zeker: {option}",
    N_("None of these? Choose nothing and press Next."): "Geen van deze? Kies niets en druk op "
    "Volgende.",
    N_("A date"): "Een datum",
    N_("Date (YYYY-MM-DD)"): "Datum (JJJJ-MM-DD)",
    N_("Amount"): "Bedrag",
    N_("Amount in {unit}"): "Bedrag in {unit}",
    N_("Your answer is needed"): "Uw antwoord ontbreekt",
    N_("Your answer cannot be used"): "Uw antwoord kan niet worden gebruikt",
    N_('Choose an answer, or press "I don\'t know".'): "Kies een antwoord, of druk op "
    "\u201cWeet ik niet\u201d.",
    N_('Give a date as YYYY-MM-DD, or press "I don\'t know".'): "Geef een datum als "
    "JJJJ-MM-DD, of druk op \u201cWeet ik niet\u201d.",
    N_('Give a number, or press "I don\'t know".'): "Geef een getal, of druk op \u201cWeet "
    "ik niet\u201d.",
    # the reason is the library's, naming the question (fix18: not every refused answer
    # contradicts an earlier one; a date can be no date)
    N_("The reason: {reason}."): "De reden: {reason}.",
    N_("Your answers so far"): "Uw antwoorden tot nu toe",
    N_("Your answers"): "Uw antwoorden",
    N_("In short"): "In het kort",
    N_("On {date}, {name} is: {tier}."): "Op {date} is {name}: {tier}.",
    N_("Your organisation is: {roles}."): "Uw organisatie is: {roles}.",
    N_("No role of your organisation is certain yet."): "Nog geen rol van uw organisatie is zeker.",
    N_(
        "Obligations: {in_force} apply now, {upcoming} from a later date, {undetermined} may apply."
    ): "Verplichtingen: {in_force} gelden nu, {upcoming} vanaf een latere datum, "
    "{undetermined} gelden misschien.",
    N_("The next date: {date}."): "De eerstvolgende datum: {date}.",
    N_("The highest fine: {amount}."): "De hoogste geldboete: {amount}.",
    N_("{n} facts are still unknown; answering them can change this result."): "{n} feiten "
    "zijn nog onbekend; als u ze beantwoordt, kan deze uitkomst veranderen.",
    N_("Change the last answer"): "Het laatste antwoord wijzigen",
    N_(
        "There is no drawing of this plan here (it is too large, or it took too long); the "
        "tables above list the same obligations."
    ): "Er is hier geen tekening van dit plan (het is te groot, of het tekenen duurde te "
    "lang); de tabellen hierboven noemen dezelfde verplichtingen.",
}


def translate(message: str, lang: Lang, **values: object) -> str:
    """``message`` in ``lang``: the catalogue's text, else this module's Dutch."""
    text = t(message, lang, **values)
    if lang == "nl" and message in NL:
        untranslated = message.format(**values) if values else message
        if text == untranslated:
            return NL[message].format(**values) if values else NL[message]
    return text
