"""Who the article names, and the roles and affiliations it gives them."""

import pytest

from service.quotes import lexicon
from service.quotes.descriptions import affiliation_text, dateline_end, describe_noun
from service.quotes.people import People, Person

# (text, name asked for, expected (full name, role, affiliation))
PEOPLE = {
    "title before the name, nationality": (
        "The German Foreign Minister Annalena Baerbock arrived. Baerbock spoke.",
        "Baerbock",
        ("Annalena Baerbock", "Foreign Minister", "Germany"),
    ),
    "title with an organisation": (
        "White House Press Secretary Karine Jean-Pierre spoke on Monday.",
        "Karine Jean-Pierre",
        ("Karine Jean-Pierre", "Press Secretary", "White House"),
    ),
    "appositive after the name": (
        "Paul Martin, a spokesman for the Pentagon, spoke on Monday.",
        "Martin",
        ("Paul Martin", "spokesman", "Pentagon"),
    ),
    "appositive whose noun is a role by its ending": (
        "Dr. Li Wei, a paleobotanist at the Nanjing Institute of Geology, spoke on Monday.",
        "Li Wei",
        ("Li Wei", "paleobotanist", "Nanjing Institute of Geology"),
    ),
    "title whose noun is a role by its ending": (
        "Harbor Bank biostatistician Ann Ruiz spoke on Monday.",
        "Ruiz",
        ("Ann Ruiz", "biostatistician", "Harbor Bank"),
    ),
    "title with an acronym the recogniser took for a product, spelled out where the article does": (
        'The Federal Trade Commission sued Amazon. "Amazon is a monopolist," FTC Chair Lina Khan said.',
        "Khan",
        ("Lina Khan", "Chair", "Federal Trade Commission"),
    ),
    "title with an acronym before an abbreviated title": (
        '"We won the seat," SNP MP Joanna Cherry said.',
        "Cherry",
        ("Joanna Cherry", "MP", "SNP"),
    ),
    "title with an acronym that ends a name the recogniser did not mark": (
        "Sirius XM Vice President Tom Lee spoke on Monday.",
        "Lee",
        ("Tom Lee", "Vice President", "Sirius XM"),
    ),
    "a body noun's possessive that stands for a body named before gives that body": (
        "Acme Corp. reported a loss. The company's chief executive, Tom Lee, addressed it on Friday.",
        "Lee",
        ("Tom Lee", "chief executive", "Acme Corp."),
    ),
    "'the chamber's' stands for a chamber of commerce named before": (
        "The Chamber of Commerce praised the ruling. Neil Bradley, the chamber's executive vice president, "
        "spoke on Friday.",
        "Bradley",
        ("Neil Bradley", "executive vice president", "Chamber of Commerce"),
    ),
    "a company office after a body that 'the company' later in its sentence makes a subject": (
        "Shares in Siemens Energy jumped 9% after the company raised its forecast. "
        '"We are seeing record orders," Chief Executive Christian Bruch told analysts.',
        "Bruch",
        ("Christian Bruch", "Chief Executive", "Siemens Energy"),
    ),
    "no body for a company office when 'a company' is some other company": (
        "Shares in Siemens Energy jumped 9% after a company raised its forecast. "
        '"We are seeing record orders," Chief Executive Christian Bruch told analysts.',
        "Bruch",
        ("Christian Bruch", "Chief Executive", None),
    ),
    "a name a word of the role parts from a body's possessive is the role's": (
        "Michel Barnier, the European Union's former Brexit negotiator, spoke on Monday.",
        "Barnier",
        ("Michel Barnier", "former Brexit negotiator", "European Union"),
    ),
    "a name a word of the role parts from a person's possessive is the body": (
        "Tom Baker, Hillary Clinton's former State Department aide, spoke on Monday.",
        "Baker",
        ("Tom Baker", "former aide", "State Department"),
    ),
    "a body the parse set beside the role, right after the noun of its 'of'": (
        "Friedrich Merz, the leader of the opposition Christian Democrats, called for a vote.",
        "Merz",
        ("Friedrich Merz", "leader", "Christian Democrats"),
    ),
    "a list of roles, its commas kept": (
        "Quincy Jones, the producer, composer and arranger whose work shaped music, died on Sunday.",
        "Jones",
        ("Quincy Jones", "producer, composer and arranger", None),
    ),
    "a list of roles, the body after the last": (
        "Tom Baker, a writer, director and producer at Acme Films, spoke.",
        "Baker",
        ("Tom Baker", "writer, director and producer", "Acme Films"),
    ),
    "appositive after an age": (
        '"I have been through worse storms," said Carlos Ramirez, 58, a fishing guide.',
        "Ramirez",
        ("Carlos Ramirez", "fishing guide", None),
    ),
    "appositive with the body after 'from', a body noun ending its name": (
        '"It was a photo opportunity," said Tom Lee, a lawmaker from the Labour Party.',
        "Lee",
        ("Tom Lee", "lawmaker", "Labour Party"),
    ),
    "appositive with a town after 'from', which the recogniser took for a body": (
        "Heather Lee, a 26-year-old benefits manager from Derry, said before the town hall that prices were up.",
        "Lee",
        ("Heather Lee", "benefits manager", None),
    ),
    "a judging adjective before the role noun is no part of the role": (
        "He read a letter from his doctor, the colorful gastroenterologist Harold Bornstein.",
        "Bornstein",
        ("Harold Bornstein", "gastroenterologist", None),
    ),
    "a judging adjective after 'most' is no part of the role": (
        "Tom Lee, a most influential economist, spoke on Monday.",
        "Lee",
        ("Tom Lee", "economist", None),
    ),
    "an adjective that states the office stays in the role": (
        "Tom Lee, the most senior senator, spoke on Monday.",
        "Lee",
        ("Tom Lee", "most senior senator", None),
    ),
    "the office a clause appoints the person to": (
        "Acme Robotics said on Monday that its board had appointed Jane Doe as chief executive officer.",
        "Doe",
        ("Jane Doe", "chief executive officer", None),
    ),
    "the office a passive clause names the person to, with its body": (
        "Khan, a Muslim, was elected as mayor of London last week.",
        "Khan",
        ("Khan", "mayor", "London"),
    ),
    "the office the person is sworn in to": (
        "Claudia Sheinbaum was sworn in on Tuesday as Mexico's first female president, promising change.",
        "Sheinbaum",
        ("Claudia Sheinbaum", "first female president", "Mexico"),
    ),
    "no office a hedged clause might put the person in": (
        "Voters may elect Jane Doe as mayor of Dunmore next year.",
        "Doe",
        ("Jane Doe", None, None),
    ),
    "no office a negated clause denies the person": (
        "The board did not name Jane Doe as chief executive.",
        "Doe",
        ("Jane Doe", None, None),
    ),
    "abbreviated title expanded": (
        "Sen. Tim Kaine spoke on Monday.",
        "Kaine",
        ("Tim Kaine", "Senator", None),
    ),
    "party-state tag set off by commas": (
        "Sen. Rosa Delgado, D-N.M., spoke on Monday. Sen. Tom Baker, R-Ohio, did not.",
        "Tom Baker",
        ("Tom Baker", "Senator", "Republican Party"),
    ),
    "party-state tag": (
        "Tim Kaine (D-Va.) spoke on Monday.",
        "Tim Kaine",
        ("Tim Kaine", None, "Democratic Party"),
    ),
    "surname first, full name later": (
        "Smith spoke first. Later, John Smith left the room.",
        "Smith",
        ("John Smith", None, None),
    ),
    "title with a prepositional phrase": (
        "Ohio Secretary of State Jon Husted spoke on Monday.",
        "Husted",
        ("Jon Husted", "Secretary of State", "Ohio"),
    ),
    "party word alone before the name": (
        "Republican Donald Trump spoke on Monday.",
        "Trump",
        ("Donald Trump", None, "Republican Party"),
    ),
    "place after the name": (
        "Sen. Bernie Sanders of Vermont spoke on Monday.",
        "Sanders",
        ("Bernie Sanders", "Senator", "Vermont"),
    ),
    "appositive on a later surname-only mention": (
        "Donald Trump arrived late. Trump, the Republican presidential nominee, spoke on Monday.",
        "Trump",
        ("Donald Trump", "presidential nominee", "Republican Party"),
    ),
    "definite description as a later subject": (
        "Donald Trump arrived late. The Republican presidential nominee spoke on Monday.",
        "Trump",
        ("Donald Trump", "presidential nominee", "Republican Party"),
    ),
    "named body in the prepositional chain": (
        "Tom Baker, the director of research at the University of Dunmore, spoke.",
        "Baker",
        ("Tom Baker", "director of research", "University of Dunmore"),
    ),
    "title across a double space": (
        "He met Republican presidential nominee  Donald Trump on Monday.",
        "Trump",
        ("Donald Trump", "presidential nominee", "Republican Party"),
    ),
    "description of a name in a subordinate clause": (
        "As far as whether Bernie Sanders still senses anger at Anna Stone, the Vermont senator said little.",
        "Sanders",
        ("Bernie Sanders", "senator", "Vermont"),
    ),
    "description does not describe the name that c-commands it": (
        "Bernie Sanders gave advice to Anna Stone, as the Democratic nominee looks for support.",
        "Anna Stone",
        ("Anna Stone", "nominee", "Democratic Party"),
    ),
    "description names someone else later in its sentence": (
        "Anna Stone arrived late. The FBI director chastised Stone for the server.",
        "Anna Stone",
        ("Anna Stone", None, None),
    ),
    "description of a role someone already holds": (
        "President Barack Obama spoke. Anna Stone had a question. The president answered her.",
        "Anna Stone",
        ("Anna Stone", None, None),
    ),
    "coordinated roles in a description": (
        "Anna Stone arrived. The former governor and current Democratic nominee spoke on Monday.",
        "Stone",
        ("Anna Stone", "former governor and current Democratic nominee", "Democratic Party"),
    ),
    "description as a possessor": (
        "Donald Trump arrived late. The Republican nominee's stance on Russia is clear.",
        "Trump",
        ("Donald Trump", "nominee", "Republican Party"),
    ),
    "description inside the phrase about another person": (
        "Anna Stone spoke first. Later, Anna Stone, the Republican nominee's eldest daughter, left.",
        "Anna Stone",
        ("Anna Stone", None, None),
    ),
    "a bare noun after 'of' is part of the role": (
        "Maria Lopez, the former secretary of state, spoke on Monday.",
        "Lopez",
        ("Maria Lopez", "former secretary of state", None),
    ),
    "adjectives before the body in a title": (
        "Former Pennsylvania Gov. Ed Rendell spoke on Monday.",
        "Rendell",
        ("Ed Rendell", "Former Governor", "Pennsylvania"),
    ),
    "a surname of the other gender stays apart": (
        "Mr. Obama spoke first. Later, Michelle Obama left the room.",
        "Michelle Obama",
        ("Michelle Obama", None, None),
    ),
    "abbreviated rank, tokenised apart": (
        "Retired Lt. Gen. Michael Flynn spoke on Monday.",
        "Flynn",
        ("Michael Flynn", "Retired Lieutenant General", None),
    ),
    "a word before the body in a title": (
        "Interim DNC Chairwoman Donna Brazile spoke on Monday.",
        "Brazile",
        ("Donna Brazile", "Interim Chairwoman", "DNC"),
    ),
    "party noun in apposition": (
        "Carlos Mendes, a prominent Ohio Democrat, spoke on Monday.",
        "Mendes",
        ("Carlos Mendes", "prominent Ohio Democrat", "Democratic Party"),
    ),
    "acronym spelled out where the article names the body": (
        "The Democratic National Committee met. Former DNC Chairman Don Fowler spoke.",
        "Fowler",
        ("Don Fowler", "Former Chairman", "Democratic National Committee"),
    ),
    "capitalised 'of' title": (
        "Hillary Clinton, the former Secretary of State, spoke on Monday.",
        "Clinton",
        ("Hillary Clinton", "former Secretary of State", None),
    ),
    "body noun after the name in a title": (
        "Clinton campaign chairman John Podesta spoke on Monday.",
        "Podesta",
        ("John Podesta", "chairman", "Clinton campaign"),
    ),
    "a chamber in a title is not the longer name that ends in it": (
        "The White House sent the bill back. House Speaker Dan Mercer spoke on Monday.",
        "Mercer",
        ("Dan Mercer", "Speaker", "House"),
    ),
    "named organisation after a field word": (
        "Peter Hollis, a Japan expert at the Center for Pacific Studies, spoke.",
        "Hollis",
        ("Peter Hollis", "expert", "Center for Pacific Studies"),
    ),
    "honorific stripped": (
        "Mrs. Anna Stone spoke on Monday.",
        "Anna Stone",
        ("Anna Stone", None, None),
    ),
    "a surname completed by the full name written elsewhere": (
        "Mehmet Oz — surgeon and TV star — has critics. Dr. Oz spoke to reporters on Monday.",
        "Oz",
        ("Mehmet Oz", "surgeon", None),
    ),
    "a plural description in apposition is no one person's role": (
        "Anna Stone and Tom Baker, the party leaders, met on Monday.",
        "Tom Baker",
        ("Tom Baker", None, None),
    ),
    "a headline's last words above a name are no title": (
        "Harbor Board Backs Tom Baker Over Port Plan\nMaria Lopez said the board was wrong.",
        "Maria Lopez",
        ("Maria Lopez", None, None),
    ),
    "a title stops at a pronoun": (
        "Anna Stone has many friends in the council, where her chief rival Tom Baker sits.",
        "Tom Baker",
        ("Tom Baker", "chief rival", None),
    ),
    "an age is no part of the role": (
        "Tom Baker, the 67-year-old chief executive of Dunmore Mills, spoke on Monday.",
        "Tom Baker",
        ("Tom Baker", "chief executive", "Dunmore Mills"),
    ),
    "years of service are no part of the role": (
        "Anna Stone, a 30-year veteran of the Dunmore Police Department, spoke on Monday.",
        "Anna Stone",
        ("Anna Stone", "veteran", "Dunmore Police Department"),
    ),
    "a dateline before the title is not part of it": (
        "DUNMORE, Pa. - Sen. Tom Baker won the vote on Tuesday.",
        "Tom Baker",
        ("Tom Baker", "Senator", None),
    ),
    "a lower-case 'of' noun the tagger took for a name stays in the role": (
        "Maria Lopez lost the vote. The former secretary of state, the clear favourite in Iowa, spoke at noon.",
        "Maria Lopez",
        ("Maria Lopez", "former secretary of state", None),
    ),
    "a place's name stops at the end of its paragraph": (
        "Rep. Anna Stone, of Meridian, Ind.\nOf the four hopefuls, none won.",
        "Anna Stone",
        ("Anna Stone", "Representative", "Meridian, Ind."),
    ),
    "two coordinated roles take one body, not a span over both": (
        "Tom Baker, the RNC’s chief counsel and an RNC member from Tennessee, wrote to them.",
        "Baker",
        ("Tom Baker", "chief counsel and RNC member", "RNC"),
    ),
    "a speechwriter's role and whom the speeches were for": (
        "Tom Baker, a former speechwriter to Governor Maria Lopez, spoke on Monday.",
        "Baker",
        ("Tom Baker", "former speechwriter", "Maria Lopez"),
    ),
    "a relative clause says what the person is": (
        "Tom Baker, who is chairman of the Dunmore Port Authority, spoke on Monday.",
        "Baker",
        ("Tom Baker", "chairman", "Dunmore Port Authority"),
    ),
    "a relative clause says what the person was": (
        "Tom Baker, who was Maria Lopez's chief strategist in 2012, spoke on Monday.",
        "Baker",
        ("Tom Baker", "chief strategist", "Maria Lopez"),
    ),
    "a relative clause says what the person served as": (
        "Tom Baker, who served as deputy director of the Dunmore Port Authority until May, spoke on Monday.",
        "Baker",
        ("Tom Baker", "deputy director", "Dunmore Port Authority"),
    ),
    "a relative clause after a noun in apposition": (
        "Tom Baker, a one-time Lopez backer who serves as vice chairman of the Dunmore Port Authority, spoke.",
        "Baker",
        ("Tom Baker", "vice chairman", "Dunmore Port Authority"),
    ),
    "the second verb of a relative clause": (
        "Maria Lopez, who belonged to a local women’s club and is now vice president of the Dunmore Port "
        "Authority, spoke on Monday.",
        "Lopez",
        ("Maria Lopez", "vice president", "Dunmore Port Authority"),
    ),
    "a role stated otherwise wins over a relative clause": (
        "Tom Baker, who was chairman of the Dunmore Port Authority, spoke first. Later Baker, now a spokesman for "
        "the dock workers' union, spoke again.",
        "Baker",
        ("Tom Baker", "spokesman", "dock workers' union"),
    ),
    "a relative clause with no role in it says none": (
        "Tom Baker, who is running for the Dunmore council, spoke on Monday.",
        "Baker",
        ("Tom Baker", None, None),
    ),
    "a publisher is a role": (
        "Tom Baker, publisher of the Harbor Gazette, spoke on Monday.",
        "Baker",
        ("Tom Baker", "publisher", "Harbor Gazette"),
    ),
    "a national committeeman is a role": (
        "Tom Baker, a Republican National Committeeman from Ohio, spoke on Monday.",
        "Baker",
        ("Tom Baker", "National Committeeman", "Republican Party"),
    ),
    "a named body before a role beats a common-noun possessor": (
        "The state’s Republican national committeeman, Tom Baker, spoke on Monday.",
        "Baker",
        ("Tom Baker", "national committeeman", "Republican Party"),
    ),
    "a title that is also a given name, before a lone surname, is the given name": (
        "Dean Lindqvist, co-director of the Dunmore Policy Center, spoke on Monday.",
        "Lindqvist",
        ("Dean Lindqvist", "co-director", "Dunmore Policy Center"),
    ),
    "a title that is also a given name, before a full name, is a title": (
        "Dean Maria Lopez of the law school spoke on Monday.",
        "Lopez",
        ("Maria Lopez", "Dean", None),
    ),
    "a named organisation after 'in' is the body": (
        "Tom Baker, a senior counsel in the Dunmore Port Authority, spoke on Monday.",
        "Baker",
        ("Tom Baker", "senior counsel", "Dunmore Port Authority"),
    ),
    "anything else after 'in' is none": (
        "Tom Baker, a lawyer in private practice in Chicago, spoke on Monday.",
        "Baker",
        ("Tom Baker", "lawyer", None),
    ),
    "'for' a bare common noun is part of the role": (
        "Tom Baker, the coordinator for counterterrorism at the State Department, spoke on Monday.",
        "Baker",
        ("Tom Baker", "coordinator for counterterrorism", "State Department"),
    ),
    "a role after a description that is none: its own body, or the one they share": (
        "Tom Baker, a longtime Lopez loyalist and dean of the Dunmore School of Public Service, spoke on Monday.",
        "Baker",
        ("Tom Baker", "dean", "Dunmore School of Public Service"),
    ),
    "a title with 'for' the parse hung the name under": (
        "Vice President for Communications Maria Lopez spoke on Monday.",
        "Lopez",
        ("Maria Lopez", "Vice President for Communications", None),
    ),
    "a title with 'for' before someone else's name and title is not hers": (
        "Press Secretary for Senator Maria Lopez spoke on Monday.",
        "Lopez",
        ("Maria Lopez", "Senator", None),
    ),
    "a title with 'for' right before a name is not that name's": (
        "Press Secretary for Maria Lopez spoke on Monday.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "an organisation's name without the title words the recogniser took into it": (
        "The Dunmore Harbor Authority Executive Director Ozelle Marchant says the port is broke.",
        "Marchant",
        ("Ozelle Marchant", "Executive Director", "Dunmore Harbor Authority"),
    ),
    "a role noun after a preposition in an organisation's name is the organisation's": (
        "Department of Justice Spokesman Ozelle Marchant says the port is broke.",
        "Marchant",
        ("Ozelle Marchant", "Spokesman", "Department of Justice"),
    ),
    "a headline in title case gives only names, role nouns and honorifics of a title": (
        "Maria Lopez Finally Endorses Harbor Mayor Tom Baker.\n\nBaker spoke on Monday.",
        "Baker",
        ("Tom Baker", "Mayor", None),
    ),
    "what the text says of someone beats what a headline in title case says": (
        "Maria Lopez Finally Endorses Harbor Mayor Tom Baker.\n\nTom Baker, a former harbor commissioner, spoke.",
        "Baker",
        ("Tom Baker", "former harbor commissioner", None),
    ),
    "a city office's title": (
        "Chicago Alderman Ozelle Marchant spoke on Monday.",
        "Marchant",
        ("Ozelle Marchant", "Alderman", "Chicago"),
    ),
    "a chamber office's title": (
        "Senate Majority Whip Tom Baker spoke on Monday.",
        "Baker",
        ("Tom Baker", "Majority Whip", "Senate"),
    ),
    "a bare common noun after a role names what it works for, not a body": (
        "Tom Baker, a leading advocate for human rights, spoke on Monday.",
        "Baker",
        ("Tom Baker", "advocate", None),
    ),
    "a bare plural after a role is no body either": (
        "Tom Baker, a spokesman for refugees, spoke on Monday.",
        "Baker",
        ("Tom Baker", "spokesman", None),
    ),
    "a common noun with a determiner after a role is its body": (
        "Tom Baker, an adviser to the refugees, spoke on Monday.",
        "Baker",
        ("Tom Baker", "adviser", "refugees"),
    ),
    "an honorific that states no role makes no role of the words before it": (
        "Lopez met former Miss Ozelle Marchant on Monday.",
        "Marchant",
        ("Ozelle Marchant", None, None),
    ),
    "a number after a role is no body": (
        "Tom Baker, a spokesman for the three, spoke on Monday.",
        "Baker",
        ("Tom Baker", "spokesman", None),
    ),
    "a number after a role gives way to the body after it": (
        "Tom Baker, an attorney for one of the families, spoke on Monday.",
        "Baker",
        ("Tom Baker", "attorney", "families"),
    ),
    "a title the parse hung on a dateline, read off the words before the name": (
        "New York (AFP) – Oscar-winning actress Ozelle Marchant, star of a cult film, is not sure she can vote.",
        "Marchant",
        ("Ozelle Marchant", "Oscar-winning actress", None),
    ),
    "a role noun with a determiner before a name is not read off the words: a clause may describe it": (
        "The federal judge Lopez was referring to is Tom Baker.",
        "Lopez",
        ("Lopez", None, None),
    ),
    "a plural role noun before names is not read off the words as one person's title": (
        "Democratic candidates Maria Lopez and Tom Baker spoke on Monday.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "an occupation in an appositive": (
        "Tom Baker, a 55-year-old salesman from Dunmore, spoke on Monday.",
        "Baker",
        ("Tom Baker", "salesman", None),
    ),
    "a medical occupation before a name": (
        "Retired neurosurgeon Tom Baker spoke on Monday.",
        "Baker",
        ("Tom Baker", "retired neurosurgeon", None),
    ),
    "a role after a description that is none: the body owning both": (
        "Tom Baker, Maria Lopez's longtime friend and adviser, spoke on Monday.",
        "Baker",
        ("Tom Baker", "adviser", "Maria Lopez"),
    ),
    "a name taken for a body after its role, then the surname alone": (
        "The German chancellor, Olaf Scholz, spoke in Berlin. Mr. Scholz left on Monday.",
        "Scholz",
        ("Olaf Scholz", "chancellor", "Germany"),
    ),
    "a sentence saying what the person is": (
        "Maria Lopez is the mayor of Dunmore. She spoke on Monday.",
        "Lopez",
        ("Maria Lopez", "mayor", "Dunmore"),
    ),
    "a sentence saying what the person is, with a clause about them": (
        "Maria Lopez is a harbor activist who has fought the port for years.",
        "Lopez",
        ("Maria Lopez", "harbor activist", None),
    ),
    "a negated sentence gives no role": (
        "Maria Lopez is not the mayor of Dunmore. She spoke on Monday.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "a modal sentence gives no role": (
        "Maria Lopez would be a fine mayor for Dunmore.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "a clause under another gives no role": (
        "Tom Baker said on Monday that Maria Lopez was the best mayor in years.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "a role narrowed by an infinitive is none": (
        "Maria Lopez was the first mayor to visit the harbor.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "a role narrowed by a relative clause without who is none": (
        "Maria Lopez is the mayor voters trust most on the harbor.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "a plural abbreviated title: each listed name's": (
        "Sens. Maria Lopez, Tom Baker and Ann Ruiz wrote to the agency on Monday.",
        "Ruiz",
        ("Ann Ruiz", "Senator", None),
    ),
    "a plural abbreviated title: the second name's": (
        "Sens. Maria Lopez, Tom Baker and Ann Ruiz wrote to the agency on Monday.",
        "Baker",
        ("Tom Baker", "Senator", None),
    ),
    "a plural title with its party, before names with their states": (
        "Republican Sens. Maria Lopez of Maine and Tom Baker of Ohio wrote to the agency.",
        "Baker",
        ("Tom Baker", "Senator", "Republican Party"),
    ),
    "a plural title written out is one person's in the singular": (
        "Senators Maria Lopez and Tom Baker wrote to the agency on Monday.",
        "Lopez",
        ("Maria Lopez", "Senator", None),
    ),
    "a plural role noun before listed names": (
        "Harbor Club co-founders Maria Lopez and Tom Baker wrote to the agency.",
        "Baker",
        ("Tom Baker", "co-founder", "Harbor Club"),
    ),
    "a plural title the parse hung on the verb": (
        "Reps. Maria Lopez (D-Calif.) and Tom Baker (R-Ohio) wrote to the agency on Monday.",
        "Lopez",
        ("Maria Lopez", "Representative", "Democratic Party"),
    ),
    "a plural title taken for a place is no body": (
        "Govs. Maria Lopez of Maine and Tom Baker of Ohio wrote to the agency.",
        "Baker",
        ("Tom Baker", "Governor", "Ohio"),
    ),
    "a place after the name of an office holder is the office's": (
        "Sen. Tom Baker of Ohio spoke on Monday.",
        "Baker",
        ("Tom Baker", "Senator", "Ohio"),
    ),
    "a place after the name of someone with no title is a hometown, no body": (
        "Tom Baker of Houston spoke on Monday.",
        "Baker",
        ("Tom Baker", None, None),
    ),
    "a place after 'from' and the name of someone with no title is a hometown": (
        "Tom Baker, a retired teacher from Houston, said he would vote.",
        "Baker",
        ("Tom Baker", "retired teacher", None),
    ),
    "a name taken for a place, set before an age, is a person's": (
        "Leo Park, 15, from Melbourne, watched the final with his father.",
        "Leo Park",
        ("Leo Park", None, None),
    ),
    "a plural portfolio after a role's 'of' is the role's": (
        "Tom Baker, director of communications at the Harbor Trust, spoke on Monday.",
        "Baker",
        ("Tom Baker", "director of communications", "Harbor Trust"),
    ),
    "a relative's given name the tables lack, with an age after it": (
        "Manuel Cárdenas farms olives. Cárdenas’s daughter, Lucía, 29, returned from Madrid.",
        "Lucía",
        ("Lucía Cárdenas", None, None),  # (her kinship is learned once pronouns are linked)
    ),
    "a singular title is the first name's alone": (
        "Sen. Maria Lopez and Tom Baker wrote to the agency on Monday.",
        "Baker",
        ("Tom Baker", None, None),
    ),
    "an honorific before listed names gives none a role": (
        "Mrs. Maria Lopez and Ann Ruiz wrote to the agency on Monday.",
        "Ruiz",
        ("Ann Ruiz", None, None),
    ),
    "a given name the tagger read as a modal, in an entity of another label": (
        'He said, ‘We’ve got to win. "How do we win Dunmore?’" Will Estrada said of the encounter he had last week.',
        "Estrada",
        ("Will Estrada", None, None),
    ),
    "a given name read as a modal that the parse hangs the name on, with an appositive": (
        'He said, ‘We’ve got to win. "How do we win Dunmore?’" Will Estrada, the county chairman, said of the '
        'encounter he had last week.',
        "Estrada",
        ("Will Estrada", "county chairman", None),
    ),
    "a given name read as a modal that the parse does not hang the name on is no title": (
        '"It is a pretty expensive business model," said Will Doyle, a professor of higher education at Dunmore '
        'University in Nashville.',
        "Doyle",
        ("Will Doyle", "professor of higher education", "Dunmore University"),
    ),
    "a surname read as a modal that the parse hangs the name on keeps its title": (
        "Conservative columnist and Harbor News contributor George Will reignited his feud with Tom Baker this week.",
        "Will",
        ("George Will", "contributor", "Harbor News"),
    ),
    "one of a group: the group's role in the singular": (
        "Tom Baker, one of several port commissioners who oppose the plan, spoke on Monday.",
        "Baker",
        ("Tom Baker", "port commissioner", None),
    ),
    "one of a body's group: the body and the role": (
        "Tom Baker, one of the university's top executives, spoke on Monday.",
        "Baker",
        ("Tom Baker", "top executive", "university"),
    ),
    "a sentence saying the person is one of a group": (
        "Tom Baker is one of the party's top strategists.",
        "Baker",
        ("Tom Baker", "top strategist", "party"),
    ),
    "a sentence ranking the person gives no role: an opinion": (
        "Tom Baker is the best mayor in the state.",
        "Baker",
        ("Tom Baker", None, None),
    ),
    "an organisation after 'at' a subject's name": (
        "Maria Lopez at the Brookings Institution disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", None, "Brookings Institution"),
    ),
    "a firm's name after 'of', without the words that describe it": (
        "Maria Lopez of the Portland firm Abernathy & Cole disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", None, "Abernathy & Cole"),
    ),
    "a firm's name in apposition to the body noun after 'of'": (
        'Tom Baker of the Portland firm Abernathy & Cole called the ruling "a clear win for voters."',
        "Baker",
        ("Tom Baker", None, "Abernathy & Cole"),
    ),
    "a relative clause says where the person works": (
        "Maria Lopez, who teaches at Georgia Southern University, disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", None, "Georgia Southern University"),
    ),
    "a relative clause on a role says where the person works, past the verb's object": (
        "Maria Lopez, an analyst who covers software stocks for Harbor Securities, disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", "analyst", "Harbor Securities"),
    ),
    "a relative clause says which body the person heads": (
        "Maria Lopez, an analyst who runs the Dunmore Research Institute, disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", "analyst", "Dunmore Research Institute"),
    ),
    "a relative clause's object is no body for a verb of work other than heading": (
        "Maria Lopez, a reporter who covers the Dunmore Port Authority for Reuters, disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", "reporter", "Reuters"),
    ),
    "a relative clause in the past says where the person worked, not works": (
        "Maria Lopez, who worked for Harbor Securities, disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "a relative clause with a verb not of work names no employer": (
        "Maria Lopez, who campaigned for Harbor Securities, disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "a local office the recogniser took into the name": (
        "City Councilor Lori Decker called for more patrols. Decker spoke.",
        "Decker",
        ("Lori Decker", "City Councilor", None),
    ),
    "a body a person named owns in a title, by the owner's surname": (
        "Maria Lopez’s campaign manager Tom Baker spoke. Lopez won.",
        "Baker",
        ("Tom Baker", "manager", "Lopez campaign"),
    ),
    "a body an organisation owns in a title, as written": (
        "Harbor Union’s campaign director Tom Baker spoke.",
        "Baker",
        ("Tom Baker", "director", "Harbor Union’s campaign"),
    ),
    "a place before a trade says where, not whom for": (
        "Tom Baker, a Miami lawyer, disagreed with the mayor.",
        "Baker",
        ("Tom Baker", "lawyer", None),
    ),
    "a place before a trade in a title says where, not whom for": (
        "Florida developer Tom Baker disagreed with the mayor.",
        "Baker",
        ("Tom Baker", "developer", None),
    ),
    "a country before a trade is a national office": (
        "Tom Baker, the U.S. attorney for the Eastern District, disagreed with the mayor.",
        "Baker",
        ("Tom Baker", "attorney", "U.S."),
    ),
    "a place before an office is its body": (
        "Tom Baker, a Miami city commissioner, disagreed with the mayor.",
        "Baker",
        ("Tom Baker", "commissioner", "Miami city"),
    ),
    "a gerund finishing a bare noun of the role, then the body": (
        "But Maria Lopez, senior associate for community organizing at the Harbor Institute for Port Reform, said "
        "workers still want the old rules.",
        "Lopez",
        ("Maria Lopez", "senior associate for community organizing", "Harbor Institute for Port Reform"),
    ),
    "a role set off before a name the parse hung on the verb": (
        "Parents met the superintendent, Laura Chen, on Monday.",
        "Chen",
        ("Laura Chen", "superintendent", None),
    ),
    "a role set off before a name past its honorific": (
        "Parents met the superintendent, Dr. Laura Chen, on Monday.",
        "Chen",
        ("Laura Chen", "superintendent", None),
    ),
    "a role the parse made a second subject of an inverted cue, set off before a name that ends the clause": (
        "\"Our findings matter,\" said the study's lead author, Dr. Mingyang Song of the Dunmore School of "
        "Public Health.",
        "Song",
        ("Mingyang Song", "lead author", "Dunmore School of Public Health"),
    ),
    "a role before a subject's name, past a comma, is not theirs": (
        "After meeting the superintendent, Laura Chen, who has two children, said the plan was sound.",
        "Chen",
        ("Laura Chen", None, None),
    ),
    "a work's possessor is no body": (
        "The study's lead author, Maria Lopez, spoke on Monday.",
        "Lopez",
        ("Maria Lopez", "lead author", None),
    ),
    "a specialist's body is where they work": (
        "\"Sleep is not a luxury,\" said the study's lead author, Dr. Maria Lopez, a cardiologist at Harbor "
        "University.",
        "Lopez",
        ("Maria Lopez", "cardiologist", "Harbor University"),
    ),
    "a secretary of a department in lower case holds that office": (
        "Maria Lopez, the former secretary of State, spoke on Monday.",
        "Lopez",
        ("Maria Lopez", "former secretary of State", None),
    ),
    "another role in lower case of a named body is of that body": (
        "Tom Baker, the chairman of Microsoft, spoke on Monday.",
        "Baker",
        ("Tom Baker", "chairman", "Microsoft"),
    ),
    "a rank opening a title is the title's, not the service's": (
        "Navy Rear Adm. John Kirby told reporters the ship was safe.",
        "Kirby",
        ("John Kirby", "Rear Admiral", "Navy"),
    ),
    "a rank the recogniser took for a body is the title's": (
        "The Pentagon's press secretary, Rear Adm. John Kirby, told reporters the ship was safe.",
        "Kirby",
        ("John Kirby", "Rear Admiral", "Pentagon"),
    ),
    "a petty officer's rank is the title's, not a body": (
        '"There is no budget line for a keeper anymore," said Petty Officer Amanda Wyrick, a Coast Guard spokeswoman.',
        "Wyrick",
        ("Amanda Wyrick", "Petty Officer", "Coast Guard"),
    ),
    "a title from sport": (
        "Serena Okafor will face defending champion Elena Varga on Sunday.",
        "Varga",
        ("Elena Varga", "champion", None),
    ),
    "a role the description in apposition to the name is itself in apposition to": (
        "Serena Okafor won. Her coach, the former Wimbledon star Marco Bellini, is more cautious.",
        "Bellini",
        ("Marco Bellini", "coach", None),
    ),
    "a place a body's role covers is the role's, the body the possessor's": (
        "Amnesty International said police had used excessive force. Otsieno Namwaya, the group's East Africa "
        "director, told reporters that officers had fired.",
        "Namwaya",
        ("Otsieno Namwaya", "East Africa director", "Amnesty International"),
    ),
    "a title's party tag is its body, before a later apposition's": (
        "Rep. Tom Baker (D-N.C.), the chairman of the Harbor Caucus, spoke on Monday.",
        "Baker",
        ("Tom Baker", "Representative", "Democratic Party"),
    ),
    "a portfolio the recogniser took for a body is the title's": (
        "Defense Secretary Lloyd Austin spoke on Monday.",
        "Austin",
        ("Lloyd Austin", "Defense Secretary", None),
    ),
    "a portfolio word inside a body's name stays the body's": (
        "Department of Justice Spokesman Ozelle Marchant says the port is broke.",
        "Marchant",
        ("Ozelle Marchant", "Spokesman", "Department of Justice"),
    ),
    "an appositive with a possessive body: a county sheriff's detective": (
        "Tom Baker, a Dunmore County sheriff's detective, said the case was closed.",
        "Baker",
        ("Tom Baker", "detective", "Dunmore County sheriff"),
    ),
    "an organisation after 'at' an object's name is where they met": (
        "Tom Baker was a mentor to Mr. Lopez at Harvard Law School.",
        "Lopez",
        ("Lopez", None, None),
    ),
    "a writer's publication": (
        "Maria Lopez, writing for HarborWatch, disagreed with the mayor.",
        "Lopez",
        ("Maria Lopez", None, "HarborWatch"),
    ),
    "the party of a group a name is listed in, before the place after the name": (
        "Some Republicans, including Senator Lamar Alexander of Tennessee, were willing to go forward.",
        "Alexander",
        ("Lamar Alexander", "Senator", "Republican Party"),
    ),
    "the party of a group a name is listed in, as a conjunct": (
        "Several Democratic senators, including Joe Manchin and Jon Tester, opposed the bill.",
        "Tester",
        ("Jon Tester", None, "Democratic Party"),
    ),
    "a group of no party a name is listed in gives no body": (
        "Several Harvard professors, including Senator Joe Manchin of West Virginia, opposed the bill.",
        "Manchin",
        ("Joe Manchin", "Senator", "West Virginia"),
    ),
    "a work's creator, its title in quotation marks the body": (
        'Julian Fellowes, the creator of "Downton Abbey," praised her.',
        "Fellowes",
        ("Julian Fellowes", "creator", "Downton Abbey"),
    ),
    "a student's year as a role, the school the body": (
        "Ava Chen, a junior at Lincoln High, said the ban might help.",
        "Chen",
        ("Ava Chen", "junior", "Lincoln High"),
    ),
    "a party word the parse made a sentence of before a name": (
        "Rival Candidates Spar in Final Debate\n\nDemocrat Sarah Klein and Republican Mike Dunn traded sharp attacks "
        "in their final debate on Thursday.",
        "Klein",
        ("Sarah Klein", None, "Democratic Party"),
    ),
    "a writer's publication after 'wrote'": (
        '"They have no plan," Maria Lopez wrote for HarborWatch.',
        "Lopez",
        ("Maria Lopez", None, "HarborWatch"),
    ),
    "a paper a guest piece was written for is no body of its writer's": (
        '"They have no plan," Maria Lopez wrote in an op-ed for the Tribune.',
        "Lopez",
        ("Maria Lopez", None, None),
    ),
    "a body noun after the role in apposition": (
        "The Harbor Power Commission cut power on Monday. A spokeswoman for the commission, Gabriela Ornelas, spoke.",
        "Ornelas",
        ("Gabriela Ornelas", "spokeswoman", "Harbor Power Commission"),
    ),
    "role noun: agent, of a body": (
        "Tom Baker, a former FBI agent, spoke on Monday.",
        "Baker",
        ("Tom Baker", "former agent", "FBI"),
    ),
    "role noun: agent, of a person": (
        "Maria Lopez was sacked on Monday. Lopez's agent, Tom Baker, spoke.",
        "Baker",
        ("Tom Baker", "agent", "Lopez"),
    ),
    "a body a clause names, beside a role stated before it": (
        "Tom Baker, a physicist who is co-director of the Harbor Program at the Brookings Institution, spoke.",
        "Baker",
        ("Tom Baker", "physicist", "Harbor Program"),
    ),
    "role noun: donor, with the party before it": (
        '"Few voters knew about it," said Tom Baker, a longtime GOP donor involved in the effort.',
        "Baker",
        ("Tom Baker", "longtime donor", "Republican Party"),
    ),
    "role noun: autoworker": (
        "Tom Reese, 58, a retired autoworker, said he had not made up his mind.",
        "Reese",
        ("Tom Reese", "retired autoworker", None),
    ),
    "a place between a body's possessive and the role is the role's": (
        "Tom Baker, the Pentagon's top Middle East official, spoke on Monday.",
        "Baker",
        ("Tom Baker", "top Middle East official", "Pentagon"),
    ),
    "a place between a person's possessive and the role is the role's": (
        "Maria Lopez arrived. Tom Baker, Lopez's Ohio director, spoke on Monday.",
        "Baker",
        ("Tom Baker", "Ohio director", "Lopez"),
    ),
    "a nationality between a body's possessive and the role is the role's": (
        "Tom Baker, the company's chief European strategist, spoke on Monday.",
        "Baker",
        ("Tom Baker", "chief European strategist", "company"),
    ),
    "a party between a person's possessive and the role is the body": (
        "Clinton's chief Democratic rival, Sen. Tom Baker of Vermont, skipped the meeting.",
        "Baker",
        ("Tom Baker", "Senator", "Democratic Party"),
    ),
    "a capitalised adjective the recogniser left out of a party's name": (
        "Tom Baker, the leader of the pro-business Free Democrats, spoke on Monday.",
        "Baker",
        ("Tom Baker", "leader", "Free Democrats"),
    ),
    "a role before an abbreviated title: the role": (
        "House Oversight Committee Chairman Rep. Tom Baker spoke on Monday.",
        "Baker",
        ("Tom Baker", "Chairman", "House Oversight Committee"),
    ),
    "a role before a rank: the role": (
        "On Monday, military spokesman Rear Adm. Tom Baker spoke.",
        "Baker",
        ("Tom Baker", "military spokesman", None),
    ),
    "a rank alone is the role": (
        "Vice Adm. Tom Baker spoke on Monday.",
        "Baker",
        ("Tom Baker", "Vice Admiral", None),
    ),
    "a capitalised title the parse hung on the name before": (
        "Mayor Susan Hall of Riverton and Mayor James Ortega of Millbrook have spent months arguing over a dam.",
        "Ortega",
        ("James Ortega", "Mayor", "Millbrook"),
    ),
    "a capitalised title the parse joined to the name before, with its rank": (
        "President Barack Obama and Vice President Joe Biden placed flowers at a memorial in Orlando.",
        "Biden",
        ("Joe Biden", "Vice President", None),
    ),
    "a family name met alone before the full name it opens is that person": (
        "Xi and Biden meet in California\n\nWOODSIDE, Calif. — Chinese President Xi Jinping and President Joe Biden "
        "met for four hours on Wednesday.",
        "Xi",
        ("Xi Jinping", "President", "China"),
    ),
    "a family name met alone is no name it opens whose rest the article writes in lower case": (
        "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton.\n\nObama gave a speech on "
        "Saturday.\n\n[Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation in Washington DC "
        "(9/17/16) Watch on YouTube.]\n\nMr. Obama has made the case for Mrs. Clinton before.",
        "Obama",
        ("Obama", None, None),
    ),
    "a royal title after a role: the role": (
        "Saudi Energy Minister Prince Abdulaziz bin Salman spoke on Monday.",
        "Abdulaziz bin Salman",
        ("Abdulaziz bin Salman", "Energy Minister", "Saudi Arabia"),
    ),
    "a royal title alone is the role": (
        "Prince William spoke on Monday.",
        "William",
        ("William", "Prince", None),
    ),
    "a name the recogniser broke in two is one name": (
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke on Monday.",
        "Mohammed bin Abdulrahman Al Thani",
        ("Mohammed bin Abdulrahman Al Thani", "Prime Minister", "Qatar"),
    ),
    "a place and role the recogniser took for a name are not joined to the name after": (
        "Charlotte Mayor Jennifer Roberts spoke on Monday.",
        "Roberts",
        ("Jennifer Roberts", "Mayor", "Charlotte"),
    ),
    "'Staff' after a title's 'of' is no rank: the title": (
        "Chief of Staff Gen. Tom Baker spoke on Monday.",
        "Baker",
        ("Tom Baker", "Chief of Staff", None),
    ),
    "a body noun stands for the body it was written before": (
        "Maria Lopez represented the tech industry group NetChoice. The group's president, Tom Baker, "
        "was optimistic.",
        "Baker",
        ("Tom Baker", "president", "NetChoice"),
    ),
    "'Ald.' expanded": (
        "Ald. Jeanette Taylor, whose ward includes Woodlawn, spoke on Monday.",
        "Taylor",
        ("Jeanette Taylor", "Alderman", None),
    ),
    "'Det.' expanded": (
        "Det. Sarah Holt of West Yorkshire Police spoke on Monday.",
        "Holt",
        ("Sarah Holt", "Detective", "West Yorkshire Police"),
    ),
    "a body's name the parse broke at its possessive": (
        "\"This adds to a large body of evidence,\" said Professor Tim Spector of King's College London.",
        "Spector",  # (a name the parse of this sentence breaks the body's name after)
        ("Tim Spector", "Professor", "King's College London"),
    ),
    "a bare noun after 'of' keeps its modifiers": (
        '"We did not compromise on battery life," said Anna Stone, a senior vice president of worldwide '
        'marketing at Apple.',
        "Stone",
        ("Anna Stone", "senior vice president of worldwide marketing", "Apple"),
    ),
    "a bare noun joined to the one after 'of' is the role's too": (
        '"Our findings support limits," said Ana Ruiz, an assistant professor of clinical epidemiology and '
        'nutrition at Harvard University.',
        "Ruiz",
        ("Ana Ruiz", "assistant professor of clinical epidemiology and nutrition", "Harvard University"),
    ),
    "a body noun a place opens, bare after the role, is the body": (
        '"Operations are being resumed," said Ana Ruiz, a spokesperson for Mumbai airport.',
        "Ruiz",
        ("Ana Ruiz", "spokesperson", "Mumbai airport"),
    ),
    "a plural body noun a name opens, bare after the role, is no body": (
        '"We must act," said Tom Baker, a former commander of NATO forces in Europe.',
        "Baker",
        ("Tom Baker", "former commander", None),
    ),
    "an office's possessor before a role is the person the article gave that office": (
        'Mayor Ted Baker defended the budget on Monday. "We will not raise taxes," said Maria Lopez, the mayor\'s '
        'chief of staff.',
        "Lopez",
        ("Maria Lopez", "chief of staff", "Ted Baker"),
    ),
    "an office's possessor before a role, with no one named to it, stays as written": (
        '"We will not raise taxes," said Maria Lopez, the mayor\'s chief of staff.',
        "Lopez",
        ("Maria Lopez", "chief of staff", "mayor"),
    ),
    "'the firm' is the source of the sentence before": (
        'According to Counterpoint Research, iPhone shipments fell 6 percent. "They need a hit," said '
        "Tom Baker, the firm's vice president of research.",
        "Baker",
        ("Tom Baker", "vice president of research", "Counterpoint Research"),
    ),
    "'the firm' is the source of the sentence before, not a company named before it by its legal form": (
        "Harbor Freight Inc. reported a loss on Tuesday.\n\nAccording to Dunmore Research, the company lost a "
        "third of its customers. \"They went elsewhere,\" said Tom Baker, an analyst at the firm.",
        "Baker",
        ("Tom Baker", "analyst", "Dunmore Research"),
    ),
    "'the firm' with no source before is the company named by its legal form": (
        "Harbor Freight Inc. reported a loss on Tuesday. \"They went elsewhere,\" said Tom Baker, an analyst at "
        "the firm.",
        "Baker",
        ("Tom Baker", "analyst", "Harbor Freight Inc."),
    ),
    "a body noun is not the source of its own sentence": (
        "According to The Guardian, an email was sent from the club's executive director, Tom Baker, to the "
        "members.",
        "Baker",
        ("Tom Baker", "executive director", "club"),
    ),
}


