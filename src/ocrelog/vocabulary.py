"""The warning-sign vocabulary: tables a clinician can review, no code that decides.

Everything the matcher (signs.py) knows about language is here: the signs the
Ocrevus label asks people to act on, each with its words, its category, its
urgency and the label section it comes from; the words that negate a sign or
say it has passed; the contexts that are not a sign at all (a flu jab, a
covid test); and the real words that look like a typo of a sign word.
docs/rules.md shows these tables (a test keeps the page and this module in step).

How a phrase is written:

- words in order, as whole words; the matcher forgives case, spacing,
  punctuation, plurals and one slipped letter in a word of five letters or more;
- ``{pee}`` stands for every word of the group ``pee`` in ``GROUPS``;
- ``a|b`` is either word;
- ``...`` lets up to ``GAP_WORDS`` other words stand in between
  ("pee ... dark" finds "pee is dark brown");
- a phrase that starts with ``=`` counts only as the whole clause ("=cold"
  is "cold" or "a cold", not "cold hands").

Beyond the words of a sign, the tables below say when a sign that is written is not happening,
the way ConText (Harkema et al., 2009) reads clinical notes: each is a cue and the part of the
clause it reaches (negated, passed, someone else's, told of the past, a worry or a plan, an
answer, a harmless cause, the person's usual).

The sources are the US prescribing information (PI) and Medication Guide of
Ocrevus and Ocrevus Zunovo, and the EU SmPC and package leaflet, section by
section as each sign's category names.
"""

from __future__ import annotations

from typing import NamedTuple

NOW = "now"
SOON = "soon"
NEXT_CONTACT = "next contact"

#: Urgency tiers, most urgent first, with the words that open each advice line.
TIERS = {
    NOW: "Seek help now",
    SOON: "Contact your MS team soon",
    NEXT_CONTACT: "Mention it at your next contact with your MS team",
}
TIER_ORDER = (NOW, SOON, NEXT_CONTACT)

#: ``...`` in a phrase: at most this many other words in between.
GAP_WORDS = 4
#: A slipped letter is forgiven in words of at least this many letters.
TYPO_MIN_LETTERS = 5
#: A negation cue reaches a sign at most this many words after it, in its clause.
NEGATION_REACH = 5
#: A word saying the sign has passed reaches back at most this many words.
RESOLUTION_REACH = 6
#: A neurological sign logged again within this many days is the person's usual.
USUAL_DAYS = 14
#: A vaccination or test word reaches a sign at most this many words away ("flu jab", "tested for covid").
CONTEXT_REACH = 2
#: A number in these ranges may be a body temperature (°C, °F); outside them it is something else.
CELSIUS_RANGE = (34.0, 43.0)
FAHRENHEIT_RANGE = (90.0, 110.0)
#: A temperature at or above this is a very high fever: seek help now.
VERY_HIGH_FEVER_C = 40.0
VERY_HIGH_FEVER_F = 104.0


class Category(NamedTuple):
    name: str
    display: str
    label: str  # where the label names it
    advice: str  # the advice of its signs, unless a sign has its own


class Sign(NamedTuple):
    key: str
    category: str
    tier: str
    phrases: tuple[str, ...]
    advice: str | None = None  # when this sign needs other words than its category's


class Combination(NamedTuple):
    """Two signs in one entry that together are more urgent than either."""

    key: str
    category: str
    tier: str
    first: frozenset[str]
    second: frozenset[str]
    advice: str


CATEGORIES: tuple[Category, ...] = (
    Category(
        "breathing",
        "breathing",
        "PI 5.1 Infusion Reactions (anaphylaxis); Medication Guide: swelling of the throat, "
        "trouble breathing; SmPC 4.4 hypersensitivity",
        "Seek help now (call an ambulance) if breathing or swallowing is hard, "
        "or your throat, tongue or lips swell.",
    ),
    Category(
        "infusion_reaction",
        "infusion reaction",
        "PI 5.1 Infusion Reactions / Injection Reactions (Zunovo); Medication Guide: "
        "infusion reactions",
        "Contact your MS team today: reactions can come up to 24 hours after a dose. "
        "Seek help now if breathing gets hard or you feel faint.",
    ),
    Category(
        "injection_reaction",
        "injection reaction",
        "PI 5.1 Injection Reactions (Ocrevus Zunovo, 920 mg under the skin); Medication Guide "
        "(Zunovo): injection reactions, at the injection site or all over",
        "Contact your MS team today: reactions can come up to 24 hours after an injection, "
        "where it went in or all over. Seek help now if breathing gets hard or you feel faint.",
    ),
    Category(
        "infection",
        "infection",
        "PI 5.2 Infections (respiratory, herpes, hepatitis B); Medication Guide: infections",
        "Contact your MS team soon, today if you have a fever: "
        "infections need checking while on Ocrevus.",
    ),
    Category(
        "bowel",
        "bowel",
        "PI 5.6 Immune-Mediated Colitis; Medication Guide: inflammation of the colon",
        "Contact your MS team soon if diarrhoea goes on for days, "
        "or there is blood or bad stomach pain.",
    ),
    Category(
        "liver",
        "liver",
        "PI 5.7 Liver Injury; Medication Guide: liver problems",
        "Contact your MS team soon: yellow skin or eyes, or dark urine, need a blood test.",
    ),
    Category(
        "neurological",
        "neurological",
        "PI 5.3 Progressive Multifocal Leukoencephalopathy; Medication Guide: PML; "
        "relapses of MS",
        "Contact your MS team soon about new or worsening symptoms that last more than a day.",
    ),
)

