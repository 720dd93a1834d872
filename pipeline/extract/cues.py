"""Cue lexicons for the attribution layer: reporting verbs and nouns, claimant-type words, media outlets.

Everything here is a plain frozenset or a precompiled regex built once at import.
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- reporting verbs (lemmas)

# Verbs of saying / reporting that take a clausal complement (ccomp, "that"-clause) or a quote.
SPEECH_VERBS = frozenset("""
say tell state report reveal announce warn add claim insist argue note write tweet post explain acknowledge
admit confirm deny allege suggest indicate show find learn stress emphasize emphasise declare assert maintain
predict estimate conclude contend testify respond reply recall complain concede promise pledge vow threaten
agree caution disclose answer observe mention remark signal hint boast brag repeat reiterate demand urge ask
suspect believe think fear expect hope worry feel doubt assume guess reckon speculate accuse blame charge
inform notify convince assure acknowledge affirm allege admit brief counter dispute rule decide determine
project forecast calculate write proclaim protest joke lament quip concur posit propose recommend reckon
predict imply illustrate demonstrate document read
point recount shout scold chide retort insinuate
know understand realize realise recognize recognise hear learn discover notice wish envision imagine foresee
anticipate suppose presume infer deduce perceive sense conclude judge deem
opine muse grumble mutter whisper yell scream exclaim interject rebut surmise hypothesize hypothesise theorize
theorise aver attest certify verify guarantee prophesy confess divulge leak publicize publicise broadcast
stipulate clarify elaborate underline underscore reaffirm restate reassert summarize summarise
reassure persuade remind advise counsel forewarn lament decry bemoan sing chant text email blog publish tell
""".split())

# Polls, studies and documents whose findings are the object of show / find / indicate ("Polls show a close race").
EVIDENCE_VERBS = frozenset("show find indicate suggest reveal".split())
EVIDENCE_NOUNS = frozenset("""
poll survey study research analysis data figure statistic report review audit investigation inquiry test census
average model forecast projection assessment document record filing ballot count tally
image imagery photo photograph picture footage video
""".split())

# Verbs that are cues only next to a quotation ('X continued: "..."', '"...," she began').
QUOTE_ONLY_VERBS = frozenset("""
continue begin start conclude finish sing chant recite read interrupt chime
""".split())

# Lemmatizer slips, by lower-case form: "hoped" lemmatized as "hop".
LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope"}

# Verbs of welcome and condemnation: in the simple present ("Norway condemns the attack ...") the voice of a
# statement's own author (a press release), not a report of someone's stance.
EVALUATIVE_VERBS = frozenset("""
welcome condemn applaud praise hail deplore denounce commend salute congratulate regret
""".split())

# Verbs of demand: what they ask for is no assertion of it. In the simple present ("The United States calls on the
# regime to halt ...", "Norway urges both sides to ...") a statement's own author speaks, like EVALUATIVE_VERBS.
# ("call" only with "on" / "upon" / "for": "calls the claims false" is no demand.)
DEMAND_VERBS = frozenset("call urge demand implore exhort".split())

# Verbs that can carry their content as a direct object / infinitive rather than a clause.
OBJECT_VERBS = frozenset("""
deny confirm announce urge demand ask promise pledge vow threaten predict estimate reject dismiss accuse blame
criticize criticise question call cite warn praise endorse support oppose propose recommend defend
want attack plan decline offer refuse discuss describe compare seek recognize recognise liken blast slam mock
encourage mention highlight tout denounce condemn welcome applaud back reference detail outline invoke
implore challenge chastise grill paint link admire
echo express unveil hail lambaste scold chide ridicule deride slam tout question
promote laud downplay acknowledge tweet decry bemoan lament advocate champion
expect hope intend aim agree
talk embrace ignore press weigh consider
prefer respect resent extol exhort swear query retweet rail comprehend fathom
""".split())

# Object verbs whose content is only the object of one of these prepositions ("talked about X"; not "talked to
# reporters").
TOPIC_PREPS = {"talk": frozenset("about of on".split())}
# Object verbs that are also verbs of change: no amount or prepositional phrase is their content ("declined to
# comment"; not "the rate declined 4 points", "declined from 58 percent").
NOT_AMOUNTS = frozenset("decline".split())

# Verbs that are only cues with a clause (no object reading): "he thinks the plan", no. (Verbs of saying that
# take what is said as their object, "stressed the need for X", "explained the plan", are not in it.)
CLAUSE_ONLY = frozenset("""
say think believe suspect fear hope feel doubt assume guess reckon worry learn find show indicate suggest add
insist argue contend know understand imply
""".split())

COGNITION = frozenset("suspect believe think fear feel doubt assume guess reckon worry suspicion belief fear".split())

# cue lemma -> epistemic status imposed by the cue (others fall back to the default)
CUE_STATUS = {
    "suspect": "suspected", "believe": "suspected", "fear": "suspected", "think": "suspected", "feel": "suspected",
    "doubt": "suspected", "assume": "suspected", "guess": "suspected", "reckon": "suspected", "worry": "suspected",
    "suspicion": "suspected", "belief": "suspected", "speculate": "suspected",
    "deny": "denied", "reject": "denied", "dismiss": "denied", "dispute": "denied", "denial": "denied",
    "accuse": "alleged", "allege": "alleged", "claim": "alleged", "charge": "alleged", "blame": "alleged",
    "accusation": "alleged", "allegation": "alleged",
    "confirm": "confirmed", "confirmation": "confirmed",
    "estimate": "estimated", "calculate": "estimated", "project": "estimated", "estimation": "estimated",
    "predict": "expected", "forecast": "expected", "expect": "expected", "promise": "expected",
    "pledge": "expected", "vow": "expected", "threaten": "expected", "plan": "expected", "hope": "expected",
    "intend": "expected", "aim": "expected", "proposal": "expected", "intention": "expected",
    "commitment": "expected", "threat": "expected",
    "report": "reported", "according": "reported", "cite": "reported", "learn": "reported",
}
# Cues of admission: the claimant concedes the content is true (confirmed). Kept apart from CUE_STATUS, which also
# decides whether a cue's plain object is a claim ("denied any involvement"): the object of "admit" ("Moscow and
# Pyongyang admit cooperation") stays a stance on a topic.
ADMISSION_STATUS = {"admit": "confirmed", "admission": "confirmed"}
STRONG_STATUS = frozenset({"suspected", "denied", "alleged", "confirmed", "estimated"})
NEGATIVE_CUES = frozenset("deny reject dismiss dispute denial".split())

# Reporting nouns: "X's claim that ...", "a statement by X that ...", "reports that ...".
CUE_NOUNS = frozenset("""
claim statement assertion allegation accusation report announcement warning belief suspicion view suggestion
denial admission assessment estimate prediction conclusion argument insistence fear confirmation
comment remark message idea theory opinion notion impression concern worry doubt hope expectation promise pledge
vow threat contention conviction testimony declaration proclamation finding revelation disclosure complaint
rumor rumour speculation recommendation proposal assurance acknowledgment acknowledgement explanation
""".split())

# Nouns of intention whose infinitive is the content: "the ministry's plan to close the port".
INTENTION_NOUNS = frozenset("""
plan promise pledge vow threat proposal decision intention bid offer call demand refusal commitment
determination reluctance willingness effort attempt push
""".split())

# Nouns of stance or speech whose object says what the stance is about, with a holder in the possessive ("his
# criticism of the plan", "her comment about X", "the party's support for Y").
STANCE_NOUNS = frozenset("""
criticism critique support opposition comment remark remarks rhetoric theory view views position stance attack
attacks praise defense defence admiration adulation obsession abandonment embrace rejection denial condemnation
endorsement questioning skepticism scepticism concern concerns worry worries fear fears doubt doubts complaint
complaints argument case push call demand objection question questions warning warnings statement
assurance assurances pledge promise claim claims accusation accusations allegation allegations
""".split())

# Light verbs whose subject holds the statement or stance their object names ("issued a warning that X",
# "raised questions about Y", "voiced concern that Z").
LIGHT_VERBS = frozenset("make raise issue voice express give offer lay share renew level air".split())

# Nouns that stand for a document rather than its author: "reports from Ukrainian sources" -> the sources.
DOCUMENT_NOUNS = frozenset("""
report reports data documents document statement statements figures figure estimates estimate information
assessment assessments access analysis findings records record footage images account accounts
survey surveys poll polls study studies
""".split())

# ---------------------------------------------------------------- claimant typing

MEDIA_OUTLETS = frozenset(s.lower() for s in """
Bloomberg|Reuters|AP|Associated Press|AFP|Agence France-Presse|BBC|CNN|Fox News|Fox|NBC|ABC|CBS|MSNBC|NPR|PBS|
New York Times|The New York Times|Times|Washington Post|The Post|Post|Wall Street Journal|WSJ|Guardian|
The Guardian|Telegraph|Financial Times|FT|Economist|Politico|Axios|Al Jazeera|Xinhua|TASS|RIA Novosti|RIA|
Interfax|Yonhap|Kyodo|NHK|Kyiv Independent|Ukrainska Pravda|Kyiv Post|Ukrinform|Der Spiegel|Spiegel|Le Monde|
El Pais|Haaretz|Times of Israel|Breitbart|BuzzFeed|HuffPost|Huffington Post|Vox|Slate|Newsweek|Time|USA Today|
Los Angeles Times|LA Times|Chicago Tribune|Daily Mail|The Sun|Sky News|Euronews|Deutsche Welle|DW|RT|Sputnik|
Meduza|Novaya Gazeta|Kommersant|Izvestia|Vedomosti|UPI|CNBC|The Hill|Daily Beast|Mother Jones|National Review|
The Atlantic|New Yorker|Daily Caller|Washington Times|New York Post|NYT|Semafor|Nikkei|Asahi|Yomiuri|Le Figaro|
Bild|Corriere della Sera|ANSA|EFE|dpa|Anadolu|Global Times|People's Daily|CCTV|KCNA|Korean Central News Agency
""".replace("\n", "").split("|"))

MEDIA_WORDS = frozenset("""
media newspaper newspapers outlet outlets broadcaster broadcasters channel tabloid magazine daily journal
press reporter reporters journalist journalists correspondent correspondents network website wire radio
television tv newsroom
""".split())
INTELLIGENCE_WORDS = frozenset("intelligence spy spies cia nis sbu gur mi6 mi5 fsb gru mossad nsa hur".split())
MILITARY_WORDS = frozenset("""
military army armed forces force navy troops command commander commanders general generals staff pentagon
brigade battalion regiment soldiers marines airforce nato idf
""".split())
GOVERNMENT_WORDS = frozenset("""
government authorities authority ministry ministries minister ministers kremlin administration president
presidency cabinet parliament congress senate department state embassy white house prosecutors prosecutor
police regime officials council governor mayor agency
""".split())
UNSPECIFIED_WORDS = frozenset("""
sources source officials official experts expert analysts analyst observers observer residents witnesses
witness people insiders insider someone critics critic diplomats diplomat workers activists campaigners
locals voters person persons
""".split())
# Plural nouns in -ers / -ors / -ists / -ians that name things, not a group of people (claimant typing).
NOT_PEOPLE_PLURALS = frozenset("""
papers numbers letters orders posters filters charters chambers headquarters
""".split())
# Subjects that negate their clause: "None of the ships was damaged".
NEGATIVE_SUBJECTS = frozenset("none nobody nothing neither".split())
# Titles and roles that describe a person: "union spokesman Erik Jansen", "the port authority's director, Anna de
# Vries" (the claimant is the name, its type person).
PERSON_ROLES = frozenset("""
minister president spokesman spokeswoman spokesperson director chief executive ceo cfo coo secretary ambassador
senator candidate nominee governor mayor leader chairman chairwoman chairperson chair founder head commissioner
manager economist analyst professor lawyer attorney prosecutor judge commander adviser advisor aide host reporter
correspondent editor columnist researcher scientist doctor deputy representative lawmaker legislator congressman
congresswoman chancellor premier king queen prince princess pope envoy diplomat negotiator strategist pollster
official officer inspector treasurer coach captain owner
""".split())
# Honorifics kept with a name ("Mr. Okoro").
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen. sir dame lord lady".split())
# Descriptions of an organisation: "the aid group Health Without Borders", "Estonia's grid operator Voltara".
ORGANIZATION_NOUNS = frozenset("""
company firm group organization organisation operator association federation institute foundation charity
university union party campaign committee commission bank fund insurer carmaker maker manufacturer producer
developer chain retailer airline carrier utility startup conglomerate giant subsidiary consortium lender
agency mission
""".split())
POSSESSIVE_PRONOUNS = frozenset("its his her their".split())
PERSON_PRONOUNS = frozenset("he she i me him her".split())
OTHER_PRONOUNS = frozenset("we they it you us them this that who".split())
INSTITUTION_MODIFIERS = frozenset("government military army intelligence police ministry defense defence".split())
# Public functions whose officials are a government's ("Health officials", "election officials", "city officials";
# not "Local officials", "campaign officials", "company officials").
PUBLIC_FUNCTION_WORDS = frozenset("""
health election elections electoral finance treasury transport transportation education customs immigration border
tax interior justice energy agriculture environment environmental trade labor labour federal municipal provincial
city county state public emergency disaster housing welfare fisheries forestry aviation weather meteorological
statistics statistical space
""".split())
# What a military coalition does or has ("Coalition strikes", "the coalition's commander", "coalition and partner
# forces"): a coalition named so in the article is the military one, not a governing coalition.
MILITARY_COALITION_NOUNS = frozenset("""
force forces troops strike strikes airstrike airstrikes warship warships aircraft jet jets operation operations
commander commanders command soldier soldiers raid raids bombing bombings airpower navy
""".split())
# What makes a coalition a political one: "the ruling coalition", "coalition government", "coalition partners".
POLITICAL_COALITION_WORDS = frozenset("""
ruling governing government governments partner partners party parties parliamentary electoral opposition
cabinet talks agreement deal majority
""".split())

# ---------------------------------------------------------------- regexes

# Paired quotations: curly, or straight double quotes (within a paragraph; no newline inside).
QUOTE_RE = re.compile(r"“[^”\n]{2,}?”|''(?!')[^\n]{2,}?''(?!\w)|\"[^\"\n]{2,}?\"|‘[^’\n]{8,}?’(?!\w)")
FUTURE_RE = re.compile(
    r"\b(will|won't|shall|(?:is|are|am|was|were|'s|'re|'m)(?:n't|\s+not)?\s+"
    r"(?:set|expected|due|going|scheduled|poised|about)\s+to|plans?\s+to|planning\s+to|(?:is|are)\s+to\s+be|"
    r"intends?\s+to|expects?\s+(?:[\w'’-]+\s+){0,4}?to\s+(?=\w)|expecting\s+to|"
    r"(?<!had )(?<!been )expected\s+to\s+(?=\w)|(?:is|are)\s+(?:also\s+|now\s+|still\s+)?expected(?!\s+of)|"
    r"(?:is|are|was|were|'s|'re)\s+(?:most\s+|very\s+|more\s+|still\s+)?likely\s+to\s+(?!have\b)(?=\w)|"
    r"by the end of (the|this|next) (year|month|week))\b",
    re.I)
# Dates a schedule names ("Election Day is Nov. 3", "The vote is on Tuesday"): a month or a weekday.
SCHEDULE_DATE_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# Modals that put a reported content in the future ("said the plant would close", "warned prices could rise").
PROSPECTIVE_MODALS = frozenset("would could might".split())
NEGATION_WORDS = frozenset("not n't never no nobody nothing none neither".split())
BYLINE_RE = re.compile(
    r"^\s*(by\s+[A-Z]|reporting by|written by|editing by|additional reporting|photo\b|image\b|picture\b|"
    r"credit\b|source:|read (the rest|more)|click here|follow (us|him|her)|subscribe|sign up|advertisement|"
    r"related:|watch:|listen:|share (this|on)|copyright|©|for (more|further) information|please contact|"
    r"media contacts?:|press contacts?:)", re.I)
DATELINE_PREFIX_RE = re.compile(
    r"^[A-Z][A-Z.'/\- ]{2,}(?:,\s*(?:[A-Z][A-Za-z.]*(?:\s+[A-Za-z.]+)?(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+\.?)"
    r"(?:,?\s+\d{4})?)?\s*(?:\([A-Za-z .]+\))?\s*[—–-]{1,2}\s*")
FIRST_PERSON_RE = re.compile(r"\b(I|we|our|us|my|me)\b")

# Transcript / headline speaker lines: 'PENCE: ...', 'Poll: ...'
SPEAKER_LINE_RE = re.compile(
    r"^[\"“]?(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}):\s+(?P<what>\S.{8,})$")
NOT_SPEAKERS = frozenset("""
update updated note editor's editor’s photo image related watch read source sources correction disclosure
warning breaking exclusive live video audio listen opinion analysis editorial q a by transcript the latest
""".split())
