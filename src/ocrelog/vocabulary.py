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
- ``&`` between words lets them come in any order, each within ``NEAR_WORDS``
  of the first ("eye & washed" finds "washed out in my left eye" and "my left
  eye looks washed out"): what a thing is and how it changed, however a
  sentence is built;
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

from ocrelog.entries import VERY_HIGH_FEVER_C

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
#: Each tier by its place in TIER_ORDER (0 is the most urgent), to sort and compare by.
TIER_RANK = {tier: rank for rank, tier in enumerate(TIER_ORDER)}

#: ``...`` in a phrase: at most this many other words in between.
GAP_WORDS = 4
#: ``&`` in a phrase: each word at most this many words before or after the phrase's first.
NEAR_WORDS = 6
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
#: A temperature at or above this is a very high fever: seek help now (the °C line is kept with the
#: temperatures themselves, entries.VERY_HIGH_FEVER_C, which shows no reading rounded onto it).
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
        "Seek help now (call an ambulance) if breathing or swallowing is hard, or your throat, tongue or lips swell.",
    ),
    Category(
        "infusion_reaction",
        "infusion reaction",
        "PI 5.1 Infusion Reactions / Injection Reactions (Zunovo); Medication Guide: infusion reactions",
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
        "Contact your MS team soon, today if you have a fever: infections need checking while on Ocrevus.",
    ),
    Category(
        "bowel",
        "bowel",
        "PI 5.6 Immune-Mediated Colitis; Medication Guide: inflammation of the colon",
        "Contact your MS team soon if diarrhoea goes on for days, or there is blood or bad stomach pain.",
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
        "PI 5.3 Progressive Multifocal Leukoencephalopathy; Medication Guide: PML; relapses of MS",
        "Contact your MS team soon about new or worsening symptoms that last more than a day.",
    ),
)