#: Word groups a phrase names as ``{group}``.
GROUPS: dict[str, tuple[str, ...]] = {
    "pee": ("urine", "pee", "peeing", "wee", "weeing", "urinating", "urination", "piss", "pissing", "waterworks"),
    "poo": ("stool", "poo", "poop", "stools", "faeces", "feces", "motion", "motions", "bowels"),
    "dark": ("dark", "brown", "darker", "tea", "cola", "orange", "coke", "coffee", "stout", "guinness", "bovril",
             "rust", "rusty", "mahogany", "amber"),
    "limb": ("arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "side", "face"),
    "face": ("face", "cheeks", "cheek", "neck", "chest"),
    "hard": ("hard", "difficult", "tough", "struggling", "struggle", "trouble", "difficulty", "problems", "problem"),
    "swollen": ("swollen", "swelling", "swelled", "puffy", "swell", "puffed", "puffing", "thick",
                # swelling said as growing bigger ("my face has blown up", "lips ballooned")
                "blown", "ballooned", "ballooning", "bloated"),
    "throat": ("throat", "tongue", "lips", "lip", "mouth", "face"),
    "tummy": ("stomach", "tummy", "belly", "abdominal", "abdomen", "gut"),
    "see": ("see", "read", "focus"),
    "dose": ("infusion", "drip", "dose", "ocrevus", "injection", "treatment", "jab", "injections"),
    "tired": ("tired", "tiredness", "exhausted", "exhaustion", "knackered", "wiped", "drained", "shattered",
              "fatigue", "fatigued", "zonked", "worn"),
    "hot": ("hot", "boiling", "roasting", "burning", "sweating", "sweaty"),
    "cold": ("cold", "freezing", "frozen", "shivery", "icy"),
    "sight": ("sight", "eyesight", "vision", "eyes"),
    "blurred": ("blurry", "blurred", "fuzzy", "funny", "strange", "weird", "dim", "cloudy", "double", "worse",
                "wrong", "off"),
    "cant": ("cant", "cannot", "couldnt", "unable", "cnt", "cudnt", "cant even", "wont", "impossible"),
    "features": ("face", "mouth", "smile", "lip", "lips", "eyelid", "cheek", "jaw"),
    "droop": ("drooping", "droops", "drooped", "droopy", "droop", "dropped", "sagging", "sags", "sagged",
              "lopsided", "crooked"),
    "fine": ("zip", "zips", "zipper", "button", "buttons", "laces", "shoelaces", "earring", "earrings",
             "clasp", "necklace", "jewellery", "jewelry"),
    "site": ("injection", "injected", "injecting", "jab", "jabbed", "needle", "site", "shot", "spot", "skin",
             # where a dose under the skin is given
             "tummy", "stomach", "belly", "abdomen", "thigh", "area"),
    "local": ("red", "redness", "swollen", "swelling", "puffy", "sore", "soreness", "tender", "pain", "painful",
              "hurts", "hurting", "burning", "burns", "stinging", "itchy", "itching", "itch", "hot", "warm",
              "lump", "lumpy", "bump", "hard", "bruised", "bruise", "bruising", "throbbing", "rash", "patch",
              "blotch", "welt", "raised", "pink",
              # said as what it looks like ("rashy", "blotchy") or as growing ("a swollen bit")
              "rashy", "blotchy", "bumpy"),
    "wound": ("wound", "graze", "scratch", "scrape", "blister", "incision", "scar", "stitches", "ulcer"),
    "infected": ("red", "hot", "swollen", "weepy", "weeping", "oozing", "pus", "angry", "throbbing", "spreading",
                 "smelly", "inflamed"),
    "lft": ("lft", "lfts", "alt", "ast", "ggt", "bilirubin", "enzymes", "liver"),
    "raised": ("high", "raised", "up", "abnormal", "elevated", "deranged", "off", "bad", "higher", "rising"),
    "say": ("say", "says", "said", "saying", "tells", "told", "thinks", "noticed", "reckons", "spotted"),
    # sight told by how it looks: what the view is likened to being seen through
    "veil": ("frosted", "foggy", "fog", "misty", "mist", "steamed", "smeared", "greasy", "dirty", "haze", "hazy",
             "net", "veil", "vaseline", "smoke", "water", "cling", "gauze", "murky"),
    # what a person can no longer do with their hands: the things they drop or miss
    "things": ("things", "everything", "stuff", "cups", "cup", "mug", "mugs", "glass", "glasses", "keys", "plates",
               "cutlery", "pen", "phone"),
    # things held in the hand at a meal or a desk, which a clumsy hand lets fall ("dropped 3 plates")
    "held": ("cup", "cups", "mug", "mugs", "glass", "plate", "plates", "bowl", "bowls", "dish", "dishes", "cutlery",
             "fork", "forks", "spoon", "spoons", "knife", "knives", "pen", "pens", "tray"),
    # a part of the body that will not do what it is told
    "part": ("hand", "hands", "arm", "arms", "leg", "legs", "foot", "feet", "fingers", "side"),
    # words a text jumps, swims or doubles in
    "print": ("words", "letters", "print"),
    "moving": ("swim", "swims", "swimming", "jump", "jumps", "jumping", "dance", "dancing", "double", "blur",
               "blurs", "blurring", "wobble", "wobbling", "shimmer", "shimmering"),
    # a neck that will not move: a stiff neck said another way
    "bend": ("bend", "move", "turn", "bow", "tilt", "twist"),
}

SIGNS: tuple[Sign, ...] = (
    # -- breathing: at any time, seek help now -------------------------------------------
    Sign("trouble breathing", "breathing", NOW, (
        "{hard} breathing", "{hard} to breathe", "breathing ... {hard}", "{cant} breathe|breath",
        "can not breathe|breath", "{hard} ... breath", "breathing ... laboured|labored",
        "{hard} for breath", "fighting for breath", "gasping for breath", "{cant} get ... air",
        "air hunger", "airway ... tight", "airways ... tight", "whistling ... breathe|breath|breathing",
        "out of breath ... sitting|resting|rest|lying|still|nothing|talking|speaking", "puffed out",
        "short of breath", "shortness of breath", "breathless", "breathlessness",
        "catch ... breath", "gasping", "wheezing", "wheeze", "wheezy", "laboured breathing",
        "labored breathing", "dyspnoea", "dyspnea", "bronchospasm", "stridor",
        "chest ... tight", "tight chest", "chest tightness", "tightness in ... chest",
        "out of breath", "panting", "puffing and panting", "breathing ... heavy|tight|tighter",
        "{cant} get ... breath", "sob on|walking|climbing|exertion|moving|new",
        "short|shorter on breath", "shorter of breath", "shorter breath",
        "sob ... stairs|upstairs|walking|hill|new|worse",
    )),
    Sign("swelling of the throat", "breathing", NOW, (
        "{swollen} {throat}", "{throat} ... {swollen}",
        "{swollen} of ... {throat}", "throat ... closing", "closing throat",
        "throat ... tight", "tight throat", "angioedema", "{throat} ... big|huge|enormous|fat",
    )),
    Sign("trouble swallowing", "breathing", NOW, (
        "{hard} swallowing", "{hard} to swallow", "{cant} swallow", "stuck when ... swallow",
        "swallowing is {hard}", "swallowing {hard}",
    )),
    Sign("anaphylaxis", "breathing", NOW, ("anaphylaxis", "anaphylactic", "allergic shock")),
    # -- infusion reactions: from the dose to the end of the next day ---------------------
    Sign("itching", "infusion_reaction", SOON, ("itching", "itchy", "itch", "itches", "itchiness", "pruritus",
        "scratching|scratched ... raw|skin|arms|legs|myself|constantly|bleeding",
    )),
    Sign("rash", "infusion_reaction", SOON, (
        "rash", "hives", "urticaria", "welts", "erythema", "red blotches", "blotchy", "blotches",
        "red ... skin", "skin ... red", "red spots", "bumps on ... skin",
    )),
    Sign("flushing", "infusion_reaction", SOON, (
        "flushing", "flushed", "red {face}", "{face} ... red", "redness ... {face}", "facial redness",
        "hot flush", "hot flushes", "face|cheeks|cheek ... pink|burning|glowing|glowy",
    )),
    Sign("throat irritation", "infusion_reaction", SOON, (
        "throat irritation", "irritated throat", "itchy throat", "scratchy throat", "throat itch",
        "throat ... itchy|scratchy|irritated|sore|tickly", "throat pain", "mouth and throat pain", "sore throat",
    )),
    Sign("tiredness at the dose", "infusion_reaction", SOON, (
        "{tired} ... {dose}",
    )),
    Sign("dizziness", "infusion_reaction", SOON, (
        "dizziness", "dizzy", "lightheaded", "light headed", "faint", "fainted", "fainting", "faintness",
        "woozy", "vertigo", "spinning", "nearly|almost passed|blacked out", "nearly|almost fainted", "room spinning", "head spinning", "pass out", "going to pass out",
        "giddy", "passing out", "felt like passing out",
    )),
    Sign("nausea", "infusion_reaction", SOON, (
        "nausea", "nauseous", "nauseated", "queasy", "feeling sick", "feel sick", "felt sick",
        "vomiting", "vomited", "threw up", "throw up", "throwing up", "being sick", "was sick", "chucked up",
        "chucking up", "puked", "puking", "retching",
        # regional and slang words for being sick
        "boak", "boaking", "boke", "bokeing", "bilious", "barf", "barfing", "barfed", "upchuck", "gagging",
        "spew", "spewed", "spewing", "chunder", "chundered", "chundering", "chunders", "hurled", "hurling up",
        "heaving up", "honked up", "sick up", "been sick",
    )),
    Sign("headache", "infusion_reaction", SOON, (
        "headache", "head ache", "pounding|banging|thumping|throbbing|splitting|bursting head", "migraine",
        "head ... hurts|hurting|pounding|paining|thumping|throbbing|banging|killing|aching",
    )),
    Sign("fast heartbeat", "infusion_reaction", SOON, (
        "fast heartbeat", "fast heart beat", "fast heart", "racing heart", "heart racing", "heart is racing",
        "heart pounding", "pounding heart", "palpitations", "tachycardia", "heart fluttering",
        "flutter|fluttery|fluttering|racing|pounding|irregular ... heart|heartbeat",
        "pulse ... racing|fast|pounding|high|thumping", "heart going like",
        "heartbeat ... fast|racing|fluttery|irregular|pounding",
        "heart|heartbeat ... fluttering|flutters|fluttery|skipping|skips|jumping|thumping|banging|galloping",
        # the heart called by another name ("ticker", "heart rate")
        "ticker|heartrate|hr ... racing|fast|pounding|flutters|fluttering|thumping|banging|galloping|skipping|high",
        "heart rate ... racing|fast|pounding|high|up",
    )),
    Sign("low blood pressure", "infusion_reaction", SOON, (
        "low blood pressure", "blood pressure ... dropped|low|fell|crashed", "bp ... dropped|low|fell|crashed",
        "hypotension", "hypotensive",
    )),
    Sign("injection site reaction", "injection_reaction", SOON, (
        "{site} ... {local}", "{local} ... {site}", "{local} ... where ... {site}", "{local} ... from ... {site}",
    )),
    Sign("fever at the dose", "infusion_reaction", SOON, (
        "fever", "fevers", "feverish", "feverishness", "febrile", "pyrexia", "pyrexial", "high temperature",
        "high temp", "running a temp", "running a temperature", "burning up",
    )),
    # -- infections ------------------------------------------------------------------------
    Sign("fever", "infection", SOON, (
        "fever", "fevers", "feverish", "feverishness", "febrile", "pyrexia", "pyrexial", "high temperature",
        "high temp", "temperature", "temp", "temps", "running a temp", "burning up",
    )),
    # Its advice names the threshold, signs.VERY_HIGH_FEVER_C and _F, filled in by signs.py.
    Sign("very high fever", "infection", NOW, (), "Seek help now: a temperature of {celsius} °C ({fahrenheit} °F) "
         "or more needs a doctor straight away."),
    Sign("chills", "infection", SOON, (
        "chills", "chill", "shivers", "shivering", "shivery", "shiver", "rigors", "the shakes",
        "shaking", "{hot} and|then|to {cold}", "{cold} and|then|to {hot}", "night sweats", "sweats",
        "cold sweat", "cold sweats", "sweating ... night", "nightsweats", "teeth chattering", "chattering teeth",
    )),
    Sign("urine infection", "infection", SOON, (
        "uti", "utis", "urine infection", "urinary infection", "urinary tract infection", "bladder infection",
        "kidney infection", "cystitis", "dysuria", "burning|burns|stinging|stings|hurts|pain|painful|sore ... {pee}",
        "burning|burns|stinging|stings|hurts|pain ... pass|passing water",
        "{pee} ... burns|burning|stings|stinging|hurts|painful|sore|smells|cloudy", "cloudy {pee}",
        "smelly {pee}", "blood in ... {pee}", "bloody {pee}", "{pee} ... razor|razors|glass|knives",
        "{pee} ... every ... mins|minutes|min|hour|hours|half", "{pee} ... hourly|constantly", "my water|waters ... burns|burning|stings|stinging|cloudy|smells",
        "loo|toilet ... every ... mins|minutes|min|hour|hours|half", "loo|toilet ... stings|burns|burning|stinging",
    )),
    Sign("chest infection", "infection", SOON, (
        "chest infection", "pneumonia", "bronchitis", "cough", "coughing", "chesty",
        "phlegm", "mucus",
    )),
    Sign("flu or covid", "infection", SOON, (
        "flu", "influenza", "flu like", "flulike", "fluey", "fluish", "flu ish", "covid", "coronavirus",
        "covid 19", "covid19", "rsv",
        "tested positive", "test positive", "two lines ... covid|flu|test|lft|lateral", "test was positive", "test is positive", "positive test",
        "positive ... lateral flow|pcr|covid|flu", "lateral flow ... positive", "pcr ... positive",
    )),
    Sign("cold", "infection", SOON, (
        "=cold", "=colds", "common cold", "head cold", "chest cold", "heavy cold", "bad cold", "full of cold",
        "stinking cold", "streaming cold", "caught a cold", "got a cold", "have a cold", "has a cold",
        "with a cold", "coming down with", "runny nose", "blocked nose", "stuffy nose", "sore throat",
        "throat ... sore", "sinusitis", "sinus infection", "ear infection", "earache",
        "tonsillitis", "strep", "throat ... razor|razors|glass|sandpaper|knives",
        "tonsils ... swollen|huge|white|spots|pus", "white spots ... throat|tonsils",
        "coloured|colored|green|yellow|thick ... snot|gunk|mucus|catarrh",
        "snot|gunk|mucus|catarrh|phlegm ... coloured|colored|green|yellow", "sinus|sinuses ... pain|ache|aching|pressure|blocked",
        "ear|ears ... gunk|discharge|discharging|leaking|oozing|weeping|pus|goo|gooey|crusty|throbbing",
    )),
    Sign("herpes", "infection", SOON, (
        "cold sore", "coldsore", "herpes", "shingles", "genital sore", "genital sores", "genital blisters",
        "sores down below",
        "blisters", "blister", "zoster",
    )),
    Sign("eye infection", "infection", SOON, (
        "eye pain", "eyes hurt", "eye hurts", "painful eye", "red eye", "red eyes", "eye redness",
        "eye ... red", "eyes ... red", "pink eye", "conjunctivitis", "sore eye", "sore eyes", "bloodshot",
    )),
    Sign("hepatitis B", "infection", SOON, ("hep b", "hepatitis b", "hepatitis", "hbv")),
    Sign("infection", "infection", SOON, (
        "infection", "infections", "infected", "sepsis", "septic", "antibiotics", "antibiotic",
        "amoxicillin", "nitrofurantoin", "trimethoprim", "doxycycline", "antiviral", "antivirals", "abx",
        "oozing", "pus", "weeping wound", "thrush", "oral thrush", "yeast infection", "candida",
        "red hot", "hot and red", "red and hot", "red ... spreading", "redness ... spreading", "red streak",
        "red line ... up", "{wound} ... {infected}", "a boil", "boil on", "lump ... bigger|growing|painful",
        "aciclovir", "acyclovir", "valaciclovir", "valacyclovir", "abscess", "cellulitis",
    )),
    Sign("stiff neck", "infection", SOON, (
        "stiff neck", "neck ... stiff", "neck stiffness", "neck ... {cant} {bend}", "{cant} {bend} ... neck",
        "{cant} ... chin ... chest", "neck ... locked|rigid|seized",
    )),
    Sign("worst headache", "infection", NOW, (
        "worst headache", "severe headache", "terrible headache", "awful headache", "splitting headache",
        "excruciating headache", "blinding headache", "thunderclap headache",
    ), "Seek help now: a severe headache needs checking today, above all with a stiff neck, "
       "a fever or confusion."),
    # -- bowel -----------------------------------------------------------------------------
    Sign("diarrhoea", "bowel", SOON, (
        "diarrhoea", "diarrhea", "diarrhoe", "diarrhoeas", "loose {poo}", "runny {poo}", "watery {poo}",
        "liquid {poo}", "{poo} ... water|watery|liquid|runny|loose", "the runs", "the trots", "the squits", "dire rear", "the squitters",
        # told by time spent on the toilet
        "on the loo|toilet|bog all day|night|morning|evening|afternoon", "on the loo|toilet|bog constantly|nonstop",
        "living|stuck on the loo|toilet|bog",
        "{cant} get|getting|stay off ... loo|toilet|bog",
        "gippy tummy", "dodgy tummy", "squits", "diarhea", "diahrea", "diarhoea", "diahorrea",
        "the shits", "runny tummy", "upset stomach",
        "stomach bug", "tummy bug", "gastro", "food poisoning", "colitis",
        # common misspellings, and regional and slang words for it
        "diarrea", "diarea", "diarrohea", "diorrhoea", "diorrhea", "diorrhea", "diarreah", "diarrhia",
        "scutters", "skitters", "the skits", "squirts", "the squirts", "delhi belly", "bombay belly",
        "montezumas revenge", "loose bowels", "the gallops", "back door trots", "runny bum",
        "like a tap|hose ... back|bum|bottom|behind|arse|backside",
    )),
    Sign("blood in stool", "bowel", SOON, (
        "blood ... {poo}", "bloody {poo}", "black|tarry|red ... {poo}", "{poo} ... black|bloody|tarry|tar|red",
        "black tarry", "melaena", "melena", "bleeding from ... bottom",
        "rectal bleeding", "blood when i wipe", "blood on ... paper|tissue",
        "blood ... wipe|wiping|toilet|loo|pan", "blood when i go", "blood after going",
    )),
    Sign("stomach pain", "bowel", SOON, (
        "{tummy} pain", "{tummy} pains", "{tummy} ache", "{tummy} aches", "stomachache", "tummyache",
        "{tummy} ... paining|hurting|hurts|aching|cramping",
        "bellyache", "{tummy} cramps", "cramping {tummy}", "pain in ... {tummy}",
    )),
    # -- liver -----------------------------------------------------------------------------
    Sign("jaundice", "liver", SOON, (
        "jaundice", "jaundiced", "yellow skin", "yellow eyes", "yellowing", "yellowish skin",
        "yellowish eyes", "skin ... yellow|yellowish|yellowy", "eyes ... yellow|yellowish|yellowy",
        "whites ... yellow|yellowish|yellowy",
        "yellow|yellowy ... eyes",
        "icteric", "icterus", "sclera ... yellow",
        "yellow|yellowy ... skin", "going|turning|turned|gone|look|looking|looks yellow",
        "going|turning|turned|gone|went|gone a ... yellow|yellowish|yellowy",
        "yellow|yellowish|yellowy tinge|tint|hue|cast|tone", "tinge|tint|hue of yellow",
    )),
    Sign("liver results", "liver", SOON, (
        "{lft} ... {raised}", "abnormal|raised|high|elevated|deranged ... {lft}", "liver function ... {raised}",
    )),
    Sign("dark urine", "liver", SOON, (
        "{dark} ... {pee}", "{pee} ... {dark}", "my water|waters ... {dark}",
        "pale {poo}", "clay coloured {poo}", "clay colored {poo}", "pain ... upper right",
        "upper right ... pain", "right upper", "right ... ribs|ribcage|rib", "ribs on the right", "liver pain",
        "ruq", "top right ... {tummy}", "upper right ... {tummy}",
    )),
    # -- neurological ----------------------------------------------------------------------
    Sign("relapse", "neurological", SOON, (
        "relapse", "relapses", "relapsing", "relapsed", "flare", "flare up", "flared", "flaring",
        "ms attack", "ms ... flair|flare", "new symptom", "new symptoms", "worsening symptoms", "symptoms worse",
        "symptoms getting worse", "optic neuritis", "lhermitte", "lhermittes",
    )),
    Sign("vision changes", "neurological", SOON, (
        "double vision", "diplopia", "{blurred} {sight}", "{sight} ... {blurred}",
        "vision loss", "loss of vision", "lost vision", "lost my vision", "vision problem", "vision problems",
        "changes in ... vision", "change in ... vision", "vision changes", "vision changed", "vision change",
        "{cant} {see} properly|clearly|well|straight", "blind spot", "seeing double",
        "blurry|blurred|fuzzy|misty|hazy|cloudy|shimmery|shimmering|flickering|jumping|smudged ... eye|eyes|vision|sight",
        "vision|sight ... shimmery|shimmering|flickering|jumping|jumpy|misty|hazy|grey|gray|patchy|dark",
        "smudge|smudgy|patch|shadow|curtain|spot ... vision|sight",
        "colours|colors ... washed|faded|dull|dim|wrong|faint", "lost ... vision|sight", "lost ... of my vision|sight",
        "smudge|smudgy|patch|shadow|curtain|spot|blob|hole|gap|blur|blank ... what i see",
        "looking|seeing|peering through ... {veil}",
        "middle|centre|center|edge|edges|corner|side of ... vision|sight",
        "{print} ... {moving}", "seeing|see|saw two of everything|anything|everyone|things|it|them|stuff|faces|words",
    )),
    Sign("weakness", "neurological", SOON, (
        "weakness", "weak|weaker ... {limb}", "{limb} ... weak|weaker", "weak ... side", "{limb} ... dragging",
        "dragging ... {limb}",
        "=weak", "feel weak", "feeling weak", "felt weak", "legs gave way", "leg gave way",
        "foot drop", "dragging ... leg", "cant lift", "paralysis", "paralysed", "paralyzed",
        "{cant} lift|raise|move|feel ... {limb}",
        "{limb} ... gave|giving way", "{limb} ... went|gone dead",
        "{limb} ... useless|floppy",
    )),
    Sign("numbness", "neurological", SOON, (
        "numbness", "numb", "pins ... needles", "tingling", "tingly", "loss of feeling", "no feeling in",
        "paraesthesia", "paresthesia", "paraesthesiae",
    )),
    Sign("clumsiness", "neurological", SOON, (
        "clumsy", "clumsiness", "loss of coordination", "poor coordination", "coordination", "uncoordinated",
        "loss of balance", "lost my balance", "balance problems", "balance worse", "off balance",
        "unsteady", "wobbly", "stumbling", "falling over", "keep falling", "losing ... balance", "ataxia",
        "balance ... worse|bad|off|gone|terrible",
        "keep dropping", "dropping|drops {things}", "dropped|dropping|drops|drop ... {held}",
        "{part} ... {cant} do|obey|work|listen|cooperate|respond", "{part} ... not doing what",
        "reach|reaching|reached|reaches|grab|grabbing|grabbed for ... and miss|missing|missed|misses",
        "keep|kept|keeps missing|miss ... {held}",
        "dropping things", "dropping ... things", "bumping into", "walking into things", "knocking things",
        "{cant} do|manage|fasten|undo|get|put ... {fine}", "{fine} ... {cant}", "{fine} ... {hard}", "{fine} ... struggle|struggling",
        "fumbling|fumbled|fumble|fumbly|fiddling ... {fine}",
        "{cant} hold|grip ... pen|cup|fork|spoon|cutlery|keys|mug|glass",
        "fingers ... useless|clumsy|wont|dead", "handwriting ... spidery|messy|worse|illegible|shaky|wobbly|tiny|small|smaller|scrawly|scrawl|scribbly|cramped|unreadable|awful|terrible",
        "typing ... mistakes|wrong|errors", "knocking ... over", "reach|reaching|reached|reaches ... miss|missing|missed|misses",
        "balance ... awful|shocking|dreadful|poor", "like being|im on a boat|ship|ferry", "like i was on a boat|ship|ferry",
        "{cant} walk ... straight", "walking like ... drunk",
    )),
    Sign("changes in thinking", "neurological", SOON, (
        "confusion", "confused", "muddled", "disoriented", "disorientated", "changes in ... thinking",
        "change in ... thinking", "thinking changes", "trouble thinking", "cant think straight",
        "memory loss", "memory problems", "losing my memory", "memory ... worse|shot|bad|terrible|going|poor|awful",
        "forgetting words", "forgetting names", "cant remember", "cognitive", "cognition",
        "acting different|differently|strange|strangely|weird|oddly", "words ... wrong|muddled|jumbled|slurred",
        "speech ... slurred|slurry|slurring|slow|strange|wrong|off|funny|weird|odd|garbled",
        "talking|talk|talked|speaking|muttering|mumbling|babbling|rambling ... gibberish|nonsense|rubbish",
        "saying|said|using|used ... wrong word|words|name|names", "not like me|myself", "talking|talked|speaking rubbish",
        "brain fog ... worse", "personality change", "personality changed", "personality ... changed",
        "not myself", "not himself|herself|themself|themselves", "not like him|her|them", "trouble speaking", "slurred speech", "speech slurred", "slurring",
        "cant get ... words out", "words muddled", "trouble finding words",
        "{cant} find ... words|word", "words ... wrong order", "repeating myself", "forgetting things",
        "forgetful", "asking ... same question|questions|thing|things", "talking nonsense",
        "not making sense", "making no sense", "behaving ... odd|oddly|strange|strangely|weird|weirdly|differently",
        "acting ... odd|oddly|strange|strangely|weird|weirdly|differently", "acting ... out of character",
        "got|getting|get lost ... driving|way|route|home|walking", "lost my way", "forgot the way",
        "got|getting|get|gets ... lost ... driving|way|route|home|walking|road",
        "forgetting|forgets|forgot|forget where i|she|he|they|we am|is|are|was|were|live|lives",
        "said|saying|says|wrote|writing|typed ... when i|she|he|they meant|mean",
        "losing|lost|loses|lose track of ... saying|said|talking|sentence|sentences|thoughts",
    )),
    Sign("seizure", "neurological", NOW, (
        "seizure", "seizures", "seizer", "siezure", "convulsion", "convulsions", "convulsing", "had a fit",
        "having a fit", "a fit", "fitting", "=fit", "fit ... woke|floor|ambulance|paramedics|bit|bitten|jerking",
        "blacked out", "passed out", "lost consciousness", "unconscious",
        "woke|came|coming ... on the floor", "found me on the floor", "on the floor ... jerking|twitching|shaking|fitting",
        "jerking|twitching|thrashing|shaking ... on the floor", "twitching and jerking", "jerking and twitching",
        "jerking ... arms|legs|body|all over", "shaking ... blacked|passed out",
    ), "Seek help now (call an ambulance) for a seizure or passing out."),
    Sign("face drooping", "neurological", NOW, (
        "{features} ... {droop}", "drooping|droopy|lopsided|crooked|sagging ... {features}", "one side of ... face",
    ), "Seek help now (call an ambulance): a face drooping on one side, or weakness of one side "
       "that came on suddenly, can be a stroke."),
    Sign("sudden weakness of one side", "neurological", NOW, (), "Seek help now (call an ambulance): "
         "a face drooping on one side, or weakness of one side that came on suddenly, can be a stroke."),
)

#: Signs in one entry that together need help now: the label's signs of a
#: serious herpes infection (severe headache with a stiff neck or a fever,
#: confusion with a fever).
COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        "headache with stiff neck or fever", "infection", NOW,
        frozenset({"headache", "worst headache"}), frozenset({"stiff neck", "fever", "very high fever"}),
        "Seek help now: a severe headache with a stiff neck or fever can be a serious infection.",
    ),
    Combination(
        "confusion with fever", "infection", NOW,
        frozenset({"changes in thinking"}), frozenset({"fever", "very high fever"}),
        "Seek help now: confusion with a fever can be a serious infection.",
    ),
    Combination(
        "stiff neck with fever", "infection", NOW,
        frozenset({"stiff neck"}), frozenset({"fever", "very high fever"}),
        "Seek help now: a stiff neck with a fever can be a serious infection.",
    ),
)