@pytest.mark.parametrize(("text", "asked", "expected"), PEOPLE.values(), ids=PEOPLE.keys())
def test_person(nlp, text, asked, expected):
    people = People(nlp(text), lexicon.load())
    person = people.find(asked)
    assert person is not None
    assert (person.name, person.role, person.affiliation) == expected


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Mr. Tom Baker spoke.", "Tom Baker", "m"),
        ("Mrs. Anna Stone spoke.", "Anna Stone", "f"),
        ("Anna Stone, a spokeswoman for the firm, spoke.", "Anna Stone", "f"),
        ("Anna Stone spoke.", "Anna Stone", "f"),  # a given name that names a woman
        ("Pat Stone spoke.", "Pat Stone", None),  # a given name used for both
        ("Gladys Stone spoke.", "Gladys Stone", "f"),  # from the longer table of name_genders.tsv
        ("Milton Stone spoke.", "Milton Stone", "m"),
        ("Deja Stone spoke.", "Deja Stone", "f"),  # a rarer name of name_genders.tsv: gender only
        # the hand-written table's given name outweighs a possessive on the verb, which may be another's
        ("Valerie Brandt left the talks on Friday. Brandt will not speculate about his options.", "Valerie Brandt",
         "f"),
        # (US birth records' does not: 'Leota Sione, 71, was watching television with his wife')
        ("Leota Stone was watching television with his wife.", "Leota Stone", "m"),
        # a woman's own form of surname, where no table knows the given name
        ("Zdislava Kratochvílová spoke.", "Zdislava Kratochvílová", "f"),
        ("Zdislava Kratochvíl spoke.", "Zdislava Kratochvíl", None),  # (a man's form tells nothing)
        # their own possessive past a place's name, on the noun of an 'of'
        ("Tam Rennie has carried a bag around Kilcreggan Links for most of his adult life.", "Tam Rennie", "m"),
    ],
)
def test_gender_cues(nlp, text, name, gender):
    assert People(nlp(text), lexicon.load()).find(name).gender == gender