#: Word groups a phrase names as ``{group}``.
GROUPS: dict[str, tuple[str, ...]] = {
    "pee": (
        "micturition",
        "catheter",
        "urine",
        "pee",
        "peepee",
        "peeing",
        "peed",
        "wee",
        "weeing",
        "urinating",
        "urination",
        "piss",
        "pissing",
        "waterworks",
    ),
    # "pooing water": the verbs too (not "pooped", which is "worn out")
    "poo": (
        "movement",
        "movements",
        "stool",
        "poo",
        "poop",
        "stools",
        "faeces",
        "feces",
        "motion",
        "motions",
        "bowels",
        "pooing",
        "pooping",
        "pooed",
    ),
    "dark": (
        "dark",
        "brown",
        "darker",
        "tea",
        "cola",
        "orange",
        "coke",
        "coffee",
        "stout",
        "guinness",
        "bovril",
        "rust",
        "rusty",
        "mahogany",
        "amber",
        # "-ish" and "-y": nearly that colour ("pee is brownish")
        "brownish",
        "darkish",
        "orangey",
        "orangish",
    ),
    "limb": ("arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "side", "face", "knee", "knees"),
    "face": ("face", "cheeks", "cheek", "neck", "chest", "ears"),
    "hard": (
        "hard",
        "harder",
        "difficult",
        "tough",
        "struggling",
        "struggle",
        "trouble",
        "difficulty",
        "problems",
        "problem",
    ),
    "swollen": (
        "swollen",
        "swelling",
        "swelled",
        "puffy",
        "swell",
        "puffed",
        "puffing",
        "thick",
        # swelling said as growing bigger ("my face has blown up", "lips ballooned")
        "blown",
        "blew",
        "ballooned",
        "ballooning",
        "bloated",
    ),
    "throat": ("throat", "tongue", "lips", "lip", "mouth", "face"),
    "tummy": ("stomach", "tummy", "belly", "abdominal", "abdomen", "abdo", "gut"),
    "see": ("see", "read", "focus"),
    "dose": ("infusion", "drip", "dose", "ocrevus", "injection", "treatment", "jab", "injections"),
    "tired": (
        "tired",
        "tiredness",
        "exhausted",
        "exhaustion",
        "knackered",
        # tired in other Englishes
        "wabbit",
        "jiggered",
        "bushed",
        "pooped",
        "wrecked",
        "sleepy",
        "drowsy",
        "wiped",
        "drained",
        "shattered",
        "fatigue",
        "fatigued",
        "zonked",
        "worn",
        "washed",
    ),
    "hot": ("hot", "boiling", "roasting", "burning", "sweating", "sweaty"),
    "cold": ("cold", "freezing", "frozen", "shivery", "icy"),
    "sight": ("sight", "eyesight", "vision", "eyes"),
    "blurred": (
        "blurry",
        "blurrier",
        "blurred",
        "fuzzy",
        "funny",
        "strange",
        "weird",
        "dim",
        "cloudy",
        "blur",
        "double",
        "worse",
        "wrong",
        "off",
    ),
    "cant": ("cant", "cannot", "couldnt", "unable", "cnt", "cudnt", "cant even", "wont", "wouldnt", "impossible"),
    "features": ("face", "mouth", "smile", "lip", "lips", "cheek", "jaw"),
    # a room's floor a person wakes on ("came round on the kitchen floor")
    "room": ("bathroom", "kitchen", "bedroom", "lounge", "landing", "hall", "hallway", "toilet"),
    # what breath is drawn through in a comparison ("like breathing through wet wool")
    "smother": ("straw", "wool", "flannel", "towel", "cloth", "sponge", "pillow", "blanket"),
    "droop": (
        "drooping",
        "droops",
        "drooped",
        "droopy",
        "droop",
        "dropped",
        "sagging",
        "sags",
        "sagged",
        "saggy",
        "lopsided",
        "crooked",
    ),
    "fine": (
        "bra",
        "hooks",
        "poppers",
        "zip",
        "zips",
        "zipper",
        "button",
        "buttons",
        "laces",
        "shoelaces",
        "earring",
        "earrings",
        "clasp",
        "necklace",
        "jewellery",
        "jewelry",
    ),
    "site": (
        "injection",
        "injected",
        "injecting",
        "jab",
        "jabbed",
        "needle",
        "site",
        "shot",
        "spot",
        "skin",
        # where a dose under the skin is given
        "tummy",
        "stomach",
        "belly",
        "abdomen",
        "thigh",
        "area",
    ),
    "local": (
        "aching",
        "achy",
        "ache",
        "stings",
        "sting",
        "stung",
        "red",
        "redness",
        "swollen",
        "swelling",
        "puffy",
        "sore",
        "soreness",
        "tender",
        "pain",
        "painful",
        "hurts",
        "hurting",
        "burning",
        "burns",
        "stinging",
        "itchy",
        "itching",
        "itch",
        "hot",
        "warm",
        "lump",
        "lumpy",
        "bump",
        "hard",
        "bruised",
        "bruise",
        "bruising",
        "throbbing",
        "rash",
        "patch",
        "blotch",
        "welt",
        "raised",
        "pink",
        # said as what it looks like ("rashy", "blotchy") or as growing ("a swollen bit")
        "rashy",
        "blotchy",
        "bumpy",
    ),
    "wound": (
        "wound",
        "cut",
        "toenail",
        "nail",
        "fingernail",
        "cuticle",
        "graze",
        "scratch",
        "scrape",
        "blister",
        "incision",
        "scar",
        "stitches",
        "ulcer",
        # a bite or a sting ("cat bite on my hand is swollen")
        "bite",
        "bites",
        "sting",
        "splinter",
        "thorn",
        # where a tube goes in ("catheter site red and weeping")
        "catheter",
        "cannula",
    ),
    "infected": (
        "red",
        "hot",
        "puffy",
        "swollen",
        "weepy",
        "weeping",
        "oozing",
        "oozy",
        "pus",
        "angry",
        "throbbing",
        "spreading",
        "smelly",
        "smells",
        "inflamed",
        "redder",
        "angrier",
        "hotter",
    ),
    "lft": ("lft", "lfts", "alt", "ast", "ggt", "bilirubin", "enzymes", "liver"),
    "raised": ("high", "raised", "up", "abnormal", "elevated", "deranged", "off", "bad", "higher", "rising"),
    "say": ("say", "says", "said", "saying", "tells", "told", "thinks", "noticed", "reckons", "spotted"),
    # sight told by how it looks: what the view is likened to being seen through
    "veil": (
        "frosted",
        "foggy",
        "fog",
        "misty",
        "mist",
        "steamed",
        "smeared",
        "greasy",
        "dirty",
        "haze",
        "hazy",
        "net",
        "veil",
        "vaseline",
        "smoke",
        "water",
        "cling",
        "gauze",
        "murky",
    ),
    # what a person can no longer do with their hands: the things they drop or miss
    "things": (
        "things",
        "everything",
        "stuff",
        "cups",
        "cup",
        "mug",
        "mugs",
        "glass",
        "glasses",
        "keys",
        "plates",
        "cutlery",
        "pen",
        "phone",
    ),
    # things held in the hand at a meal or a desk, which a clumsy hand lets fall ("dropped 3 plates")
    "held": (
        "cup",
        "cups",
        "mug",
        "mugs",
        "glass",
        "plate",
        "plates",
        "bowl",
        "bowls",
        "dish",
        "dishes",
        "cutlery",
        "fork",
        "forks",
        "spoon",
        "spoons",
        "knife",
        "knives",
        "pen",
        "pens",
        "tray",
    ),
    # a part of the body that will not do what it is told
    "part": ("hand", "hands", "arm", "arms", "leg", "legs", "foot", "feet", "fingers", "side"),
    # words a text jumps, swims or doubles in
    "print": ("words", "letters", "print", "lines", "text", "page"),
    "moving": (
        "swim",
        "swims",
        "swimming",
        "jump",
        "jumps",
        "jumping",
        "dance",
        "dancing",
        "double",
        "blur",
        "blurs",
        "blurring",
        "wobble",
        "wobbling",
        "shimmer",
        "shimmering",
        "doubled",
    ),
    # things put where they do not belong ("put her shoes in the fridge")
    "misplaced": (
        "shoes",
        "shoe",
        "keys",
        "phone",
        "kettle",
        "remote",
        "wallet",
        "purse",
        "iron",
        "handbag",
        "glasses",
    ),
    # what a hand aims at and misses when it will not go where it is sent
    "targets": (
        "keyhole",
        "keys",
        "keyboard",
        "lock",
        "switch",
        "button",
        "buttons",
        "mouth",
        "cup",
        "glass",
        "mug",
        "handle",
        "handrail",
        "rail",
        "step",
        "steps",
        "kerb",
        "curb",
    ),
    # a neck that will not move: a stiff neck said another way
    "bend": ("bend", "move", "turn", "bow", "tilt", "twist"),
}

SIGNS: tuple[Sign, ...] = (
    # -- breathing: at any time, seek help now -------------------------------------------
    Sign(
        "trouble breathing",
        "breathing",
        NOW,
        (
            "{hard} breathing",
            # a limit told by what it stops ("can't walk up the stairs without stopping for breath")
            "{cant} walk|climb|get|go|do|dress|shower|talk|finish|manage ... without stopping for breath|air",
            "{cant} walk|climb|get|go|do|dress|shower|talk|finish|manage ... without stopping to catch my|a breath",
            "{hard} for|in breathing|breathe",
            "{hard} to breathe",
            "breathing ... {hard}",
            "{cant} breathe|breath",
            "can not breathe|breath",
            "{hard} ... breath",
            "breathing ... laboured|labored",
            "{hard} for breath",
            "fighting for breath",
            "gasping for breath",
            "{cant} get ... air",
            "air hunger",
            "airway ... tight",
            "airways ... tight",
            "whistling ... breathe|breath|breathing",
            "out of breath ... sitting|resting|rest|lying|still|nothing|talking|speaking",
            "puffed out",
            "short of breath",
            "shortness of breath",
            "breathless",
            "breathlessness",
            "catch ... breath",
            "gasping",
            "wheezing",
            "wheeze",
            "wheezy",
            "laboured breathing",
            "labored breathing",
            "dyspnoea",
            "dyspnea",
            "bronchospasm",
            "stridor",
            "chest ... tight",
            # "chest tighter than this morning"
            "chest ... tighter",
            "tight chest",
            "chest tightness",
            "tightness in ... chest",
            "out of breath",
            "panting",
            "puffing and panting",
            "breathing ... heavy|tight|tighter|funny|weird|strange|odd|wrong|noisy|shallow|rattly|rattling|raspy",
            "breathing ... fast|rapid|quick|quickly",
            "winded",
            "sob at|when|while rest|resting|sitting|lying",
            "stopping|stop|stopped|gasping|fighting for air",
            "kettle|rattle|rattling|crackling|crackly|bubbling|gurgling ... breathe|breathes|breathing|breath",
            "breathing|breath|breathes ... whistly|whistling|rattly|crackly|kettle|gurgly",
            "puffed ... sitting|resting|lying|still|nothing|talking",
            "{cant} lie|lay flat",
            "whistling|whistly|rattling|rattly|crackly|crackling|gurgling|wheezy ... chest",
            "sitting|sat|standing|weight|pressing|pressure ... on my chest",
            "puffing|puffed ... walking|loo|toilet|stairs|dressing|shower|showering",
            "puffing|puffed|panting ... just walking|standing|talking|sitting",
            # breathing as if through something narrow ("like breathing through a straw")
            "breathing|breathe|breath through a straw|pillow|sponge",
            "breath|breaths comes|come|coming through a straw",
            # "chest feels like an elephant is sitting on it" (not an elephant-print blanket)
            "chest ... like an elephant",
            "elephant sitting|sat|standing on my chest",
            # breath drawn through or against something ("like sucking air through a drinking straw",
            # "breathing through wet wool", "a wet flannel over my face", "a corset laced too tight")
            "like|though ... air|breathing|breathe|breath|breaths ... through ... {smother}",
            "breathing|breathe|breath|breaths ... like|though ... through ... {smother}",
            "breathing|breathe|breath|breaths through wet|damp|thick ... {smother}",
            "like|though ... breathing|breathe|breath ... flannel|towel|cloth|pillow|bag|blanket over my face",
            "breathing|breathe|breath ... like|though ... corset",
            # a band round the chest ("a tightness across my chest, like a band", "a drawstring round my chest")
            "tightness across|round|around ... chest",
            "tight across|round|around my chest",
            "tight across|round|around the chest ... like",
            "like ... band|drawstring|belt|vice|vise|strap ... round|around|across ... chest",
            "vice|vise ... round|around|across ... chest",
            "tight|tightening band|drawstring|belt|strap ... round|around|across ... chest",
            "prop|propped|sit|sat|sitting|sleep|sleeping ... up to breathe",
            "{hard} to get ... air",
            "getting|got little air",
            "not getting enough air",
            # lips or skin turning blue or grey: too little air
            "lips|lip|fingertips ... blue|grey|gray|purple|dusky",
            "blue|grey|gray|purple|dusky ... lips|lip",
            "{cant} get ... breath",
            # "not able to" is "cant" ("she is not able to breathe properly")
            "not|isnt|wasnt|arent able to breathe|breath|catch",
            # a breath that cannot be drawn whole ("i cannot take full breath", "cant get a deep breath")
            "{cant} take|draw|get a|one|any full|deep|proper|whole breath",
            "{cant} take|draw|get full|deep|proper|whole breath|breaths",
            # a chest held as in a band, said as a likeness ("chest is like in a belt")
            "chest ... like in|inside a band|belt|vice|vise|strap|corset",
            # "each breath is shallow" (not "held my breath in the shallow end")
            "breath|breaths|breathing is|are|feels|feel|so|really|very|too shallow",
            "shallow breath|breaths|breathing",
            # swallowing that fails again and again ("food keeps going down the wrong way")
            "food|drink|drinks|tea|water|tablets|pills|it keeps|kept going down the wrong way",
            "choking|choke|chokes on ... food|drink|drinks|water|fluids|liquids ... every|each time",
            # "takes him ages to get his breath back"
            "ages|forever|minutes to get ... breath back",
            # voice typing's "short a breath" (of)
            "short a breath",
            # swallowing that fails ("my tablets keep sticking halfway down", "food stuck in my throat")
            "food|tablets|pills|tablet keeps|keep|kept sticking halfway|half",
            "sticking|stuck in my|her|his throat",
            "sob on|walking|climbing|exertion|moving|new",
            "short|shorter on breath",
            # a label's order ("breath - short even sitting on sofa"; not "breathing - short session")
            "breath short|shorter even|at|when|sitting|lying|walking",
            "shorter of breath",
            "shorter breath",
            "sob ... stairs|upstairs|walking|hill|new|worse",
            # a check-in's answer or rating ("SOB: yes, mild"): the breath, not a sob
            "sob yes|yeah|yep|mild|moderate|severe",
        ),
    ),
    Sign(
        "swelling of the throat",
        "breathing",
        NOW,
        (
            "{swollen} {throat}",
            "{throat} ... {swollen}",
            "{swollen} of ... {throat}",
            "throat ... closing",
            "closing throat",
            "throat ... tight",
            "throat ... tightening|narrowing|closing|constricting|constricted",
            "throat feels|is|getting|going|gone|s narrow|narrower",
            "throat ... like|feels|feel|felt|being ... squeezed|squeezing|strangled",
            "tight throat",
            "angioedema",
            "{throat} ... big|huge|enormous|fat",
        ),
    ),
    Sign(
        "trouble swallowing",
        "breathing",
        NOW,
        (
            "{hard} swallowing",
            "{hard} to swallow",
            "{hard} for me|her|him to swallow",
            "{cant} swallow",
            "not|isnt|wasnt|arent able to swallow",
            "stuck when ... swallow",
            # food that sticks on the way down ("food keeps sticking when I swallow")
            "sticking|sticks|sticky when|as ... swallow",
            "swallowing is {hard}",
            "swallowing {hard}",
            "swallowing ... feels|feel|is|getting {hard}",
            # "swallowing has become something of a trial", "my food seems reluctant to go down"
            "swallowing become|becoming|is|getting ... trial|struggle|effort|battle|ordeal|chore|nightmare",
            "swallowing has|is become|becoming|getting ... trial|struggle|effort|battle|ordeal|chore|nightmare",
            "food|pills|tablets ... reluctant|refuses|refusing|wont|struggles|struggling to go down",
            "choked|choking twice|repeatedly ... supper|dinner|lunch|breakfast|meal|meals|eating",
            "pills|tablets|food ... stuck halfway down",
            "pills|tablets|food ... stuck half way down",
        ),
    ),
    Sign("anaphylaxis", "breathing", NOW, ("anaphylaxis", "anaphylactic", "allergic shock")),
    # -- infusion reactions: from the dose to the end of the next day ---------------------
    Sign(
        "itching",
        "infusion_reaction",
        SOON,
        (
            "itching",
            "itchy",
            "itch",
            "itches",
            "itchiness",
            "pruritus",
            "scratching|scratched ... raw|skin|arms|legs|myself|constantly|bleeding",
            "keeps|kept|keep scratching",
        ),
    ),
    Sign(
        "rash",
        "infusion_reaction",
        SOON,
        (
            "rash",
            "hives",
            "urticaria",
            "welts",
            # "raised red weals on my back"
            "weals",
            "wheals",
            # hives by their UK name, or likened to nettle stings ("lumps like nettle stings")
            "nettle rash",
            "like nettle|nettles stings|sting|rash",
            "erythema",
            "red blotches",
            "blotchy",
            "blotches",
            "red ... skin",
            "skin ... red",
            "red spots",
            "bumps on ... skin",
        ),
    ),
    Sign(
        "flushing",
        "infusion_reaction",
        SOON,
        (
            "flushing",
            "flushed",
            "red {face}",
            # "face ... looks beetroot red" (not "red in the face", from rushing or laughing)
            "{face} ... beetroot|lobster|tomato",
            "{face} ... red",
            "redness ... {face}",
            "facial redness",
            "hot flush",
            "hot flushes",
            "hot flash",
            "hot flashes",
            "face|cheeks|cheek ... pink|burning|glowing|glowy|fire|sunburnt|sunburned",
            "flushy",
            "{face} ... beetroot|crimson|scarlet|lobster|tomato|puce",
            "red as a beetroot|tomato|lobster|beet",
        ),
    ),
    Sign(
        "throat irritation",
        "infusion_reaction",
        SOON,
        (
            "throat irritation",
            "irritated throat",
            "itchy throat",
            "scratchy throat",
            "throat itch",
            "throat ... itchy|scratchy|irritated|sore|tickly|raw|painful|paining",
            "throat pain",
            "mouth and throat pain",
            "sore throat",
        ),
    ),
    Sign(
        "tiredness at the dose",
        "infusion_reaction",
        SOON,
        (
            "{tired} ... {dose}",
            "{tired} ... since|after the {dose}",
            "{dose} ... knocked|knocks|floored|floors|flattened|flattens|wiped|wipes|wiping me",
            "{dose} took|takes|taken it out of me",
            "{dose} always|really|totally|properly took|takes|taken it out of me",
            # "infusion fatigue", "ocrevus day tired", "knocked sideways by the infusion"
            "{dose} {tired}",
            "{dose} day|days {tired}",
            "knocked|floored|flattened ... by the {dose}",
            "dead on my feet ... {dose}",
        ),
    ),
    Sign(
        "dizziness",
        "infusion_reaction",
        SOON,
        (
            "dizziness",
            "dizzy",
            "giddy",
            "giddiness",
            # "the room tilting", "everything spinning"
            "room|ceiling tilting|tilted|tilts|swaying|swirling",
            "floor ... tilting|tilted|tilts|swaying|rolling",
            "lightheaded",
            "light headed",
            "faint",
            "fainted",
            "fainting",
            "faintness",
            "woozy",
            "vertigo",
            "spinning",
            "nearly|almost passed|blacked out",
            "nearly|almost fainted",
            "room spinning",
            "head spinning",
            "pass out",
            "going to pass out",
            "giddy",
            "passing out",
            "felt like passing out",
        ),
    ),
    Sign(
        "nausea",
        "infusion_reaction",
        SOON,
        (
            "nausea",
            "want|going|gonna to vomit|puke|spew|hurl|barf",
            # "I feel to vomit": as several languages say it
            "feel|feeling|felt to vomit",
            "feel|feeling|felt to throw up",
            "gonna|gunna vomit|puke|spew|hurl|barf",
            "{tummy} churning",
            "{tummy} rolling|lurching",
            "want|going|gonna to be sick",
            "sick feeling",
            "boaky",
            "sicky",
            "sick to|in my|the {tummy}",
            "nauseous",
            "nauseated",
            "queasy",
            "feeling sick",
            # "feeling a bit sick since the jab": a hedge between the feeling and the word
            "feel|feeling|felt|feels a bit|little sick",
            "feel|feeling|felt|feels bit|abit|slightly|quite|really|very|so|proper|pretty|tad sick",
            "feel|feeling|felt|feels sickly",
            "feel sick",
            "feel|feeling|felt sicker than",
            "felt sick",
            "vomiting",
            "vomited",
            "threw up",
            "throw up",
            "throwing up",
            "being sick",
            "was sick",
            "chucked up",
            "chucking up",
            "puked",
            "puking",
            "retching",
            # regional and slang words for being sick
            "boak",
            "boaking",
            "boke",
            "bokeing",
            "bilious",
            "barf",
            "barfing",
            "barfed",
            "upchuck",
            "gagging",
            "spew",
            "spewed",
            "spewing",
            "chunder",
            "chundered",
            "chundering",
            "chunders",
            "hurled",
            "hurling up",
            "heaving up",
            "honked up",
            "sick up",
            "been sick",
        ),
    ),
    Sign(
        "headache",
        "infusion_reaction",
        SOON,
        (
            "dreadful|horrendous|horrific head",
            "head is|was|feels|felt ... splitting",
            "my|her|his head ... worst ever|yet",
            "my|her|his head ... worst i have|ive ever",
            "head worst ever|yet",
            "head is|was|feels|felt the worst ever|yet",
            "head is|was|feels|felt the worst i have|ive ever",
            "headache",
            "head ache",
            "bad|sore|thick|thumping head",
            "pounding|banging|thumping|throbbing|splitting|bursting head",
            # "head like a bass drum by the end of the infusion"
            "head like a ... drum|hammer|vice",
            "head splitting|pounding|thumping|throbbing|bursting|exploding",
            "head is|was splitting|pounding|thumping|throbbing|bursting|exploding",
            "migraine",
            "head ... hurts|hurting|pounding|paining|thumping|throbbing|banging|killing|aching",
            "head ... pain|painful|sore",
        ),
    ),
    Sign(
        "fast heartbeat",
        "infusion_reaction",
        SOON,
        (
            "fast heartbeat",
            "tachy",
            "tachycardic",
            "tachycardia",
            "fast heart beat",
            "fast heart",
            "racing heart",
            "heart racing",
            "heart is racing",
            "heart ... racing|pounding|fluttering|galloping|hammering",
            "heart ... too|very|so fast|quick",
            "heart going mad|crazy",
            "heart|heartbeat ... beating|pumping ... fast|quick|quickly|rapid|rapidly",
            # a speed: "my heart is going 100mph"
            "heart ... mph",
            "heart pounding",
            "pounding heart",
            "palpitations",
            "tachycardia",
            "heart fluttering",
            "flutter|fluttery|fluttering|racing|pounding|irregular ... heart|heartbeat",
            "pulse ... racing|fast|pounding|high|thumping",
            "heart going like",
            "heart|heartbeat ... beating|beats like a drum",
            "heart ... ten to the dozen",
            "heartbeat ... fast|racing|fluttery|irregular|pounding",
            "heart|heartbeat ... fluttering|flutters|fluttery|skipping|skips|jumping|thumping|banging|galloping",
            # the heart called by another name ("ticker", "heart rate")
            "ticker|heartrate|hr ... racing|fast|pounding|flutters|fluttering|thumping|banging|galloping|skipping|high",
            "heart rate ... racing|fast|pounding|high|up",
        ),
    ),
    Sign(
        "low blood pressure",
        "infusion_reaction",
        SOON,
        (
            "low blood pressure",
            "blood pressure ... dropped|low|fell|crashed",
            "bp ... dropped|low|fell|crashed",
            "pressure|bp ... plummeted|dipped",
            "pressure|bp ... went|gone down",
            "hypotension",
            "hypotensive",
        ),
    ),
    Sign(
        "injection site reaction",
        "injection_reaction",
        SOON,
        (
            "{site} ... {local}",
            # the dose under the skin goes into the tummy ("red patch the size of my palm on my belly")
            "red|redness|patch|lump|swelling|swollen|bruise|bruising|welt ... on my {tummy}",
            "{local} ... {site}",
            "{local} ... where ... {site}",
            "{local} ... from ... {site}",
            "{local} ... where ... went|put|stuck|injected|jabbed",
            # "big red patch size of a saucer round the jab": the patch, then where it is
            "patch|lump|swelling|redness|rash|bruise ... round|around|near the {site}",
            "circle|ring ... around|round ... {site}",
        ),
    ),
    Sign(
        "fever at the dose",
        "infusion_reaction",
        SOON,
        (
            "fever",
            "fevers",
            "feverish",
            "feverishness",
            "febrile",
            "pyrexia",
            "pyrexial",
            "high temperature",
            "high temp",
            "running a temp",
            "running a temperature",
            "burning up",
            "burning|boiling|roasting hot",
            # "the body is hot": a fever as several languages say it, "the" for "my" (not "my body
            # feels hot", which heat, a hot flush or MS itself can be)
            "the body is|feels|felt|was|getting hot",
            "the body is|feels|felt|was very|so|really hot",
        ),
    ),
    # -- infections ------------------------------------------------------------------------
    Sign(
        "fever",
        "infection",
        SOON,
        (
            "fever",
            "fevers",
            "feverish",
            "feverishness",
            "febrile",
            "pyrexia",
            "pyrexial",
            "high temperature",
            "high temp",
            "temperature",
            "temp",
            "temps",
            "running a temp",
            "burning up",
            "burning|boiling|roasting hot",
            # "the body is hot": a fever as several languages say it, "the" for "my" (not "my body
            # feels hot", which heat, a hot flush or MS itself can be)
            "the body is|feels|felt|was|getting hot",
            "the body is|feels|felt|was very|so|really hot",
        ),
        # a fever is one already: not the category's "today if you have a fever"
        "Contact your MS team soon, today: a fever needs checking while on Ocrevus.",
    ),
    # Its advice names the threshold, signs.VERY_HIGH_FEVER_C and _F, filled in by signs.py.
    Sign(
        "very high fever",
        "infection",
        NOW,
        (),
        "Seek help now: a temperature of {celsius} °C ({fahrenheit} °F) or more can be a serious infection.",
    ),
    Sign(
        "chills",
        "infection",
        SOON,
        (
            "chills",
            "chill",
            "shivers",
            "shivering",
            "shivery",
            "shiver",
            "rigors",
            "the shakes",
            "shaking",
            "{hot} and|then|to {cold}",
            "{hot} one minute ... {cold}",
            "{cold} and|then|to {hot}",
            "night sweats",
            "sweats",
            "cold sweat",
            "cold sweats",
            "sweating ... night",
            "nightsweats",
            "teeth ... chattering|chattered",
            "chattering teeth",
            "soaked|drenched|sodden|wringing ... sheets|bed|bedding|pyjamas|pajamas|nightie|pillow",
            "woke up drenched|wringing",
            "sweated|sweating|sweat through ... sheets|bed|bedding|pyjamas|pajamas|nightie|nightdress",
            "sheets|bed|bedding|pyjamas|pajamas|nightie|pillow ... soaked|drenched|sodden|wringing",
        ),
    ),
    Sign(
        "urine infection",
        "infection",
        SOON,
        (
            "uti",
            "utis",
            "urine infection",
            "catheter|bag ... cloudy|smelly|smells|smell|bloody|murky",
            "pain|hurts|hurting|stings|stinging|burns|burning ... when i {pee}",
            "kidney|kidneys ... sore|pain|ache|aching|hurts",
            "{pee} ... cloudy|smelly|smells|murky",
            "urinary infection",
            "urinary tract infection",
            "bladder infection",
            "kidney infection",
            "cystitis",
            "dysuria",
            "burning|burns|stinging|stings|hurts|pain|painful|sore ... {pee}",
            "burning|burns|stinging|stings|hurts|pain ... pass|passing water",
            "pass|passing|passed water ... burns|burning|stings|stinging|hurts|painful|sore|agony",
            # "burning every time I go to the loo": going, said after the burn
            # "burning every time I go to the loo" (not "knee burning every time I go up the stairs")
            "burning|stinging|burns|stings|sting|burn whenever i go|went to the|a loo|toilet|bathroom|wee|pee",
            "burning|stinging|burns|stings|sting|burn every|each time i go|went to the|a loo|toilet|bathroom|wee|pee",
            "{pee} ... burns|burning|stings|stinging|hurts|painful|sore|smells|cloudy",
            # "up in the night to wee and it burned" (not "needed a wee so I burned the toast", "a wee
            # dram and it burnt going down")
            "{pee} and it burned|burnt|stung",
            # Scots: "wee's awfy nippy the day" (a sting; not "a wee bit nippy today", the weather)
            "{pee} is|s|was|feels|feeling|awfy|awful|really|so|dead|pure nippy|nipping",
            "nippy|nipping when|after|as i {pee}",
            "{pee} ... like fire|acid|glass|razors",
            "{pee} fire|acid|glass|razors",
            "cloudy {pee}",
            "smelly {pee}",
            "blood in ... {pee}",
            "bloody {pee}",
            "{pee} ... razor|razors|glass|knives",
            "{pee} ... every ... mins|minutes|min|hour|hours|half",
            "{pee} ... hourly|constantly",
            "my water|waters ... burns|burning|stings|stinging|cloudy|smells",
            "loo|toilet ... every ... mins|minutes|min|hour|hours|half",
            "loo|toilet|lav|lavatory ... stings|burns|burning|stinging",
            # "bladder: stinging", "bladder burning and I'm up all night"
            "bladder stings|burns|burning|stinging",
            "bladder is|feels|was|really|so stinging|burning|sore",
            "bladder ... on fire",
        ),
    ),
    Sign(
        "chest infection",
        "infection",
        SOON,
        (
            "chest infection",
            "pneumonia",
            # as it sounds ("gp says newmonia")
            "newmonia",
            "numonia",
            "bronchitis",
            "cough",
            "coughing",
            "chesty",
            # a chest that sounds ("chest now rattly")
            "chest ... rattly|rattling|crackly|crackling|bubbly|gurgly",
            "hacking|coughing|coughed|bringing|bring up ... muck|phlegm|gunk|mucus|green|yellow|gloop|crud",
            "phlegm",
            "mucus",
        ),
    ),
    Sign(
        "flu or covid",
        "infection",
        SOON,
        (
            "flu",
            "influenza",
            "flu like",
            "flulike",
            "fluey",
            "fluish",
            "flu ish",
            "covid",
            "coronavirus",
            # taste or smell gone ("cant even taste my tea")
            "{cant} ... taste|smell",
            "covid 19",
            "covid19",
            "rsv",
            "tested positive",
            "test positive",
            "two lines ... covid|flu|test|lft|lateral",
            "test was positive",
            "test is positive",
            "positive test",
            "positive ... lateral flow|pcr|covid|flu",
            "lateral flow ... positive",
            "lateral|covid|flu flow|test ... two line|lines",
            "pcr ... positive",
            # a rapid antigen test ("RAT came up positive this arvo"; not "saw a rat, im positive")
            "rat|rats positive",
            "rat|rats came|come up|back positive",
            "rat|rats test|tests|result|was|is positive",
        ),
    ),
    Sign(
        "cold",
        "infection",
        SOON,
        (
            # "grabbed Panadol for this cold" (not "for my cold feet")
            "for this cold",
            "=cold",
            "=colds",
            "common cold",
            "head cold",
            "chest cold",
            "heavy cold",
            "bad cold",
            "full of cold",
            "full on|blown cold",
            "snotty",
            "stinking|streaming|rotten|nasty|horrible|proper cold",
            "stinking cold",
            "streaming cold",
            "caught a cold",
            # "I'm after getting a desperate cold": a cold said with how bad it is
            "a|an desperate|terrible|awful|dreadful|shocking|chesty|wicked|brutal|massive|stonking cold",
            "a|an heavy|summer|winter cold",
            "nose streaming|pouring|running|dripping",
            "nose is|was|keeps|kept|been streaming|pouring|running|dripping",
            "streaming|running nose",
            "got a cold",
            "have a cold",
            "has a cold",
            "with a cold",
            "coming down with",
            "runny nose",
            "blocked nose",
            "stuffy nose",
            "sore throat",
            "throat ... sore",
            "throat ... raw|painful|killing|agony|paining",
            # "my throat is pain since two days": pain said as how it is, in a second language
            "throat is|s|very|so|too|much pain|paining",
            "throat is|s very|so|too|really pain|paining",
            "glands ... up|swollen|big|lumpy",
            "blow|blowing|blew ... yellow|green|thick|bloody",
            "sinusitis",
            "sinus infection",
            "ear infection",
            "earache",
            "tonsillitis",
            "strep",
            "throat ... razor|razors|glass|sandpaper|knives",
            "tonsils ... swollen|huge|white|spots|pus",
            "white spots ... throat|tonsils",
            "coloured|colored|green|yellow|thick ... snot|gunk|mucus|catarrh",
            # "thick yellow discharge from my nose"
            "green|yellow ... discharge ... nose",
            "snot|gunk|mucus|catarrh|phlegm ... coloured|colored|green|yellow",
            "green|yellow stuff ... nose",
            "sinus|sinuses ... pain|ache|aching|pressure|blocked|killing|agony|throbbing",
            "sinus|sinuses full of green|yellow",
            "ear|ears ... gunk|discharge|discharging|leaking|oozing|weeping|pus|goo|gooey|crusty|throbbing",
            # "gunk coming out of my ear", "fluid leaking from my ear onto the pillow"
            "gunk|discharge|pus|goo|gunge coming|leaking|oozing|dripping|running ... ear|ears",
        ),
    ),
    Sign(
        "herpes",
        "infection",
        SOON,
        (
            "cold sore",
            "coldsore",
            "herpes",
            "shingles",
            "genital sore",
            "genital sores",
            "genital blisters",
            "sores down below",
            "sores|blisters|ulcers ... down there|below|downstairs",
            "sores|blisters|ulcers ... privates|genitals|groin",
            "blisters",
            "blister",
            "zoster",
            # "a blistering rash in a band round her waist", "spots in a stripe across my back"
            "rash|spots|blisters ... in a band|stripe|strip|belt round|around|across|along|on",
            # blisters told as bubbles ("small bubbles on skin around the waist"; not bubble bath)
            "little|tiny|small|clear|fluid|watery bubbles ... waist|ribs|band|strip",
        ),
    ),
    Sign(
        "eye infection",
        "infection",
        SOON,
        (
            "eye pain",
            "eyes hurt",
            "eye hurts",
            "painful eye",
            "red eye",
            "red swollen|sore|painful|puffy eye|eyes",
            "red eyes",
            "eye redness",
            "eye ... red",
            "eyes ... red",
            "pink eye",
            "eye|eyes ... pink|gritty|sticky|crusty|gunky|goopy",
            "eye|eyes ... gummed|glued|crusted",
            "conjunctivitis",
            "sore eye",
            "sore eyes",
            "bloodshot",
        ),
    ),
    Sign("hepatitis B", "infection", SOON, ("hep b", "hepatitis b", "hepatitis", "hbv")),
    Sign(
        "infection",
        "infection",
        SOON,
        (
            "infection",
            "infections",
            "infected",
            "sepsis",
            "septic",
            "antibiotics",
            "antibiotic",
            # voice typing splits it ("put her on anti biotics")
            "anti biotics|biotic",
            "amoxicillin",
            "nitrofurantoin",
            "trimethoprim",
            "doxycycline",
            "antiviral",
            "antivirals",
            "abx",
            "oozing",
            "pus",
            "weeping wound",
            "thrush",
            "oral thrush",
            # by its look ("white patches on my tongue", "white coating in my mouth")
            "white patches|patch|spots|coating ... tongue|mouth",
            "yeast infection",
            "candida",
            "red hot",
            "hot red",
            "hot and red",
            "red and hot",
            "red ... spreading",
            "red|redness ... bigger|growing|larger",
            "redness ... spreading",
            # "red, hot patch on my shin that's spreading": the heat of it on the body, and that it grows
            "hot|warm|angry patch|swelling|redness|lump on|round|around|near|by my ... spreading|bigger|growing|larger",
            "hot|warm and spreading",
            "red streak",
            "red line ... up",
            "{wound} ... {infected}",
            # "red and weepy graze on my shin": the wound told after its look
            "weepy|weeping|oozing {wound}",
            "angry {wound} on|in my",
            "red|hot|swollen and weepy|weeping|oozing|hot|swollen {wound}",
            "{wound} on|in|under my ... {infected}",
            # a navel that weeps ("belly button red and weeping, smells bad")
            "navel ... {infected}",
            "belly button ... {infected}",
            "a boil",
            "boil on",
            "lump ... bigger|growing|painful",
            "painful|hot|growing|swollen|tender lump|lumps",
            "pressure sore|sores|ulcer ... {infected}",
            "weepy|weeping|oozing|smelly sore|sores",
            "bedsore|bedsores ... {infected}",
            "amox",
            "flucloxacillin",
            "fluclox",
            "cefalexin",
            "cephalexin",
            "co amoxiclav",
            "coamoxiclav",
            "augmentin",
            "clarithromycin",
            "azithromycin",
            "ciprofloxacin",
            "cipro",
            "penicillin",
            "metronidazole",
            "fluconazole",
            "spreading up|along|across ... leg|arm",
            "aciclovir",
            "acyclovir",
            "valaciclovir",
            "valacyclovir",
            "abscess",
            "cellulitis",
            "impetigo",
            "crusty|weepy|oozing sores",
            # slang for catching something going round
            "lurgy",
            "lurgi",
            # any order: skin gone red and growing ("the redness round the cut has grown since this morning")
            "red|redder|reddened|angry|inflamed|erythematous|redness & spreading|spread|spreads|bigger|larger|growing|grown|tracking & skin|thigh|ankle|elbow|wound|cut|scratch|graze|bite|shin|calf|heel|knee|leg|foot|arm|toe",  # noqa: E501 - one phrase
            "lump|lumps|gland|glands|node|nodes & bigger|larger|growing|grown|grew|enlarging|enlarged",
            "wound|graze|ulcer|scratch|bite|splinter|incision|scrape & weeping|oozing|leaking|pus|smells|smelly|exudating|sloughy|discharging",  # noqa: E501 - one phrase
            # a new tattoo or piercing weeps as it heals: only pus or a smell
            "tattoo|piercing & pus|smelly|discharging",
        ),
    ),
    Sign(
        "stiff neck",
        "infection",
        SOON,
        (
            "stiff neck",
            "neck ... stiff",
            "neck stiffness",
            "neck ... {cant} {bend}",
            "{cant} {bend} ... neck",
            "{cant} ... chin ... chest",
            # "felt my neck: chin won't touch my chest"
            "chin wont|doesnt|wouldnt|didnt touch|reach ... chest",
            "neck ... locked|rigid|seized",
            "locked|rigid|seized neck",
            # words of a clinic letter ("nuchal rigidity and febrile 38.7")
            "nuchal rigidity|stiffness",
            "neck rigidity",
            "meningism",
            "hardly|barely turn ... head|neck",
        ),
    ),
    Sign(
        "worst headache",
        "infection",
        NOW,
        (
            "worst headache",
            # "headache, worst of his life"
            "headache ... worst of my|his|her|their life",
            "headache ... like never before",
            "head pounding|throbbing|banging|splitting ... like never before",
            "head is|was|feels pounding|throbbing|banging|splitting ... like never before",
            "severe headache",
            "terrible headache",
            "awful headache",
            "splitting headache",
            "excruciating headache",
            "blinding headache",
            "thunderclap headache",
            "excruciating|agonising|agonizing|blinding|unbearable|splitting head",
            # "terrible pain in my head"
            "terrible|severe|awful|excruciating|agonising|agonizing|unbearable pain in my|her|his head",
        ),
        "Seek help now: a severe headache can be serious, above all with a stiff neck, a fever or confusion.",
    ),
    # -- bowel -----------------------------------------------------------------------------
    Sign(
        "diarrhoea",
        "bowel",
        SOON,
        (
            "diarrhoea",
            "running|rushing|dashing|racing|sprinting|legging ... toilet|loo|bathroom|lav|lavatory",
            "{tummy} ... running|runs|runny|tap",
            "loose and|n watery|runny",
            # medicines for it ("runs all night, dioralyte and loperamide")
            "loperamide",
            "imodium",
            "dioralyte",
            "d and|n v",
            # D+V: diarrhoea and vomiting ("+" is read as a space)
            "d v",
            "bum|bottom|backside ... running|pouring|tap",
            "pure water|liquid",
            "runs ... times",
            "diarrhea",
            "diarrhoe",
            "diarrhoeas",
            "loose {poo}",
            "runny {poo}",
            "watery {poo}",
            "liquid {poo}",
            "{poo} ... water|watery|liquid|runny|loose",
            "the runs",
            # the Bristol stool chart's types 6 and 7, as MS nurses ask ("bowels: type 7 x5")
            "{poo} type|typed 6|7",
            "bowel|bowels|bm|bms|bristol type|typed 6|7",
            "bristol 6|7",
            # "runs x4": said alone (with how many times)
            "=runs",
            "the trots",
            # "my bowels have been loose all week"
            "bowels|bowel|bm|bms ... loose|liquid|watery|runny|tap",
            "the squits",
            "dire rear",
            "the squitters",
            # told by time spent on the toilet
            "on the loo|toilet|bog all day|night|morning|evening|afternoon",
            "on the loo|toilet|bog constantly|nonstop",
            "living|stuck on the loo|toilet|bog",
            "{cant} get|getting|stay off ... loo|toilet|bog",
            "gippy tummy",
            "dodgy tummy",
            "squits",
            "diarhea",
            "diahrea",
            "diarhoea",
            "diahorrea",
            "the shits",
            "runny tummy",
            "upset stomach",
            "stomach bug",
            "tummy bug",
            "gastro",
            "food poisoning",
            "colitis",
            # common misspellings, and regional and slang words for it
            "diarrea",
            "diarea",
            "diarrohea",
            "diorrhoea",
            "diorrhea",
            "diorrhea",
            "diarreah",
            "diarrhia",
            "scutters",
            "skitters",
            "the skits",
            "squirts",
            "the squirts",
            "delhi belly",
            # "travellers tummy, runs for 3 days now"
            "travellers|travelers|traveller|traveler tummy|diarrhoea|diarrhea",
            "bombay belly",
            "montezumas revenge",
            "loose bowels",
            "the gallops",
            "back door trots",
            "runny bum",
            "like a tap|hose ... back|bum|bottom|behind|arse|backside",
        ),
    ),
    Sign(
        "blood in stool",
        "bowel",
        SOON,
        (
            "blood ... {poo}",
            # "bleeding when I wiped, bright red" (the whole clause: not "blood when I wiped my nose")
            "=blood|bleeding|bled when|after i wiped|wipe",
            "blood in my|the|his|her bm|bms",
            "bloody {poo}",
            "black|tarry|red|maroon ... {poo}",
            "toilet|loo ... loose|runny|watery|liquid",
            "{poo} ... black|bloody|tarry|tar|red",
            "black tarry",
            "melaena",
            "melena",
            "bleeding from ... bottom",
            "rectal bleeding",
            "blood when i wipe",
            "blood on ... paper|tissue",
            "blood ... wipe|wiping|toilet|loo|pan|bowl",
            "red in|on the toilet|loo|pan|bowl|paper|tissue",
            "blood when i go",
            "blood after going",
        ),
    ),
    Sign(
        "stomach pain",
        "bowel",
        SOON,
        (
            "{tummy} pain",
            "{tummy} pains",
            "{tummy} ache",
            "{tummy} aches",
            "stomachache",
            "tummyache",
            "{tummy} ... paining|hurting|hurts|aching|cramping",
            "bellyache",
            "{tummy} cramps",
            "cramping {tummy}",
            "pain in ... {tummy}",
            "{tummy} agony|agonies",
            # "stomach feels full of broken glass" (not "picking broken glass out of the rug")
            "{tummy} feels ... broken glass",
            "{tummy} full of broken glass",
            # "stomach's been killing me" (not "stomach crunches are killing me")
            "{tummy} killing|killin me",
            "{tummy} is|s|was|keeps|still killing|killin me",
            "{tummy} s|has been killing|killin me",
            "{tummy} been killing|killin me",
            "agony in ... {tummy}",
            # "like a hot knife twisting in my belly" (not "the carving knife for the pork belly")
            "like a ... knife|knives|dagger ... {tummy}",
        ),
    ),
    # -- liver -----------------------------------------------------------------------------
    Sign(
        "jaundice",
        "liver",
        SOON,
        (
            "jaundice",
            "jaundiced",
            "yellow skin",
            "yellow eyes",
            "yellowing",
            "yellowish skin",
            "yellowish eyes",
            "skin ... yellow|yellowish|yellowy",
            "eyes ... yellow|yellowish|yellowy|yellower",
            "whites ... yellow|yellowish|yellowy",
            "yellow|yellowy ... eyes",
            "icteric",
            "icterus",
            "sclera ... yellow",
            "yellow|yellowy ... skin",
            "going|turning|turned|gone|look|looking|looks yellow",
            "im|am getting yellow",
            "going|turning|turned|gone|look|looking|looks a bit|little|tad|touch yellow",
            "going|turning|turned|gone|went|gone a ... yellow|yellowish|yellowy",
            "yellow|yellowish|yellowy tinge|tint|hue|cast|tone",
            "tinge|tint|hue of yellow",
            # said by likeness ("eyes like egg yolks", "skin the colour of a lemon")
            "skin|eyes|complexion ... look|looks|looked|gone|turned|went|going|are|is ... like|colour|color ... lemon|lemons|yolk|yolks|custard|mustard|canary|daffodil|banana",  # noqa: E501 - one phrase
        ),
    ),
    Sign(
        "liver results",
        "liver",
        SOON,
        (
            "{lft} ... {raised}",
            "abnormal|raised|high|elevated|deranged ... {lft}",
            "liver function ... {raised}",
            "{lft} ... times|x normal|higher|over|raised|high|the|upper|uln",
        ),
    ),
    Sign(
        "dark urine",
        "liver",
        SOON,
        (
            "{dark} ... {pee}",
            "{pee} ... {dark}",
            "my water|waters ... {dark}",
            "{pee} ... colour|color|like ... {dark}",
            "pale {poo}",
            "clay coloured {poo}",
            "clay colored {poo}",
            "pain ... upper right",
            "upper right ... pain",
            "right upper",
            "right ... ribs|ribcage|rib",
            "ribs on the right",
            "liver pain",
            "ruq",
            "top right ... {tummy}",
            "upper right ... {tummy}",
            # any order: its colour ("urine in a clear jar looks brown", "gone the colour of strong tea")
            "{pee} & brown|brownish|rust|rusty|mahogany|amber|orangey & is|was|looks|look|looked|gone|went|turned|going|coloured|colored|very|really|quite|like",  # noqa: E501 - one phrase
            "{pee} & colour|color|shade & tea|cola|coke|coffee|stout|guinness|bovril|gravy",
        ),
    ),
    # -- neurological ----------------------------------------------------------------------
    Sign(
        "relapse",
        "neurological",
        SOON,
        (
            "relapse",
            "relapses",
            "relapsing",
            "relapsed",
            "flare",
            "flare up",
            "flared",
            "flaring",
            "ms attack",
            "ms ... flair|flare",
            "new symptom",
            "new symptoms",
            "worsening symptoms",
            "symptoms worse",
            "symptoms getting worse",
            "optic neuritis",
            "lhermitte",
            "lhermittes",
            "electric|electrical shock|shocks|zap|zaps|buzz|buzzing ... spine|back|neck|legs|arms|down",
            # Lhermitte's sign without "electric" ("new buzzing down my spine when i bend my head")
            "shock|shocks|zap|zaps|buzz|buzzing|fizzing|jolt|jolts ... down my|the spine|back|neck",
        ),
    ),
    Sign(
        "vision changes",
        "neurological",
        SOON,
        (
            "double vision",
            "diplopia",
            "{blurred} {sight}",
            "{sight} ... {blurred}",
            # "everything is smudged", "my vision doubled"
            "everything|things looks|look|looked|went|gone smudged|smudgy|smeary|doubled",
            "{sight} doubled",
            "vision loss",
            "loss of vision",
            "lost vision",
            "lost my vision",
            "vision problem",
            "vision problems",
            "changes in ... vision",
            "change in ... vision",
            "vision changes",
            "vision changed",
            "vision change",
            "{cant} {see} properly|clearly|well|straight",
            "{cant} see ... half|part|bits of",
            "blind spot",
            "seeing double",
            "seeing slightly|bit|little|partly double",
            "blurry|blurred|fuzzy|misty|hazy|cloudy|shimmery|shimmering|flickering|jumping|smudged ... eye|eyes|vision|sight",  # noqa: E501 - one phrase
            "vision|sight ... shimmery|shimmering|flickering|jumping|jumpy|misty|hazy|grey|gray|patchy|dark|wavy",
            # "sight in one eye has gone grey and misty": the eye's own change, after has or is
            "eye|eyes has|is|have|are gone|going|turned grey|gray|greyish|foggy|misty|cloudy|dim|dimmer|blurry|blurred|fuzzy|hazy|wavy",  # noqa: E501 - one phrase
            "vision|sight ... greyish|grayish|dimmer|darker|faded|washed",
            "eye gone|going|went|looks|look grey|gray|greyish|foggy|misty|cloudy|dim|dimmer|blurry|blurred|fuzzy",
            "smudge|smudgy|patch|shadow|curtain|spot ... vision|sight",
            "smudge|smudgy|shadow|curtain|blob|blur ... eye",
            "everything|things|words|faces|people|print ... doubles|doubling",
            # the eyes themselves moving ("everything wobbling when i look at it, eyes jumping")
            "eyes|eye ... jumping|jumpy|wobbling|wobbly|bouncing|flickering|flicking",
            "everything|things doubled|doubling",
            # "the bedroom ceiling was doubled", "everything is doubled when he watches TV"
            "everything|things|ceiling|room|tv|telly|picture|screen looks|looked|went|gone doubled",
            "everything|things ... wobbling|bouncing|jumping when i look",
            "colours|colors ... washed|faded|dull|dim|wrong|faint",
            # "colours have gone flat in my left eye" (not "colours look flat in this light")
            "colours|colors ... flat|drained|brownish ... eye|eyes|vision",
            # one eye sees less well than the other ("everything looks washed out in one eye")
            "washed|faded|dull|dim|grey|gray|darker|dimmer ... one|left|right eye",
            "lost ... vision|sight",
            "lost ... of my vision|sight",
            "smudge|smudgy|patch|shadow|curtain|spot|blob|hole|gap|blur|blank ... what i see",
            "smudge|smudgy|patch|shadow|curtain|spot|blob|hole|gap|blur|blank ... what i look at",
            "middle|centre|center of what i see|look",
            "smudge|smudgy|shadow|curtain|blob|blur|patch ... middle|centre|center of ... eye",
            "looking|seeing|peering through ... {veil}",
            "middle|centre|center|edge|edges|corner|side of ... vision|sight",
            "{print} ... {moving}",
            "seeing|see|saw two of everything|anything|everyone|things|it|them|stuff|faces|words",
            "seeing|see|saw two of the",
            "two of everything",
            # "the television picture has a faint double outline" (not "traced a double outline")
            "words|letters|print|lines|text|page|tv|television|screen|picture|faces|clock ... double outline|outlines|image|images",  # noqa: E501 - one phrase
            "looks|look|looked doubled|double",
            "smear|smeared|smudge|film|veil|haze|fog ... over|across ... eye|eyes|vision|sight",
            "everything|things|words|faces|people|print|lines|letters|text ... look|looks|looking|looked|seems|seem ... double|doubled|blurry|blurred|fuzzy|hazy|misty|smudged|wavy",  # noqa: E501 - one phrase
            # any order: the eye and how it sees ("my right eye makes the telly look washed out")
            "vision|eyesight|sight & grey|gray|washed|greyed|greyish|foggy|fogged|misty|hazy|cloudy|murky|smudged|smudgy|sepia|doubled|blurred|blurry|fuzzy",  # noqa: E501 - one phrase
            # an eye with its side: not an eye's colour, nor "keep an eye on" ("my left eye is grey like dad's")
            "eye & left|right|one & washed|greyed|greyish|foggy|fogged|misty|hazy|cloudy|murky|smudged|smudgy|sepia|doubled|blurred|blurry|fuzzy",  # noqa: E501 - one phrase
            # what is seen, then doubled ("road signs doubled on the way home"; not "doubled up laughing at the telly")
            "telly|tv|television|screen|page|print|words|letters|lines|everything|ceiling|picture|text|faces|road|signs|lamppost|lampposts|outline|world|things|people|cars doubled|doubling",  # noqa: E501 - one phrase
        ),
    ),
    Sign(
        "weakness",
        "neurological",
        SOON,
        (
            "weakness",
            # a clinic letter's words ("hemiparesis on the left came on suddenly")
            "hemiparesis",
            "hemiplegia",
            # a limb that stopped as if by choice ("right arm and leg suddenly went on strike"; not "the
            # hand dryer went on strike")
            "left|right|my arm|arms|leg|legs|hand|hands|foot|feet ... went|gone|going on strike",
            "weak|weaker ... {limb}",
            "{limb} ... weak|weaker",
            "weak ... side",
            "{limb} ... dragging",
            # "left side went suddenly week" (voice typing's homophone)
            "{limb} ... suddenly week",
            "{limb} went|gone|going|feels|feel|feeling week",
            # a foot that drops ("foot not lifting, tripping over the hose")
            "foot|feet|toes ... not lifting|catching|slapping",
            "catching|dragging|scuffing my ... foot|feet|toes",
            "foot|feet|toes ... wont|wouldnt|doesnt lift",
            "legs|leg like jelly|jello|rubber",
            "dragging ... {limb}",
            "=weak",
            "feel weak",
            "feeling weak",
            "felt weak",
            "legs gave way",
            "leg gave way",
            "foot drop",
            "dragging ... leg",
            "cant lift",
            "paralysis",
            "paralysed",
            "paralyzed",
            "{cant} lift|raise|move|feel ... {limb}",
            # "left arm suddenly wouldn't lift the kettle": the limb first
            "{limb} suddenly {cant} lift|raise|move|grip|hold",
            # "L arm suddenly heavy": one side's (not "legs suddenly heavy after the walk", everyday
            # fatigue; not "suddenly dead", an arm slept on)
            "left|right|one arm|hand|leg|foot|side suddenly heavy|limp|floppy|useless",
            # "hands not gripping", "my leg is not listening to me": a limb not doing as told (not "not
            # working", said of a cast, a sprain or high heels)
            "{limb} not|isnt|arent|wont|wouldnt|doesnt|dont gripping|grip|listening|listen|cooperating|cooperate|obeying|obey",  # noqa: E501 - one phrase
            "{limb} is|are|just|still not gripping|listening|cooperating|obeying",
            "{limb} ... gave|giving way",
            "{limb} ... gave|giving|give out",
            "{limb} ... buckled|buckling|collapsed|folded",
            "{limb} ... lead|leaden",
            "foot|feet|toe|toes ... catching|catches|scuffing|scuffs|slapping",
            "foot|feet slaps",
            "{limb} ... went|gone dead",
            "{limb} ... useless|floppy",
            # "my arm and leg on the right were switched off at the mains"
            "{limb} ... were|was|been|just|got switched|shut off",
            # "right hand and right foot just stopped working"
            "my|her|his|left|right|both {limb} ... stopped working",
            # "lost the strength down my whole left side"
            "lost|losing the strength in|down|of ... {limb}",
            # power, as clinics and many people say it ("sudden loss of power in my right arm and leg")
            "loss of power|strength|movement in|of|down my|his|her|the|both|one {limb}",
            "loss of power|strength|movement in|of|down my|his|her|the left|right {limb}",
            "lost|losing|lose power|strength|movement in|of|down my|his|her|the|both|one {limb}",
            "lost|losing|lose power|strength|movement in|of|down my|his|her|the left|right {limb}",
            # (not "my hand torch suddenly lost power": the limb just before)
            "my|his|her|left|right|both arm|arms|leg|legs|hand|hands|foot|feet lost|losing|loses|lose power|strength",
            "my|his|her|left|right|both arm|arms|leg|legs|hand|hands|foot|feet suddenly|just lost|losing power|strength",  # noqa: E501 - one phrase
            "grip ... going|gone|weak|weaker|weakening|useless|failing|worse|poor",
            "{cant} grip|grasp|squeeze|clench",
            # an eyelid that droops: not the face drooping of a stroke
            "eyelid|eyelids ... {droop}",
            "{droop} ... eyelid|eyelids",
        ),
    ),
    Sign(
        "numbness",
        "neurological",
        SOON,
        (
            "numbness",
            "{part} ... belongs|belonged|belonging to someone",
            "{part} ... not mine",
            "{cant} feel ... fingers|fingertips|toes|feet|hands",
            "{cant} feel ... floor|ground",
            "not feeling ... floor|ground",
            "numb",
            "pins ... needles",
            "tingling",
            "tingly",
            "loss of feeling",
            "no feeling in",
            "paraesthesia",
            "paresthesia",
            "paraesthesiae",
        ),
    ),
    Sign(
        "clumsiness",
        "neurological",
        SOON,
        (
            # reaching for a thing and missing it ("grabbing thin air", "my hand goes wide")
            "grab|grabbed|grabbing|grabs|clutching|clutched thin air",
            "grab|grabbed|grabbing|grabs|clutching|clutched at thin|the air",
            "reach|reached|reaching|reaches for ... miss|missed|missing|misses",
            "keep|kept|keeps missing ... reach|reached|reaching|reaches",
            "reach|reached|reaching|reaches ... hand|hands goes|went|going wide",
            "clumsy",
            "clumsiness",
            # a hand's skill lost, seen in the writing ("handwriting looks like a 2nd grader's")
            "handwriting ... worse|messy|messier|scrawl|scrawly|illegible|wobbly|shaky|awful|terrible",
            "loss of coordination",
            "poor coordination",
            "coordination",
            # "coordination shot" (not a vaccine's shot)
            "coordination|balance|handwriting ... shot",
            "{cant} touch my nose",
            # a finger-to-nose test ("finger to nose, missed my nose twice")
            "finger|fingers ... missed|missing my nose",
            "shaky|shaking|trembling|trembly hand|hands|arm",
            # a fastening that used to be easy ("zip on my coat beat me today")
            "zip|zips|zipper|button|buttons|laces|earrings|bra|jar ... beat|beaten|defeated me",
            "uncoordinated",
            "loss of balance",
            "lost my balance",
            "balance problems",
            "balance worse",
            "off balance",
            "unsteady",
            "wobbly",
            "stumbling",
            "staggering",
            "holding|grabbing|clinging|gripping onto|on|to ... walls|wall|furniture",
            "falling over",
            "keep falling",
            "losing ... balance",
            "ataxia",
            # "keep veering into the walls", "walking is all over the place" (not a conversation that
            # veered, a walk all over the place, a clock's second hand, soap slipping, a floor's joists)
            "veering|veered|veers into ... wall|walls|hedge|door|doorway|doorframe|people|furniture",
            "walking is|was|s|been all over the place",
            # "walking like I've had six pints" (and had none)
            "walking|walk like ... drunk|pints|pissed|sloshed|tipsy",
            "fingers not working",
            # "legs wouldn't coordinate", "bumped every doorframe", "my hand goes right past it" (not
            # the diaries that would not coordinate, nor a clock's second hand)
            "legs|hands|arms|feet|fingers|body wouldnt|wont|cant|couldnt coordinate",
            "bumping|bumped|bump into|every doorframe|doorframes|doorway|doorways",
            "my hand|hands goes|go|went|going right past",
            "my|her|his fingers|hands not working",
            "{cant} keep|hold my|the hand|hands|arm|arms|head|cup|mug|pen|fork|knife|spoon|glass ... steady",
            # (not "my bank balance is not what it was")
            "my balance|grip ... not ... what it was",
            "balance ... worse|bad|off|gone|terrible",
            "keep|kept|keeps dropping",
            "dropping|drops {things}",
            "dropped|dropping|drops|drop ... {held}",
            "{part} ... {cant} do|obey|work|listen|cooperate|respond|aim",
            "keep|kept|keeps missing ... {targets}",
            "missing|missed|misses the|my {targets}",
            "{cant} thread ... needle",
            # "not walking straight, feet crossing over"
            "not walking|standing straight|properly",
            "feet|legs crossing over",
            "{cant} sign|write ... properly|name|straight|neatly|legibly|signature",
            "signature ... wobbly|messy|worse|shaky|different|unreadable|spidery|scrawl",
            "tremor",
            "tremors",
            "tremoring",
            "listing|leaning|veering|drifting|lurching|tilting|keeling ... left|right|sideways|side",
            "{part} ... not doing what",
            "{part} ... {cant} go|going where",
            "{hard} to hold|grip ... fork|spoon|cup|pen|cutlery|mug|glass|knife",
            "knocked|knocks my|the ... over",
            "misjudged|misjudging|misjudge",
            "wobblier",
            "tripping|tripped|trip over ... feet|nothing",
            "tripping|tripped|trip on ... nothing|air",
            "walking|walk|gait ... worse|worsening",
            "wobbliness",
            "unsteadiness",
            # a fastening that takes long ("buttons on my shirt took twenty minutes, thats new")
            "buttons|button|laces|zip|bra ... took|takes|taking ... minutes|mins|ages|forever|hour",
            "hitting|pressing|press|hit ... wrong keys|key|buttons|button|numbers",
            "reach|reaching|reached|reaches|grab|grabbing|grabbed for ... and miss|missing|missed|misses",
            "keep|kept|keeps missing|miss ... {held}",
            "dropping things",
            "dropping ... things",
            "bumping into",
            "walking|walked|walk|walks into things|stuff|doors|walls|furniture|people",
            "knocking things",
            "{cant} do|manage|fasten|undo|get|put ... {fine}",
            # "she is not able to button her shirt since two days"
            "{cant} button|zip|buckle|fasten",
            "not|isnt|wasnt|arent able to button|zip|buckle|fasten",
            "{fine} ... {cant}",
            "{fine} ... {hard}",
            "{fine} ... struggle|struggling",
            "fumbling|fumbled|fumble|fumbly|fiddling ... {fine}",
            "{cant} hold|grip ... pen|cup|fork|spoon|cutlery|keys|mug|glass|knife|brush|razor|toothbrush",
            "fingers ... useless|clumsy|wont|dead",
            "fingers|hands ... thick|sausages",
            "{cant} button|unbutton|zip|unzip|tie",
            "{hard} ... {fine}",
            "hand|hands ... lets|let go",
            "hand|hands|arm ... shakes|shaking|shaky|trembles|trembling|tremble",
            "walking|walks|walked|bumping|bumps|bumped into ... doorways|doorway|door|doors|doorframe|doorframes",
            "walking|walks|walked|bumping|bumps|bumped|wobbling|wobbled|staggering|stumbling into ... walls|wall|furniture",  # noqa: E501 - one phrase
            "spilling|spilled|spilt|spill ... soup|tea|drink|drinks|food|down",
            "shoes|shoe|slippers|clothes ... wrong|opposite feet|foot|way",
            "handwriting|writing ... spider|spidery|messy|worse|illegible|shaky|wobbly|tiny|small|smaller|scrawly|scrawl|scribbly|cramped|unreadable|awful|terrible",  # noqa: E501 - one phrase
            # worse in an idiom ("handwriting gone to pot", "handwriting going downhill")
            "handwriting ... to pot",
            "my|her|his handwriting ... into a|an ... scrawl|scribble",
            "handwriting ... downhill",
            "handwriting ... all over the place",
            # likened to a child's ("writing my name looks like a childs now")
            "handwriting|writing ... like a child|childs|kid|kids|toddler|toddlers|5yo|6yo|childrens",
            "typing ... mistakes|wrong|errors|mess",
            "knocking ... over",
            "reach|reaching|reached|reaches ... miss|missing|missed|misses",
            "balance ... awful|shocking|dreadful|poor",
            "like being|im on a boat|ship|ferry",
            "like i was on a boat|ship|ferry",
            "{cant} walk ... straight",
            "walking like ... drunk",
            # any order: reaching and missing ("keeps missing the cup when she reaches for it")
            "missing|missed|miss|misses|overshooting|overshoot|overshot|overshoots & reaching|reach|reached|reaches|grabbing|grabbed|grab & for",  # noqa: E501 - one phrase
            "overshooting|overshoot|overshot|overshoots|misjudging|misjudged & cup|mug|glass|nose|tin|handle|kettle|spoon|fork|trowel|switch",  # noqa: E501 - one phrase
            # handwriting and how it has changed ("my signature looked nothing like my own, cramped")
            "handwriting|signature|writing & my|me|mi|ma|own & scrawl|scrawly|scrawled|scribbly|illegible|unreadable|spidery|shaky|wobbly|shrinking|shrinks|shrank|shrunk|cramped",  # noqa: E501 - one phrase
            "handwriting|signature & slopes|sloping",
            # hands that let things go ("phone keeps slipping out of my hand", "fingers fumbling")
            "hand|hands|fingers|finger|fingertips & fumbling|fumble|fumbles|fumbly|clumsy|useless",
            "hand|hands|fingers|finger|fingertips & slipping|sliding|slips|slid|slipped|dropping & out|outta|through|from",  # noqa: E501 - one phrase
            "hold|grip|holding|gripping & couldnt|cant|cannot|unable & fork|cup|mug|pen|spoon|knife|cutlery|secateurs|toothbrush|kettle|glass|brush|tools",  # noqa: E501 - one phrase
            # the floor itself seems to move ("the floor keeps tilting under me")
            "floor|ground & tilting|tilts|tilted|spongy|bouncy|swaying|sways|moving|moves|rolling & under|beneath & me",
        ),
    ),
    Sign(
        "changes in thinking",
        "neurological",
        SOON,
        (
            "confusion",
            # lost where the person should know the way ("had no idea where I was for a minute")
            "no idea where i was|am",
            "delirious",
            "delirium",
            "saying|said|talking|says odd|strange|weird|bizarre things|stuff",
            "confused",
            "confusional",
            "muddled",
            "disoriented",
            "disorientated",
            "changes in ... thinking",
            "change in ... thinking",
            "thinking changes",
            "trouble thinking",
            "cant think straight",
            "memory loss",
            "memory problems",
            "losing my memory",
            "memory ... worse|shot|bad|terrible|going|poor|awful|shocking|dreadful|rubbish|useless|appalling|hopeless",
            "forgetting words",
            "forgetting names",
            "cant remember",
            "cognitive",
            "cognition",
            "acting different|differently|strange|strangely|weird|oddly",
            "words ... wrong|muddled|jumbled|slurred",
            "speech|voice ... slurred|slurry|slurring|slow|strange|wrong|off|funny|weird|odd|garbled",
            "talking|talk|talked|speaking|muttering|mumbling|babbling|rambling|raving|spouting ... gibberish|nonsense|rubbish",  # noqa: E501 - one phrase
            "saying|said|using|used ... wrong word|words|name|names",
            "not like me|myself",
            # the negation is the sign's own word ("Mom says I wasn't acting like myself")
            "not|wasnt|isnt|werent|arent acting|behaving like myself|herself|himself",
            "havent|hasnt been acting|behaving like myself|herself|himself",
            "talking|talked|speaking rubbish",
            "brain fog ... worse",
            "personality change",
            "personality changed",
            "personality ... changed",
            "not myself",
            "not himself|herself|themself|themselves",
            "not like him|her|them|himself|herself",
            # "mixing up day and night", "not recognising the carers he knows well"
            "mixing|mixed up day and night",
            "i|im|am|keep|kept|been mixing|mixed|mix up the|my days|dates",
            "seeing|hearing things that|which arent|werent|isnt|wasnt there",
            # "talking about people who aren't here", "put the milk in the oven"
            "=talking|talks|talked|chatting to people|someone|somebody who|that arent|isnt|werent|wasnt there",
            "kept|keeps|keep|been|was|is talking|chatting to people|someone|somebody who|that arent|isnt|werent|wasnt there",  # noqa: E501 - one phrase
            "milk ... in the oven|dishwasher",
            "keys|phone|remote|kettle|shoes|wallet|purse|glasses ... in the oven|freezer|microwave|dishwasher",
            "hallucinating|hallucinations|hallucinated",
            "not recognising|recognizing ... people|faces|family|us|me|anyone|friends|nurses",
            "trouble speaking",
            "{cant} talk|speak right|properly|clearly|straight",
            # the words a clinician (or a person who works in health care) writes
            "dysarthria",
            "dysphasia",
            "aphasia",
            "slurred speech",
            # "slurred my words at supper" (not "the vicar slurred his words")
            "slurred|slurring my words",
            "speech slurred",
            "slurring",
            "{cant} get ... words out",
            "words muddled",
            "trouble finding words",
            "{cant} find ... words|word",
            "struggling|struggle|struggles to find ... words|word",
            "words|sentences|sentence|letters ... wrong order",
            "coming|come|came out ... jumbled|muddled|garbled|wrong|backwards",
            "words|word|speech|sentences ... coming|come|came|comes out funny|weird|strange|odd",
            # "words come out sounding drunk", "saying weird random stuff"
            "words|speech ... sounding|sounds|sound drunk",
            "saying weird|strange|odd|random ... stuff|things",
            "texts|text|messages|writing|typing ... gibberish|nonsense|jumbled|garbled",
            "numbers|words|letters|signs ... no sense",
            "lost|losing|lose my|the words|word|thread",
            "lost|losing|lose words",
            "{cant} take it|anything|things|stuff in",
            "{cant} tell|say ... where|who",
            "{cant} tell|remember|work which way",
            "missed|missing|misses her|his|my mouth",
            "{cant} tell|say ... what day",
            "{cant} ... remember|recall",
            "{cant} count ... change|money|coins",
            "repeating myself",
            # "I find I am repeating questions" (not "the host kept repeating questions")
            "i|im|am|been|was repeating questions",
            "i keep repeating questions",
            # "went blank halfway through my PIN"
            "went|gone|goes|going blank ... pin|password|number|name|postcode",
            "repeated|repeats|repeat|repeating myself|herself|himself",
            "forgot|forgotten|forgetting|forget my|the pin|password|passcode",
            "forgetting things",
            "forgot|forgotten|forgetting|forgets how to",
            "forgetting|forgot|forget|forgets why i|im|he|she|hes|shes|we",
            "forgetful",
            "asking ... same question|questions|thing|things",
            "repeating|repeats|telling|tells ... same story|stories|question|questions|thing|things",
            "talking nonsense",
            "not|isnt|wasnt|aint making ... sense",
            "{misplaced} ... in the fridge|freezer|oven|microwave|bin|dishwasher",
            "asking|asks|asked ... what day|year|month|time",
            "out of character",
            "{cant} follow ... recipe|instructions|conversation|conversations|story|plot|film|steps",
            "forgetting|forgot|forgets|forgotten ... conversation|conversations|appointments",
            "thinking ... treacle|mud|slow|slower|sluggish|foggy|cotton",
            "doesnt|dont|didnt|does|did know|recognise|recognize me|us|anyone|people|faces|family|her|him",
            "doesnt|dont|didnt|couldnt recognise|recognize ... neighbour|neighbor|friend|friends|son|daughter|wife|husband",  # noqa: E501 - one phrase
            "{cant} work|figure out ... machine|phone|remote|tv|telly|microwave|cooker|oven",
            "{cant} work|figure out ... money|change|bills|instructions|recipe",
            "forgetting|forgetful ... more|loads|lots|worse|everything",
            "left the gas|oven|hob|cooker|taps|tap|iron ... on|running",
            "doesnt|dont|didnt|does|did know|recognise|recognize ... what day|month|date|time",
            "doesnt|dont|didnt|does|did know|recognise|recognize ... where he|she|i|they|we|is|was|am|are",
            "forgetting|forget|forgot|forgets|lose|lost|losing ... what i|im|he|hes|she|shes|was|they ... saying|doing|said|talking",  # noqa: E501 - one phrase
            "making no sense",
            "behaving ... odd|oddly|strange|strangely|weird|weirdly|differently",
            "acting ... odd|oddly|strange|strangely|weird|weirdly|differently",
            "acting ... out of character",
            "got|getting|get lost ... driving|way|route|home|walking|supermarket|shop|shops|town|store|building",
            "got|getting|get lost ... tesco|asda|sainsburys|aldi|lidl|walmart|target|mall|market|precinct",
            "got|getting|get lost in ... own|house|flat|garden",
            "got|getting|get lost ... hospital|carpark|car|station|street",
            "asking|asks|asked ... where he|she|i|they|we ... is|am|are|was|were|lives|live",
            "lost my way",
            "forgot the way",
            # "couldn't find my way home from the shop" (not "my way back to sleep", "the way back to
            # the car")
            "{cant} find my|his|her way home",
            # "forgot my own postcode" (not "my own name badge", "my own address book")
            "forgot|forgotten|forgetting|forget|forgets my own postcode|address|surname",
            "forgot|forgotten|forgetting|forget|forgets my own phone number",
            "got|getting|get|gets ... lost ... driving|way|route|home|walking|road",
            "forgetting|forgets|forgot|forget where i|she|he|they|we am|is|are|was|were|live|lives",
            "said|saying|says|wrote|writing|typed ... when i|she|he|they meant|mean",
            "losing|lost|loses|lose track of ... saying|said|talking|sentence|sentences|thoughts|day|days|date|time",
            "losing|lost|loses|lose track ... sentence|mid",
            # "head all jumbled", "doesn't recognise his own kitchen"
            "head|brain|thoughts|mind all|feels|gone|going|totally|completely jumbled|scrambled",
            "doesnt|didnt|couldnt|cant recognise|recognize his|her|their own",
            "thinks|thought he|she|hes|shes|theyre|were ... still|living|back",
            # any order: lost on a way the person knows ("got lost coming back from the corner shop")
            "lost & got|getting|gets|completely|totally & familiar|recognise|recognize|usual|route|corner|chemist|street|streets",  # noqa: E501 - one phrase
            # words that come out wrong ("words coming out all jumbled", "muddling my words")
            "words|word & wrong|jumbled|muddled|muddling|scrambled|tangled",
            "mixing|mixed|mix|mixes up my|me words|word",
            "mixing|mixed|mix|mixes my|me words|word up",
            "my|me words|word ... mixed|mixing up",
        ),
    ),
    Sign(
        "seizure",
        "neurological",
        NOW,
        (
            "seizure",
            "seizures",
            "seizer",
            # the verb a witness uses ("she started to seize on the kitchen floor"; not "seize up")
            "seize",
            "seizing",
            "seized",
            "siezure",
            "convulsion",
            "convulsions",
            "convulsing",
            "convulsed",
            "had a fit",
            # "took a fit in the chair" (Scots and Irish English); not a tablet taken
            "took|taken a|another fit|seizure",
            "having a fit",
            "had|having|another|two|three|several|more|multiple|few|many fits",
            "had|having another fit",
            # "I had the fit in the kitchen": English as a second language drops or swaps articles
            "had|having the fit",
            # the verb ("she fitted again in her sleep", "fitted twice"; not "had new tyres fitted today",
            # "I fitted the curtains")
            "fitted|fitting twice",
            "fitted|fitting three|four|several|many times",
            "she|he|i|mum|dad|hes|shes|im fitted|fitting again|twice|overnight",
            # shaking all over that does not answer ("shaking all over and not answering")
            "shaking|jerking|twitching all over|whole ... not|wasnt|wouldnt|didnt|couldnt answering|answer|responding|respond",  # noqa: E501 - one phrase
            # its medical names ("grand mal at work")
            "grand mal",
            "tonic clonic",
            "petit mal",
            "a fit",
            "fitting",
            "=fit",
            "fit ... woke|floor|ambulance|paramedics|bit|bitten|jerking|ambos|ambo",
            # "dad's first ever fit tonight"
            "first|second|third ever fit",
            # a fit said with its kind, its time or its place ("had a shaking fit", "fit this morning",
            # "fit in the kitchen"); "feeling fit today" and "keep fit" are idioms
            "shaking|jerking|twitching|epileptic fit|fits",
            "had|having|another a|another big|bad|major|proper fit",
            "had|having big|bad|major|proper fits",
            "big|major fit|fits last|this|yesterday|today|tonight|earlier|overnight",
            # said as a whole clause or after "had a", not of clothes ("jeans fit last week")
            "=fit this|last morning|night|afternoon|evening|week",
            "had|a|another|the fit this|last morning|night|afternoon|evening|week",
            "fit this|last morning|night|afternoon|evening|week lasted|lasting",
            "=fit yesterday|today|tonight|earlier|overnight",
            "had|a|another|the fit yesterday|today|tonight|earlier|overnight",
            "=fit in the {room}",
            "had|a|another|the fit in the {room}",
            "=fit in the night|street",
            "had|a|another|the fit in the night|street",
            "=fit at work",
            # "fit at 7am": a clause that says only a fit and when (the clock's numbers aside)
            "=fit at|around|about",
            "had|a|another fit at|around|about ... am|pm|oclock",
            "=fit at|around|about breakfast|lunch|lunchtime|dinner|teatime|tea|supper|bedtime|midnight|noon",
            "=i|he|she fitted at|around|about",
            "had|a|another|the fit at work",
            # fitting, said in the past ("I fitted twice today")
            "i|he|she|hes|shes fitted twice|again",
            "i|he|she|hes|shes fitted for ... minutes|mins|seconds|secs|ages|hours|while",
            "i|he|she|hes|shes fitted for the first time",
            "=i|he|she fitted",
            # named by its kind ("my husband say it was epilepsy fit", "an epileptic attack")
            "epilepsy|epileptic fit|fits|attack|attacks|seizure|seizures",
            "blacked out",
            "passed out",
            "lost consciousness",
            "unconscious",
            "woke|came|coming ... on the floor",
            "woke|came|coming up|round|to on the {room} floor",
            "woke|came|coming on the {room} floor",
            "woke|came|coming this|last morning|night on the {room} floor",
            "found me on the floor",
            "on the floor ... jerking|twitching|shaking|fitting",
            # "on the bathroom floor twitching"
            "on the bathroom|kitchen|bedroom|lounge|landing|hall|hallway floor ... jerking|twitching|fitting",
            "jerking|twitching|thrashing|shaking ... on the floor",
            "twitching and jerking",
            "jerking and twitching",
            # "he jerked and shook for about a minute" (not "the old lift jerked and shook")
            "he|she|i|body|arms|legs jerked|jerking and shook|shaking|twitched|twitching|thrashed",
            "jerking|jerked ... arms|legs|body|all over",
            "arms|legs|limbs|body|hand ... jerking|jerked|twitching|twitched|thrashing",
            "went|gone|goes stiff|rigid",
            "stare|staring|stared blankly|vacantly",
            "staring into space",
            "smack|smacking|smacked ... lips",
            "wet herself|himself|myself",
            "since|after the fit|seizure|fitting",
            "not responding",
            # "partner says i was jerking and not answering for a minute"
            "jerking|twitching|fitting|convulsing and not|wasnt|werent|wouldnt answering|answer|responding",
            "unresponsive",
            "non responsive",
            "wouldnt|didnt|couldnt respond|answer",
            "{cant} wake|rouse him|her|them",
            "shaking ... blacked|passed out",
            # what a witness sees ("collapsed and was twitching all over, eyes rolled back")
            "eyes rolled|rolling|rolls back|up",
            "found me|him|her jerking|shaking|fitting|twitching|convulsing|unconscious",
            "some kind|sort of fit|seizure",
            "frothing|foaming|froth|foam at the mouth",
            "frothing|foaming|froth|foam at|from her|his|their mouth",
            "shaking|shook|jerking|twitching|fitting ... bit|bitten|biting her|his|my tongue",
            "bit|bitten|biting her|his|my tongue ... shaking|shook|jerking|twitching|fitting",
            # wet themself while shaking ("lost her water while she was shaking")
            "shaking|shook|jerking|twitching|fitting ... lost|losing her|his|my water|bladder",
            "lost|losing her|his|my water|bladder ... shaking|shook|jerking|twitching",
            "collapsed ... twitching|jerking|shaking|convulsing|fitting|jerked|twitched|convulsed",
            # "he went rigid and jerked on the bathroom floor"
            "went rigid|stiff ... jerked|jerking|twitched|twitching|convulsed|convulsing",
            # any order: shaking or jerking with what a witness sees ("says I was thrashing and frothing at
            # 2am", "shaking n jerking on floor")
            # (not twitching, an eyelid's; nor shaking on a floor, as often a fever's shivering; nor
            # "rolled", "answering" or a tongue, everyday words)
            "jerking|jerked|thrashing|thrashed|convulsing & floor|flair|frothing|froth|foaming",
            "shaking|shakin & froth|frothing|foaming & mouth",
        ),
        "Seek help now (call an ambulance) for a seizure or passing out.",
    ),
    Sign(
        "face drooping",
        "neurological",
        NOW,
        (
            "{features} ... {droop}",
            # "his mouth looked wrong when he smiled, one side wouldnt go up"
            "one side wouldnt|wont|didnt|doesnt|cant move|lift",
            "one side wouldnt|wont|didnt|doesnt|cant go up",
            "{features} looked|looks|look|looking wrong|wonky|lopsided|different when ... smile|smiled|smiles|smiling",
            # "his face has gone down on one side"
            "{features} ... down on one side",
            "{features} ... gone|went|going|fallen|fell|slipped down",
            # "one side of my mouth is hanging down": one side, said
            "side ... {features} ... hanging|hangs|hung|slanted|slanting",
            "side ... {features} ... hanging|hangs|hung down",
            # "the left side of my face has slipped, like a melted candle"
            "side of my|his|her {features} has|had|is|just|have slipped|dropped|sagged|sagging|fallen|collapsed",
            "side of my|his|her {features} slipped|dropped|sagged|sagging|fallen|collapsed",
            # "my mouth is falling on the right side", "her face is hanging on one side"
            "{features} ... hanging|falling|slanting|slanted|sliding on|to the|her|his|my left|right side",
            "{features} ... hanging|falling|slanting|slanted|sliding on|to one side",
            "drooping|droopy|lopsided|crooked|sagging ... {features}",
            "one side of ... face",
            # "when I smile only half my face moves", "her face has gone slack on one side"
            "only half my|his|her face|mouth|smile moves|moved|moving|lifts|lifted",
            "only one side of my|his|her face|mouth|smile moves|moved|moving|lifts|lifted",
            "only one side of my|his|her face|mouth|smile goes|went up",
            "{features} only goes|went up on one|the left|right side",
            "smile ... only goes|went up one side",
            "smile ... only goes|went up on one side",
            "my|his|her face|mouth drop|drops down one side",
            "my|his|her face|mouth drop|drops down on one side",
            # "left corner of my mouth won't lift, it's sagging"
            "corner of my|his|her mouth|lip|lips ... drooping|droopy|drooped|sagging|sagged",
            "{features} ... slack|slanted on|down one|the|her|his|my side|left|right",
            # "numb face, new drooping on one side": said of the face in the clause before (not of an
            # eyelid: "eyelid drooping on one side")
            "=drooping|droopy|drooped on|down one side",
            "=new|now|sudden|suddenly drooping|droopy|drooped on|down one side",
            "=new|now|sudden|suddenly drooping|droopy|drooped on|down the left|right side",
            # "facial droop" (not "facial pain went down", "sagging facial skin")
            "facial droop|drooping|droops|drooped|sagging",
            # "my smile is wonky", "her mouth looks uneven" (not a face mask on wonky, lip filler uneven)
            "face|smile|mouth is|looks|look|looked|looking|gone|went|feels|seems wonky|uneven|skewed|slanted",
            # "right corner of my mouth wont go up"
            "corner of my|the mouth|lip|lips ... {cant} lift|move|go",
            # a drink running out of one side of the mouth (not drooling in sleep)
            "tea|drink|drinks|water|coffee|food|soup ... dribbling|dribbled|dribbles|spilling|spilled|leaking|running ... side of my|his|her mouth",  # noqa: E501 - one phrase
            # any order: a face, a mouth or a smile falling on one side ("my face one side is falling")
            # (not "hanging off the left side of the bed")
            "face|mouth|smile & one|left|right & side & falling|dropping|drooping|droopy|sagging|slipping|slanting",  # noqa: E501 - one phrase
        ),
        "Seek help now (call an ambulance): a face drooping on one side, or weakness of one side "
        "that came on suddenly, can be a stroke.",
    ),
    Sign(
        "sudden weakness of one side",
        "neurological",
        NOW,
        (),
        "Seek help now (call an ambulance): "
        "a face drooping on one side, or weakness of one side that came on suddenly, can be a stroke.",
    ),
)

#: Signs in one entry that together need help now: the label's signs of a
#: serious herpes infection (severe headache with a stiff neck or a fever,
#: confusion with a fever).
COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        "headache with stiff neck or fever",
        "infection",
        NOW,
        frozenset({"headache", "worst headache"}),
        frozenset({"stiff neck", "fever", "very high fever"}),
        "Seek help now: a headache with a stiff neck or a fever can be a serious infection.",
    ),
    Combination(
        "confusion with fever",
        "infection",
        NOW,
        frozenset({"changes in thinking"}),
        frozenset({"fever", "very high fever"}),
        "Seek help now: confusion or a change in behaviour with a fever can be a serious infection.",
    ),
    Combination(
        "stiff neck with fever",
        "infection",
        NOW,
        frozenset({"stiff neck"}),
        frozenset({"fever", "very high fever"}),
        "Seek help now: a stiff neck with a fever can be a serious infection.",
    ),
)