#: Phrases that hold a sign's words but are no sign: a sign found inside one does not count.
IDIOMS: tuple[str, ...] = (
    "cabin fever", "fever pitch", "spring fever", "saturday night fever", "weakness for",
    "itching to", "itching for", "flushed the", "flush the", "flushed out", "chill out", "chilled out",
    "chilling out", "sick of", "sick and tired", "pain in the neck", "shaking hands", "shaking my head",
    "shaking off", "fit in with", "fits in with", "fit into", "keep fit", "get fit", "fit for", "fit and",
    "threw a fit", "throw a fit", "throwing a fit", "blows hot and cold", "blow hot and cold",
    "blowing hot and cold", "jaundiced view", "red eye flight", "the red eye", "is a headache",
    "was a headache", "what a headache", "such a headache", "real headache", "head spinning from",
    "seeing double the", "football fever", "tempers flared", "temper flared", "shivers down",
    "on the run", "a run", "cold call", "cold turkey", "cold shoulder", "cold one", "cold drink",
    "cold water", "cold shower", "cold weather", "cold day", "cold night", "cold outside",
    "cold hands", "cold feet", "cold hand", "cold wind", "out cold", "ice cold", "feeling cold",
    "rash decision", "flu jab", "rash of", "swallow my pride", "breathe a sigh", "breathing space",
    "breath of fresh air", "take my breath away", "took my breath away", "fever dream", "fit of",
    "roof shingles", "shingles on the roof", "shingles on the shed", "room temperature",
    "temperature outside", "temperature dropped outside", "temp job", "as a temp", "temp work",
    "temp agency", "temperature control", "temp at work", "temp at the", "temp for", "temping",
    "temp contract", "temp role", "temp shift", "new temp", "jaw dropped", "jaw drop", "jaw dropping",
    "dropped open", "lost sight of", "lose sight of", "losing sight of", "red hot chilli", "red hot chili",
    "a thrush in", "song thrush", "mistle thrush",
    "leaves|leaf|grass|lawn|banana|bananas|plant|plants|paint|paper|pages|teeth ... yellow", "hot and cold water", "hot and cold taps",
    "hay fever", "hay feverish",
    # a sign word used to describe a thing ("a heart racing thriller")
    "heart racing|pounding|stopping thriller|film|movie|match|game|final|finish|finale|ride|read|book|novel|episode|ending|climax|race|shootout",
    # a fitting for clothes
    "dress|suit|bra|shoe|wedding|kitchen|carpet fitting", "fitting room|rooms|appointment", "a fitting for", "cup fever", "fever tree", "gold fever", "election fever", "christmas fever",
    "double digits", "double figures", "on pins and needles", "confused by",
    "temperature checked", "temp checked", "took my temp", "took my temperature", "taking my temp",
    "taking my temperature", "checked my temp", "checked my temperature", "temp taken", "temperature taken",
)