def test_every_mention_maps_to_its_person(nlp):
    doc = nlp("John Smith arrived. Then Smith left, and Mr. Smith came back.")
    people = People(doc, lexicon.load())
    assert [p.name for p in people.persons] == ["John Smith"]
    assert [doc.text[m.start_char:m.end_char] for m in people.mentions] == ["John Smith", "Smith", "Smith"]


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # the nearest person of the pronoun's gender, not simply the nearest person
        ("Hillary Clinton met Donald Trump on Monday. She spoke first.", "She", "Hillary Clinton"),
        ("Hillary Clinton met Donald Trump on Monday. He spoke first.", "He", "Donald Trump"),
        # within the nearest sentence, its subject first
        ("John Smith praised Tom Baker. He spoke first.", "He", "John Smith"),
        # unknown gender fits too: the subject of unknown gender beats a man named after it
        ("Pat Stone arrived. She spoke first.", "She", "Pat Stone"),
        ("Obama spoke after meeting Vladimir Putin. He did not suggest retaliation.", "He", "Obama"),
        # not a person named as an object of the pronoun's own verb ...
        ("Tom Baker questioned John Smith on Monday. He told Baker the budget was late.", "He", "John Smith"),
        ("Tom Baker questioned John Smith on Monday. He spoke with Baker about the budget.", "He", "John Smith"),
        # ... but one named deeper down may be
        ("Tom Baker questioned John Smith on Monday. He noted that Baker's budget was late.", "He", "Tom Baker"),
        # not a name that opens a hyphened word
        ("Maria Lopez spoke on Monday. It was a Johnny-come-lately plan. She said so.", "She", "Maria Lopez"),
        # in a sentence before, the main clause's subject, not the subject of what it reports ...
        ("Tom Baker shot back that Carl Ruiz had misread the text. He told reporters to read the bill.", "He",
         "Tom Baker"),
        # ... nor of a clause beside it
        ("When Carl Ruiz pointed out the gap, Tom Baker seized upon it. He said the plan was dead.", "He",
         "Tom Baker"),
        # ... and the subject of an aside counts as one of the main clause
        ("Tom Baker arrived. Carl Ruiz, Baker said, had failed the city. He said the plan was dead.", "He",
         "Tom Baker"),
        # in its own sentence, the nearest subject
        ("Tom Baker said Carl Ruiz was right when he said the plan was dead.", "he", "Carl Ruiz"),
        # a given name alone has its gender
        ("Melanie cheered until Tom Baker reached the end of his speech. He said he loved them.", "He",
         "Tom Baker"),
    ],
)
def test_pronoun_antecedent(nlp, text, pronoun, expected):
    doc = nlp(text)
    people = People(doc, lexicon.load())
    index = next(t.i for t in doc if t.text == pronoun)
    assert people.antecedent(index, {"he": "m", "she": "f"}[pronoun.lower()]).person.name == expected