#: Phrases that hold a sign's words but are no sign: a sign found inside one does not count.
IDIOMS: tuple[str, ...] = (
    # a face that is a thing's or a beauty product's, and sleep ("face pack slipping on the right side",
    # "pillow marks on the left side of my face from falling asleep")
    "face pack|packs|mask|masks|cream|creams|wash|cloth|paint|mist",
    "clock|watch|cliff|rock face",
    "falling asleep",
    # power that is electricity's or a machine's ("the car lost power steering", "power cut")
    "power steering|cut|cuts|tool|tools|drill|shower|bank|station|lines|outage|supply|socket|button|failure",
    # a test that is no infection's ("pregnancy test positive!!!", "ovulation test positive")
    "pregnancy|ovulation|ovulating|pregnant test|tests positive",
    "positive pregnancy|ovulation test|tests",
    "cabin fever",
    "fever pitch",
    "spring fever",
    "saturday night fever",
    "weakness for",
    # cooled air, not breath ("got no air con in the flat")
    "air con|conditioning|conditioner",
    # news, not food ("the diagnosis was hard for me to swallow")
    "diagnosis|news|price|decision|truth|verdict|bill|result|results ... to swallow",
    # a craze, not a fever ("shopping fever", "world cup fever")
    "shopping|football|cup|election|wedding|christmas|gold|baby fever",
    "itching to",
    "bra|shirt|jumper|top|dress|wetsuit|binder|bandage|gown|jeans|tshirt|vest|strap|straps ... tight|tighter",
    "drunk after|from|on ... pint|pints|beer|beers|wine|prosecco|gin|vodka|cocktails",
    "siri|alexa|satnav|nav|parrot|tv|telly|radio ... saying",
    "fallen|dropped|fell|slipped out|off",
    "muscles|muscle|pecs ... tight|tighter",
    "itching for",
    "flushed the",
    # a line or a feeding tube flushed, not a face ("peg flushed and feed running")
    "peg|line|tube|cannula|port flushed",
    # a temporary worker ("agency temp covering the morning call")
    "agency temp",
    # an outbreak among others ("flu outbreak on the unit")
    "flu|bug|virus|covid|norovirus|noro|sickness outbreak",
    "flushing the",
    "flush the",
    "flushed out",
    "chill out",
    "chilled out",
    "chilling out",
    "sick of",
    "sickly sweet",
    # a basketball team, not a fever ("watched the Fever game")
    "fever game|games|fans|tickets",
    # a dog trained for seizures, not one ("seizure alert dog")
    "seizure alert|response|assistance dog|dogs",
    # a medicine or a plan for seizures ("took a seizure med at 8")
    "seizure med|meds|medication|medicine|tablet|tablets|pill|pills|plan|diary",
    # a course of antibiotics finished
    "done|finished|completed with the|my antibiotics|abx",
    "finished|completed the|my antibiotics|abx",
    "finished|completed the|my course",
    # a note from a doctor, not a fit ("had the fit note from the GP")
    "fit note|notes",
    # cross, not hot ("has me hot under the collar")
    "hot under the collar",
    # fits of laughter, fits and starts (read "fit and": so "and starts" alone, or "had a fit and
    # will have another" would be an idiom)
    "fits of laughter|giggles|coughing|sneezing|rage|temper",
    "fits and starts",
    # a machine's end ("the tumble dryer had a fit and died"), not "had a fit and stopped breathing"
    "fit and died|conked",
    # not a seizure ("seize the day", "my legs seize up")
    "seize|seized|seizes|seizing up",
    "seize|seizing|seized|seizes the|this day|moment|chance|opportunity",
    # nervous, not numb ("pins and needles waiting for exam results")
    "pins and needles waiting|about|over|until",
    # drink, not the eyes ("seeing double on the whisky tasting night")
    "seeing double ... whisky|wine|beer|pints|drinks|gin|vodka|cocktails|prosecco",
    # a medicine kept for a rainy day ("keep imodium in my handbag just in case")
    "keep|kept|keeping|carry|carrying|pack|packed|stock|stocked ... imodium|loperamide|dioralyte|antibiotics",
    # cynical, not yellow ("bit jaundiced about the new neuro")
    "jaundiced about|view|eye|opinion|towards|with",
    # glands, not the throat ("sore throat and swollen glands")
    "swollen|swelling|puffy glands|gland|nodes|node",
    # a leak when coughing or laughing, not a seizure's ("coughing so hard i wet myself")
    "so hard|much i|she|he wet|peed myself|herself|himself",
    "nearly|almost wet|peed myself|herself|himself",
    # a fright or a rush, not a sweat ("in a sweat about the form")
    "in a sweat about|over",
    # pleased, not a reaction
    "flushed with success|pride|joy|excitement|happiness|delight",
    # an illness that others have ("flu going round the office")
    "flu|bug|bugs|virus|viruses|covid|cold|colds|lurgy|sickness|cough|coughs going|doing round|around|rounds",
    "flu|bug|bugs|virus|viruses|covid|cold|colds|lurgy|sickness|cough|coughs doing the rounds",
    "pulled|pull|pulling|threw|throw|throwing a sicky",
    "sick and tired",
    "pain in the neck",
    # a walk's air, not a breath that fails ("cant take a deep breath of the sea air, too windy")
    "breath of fresh|sea|country|mountain air",
    "breath of the fresh|sea|country|mountain air",
    # overcome by feeling, not weak ("weak at the knees when the grandkids walked in")
    "go|went|goes|going|gone weak at|in the knees",
    "weak at|in the knees when|seeing|over|about",
    "shaking hands",
    "shaking my head",
    "shaking off",
    # watching for a sign is not having it ("keep an eye out for yellow eyes")
    "keep an eye out",
    "keep an eye on",
    # busy, hasty and out of breath from arguing: sign words in other senses
    "hive|hives of",
    "his|her|their weakness",
    # a fondness ("dark chocolate digestives are my weakness")
    "is|are|was|were my|his|her|their|our weakness",
    "rash decision|decisions|choice|choices|move|promise|purchase|buy|comment|remark|thing",
    "blue in the face",
    "at the price|prices|cost|bill",
    "took|take|taking|checked|check|checking my|the temp|temperature",
    "took|take|taking|checked|check|checking my own temp|temperature",
    "left me|us breathless",
    "breathless|breath from|with laughing|laughter|excitement|giggling",
    "cant|couldnt breathe|breath laughing|giggling",
    # a feeling, not a palsy or a numb skin ("paralysed by choice", "numb to the drama")
    "paralysed|paralyzed by choice|indecision|fear|anxiety|nerves",
    "numb to the|it|all|this|that",
    # a craze, not a fever
    "bieber|football|christmas|wedding|election|gold|disco|festival|cup|final|derby|playoff fever",
    "yellow fever",
    "bee|bees hive|hives",
    "took my breath away",
    "cough|coughed|coughing up ... quid|pounds|money|cash|dollars|bucks|euros|fee|fees|fare|fine",
    "footy|football|soccer|rugby|cricket|cup|match|christmas|xmas|election|gold|disco|hockey fever",
    # a colour of a thing, not of the skin ("red pen mark where they drew on me")
    "red|blue|green|purple pen|marker|ink|biro|felt",
    "lift my|his|her|your head off|from the pillow",
    "fit in with",
    "fits in with",
    "fit into",
    "keep fit",
    # fit and well ("feeling fit today", "looked fit this morning")
    "feel|feeling|felt|feels|look|looks|looking|looked|very|so|quite|pretty|stay|staying|keeping|super|fighting fit",
    "get fit",
    "fit for",
    # fit and well, not "had a fit and bit my tongue"
    "fit and well|healthy|strong|active|able|ready|happy|raring|fine|fab|fabulous|sporty|slim|lean",
    "fit and proper|lively|independent|sprightly|spry|trim|agile|nimble|capable|feisty",
    "threw a fit",
    "throw a fit",
    "throwing a fit",
    # anger foretold ("mum will have a fit when she sees the bill"): a fit is never told before it comes
    "will|would|gonna|id have a fit",
    # a drink or a smoke wanted ("gasping for a cuppa"), not air
    "gasping for a cuppa|cup|brew|drink|pint|coffee|tea|smoke|fag|ciggie",
    "blows hot and cold",
    "blow hot and cold",
    "blowing hot and cold",
    "blew hot and cold",
    "jaundiced view",
    "red eye flight",
    "the red eye",
    "is a headache",
    # a nuisance ("parking is a total headache")
    "is|was|its a total|real|complete headache",
    # back to a habit ("relapsing into my old chocolate habit")
    "relapse|relapsing|relapsed into",
    "was a headache",
    "what a headache",
    "such a headache",
    "real headache",
    "head spinning from",
    "seeing double the",
    "football fever",
    "tempers flared",
    "temper flared",
    "shivers down",
    "on the run",
    "a run",
    "cold call",
    "cold turkey",
    "cold shoulder",
    "cold one",
    "cold drink",
    "cold water",
    "cold shower",
    "cold weather",
    "cold day",
    "cold night",
    "cold outside",
    "cold hands",
    "cold feet",
    "cold hand",
    "cold wind",
    # "no idea where I was going with this": lost in a task, not the way
    "no idea where i was|am going|supposed|meant|with|in|on|up|headed|heading",
    # furniture and boxes, not the body
    "chest of drawers",
    "chest freezer",
    "tool|treasure|toy|blanket|medicine chest",
    # "a brutal cold snap", "a dreadful cold house": the weather or a thing, not a cold
    "cold snap|snaps|spell|spells|front|house|flat|room|brew|feeling|air|morning|evening|afternoon|bath|light",
    "out cold",
    "ice cold",
    "feeling cold",
    "rash decision",
    "flu jab",
    "rash of",
    "swallow my pride",
    "breathe a sigh",
    "breathing space",
    "breath of fresh air",
    "take my breath away",
    "took my breath away",
    "fever dream",
    "fit of",
    "roof shingles",
    "shingles on the roof",
    "shingles on the shed",
    "room temperature",
    "temperature outside",
    "temperature dropped outside",
    "temp job",
    "as a temp",
    "temp work",
    "temp agency",
    "temperature control",
    "temp at work",
    "temp at the",
    "temp for",
    "temping",
    "temp contract",
    "temp role",
    "temp shift",
    "new temp",
    "jaw dropped",
    "jaw drop",
    "jaw dropping",
    "dropped open",
    "lost sight of",
    "lose sight of",
    "losing sight of",
    "red hot chilli",
    "red hot chili",
    "a thrush in",
    "song thrush",
    "mistle thrush",
    "leaves|leaf|grass|lawn|banana|bananas|plant|plants|paint|paper|pages|teeth|sky ... yellow",
    # a sweet, not too little air ("lips blue from the blackcurrant ice lolly")
    "blue|purple from|after ... lolly|lollies|blackcurrant|blueberries|blueberry|slushie|popsicle|ribena|sweets",
    # not answering for a plain reason ("wouldnt answer me, had her headphones in")
    "wouldnt|didnt|couldnt answer|respond ... headphones|earphones|earbuds|airpods|phone",
    "cant|couldnt breathe|breath for|from|with laughing|giggling|laughter",
    # talk in sleep ("she was talking gibberish in her sleep again")
    "talking|talks|talked|talk ... in her|his|my|their sleep",
    "hot and cold water",
    "hot and cold taps",
    "hay fever",
    "hay feverish",
    # a sign word used to describe a thing ("a heart racing thriller")
    "heart racing|pounding|stopping thriller|film|movie|match|game|final|finish|finale|ride|read|book|novel|episode|ending|climax|race|shootout",  # noqa: E501 - one phrase
    # a fitting for clothes
    "dress|suit|bra|shoe|wedding|kitchen|carpet fitting",
    "fitting room|rooms|appointment",
    "a fitting for",
    "cup fever",
    "fever tree",
    "gold fever",
    "election fever",
    "christmas fever",
    "double digits",
    "double figures",
    "on pins and needles",
    "confused by",
    "temperature checked",
    "temp checked",
    "took my temp",
    "took my temperature",
    "taking my temp",
    "taking my temperature",
    "checked my temp",
    "checked my temperature",
    "temp taken",
    "temperature taken",
    # a pace, a rush or a crowd that is feverish ("feverish pace in the office")
    "feverish pace|rush|activity|haste|excitement|atmosphere|speculation",
    # the one who is not ill ("whole office has flu, I'm the last one standing")
    "last one|man|woman standing",
    "lump sum|sums",
    # "giddy up", "my giddy aunt"
    "giddy up",
    "giddy aunt",
    # "cough sweets for Dad" (not "sweet-smelling cloudy pee")
    "cough|throat sweets|sweet",
    # a vaccine by another name ("had my flu injection at the surgery"; not "Covid: dose 2 of
    # paxlovid")
    "flu|covid|shingles|pneumonia|pneumococcal|rsv injection|injections",
    # a course ended ("cloudy wee cleared up once the antibiotics were done")
    "antibiotics|abx are|were|now done|finished|over|complete|completed",
    # "caught a cold stare from the receptionist"
    "cold stare|look|glare|reception",
    # a thing named after what one forgets ("forgot my own address book")
    "address book|books",
    "postcode lottery",
)