#: Words that, before a sign in the same clause, say it is absent.
NEGATIONS = frozenset({
    "no", "not", "without", "never", "none", "nor", "neither", "didnt", "doesnt", "dont", "isnt",
    "wasnt", "arent", "werent", "havent", "hasnt", "hadnt", "wont", "aint", "denies", "denied",
    "nil", "zero", "free of", "finished", "stopped", "completed", "negative", "negative for", "ruled out",
    "free from",
})
#: Words after a negation that undo it ("not sure if", "no idea why").
NOT_NEGATIONS = frozenset({"sure", "certain", "only", "just", "idea", "doubt", "clue", "better", "worse", "improving"})
#: Words that, after a sign in the same clause, say it has passed.
RESOLUTIONS = frozenset({
    "gone", "cleared", "clearing", "resolved", "healed", "healing", "free", "stopped", "passed",
    "settled", "disappeared", "subsided", "ended", "finished", "went away", "gone away", "no more",
    "is over", "was over", "are over", "broke", "broken", "cured",
    "no longer", "normal", "fine", "ok", "okay", "negative", "all better", "better now", "is better",
    "are better", "much better", "lot better", "loads better", "getting better", "improving", "improved",
    "nearly gone", "almost gone", "all gone", "faded", "fading", "eased", "easing", "on the mend",
    "calmed down", "clearing up", "cleared up",
    # a sign expected that never came
    "never came", "never happened", "never showed", "never appeared", "never arrived", "never started",
    "never developed", "didnt come", "didnt happen", "didnt appear", "didnt show",
})
#: Words next to a sign word that make it a vaccination, a test or a check, not a sign.
NOT_A_SIGN = frozenset({
    "jab", "jabs", "vaccine", "vaccines", "vaccination", "vaccinations", "vaccinated", "booster",
    "boosters", "shot", "shots", "immunisation", "immunization", "test", "tests", "tested",
    "testing", "swab", "check", "screening", "screen", "appointment",
    "clinic", "leaflet", "season", "awareness", "risk", "prevention", "spray", "aisle",
    "checked", "syrup", "lozenges", "list",
    # an activity named by a sign word ("spinning class")
    "class", "classes", "lesson", "lessons", "instructor",
})
#: A sign after one of these words in its clause is someone else's ("grandson has a cold"),
#: unless the person speaks of themself in between ("partner says I had a fit").
OTHER_PEOPLE = frozenset({
    "husband", "hubby", "wife", "partner", "son", "daughter", "grandson", "granddaughter", "mum", "mom",
    "mother", "dad", "father", "kids", "kid", "child", "children", "friend", "colleague", "sister",
    "brother", "baby", "boyfriend", "girlfriend", "neighbour", "neighbor", "grandma", "grandad", "nan",
    "he", "she", "they", "everyone", "someone", "dog", "cat", "grandkids", "grandkid", "grandchildren",
    "people", "nephew", "niece", "aunt", "uncle", "boss", "wifes", "husbands",
    "youngest", "eldest", "flatmate", "housemate", "roommate", "mate", "cousin", "gran", "granny", "grandpa",
    "grandfather", "grandmother", "stepson", "stepdaughter", "toddler", "puppy", "pet", "auntie", "his",
    "family", "relative", "colleagues",
    # people met by chance: at the infusion unit, on the bus ("the lady in the next chair")
    "lady", "ladies", "woman", "women", "gentleman", "guy", "bloke", "fella", "chap", "girl",
    "boy", "lad", "lass", "patient", "patients",
})
#: Things that are not people: a sign after one in its clause is the thing's ("the car is
#: wheezing", "engine seized", "jumper label itching my neck"), as for another person.
THINGS = frozenset({
    "car", "cars", "van", "engine", "motor", "mower", "lawnmower", "tractor", "bike", "boiler", "kettle",
    "laptop", "computer", "printer", "fridge", "freezer", "dishwasher", "radiator", "pipes", "heating",
    "jumper", "sweater", "label", "tag", "wool", "socks", "boots", "bus", "train", "plant", "plants", "tree",
    "lawn", "battery", "wifi", "router", "telly", "tv",
})
#: A text that opens with the writer naming themself as someone writing for the person the journal
#: is kept for ("husband here", "carer note", "daughter writing for mum", "on behalf of"): its signs of
#: another person are that person's. One of OTHER_PEOPLE or CARERS, then one of CARER_MARKS.
CARERS = frozenset({"carer", "carers", "caregiver", "caretaker", "nurse", "helper", "pa"})
#: ... or it opens with one of these (someone a journal may be kept for) whose thinking has changed.
CARED_FOR = frozenset({
    "husband", "hubby", "wife", "partner", "son", "daughter", "mum", "mom", "mother", "dad", "father", "sister",
    "brother", "grandma", "grandad", "nan", "gran", "granny", "grandpa", "grandfather", "grandmother", "aunt",
    "auntie", "uncle", "he", "she",
})
CARER_MARKS = frozenset({"here", "writing", "note", "notes", "typing", "speaking", "update", "entry", "logging"})
CARER_OPENERS = frozenset({"writing for", "typing for", "on behalf of", "logging for", "writing this for"})
SELF = frozenset({"i", "im", "ive", "id", "me", "myself", "mine"})