def with_entities(doc, marked):
    """The parse with the recogniser's entities replaced by `marked`: (words, label), or
    (words, label, "last") for the last occurrence. Pins rules about the recogniser's
    mistakes on sentences of our own, where it may not make them."""
    spans = []
    for words, label, *last in marked:
        start = doc.text.rindex(words) if last else doc.text.index(words)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    return doc


@pytest.mark.parametrize(("text", "entity", "label"), [
    ("The Carolina Panthers opened the season at home.", "Carolina Panthers", "ORG"),  # plural: a team
    ("Milton Keynes voted on the harbor plan.", "Milton Keynes", "GPE"),  # a place, not an organisation
    # a name of fewer than 20,000 births is often a place's or a firm's: only a cue to gender
    ("Cleveland Clinic opened a new wing.", "Cleveland Clinic", "ORG"),
])
def test_a_name_of_the_longer_gender_table_makes_no_person_of_a_team_or_a_place(nlp, text, entity, label):
    doc = with_entities(nlp(text), [(entity, label)])
    assert People(doc, lexicon.load()).persons == []


def test_a_name_of_the_longer_gender_table_with_a_plural_word_is_no_person(nlp):
    doc = with_entities(nlp("Carolina Panthers won again on Sunday."), [("Carolina Panthers", "ORG")])
    doc[1].tag_ = "NNPS"  # as the tagger has it for a team's name
    assert People(doc, lexicon.load()).persons == []


def test_a_possessive_body_taken_into_a_name_is_the_persons_body(nlp):
    doc = with_entities(nlp("As the Harbor Gazette’s Tom Baker wrote, the port is broke."),
                        [("Harbor Gazette’s Tom Baker", "PERSON")])
    person = People(doc, lexicon.load()).find("Baker")
    assert (person.name, person.affiliation) == ("Tom Baker", "Harbor Gazette")


def test_a_possessive_before_a_lone_word_in_a_name_names_no_one_by_that_word(nlp):
    doc = with_entities(nlp("Lopez’s Ohio director Tom Baker quit. Ohio voted later."),
                        [("Lopez’s Ohio", "PERSON"), ("Tom Baker", "PERSON")])
    assert "Ohio" not in [p.name for p in People(doc, lexicon.load()).persons]


def test_a_possessive_after_a_person_the_article_names_is_that_person(nlp):
    doc = with_entities(nlp("Maria Lopez won. Lopez’s Ohio director Tom Baker quit. Ohio voted later."),
                        [("Maria Lopez", "PERSON"), ("Lopez’s Ohio", "PERSON"), ("Tom Baker", "PERSON")])
    people = People(doc, lexicon.load())
    assert sorted(p.name for p in people.persons) == ["Maria Lopez", "Tom Baker"]
    assert people.at(doc[4]).person.name == "Maria Lopez"


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # the surname alone under a clause on 'who'
    ("Coco Gauff beat Aryna Sabalenka on Saturday. Sabalenka, who will rise to No. 1 on Monday, was gracious.",
     [("Coco Gauff", "PERSON"), ("Aryna Sabalenka", "ORG")], ["Coco Gauff", "Aryna Sabalenka"]),
    # a team, in the plural as British news writes it
    ("Dunmore Villa beat Bath on Sunday. Villa, who are fourth in the table, host Exeter next week.",
     [("Dunmore Villa", "ORG")], []),
    # a place's team
    ("Real Madrid beat Chelsea on Sunday. Madrid, who leads the league, hosts Arsenal next week.",
     [("Real Madrid", "ORG")], []),
    # 'which' describes a body
    ("Dunmore Villa beat Bath on Sunday. Villa, which has won twice, hosts Exeter next week.",
     [("Dunmore Villa", "ORG")], []),
])
def test_a_name_taken_for_a_body_whose_surname_a_who_clause_describes_is_a_person(nlp, text, entities, persons):
    doc = with_entities(nlp(text), entities)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entity", "persons"), [
    ("Leo Park, 15, from Melbourne, watched the final.", "Leo Park", ["Leo Park"]),
    # no given name opens it
    ("Fans cheered for Dunmore Harbor, 12, on Sunday.", "Dunmore Harbor", []),
    # no age after the comma
    ("Fans cheered for Leo Park, Melbourne, on Sunday.", "Leo Park", []),
])
def test_a_name_taken_for_a_place_before_an_age_is_a_person_when_a_given_name_opens_it(nlp, text, entity, persons):
    doc = with_entities(nlp(text), [(entity, "GPE")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entity", "persons"), [
    ("Turnout rose, said city clerk Anne-Marie Cormier.", "Anne-Marie Cormier", [("Anne-Marie Cormier", "city clerk")]),
    # one word, hyphened
    ("The video was released by militant group Al-Shabaab.", "Al-Shabaab", []),
])
def test_a_hyphened_name_the_recogniser_took_for_a_body_under_a_role_is_a_person(nlp, text, entity, persons):
    doc = with_entities(nlp(text), [(entity, "ORG")])
    assert [(p.name, p.role) for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entity", "persons"), [
    # a preposition of place opening the sentence, taken into the name with the place after it
    ("Inside Gaza, aid groups describe worsening shortages.", "Inside Gaza", []),
    # 'Per', a preposition to the tagger and a given name too
    ("Per Lindgren, the orchestra's chief executive, said it was over.", "Per Lindgren", ["Per Lindgren"]),
])
def test_a_place_after_a_preposition_opening_a_sentence_is_no_person(nlp, text, entity, persons):
    doc = with_entities(nlp(text), [(entity, "PERSON")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "persons"), [
    # set off by commas: a person, with the family name
    ("Manuel Cárdenas farms olives. Cárdenas’s daughter, Garazi, returned from Madrid.",
     ["Manuel Cárdenas", "Garazi Cárdenas"]),
    # not set off, with no age after it: no one
    ("Manuel Cárdenas farms olives. Cárdenas’s daughter Garazi returned from Madrid.", ["Manuel Cárdenas"]),
])
def test_a_relatives_name_the_tables_lack_is_a_person_only_set_off_or_with_an_age(nlp, text, persons):
    doc = with_entities(nlp(text), [("Manuel Cárdenas", "PERSON"), ("Garazi", "ORG")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "noun", "role"), [
    ("Tom Baker, director of communications, spoke.", "director", "director of communications"),
    # a body noun's: its members, no portfolio
    ("He joined the AfroSpear, a group of black bloggers.", "group", None),
])
def test_a_plural_after_of_is_a_roles_portfolio(nlp, text, noun, role):
    token = next(t for t in nlp(text) if t.text == noun)
    assert describe_noun(token, lexicon.load()).role == role