#: A sentence's first clause of at most this many words before a dash is a label, one clause with
#: what follows ("neck - stiff, can't bend chin down").
LABEL_WORDS = 2

#: Words that, before a sign in the same clause, say it is absent.
NEGATIONS = frozenset(
    {
        # Scots: "nae temp"
        "nae",
        "no",
        "not",
        "without",
        "never",
        # "could not" is read "couldnt" (CONTRACTIONS): looked for and not found ("could not see any
        # blue in her lips"; a negation is one or two words), or not said
        "see any",
        "find any",
        "feel any",
        "detect any",
        "wouldnt say",
        "couldnt say",
        "of any",
        "none",
        "nor",
        "neither",
        "didnt",
        "doesnt",
        "dont",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "havent",
        "hasnt",
        "hadnt",
        "wont",
        "aint",
        "denies",
        "denied",
        "nil",
        "zero",
        "free of",
        "finished",
        "stopped",
        "completed",
        "negative",
        "negative for",
        "ruled out",
        "free from",
    }
)
#: A clause that opens with one of CORRECTED and then one of AFFIRMED takes back the "no" of a
#: clause before it ("not short of breath, I told the nurse. Actually I am", "rash: no, wait, yes"):
#: the nearest of the CORRECTED_REACH clauses before it whose negation hid a sign is read without it.
CORRECTED = frozenset({"actually", "wait", "no wait", "correction", "oh wait"})
AFFIRMED = frozenset(
    {
        "yes",
        "yeah",
        "yep",
        "i am",
        "im",
        "i do",
        "i did",
        "i have",
        "ive",
        "i was",
        "it is",
        "its",
        "it was",
        "there is",
    }
)
CORRECTED_REACH = 2
#: ... when at most this many words follow the affirmation in its clause ("actually I am, even sitting
#: still"; not "actually im doing really well", emphasis), and the "no" hid a single sign.
CORRECTED_AFTER = 0
#: Words that take back what was written (a correction, not a sign). None takes back a sign that needs
#: help now from the clause before: a taking back names what it means, and an urgent sign is kept.
#: One of these takes back the signs before it in its own clause:
RETRACTED = frozenset({"by mistake", "in error"})
#: ... only of a sign after one of these, a word of writing it down ("wrote fever by mistake"; not
#: "gave me the wrong bag in error", "used his inhaler by mistake").
LOGGED_WORDS = frozenset(
    {"wrote", "written", "logged", "typed", "entered", "ticked", "clicked", "recorded", "selected"}
)
#: ... and these only when they open their clause, of the clause before ("..., I meant I went for two
#: runs"; not "said fork when i meant phone", which is a sign, nor "i meant to ring 111", an intention).
RETRACTED_OPENING = frozenset({"i meant", "meant to write", "meant to type"})
#: After "i meant", one of these is an intention, not a correction.
INTENDED = frozenset({"to"})
#: Opening a clause, these take back the clause before it, and their own up to "about" ("scratch that
#: about the double vision"; not "cant ignore that my arm went weak", nor "ignore that last message").
RETRACTED_HERE = frozenset({"scratch that", "ignore that", "disregard that", "delete that"})
RETRACTED_ABOUT = frozenset({"about", "re", "regarding"})
#: After a cue of RETRACTED_HERE, one of these names an earlier message, not the clause before.
EARLIER_MESSAGE = frozenset({"last", "earlier", "previous", "other", "message", "entry"})
#: An idiom that opens with one of these words is not one after the words given: a "temp" after them
#: is a temperature, never a job ("high temp at work"; not "temp at work, new job", "had a temp job");
#: nor an idiom of IDIOMS_UNDONE_BEFORE followed within IDIOM_UNDONE_REACH words by one of its words:
#: a "temp for" days or "at the" weekend is a temperature ("had a temp for 2 days").
IDIOMS_UNDONE_AFTER: dict[str, frozenset[str]] = {
    "temp": frozenset({"high", "raised", "slight", "spiking", "spiked", "low grade"}),
    # a limb that went weak at the knee is weak ("left leg went weak at the knee suddenly")
    "went": frozenset({"leg", "legs", "knee", "knees", "suddenly", "both", "just"}),
    "go": frozenset({"leg", "legs", "knee", "knees", "suddenly", "both", "keep"}),
    "goes": frozenset({"leg", "legs", "knee", "knees", "suddenly"}),
    "going": frozenset({"leg", "legs", "knee", "knees", "suddenly", "keep", "kept"}),
    "gone": frozenset({"leg", "legs", "knee", "knees", "suddenly", "has", "have"}),
    "weak": frozenset(
        {
            "leg went",
            "legs went",
            "leg goes",
            "legs go",
            "leg going",
            "legs going",
            "leg gone",
            "legs gone",
            "suddenly went",
        }
    ),
}
_LASTED = frozenset(
    {"day", "days", "hour", "hours", "week", "weeks", "night", "nights", "weekend", "morning", "evening", "while"}
)
IDIOMS_UNDONE_BEFORE: dict[str, frozenset[str]] = {"temp for": _LASTED, "temp at the": _LASTED}
IDIOM_UNDONE_REACH = 3
#: RESOLUTIONS of three or four words count just after the sign, or after one of these ("cough
#: which isnt a problem"), and not before one of UNTIL_NOW ("wasnt an issue until tonight": new).
RESOLUTION_JOINS = frozenset({"it", "which", "that", "was", "has", "really"})
UNTIL_NOW = frozenset(
    {
        "until",
        "till",
        "before",
        "normally",
        "usually",
        "previously",
        "last",
        "unless",
        "except",
        "earlier",
        "yesterday",
        "at first",
        "this morning",
        "this afternoon",
        "last night",
    }
)
#: Words after a negation that undo it ("not sure if", "no idea why").
NOT_NEGATIONS = frozenset(
    {
        # "no wonder I've got the runs", "nae wonder"
        "wonder",
        "sure",
        "certain",
        "only",
        "just",
        "idea",
        "doubt",
        "clue",
        "better",
        "worse",
        "improving",
        # a treatment that does not help: the sign is here ("inhaler isnt touching the wheeze")
        "touching",
        "helping",
        "working",
        "shifting",
        "budging",
        "easing",
        "doing",
    }
)
#: Words that, after a sign in the same clause, say it has passed.
RESOLUTIONS = frozenset(
    {
        "gone",
        "long gone",
        "long since gone",
        # "hands tingling after the hedge trimming, went off when I stopped" (not a fever that went off
        # when the paracetamol kicked in)
        "went off when i",
        # an answer after the sign ("any breathlessness: none")
        "none",
        "nil",
        # "blurry vision all sorted, new glasses" (not "need to get it sorted")
        "all sorted",
        "sorted now",
        "worn off",
        "wore off",
        "wearing off",
        "lifted",
        "cleared",
        "clearing",
        "resolved",
        "healed",
        "healing",
        "free",
        "stopped",
        "passed",
        "settled",
        "disappeared",
        "subsided",
        "ended",
        "finished",
        "went away",
        "going away",
        # said after it not to have mattered ("nausea wasnt an issue this time")
        "wasnt an issue",
        "wasnt a problem",
        "werent an issue",
        "werent a problem",
        "isnt an issue",
        "isnt a problem",
        "hasnt been an issue",
        "hasnt been a problem",
        "gone away",
        "no more",
        "is over",
        "was over",
        "are over",
        "broke",
        "broken",
        "cured",
        "no longer",
        "normal",
        "fine",
        "ok",
        "okay",
        "negative",
        "all better",
        "better now",
        "is better",
        "are better",
        "much better",
        "lot better",
        "loads better",
        "getting better",
        "improving",
        "improved",
        "nearly gone",
        "almost gone",
        "all gone",
        "faded",
        "fading",
        "eased",
        "easing",
        "on the mend",
        "calmed down",
        "clearing up",
        "cleared up",
        # a sign expected that never came
        "never came",
        "never happened",
        "never showed",
        "never appeared",
        "never arrived",
        "never started",
        "never developed",
        "didnt come",
        "didnt happen",
        "didnt appear",
        "didnt show",
    }
)
#: The words of NOT_A_SIGN that name a jab: they never rule out a sign that needs help now, which
#: after a jab is a reaction to it ("throat tight after jab", a flu jab or the dose under the skin).
VACCINATIONS = frozenset(
    {
        "jab",
        "jabs",
        # as people type them ("covid vax", "shingles vacine")
        "vax",
        "vaxx",
        "vaxxed",
        "vaxed",
        "vacine",
        "vacines",
        "vaccin",
        "vaccine",
        "vaccines",
        "vaccination",
        "vaccinations",
        "vaccinated",
        "booster",
        "boosters",
        "shot",
        "shots",
        "immunisation",
        "immunization",
    }
)
#: Words next to a sign word that make it a vaccination, a test or a check, not a sign.
NOT_A_SIGN = VACCINATIONS | frozenset(
    {
        "test",
        "tests",
        "tested",
        "testing",
        "swab",
        "check",
        "screening",
        "thermometer",
        "thermometers",
        "take",
        "took",
        "taking",
        "quiz",
        "crossword",
        "bloods",
        "bloodwork",
        "screen",
        "appointment",
        "clinic",
        "leaflet",
        "season",
        "awareness",
        "risk",
        "prevention",
        "spray",
        "aisle",
        "checked",
        "syrup",
        "lozenges",
        "list",
        # an activity named by a sign word ("spinning class")
        "class",
        "classes",
        "lesson",
        "lessons",
        "instructor",
    }
)
#: A sign after one of these words in its clause is someone else's ("grandson has a cold"),
#: unless the person speaks of themself in between ("partner says I had a fit").
OTHER_PEOPLE = frozenset(
    {
        "teenager",
        # "the mammy rang, she's after getting the shingles"
        "mammy",
        "mam",
        "husband",
        "hubby",
        "wife",
        "partner",
        "son",
        "daughter",
        "grandson",
        "granddaughter",
        "mum",
        "mom",
        "mother",
        "dad",
        "father",
        "kids",
        "kiddo",
        "kiddos",
        "toddler",
        "bairn",
        "kid",
        "child",
        "children",
        "friend",
        "colleague",
        "bestie",
        "class",
        "classmates",
        "workmates",
        "colleagues",
        "lady",
        "woman",
        "bloke",
        "guy",
        "chap",
        "fella",
        "calf",
        "cow",
        "horse",
        "pony",
        "lamb",
        "sheep",
        "puppy",
        "kitten",
        "rabbit",
        "hamster",
        "gerbil",
        "budgie",
        "parrot",
        "tortoise",
        "ferret",
        "heifer",
        "ewe",
        "ewes",
        "bff",
        "chef",
        "presenter",
        "actor",
        "actress",
        "sister",
        "brother",
        "baby",
        "boyfriend",
        "bf",
        "gf",
        "group",
        # a patient of one who works in health care ("pt in bay 4 had a seizure")
        "pt",
        "pts",
        "man",
        "men",
        # two words ("the wee one's got a temp", "my other half has flu")
        "wee one",
        "wee ones",
        "little one",
        "little ones",
        "other half",
        "girlfriend",
        "neighbour",
        "neighbor",
        "grandma",
        "grandad",
        "nan",
        "he",
        "she",
        "they",
        "everyone",
        "someone",
        "dog",
        "cat",
        "grandkids",
        # Scots for a child ("the wean took a fit")
        "wean",
        "weans",
        "grandkid",
        "grandchildren",
        "parents",
        "parent",
        "people",
        "nephew",
        "niece",
        "aunt",
        "uncle",
        "boss",
        "wifes",
        "husbands",
        "youngest",
        "eldest",
        "flatmate",
        "housemate",
        "roommate",
        "mate",
        "cousin",
        "gran",
        "granny",
        "grandpa",
        "grandfather",
        "grandmother",
        "stepson",
        "stepdaughter",
        "toddler",
        "puppy",
        "pet",
        "auntie",
        "his",
        "family",
        "relative",
        "colleagues",
        # people met by chance: at the infusion unit, on the bus ("the lady in the next chair")
        "lady",
        "ladies",
        "woman",
        "women",
        "gentleman",
        "guy",
        "bloke",
        "fella",
        "chap",
        "girl",
        "boy",
        "lad",
        "lass",
        "patient",
        "patients",
    }
)
#: Things that are not people: a sign after one in its clause is the thing's ("the car is
#: wheezing", "engine seized", "jumper label itching my neck"), as for another person.
THINGS = frozenset(
    {
        "alarm",
        "alarms",
        "detector",
        "car",
        "cars",
        "van",
        "engine",
        "motor",
        "mower",
        "lawnmower",
        "tractor",
        "bike",
        "boiler",
        "kettle",
        "laptop",
        "computer",
        "printer",
        "fridge",
        "freezer",
        "dishwasher",
        "radiator",
        "pipes",
        "heating",
        "jumper",
        "sweater",
        "label",
        "tag",
        "wool",
        "socks",
        "boots",
        "bus",
        "train",
        "plant",
        "plants",
        "tree",
        "lawn",
        "battery",
        "wifi",
        "router",
        "telly",
        "tv",
    }
)
#: A text that opens with the writer naming themself as someone writing for the person the journal
#: is kept for ("husband here", "carer note", "daughter writing for mum", "on behalf of"): its signs of
#: another person are that person's. One of OTHER_PEOPLE or CARERS, then one of CARER_MARKS.
CARERS = frozenset({"carer", "carers", "caregiver", "caretaker", "nurse", "helper", "pa"})
#: A text that opens with one of these ("carer: Pat is burning up") is written by a carer, and so is
#: one headed by a few words that end in one, then a colon or a bracket ("Paid carer: she says it
#: burns", "Dad's carer: ...", "(night carer) ..."; not "home carer came today, she has a cold").
CARER_ROLES = frozenset({"carer", "caregiver", "caretaker"})
#: ... but not with one of these next: the carer is the one the text tells of ("Carer off sick with
#: a cold, agency cover today", "carer has covid").
CARER_TOLD_OF = frozenset(
    # (not "is" or "was": "carer is writing this: she had a fit")
    {"off", "sick", "ill", "poorly", "unwell", "has", "got", "rang", "called"}
)
#: In a carer's text, the writer then one of these before a sign, then the person after it (he,
#: she, mum...) or "myself": the writer's own, not the person's ("carer here, I have a cold so
#: wearing a mask around him", "I've got a stomach bug myself"; not "I noticed a rash on his back",
#: nor "(wife typing for me) I've had a pounding headache since we left the hospital", where the
#: writer is the person). A person dictating is the writer, and is read as one.
#: ... or one of these after it: the writer keeps away from the person ("Husband here, I've got a
#: streaming cold so I'm sleeping downstairs").
KEEPING_AWAY = frozenset(
    {"sleeping downstairs", "keeping away", "staying away", "keeping my distance", "wearing a mask", "spare room"}
    # "so I wore a mask today", "moved to the sofa to keep it off her"
    | {"wore a mask", "mask on", "moved to the sofa", "keep it off"}
)
#: ... but not with one of these between: what the writer saw ("I have noticed a rash on his back").
WRITER_SEES = frozenset({"noticed", "seen", "seeing", "spotted", "watched", "found", "observed", "heard", "been"})
WRITER_HAS = {
    "i": frozenset({"have", "had", "got", "caught", "feel", "am"}),
    "ive": frozenset({"got", "had", "caught"}),
}
CARER_HEADER_WORDS = 3
#: ... the words before the role: one of these kinds of carer, or whose carer ("Dad's carer:"; not "Rang
#: the carer:", "(new carer) nice lady, she has a cough").
CARER_KINDS = frozenset(
    {"paid", "agency", "night", "day", "morning", "evening", "live", "in", "home", "family", "main", "his", "her"}
)
#: ... or in one of these after the one the journal is kept for ("Mum dictating: I can't ...", not
#: "boss dictating letters all day, she has a cold"); never a header opening with my or our ("My
#: carer: off sick with flu" is the carer's).
HEADER_MARKS = frozenset({"dictating", "dictated"})
#: A writer's possessive names the writer before one of these ("partner's note: his eyes have gone
#: yellow"; not "sister's here for the weekend, she has the flu").
WRITERS_NOTES = frozenset({"note", "notes", "entry", "update"})
#: ... or it opens with one of them and ties what it tells to the dose with one of these, then one of
#: DOSE_OWNERS or nothing ("my wife is very itchy after the infusion", "my son ... since his
#: infusion": the one who had the dose is the person).
DOSE_LINKS = frozenset({"after", "since", "from", "post"})
DOSE_OWNERS = frozenset({"the", "his", "her", "their"})
#: ... or with one of these before the dose, said by one of DOSE_HALTERS ("wife's lips swelling up,
#: they've stopped the infusion", "Mum flushed and itchy, nurse slowed drip"; not "dad stopped the drip
#: under the sink"); never in a text with "me" in it ("my husband drove me home after the infusion, he
#: has a cold": the writer had the dose). "During" ties nothing: relatives visit, ring and wait
#: during a dose ("sister visited during the drip, she's got a sore throat").
DOSE_HALTS = frozenset({"stopped", "slowed", "paused", "halted"})
#: A clause with one of these ties nothing to a dose that is still to come ("booked in for after
#: the infusion").
DOSE_TO_COME = frozenset({"booked", "due", "next", "tomorrow", "before", "for"})
DOSE_HALTERS = frozenset({"they", "theyve", "nurse", "nurses", "staff", "was", "were", "been", "got", "had"})
#: ... or the first person it speaks of is one of these, with nobody named before ("she had a fit")
#: and nobody introduced after one of INTRODUCED_BY ("she had a fit at school, the teacher rang me").
PERSON_PRONOUNS = frozenset({"he", "she", "hes", "shes", "his", "him", "her"})
#: ... and the possessives of the person a carer writes for: "her mum", "his brother" are theirs, another person.
THEIR = frozenset({"his", "her", "their"})
#: ... told of as ill by one of these just after ("her mum is in hospital", "his brother's got covid").
THEIRS_TOLD = frozenset({"is", "has", "got", "had", "was", "in", "with", "been", "caught", "tested"})
INTRODUCED_BY = frozenset({"my", "the", "a", "our", "your"})
#: ... or it opens with one of these (someone a journal may be kept for) whose thinking has changed.
CARED_FOR = frozenset(
    {
        # as "mum" is, in the North and in Ireland
        "mam",
        "mammy",
        "his",
        "her",
        "him",
        "husband",
        "hubby",
        "wife",
        "partner",
        "son",
        "daughter",
        "mum",
        "mom",
        "mother",
        "dad",
        "father",
        "sister",
        "brother",
        "grandma",
        "grandad",
        "nan",
        "gran",
        "granny",
        "grandpa",
        "grandfather",
        "grandmother",
        "aunt",
        "auntie",
        "uncle",
        "he",
        "she",
    }
)
#: ... the relatives who tell a seizure so (REPORTED): one a journal may be kept for, named (not "he",
#: "the vet", "the gp"); only of a seizure named as one.
TELLERS = CARED_FOR - PERSON_PRONOUNS
CARER_MARKS = frozenset(
    {"here", "writing", "note", "notes", "typing", "speaking", "update", "entry", "logging", "again"}
)
#: Opening a text, then who typed it, then another relative: the text is for that relative
#: ("written by my son: mum's wheezing").
WRITTEN_BY = frozenset({"typed by", "written by", "logged by", "entered by", "dictated to", "put in by"})
#: ... the relative being the one the writer is to the person: a son's or a daughter's mum or dad, a
#: partner's partner ("typed by my son: Grandad has jaundice" is someone else's).
WRITER_TO_PERSON = {
    **dict.fromkeys(("son", "daughter"), frozenset({"mum", "mom", "mam", "mother", "mummy", "dad", "father", "daddy"})),
    **dict.fromkeys(("husband", "wife", "partner", "hubby"), frozenset({"husband", "wife", "partner", "hubby"})),
}
CARER_OPENERS = frozenset(
    {
        "i write for",
        "write for",
        "this is her",
        "this is his",
        "logging it for",
        "asked me to log",
        "asked me to put",
        "asked me to write",
        "writing for",
        "typing for",
        "on behalf of",
        # "Dad has stinging when passing water, logging on his behalf" (not "rang school on her behalf")
        "logging on his behalf",
        "logging on her behalf",
        "writing on his behalf",
        "writing on her behalf",
        "typing on his behalf",
        "typing on her behalf",
        "logging for",
        "writing this for",
        # "i am her daughter", "we are his parents", "in mums diary"
        "i am her",
        "i am the",
        "im the",
        "i am his",
        "im her",
        "im his",
        "we are her",
        "we are his",
        "in mums diary",
        "in dads diary",
        "in his diary",
        "in her diary",
        "writing in",
    }
)
#: ... and these, only when one a journal may be kept for follows (after "my" or "our" at most):
#: "Dad's log, I type it for him", "I log for my wife", "kept by our son: Mum ...", "I'm keeping
#: this for her"; not "I type for a living", "I log for work", "kept by my bed", "I keep this for
#: my MS nurse".
CARER_OPENERS_FOR_SOMEONE = frozenset(
    {"i type it for", "i type for", "i log for", "i log it for", "kept by my", "kept by our", "keeping this for"}
    | {"i keep this for", "i fill this in for", "filling this in for", "filling it in for"}
)
SELF = frozenset({"i", "im", "ive", "id", "me", "myself", "mine"})
#: The writer's own, before one the journal may be kept for ("for my wife:", "I log for our son").
WRITERS_OWN = frozenset({"my", "our"})
#: The writer joined to another person by "and" ("me and the wife both have the runs"): theirs too.
JOINED_SELF = frozenset({"me", "i", "myself"})
#: After a sign in its clause, these leave the writer out ("whole house has flu except me", "everyone
#: at work has covid apart from me"; "except" or "but" then only these do not end the clause)...
BUT_ME = frozenset({"apart from me", "other than me", "except me", "except for me", "but not me", "but me"})
#: After "off" before a sign, a child's place: the sign is the child's ("Lily off nursery with a
#: cold"; not "off work with a cold", the writer's).
CHILD_PLACES = frozenset({"nursery", "school", "preschool", "daycare", "childcare", "kindy", "kindergarten", "creche"})
#: ... then one of these ("off nursery with a cold", "off school sick").
OFF_ILL = frozenset({"with", "sick", "ill", "poorly", "unwell"})
#: After a sign (or as the clause after it, after a comma), these make another person's sign the
#: writer's too ("the kids have colds, me too", "everyone has the runs, including me").
ME_TOO = frozenset(
    {"me too", "me as well", "including me", "same here", "so do i", "so have i", "mine too"}
    # "toddler's had diarrhoea for two days and now I've got it too" (not "her boyfriend has got it too")
    | {"ive got it too", "ive got it as well", "ive caught it too", "ive caught it as well", "i have it too"}
    | {"i got it too", "i caught it too"}
)
#: ... only of a group named before the sign, the writer named nowhere before it...
GROUP_WORDS = frozenset(
    {"everyone", "everybody", "whole", "all", "house", "household", "family", "office", "kids", "children"}
    | {"team", "class", "school", "ward", "colleagues", "friends", "rest", "others", "they", "both"}
)
#: ... unless nobody else has it ("nobody has covid apart from me").
NOBODY = frozenset({"nobody", "noone", "no one", "none of", "nobodys"})
#: A clause opening with one of these (or with one of JUDGED, then "now") says a sign came and went:
#: a face that drooped, a side that went weak or a fit still needs help now (not "none since",
#: "its fine", which say there was nothing).
CAME_AND_WENT = frozenset(
    {"gone", "went away", "gone away", "passed", "wore off", "worn off", "wearing off", "settled", "stopped"}
    | {"cleared", "subsided", "disappeared", "ended", "lifted", "resolved", "eased", "faded", "better now"}
)
#: In the clause after one that said a sign passed, these say it came back ("rash, its gone but came
#: back worse"): the sign stands.
CAME_BACK = frozenset(
    {"came back", "come back", "coming back", "comes back", "back again", "returned", "started again"}
    | {"starting again", "flared again", "flared up again", "worse again", "its back", "back now"}
)
#: Harmless causes that explain nothing of a kind of sign: water never darkens the pee ("pee like
#: cola, drinking plenty of water").
#: Exertion explains an ache, a stiff neck or numb hands, never a fever or a change in thinking
#: ("confused and feverish after gardening" needs help now).
EXERTION = frozenset(
    {"gardening", "garden", "digging", "lifting", "gym", "workout", "exercise", "running", "jogging", "steps"}
    | {"spin", "zumba", "aerobics", "hiking", "dancing", "yoga", "pilates"}
)
EXPLAIN_NOTHING_OF = {
    "liver": frozenset({"water", "fluids"}),
    "fever": EXERTION,
    "fever at the dose": EXERTION,
    "changes in thinking": EXERTION,
}
#: Before a year after "since", one of these makes it a comparison, not the past ("first seizure
#: since 2015", "worst fever since twenty nineteen").
SINCE_COMPARED = frozenset({"first", "worst", "never", "most", "highest", "longest", "biggest", "only"})
#: After a relative and one of the words of saying (``{say}``), one of these makes them the one who
#: tells what happened, not the one it happened to ("my husband say it was epilepsy fit").
REPORTED = frozenset({"it was", "that was", "this was"})
#: "cant walk to the loo without getting winded": after one of GROUPS["cant"], "without" says the sign
#: comes, not that it is absent.
WITH_ALL_THE_SAME = frozenset({"without"})
#: Between a sign and a resolution's word, one of these opens a time clause the resolution belongs to
#: ("itchy after the drip finished").
TIME_LINKS = frozenset({"after", "when", "once", "until", "till", "before", "since"})
#: After another person, one of these opens what is told of them ("my daughter who drove me"): the
#: writer named in it is not the one the sign is about.
RELATIVES = frozenset({"who", "whos", "next", "beside", "opposite"})
#: A clause after a comma that opens with one of these goes on about the person just before it, in
#: one clause ("sent a card to my brother, who has pneumonia"), unless the writer speaks in it ("rang
#: my mum, who says I sounded confused").
RELATIVE_OPENERS = frozenset({"who", "whos"})