#: A clause with one of these tells of the past: its signs are history, not a warning.
PAST = frozenset({
    "years ago", "year ago", "months ago", "month ago", "last year", "last month", "back in",
    "as a child", "as a kid", "when i was", "years back", "had it before",
    "history of", "as a baby", "as a newborn", "as a toddler", "as a teenager", "as a teen", "as a student",
    "in my teens", "in my twenties", "growing up", "last infusion", "last dose", "previous infusion",
    "previous dose", "last winter", "last summer", "last spring", "last autumn", "last christmas",
    "in the past", "used to", "had one before", "decades ago", "previously", "family history",
    "first infusion", "first dose", "first treatment", "first ever infusion",
})
#: ... but a span of time up to now when one of these stands just before it ("weaker over the last
#: month", not "last month").
UP_TO_NOW = frozenset({"over the", "in the", "during the", "for the", "within the"})
#: A year (YEARS, a four-digit number in that range) after one of these tells of the past ("last
#: relapse was 2019", "since 2015", "in 2015").
YEAR_LINKS = frozenset({"in", "was", "were", "since", "from", "back"})
YEARS = (1900, 2099)
#: A sign after one of these in its clause is a worry, a question, a plan or an instruction,
#: not something that is happening ("what if i get shingles", "call them if your pee is dark").
HYPOTHETICAL = frozenset({
    "if", "in case", "incase", "what if", "worried about", "worried i", "worried it", "worry about",
    "worrying about", "scared of", "afraid", "fear of", "might", "should i", "should my", "should it",
    "watch for", "watch out for", "look out for", "keep an eye out", "asked about",
    "asked if", "asked whether", "hope not", "hoping not", "to avoid", "risk of", "chance of", "leaflet says",
    "leaflet said", "in the event", "rule out", "to check for", "screen for",
})
#: A clause that opens with one of these and asks with one of QUESTION_ASKS ("what temp should i
#: ring them at", "how do you tell a relapse from ...") asks about its signs: they are not reported,
#: unless the writer speaks again or points at one before it ("what should i do about my rash").
QUESTION_OPENERS = frozenset({"what", "how", "which", "when", "at what"})
QUESTION_ASKS = frozenset({
    "should i", "should we", "should you", "do i", "do you", "do we", "does one", "can i", "can you", "can we",
    "would you", "is it", "are you", "do they", "does it", "should it", "would i", "will i", "do people",
})
#: A clause that opens with one of YES_NO_OPENERS and asks with one of CAUSE_ASKS asks whether
#: something causes its sign ("does ocrevus cause diarrhoea", "can the drip give you headaches"):
#: the sign is not reported ("what causes my headaches" is not such a question).
YES_NO_OPENERS = frozenset({"does", "do", "can", "could", "will", "would", "is", "might", "may"})
CAUSE_ASKS = frozenset({"cause", "causes", "give you", "give people", "make you", "trigger", "lead to", "bring on"})
#: Between a sign's own words, one of these says it has not happened yet ("the site will go red").
NOT_YET = frozenset({"will", "might", "gonna"})
#: Just before a sign (at most two words) after a worry's cue, one of these says the sign is
#: here now ("should I worry about this numb patch").
HERE_NOW = frozenset({"this", "these"})
#: ... except inside one of these, which tell of something felt now ("feel like i might faint").
NOT_HYPOTHETICAL = frozenset({
    "like i might", "as if", "even if", "not sure if", "unsure if", "wonder if", "wondering if", "dont know if",
    "see if", "might have", "might be having", "may have", "worried about this", "worried about my",
    "worried about the", "worried about these",
})
#: A clause that is only one of these (or a passed or usual cue) answers the clause before it:
#: "they asked about a fever - no", "nurse checked my temp, all normal".
ANSWERS = frozenset({
    "no", "nope", "none", "nah", "nil", "negative", "nothing", "all normal", "normal", "all fine", "fine",
    "all clear", "clear", "said no", "i said no", "none since", "all ok", "all okay", "came back normal",
    "came back clear", "nothing new", "not new",
})
#: A clause that opens (after FILLER and one of REFERS) with one of RESOLUTIONS, then nothing or one of
#: WHEN_PASSED, and names no sign, says the sign of the clause before it passed ("flushed during the
#: drip but its gone now", "site was pink but faded by lunch"; not "headache, gone to bed").
REFERS = frozenset({"it", "its", "that", "thats", "they", "theyre", "theyve", "which", "both", "all", "was", "is"})
WHEN_PASSED = frozenset({"by", "after", "within", "in", "overnight", "already", "quickly", "since", "before", "at"})
#: After a word saying a sign passed, one of these makes the next sign the cure ("cleared with antibiotics").
CURE_LINKS = frozenset({"with", "after", "by", "on", "thanks"})
#: A sign followed in its clause by a link and one of these has a harmless cause ("stiff neck from
#: sleeping funny", "dizzy with happiness", "tummy ache after too much ice cream").
CAUSE_LINKS = frozenset({"from", "after", "because", "due", "with", "of", "since", "during", "in"})
#: "in" right after one of these says when, not why ("kicked in on the drive home").
ONSET_VERBS = frozenset({"kicked", "kicks", "kicking", "set", "sets", "setting", "came", "comes", "coming"})
#: After a resolution's word, one of these says it compares, not that the sign passed ("worse than normal").
COMPARED = frozenset({"than"})
#: Before a resolution's word anywhere after the sign in its clause, one of these makes the sign its
#: subject: it has passed ("the rash I had at the clinic has cleared").
PERFECT = frozenset({"has", "have", "had", "is", "are"})
#: After a negation, "and" then one of SELF ends the negation's reach: a new subject ("neck wont bend
#: and im burning up").
NEW_SUBJECT_LINKS = frozenset({"and", "so"})
#: ... and, for a cure ("settled by teatime and now my lips are swelling": the swelling is no cure),
#: one of these after "and" as well.
NEW_TURNS = frozenset({"now", "then", "my", "suddenly"})
#: ... or a harmless cause, then one of these, before the sign ("drank litres of water so peeing a lot").
CAUSE_BEFORE = frozenset({"so", "hence", "thats why", "which is why"})
BENIGN_CAUSES = frozenset({
    "sleeping", "slept", "pillow", "sofa", "couch", "gardening", "garden", "digging", "lifting", "gym",
    "workout", "exercise", "running", "jogging", "hiking", "dancing", "yoga", "pilates", "ice cream",
    "curry", "spicy", "chilli", "takeaway", "too much", "wine", "beer", "drinking", "hangover", "hungover",
    "alcohol", "happiness", "relief", "excitement", "laughing", "laughter", "crying", "joy", "pride",
    "watch strap", "strap", "too many", "overeating", "new shoes", "shoes", "sun", "sunburn", "heat", "sauna", "hot bath", "reading",
    "screen", "dim light", "onions", "chopping", "nettles", "nettle", "shaving", "plaster",
    "washing powder", "perfume", "suncream", "allergy", "hay", "sitting", "sat", "drive", "driving", "kneeling",
    # what is in the air, the water or on the skin
    "smoke", "smoky", "bonfire", "fire", "dust", "dusty", "pollen", "fumes", "shampoo", "soap", "chlorine",
    "pool", "swimming", "snow", "rain", "wind", "frost", "windy", "icy",
    # voices and hands worked hard
    "singing", "sang", "shouting", "shouted", "karaoke", "cheering", "gripping", "holding", "carrying",
    "typing", "knitting", "steering", "hoovering", "scrubbing",
    # what was taken or drunk
    "prep", "laxative", "laxatives", "senna", "iron", "beetroot", "drank", "water", "fluids", "coffee",
    # excitement
    "match", "game", "penalty", "penalties", "shootout", "final", "exam", "exams", "interview", "film", "movie",
})
#: After "from", one of these is a harmless cause too: pressure from sitting ("numb from the chair";
#: not "faint in the chair").
PRESSED_BY = frozenset({"chair", "seat", "desk", "bench", "saddle", "armrest", "toilet seat"})
#: An entry with one of these words gives a sign of the key another sense ("chills" from a film).
OTHER_SENSES: dict[str, frozenset[str]] = {
    "chills": frozenset({
        "film", "movie", "music", "song", "songs", "choir", "concert", "horror", "scary", "goosebumps",
        "speech", "story", "performance", "singing", "gig", "show",
    }),
    # "cant breathe lol": laughing, not breathing trouble
    "trouble breathing": frozenset({"lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "pmsl"}),
    # "itchy feet": the itch to travel
    "itching": frozenset({"holiday", "holidays", "travel", "travelling", "traveling", "trip", "getaway", "abroad",
                          "wanderlust"}),
    # hot flushes of the menopause
    "flushing": frozenset({"menopause", "menopausal", "perimenopause", "perimenopausal", "hrt"}),
}
#: In one entry, the second sign is part of the first (a seizure's shaking is not chills).
PART_OF: dict[str, frozenset[str]] = {"seizure": frozenset({"chills"})}
#: A "flare" with one of these in its clause is of that condition, not of MS.
OTHER_CONDITIONS = frozenset({
    "eczema", "psoriasis", "arthritis", "gout", "acne", "rosacea", "dermatitis", "lupus", "crohns", "ibs",
    "hayfever", "allergy", "allergies", "skin", "joint", "joints", "knee", "knees", "back", "hip", "asthma",
    "cystitis", "colitis", "sciatica", "migraine", "fibro", "fibromyalgia", "endo", "endometriosis",
})
#: Before a seizure's words, one of these makes it a near faint, not a seizure ("nearly passed out").
NEAR_MISS = frozenset({"nearly", "almost", "close to", "about to", "like i was going to"})
#: Weakness in a clause with one of these came on suddenly: seek help now.
SUDDEN = frozenset({
    "sudden", "suddenly", "all of a sudden", "out of nowhere", "out of the blue", "came on fast",
    "in seconds", "in minutes", "without warning",
})
#: Weakness of one side (ONE_SIDE) found on waking (WAKING) came on suddenly too ("woke up and cant
#: lift my left arm").
WAKING = frozenset({"woke", "woke up", "woken", "woken up", "waking", "on waking"})
ONE_SIDE = frozenset({"left", "right", "one side"})
#: A neurological sign in a clause with one of these is the person's usual, not a new one.
NOT_NEW = frozenset({
    "usual", "as usual", "as always", "same as", "about the same", "the same", "for years", "no change",
    "no worse", "unchanged", "as before", "always have", "always had", "old symptom", "old symptoms",
    "nothing new", "not new", "same every", "same old", "normal for me", "my normal",
    "nothing different", "no different", "not different", "nothing worse",
})

#: ... but not when it says more than that ("more than usual").
STILL_NEW = frozenset({
    "than usual", "than the usual", "than normal", "than before", "than ever", "worse", "much worse",
    "spreading", "getting worse", "different", "new", "creeping", "cant walk",
    "worsening", "spread", "can not walk", "cannot walk", "couldnt walk", "unable to walk", "cant stand",
    "cannot stand",
})

#: A sign said to be here with one of these or STILL_NEW, then another sign, is not swallowed by a
#: resolution after the other ("rash still spreading and the itch has gone": the itch passed).
STILL = frozenset({"still", "remains", "still there", "not going", "persists", "lingering"})
#: ... unless the clause says the test was positive.
POSITIVE = frozenset({"positive", "two lines", "two line", "high", "raised", "abnormal", "elevated", "deranged"})
#: A dose's reaction that says there was none (`--reaction none`).
NO_REACTION = frozenset({
    "none", "no", "nothing", "nil", "na", "n", "a", "not", "any", "reaction", "reactions", "zero", "noted",
    "so", "far",
})
#: Words left out when a phrase must be the whole clause ("=cold": "got a bad cold").
FILLER = frozenset({
    "a", "an", "the", "some", "bit", "of", "slight", "slightly", "mild", "bad", "really", "very", "got",
    "have", "has", "having", "had", "i", "ive", "im", "still", "again", "today", "tonight", "yesterday",
    "now", "my", "little", "quite", "so", "think", "maybe", "probably", "new", "horrible", "nasty",
    "coming", "down", "with", "caught",
})
#: A pulse (one of PULSE_WORDS, then a number) above FAST_PULSE, up to PULSE_MAX, is a fast heartbeat.
PULSE_WORDS = frozenset({"pulse", "heart rate", "heartrate", "hr", "bpm", "heart"})
FAST_PULSE = 120
PULSE_MAX = 250
#: Texting shorthand, read as the word it stands for.
SHORTHAND = {
    "n": "and", "w": "with", "cos": "because", "coz": "because", "bc": "because", "abt": "about",
    "tho": "though", "u": "you", "ur": "your", "wiv": "with",
    "sik": "sick", "hdache": "headache", "hedache": "headache", "hedake": "headache", "brethe": "breathe",
    # breath as it is said
    "breff": "breath", "bref": "breath", "breth": "breath",
}
#: Numbers written in words ("thirty eight point five", "a hundred and two"), read as digits.
NUMBER_WORDS = {
    "zero": 0, "nought": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Words where a clause ends (besides , ; . ! ? and a new line).
CLAUSE_BREAKS = frozenset({"but", "however", "though", "although", "yet", "except"})
#: Real words one letter away from a sign word: never read as a slip of it.
LOOKALIKES = frozenset({
    "fewer", "lever", "never", "fiver", "couch", "touch", "hikes", "hires", "hiker", "flake",
    "flaked", "flame", "flair", "stood", "stoop", "stole", "rushy", "raise", "ruins", "rains",
    "wheel", "wheels", "chips", "shaker", "shaken", "sweet", "sweets", "fluid", "blush", "color", "colon", "clump", "clamp", "numbs", "dizzie",
    "infant", "infest", "weaken", "weakest", "blurt", "blurts", "swear",
    "rashly", "rasher", "fitted", "fitter", "fitness", "couches", "shingle", "timed", "tines", "chilly", "chilled",
    "covet", "coven", "fluke", "flume", "blunt", "stiffy", "chilli", "chili", "chilis", "chillies",
    "painting", "panning", "planting", "seized", "seizing",
})
#: Numbers with these units after them are not temperatures.
OTHER_UNITS = frozenset({
    "kg", "kgs", "kilos", "lb", "lbs", "pounds", "stone", "st", "mg", "ml", "mm", "cm", "km", "miles",
    "mi", "bpm", "hours", "hour", "hrs", "hr", "mins", "min", "minutes", "steps", "g", "mmol",
    "percent", "pct", "years", "days", "weeks", "am", "pm", "x",
})
#: Clauses with these words read their numbers as something other than a temperature.
OTHER_MEASURES = frozenset({
    "heart", "pulse", "bpm", "hr", "weight", "weigh", "weighed", "bp", "sugar", "glucose", "oxygen",
    "sats", "spo2", "steps", "pressure", "edss", "score", "mg", "dose", "walked", "walk",
})
#: Words that make a number in their clause a body temperature.
TEMPERATURE_WORDS = frozenset({
    "temp", "temps", "temperature", "temperatures", "fever", "feverish", "thermometer",
    "degrees", "deg", "running", "reading",
})

#: Small words left out when a text is compared with the person's usual symptoms.
USUAL_STOPWORDS = frozenset({
    "a", "an", "the", "my", "in", "on", "of", "and", "or", "with", "at", "to", "is", "am", "im",
    "i", "ive", "have", "has", "had", "some", "bit", "little", "usual", "as", "always", "same",
    "today", "again", "still", "feel", "feeling", "very", "quite", "slight", "slightly", "mild",
})


def markdown() -> str:
    """These tables as Markdown, for docs/rules.md (``python -m ocrelog.vocabulary``)."""
    def cell(words) -> str:
        return ", ".join(w.replace("|", " or ") for w in words)

    def urgency(tier: str) -> str:
        return TIERS[tier][:1].lower() + TIERS[tier][1:]

    lines = ["| category | advice | where the label names it |", "| --- | --- | --- |"]
    lines += [f"| `{c.name}` | {c.advice} | {c.label} |" for c in CATEGORIES]
    lines += ["", "| sign | category | urgency | its words |", "| --- | --- | --- | --- |"]
    derived = {
        "very high fever": f"a temperature of {VERY_HIGH_FEVER_C} °C ({VERY_HIGH_FEVER_F:g} °F) or more, "
        "written or measured",
        "sudden weakness of one side": "a weakness sign with a word of suddenness (below) in its clause",
    }
    lines += [
        f"| {s.key} | `{s.category}` | {urgency(s.tier)} | {cell(s.phrases) or derived[s.key]} |" for s in SIGNS
    ]
    lines += ["", "| together, in one entry | category | urgency |", "| --- | --- | --- |"]
    lines += [
        f"| {' or '.join(sorted(c.first))} with {' or '.join(sorted(c.second))} | `{c.category}` | {urgency(c.tier)} |"
        for c in COMBINATIONS
    ]
    lines += ["", "| word group | its words |", "| --- | --- |"]
    lines += [f"| `{{{name}}}` | {cell(words)} |" for name, words in GROUPS.items()]
    lines += [
        "",
        "| table | words |",
        "| --- | --- |",
        f"| negations (before a sign) | {cell(sorted(NEGATIONS))} |",
        f"| ...except when followed by | {cell(sorted(NOT_NEGATIONS))} |",
        f"| passed (after a sign) | {cell(sorted(RESOLUTIONS))} |",
        f"| not a sign (next to one) | {cell(sorted(NOT_A_SIGN))} |",
        f"| ...unless the clause says | {cell(sorted(POSITIVE))} |",
        f"| someone else's (before a sign) | {cell(sorted(OTHER_PEOPLE))} |",
        f"| ...unless the writer says | {cell(sorted(SELF))} or my + anything else |",
        f"| a thing, not a person (before a sign: the thing's) | {cell(sorted(THINGS))} |",
        f"| a carer's note opens with (one of) | {cell(sorted(OTHER_PEOPLE | CARERS))} |",
        f"| ...then | {cell(sorted(CARER_MARKS))} |",
        f"| ...or opens with | {cell(sorted(CARER_OPENERS))} |",
        f"| ...or opens with one of these, whose thinking has changed | {cell(sorted(CARED_FOR))} |",
        f"| a question opens with | {cell(sorted(QUESTION_OPENERS))} |",
        f"| ...and asks with | {cell(sorted(QUESTION_ASKS))} |",
        f"| not yet (inside a sign's words) | {cell(sorted(NOT_YET))} |",
        f"| told of the past (in the clause) | {cell(sorted(PAST))}, in + a year |",
        f"| a worry, a question or a plan (before a sign) | {cell(sorted(HYPOTHETICAL))} |",
        f"| ...except inside | {cell(sorted(NOT_HYPOTHETICAL))} |",
        f"| ...or when the sign comes just after | {cell(sorted(HERE_NOW))}, or after I again |",
        f"| a clause that answers the one before | {cell(sorted(ANSWERS))}, or only passed or usual words |",
        f"| passed + one of these: the cure, not a sign | {cell(sorted(CURE_LINKS))} |",
        f"| a harmless cause (after a sign and one of: {cell(sorted(CAUSE_LINKS))}; or before it and one of: "
        f"{cell(sorted(CAUSE_BEFORE))}) | {cell(sorted(BENIGN_CAUSES))} |",
        *(f"| another sense of {key} (in the entry) | {cell(sorted(words))} |" for key, words in OTHER_SENSES.items()),
        *(f"| part of a {key} (in the entry) | {cell(sorted(parts))} |" for key, parts in PART_OF.items()),
        f"| a flare of another condition (in the clause) | {cell(sorted(OTHER_CONDITIONS))} |",
        f"| a near faint, not a seizure (before it) | {cell(sorted(NEAR_MISS))} |",
        f"| weakness that came on suddenly: seek help now | {cell(sorted(SUDDEN))} |",
        f"| texting shorthand | {cell(f'{k} = {v}' for k, v in SHORTHAND.items())} |",
        f"| numbers in words | {cell(NUMBER_WORDS)}, hundred, point |",
        f"| a neurological sign as usual | {cell(sorted(NOT_NEW))} |",
        f"| ...unless it says | {cell(sorted(STILL_NEW))} |",
        f"| left out when compared with your usual symptoms | {cell(sorted(USUAL_STOPWORDS))} |",
        f"| no reaction (`--reaction none`) | {cell(sorted(NO_REACTION))} |",
        f"| left out of a whole-clause phrase | {cell(sorted(FILLER))} |",
        f"| idioms (no sign) | {cell(IDIOMS)} |",
        f"| clause ends at | , ; . ! ? and {cell(sorted(CLAUSE_BREAKS))} |",
        f"| never read as a slip | {cell(sorted(LOOKALIKES))} |",
    ]
    return "\n".join(lines) + "\n"


START, END = "<!-- vocabulary:start -->\n", "<!-- vocabulary:end -->"


def with_tables(page: str) -> str:
    """``page`` with the text between its vocabulary markers replaced by :func:`markdown`."""
    head, rest = page.split(START, 1)
    return head + START + markdown() + END + rest.split(END, 1)[1]


if __name__ == "__main__":  # python -m ocrelog.vocabulary [docs/rules.md]: print, or update the page
    import sys
    from pathlib import Path

    if len(sys.argv) > 1:
        target = Path(sys.argv[1])
        target.write_text(with_tables(target.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(markdown(), end="")