@pytest.mark.parametrize(("text", "words", "body"), [
    ("• Kuwait’s foreign minister calls the meeting a beginning.", "• Kuwait’s", "Kuwait"),  # a list's bullet
    ("the creator of “Downton Abbey,” spoke.", "“Downton Abbey,”", "Downton Abbey,"),  # quotation marks
])
def test_a_bodys_name_leaves_out_the_marks_around_it(nlp, text, words, body):
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    assert affiliation_text(list(span), lexicon.load()) == body


def test_a_first_name_inside_an_organisation_completes_a_single_name(nlp):
    doc = with_entities(nlp("Carly Lindqvist spoke first. Later Lindqvist spoke again."),
                        [("Carly Lindqvist", "ORG"), ("Lindqvist", "PERSON", "last")])
    people = People(doc, lexicon.load())
    assert [p.name for p in people.persons] == ["Carly Lindqvist"]


def test_a_surname_that_is_also_a_title_is_a_mention_of_the_person(nlp):
    doc = nlp("Former governor Tom Dean spoke on Monday. Later Dean spoke again.")
    people = People(doc, lexicon.load())
    mention = people.at(doc[9])
    assert doc[9].text == "Dean" and mention is not None and mention.person.name == "Tom Dean"


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a family name written first, a word between, alone as a subject
    ("Lawmakers moved against President Yoon Suk Yeol. Yoon apologized on Saturday.", "Yoon", "Yoon Suk Yeol"),
    ("Foreign Minister Wang Yi met Tom Baker. Wang told reporters the talks went well.", "Wang", "Wang Yi"),
    ("President Luiz Inácio Lula da Silva spoke on Monday. Lula said the talks went well.", "Lula",
     "Luiz Inácio Lula da Silva"),
    # not as another word in its place, nor a name of a place after a 'person' made of it
    ("Trump spokeswoman Hope Hicks declined to comment on Monday. Hope is fading, Tom Baker said.", "Hope", None),
    ("Julie Davis reported from Midway Atoll on Monday. During his tour of the wildlife on Midway, Mr. Obama "
     "paused.", "Midway", None),
])
def test_a_word_of_a_full_name_alone(nlp, text, word, expected):
    doc = nlp(text)
    people = People(doc, lexicon.load())
    token = [t for t in doc if t.text == word][-1]
    mention = people.at(token)
    assert (mention.person.name if mention is not None else None) == expected


def test_a_first_name_the_recogniser_left_out_is_part_of_the_name(nlp):
    doc = with_entities(nlp("Ozelle Marchant, a parent, spoke on Monday. Marchant left."),
                        [("Marchant", "PERSON"), ("Marchant", "PERSON", "last")])
    person = People(doc, lexicon.load()).find("Marchant")
    assert (person.name, person.role, person.affiliation) == ("Ozelle Marchant", "parent", None)


@pytest.mark.parametrize(("text", "name", "surname", "gender"), [
    ("Karen Lindqvist opened the harbor hearing. Lindqvist spoke for an hour.", "Karen Lindqvist", "Lindqvist", "f"),
    ("Frank O’Dwyer opened the harbor hearing. O’Dwyer spoke for an hour.", "Frank O’Dwyer", "O’Dwyer", "m"),
    ("Gladys Lindqvist opened the harbor hearing. Lindqvist spoke for an hour.", "Gladys Lindqvist", "Lindqvist",
     "f"),  # a given name of the longer table, in a name taken for an organisation
])
def test_a_full_name_the_recogniser_took_for_a_body_is_a_person(nlp, text, name, surname, gender):
    doc = with_entities(nlp(text), [(name, "ORG"), (surname, "ORG", "last")])
    person = People(doc, lexicon.load()).find(surname)
    assert (person.name, person.gender, len(person.mentions)) == (name, gender, 2)


@pytest.mark.parametrize(("text", "persons"), [
    # a given name too rare to outweigh an organisation's label, but the name speaks
    ('"No country can do this alone," Olaf Brandauer said in Berlin.', ["Olaf Brandauer"]),
    ('The plan was backed, Olaf Brandauer told reporters in Berlin.', ["Olaf Brandauer"]),
    ('Olaf Brandauer opened a new plant in Berlin on Monday.', []),  # it may be a firm
])
def test_a_rarer_given_name_taken_for_a_body_is_a_person_as_a_speaker(nlp, text, persons):
    doc = with_entities(nlp(text), [("Olaf Brandauer", "ORG")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entity", "expected"), [
    ("Spokeswoman Ozelle Marchant said the port would reopen. Marchant left.", "Spokeswoman Ozelle Marchant",
     ("Ozelle Marchant", "Spokeswoman", 2)),  # the title inside the entity
    ("The port reopened, said former shipping executive Ozelle Marchant.", "Ozelle Marchant",
     ("Ozelle Marchant", "former shipping executive", 1)),  # a role noun right before it
    ("The port reopened, said the Dunmore Harbor Authority on Monday.", "Dunmore Harbor Authority", None),
    ("Former Secretary of Defense Ozelle Marchant said the port would reopen. Marchant left.",
     "Defense Ozelle Marchant", ("Ozelle Marchant", "Former Secretary of Defense", 2)),  # the title's end inside it
    ("Then Chancellor Ozelle Marchant fired the minister. Marchant left.", "Ozelle Marchant",
     ("Ozelle Marchant", "Chancellor", 2)),  # a capitalised title right before it
])
def test_a_name_the_recogniser_took_for_a_body_under_a_title_is_a_person(nlp, text, entity, expected):
    later = [("Marchant", "ORG", "last")] if expected and expected[2] == 2 else []
    doc = with_entities(nlp(text), [(entity, "ORG")] + later)
    person = People(doc, lexicon.load()).find("Marchant" if expected else "Dunmore Harbor Authority")
    assert (person and (person.name, person.role, len(person.mentions))) == expected


@pytest.mark.parametrize(("text", "persons"), [
    ('"It was the worst storm of my life," said one resident, 82-year-old Ana Ruiz.', ["Ana Ruiz"]),
    ('"It was the worst storm of my life," said a nurse, Ana Ruiz, on Monday.', ["Ana Ruiz"]),
    ('A spokeswoman for Dunmore County Schools, Ana Ruiz, said classes "will resume as normal on Monday."',
     ["Ana Ruiz"]),
    # not words that open with no given name, nor after a word for no person
    ('"It was the worst storm of my life," said one resident, Tall Pines.', []),
    ('"It was the worst storm of my life," said the report, Ana Ruiz.', []),
])
def test_a_name_the_recogniser_missed_after_a_word_for_a_person_is_a_person(nlp, text, persons):
    doc = with_entities(nlp(text), [])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


def test_a_body_taken_with_a_role_in_apposition_is_no_person(nlp):
    # the parse sets 'a nurse' in apposition to the hospital
    text = "At Regions Hospital, a nurse who asked that her name not be used said staffing was short."
    doc = with_entities(nlp(text), [("Regions Hospital", "ORG")])
    assert doc[5].dep_ == "appos" and doc[5].head.text == "Hospital"
    assert People(doc, lexicon.load()).persons == []


def test_a_surname_before_the_first_name_is_that_person(nlp):
    doc = with_entities(nlp("Mendes Skipped Harbor Meeting On Purpose. Carlos Mendes spoke. Mendes left."),
                        [("Mendes", "PERSON"), ("Carlos Mendes", "PERSON")])
    people = People(doc, lexicon.load())
    # the last 'Mendes', which the tagger takes for a plural noun, counts too
    assert [(p.name, len(p.mentions)) for p in people.persons] == [("Carlos Mendes", 3)]
    assert people.find("Mendes").name == "Carlos Mendes"


def test_a_name_taken_for_a_body_with_a_role_in_apposition_is_a_person(nlp):
    doc = with_entities(nlp("Pierre-Louis Garnier, the foreign minister of Belgium, a founding member of the "
                            "European Union, spoke."),
                        [("Pierre-Louis Garnier", "ORG"), ("Belgium", "GPE"), ("the European Union", "ORG")])
    person = People(doc, lexicon.load()).find("Pierre-Louis Garnier")
    assert (person.name, person.role, person.affiliation) == ("Pierre-Louis Garnier", "foreign minister", "Belgium")


def test_a_name_taken_for_a_place_beside_one_of_a_group_of_role_holders_is_a_person(nlp):
    doc = with_entities(nlp("Janice Johnston, one of the three board members who supported the rule, spoke."),
                        [("Janice Johnston", "FAC")])
    person = People(doc, lexicon.load()).find("Johnston")
    assert (person.name, person.role) == ("Janice Johnston", "board member")


def test_a_headline_taken_for_a_body_is_not_its_fullest_name(nlp):
    doc = with_entities(nlp("Harbor Gazette Exposé Shames Mendes Supporter Who Was in a Clinic for Stress.\n\n"
                            "The Harbor Gazette ran a feature Saturday. The Gazette sent its reporter."),
                        [("Harbor Gazette Exposé Shames Mendes Supporter", "ORG"), ("The Harbor Gazette", "ORG"),
                         ("Gazette", "ORG", "last")])
    assert People(doc, lexicon.load()).organisations.body_name("Gazette") == "Harbor Gazette"


@pytest.mark.parametrize("headline", ["Maria Lopez Slams Tom Baker Over Harbor Plan.", "Lopez Slams Baker Over Harbor Plan."])
def test_a_headline_name_stops_at_a_verb_in_title_case(nlp, headline):
    doc = nlp(f"{headline}\n\nMayor Maria Lopez criticized her rival Tom Baker on Monday. Baker left early.")
    people = People(doc, lexicon.load())
    assert sorted(p.name for p in people.persons) == ["Maria Lopez", "Tom Baker"]


def test_a_headline_entity_stops_at_its_verb(nlp):
    doc = nlp("Trump Says He Never Went After Women. Donald Trump spoke on Monday.")
    assert [p.name for p in People(doc, lexicon.load()).persons] == ["Donald Trump"]


def test_a_full_name_taken_for_another_entity_is_that_person(nlp):
    doc = with_entities(nlp("Speaking on Monday, Ms. Ana Ruiz defended the plan. In a Harbor Gazette essay last "
                            "week, Ana Ruiz admitted the battle was uphill."),
                        [("Ana Ruiz", "PERSON"), ("Ana Ruiz", "PRODUCT", "last")])  # the second taken for a product
    people = People(doc, lexicon.load())
    assert [(p.name, len(p.mentions)) for p in people.persons] == [("Ana Ruiz", 2)]


def test_linked_subject_pronouns_carry_their_person(nlp):
    doc = nlp("Tom Baker spoke on Monday. Though the switch was smooth, he said, it could lead to lobbying "
              "by allies of Carlos Mendes and Peter Hollis. That is why, he argued, the board should be ready.")
    people = People(doc, lexicon.load())
    argued = next(t for t in doc if t.text == "argued")
    pronoun = next(t for t in argued.children if t.lower_ == "he")
    assert people.antecedent(pronoun.i, "m").person.name == "Peter Hollis"  # names alone: the nearest
    people.link_pronouns()
    assert people.antecedent(pronoun.i, "m").person.name == "Tom Baker"  # 'he said' stands for Baker


def test_a_person_entity_ending_in_a_body_noun_is_no_person(nlp):
    doc = nlp("He told one of his young John Adams Society members that thrift was the answer. "
              "She told her young Mary Baker Foundation friends that giving was the answer.")
    assert [e.label_ for e in doc.ents if e.text.endswith(("Society", "Foundation"))] == ["PERSON", "PERSON"]
    names = [p.name for p in People(doc, lexicon.load()).persons]
    assert not any(name.endswith(("Society", "Foundation")) for name in names)


@pytest.mark.parametrize(("text", "entity", "persons"), [
    # a nationality the recogniser took for a person, before the noun it describes
    ("The foundation relied on papers supplied by Bangladeshi authorities.", "Bangladeshi", []),
    ("Officials met Kenyan farmers on Monday.", "Kenyan", []),
    # a surname that is also a nationality, heading its own phrase
    ("Judith French said the papers were forged.", "Judith French", ["Judith French"]),
])
def test_a_nationality_before_its_noun_taken_for_a_person_is_no_one(nlp, text, entity, persons):
    doc = with_entities(nlp(text), [(entity, "PERSON")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


def test_a_plural_description_is_nobody_in_particular(nlp):
    doc = nlp("Senator Maria Lopez wrote to the agency. The two lawmakers argue that the case is weak.")
    assert People(doc, lexicon.load()).described == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname of two words: the full name stays
        ("Rep. Debbie Wasserman Schultz spoke on Monday. Later, Wasserman Schultz told reporters she would stay.",
         [("Debbie Wasserman Schultz", 2)]),
        ("Burma leader visits.\n\nAung San Suu Kyi arrived on Monday. Suu Kyi said the talks went well.",
         [("Aung San Suu Kyi", 2)]),
    ],
)
def test_two_names_of_one_person_are_one_person(nlp, text, expected):
    assert [(p.name, len(p.mentions)) for p in People(nlp(text), lexicon.load()).persons] == expected