#: A clause with one of these tells of the past: its signs are history, not a warning.
PAST = frozenset(
    {
        "first symptom",
        "very first",
        "last years",
        "years ago",
        "year ago",
        "months ago",
        "month ago",
        "last year",
        "last month",
        "last time",
        # before the treatment began ("had covid twice before starting ocrevus")
        "before starting",
        "before i started",
        "back in the day",
        "back in school",
        "back in college",
        "back in uni",
        "back in the",
        "back in january",
        "back in february",
        "back in march",
        "back in april",
        "back in may",
        "back in june",
        "back in july",
        "back in august",
        "back in september",
        "back in october",
        "back in november",
        "back in december",
        "as a child",
        "as a kid",
        "when i was",
        "when he was",
        "when she was",
        "years back",
        "had it before",
        "history of",
        "as a baby",
        "as a newborn",
        "as a toddler",
        "as a teenager",
        "as a teen",
        "as a student",
        "in my teens",
        "in my twenties",
        "growing up",
        "last infusion",
        "last round",
        "last cycle",
        "last dose",
        "previous infusion",
        "previous dose",
        "last winter",
        "last summer",
        "last spring",
        "last autumn",
        "last christmas",
        "in the past",
        "used to",
        "had one before",
        "decades ago",
        "previously",
        "family history",
        "first infusion",
        "first dose",
        "first treatment",
        "first ever infusion",
    }
)
#: ... but a span of time up to now when one of these stands just before it ("weaker over the last
#: month", not "last month").
UP_TO_NOW = frozenset({"over the", "in the", "during the", "for the", "within the"})
#: A cue of the past just after one of these compares with it, counts from it or denies it: the
#: sign is now ("itchy like last time", "worse than last year", "since last time", "forgetting
#: appointments i never used to forget").
COMPARED_WITH_PAST = frozenset({"like", "as", "than", "since", "never"})
#: A clause of at most this many words (besides FILLER) after one told of the past only names what
#: that was ("my first relapse was 2012, optic neuritis")...
APPOSITION_WORDS = 3
#: ... unless it says one of these ("had covid in 2021, fever again").
NOW_WORDS = frozenset({"now", "today", "tonight", "again", "still", "since", "new", "worse", "back", "this"})
#: A clause of at most APPOSITION_WORDS words that is only one of these, or a year (YEAR_LINKS),
#: dates the clause before it long past ("back home I had pneumonia, in 2008", "measles, as a
#: child"); not "first infusion" or "last dose", which can tell of now.
LONG_AGO = frozenset(
    {
        "years ago",
        "year ago",
        "months ago",
        "decades ago",
        "years back",
        "last year",
        "as a child",
        "as a kid",
        "as a baby",
        "as a teenager",
        "as a teen",
        "in my teens",
        "in my twenties",
        "growing up",
        "back in the day",
    }
)
#: A year (YEARS, a four-digit number in that range) after one of these tells of the past ("last
#: relapse was 2019", "since 2015", "in 2015").
YEAR_LINKS = frozenset(
    {
        "in",
        "was",
        "were",
        "since",
        "from",
        "back",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)
#: ... or a month before the year ("March 2019 had optic neuritis"; not "since March 2025", ongoing).
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)
YEARS = (1900, 2099)
#: A sign after one of these in its clause is a worry, a question, a plan or an instruction,
#: not something that is happening ("what if i get shingles", "call them if your pee is dark").
HYPOTHETICAL = frozenset(
    {
        "if",
        "in case",
        "incase",
        "what if",
        "worried about",
        "paranoid about",
        # a belief that was wrong, or a dream ("thought i had a fever, thermometer says 37.1")
        "thought i had",
        "thought i was",
        "convinced i had",
        "convinced i was",
        "dreamt",
        "dreamed",
        "had a dream",
        "nightmare about",
        "anxious about",
        "nervous about",
        # what a sign could become ("worried this tummy ache could turn into colitis"; not "my cold is
        # turning into a chest infection")
        "could turn into",
        "might turn into",
        "may turn into",
        "worried i",
        "worried it",
        "worried im",
        "read that",
        "read about",
        "on standby",
        "reminder",
        "worry about",
        "worrying about",
        "scared of",
        "scared i",
        "scared ill",
        "worried ill",
        "afraid ill",
        "afraid",
        "fear of",
        "might",
        "should i",
        "should my",
        "should it",
        "watch for",
        "watch out for",
        "look out for",
        "keep an eye out",
        "keep an eye on",
        "keeping an eye on",
        "asked about",
        "going to ask",
        "gonna ask",
        "will ask",
        "remember to ask",
        "plan to ask",
        "whether",
        "told me to watch",
        "to watch",
        # an instruction ("nurse said watch the site for redness tonight")
        "said watch",
        "says watch",
        "said check",
        "says check",
        "said to watch",
        "said to check",
        "signs of",
        "symptoms of",
        "ask if",
        "report any",
        "tell them about any",
        "look for any",
        "check for any",
        "watch for any",
        "terrified of",
        "frightened of",
        "petrified of",
        "dreading",
        "of getting",
        "about getting",
        "asked if",
        "asked whether",
        "hope not",
        "hope his",
        "hope her",
        "hope my",
        "hope it",
        "hoping not",
        "to avoid",
        "risk of",
        "chance of",
        "leaflet says",
        "leaflet said",
        # what a leaflet or a list names ("the nurse showed me the leaflet: redness, swelling")
        "leaflet",
        "leaflets",
        "booklet",
        "pamphlet",
        "handout",
        "information sheet",
        "info sheet",
        "in the event",
        "rule out",
        "to check for",
        "screen for",
        # a checklist the writer was asked ("I was asked about itching, rashes and headaches")
        "was asked about",
        "were asked about",
    }
)
#: A clause that opens with one of these and asks with one of QUESTION_ASKS ("what temp should i
#: ring them at", "how do you tell a relapse from ...") asks about its signs: they are not reported,
#: unless the writer speaks again or points at one before it ("what should i do about my rash").
QUESTION_OPENERS = frozenset({"what", "how", "which", "when", "at what"})
QUESTION_ASKS = frozenset(
    {
        "should i",
        # "what would a stiff neck mean", "what does a rash mean"
        "would a",
        "would an",
        "does a",
        "does an",
        "should we",
        "should you",
        "do i",
        "do you",
        "do we",
        "does one",
        "can i",
        "can you",
        "can we",
        "would you",
        "is it",
        "are you",
        "do they",
        "does it",
        "should it",
        "would i",
        "will i",
        "do people",
        # asking where a line is drawn ("what counts as a high temp")
        "counts as",
        "count as",
        "classed as",
        "class as",
        "is considered",
    }
)
#: A clause that opens with one of YES_NO_OPENERS and asks with one of CAUSE_ASKS asks whether
#: something causes its sign ("does ocrevus cause diarrhoea", "can the drip give you headaches"):
#: the sign is not reported ("what causes my headaches" is not such a question).
YES_NO_OPENERS = frozenset({"does", "do", "can", "could", "will", "would", "is", "might", "may"})
CAUSE_ASKS = frozenset(
    {
        "cause",
        "causes",
        "give you",
        "give people",
        "make you",
        "trigger",
        "lead to",
        "bring on",
        "count as",
        "counts as",
    }
)
#: Between a sign's own words, one of these says it has not happened yet ("the site will go red").
NOT_YET = frozenset({"will", "might", "gonna"})
#: Just before a sign (at most two words) after a worry's cue, one of these says the sign is
#: here now ("should I worry about this numb patch").
HERE_NOW = frozenset({"this", "these"})
#: ... except inside one of these, which tell of something felt now ("feel like i might faint").
NOT_HYPOTHETICAL = frozenset(
    {
        "like i might",
        "as if",
        "even if",
        "not sure if",
        "unsure if",
        "wonder if",
        "wondering if",
        "dont know if",
        "see if",
        "might have",
        "might be having",
        "may have",
        "worried about this",
        "worried about my",
        "worried about the",
        "worried about these",
    }
)
#: A hedged report, not a worry nor "not yet" ("throat might be a bit tight, probably nothing"),
#: unless its clause has one of HEDGE_VOIDS ("nurse said I might be a bit dizzy later").
#: Just after a sign, one of these says it is getting better ("fingers tingle less than they did in
#: March"; not a reaction, as "less itchy than last infusion" is not).
BETTER_AFTER = frozenset(
    # (not "new numbness less than an hour ago", a time)
    {"less than it", "less than they", "less than before", "less than yesterday", "less than last", "less than in"}
)
HEDGED = frozenset({"might be a bit", "might be a little", "might be slightly", "may be a bit", "could be a bit"})
HEDGE_VOIDS = frozenset({"said", "says", "told", "warned", "warns", "later", "tomorrow", "will"})
#: After a sign named first in its clause, one of these and nothing more answers a check-in's
#: question with no ("fever no", "itch: no", "numbness - no new"); "no better" is not among them.
ANSWERED_NO = frozenset({"no", "nope", "none", "nil", "nah", "negative", "no new", "not today", "not now"})
#: ... of which these answer only there, never as a clause of their own ("breathless - not now, only
#: on the stairs").
ANSWERED_NO_IN_CLAUSE = frozenset({"no new", "not today", "not now"})
#: An answer opening with one of these says none more since, not none at all, when the sign's clause
#: has one of TODAY_TIMES: a sign that needs help now before it is kept ("had a seizure at 6am, none
#: since"; not "had one seizure in college, none since", nor "fits, none today").
NONE_SINCE = frozenset({"none since", "not since", "no more", "none after"})
TODAY_TIMES = frozenset({"am", "pm", "oclock", "today", "tonight", "earlier"})
#: A checklist's items between slashes, each ending in one of these, are each a clause ("nausea: no /
#: rash: yes / dizzy: no"); an item ending in one of CHECKED_NO is said as not had.
CHECKED_NO = frozenset({"no", "nope", "none", "nil", "nah"})
CHECKED = CHECKED_NO | frozenset({"yes", "yep", "yeah", "ok", "okay", "fine"})
#: ... and a form of labelled fields between slashes ("chest: tight / wheeze: yes") too, unless a label
#: is one of these, or names a person, a pet or the writer: the fields tell of one thing ("who: my
#: daughter / what: fever", "when: last month", "child: Ella / temp: 40.3").
FORM_CONTEXT = frozenset(
    {"who", "whose", "what", "when", "where", "why", "also", "patient", "cause", "date", "time", "name", "child", "kid"}
)
#: ... but one of these is no answer: it says something is wrong ("out of breath sitting down, not normal").
NOT_ANSWERS = frozenset({"not normal", "not fine", "not ok", "not okay", "not right", "isnt normal", "isnt right"})
#: A question about the sign before it, which asks and so answers nothing: "pee like cola, is that
#: normal?", "rash on my arm is this ok" (its "normal" or "ok" is not the sign passing)...
ASKED_OF_IT = frozenset({"is that", "is this", "is it", "isnt that", "are they", "are these", "was that"})
#: ... of these words, which judge (not "is it gone now? yes", which asks and answers).
JUDGED = frozenset({"normal", "ok", "okay", "fine", "alright"})
#: A clause that is only one of these (or a passed or usual cue) answers the clause before it:
#: "they asked about a fever - no", "nurse checked my temp, all normal".
ANSWERS = frozenset(
    {
        "no",
        "nope",
        "none",
        "no problems",
        "no issues",
        # a question, or an answer that says nothing was seen ("jaundice? not that i can see")
        "not that i can see",
        "not that i know of",
        "not that ive noticed",
        "just asking",
        "only asking",
        "asking for a friend",
        "nah",
        "nil",
        "negative",
        "nothing",
        "all normal",
        "normal",
        "all fine",
        "fine",
        "all clear",
        "clear",
        "said no",
        "i said no",
        "none since",
        "all ok",
        "all okay",
        "came back normal",
        "came back clear",
        "nothing new",
        "not new",
    }
)
#: A clause that opens (after FILLER and one of REFERS) with one of RESOLUTIONS, then nothing or one of
#: WHEN_PASSED, and names no sign, says the sign of the clause before it passed ("flushed during the
#: drip but its gone now", "site was pink but faded by lunch"; not "headache, gone to bed").
REFERS = frozenset({"it", "its", "that", "thats", "they", "theyre", "theyve", "which", "both", "all", "was", "is"})
WHEN_PASSED = frozenset({"by", "after", "within", "in", "overnight", "already", "quickly", "since", "before", "at"})
#: After a word saying a sign passed, one of these makes the next sign the cure ("cleared with antibiotics").
CURE_LINKS = frozenset({"with", "after", "by", "on", "thanks"})
#: A sign followed in its clause by a link and one of these has a harmless cause ("stiff neck from
#: sleeping funny", "dizzy with happiness", "tummy ache after too much ice cream").
CAUSE_LINKS = frozenset(
    {"from", "after", "because", "cos", "coz", "cuz", "due", "with", "of", "since", "during", "in", "until", "till"}
)
#: ... and these between a sign's own words ("blurry eyes from reading in dim light"; not the "of" of
#: "the colour of strong tea").
CAUSES_INSIDE = frozenset({"from", "after", "because", "cos", "coz", "cuz", "due"})
#: A word of ending (one of ENDED) just after or before one of WHAT_ENDED tells that the dose or the
#: day ended, not a sign ("infusion finished at 3, itchy all over", "finished the shift with one eye
#: blurry"), unless for or of comes before the sign ("finished treatment for my uti").
ENDED = frozenset({"finished", "completed"})
#: ... unless one of these comes between it and the sign ("finished treatment for my uti").
ENDED_FOR = frozenset({"for", "of"})
#: A resolution's word that opens one of these tells where the writer got to, not that a sign passed
#: ("stomach pain so bad I ended up on the bathroom floor").
LANDED = frozenset({"ended up", "finished up", "wound up"})
WHAT_ENDED = frozenset(GROUPS["dose"]) | frozenset({"shift", "work", "class", "meeting", "session", "school"})
#: A clause that opens with one of these, then was or were, tells how another time was, and answers
#: nothing of the one before ("breathless today, yesterday was fine"; not "rash, yesterday it cleared").
ANOTHER_TIME = frozenset({"yesterday", "last week", "last night", "the day before", "last time"})
#: "from" just after one of these (or after one of these and one of FROM_WHERE) says where from, not
#: why ("got lost driving home from the gym", "on the way back from the pool"; not "numb at home from
#: sitting all day", "rash on my back from the sun").
FROM_PLACE = frozenset({"way", "driving", "walking", "drive", "walk", "journey", "trip", "cycling", "coming", "came"})
FROM_WHERE = frozenset({"home", "back"})
#: A sign within TOPIC_REACH words after one of these is what a story or the news is about, not
#: the writer's ("watched a film about the 1918 flu"), unless one of TOPIC_ENDS comes between ("read
#: an article about shingles then found blisters in a band", "a film about whales with a temp of 38.9").
TOPICS = frozenset(
    {
        "film about",
        "films about",
        "documentary about",
        "programme about",
        "program about",
        "article about",
        "book about",
        "blog about",
        "podcast about",
        "story about",
        "news about",
    }
)
TOPIC_REACH = 3
TOPIC_ENDS = frozenset({"then", "with", "and", "but", "now", "my", "i", "im", "ive", "am", "pm", "oclock"})
#: Just after a sign's word, one of these makes it how many people have it ("flu cases are up"; not
#: "two cases of diarrhoea in the house, me and my son").
NEWS_AFTER = frozenset({"cases"})
#: Just before a sign's first word, one of these says it is getting better ("less wobbly on the
#: stairs this week").
BETTER = frozenset({"less"})
#: After one of these, no harmless cause explains the sign: "even" says it did not ("dark brown
#: even after 2 litres of water"), "like" that it is a likeness ("bright red like ive been in the sun").
NO_CAUSE_AFTER = frozenset({"even", "like"})
#: Between a sign and a resolution's word, one of these makes the resolution a likeness ("my mouth
#: hangs down like a broken curtain rail"), not the sign passing.
LIKENESS = frozenset({"like"})
#: After a relative, these make them a relative by marriage ("mother in law confused"): not one a
#: journal is kept for, so a change in thinking they open with is theirs.
IN_LAW = ("in", "law")
#: Before "me" inside a sign's words, one of these says someone saw the writer have it ("son found
#: me jerking on the sofa"): the writer's sign, whoever saw it.
WITNESSED = frozenset({"found", "saw", "watched", "caught", "seen"})
#: One of STOPPED after one of these is what someone did to the dose, not the sign passing ("chest
#: tight during the drip so they stopped it"; not "eyes blurry and they cleared by lunch").
STOPPERS = frozenset({"they", "nurse", "nurses", "staff", "doctor", "we"})
STOPPED = frozenset({"stopped", "paused", "slowed"})
#: "in" right after one of these says when, not why ("kicked in on the drive home").
ONSET_VERBS = frozenset({"kicked", "kicks", "kicking", "set", "sets", "setting", "came", "comes", "coming"})
#: After a resolution's word, one of these says it compares, not that the sign passed ("worse than normal").
COMPARED = frozenset({"than"})
#: Before a person (and one of OWNERS), one of these makes them a place ("at my daughters in
#: adelaide, the runs since the flight": at her house, not her runs).
PLACE_LINKS = frozenset({"at"})
OWNERS = frozenset({"my", "our", "his", "her", "their", "the"})
#: Before a one-word sign that a person follows, one of these makes the sign that person's ("a
#: septic pt", "the sick kid").
ARTICLES = frozenset({"a", "an", "the"})
#: A person or an animal just before a sign's first word that makes one word with it: not whose
#: the sign is ("dog tired", "man flu"); a wound's cause is the same ("cat bite").
COMPOUNDS = frozenset({"dog tired", "man flu"})
#: ... as is an animal's wound's ("cat bite", "bee sting"); another wound after a person is theirs
#: ("Dad's catheter site red and weeping").
ANIMALS_WOUNDS = frozenset({"bite", "bites", "sting", "stings", "scratch", "scratches"})
#: After "gone" (or "went"), one of these says what the sign became, not that it passed ("voice
#: gone hoarse", "gone numb").
BECAME = frozenset(
    {
        "hoarse",
        "croaky",
        "husky",
        "raspy",
        "squeaky",
        "funny",
        "weird",
        "strange",
        "odd",
        "numb",
        "dead",
        "red",
        "blue",
        "grey",
        "gray",
        "white",
        "pale",
        "yellow",
        "stiff",
        "floppy",
        "tight",
        "dark",
        "blurry",
        "fuzzy",
        "worse",
        # "boil on my back gone angry and hot": a wound that went bad
        "angry",
        "hot",
        "swollen",
        "septic",
        "weepy",
        "purple",
        "green",
    }
)
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
CAUSE_BEFORE = frozenset(
    {"so", "hence", "thats why", "which is why", "makes", "made", "gives me", "gave me", "given me", "brings on"}
)
#: ... but one of these gives a harmless cause only to a sign of GAVE_EXPLAINS' kinds ("curry gave me
#: the runs" is the curry's; not "swimming gave me an ear infection", "yoga gave me sudden weakness").
GAVE = frozenset({"gives me", "gave me", "given me"})
GAVE_EXPLAINS = frozenset({"bowel"})
BENIGN_CAUSES = frozenset(
    {
        # adrenaline ("hands shaking from adrenaline after the talk"; not nerves, which MS damages)
        "adrenaline",
        "stage fright",
        "sleeping",
        "slept",
        "pillow",
        "sofa",
        "couch",
        "gardening",
        "garden",
        "digging",
        "lifting",
        "gym",
        "workout",
        "exercise",
        "running",
        "jogging",
        "steps",
        "spin",
        "zumba",
        "aerobics",
        "hiking",
        "dancing",
        "yoga",
        "pilates",
        "ice cream",
        "curry",
        "vindaloo",
        "glasses",
        "specs",
        "lenses",
        "slippery",
        "soapy",
        "greasy",
        # the dentist's numbing, half sleep, too little to drink, a fake tan, the weather
        "dentist",
        "optician",
        "opticians",
        "eye drops",
        "drops",
        "dilated",
        "pond",
        "river",
        "lake",
        "screaming",
        "yelling",
        "rugby",
        "coach",
        "journey",
        "the cold",
        "cold weather",
        "cold water",
        "dentists",
        "dental",
        "filling",
        "anaesthetic",
        "anesthetic",
        "half asleep",
        "asleep",
        "sleepy",
        "drowsy",
        "forgot to drink",
        "not drinking",
        "dehydrated",
        "dehydration",
        "fake tan",
        # a body hot for a reason of its own ("body so hot at night, the menopause")
        "menopause",
        "menopausal",
        "perimenopause",
        "heatwave",
        "heat wave",
        "tan",
        "tanning",
        "carrots",
        "sleet",
        "hail",
        "drizzle",
        "madras",
        "jalfrezi",
        "phaal",
        "hot sauce",
        "chillies",
        "chilies",
        "jalapenos",
        "prunes",
        "sprouts",
        # a short night
        "lack of sleep",
        "no sleep",
        "late night",
        "late nights",
        "bad night",
        "spicy",
        "chilli",
        "takeaway",
        "too much",
        "wine",
        "beer",
        "drinking",
        "hangover",
        "hungover",
        "alcohol",
        "happiness",
        "relief",
        "excitement",
        "laughing",
        "laughter",
        "crying",
        # "red puffy eyes from a good cry", "... from sobbing", "... from rubbing them"
        "cry",
        "sobbing",
        "rubbing",
        "joy",
        "pride",
        "watch strap",
        "strap",
        "too many",
        "overeating",
        "new shoes",
        "boots",
        "new boots",
        "trainers",
        "shoes",
        "sun",
        "sunburn",
        "heat",
        "sauna",
        "hot bath",
        "hot shower",
        "doms",
        "leg day",
        "reading",
        "screen",
        "dim light",
        "onions",
        "chopping",
        "nettles",
        "nettle",
        "shaving",
        "plaster",
        "washing powder",
        "perfume",
        "suncream",
        "allergy",
        "hay",
        "sitting",
        "sat",
        "drive",
        "driving",
        "kneeling",
        # what is in the air, the water or on the skin
        "smoke",
        "smoky",
        "bonfire",
        "fire",
        "dust",
        "dusty",
        "pollen",
        "fumes",
        "shampoo",
        "soap",
        "chlorine",
        "pool",
        "swimming",
        "snow",
        "rain",
        "wind",
        "frost",
        "windy",
        "icy",
        # voices and hands worked hard
        "singing",
        "sang",
        "shouting",
        "shouted",
        "karaoke",
        "cheering",
        "gripping",
        "holding",
        "carrying",
        "typing",
        "knitting",
        "steering",
        "hoovering",
        "scrubbing",
        # what was taken or drunk
        "prep",
        "laxative",
        "laxatives",
        "senna",
        "iron",
        "beetroot",
        "drank",
        "water",
        "fluids",
        "coffee",
        # excitement
        "match",
        "game",
        "penalty",
        "penalties",
        "shootout",
        "final",
        "exam",
        "exams",
        "interview",
        "film",
        "movie",
    }
)
#: A face drooping just after one of these (after, from or at it: NUMBED_LINKS) is the numbing's or the
#: treatment's, not a stroke ("mouth numb and wonky after the dentist injection"), unless the clause says it lasted
#: (NUMBING_LASTED: "since the dentist on monday") or changed. A photo never excuses one ("my face is
#: lopsided in the selfie I just took"): what a camera shows may be what a person sees first.
NUMBED = frozenset(
    {"dentist", "dentists", "dental", "anaesthetic", "anesthetic", "root canal", "botox", "filler", "fillers"}
)
NUMBED_LINKS = frozenset({"after", "from", "at"})
NUMB_WORDS = frozenset({"numb", "numbness", "numbed", "anaesthetised", "anesthetized", "frozen"})
NUMBING_LASTED = frozenset({"since", "yesterday", "days", "day", "week", "still", "worn off", "wore off"})
#: After "from", one of these is a harmless cause too: pressure from sitting ("numb from the chair";
#: not "faint in the chair").
PRESSED_BY = frozenset({"chair", "seat", "desk", "bench", "saddle", "armrest", "toilet seat"})
#: Words that name a seizure as one: no cue of the usual silences it ("another seizure, same as always").
SEIZURE_NAMES = frozenset(
    {"seizure", "seizures", "fit", "fits", "fitting", "convulsion", "convulsions", "convulsing", "convulsed"}
)
#: Cues of the usual (NOT_NEW) that only say how long a sign went on ("jerked for ages").
HOW_LONG = frozenset({"for ages"})
#: A word of another sense within HOPE_REACH words after one of these is doubted, not a cause ("eyes
#: look yellow, hope it's just the lighting").
HOPES = frozenset({"hope", "hoping", "hopefully"})
HOPE_REACH = 4
#: A sign that needs help now told in at most this many words is the other sense of OTHER_SENSES
#: ("cant breathe lol"); in more it is told as a sign ("out of breath sitting on the sofa lol").
OTHER_SENSE_WORDS = 2
#: With "lol" and the like (OTHER_SENSES), one of these makes a sign that needs help now laughter
#: however long it is told ("laughed so hard i couldnt catch my breath lol"); alone they do not
#: ("breathing funny" is a sign).
LAUGHTER = frozenset({"laugh", "laughing", "laughed", "laughter", "joke", "funny", "hilarious", "meme", "panto"})
#: An entry with one of these words gives a sign of the key another sense ("chills" from a film).
OTHER_SENSES: dict[str, frozenset[str]] = {
    "chills": frozenset(
        {
            "podcast",
            "ghost",
            "spooky",
            "creepy",
            "film",
            "movie",
            "music",
            "song",
            "songs",
            "choir",
            "concert",
            "horror",
            "scary",
            "goosebumps",
            "speech",
            "story",
            "performance",
            "singing",
            "gig",
            "show",
        }
    ),
    # "cant breathe lol": laughing, not breathing trouble
    "trouble breathing": frozenset({"lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "pmsl"}),
    # "itchy feet": the itch to travel
    "itching": frozenset(
        {"holiday", "holidays", "travel", "travelling", "traveling", "trip", "getaway", "abroad", "wanderlust"}
    ),
    # a pet's medicine ("cats got a chest infection, antibiotics from the vet")
    "infection": frozenset({"vet", "vets"}),
    # a yellow that was the light ("yellowish tint was the bathroom bulb")
    "jaundice": frozenset({"bulb", "lightbulb", "lighting", "lamp", "filter"}),
    # hot flushes of the menopause
    "flushing": frozenset({"menopause", "menopausal", "perimenopause", "perimenopausal", "hrt"}),
    # a seizure by the police or customs (in the seizure's own clause: "had a seizure in the street,
    # police called an ambulance" is a seizure; not "port": "while they flushed my port")
    "seizure": frozenset({"drug", "drugs", "police", "customs", "cocaine", "cannabis", "haul", "assets", "smuggling"}),
    # a stool to sit on
    "blood in stool": frozenset(
        {"kitchen", "bar", "wooden", "paint", "painted", "painting", "furniture", "piano", "step"}
    ),
    # shingles on a roof
    "herpes": frozenset({"roof", "roofer", "roofing", "shed", "gutter", "gutters", "slates"}),
}
#: Keys of OTHER_SENSES whose other sense counts only in the sign's own clause ("police seizure of
#: fake goods"; not "had a seizure in the street, police called an ambulance").
SENSE_IN_CLAUSE = frozenset({"seizure"})
#: In one entry, the second sign is part of the first (a seizure's shaking is not chills).
PART_OF: dict[str, frozenset[str]] = {"seizure": frozenset({"chills"})}
#: A "flare" with one of these in its clause is of that condition, not of MS.
OTHER_CONDITIONS = frozenset(
    {
        "eczema",
        "psoriasis",
        # an infection's sores flare too ("genital sores flared up")
        "sores",
        "herpes",
        "ulcers",
        "piles",
        "haemorrhoids",
        "arthritis",
        "gout",
        "acne",
        "rosacea",
        "dermatitis",
        "lupus",
        "crohns",
        "ibs",
        "hayfever",
        "allergy",
        "allergies",
        "skin",
        "joint",
        "joints",
        "knee",
        "knees",
        "back",
        "hip",
        "asthma",
        "cystitis",
        "colitis",
        "sciatica",
        "migraine",
        "fibro",
        "fibromyalgia",
        "endo",
        "endometriosis",
        # rheumatoid arthritis and the like ("RA flare, hands swollen"), ulcerative colitis
        "ra",
        "rheumatoid",
        "psoriatic",
        "uc",
    }
)
#: ... of which these may be written with a lost apostrophe's "s" ("eczema's flared"; not "numb hips").
CONDITIONS_NAMED = frozenset({"eczema", "psoriasis", "arthritis", "gout", "acne", "rosacea", "lupus", "crohns"})
#: A label before a dash is one of the vocabulary's words or one of these parts of the body.
BODY_PARTS = frozenset({"neck", "face", "breath", "breathing", "chest", "throat", "eyes", "eye", "speech", "legs"})
#: ... and before a comma, a label of these words only: a part of the body or a function, as a form's
#: field ("urine, dark brown, 2 days"; "left eye, grey smudge in the middle"; not "cough, husband has it too").
FIELDS = (
    BODY_PARTS
    | frozenset(GROUPS["pee"])
    | frozenset(GROUPS["poo"])
    | frozenset(GROUPS["tummy"])
    | frozenset(
        {"skin", "vision", "sight", "eyesight", "blood", "head", "mouth", "tongue", "ear", "ears", "lip", "lips", "leg"}
        | {"arm", "arms", "hand", "hands", "foot", "feet", "bladder", "balance", "memory", "walking", "left", "right"}
        | {"temp", "temperature", "side", "heart", "and"}
        # a pet's field is the pet's ("dog, diarrhoea, vet tomorrow")
        | {"dog", "dogs", "cat", "cats", "puppy", "pup", "kitten", "horse", "rabbit"}
    )
)
#: ... of at most this many words ("right arm and leg, suddenly weak").
FIELD_WORDS = 4
#: Before a seizure's words, one of these makes it a near faint, not a seizure ("nearly passed out").
NEAR_MISS = frozenset({"nearly", "almost", "close to", "about to", "like i was going to"})
#: Weakness in a clause with one of these came on suddenly: seek help now.
SUDDEN = frozenset(
    {
        "sudden",
        "suddenly",
        "all of a sudden",
        "out of nowhere",
        "out of the blue",
        "came on fast",
        "in seconds",
        "within seconds",
        "in a split second",
        "in an instant",
        "in a flash",
        "instantly",
        "in minutes",
        "without warning",
        "all at once",
        # "one minute fine next minute can't lift my arm", "just stopped working mid-sentence": only in
        # the weakness's own clause (SUDDEN_HERE_ONLY)
        "one minute fine",
        "next minute",
        "mid sentence",
    }
)
#: What a seizure leaves behind, told by someone who woke to it or came round: one of the events
#: (found on the floor, time lost, a thud heard) with one of the marks on the body (a bitten tongue,
#: a wet bed), or both marks, in one entry is a seizure ("came round on the sofa with a sore
#: tongue", "woke in a wet bed with blood on the pillow from my tongue"); one alone is not.
AFTERMATH_EVENTS: dict[str, frozenset[str]] = {
    "floor": frozenset(
        {
            "found myself on the floor",
            "woke on the floor",
            "woke up on the floor",
            "came round on the floor",
            "came round on the sofa",
            "came round on the bed",
            "came round in the",
            "found myself on the bathroom floor",
            "found myself on the kitchen floor",
        }
    ),
    "lost time": frozenset(
        {
            "how long i was out",
            "how long i was there",
            "how long i was on the floor",
            "how long i had been there",
            "lost about 20 minutes",
            "lost about an hour",
            "lost about half an hour",
            "lost some time",
        }
    ),
    # heard by someone else, of the writer ("partner heard a thud in the night")
    "thud": frozenset({"heard a thud"}),
    # seen by someone else in the night ("wife says I was jerking in my sleep")
    "in sleep": frozenset(
        {"jerking in my sleep", "shaking in my sleep", "thrashing in my sleep", "twitching all over in my sleep"}
    ),
}
AFTERMATH_MARKS: dict[str, frozenset[str]] = {
    "tongue": frozenset(
        {
            "bit my tongue",
            "bitten my tongue",
            "bitten tongue",
            "sore tongue",
            "tongue bitten",
            "chewed tongue",
            "tongue chewed",
            "tongue all chewed",
            "tongue is bitten",
            "tongue bleeding",
            "bleeding tongue",
            "blood on the pillow",
        }
    ),
    "wet": frozenset({"wet bed", "wet the bed", "wet myself", "soaked with wee", "soaked in wee", "wee everywhere"}),
}
#: The kinds above that someone else tells of the writer.
AFTERMATH_HEARD = frozenset({"thud", "in sleep"})
#: ... unless the clause names what else explains them ("came round from the anaesthetic").
AFTERMATH_EXCUSES = frozenset({"anaesthetic", "anesthetic", "operation", "sedation", "sedated", "dentist", "hangover"})
#: Weakness of one side (ONE_SIDE) found on waking (WAKING) came on suddenly too ("woke up and cant
#: lift my left arm").
WAKING = frozenset({"woke", "woke up", "woken", "woken up", "waking", "on waking"})
ONE_SIDE = frozenset({"left", "right", "one side"})
#: ... but not after one of these, which make it a place or a thing the person knows well ("got
#: lost driving to the shop I've used for years", "the route he's taken for 20 years").
FAMILIAR = frozenset({"used", "taken", "driven", "walked", "visited", "shopped"})
#: A neurological sign in a clause with one of these is the person's usual, not a new one.
NOT_NEW = frozenset(
    {
        "usual",
        "as usual",
        # "numb fingers as per" (as usual)
        "as per",
        "as always",
        "same as",
        "about the same",
        # "the same" said of the symptom, not "repeated the same question"
        "is the same",
        "are the same",
        "still the same",
        "much the same",
        "just the same",
        "stays the same",
        "staying the same",
        "the same as",
        "for years",
        "there years",
        "been there for",
        "as bad as ever",
        "had it years",
        "had it for",
        "had that for",
        "had this for",
        "years now",
        "for ages",
        "always been",
        "always is",
        "always happens",
        "happens every time",
        "always does this",
        "been like that",
        "been like this",
        "been that way",
        "always does",
        "always are",
        "always do",
        "it always",
        "they always",
        "no change",
        "hasnt changed",
        "not changed",
        "havent changed",
        "no worse",
        "unchanged",
        "as before",
        "always have",
        "always had",
        "old symptom",
        "old symptoms",
        "nothing new",
        "not new",
        "same every",
        "same old",
        "normal for me",
        "my normal",
        "nothing different",
        "no different",
        "not different",
        "nothing worse",
    }
)

#: ... but not when it says more than that ("more than usual").
STILL_NEW = frozenset(
    {
        "than usual",
        "than the usual",
        # "left leg much weaker than my usual" (not "husband's speech more slurred than his usual")
        "than my usual",
        "than normal",
        "than before",
        "than ever",
        "worse",
        "much worse",
        "spreading",
        "getting worse",
        "different",
        "new",
        "creeping",
        "cant walk",
        "worsening",
        "spread",
        "can not walk",
        "cannot walk",
        "couldnt walk",
        "unable to walk",
        "cant stand",
        "cannot stand",
        "never happened before",
        "never had",
        "never used to",
        "first time",
    }
)

#: A sign said to be here with one of these or STILL_NEW, then another sign, is not swallowed by a
#: resolution after the other ("rash still spreading and the itch has gone": the itch passed).
STILL = frozenset({"still", "remains", "still there", "not going", "persists", "lingering"})
#: ... unless the clause says the test was positive.
POSITIVE = frozenset(
    {
        "positive",
        "two lines",
        "two line",
        "high",
        "raised",
        "abnormal",
        "elevated",
        "deranged",
        # what a clinic said it is ("eye clinic say optic neuritis")
        "diagnosed",
        "confirmed",
        "say",
    }
)
#: A clause opening with one of these hedges what came before; it does not answer it ("bit shivery,
#: probably nothing").
HEDGES = frozenset({"probably", "prob", "likely", "maybe", "possibly", "hopefully"})
#: A dose's reaction that says there was none (`--reaction none`).
NO_REACTION = frozenset(
    {
        "none",
        "no",
        "nothing",
        "nil",
        "na",
        "n",
        "a",
        "not",
        "any",
        "reaction",
        "reactions",
        "zero",
        "noted",
        "so",
        "far",
    }
)
#: Words left out when a phrase must be the whole clause ("=cold": "got a bad cold").
FILLER = frozenset(
    {
        "a",
        "an",
        "the",
        "some",
        "bit",
        "of",
        "slight",
        "slightly",
        "mild",
        "bad",
        "really",
        "very",
        "got",
        "have",
        "has",
        "having",
        "had",
        "i",
        "ive",
        "im",
        "still",
        "again",
        "today",
        "tonight",
        "yesterday",
        "now",
        "my",
        "little",
        "quite",
        "so",
        "think",
        "maybe",
        "probably",
        "new",
        "horrible",
        "nasty",
        "coming",
        "down",
        "with",
        "caught",
    }
)
#: A pulse (one of PULSE_WORDS, then a number) above FAST_PULSE, up to PULSE_MAX, is a fast heartbeat.
PULSE_WORDS = frozenset({"pulse", "heart rate", "heartrate", "hr", "bpm", "heart", "heartbeats"})
FAST_PULSE = 120
PULSE_MAX = 250
#: Oxygen saturation written in a clause (one of SATS_WORDS, then a percentage) at or below LOW_SATS
#: is trouble breathing: seek help now ("sats 91%"; a pulse oximeter reads 95 to 100 in most people).
SATS_WORDS = frozenset({"sats", "spo", "spo2", "oxygen", "saturation", "saturations", "oximeter"})
LOW_SATS = 92
SATS_MIN = 50
#: Breaths counted at or above FAST_BREATHING a minute, up to BREATHING_MAX, is trouble breathing:
#: seek help now ("Counted my breaths sitting down: 32 a minute"; at rest an adult breathes 12 to 20
#: times a minute, and 25 or more is among the early warning scores' highest). The number follows one
#: of BREATH_COUNT_WORDS within MEASURE_REACH words, or comes just before "breaths"; a rate follows it
#: ("/min", "pm", or one of RATE_LINKS then one of PER_MINUTE, "breaths" between at most), not a length
#: of time ("for 25 mins"). Not in a clause that negates, dates or doubts it, nor one of BREATHS_EXCUSED
#: (exercise, practice, a guide's figure).
BREATH_COUNT_WORDS = frozenset({"breaths", "breathing rate", "resp rate", "respiratory rate", "resps", "rr"})
RATE_LINKS = frozenset({"a", "per", "every", "each"})
PER_MINUTE = frozenset({"minute", "min"})
FAST_BREATHING = 25
BREATHING_MAX = 70
BREATHS_EXCUSED = EXERTION | frozenset(
    {"exercise", "exercises", "practice", "app", "session", "class", "choir", "sang", "singing", "meditation"}
    | {"run", "sprint", "sprints", "climb", "peaked", "guide", "leaflet", "says", "or more", "above", "over"}
)
#: "could not" written out is read as "couldnt", as a phone contracts it ("I could not breathe"; not
#: "not breathe", a negation; "did not respond" as "didnt respond"). "is not", "was not", "has not"
#: and the like stay two words, so "she is not responding" still reads the phrase "not responding".
CONTRACTIONS = {
    "could not": "couldnt",
    "would not": "wouldnt",
    "should not": "shouldnt",
    "can not": "cannot",
    "will not": "wont",
    "do not": "dont",
    "does not": "doesnt",
    "did not": "didnt",
}
#: Texting shorthand, read as the word it stands for.
SHORTHAND = {
    # a voice's own spelling (Scots: "ma heid", "went deid", "airm an leg"; Jamaican: "mi mout
    # cyaan", "likkle"; not "di", a name as often as "the"; "giddiness" is in the vocabulary)
    "heid": "head",
    "aw": "all",
    "deid": "dead",
    "airm": "arm",
    "mout": "mouth",
    "cyaan": "cant",
    "caan": "cant",
    "likkle": "little",
    "mi": "my",
    "thru": "through",
    "dubble": "double",
    # a homophone of voice typing ("soar throat")
    "soar": "sore",
    "n": "and",
    "w": "with",
    "cos": "because",
    "coz": "because",
    "bc": "because",
    "abt": "about",
    "tho": "though",
    "u": "you",
    "ur": "your",
    "wiv": "with",
    "sik": "sick",
    "yrs": "years",
    "yr": "year",
    "wks": "weeks",
    "wk": "week",
    "mths": "months",
    "mnths": "months",
    "hdache": "headache",
    "hedache": "headache",
    "hedake": "headache",
    "brethe": "breathe",
    # breath as it is said
    "breff": "breath",
    "bref": "breath",
    "breth": "breath",
    # clinical shorthand: "hx of UTI" is its history
    "hx": "history",
    # the North's and Scotland's yellow ("eyes gone yella"), read as yellow with yellow's guards
    "yella": "yellow",
}
#: A side written as a letter, read as the word when a part of the body follows ("L arm suddenly
#: heavy", "pain under R ribs"; not "u r right", texting's "are").
SIDE_LETTERS = {"l": "left", "r": "right", "lt": "left", "rt": "right"}
SIDED = frozenset(
    {"arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "side", "eye", "eyes", "ear", "ears", "face"}
    | {"rib", "ribs", "knee", "knees", "hip", "shoulder", "cheek", "fingers", "toes", "upper", "lower"}
)
#: The size of something said by likeness ("a red patch the size of a saucer round the jab") is left
#: out before reading, so the words either side of it read together.
SIZE_OF = frozenset({"size of", "as big as"})
SIZE_OF_OWNERS = frozenset({"a", "an", "my", "your", "his", "her"})
#: A short clause made only of these, one of GOES_ON_SAYS among them, goes on about what the clause
#: before named ("toilet 9 times since 6am, all watery", "up 7 times to pee, stings every time",
#: "cut my hand, now red, hot and swollen"): it is read joined to the clauses before it back to one
#: that names something, for signs neither reads alone. At most GOES_ON_WORDS words.
GOES_ON_SAYS = frozenset(
    {"sting", "stings", "stinging", "burn", "burns", "burning", "hurts", "hot", "warm", "swollen", "swelling"}
    | {"puffy", "watery", "runny", "liquid", "loose", "weepy", "oozing", "red", "spreading", "cloudy", "smelly"}
    # how a thing changed, as the any-order phrases name it ("patch on my shin, bigger than yesterday")
    | {"bigger", "larger", "growing", "grown", "redder", "hotter", "shaky", "tiny", "blurry", "fuzzy", "doubled"}
)
GOES_ON = GOES_ON_SAYS | frozenset(
    {"it", "its", "all", "just", "and", "now", "still", "every", "each", "time", "times", "i", "go", "very"}
    | {"really", "so", "a", "bit", "up", "getting", "to", "the", "touch", "too", "again", "when", "is", "was"}
    | {"than", "yesterday", "this", "morning", "last", "night", "hour", "day", "gone", "since", "even", "more"}
    | {"much", "by", "evening", "before", "ever", "has", "have", "goes", "looks", "look"}
)
GOES_ON_WORDS = 8
#: ... and no infection after the site of a dose, which tells of a reaction, not a wound ("red patch
#: where it went in, hot to touch").
GOES_ON_NOT_AFTER = frozenset(GROUPS["dose"]) | frozenset({"site", "needle", "went in", "injected"})
#: A blood pressure written in a clause (one of BP_WORDS, then two numbers: "BP 92/58") below
#: LOW_SYSTOLIC over LOW_DIASTOLIC in either number is low blood pressure (the NHS's 90/60).
BP_WORDS = frozenset({"bp", "blood pressure"})
LOW_SYSTOLIC = 90
LOW_DIASTOLIC = 60
#: ... the second number low counts only with the first below this ("92/58", not "135/58").
BORDERLINE_SYSTOLIC = 100
BP_RANGE = (30, 260)
#: ... but not in a clause that says it is the person's own (one of NOT_NEW, or one of these: "BP
#: 87/57 pre injection, always runs low").
BP_USUAL = frozenset({"always", "runs low", "run low"})


#: Just before a year said in words ("in twenty nineteen", "back in nineteen ninety eight"); after
#: other words, "twenty fifteen" may be a clock's time (20:15).
SPOKEN_YEAR_AFTER = frozenset({"in", "of", "year", "summer", "winter", "spring", "autumn", "fall", "christmas"})


class Misheard(NamedTuple):
    """A word voice typing hears for another: read as ``meant`` just after one of ``after`` (one or
    two words), unless one of ``unless`` follows it."""

    meant: str
    after: frozenset[str]
    unless: frozenset[str] = frozenset()


#: Words voice typing hears for another, where the words beside them say which was meant ("stiff
#: next" is a stiff neck, "legs feel really week" weak, "burning when I we" a wee, "got the flew").
#: A homophone that is only ever the sign's word is in SHORTHAND ("soar").
MISHEARD = {
    "next": Misheard(
        "neck",
        frozenset({"stiff", "sore", "achy", "aching", "painful"}),
        # "stiff next day after the gym": the day after
        frozenset({"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "time"})
        | frozenset({"few", "couple", "dose", "one", "to", "door", "mon", "monday", "tue", "tuesday", "wed"})
        | frozenset({"wednesday", "thu", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"}),
    ),
    "week": Misheard(
        "weak",
        frozenset(
            {"feel", "feels", "felt", "feeling", "really", "very", "so", "too", "quite", "bit", "abit"}
            | {"legs", "leg", "arms", "arm", "hands", "hand", "side", "knees"}
        ),
    ),
    "we": Misheard("wee", frozenset({"when i", "after i", "as i", "whenever i", "if i", "time i", "before i", "to"})),
    "pea": Misheard(
        "pee",
        frozenset({"my", "the", "when i", "to", "need a", "for a", "i", "dark"}),
        # a pea that is one ("pea and ham soup", "my pea plants", "dark pea green")
        frozenset({"and", "plants", "plant", "pods", "pod", "soup", "shoots", "seeds", "green", "protein", "salad"}),
    ),
    "flew": Misheard("flu", frozenset({"the", "got", "have", "has", "with", "caught"})),
}
#: Numbers written in words ("thirty eight point five", "a hundred and two"), read as digits.
NUMBER_WORDS = {
    "zero": 0,
    "nought": 0,
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Words where a clause ends (besides , ; . ! ? and a new line).
CLAUSE_BREAKS = frozenset({"but", "however", "though", "although", "yet", "except", "comma"})
#: Real words one letter away from a sign word: never read as a slip of it.
LOOKALIKES = frozenset(
    {
        # "hemiplegic migraine runs in the family", not "hemiplegia"
        "hemiplegic",
        # "the walking wears me out", "wheels", not "weals", "wheals"
        "wears",
        "wheels",
        # "barbed wire", not "barfed"
        "barbed",
        # "booking the injection": not a slip of "boaking"
        "booking",
        "bookings",
        # "full speed", not "spewed"; "start", not "stare"
        "speed",
        "speeds",
        "start",
        "starts",
        # "my whole body", not "while"; "hangs down", not "hands"; "cooked dinner", not "choked"
        "whole",
        "hangs",
        "cooked",
        "cooking",
        # a slip away from a cue ("paused" is not "passed"; "seats" not "sweats")
        "seats",
        "seat",
        "paused",
        "pausing",
        "fewer",
        "lever",
        "never",
        "fiver",
        "couch",
        "touch",
        "hikes",
        "hires",
        "hiker",
        "flake",
        "flaked",
        "flame",
        "flair",
        "stood",
        "stoop",
        "stole",
        "rushy",
        "raise",
        "ruins",
        "rains",
        "wheel",
        "wheels",
        "chips",
        "shaker",
        "shaken",
        "sweet",
        "sweets",
        "fluid",
        "blush",
        "color",
        "colon",
        "clump",
        "clamp",
        "numbs",
        "dizzie",
        "infant",
        "infest",
        "weaken",
        "weakest",
        "blurt",
        "blurts",
        "swear",
        "rashly",
        "rasher",
        "fitted",
        "fitter",
        "fitness",
        "couches",
        "shingle",
        "timed",
        "tines",
        "chilly",
        "chilled",
        "covet",
        "coven",
        "fluke",
        "flume",
        "blunt",
        "stiffy",
        "chilli",
        "chili",
        "chilis",
        "chillies",
        "painting",
        "panning",
        "planting",
        "seized",
        "seizing",
        # a size ("lump the size of a grape"), not a slip of "seize"
        "size",
        "sized",
        "sizes",
        "sizing",
    }
)
#: Numbers with these units after them are not temperatures.
OTHER_UNITS = frozenset(
    {
        "kg",
        "kgs",
        "kilos",
        "lb",
        "lbs",
        "pounds",
        "stone",
        "st",
        "mg",
        "ml",
        "mm",
        "cm",
        "km",
        "miles",
        "mi",
        "bpm",
        "hours",
        "hour",
        "hrs",
        "hr",
        "mins",
        "min",
        "minutes",
        "steps",
        "g",
        "mmol",
        "percent",
        "pct",
        "years",
        "days",
        "weeks",
        "am",
        "pm",
        "x",
    }
)
#: Clauses with these words read their numbers as something other than a temperature.
OTHER_MEASURES = frozenset(
    {
        "heart",
        "pulse",
        "bpm",
        "hr",
        "weight",
        "weigh",
        "weighed",
        "bp",
        "sugar",
        "glucose",
        "oxygen",
        "sats",
        "spo2",
        "steps",
        "pressure",
        "edss",
        "score",
        "mg",
        "dose",
        "walked",
        "walk",
    }
)
#: Papers whose words are not the writer's: a worry's cue (HYPOTHETICAL) whose reach ends at one of
#: DOCUMENT_STOPS ("checked the leaflet because my lips are swelling").
DOCUMENTS = frozenset({"leaflet", "leaflets", "booklet", "pamphlet", "handout", "information sheet", "info sheet"})
DOCUMENT_STOPS = frozenset({"because", "as", "while", "cos", "coz", "my", "for", "since"})
#: A clause of at most this many words, with none of GOES_ON_STOPS, after one that lists signs to
#: watch for, is one more of them ("ring the unit if I get a rash, itching, throat swelling").
LIST_ITEM_WORDS = 5
#: Words that give a clause a subject or a time of its own: it does not go on with the clause before.
GOES_ON_STOPS = frozenset(
    {"i", "im", "ive", "id", "me", "myself", "mine", "my", "now", "today", "tonight", "currently"}
    | {"still", "is", "am", "are", "was", "were", "has", "have", "had", "got", "feel", "feeling"}
    | {"cant", "cannot", "couldnt", "unable", "struggling", "it", "this", "that", "we", "you"}
)
#: A clause that ends in signs after one of these opens a list of signs to watch for ("the
#: leaflet says call if fever, chills, cough or burning pee"): the short clauses after it that
#: name other signs are its items, not reports.
LIST_CUES = DOCUMENTS | frozenset(
    {
        "if",
        "in case",
        "incase",
        "in the event",
        "watch for",
        "watch out for",
        "look out for",
        "keep an eye out",
        "report any",
        "tell them about any",
        "look for any",
        "check for any",
        "watch for any",
        "said watch",
        "says watch",
        "said check",
        "says check",
        "said to watch",
        "said to check",
        "told me to watch",
        "to watch",
        "of getting",
        "about getting",
    }
)
#: Words that end a list of signs to watch for: the clause tells of a time or an event, so it is
#: a report ("if I get a rash, itching, then suddenly wheezing").
LIST_STOPS = frozenset(
    {"its", "since", "already", "then", "suddenly", "woke", "came", "started", "just", "badly"}
    | {"fast", "later", "ago", "at", "again", "sure", "behold", "up"}
)
#: In a condition, "or" then the writer then one of these goes on with the condition ("ring if temp
#: goes over 38 or i get the shakes"); "if i lie flat or i climb the stairs short of breath" does not.
OR_I_ONSET = frozenset({"get", "got", "start", "started", "feel", "go", "develop", "have", "notice", "become"})
#: Words of SUDDEN that make weakness sudden only in its own clause ("legs weak, had all my jabs all
#: at once" is not sudden).
SUDDEN_HERE_ONLY = frozenset(
    {"all at once", "within seconds", "in a split second", "in an instant", "in a flash", "instantly"}
    | {"one minute fine", "next minute", "mid sentence"}
)
#: A list of signs to watch for is not opened by a cue followed by one of these before its signs
#: (a guess at what the signs are: "in case its flu, shivering, sore throat"), nor by a cue after one
#: of LIST_ASKED (a check-in: "nurse asked if i had a rash, wheeze - yes to all").
LIST_GUESSES = frozenset({"its", "it", "is", "was", "be"})
LIST_ASKED = frozenset({"asked", "ask", "asks", "asking"})
#: A short clause between a clause told of the past and a sign names what it was only when it opens
#: with one of these ("my first relapse was 2015, the eye one, optic neuritis"; not "..., ugh, ...").
APPOSITION_OPENERS = frozenset({"the", "a", "an", "my", "his", "her", "left", "right"})
#: Resolution words that, after "and" and before what they act on, are a new deed ("had a fit and
#: stopped breathing"), unless a word of when it passed follows ("and stopped by lunch").
DEEDS = frozenset({"stopped", "broke"})
WHEN_PASSED_WORDS = frozenset(
    {
        "now",
        "by",
        "after",
        "with",
        "up",
        "down",
        "overnight",
        "itself",
        "on",
        "at",
        "quickly",
        "when",
        "once",
        "as",
        "soon",
    }
)
#: Measures that claim a number only right beside it ("dose 600", "600 mg"): a reading a few words
#: from a dose is the body's ("104.2 after her subcut dose").
BESIDE_MEASURES = frozenset({"dose", "mg"})

#: A thing (THING_TEMPERATURES) or another measure (OTHER_MEASURES) claims a reading or a temperature
#: word within this many words of it ("the bath at 38 degrees"; not "high temp and he put the
#: kettle in the fridge", nor "40.1 tonight after the under-skin dose").
MEASURE_REACH = 4
#: Fever words only a body has: no thing's temperature in the clause excuses them ("feverish in
#: her own kitchen").
BODY_ONLY = frozenset({"fever", "feverish", "fevers", "febrile", "pyrexial"})
#: A temperature of one of these things is not the body's ("ran the bath to 38 degrees", "hot tub set to
#: 40C"), unless the clause also says BODY_TEMPERATURE.
THING_TEMPERATURES = frozenset(
    {
        # a thing set to a temperature ("hot tub at the airbnb was set to 40C")
        "set to",
        "set at",
        "turned up to",
        # the weather, not a body ("39 degrees in spain, melting by the pool")
        "degrees in",
        "degrees out",
        "degrees outside",
        "heatwave",
        "melting",
        "pool",
        "bath",
        "tub",
        "jacuzzi",
        "pool",
        "greenhouse",
        "oven",
        "fridge",
        "freezer",
        "weather",
        "outside",
        "forecast",
        "holiday",
        "dough",
        "proved",
        "proving",
        "baking",
        "yeast",
        "beach",
        "abroad",
        "kitchen",
        "house",
        "bedroom",
        "office",
        "lounge",
        "indoors",
        "heatwave",
        "sauna",
        "kettle",
        "room",
        "garden",
        "shower",
        "thermostat",
        "heating",
        "shade",
    }
)
BODY_TEMPERATURE = frozenset({"temp", "temperature", "fever", "feverish", "my temp", "i was", "im"})
#: Words that make a number in their clause a body temperature.
TEMPERATURE_WORDS = frozenset(
    {
        "temp",
        "temps",
        "temperature",
        "temperatures",
        # spelt as said, two letters off ("tempreture 101")
        "tempreture",
        "temperture",
        "tempature",
        "fever",
        "feverish",
        "thermometer",
        "scanner",
        "forehead",
        "degrees",
        "deg",
        "running",
        "reading",
    }
)

#: Small words left out when a text is compared with the person's usual symptoms.
USUAL_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "my",
        "in",
        "on",
        "of",
        "and",
        "or",
        "with",
        "at",
        "to",
        "is",
        "am",
        "im",
        "i",
        "ive",
        "have",
        "has",
        "had",
        "some",
        "bit",
        "little",
        "usual",
        "as",
        "always",
        "same",
        "today",
        "again",
        "still",
        "feel",
        "feeling",
        "very",
        "quite",
        "slight",
        "slightly",
        "mild",
    }
)


def markdown() -> str:
    """These tables as Markdown, for docs/rules.md (``python -m ocrelog.vocabulary``)."""

    def cell(words) -> str:
        return ", ".join(w.replace("|", " or ") for w in words)

    def urgency(tier: str) -> str:
        return TIERS[tier][:1].lower() + TIERS[tier][1:]

    lines = [
        "How a phrase is written: `{group}` stands for every word of that group; `a or b` is either word; "
        f"`...` lets up to {GAP_WORDS} other words stand in between; `&` between words lets them come in any "
        f'order, each within {NEAR_WORDS} words of the first (`eye & washed` finds "washed out in my left eye" '
        'and "my left eye looks washed out"); a phrase marked `=` counts only as the whole clause (`=cold`: '
        '"cold" or "got a bad cold", not "cold hands").',
        "",
        "| category | advice | where the label names it |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{c.name}` | {c.advice} | {c.label} |" for c in CATEGORIES]
    lines += ["", "| sign | category | urgency | its words |", "| --- | --- | --- | --- |"]
    derived = {
        "very high fever": f"a temperature of {VERY_HIGH_FEVER_C} °C ({VERY_HIGH_FEVER_F:g} °F) or more, "
        "written or measured",
        "sudden weakness of one side": "a weakness sign with a word of suddenness (below) in its clause",
    }
    lines += [f"| {s.key} | `{s.category}` | {urgency(s.tier)} | {cell(s.phrases) or derived[s.key]} |" for s in SIGNS]
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
        f"| ...unless followed by what the sign became | {cell(sorted(BECAME))} |",
        f"| getting better (just before a sign) | {cell(sorted(BETTER))} |",
        f"| ...or just after a sign, not a reaction | {cell(sorted(BETTER_AFTER))} |",
        "| ...but not a reaction followed by than and an earlier dose | "
        "(than last infusion, than the first injection) |",
        f"| what a story or the news is about (a sign within {TOPIC_REACH} words after; not with "
        f"{cell(sorted(TOPIC_ENDS))} between) | {cell(sorted(TOPICS))} |",
        f"| how many have it (just after a sign) | {cell(sorted(NEWS_AFTER))} |",
        f"| not a sign (next to one) | {cell(sorted(NOT_A_SIGN))} |",
        f"| ...unless the clause says | {cell(sorted(POSITIVE))} |",
        f"| someone else's (before a sign) | {cell(sorted(OTHER_PEOPLE))} |",
        f"| ...unless the writer says | {cell(sorted(SELF))} or my + anything else |",
        f"| a thing, not a person (before a sign: the thing's) | {cell(sorted(THINGS))} |",
        f"| a carer's note opens with (one of) | {cell(sorted(OTHER_PEOPLE | CARERS))} |",
        f"| ...then | {cell(sorted(CARER_MARKS))} |",
        f"| ...or opens with | {cell(sorted(CARER_OPENERS))} |",
        f"| ...or opens with for my or for our, one it may be kept for, then | {cell(sorted(PERSON_PRONOUNS))} |",
        f"| ...or opens with one of {cell(sorted(CARER_OPENERS_FOR_SOMEONE))}, then (my or our and) | "
        f"{cell(sorted(CARED_FOR - {'he', 'she'}))} |",
        *(
            f"| ...or opens with one of {cell(sorted(WRITTEN_BY))}, then {writer}, then | {cell(sorted(person))} |"
            for writer, person in WRITER_TO_PERSON.items()
        ),
        f"| ...or opens with one of these, whose thinking has changed | {cell(sorted(CARED_FOR))} |",
        f"| ...or who had the dose: one of {cell(sorted(DOSE_LINKS))}, then nothing or one of "
        f"{cell(sorted(DOSE_OWNERS))}, then a dose word; or one of {cell(sorted(DOSE_HALTERS))}, then one of "
        f"{cell(sorted(DOSE_HALTS))}, then the same; and no me in the text | (the relative it opens with) |",
        f"| ...but not a carer's role then (the carer is the one told of) | {cell(sorted(CARER_TOLD_OF))} |",
        "| in a carer's text, the writer's own: "
        + "; ".join(f"{who} then {cell(sorted(has))}" for who, has in WRITER_HAS.items())
        + ", before the sign, with the person or myself after it, or one of | "
        + f"{cell(sorted(KEEPING_AWAY))} (the writer's, not the person's) |",
        f"| ...but not a relative by marriage (after the relative) | {' '.join(IN_LAW)} |",
        f"| ...or speaks first of one of these, nobody named before | {cell(sorted(PERSON_PRONOUNS))} |",
        f"| one word with the sign, not whose it is | {cell(sorted(COMPOUNDS))}, or an animal's "
        f"{cell(sorted(ANIMALS_WOUNDS))} |",
        f"| before a one-word sign that a person follows: that person's | {cell(sorted(ARTICLES))} |",
        f"| a question opens with | {cell(sorted(QUESTION_OPENERS))} |",
        f"| ...and asks with | {cell(sorted(QUESTION_ASKS))} |",
        f"| not yet (inside a sign's words) | {cell(sorted(NOT_YET))} |",
        f"| told of the past (in the clause) | {cell(sorted(PAST))}, in + a year, a month + a year (not after since, "
        "from or a day's number, nor with a word of now) |",
        f"| a label: a sentence's first clause of at most {LABEL_WORDS} words before a dash, one clause with what "
        f"follows: a word of a sign or one of {cell(sorted(BODY_PARTS))} (not a negation, a seizure named, or an "
        "answer after) | (neck - stiff) |",
        f"| ...or before a comma, a label of these words only, a form's field | {cell(sorted(FIELDS))} |",
        "| a checklist between slashes, every item ending in an answer: each item a clause, and one answered "
        f"{cell(sorted(CHECKED_NO))} said as not had | {cell(sorted(CHECKED))} |",
        "| ...or a form of labelled fields between slashes (chest: tight / wheeze: yes), unless a label names a "
        f"person, a pet or the writer, or is one of | {cell(sorted(FORM_CONTEXT))} |",
        f"| the person's relative in a carer's text, told of as ill: another person | {cell(sorted(THEIR))} + a "
        f"relative + one of {cell(sorted(THEIRS_TOLD))} |",
        "| a list's marks: a cross (✗ ✘ ❌ ✖) no, a tick (✓ ✔ ✅ ☑) yes, opening each item when the list opens with "
        "one (after a label and a colon at most), else ending it | (itch ✗ rash ✓) |",
        f"| ...but now after | {cell(sorted(COMPARED_WITH_PAST))} |",
        f"| a worry, a question or a plan (before a sign) | {cell(sorted(HYPOTHETICAL))} |",
        f"| ...except inside | {cell(sorted(NOT_HYPOTHETICAL))} |",
        f"| ...or a hedged report (not with {cell(sorted(HEDGE_VOIDS))} in the clause) | {cell(sorted(HEDGED))} |",
        f"| ...or when the sign comes just after | {cell(sorted(HERE_NOW))}, or after I again |",
        f"| a clause that answers the one before | {cell(sorted(ANSWERS))}, or only passed or usual words |",
        f"| passed + one of these: the cure, not a sign | {cell(sorted(CURE_LINKS))} |",
        f"| a harmless cause (after a sign and one of: {cell(sorted(CAUSE_LINKS))}; or before it and one of: "
        f"{cell(sorted(CAUSE_BEFORE))}) | {cell(sorted(BENIGN_CAUSES))} |",
        f"| ...but no cause after | {cell(sorted(NO_CAUSE_AFTER))} |",
        f"| ...and a cause between a sign's own words after | {cell(sorted(CAUSES_INSIDE))} |",
        f"| ...but not a from just after (or after one of {cell(sorted(FROM_WHERE))} after) | "
        f"{cell(sorted(FROM_PLACE))} |",
        f"| not passed, but where the writer got to | {cell(sorted(LANDED))} |",
        f"| a clause opening with one of these, then was or were, answers nothing before it | "
        f"{cell(sorted(ANOTHER_TIME))} |",
        f"| no negation: one of {cell(sorted(ENDED))} just before or after one of | {cell(sorted(WHAT_ENDED))} "
        f"(not with {cell(sorted(ENDED_FOR))} before the sign) |",
        *(f"| another sense of {key} (in the entry) | {cell(sorted(words))} |" for key, words in OTHER_SENSES.items()),
        *(f"| part of a {key} (in the entry) | {cell(sorted(parts))} |" for key, parts in PART_OF.items()),
        f"| a flare of another condition (in the clause) | {cell(sorted(OTHER_CONDITIONS))} |",
        f"| a near faint, not a seizure (before it) | {cell(sorted(NEAR_MISS))} |",
        f"| weakness that came on suddenly: seek help now | {cell(sorted(SUDDEN))} |",
        f"| texting shorthand | {cell(f'{k} = {v}' for k, v in SHORTHAND.items())} |",
        f"| numbers in words | {cell(NUMBER_WORDS)}, hundred, point |",
        f"| a neurological sign as usual | {cell(sorted(NOT_NEW))} |",
        f"| ...but not just after one of these (a place or a thing known well) | {cell(sorted(FAMILIAR))} |",
        f"| ...unless it says | {cell(sorted(STILL_NEW))} |",
        f"| left out when compared with your usual symptoms | {cell(sorted(USUAL_STOPWORDS))} |",
        f"| no reaction (`--reaction none`) | {cell(sorted(NO_REACTION))} |",
        f"| left out of a whole-clause phrase | {cell(sorted(FILLER))} |",
        f"| idioms (no sign) | {cell(IDIOMS)} |",
        f"| clause ends at | , ; . ! ? and {cell(sorted(CLAUSE_BREAKS))} |",
        f"| never read as a slip | {cell(sorted(LOOKALIKES))} |",
        f"| passed, of three or four words: just after a sign or one of {cell(sorted(RESOLUTION_JOINS))}, "
        f"never of a sign that needs help now, nor before | {cell(sorted(UNTIL_NOW))} |",
        f"| a correction opens a clause with | {cell(sorted(CORRECTED))} |",
        f'| ...then only (takes back the "no" of one sign in the {CORRECTED_REACH} clauses before) '
        f"| {cell(sorted(AFFIRMED))} |",
        f"| written by mistake: takes back the signs before it in its clause, after | {cell(sorted(RETRACTED))} "
        f"after one of {cell(sorted(LOGGED_WORDS))} |",
        f"| opening a clause, takes back the clause before (never a sign that needs help now) | "
        f"{cell(sorted(RETRACTED_HERE | RETRACTED_OPENING))} (not before {cell(sorted(INTENDED))} or "
        f"{cell(sorted(EARLIER_MESSAGE))}) |",
        f"| a relative who saw a seizure (then a word of saying and one of {cell(sorted(REPORTED))}) | "
        f"{cell(sorted(TELLERS))} |",
        f"| a face drooping in a clause with one of {cell(sorted(NUMBED_LINKS))} just before one of these is "
        "the numbing's | "
        f"{cell(sorted(NUMBED))}, when it says {cell(sorted(NUMB_WORDS))} (not with "
        f"{cell(sorted(NUMBING_LASTED))}, a weekday, a change, suddenness or weakness) |",
        f"| a harmless cause before one of these explains only a sign of {cell(sorted(GAVE_EXPLAINS))} | "
        f"{cell(sorted(GAVE))} |",
        *(
            f"| an idiom opening with {key} is not one after | {cell(sorted(words))} |"
            for key, words in IDIOMS_UNDONE_AFTER.items()
        ),
        *(
            f"| the idiom {key} is not one before (within {IDIOM_UNDONE_REACH} words) | {cell(sorted(words))} |"
            for key, words in IDIOMS_UNDONE_BEFORE.items()
        ),
        *(
            f"| voice typing: {heard} is {m.meant} just after | {cell(sorted(m.after))}"
            + (f" (not before {cell(sorted(m.unless))})" if m.unless else "")
            + " |"
            for heard, m in MISHEARD.items()
        ),
        f"| the writer too, opening the clause (or after both) before and | {cell(sorted(JOINED_SELF))} |",
        f"| after a sign, leave the writer out (unless before it: {cell(sorted(NOBODY))}) | {cell(sorted(BUT_ME))} |",
        f"| after a sign or as the clause after it, the writer's too | {cell(sorted(ME_TOO))} |",
        f"| off + one of these + one of {cell(sorted(OFF_ILL))} before a sign: a child's | "
        f"{cell(sorted(CHILD_PLACES))} |",
        f"| a question, not an answer: opening with {cell(sorted(ASKED_OF_IT))} and one of | {cell(sorted(JUDGED))} |",
        f"| after a clause that answered, the sign came back | {cell(sorted(CAME_BACK))} |",
        f"| came and went: a neurological sign that needs help now still does | {cell(sorted(CAME_AND_WENT))}, "
        f"or one of {cell(sorted(JUDGED))} then now |",
        f"| a year after since, after one of these: compared, not the past | {cell(sorted(SINCE_COMPARED))} |",
        *(
            f"| explain nothing of a {kind} sign | {cell(sorted(words))} |"
            for kind, words in EXPLAIN_NOTHING_OF.items()
        ),
        f"| a carer's header, then a colon or a bracket: at most {CARER_HEADER_WORDS} words, the last one of "
        f"{cell(sorted(CARER_ROLES))} after nothing, whose carer or | {cell(sorted(CARER_KINDS))}; or one of "
        f"{cell(sorted(HEADER_MARKS))} after one it may be kept for, or for (my or our) and that one "
        "(no my or our after it) |",
        f"| a writer's possessive, then | {cell(sorted(WRITERS_NOTES))} |",
        f"| a side as a letter ({cell(f'{k} = {v}' for k, v in SIDE_LETTERS.items())}), just before | "
        f"{cell(sorted(SIDED))} |",
        f"| a size by likeness, left out: one of {cell(sorted(SIZE_OF))}, then at most one of | "
        f"{cell(sorted(SIZE_OF_OWNERS))}, then a word (or a number and its unit) |",
        f"| a clause that goes on about the one before: at most {GOES_ON_WORDS} words, one of "
        f"{cell(sorted(GOES_ON_SAYS))}, the others numbers or | {cell(sorted(GOES_ON - GOES_ON_SAYS))} |",
        f"| ...but no infection after | {cell(sorted(GOES_ON_NOT_AFTER))} |",
        f"| a clause after a comma opening with one of these is one with the clause before (not with I in it) | "
        f"{cell(sorted(RELATIVE_OPENERS))} |",
        f"| low blood pressure: one of {cell(sorted(BP_WORDS))}, then two numbers within {MEASURE_REACH} words, the "
        f"first below {LOW_SYSTOLIC}, or the second below {LOW_DIASTOLIC} with the first below {BORDERLINE_SYSTOLIC} "
        f"(from {BP_RANGE[0]} to {BP_RANGE[1]}); not "
        f"someone else's, nor with a usual word or | {cell(sorted(BP_USUAL))} |",
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