def test_a_headline_word_taken_into_a_name_goes(nlp):
    doc = with_entities(nlp("Harbor Workers Rip Carlos Mendes.\n\nCarlos Mendes said on Friday that Ruiz was born "
                            "in the city."),
                        [("Rip Carlos Mendes", "PERSON"), ("Carlos Mendes", "PERSON", "last"), ("Ruiz", "PERSON")])
    people = People(doc, lexicon.load())
    assert [(p.name, len(p.mentions)) for p in people.persons] == [("Carlos Mendes", 2), ("Ruiz", 1)]


def test_a_name_in_a_headline_is_no_fuller_name_of_one_below_it(nlp):
    doc = with_entities(nlp("Harbor Workers Rip Lopez Baker.\n\nLopez Baker said on Friday that the port was broke."),
                        [("Rip Lopez Baker", "PERSON"), ("Lopez Baker", "PERSON", "last")])
    assert People(doc, lexicon.load()).find("Lopez Baker").name == "Lopez Baker"


@pytest.mark.parametrize(
    ("text", "word", "pos", "tag", "dep", "expected"),
    [
        # the tagger's plural noun, or an adjective, is still the surname of someone named in full
        ("Rosa Delgado chairs the board. Delgado, meanwhile, said the vote would wait.", "Delgado", "NOUN", "NNS",
         "nsubj", "Rosa Delgado"),
        ("Rosa Delgado chairs the board. Later, Delgado said the vote would wait.", "Delgado", "ADJ", "JJ",
         "nsubj", "Rosa Delgado"),
        # or a pronoun: 'Prather said', with 'Prather' tagged PRP
        ("Rosa Delgado chairs the board. Delgado said the vote would wait.", "Delgado", "PRON", "PRP",
         "nsubj", "Rosa Delgado"),
        # a real pronoun stays one where someone's surname is spelled as it
        ("Rosa He chairs the board. He said the vote would wait.", "He", "PRON", "PRP", "nsubj", None),
        # a modal before a past tense is a name: '"...," Will wrote'
        ("Columnist Henry Will wrote on Sunday. The plan, Will wrote, is a mistake.", "Will", "AUX", "MD",
         "aux", "Henry Will"),
        # a modal before a bare verb is a modal: 'Will he run?'
        ("Columnist Henry Will wrote on Sunday. Will he run again?", "Will", "AUX", "MD", "aux", None),
        # a name that modifies a noun names a body or a thing, not the person here
        ("Rosa Delgado chairs the board. The Delgado plan failed.", "Delgado", "NOUN", "NN", "compound", None),
    ],
)
def test_a_surname_the_tagger_took_for_another_word(nlp, text, word, pos, tag, dep, expected):
    full = {"Will": "Henry Will", "He": "Rosa He"}.get(word, "Rosa Delgado")
    doc = with_entities(nlp(text), [(full, "PERSON")])  # the recogniser missed the later mention
    token = [t for t in doc if t.text == word][-1]
    token.pos_, token.tag_, token.dep_ = pos, tag, dep  # as the tagger sometimes has it
    found = People(doc, lexicon.load()).at(token)
    assert (found.person.name if found else None) == expected


def test_a_cue_the_parse_hung_on_a_title_is_no_part_of_it(nlp):
    doc = nlp('"Vote recap," tweeted Lopez spokesman Tom Conant.')
    recap, tweeted, spokesman, conant = doc[2], doc[5], doc[7], doc[9]
    for token in doc:  # as the parser sometimes has it: the quote's noun the root, the verb a modifier
        if token.head.i == tweeted.i:
            token.head = recap
    recap.head, recap.dep_ = recap, "ROOT"
    tweeted.head, tweeted.dep_ = spokesman, "amod"
    conant.head, conant.dep_ = recap, "appos"
    person = People(doc, lexicon.load()).find("Tom Conant")
    assert (person.role, person.affiliation) == ("spokesman", "Lopez")


def test_a_name_taken_for_a_body_with_a_capitalised_role_in_apposition_is_a_person(nlp):
    doc = with_entities(nlp("Delgado, the former Harbor Trust CEO who left the board in May, spoke at the rally."),
                        [("Delgado", "ORG"), ("Harbor Trust", "ORG")])
    ceo = next(t for t in doc if t.text == "CEO")
    ceo.pos_, ceo.tag_ = "PROPN", "NNP"  # as the tagger often has it
    person = People(doc, lexicon.load()).find("Delgado")
    assert person is not None and (person.role, person.affiliation) == ("former CEO", "Harbor Trust")


def test_a_dateline_is_no_part_of_a_role_before_an_appositive_name(nlp):
    doc = nlp("NEW YORK - Republican presidential candidate Maria Lopez on Saturday tweeted an image.")
    candidate, lopez, tweeted = doc[5], doc[7], doc[10]
    candidate.head, candidate.dep_ = tweeted, "nsubj"  # the name in apposition, as the parser sometimes has it
    lopez.head, lopez.dep_ = candidate, "appos"
    person = People(doc, lexicon.load()).find("Lopez")
    assert (person.name, person.role, person.affiliation) == ("Maria Lopez", "Republican presidential candidate", None)


def test_a_word_left_out_of_a_name_in_a_title_case_headline_is_a_given_name_or_none(nlp):
    doc = nlp("Conservative Icon Ozelle Marchant Endorses Maria Lopez.\n\nOzelle Marchant, the founder of the Harbor "
              "Institute, spoke. Marchant said the port was broke.")
    people = People(doc, lexicon.load())
    assert sorted(p.name for p in people.persons) == ["Maria Lopez", "Ozelle Marchant"]
    person = people.find("Marchant")
    assert (person.role, person.affiliation, len(person.mentions)) == ("founder", "Harbor Institute", 3)


def test_a_description_of_another_rank_is_not_the_holder_of_the_role(nlp):
    doc = nlp("Maria Lopez, the presidential nominee, spoke. Later the vice presidential nominee spoke.")
    people = People(doc, lexicon.load())
    nominee = next(t for t in doc if t.text == "nominee" and t.i > 8)
    assert people.with_role("nominee", nominee.i, "vice presidential nominee") is None
    assert people.with_role("nominee", nominee.i, "nominee").name == "Maria Lopez"


def test_an_organisation_named_only_in_a_title_case_headline_is_no_fuller_name_of_a_body(nlp):
    doc = with_entities(nlp("Lopez’s Harbor Gazette Nemesis Speaks Out On Port.\n\nTom Baker, a columnist for the "
                            "Harbor Gazette, spoke."),
                        [("Harbor Gazette Nemesis", "ORG"), ("Tom Baker", "PERSON"), ("Harbor Gazette", "ORG", "last")])
    person = People(doc, lexicon.load()).find("Baker")
    assert (person.role, person.affiliation) == ("columnist", "Harbor Gazette")


def test_a_dateline_is_nobody(nlp):
    doc = nlp("Lopez wins.\n\nNew York (AFP) – Oscar-winning actress Ozelle Marchant, star of a cult film, is not sure "
              "she can vote. Later New York voted.")
    assert "New York" not in [p.name for p in People(doc, lexicon.load()).persons]


@pytest.mark.parametrize(("text", "marked", "names"), [
    ("Top Lopez aide sent the files.\n\nMaria Lopez spoke later. It was top secret.",
     [("Top Lopez", "PERSON"), ("Maria Lopez", "PERSON")], ["Maria Lopez"]),  # capitalised where a sentence starts
    ("The port mogul Maria Lopez spoke. Later Maria Lopez left.",
     [("mogul Maria Lopez", "PERSON"), ("Maria Lopez", "PERSON", "last")], ["Maria Lopez"]),  # in lower case
    ("After lunch, Rush Baker spoke. Tom Baker spoke next. Both will rush home.",
     [("Rush Baker", "PERSON"), ("Tom Baker", "PERSON")], ["Rush Baker", "Tom Baker"]),  # a name mid-sentence
])
def test_a_word_taken_into_a_name_goes_when_the_rest_is_someone_the_article_names(nlp, text, marked, names):
    people = People(with_entities(nlp(text), marked), lexicon.load())
    assert sorted(p.name for p in people.persons) == names


@pytest.mark.parametrize(("text", "entity", "name"), [
    ("The port mogul Maria Lopez spoke on Monday.", "mogul Maria Lopez", "Maria Lopez"),
    ("Later, de Blasio spoke on Monday.", "de Blasio", "de Blasio"),  # a particle of a name stays
])
def test_a_lower_case_word_opening_a_name_entity_is_no_part_of_the_name(nlp, text, entity, name):
    people = People(with_entities(nlp(text), [(entity, "PERSON")]), lexicon.load())
    assert [p.name for p in people.persons] == [name]


def test_a_lower_case_word_before_a_name_is_no_given_name_the_recogniser_left_out(nlp):
    doc = nlp("It has used real estate mogul Maria Lopez in its ads.")
    mogul = next(t for t in doc if t.text == "mogul")
    mogul.pos_, mogul.tag_, mogul.dep_ = "PROPN", "NNP", "compound"  # as the tagger sometimes has it
    mogul.head = next(t for t in doc if t.text == "Lopez")
    assert [p.name for p in People(doc, lexicon.load()).persons] == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        # a given name before the surname of someone the article named: a relative
        ("Tom Baker spoke on Monday. Later Maria Baker strode across the stage.", "Maria Baker", "Maria Baker"),
        # a word that is no given name before the surname is no one
        ("Tom Baker spoke on Monday. Later Team Baker strode across the stage.", "Team Baker", None),
        # nor a given name before a word that is no known surname
        ("Tom Baker spoke on Monday. Later Maria Lopez strode across the stage.", "Maria Lopez", None),
    ],
)
def test_a_relative_the_recogniser_missed_is_a_person(nlp, text, asked, expected):
    doc = with_entities(nlp(text), [("Tom Baker", "PERSON")])  # the recogniser missed the second name
    for token in doc:
        if token.text in asked.split():
            token.pos_, token.tag_ = "PROPN", "NNP"  # as the tagger has names
    person = People(doc, lexicon.load()).find(asked)
    assert (person.name if person else None) == expected


@pytest.mark.parametrize(
    ("text", "marked", "asked", "expected"),
    [
        # the surname then speaks alone, whatever the recogniser took it for
        ("Jayson Tatum scored 38 points on Sunday. Tatum said the crowd was loud.", [("Tatum", "GPE", "last")],
         "Jayson Tatum", "Jayson Tatum"),
        ("Jayson Tatum scored 38 points on Sunday. Tatum said the crowd was loud.", [], "Jayson Tatum",
         "Jayson Tatum"),
        # a surname that never speaks makes no one of the words
        ("Jayson Tatum scored 38 points on Sunday. The crowd loved Tatum.", [], "Jayson Tatum", None),
        # nor a word before it that is no given name
        ("Lake Tatum froze on Sunday. Tatum said the crowd was loud.", [], "Lake Tatum", None),
        # nor one that speaks only with the word before it
        ("Edward Jones cut its forecast on Sunday. Edward Jones said the economy was slowing.", [],
         "Edward Jones", None),
        # or under a role noun
        ("Economist Claudia Sahm spoke to us about the labor market.", [], "Claudia Sahm", "Claudia Sahm"),
        ("Harvard economist Claudia Sahm spoke to us about the labor market.", [], "Claudia Sahm",
         "Claudia Sahm"),
        # not under a word that is no role noun
        ("Harbor Claudia Sahm spoke to us about the labor market.", [], "Sahm", None),
        # a given name the tables lack, under a title, when the name speaks there
        ("Mayor Zorbin Quell urged calm on Monday.", [], "Zorbin Quell", "Zorbin Quell"),
        ("Mayor Zorbin Quell toured the site on Monday.", [], "Zorbin Quell", None),
    ],
)
def test_a_full_name_the_recogniser_missed_is_a_person_when_the_surname_speaks_or_is_titled(
        nlp, text, marked, asked, expected):
    doc = with_entities(nlp(text), marked)
    for token in doc:
        if token.text in asked.split():
            token.pos_, token.tag_ = "PROPN", "NNP"  # as the tagger has names
    person = People(doc, lexicon.load()).find(asked)
    assert (person.name if person else None) == expected


def test_a_description_with_a_name_before_its_noun_describes_someone_else(nlp):
    # 'Oscar' opens a hyphened word, so no pronoun refers back to it, and the description
    # it stands in is still not Tom Baker's
    people = People(nlp("Tom Baker spoke on Monday. The Oscar-nominated actor's film opened on Friday."),
                    lexicon.load())
    assert people.find("Tom Baker").role is None


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        # a given name joined to a full name shares its surname
        ("Tom and Maria Baker arrived on Monday.", "Tom Baker", ("Tom Baker", "m")),
        ("Only donors such as David and Charles Koch wanted it.", "David Koch", ("David Koch", "m")),
        ("Ryan and Ammon Bundy spoke on Monday.", "Ryan Bundy", ("Ryan Bundy", "m")),  # rarer names too
        # not a word that is no given name
        ("Dunmore and Maria Baker arrived on Monday.", "Dunmore Baker", None),
    ],
)
def test_a_given_name_joined_to_a_full_name_shares_its_surname(nlp, text, asked, expected):
    person = People(nlp(text), lexicon.load()).find(asked)
    assert ((person.name, person.gender) if person else None) == expected


@pytest.mark.parametrize(("text", "noun", "relation"), [
    ("Maria Lopez won on Monday. Her mother wept.", "mother", "Maria Lopez's mother"),
    ("Maria Lopez won on Monday. Her late mother had run too.", "mother", "Maria Lopez's late mother"),
    ("Maria Lopez won on Monday. The nominee's mother wept.", "mother", None),  # the nominee: a guess
    ("Maria Lopez won on Monday. Her campaign manager wept.", "manager", None),  # no relative
])
def test_a_relative_noun_owned_by_someone_named_is_a_relation(nlp, text, noun, relation):
    doc = nlp(text)
    assert People(doc, lexicon.load()).relation(next(t for t in doc if t.text == noun)) == relation


@pytest.mark.parametrize(("text", "entities", "name", "fullest"), [
    # the name ends or opens the fuller one
    ("The Dunmore Harbor Authority met. The Harbor Authority voted.",
     [("Dunmore Harbor Authority", "ORG")], "Harbor Authority", "Dunmore Harbor Authority"),
    ("Brannock Energy grew. Brannock hired.", [("Brannock Energy", "ORG")], "Brannock", "Brannock Energy"),
    ("The House of Lords met. The House voted.", [("House of Lords", "ORG")], "House", "House of Lords"),
    # a possessive or a comma in it, or a lower-case word opening it: no name
    ("Lopez’s Harbor Authority grew. The Harbor Authority voted.",
     [("Lopez’s Harbor Authority", "ORG")], "Harbor Authority", "Harbor Authority"),
    ("They met at the Dunmore Pier, Harbor Authority staff said. The Harbor Authority voted.",
     [("Dunmore Pier, Harbor Authority", "ORG")], "Harbor Authority", "Harbor Authority"),
    ("She faces a Democratic Senate. The Senate voted.", [("a Democratic Senate", "ORG")], "Senate", "Senate"),
    # what follows the name is a name: capitals, or the small words inside names
    ("The Brannock Center for Harbor Studies grew. Brannock hired.",
     [("Brannock Center for Harbor Studies", "ORG")], "Brannock", "Brannock Center for Harbor Studies"),
    ("Brannock 1.8 billion fell. Brannock hired.", [("Brannock 1.8 billion", "ORG")], "Brannock", "Brannock"),
    # a place is short for no body
    ("The University of Dunmore grew. Dunmore voted.",
     [("University of Dunmore", "ORG"), ("Dunmore", "GPE", "last")], "Dunmore", "Dunmore"),
    ("Dunmore Harbor Authority grew. Dunmore voted.",
     [("Dunmore Harbor Authority", "ORG"), ("Dunmore", "GPE", "last")], "Dunmore", "Dunmore"),
    # a legislature's chamber is short only for itself with its place or its 'of'
    ("The White House called. The House voted.", [("White House", "ORG")], "House", "House"),
    ("The House Oversight Committee met. The House voted.",
     [("House Oversight Committee", "ORG")], "House", "House"),
    ("The Senate Dems tweeted. The Senate voted.", [("Senate Dems", "ORG")], "Senate", "Senate"),
    ("The United States Senate met. The Senate voted.",
     [("United States Senate", "ORG")], "Senate", "United States Senate"),
    # without the possessive the recogniser ran the name on over; a plural's bare apostrophe
    # only after a company's form or trade, where no longer name runs on from it
    ("The Arctic Research Council's ship docked. Arctic grew.",
     [("The Arctic Research Council's", "ORG")], "Arctic", "Arctic Research Council"),
    ("Huntington Ingalls Industries' yard grew. Huntington Ingalls hired.",
     [("Huntington Ingalls Industries'", "ORG")], "Huntington Ingalls", "Huntington Ingalls Industries"),
    ("He told the Senate Veterans' Affairs Committee. Veterans hired.",
     [("the Senate Veterans'", "ORG"), ("Affairs Committee", "ORG")], "Veterans", "Veterans"),
])
def test_a_body_by_its_fullest_name(nlp, text, entities, name, fullest):
    assert People(with_entities(nlp(text), entities), lexicon.load()).organisations.body_name(name) == fullest


@pytest.mark.parametrize(("line", "dateline"), [
    ("SAN FRANCISCO — Shares of Acme Corp. fell.", "SAN FRANCISCO"),
    ("MANCHESTER, England — United sacked its manager.", "MANCHESTER, England"),
    ("COLUMBIA, S.C. - With a snowstorm bearing down, the candidates left.", "COLUMBIA, S.C."),
    ("WASHINGTON (AP) – The Senate voted.", "WASHINGTON"),
    ("Maria Lopez — the mayor — spoke.", None),
    ("The vote in WASHINGTON — a city of votes — was close.", None),
])
def test_a_dateline_is_the_place_in_capitals_opening_a_line_before_a_spaced_dash(line, dateline):
    text = "Headline\n" + line
    end = dateline_end(text, text.index(line) + 2)
    assert (text[text.index(line):end] if end >= 0 else None) == dateline


def test_every_participant_noun_is_a_person_noun():
    # someone met unnamed as 'a witness' is who a pronoun after may mean only as a person noun
    words = lexicon.load()
    assert words.participant_nouns and words.participant_nouns <= words.person_nouns.keys()


@pytest.mark.parametrize(("word", "role"), [
    ("neuroscientist", True), ("psephologist", True), ("oceanographer", True), ("biostatistician", True),
    ("spokesman", True),
    ("apologist", False),  # three letters before an ending at least
    ("ologist", False), ("list", False), ("scientists", False),  # a lemma, not a plural, is looked up
])
def test_a_noun_is_a_role_by_the_list_or_by_its_ending(word, role):
    assert (word in lexicon.load().role_nouns) is role


def test_every_spokesperson_noun_is_a_role_noun():
    # 'a spokesman' is read as a role before its body is looked for
    words = lexicon.load()
    assert words.spokesperson_nouns and words.spokesperson_nouns <= words.role_nouns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the recogniser did not mark before a title in capitals is the title's body
        ("On Wednesday, Northwind Chief Executive Ann Ruiz said the plant would open.",
         ("Chief Executive", "Northwind")),
        ("On Wednesday, Northwind Managing Director Ann Ruiz said so.", ("Managing Director", "Northwind")),
        # not before a capitalised word that opens no title, nor a sentence's first word named nowhere else
        ("On Wednesday, Northwind Lead Engineer Ann Ruiz said so.", ("Northwind Lead Engineer", None)),
        ("Northwind Chief Executive Ann Ruiz said the plant would open.", ("Northwind Chief Executive", None)),
    ],
)
def test_a_name_the_recogniser_missed_before_a_title_in_capitals(nlp, text, expected):
    doc = with_entities(nlp(text), [("Ann Ruiz", "PERSON")])
    person = People(doc, lexicon.load()).find("Ann Ruiz")
    assert (person.role, person.affiliation) == expected


@pytest.mark.parametrize(
    ("text", "marked", "expected"),
    [
        # one capitalised role noun after a name the recogniser marked alone elsewhere: its
        # body, though the recogniser took the two for a work
        ("The Fed held rates. On Wednesday, Fed Chair Ann Ruiz said so.",
         [("Fed", "ORG"), ("Fed Chair", "WORK_OF_ART", "last"), ("Ann Ruiz", "PERSON")], ("Chair", "Fed")),
        # not after a word marked nowhere else: 'Press Secretary'
        ("On Wednesday, Fed Chair Ann Ruiz said so.", [("Fed Chair", "WORK_OF_ART"), ("Ann Ruiz", "PERSON")],
         ("Fed Chair", None)),
    ],
)
def test_a_name_before_one_capitalised_role_noun_is_its_body_when_named_alone_elsewhere(nlp, text, marked,
                                                                                         expected):
    person = People(with_entities(nlp(text), marked), lexicon.load()).find("Ann Ruiz")
    assert (person.role, person.affiliation) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a party's word the recogniser left unmarked, right before a role, is the party
        ("Labour MP Diane Abbott spoke on Monday.", "Diane Abbott", ("MP", "Labour Party")),
        ("Libertarian presidential nominee Gary Lopez spoke on Monday.", "Gary Lopez",
         ("presidential nominee", "Libertarian Party")),
        # not before anything else
        ("The anti-GOP/Obama headline ran on Monday.", "Obama", (None, None)),
    ],
)
def test_a_party_word_the_recogniser_left_unmarked_before_a_role(nlp, text, name, expected):
    doc = with_entities(nlp(text), [(name, "PERSON")])
    person = People(doc, lexicon.load()).find(name)
    assert (person.role, person.affiliation) == expected


@pytest.mark.parametrize("name, surname", [
    ("Edmund Tsang Kin-hei", "Tsang"),  # a Hong Kong name: English given name, surname, Chinese given name
    ("Moon Jae-in", "Moon"),  # a Korean name, the surname first
    ("Owen Lloyd-Jones", "Lloyd-Jones"),  # a double-barrelled surname, both halves capitalised
    ("Martin Luther King Jr.", "King"),
])
def test_a_surname_is_the_last_word_or_the_one_before_a_hyphened_given_name(name, surname):
    assert Person(name).surname == surname


def _with_spans(doc, marked):
    """The parse with the recogniser's entities replaced by `marked`: (character start,
    words, label), for words that occur more than once."""
    doc.ents = [doc.char_span(start, start + len(words), label=label) for start, words, label in marked]
    return doc


@pytest.mark.parametrize(("honorific", "expected"), [
    ("", "Tetsuo Kanno"),  # introduced by then, though added after the namesake the recogniser saw
    ("Ms. ", "Akiko Kanno"),  # not where the honorific tells another gender
])
def test_a_surname_alone_is_the_namesake_introduced_by_then(nlp, honorific, expected):
    text = (f"Tetsuo Kanno, who heads the fishing federation, said the fish were safe. {honorific}Kanno said "
            "trust took years. Akiko Kanno, a wholesaler, said her sales were down.")
    bare = text.index("Kanno said")
    doc = _with_spans(nlp(text), [(0, "Tetsuo Kanno", "GPE"), (bare, "Kanno", "PERSON"),
                                  (text.index("Akiko Kanno"), "Akiko Kanno", "PERSON")])
    people = People(doc, lexicon.load())
    assert people.at(doc.char_span(bare, bare + 5)[0]).person.name == expected


@pytest.mark.parametrize(("text", "name"), [
    # an apostrophe typed for the okina before a vowel opens a Tongan given name
    ("The motion was tabled by 'Aisea Fonua, the people's representative, on Monday.", "'Aisea Fonua"),
    # not a single quote mark that a mark after the name closes
    ("The banner read 'Aisea Fonua is our voice' as the motion was tabled.", "Aisea Fonua"),
])
def test_an_okina_typed_as_an_apostrophe_opens_the_name(nlp, text, name):
    doc = with_entities(nlp(text), [("Aisea Fonua", "PERSON")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == [name]


@pytest.mark.parametrize(("times", "expected"), [
    (("18:42", "17:55", "17:10", "16:30", "15:45", "15:00", "14:05"), "Folasade Ogunleye-Ibekwe"),  # newest first
    (("12:05", "13:00", "13:45", "14:30", "15:10", "15:55", "16:42"), None),  # oldest first: no one so far down
])
def test_an_office_in_a_live_blog_newest_first_is_the_holder_its_earlier_entries_name_further_down(nlp, times,
                                                                                                   expected):
    entries = ['The commissioner has just ended a press briefing. "Every person found culpable will be prosecuted," '
               'the commissioner said.', 'Rescue update: the emergency agency says 14 people have been rescued.',
               'Who built it? Records show the developer had approval for four floors.',
               'Engineers react: the institution of structural engineers called for an inquiry.',
               'A reader writes: my cousin lives two streets away and heard it fall.',
               'Traffic: roads around the site are closed until further notice.',
               "Government reaction: the state's Commissioner for Physical Planning, Mrs Folasade Ogunleye-Ibekwe, "
               "has arrived at the site."]
    doc = nlp("Lagos collapse: latest updates\n\n" + "\n\n".join(f"{t} — {e}" for t, e in zip(times, entries)))
    said = [t for t in doc if t.lower_ == "commissioner"][1]
    described = People(doc, lexicon.load()).described.get(said.i)
    assert (described.name if described else None) == expected


@pytest.mark.parametrize(("text", "entity", "persons"), [
    # a portfolio joined by 'and' to the object of a body's 'of', though 'Marine' is a given name
    ("The vessel was detained, the Ministry of Fisheries and Marine Resources announced.", "Marine Resources", []),
    # or of a title's
    ("The vessel was detained, the Minister of Fisheries and Marine Resources announced.", "Marine Resources", []),
    # not a name after an 'and' that joins no title's object
    ("The vessel was detained, the fishermen and Marine Dubois announced.", "Marine Dubois", ["Marine Dubois"]),
])
def test_a_portfolio_joined_to_a_bodys_or_titles_object_is_no_person(nlp, text, entity, persons):
    doc = with_entities(nlp(text), [(entity, "ORG")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize("label", [
    "GPE",  # the surname read after the one written later, as a place: still hers, as read in order
    "PERSON",  # read in the article's order
])
def test_a_surname_alone_is_read_in_the_articles_order_whatever_the_recogniser_labelled_before(nlp, label):
    text = ("Ingrid Tjalma, the new agriculture commissioner, grew up on a dairy farm. Tjalma says the farm taught "
            "her patience.\n\nHer father, Sjoerd Tjalma, who still milks forty cows at 84, used to tell her that "
            "farmers do not read newspapers.\n\nIn the Netherlands, Tjalma is best remembered for the nitrogen crisis.")
    says, best = text.index("Tjalma says"), text.index("Tjalma is best")
    doc = _with_spans(nlp(text), [(0, "Ingrid Tjalma", "PERSON"), (says, "Tjalma", label),
                                  (text.index("Sjoerd"), "Sjoerd Tjalma", "PERSON"), (best, "Tjalma", "PERSON")])
    people = People(doc, lexicon.load())
    assert people.at(doc.char_span(best, best + 6)[0]).person.name == "Ingrid Tjalma"


@pytest.mark.parametrize(("text", "entity", "persons"), [
    # a clause on 'whose' describes a person, whatever the recogniser labelled the name
    ("For Leanne Cooper, whose son ran up big debts, the ban came too late.", "Leanne Cooper", ["Leanne Cooper"]),
    # not on 'which'
    ("For Leanne Court, which opened in May, the ban came too late.", "Leanne Court", []),
])
def test_a_full_name_described_by_a_clause_on_who_is_a_person_whatever_its_label(nlp, text, entity, persons):
    doc = with_entities(nlp(text), [(entity, "FAC")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entity", "persons"), [
    # a body noun after a determiner, set beside the name
    ("A spokeswoman for Visit Dunmore, the regional tourism agency, said bookings rose.", "Visit Dunmore", []),
    # not a role of the body
    ("Ana Ruiz, the agency's director, said bookings rose.", "Ana Ruiz", ["Ana Ruiz"]),
])
def test_a_name_with_a_body_noun_beside_it_is_no_person(nlp, text, entity, persons):
    doc = with_entities(nlp(text), [(entity, "PERSON")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # a Malay name, then its given names
    ("Nur Aisyah Kamarudin spoke first. Later Nur Aisyah spoke.",
     [("Nur Aisyah Kamarudin", "PERSON"), ("Nur Aisyah", "PERSON", "last")], ["Nur Aisyah Kamarudin"]),
    # not a son's name
    ("Donald Trump Jr. spoke first. Later Donald Trump spoke.",
     [("Donald Trump Jr.", "PERSON"), ("Donald Trump", "PERSON", "last")], ["Donald Trump", "Donald Trump Jr."]),
    # nor a relative's
    ("Aung San Suu Kyi spoke first. She is the daughter of Aung San, the Burmese leader.",
     [("Aung San Suu Kyi", "PERSON"), ("Aung San", "PERSON", "last")], ["Aung San", "Aung San Suu Kyi"]),
])
def test_a_shorter_name_is_the_full_one_named_before_that_it_opens(nlp, text, entities, persons):
    doc = with_entities(nlp(text), entities)
    assert sorted(p.name for p in People(doc, lexicon.load()).persons) == persons


@pytest.mark.parametrize(("text", "persons"), [
    # a title and a name that speaks, taken for a work
    ("Mayor Ozelle Marchant told a news conference that the port would reopen.", ["Ozelle Marchant"]),
    # not one that does not speak
    ("Mayor Ozelle Marchant opened in cinemas on Friday.", []),
])
def test_a_titled_name_the_recogniser_took_for_a_work_is_a_person_when_it_speaks(nlp, text, persons):
    doc = with_entities(nlp(text), [("Mayor Ozelle Marchant", "WORK_OF_ART")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # a given name, then the surname of someone named in full, taken for a body
    ("Dairy farmer Joost van Dijk backed the merger. Another supplier, Anneke van Dijk, was less sure.",
     [("Joost van Dijk", "PERSON"), ("Anneke van Dijk", "ORG")], ["Anneke van Dijk", "Joost van Dijk"]),
    # not a body named after someone
    ("Dairy farmer Joost van Dijk backed the merger. The Anneke van Dijk Foundation was less sure.",
     [("Joost van Dijk", "PERSON"), ("Anneke van Dijk Foundation", "ORG")], ["Joost van Dijk"]),
])
def test_a_namesake_of_someone_named_is_a_person_where_the_recogniser_took_it_for_a_body(nlp, text, entities,
                                                                                          persons):
    doc = with_entities(nlp(text), entities)
    assert sorted(p.name for p in People(doc, lexicon.load()).persons) == persons


@pytest.mark.parametrize(("tag", "persons"), [
    ("NNP", ["Ali Raza", "Naveed Raza"]),  # a proper noun the parse made an auxiliary
    ("MD", ["Ali Raza"]),  # not a word the tagger took for a modal
])
def test_a_given_name_the_parse_made_an_auxiliary_opens_a_name(nlp, tag, persons):
    doc = with_entities(nlp("Shopkeeper Ali Raza said trade had halved. Naveed Raza, a vendor, said he had spent "
                            "more."), [("Ali Raza", "PERSON")])
    word = next(t for t in doc if t.text == "Naveed")
    word.pos_, word.dep_, word.tag_ = "AUX", "aux", tag
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # a name with a middle initial is the name without it
    ("Attorney General Marian Holt spoke on Monday. Later, Marian T. Holt said she was asked to talk.",
     [("Marian Holt", "PERSON"), ("Marian T. Holt", "PERSON")], [("Marian Holt", "Attorney General")]),
    # not of another surname
    ("Mary Smith spoke on Monday. Later, Mary T. Jones said she would talk.",
     [("Mary Smith", "PERSON"), ("Mary T. Jones", "PERSON")], [("Mary Smith", None), ("Mary T. Jones", None)]),
])
def test_a_name_without_its_middle_initial_is_the_same_person(nlp, text, entities, persons):
    doc = with_entities(nlp(text), entities)
    assert [(p.name, p.role) for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "surname", "persons"), [
    # a surname the tagger took for a noun, after a given name, a role set beside them
    ("Carlos Arriaga, conservation director of the club, said the answer was not good enough.", "Arriaga",
     [("Carlos Arriaga", "conservation director")]),
    # not a noun that no role describes as someone
    ("Carlos Paving, a family firm, said the answer was not good enough.", "Paving", []),
])
def test_a_surname_tagged_as_a_noun_ends_a_name_a_role_describes(nlp, text, surname, persons):
    doc = with_entities(nlp(text), [])
    word = next(t for t in doc if t.text == surname)
    word.tag_, word.pos_ = "NN", "NOUN"
    assert [(p.name, p.role) for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # a name taken for a product, whose last word speaks alone later
    ('The second place went to a colt trained by Masaru Kondo. "It is not how I wanted to win," Kondo said.',
     [("Masaru Kondo", "PRODUCT"), ("Kondo", "ORG", "last")], ["Masaru Kondo"]),
    # not a body's words, nor where the word spoke before the name
    ('The loan came from Bank Mandiri. "We are pleased," Mandiri said.',
     [("Bank Mandiri", "ORG"), ("Mandiri", "ORG", "last")], []),
    ('"It is not how I wanted to win," Kondo said. The second place went to a colt trained by Masaru Kondo.',
     [("Kondo", "ORG"), ("Masaru Kondo", "PRODUCT")], []),
])
def test_a_name_taken_for_a_thing_is_a_person_when_its_surname_speaks_later(nlp, text, entities, persons):
    doc = with_entities(nlp(text), entities)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize("label", ["ORG", "GPE", "FAC"])
def test_an_irish_county_with_a_clause_on_who_is_no_person(nlp, label):
    doc = with_entities(nlp("A former foster child from Co Offaly, who is now 22, said the report came as no "
                            "surprise."), [("Co Offaly", label)])
    assert People(doc, lexicon.load()).persons == []


def test_a_place_set_beside_a_role_that_names_its_own_holder_is_no_person(nlp):
    # the parse hangs the role on the place before it; the name beside the role is its holder's
    doc = with_entities(nlp("Outside Dublin Castle, the Social Democrats TD for Dublin Fingal, Niamh Crowe, said the "
                            "tribunal had cost too much."), [("Niamh Crowe", "PERSON")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == ["Niamh Crowe"]


def test_a_surname_written_with_its_article_the_recogniser_took_for_a_body_is_the_person(nlp):
    doc = with_entities(nlp("Saeed Al-Kaabi, the fund's head of sports investments, signed the deal. Al-Kaabi said the "
                            "fund was patient."),
                        [("Saeed Al-Kaabi", "PERSON"), ("Al-Kaabi", "ORG", "last")])
    subject = next(t for t in doc if t.text == "said").children
    mention = People(doc, lexicon.load()).at(next(t for t in subject if t.dep_ == "nsubj"))
    assert mention is not None and mention.person.name == "Saeed Al-Kaabi"


def test_a_first_name_the_recogniser_labelled_alone_as_a_body_opens_a_name_a_role_describes(nlp):
    doc = with_entities(nlp("Amrit Dhillon, the lawyer representing the victims, said the system failed."),
                        [("Amrit", "ORG")])
    assert [(p.name, p.role) for p in People(doc, lexicon.load()).persons] == [("Amrit Dhillon", "lawyer")]


def test_a_full_name_with_a_generational_suffix_the_recogniser_took_for_a_body_is_a_person(nlp):
    doc = with_entities(nlp("Harlan Dufresne Sr., the timber executive and longtime booster, told the club to act."),
                        [("Harlan Dufresne Sr.", "ORG")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == ["Harlan Dufresne Sr."]


def test_a_party_word_the_recogniser_took_into_a_full_name_is_no_part_of_it(nlp):
    doc = with_entities(nlp("Republican Tom Baker spoke on Monday."), [("Republican Tom Baker", "PERSON")])
    assert [p.name for p in People(doc, lexicon.load()).persons] == ["Tom Baker"]



@pytest.mark.parametrize(("text", "marked", "persons"), [
    # a body noun right before it in one place makes every mention of the one word a body's
    ("Sipho Ndaba told parliament that the state power utility Eskor had returned capacity to the grid. Eskor "
     "said its fleet was working.", [("Sipho Ndaba", "PERSON"), ("Eskor", "PERSON"), ("Eskor", "PERSON", "last")],
     ["Sipho Ndaba"]),
    # not the surname of someone named in full
    ("Thabo Eskor told parliament that the state power utility was recovering. Eskor said the fleet was working.",
     [("Thabo Eskor", "PERSON"), ("Eskor", "PERSON", "last")], ["Thabo Eskor"]),
])
def test_a_one_word_name_shown_to_be_a_body_in_one_place_is_no_person_anywhere(nlp, text, marked, persons):
    doc = with_entities(nlp(text), marked)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "marked", "persons"), [
    # a name ending in an event's word is the event's, whatever the recogniser took it for
    ("Former Davis Cup player Mark Pettigrew praised her.", [("Davis Cup", "PERSON"), ("Mark Pettigrew", "PERSON")],
     ["Mark Pettigrew"]),
    ("She won the Valencia Open in May.", [("Valencia Open", "PERSON")], []),
    # not a surname that is no such word
    ("Former tennis player Mark Pettigrew praised her.", [("Mark Pettigrew", "PERSON")], ["Mark Pettigrew"]),
])
def test_an_event_is_no_person(nlp, text, marked, persons):
    doc = with_entities(nlp(text), marked)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "holder"), [
    ("Justice Obinna Ezeakor of the Federal High Court ruled on Thursday. Tom Baker, a reporter, was freed.",
     "Obinna Ezeakor"),
    # not a justice minister
    ("Justice Minister Obinna Ezeakor welcomed the ruling on Thursday. Tom Baker, a reporter, was freed.", None),
])
def test_a_judge_is_whom_the_article_titled_justice(nlp, text, holder):
    people = People(nlp(text), lexicon.load())
    found = people.with_role("judge", len(people.doc))
    assert (found.name if found else None) == holder


def test_a_body_name_the_recogniser_took_for_a_work_is_a_body_that_speaks(nlp):
    from service.quotes import extract
    text = ('The Tucson Police Officers Association took a more cautious line. "We support any effort that gets the '
            'right responder to the right call," the union said in a statement.')
    doc = with_entities(nlp(text), [("The Tucson Police Officers Association", "WORK_OF_ART")])
    assert [q.speaker.name for q in extract(doc)] == ["Tucson Police Officers Association"]


@pytest.mark.parametrize(("text", "marked", "persons"), [
    # a subject of two capitalised words the recogniser left unlabelled, whose surname speaks alone later
    ('Dnyaneshwar Shinde spent the morning in his field. "I do not know," said Shinde, 52.', [],
     ["Dnyaneshwar Shinde"]),
    # not where the surname never speaks
    ("Dnyaneshwar Shinde spent the morning in the field. Shinde is a village near Latur.", [], []),
])
def test_a_full_name_the_recogniser_missed_whose_surname_speaks_is_a_person(nlp, text, marked, persons):
    doc = with_entities(nlp(text), marked)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


def test_a_nationality_as_a_noun_the_tagger_took_for_a_common_noun_refers_back(nlp):
    doc = nlp('Iker Sarasola welcomed the news. "Tommaso is crazy," said the 24-year-old Spaniard.')
    spaniard = next(t for t in doc if t.text == "Spaniard")
    spaniard.tag_ = "NN"  # as the tagger read it in a longer article
    assert People(doc, lexicon.load()).described[spaniard.i].name == "Iker Sarasola"


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # a name opening with a street word, and the street's name alone later
    ("Hundreds queued on Lisbon's Avenida Almirante Reis. Back on Almirante Reis, Bishnu Thapa waited.",
     [("Avenida Almirante Reis", "PERSON"), ("Almirante Reis", "PERSON", "last"), ("Bishnu Thapa", "PERSON")],
     ["Bishnu Thapa"]),
    # a surname that is no street's
    ("Marta Via, the club's president, spoke.", [("Marta Via", "PERSON")], ["Marta Via"]),
])
def test_a_name_opening_with_a_street_word_is_no_person(nlp, text, entities, persons):
    doc = with_entities(nlp(text), entities)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "persons"), [
    # a given name of two joined by a hyphen, the second of the tables, and a clause on 'whose'
    ("Jean-Pierre Ngono, whose daughter died in August, said he had bought the syrup.", ["Jean-Pierre Ngono"]),
    # and on 'who' after a given name and a surname
    ("Moses Moody, who finished with 14 points, said the team had answered.", ["Moses Moody"]),
    # not a place before a 'whose' clause
    ("Port Harcourt, whose refineries closed in March, said nothing.", []),
])
def test_a_name_the_recogniser_missed_before_a_clause_on_who_or_whose_is_a_person(nlp, text, persons):
    doc = with_entities(nlp(text), [])
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # a given name of the tables taken alone for a nationality, the surname left out
    ("The event was won by Austria's Florian Kofler with flights of 238 and 241 metres.",
     [("Austria", "GPE"), ("Florian", "NORP")], ["Florian Kofler"]),
    # nor any label at all
    ("The event was won by Austria's Florian Kofler with flights of 238 and 241 metres.", [("Austria", "GPE")],
     ["Florian Kofler"]),
    # not a word that is no given name
    ("The event was won by Austria's Alpine Team with flights of 238 and 241 metres.", [("Austria", "GPE")], []),
])
def test_a_given_name_and_a_surname_after_a_countrys_possessive_are_a_person(nlp, text, entities, persons):
    doc = with_entities(nlp(text), entities)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # a surname with a particle joined by a hyphen, labelled apart as a body
    ("Egypt's water minister, Ahmed Fathy el-Sherbiny, said the talks had failed.",
     [("Ahmed Fathy", "PERSON"), ("el-Sherbiny", "ORG")], ["Ahmed Fathy el-Sherbiny"]),
    # one word in small letters is no name, whatever its label
    ("Kerry-Ann McLaughlin keeps the family's belongings in black bin bags.",
     [("Kerry-Ann McLaughlin", "PERSON"), ("bin", "PERSON")], ["Kerry-Ann McLaughlin"]),
])
def test_a_particled_surname_labelled_apart_joins_the_name_and_a_small_word_is_no_name(nlp, text, entities, persons):
    doc = with_entities(nlp(text), entities)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons


@pytest.mark.parametrize(("text", "entities", "persons"), [
    # a name alone on its line with the writer's post: a byline, whichever pass finds the name
    ("Nurses vote to strike\n\nRhiannon Pugh, Wales correspondent\n\nNurses in Wales will strike, Carys Jones "
     "said.", [("Carys Jones", "PERSON")], ["Carys Jones"]),
    # the same words in the writer's sentence: a person
    ("Nurses vote to strike\n\nNurses in Wales will strike, said Rhiannon Pugh, a Wales correspondent for the "
     "union's paper.", [], ["Rhiannon Pugh"]),
])
def test_a_name_with_the_writers_post_alone_on_its_line_is_a_byline(nlp, text, entities, persons):
    doc = with_entities(nlp(text), entities)
    assert [p.name for p in People(doc, lexicon.load()).persons] == persons
