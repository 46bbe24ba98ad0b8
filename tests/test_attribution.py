"""Attribution rules, one construction a row, on sentences written for these tests."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# (text, [(quote, name, role, affiliation, mention, cue), ...])
CONSTRUCTIONS = {
    "quote, X said": (
        '"We will not back down," Maria Lopez said.',
        [("We will not back down,", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "quote, said X": (
        '"We will not back down," said Maria Lopez.',
        [("We will not back down,", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "X said, quote": (
        'Maria Lopez said, "We will not back down."',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "X said: quote": (
        'Maria Lopez said: "We will not back down."',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "a phrase with no verb set in the writer's sentence is partial, though a capital opens it": (
        'The union said in a statement that the move showed "Tesla\'s contempt for American workers."',
        [("Tesla's contempt for American workers.", "union", None, None, "The union", "said")],
    ),
    "an exclamation with no verb set in the writer's sentence is full": (
        'Maria Lopez took the stage and declared "What a night for this city!"',
        [("What a night for this city!", "Maria Lopez", None, None, "Maria Lopez", "declared")],
    ),
    "a tag verb the tagger took for a noun before a colon": (
        'Google denied the claims on Friday.\n\nThe statement from Google read: "Today\'s lawsuit tries to pick '
        'winners and losers."',
        [("Today's lawsuit tries to pick winners and losers.", "Google", None, None, "Google", "read")],
    ),
    "a noun of a reporting verb's form with a determiner before a colon is no tag verb": (
        'Maria Lopez was asked about the plan.\n\nLopez delivered a snappy retort: "No one is tearing this up. We '
        'are going forward."',
        [("No one is tearing this up. We are going forward.", "Maria Lopez", None, None, "Lopez", "delivered")],
    ),
    "a participle after a clause set off by dashes is the main clause's": (
        'Small groups of protesters looped the streets around the stadium - where the Harbor Panthers played the '
        'Vikings - while chanting, "Hands up, do not shoot."',
        [("Hands up, do not shoot.", None, None, None, "Small groups of protesters", "chanting")],
    ),
    "a participle after a clause set off by dashes is not the clause's named subject's": (
        'The marchers circled the square - where the Dunmore Rovers play their games - while chanting, "Safe '
        'staffing saves lives."',
        [("Safe staffing saves lives.", None, None, None, "The marchers", "chanting")],
    ),
    "a partial quote in the next sentence, about what was just said, continues": (
        'Maria Lopez spoke at the rally.\n\n"She has kept the same friends since grade school," Tom Baker has said. '
        'That makes her "by definition a trustworthy, reliable good person."',
        [("She has kept the same friends since grade school,", "Tom Baker", None, None, "Tom Baker", "said"),
         ("by definition a trustworthy, reliable good person.", "Tom Baker", None, None, "Tom Baker", None)],
    ),
    "a partial quote in the next sentence, about something else, does not continue": (
        'Maria Lopez spoke at the rally.\n\n"She has kept the same friends since grade school," Tom Baker has said. '
        'The choice was between going after him as "uniquely unacceptable and unfit" or staying quiet.',
        [("She has kept the same friends since grade school,", "Tom Baker", None, None, "Tom Baker", "said")],
    ),
    "X ..., stating quote": (
        'Maria Lopez answered the critics, stating "We will not back down."',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "stating")],
    ),
    "according to X": (
        'The plan is "a complete and total failure," according to Maria Lopez.',
        [("a complete and total failure,", "Maria Lopez", None, None, "Maria Lopez", "according to")],
    ),
    "split quote keeps its speaker": (
        'Maria Lopez spoke on Monday. "We will not back down," she said, "not this time, not ever."',
        [
            ("We will not back down,", "Maria Lopez", None, None, "she", "said"),
            ("not this time, not ever.", "Maria Lopez", None, None, "she", "said"),
        ],
    ),
    "split quote with a first half too short to return": (
        '"The plan," Maria Lopez said, "is dead and will stay dead."',
        [("is dead and will stay dead.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "lower-case words right after their tag and a comma": (
        'Maria Lopez told reporters on Monday, "in the end it starts to pay off."',
        [("in the end it starts to pay off.", "Maria Lopez", None, None, "Maria Lopez", "told")],
    ),
    "lower-case words after a clause of the writer's and a comma": (
        'Maria Lopez said the plan was, "in a word, finished for good."',
        [("in a word, finished for good.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "continuation paragraph": (
        '"We will not back down," Maria Lopez said.\n"This second paragraph has no tag at all."',
        [
            ("We will not back down,", "Maria Lopez", None, None, "Maria Lopez", "said"),
            ("This second paragraph has no tag at all.", "Maria Lopez", None, None, "Maria Lopez", None),
        ],
    ),
    "quote running over paragraphs": (
        'Maria Lopez said: "We will not back down.\n"Not this time, not ever."',
        [
            ("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "said"),
            ("Not this time, not ever.", "Maria Lopez", None, None, "Maria Lopez", None),
        ],
    ),
    "a new subject breaks the chain": (
        '"We will not back down," Maria Lopez said.\nJohn Smith disagreed with her.\n"This paragraph has no tag at all."',
        [
            ("We will not back down,", "Maria Lopez", None, None, "Maria Lopez", "said"),
            ("This paragraph has no tag at all.", "John Smith", None, None, "John Smith", None),
        ],
    ),
    "a new subject in a clause between the quotes breaks the chain": (
        '"We will not back down," Maria Lopez said.\nAfter John Smith arrived, the mood changed.\n'
        '"This paragraph has no tag at all."',
        [
            ("We will not back down,", "Maria Lopez", None, None, "Maria Lopez", "said"),
            ("This paragraph has no tag at all.", None, None, None, None, None),
        ],
    ),
    "surname resolves to the full name, title learned": (
        'Senator Maria Lopez arrived late. "We will not back down," Lopez said.',
        [("We will not back down,", "Maria Lopez", "Senator", None, "Lopez", "said")],
    ),
    "pronoun resolves, appositive role for X": (
        'Maria Lopez, a spokeswoman for the Pentagon, arrived late. "We will not back down," she said.',
        [("We will not back down,", "Maria Lopez", "spokeswoman", "Pentagon", "she", "said")],
    ),
    "a family name written first, alone, is the person the article named in full": (
        '"The president has betrayed the constitution," said Lee Jae-myung after the vote against '
        'President Yoon Suk Yeol.\n\nYoon apologized in a televised address on Saturday morning. "I '
        'am very sorry," he said.',
        [("The president has betrayed the constitution,", "Lee Jae-myung", None, None, "Lee Jae-myung", "said"),
         ("I am very sorry,", "Yoon Suk Yeol", "President", None, "he", "said")],
    ),
    "a description is the person named first in the next sentence as a speaker": (
        '"My whole ground floor is gone," said Margaret Hughes, 71.\n\nThe prime minister visited the city on Sunday. '
        '"I have seen the devastation for myself," Keir Starmer said.',
        [("My whole ground floor is gone,", "Margaret Hughes", None, None, "Margaret Hughes", "said"),
         ("I have seen the devastation for myself,", "Keir Starmer", "prime minister", None, "Keir Starmer", "said")],
    ),
    "a description is not the person named next with a word of their own before the name": (
        '"He was a good man," said Tom Baker, 71.\n\nThe economics professor was headed to Cairo. "We had called '
        'him before he boarded," fellow professor Omar Hassan said.',
        [("He was a good man,", "Tom Baker", "economics professor", None, "Tom Baker", "said"),
         ("We had called him before he boarded,", "Omar Hassan", "fellow professor", None, "Omar Hassan", "said")],
    ),
    "British single quotes beside a double one": (
        "'We have never seen water this high,' said Margaret Hughes. 'My whole ground floor is gone.'\n\nThe "
        "Environment Agency called the situation \"very serious\". 'This was entirely predictable,' Rachael Maskell "
        "told the Guardian.",
        [("We have never seen water this high,", "Margaret Hughes", None, None, "Margaret Hughes", "said"),
         ("My whole ground floor is gone.", "Margaret Hughes", None, None, "Margaret Hughes", "said"),
         ("This was entirely predictable,", "Rachael Maskell", None, None, "Rachael Maskell", "told")],
    ),
    "'the general' is a general, not an attorney general named since": (
        'Gen. Mark Milley testified on Tuesday. Attorney General Merrick Garland also appeared before the '
        'committee.\n\n"We are ready," the general said.',
        [("We are ready,", "Mark Milley", "General", None, "the general", "said")],
    ),
    "'the general' is a brigadier general": (
        'Brig. Gen. Maria Lopez commands the base. Attorney General Merrick Garland visited it on Tuesday.\n\n"We '
        'are ready," the general said.',
        [("We are ready,", "Maria Lopez", "Brigadier General", None, "the general", "said")],
    ),
    "a word between a full name's first and last, alone, is that person": (
        'Brazilian President Luiz Inácio Lula da Silva met Mexican President Andrés Manuel López Obrador on '
        'Friday.\n\n"We are brothers," Lula said.',
        [("We are brothers,", "Luiz Inácio Lula da Silva", "President", "Brazil", "Lula", "said")],
    ),
    "the last two words of a full name, alone, are that person": (
        'Brazilian President Luiz Inácio Lula da Silva met Mexican President Andrés Manuel López Obrador on '
        'Friday.\n\nLópez Obrador agreed. "Latin America must be united," he said.',
        [("Latin America must be united,", "Andrés Manuel López Obrador", "President", "Mexico", "he", "said")],
    ),
    "an emir's honorific before the given name alone": (
        'Qatar\'s emir, Sheikh Tamim bin Hamad Al Thani, arrived later. "The region needs peace," Sheikh Tamim said.',
        [("The region needs peace,", "Tamim bin Hamad Al Thani", "emir", "Qatar", "Tamim", "said")],
    ),
    "a nationality noun the recogniser took for a body describes the person named before": (
        'LONDON - Carlos Alcaraz won the final on Sunday.\n\n"I am living a dream," the 21-year-old Spaniard said.',
        [("I am living a dream,", "Carlos Alcaraz", None, None, "the 21-year-old Spaniard", "said")],
    ),
    "pronoun agrees in gender with Mr./Mrs.": (
        'Mr. Tom Baker met Mrs. Anna Stone on Friday. "We will not back down," he said.',
        [("We will not back down,", "Tom Baker", None, None, "he", "said")],
    ),
    "unnamed spokesman for an organisation": (
        '"We will not back down," a spokesman for the Pentagon said.',
        [("We will not back down,", None, "spokesman", "Pentagon", "a spokesman for the Pentagon", "said")],
    ),
    "a bare spokesman after an organisation spoke is its spokesman": (
        'Microsoft said on Tuesday that it would cut 1,900 jobs. "We are making difficult decisions," a '
        'spokeswoman said in an email.',
        [("We are making difficult decisions,", None, "spokeswoman", "Microsoft", "a spokeswoman", "said")],
    ),
    "a bare spokesman after an organisation that did not speak in the sentence before is nobody's": (
        'Microsoft said on Tuesday that it would cut 1,900 jobs.\n\nThe cuts fell mostly on the gaming unit, '
        'where morale was already low. "We are making difficult decisions," a spokeswoman said.',
        [("We are making difficult decisions,", None, "spokeswoman", None, "a spokeswoman", "said")],
    ),
    "a bare role that is no spokesman after an organisation spoke is nobody's": (
        'Microsoft said on Tuesday that it would cut 1,900 jobs. "We are scared," an engineer said.',
        [("We are scared,", None, "engineer", None, "an engineer", "said")],
    ),
    "one of a group described before speaks as a member of it": (
        'Three Pentagon officials described the plan on Monday. "It is not ready," one of the officials said.',
        [("It is not ready,", None, "official", "Pentagon", "one of the officials", "said")],
    ),
    "one of them after a group that spoke speaks as a member of it": (
        'Two Republican aides said several senators were wavering. "There is a lot of pressure," one of them '
        'said.',
        [("There is a lot of pressure,", None, "aide", "Republican Party", "one of them", "said")],
    ),
    "one of them after a group of no people is nobody in particular": (
        'The two unions said several contracts had lapsed. "There is a lot of pressure," one of them said.',
        [("There is a lot of pressure,", None, None, None, "one of them", "said")],
    ),
    "a speech noun as the subject of the verb a quote hangs on: came the reply from X": (
        'The vote passed.\n\n"It is over," came the reply from Maria Lopez.',
        [("It is over,", "Maria Lopez", None, None, "Maria Lopez", "reply")],
    ),
    "in the words of X": (
        'The vote passed.\n\nIn the words of Governor Jane Roe, "This state will not be bullied."',
        [("This state will not be bullied.", "Jane Roe", "Governor", None, "Jane Roe", "In the words of")],
    ),
    "a noun that is no speech noun before a quote gives it no one of its 'of'": (
        'Maria Lopez spoke first.\n\nAt the request of Tom Baker, "We will not back down."',
        [("We will not back down.", None, None, None, None, None)],
    ),
    "the statement refers back past another 'the statement' that says no more": (
        'Maria Lopez said in a statement that the plan was dead.\n\nAccording to the statement, the vote was 9-4. '
        '"We will not back down," the statement added.',
        [("We will not back down,", "Maria Lopez", None, None, "the statement", "added")],
    ),
    "a place's body, its owner written before it": (
        '"Most of the victims were civilians," Lebanon\'s health ministry said.',
        [("Most of the victims were civilians,", "Lebanon's health ministry", None, None, "Lebanon's health ministry",
          "said")],
    ),
    "'it' after a place's body": (
        'Lebanon\'s health ministry said 12 people were killed. "Most of the victims were civilians," it said.',
        [("Most of the victims were civilians,", "Lebanon's health ministry", None, None, "it", "said")],
    ),
    "'the ministry' after a place's body": (
        'Lebanon\'s health ministry said 12 people were killed. "Most of the victims were civilians," the ministry '
        'said.',
        [("Most of the victims were civilians,", "Lebanon's health ministry", None, None, "the ministry", "said")],
    ),
    "'the air force' after a place's air force": (
        'Ukraine\'s air force said it had shot down 45 drones.\n\n"The enemy keeps hitting our power plants," '
        'the air force said.\n\nThe drones came from the south. "Our crews worked through the night," the air '
        'force added.',
        [("The enemy keeps hitting our power plants,", "Ukraine's air force", None, None, "the air force", "said"),
         ("Our crews worked through the night,", "Ukraine's air force", None, None, "the air force", "added")],
    ),
    "a body noun's phrase that ends no earlier body's name is that phrase": (
        'Ukraine\'s air force said it had shot down 45 drones.\n\n"We call for calm on both sides," the police '
        'force said.',
        [("We call for calm on both sides,", "police force", None, None, "the police force", "said")],
    ),
    "a place's paper is no body noun's: its name alone": (
        '"Gun owners should leave their weapons at home," Cleveland\'s Plain Dealer opined on Friday.',
        [("Gun owners should leave their weapons at home,", "Plain Dealer", None, None, "Plain Dealer", "opined")],
    ),
    "organisation as speaker": (
        '"We will not back down," the Pentagon said in a statement.',
        [("We will not back down,", "Pentagon", None, None, "Pentagon", "said")],
    ),
    "body noun as speaker": (
        '"We will not back down," the ministry said in a statement.',
        [("We will not back down,", "ministry", None, None, "the ministry", "said")],
    ),
    "title with nationality": (
        '"We will not back down," German Foreign Minister Annalena Baerbock said.',
        [("We will not back down,", "Annalena Baerbock", "Foreign Minister", "Germany", "Annalena Baerbock", "said")],
    ),
    "title with organisation": (
        'White House Press Secretary Karine Jean-Pierre spoke. "We will not back down," Jean-Pierre said.',
        [("We will not back down,", "Karine Jean-Pierre", "Press Secretary", "White House", "Jean-Pierre", "said")],
    ),
    "a body noun opening a sentence before a title is part of the title, no body's name": (
        'The city council voted 7-2 on Monday.\n\nCouncil member Rosa Delgado sponsored the ban. "It is a good day '
        'for the city," Delgado said.',
        [("It is a good day for the city,", "Rosa Delgado", "Council member", None, "Delgado", "said")],
    ),
    "a party is the national one, not a state party the article names": (
        'The South Carolina Democratic Party hosted the debate. Democratic front-runner Ann Ruiz spoke. "We will '
        'win," Ruiz said.',
        [("We will win,", "Ann Ruiz", None, "Democratic Party", "Ruiz", "said")],
    ),
    "a party is the state party the article names where the title names the state": (
        'On Thursday, the Republican Party of Wyoming announced that she was not coming.\n\n"The campaign has '
        'informed the Wyoming Republican Party that she will not attend," the party said.\n\n"The process favors '
        'people who show up," Wyoming GOP chairman Tom Baker said.',
        [("The campaign has informed the Wyoming Republican Party that she will not attend,",
          "Republican Party of Wyoming", None, None, "the party", "said"),
         ("The process favors people who show up,", "Tom Baker", "Wyoming chairman", "Wyoming Republican Party",
          "Tom Baker", "said")],
    ),
    "a possessive after a word ending in s, with a curly mark alone": (
        'Tom Sanders spoke on Monday.\n\n“We are going to win,” Sanders’ campaign manager, Jeff Weaver, said.',
        [("We are going to win,", "Jeff Weaver", "campaign manager", "Sanders", "Jeff Weaver", "said")],
    ),
    "a body noun's possessive stands for the name it stood after, with another body named between": (
        'The Machinists union, which represents 33,000 Boeing workers, said the cuts were "a scare tactic meant to '
        'break the strike." Jon Holden, the union\'s district president, said members would not be intimidated. '
        '"We are not going anywhere," Holden said.',
        [("a scare tactic meant to break the strike.", "Machinists union", None, None, "The Machinists union",
          "said"),
         ("We are not going anywhere,", "Jon Holden", "district president", "Machinists union", "Holden", "said")],
    ),
    "a body noun opening a title does not stand for a name it stood after": (
        'The Sanders campaign sent a letter on Monday. Hillary Clinton answered it on Tuesday.\n\n"We disagree with '
        'every word of it," said campaign chairman John Podesta.',
        [("We disagree with every word of it,", "John Podesta", "campaign chairman", None, "John Podesta", "said")],
    ),
    "abbreviated title and party tag": (
        '"We will not back down," Sen. Tim Kaine (D-Va.) said.',
        [("We will not back down,", "Tim Kaine", "Senator", "Democratic Party", "Tim Kaine", "said")],
    ),
    "dash tag": (
        '"We will not back down." ― Maria Lopez',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "―")],
    ),
    "partial quote under its governing verb": (
        'Maria Lopez called the plan "a complete and total failure" on Monday.',
        [("a complete and total failure", "Maria Lopez", None, None, "Maria Lopez", "called")],
    ),
    "tag in the previous sentence": (
        'Maria Lopez was blunt on Monday. The plan failed, she added on Twitter. "The city risks a lot now."',
        [("The city risks a lot now.", "Maria Lopez", None, None, "she", "added")],
    ),
    "speaker label before a colon": (
        'LOPEZ: "We will not back down, not this time."',
        [("We will not back down, not this time.", "LOPEZ", None, None, "LOPEZ", None)],
    ),
    "From a person, a colon, the quote": (
        'The mayor wrote back on Friday. From Maria Lopez: "We are reviewing the decision and will respond next week."',
        [("We are reviewing the decision and will respond next week.", "Maria Lopez", None, None, "Maria Lopez",
          None)],
    ),
    "From a body, a colon, the quote": (
        'From the White House: "We are reviewing the decision and will respond next week."',
        [("We are reviewing the decision and will respond next week.", "White House", None, None, "White House",
          None)],
    ),
    "From a person, a verb that only sets the words there, a colon, the quote": (
        '"This is a trial that should never have been brought," Mr. Lee said.\n\nFrom Alvin Bragg, the district '
        'attorney, there was only a brief statement: "We look forward to trial next month."',
        [("This is a trial that should never have been brought,", "Lee", None, None, "Lee", "said"),
         ("We look forward to trial next month.", "Alvin Bragg", "district attorney", None, "Alvin Bragg", None)],
    ),
    "From a body, 'came', a colon, the quote": (
        'The mayor spoke first. From the White House came a short statement: "We are monitoring the situation."',
        [("We are monitoring the situation.", "White House", None, None, "White House", None)],
    ),
    "From a body, another verb, a colon, the quote is the verb's subject's": (
        'From the White House, Maria Lopez sent a short note: "We are monitoring the situation."',
        [("We are monitoring the situation.", "Maria Lopez", None, None, "Maria Lopez", "sent")],
    ),
    "From a body a common noun names, a colon, the quote": (
        'Maria Lopez is the mayor. From her office: "We are reviewing the decision and will respond next week."',
        [("We are reviewing the decision and will respond next week.", "Lopez office", None, None, "her office",
          None)],
    ),
    "From a body with a relative clause, a colon, the quote": (
        'The ship docked on Monday. From the charity that runs the ship: "People on board are exhausted."',
        [("People on board are exhausted.", "charity", None, None, "the charity", None)],
    ),
    "straight single quotes as the only marks: a split quote and a colon": (
        "Maria Lopez spoke on Monday. 'We made a promise,' she told reporters, 'and we will keep it.' She added: "
        "'That is not negotiable.'",
        [("We made a promise,", "Maria Lopez", None, None, "she", "told"),
         ("and we will keep it.", "Maria Lopez", None, None, "she", "told"),
         ("That is not negotiable.", "Maria Lopez", None, None, "She", "added")],
    ),
    "according to a role, a name set off by commas the parse hung elsewhere": (
        'According to the mayor, Tom Baker, the plan is "the best deal the city has ever made."',
        [("the best deal the city has ever made.", "Tom Baker", "mayor", None, "Tom Baker", "According to")],
    ),
    "according to a role, a name after it with no comma to close it is someone else": (
        'According to the mayor, Tom Baker broke "every promise he ever made to the city."',
        [("every promise he ever made to the city.", None, "mayor", None, "the mayor", "According to")],
    ),
    "a body's role and name, the parse making the body the subject": (
        'Democratic Party of Georgia chairwoman Maria Lopez called the decision "the right call for the state."',
        [("the right call for the state.", "Maria Lopez", "chairwoman", "Georgia", "Maria Lopez", "called")],
    ),
    "a body joined to a name with no role before it stays the subject": (
        'The Harbor Party of Dunmore and Maria Lopez called the decision "the right call for the state."',
        [("the right call for the state.", "Harbor Party of Dunmore", None, None, "Harbor Party of Dunmore",
          "called")],
    ),
    "a title's body of two names joined by 'of'": (
        'Harbor Party of Dunmore chairwoman Maria Lopez called the decision "the right call for the state."',
        [("the right call for the state.", "Maria Lopez", "chairwoman", "Harbor Party of Dunmore", "Maria Lopez",
          "called")],
    ),
    "an epithet by a sport's position refers back to the person: the All-Star guard": (
        'Tom Baker, who had 31 points for Dunmore, shrugged off the loss. "It\'s one game," the All-Star guard '
        'said.',
        [("It's one game,", "Tom Baker", "All-Star guard", None, "the All-Star guard", "said")],
    ),
    'reporting verb: told': (
        '"We will not back down," Maria Lopez told reporters.',
        [('We will not back down,', 'Maria Lopez', None, None, 'Maria Lopez', 'told')],
    ),
    'reporting verb: added': (
        '"We will not back down," Maria Lopez added.',
        [('We will not back down,', 'Maria Lopez', None, None, 'Maria Lopez', 'added')],
    ),
    'reporting verb: wrote on Twitter': (
        '"We will not back down," Maria Lopez wrote on Twitter.',
        [('We will not back down,', 'Maria Lopez', None, None, 'Maria Lopez', 'wrote')],
    ),
    'reporting verb: tweeted': (
        '"We will not back down," Maria Lopez tweeted.',
        [('We will not back down,', 'Maria Lopez', None, None, 'Maria Lopez', 'tweeted')],
    ),
    'reporting verb: warned, with a colon': (
        'Maria Lopez warned: "We will not back down."',
        [('We will not back down.', 'Maria Lopez', None, None, 'Maria Lopez', 'warned')],
    ),
    'reporting verb: insisted that, a partial quote': (
        'Maria Lopez insisted that the city "will not back down, not this time."',
        [('will not back down, not this time.', 'Maria Lopez', None, None, 'Maria Lopez', 'insisted')],
    ),
    'reporting verb: stated': (
        'Maria Lopez stated, "We will not back down."',
        [('We will not back down.', 'Maria Lopez', None, None, 'Maria Lopez', 'stated')],
    ),
    'X said in an interview with Y': (
        '"We will not back down," Maria Lopez said in an interview with the Harbor Gazette.',
        [('We will not back down,', 'Maria Lopez', None, None, 'Maria Lopez', 'said')],
    ),
    "X's statement said": (
        'Maria Lopez\'s statement said: "We will not back down, not this time."',
        [('We will not back down, not this time.', 'Maria Lopez', None, None, 'Maria Lopez', 'said')],
    ),
    "a body's title before the name: Kremlin spokesman": (
        '"We will not back down," Kremlin spokesman Dmitry Peskov told reporters.',
        [('We will not back down,', 'Dmitry Peskov', 'spokesman', 'Kremlin', 'Dmitry Peskov', 'told')],
    ),
    "an acronym that spells a word, as the body in a title: WHO chief": (
        '"The risk is high," said WHO chief Tedros Adhanom Ghebreyesus.',
        [('The risk is high,', 'Tedros Adhanom Ghebreyesus', 'chief', 'WHO', 'Tedros Adhanom Ghebreyesus', 'said')],
    ),
    "an acronym that spells a word, as the body of an unnamed speaker": (
        '"The risk is high," a WHO spokesperson said in Geneva.',
        [('The risk is high,', None, 'spokesperson', 'WHO', 'a WHO spokesperson', 'said')],
    ),
    "a body's title before the name: Senate Majority Leader": (
        '"We will not back down," Senate Majority Leader Chuck Schumer said.',
        [('We will not back down,', 'Chuck Schumer', 'Majority Leader', 'Senate', 'Chuck Schumer', 'said')],
    ),
    'said X, the chief executive of Y': (
        '"We will not back down," said Maria Lopez, the chief executive of Acme Corp.',
        [('We will not back down,', 'Maria Lopez', 'chief executive', 'Acme Corp.', 'Maria Lopez', 'said')],
    ),
    "a headline with its byline is no quote; the excerpt after it is the writer's": (
        'READS—"Port board weighs a backup plan for the harbor," by the Gazette\'s Ann Ruiz: "The board met on '
        'Monday and agreed to nothing at all."',
        [("The board met on Monday and agreed to nothing at all.", "Ann Ruiz", None, "Gazette", "Ann Ruiz", None)],
    ),
    "a verb in a headline with its byline is no cue": (
        'READS—"Harbor board accused of hiding the budget," by the Gazette\'s Ann Ruiz: "A dock worker is suing '
        'the board, claiming it hid the figures."',
        [("A dock worker is suing the board, claiming it hid the figures.", "Ann Ruiz", None, "Gazette", "Ann Ruiz",
          None)],
    ),
    "clause subject before a colon": (
        'Maria Lopez made the following comment: "We will not back down."',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "made")],
    ),
    "speech noun with a possessor": (
        'Maria Lopez arrived. Critics doubted Lopez\'s claim that the plan was "a complete and total failure" today.',
        [("a complete and total failure", "Maria Lopez", None, None, "Lopez", "claim")],
    ),
    "participle after a name": (
        'The ad shows footage of Maria Lopez asking, "Why are we not winning this race?"',
        [("Why are we not winning this race?", "Maria Lopez", None, None, "Maria Lopez", "asking")],
    ),
    "organisation pronoun": (
        'The Pentagon issued a warning on Monday. It called the plan "a complete and total failure."',
        [("a complete and total failure.", "Pentagon", None, None, "It", "called")],
    ),
    "tag parsed apart after an exclamation": (
        '"This is a big year for all of us!" Maria Lopez, the mayor of the city, shouted to the crowd.',
        [("This is a big year for all of us!", "Maria Lopez", "mayor", "city", "Maria Lopez", "shouted")],
    ),
    "partial quote nobody said is not returned": (
        'The program needs a "targeted employment area" to qualify for the visas.',
        [],
    ),
    "relative clause": (
        'Maria Lopez, who said "we will not back down," left early.',
        [("we will not back down,", "Maria Lopez", None, None, "who", "said")],
    ),
    "relative clause after an inverted tag": (
        '"It is fine," said Tom Baker, who said voters often forget that there are "no easy answers in politics."',
        [
            ("It is fine,", "Tom Baker", None, None, "Tom Baker", "said"),
            ("no easy answers in politics.", "Tom Baker", None, None, "who", "said"),
        ],
    ),
    "relative clause on a role in apposition": (
        '"We are ready," said Tom Baker, the Harbor Council\'s chief strategist, who added that his team plans to '
        'focus on local races "like people are running for mayor."',
        [
            ("We are ready,", "Tom Baker", "chief strategist", "Harbor Council", "Tom Baker", "said"),
            ("like people are running for mayor.", "Tom Baker", "chief strategist", "Harbor Council", "who", "added"),
        ],
    ),
    "the second of two coordinated relative clauses": (
        'The rally was for Maria Lopez, who is running for mayor and who worked the crowd, praising "the grit of '
        'this harbor town" as she spoke.',
        [("the grit of this harbor town", "Maria Lopez", None, None, "who", "praising")],
    ),
    "a common noun named by a participle": (
        'The mayor was rallying for a 70-year-old teacher named Tom Baker, who is running for the council and '
        'who worked the crowd, praising "the grit of this harbor town" as he spoke.',
        [("the grit of this harbor town", "Tom Baker", "teacher", None, "who", "praising")],
    ),
    "the noun a participle names someone by is their role": (
        'Her neighbor, a retired firefighter named Carl Mendez, disagreed. "We have seen worse," he said.',
        [("We have seen worse,", "Carl Mendez", "retired firefighter", None, "he", "said")],
    ),
    "a noun 'called' someone is the one who calls, however the parse hangs the verb": (
        'Tom Baker ran the port for years. One lawmaker called Baker "the worst harbor master in the state."',
        [("the worst harbor master in the state.", None, "lawmaker", None, "One lawmaker", "called")],
    ),
    "phrasal reporting verb": (
        '"You know, it happens all the time," Maria Lopez went on.',
        [("You know, it happens all the time,", "Maria Lopez", None, None, "Maria Lopez", "went on")],
    ),
    "a phrasal verb's word with an object of its own is a preposition, not a cue": (
        'By contrast, Sen. Ana Ruiz said that once the House goes on break, “I plan to visit every county I can '
        'reach, and help where I am asked.”',
        [("I plan to visit every county I can reach, and help where I am asked.", "Ana Ruiz", "Senator", None,
          "Ana Ruiz", "said")],
    ),
    "common noun with the name in apposition": (
        'Another critic, Maria Lopez, called the plan "a complete and total failure" on Monday.',
        [("a complete and total failure", "Maria Lopez", None, None, "Maria Lopez", "called")],
    ),
    "definite description resolved to the person it describes": (
        'Bernie Sanders spoke in Ohio. "We will not back down," the Vermont senator said.',
        [("We will not back down,", "Bernie Sanders", "senator", "Vermont", "the Vermont senator", "said")],
    ),
    "quoted show title after the cue is not the speaker": (
        '"We will not back down," Maria Lopez, a top aide, said on Channel 9\'s "Good Morning Harbor."',
        [('We will not back down,', 'Maria Lopez', 'top aide', None, 'Maria Lopez', 'said')],
    ),
    "two subjects, the name speaks": (
        'Taxes were paid ― as was true for years ― Maria Lopez boasted, "That makes me very smart."',
        [("That makes me very smart.", "Maria Lopez", None, None, "Maria Lopez", "boasted")],
    ),
    "honorific and surname of a named person": (
        'Charlie King spoke first. "We will not back down," said Mr. King, smiling.',
        [("We will not back down,", "Charlie King", None, None, "Mr. King", "said")],
    ),
    "organisation by its fullest name": (
        'The United Nations Security Council met on Friday. "We will not back down," the Security Council said.',
        [("We will not back down,", "United Nations Security Council", None, None, "Security Council", "said")],
    ),
    "a name parsed as the root breaks the chain": (
        '"We will not back down," Maria Lopez said.\n\nTom Baker, the head of the rowing club at Harbor '
        'College, compared Lopez to a captain in a storm who is "steering the crew hard" in hopes of a win.',
        [('We will not back down,', 'Maria Lopez', None, None, 'Maria Lopez', 'said')],
    ),
    "a description by an office is not someone set beside a word for a relative or a resident": (
        '"I just want my kids to be safe," said Maria Lopez, a mother of three.\n\nThe judge\'s order takes '
        'effect on Monday, the court clerk\'s office said. "It will help," Lopez added.',
        [("I just want my kids to be safe,", "Maria Lopez", None, None, "Maria Lopez", "said"),
         ("It will help,", "Maria Lopez", None, None, "Lopez", "added")],
    ),
    "a description of a former office is not whoever holds the office now": (
        'President Barack Obama visited Ohio on Monday.\n\nBill Clinton campaigned in Brooklyn on Tuesday. "We '
        'will win this state," the former president said.',
        [("We will win this state,", "Bill Clinton", "former president", None, "the former president", "said")],
    ),
    "description of someone who already has a role": (
        'Senator Bernie Sanders spoke in Ohio. "We will not back down," the Vermont politician said.',
        [("We will not back down,", "Bernie Sanders", "Senator", None, "the Vermont politician", "said")],
    ),
    "transcript label inside the quote": (
        'Fox News host Chris Wallace spoke with Maria Lopez.\n\n"WALLACE: Let us start with the breaking news.\n\n'
        '"LOPEZ: Well, the question really should be asked."',
        [("WALLACE: Let us start with the breaking news.", "Chris Wallace", "host", "Fox News", "WALLACE", None),
         ("LOPEZ: Well, the question really should be asked.", "Maria Lopez", None, None, "LOPEZ", None)],
    ),
    "a label that names nobody is no speaker": (
        'The clip was shown on Monday.\n\n"VIDEO: Nothing but rain again today."',
        [("VIDEO: Nothing but rain again today.", None, None, None, None, None)],
    ),
    "a label that names nobody still ends the previous speaker's turn": (
        'Maria Lopez spoke on the radio on Monday.\n\n"LOPEZ: We will rebuild every pier this year."\n\n'
        '"HOST: But who will pay for all of it, Mayor?"',
        [("LOPEZ: We will rebuild every pier this year.", "Maria Lopez", None, None, "LOPEZ", None),
         ("HOST: But who will pay for all of it, Mayor?", None, None, None, None, None)],
    ),
    "a label that opens several turns names its speaker": (
        'Maria Lopez spoke on the radio on Monday.\n\n"BAKER: Who will pay for the piers?\n\n'
        '"LOPEZ: The harbor will pay.\n\n"BAKER: And when?"',
        [("BAKER: Who will pay for the piers?", "BAKER", None, None, "BAKER", None),
         ("LOPEZ: The harbor will pay.", "Maria Lopez", None, None, "LOPEZ", None),
         ("BAKER: And when?", "BAKER", None, None, "BAKER", None)],
    ),
    "a label the article writes in lower case is no name": (
        'The video was shown on Monday.\n\n"VIDEO: Nothing but rain again today.\n\n"VIDEO: More rain again tomorrow."',
        [("VIDEO: Nothing but rain again today.", None, None, None, None, None),
         ("VIDEO: More rain again tomorrow.", None, None, None, None, None)],
    ),
    "a role noun opening several turns is no name": (
        'Maria Lopez spoke on the radio.\n\n"HOST: Who will pay for the piers?\n\n'
        '"LOPEZ: The harbor will pay.\n\n"HOST: And when will it pay?"',
        [("HOST: Who will pay for the piers?", None, None, None, None, None),
         ("LOPEZ: The harbor will pay.", "Maria Lopez", None, None, "LOPEZ", None),
         ("HOST: And when will it pay?", None, None, None, None, None)],
    ),
    "what a sentence says the speaker is": (
        'Tom Baker is the mayor of Dunmore.\n\n"We will not back down," Baker said.',
        [("We will not back down,", "Tom Baker", "mayor", "Dunmore", "Baker", "said")],
    ),
    "a definite description of what a sentence said someone is": (
        'Maria Lopez is the mayor. Tom Baker is her deputy.\n\n"We will not back down," the mayor said.',
        [("We will not back down,", "Maria Lopez", "mayor", None, "the mayor", "said")],
    ),
    "what a quoted sentence says someone is gives no role": (
        'Maria Lopez spoke on Monday. "We tried. Tom Baker is a failed leader. We will win," she said.\n\n'
        '"We will not back down," Baker said.',
        [("We tried. Tom Baker is a failed leader. We will win,", "Maria Lopez", None, None, "she", "said"),
         ("We will not back down,", "Tom Baker", None, None, "Baker", "said")],
    ),
    "left-over markup against the speaker's name": (
        'The claim checks out.">Lopez said that for young workers, "the real rate is 51 percent."',
        [("the real rate is 51 percent.", "Lopez", None, None, "Lopez", "said")],
    ),
    "'the statement' after someone said something in a statement": (
        'Maria Lopez said in a statement that the harbor would reopen. "We are proud of the crews," the statement '
        'added.',
        [("We are proud of the crews,", "Maria Lopez", None, None, "the statement", "added")],
    ),
    "'the statement' after a statement issued by a body": (
        'A statement issued by the Dunmore Harbor Authority was brief. "We are proud of the crews," the statement '
        'said.',
        [("We are proud of the crews,", "Dunmore Harbor Authority", None, None, "the statement", "said")],
    ),
    "'who X called': the name after the relative pronoun speaks": (
        'Most of Lopez’s anger was aimed at Baker, who Lopez on Friday called “a reckless, shameless harbor '
        'boss.”',
        [("a reckless, shameless harbor boss.", "Lopez", None, None, "Lopez", "called")],
    ),
    "a description inside a quote gives the speaker no role": (
        'Of the plan, Ortiz, who once ran the port authority, said, “It is flat-out reckless. I think the mayor means '
        'well, but the plan is totally hollow.”',
        [("It is flat-out reckless. I think the mayor means well, but the plan is totally hollow.", "Ortiz", None,
          None, "Ortiz", "said")],
    ),
    "no attribution at all": (
        '"Nothing but rain today." The weather turned cold.',
        [("Nothing but rain today.", None, None, None, None, None)],
    ),
    "reporting verb above the verb that governs the quote": (
        'The Pentagon said that the senator supports "a complete and total failure" of the plan.',
        [("a complete and total failure", "Pentagon", None, None, "Pentagon", "said")],
    ),
    "a quote inside someone's reported speech is the reporter's": (
        'Maria Lopez said that Senator John Baker described the plan as "a complete and total failure" of leadership.',
        [("a complete and total failure", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "a quote in what someone else called it is theirs": (
        'Maria Lopez denounced what Senator John Baker called "a complete and total failure" of leadership.',
        [("a complete and total failure", "John Baker", "Senator", None, "John Baker", "called")],
    ),
    "a quote in what someone else described is theirs, under a reporting verb": (
        'Maria Lopez said she rejects what the mayor described as "a plan for nobody but the developers."',
        [("a plan for nobody but the developers.", None, "mayor", None, "the mayor", "described")],
    ),
    "a pronoun in what it called a quote is the speaker above": (
        'Maria Lopez denounced what she called "a complete and total failure" of leadership.',
        [("a complete and total failure", "Maria Lopez", None, None, "Maria Lopez", "denounced")],
    ),
    "a dateline the parse made a subject is no speaker": (
        'SAN FRANCISCO — Shares of Acme Corp. fell 14 percent on Thursday after the company cut its forecast, '
        'citing "softer than expected demand" from customers.',
        [("softer than expected demand", "Acme Corp.", None, None, "the company", "cut")],
    ),
    "a dateline with its country, tagged a body, is no speaker": (
        'MANCHESTER, England — Shares of Acme Corp. fell on Thursday after the company cut its forecast, citing '
        '"softer than expected demand" from customers.',
        [("softer than expected demand", "Acme Corp.", None, None, "the company", "cut")],
    ),
    "a dateline is no body a noun refers back to": (
        'MANCHESTER, England — Manchester United sacked manager Erik Dahl on Monday, a day after a 3-0 home defeat '
        'to Everton left the club 14th in the Premier League.\n\n"The board has decided that a change is needed," '
        'the club said in a statement on its website.',
        [("The board has decided that a change is needed,", "club", None, None, "the club", "said")],
    ),
    "whom an unnamed source speaks to is not its body": (
        'Another intelligence source speaking to Harbor News said, "The agents are looking into both cases."',
        [("The agents are looking into both cases.", None, None, None, "Another intelligence source", "said")],
    ),
    "someone unnamed by a tie to a person speaks": (
        'He had worked for the port since 2004, the authority said on Monday. A neighbor referred to him as "the '
        'kindest man on the whole street" in a post online.',
        [("the kindest man on the whole street", None, "neighbor", None, "A neighbor", "referred")],
    ),
    "of two joined tags in the sentence before, the later speaks next": (
        '"Tell her I promised you a picture," Maria Lopez said, and her husband cut in. "Do not forget her '
        'husband Tom. I have been friends with her since high school."',
        [("Tell her I promised you a picture,", "Maria Lopez", None, None, "Maria Lopez", "said"),
         ("Do not forget her husband Tom. I have been friends with her since high school.", None,
          "Maria Lopez's husband", None, "her husband", "cut in")],
    ),
    "a statement from a body a common noun names speaks for that body": (
        'Maria Lopez spoke on Monday. "The bill is dead on arrival," said a statement from her office.',
        [("The bill is dead on arrival,", "Lopez office", None, None, "a statement from her office", "said")],
    ),
    "the company is the one named before by its legal form": (
        'Shares of Acme Corp. fell 14 percent on Thursday after it cut its forecast.\n\n"We are disappointed with '
        'the quarter," the company said in a statement.',
        [("We are disappointed with the quarter,", "Acme Corp.", None, None, "the company", "said")],
    ),
    "the firm's officer works for the company named before by its legal form": (
        'Shares of Acme Corp. fell 14 percent on Thursday.\n\nThe firm\'s finance chief, Mark Delacroix, said the '
        'slowdown was "concentrated in a handful of very large deals."',
        [("concentrated in a handful of very large deals.", "Mark Delacroix", "finance chief", "Acme Corp.",
          "Mark Delacroix", "said")],
    ),
    "a tag sentence after a question closing two quotes": (
        '“After the flood reached the school and the principal saw the damage, his only question was, ‘Who '
        'needs a ride home, and where are the blankets?’” Carlos Mendes told reporters during Friday’s '
        'briefing.',
        [('After the flood reached the school and the principal saw the damage, his only question was, ‘Who '
          'needs a ride home, and where are the blankets?’',
          'Carlos Mendes', None, None, 'Carlos Mendes', 'told')],
    ),
    "a partial quote that is its sentence but for a connective continues the speaker": (
        '“Nobody here thinks it is now or never,” Carlos Mendes said outside the hall. But “the bid is '
        'stronger with a nod from the governor.”',
        [('Nobody here thinks it is now or never,', 'Carlos Mendes', None, None, 'Carlos Mendes', 'said'),
         ('the bid is stronger with a nod from the governor.', 'Carlos Mendes', None, None, 'Carlos Mendes', None)],
    ),
    "a no-break space between the close mark and an inverted tag": (
        '“If someone asks why the audit took so long, these files are the whole answer,”\xa0added Mendes.',
        [('If someone asks why the audit took so long, these files are the whole answer,',
          'Mendes', None, None, 'Mendes', 'added')],
    ),
    "a document or body governing a partial quote speaks": (
        'The new Harbor Workers Union ad attacks a "broken pension system that leaves retired dockers without '
        'a safety net."',
        [('broken pension system that leaves retired dockers without a safety net.',
          'Harbor Workers Union', None, None, 'The new Harbor Workers Union ad', 'attacks')],
    ),
    "the passive subject of a reporting verb is what was described, not who spoke": (
        'Carlos Mendes said the scheme has been described as a "shortcut to residency" for the wealthy.',
        [('shortcut to residency', 'Carlos Mendes', None, None, 'Carlos Mendes', 'said')],
    ),
    "a long partial quote nobody is said to have said is still returned": (
        'Critics fear the funds were coming from "shell companies, offshore trusts or other hidden sources of '
        'cash." The "priority zone" label stays.',
        [('shell companies, offshore trusts or other hidden sources of cash.', None, None, None, None, None)],
    ),
    "a headline, a dash, then the name before the colon": (
        'DOCKERS WANT STABLE HOURS MORE THAN HIGHER PAY - Carlos Mendes: “We learned that the workers most '
        'likely to stay were the ones with steady shifts.”',
        [('We learned that the workers most likely to stay were the ones with steady shifts.',
          'Carlos Mendes', None, None, 'Carlos Mendes', None)],
    ),
    "a sentence, a dash, then a body the tagger missed before the colon": (
        'Turnout figures are especially unreliable - Harbor Research: “All the surveys we checked counted more '
        'regular voters than the rolls would suggest.”',
        [('All the surveys we checked counted more regular voters than the rolls would suggest.',
          'Harbor Research', None, None, 'Harbor Research', None)],
    ),
    "cue with no subject in the parse, a role nearer than a name": (
        'Carlos Mendes proposed a ban. The plan led the state assembly to hold a hearing in March on whether '
        'to ban Mendes; one lawmaker called Mendes "the loudest salesman of empty promises in the county." But '
        'the ban never came.',
        [('the loudest salesman of empty promises in the county.', None, 'lawmaker', None, 'one lawmaker', 'called')],
    ),
    "a long tag that opens with a name": (
        'Carlos Mendes praised Ana Ruiz.\n\n“Good point, a really good point from this lady,” Mendes, the 2020 '
        'Republican front-runner for governor and current poll leader in Ohio by a large lead since taking the '
        'Michigan contests, said when Ruiz asked him about the port.',
        [('Good point, a really good point from this lady,', 'Carlos Mendes', None, None, 'Mendes', 'said')],
    ),
    "a document speaks for whoever put it out": (
        'To win over investors, Carlos Mendes released a promotional video that said, "Our harbor will be the '
        'envy of the whole coast."',
        [('Our harbor will be the envy of the whole coast.', 'Carlos Mendes', None, None, 'Carlos Mendes', 'said')],
    ),
    "a caption speaks for whoever added it": (
        'Maria Lopez posted a photo of the march on Sunday. Lopez added a caption which reads, “The square has '
        'never been this full in all my years here.”',
        [('The square has never been this full in all my years here.', 'Maria Lopez', None, None, 'Lopez', 'reads')],
    ),
    "a body named short by the name it had in full before": (
        'The company was founded in June 2006 from a spinoff of the oil drilling giant Brannock Energy.\n\nIn '
        'a statement, Brannock said: "The company was doing very well when it became a separate business."',
        [('The company was doing very well when it became a separate business.',
          'Brannock Energy', None, None, 'Brannock', 'said')],
    ),
    "a participle hung on a clause of time belongs to the main clause": (
        'Senator Ana Ruiz won her primary on Tuesday.\n\n"I think we need her back in the Senate," Carlos '
        'Mendes said during a segment on his radio hour after the first-term senator comfortably won her '
        'Senate primary, noting that while there are "still a few voters angry over the parking reform," she '
        'already "paid a very steep political price in this primary."',
        [('I think we need her back in the Senate,', 'Carlos Mendes', None, None, 'Carlos Mendes', 'said'),
         ('still a few voters angry over the parking reform,', 'Carlos Mendes', None, None, 'Carlos Mendes', 'noting'),
         ('paid a very steep political price in this primary.',
          'Carlos Mendes', None, None, 'Carlos Mendes', 'noting')],
    ),
    "cue with no subject in the parse, a verb's object nearer than the subject": (
        'Ana Ruiz spoke about Carlos Mendes, the Texan, on Friday.\n\nFor weeks, Ruiz had warmly praised '
        'Mendes, saying it helped to have the Texan on the ticket and scolding the press for "the endless '
        'sniping" of setting candidates against one another.',
        [('the endless sniping', 'Ana Ruiz', None, None, 'Ruiz', 'scolding')],
    ),
    "partial quotes joined by 'and' share the first one's speaker and cue": (
        'Tom was half asleep again, and as Ana Ruiz went on about “how the budget is rigged,” and “forgotten '
        'harbor towns” and “our own hard-working neighbors,” Linda said yes, yes, yes, again and again.',
        [('how the budget is rigged,', 'Ana Ruiz', None, None, 'Ana Ruiz', 'went on'),
         ('forgotten harbor towns', 'Ana Ruiz', None, None, 'Ana Ruiz', 'went on'),
         ('our own hard-working neighbors,', 'Ana Ruiz', None, None, 'Ana Ruiz', 'went on')],
    ),
    "a quote after a sentence about a named person, with no reporting verb": (
        "On Sunday, Sen. Ana Ruiz, who lost the primary to Mendes, identified students' fatigue with tuition "
        'hikes as one of the reasons to back Mendes. "Our students are tired of paying more every single year '
        'for less."',
        [('Our students are tired of paying more every single year for less.',
          'Ana Ruiz', 'Senator', None, 'Ana Ruiz', None)],
    ),
    "a clause of a document speaks as the document": (
        'One such document, seen by the newspaper, contains a "no-contact" clause that requires drivers to '
        'promise "for the length of the season and for two years after" to keep quiet.',
        [('for the length of the season and for two years after', None, None, None, 'One such document', 'promise')],
    ),
    "a partial quote in a clause of reason is the main clause's subject's": (
        'On Monday, Maria Lopez tried to turn the tables, portraying Tom Baker as greedy because he had '
        'accepted "about $90,000 in speaking fees" from oil firms.',
        [('about $90,000 in speaking fees', 'Maria Lopez', None, None, 'Maria Lopez', 'tried')],
    ),
    "a study or poll finds": (
        'In 2019, Harbor Polling found that “about three times as many residents said it was more important to '
        'fix the roads than to build a stadium.”',
        [('about three times as many residents said it was more important to fix the roads than to build a stadium.',
          'Harbor Polling', None, None, 'Harbor Polling', 'found')],
    ),
    "manner-of-speaking verb as cue": (
        '"We will not back down, not this time," Maria Lopez fumed.',
        [("We will not back down, not this time,", "Maria Lopez", None, None, "Maria Lopez", "fumed")],
    ),
    "as X put it, a document speaking for its body": (
        'The scheme is run by the Department of Harbor Safety. The first rule is "a licensed pilot on every '
        'ship," as a Harbor Safety memo put it.',
        [('a licensed pilot on every ship,',
          'Department of Harbor Safety', None, None, 'a Harbor Safety memo', 'put it')],
    ),
    "dash signature opening the next paragraph": (
        '"We will not back down. Not this time, not ever."\n\n- Maria Lopez.\n\nThe weather turned cold.',
        [("We will not back down. Not this time, not ever.", "Maria Lopez", None, None, "Maria Lopez", "-")],
    ),
    "dash signature set hard against the name": (
        '"We will not back down. Not this time, not ever."\n\n-Maria Lopez, Dunmore.',
        [("We will not back down. Not this time, not ever.", "Maria Lopez", None, None, "Maria Lopez", "-")],
    ),
    "partial quote in a new sentence does not continue the speaker": (
        '"We will not back down," Maria Lopez said. The program needs a "targeted employment area" to qualify.',
        [("We will not back down,", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "reporting verb above an earlier quote in the sentence": (
        'Maria Lopez said she won "every single debate" and that there is "a lot going on, really."',
        [("every single debate", "Maria Lopez", None, None, "Maria Lopez", "said"),
         ("a lot going on, really.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "shared subject past the verb of a later quote": (
        'In her 2009 memoir, Open Water, Maria Lopez described the fall.\n\nAfter saying her left knee was “so '
        'stiff I could hardly climb the stairs,” she was “rushed … off to the harbor clinic” for tests.',
        [('so stiff I could hardly climb the stairs,', 'Maria Lopez', None, None, 'she', 'saying'),
         ('rushed … off to the harbor clinic', 'Maria Lopez', None, None, 'she', None)],
    ),
    "a possessor speaks through a statement, not through relatives": (
        'Maria Lopez died on Monday. Her cousins watched the footage and said they were left with "more doubts '
        'than certainty."',
        [('more doubts than certainty.', None, None, None, 'Her cousins', 'said')],
    ),
    "participle after what a reporting verb reports": (
        'In a radio interview Friday, Maria Lopez said the work of writing the city’s budget could be “slow,” '
        'adding, “Budgets are slow, every year.”',
        [('Budgets are slow, every year.', 'Maria Lopez', None, None, 'Maria Lopez', 'adding')],
    ),
    "cue with no subject in the parse, the name far before it": (
        'The Harbor Gazette reports Ruiz’s last town hall was held on May 4.\n\nHarbor Gazette columnist Tom '
        'Baker, in an effort to draw notice to Ruiz’s lack of town halls, wrote, “The mayor, famously guarded, '
        'took a grand total of six questions on May 4, 2019.”',
        [('The mayor, famously guarded, took a grand total of six questions on May 4, 2019.',
          'Tom Baker', 'columnist', 'Harbor Gazette', 'Tom Baker', 'wrote')],
    ),
    "cue with no subject in the parse, a name in an aside between the subject and it": (
        'Maria Lopez, asked about a deal with Tom Baker, said: "There is no deal with anyone yet."',
        [('There is no deal with anyone yet.', 'Maria Lopez', None, None, 'Maria Lopez', 'said')],
    ),
    "the verb that governs a partial quote, past a copula": (
        'In June, Maria Lopez coolly dismissed the town as being in the "backyard of the capital" on Monday.',
        [('backyard of the capital', 'Maria Lopez', None, None, 'Maria Lopez', 'dismissed')],
    ),
    "a quoted label before a noun is nobody's words": (
        'The Post sent its "national harbor reporter" Maria Lopez to Ohio on Monday.',
        [],
    ),
    "a name in apposition to the last noun of the speaker phrase": (
        'In the 2000s, he turned one of his shops into a chain. His former shop partner at Dunmore, Peter J. '
        'Hollis, called him a genius at sales. "He showed again and again a knack for closing sales."',
        [('He showed again and again a knack for closing sales.',
          'Peter J. Hollis', 'former shop partner', 'Dunmore', 'Peter J. Hollis', 'called')],
    ),
    "a quote paragraph after a paragraph that reports, its main clause first": (
        'Maria Lopez said that for years some rivals had been forecasting a retreat from the harbor, but this '
        'would not happen.\n\n“That is because this harbor remains the most important for the city’s '
        'future.”\n\nThe weather turned cold.',
        [('That is because this harbor remains the most important for the city’s future.',
          'Maria Lopez', None, None, 'Maria Lopez', 'said')],
    ),
    "a name with its party tag before a colon": (
        'The hearing went on for an hour.\n\nRep. Maria Lopez (R-S.C.):"I have never seen anyone else use that '
        'number. Where did it come from?"',
        [('I have never seen anyone else use that number. Where did it come from?',
          'Maria Lopez', 'Representative', 'Republican Party', 'Maria Lopez', None)],
    ),
    "cue with no subject in the parse, a role far before it": (
        "City Hall shares data with the campaign staff. Although there is no such link with Ruiz's team, a "
        'City Hall official who asked not to be named because the plans are private said Tuesday, "Of course '
        'there are talks between City Hall and the Ruiz campaign." The aide declined to say more.',
        [('Of course there are talks between City Hall and the Ruiz campaign.',
          None, 'official', 'City Hall', 'a City Hall official', 'said')],
    ),
    "a tag set hard against the close mark": (
        '“It is most puzzling to me to watch someone who was so friendly,”Maria Lopez said. “Some of the '
        'remarks are cruel.”',
        [('It is most puzzling to me to watch someone who was so friendly,',
          'Maria Lopez', None, None, 'Maria Lopez', 'said'),
         ('Some of the remarks are cruel.', 'Maria Lopez', None, None, 'Maria Lopez', 'said')],
    ),
    "a tag verb the tagger took for a noun": (
        'Senator Maria Lopez and Senator Anna Stone wrote to the harbor board.\n\n“You seem to have drawn a '
        'new rule out of nowhere,” the two write. “We do not see the need.”',
        [('You seem to have drawn a new rule out of nowhere,', None, None, None, 'two', 'write'),
         ('We do not see the need.', None, None, None, 'two', None)],
    ),
    "a dash signature ending the paragraph": (
        '“No one wants a mayor who calls our fishermen lazy,” And that’s all she has “the source of every '
        'problem.” ― Linda Ortega.\n\nThe weather turned cold.',
        [('No one wants a mayor who calls our fishermen lazy,', 'Linda Ortega', None, None, 'Linda Ortega', '―'),
         ('the source of every problem.', 'Linda Ortega', None, None, 'Linda Ortega', '―')],
    ),
    "a lead's description introduces the next person who reports": (
        'Harbor board weighs a backup plan.\n\nA former Harbor Workers Union chairman says board members '
        'should come up with a plan for the port.\n\n“This is the hour for every good member to stand up for '
        'the harbor,” said Tom Baker, who has led the union since 2008.',
        [('This is the hour for every good member to stand up for the harbor,',
          'Tom Baker', 'former chairman', 'Harbor Workers Union', 'Tom Baker', 'said')],
    ),
    "a pronoun in an aside is not the subject the aside interrupts": (
        'Tom Baker hit back within hours. Carl Ruiz, he said, had "long failed to see the need for change in '
        'our city."',
        [('long failed to see the need for change in our city.', 'Tom Baker', None, None, 'he', 'said')],
    ),
    "a lead's description that reports by a participle is the holder of its office named next": (
        'Former mayor jailed.\n\nA federal judge on Tuesday sentenced former Dunmore Mayor Tom Baker to seven '
        'years in prison, calling his conduct "a betrayal of every resident of this city."\n\nU.S. District '
        'Judge Maria Lopez said Baker had shown no remorse.',
        [('a betrayal of every resident of this city.', 'Maria Lopez', 'District Judge', 'U.S.',
          'A federal judge', 'calling')],
    ),
    "a lead's description is not the holder of another office named next": (
        'Former mayor jailed.\n\nA federal judge on Tuesday sentenced former Dunmore Mayor Tom Baker to seven '
        'years in prison, calling his conduct "a betrayal of every resident of this city."\n\nU.S. Attorney '
        'Maria Lopez said Baker had shown no remorse.',
        [('a betrayal of every resident of this city.', None, 'federal judge', None, 'A federal judge',
          'calling')],
    ),
    "a section's lead, under a time stamp, introduces the next person who reports": (
        'The Latest: harbor vote delayed.\n\nDUNMORE (AP) — The Latest on the harbor vote (all times local):\n\n'
        '2:45 p.m.\n\nMaine’s harbor commissioner says no one on her staff leaked the port budget.\n\n'
        'Maria Lopez says she asked staff on Monday to check the records. “There was no leak from this office,” '
        'Lopez says.',
        [('There was no leak from this office,', 'Maria Lopez', 'harbor commissioner', 'Maine', 'Lopez', 'says')],
    ),
    "a description in a section's later sentence introduces no one": (
        'The Latest: harbor vote delayed.\n\n2:45 p.m.\n\nThe port stayed shut. One harbor employee told the '
        'radio the staff were shocked. “He was a respected manager,” Maria Lopez said in a statement.',
        [('He was a respected manager,', 'Maria Lopez', None, None, 'Maria Lopez', 'said')],
    ),
    "a reporting verb inside a hyphenated adjective is no cue": (
        'Maria Lopez, during talks on Friday, referred to the rival as “the best recruiter” for the '
        'self-described Harbor Front.',
        [('the best recruiter', 'Maria Lopez', None, None, 'Maria Lopez', 'referred')],
    ),
    "a person's campaign speaks as their campaign": (
        'Hillary Clinton spoke in Ohio on Monday. "We will not back down," her campaign said in a statement.',
        [("We will not back down,", "Clinton campaign", None, None, "her campaign", "said")],
    ),
    "partial quotes in one sentence share the speaker": (
        'Maria Lopez described the plan as "a total failure" and "a waste of public money."',
        [("a total failure", "Maria Lopez", None, None, "Maria Lopez", "described"),
         ("a waste of public money.", "Maria Lopez", None, None, "Maria Lopez", "described")],
    ),
    "an abbreviated military title after an inverted tag, then a second quote": (
        '"The bridge will hold through the winter," said Army Capt. Rosa Delgado. "We checked every bolt twice."',
        [("The bridge will hold through the winter,", "Rosa Delgado", "Captain", "Army", "Rosa Delgado", "said"),
         ("We checked every bolt twice.", "Rosa Delgado", "Captain", "Army", "Rosa Delgado", "said")],
    ),
    "a speech noun as a copula's subject carries a full quote": (
        'Maria Lopez spoke to the council on Monday. Her campaign slogan is “We build the harbor together.”',
        [("We build the harbor together.", "Maria Lopez", None, None, "Her", "slogan")],
    ),
    "a statement someone issued, the quote right after it": (
        'After the storm, Mayor Maria Lopez issued a statement, “Last night, our town was hit by the worst flood '
        'in its history.”',
        [("Last night, our town was hit by the worst flood in its history.", "Maria Lopez", "Mayor", None,
          "Maria Lopez", "statement")],
    ),
    "a possessed speech noun right before the quote, past 'that,'": (
        'Dock workers are unlikely to back Maria Lopez after her March comment that, "We are going to close a lot '
        'of harbors for good."',
        [("We are going to close a lot of harbors for good.", "Maria Lopez", None, None, "her", "comment")],
    ),
    "in X's words": (
        'The port was chosen because, in Maria Lopez’s words, “it is the busiest harbor on the coast with more '
        'ships per mile than any other.”',
        [("it is the busiest harbor on the coast with more ships per mile than any other.", "Maria Lopez", None,
          None, "Maria Lopez", "words")],
    ),
    "a speech noun subject of a copula whose 'that' clause holds the quote": (
        'Maria Lopez ran against Tom Baker in 2010. Lopez’s catch phrase in that race was that Baker “would promise '
        'anything at all to win a seat.”',
        [("would promise anything at all to win a seat.", "Maria Lopez", None, None, "Lopez", "phrase")],
    ),
    "a quote under a verb that completes what someone is reported to have said": (
        'Maria Lopez said Tom Baker was right to urge dock leaders "to stand up and be counted."',
        [("to stand up and be counted.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "the person a colon introduces, after a verb that does not report": (
        'The size of the harbor deficit does not surprise budget analyst Rosa Delgado: "The port has lost money '
        'for ten years running."',
        [("The port has lost money for ten years running.", "Rosa Delgado", "budget analyst", None, "Rosa Delgado",
          None)],
    ),
    "a person the colon's verb turns to is not the one it introduces": (
        'Tom Baker turned to Rosa Delgado: "The port has lost money for ten years running."',
        [("The port has lost money for ten years running.", "Tom Baker", None, None, "Tom Baker", "turned")],
    ),
    "an inverted tag whose name comes before a long participle phrase": (
        '"We will hold the vote next week," Ohio delegate Mark Feeney, wearing a straw hat covered in campaign '
        'pins, said matter-of-factly.',
        [("We will hold the vote next week,", "Mark Feeney", "delegate", "Ohio", "Mark Feeney", "said")],
    ),
    "a long tag the parse makes a sentence of its own, after a comma in the quote": (
        'Lawmakers met Lopez on Tuesday.\n“He told us that ‘I see the gap between winning the port vote and '
        'losing it, and I mean to win it,’” Rep. Jim Baker (D-Ohio) said.',
        [("He told us that ‘I see the gap between winning the port vote and losing it, and I mean to win it,’",
          "Jim Baker", "Representative", "Democratic Party", "Jim Baker", "said")],
    ),
    "a quoted clause in the writer's sentence after the tag": (
        'This makes the harbor harder to fix, Tom Baker said. Good data can still prevail, though mostly when '
        '"the facts are more useful than the rumor."',
        [("the facts are more useful than the rumor.", "Tom Baker", None, None, "Tom Baker", "said")],
    ),
    "a scare-quoted phrase after a tag is nobody's words": (
        'Tom Baker said the budget would pass. The vote came at a "harbor town listening session" in May.',
        [],
    ),
    "an unnamed member of a party": (
        '"The harbor vote is too close to call," said an Erie County Republican.',
        [("The harbor vote is too close to call,", None, None, "Republican Party", "an Erie County Republican",
          "said")],
    ),
    "a speech noun from someone carries a partial quote for them": (
        'The memo appears to contradict earlier comments from harbor chief Rosa Delgado that "the cranes were '
        'never at risk of failing."',
        [("the cranes were never at risk of failing.", "Rosa Delgado", "harbor chief", None, "Rosa Delgado",
          "comments")],
    ),
    "a document filed by a body speaks for it": (
        'According to a civil complaint filed by the Harbor Commission, the firm ran a "long and careful scheme '
        'to hide its losses" for years.',
        [("long and careful scheme to hide its losses", "Harbor Commission", None, None, "Harbor Commission",
          "According to")],
    ),
    "a document obtained by someone does not speak for them": (
        'A letter obtained by the Harbor Gazette says the cranes are "at grave risk of failing within the year."',
        [("at grave risk of failing within the year.", None, None, None, "A letter", "says")],
    ),
    "a surname the tagger took for an adjective still names the person": (
        'Maria Lopez, the mayor, was asked in May about the storm. Lopez’s response was: “Is the harbor open or '
        'closed?”',
        [("Is the harbor open or closed?", "Maria Lopez", "mayor", None, "Lopez", "was")],
    ),
    "a passive cue speaks for its agent": (
        'Maria Lopez was asked by radio host Tom Baker whether the plan would mean "another costly bailout for the '
        'harbor authority."',
        [("another costly bailout for the harbor authority.", "Tom Baker", "radio host", None, "Tom Baker", "asked")],
    ),
    "a question put to someone, with no asker named, is nobody's": (
        'At the hearing, Maria Lopez was asked, "Will the harbor ever pay for itself again?"',
        [("Will the harbor ever pay for itself again?", None, None, None, None, "asked")],
    ),
    "a contracted 'has' the parse made the subject": (
        'Ever since Maria Lopez announced her run last year, she’s said the very same words at every stop and '
        'every town hall: "The harbor is not for sale."',
        [("The harbor is not for sale.", "Maria Lopez", None, None, "she", "said")],
    ),
    "an inverted tag after a short quote, for the quote after it": (
        'Maria Lopez says the port lost money last year.\n\n"Nonsense," wrote a Lopez supporter who runs a harbor '
        'blog. "What does the port authority know about ships, anyway?"',
        [("What does the port authority know about ships, anyway?", None, "supporter", "Lopez", "a Lopez supporter",
          "wrote")],
    ),
    "a quote after a sentence whose subject is a pronoun for someone named": (
        'Maria Lopez spoke at the harbor on Monday.\n\nShe then turned to the dock workers. "Who is going '
        'to pay for the new docks?"',
        [("Who is going to pay for the new docks?", "Maria Lopez", None, None, "She", None)],
    ),
    "a tag set into the sentence reports each quote in it": (
        'Tom Baker, Maria Lopez said, had run the port for "a thousand years" and then lost "millions of dollars '
        'a year."',
        [("a thousand years", "Maria Lopez", None, None, "Maria Lopez", "said"),
         ("millions of dollars a year.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "a tag set into the sentence reports the reporting verb after it": (
        'Tom Baker chaired the board until May. Nor, he said, did he ever tell anyone anything that might be "read '
        'as a promise" to the members.',
        [("read as a promise", "Tom Baker", None, None, "he", "said")],
    ),
    "a writer's sentence after a question is no tag, for all its 'according to'": (
        'Maria Lopez heard about the closure in May. Her reply was: “Is Harbor Books off Main or Elm?” Harbor Books '
        'is a store in Dunmore that sells maps and globes, according to its website.',
        [("Is Harbor Books off Main or Elm?", "Maria Lopez", None, None, "Her", "was")],
    ),
    "a reporting verb above the quote with no subject of its own relays nothing": (
        'Tom Baker spoke on Monday. He pledged to be "the greatest harbor mayor that the city ever had" and cast '
        'doubt on the official jobless rate of 6.1 percent, suggested that the true rate could be twice as high.',
        [("the greatest harbor mayor that the city ever had", "Tom Baker", None, None, "He", "pledged")],
    ),
    "a relative clause's cue under a report is nearer than the report": (
        'Maria Lopez stated that she had read the port budget, which she described as "like an open book."',
        [("like an open book.", "Maria Lopez", None, None, "she", "described")],
    ),
    "a pronoun in a relative clause is not the one the clause is about": (
        'Tom Baker spoke on Sunday. The column urged voters to back Jordan Ruiz, whom he describes as having "a '
        'judge’s calm and a mayor’s grit."',
        [("a judge’s calm and a mayor’s grit.", "Tom Baker", None, None, "he", "describes")],
    ),
    "a pronoun is no one named in a participle clause whose subject it is": (
        'Tom Lee spoke at the port on Monday. Asked about Mark Baker, he said: "He has never run anything."',
        [("He has never run anything.", "Tom Lee", None, None, "he", "said")],
    ),
    "a pronoun is no one named deep in a participle clause whose subject it is": (
        'Tom Lee shrugged off the praise. Asked about his save on Mark Baker late in the game, he said: "I just '
        'tried to stay big."',
        [("I just tried to stay big.", "Tom Lee", None, None, "he", "said")],
    ),
    "a pronoun is no one named in a gerund clause whose subject it is": (
        'Tom Lee left the port. After meeting Mark Baker, he said: "We talked for an hour or so."',
        [("We talked for an hour or so.", "Tom Lee", None, None, "he", "said")],
    ),
    "a pronoun is no one named in a participle clause with a subject of its own": (
        'Tom Lee spoke at the port. With Mark Baker watching, he said: "I am here to listen."',
        [("I am here to listen.", "Tom Lee", None, None, "he", "said")],
    ),
    "a pronoun is no one named in a perfect participle clause": (
        'Tom Lee spoke. Having met Mark Baker twice, he said: "I am here to listen."',
        [("I am here to listen.", "Tom Lee", None, None, "he", "said")],
    ),
    "a pronoun may be someone named in a finite clause": (
        'Tom Lee spoke at the port. When Mark Baker arrived, he said: "I am here to listen."',
        [("I am here to listen.", "Mark Baker", None, None, "he", "said")],
    ),
    "a pronoun may be someone named in a finite passive clause": (
        'Tom Lee spoke at the port. When Mark Baker was asked about it, he said: "I am here to listen."',
        [("I am here to listen.", "Mark Baker", None, None, "he", "said")],
    ),
    "a long aside between subject and cue that the parse made the cue's content": (
        'One attendee, who like others asked not to be named to discuss the closed session, said the verdict was '
        'that "nothing will be settled before the autumn, whatever we might hope."',
        [("nothing will be settled before the autumn, whatever we might hope.", None, "attendee", None, "One attendee",
          "said")],
    ),
    "a document the tagger took for an adjective in a tag after the quote": (
        '“Should the governor hope to keep her job, Maria Lopez ought to show up, and soon,” the editorial read.',
        [("Should the governor hope to keep her job, Maria Lopez ought to show up, and soon,", None, None, None,
          "editorial", "read")],
    ),
    "a document issued in the paragraph before, over a cue deeper down": (
        'Maria Lopez led the port board.\n\nThe Dock Workers Union issued a statement on Friday apologizing to Lopez '
        'for the memos, which showed staff members urging that someone question her past.\n\n“For every member '
        'of our union, we offer a full apology to Maria Lopez and her family.”',
        [("For every member of our union, we offer a full apology to Maria Lopez and her family.",
          "Dock Workers Union", None, None, "Dock Workers Union", "statement")],
    ),
    "a possessive 'his' stands for the man named before": (
        'Tom Baker spoke on Monday. His statement called the plan "a gift to the harbor bosses."',
        [("a gift to the harbor bosses.", "Tom Baker", None, None, "His", "called")],
    ),
    "a call for something carries its maker's words": (
        'Maria Lopez spoke in Dunmore on Monday.\n\nHer standing rose after the vote, and after her call for "a full '
        'and lasting freeze" on new docks.',
        [("a full and lasting freeze", "Maria Lopez", None, None, "her", "call")],
    ),
    "a tag set into the sentence after a name, with no comma after its subject": (
        'Lopez, a senior aide said, "is very sure of the harbor plan and of the vote."',
        [("is very sure of the harbor plan and of the vote.", None, "senior aide", None, "a senior aide", "said")],
    ),
    "a role in apposition with no comma after it, before a whole quoted sentence": (
        'Maria Lopez, chief of the harbor board said, "It is a sure thing, and the vote will show it."',
        [("It is a sure thing, and the vote will show it.", "Maria Lopez", "chief", "harbor board", "Maria Lopez",
          "said")],
    ),
    "a description does not stand for someone named only inside a quote": (
        'Tom Baker called on Monday for Judge Ana Ruiz to resign.\n\n“Judge Ruiz has embarrassed all of us with her '
        'remarks about me,” the former mayor wrote in a post.',
        [("Judge Ruiz has embarrassed all of us with her remarks about me,", None, "former mayor", None,
          "the former mayor", "wrote")],
    ),
    "a description after a quote that names the one it attacks": (
        'Maria Lopez attacked Tom Baker in an interview.\n\n“What Baker has done to the port is a disgrace,” the '
        'council leader said.',
        [("What Baker has done to the port is a disgrace,", None, "council leader", None, "the council leader",
          "said")],
    ),
    "a name ends before 'of' and the place it names": (
        'Juan "Chico" Ruiz of Dunmore carried one of the banners. "I cried from the first block to the very last '
        'one," he said.',
        [("I cried from the first block to the very last one,", "Juan Ruiz", None, "Dunmore", "he", "said")],
    ),
    "a name written with a no-break space is spelled with a space": (
        '"We will not back down from this fight," said Maria\u00a0Lopez.',
        [("We will not back down from this fight,", "Maria Lopez", None, None, "Maria\u00a0Lopez", "said")],
    ),
    "a possessive typed with an opening mark names the body": (
        '“The plan is a disaster for the port and for all of us,” said Tom Baker‘s spokesman, Ed Cole.',
        [("The plan is a disaster for the port and for all of us,", "Ed Cole", "spokesman", "Tom Baker", "Ed Cole",
          "said")],
    ),
    "a relative clause about a thing that cannot speak relays nothing": (
        'Tom Baker said the town lost a voice that said “kindness is the only power that lasts in the end.”',
        [("kindness is the only power that lasts in the end.", "Tom Baker", None, None, "Tom Baker", "said")],
    ),
    "a relative clause about places is no one's tag": (
        'He said he has visited schools in the county that reminded him of “a forgotten place,” where pupils '
        'shared old books.',
        [("a forgotten place,", None, None, None, "He", "said")],
    ),
    "a surname the tagger took for a common noun is still a name": (
        'The chair asked about the budget.\n\n“Would that be fair to the dock workers?” Waters pressed.',
        [("Would that be fair to the dock workers?", "Waters", None, None, "Waters", "pressed")],
    ),
    "a capitalised role noun after a quote is no name": (
        'The chair asked about the budget.\n\n“We will be on the floor,” Officials said.',
        [("We will be on the floor,", None, "Officials", None, "Officials", "said")],
    ),
    "a bare body noun is the body the article named by that noun before": (
        'Tom Baker’s campaign hit back on Friday. “The plan is a disaster for the port and for all of us,” the '
        'campaign said.',
        [("The plan is a disaster for the port and for all of us,", "Baker campaign", None, None, "the campaign",
          "said")],
    ),
    "a bare body noun, through a bare mention of it between": (
        'Tom Baker’s campaign hit back on Friday. The campaign also bought an ad.\n\n“The plan is a disaster for '
        'the port,” the campaign said.',
        [("The plan is a disaster for the port,", "Baker campaign", None, None, "the campaign", "said")],
    ),
    "a place joined by a hyphen is part of the role": (
        '"The port is in trouble," said Chicago-based attorney Maria Lopez.',
        [("The port is in trouble,", "Maria Lopez", "Chicago-based attorney", None, "Maria Lopez", "said")],
    ),
    "hyphenated words of an appositive role keep their hyphens": (
        '"We have a problem," said Lopez, a two-term mayor and former harbor commissioner.',
        [("We have a problem,", "Lopez", "two-term mayor and former harbor commissioner", None, "Lopez", "said")],
    ),
    "an interview's answers under 'A:' are the interviewee's, its questions under 'Q:' no one's": (
        'Maria Lopez took over as head of the Harbor Authority in March. She spoke to us about the port.\n\n'
        'Q: "Is the port back on its feet, in your view?"\n\nA: "Not yet. We have made real progress, but the '
        'cranes are old."\n\nQ: "When will the new cranes come?"\n\nA: "When the money is there. I am not going '
        'to give you a date."',
        [("Is the port back on its feet, in your view?", None, None, None, None, None),
         ("Not yet. We have made real progress, but the cranes are old.", "Maria Lopez", None, None, "Maria Lopez",
          None),
         ("When will the new cranes come?", None, None, None, None, None),
         ("When the money is there. I am not going to give you a date.", "Maria Lopez", None, None, "Maria Lopez",
          None)],
    ),
    "an interview's answer opening the paragraph after a question under 'Q:' is the interviewee's": (
        'Maria Lopez took over as head of the Harbor Authority in March. She spoke to us about the port. The '
        'interview has been edited.\n\nQ: Is the port back on its feet?\n\n"Not yet. We have made real progress, '
        'but the cranes are old."',
        [("Not yet. We have made real progress, but the cranes are old.", "Maria Lopez", None, None, "Maria Lopez",
          None)],
    ),
    "an interview's answer with no one named before the questions is no one's": (
        'The port reopened in March.\n\nQ: Is the port back on its feet?\n\n"Not yet. We have made real progress, '
        'but the cranes are old."',
        [("Not yet. We have made real progress, but the cranes are old.", None, None, None, None, None)],
    ),
    "a portfolio with an 'and' in it, the parse joining its halves, is all of the title": (
        '"We will keep the country safe," Health and Human Services Secretary Ann Ruiz said.',
        [("We will keep the country safe,", "Ann Ruiz", "Health and Human Services Secretary", None, "Ann Ruiz",
          "said")],
    ),
    "a department's name with an 'and' in it before a title is its body": (
        '"We will keep the country safe," said Health and Human Services Secretary Tom Baker.',
        [("We will keep the country safe,", "Tom Baker", "Secretary", "Health and Human Services", "Tom Baker",
          "said")],
    ),
    "a word opening the title that the recogniser took into the place before it": (
        '"We will hold him accountable," Dunmore County District Attorney Ann Ruiz said.',
        [("We will hold him accountable,", "Ann Ruiz", "District Attorney", "Dunmore County", "Ann Ruiz", "said")],
    ),
    "a team's name and a role noun the parse made the subject, the name its object": (
        '"We just kept believing," said Chiefs quarterback Patrick Lopez.',
        [("We just kept believing,", "Patrick Lopez", "quarterback", "Chiefs", "Patrick Lopez", "said")],
    ),
    "a team's name the tagger took for a plural noun, before a role noun it took for a verb": (
        '"We just kept believing," said Warriors coach Steve Ruiz.',
        [("We just kept believing,", "Steve Ruiz", "coach", "Warriors", "Steve Ruiz", "said")],
    ),
    "a verb whose object is a name is no title, whatever its lemma": (
        'At one point, Lopez coached Tom Baker to "breathe, breathe, breathe." "When you have incoming, you '
        'cannot be too presidential," Baker said.',
        [("breathe, breathe, breathe.", "Lopez", None, None, "Lopez", "coached"),
         ("When you have incoming, you cannot be too presidential,", "Tom Baker", None, None, "Baker", "said")],
    ),
    "an adjective before an honorific is no role": (
        'Lopez won North Carolina but still trails rivals Donald Baker and fellow Sen. Ted Ruiz in the '
        'much-needed delegates. "We will win this thing," Ruiz said.',
        [("We will win this thing,", "Ted Ruiz", None, None, "Ruiz", "said")],
    ),
    "two roles joined share the body named after the second": (
        '"We have a problem," said Lopez, a harbor pilot and former president of the Dunmore Pilots Association.',
        [("We have a problem,", "Lopez", "harbor pilot and former president", "Dunmore Pilots Association", "Lopez",
          "said")],
    ),
    "two roles joined: the first one's body first, and no part of the roles": (
        '"We have a problem," said Lopez, a lawyer with Dunmore Legal and a former president of the Harbor Club.',
        [("We have a problem,", "Lopez", "lawyer and former president", "Dunmore Legal", "Lopez", "said")],
    ),
    "two roles joined: where and how long the first one is held are no part of the roles": (
        '"We have waited long enough," said Maria Lopez, a nurse on the night ward for 26 years and co-chair of '
        'the Dunmore Nurses Association.',
        [("We have waited long enough,", "Maria Lopez", "nurse and co-chair", "Dunmore Nurses Association",
          "Maria Lopez", "said")],
    ),
    "two roles joined: an 'and' inside the first one's phrase is no part of the roles": (
        '"We have a problem," said Maria Lopez, an adviser to media and tech firms and former director of the '
        'Harbor Club.',
        [("We have a problem,", "Maria Lopez", "adviser and former director", "Harbor Club", "Maria Lopez", "said")],
    ),
    "a length of time after a role is no body": (
        '"The shelter is full every night," said Tom Baker, a volunteer for 12 years.',
        [("The shelter is full every night,", "Tom Baker", "volunteer", None, "Tom Baker", "said")],
    ),
    "two roles joined: what the first one is of stays in the roles": (
        '"We have a problem," said Lopez, the secretary of State and a former senator.',
        [("We have a problem,", "Lopez", "secretary of State and former senator", None, "Lopez", "said")],
    ),
    "a tag after the quote is no one's reported words": (
        'Little that the mayor said "will ease the fears of the dock workers," the council chair said.',
        [("will ease the fears of the dock workers,", None, "council chair", None, "the council chair", "said")],
    ),
    "a tag after the quote over a report inside it": (
        'Baker said the plan "would never pass the council," the aide recalled.',
        [("would never pass the council,", None, "aide", None, "the aide", "recalled")],
    ),
    "a group described, not named, speaks with no name": (
        '"Pay us what we are owed!" a group of dock workers said.',
        [("Pay us what we are owed!", None, None, None, "a group of dock workers", "said")],
    ),
    "several bodies speak with no one name": (
        '"Pay us what we are owed!" the harbor unions said in a joint statement.',
        [("Pay us what we are owed!", None, None, None, "the harbor unions", "said")],
    ),
    "a participle the parse hung on a clause that cannot speak is the clause of time's": (
        'The trouble started at a rally in Dunmore, when dock workers interrupted the mayor, shouting "Pay us what '
        'we are owed!"',
        [("Pay us what we are owed!", None, "dock workers", None, "dock workers", "shouting")],
    ),
    "a participle after a clause of time with a named subject": (
        'The trouble started at a rally in Dunmore, when Maria Lopez interrupted the mayor, shouting "Pay us what '
        'we are owed!"',
        [("Pay us what we are owed!", "Maria Lopez", None, None, "Maria Lopez", "shouting")],
    ),
    "a participle after a clause that is not of time stays with the main subject": (
        'The retired surgeon gave no hint of how he would run the port board, saying only that he was "weighing '
        'every option with great care."',
        [("weighing every option with great care.", None, "retired surgeon", None, "The retired surgeon",
          "saying")],
    ),
    "a sentence after the tag, ending the paragraph before, introduces the quote paragraph": (
        '"We will finish the bridge this year," Tom Baker said. Then Mary Lopez put a question to him.\n\n'
        '"Who is going to pay for it?"',
        [("We will finish the bridge this year,", "Tom Baker", None, None, "Tom Baker", "said"),
         ("Who is going to pay for it?", "Mary Lopez", None, None, "Mary Lopez", "question")],
    ),
    "a pronoun after the tag, ending the paragraph before, introduces the quote paragraph": (
        '"We will finish the bridge this year," Tom Baker said. He then put one last question to the room.\n\n'
        '"Who is going to pay for it?"',
        [("We will finish the bridge this year,", "Tom Baker", None, None, "Tom Baker", "said"),
         ("Who is going to pay for it?", "Tom Baker", None, None, "He", "question")],
    ),
    "a title with its own 'for' phrase, which the parse made the subject, before a name": (
        '"We will not back down," said Vice President for Communications Maria Lopez.',
        [("We will not back down,", "Maria Lopez", "Vice President for Communications", None, "Maria Lopez", "said")],
    ),
    "a title with 'for', after a determiner or a possessive body, before a name": (
        '"We will not back down," said the Vice President for Communications Maria Lopez. "Not one step," said '
        'Harbor Radio’s Vice President for Communications Tom Baker.',
        [("We will not back down,", "Maria Lopez", "Vice President for Communications", None, "Maria Lopez", "said"),
         ("Not one step,", "Tom Baker", "Vice President for Communications", "Harbor Radio", "Tom Baker", "said")],
    ),
    "a title with 'of', then an honorific, which the parse made the subject, before a name": (
        'Speaker of the House Rep. Tom Baker (R-OH) said the plan was "a disaster from the very start."',
        [("a disaster from the very start.", "Tom Baker", "Speaker of the House", "Republican Party", "Tom Baker",
          "said")],
    ),
    "a title whose coordinated words the parse made a second subject, before a name": (
        'Harbor Radio Vice President for news and sports Dave Lindqvist called the show "the best news show on the '
        'air."',
        [("the best news show on the air.", "Dave Lindqvist", "Vice President for news and sports", "Harbor Radio",
          "Dave Lindqvist", "called")],
    ),
    "a role noun with 'for' right before a name is that person's role, not a title of the name": (
        '"We will not back down," said the spokesman for Maria Lopez.',
        [("We will not back down,", None, "spokesman", "Maria Lopez", "the spokesman for Maria Lopez", "said")],
    ),
    "a name the parse split from the abbreviated title before it": (
        '"We are already at war," said Harbor Authority spokesman Navy Capt. Tom Baker, who was asked about the '
        'plan.',
        [("We are already at war,", "Tom Baker", "Captain", None, "Tom Baker", "said")],
    ),
    "a name the parse made a conjunct of the abbreviated title before it": (
        '"He is reprising that role," said former Pennsylvania Gov. and Harbor Party Chairman Tom Baker.',
        [("He is reprising that role,", "Tom Baker", "Chairman", "Harbor Party", "Tom Baker", "said")],
    ),
    "a colon label with the reporting verb before the name": (
        'Maria Lopez spoke to the club on Monday.\n\nStated Lopez:\n\n"I think that the stakes are so high."',
        [("I think that the stakes are so high.", "Maria Lopez", None, None, "Lopez", None)],
    ),
    "a tag that opens the next quote is not the one before it": (
        'At the hearing, Maria Lopez was asked, "Will the harbor ever pay for itself again?" She answered, "Not in '
        'my lifetime, and not in yours."',
        [("Will the harbor ever pay for itself again?", None, None, None, None, "asked"),
         ("Not in my lifetime, and not in yours.", "Maria Lopez", None, None, "She", "answered")],
    ),
    "the tag in the next sentence, pointing back: that was how X put it": (
        'Tom Baker spoke first. "We will not back down." That was how Maria Lopez put it on Monday.',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "put it")],
    ),
    "the tag in the next sentence, pointing back: those were the words of X": (
        'Tom Baker spoke first. "We will not back down." Those were the words of Maria Lopez, the coach.',
        [("We will not back down.", "Maria Lopez", "coach", None, "Maria Lopez", "words")],
    ),
    "the tag in the next sentence, pointing back: that was X's message": (
        'Tom Baker spoke first. "We will not back down." That was Maria Lopez\'s message to the board.',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "message")],
    ),
    "the next sentence pointing back with no speech noun keeps its own tag": (
        'Tom Baker spoke first. "We will not back down." That was a lie, Maria Lopez said.',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "the tag in the next sentence, pointing back: inverted": (
        'Tom Baker spoke first. "We will not back down." So said the coach, Maria Lopez.',
        [("We will not back down.", "Maria Lopez", "coach", None, "Maria Lopez", "said")],
    ),
    "the tag in the next sentence, pointing back: that quote from X": (
        '"We will not back down." That quote from Maria Lopez ran on the front page of the Harbor Times.',
        [("We will not back down.", "Maria Lopez", None, None, "Maria Lopez", "quote")],
    ),
    "a next sentence opening with 'that said' is no tag": (
        'Tom Baker spoke first. "We lost the vote." That said, Maria Lopez thinks the team will recover.',
        [("We lost the vote.", "Tom Baker", None, None, "Tom Baker", None)],
    ),
    "a next sentence pointing back with no cue is no tag": (
        'Tom Baker spoke first. "We lost the vote." This is what Maria Lopez feared most.',
        [("We lost the vote.", "Tom Baker", None, None, "Tom Baker", None)],
    ),
    "a next sentence not pointing back is no tag": (
        'Tom Baker spoke first. "We lost the vote." Maria Lopez said the team would recover.',
        [("We lost the vote.", "Tom Baker", None, None, "Tom Baker", None)],
    ),
    "a document the next sentence does not point back at is no tag": (
        'Tom Baker spoke first. "We lost the vote." That night a statement from Maria Lopez called for calm.',
        [("We lost the vote.", "Tom Baker", None, None, "Tom Baker", None)],
    ),
    "'they' after joined names: all speak": (
        'Maria Lopez, Tom Baker and Ann Ruiz met on Monday. "We have the votes to pass it," they said.',
        [("We have the votes to pass it,", "Maria Lopez, Tom Baker and Ann Ruiz", None, None, "they", "said")],
    ),
    "'they' after names listed under a plural title: the title and body all share": (
        'Republican Sens. Maria Lopez of Maine, Tom Baker of Ohio and Ann Ruiz of Iowa wrote to the agency. "The '
        'agency must act now," they wrote.',
        [("The agency must act now,", "Maria Lopez, Tom Baker and Ann Ruiz", "Senator", "Republican Party", "they",
          "wrote")],
    ),
    "'they' after joined names with different roles: no role": (
        'Mayor Maria Lopez and Senator Tom Baker met on Monday. "We have the votes to pass it," they said.',
        [("We have the votes to pass it,", "Maria Lopez and Tom Baker", None, None, "they", "said")],
    ),
    "a possessive description of a role the article gave someone: that person": (
        'Robby Mook, Clinton\'s campaign manager, spoke on Monday. Tom Baker disagreed. "We will win the state," '
        'Clinton\'s campaign manager said.',
        [("We will win the state,", "Robby Mook", "campaign manager", "Clinton", "Clinton's campaign manager",
          "said")],
    ),
    "a possessive pronoun's description of a role the article gave someone: that person": (
        'Robby Mook, Clinton\'s campaign manager, spoke on Monday. Hillary Clinton arrived later. "We will win the '
        'state," her campaign manager said.',
        [("We will win the state,", "Robby Mook", "campaign manager", "Clinton", "her campaign manager", "said")],
    ),
    "a possessive description of another owner's role is nobody named": (
        'Robby Mook, Clinton\'s campaign manager, spoke on Monday. Donald Trump arrived later. "We will win the '
        'state," Trump\'s campaign manager said.',
        [("We will win the state,", None, "campaign manager", "Trump", "Trump's campaign manager", "said")],
    ),
    "a definite description whose role noun the tagger took for a proper noun": (
        # the line break after the text is what turns the tagger's 'master' from NN to NNP
        'The harbor master, Tom Baker, spoke on Monday. "The channel is too shallow," the harbor master said.\n',
        [("The channel is too shallow,", "Tom Baker", "harbor master", None, "the harbor master", "said")],
    ),
    "a definite person noun refers back to the person named before it": (
        'Tom Baker spoke to the harbor board on Monday. "We need change," the Dunmore businessman said.',
        [("We need change,", "Tom Baker", None, None, "the Dunmore businessman", "said")],
    ),
    "a definite participant noun does not refer back to the person named before it": (
        'Police Chief Tom Baker said a man was stabbed on Friday night.\n\nThe witness spoke to reporters later. '
        '"I never saw the knife," the witness said.',
        [("I never saw the knife,", None, None, None, "the witness", "said")],
    ),
    "a participant noun met unnamed is who the definite one after it is": (
        'Maria Lopez spoke on Monday. A witness, who asked not to be named, said the man ran. "He went toward the '
        'river," she said. "I never saw the knife," the witness added.',
        [("He went toward the river,", None, "witness", None, "she", "said"),
         ("I never saw the knife,", None, "witness", None, "the witness", "added")],
    ),
    "a possessive relative names again the relative the article named": (
        'Margaret Okafor, a nurse, died on March 3. She was 88.\n\nHer daughter, Ngozi Okafor, said the cause was '
        'heart failure.\n\n"She delivered half of Surulere," her daughter said.',
        [("She delivered half of Surulere,", "Ngozi Okafor", "Margaret Okafor's daughter", None, "her daughter",
          "said")],
    ),
    "a possessive relative of someone else is not the relative the article named": (
        'Tom Baker and Maria Lopez spoke on Monday. Tom Baker\'s daughter, Ana Baker, was there too.\n\n"We will be '
        'back next year," Maria Lopez\'s daughter said.',
        [("We will be back next year,", None, "Maria Lopez's daughter", None, "Maria Lopez's daughter", "said")],
    ),
    "an age refers back to the person named before it": (
        'Maria Lopez took questions for an hour. "We will win," the 46-year-old said.',
        [("We will win,", "Maria Lopez", None, None, "the 46-year-old", "said")],
    ),
    "an age after the cue refers back too": (
        'Tom Baker spoke on Monday. "We need change," said the 46-year-old, who runs a shop.',
        [("We need change,", "Tom Baker", None, None, "the 46-year-old", "said")],
    ),
    "a person noun of one gender passes over someone of the other": (
        'Maria Lopez sat beside the stage. Tom Baker spoke first. "We will win," the mother of three said.',
        [("We will win,", "Maria Lopez", None, None, "the mother of three", "said")],
    ),
    "a person noun the article introduced unnamed names no one": (
        'Tom Baker spoke on Monday. A businessman in the crowd stood up. "We need change," the businessman said.',
        [("We need change,", None, "businessman", None, "the businessman", "said")],
    ),
    "a person noun the article introduced as 'one' names no one": (
        'Tom Baker spoke on Monday. One man in the crowd stood up. "We need change," the man shouted.',
        [("We need change,", None, None, None, "the man", "shouted")],
    ),
    "a role noun the article introduced unnamed just before names no one": (
        'Tom Baker spoke on Monday. An organizer greeted the crowd. "We want your stories," the organizer told them.',
        [("We want your stories,", None, "organizer", None, "the organizer", "told")],
    ),
    "a role noun met unnamed long before still describes the person named": (
        'A candidate needs money. ' + " ".join(["The harbor board met for three hours on Tuesday and talked about "
                                               "dredging, fees and the budget."] * 6)
        + ' Maria Lopez spoke on Monday.\n\n"We will win," the candidate said.',
        [("We will win,", "Maria Lopez", "candidate", None, "the candidate", "said")],
    ),
    "an age the article introduced unnamed names no one": (
        'Tom Baker spoke on Monday. A 46-year-old man stood up. "We will win," the 46-year-old said.',
        [("We will win,", None, None, None, "the 46-year-old", "said")],
    ),
    "a description naming someone inside it is someone else": (
        'Tom Baker spoke on Monday. "We need change," the senior Baker adviser said.',
        [("We need change,", None, "senior adviser", "Baker", "the senior Baker adviser", "said")],
    ),
    "a title inside a name the recogniser did not take for a person is no part of the name": (
        # the recogniser labels 'Tulsa Mayor G.T. Bynum' a work of art
        '"We will achieve justice," Tulsa Mayor G.T. Bynum said Monday.',
        [("We will achieve justice,", "G.T. Bynum", "Tulsa Mayor", None, "G.T. Bynum", "said")],
    ),
    "a dateline the recogniser took into a name is no part of it": (
        'ROME - Bernie Sanders met privately with Pope Francis on Saturday.\n\nThe Democratic presidential candidate '
        'said the meeting was personal. "I am an enormous fan of the pope," Sanders said.\n',
        [("I am an enormous fan of the pope,", "Bernie Sanders", "presidential candidate", "Democratic Party",
          "Sanders", "said")],
    ),
    "a pronoun after a name the recogniser joined to a dateline": (
        'CLEVELAND - Tom Baker painted a dire portrait of the port on Thursday night.\n\n"We will not back down," '
        'he said.\n',
        [("We will not back down,", "Tom Baker", None, None, "he", "said")],
    ),
    "a trade as a description of someone met unnamed": (
        'Maria Lopez spoke on Monday. A fashion designer at the company watched the speech.\n\n'
        '"It is hard to come back to work," the designer said.\n',
        [("It is hard to come back to work,", None, "designer", None, "the designer", "said")],
    ),
    "a church title as a description": (
        'Pope Francis met Tom Baker on Monday.\n\n"This is called good manners," the pope told reporters.\n',
        [("This is called good manners,", "Francis", "pope", None, "the pope", "told")],
    ),
    "'they' after names joined to something else names no one": (
        'Maria Lopez, Tom Baker and the union met on Monday. "We have the votes to pass it," they said.',
        [("We have the votes to pass it,", None, None, None, "they", "said")],
    ),
    "a surname the tagger took for a pronoun still names its person for the pronoun after it": (
        'Aric Prather, a sleep researcher, led the study.\n\nDr. Sanjay Patel called the findings "compelling." '
        '"It fits with everything we know," he said.\n\nPrather said more work was needed. "We don\'t yet know '
        'whether catching up on sleep helps," he cautioned.',
        [("It fits with everything we know,", "Sanjay Patel", None, None, "he", "said"),
         ("We don't yet know whether catching up on sleep helps,", "Aric Prather", "sleep researcher", None, "he",
          "cautioned")],
    ),
    "a pronoun is no name inside a stretch too short to be a quote": (
        'Ruth Carver, a retired teacher, attended the meeting. Asked how she felt, she smiled. "Surprised," she '
        'said. "And very, very grateful."',
        [("And very, very grateful.", "Ruth Carver", "retired teacher", None, "she", "said")],
    ),
    "a pronoun after someone introduced unnamed as a named person's spokeswoman": (
        'Maria Lopez toured the port on Monday. A spokeswoman for Lopez said the plan was ready. "It will work," '
        'she said.',
        [("It will work,", None, "spokeswoman", "Lopez", "she", "said")],
    ),
    "someone met unnamed, then named with a definite description, keeps the body": (
        'A spokesman for Mayor Maria Lopez said the city remained committed to the plan. "The harbor is the '
        'foundation of our economy," the spokesman, Tom Baker, told reporters.',
        [("The harbor is the foundation of our economy,", "Tom Baker", "spokesman", "Maria Lopez", "Tom Baker",
          "told")],
    ),
    "a pronoun after someone named beside whom they work for is that person": (
        'The suspects, identified as Marcus Hill, 27, and Devon Price, 31, were being held on $250,000 bond each. '
        'An attorney for Hill, Rebecca Sandoval, said her client was innocent. "My client looks forward to his day '
        'in court," she said.',
        [("My client looks forward to his day in court,", "Rebecca Sandoval", "attorney", "Hill", "she", "said")],
    ),
    "a pronoun after someone introduced unnamed as a speaker": (
        'Maria Lopez met the ministers on Monday. A spokeswoman for the German government said Berlin welcomed '
        'the decision. "This sends a clear signal," she said.',
        [("This sends a clear signal,", None, "spokeswoman", "German government", "she", "said")],
    ),
    "a pronoun after a man introduced unnamed as a speaker": (
        'Maria Lopez and Tom Baker toured the port. A man in the crowd shouted that the port would close.\n\n'
        '"We will not back down," he said.',
        [("We will not back down,", None, None, None, "he", "said")],
    ),
    "a pronoun after someone met unnamed as the subject of another main verb": (
        'Judge Maria Lopez sentenced Tom Baker to 12 years. One of his victims, an 83-year-old widow, wept as the '
        'sentence was read. "I just want my money back," she said.',
        [("I just want my money back,", None, "widow", None, "she", "said")],
    ),
    "a pronoun passes over someone unnamed in a subordinate clause": (
        'Maria Lopez spoke on Monday, a day after a woman opened fire at a nightclub. "We must stand together," '
        'she said.',
        [("We must stand together,", "Maria Lopez", None, None, "she", "said")],
    ),
    "a pronoun passes over someone unnamed as a passive subject": (
        'Maria Lopez, the mayor, toured the site. A woman was pulled from the rubble on Monday. "We must stand '
        'together," she said.',
        [("We must stand together,", "Maria Lopez", "mayor", None, "she", "said")],
    ),
    "a pronoun passes over someone unnamed of the other gender": (
        'Maria Lopez arrived. A spokesman for the city said the plan was ready. "It will work," she said.',
        [("It will work,", "Maria Lopez", None, None, "she", "said")],
    ),
    "a pronoun after someone unnamed asking a named person is the person asked": (
        'A reporter for the Harbor Gazette asked Maria Lopez how she felt. "Better than ever," she replied.',
        [("Better than ever,", "Maria Lopez", None, None, "she", "replied")],
    ),
    "a pronoun passes over someone unnamed in a clause about no one in particular": (
        'Tom Baker spoke on Monday. He asked whether it was right for a judge of the high court to criticize '
        'a candidate. "It is a shame," he said.',
        [("It is a shame,", "Tom Baker", None, None, "he", "said")],
    ),
    "a pronoun passes over someone unnamed of whom nothing more is said": (
        'Tom Baker spoke at a forum on Monday. One questioner claimed that the port was failing.\n\n'
        '"You are right," he said.',
        [("You are right,", "Tom Baker", None, None, "he", "said")],
    ),
    "a pronoun after someone unnamed who withholds her name is that person": (
        'Maria Lopez runs the ward. A nurse who asked that her name not be used said staffing was short. '
        '"Some nights I have six patients," she said.',
        [("Some nights I have six patients,", None, "nurse", None, "she", "said")],
    ),
    "a pronoun after someone unnamed who withholds his name is that person": (
        'Tom Baker runs the plant. A worker who declined to give his last name said the plant would close. '
        '"We all knew it was coming," he said.',
        [("We all knew it was coming,", None, "worker", None, "he", "said")],
    ),
    "a pronoun after someone unnamed who asked not to be named, with no gender given, is that person": (
        'Maria Lopez, the mayor, spoke first.\n\nA cashier, who asked not to be named, said the man was calm. '
        '"He did not even shout," she said.',
        [("He did not even shout,", None, "cashier", None, "she", "said")],
    ),
    "a pronoun after someone unnamed who spoke on condition of anonymity is that person": (
        'Tom Baker, the mayor, spoke first. A guard, who spoke on condition of anonymity, said the gate was open. '
        '"Anyone could walk in," he said.',
        [("Anyone could walk in,", None, "guard", None, "he", "said")],
    ),
    "a possessive of someone else's in a clause on someone unnamed gives them no gender": (
        'Tom Baker runs the ward. A nurse who treated her father said staffing was short. '
        '"Some nights I have six patients," he said.',
        [("Some nights I have six patients,", None, "nurse", None, "he", "said")],
    ),
    "an office capitalised after 'the' is the person who holds it": (
        'Rishi Sunak insisted on Thursday that his plan would work. "I am absolutely confident that this bill '
        'will work," the Prime Minister told a press conference.',
        [("I am absolutely confident that this bill will work,", "Rishi Sunak", "Prime Minister", None,
          "the Prime Minister", "told")],
    ),
    "a description's own object gives it a gender": (
        'Supporters of Maria Lopez and Tom Baker met on Monday. The former secretary of state cemented her lead '
        'that night. "We will win this fight," the former secretary of state said.',
        [("We will win this fight,", "Maria Lopez", "former secretary of state", None,
          "the former secretary of state", "said")],
    ),
    "an unnamed relative of someone named speaks as the relation": (
        'Jake Okafor, 19, was among those injured in the crash. "He is a fighter and he will pull through," his '
        'father said.',
        [("He is a fighter and he will pull through,", None, "Jake Okafor's father", None, "his father", "said")],
    ),
    "a quote over paragraphs takes the speaker its last paragraph's tag names": (
        'Maria Lopez described the night in detail on Wednesday.\n\n"We were told to get down and put on masks. I '
        'remember thinking about my daughter.\n\n"Then the doors opened and the officers came in and we were moved.'
        '\n\n"It was the longest afternoon of my life," she said.',
        [("We were told to get down and put on masks. I remember thinking about my daughter.", "Maria Lopez", None,
          None, "she", None),
         ("Then the doors opened and the officers came in and we were moved.", "Maria Lopez", None, None, "she",
          None),
         ("It was the longest afternoon of my life,", "Maria Lopez", None, None, "she", "said")],
    ),
    "a paper's article quoted in straight marks is not whoever its last paragraph quotes": (
        'The Harbor Gazette covered the hearing on Monday.\n\n"The hearing was closed, but Tom Baker spoke to '
        'reporters afterwards and said little.\n\n“It was a mistake from the very start,” Baker said."',
        [("The hearing was closed, but Tom Baker spoke to reporters afterwards and said little.", None, None, None,
          None, None),
         ("It was a mistake from the very start,", "Tom Baker", None, None, "Baker", "said")],
    ),
    "a transcript's turn is not the next turn's speaker's": (
        'Tom Baker spoke on Monday. Here is the exchange.\n\n"VIDEO: They all told me it was a video when they '
        'knew it was not.\n\n"BAKER: I did not lie to anyone about it, and I never would," he said.',
        [("VIDEO: They all told me it was a video when they knew it was not.", None, None, None, None, None),
         ("BAKER: I did not lie to anyone about it, and I never would,", "Tom Baker", None, None, "he", "said")],
    ),
    "people named jointly as the subject speak jointly": (
        'Maria Lopez and Tom Baker wrote that the plan was "a failure from the start."',
        [("a failure from the start.", "Maria Lopez and Tom Baker", None, None, "Maria Lopez and Tom Baker",
          "wrote")],
    ),
    "people named jointly before a colon speak jointly": (
        'The mayor wrote back on Friday. From Maria Lopez and Tom Baker: "We are reviewing the decision and will '
        'respond next week."',
        [("We are reviewing the decision and will respond next week.", "Maria Lopez and Tom Baker", None, None,
          "Maria Lopez and Tom Baker", None)],
    ),
    "a person joined to something else speaks alone": (
        'Maria Lopez and the union said the plan was "a failure from the start."',
        [("a failure from the start.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "a lower-case adjective the recogniser took into a body's name is no part of it": (
        'According to a civil complaint filed by the federal Securities and Exchange Commission, the developers ran '
        '"a massive eight-year fraudulent scheme."',
        [("a massive eight-year fraudulent scheme.", "Securities and Exchange Commission", None, None,
          "Securities and Exchange Commission", "According to")],
    ),
    "a body noun stands for what the same noun stood for before": (
        'General Motors is recalling about 1.2 million trucks, the company said on Wednesday. The automaker said it '
        'knew of four injuries. "Safety is our highest priority," the company said in a statement.',
        [("Safety is our highest priority,", "General Motors", None, None, "the company", "said")],
    ),
    "a body noun stands for the body of people who were the subject just before": (
        'Goldman Sachs analysts wrote in a note to clients that demand remained strong. "Inventories are drawing '
        'faster than we thought," the bank said.',
        [("Inventories are drawing faster than we thought,", "Goldman Sachs", None, None, "the bank", "said")],
    ),
    "a body noun stands for no body of things that were the subject just before": (
        'Goldman Sachs shares fell in early trading. "Inventories are drawing faster than we thought," the bank '
        'said.',
        [("Inventories are drawing faster than we thought,", "bank", None, None, "the bank", "said")],
    ),
    "a company's office written without the company is held at the company that spoke just before": (
        'Apple on Tuesday unveiled its thinnest iPhone yet, betting that a sleek design can revive demand.\n\n"This '
        'is the biggest leap forward in iPhone design," Chief Executive Tim Cook said at the company\'s headquarters.',
        [("This is the biggest leap forward in iPhone design,", "Tim Cook", "Chief Executive", "Apple", "Tim Cook",
          "said")],
    ),
    "an office a government has too, written without its body, is held at no company that spoke before": (
        'Apple on Tuesday unveiled its thinnest iPhone yet, betting that a sleek design can revive demand.\n\n"This '
        'is the biggest leap forward in iPhone design," President Tom Baker said at the company\'s headquarters.',
        [("This is the biggest leap forward in iPhone design,", "Tom Baker", "President", None, "Tom Baker",
          "said")],
    ),
    "a participle the parse hung on those addressed is the sender's": (
        'Maria Lopez won the primary on Tuesday. Her campaign sent out a text message to supporters saying: "With '
        'your help, we were just declared the winner."',
        [("With your help, we were just declared the winner.", "Lopez campaign", None, None, "Her campaign",
          "saying")],
    ),
    "a relative clause the parse hung on those addressed is what was sent": (
        'Maria Lopez won the primary on Tuesday. Her campaign sent an email to supporters that said: "With your '
        'help, we were just declared the winner."',
        [("With your help, we were just declared the winner.", "Lopez campaign", None, None, "Her campaign",
          "said")],
    ),
    "of two subjects the parse gave a tag, an indefinite pronoun is not the speaker": (
        'Sen. Tom Baker, R-Ohio, appearing on Fox News after the speech, said Lopez failed to address public '
        'concerns. Nothing the president said "will assuage people\'s fears," the Ohio senator said.',
        [("will assuage people's fears,", "Tom Baker", "Senator", "Republican Party", "the Ohio senator", "said")],
    ),
    "a body noun stands for nothing another of its kind was met since": (
        'General Motors is recalling about 1.2 million trucks, the company said on Wednesday. A company in Ohio '
        'makes the airbags. "Safety is our highest priority," the company said in a statement.',
        [("Safety is our highest priority,", "company", None, None, "the company", "said")],
    ),
    "a capitalised title whose phrase holds the name is no title written before it": (
        "The U.S. Department of Justice is investigating the shooting.\n“I will just make this promise to you: We "
        "will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.",
        [("I will just make this promise to you: We will achieve justice in this case,", "Chuck Jordan", "Chief",
          "Tulsa police", "Chuck Jordan", "said")],
    ),
    "a place the parse made the head of the title after it is the title's body": (
        '"I will just make this promise to you: We will achieve justice in this case," Tulsa police Chief Chuck '
        'Jordan said Monday.',
        [("I will just make this promise to you: We will achieve justice in this case,", "Chuck Jordan", "Chief",
          "Tulsa police", "Chuck Jordan", "said")],
    ),
    "a body noun opening an unnamed speaker's role is the body named so before": (
        'The Education Department said it disagreed with the ruling. "We will continue to fight for borrowers," a '
        'department spokesperson said in a statement.',
        [("We will continue to fight for borrowers,", None, "spokesperson", "Education Department",
          "a department spokesperson", "said")],
    ),
    "a body noun with a word before it opening a role stands for no body named before": (
        'The Harbor Council met on Monday. "We will continue to fight for the port," said Ana Ruiz, a city council '
        'member in Dunmore.',
        [("We will continue to fight for the port,", "Ana Ruiz", "city council member", None, "Ana Ruiz", "said")],
    ),
    "a body noun opening the role of several stands for no one body": (
        'The Judiciary Committee and the Oversight Committee met on Monday. "The evidence contradicts her '
        'testimony," the committee chairmen wrote.',
        [("The evidence contradicts her testimony,", None, "committee chairmen", None, "the committee chairmen",
          "wrote")],
    ),
    "a possessor's title is no part of the body an unnamed speaker speaks for": (
        'Prime Minister Tom Baker\'s spokesman said the government "will not be rushed into a decision on this."',
        [("will not be rushed into a decision on this.", None, "spokesman", "Tom Baker",
          "Prime Minister Tom Baker's spokesman", "said")],
    ),
    "a possessor named by surname alone stays as written": (
        'Tom Baker spoke on Monday. Baker\'s spokesman said the government "will not be rushed into a decision on '
        'this."',
        [("will not be rushed into a decision on this.", None, "spokesman", "Baker", "Baker's spokesman", "said")],
    ),
    "a name the recogniser cut at its particle": (
        'Ursula von der Leyen, the president of the European Commission, told a news conference: '
        '"We will keep up the pressure."',
        [("We will keep up the pressure.", "Ursula von der Leyen", "president", "European Commission",
          "Ursula von der Leyen", "told")],
    ),
    "a body noun the tagger took for a proper noun": (
        '"We will not back down," the foreign ministry said in a statement.',
        [("We will not back down,", "foreign ministry", None, None, "the foreign ministry", "said")],
    ),
    "a body noun with a nationality the tagger took for a proper noun": (
        'The Russian foreign ministry said in a statement that the measures were "illegitimate and '
        'counterproductive."',
        [("illegitimate and counterproductive.", "Russian foreign ministry", None, None,
          "The Russian foreign ministry", "said")],
    ),
    "'of' a body the recogniser did not mark": (
        '"The China problem is structural," said Angelo Zino of CFRA Research.',
        [("The China problem is structural,", "Angelo Zino", None, "CFRA Research", "Angelo Zino", "said")],
    ),
    "'of' a body the recogniser did not mark is its proper nouns only": (
        'Conservative commentator Maria Lopez of the anti-Trump Harbor Review said: "We will not back down."',
        [("We will not back down.", "Maria Lopez", "conservative commentator", "Harbor Review", "Maria Lopez",
          "said")],
    ),
    "an occupation in apposition is a role": (
        '"You board up and you wait," said Tom Reilly, a fisherman in Gloucester.',
        [("You board up and you wait,", "Tom Reilly", "fisherman", None, "Tom Reilly", "said")],
    ),
    "an occupation as a title is a role": (
        'Meteorologist Andy Nash called the storm "one for the record books" on Tuesday.',
        [("one for the record books", "Andy Nash", "Meteorologist", None, "Andy Nash", "called")],
    ),
    "a body noun with the body's name in apposition": (
        'The company, Harbor Motors, said in a statement: "We understand this is a difficult time."',
        [("We understand this is a difficult time.", "Harbor Motors", None, None, "Harbor Motors", "said")],
    ),
    "a surname with an honorific of the other gender is someone else": (
        'Ana Rivera worked on the line for 23 years. "People are lost," said Ms. Rivera.\n\n'
        '"They took everything," Mr. Rivera said.',
        [("People are lost,", "Ana Rivera", None, None, "Rivera", "said"),
         ("They took everything,", "Rivera", None, None, "Rivera", "said")],
    ),
    "a nickname in quotation marks is no part of the name": (
        'Rep. Robert C. "Bobby" Scott threw open his back yard on Monday. "You got a choice," Scott said.',
        [("You got a choice,", "Robert C. Scott", "Representative", None, "Scott", "said")],
    ),
    "a name the parse made a modifier of the apposition's last noun": (
        '"This is a big year!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.',
        [("This is a big year!", "Marcia Price", "Delegate", "Democratic Party", 'Marcia "Cia" Price', "shouted")],
    ),
    "an abbreviated military rank is a title": (
        '"We held the line," said Army Maj. Ann Cole.',
        [("We held the line,", "Ann Cole", "Major", "Army", "Ann Cole", "said")],
    ),
    "an abbreviated state delegate's title": (
        '"This is a big year," said state Del. Maria Lopez.',
        [("This is a big year,", "Maria Lopez", "state Delegate", None, "Maria Lopez", "said")],
    ),
    "an unnamed subject described in apposition": (
        'One of the residents named in the letter, a retired nurse from Dunmore, told the Harbor Gazette she '
        'was "shocked and deeply hurt."',
        [("shocked and deeply hurt.", None, "retired nurse", None,
          "One of the residents named in the letter", "told")],
    ),
    "a pronoun after an unnamed subject described in apposition": (
        'Maria Lopez wrote the letter. One of the residents named in it, a retired nurse, told the Harbor Gazette '
        'she was hurt.\n\n"I wrote to her because I needed help," she said.',
        [("I wrote to her because I needed help,", None, "retired nurse", None, "she", "said")],
    ),
    "a plural subject is no one person its apposition describes": (
        'Two residents, a nurse and a teacher, said the plan was "a complete and total failure."',
        [("a complete and total failure.", None, None, None, "Two residents", "said")],
    ),
    "a nationality as a description": (
        'Maria Lopez was furious about the call. "Everyone in the stadium saw it," the Spaniard said.',
        [("Everyone in the stadium saw it,", "Maria Lopez", None, None, "the Spaniard", "said")],
    ),
    "a given name in apposition to a relative takes the family name": (
        'Tom Baker spoke on Monday. On Tuesday, his wife, Jane, called for an open process. '
        '"Shutting people out is not smart," she said.',
        [("Shutting people out is not smart,", "Jane Baker", "Tom Baker's wife", None, "she", "said")],
    ),
    "a given name in apposition to a named person's relative": (
        "Tom Baker spoke on Monday. On Tuesday, Baker's wife, Jane, called for an open process. "
        '"Shutting people out is not smart," she said.',
        [("Shutting people out is not smart,", "Jane Baker", "Tom Baker's wife", None, "she", "said")],
    ),
    "a given name the recogniser took for a body, in apposition to a relative": (
        "For Serena Okafor, the road to the final began in Lagos. Okafor's mother, Grace, plans to watch from the "
        'stands. "I will be the loudest person there," she says.',
        [("I will be the loudest person there,", "Grace Okafor", "Serena Okafor's mother", None, "she", "says")],
    ),
    "a relative who often has another family name keeps the given name alone": (
        'Tom Baker spoke on Monday. On Tuesday, his niece, Jane, called for an open process. '
        '"Shutting people out is not smart," she said.',
        [("Shutting people out is not smart,", "Jane", None, None, "she", "said")],
    ),
    "a relative's surname under an honorific of the relative's gender": (
        'Maria Lopez worked on the line for 23 years. Her husband, Tom, was more blunt.\n\n'
        '"They took everything," Mr. Lopez said.',
        [("They took everything,", "Tom Lopez", "Maria Lopez's husband", None, "Lopez", "said")],
    ),
    "a body noun with only adjectives before it is as bare as one alone": (
        'Harbor Freight Lines warned on Thursday that disruption would last.\n\n"We now expect the disruption to '
        'extend at least into the summer," the Danish company said in a statement.',
        [("We now expect the disruption to extend at least into the summer,", "Harbor Freight Lines", None, None,
          "the Danish company", "said")],
    ),
    "a body noun after an adjective that sets it against the body named is that noun as written": (
        'Harbor Freight Lines warned on Thursday that disruption would last.\n\n"We expect the disruption to last '
        'at least into the summer," the rival company said in a statement.',
        [("We expect the disruption to last at least into the summer,", "rival company", None, None,
          "the rival company", "said")],
    ),
    "a bare body noun after the body whose name it ends: a school district": (
        'The Dunmore Unified School District closed its schools on Monday after the storm. "Buses cannot run '
        'safely on these roads," the district said in a statement.',
        [("Buses cannot run safely on these roads,", "Dunmore Unified School District", None, None, "the district",
          "said")],
    ),
    "a body noun opening a title is the body named before with that head word: a zoo": (
        'Dunmore Zoo said on Tuesday that its panda had given birth to twins.\n\n"Mother and babies are doing '
        'well," zoo director Tom Baker told reporters.',
        [("Mother and babies are doing well,", "Tom Baker", "director", "Dunmore Zoo", "Tom Baker", "told")],
    ),
    "a bare body noun after the body whose name it ends: a federation": (
        'The Dunmore Dockers Federation, which represents port workers, said in a statement that the plan was '
        'unsafe. "Many of these cranes are decades old," the federation said.',
        [("Many of these cranes are decades old,", "Dunmore Dockers Federation", None, None, "the federation",
          "said")],
    ),
    "a bare body noun after a body it described in apposition": (
        'Harbor Watch, a trade group that sued to block the law, welcomed the ruling on Friday.\n\n'
        '"The decision is a win for free speech," the group said in a statement.',
        [("The decision is a win for free speech,", "Harbor Watch", None, None, "the group", "said")],
    ),
    "a body noun's possessive after a name the recogniser missed, set beside that noun": (
        'Not everyone was pleased. Dockwatch, a trade group representing shipping firms, said the rules went too '
        'far. "We have a deal, but at what cost?" the group\'s director general, Maria Lopez, said.',
        [("We have a deal, but at what cost?", "Maria Lopez", "director general", "Dockwatch", "Maria Lopez",
          "said")],
    ),
    "'its' before a role in apposition is the organisation the sentence before was about": (
        'Harbor Freight Lines reported a loss on Tuesday. Its chief executive, Ann Ruiz, said the company would '
        'recover. "We will be back," Ruiz said.',
        [("We will be back,", "Ann Ruiz", "chief executive", "Harbor Freight Lines", "Ruiz", "said")],
    ),
    "'its' opening a title before a name": (
        'Harbor Freight Lines hired a new boss on Monday. Its chief executive Ann Ruiz said, "We will grow again '
        'next year."',
        [("We will grow again next year.", "Ann Ruiz", "chief executive", "Harbor Freight Lines", "Ann Ruiz",
          "said")],
    ),
    "'its' on an unnamed speaker's role": (
        'Harbor Freight Lines said sales fell in March. "This is a hard year," its spokesman said.',
        [("This is a hard year,", None, "spokesman", "Harbor Freight Lines", "its spokesman", "said")],
    ),
    "'its' is no subject named jointly with another": (
        'The Harbor Watch Project and Maria Lopez have turned to the same firm, Blue Ridge Digital Inc., to raise '
        'money. Tom Baker, its chief executive, said: "Small donors are the whole story."',
        [("Small donors are the whole story.", "Tom Baker", "chief executive", "Blue Ridge Digital Inc.",
          "Tom Baker", "said")],
    ),
    "'its' after a name the recogniser did not class names no body": (
        'Maria Lopez worked for Harbor Freight Lines. Tom Baker took a job at Lyft a few months before its '
        'chief executive called the plan "a million-dollar mistake."',
        [("a million-dollar mistake.", None, "chief executive", None, "its chief executive", "called")],
    ),
    "a body noun's possessive is the organisation named before with that head": (
        'The Federal Bureau of Investigation opened an inquiry in May. "It is complicated," said the bureau\'s '
        'director, Tom Baker.',
        [("It is complicated,", "Tom Baker", "director", "Federal Bureau of Investigation", "Tom Baker", "said")],
    ),
    "a bare body noun as speaker is the organisation named before with that head": (
        'The Dunmore Harbor Commission opened a review on Monday. "It will take months," the commission said.',
        [("It will take months,", "Dunmore Harbor Commission", None, None, "the commission", "said")],
    ),
    "a body noun opening a title is the organisation named before with that head": (
        'The State Election Board adopted the rule in September. "We are confident the rule is lawful," board '
        'chairman Tom Baker said in a statement.',
        [("We are confident the rule is lawful,", "Tom Baker", "chairman", "State Election Board", "Tom Baker",
          "said")],
    ),
    "body nouns: authority, army": (
        'The Dunmore Port Authority closed the bridge. "It will reopen soon," the authority said. The army '
        'said it had retaken the town. "The enemy has fled," the army said.',
        [("It will reopen soon,", "Dunmore Port Authority", None, None, "the authority", "said"),
         ("The enemy has fled,", "army", None, None, "the army", "said")],
    ),
    "a body noun after the role is the organisation named before with that head": (
        'The Harbor Power Commission cut power to 60,000 homes. "Crews will inspect every line," a spokeswoman for '
        'the commission said.',
        [("Crews will inspect every line,", None, "spokeswoman", "Harbor Power Commission",
          "a spokeswoman for the commission", "said")],
    ),
    "a body noun after the role with no 'the' is no organisation named before": (
        'The Harbor Power Commission cut power to 60,000 homes. "Crews will inspect every line," a spokeswoman for '
        'a commission said.',
        [("Crews will inspect every line,", None, "spokeswoman", "commission",
          "a spokeswoman for a commission", "said")],
    ),
    "a body noun opening a title at the start of a sentence, in capitals": (
        'The State Election Board adopted the rule in September. Board chairman Tom Baker said the rule was '
        '"lawful in every respect."',
        [("lawful in every respect.", "Tom Baker", "chairman", "State Election Board", "Tom Baker", "said")],
    ),
    "a body noun opening a title is no other organisation the sentence before was about": (
        'The Harbor Foundation announced a gift on Monday. "We are grateful," campaign manager Tom Baker said.',
        [("We are grateful,", "Tom Baker", "campaign manager", None, "Tom Baker", "said")],
    ),
    "a bare body noun as speaker is the organisation the sentence before was about": (
        'Harbor Freight Lines reported a loss on Tuesday. "We are disappointed," the airline said in a statement.',
        [("We are disappointed,", "Harbor Freight Lines", None, None, "the airline", "said")],
    ),
    "a bare body noun as speaker is no organisation spoken to": (
        'Maria Lopez told Reuters on Tuesday that sales fell. "We are disappointed," the company said.',
        [("We are disappointed,", "company", None, None, "the company", "said")],
    ),
    "a bare body noun as speaker is no place the sentence before was about": (
        'Texas appealed the ruling on Tuesday. "The law stands as written," the court said.',
        [("The law stands as written,", "court", None, None, "the court", "said")],
    ),
    "a description with a name in apposition is that person, not one who held the role before": (
        'The chancellor, Ann Ruiz, defended the budget on Sunday.\n\nThe former chancellor, Mel Stride, said the '
        'budget would "choke off growth."',
        [("choke off growth.", "Mel Stride", "former chancellor", None, "Mel Stride", "said")],
    ),
    "a shadow office is not the office": (
        'The chancellor, Rachel Reeves, defended the budget on Sunday.\n\n"It will choke off growth," the shadow '
        'chancellor said.',
        [("It will choke off growth,", None, "shadow chancellor", None, "the shadow chancellor", "said")],
    ),
    "the office alone is no holder of its vice office": (
        'Vice President Tom Baker spoke in Ohio on Monday.\n\n"We will win this state," the president said.',
        [("We will win this state,", None, "president", None, "the president", "said")],
    ),
    "the office alone may be the holder of its associate office": (
        'Associate Justice Ann Ruiz spoke in Ohio on Monday.\n\n"We will hear the case," the justice said.',
        [("We will hear the case,", "Ann Ruiz", "Associate Justice", None, "the justice", "said")],
    ),
    "a name the recogniser missed, described by a role in apposition": (
        'Business groups were also critical. Rain Newton-Smith, the director general of the Confederation of '
        'British Industry, said firms would cut hiring. "This is a blow to confidence," she said.',
        [("This is a blow to confidence,", "Rain Newton-Smith", "director general",
          "Confederation of British Industry", "she", "said")],
    ),
    "a name the recogniser missed, a given name and a surname a clause on 'who' follows": (
        'Coach Tom Baker praised his bench. "Those guys changed the game," Baker said.\n\nMoses Moody, who '
        'finished with 14 points, shrugged off the attention. "I am just trying to do my job," he said.',
        [("Those guys changed the game,", "Tom Baker", "Coach", None, "Baker", "said"),
         ("I am just trying to do my job,", "Moses Moody", None, None, "he", "said")],
    ),
    "capitalised words a clause on 'who' follows are no name without a given name": (
        'Coach Tom Baker praised his bench. "Those guys changed the game," Baker said.\n\nHarbor Moody, who '
        'finished with 14 points, shrugged off the attention. "I am just trying to do my job," he said.',
        [("Those guys changed the game,", "Tom Baker", "Coach", None, "Baker", "said"),
         ("I am just trying to do my job,", "Tom Baker", "Coach", None, "he", "said")],
    ),
    "capitalised words with a role in apposition are no name when a determiner opens them": (
        'The Dunmore Crew, the organizer of the race, said the docks would close. "We have no choice," he said.',
        [("We have no choice,", None, None, None, "he", "said")],
    ),
    "capitalised words with a role in apposition are no name when a role noun is among them": (
        'Team Leader, the spokesman for the group, said the docks would close. "We have no choice," he said.',
        [("We have no choice,", None, None, None, "he", "said")],
    ),
    "a signature after a dash with a name the recogniser missed and a role in apposition": (
        '“This is a win for every family who has had to listen to that noise.” — Ana Flores, president of the '
        'Quiet Dunmore coalition',
        [("This is a win for every family who has had to listen to that noise.", "Ana Flores", "president",
          "Quiet Dunmore coalition", "Ana Flores", "—")],
    ),
    "a name in apposition to someone's relative takes no body from the possessor": (
        'Mayor Tom Baker voted no. Baker’s daughter, Emily Baker, said her father had been "torn for weeks."',
        [("torn for weeks.", "Emily Baker", "Tom Baker's daughter", None, "Emily Baker", "said")],
    ),
    "a definite description soon after someone met unnamed is them, not an earlier holder of the role": (
        'Foreign Ministry spokesperson Mao Ning condemned the sale on Monday.\n\nA State Department spokesperson '
        'said the sale was consistent with longstanding policy. "Our commitment to Taiwan is rock-solid," the '
        'spokesperson said.',
        [("Our commitment to Taiwan is rock-solid,", None, "spokesperson", "State Department", "the spokesperson",
          "said")],
    ),
    "a definite description after someone met unnamed is a holder of the role named in between": (
        'A State Department spokesperson said the sale was consistent with policy. The chief spokesperson, Tom '
        'Baker, repeated the point on Tuesday. "Our commitment to Taiwan is rock-solid," the spokesperson said.',
        [("Our commitment to Taiwan is rock-solid,", "Tom Baker", "chief spokesperson", None, "the spokesperson",
          "said")],
    ),
    "names in apposition to a plural noun speak jointly": (
        '"We expect an answer," said two lawmakers, Maria Lopez and Tom Baker.',
        [("We expect an answer,", "Maria Lopez and Tom Baker", None, None, "Maria Lopez and Tom Baker", "said")],
    ),
    "'they' after names in apposition to a plural noun": (
        'Two lawmakers, Maria Lopez and Tom Baker, wrote to the council. "We expect an answer," they said.',
        [("We expect an answer,", "Maria Lopez and Tom Baker", None, None, "they", "said")],
    ),
    "the last words of a full name the recogniser took for something else": (
        'Mexico rejects tariff threat\n\nMEXICO CITY — Mexican President Andrés Manuel Ruiz Obrador on Tuesday '
        'dismissed a threat of new U.S. tariffs.\n\n"We are a sovereign nation," Ruiz Obrador said at his daily '
        'morning news conference.',
        [("We are a sovereign nation,", "Andrés Manuel Ruiz Obrador", "President", "Mexico", "Ruiz Obrador",
          "said")],
    ),
    "'his' before a role in apposition is the person it refers to": (
        'Mayor Tom Baker spoke on Monday. His spokesman, Ed Ruiz, said the city "remains committed to the plan."',
        [("remains committed to the plan.", "Ed Ruiz", "spokesman", "Tom Baker", "Ed Ruiz", "said")],
    ),
    "'her' on an unnamed speaker's role": (
        'Mayor Ann Ruiz spoke on Monday. "We remain committed to the plan," her spokesman said.',
        [("We remain committed to the plan,", None, "spokesman", "Ann Ruiz", "her spokesman", "said")],
    ),
    "'her' opening a title before a name": (
        'Mayor Ann Ruiz spoke on Monday. "The city remains committed to the plan," her spokesman Ed Baker said.',
        [("The city remains committed to the plan,", "Ed Baker", "spokesman", "Ann Ruiz", "Ed Baker", "said")],
    ),
    "a possessor before a title that is no word of it names no body": (
        'Mayor Ann Ruiz threw her weight behind Governor Tom Baker\'s plan on Monday. "It is the right plan," '
        'Baker said.',
        [("It is the right plan,", "Tom Baker", "Governor", None, "Baker", "said")],
    ),
    "'his' before a role in apposition is no body of the person himself": (
        'Tom Baker spoke on Monday. Later, Tom Baker, his own spokesman, said the city "remains committed to the '
        'plan."',
        [("remains committed to the plan.", "Tom Baker", "own spokesman", None, "Tom Baker", "said")],
    ),
    "a name the recogniser did not mark before a lower-case role noun is the role's body": (
        'On Monday, Lopez spokeswoman Ann Ruiz said the campaign "is not worried about the polls."',
        [("is not worried about the polls.", "Ann Ruiz", "spokeswoman", "Lopez", "Ann Ruiz", "said")],
    ),
    "a capital that opens the sentence before a role noun is no body": (
        'Band spokeswoman Ann Ruiz said the campaign "is not worried about the polls."',
        [("is not worried about the polls.", "Ann Ruiz", "Band spokeswoman", None, "Ann Ruiz", "said")],
    ),
    "a name and a body noun after it, before a role in apposition, are the body": (
        '"We check every donor," said Colin Strother, a Quellar campaign spokesman.',
        [("We check every donor,", "Colin Strother", "spokesman", "Quellar campaign", "Colin Strother", "said")],
    ),
    "a recognised name and a body noun after it, in a description, are the body": (
        'Tom Baker, a former Lopez campaign aide, said the plan "will not survive the winter."',
        [("will not survive the winter.", "Tom Baker", "former aide", "Lopez campaign", "Tom Baker", "said")],
    ),
    "a hyphened name before a body noun is the body's whole": (
        '"The video supports what we have heard," said Ann Ruiz, the Raleigh-Durham police chief.',
        [("The video supports what we have heard,", "Ann Ruiz", "chief", "Raleigh-Durham police", "Ann Ruiz",
          "said")],
    ),
    "a party before a body noun keeps the noun in the role": (
        '"We check every donor," said Tom Baker, a Republican campaign consultant.',
        [("We check every donor,", "Tom Baker", "campaign consultant", "Republican Party", "Tom Baker", "said")],
    ),
    "a time the parse hung on a title is no part of the role": (
        'Yesterday Cruz spokeswoman Catherine Frazier said the pledge was not constraining. "It was a choice," '
        'she said.',
        [("It was a choice,", "Catherine Frazier", "spokeswoman", "Cruz", "she", "said")],
    ),
    "a length of time before a role noun is part of the role": (
        '"We will move on," said Ann Ruiz, a two-decade veteran of the Rules Committee.',
        [("We will move on,", "Ann Ruiz", "two-decade veteran", "Rules Committee", "Ann Ruiz", "said")],
    ),
    "a name the recogniser did not mark before a hyphened role noun is the role's body": (
        '"Nobody will believe you," DataForge co-founder Dmitri Alperovitch told reporters.',
        [("Nobody will believe you,", "Dmitri Alperovitch", "co-founder", "DataForge", "Dmitri Alperovitch",
          "told")],
    ),
    "a capital opening the sentence before a role noun is a body the article names by it alone": (
        'The Rovers won again on Saturday. Rovers manager Tom Baker was pleased. "We were patient," he said.',
        [("We were patient,", "Tom Baker", "manager", "Rovers", "he", "said")],
    ),
    "a word the article names a body by alone, tagged an adjective before a role noun, is the body": (
        'Arsenal\'s title hopes suffered a blow on Saturday. "We were not clinical enough," Arsenal manager Mikel '
        'Arteta told the BBC.',
        [("We were not clinical enough,", "Mikel Arteta", "manager", "Arsenal", "Mikel Arteta", "told")],
    ),
    "a capitalised adjective named nowhere alone is no body before a role noun": (
        'The story ran in Time on Friday. "That is a false equivalency!" Real Time host Bill Maher replied.',
        [("That is a false equivalency!", "Bill Maher", "Real Time host", None, "Bill Maher", "replied")],
    ),
    "a capital opening the sentence before a role noun is no body for a longer name elsewhere": (
        'The Band Society met on Saturday. Band spokeswoman Ann Ruiz said the campaign "is not worried about the '
        'polls."',
        [("is not worried about the polls.", "Ann Ruiz", "Band spokeswoman", None, "Ann Ruiz", "said")],
    ),
    "a full name the recogniser missed, then the surname speaking alone": (
        'BOSTON — Jayson Tatum scored 38 points and the Boston Celtics beat the Miami Heat 112-104 on Sunday night. '
        '"We stayed together when it got tight," Tatum said.',
        [("We stayed together when it got tight,", "Jayson Tatum", None, None, "Tatum", "said")],
    ),
    "a full name the recogniser missed with a given name the tables lack, speaking, then the surname": (
        'Musk says X will charge new users a small fee\n\nElon Musk said on Monday that X, the social media '
        'platform formerly known as Twitter, would begin charging new users a small annual fee to post.\n\n"This '
        'is the only way to curb the relentless onslaught of bots," Musk wrote on X.',
        [("This is the only way to curb the relentless onslaught of bots,", "Elon Musk", None, None, "Musk",
          "wrote")],
    ),
    "a name under a title that the recogniser took for a work is a person": (
        '"We are glad to put this behind us," said hospital spokesman David Chen. "Our focus now is on our '
        'patients."\n\nNurse Rosa Alvarez, who has worked at St. Mary\'s for 19 years, said she was relieved but '
        'tired.\n\n"I love this job," she said.',
        [("We are glad to put this behind us,", "David Chen", "hospital spokesman", None, "David Chen", "said"),
         ("Our focus now is on our patients.", "David Chen", "hospital spokesman", None, "David Chen", "said"),
         ("I love this job,", "Rosa Alvarez", "Nurse", None, "she", "said")],
    ),
    "a name right after a body noun is a body, whatever the recogniser took it for": (
        'Housing charity Shelter said: "Private renters are being pushed to breaking point."\n\n"Cases like hers '
        'are routine," says its chief executive, Polly Neate.',
        [("Private renters are being pushed to breaking point.", "Shelter", None, None, "Shelter", "said"),
         ("Cases like hers are routine,", "Polly Neate", "chief executive", "Shelter", "Polly Neate", "says")],
    ),
    "one word that owns its verb's object as 'its' is a body, whatever the recogniser took it for": (
        'Merrow raised its full-year profit forecast on Tuesday after sales of its cancer drugs beat expectations.'
        '\n\n"We delivered another strong quarter," Chief Executive Tom Baker said in a statement.',
        [("We delivered another strong quarter,", "Tom Baker", "Chief Executive", "Merrow", "Tom Baker", "said")],
    ),
    "a full name the recogniser missed with a given name the tables lack, joined to a name, then the surname": (
        'STOCKHOLM — Katalin Karikó and Drew Weissman won the Nobel Prize in medicine on Monday.\n\nKarikó, 68, '
        'told Swedish broadcaster SVT that she was overwhelmed. "I was sleeping when my husband woke me up," she '
        'said.',
        [("I was sleeping when my husband woke me up,", "Katalin Karikó", None, None, "she", "said")],
    ),
    "a person named after a place in one entity, with an age after the name, is a person": (
        'The grid operator, Ukrenergo, warned of blackouts.\n\nA resident of Kharkiv, Olena Kovalenko, 62, said she '
        'had been without power for 14 hours. "We are used to it by now," she said.',
        [("We are used to it by now,", "Olena Kovalenko", None, None, "she", "said")],
    ),
    "a person named after a place in one entity, with a given name of the tables, is a person": (
        '"It may have been his first attempt to defy his father," said his best friend at Lehigh, Bruce Turry, who '
        'was there.',
        [("It may have been his first attempt to defy his father,", "Bruce Turry", None, None, "Bruce Turry",
          "said")],
    ),
    "a body after the role noun that is a subject is a subject: its firm's analyst is of it": (
        'Economists at Capital Economics said the tone of the statement was "more hawkish than expected." Paul '
        'Dales, the firm\'s chief UK economist, said: "The Bank is clearly worried about wages."',
        [("more hawkish than expected.", None, "Economists", "Capital Economics", "Economists at Capital Economics",
          "said"),
         ("The Bank is clearly worried about wages.", "Paul Dales", "chief UK economist", "Capital Economics",
          "Paul Dales", "said")],
    ),
    "a full name the recogniser missed speaks, then the surname alone is the subject of another verb": (
        'LIVERPOOL, England — Arne Slot insisted his side were improving after a 2-2 draw with Fulham at Anfield '
        'on Saturday.\n\n"We were the better team for 60 minutes," the Dutchman told reporters.\n\nAsked about '
        'the penalty, Slot declined to criticise the referee. "I haven\'t seen it back," he said.',
        [("We were the better team for 60 minutes,", "Arne Slot", None, None, "the Dutchman", "told"),
         ("I haven't seen it back,", "Arne Slot", None, None, "he", "said")],
    ),
    "a full name the recogniser missed, set beside one of a group of role holders, speaks": (
        'ATLANTA — Georgia\'s State Election Board voted 3-2 on Friday to require that ballots be hand-counted at '
        'polling places on election night, a move that election officials warned could delay results.\n\n"This rule '
        'is a recipe for chaos," said Gabriel Sterling, the chief operating officer of the Georgia Secretary of '
        'State\'s office. "We are weeks away from an election."\n\nJanice Johnston, one of the three board members who '
        'supported the rule, said it would increase public confidence. "Voters want to know that the number of '
        'ballots matches the number of voters," she said.',
        [("This rule is a recipe for chaos,", "Gabriel Sterling", "chief operating officer",
          "Georgia Secretary of State's office", "Gabriel Sterling", "said"),
         ("We are weeks away from an election.", "Gabriel Sterling", "chief operating officer",
          "Georgia Secretary of State's office", "Gabriel Sterling", "said"),
         ("Voters want to know that the number of ballots matches the number of voters,", "Janice Johnston",
          "board member", None, "she", "said")],
    ),
    "a person named after a title in a body's name the recogniser ran on to the name": (
        '"The people\'s will brought us here," National Assembly Speaker Woo Won-shik said after announcing the '
        'result.',
        [("The people's will brought us here,", "Woo Won-shik", "Speaker", "National Assembly", "Woo Won-shik",
          "said")],
    ),
    "a surname of two words after the full name in a first paragraph that is no headline": (
        'CHICAGO — Chicago Teachers Union President Stacy Davis Gates on Monday called on the city to borrow money '
        'to fund a new contract.\n\n"Our students deserve the schools they were promised," Davis Gates told a rally.',
        [("Our students deserve the schools they were promised,", "Stacy Davis Gates", "President",
          "Chicago Teachers Union", "Davis Gates", "told")],
    ),
    "a relative's given name the recogniser took for a body, then a pronoun": (
        'Police Commissioner Jessica Tisch spoke first.\n\nMr. Thompson\'s wife, Paulette, told NBC News that her '
        'husband had received threats. "There had been some threats," she said.',
        [("There had been some threats,", "Paulette", "Thompson's wife", None, "she", "said")],
    ),
    "a name the recogniser took for a body that owns its verb's object as 'his'": (
        'Novak Djokovic won his 24th Grand Slam title on Sunday, beating Daniil Medvedev in straight sets in the '
        'U.S. Open final.\n\nDjokovic\'s coach, Goran Ivanisevic, praised him. "He is a machine," Ivanisevic said.'
        '\n\nAsked about retirement, Djokovic smiled. "Why would I stop?" he said.',
        [("He is a machine,", "Goran Ivanisevic", "coach", "Novak Djokovic", "Ivanisevic", "said"),
         ("Why would I stop?", "Novak Djokovic", None, None, "he", "said")],
    ),
    "a pronoun in a participle's clause before the subject it stands for": (
        'Down the quay, Léa Fournier sells her catch to restaurants. "You have to adapt," she says.\n\nAsked '
        'whether she would encourage her own children to fish, Mr Benali\'s wife, Samira, laughs. "Never," she '
        'replies. "They will study."',
        [("You have to adapt,", "Léa Fournier", None, None, "she", "says"),
         ("They will study.", "Samira", "Benali's wife", None, "she", "replies")],
    ),
    "someone met unnamed, whose apposition tells a gender, then a pronoun": (
        '"This defendant preyed on the trust of people," U.S. Attorney Rebecca Lutzko said in a news release.\n\n'
        'One victim, an 82-year-old widow from Canton, addressed the court before the sentence was handed down. '
        '"I lost my house," she said.',
        [("This defendant preyed on the trust of people,", "Rebecca Lutzko", "Attorney", "U.S.", "Rebecca Lutzko",
          "said"),
         ("I lost my house,", None, "widow", None, "she", "said")],
    ),
    "a name taken for a place before an age, and a hometown that is no body": (
        'Leo Park, 15, from Melbourne, watched the final with his father. "It was the best day of my life," he said.',
        [("It was the best day of my life,", "Leo Park", None, None, "he", "said")],
    ),
    "a company's parent named after it speaks as a company, and 'the company' after it": (
        'Facebook parent Meta said on Tuesday it would cut 5,000 jobs. "This is a difficult decision," the '
        'company said.',
        [
         ('This is a difficult decision,', 'Meta', None, None, 'the company', 'said'),
        ],
    ),
    "a company's parent set off beside the subject, then 'it'": (
        'Google\'s parent, Alphabet, said in a statement on Monday that the ruling was wrong. "We will appeal '
        'this decision," it said.',
        [
         ('We will appeal this decision,', 'Alphabet', None, None, 'it', 'said'),
        ],
    ),
    "a body set off beside a subject body noun, then 'it'": (
        'The trade group, NetChoice, sued the state on Monday. "This law is unconstitutional," it said.',
        [
         ('This law is unconstitutional,', 'NetChoice', None, None, 'it', 'said'),
        ],
    ),
    "a parent of a school's pupil is a person": (
        'Lincoln Elementary parent Amelia Ruiz said the school had failed. "Nobody called us," she said.',
        [
         ('Nobody called us,', 'Amelia Ruiz', 'parent', 'Lincoln Elementary', 'she', 'said'),
        ],
    ),
    "a surname after an honorific with no stop": (
        'Prosecutor Anjali Mistry told the court the money was never found. "The defendant exploited the '
        'trust placed in him," Ms Mistry said.',
        [
         ('The defendant exploited the trust placed in him,', 'Anjali Mistry', 'Prosecutor', None, 'Mistry', 'said'),
        ],
    ),
    "a name after an honorific that the recogniser took for a body": (
        'Dr Emeka Nwachukwu, a GP in Mallow, said he now asked patients about their phones. "I would say '
        'every second teenager mentions sleep," he said.',
        [
         ('I would say every second teenager mentions sleep,', 'Emeka Nwachukwu', None, None, 'he', 'said'),
        ],
    ),
    "a body named beside a body noun, which the recogniser took for a person": (
        'Siobhán Kilbride, chief executive of the youth mental health charity Headway Youth Ireland, said '
        'the findings matched its calls. "Young people tell us they can never switch off," she said.',
        [
         ('Young people tell us they can never switch off,', 'Siobhán Kilbride', 'chief executive',
          'Headway Youth Ireland', 'she', 'said'),
        ],
    ),
    "a described subject names its person again for a pronoun after it": (
        'Sen. Maria Lopez met the fire chiefs on Monday. Zorbin Quell, a fire chief, said the money was '
        'late.\n\nThe senator said she would not give up. "We are going to keep pushing," she said.',
        [
         ('We are going to keep pushing,', 'Maria Lopez', 'Senator', None, 'she', 'said'),
        ],
    ),
    "of two holders of a role, a description whose clause says 'she' is the woman": (
        'Sen. Maria Lopez wrote the bill. Sen. Tom Baker called it "reckless and cruel." Zorbin Quell, a fire chief, '
        'backed it.\n\nThe senator said she would not give up. "We are going to keep pushing," she said.',
        [
         ('reckless and cruel.', 'Tom Baker', 'Senator', None, 'Tom Baker', 'called'),
         ('We are going to keep pushing,', 'Maria Lopez', 'Senator', None, 'she', 'said'),
        ],
    ),
    "a given name written with an accent has the gender of the name without it": (
        'Maria Lopez spoke first at the hearing. José Villalba, a farmer, listened.\n\n"We will keep going," '
        'she said.',
        [
         ('We will keep going,', 'Maria Lopez', None, None, 'she', 'said'),
        ],
    ),
    "a relative under a pronoun is the one set in that tie, or on its other side, to whom it means": (
        'Manuel Cárdenas, 63, grows olives near Jaén. His daughter, Lucía, 29, came back from Madrid to help.'
        '\n\nJosé Villalba, president of the cooperative, has watched its membership fall.\n\nLucía has run the '
        'numbers. Her father is unconvinced.\n\n"Hedges are for gardens," he said.\n\nHis daughter laughed. "He '
        'says that every year," she said.',
        [
         ('Hedges are for gardens,', 'Manuel Cárdenas', None, None, 'he', 'said'),
         ('He says that every year,', 'Lucía Cárdenas', "Manuel Cárdenas's daughter", None, 'she', 'said'),
        ],
    ),
    "an honorific of South Asian news is no part of the name": (
        'Chief Minister Shri Bijay Kumar Mohanty visited the district on Sunday. "No family will be left behind," '
        'Shri Mohanty said.',
        [
         ('No family will be left behind,', 'Bijay Kumar Mohanty', 'Chief Minister', None, 'Mohanty', 'said'),
        ],
    ),
    "a police rank before a name the recogniser missed": (
        'When contacted, the spokesperson for the Kwara State Police Command, SP Toyin Afolabi, said officers kept '
        'order. "No trader was arrested," she said.',
        [
         ('No trader was arrested,', 'Toyin Afolabi', 'Superintendent of Police', 'Kwara State Police Command',
          'she', 'said'),
        ],
    ),
    "a given name after an honorific under a title, which the recogniser left out": (
        'Leader of the Opposition Shri Ramesh Chandra Jena criticised the delay. "Why were people not evacuated in '
        'time?" he asked.',
        [
         ('Why were people not evacuated in time?', 'Ramesh Chandra Jena', 'Leader of the Opposition', None, 'he',
          'asked'),
        ],
    ),
    "a surname taken for a body after an honorific and a given name": (
        'In neighbouring Jagatsinghpur, Collector Shri Debasis Pradhan said breaches had been plugged. "Our '
        'immediate concern is to prevent fresh breaches," Shri Pradhan said.',
        [
         ('Our immediate concern is to prevent fresh breaches,', 'Debasis Pradhan', 'Collector', None,
          'Pradhan', 'said'),
        ],
    ),
    "a member's title in capitals is a noun for a member, named or not": (
        'Labour MP Jess Phillips raised the case on Monday. "We will not let this go," the Birmingham MP said. "It '
        'is a scandal," one Labour MP, who asked not to be named, said.',
        [
         ('We will not let this go,', 'Jess Phillips', 'MP', 'Labour Party', 'the Birmingham MP', 'said'),
         ('It is a scandal,', None, 'MP', 'Labour Party', 'one Labour MP', 'said'),
        ],
    ),
    "letters after a full name are no part of it, though the mention holds them": (
        '"It was a victory for the public," said Sipho Ndlovu SC, who argued the case. "We won at last," Ndlovu '
        'said.',
        [
         ('It was a victory for the public,', 'Sipho Ndlovu', None, None, 'Sipho Ndlovu SC', 'said'),
         ('We won at last,', 'Sipho Ndlovu', None, None, 'Ndlovu', 'said'),
        ],
    ),
    "titles and honorifics of Irish, West African and Singaporean news": (
        '"We will not repeat the mistakes of the past," Taoiseach Ciarán Mulcahy told the Dáil. "Supply is the '
        'answer," Alhaji Abdulhakeem Salawu said. "Two or three buses pass without stopping," Madam Lim Siew Hoon '
        'said.',
        [
         ('We will not repeat the mistakes of the past,', 'Ciarán Mulcahy', 'Taoiseach', None, 'Ciarán Mulcahy',
          'told'),
         ('Supply is the answer,', 'Abdulhakeem Salawu', None, None, 'Abdulhakeem Salawu', 'said'),
         ('Two or three buses pass without stopping,', 'Lim Siew Hoon', None, None, 'Madam Lim Siew Hoon', 'said'),
        ],
    ),
    "a company described in its own sentence is 'the company', past an analyst's firm": (
        'Shares of Veridian Systems rose 12% on Wednesday after the cloud software company reported revenue above '
        'estimates.\n\n"This quarter answers the question," said Rahul Venkatesan, a senior analyst at Hartwell & '
        'Co.\n\n"Our balance sheet gives us the flexibility to invest," the company said in its earnings release.',
        [
         ('This quarter answers the question,', 'Rahul Venkatesan', 'senior analyst', 'Hartwell & Co.',
          'Rahul Venkatesan', 'said'),
         ('Our balance sheet gives us the flexibility to invest,', 'Veridian Systems', None, None, 'the company',
          'said'),
        ],
    ),
    "a nickname in quotes inside a name": (
        'Sen. Teodoro "Teddy" Villareal filed a resolution on Monday. "These checkpoints are supposed to protect the '
        'public," Villareal said.',
        [
         ('These checkpoints are supposed to protect the public,', 'Teodoro Villareal', 'Senator', None,
          'Villareal', 'said'),
        ],
    ),
    "a title's object of several words before the name is no given name": (
        'At the same event, Minister of State for National Development Faizal Osman said more linkways would be '
        'built. "Tengah was planned as a car-lite town," Mr Faizal said.',
        [
         ('Tengah was planned as a car-lite town,', 'Faizal Osman', 'Minister of State for National Development',
          None, 'Faizal', 'said'),
        ],
    ),
    "a record label, a family and a hospital trust speak as bodies": (
        'Kaia Monroe\'s label, Halcyon Records, backed the decision. "We are proud of her," the label said.\n\nThe '
        'Ashworth family paid tribute to Jordan on Sunday. "He was a gentle giant who would do anything for anyone," '
        'the Ashworth family said in a statement.\n\nThe Severnside trust runs three hospitals. In a statement, the '
        'trust said it was "sorry that some patients are waiting longer."',
        [
         ('We are proud of her,', 'Halcyon Records', None, None, 'the label', 'said'),
         ('He was a gentle giant who would do anything for anyone,', 'Ashworth family', None, None,
          'the Ashworth family', 'said'),
         ('sorry that some patients are waiting longer.', 'Severnside trust', None, None, 'the trust', 'said'),
        ],
    ),
    "someone named by a given name alone, which the recogniser took for a place, is a person": (
        'HOUSTON — Yesenia had 11 days to find a lawyer.\n\n"I called every number on the list," Yesenia said in '
        'Spanish.\n\n"These are life-or-death cases," said Rebecca Okafor, an immigration lawyer.\n\nYesenia said '
        'her children have started school and are learning English.\n\n"They ask me if we are going to stay," she '
        'said.',
        [
         ('I called every number on the list,', 'Yesenia', None, None, 'Yesenia', 'said'),
         ('These are life-or-death cases,', 'Rebecca Okafor', 'immigration lawyer', None, 'Rebecca Okafor', 'said'),
         ('They ask me if we are going to stay,', 'Yesenia', None, None, 'she', 'said'),
        ],
    ),
    "a given name alone met before the one full name it opens is that person": (
        '"Coach drew it up for Isaiah to set the screen," Malik Fenwick said.\n\nThat would be Isaiah Grant, who '
        'finished with 14 points. His younger brother, Elijah Grant, added 11.\n\nIsaiah laughed when told what his '
        'brother had said. "I didn\'t nod," he said.',
        [
         ('Coach drew it up for Isaiah to set the screen,', 'Malik Fenwick', None, None, 'Malik Fenwick', 'said'),
         ("I didn't nod,", 'Isaiah Grant', None, None, 'he', 'said'),
        ],
    ),
    "a body's initials before a place name its chapter there": (
        'AARP Wisconsin, which has backed the bill, said in a statement that older residents "should not have to wait '
        'months to see a provider."',
        [
         ('should not have to wait months to see a provider.', 'AARP Wisconsin', None, None, 'AARP Wisconsin',
          'said'),
        ],
    ),
    "a short name given in brackets after a body's name is that body": (
        'The National Police Commission (Napolcom) said it would conduct its own investigation.\n\n"We have already '
        'directed our regional office to gather evidence," Napolcom said in a statement.',
        [
         ('We have already directed our regional office to gather evidence,', 'National Police Commission', None,
          None, 'Napolcom', 'said'),
        ],
    ),
    "someone met unnamed who gave their name in a clause is named so": (
        'Abdulrasheed Olarewaju, chairman of the traders\' association, spoke first. Another trader, who gave his '
        'name simply as Emeka, said he arrived at 6am. "Everything is gone," he said.\n\nA nurse, who gave only her '
        'first name, Ama, said the ward was full. "We cannot go on," Ama said.',
        [
         ('Everything is gone,', 'Emeka', 'trader', None, 'he', 'said'),
         ('We cannot go on,', 'Ama', 'nurse', None, 'Ama', 'said'),
        ],
    ),
    "a rider met unnamed is whom 'he' means, not the man named before": (
        '"We want the public to see what is being traded," said Stephen Muli, chairperson of the residents\' forum.'
        '\n\nA boda boda rider, who declined to give his name, said the wrangles meant little. "The road to my '
        'village is still not done," he said.',
        [
         ('We want the public to see what is being traded,', 'Stephen Muli', 'chairperson', "residents' forum",
          'Stephen Muli', 'said'),
         ('The road to my village is still not done,', None, 'boda boda rider', None, 'he', 'said'),
        ],
    ),
    "an office written with a capital after 'the' is a description, not a name": (
        'Premier Glen Haverty defended the bill. "Other places are eating our lunch," the Premier said.\n\n"We '
        'will give every member the chance to stand with renters," the Taoiseach said.',
        [
         ('Other places are eating our lunch,', 'Glen Haverty', 'Premier', None, 'the Premier', 'said'),
         ('We will give every member the chance to stand with renters,', None, 'Taoiseach', None, 'the Taoiseach',
          'said'),
        ],
    ),
    "a word opening the sentence that the parse made the subject gives way to its appositive": (
        'Reacting, the state Commissioner for Health, Mrs Funke Adeyemi, said the hospital had "acted within the '
        'law at every stage" of the case.',
        [
         ('acted within the law at every stage', 'Funke Adeyemi', 'state Commissioner for Health', None,
          'Funke Adeyemi', 'said'),
        ],
    ),
    "a portfolio after 'for' and a capitalised title is part of the role, a body after a role noun is not": (
        'The Minister for Education, Aoife Brennan, said: "Every school will have a counsellor by September." "It '
        'is a start," said a spokesman for the Teachers Union of Ireland.',
        [
         ('Every school will have a counsellor by September.', 'Aoife Brennan', 'Minister for Education', None,
          'Aoife Brennan', 'said'),
         ('It is a start,', None, 'spokesman', 'Teachers Union of Ireland',
          'a spokesman for the Teachers Union of Ireland', 'said'),
        ],
    ),
    "a council's name before a capitalised office opening a sentence is the body, and 'Cr' a councillor": (
        'Dunmore Regional Council Mayor Col Hennessy opened the hall. "We have waited ten years for it," Cr '
        'Hennessy said.',
        [
         ('We have waited ten years for it,', 'Col Hennessy', 'Mayor', 'Dunmore Regional Council', 'Hennessy',
          'said'),
        ],
    ),
    "a name with a hyphened given name after the surname is the full one of the name without it": (
        '"We would rather take the pain now," chairman Edmund Tsang Kin-hei told analysts. Tsang, 71, said the '
        'board had met.\n\nEdmund Tsang said he expected the market to turn "some time in the next 18 months".',
        [
         ('We would rather take the pain now,', 'Edmund Tsang Kin-hei', 'chairman', None, 'Edmund Tsang Kin-hei',
          'told'),
         ('some time in the next 18 months', 'Edmund Tsang Kin-hei', 'chairman', None, 'Edmund Tsang', 'said'),
        ],
    ),
    "a particle of a South Asian name from Arabic is no end of the name": (
        'Power Secretary Dr Imran ul Haq Siddiqui told the committee the debt was growing. "It does not work," Dr '
        'Siddiqui said.',
        [
         ('It does not work,', 'Imran ul Haq Siddiqui', 'Power Secretary', None, 'Siddiqui', 'said'),
        ],
    ),
    "a description owned by a country stands for the holder of its office there": (
        'Germany’s chancellor, Katrin Albrecht, arrived late. France’s foreign minister, Étienne Marchal-Duval, '
        'said the plan was weak.\n\n“We should stop pretending,” France’s foreign minister said.',
        [
         ('We should stop pretending,', 'Étienne Marchal-Duval', 'foreign minister', 'France',
          'France’s foreign minister', 'said'),
        ],
    ),
    "a description naming another body than the one person before is someone else, met unnamed": (
        'Chancellor Katrin Albrecht of Germany spoke first. The French president arrived late. "We need more '
        'time to think about all of it," the president said.',
        [
         ('We need more time to think about all of it,', None, 'president', None, 'the president', 'said'),
        ],
    ),
    "a definite description whose 'who' clause withholds the name is someone unnamed": (
        'European Commission President Ilse Rautenbach said she expected a deal. The EU diplomat, who spoke on '
        'condition of anonymity because the talks were confidential, said the Dutch position had hardened.\n\n'
        '“They came in flexible and woke up with instructions,” the diplomat said.',
        [
         ('They came in flexible and woke up with instructions,', None, 'diplomat', 'EU', 'the diplomat', 'said'),
        ],
    ),
    "a name set off after a place the parse joined to the role is the role's": (
        'The Liberal Democrat MP for Skelbeck and the Dales, Andrew Tolland, said: “Asking women in labour to '
        'travel is not acceptable.”',
        [
         ('Asking women in labour to travel is not acceptable.', 'Andrew Tolland', 'MP', 'Liberal Democrats',
          'Andrew Tolland', 'said'),
        ],
    ),
    "a cue the parse joined to a quoted verb is not that verb's subject's": (
        'The Association of Transit Riders, which represents bus users in large cities, said in a statement that '
        'the ruling "creates confusion where none existed" and urged Congress to act.',
        [
         ('creates confusion where none existed', 'Association of Transit Riders', None, None,
          'Association of Transit Riders', 'said'),
        ],
    ),
    "'the man' soon after a man met unnamed is him, whoever his own sentence names": (
        'Officer Dale Hurst shot Darnell Whitaker in the parking lot. Another resident of the building, who '
        'declined to give his name because he feared retaliation, said Whitaker appeared to be holding a phone. '
        '"I saw the light of the screen in his hand," the man said.',
        [
         ('I saw the light of the screen in his hand,', None, 'resident', None, 'the man', 'said'),
        ],
    ),
    "a nickname the article gives someone is them wherever it stands": (
        'Ambrose Lewis, 66, a fisherman whom everyone in the village calls Skipper, lost his house. "Never saw the '
        'sea come up the hill like that," Skipper said.\n\nThe union\'s deputy chairman, Ibrahim Sule, known '
        'across the state as Baba Strike, went further. "We did not start this fight," Baba Strike said.\n\n'
        'Gregory Nankervis, a 30-year veteran of the service known to colleagues as Bluey, gave evidence. "I '
        'accept that I should have checked," Bluey said.',
        [
         ('Never saw the sea come up the hill like that,', 'Ambrose Lewis', 'fisherman', None, 'Skipper', 'said'),
         ('We did not start this fight,', 'Ibrahim Sule', 'deputy chairman', 'union', 'Baba Strike', 'said'),
         ('I accept that I should have checked,', 'Gregory Nankervis', 'veteran', 'service', 'Bluey', 'said'),
        ],
    ),
    "a name set beside a title that stands beside the role is the role's": (
        'The inquiry chair, former Supreme Court justice Helen Marchetti, reminded the packed room that the process '
        'was "not a trial, and nobody here is in the dock."',
        [
         ('not a trial, and nobody here is in the dock.', 'Helen Marchetti', 'former justice', 'Supreme Court',
          'Helen Marchetti', 'reminded'),
        ],
    ),
    "whom someone called something is no nickname of theirs": (
        'Sen. Tom Baker, who called Lopez a liar last week, spoke first. "It was wrong of him," Lopez said.',
        [
         ('It was wrong of him,', 'Lopez', None, None, 'Lopez', 'said'),
        ],
    ),
    "a stage name after 'performs as' is the performer's": (
        'Marcus Oyelaran, a DJ who performs as Low Tide, played earlier. "Too many people, not enough ways out," Low '
        'Tide said.',
        [
         ('Too many people, not enough ways out,', 'Marcus Oyelaran', 'DJ', None, 'Low Tide', 'said'),
        ],
    ),
    "a British police constable's abbreviation before a name": (
        'PC Leanne Scott, of Durham Constabulary, said the path had been dark. "There was no lighting at all on that '
        'stretch," she said.',
        [
         ('There was no lighting at all on that stretch,', 'Leanne Scott', 'Police Constable', 'Durham Constabulary',
          'she', 'said'),
        ],
    ),
    "an honorific of Malaysian news is no part of the name": (
        'Under cross-examination, defence lawyer Datuk Ravi Chandran pressed the witness. "You signed every one of '
        'these transfers," Ravi said.',
        [
         ('You signed every one of these transfers,', 'Ravi Chandran', 'defence lawyer', None, 'Ravi', 'said'),
        ],
    ),
    "the title of one who made the hajj is no part of the name": (
        'Hajj Mahmoud Ibrahim, a grocer, counted his change. "Every time the pound falls, I raise my prices," he '
        'said.',
        [
         ('Every time the pound falls, I raise my prices,', 'Mahmoud Ibrahim', 'grocer', None, 'he', 'said'),
        ],
    ),
    "a family name alone without the Arabic article joined to it": (
        'Central Bank Governor Hisham Ramzi al-Gamal said the bank would act. "We will use all the tools at our '
        'disposal," Gamal said.',
        [
         ('We will use all the tools at our disposal,', 'Hisham Ramzi al-Gamal', 'Governor', 'Central Bank', 'Gamal',
          'said'),
        ],
    ),
    "a short name in brackets for a body's name the recogniser cut short": (
        'The Universities and Colleges Employers Association (UCEA) said the offer was fair. "The pay uplift is the '
        'most the sector can afford," UCEA said in a statement.',
        [
         ('The pay uplift is the most the sector can afford,', 'Universities and Colleges Employers Association',
          None, None, 'UCEA', 'said'),
        ],
    ),
    "a short name in brackets that the recogniser ran into the body's name": (
        'The case went to the Independent Office for Police Conduct (IOPC), which will review it. "Entering a home by '
        'force is serious," said Helen Cartwright, the IOPC\u2019s director for London.',
        [
         ('Entering a home by force is serious,', 'Helen Cartwright', 'director',
          'Independent Office for Police Conduct', 'Helen Cartwright', 'said'),
        ],
    ),
    "a body's name ending in a body noun is no shorter name of a body it opens": (
        'The Metropolitan Police Federation urged calm. "We have apologised to the family," the Metropolitan Police '
        'said in a statement.',
        [
         ('We have apologised to the family,', 'Metropolitan Police', None, None, 'Metropolitan Police', 'said'),
        ],
    ),
    "a title and a name the recogniser took for a building": (
        '"This building was fully involved when our first engine arrived," Baltimore City Fire Chief Curtis '
        'Vandermeer said. "Our people did exactly what they were trained to do," Vandermeer said.',
        [
         ('This building was fully involved when our first engine arrived,', 'Curtis Vandermeer', 'Chief',
          'Baltimore City Fire', 'Curtis Vandermeer', 'said'),
         ('Our people did exactly what they were trained to do,', 'Curtis Vandermeer', 'Chief',
          'Baltimore City Fire', 'Vandermeer', 'said'),
        ],
    ),
    "a clause's subject owned by 'whose' stands for the name the clause is on": (
        'City Councilmember Omar Tillman, whose district includes the site, called the fire "a disaster that everyone '
        'on this street saw coming" and said he would act.',
        [
         ('a disaster that everyone on this street saw coming', 'Omar Tillman', 'City Councilmember', None,
          'Omar Tillman', 'called'),
        ],
    ),
    "a body's name the recogniser missed, before a title of two lower-case words": (
        '"We accept that we fell far short," said Three Rivers chief executive Neil Hargreaves.',
        [
         ('We accept that we fell far short,', 'Neil Hargreaves', 'chief executive', 'Three Rivers',
          'Neil Hargreaves', 'said'),
        ],
    ),
    "a party's name of two words before a title": (
        'Liberal Democrat MP Sarah Olney criticised the plan. "This is a betrayal of rural communities," she said. '
        '"The numbers simply do not add up," said Reform UK deputy leader Richard Tice. "It is a scandal for all of '
        'us," Sinn Féin TD Mary Lou McDonald said.',
        [
         ('This is a betrayal of rural communities,', 'Sarah Olney', 'MP', 'Liberal Democrats', 'she', 'said'),
         ('The numbers simply do not add up,', 'Richard Tice', 'deputy leader', 'Reform UK', 'Richard Tice', 'said'),
         ('It is a scandal for all of us,', 'Mary Lou McDonald', 'TD', 'Sinn Féin', 'Mary Lou McDonald', 'said'),
        ],
    ),
    "a party's title before a name the recogniser took into a body": (
        'Labour TD Aoife Nolan dismissed the measures. "There are more than 4,000 children in emergency beds," '
        'Nolan said.',
        [
         ('There are more than 4,000 children in emergency beds,', 'Aoife Nolan', 'TD', 'Labour Party', 'Nolan',
          'said'),
        ],
    ),
    "a surname alone is the namesake brought in as a subject in its paragraph or the one before": (
        'Denise Harmon, a retired teacher, spoke first. "That library is the only quiet place she has," Harmon '
        'said.\n\nHer son, Marcus Harmon, a police sergeant, took the opposite view.\n\n"We are answering calls with '
        'half the units we need," the younger Harmon said.',
        [
         ('That library is the only quiet place she has,', 'Denise Harmon', 'retired teacher', None, 'Harmon',
          'said'),
         ('We are answering calls with half the units we need,', 'Marcus Harmon', 'police sergeant', None, 'Harmon',
          'said'),
        ],
    ),
    "a surname alone is not a namesake named in passing since": (
        'Sen. Ted Cruz spoke in Houston. "I will tell the truth," Cruz said.\n\nTrump retweeted a photo of Heidi '
        'Cruz.\n\n"I am not in the habit of supporting people who attack my wife," Cruz said.',
        [
         ('I will tell the truth,', 'Ted Cruz', 'Senator', None, 'Cruz', 'said'),
         ('I am not in the habit of supporting people who attack my wife,', 'Ted Cruz', 'Senator', None, 'Cruz',
          'said'),
        ],
    ),
    "a body's name ending in a body noun is short for the longer one going on with 'of' or a company's form": (
        'Dexter Wakefield is a minister at the Living Church of God in Ohio. "She is a very pleasant woman," the '
        'Living Church said. Shares of Podesta Group Inc. fell. "We would have gladly registered," Podesta Group said.',
        [
         ('She is a very pleasant woman,', 'Living Church of God', None, None, 'Living Church', 'said'),
         ('We would have gladly registered,', 'Podesta Group Inc.', None, None, 'Podesta Group', 'said'),
        ],
    ),
    "an academic rank before a name gives way to the job set beside it": (
        'Professor Alan Firth, medical director of Severnside Hospitals NHS Trust, said cases were under review. "We '
        'have identified eleven cases," he said. "Decisions like this are never easy," said Prof Martin Hale, '
        'vice-chancellor of the University of Sheffield.',
        [
         ('We have identified eleven cases,', 'Alan Firth', 'medical director', 'Severnside Hospitals NHS Trust',
          'he', 'said'),
         ('Decisions like this are never easy,', 'Martin Hale', 'vice-chancellor', 'University of Sheffield',
          'Martin Hale', 'said'),
        ],
    ),
    "an office before a name stays the role, whatever is set beside it": (
        '"Republicans want a photo op," said Sen. Tom Baker, the panel\'s top Democrat.',
        [
         ('Republicans want a photo op,', 'Tom Baker', 'Senator', 'Democratic Party', 'Tom Baker', 'said'),
        ],
    ),
    "a capital that only opens the sentence is no part of the role": (
        'Former finance director Graham Whitlock denies fraud. "I signed what I was told to sign," he said. '
        'Presidential spokeswoman Lee Hye-jin denied it. "The first lady has nothing to hide," she said.',
        [
         ('I signed what I was told to sign,', 'Graham Whitlock', 'former finance director', None, 'he', 'said'),
         ('The first lady has nothing to hide,', 'Lee Hye-jin', 'presidential spokeswoman', None, 'she', 'said'),
        ],
    ),
    "a country's name opening the sentence before a title": (
        'Tuvalu Prime Minister Simeona Lauti spoke. "We are not asking for charity here," she said.',
        [
         ('We are not asking for charity here,', 'Simeona Lauti', 'Prime Minister', 'Tuvalu', 'she', 'said'),
        ],
    ),
    "a portfolio of two words after a nationality the recogniser took into a body": (
        'Australian Climate Change Minister Daniel Whitfield said gas would stay. "Gas will play a role in the '
        'transition," he said.',
        [
         ('Gas will play a role in the transition,', 'Daniel Whitfield', 'Climate Change Minister', 'Australia',
          'he', 'said'),
        ],
    ),
    "a nickname after 'aka', in quotation marks inside the name, or a stage name beside a real one": (
        'The band were there: guitarist Neil Sandbach, aka Spider, and bassist Margaret "Mags" Kelleher. Among the '
        'crowd was the rapper Kilo Saint, whose real name is Kwabena Osei-Fordjour, in a cardigan. "We were two '
        'idiots back then," Spider said. "He turned up with a cake," Mags said. "I am buying the whole collection," '
        'Kilo Saint said.',
        [
         ('We were two idiots back then,', 'Neil Sandbach', 'guitarist', None, 'Spider', 'said'),
         ('He turned up with a cake,', 'Margaret Kelleher', 'bassist', None, 'Mags', 'said'),
         ('I am buying the whole collection,', 'Kwabena Osei-Fordjour', None, None, 'Kilo Saint', 'said'),
        ],
    ),
    "a military rank written without a stop, and a Canadian councillor's": (
        'Brig Mohammad Shahjahan Sikder, director of the Fire Service, spoke first. "We suspect the fire began in '
        'a short circuit," Brig Sikder said. Coun. Maria Delgado-Finch voted no. "We cannot build our way out," '
        'she said.',
        [
         ('We suspect the fire began in a short circuit,', 'Mohammad Shahjahan Sikder', 'Brigadier',
          'Fire Service', 'Sikder', 'said'),
         ('We cannot build our way out,', 'Maria Delgado-Finch', 'Councillor', None, 'she', 'said'),
        ],
    ),
    "initials before a name are its first": (
        'KPCC president S.R. Venkatesh Murthy said the party would win. "Our workers went to every house," Murthy '
        'said.',
        [
         ('Our workers went to every house,', 'S.R. Venkatesh Murthy', 'president', 'KPCC', 'Murthy', 'said'),
        ],
    ),
    "a party's title and a name the recogniser took for a body, the given name a rare one": (
        '"This is once again trampling on Quebec jurisdiction," said Bloc MP Mathieu Lessard.',
        [
         ('This is once again trampling on Quebec jurisdiction,', 'Mathieu Lessard', 'MP', 'Bloc',
          'Mathieu Lessard', 'said'),
        ],
    ),
    "an acronym or a name of several words opening the sentence before a title": (
        'SES local controller Darren O\'Hare said crews were busy. "Our volunteers have carried out many rescues," he '
        'said. Harbor Point chief executive Ann Ruiz spoke next. "We fell far short," she said.',
        [
         ('Our volunteers have carried out many rescues,', "Darren O'Hare", 'local controller', 'SES', 'he', 'said'),
         ('We fell far short,', 'Ann Ruiz', 'chief executive', 'Harbor Point', 'she', 'said'),
        ],
    ),
    "a minister's portfolio the recogniser took into the place before it": (
        'Sindh Energy Minister Syed Zulfiqar Ali Jafri was angry. "We will demand a full inquiry," he said.',
        [
         ('We will demand a full inquiry,', 'Syed Zulfiqar Ali Jafri', 'Energy Minister', 'Sindh', 'he', 'said'),
        ],
    ),
    "a family name with its Arabic article capitalised, opening a sentence": (
        'Qatari minister Fahad bin Jassim al-Kuwari spoke. "The gaps are narrowing on the withdrawal," Al-Kuwari said.',
        [
         ('The gaps are narrowing on the withdrawal,', 'Fahad bin Jassim al-Kuwari', 'minister', 'Qatar',
          'Al-Kuwari', 'said'),
        ],
    ),
    "a German form of address is no part of the name": (
        'Frau Hildegard Wenzel, a retired nurse, shook her head. "They fight about billions while my pension '
        'shrinks," she said.',
        [
         ('They fight about billions while my pension shrinks,', 'Hildegard Wenzel', 'retired nurse', None, 'she',
          'said'),
        ],
    ),
    "a Spanish form of address is no part of the name": (
        'Señora Carmen Vidal Herrero pays more than half her salary in rent. "I cannot save a single euro," Vidal '
        'Herrero said.',
        [
         ('I cannot save a single euro,', 'Carmen Vidal Herrero', None, None, 'Vidal Herrero', 'said'),
        ],
    ),
    "a Portuguese form of address before the given name alone": (
        'Rosa Quispe Huaman, the community\'s president, led the march. "We will not talk to their lawyers," '
        'Dona Rosa said.',
        [
         ('We will not talk to their lawyers,', 'Rosa Quispe Huaman', 'president', 'community', 'Rosa', 'said'),
        ],
    ),
    "'the company' is no public body named before": (
        'The European Commission fined Vantor on Wednesday. Vantor said it would appeal. In a statement, the '
        'company said the ruling "ignored the reality of a fiercely competitive market".',
        [
         ('ignored the reality of a fiercely competitive market', 'Vantor', None, None, 'the company', 'said'),
        ],
    ),
    "an office named for its holder speaks as one body": (
        'Talbot was sentenced to 14 years. "This sentence reflects the gravity of the harm done," the U.S. '
        'Attorney\'s Office said in a statement.',
        [
         ('This sentence reflects the gravity of the harm done,', "U.S. Attorney's Office", None, None,
          "U.S. Attorney's Office", 'said'),
        ],
    ),
    "an office named for its holder, with the district it serves": (
        'Halvorsen pleaded guilty in March.\n\nThe U.S. Attorney\'s Office for the Northern District of Illinois said '
        'in a statement that "every dollar taken from the pension fund will be recovered."',
        [
         ('every dollar taken from the pension fund will be recovered.',
          "U.S. Attorney's Office for the Northern District of Illinois", None, None,
          "U.S. Attorney's Office for the Northern District of Illinois", 'said'),
        ],
    ),
    "an office named for its holder, over two possessives": (
        '"We are reviewing the decision and will respond in court," the Cook County State\'s Attorney\'s Office said.',
        [
         ('We are reviewing the decision and will respond in court,', "Cook County State's Attorney's Office", None,
          None, "Cook County State's Attorney's Office", 'said'),
        ],
    ),
    "an office of two capitalised words alone stands for the one who holds it": (
        'The case was referred by the Solicitor General, Martin Ellery KC, after a complaint.\n\n'
        'After the hearing, the Solicitor General said: "Domestic abuse destroys lives behind closed doors."',
        [
         ('Domestic abuse destroys lives behind closed doors.', 'Martin Ellery', 'Solicitor General', None,
          'the Solicitor General', 'said'),
        ],
    ),
    "a number before the body of several members is no word of its name": (
        'Sir Julian Hargreaves, one of three Court of Appeal judges who heard the case, said the sentence was '
        '"unduly lenient to a degree that cannot stand".',
        [
         ('unduly lenient to a degree that cannot stand', 'Julian Hargreaves', 'judge', 'Court of Appeal',
          'Julian Hargreaves', 'said'),
        ],
    ),
    "a minister described by portfolio is not the minister of another": (
        'Justice Minister Tomasz Wierzbicki welcomed the ruling. Development Funds Minister Ewa Kaminska said the '
        'money would go to energy projects.\n\n"We have fought for this for eight years," the justice minister said.',
        [
         ('We have fought for this for eight years,', 'Tomasz Wierzbicki', 'Justice Minister', None,
          'the justice minister', 'said'),
        ],
    ),
    "given names the recogniser left out after a title": (
        '"Rent controls can offer short-term relief," Bank of Spain Deputy Governor Margarita Solís Beltrán said.',
        [
         ('Rent controls can offer short-term relief,', 'Margarita Solís Beltrán', 'Deputy Governor', 'Bank of Spain',
          'Margarita Solís Beltrán', 'said'),
        ],
    ),
    "a given name the parse hung on a title's object is no word of the title": (
        'French Minister for Research and Space Etienne Garnier called the flight "a victory for the whole of '
        'Europe".',
        [
         ('a victory for the whole of Europe', 'Etienne Garnier', 'Minister for Research and Space', 'France',
          'Etienne Garnier', 'called'),
        ],
    ),
    "a given name that is also a role noun, before a surname alone": (
        'Its spokeswoman, Marine Castaing, said her members were ready to "take the fight into the heart of Paris".',
        [
         ('take the fight into the heart of Paris', 'Marine Castaing', 'spokeswoman', None, 'Marine Castaing',
          'said'),
        ],
    ),
    "an age for the subject, which the parse hung on the verb": (
        'Pakistan captain Saad Ilyas praised both bowlers, as well as opener Imran Qadeer, whose second-innings 141 '
        'set up Sunday evening’s declaration. “When you have two brothers bowling in tandem like that, with that '
        'kind of pace and that kind of hunger, it makes a captain’s job easy,” Ilyas said. “Imran’s hundred was the '
        'innings of the match, though. Without it we are not even talking about a win.”\n\nQadeer, who was named '
        'player of the match, dedicated the award to his late grandfather. “He used to listen to every Test on the '
        'radio, even when Pakistan were losing badly,” the 29-year-old said. “I wish he had been here for this one.”',
        [
         ('When you have two brothers bowling in tandem like that, with that kind of pace and that kind of hunger, '
          'it makes a captain’s job easy,', 'Saad Ilyas', 'captain', 'Pakistan', 'Ilyas', 'said'),
         ('Imran’s hundred was the innings of the match, though. Without it we are not even talking about a win.',
          'Saad Ilyas', 'captain', 'Pakistan', 'Ilyas', 'said'),
         ('He used to listen to every Test on the radio, even when Pakistan were losing badly,', 'Imran Qadeer',
          None, None, '29-year-old', 'said'),
         ('I wish he had been here for this one.', 'Imran Qadeer', None, None, '29-year-old', 'said'),
        ],
    ),
    "a party's member before a name is no given name of it": (
        'Senate Intelligence Committee Ranking Democrat Dianne Feinstein was asked about the emails. "I have never '
        'heard it before," she said.',
        [
         ('I have never heard it before,', 'Dianne Feinstein', None, 'Senate Intelligence Committee', 'she', 'said'),
        ],
    ),
    "an occupation set beside a name after an age": (
        '"The first year we made $3,100 and we thought we were millionaires," said Megan O\'Rourke, 41, a paralegal.',
        [
         ('The first year we made $3,100 and we thought we were millionaires,', "Megan O'Rourke", 'paralegal', None,
          "Megan O'Rourke", 'said'),
        ],
    ),
    "a musician's instrument before the name is the role, not a word of the name": (
        'Clarinetist Wendell Batiste played beside him for forty years. "I met him in 1958 at a club on Rampart '
        'Street," Batiste said.',
        [
         ('I met him in 1958 at a club on Rampart Street,', 'Wendell Batiste', 'Clarinetist', None, 'Batiste',
          'said'),
        ],
    ),
    "the higher grade of a Malaysian honour is no part of the title before the name": (
        'Health Minister Datuk Seri Dr. Azman Rahim said the government had secured 500,000 doses. "The vaccine '
        'gives us another line of defence," he said.',
        [
         ('The vaccine gives us another line of defence,', 'Azman Rahim', 'Health Minister', None, 'he', 'said'),
        ],
    ),
    "a given name in two words the recogniser took for a body completes a surname": (
        'Celtics head coach Wendell Ainsworth said he had drawn up the final play for his center, Nikola Draganic, '
        'before changing his mind.\n\nDraganic, the Serbian center, finished with 18 points. "My hands were shaking '
        'a little, I am not going to lie," he said.',
        [
         ('My hands were shaking a little, I am not going to lie,', 'Nikola Draganic', None, None, 'he', 'said'),
        ],
    ),
    "the first of two Spanish surnames alone": (
        'Housing Minister Isabel de la Cruz Ortega presented the law on Tuesday.\n\nDe la Cruz said the law would '
        'also cover tourist flats. She called them "a parallel hotel industry that pays almost nothing".',
        [
         ('a parallel hotel industry that pays almost nothing', 'Isabel de la Cruz Ortega', 'Housing Minister', None,
          'She', 'called'),
        ],
    ),
    "a given name the tables lack, after the full name": (
        '"She knows the name of every single student," Sofia said.\n\nDarnell Price, 16, a junior at Benito Juarez '
        'Community Academy, started coming two years ago to repair a tear in his favorite hoodie. He now makes most of '
        'his own clothes.\n\n"At school people ask me where I got my jacket, and I get to say I made it," Darnell '
        'said.',
        [
         ('She knows the name of every single student,', 'Sofia', None, None, 'Sofia', 'said'),
         ('At school people ask me where I got my jacket, and I get to say I made it,', 'Darnell Price', 'junior',
          'Benito Juarez Community Academy', 'Darnell', 'said'),
        ],
    ),
    "a Portuguese particle 'do' inside a name": (
        'Brazilian farm groups rejected European criticism of their environmental standards. “Brazilian producers '
        'comply with some of the strictest environmental laws on the planet,” said Sueli Moraes do Amaral, director '
        'of international relations at the Brazilian Confederation of Agriculture and Livestock (CNA).\n\n“The French '
        'problem is not our beef,” Amaral said.',
        [
         ('Brazilian producers comply with some of the strictest environmental laws on the planet,',
          'Sueli Moraes do Amaral', 'director of international relations',
          'Brazilian Confederation of Agriculture and Livestock', 'Sueli Moraes do Amaral', 'said'),
         ('The French problem is not our beef,', 'Sueli Moraes do Amaral', 'director of international relations',
          'Brazilian Confederation of Agriculture and Livestock', 'Amaral', 'said'),
        ],
    ),
    "a nationality saying a quote that names someone else": (
        'Chloé Lambert said she had enjoyed the meeting with her namesake. "We joked in the locker room that at '
        'least one Lambert was going through," the Frenchwoman said.',
        [
         ('We joked in the locker room that at least one Lambert was going through,', 'Chloé Lambert', None, None,
          'the Frenchwoman', 'said'),
        ],
    ),
    "a share before a role joined to it is no word of the role": (
        'Ohio Senator Lydia Varga led with 31 percent, followed by Tennessee Governor Curtis Hallberg at 27 percent '
        'and technology entrepreneur Grant Tolliver at 18 percent.\n\n"Polls in October are a hobby for '
        'journalists," Tolliver said.',
        [
         ('Polls in October are a hobby for journalists,', 'Grant Tolliver', 'entrepreneur', None, 'Tolliver',
          'said'),
        ],
    ),
    "an office a description gave someone besides their role names them later": (
        'MANCHESTER, N.H. — Democratic presidential candidate Marisol Quintero spent two hours taking questions, '
        'pitching herself as a governor who “fixes things instead of fighting about them.”\n\nThe New Mexico '
        'governor, 54, shed her blazer within ten minutes.\n\n“I’m asking you to look at what I’ve actually done,” '
        'the governor replied.',
        [
         ('fixes things instead of fighting about them.', 'Marisol Quintero', 'presidential candidate',
          'Democratic Party', 'Marisol Quintero', 'spent'),
         ('I’m asking you to look at what I’ve actually done,', 'Marisol Quintero', 'presidential candidate',
          'Democratic Party', 'the governor', 'replied'),
        ],
    ),
    "a participle the parse hung on a relative clause about a thing": (
        'Agriculture Minister Sophie Marchetti met the farmers on Monday.\n\nShe said the government was preparing '
        'legislation to strengthen a law that bars supermarkets from forcing suppliers to sell below production '
        'costs, describing supermarket pricing practices as "a scandal that has gone on far too long".',
        [
         ('a scandal that has gone on far too long', 'Sophie Marchetti', 'Agriculture Minister', None, 'She',
          'describing'),
        ],
    ),
    "a wire lead's unnamed person, named as the next sentence's subject": (
        'DOYLESTOWN, Pa. (AP) — A Bucks County man accused of killing his wife told jurors on Wednesday that he had '
        'no idea how the drug got into her system, insisting that he had “loved her every day for 26 years.”\n\n'
        'Richard Hale, 54, is charged with first-degree murder in the death of Diane Hale, 51.',
        [
         ('loved her every day for 26 years.', 'Richard Hale', None, None, 'A Bucks County man', 'insisting'),
        ],
    ),
    "an office's abbreviation alone stands for its holder": (
        'Chief financial officer Raj Menon said the company expects lower earnings.\n\n"We would rather run the '
        'existing fleet a little longer," the CFO said.\n\nDistrict Attorney Mary Wells filed the charges. "This was a '
        'calculated and cruel crime," the DA said.',
        [
         ('We would rather run the existing fleet a little longer,', 'Raj Menon', 'Chief financial officer', None,
          'the CFO', 'said'),
         ('This was a calculated and cruel crime,', 'Mary Wells', 'District Attorney', None, 'the DA', 'said'),
        ],
    ),
    "an office held under its abbreviation is the office written out": (
        'Jane Poole, the CFO of Acme Corp., spoke to analysts on Monday. Analysts pressed Tom Hart, a Barclays '
        'banker, on the debt.\n\n"We will cut spending this year," the chief financial officer said.',
        [
         ('We will cut spending this year,', 'Jane Poole', 'CFO', 'Acme Corp.', 'the chief financial officer',
          'said'),
        ],
    ),
    "a person named after a title in a body's entity, whose surname speaks later": (
        'Kozhikode District Collector Arun Varghese ordered schools closed. "We are asking people to wear masks in '
        'public," Varghese said.',
        [
         ('We are asking people to wear masks in public,', 'Arun Varghese', 'District Collector', 'Kozhikode District',
          'Varghese', 'said'),
        ],
    ),
    "a teenager and a veteran unionist refer back to someone named": (
        'Aisha Mahmood, 19, joined as an apprentice last year. “My mates are all in offices or warehouses,” the '
        'teenager said.\n\nOkonkwo, 61, a former electricity worker who has led the congress since 2021, said the unions '
        'would not return to talks. Asked how long the strike could last, the veteran unionist said: “As long as it '
        'takes.”',
        [
         ('My mates are all in offices or warehouses,', 'Aisha Mahmood', None, None, 'the teenager', 'said'),
         ('As long as it takes.', 'Okonkwo', 'former electricity worker', None, 'the veteran unionist', 'said'),
        ],
    ),
    "a rank of two unstopped abbreviations is one title, not a given name": (
        '"We suspect the fire started in the kitchen," said Lt Col Vikram Sharma, the army spokesman. "The exit '
        'was locked," Sharma said.',
        [
         ('We suspect the fire started in the kitchen,', 'Vikram Sharma', 'Lieutenant Colonel', None,
          'Vikram Sharma', 'said'),
         ('The exit was locked,', 'Vikram Sharma', 'Lieutenant Colonel', None, 'Sharma', 'said'),
        ],
    ),
    "a Malaysian honour of two words opens the name": (
        'Election Commission chairman Tan Sri Mokhtar Jamaluddin defended the count. "The counting process was '
        'carried out transparently," Mokhtar said.',
        [
         ('The counting process was carried out transparently,', 'Mokhtar Jamaluddin', 'chairman',
          'Election Commission', 'Mokhtar', 'said'),
        ],
    ),
    "the second word of a two-word rank alone is a given name": (
        'Japanese Defense Minister Gen Nakatani spoke after the launch. "We will respond firmly," Nakatani said.',
        [
         ('We will respond firmly,', 'Gen Nakatani', 'Defense Minister', 'Japan', 'Nakatani', 'said'),
        ],
    ),
    "each reference to someone met unnamed keeps them in reach of the next": (
        'A senior U.S. defence official, briefing reporters on condition of anonymity ahead of the meeting, said '
        'Washington wanted European governments to pay for a greater share of the weapons sent to Ukraine.\n\n'
        '"We have made very clear that we expect Europe to step up, and frankly, many of them have," the official '
        'said. "Others are still talking more than they are spending."\n\nAsked whether Washington would approve '
        'new Patriot deliveries from its own stocks, the official said: "Everything is on the table, but our own '
        'readiness is a factor we can\'t ignore."',
        [
         ('We have made very clear that we expect Europe to step up, and frankly, many of them have,', None,
          'senior defence official', 'U.S.', 'the official', 'said'),
         ('Others are still talking more than they are spending.', None, 'senior defence official', 'U.S.',
          'the official', 'said'),
         ("Everything is on the table, but our own readiness is a factor we can't ignore.", None,
          'senior defence official', 'U.S.', 'the official', 'said'),
        ],
    ),
    "a naval rank written out is a role": (
        '"This was not a warning. This was an attack," said Commodore Renato Dizon, the coast guard spokesman.',
        [
         ('This was not a warning. This was an attack,', 'Renato Dizon', 'Commodore', 'coast guard',
          'Renato Dizon', 'said'),
        ],
    ),
    "the hajj title as French-speaking West Africa writes it opens the name": (
        '"People here are caught between the jihadists and the army," said El Hadj Bouba Cissé, a community '
        'leader. "We have nowhere to go," Cissé said.',
        [
         ('People here are caught between the jihadists and the army,', 'Bouba Cissé', 'community leader', None,
          'Bouba Cissé', 'said'),
         ('We have nowhere to go,', 'Bouba Cissé', 'community leader', None, 'Cissé', 'said'),
        ],
    ),
    "a hyphened surname after a title is the whole name's": (
        '"People are saying don\'t build it here without talking to us first," Dunleavy said.\n\nCounty Executive '
        'Simone Adeyemi-Ross defended the choice of location.\n\n"The site already has water, sewer and power in '
        'place, which saves us at least a year," Adeyemi-Ross told the board.',
        [
         ("People are saying don't build it here without talking to us first,", 'Dunleavy', None, None, 'Dunleavy',
          'said'),
         ('The site already has water, sewer and power in place, which saves us at least a year,',
          'Simone Adeyemi-Ross', 'County Executive', None, 'Adeyemi-Ross', 'told'),
        ],
    ),
    "a business group named with 'Industries' is what 'the company' refers back to": (
        'MUMBAI -- Mehta Industries, India\'s second-largest conglomerate by market value, reported a 22% rise in '
        'quarterly profit on Friday.\n\nNet profit for the three months rose to 184.6 billion rupees, beating the '
        'average estimate of analysts. Revenue climbed 9.4%, according to a stock exchange filing.\n\n"The quarter '
        'reflects the strength of our consumer businesses," the company said in the filing.',
        [
         ('The quarter reflects the strength of our consumer businesses,', 'Mehta Industries', None, None,
          'the company', 'said'),
        ],
    ),
    "a company a business noun described stands for 'the company' further on": (
        'Shares of Veridian Semiconductor fell 9% on Wednesday after the chipmaker forecast second-quarter revenue '
        'below Wall Street estimates and warned that shortages would limit shipments.\n\nThe Commerce Department, '
        'which has tightened rules on the export of advanced chips, declined '
        'to comment. "We do not comment on individual licence applications," a Commerce Department spokesperson '
        'said.\n\nRevenue rose 64% from a year earlier. "We are guiding conservatively given the uncertainty around '
        'export licences," the company said in its earnings release.',
        [
         ('We do not comment on individual licence applications,', None, 'spokesperson', 'Commerce Department',
          'a Commerce Department spokesperson', 'said'),
         ('We are guiding conservatively given the uncertainty around export licences,', 'Veridian Semiconductor',
          None, None, 'the company', 'said'),
        ],
    ),
    "an office abbreviated alone stands for its holder: a South Asian police rank": (
        'Deputy Commissioner of Police Anitha Gowda said a case had been registered. "We are examining their '
        'phones," the DCP added.',
        [
         ('We are examining their phones,', 'Anitha Gowda', 'Deputy Commissioner of Police', None, 'the DCP',
          'added'),
        ],
    ),
    "a district's deputy commissioner abbreviated alone": (
        'Sunamganj Deputy Commissioner Dilruba Akter said 412 shelters had opened. "We have also requested the army '
        'to keep boats ready," the DC added.',
        [
         ('We have also requested the army to keep boats ready,', 'Dilruba Akter', 'Sunamganj Deputy Commissioner',
          None, 'the DC', 'added'),
        ],
    ),
    "a name after a title of the form role of body, with a district in brackets": (
        'Senior Superintendent of Police (Rural) Gurpreet Singh Sandhu said the consignment was part of a larger '
        'network. "We have identified the handler across the border," the SSP said.',
        [
         ('We have identified the handler across the border,', 'Gurpreet Singh Sandhu',
          'Senior Superintendent of Police', None, 'the SSP', 'said'),
        ],
    ),
    "a Kenyan county assembly member's title before the name": (
        '"This is a disaster that could have been avoided," said MCA Joseph Ochieng of Kondele Ward.',
        [
         ('This is a disaster that could have been avoided,', 'Joseph Ochieng', 'MCA', 'Kondele Ward',
          'Joseph Ochieng', 'said'),
        ],
    ),
    "a second relative clause the parse joined to a verb inside the first": (
        'Among them is Sen. Alton Greer (R-Utah), who has said he will not vote for Vandermeer and who called the '
        'convention "a coronation dressed up as a party."',
        [
         ('a coronation dressed up as a party.', 'Alton Greer', 'Senator', 'Republican Party', 'who', 'called'),
        ],
    ),
    "a body's name the recogniser began after its noun and 'for'": (
        'The Alliance for Fair Courts, a liberal advocacy group, countered with a statement accusing Republicans of '
        '"holding a Supreme Court seat hostage to the outcome of an election."',
        [
         ('holding a Supreme Court seat hostage to the outcome of an election.', 'Alliance for Fair Courts', None,
          None, 'Alliance for Fair Courts', 'accusing'),
        ],
    ),
    "a body noun of a place names that place's body": (
        'Russia\'s Defence Ministry said 190 servicemen had been returned. The foreign ministry of the United Arab '
        'Emirates, which mediated the exchange, said the swap reflected "the strong relations of friendship between '
        'the UAE and both countries."',
        [
         ('the strong relations of friendship between the UAE and both countries.',
          'foreign ministry of the United Arab Emirates', None, None,
          'The foreign ministry of the United Arab Emirates', 'said'),
        ],
    ),
    "a portfolio tells a ministry from another named before": (
        'Russia\'s Defence Ministry said 190 servicemen had been returned. The foreign ministry said the swap '
        'reflected "the strong relations of friendship between the two countries."',
        [
         ('the strong relations of friendship between the two countries.', 'foreign ministry', None, None,
          'The foreign ministry', 'said'),
        ],
    ),
    "a name set off after the place of a role's phrase, which the parse made the place's conjunct": (
        'Russia\'s envoy in Vienna, Pavel Goncharov, whose country voted against the text along with China, wrote on X '
        'that the resolution was "a gift to those who want to bury diplomacy."',
        [
         ('a gift to those who want to bury diplomacy.', 'Pavel Goncharov', 'envoy', 'Russia', 'Pavel Goncharov',
          'wrote'),
        ],
    ),
    "a church deacon's title written out before the name": (
        'Deacon Harold Beasley, who runs the voter registration drive, said volunteers were ready. "We have got 14 '
        'vans and 40 drivers," Beasley said.',
        [
         ('We have got 14 vans and 40 drivers,', 'Harold Beasley', 'Deacon', None, 'Beasley', 'said'),
        ],
    ),
    "a surname that is a church title stays a name": (
        'Colleen Deacon, a veteran staffer, said the race was close. "We are knocking on doors," Deacon said.',
        [
         ('We are knocking on doors,', 'Colleen Deacon', 'veteran staffer', None, 'Deacon', 'said'),
        ],
    ),
    "Nigerian news's commissioner of police before the name": (
        '"Lagos will not be a safe haven for kidnappers," CP Adebowale Lawal told journalists.',
        [
         ('Lagos will not be a safe haven for kidnappers,', 'Adebowale Lawal', 'Commissioner of Police', None,
          'CP Adebowale Lawal', 'told'),
        ],
    ),
    "a surname that is a church title, alone, stays the person's": (
        'Kingson faces Colleen Deacon, a 38-year-old veteran staffer for Sen. Kirsten Gillibrand (D-N.Y.).\n\nIn an '
        'interview, Deacon had nothing bad to say about Sanders. "By coming to town, he\'s reminding them that '
        'there\'s an election on Tuesday," she said.',
        [
         ("By coming to town, he's reminding them that there's an election on Tuesday,", 'Colleen Deacon',
          'veteran staffer', 'Kirsten Gillibrand', 'she', 'said'),
        ],
    ),
    "the next question of an exchange, a paragraph of its own, is the asker's, and the answer after it the replier's": (
        'Lindqvist pressed Dunleavy on the issue.\n\n"So why not release them now?" Lindqvist asked.\n\n"Because his '
        'lawyers have told him not to," Dunleavy replied.\n\n"Would you release yours if you were under audit?"\n\n'
        '"I have released ten years of mine."',
        [
         ('So why not release them now?', 'Lindqvist', None, None, 'Lindqvist', 'asked'),
         ('Because his lawyers have told him not to,', 'Dunleavy', None, None, 'Dunleavy', 'replied'),
         ('Would you release yours if you were under audit?', 'Lindqvist', None, None, 'Lindqvist', None),
         ('I have released ten years of mine.', 'Dunleavy', None, None, 'Dunleavy', None),
        ],
    ),
    "a reply's paragraph after it that asks nothing is the replier's": (
        '"So why not release them now?" Lindqvist asked.\n\n"Because his lawyers have told him not to," Dunleavy '
        'replied.\n\n"Any reasonable person would listen to their lawyers."',
        [
         ('So why not release them now?', 'Lindqvist', None, None, 'Lindqvist', 'asked'),
         ('Because his lawyers have told him not to,', 'Dunleavy', None, None, 'Dunleavy', 'replied'),
         ('Any reasonable person would listen to their lawyers.', 'Dunleavy', None, None, 'Dunleavy', None),
        ],
    ),
    "a person's body noun for the organisation the article set that noun beside, which they are of": (
        'Ethan Brandvold is policy director at the Accessible Skies Alliance, a disability rights group. He '
        'spoke on Monday.\n\nBrandvold\'s group said in a post after the ruling: "Every broken wheelchair is '
        'a person stranded."',
        [("Every broken wheelchair is a person stranded.", "Accessible Skies Alliance", None, None,
          "Brandvold's group", "said")],
    ),
    "a person's body noun for a body the article did not set that noun beside stays the person's": (
        'Ethan Brandvold is policy director at the Accessible Skies Alliance. He spoke on Monday.\n\n'
        'Brandvold\'s campaign said in a post after the ruling: "Every broken wheelchair is a person stranded."',
        [("Every broken wheelchair is a person stranded.", "Brandvold campaign", None, None,
          "Brandvold's campaign", "said")],
    ),
    "a body noun after nouns in lower case for the organisation whose name holds them": (
        'The hospitals bargain through the Minnesota Hospital Employers Group, which has offered 11%.\n\n'
        'The hospital group said the union\'s demands were "unrealistic and unsustainable at this time."',
        [("unrealistic and unsustainable at this time.", "Minnesota Hospital Employers Group", None, None,
          "The hospital group", "said")],
    ),
    "a body noun after nouns in lower case that no organisation's name holds stays as written": (
        'The hospitals bargain through the Minnesota Hospital Employers Group, which has offered 11%.\n\n'
        'The nurses group said the offer was "an insult to every nurse here."',
        [("an insult to every nurse here.", "nurses group", None, None, "The nurses group", "said")],
    ),
    "the company after a company named by its trade": (
        'Workers at the Cerro Alto mine walked off the job after talks with operator Andean Ridge Mining '
        'broke down.\n\n"Our offer is among the most competitive in the industry," the company said.',
        [("Our offer is among the most competitive in the industry,", "Andean Ridge Mining", None, None,
          "the company", "said")],
    ),
    "the company is no public body named by a trade after 'of'": (
        'Workers at the Cerro Alto mine met officials of the Department of Energy on Monday.\n\n'
        '"Our offer is among the most competitive in the industry," the company said.',
        [("Our offer is among the most competitive in the industry,", "company", None, None,
          "the company", "said")],
    ),
    "said the role, Name, with the name parsed as a conjunct of the role": (
        'The minor Rebuilding Korea Party criticized both sides. “The two major parties must stop their game '
        'of chicken and sit down with a compromise on the table,” said the party’s spokesperson, Rep. Yeo '
        'Ji-min.\n\nThe parties met again on Friday.',
        [("The two major parties must stop their game of chicken and sit down with a compromise on the table,",
          "Yeo Ji-min", "Representative", None, "Yeo Ji-min", "said")],
    ),
    "a body's name, an abbreviated honorific and a name that the recogniser took for one work": (
        '"Slow down, leave extra space," State Patrol Lt. Gina Albrecht told reporters in St. Paul.',
        [("Slow down, leave extra space,", "Gina Albrecht", "Lieutenant", "State Patrol", "Gina Albrecht", "told")],
    ),
    "a given name the recogniser left out of a name after a title, in a body's entity": (
        'Secretary for Housing Agnes Leung Wai-man said the bill was fair. "No family should have to live like '
        'this," Leung said.',
        [("No family should have to live like this,", "Agnes Leung Wai-man", "Secretary for Housing", None, "Leung",
          "said")],
    ),
    "a chain of Malaysian honorifics before a name": (
        '"We have had three rounds of talks," says Datuk Seri Panglima Salleh Tambunan. "Whatever the decision, '
        'it must be fair," Salleh said.',
        [("We have had three rounds of talks,", "Salleh Tambunan", None, None, "Salleh Tambunan", "says"),
         ("Whatever the decision, it must be fair,", "Salleh Tambunan", None, None, "Salleh", "said")],
    ),
    "a Thai royal decoration before a name, and the name by its given name after it": (
        'In a statement, Finance Minister Khunying Patcharee Rattanakosol said: "The measures have begun to '
        'show results." Khunying Patcharee said: "The numbers speak for themselves."',
        [("The measures have begun to show results.", "Patcharee Rattanakosol", "Finance Minister", None,
          "Patcharee Rattanakosol", "said"),
         ("The numbers speak for themselves.", "Patcharee Rattanakosol", "Finance Minister", None, "Patcharee",
          "said")],
    ),
    "an academic rank of two words without stops before Dr and a name": (
        'Universiti Malaysia Sabah political analyst Assoc Prof Dr Benedict Sipaun said: "Voters punish parties '
        'seen as taking orders."',
        [("Voters punish parties seen as taking orders.", "Benedict Sipaun", "political analyst",
          "Universiti Malaysia Sabah", "Benedict Sipaun", "said")],
    ),
    "a given name before a surname the recogniser took for a body, after a title": (
        '"This conviction shows that the pandemic was never an excuse for corruption," Assistant Special '
        'Prosecutor Maricel Dumlao said in a phone interview.',
        [("This conviction shows that the pandemic was never an excuse for corruption,", "Maricel Dumlao",
          "Assistant Special Prosecutor", None, "Maricel Dumlao", "said")],
    ),
    "a company the recogniser took for a person where the article writes it without its legal form": (
        'He is an employee of Tokyo-based trading house Tokai Shoji Corp.\n\nTokai Shoji said in a statement '
        'that it had been informed. "We hope for his early return," the company said.',
        [("We hope for his early return,", "Tokai Shoji Corp.", None, None, "the company", "said")],
    ),
    "someone named by their surname alone, opening a sentence with a description set beside it": (
        'Mak, a 41-year-old mother of two who gave only her surname, said she supported the law.\n\n'
        '"My flat has no window and the toilet is next to the stove," she said.',
        [("My flat has no window and the toilet is next to the stove,", "Mak", None, None, "she", "said")],
    ),
    "a pronoun after someone met unnamed whose gender their own clause gives": (
        'Prosecutor Sarah Goh spoke first. "He knew they trusted him," said Ms Goh.\n\nOne of the victims, an '
        '81-year-old retired hawker, lost $540,000, nearly all her life savings. In a statement read out in '
        'court, she said: "I worked for 50 years selling noodles."',
        [("He knew they trusted him,", "Sarah Goh", "Prosecutor", None, "Goh", "said"),
         ("I worked for 50 years selling noodles.", None, "retired hawker", None, "she", "said")],
    ),
    "a pronoun after someone met unnamed whose clause gives no gender is the one named before": (
        'Prosecutor Sarah Goh spoke first. "He knew they trusted him," said Ms Goh.\n\nOne of the victims, an '
        '81-year-old retired hawker, lost $540,000. In court, she said: "I worked for 50 years selling noodles."',
        [("He knew they trusted him,", "Sarah Goh", "Prosecutor", None, "Goh", "said"),
         ("I worked for 50 years selling noodles.", "Sarah Goh", "Prosecutor", None, "she", "said")],
    ),
    "an Indonesian police rank before a name": (
        'Sr. Comr. Dedi Kurniawan said 1,850 personnel had been deployed. "We will facilitate the students," he '
        'said.',
        [("We will facilitate the students,", "Dedi Kurniawan", "Sr Commissioner", None, "he", "said")],
    ),
    "continue with an infinitive after it is no cue": (
        'The Chinese ministry said in a statement that Beijing "will take a science-based approach" to the issue '
        'and would continue to monitor the water discharge.',
        [("will take a science-based approach", "Chinese ministry", None, None, "The Chinese ministry", "said")],
    ),
    "continue with a speech noun for its object is a cue": (
        'Clint Howard spoke in Iowa.\n\nHoward continued his scathing remarks: "Eight years ago we had a '
        'choice."',
        [("Eight years ago we had a choice.", "Clint Howard", None, None, "Howard", "continued")],
    ),
    "an acronym for a body the article spells out after the country it serves": (
        'US FDA declines to approve ALS drug\n\nThe U.S. Food and Drug Administration has declined to approve the '
        'drug. In a letter, the FDA said the data did not provide "substantial evidence of effectiveness" for the '
        'drug.',
        [("substantial evidence of effectiveness", "U.S. Food and Drug Administration", None, None, "FDA", "said")],
    ),
    "a surname with a capitalised particle, written with it alone later": (
        '"We have seen almost double the number of cases," said Dr Rania Al Mazrouei, consultant emergency '
        'physician at Sheikh Shakhbout Medical City.\n\n"People should not wait until they feel thirsty," Dr Al '
        'Mazrouei said.',
        [("We have seen almost double the number of cases,", "Rania Al Mazrouei", "consultant emergency physician",
          "Sheikh Shakhbout Medical City", "Rania Al Mazrouei", "said"),
         ("People should not wait until they feel thirsty,", "Rania Al Mazrouei", "consultant emergency physician",
          "Sheikh Shakhbout Medical City", "Al Mazrouei", "said")],
    ),
    "a participant noun for the person the article named beside that noun": (
        'Led in evidence by the prosecution counsel, Kemi Adeleke-Ojo, the fourth prosecution witness, Musa Garba '
        'Yakubu, an EFCC investigator, told the court that the records showed transfers.\n\n"My Lord, the sum '
        'was transferred in 11 tranches," the witness said.',
        [("My Lord, the sum was transferred in 11 tranches,", "Musa Garba Yakubu", "investigator", "EFCC",
          "the witness", "said")],
    ),
    "a participant noun for someone the article named with no such noun beside them is no one": (
        'Musa Garba Yakubu, an EFCC investigator, told the court that the records showed transfers.\n\n"My Lord, '
        'the sum was transferred in 11 tranches," the witness said.',
        [("My Lord, the sum was transferred in 11 tranches,", None, None, None, "the witness", "said")],
    ),
    "a quote over paragraphs after a paragraph that reports its speaker's words": (
        'Brock Tillman spoke in Indianapolis.\n\nTillman, who has struggled to explain his position, said Marsh '
        'was misrepresenting his record.\n\n"That is just not true, and she knows it is not true. I signed a '
        'law.\n\n"I have said from the very first day that this belongs with the states."\n\nOn immigration, the '
        'two clashed again.',
        [("That is just not true, and she knows it is not true. I signed a law.", "Brock Tillman", None, None,
          "Tillman", "said"),
         ("I have said from the very first day that this belongs with the states.", "Brock Tillman", None, None,
          "Tillman", None)],
    ),
    "ranks of British and Irish police and a priest's title, written without stops": (
        '"This was a brutal attack," Det Ch Insp Ruth Kerr said.\n\nDetective Garda Niamh Coffey told the court '
        'about the footage. Det Gda Coffey said the man "made no attempt to fight back at all."\n\n"People are '
        'frightened," said Fr Dermot Cassidy, the parish priest.',
        [("This was a brutal attack,", "Ruth Kerr", "Detective Chief Inspector", None, "Ruth Kerr", "said"),
         ("made no attempt to fight back at all.", "Niamh Coffey", "Detective Garda", None, "Coffey", "said"),
         ("People are frightened,", "Dermot Cassidy", "parish priest", None, "Dermot Cassidy", "said")],
    ),
    "a reply in a paragraph of its own after the writer asked someone": (
        'Coach Earl Whitaker watched the game.\n\n"It was a good play," he said.\n\nHe is 68. So I asked him, '
        'finally, how many more seasons he has in him.\n\n"I will know when I know. Right now I still like the '
        'bus rides."\n\nThe team lost.',
        [("It was a good play,", "Earl Whitaker", "Coach", None, "he", "said"),
         ("I will know when I know. Right now I still like the bus rides.", "Earl Whitaker", "Coach", None, "him",
          None)],
    ),
    "a day set between a body and its cue is not who speaks": (
        'Mayor Ellen Marsh is running for governor against Bill Tillman.\n\nThe Marsh campaign on Thursday called '
        "Tillman's claim \"a desperate lie from a failing candidate.\"",
        [("a desperate lie from a failing candidate.", "Marsh campaign", None, None, "The Marsh campaign", "called")],
    ),
    "a surname with its particle capitalised to open a sentence, which the recogniser took for a body": (
        'Pieter van Doorn, the trade commissioner, defended the deal on Wednesday.\n\nAgnieszka Zielinska, a Polish '
        'lawmaker, said her group was divided.\n\nVan Doorn rejected that characterization. "Nobody is being '
        'sacrificed," he said.',
        [("Nobody is being sacrificed,", "Pieter van Doorn", "trade commissioner", None, "he", "said")],
    ),
    "a juror met unnamed, who withheld her name, is who a pronoun after means": (
        'Mayor Angela Ruiz-Hollander said residents had paid a price for years.\n\nOne juror, who declined to give '
        'her name, told The Associated Press that the recordings were decisive.\n\n"We went back and listened to '
        'them again and again," she said.',
        [("We went back and listened to them again and again,", None, "juror", None, "she", "said")],
    ),
    "a portfolio of two words whose first word is a portfolio alone": (
        'Veterans Affairs Secretary Denis McDonough said "we owe them much more than this."\n\n'
        'Australian Home Affairs Minister Tony Burke told reporters "the visa was cancelled today."\n\n'
        "India's External Affairs Minister S. Jaishankar said \"we are watching very closely.\"",
        [("we owe them much more than this.", "Denis McDonough", "Veterans Affairs Secretary", None,
          "Denis McDonough", "said"),
         ("the visa was cancelled today.", "Tony Burke", "Home Affairs Minister", "Australia", "Tony Burke", "told"),
         ("we are watching very closely.", "S. Jaishankar", "External Affairs Minister", "India", "S. Jaishankar",
          "said")],
    ),
    "a name before the comma that opens its role, which the parse made the role's modifier": (
        '“This offer is opportunistic and fundamentally undervalues our assets,” Gillian Park, Yarrandoo’s '
        'chair, said in a statement.',
        [("This offer is opportunistic and fundamentally undervalues our assets,", "Gillian Park", "chair",
          "Yarrandoo", "Gillian Park", "said")],
    ),
    "one quoted as saying by a relayer speaks, not the relayer": (
        'Chinese Commerce Minister Wang Jianguo met his counterpart on Monday.\n\n"China is ready to work with '
        'Australia to expand cooperation," the readout quoted Wang as saying.\n\n"We will not accept any '
        'preconditions at all," Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying.\n\nRyabkov was '
        'quoted by TASS as saying that "the talks are over for now."',
        [("China is ready to work with Australia to expand cooperation,", "Wang Jianguo", "Commerce Minister",
          "China", "Wang", "saying"),
         ("We will not accept any preconditions at all,", "Sergei Ryabkov", "Deputy Foreign Minister", None,
          "Sergei Ryabkov", "saying"),
         ("the talks are over for now.", "Sergei Ryabkov", "Deputy Foreign Minister", None, "Ryabkov", "saying")],
    ),
    "a herder named after the trade is who a pronoun after means": (
        'Retired Lieutenant General Harpreet Singh Sandhu said: "Soldiers will believe it when they see it."\n\n'
        'In Chushul, a village close to the frontier, herder Tsering Dorje told AFP by telephone that pastures his '
        'family had used for generations had been off-limits.\n\n"Our animals used to go up there every '
        'summer," he said.',
        [("Soldiers will believe it when they see it.", "Harpreet Singh Sandhu", "Retired Lieutenant General",
          None, "Harpreet Singh Sandhu", "said"),
         ("Our animals used to go up there every summer,", "Tsering Dorje", "herder", None, "he", "said")],
    ),
    "the union leader is who leads the union named before, whatever the title": (
        '"This bill turns the clock back thirty years," Park Ji-won, president of the Korean Confederation of '
        'Trade Unions, told the crowd.\n\nLee Soo-jin, the party\'s floor leader, said: "The president is asking '
        'people to work longer."\n\n"The ball is in the government\'s court," the union leader said.',
        [("This bill turns the clock back thirty years,", "Park Ji-won", "president",
          "Korean Confederation of Trade Unions", "Park Ji-won", "told"),
         ("The president is asking people to work longer.", "Lee Soo-jin", "floor leader", "party", "Lee Soo-jin",
          "said"),
         ("The ball is in the government's court,", "Park Ji-won", "president",
          "Korean Confederation of Trade Unions", "the union leader", "said")],
    ),
    "what a quote is about, after it, is not who speaks": (
        'Attorney General Dana Whitford accused her opponent, Craig Lindahl, of wanting to "turn the clock back '
        'fifty years" on reproductive rights, pointing to comments he made during the primary.',
        [("turn the clock back fifty years", "Dana Whitford", "Attorney General", None, "Dana Whitford",
          "accused")],
    ),
    "the Latin that ends a title is no part of the name after it": (
        'Senate President Pro Tem Roberto Maez said he was "disappointed but not surprised" by the decision.'
        '\n\n"We will follow the court\'s order," Maez said.',
        [("disappointed but not surprised", "Roberto Maez", "President Pro Tem", "Senate", "Roberto Maez", "said"),
         ("We will follow the court's order,", "Roberto Maez", "President Pro Tem", "Senate", "Maez", "said")],
    ),
    "the company is the one named by its trade before": (
        'OSLO (Reuters) - Norwegian car-carrier group Nordlys Shipping cut its full-year profit forecast on '
        'Thursday, blaming longer voyages around southern Africa.\n\nThe company now expects adjusted earnings of '
        '9.5 billion crowns for 2024.\n\nFinance chief Anders Kvale said the company would slow its share '
        'buyback.\n\nNordlys said it had taken delivery of four new vessels during the quarter. "These investments '
        'position us for the long term," the company said in a statement.',
        [("These investments position us for the long term,", "Nordlys Shipping", None, None, "the company",
          "said")],
    ),
    "a regulator whose name the recogniser cut at its 'and'": (
        'The Australian Competition and Consumer Commission also confirmed it would review the offer. "The ACCC '
        'will examine whether the acquisition would lessen competition," the regulator said.',
        [("The ACCC will examine whether the acquisition would lessen competition,",
          "Australian Competition and Consumer Commission", None, None, "the regulator", "said")],
    ),
    "a body's chapter in a country, named with the country": (
        'Amnesty International Indonesia said in a statement that it had received reports of "excessive use of '
        'force" against students.',
        [("excessive use of force", "Amnesty International Indonesia", None, None,
          "Amnesty International Indonesia", "said")],
    ),
    "a portfolio of several capitalised words after a title's 'for' is the title's": (
        '"We are watching market movements with a high sense of urgency," Kenji Morita, Vice Finance Minister '
        'for International Affairs, told reporters.\n\n"We will cut emissions by half," said Jo Baird, Minister '
        'for Climate Change.\n\n"We will cut costs this year," said Tom Gale, a spokesman for General Motors.',
        [("We are watching market movements with a high sense of urgency,", "Kenji Morita",
          "Vice Finance Minister for International Affairs", None, "Kenji Morita", "told"),
         ("We will cut emissions by half,", "Jo Baird", "Minister for Climate Change", None, "Jo Baird", "said"),
         ("We will cut costs this year,", "Tom Gale", "spokesman", "General Motors", "Tom Gale", "said")],
    ),
    "a name with a small letter after its apostrophe, the recogniser's body, is a person's": (
        'Lawyers protested in Nairobi on Tuesday.\n\nHuman rights lawyer Faith Wambui Ndung’u said the society had '
        'received reports of abductions. “That is unconstitutional, and we will go to court,” she said.',
        [("That is unconstitutional, and we will go to court,", "Faith Wambui Ndung’u", "human rights lawyer", None,
          "she", "said")],
    ),
    "a given name labelled apart opens the name after it": (
        'Environmental agency Ibama said its agents had destroyed 214 mining camps over the past year. But the '
        'agency’s coordinator of environmental operations, Fernanda Lima Teixeira, acknowledged that the miners '
        'were adapting.\n\n“They are better organised and better armed than before,” Teixeira said.',
        [("They are better organised and better armed than before,", "Fernanda Lima Teixeira",
          "coordinator of environmental operations", "Ibama", "Teixeira", "said")],
    ),
    "two given names and two surnames, and the first surname written alone": (
        '"The government has decided to suspend the dialogue table," High Commissioner for Peace Andrés Felipe '
        'Zuluaga Restrepo said in a televised statement.\n\n"The ELN is not a single army with a single command," '
        'said Camilo Restrepo Urrego, an analyst at the Peace and Reconciliation Foundation.\n\n"The central '
        'command can sign agreements in Caracas," Restrepo said.\n\nZuluaga said the government would evaluate '
        'whether conditions existed to resume the process. Asked whether the talks were over, he replied: "Peace '
        'is never over. But it cannot be built on the bodies of our soldiers."',
        [("The government has decided to suspend the dialogue table,", "Andrés Felipe Zuluaga Restrepo",
          "High Commissioner for Peace", None, "Andrés Felipe Zuluaga Restrepo", "said"),
         ("The ELN is not a single army with a single command,", "Camilo Restrepo Urrego", "analyst",
          "Peace and Reconciliation Foundation", "Camilo Restrepo Urrego", "said"),
         ("The central command can sign agreements in Caracas,", "Camilo Restrepo Urrego", "analyst",
          "Peace and Reconciliation Foundation", "Restrepo", "said"),
         ("Peace is never over. But it cannot be built on the bodies of our soldiers.",
          "Andrés Felipe Zuluaga Restrepo", "High Commissioner for Peace", None, "he", "replied")],
    ),
    "a surname is the namesake met so far, not one named later": (
        'Celeste Ambrose says she quit social media, and her superhero franchise, "to find out who I am when nobody '
        'is clapping"\n\nCeleste Ambrose has spent the better part of a decade in a skintight suit. Now the '
        '34-year-old actor says she is done.\n\n"I was very good at being a product," Ambrose told Vanity Fair in '
        'a cover interview published Wednesday.\n\nShe credited her mother, Janet Ambrose, a retired nurse in '
        'Dayton, Ohio, with persuading her to take a break.',
        [("to find out who I am when nobody is clapping", "Celeste Ambrose", "actor", None, "Celeste Ambrose",
          "says"),
         ("I was very good at being a product,", "Celeste Ambrose", "actor", None, "Ambrose", "told")],
    ),
    "a body and a name the recogniser ran together over a comma": (
        'Celeste Ambrose has spent a decade in the "Nightfall" films.\n\nIn a 2022 interview with Variety, '
        'Ambrose had described the franchise as "my family," and said she hoped to play the character "until I\'m '
        'old enough to need a stunt double for the stairs."',
        [("until I'm old enough to need a stunt double for the stairs.", "Celeste Ambrose", None, None, "Ambrose",
          "said")],
    ),
    "a given name met alone is the person named in full later, and her own possessive gives her gender": (
        'Niamh Kearney fronts the band with her older brother Conor on guitar.\n\nAt the time, he told NME the '
        'band was simply taking “a bit of a break” and insisted things were fine.\n\n“I was the problem. I’ll say '
        'that now so nobody else has to,” Conor Kearney says flatly.\n\n“People want a story where someone’s the '
        'villain,” Conor says.',
        [("a bit of a break", "Conor Kearney", None, None, "he", "told"),
         ("I was the problem. I’ll say that now so nobody else has to,", "Conor Kearney", None, None,
          "Conor Kearney", "says"),
         ("People want a story where someone’s the villain,", "Conor Kearney", None, None, "Conor", "says")],
    ),
    "a bishop named after the see and his style": (
        'The Bishop of Lichfield, the Right Rev Martin Fordyce, said the Church of England ‘cannot support a law '
        'which asks doctors to become the agents of death’.',
        [("cannot support a law which asks doctors to become the agents of death", "Martin Fordyce", "Bishop",
          "Lichfield", "Martin Fordyce", "said")],
    ),
    "a minister named after the portfolio and the party's possessive": (
        'The Minister for Housing, Fine Gael’s Darragh Finnerty, later told reporters at Leinster House that he was '
        '‘confident but not complacent’ about this year’s completion figures.',
        [("confident but not complacent", "Darragh Finnerty", "Minister for Housing", "Fine Gael",
          "Darragh Finnerty", "told")],
    ),
    "of namesakes, the one named before under the honorific written with the surname": (
        'The painting belongs to Alasdair Lockhart, a retired land agent whose grandfather bought the lodge in 1928.'
        '\n\n"I assumed they would write back and tell us politely that it was a copy," Mr Lockhart said.\n\nThe '
        'restoration was led by Dr Isobel Lockhart, no relation, the chief conservator at the National Galleries.'
        '\n\n"Somebody in the nineteenth century decided she looked too bold," Dr Lockhart said.',
        [("I assumed they would write back and tell us politely that it was a copy,", "Alasdair Lockhart",
          "retired land agent", None, "Lockhart", "said"),
         ("Somebody in the nineteenth century decided she looked too bold,", "Isobel Lockhart", "chief conservator",
          "National Galleries", "Lockhart", "said")],
    ),
    "of namesakes, the one named in full as a subject lately, though both were met together": (
        'The emotional high point of the night belonged to the pianist Harold Gaines and his son, the drummer '
        'Marcus Gaines, who won best jazz instrumental album.\n\nThe elder Gaines has been recording since 1963. "I '
        'waited a long time for this one," he said.\n\nMarcus Gaines, 49, said afterward that he had spent much of '
        'the past year persuading his father to make the record at all. "He kept saying nobody wanted to hear an '
        'old man play ballads," the younger Gaines said.',
        [("I waited a long time for this one,", "Harold Gaines", "pianist", None, "he", "said"),
         ("He kept saying nobody wanted to hear an old man play ballads,", "Marcus Gaines", "drummer", None,
          "Gaines", "said")],
    ),
    "of namesakes, the one set beside a title the parse left without its verb": (
        'The leader of the Conservative group, Cllr Robert Entwistle, said the administration had been warned '
        'repeatedly.\n\nThe finance director said the gap had grown over three years.\n\nThe Liberal Democrat group '
        'leader, Cllr Jenny Entwistle, who is not related to her Conservative counterpart, called for an independent '
        'inquiry into how the gap had been allowed to grow so large.\n\n“Residents deserve to know who knew what, '
        'and when,” Cllr Entwistle said.',
        [("Residents deserve to know who knew what, and when,", "Jenny Entwistle", "Councillor", "Liberal Democrats",
          "Entwistle", "said")],
    ),
    "a name set beside a hyphened role the parse broke into three words": (
        'Dr Priya Raman, co-chair of the resident doctors committee, said members had been left with no option.'
        '\n\nHer fellow co-chair, Dr Tom Ellery, said the union remained “ready to talk at any hour of the day or '
        'night”.',
        [("ready to talk at any hour of the day or night", "Tom Ellery", "co-chair", None, "Tom Ellery", "said")],
    ),
    "a name set off before a main verb the parse left without a subject": (
        'Governor Lucky Fasanmi celebrated the ruling on Friday.\n\nIn a statement issued by his Chief Press '
        'Secretary, Mr Olamide Akintola, Fasanmi dedicated the verdict to "the good people of Ondo State" and '
        'extended an olive branch to his rival.',
        [("the good people of Ondo State", "Lucky Fasanmi", "Governor", None, "Fasanmi", "dedicated")],
    ),
    "a capitalised title the parse joined to the name set off after it": (
        'The Ceann Comhairle intervened twice to restore order before Leaders’ Questions moved on.\n\nThe Minister '
        'for Housing, Fine Gael’s Darragh Finnerty, later told reporters at Leinster House that he was ‘confident '
        'but not complacent’ about this year’s completion figures.',
        [("confident but not complacent", "Darragh Finnerty", "Minister for Housing", "Fine Gael",
          "Darragh Finnerty", "told")],
    ),
    "an office after a rank, capitalised, that no one named holds is whom a pronoun there would stand for": (
        'At First Minister’s Questions later in the day, Catriona Baird acknowledged that mistakes had been made.'
        '\n\n“If we had let Ferguson’s go to the wall, hundreds of skilled jobs on the Lower Clyde would have been '
        'lost,” the First Minister said.',
        [("If we had let Ferguson’s go to the wall, hundreds of skilled jobs on the Lower Clyde would have been "
          "lost,", "Catriona Baird", "First Minister", None, "the First Minister", "said")],
    ),
    "a description an aside interrupts is not the aside's pronoun": (
        'Gov. Tom Baker spoke in Ohio on Monday. He told one joke about Sen. Raj Patel. The senator, he '
        'said, "would filibuster his own birthday party."',
        [
         ('would filibuster his own birthday party.', 'Tom Baker', 'Governor', None, 'he', 'said'),
        ],
    ),
    "a second surname after a hyphen, which the recogniser left out of a name the article gives in full": (
        'Democrat Luz Ortega-Bain defeated Sen. Dale Henning on Tuesday.\n\nOrtega-Bain, a former middle school '
        'principal, led Henning. "Starting in January, somebody will be," she said.',
        [("Starting in January, somebody will be,", "Luz Ortega-Bain", "former middle school principal",
          "Democratic Party", "she", "said")],
    ),
    "a hyphened name under a lower-case role, which the recogniser took for a body": (
        'Voter turnout reached 38 per cent, said city clerk Anne-Marie Cormier.\n\n"It\'s the highest turnout in '
        'almost 20 years," she said.',
        [("It's the highest turnout in almost 20 years,", "Anne-Marie Cormier", "city clerk", None, "she", "said")],
    ),
    "a hyphened surname alone, which the recogniser took for a building": (
        '"This is an open sewer," said Hannah Okonjo-Reid, head of campaigns at the Clear Waters Coalition.\n\nAn '
        'Environment Agency spokesperson said: "We take all reports of pollution seriously."\n\nOkonjo-Reid said the '
        'coalition would write to the regulator this week. "Apologies are cheap," she said.',
        [("This is an open sewer,", "Hannah Okonjo-Reid", "head of campaigns", "Clear Waters Coalition",
          "Hannah Okonjo-Reid", "said"),
         ("We take all reports of pollution seriously.", None, "spokesperson", "Environment Agency",
          "An Environment Agency spokesperson", "said"),
         ("Apologies are cheap,", "Hannah Okonjo-Reid", "head of campaigns", "Clear Waters Coalition", "she", "said")],
    ),
    "a work's title the recogniser took for a person is no one a pronoun stands for": (
        'When the novelist Chidinma Eze learned that her first book, Go-Slow, had won the Halden Prize, she was '
        'stuck in traffic.\n\n"Of course I was," she said, laughing.',
        [("Of course I was,", "Chidinma Eze", "novelist", None, "she", "said")],
    ),
    "a relative's given name the tables lack, with an age after it": (
        'Manuel Cárdenas has farmed olives for 40 years. Manuel’s daughter, Lucía, 29, returned from a job in Madrid. '
        '“I came back for one harvest, and that was three years ago,” she said.',
        [("I came back for one harvest, and that was three years ago,", "Lucía Cárdenas",
          "Manuel Cárdenas's daughter", None, "she", "said")],
    ),
    "the attribution in the next sentence by a phrasal verb, 'sums up'": (
        'Mariam Haddad has run the shop since 1994. "Food is the last thing you lose," she says.\n\nBehind the '
        'counter, Layla Torres rolls her eyes.\n\n"We\'re not going anywhere." That is how Torres sums up the '
        'family\'s plans.',
        [("Food is the last thing you lose,", "Mariam Haddad", None, None, "she", "says"),
         ("We're not going anywhere.", "Layla Torres", None, None, "Torres", "sums up")],
    ),
    "a colon after someone's advice": (
        'Caoimhe Brennan, a lecturer at University College Cork, led the study.\n\n"It is worrying," said Tom '
        'Baker, a family doctor.\n\nHer advice for parents: "Get the phones out of the bedroom at night."',
        [("It is worrying,", "Tom Baker", "family doctor", None, "Tom Baker", "said"),
         ("Get the phones out of the bedroom at night.", "Caoimhe Brennan", "lecturer", "University College Cork",
          "Her", "advice")],
    ),
    "'the company' past a name in its own quote that the recogniser did not class": (
        'Harbor Water said on Monday it would invest in its network.\n\n"Customers on Tariff Zero will pay less," '
        'the company said.',
        [("Customers on Tariff Zero will pay less,", "Harbor Water", None, None, "the company", "said")],
    ),
    "a British detective's rank abbreviated before the surname": (
        'Speaking after the hearing, Detective Sergeant Owen Lloyd-Jones, of West Yorkshire Police\'s economic crime '
        'unit, said the case was complex.\n\n"Pilkington went to considerable lengths to hide what he was doing," DS '
        'Lloyd-Jones said.',
        [("Pilkington went to considerable lengths to hide what he was doing,", "Owen Lloyd-Jones",
          "Detective Sergeant", None, "Lloyd-Jones", "said")],
    ),
    "a company office's body is no fuller name of it in a quote": (
        'Apple unveiled new iPhones on Monday. "This is the first iPhone designed for Apple Intelligence," Chief '
        'Executive Tim Cook said.',
        [("This is the first iPhone designed for Apple Intelligence,", "Tim Cook", "Chief Executive", "Apple",
          "Tim Cook", "said")],
    ),
    "a dateline the parse hangs on the speaker is no part of the mention": (
        'SAN FRANCISCO — OpenAI\'s board said Friday that it had removed its chief executive, saying he had not been '
        '"consistently candid in his communications."',
        [("consistently candid in his communications.", "OpenAI's board", None, None, "OpenAI's board", "saying")],
    ),
    "a body owning the subject's noun is a subject: its company's president is of it": (
        'OpenAI\'s board said Friday that it had removed its chief executive.\n\nThe announcement stunned Silicon '
        'Valley. Greg Brockman, the company\'s president, quit hours later. "We are shocked and saddened," Brockman '
        'wrote.',
        [("We are shocked and saddened,", "Greg Brockman", "president", "OpenAI", "Brockman", "wrote")],
    ),
    "a quote the parse set beside its speaker's name is no role of theirs": (
        'Billie Jean King, who presented the trophy, called Gauff "a champion for her generation."',
        [("a champion for her generation.", "Billie Jean King", None, None, "Billie Jean King", "called")],
    ),
    "a score the recogniser ran a name on to is no part of the name": (
        'Coco Gauff won the title on Saturday, beating Aryna Sabalenka 2-6, 6-3, 6-2 in the U.S. Open women\'s '
        'final.\n\n"She played unbelievable today," Sabalenka said.',
        [("She played unbelievable today,", "Aryna Sabalenka", None, None, "Sabalenka", "said")],
    ),
    "a body noun opening a title is the body a place owned in the nearest mention of that noun": (
        'BEIJING — China\'s foreign ministry on Monday condemned a U.S. decision to sell weapons to Taiwan.\n\n"The '
        'U.S. should stop arming Taiwan," ministry spokesperson Mao Ning told a regular news briefing.',
        [("The U.S. should stop arming Taiwan,", "Mao Ning", "spokesperson", "China's foreign ministry", "Mao Ning",
          "told")],
    ),
    "a body noun opening a title is no body when its nearest mention has no owner": (
        'BEIJING — China\'s foreign ministry on Monday condemned the sale. A ministry in another capital welcomed '
        'it.\n\n"The U.S. should stop arming Taiwan," ministry spokesperson Mao Ning told a regular news briefing.',
        [("The U.S. should stop arming Taiwan,", "Mao Ning", "ministry spokesperson", None, "Mao Ning", "told")],
    ),
    "a capital the recogniser took for a person is no one a pronoun refers to": (
        'President Volodymyr Zelenskiy said Kyiv would not cede land. "We will defend every village," he said.',
        [("We will defend every village,", "Volodymyr Zelenskiy", "President", None, "he", "said")],
    ),
    "a body noun's possessive stands for the organisation described with that noun": (
        'The suit was brought by NetRights, an advocacy group, in May. The judge ruled on Friday. Ann Ruiz, the '
        'group\'s counsel, called the decision "a win for free speech."',
        [("a win for free speech.", "Ann Ruiz", "counsel", "NetRights", "Ann Ruiz", "called")],
    ),
    "a body noun's possessive stands for the organisation described with it after the name": (
        'The suit was brought in May by NetRights, the advocacy group. The judge ruled on Friday. Ann Ruiz, the '
        'group\'s counsel, called the decision "a win for free speech."',
        [("a win for free speech.", "Ann Ruiz", "counsel", "NetRights", "Ann Ruiz", "called")],
    ),
    "a body noun's possessive is no organisation described with it when another is named since": (
        'The suit was brought by NetRights, an advocacy group, in May. TechFreedom filed a brief. The judge ruled '
        'on Friday. Ann Ruiz, the group\'s counsel, called the decision "a win for free speech."',
        [("a win for free speech.", "Ann Ruiz", "counsel", "group", "Ann Ruiz", "called")],
    ),
    "a body noun's possessive stands for the organisation described with it though the description names another": (
        'The suit was brought by NetRights, a trade group whose members include Meta and Google. Ann Ruiz, the '
        'group\'s counsel, called the decision "a win for free speech."',
        [("a win for free speech.", "Ann Ruiz", "counsel", "NetRights", "Ann Ruiz", "called")],
    ),
    "a body noun's possessive inside the body after a role stands for the organisation described with it": (
        'The suit was brought by NetRights, an advocacy group, in May. Ann Ruiz, the director of the group\'s '
        'litigation center, called the decision "a win for free speech."',
        [("a win for free speech.", "Ann Ruiz", "director", "NetRights's litigation center", "Ann Ruiz",
          "called")],
    ),
    "a company's noun stands for the company though another organisation is named since": (
        'Dunmore Corp. reported a loss in May. TechFreedom filed a brief. The judge ruled on Friday. Ann Ruiz, the '
        'company\'s counsel, called the decision "a win for free speech."',
        [("a win for free speech.", "Ann Ruiz", "counsel", "Dunmore Corp.", "Ann Ruiz", "called")],
    ),
    "a portfolio and a body noun in lower case before a title's role are the body": (
        '"The U.S. should stop arming Taiwan," foreign ministry spokesperson Mao Ning told a regular news briefing.',
        [("The U.S. should stop arming Taiwan,", "Mao Ning", "spokesperson", "foreign ministry", "Mao Ning", "told")],
    ),
    "a portfolio and a body noun in lower case before a described role are the body": (
        '"We will not sign," said Tom Baker, a health department official.',
        [("We will not sign,", "Tom Baker", "official", "health department", "Tom Baker", "said")],
    ),
    "a knight named by 'Sir' and his given name is the person named in full": (
        'Labour leader Keir Starmer spoke on Monday. Speaking in the Commons, Sir Keir said the government had '
        '"lost control of the borders."',
        [("lost control of the borders.", "Keir Starmer", "leader", "Labour Party", "Keir", "said")],
    ),
    "'they' after a group the article describes is that group": (
        'Federal prosecutors filed charges on Monday. "The evidence is overwhelming," they wrote.',
        [("The evidence is overwhelming,", None, "federal prosecutors", None, "they", "wrote")],
    ),
    "'they' after a group described, past 'they' before, is that group": (
        'Tom Baker leads the Harbor Workers Union. The union\'s lawyers said they would appeal. "The port has '
        'bargained in bad faith," they said.',
        [("The port has bargained in bad faith,", None, "lawyers", "Harbor Workers Union", "they", "said")],
    ),
    "'they' after a group described, past the subject of what it said, is that group": (
        'Federal prosecutors said the evidence was overwhelming. "We will seek the maximum sentence," they wrote.',
        [("We will seek the maximum sentence,", None, "federal prosecutors", None, "they", "wrote")],
    ),
    "'they' after another subject is no group described before it": (
        'Manny Gomez said seeing so many police officers at the parade was welcome. He and his partner came because '
        'they wanted to show that "they cannot scare us away."',
        [("they cannot scare us away.", None, None, None, "they", "show")],
    ),
    "a surname with its particle is the person named in full": (
        'Javier de Luis, whose sister died in the crash, spoke on Monday. The hearing changed nothing, he said. '
        '"They say the words, but nothing happens," de Luis said.',
        [("They say the words, but nothing happens,", "Javier de Luis", None, None, "de Luis", "said")],
    ),
    "a surname with its particle capitalised at a sentence's start is the person named in full": (
        'Javier de Luis, whose sister died in the crash, spoke on Monday. "They say the words, but nothing '
        'happens," De Luis said.',
        [("They say the words, but nothing happens,", "Javier de Luis", None, None, "De Luis", "said")],
    ),
    "a trade in apposition after the name is a role": (
        '"I am voting for whoever keeps the plant open," said Gary Dekker, a retired machinist, who has eaten here '
        'for 20 years.',
        [("I am voting for whoever keeps the plant open,", "Gary Dekker", "retired machinist", None, "Gary Dekker",
          "said")],
    ),
    "a name set off after a role's 'for the' + role noun is the first role's holder": (
        'Mayor Tom Baker faces questions. A spokesman for the mayor, Fabien Levy, said Baker "has always followed '
        'the law."',
        [("has always followed the law.", "Fabien Levy", "spokesman", "Tom Baker", "Fabien Levy", "said")],
    ),
    "a work after a role is no body": (
        'The author of the book, Mitchell Zuckoff, said in an interview that "the evidence is extremely strong."',
        [("the evidence is extremely strong.", "Mitchell Zuckoff", "author", None, "Mitchell Zuckoff", "said")],
    ),
    "a description with a name set off inside it describes no one before": (
        'Tom Baker spoke on Monday. The author of the book, Mitchell Zuckoff, said in an interview that he stood by '
        'it. "These guys were heroes," Baker said.',
        [("These guys were heroes,", "Tom Baker", None, None, "Baker", "said")],
    ),
    "a definite description after someone of its noun met unnamed is not the named holder": (
        'Tom Baker, a former case officer, spoke on Monday. A second officer backed Baker\'s account. "We never '
        'stood down," the officer said.',
        [("We never stood down,", None, "officer", None, "the officer", "said")],
    ),
    "a definite description after the named holder described with an indefinite noun is the holder": (
        'Tom Baker, a police officer, spoke on Monday. "We never stood down," the officer said.',
        [("We never stood down,", "Tom Baker", "police officer", None, "the officer", "said")],
    ),
    "an organisation the recogniser labelled once is the body its noun stands for where it left it unlabelled": (
        'OpenAI on Monday released a new version of its flagship model. "This is the best model we have ever '
        'shipped," Sam Altman, the company\'s chief executive, wrote on X. The launch comes as Google and Anthropic '
        'race to match OpenAI. An OpenAI spokeswoman said the model was tested for months.',
        [("This is the best model we have ever shipped,", "Sam Altman", "chief executive", "OpenAI", "Sam Altman",
          "wrote")],
    ),
    "a relation to someone named is the role of a person described by nothing else": (
        'Ruth Okafor died on Saturday. Her daughter, Grace Okafor-Bell, said her mother never turned anyone away. '
        '"If you were hungry, you ate," she said.',
        [("If you were hungry, you ate,", "Grace Okafor-Bell", "Ruth Okafor's daughter", None, "she", "said")],
    ),
    "a relation to someone named by surname is a role with the full name": (
        'Sen. Tom Baker spoke on Monday. Maria Baker, Baker\'s eldest daughter, said the campaign "is stronger than '
        'ever."',
        [("is stronger than ever.", "Maria Baker", "Tom Baker's eldest daughter", None, "Maria Baker", "said")],
    ),
    "a relation to someone described is no role": (
        'Sen. Tom Baker spoke on Monday. Ann Ruiz spoke next. Maria Lopez, the nominee\'s eldest daughter, said the '
        'campaign "is stronger than ever."',
        [("is stronger than ever.", "Maria Lopez", None, None, "Maria Lopez", "said")],
    ),
    "a definite description after someone of a trade met unnamed": (
        'One controller, who spoke on condition of anonymity, described 10-hour shifts. "We are exhausted," the '
        'controller said.',
        [("We are exhausted,", None, "controller", None, "the controller", "said")],
    ),
    "a body named beside a common noun after a role is the role's body": (
        'Friedrich Merz, the leader of the opposition Christian Democrats, demanded a vote "at the latest next '
        'week."',
        [("at the latest next week.", "Friedrich Merz", "leader", "Christian Democrats", "Friedrich Merz",
          "demanded")],
    ),
    "a capitalised word the recogniser left out of a body's name after a role is the name's": (
        'Christian Lindner, the leader of the Free Democrats, said he was "shocked by the decision."',
        [("shocked by the decision.", "Christian Lindner", "leader", "Free Democrats", "Christian Lindner", "said")],
    ),
    "a word the recogniser made a group of its own before a group's name is the name's": (
        'Friedrich Merz, the leader of the Christian Democrats, told reporters: "We need a change of course now."',
        [("We need a change of course now.", "Friedrich Merz", "leader", "Christian Democrats", "Friedrich Merz",
          "told")],
    ),
    "a word left out of a body's name after a role with more of the name before it stays out": (
        'Maria Lopez, the chairwoman of the Franklin County GOP, recalled a meeting "that changed everything."',
        [("that changed everything.", "Maria Lopez", "chairwoman", "Republican Party", "Maria Lopez", "recalled")],
    ),
    "a title before a person named after a role is no part of the body": (
        '"We will consider options," said Doug Andres, a spokesman for Speaker Paul Ryan.',
        [("We will consider options,", "Doug Andres", "spokesman", "Paul Ryan", "Doug Andres", "said")],
    ),
    "a document by a body noun speaks for the organisation the noun stands for": (
        'Harbor Health Systems diverted ambulances from two hospitals on Thursday, according to a company '
        'statement. "We detected unusual activity on our network," the statement said.',
        [("We detected unusual activity on our network,", "Harbor Health Systems", None, None, "the statement",
          "said")],
    ),
    "an unnamed speaker's mention stops before a relative clause on the noun after it": (
        '"We will keep the pressure on," said a longtime adviser to Lopez, who declined to be identified.',
        [("We will keep the pressure on,", None, "longtime adviser", "Lopez", "a longtime adviser to Lopez",
          "said")],
    ),
    "a given name in apposition to a couple's relative takes their shared surname": (
        'Tom and Linda Hanson have farmed for 35 years. Their son, Jake, wants to take over. "This is what I want '
        'to do," he said.',
        [("This is what I want to do,", "Jake Hanson", None, None, "he", "said")],
    ),
    "a given name in apposition to the relative of two people of different surnames stays alone": (
        'Tom Baker and Linda Ruiz have farmed for 35 years. Their son, Jake, wants to take over. "This is what I '
        'want to do," he said.',
        [("This is what I want to do,", "Jake", None, None, "he", "said")],
    ),
    "a definite description by a word for a religious leader is the person named before": (
        'Pope Francis spoke from the balcony on Wednesday. "Let there be an end to the fighting," the pontiff said.',
        [("Let there be an end to the fighting,", "Francis", "Pope", None, "the pontiff", "said")],
    ),
    "a religious title written out before a name is a role, not part of the name": (
        'The Vatican\'s secretary of state, Cardinal Pietro Parolin, said the pope "prays for all the victims."',
        [("prays for all the victims.", "Pietro Parolin", "Cardinal", "Vatican", "Pietro Parolin", "said")],
    ),
    "a surname the recogniser left out of a person it marked": (
        'Council President Nikki Fortunato Bas disagreed. "This deal brings jobs," she said.',
        [("This deal brings jobs,", "Nikki Fortunato Bas", "President", "Council", "she", "said")],
    ),
    "'it' after a document someone put out is that someone": (
        'Team owner John Fisher released a statement praising the vote. "Today is a great day for Oakland," it read.',
        [("Today is a great day for Oakland,", "John Fisher", "Team owner", None, "it", "read")],
    ),
    "'it' is no plural document after the subject": (
        'The Harbor Workers Union defended Mayor Tom Baker\'s tweets on Monday. "We stand by every word," it said.',
        [("We stand by every word,", "Harbor Workers Union", None, None, "it", "said")],
    ),
    "a day's document is no one's": (
        'The Harbor Commission met on Friday. Thursday\'s memo from the commission was blunt. "Nothing will '
        'change," it stated.',
        [("Nothing will change,", "Harbor Commission", None, None, "it", "stated")],
    ),
    "a worker's trade in apposition is a role": (
        '"We need a big change," said Ana Ruiz, a grocery store worker who lives in Fresno.',
        [("We need a big change,", "Ana Ruiz", "grocery store worker", None, "Ana Ruiz", "said")],
    ),
    "a company noun opening a title stands for the company that spoke just before": (
        'Boeing said deliveries would resume in March. "We are ready to continue negotiations," company '
        'spokeswoman Jaci Anderson said.',
        [("We are ready to continue negotiations,", "Jaci Anderson", "spokeswoman", "Boeing",
          "Jaci Anderson", "said")],
    ),
    "a given name that could be a title, after a title and before a surname with a particle": (
        'Opposition leader Marine Le Pen called the interview "a monologue of contempt."',
        [("a monologue of contempt.", "Marine Le Pen", "Opposition leader", None, "Marine Le Pen", "called")],
    ),
    "a given name that could be a title, set off after a title, before a surname with a particle": (
        'The party\'s leader, Marine Le Pen, called the interview "a monologue of contempt."',
        [("a monologue of contempt.", "Marine Le Pen", "leader", "party", "Marine Le Pen", "called")],
    ),
    "a body's noun after a place named between still stands for the body": (
        'Southwest Airlines apologized on Sunday after hundreds of passengers were stranded overnight at Dallas Love '
        'Field. "We sincerely apologize to our customers," the airline said.',
        [("We sincerely apologize to our customers,", "Southwest Airlines", None, None, "the airline", "said")],
    ),
    "a word for a person before a name is no given name": (
        'Hundreds of passengers were stranded overnight at Dallas Love Field.\n\nPassenger Keisha Brown, 41, said '
        'she slept on the floor near Gate 12. "Nobody told us anything for six hours," she said.',
        [("Nobody told us anything for six hours,", "Keisha Brown", None, None, "she", "said")],
    ),
    "a fan before a name is no given name": (
        'Swift closed her tour in Vancouver on Sunday.\n\nFan Emily Chen, 22, who flew in from Seattle, said she '
        'cried through the final song. "It felt like saying goodbye to a friend," she said.',
        [("It felt like saying goodbye to a friend,", "Emily Chen", None, None, "she", "said")],
    ),
    "a title right before a surname with a particle stays a title": (
        'Judge Van Buren ruled on Monday that the law was void. "The law is plainly unconstitutional," Van Buren '
        'said.',
        [("The law is plainly unconstitutional,", "Van Buren", "Judge", None, "Van Buren", "said")],
    ),
    "a name inside a quoted title is no one a pronoun refers to": (
        'Sen. Tom Baker toured Iowa on Monday. The famously gruff senator showed his personal side on “Evening '
        'News with Walter Hayes.” He also visited the apartment where he grew up. “I was proud of where I came '
        'from,” he said.',
        [("I was proud of where I came from,", "Tom Baker", "Senator", None, "he", "said")],
    ),
    "a position in sport as a description": (
        'Aaron Collins, who has scored eight goals this season, said the winner was the best of his career. '
        '"I just hit it and hoped," the striker said.',
        [("I just hit it and hoped,", "Aaron Collins", "striker", None, "the striker", "said")],
    ),
    "a manager called boss": (
        'City boss Liam Manning was left frustrated. "We did not manage the game well enough," he said.',
        [("We did not manage the game well enough,", "Liam Manning", "City boss", None, "he", "said")],
    ),
    "another kind of the body noun in between leaves a body noun's possessive bare": (
        'The Supreme Court put the rule on hold while the appeals court considered the matter. "I will not take '
        'part," said the court\'s chief judge, Tom Baker.',
        [("I will not take part,", "Tom Baker", "chief judge", "court", "Tom Baker", "said")],
    ),
    "a name after a role's body, which the parse reads as the body's apposition": (
        'A spokeswoman for the Harbor Emergency Management Agency, Linda Marsh, said shelters had opened in six '
        'counties. "We have cots, food and water," she said.',
        [("We have cots, food and water,", "Linda Marsh", "spokeswoman", "Harbor Emergency Management Agency", "she",
          "said")],
    ),
    "a clause a subordinator opens after the quote is no tag": (
        'The ad ends with footage of Maria Lopez saying during the debate, "That makes me smart," when Tom Baker '
        'blasted her for not paying taxes.',
        [("That makes me smart,", "Maria Lopez", None, None, "Maria Lopez", "saying")],
    ),
    "a cue in an 'if' clause after a partial quote is not its cue": (
        'Maria Lopez acknowledged in a radio forum on Monday "it will be very hard for us to win" if she continues '
        'to lose ground.',
        [("it will be very hard for us to win", "Maria Lopez", None, None, "Maria Lopez", "acknowledged")],
    ),
    "a participle cue right before the quote, however the parse hangs the quote": (
        'The spot concludes with footage of Maria Lopez saying during the debate last week, "That makes me smart," '
        'when Tom Baker blasted her for not paying income tax.',
        [("That makes me smart,", "Maria Lopez", None, None, "Maria Lopez", "saying")],
    ),
    "a participle right before the quote that reports only in a phrase is no cue": (
        'Tom Baker praised the staff, explaining he worked closely with the clerk, who was putting it into the '
        'county file: "Vito is outstanding with data."',
        [("Vito is outstanding with data.", "Tom Baker", None, None, "Tom Baker", "explaining")],
    ),
    "a role noun opening a company's name before a title is the company's": (
        '"We are pleased with the deal," said General Dynamics Chief Executive Maria Lopez.',
        [("We are pleased with the deal,", "Maria Lopez", "Chief Executive", "General Dynamics", "Maria Lopez",
          "said")],
    ),
    "a title of role nouns the recogniser marks as a body stays a role": (
        '"We are ready for the season," said Surgeon General Maria Lopez.',
        [("We are ready for the season,", "Maria Lopez", "Surgeon General", None, "Maria Lopez", "said")],
    ),
    "a press secretary whose 'Press' the recogniser took for a body": (
        'Press secretary Karen Ortiz told reporters the administration remained "open to serious negotiations."',
        [("open to serious negotiations.", "Karen Ortiz", "Press secretary", None, "Karen Ortiz", "told")],
    ),
    "a nationality before a portfolio the recogniser took for a work": (
        '"The enemy keeps striking our grid," Ukrainian Energy Minister Ivan Petrenko wrote on Facebook.',
        [("The enemy keeps striking our grid,", "Ivan Petrenko", "Energy Minister", "Ukraine", "Ivan Petrenko",
          "wrote")],
    ),
    "a nationality opening a body's name is no country": (
        '"The growth in wages matters most," American Action Forum\'s Tom Baker said at the event.',
        [("The growth in wages matters most,", "Tom Baker", None, None, "Tom Baker", "said")],
    ),
    "'it' after a statement that hangs from its own cue: the body before": (
        'The ministry thanked Washington. In a statement, it said the weapons would "help keep the peace in the '
        'strait."',
        [("help keep the peace in the strait.", "ministry", None, None, "it", "said")],
    ),
    "a name with a particle the recogniser missed, then a nationality for the person": (
        'MANCHESTER, England \u2014 Erik ten Hag insisted on Saturday that he still had the backing of the board.\n\n'
        '"We are all on the same page," the Dutchman told reporters.',
        [("We are all on the same page,", "Erik ten Hag", None, None, "the Dutchman", "told")],
    ),
    "a statement owned by 'its': the body before": (
        'The ministry thanked Washington. Its statement said the weapons would "help keep the peace in the strait."',
        [("help keep the peace in the strait.", "ministry", None, None, "Its", "said")],
    ),
    "a team's name opening a sentence before a role, after the team named in full": (
        'The Harbor City Chiefs beat the Dunmore Rovers 38-35 on Sunday.\n\nChiefs coach Tom Baker, asked '
        'about his team, smiled. "That is just who we are," Baker said.',
        [("That is just who we are,", "Tom Baker", "coach", "Harbor City Chiefs", "Baker", "said")],
    ),
    "a capitalised plural opening a sentence before a role, with no body of that name, stays in the role": (
        'Chiefs coach Tom Baker, asked about his team, smiled. "That is just who we are," Baker said.',
        [("That is just who we are,", "Tom Baker", "Chiefs coach", None, "Baker", "said")],
    ),
    "a body noun for a directorate named before": (
        'Rangers first spotted it in 2019, according to the Harbor National Park Directorate.\n\n"This discovery '
        'shows how much we still have to learn," the directorate\'s director, Ana Ruiz, said in a statement.',
        [("This discovery shows how much we still have to learn,", "Ana Ruiz", "director",
          "Harbor National Park Directorate", "Ana Ruiz", "said")],
    ),
    "a letter led by someone is theirs": (
        'Forty senators urged the Treasury Department on Monday to tighten the rules.\n\nThe letter, led by Sen. '
        'Maria Lopez of Ohio, said the guidance "would undermine the goals of the new law."',
        [("would undermine the goals of the new law.", "Maria Lopez", "Senator", "Ohio", "Maria Lopez", "said")],
    ),
    "a document is not the one's who reviews it, but the sender's named before": (
        'Forty senators sent a letter to the Treasury Department on Monday.\n\nA Treasury spokesperson said the '
        'department was reviewing the letter.\n\nThe letter said the current guidance "would undermine the goals '
        'of the new law."',
        [("would undermine the goals of the new law.", None, "senators", None, "The letter", "said")],
    ),
    "a hyphenated owner under an honorific is the person named in full": (
        'Maria Lopez-Baker was convicted on Thursday. Ms. Lopez-Baker\'s lawyer, Tom Cohen, had argued that his '
        'client acted in good faith. "She did not defraud anyone at all," Mr. Cohen said.',
        [("She did not defraud anyone at all,", "Tom Cohen", "lawyer", "Maria Lopez-Baker", "Cohen", "said")],
    ),
    "a hyphenated owner alone is kept as written": (
        'Maria Lopez-Baker was convicted on Thursday. Lopez-Baker\'s lawyer, Tom Cohen, had argued that his '
        'client acted in good faith. "She did not defraud anyone at all," Mr. Cohen said.',
        [("She did not defraud anyone at all,", "Tom Cohen", "lawyer", "Lopez-Baker", "Cohen", "said")],
    ),
    "an unmarked name in what is set beside a company is no other body before 'the company'": (
        'Harbor Robotics, the maker of iFlow, said on Thursday that it had raised $6 billion from investors, valuing '
        'the company at $157 billion.\n\n"This funding lets us double down on our mission," the company said in a '
        'blog post.',
        [("This funding lets us double down on our mission,", "Harbor Robotics", None, None, "the company", "said")],
    ),
    "the company's office, with the company a subject further back and no body named since": (
        'Harbor Robotics reported a loss on Tuesday.\n\nSales fell in Europe and costs rose in Asia as demand for its '
        'older machines slowed.\n\n"We cut $4 billion in costs this year," said Tom Baker, the company\'s finance '
        'chief.',
        [("We cut $4 billion in costs this year,", "Tom Baker", "finance chief", "Harbor Robotics", "Tom Baker",
          "said")],
    ),
    "the company's office, with another body named since": (
        'Harbor Robotics reported a loss on Tuesday.\n\nAnalysts at Dunmore Bank cut their rating on the shares as '
        'demand for older machines slowed.\n\n"We cut $4 billion in costs this year," said Tom Baker, the '
        'company\'s finance chief.',
        [("We cut $4 billion in costs this year,", "Tom Baker", "finance chief", "company", "Tom Baker", "said")],
    ),
    "a body's name the recogniser ran on over its possessive": (
        'The Arctic Research Council\'s survey ship docked in Tromso on Monday.\n\n"We found far more ice than '
        'we expected," said Lena Vik, ARC\'s chief scientist.',
        [("We found far more ice than we expected,", "Lena Vik", "chief scientist", "Arctic Research Council",
          "Lena Vik", "said")],
    ),
    "a description of several words is first the one whose role has each of them": (
        '"We landed," Giulia Moretti, the flight director at the operations centre, told reporters.\n\nSjoerd '
        'Brandt, ESA\'s director of exploration, said the landing was "a historic moment for Europe."\n\nThe '
        'flight director said her team would keep trying.\n\n"We will keep listening," she said.',
        [("a historic moment for Europe.", "Sjoerd Brandt", "director of exploration", "ESA", "Sjoerd Brandt",
          "said"),
         ("We will keep listening,", "Giulia Moretti", "flight director", "operations centre", "she", "said")],
    ),
    "a counterpart of someone named holds their role, for the country its nationality names": (
        'Polish Foreign Minister Tomasz Nowak met his German counterpart, Katharina Albers, in Warsaw on '
        'Monday.\n\nAlbers said Berlin understood the frustration. "These controls are temporary," she said.',
        [("These controls are temporary,", "Katharina Albers", "Foreign Minister", "Germany", "she", "said")],
    ),
    "a surname with a particle met again at a sentence's start": (
        'Polish Foreign Minister Tomasz Wrona met his German counterpart, Katharina von Stade, in '
        'Slubice.\n\nVon Stade said Berlin understood the frustration but was not ready to commit to a date. '
        '"These controls are temporary," she said.',
        [("These controls are temporary,", "Katharina von Stade", "Foreign Minister", "Germany", "she", "said")],
    ),
    "a former office abroad describes someone holding another now": (
        'European Council President Mikko Laine, who chaired the meeting, played down the divisions. "I have '
        'seen far worse nights in this building," the former Finnish prime minister said.',
        [("I have seen far worse nights in this building,", "Mikko Laine", "President", "European Council",
          "the former Finnish prime minister", "said")],
    ),
    "a determiner after a noun opens the speaker's phrase": (
        'After 14 hours of talks, the 27 leaders agreed only to ask the Commission to come back with new '
        'proposals by June, an outcome one diplomat described as "the polite way of saying we failed."',
        [("the polite way of saying we failed.", None, "diplomat", None, "one diplomat", "described")],
    ),
    "a nationality after 'the' refers back to someone named": (
        'Commission President Annelies Claes said the proposal remained on the table.\n\nThe Belgian, a former '
        'finance minister, said the Commission would put forward "a mix of loans and guarantees" before June.',
        [("a mix of loans and guarantees", "Annelies Claes", "President", "Commission", "The Belgian", "said")],
    ),
    "a nationality after 'the' is no name": (
        'Amelia Grant-Foster lost in three sets.\n\nAsked about the pressure, the Briton shook her head. '
        '"Pressure is a privilege," she said.',
        [("Pressure is a privilege,", None, None, None, "she", "said")],
    ),
    "'according to' on the verb above the quote, before a cue after it": (
        'According to one EU diplomat who was present, the two leaders had "a sharp but respectful exchange" '
        'over dinner, with the Estonian accusing the Dutch of stalling.',
        [("a sharp but respectful exchange", None, "diplomat", "EU", "one EU diplomat", "According to")],
    ),
    "a given name after an honorific that the recogniser took for a place": (
        '"What we are seeing is more intense rain in shorter bursts," said Dr Anupama Goswami, a hydrologist '
        'at IIT Guwahati.',
        [("What we are seeing is more intense rain in shorter bursts,", "Anupama Goswami", "hydrologist",
          "IIT Guwahati", "Anupama Goswami", "said")],
    ),
    "the company named before a company unnamed, then named again as a subject": (
        'Shares of Kaveri Power and Infrastructure Ltd fell 18% on Tuesday.\n\nThe order bars its chairman '
        'from any board position in a listed company until the investigation is complete.\n\nKaveri Power said '
        'it would challenge the order.\n\n"The order is based on an incomplete appreciation of facts," the '
        'company said in a filing.',
        [("The order is based on an incomplete appreciation of facts,", "Kaveri Power and Infrastructure Ltd", None,
          None, "the company", "said")],
    ),
    "a body noun of an office": (
        'The office of the President said in a statement that the head of state had been "informed of the '
        'developments" and would act in accordance with the constitution.',
        [("informed of the developments", "office of the President", None, None, "The office of the President",
          "said")],
    ),
    "a nationality before a name is no part of it, and names the country": (
        'Ethiopian Abebe Tadesse, one of the pacemakers, said the group had hit "every split we planned, '
        'almost to the second."',
        [("every split we planned, almost to the second.", "Abebe Tadesse", "pacemaker", "Ethiopia", "Abebe Tadesse",
          "said")],
    ),
    "a role noun opening a sentence before a name is no part of it": (
        'In Verbier, reaction was mixed. Hotelier Sabine Crettaz, who had backed the bid, called the result '
        'a missed opportunity. "We just said no to the biggest advertisement in the world," she said.',
        [("We just said no to the biggest advertisement in the world,", "Sabine Crettaz", None, None, "she", "said")],
    ),
    "a pronoun in a clause joined to the only person named, whose given name alone told otherwise": (
        'Luca Rossi, the mayor, voted against the bid.\n\n"We respect the decision," said Andrea Gerber, '
        'president of the bid committee.\n\nGerber said the committee would meet this week, but he ruled out a '
        'new bid. "It would not be honest to pretend there is a plan B," he said.',
        [("We respect the decision,", "Andrea Gerber", "president", "bid committee", "Andrea Gerber", "said"),
         ("It would not be honest to pretend there is a plan B,", "Andrea Gerber", "president", "bid committee",
          "he", "said")],
    ),
    "a name and the body it is of, which the recogniser took for one body": (
        'The crash reshaped the standings. Matteo Ferri of Castellan Pro Cycling, who was second overnight, '
        'moved into the yellow jersey.\n\n"I don\'t feel like celebrating," Ferri said.',
        [("I don't feel like celebrating,", "Matteo Ferri", None, "Castellan Pro Cycling", "Ferri", "said")],
    ),
    "an honorific's word opening a place's name in a body's": (
        'Sri Lanka Cricket said in a statement that the win was "a tribute to the resilience of the squad."',
        [("a tribute to the resilience of the squad.", "Sri Lanka Cricket", None, None, "Sri Lanka Cricket", "said")],
    ),
    "of namesakes with a particle, the one named in full as a subject lately": (
        'VVD leader Bas van der Meulen rejected that. "Nobody moved any goalposts," van der Meulen '
        'said.\n\nThe coalition collapsed on Friday.\n\nSanne van der Meulen, a political scientist at Leiden '
        'University, said the collapse came as little surprise.\n\nShe said polls pointed to a fragmented '
        'parliament. "Whoever wins, forming the next coalition will be difficult," van der Meulen said.',
        [("Nobody moved any goalposts,", "Bas van der Meulen", "leader", "VVD", "van der Meulen", "said"),
         ("Whoever wins, forming the next coalition will be difficult,", "Sanne van der Meulen",
          "political scientist", "Leiden University", "van der Meulen", "said")],
    ),
    "a relative's given name the tables lack, set off by commas, takes the surname": (
        'The inquest heard that Sunita Parmar, 38, a pharmacy assistant, developed sepsis after a routine '
        "operation.\n\nSpeaking outside court, Mrs Parmar's husband, Rajesh, said the family had waited two "
        'years for answers. "Nobody listened to her," he said.',
        [("Nobody listened to her,", "Rajesh Parmar", "Sunita Parmar's husband", None, "he", "said")],
    ),
    "a relative's given name the tables lack, set off by commas, is a person": (
        'Bengt, a 71-year-old retired engineer, said he had waited two years for a diagnosis.\n\nHis wife, '
        'Margareta, said the news had been "terrible and a relief at the same time."\n\n"At least now we can '
        'plan," she said.',
        [("terrible and a relief at the same time.", "Margareta", "Bengt's wife", None, "Margareta", "said"),
         ("At least now we can plan,", "Margareta", "Bengt's wife", None, "she", "said")],
    ),
    "a relative under a pronoun of the other gender is the one the article set in that tie": (
        'Walt Brenneman, 71, a retired orchardist, said he had watched the fire crest the ridge.\n\nHis '
        'daughter, Lena Brenneman, drove up to help him load his truck. "He didn\'t want to leave," she '
        'said.\n\n"Forty-five years of stuff in there," her father said.',
        [("He didn't want to leave,", "Lena Brenneman", "Walt Brenneman's daughter", None, "she", "said"),
         ("Forty-five years of stuff in there,", "Walt Brenneman", "retired orchardist", None, "her father", "said")],
    ),
    "a company's name ending in its trade, a person to the recogniser": (
        'Auralis Bio said it planned to apply for approval next year. "These results give us confidence that '
        'gene therapy can become a standard option," the company said.',
        [("These results give us confidence that gene therapy can become a standard option,", "Auralis Bio", None,
          None, "the company", "said")],
    ),
    "a body described by 'known as'": (
        'Prosecutors allege he ran a ransomware group known as VeilCrypt.\n\nIn one message, the group told a '
        'hospital administrator: "Pay and your patients get their records back."',
        [("Pay and your patients get their records back.", "VeilCrypt", None, None, "the group", "told")],
    ),
    "the sentence before a body noun is the writer's, not one inside the quote": (
        'The UK Sepsis Trust said the case showed that lessons had not been learned. "Sepsis is '
        'time-critical. Every hour counts, and the NHS has known this for a decade," the charity said.',
        [("Sepsis is time-critical. Every hour counts, and the NHS has known this for a decade,", "UK Sepsis Trust",
          None, None, "the charity", "said")],
    ),
    "a nationality describes someone of a body no country's": (
        '"I will not hide my disappointment," Juraj Kovacik, the EU\'s special representative for the '
        'dialogue, told reporters.\n\nThe Slovak diplomat, a former foreign minister of his country, said the '
        'bloc had "other instruments at its disposal."',
        [("I will not hide my disappointment,", "Juraj Kovacik", "special representative", "EU", "Juraj Kovacik",
          "told"),
         ("other instruments at its disposal.", "Juraj Kovacik", "special representative", "EU",
          "The Slovak diplomat", "said")],
    ),
    "a participle after a noun's 'that' clause is the main subject's": (
        'The minister dismissed suggestions that the government could drop a planned freeze on pensions, '
        'calling it "the fairest of the difficult options."',
        [("the fairest of the difficult options.", None, "minister", None, "The minister", "calling")],
    ),
    "a role set off after a name that the parse hung on the verb": (
        'Ravindu Jayasekara took six wickets and his older brother Dilshan, the Sri Lanka captain, struck an '
        'unbeaten 84.\n\n"He bowled like a man possessed today," the captain said.\n\n"We were 1-0 down," '
        'Dilshan Jayasekara said.',
        [("He bowled like a man possessed today,", "Dilshan Jayasekara", "captain", "Sri Lanka", "the captain",
          "said"),
         ("We were 1-0 down,", "Dilshan Jayasekara", "captain", "Sri Lanka", "Dilshan Jayasekara", "said")],
    ),
    "a frontbencher described by party is the person named before": (
        'The shadow health secretary, Edward Lisle, said the government had given in to the '
        'doctors.\n\n"Labour promised that paying the unions would end the strikes," the Conservative '
        'frontbencher said.',
        [("Labour promised that paying the unions would end the strikes,", "Edward Lisle",
          "shadow health secretary", None, "the Conservative frontbencher", "said")],
    ),
    "a peer named with the title, whatever the recogniser made of it": (
        'Opening the debate, Baroness Whitcombe, the crossbench peer, urged colleagues to respect the '
        'elected chamber.\n\nLabour\'s Lord Bhandari, a former GP, told the House he had changed his mind. "I '
        'was wrong," he said.\n\n"It is our job to improve this bill," she said.',
        [("I was wrong,", "Lord Bhandari", None, "Labour Party", "he", "said"),
         ("It is our job to improve this bill,", "Baroness Whitcombe", None, None, "she", "said")],
    ),
    "a rank before an abbreviated honorific is no part of the name": (
        '"We had a frigate within 40 nautical miles," Rear Adm. Giorgos Kallergis, the Greek officer who '
        'commands the mission, told reporters.',
        [("We had a frigate within 40 nautical miles,", "Giorgos Kallergis", "Rear Admiral", "Greece",
          "Giorgos Kallergis", "told")],
    ),
    "a lieutenant colonel is 'the colonel'": (
        'Lt. Col. Dmytro Boyko, who heads the demining unit, said his teams had removed 120,000 explosive '
        'items.\n\nNearby, Sgt. Ivan Petrenko said the work was slow.\n\n"Uncertified clearance is how people '
        'die," the colonel said.',
        [("Uncertified clearance is how people die,", "Dmytro Boyko", "Lieutenant Colonel", None, "the colonel",
          "said")],
    ),
    "a party's member described is no one of another party": (
        'Rep. Carla Ruiz, D-Texas, said in a floor speech that federal workers in her district were '
        'struggling.\n\nRep. Tomas Ruiz, R-Fla., rose minutes later and said the answer was to pass the '
        'bill.\n\nThe Texas Democrat responded on X: "Happy to share a name, not a paycheck."',
        [("Happy to share a name, not a paycheck.", "Carla Ruiz", "Representative", "Democratic Party",
          "The Texas Democrat", "responded")],
    ),
    "a nun's style before her name": (
        'Sister Patricia Kehoe, who has led the school for 19 years, said she learned of the decision on '
        'Tuesday.\n\n"This school is the heart of this neighborhood," Kehoe said.',
        [("This school is the heart of this neighborhood,", "Patricia Kehoe", None, None, "Kehoe", "said")],
    ),
    "a company's first word alone, a place to the recogniser": (
        "Construction unions accused Taiwan's Taihe Semiconductor Manufacturing of sidelining local workers "
        'at its plant.\n\nTaihe, which was awarded a grant under the CHIPS and Science Act last year, said the '
        'foreign technicians were needed. "Installing clean-room equipment requires specialists with years '
        'of experience," the company said in a statement.',
        [("Installing clean-room equipment requires specialists with years of experience,",
          "Taihe Semiconductor Manufacturing", None, None, "the company", "said")],
    ),
    "a company named without its trade beside its name with a possessive": (
        "Two private companies build the submarines: General Dynamics' Electric Boat division and Huntington "
        "Ingalls Industries' Newport News Shipbuilding in Virginia.\n\nHuntington Ingalls said in a statement "
        'that it had "hired more than 6,000 workers this year" at its Virginia shipyard.',
        [("hired more than 6,000 workers this year", "Huntington Ingalls Industries", None, None,
          "Huntington Ingalls", "said")],
    ),
    "the nationality 'Philippine' names its country": (
        'Philippine Defense Secretary Emmanuel Tolentino called the incident "a dangerous escalation" and '
        "said Manila would protest.\n\nThe Philippine Coast Guard's vessel was hit twice.",
        [("a dangerous escalation", "Emmanuel Tolentino", "Defense Secretary", "Philippines", "Emmanuel Tolentino",
          "called")],
    ),
    "a capitalised office the recogniser took for a body is whom a pronoun there would stand for": (
        'The Taoiseach has accused the opposition of fantasy economics over housing.\n\nDuring heated '
        'exchanges in the Dáil on Tuesday, Brendan Kielty insisted the State was on course to complete more '
        'homes.\n\n‘The Deputy knows well that the numbers are moving in the right direction,’ the Taoiseach '
        'said.',
        [("The Deputy knows well that the numbers are moving in the right direction,", "Brendan Kielty",
          "Taoiseach", None, "the Taoiseach", "said")],
    ),
    "an office of two capitalised words, after its portfolio or 'Prime', that no one named holds is no name": (
        '"Every warning was ignored," the Prime Minister said.\n\n"We will answer in writing," the Foreign '
        'Minister said.',
        [("Every warning was ignored,", None, "Prime Minister", None, "the Prime Minister", "said"),
         ("We will answer in writing,", None, "Foreign Minister", None, "the Foreign Minister", "said")],
    ),
    "an office written with a capital is no one whose stated role is another": (
        'Maria Lopez, a nurse, told the inquiry she had raised the alarm.\n\n"Every warning was ignored," the '
        'Prime Minister said.',
        [("Every warning was ignored,", None, "Prime Minister", None, "the Prime Minister", "said")],
    ),
    "a body noun after its nationality inside a longer noun names that nation's body for a later 'the army'": (
        'Jihadist fighters overran a Malian army camp near the border on Monday.\n\nThe army said in a '
        'statement that its units had repelled "a complex terrorist attack" involving suicide vehicles.',
        [("a complex terrorist attack", "Malian army", None, None, "The army", "said")],
    ),
    "a name after two bare titles joined by 'and', which the parse made a conjunct of the first, is the speaker": (
        'Zippit chairman and Chief Executive Rohan Malhotra wrote on X on Wednesday evening: “We hear our '
        'partners. Our teams are on the ground in every affected zone.”\n\nZippit co-founder and Chief '
        'Operating Officer Meera Pillai said: “Every rider will be paid for the lost week.”',
        [("We hear our partners. Our teams are on the ground in every affected zone.", "Rohan Malhotra",
          "Zippit chairman", None, "Rohan Malhotra", "wrote"),
         ("Every rider will be paid for the lost week.", "Meera Pillai", "co-founder", None, "Meera Pillai", "said")],
    ),
    "a title after a determiner is not joined to a titled name after it by 'and'": (
        'The chairman and Chief Executive Rohan Malhotra said on Wednesday that "every rider will be paid '
        'for the lost week."',
        [("every rider will be paid for the lost week.", None, "chairman", None, "The chairman", "said")],
    ),
    "a body's capitalised name ending in the noun is what a later bare noun names, over a person's body before it": (
        'Economy Minister Federico Arrieta said the rules would change, according to a transcript released '
        'by his ministry.\n\nThe Security Ministry said in a statement that federal forces would keep the '
        'roads open. "Anyone who blocks a road will be removed," the ministry said.',
        [("Anyone who blocks a road will be removed,", "Security Ministry", None, None, "the ministry", "said")],
    ),
    "an acronym is the body whose words it spells, before a possessive run over or before its last 'and'": (
        'The World Health Organization’s South-East Asia regional office said the risk of spread remained '
        'low. “The risk at national and regional levels is assessed as low,” WHO said in a statement.\n\nThe '
        'Centers for Disease Control and Prevention said it had sent three epidemiologists. "Vaccination '
        'remains the best protection against measles," the CDC said.',
        [("The risk at national and regional levels is assessed as low,", "World Health Organization", None, None,
          "WHO", "said"),
         ("Vaccination remains the best protection against measles,", "Centers for Disease Control and Prevention",
          None, None, "CDC", "said")],
    ),
    "a verb joined to the quote's clause after it is no tag of the quote; the verb above reports it": (
        'Rep. Bryce Tolliver said in a statement that Ybarra had "opposed every serious border proposal" '
        'during her time in county government and called Cordner the only candidate who will stand with law '
        'enforcement.',
        [("opposed every serious border proposal", "Bryce Tolliver", "Representative", None, "Bryce Tolliver",
          "said")],
    ),
    "an office to come, 'the president-elect', is a description of the person a pronoun there would stand for": (
        'Donald Trump met Obama at the White House on Thursday.\n\n"We really discussed a lot of different '
        'situations," the president-elect said.\n\nMarcus Greer won the seat on Tuesday.\n\n“I’m going to be the '
        'most stubborn person in that building,” the congressman-elect said.',
        [("We really discussed a lot of different situations,", "Donald Trump", "president-elect", None,
          "the president-elect", "said"),
         ("I’m going to be the most stubborn person in that building,", "Marcus Greer", "congressman-elect", None,
          "the congressman-elect", "said")],
    ),
    "a short name in brackets after a body's name is that body, though the recogniser took it for a person": (
        'The spectrometer was supplied by the Japan Aerospace Exploration Agency (JAXA). In a statement, '
        'JAXA said it was "working closely with our European colleagues to analyse the data received."',
        [("working closely with our European colleagues to analyse the data received.",
          "Japan Aerospace Exploration Agency", None, None, "JAXA", "said")],
    ),
    "a role noun after words the tables do not give, under a title, is an office, not a name": (
        '"Every warning was ignored," the Deputy Prime Minister said.',
        [("Every warning was ignored,", None, "Deputy Prime Minister", None, "the Deputy Prime Minister", "said")],
    ),
    "'demur' reports speech: its unnamed subject is who the next 'she' is": (
        'Sofia Marchetti, an Italian filmmaker, spoke first at the festival on Sunday.\n\nAsked whether the '
        'festival kept its own tally, a spokeswoman for the Cannes Film Festival demurred. "We do not keep '
        'an official stopwatch," she said.',
        [("We do not keep an official stopwatch,", None, "spokeswoman", "Cannes Film Festival", "she", "said")],
    ),
    "'demur' tags a quote after a colon": (
        'Asked which county was his favorite, Ted Cruz demurred: "Whichever one I am in at the moment."',
        [("Whichever one I am in at the moment.", "Ted Cruz", None, None, "Ted Cruz", "demurred")],
    ),
    "a short name in brackets after a body's name is no person, though a role noun is set beside it": (
        'MONACO (Reuters) - Jamaican sprinter Andre Whitlock has been provisionally suspended after testing '
        'positive for a banned anabolic agent, the Athletics Integrity Unit (AIU) said on Wednesday.\n\n"The '
        'athlete has been notified of the charge and has the right to request a hearing," the AIU said in a '
        'statement.',
        [("The athlete has been notified of the charge and has the right to request a hearing,",
          "Athletics Integrity Unit", None, None, "AIU", "said")],
    ),
    "a name set off before an appositive role with a possessive is the name the role describes": (
        "Observers were cautious on Monday. Ilse Verhoeven, the mission's chief observer and a Belgian "
        'member of the European Parliament, said the count should be published. "Light is the best answer to '
        'doubt," she told reporters.',
        [("Light is the best answer to doubt,", "Ilse Verhoeven", "chief observer and Belgian member", "mission",
          "she", "told")],
    ),
    "a named person's gender from the pronoun subject of what they say": (
        'Kipchumba Rotich, who has not been seen since polling day, wrote on X that he was grateful to '
        'voters.\n\nIlse Verhoeven, the mission\'s chief observer, said the count should be published. "Light '
        'is the best answer to doubt," she told reporters.',
        [("Light is the best answer to doubt,", "Ilse Verhoeven", "chief observer", "mission", "she", "told")],
    ),
    "a named person's gender is not that of a pronoun in a clause whose verb has an object": (
        'Neera Tanden, president of the Harbor Institute, asked Tom Baker whether he had any thoughts.\n\n"We '
        'need to hear from everyone on this," she said.',
        [("We need to hear from everyone on this,", "Neera Tanden", "president", "Harbor Institute", "she", "said")],
    ),
    "an honorific of Hausa spelling opens a woman's name": (
        'Finance Minister Hajiya Aisha Danjuma said the government backed the bank. "The pain is real, and '
        'we do not pretend otherwise," Hajiya Danjuma said.',
        [("The pain is real, and we do not pretend otherwise,", "Aisha Danjuma", "Finance Minister", None,
          "Danjuma", "said")],
    ),
    "of two people of one surname, the one named last, set off before a reporting verb the parse hung elsewhere": (
        'Folake Adeyemi, an economist at Renaissance Capital, said rates would rise.\n\nAt the Mile 12 market '
        "in Lagos, the city's biggest food market, Ronke Adeyemi, a tomato trader, said prices changed every "
        'week.\n\n"Customers come, they look, they go," she said. Adeyemi said she had stopped buying on '
        'credit. "I cannot borrow when I do not know the price tomorrow."',
        [("Customers come, they look, they go,", "Ronke Adeyemi", "tomato trader", None, "she", "said"),
         ("I cannot borrow when I do not know the price tomorrow.", "Ronke Adeyemi", "tomato trader", None,
          "Adeyemi", "said")],
    ),
    "a description with a body is the holder of that role at that body, not the last holder of the role named": (
        'Julien Martin, the RN candidate, has campaigned on the cost of living.\n\nNadia Benali, the Socialist '
        'Party candidate, is backed by the left. A teacher, Camille Girard, said she would vote for '
        'Benali.\n\nAsked what he would do if he lost, the RN candidate smiled. "Then I will come back and win '
        'next time," he said.',
        [("Then I will come back and win next time,", "Julien Martin", "candidate", "RN", "he", "said")],
    ),
    "a chief before another office is no chief by itself": (
        "Chief Minister Prakash Jadhav toured the district on Monday.\n\nSanjay Patil, the BJP's state "
        'president, voted in Pune.\n\nThe BJP state chief was unruffled. "Let the people decide," he said.',
        [("Let the people decide,", "Sanjay Patil", "state president", "BJP", "he", "said")],
    ),
    "a name set off after an opening phrase and hung on its place is the speaker its appositive describes": (
        'In the nearby town of Periban, Lucia Medina, a candidate for the ruling party, announced on Monday '
        'that she was withdrawing from the race, citing "personal and family reasons."',
        [("personal and family reasons.", "Lucia Medina", "candidate", "ruling party", "Lucia Medina", "announced")],
    ),
    "an election observer and an informateur are roles": (
        'The informateur appointed by parliament, former senator Gerrit Zandbergen, told reporters that '
        'talks would take two more weeks.\n\nAsked whether a minority government was possible, the informateur '
        'said: "Everything is on the table."',
        [("Everything is on the table.", "Gerrit Zandbergen", "former senator", None, "the informateur", "said")],
    ),
    "a surname after a body's possessive is the namesake of that body": (
        '"One restart could cut the utility\'s fuel costs by a third," said Daisuke Sato, a utilities analyst '
        'at Mizuho Securities.\n\nIn the town, Keiko Sato, 71, who runs a small inn, said she was '
        'torn.\n\nMizuho\'s Sato said the restart would carry weight for the industry. "If this plant can run '
        'safely, others will follow," he said.',
        [("One restart could cut the utility's fuel costs by a third,", "Daisuke Sato", "utilities analyst",
          "Mizuho Securities", "Daisuke Sato", "said"),
         ("If this plant can run safely, others will follow,", "Daisuke Sato", "utilities analyst",
          "Mizuho Securities", "he", "said")],
    ),
    "an honorific's gender picks the namesake whose own clause told it": (
        '"One restart could cut the utility\'s fuel costs by a third," said Daisuke Sato, a utilities analyst '
        'at Mizuho Securities.\n\nKeiko Sato, 71, who runs a small inn in the town, said she was torn.\n\n"The '
        'town needs the jobs," she said.\n\n"But I remember the earthquake."\n\nMs. Sato said she would have '
        'preferred a referendum. "Nobody asked us," she said.',
        [("One restart could cut the utility's fuel costs by a third,", "Daisuke Sato", "utilities analyst",
          "Mizuho Securities", "Daisuke Sato", "said"),
         ("The town needs the jobs,", "Keiko Sato", None, None, "she", "said"),
         ("But I remember the earthquake.", "Keiko Sato", None, None, "she", None),
         ("Nobody asked us,", "Keiko Sato", None, None, "she", "said")],
    ),
    "a word opening a sentence, taken for a common noun, set beside 'the' and a body noun is a body": (
        'Norway has run its gas fields close to capacity. Equinor, the state-controlled Norwegian energy '
        'company, said in a statement that it expected "high and stable deliveries" to continue.',
        [("high and stable deliveries", "Equinor", None, None, "Equinor", "said")],
    ),
    "a storm the recogniser took for a person is no one a pronoun stands for": (
        'Hurricane Delphine made landfall near Grand Isle on Wednesday.\n\nMarcus Bell, a senior hurricane '
        'specialist at the National Hurricane Center, said the storm surge was life-threatening.\n\nBell said '
        'Delphine was expected to weaken by Friday, but he stressed that heavy rain could cause flash '
        'flooding.\n\n"Inland flooding is one of the deadliest parts of a hurricane," he said.',
        [("Inland flooding is one of the deadliest parts of a hurricane,", "Marcus Bell",
          "senior hurricane specialist", "National Hurricane Center", "he", "said")],
    ),
    "a name the recogniser took for a place, with an age set off after it, is a person": (
        'Captain Wilson Zapata of the fire department said machines could only be used at the edges.\n\nAmong '
        'those waiting at the school was Luz Marina Zapata, 52, who is not related to the captain.\n\n"I was '
        'hanging laundry outside when I heard a roar," she said.',
        [("I was hanging laundry outside when I heard a roar,", "Luz Marina Zapata", None, None, "she", "said")],
    ),
    "a name in a place's slot, and never where a person stands, is a place": (
        "A boat capsized south of Crete on Sunday, the coastguard said.\n\nGreece's Minister for Migration, "
        'Dimitris Kollias, travelled to Crete on Monday and met survivors. He described the smugglers as '
        '"merchants of death who load people like cattle."',
        [("merchants of death who load people like cattle.", "Dimitris Kollias", "Minister for Migration", "Greece",
          "He", "described")],
    ),
    "a title before a surname picks the namesake who holds that office": (
        "Karen Mills, the board's investigator in charge, said the crew had read back the clearance "
        'correctly.\n\n"The pilots did exactly what they were told to do," Mills said.\n\nSenator Robert Mills, '
        'an Ohio Republican who is no relation to the investigator, said he would call officials to '
        'testify.\n\nThe agency has been short of controllers for years.\n\nSenator Mills also wrote on X that '
        'the agency needed "more controllers, not more excuses."',
        [("The pilots did exactly what they were told to do,", "Karen Mills", "investigator", "board", "Mills", "said"),
         ("more controllers, not more excuses.", "Robert Mills", "Senator", "Republican Party", "Mills", "wrote")],
    ),
    "a possessor's surname is the person named with it, not a namesake the recogniser took for a body": (
        'Prosecutors said they would seek a retrial of Vikram Sethi, 61, the owner of a chain of car washes '
        "in the western suburbs, who is charged with murder-for-hire.\n\nSethi's lawyer, Andrew Kaplan, called "
        'the star witness "a professional liar who would say anything."\n\nSethi, who has been held without '
        'bail since his arrest in 2022, did not speak in court. His wife Anjali Sethi said in a brief '
        'statement read by Kaplan that the family was "grateful to every juror who listened."',
        [("a professional liar who would say anything.", "Andrew Kaplan", "lawyer", "Vikram Sethi", "Andrew Kaplan",
          "called"),
         ("grateful to every juror who listened.", "Anjali Sethi", "Vikram Sethi's wife", None, "Anjali Sethi",
          "said")],
    ),
    "a relative's namesake set off beside the relative noun, which the recogniser took for a body": (
        '"For twenty years we sold rice at a loss," said Akira Tanabe, 71, a rice farmer near Nagaoka.\n\nMr. '
        'Tanabe’s daughter, Emi Tanabe, gave up an office job in Tokyo three years ago to help run the '
        'farm.\n\n"People see the price in the supermarket and think we must be getting rich," Ms. Tanabe said.',
        [("For twenty years we sold rice at a loss,", "Akira Tanabe", "rice farmer", None, "Akira Tanabe", "said"),
         ("People see the price in the supermarket and think we must be getting rich,", "Emi Tanabe",
          "Akira Tanabe's daughter", None, "Tanabe", "said")],
    ),
    "a nationality before a name, which the recogniser took for a body, names the country": (
        'Her coach, Dutchman Pieter Hoogland, said she would not appeal against the fine.\n\n"She is a '
        'fighter, and sometimes that goes too far," he said.',
        [("She is a fighter, and sometimes that goes too far,", "Pieter Hoogland", "coach", "Netherlands", "he",
          "said")],
    ),
    "'fellow' and a nationality before a name": (
        'Fellow Kenyan Daniel Kiprono, who finished third, posted a photograph of the pair. "My training '
        'partner and now my champion," Kiprono wrote.',
        [("My training partner and now my champion,", "Daniel Kiprono", None, "Kenya", "Kiprono", "wrote")],
    ),
    "a pronoun after a name with letters after it, set beside a role for another": (
        'Rebecca Thornton KC, counsel for Aidan Locke, said he had only a few questions. "Nobody in this '
        'court doubts how much you have lost," she said.',
        [("Nobody in this court doubts how much you have lost,", "Rebecca Thornton", "counsel", "Aidan Locke",
          "she", "said")],
    ),
    "a portfolio the parse made the subject, beside the minister named": (
        'Employment and Labour Minister Thandiwe Mokoena appealed for calm and urged both parties to "put '
        'the national interest first".',
        [("put the national interest first", "Thandiwe Mokoena", "Employment and Labour Minister", None,
          "Thandiwe Mokoena", "urged")],
    ),
    "a name a relative clause says they identified themselves by": (
        'One speaker, who identified himself only as Marlon, said he had slept in his car for a month. "Come '
        'spend one night out here before you vote," he told the council.\n\nA nurse who asked to be identified '
        'only by her first name, Grace, said: "The ward has been full since the spring."',
        [("Come spend one night out here before you vote,", "Marlon", "speaker", None, "he", "told"),
         ("The ward has been full since the spring.", "Grace", "nurse", None, "Grace", "said")],
    ),
    "a name a relative clause says they gave, which the recogniser marked": (
        'A retired engineer who gave only his first name, Dieter, said he had voted "to stop the extremists '
        'at any cost."',
        [("to stop the extremists at any cost.", "Dieter", "retired engineer", None, "Dieter", "said")],
    ),
    "not one who identified another": (
        'A shopkeeper, who identified the gunman as Tom Baker, said: "He walked in and did not say a word."',
        [("He walked in and did not say a word.", None, "shopkeeper", None, "A shopkeeper", "said")],
    ),
    "'the company' after a body that saw what is told": (
        'Spotify did not respond to a request for comment. In an internal memo seen by Bloomberg, the '
        'company said it "will not change course on pricing."',
        [("will not change course on pricing.", "Spotify", None, None, "the company", "said")],
    ),
    "'the professor' after a professor set beside another role": (
        'Professor Ingrid Sandvik, a glaciologist at the University of Bergen, said the ice had thinned. Dr. '
        'Omar Haddad of NASA said he agreed with her.\n\n"What we see is a shelf that is losing its grip on '
        'the bedrock," the professor said.',
        [("What we see is a shelf that is losing its grip on the bedrock,", "Ingrid Sandvik", "glaciologist",
          "University of Bergen", "the professor", "said")],
    ),
    "a given name met first as a speaker, named before that too": (
        'PHOENIX — Dolores spent her 71st birthday on a gurney in a hallway.\n\n"They were kind to me, but '
        'nobody slept," said Dolores, who asked that her last name not be used.\n\nDr. Hannah Weller, the '
        'hospital\'s head of emergency medicine, said boarding had doubled. "We are out of beds," Weller '
        'said.\n\nDolores went home on Friday. Her son, Ray, is still angry. "My mother worked forty years," '
        'he said.',
        [("They were kind to me, but nobody slept,", "Dolores", None, None, "Dolores", "said"),
         ("We are out of beds,", "Hannah Weller", "head", "hospital", "Weller", "said"),
         ("My mother worked forty years,", "Ray", "Dolores's son", None, "he", "said")],
    ),
    "the gender a 'who' clause on a name gives": (
        'Top seed Elena Sokolova beat American Jordan Price 6-2 6-1. "I had to be perfect on my serve," '
        'Sokolova said.\n\nPrice, who was playing her first tournament since knee surgery, was upbeat. "I am '
        'not disappointed at all," she said.',
        [("I had to be perfect on my serve,", "Elena Sokolova", None, None, "Sokolova", "said"),
         ("I am not disappointed at all,", "Jordan Price", None, "United States", "she", "said")],
    ),
    "a title in the plural before two names is no word of the first": (
        'A bench of Justices Meera Raghavan and Arvind Kulkarni ordered a fresh inquiry into the '
        'death.\n\nDuring the hearing, Justice Raghavan questioned the delay. "It has been over two years and '
        'there is still no chargesheet," she said.',
        [("It has been over two years and there is still no chargesheet,", "Meera Raghavan", "Justice", None, "she",
          "said")],
    ),
    "of two bodies with the noun, 'the ministry' is the one named last": (
        'Defence ministry spokesman Kim Min-jae told a regular briefing that the missile was a new '
        'type.\n\nSouth Korean Foreign Minister Park Sung-hoon spoke by phone with his Japanese and U.S. '
        'counterparts, the foreign ministry said. The three ministers "agreed to respond firmly and in close '
        'coordination," the ministry said.',
        [("agreed to respond firmly and in close coordination,", "foreign ministry", None, None, "the ministry",
          "said")],
    ),
    "a short form news writes for both sexes tells no gender": (
        '"The community told us what they want, and that is written into our plan," Mayor Colleen Hartigan '
        'said.\n\nCr Sam Whitlock, whose division includes the site, moved the motion to refuse the '
        'application.\n\n"This is not about being against development," she told the meeting.',
        [("The community told us what they want, and that is written into our plan,", "Colleen Hartigan", "Mayor",
          None, "Colleen Hartigan", "said"),
         ("This is not about being against development,", "Sam Whitlock", "Councillor", None, "she", "told")],
    ),
    "a leader's noun for the top office of the body the description states, spelled out elsewhere": (
        'Polling was brisk across Maharashtra, where the Bharatiya Janata Party (BJP) is seeking a second '
        'term.\n\n"This election is about continuity versus chaos," Sanjay Patil, the BJP\'s state unit '
        "president, told reporters in Pune.\n\nRajesh Kulkarni, the state's chief electoral officer, said "
        'turnout was higher than in 2019.\n\nA Congress spokesman in New Delhi said the party was "confident '
        'of a clear mandate" in the state.\n\nAsked about the farm vote, the BJP state chief was unruffled. '
        '"Let the people decide. We have done our work," he said.',
        [("This election is about continuity versus chaos,", "Sanjay Patil", "state unit president",
          "Bharatiya Janata Party", "Sanjay Patil", "told"),
         ("confident of a clear mandate", None, "spokesman", "Congress", "A Congress spokesman in New Delhi",
          "said"),
         ("Let the people decide. We have done our work,", "Sanjay Patil", "state unit president",
          "Bharatiya Janata Party", "he", "said")],
    ),
    "a canon's style before a name states no role": (
        '"I have enormous sympathy for the rural parishes," said Canon Peter Aldridge, a member of the House '
        'of Clergy.',
        [("I have enormous sympathy for the rural parishes,", "Peter Aldridge", "member", "House of Clergy",
          "Peter Aldridge", "said")],
    ),
    "a bishop's style with a stop, and the bishop named again by the office": (
        'The Rt Rev. Simon Kendrick, the Bishop of Sherborne, spoke in favour but warned that dioceses would '
        'have to show results.\n\n"Money alone will not fill pews," Kendrick said.\n\n"What fills pews is people '
        'who are loved," the bishop added.',
        [("Money alone will not fill pews,", "Simon Kendrick", "Bishop of Sherborne", None, "Kendrick", "said"),
         ("What fills pews is people who are loved,", "Simon Kendrick", "Bishop of Sherborne", None, "the bishop",
          "added")],
    ),
    "a name right after the role it is set beside, taken for a place": (
        'Reviewing the show in The New York Times, the reviewer Anneliese Park wrote that the score had '
        '"moments of real grandeur" but little else.',
        [("moments of real grandeur", "Anneliese Park", "reviewer", None, "Anneliese Park", "wrote")],
    ),
    "'Ben' inside a Maghrebi name is a particle of the surname": (
        '"This verdict was written before the hearing began," said Samia Ben Amor, a lawyer for six of the '
        'defendants.\n\nA European Union spokesperson said the bloc was "following the case closely."\n\nBen '
        'Amor said the defence would not give up. "We are asking for justice," she told reporters.',
        [("This verdict was written before the hearing began,", "Samia Ben Amor", "lawyer", "defendants",
          "Samia Ben Amor", "said"),
         ("following the case closely.", None, "European Union spokesperson", None, "A European Union spokesperson",
          "said"),
         ("We are asking for justice,", "Samia Ben Amor", "lawyer", "defendants", "she", "told")],
    ),
    "a name after an abbreviated rank inside a body's entity, of a given name the tables lack": (
        'Former officers said the fleet was stretched thin. Retired Royal Navy Rear Adm. Julian Marsh, who '
        'commanded the frigate force until 2019, said crews had been pushed to "breaking point and beyond".',
        [("breaking point and beyond", "Julian Marsh", "Retired Rear Admiral", "Royal Navy", "Julian Marsh", "said")],
    ),
    "a minister of state for a portfolio, before a name the recogniser missed": (
        'Minister of State for Health Rahim Osman wrote on Facebook that the hospitals were "coping with the '
        'surge as well as anyone could hope."',
        [("coping with the surge as well as anyone could hope.", "Rahim Osman", "Minister of State for Health",
          None, "Rahim Osman", "wrote")],
    ),
    "'Leader of the Opposition' before a name, read as one body": (
        'Leader of the Opposition Maria Fernandes of the Labour Party moved the motion. "This government has '
        'lost the trust of the people," Fernandes said.',
        [("This government has lost the trust of the people,", "Maria Fernandes", "Leader of the Opposition",
          "Labour Party", "Fernandes", "said")],
    ),
    "a dateline in title case before its country and agency": (
        'Kitengela (Kenya) (AFP) - Samuel Lemayian woke before dawn to the sound of his goats. "I have never '
        'seen anything like it," the 46-year-old herder told AFP.',
        [("I have never seen anything like it,", "Samuel Lemayian", "herder", None, "the 46-year-old herder",
          "told")],
    ),
    "a company by its legal form, set beside a subject's role noun": (
        'The vessel\'s owner, Cebu-based Visayan Star Shipping Corp., said 14 of the crew were Filipino. "We '
        'are giving full assistance to the families," the company said in a statement.',
        [("We are giving full assistance to the families,", "Visayan Star Shipping Corp.", None, None,
          "the company", "said")],
    ),
    "a company named by its trade of tankers": (
        'The tanker\'s manager, Oslo-based Nordvik Tankers, said its crew of 24 was safe. "The master and '
        'crew followed all instructions from port control," the company said.',
        [("The master and crew followed all instructions from port control,", "Nordvik Tankers", None, None,
          "the company", "said")],
    ),
    "a Norwegian company's legal form": (
        'The trawler\'s owner, Vestfjord Fiskeri AS, is run by the skipper\'s sister, Kristin Moe. "Boats can '
        'be replaced. People cannot," she said.',
        [("Boats can be replaced. People cannot,", "Kristin Moe", None, None, "she", "said")],
    ),
    "a dame named again by her given name": (
        'The King was accompanied by the Lord-Lieutenant of the county, Dame Rosalind Pickersgill, who said '
        'he had asked about insurance. "He wanted to know how many families were still out of their homes," '
        'Dame Rosalind said.',
        [("He wanted to know how many families were still out of their homes,", "Rosalind Pickersgill",
          "Lord-Lieutenant", "county", "Rosalind", "said")],
    ),
    "a rank written out before a full name": (
        'The commander of the rescue helicopter, Major Espen Dahl, said the winch operation took almost an '
        'hour. "The deck was moving up and down by six metres," Dahl said.',
        [("The deck was moving up and down by six metres,", "Espen Dahl", "commander", "rescue helicopter", "Dahl",
          "said")],
    ),
    "an enlisted rank ending in its class": (
        'The lead chanter, Petty Officer First Class Prasert Thongdee, 51, has sung for 20 years. "The song '
        'tells the oarsmen when to pull," Prasert said.',
        [("The song tells the oarsmen when to pull,", "Prasert Thongdee", "Petty Officer First Class", None,
          "Prasert", "said")],
    ),
    "'Seaman' as a rank before a name": (
        'Seaman Anan Srisuk, 22, from Buriram province, said his grandfather had rowed in the procession. '
        '"When I was chosen, my grandmother cried," Anan said.',
        [("When I was chosen, my grandmother cried,", "Anan Srisuk", "Seaman", None, "Anan", "said")],
    ),
    "a dean's title of his place, and 'the Dean' later": (
        'In his address, the Dean of Windsor, the Right Reverend Jonathan Ashdown, described the Duke as '
        '"famously impatient with sloppy marching." "Henry was a man who believed that ceremony is a form of '
        'kindness," the Dean said.',
        [("famously impatient with sloppy marching.", "Jonathan Ashdown", "Dean of Windsor", None,
          "Jonathan Ashdown", "described"),
         ("Henry was a man who believed that ceremony is a form of kindness,", "Jonathan Ashdown",
          "Dean of Windsor", None, "the Dean", "said")],
    ),
    "a role and an office's abbreviation joined by 'and' before a name": (
        '"Obviously this is not the outcome we wanted," Meridian founder and CEO Daniel Reyes said in a '
        'video.',
        [("Obviously this is not the outcome we wanted,", "Daniel Reyes", "founder", "Meridian", "Daniel Reyes",
          "said")],
    ),
    "a body that calls itself by a name, then 'the group'": (
        'A group calling itself Nightjar claimed the attack on its leak site on Monday. "Clementine had '
        'months to fix this and chose not to," the group said.',
        [("Clementine had months to fix this and chose not to,", "Nightjar", None, None, "the group", "said")],
    ),
    "two men of one surname under 'Mr', the one named last": (
        'The restaurant\'s owner, Imran Qureshi, did not contest the order. "I have let my customers down," '
        'Mr Qureshi said.\n\nTariq Qureshi, who owns a bakery two doors down and is no relation, said rubbish '
        'had piled up for months.\n\n"The bins round the back have been a problem for ages," Mr Qureshi said.',
        [("I have let my customers down,", "Imran Qureshi", "owner", "restaurant", "Qureshi", "said"),
         ("The bins round the back have been a problem for ages,", "Tariq Qureshi", None, None, "Qureshi", "said")],
    ),
    "a namesake introduced by a description beside the name": (
        'Keiko Mori, a section chief at the health center, said the eggs had been left out. "The fridge was '
        'not working," Mori said.\n\nAmong those sickened was the son of Takeshi Mori, a 41-year-old office '
        'worker.\n\n"He had a fever of almost 40 degrees for two days," Mori said of his son.',
        [("The fridge was not working,", "Keiko Mori", "section chief", "health center", "Mori", "said"),
         ("He had a fever of almost 40 degrees for two days,", "Takeshi Mori", "office worker", None, "Mori",
          "said")],
    ),
    "a hyphened surname whose last part ends like a reporting verb's form": (
        '"We are seeing the first real signs of recovery," Admiral Tarek El-Sayed, chairman of the Suez '
        'Canal Authority, told a news conference. "The canal remains the shortest route," he said.',
        [("We are seeing the first real signs of recovery,", "Tarek El-Sayed", "Admiral", "Suez Canal Authority",
          "Tarek El-Sayed", "told"),
         ("The canal remains the shortest route,", "Tarek El-Sayed", "Admiral", "Suez Canal Authority", "he",
          "said")],
    ),
    "a member's title after the place they serve, in one name": (
        'The attack was condemned by Junnar MLA Prakash Wagh of the Nationalist Congress Party. "This is a '
        'slow-motion disaster," he said.',
        [("This is a slow-motion disaster,", "Prakash Wagh", "MLA", "Junnar", "he", "said")],
    ),
    "a Japanese given name tells the gender": (
        'Takeshi Ono, a driver, waited outside with Keiko Sato, a nurse at the clinic. "Nobody told us '
        'anything all night," she said.',
        [("Nobody told us anything all night,", "Keiko Sato", "nurse", "clinic", "she", "said")],
    ),
    "a title ending in three portfolios, a list with commas, before a name": (
        '"Scalping is not a victimless crime," First Vice Minister of Culture, Sports and Tourism Kim '
        'Jae-sung told a news briefing.',
        [("Scalping is not a victimless crime,", "Kim Jae-sung", "First Vice Minister of Culture, Sports and Tourism",
          None, "Kim Jae-sung", "told")],
    ),
    "a Gaelic given name the parse made the object of a title's 'for'": (
        '"We will act on every complaint we receive," Commissioner for Data Protection Niamh Gallagher said '
        'in a statement.',
        [("We will act on every complaint we receive,", "Niamh Gallagher", "Commissioner for Data Protection", None,
          "Niamh Gallagher", "said")],
    ),
    "a past verb joined to an infinitive keeps the subject of the verb above it": (
        'Mary Okafor said she expected Dunmore Bank to appeal and predicted the case "could take two or '
        'three years to resolve."',
        [("could take two or three years to resolve.", "Mary Okafor", None, None, "Mary Okafor", "predicted")],
    ),
    "a court's name the recogniser took for a place, then 'the court'": (
        'The Hague District Court rejected the firm\'s appeal on Monday. "Consent given under pressure cannot '
        'be freely given," the court said in its judgment.',
        [("Consent given under pressure cannot be freely given,", "Hague District Court", None, None, "the court",
          "said")],
    ),
    "a Malay name, then its given names alone": (
        'Deputy public prosecutor Nur Aisyah Kamarudin told the court the phones were resold inside. "A '
        'phone that costs RM300 outside is worth ten times that in a cell," Nur Aisyah said.',
        [("A phone that costs RM300 outside is worth ten times that in a cell,", "Nur Aisyah Kamarudin",
          "Deputy public prosecutor", None, "Nur Aisyah", "said")],
    ),
    "a Malay name after a title, then its given names the recogniser missed": (
        'Speaking to reporters, the director of prisons, Datuk Kamal Ariffin Sulaiman, said scanners had '
        'been installed.\n\n"If a handful betray the uniform, we will find them," Kamal Ariffin said.',
        [("If a handful betray the uniform, we will find them,", "Kamal Ariffin Sulaiman", "director of prisons",
          None, "Kamal Ariffin", "said")],
    ),
    "a name of four words the recogniser cut short": (
        '"These pieces did not leave the country by accident," Culture Minister Rosa Maria Quispe Salinas '
        'said.',
        [("These pieces did not leave the country by accident,", "Rosa Maria Quispe Salinas", "Culture Minister",
          None, "Rosa Maria Quispe Salinas", "said")],
    ),
    "a second surname after a hyphen, the head of the name": (
        'Interior Minister Dorcas Amponsah-Bekoe toured the damaged blocks on Monday. "We will find out what '
        'happened here," she said.',
        [("We will find out what happened here,", "Dorcas Amponsah-Bekoe", "Interior Minister", None, "she", "said")],
    ),
    "a woman's given name under the title 'Ombudsman'": (
        "Yesid Castaño, president of the guards' union, said staff were short. Ombudsman Beatriz Helena "
        'Ospina said her office had warned of it twice.\n\n"An escape is only the symptom," she told a radio '
        'station.',
        [("An escape is only the symptom,", "Beatriz Helena Ospina", "Ombudsman", None, "she", "told")],
    ),
    "a name the recogniser missed, with an age after it": (
        'Tomas Ruiz, a guard, said the gates held. Luz Marina Cárdenas, 58, whose son is serving a sentence, '
        'said families had been told nothing.\n\n"They will not tell us anything," she said.',
        [("They will not tell us anything,", "Luz Marina Cárdenas", None, None, "she", "said")],
    ),
    "a given name of two joined by a hyphen, the first an English word": (
        'Per-Olof Nilsson has pressed apples on his farm for 22 years.\n\n"People would drive two hours to '
        'visit us," Nilsson said.',
        [("People would drive two hours to visit us,", "Per-Olof Nilsson", None, None, "Nilsson", "said")],
    ),
    "a company's possessive on the role of someone who speaks, then 'the company'": (
        'The regulator moved to block Maplewave Communications Inc.\'s purchase of Quillon AI.\n\n"This deal '
        'lets a Canadian company grow at home," Catherine Byrne, Maplewave\'s chief legal officer, said in a '
        'statement.\n\nIn a separate statement, the company said the regulator had "fundamentally '
        'misunderstood how fast this market is moving."',
        [("This deal lets a Canadian company grow at home,", "Catherine Byrne", "chief legal officer",
          "Maplewave Communications Inc.", "Catherine Byrne", "said"),
         ("fundamentally misunderstood how fast this market is moving.", "Maplewave Communications Inc.", None,
          None, "the company", "said")],
    ),
    "a company the recogniser took for a person, described by 'which', then 'the company'": (
        'The regulator fined Stratovault 38 million euros on Tuesday. Stratovault, which supplies accounting '
        'software to mid-sized firms, said it would appeal.\n\n"Our customers choose our assistant because it '
        'works," the company said.',
        [("Our customers choose our assistant because it works,", "Stratovault", None, None, "the company", "said")],
    ),
    "a common woman's given name under a title ending in '-man'": (
        'Dahlys Hamilton, a member of the coalition, spoke at the rally. Campaign spokesman Hope Hicks '
        'confirmed that the group had formed on its own. "They are not affiliated with the campaign," she '
        'said.',
        [("They are not affiliated with the campaign,", "Hope Hicks", "Campaign spokesman", None, "she", "said")],
    ),
    "a company named inside a clause on the body that spoke is no other body named since": (
        'Regulators sued the card issuer Tarjeta Andina on Monday. Tarjeta Andina, which is owned by the '
        'department store chain Almacenes Andinos, said in a statement that it would contest the '
        'suit.\n\n"Every product was offered with the consent of our customers," the company said.',
        [("Every product was offered with the consent of our customers,", "Tarjeta Andina", None, None,
          "the company", "said")],
    ),
    "an office named by its holder's title in the possessive, lower case": (
        'In a statement, the Ohio Attorney General’s office said its agents had collected evidence at the '
        'scene.\n\n"Our role is to gather the facts, not to reach conclusions," the statement said.',
        [("Our role is to gather the facts, not to reach conclusions,", "Ohio Attorney General’s office", None,
          None, "the statement", "said")],
    ),
    "a name taken for a body beside a hyphened role whose last word the tagger read as an adjective": (
        "HRT's director-general, Nikola Vukovic, said in an interview with Reuters that editorial decisions "
        'at the broadcaster were taken "by editors and only by editors".',
        [("by editors and only by editors", "Nikola Vukovic", None, None, "Nikola Vukovic", "said")],
    ),
    "a body that speaks, after 'the', which the recogniser took for a work": (
        'The Editors Guild of India said in a statement that the law was being used "against a journalist '
        'for his reporting".',
        [("against a journalist for his reporting", "Editors Guild of India", None, None, "Editors Guild of India",
          "said")],
    ),
    "a name the recogniser missed, with a clause on 'who', that the parse set beside a place": (
        'Arnoud de Wit, a historian at Leiden University, said the day had grown every year. On the Grote '
        'Markt, Mehmet Yildiz, who owns the Bakkerij De Korenbloem, said he had sold out by noon.\n\n"Normally '
        'I sell maybe 300 on a Saturday," he said.',
        [("Normally I sell maybe 300 on a Saturday,", "Mehmet Yildiz", None, None, "he", "said")],
    ),
    "a hyphened given name completes a surname met alone before the full name": (
        '"These platforms spend fortunes on influencers," Morel said on Tuesday.\n\nJean-Baptiste Morel, a '
        'senator who steered the bill through the upper house, said the advertising ban mattered most.',
        [("These platforms spend fortunes on influencers,", "Jean-Baptiste Morel", "senator", None, "Morel", "said")],
    ),
    "a title of two portfolios joined by 'and' after 'for', before the name": (
        'The government said it would support affected employees. France’s Minister for Small Businesses and '
        'Commerce Nathalie Cordier, who met union representatives on Wednesday, said the state would fund '
        'retraining programmes. "No employee will be left alone," the minister said.',
        [("No employee will be left alone,", "Nathalie Cordier", "Minister for Small Businesses and Commerce", "France",
          "the minister", "said")],
    ),
    "portfolios of several words before a title, parsed as a subject of their own": (
        '"We have asked for everything that is available," Climate Crisis and Civil Protection Minister '
        'Thanos Vourdas told reporters after an emergency meeting in Athens.',
        [("We have asked for everything that is available,", "Thanos Vourdas",
          "Climate Crisis and Civil Protection Minister", None, "Thanos Vourdas", "told")],
    ),
    "a worker named only by the first name she gave, the clause hung on a place": (
        'One sewer at a factory in Kandal, who asked to be identified only by her first name, Sreymom, '
        'because she feared losing her job, said she worked until 10 p.m.\n\n"If we refuse the overtime, the '
        'supervisor writes our names in a book," she said.',
        [("If we refuse the overtime, the supervisor writes our names in a book,", "Sreymom", None, None, "she",
          "said")],
    ),
    "a one-word name the recogniser took for a place at first, a speaker later": (
        'KABUL, Afghanistan — Zarmina has not paid rent on her house for three months. The 38-year-old widow '
        'used to receive a monthly food basket.\n\n"Now I send my two boys to collect scrap in the streets," '
        'she said.\n\nBack in Kabul, Zarmina said she had heard that distributions might resume.',
        [("Now I send my two boys to collect scrap in the streets,", "Zarmina", None, None, "she", "said")],
    ),
    "a word for a person opening a name": (
        'Teammate Jon Erik Saether, who shared a room with Lunde at the event, said the team stood behind '
        'him.\n\n"Sindre is one of the most honest people I know," Saether said.',
        [("Sindre is one of the most honest people I know,", "Jon Erik Saether", None, None, "Saether", "said")],
    ),
    "a family name written first, alone, after two people who bear it": (
        '"The developer has little capacity to pay," said Zhang Hui, a director at Fitch Ratings.\n\nFor '
        'buyers, the stakes are more immediate. Zhang Meiling, a 34-year-old teacher in Wuhan, paid a '
        'deposit in 2021.\n\nConstruction stopped for ten months before resuming slowly this year.\n\n"I do not '
        'care about the bonds," Zhang said.',
        [("The developer has little capacity to pay,", "Zhang Hui", "director", "Fitch Ratings", "Zhang Hui",
          "said"),
         ("I do not care about the bonds,", "Zhang Meiling", "teacher", None, "Zhang", "said")],
    ),
    "a family name written first, alone, is not the relative's named since": (
        '"I hope tonight answers the doubters," said Zhou Yiran, 20, after the final.\n\nZhou\'s father, Zhou '
        'Jianguo, who runs a noodle shop in Zigong, flew to Shanghai to watch.\n\nAsked what she would do with '
        'the prize money, Zhou said: "First I am buying my dad a new stove."',
        [("I hope tonight answers the doubters,", "Zhou Yiran", None, None, "Zhou Yiran", "said"),
         ("First I am buying my dad a new stove.", "Zhou Yiran", None, None, "Zhou", "said")],
    ),
    "a body noun after a possessive 'whose' names no body": (
        'Altamira Racing, the oldest team on the grid, has asked the stewards to check the car of its '
        'rival.\n\nBruno Keller, whose team is fourth in the standings, said he had no view on it.\n\nLater on '
        'Friday, Altamira struck a softer tone. "We trust the stewards and expect a quick decision," the '
        'team said in a statement.',
        [("We trust the stewards and expect a quick decision,", "Altamira Racing", None, None, "the team", "said")],
    ),
    "the younger of two namesakes, by the ages given": (
        'Opening batter Ross Pemberton, 31, was left out. His brother, all-rounder Tim Pemberton, 24, was '
        'picked for the first time.\n\n"I am gutted, but I am proud of him," Ross Pemberton said.\n\nHis brother '
        'called it a strange day. "Dad did not know whether to cheer or not," the younger Pemberton said.',
        [("I am gutted, but I am proud of him,", "Ross Pemberton", None, None, "Ross Pemberton", "said"),
         ("Dad did not know whether to cheer or not,", "Tim Pemberton", "Ross Pemberton's brother", None,
          "Pemberton", "said")],
    ),
    "the elder of two namesakes, by the ages given": (
        'Opening batter Ross Pemberton, 31, was left out. His brother, all-rounder Tim Pemberton, 24, was '
        'picked for the first time.\n\n"I am thrilled for Ross too, in a way," Tim Pemberton said.\n\n"I will be '
        'back," the elder Pemberton said.',
        [("I am thrilled for Ross too, in a way,", "Tim Pemberton", "Ross Pemberton's brother", None,
          "Tim Pemberton", "said"),
         ("I will be back,", "Ross Pemberton", None, None, "Pemberton", "said")],
    ),
    "a chess title before a name": (
        'Grandmaster Olav Rustad, who commentates for the national broadcaster, said the affair had hurt the '
        'game. "Trust is slow to rebuild," Rustad said.',
        [("Trust is slow to rebuild,", "Olav Rustad", "Grandmaster", None, "Rustad", "said")],
    ),
    "'her husband' of a couple named": (
        'Helga and Lukas Brenner, visitors from Graz, said they had not heard of the strike. "We learned it '
        'from the porter," Helga Brenner said.\n\n"At home we have strikes as well," her husband said.',
        [("We learned it from the porter,", "Helga Brenner", None, None, "Helga Brenner", "said"),
         ("At home we have strikes as well,", "Lukas Brenner", None, None, "her husband", "said")],
    ),
    "'her husband' as a subject, then 'he said'": (
        'Wiebke and Jonas Albers, visitors from Kiel, said they had not heard of the strike. "We learned it '
        'from the porter," Wiebke Albers said.\n\nHer husband was calmer. "At home we have strikes as well. '
        'Here at least it is warm," he said.',
        [("We learned it from the porter,", "Wiebke Albers", None, None, "Wiebke Albers", "said"),
         ("At home we have strikes as well. Here at least it is warm,", "Jonas Albers", None, None, "he", "said")],
    ),
    "a surname alone, of the gender its own possessive gives": (
        'Candidate Lucia Carrasco Vidal told supporters that she would hire more prosecutors.\n\nIn the crowd, '
        'Pablo Carrasco, a 60-year-old baker who said he was no relation to the candidate, said he paid a '
        'gang every week.\n\nNot everyone was convinced. Ana Ortiz, 24, a student, said she was undecided. '
        '"She talks a lot about crime," Ortiz said.\n\nAnalyst Tomas Ibarra said the figures did not add up. '
        '"The budget was cut last year," Ibarra said.\n\nCarrasco ended her rally by urging supporters to '
        'guard the ballot boxes. "Stay until the last vote is counted," she said.',
        [("She talks a lot about crime,", "Ana Ortiz", "student", None, "Ortiz", "said"),
         ("The budget was cut last year,", "Tomas Ibarra", "Analyst", None, "Ibarra", "said"),
         ("Stay until the last vote is counted,", "Lucia Carrasco Vidal", "Candidate", None, "she", "said")],
    ),
    "'who' after a role at a body, the person's": (
        '"The yen is the real limit." That was the view of Martin Hale, senior Japan economist at '
        'Harbour Street Research, who said the bank would fear outflows.',
        [("The yen is the real limit.", "Martin Hale", "senior economist", "Harbour Street Research", "who", "said")],
    ),
    "'the teacher' for a schoolteacher": (
        'Maria Ruiz, a schoolteacher in the old town, said she had spent her savings on panels.\n\nThe '
        'economist Sana Qureshi said the policy was flawed. "Nobody planned this," Qureshi said.\n\nThe '
        'teacher was unconvinced. "They change the rules every year," she said.',
        [("Nobody planned this,", "Sana Qureshi", "economist", None, "Qureshi", "said"),
         ("They change the rules every year,", "Maria Ruiz", "schoolteacher", None, "she", "said")],
    ),
    "'the ministry' after a ministry named by its portfolio": (
        'The agriculture ministry said on Monday that it had set aside funds for growers. "Saving the '
        'orchards comes first," the ministry wrote.',
        [("Saving the orchards comes first,", "agriculture ministry", None, None, "the ministry", "wrote")],
    ),
    "'the company' after a company the recogniser left unlabelled": (
        'The spill at the river terminal, run by Southern Delta Petroleum, was first reported by fishermen '
        'on Sunday.\n\nSouthern Delta Petroleum said it had closed the valve. "Early checks point to a cracked '
        'seal," the company said in a statement.',
        [("Early checks point to a cracked seal,", "Southern Delta Petroleum", None, None, "the company", "said")],
    ),
    "'Maître' before a lawyer's surname": (
        'The trainer was suspended for six months. His lawyer, Claire Dufour, said the ban was "far too '
        'harsh".\n\n"This was a medicine prescribed by a vet for a sore foot," Maître Dufour said.',
        [("far too harsh", "Claire Dufour", "lawyer", None, "Claire Dufour", "said"),
         ("This was a medicine prescribed by a vet for a sore foot,", "Claire Dufour", "lawyer", None, "Dufour",
          "said")],
    ),
    "a name set beside the second of two roles joined by 'and'": (
        'Speaking to several hundred members at the Usher Hall in Edinburgh on Friday, the first minister '
        'and SNP leader, Catriona Drummond, said independence was “closer than ever”.',
        [("closer than ever", "Catriona Drummond", "leader", "SNP", "Catriona Drummond", "said")],
    ),
    "a name after a title with its portfolio, then 'the minister'": (
        'Minister of State for Disability Gráinne Fitzgerald said she “fully understood the anger” of '
        'staff.\n\n“I value these staff greatly,” the minister said.',
        [("fully understood the anger", "Gráinne Fitzgerald", "Minister of State for Disability", None,
          "Gráinne Fitzgerald", "said"),
         ("I value these staff greatly,", "Gráinne Fitzgerald", "Minister of State for Disability", None,
          "the minister", "said")],
    ),
    "'she' for the woman named, not her son named beside her": (
        'Giulia Conti, whose eight-year-old son Tommaso was pulled alive from the ruins of the gym after '
        'five hours, said parents had warned the council about cracks in the walls last year.\n\n"We wrote to '
        'the council twice," she said.',
        [("We wrote to the council twice,", "Giulia Conti", None, None, "she", "said")],
    ),
    "an office's abbreviation of Kenyan news alone stands for its holder": (
        'Wanjiru Otieno, the cabinet secretary for mining, blamed the delays on the port. "We will not allow '
        'hoarding by anyone," the CS said.',
        [("We will not allow hoarding by anyone,", "Wanjiru Otieno", "cabinet secretary for mining", None, "the CS",
          "said")],
    ),
    "a South African province's MEC, then 'the MEC'": (
        'Gauteng\'s MEC for health, Thandeka Mokoena, visited the clinic on Monday. "Nurses will be paid by '
        'Friday this week," the MEC said.',
        [("Nurses will be paid by Friday this week,", "Thandeka Mokoena", "MEC for health", "Gauteng", "the MEC",
          "said")],
    ),
    "a rugby position or a caddie alone names the one who holds it": (
        'Toulon prop Julien Marchal needed six stitches above his eye.\n\n"It happens in rugby, I hold no grudge," '
        'the prop said.\n\nHer caddie, Tom Ferris, was delighted with the round. "She hit every fairway this '
        'week," the caddie said.',
        [("It happens in rugby, I hold no grudge,", "Julien Marchal", "prop", "Toulon", "the prop", "said"),
         ("She hit every fairway this week,", "Tom Ferris", "caddie", None, "the caddie", "said")],
    ),
    "'they' for someone named whom the article gave no gender": (
        'Jordan Reimer, a driver trainer at the garage, said classes were full. "They come in excited. They pass '
        'the road test," Reimer said. "Then the first winter hits."\n\n"We are losing people we spent months '
        'training," they added.',
        [("They come in excited. They pass the road test,", "Jordan Reimer", "driver trainer", "garage", "Reimer",
          "said"),
         ("Then the first winter hits.", "Jordan Reimer", "driver trainer", "garage", "Reimer", "said"),
         ("We are losing people we spent months training,", "Jordan Reimer", "driver trainer", "garage", "they",
          "added")],
    ),
    "'they' is not someone named with a gender, nor past a group that spoke since": (
        'Mark Reimer, a driver trainer at the garage, said classes were full.\n\n"We are losing people we spent '
        'months training," they said.\n\nJordan Reimer, a driver trainer at the garage, said classes were '
        'full. Union officials disagreed.\n\n"We are losing people we spent months training," they said.',
        [("We are losing people we spent months training,", None, None, None, "they", "said"),
         ("We are losing people we spent months training,", None, "Union officials", None, "they", "said")],
    ),
    "a surname the recogniser took for a place ends a name set beside a role": (
        '"These are not clerical errors," the Auditor-General for the Federation, Olumide Adesanya, told the '
        "committee on Wednesday.",
        [("These are not clerical errors,", "Olumide Adesanya", "Auditor-General",
          "Auditor-General for the Federation", "Olumide Adesanya", "told")],
    ),
    "a name that ends the sentence, set beside an office the recogniser took for a body": (
        '"This is a very serious situation for the sector," said the Minister for Agriculture, Ciarán Delaney.',
        [("This is a very serious situation for the sector,", "Ciarán Delaney", "Minister for Agriculture", None,
          "Ciarán Delaney", "said")],
    ),
    "a title's portfolios joined by 'and' after 'of' are no given name": (
        "In a speech on Monday evening, Minister of Sports and Youth Hamad Al-Kuwari said the bid was strong. "
        '"Every stadium we need already stands," he said.',
        [("Every stadium we need already stands,", "Hamad Al-Kuwari", "Minister of Sports and Youth", None, "he",
          "said")],
    ),
    "a role set beside a title names its holder too": (
        "The committee's chairman, Senator Ibrahim Danjuma, was unimpressed.\n\nThe ministry's director of "
        'finance, Musa Danjuma, said the records had been destroyed in a flood.\n\n"A flood that only destroyed '
        'the receipts," the chairman remarked.',
        [("A flood that only destroyed the receipts,", "Ibrahim Danjuma", "Senator", "committee", "the chairman",
          "remarked")],
    ),
    "a lead's description is the one named next with that role beside a title": (
        'The driver had "no realistic chance" of staying alert, a police investigator has told an '
        "inquest.\n\nSergeant Owen Pryce, a forensic collision investigator with Staffordshire Police, told the "
        "hearing that there was no braking.",
        [("no realistic chance", "Owen Pryce", "Sergeant", "Staffordshire Police", "a police investigator", "told")],
    ),
    "a lead's description is not the accused who pleads not guilty": (
        'PHOENIX (AP) - A man who hid his truck "made a choice to save himself," a prosecutor told jurors '
        "Monday.\n\nTyler Brandt, 26, has pleaded not guilty to leaving the scene of a fatal collision.",
        [("made a choice to save himself,", None, "prosecutor", None, "a prosecutor", "told")],
    ),
    "a title after a body noun opens a name": (
        'Phoenix police Detective Ray Salcedo testified that the truck was traced through a mirror. "The damage to '
        'that truck speaks for itself," Salcedo said.',
        [("The damage to that truck speaks for itself,", "Ray Salcedo", "Detective", "Phoenix police", "Salcedo",
          "said")],
    ),
    "a 'who' clause the parse hung on the last noun of the phrase withholds the name": (
        "An engineer on the project, who spoke on condition of anonymity because he was not authorised to talk to "
        'the media, said the problem was found late. "The calculations were checked twice," he said.',
        [("The calculations were checked twice,", None, "engineer", None, "he", "said")],
    ),
    "a company named by its trade set beside a role is no person": (
        'The main contractor, Gulf Peninsula Contracting, said the roof needed more steel. "The extra work will be '
        'done at our own cost," the company said.',
        [("The extra work will be done at our own cost,", "Gulf Peninsula Contracting", None, None, "the company",
          "said")],
    ),
    "a Korean given name whose first syllable the tagger took for a noun": (
        "Opposition lawmakers seized on the data. Han Do-hyun of the Democratic Party said the government had run "
        'out of ideas.\n\n"The birth rate keeps falling," Han wrote on Facebook.',
        [("The birth rate keeps falling,", "Han Do-hyun", None, "Democratic Party", "Han", "wrote")],
    ),
    "'they' for someone named without a gender, after a main clause or a 'who' clause on them": (
        'Alex Morton, a senior analyst at Novaspace, said the test looked clean.\n\nAsked about China, Morton was '
        'cautious. "China is more than 20 years ahead," they said.\n\nJordan Reyes, a classroom aide at the '
        'school, said pay was low.\n\nReyes, who has worked there for six years, said they had considered '
        'leaving. "The only reason I have not is the kids," they said.',
        [("China is more than 20 years ahead,", "Alex Morton", "senior analyst", "Novaspace", "they", "said"),
         ("The only reason I have not is the kids,", "Jordan Reyes", "classroom aide", "school", "they", "said")],
    ),
    "a court's decision speaks for the judge who wrote it": (
        '"Mere signature on a voucher does not establish conspiracy," read the decision, penned by Associate '
        'Justice Teresita Villanueva-Cruz.',
        [("Mere signature on a voucher does not establish conspiracy,", "Teresita Villanueva-Cruz",
          "Associate Justice", None, "Teresita Villanueva-Cruz", "read")],
    ),
    "'Per' opening a sentence and a name, and 'he' telling the gender the names did not": (
        "Ingrid Solheim runs a guesthouse on the fjord.\n\nPer Solheim, a 29-year-old kayak guide and Ingrid "
        'Solheim\'s nephew, is more relaxed. "Fewer big ships might be good for business," he said.\n\nHis aunt '
        'is less sure. "Per is young," she said.',
        [("Fewer big ships might be good for business,", "Per Solheim", "kayak guide", None, "he", "said"),
         ("Per is young,", "Ingrid Solheim", None, None, "she", "said")],
    ),
    "a name set beside what a 'who' clause on the speaker says they are": (
        "Valadares has stayed out of the row. Her manager, who is also her mother, Teresa Valadares, said the "
        'singer was "shaken but very focused".',
        [("shaken but very focused", "Teresa Valadares", "manager", None, "Teresa Valadares", "said")],
    ),
    "a known surname the tagger took for a plural noun and the recogniser for a body speaks as the person": (
        "Trade Commissioner Marc Wauters met Hungarian minister Gábor Tóth in Brussels on Monday. Tóth left the "
        "talks early.\n\nWauters also said the bloc would keep watching steel imports.\n\n“We will not look away "
        "from dumping,” he said.",
        [("We will not look away from dumping,", "Marc Wauters", "Trade Commissioner", None, "he", "said")],
    ),
    "one word that 'and' joins to a body's word is no person ('Law and Justice')": (
        "Justice Minister Ewa Nowak welcomed the report.\n\nLaw and Justice, now in opposition, called the report a "
        "political favour.\n\n“They changed nothing but the faces,” he said.",
        [("They changed nothing but the faces,", None, None, None, "he", "said")],
    ),
    "a given name written with its own letters has their gender ('Jānis', not 'Janis')": (
        "Agriculture Commissioner Jānis Bērziņš spoke after the vote, alongside French lawmaker Claire "
        'Dubois.\n\n"Nothing here changes our goals for the climate," he said.',
        [("Nothing here changes our goals for the climate,", "Jānis Bērziņš", "Agriculture Commissioner", None, "he",
          "said")],
    ),
    "a definite description opening the lead is the person named next": (
        "Bank Chief Rejects Calls to Quit\n\nThe chief executive of Harbor Savings Bank has rejected calls to "
        "resign over the collapse of its mortgage arm, telling lawmakers the bank had acted “as fast as the law "
        "allowed”.\n\nMargaret Olsen appeared before the state Senate banking committee on Tuesday.\n\n“I share the "
        "anger of our customers,” Olsen said.",
        [("as fast as the law allowed", "Margaret Olsen", "chief executive", "Harbor Savings Bank",
          "The chief executive of Harbor Savings Bank", "telling"),
         ("I share the anger of our customers,", "Margaret Olsen", "chief executive", "Harbor Savings Bank", "Olsen",
          "said")],
    ),
    "a definite description opening the lead is the person named next, above an academic rank": (
        "The president of Lakeshore University has refused to step down over her handling of the affair, telling "
        "students the inquiry had been “thorough and fair”.\n\nProfessor Helen Marsh spoke at a packed meeting in "
        "the main hall on Friday.\n\n“I will not walk away from this,” she said.",
        [("thorough and fair", "Helen Marsh", "president", "Lakeshore University",
          "The president of Lakeshore University", "telling"),
         ("I will not walk away from this,", "Helen Marsh", "president", "Lakeshore University", "she", "said")],
    ),
    "a definite description opening the lead is not the person named next of the other gender": (
        "The president of Lakeshore University has refused to step down over her handling of the affair, telling "
        "students the inquiry had been “thorough and fair”.\n\nProfessor Adam Marsh, who chairs the senate, said "
        "she had lost its trust.\n\n“She cannot stay on after this,” he said.",
        [("thorough and fair", None, "president", "Lakeshore University", "The president of Lakeshore University",
          "telling"),
         ("She cannot stay on after this,", "Adam Marsh", "Professor", None, "he", "said")],
    ),
    "a name the recogniser missed, a body noun set beside it, is the body 'the company' stands for": (
        "Storm Hits Gulf Coast\n\nHundreds of thousands of homes lost power on Monday.\n\nEntergy, the region's "
        'largest utility, said about 16,000 workers were on standby.\n\n"Restoration will take days, and in some '
        'areas weeks," the company said in a statement.',
        [("Restoration will take days, and in some areas weeks,", "Entergy", None, None, "the company", "said")],
    ),
    "a commissioner's portfolio before the title is the role's, whatever the recogniser made of it": (
        'Trade Commissioner Marc Wauters met the ministers in Brussels.\n\n"We will not look away from dumping," '
        "Wauters said.",
        [("We will not look away from dumping,", "Marc Wauters", "Trade Commissioner", None, "Wauters", "said")],
    ),
    "'Elder' before a name is a title of respect and the role": (
        'The court ruled on Friday.\n\n"My husband was charged three times for fishing," said Elder Annie Bernard, '
        '81. "He would have cried today."',
        [("My husband was charged three times for fishing,", "Annie Bernard", "Elder", None, "Annie Bernard", "said"),
         ("He would have cried today.", "Annie Bernard", "Elder", None, "Annie Bernard", "said")],
    ),
    "'Aunty' before a name is a title of respect, no part of the name": (
        '"When I was a girl we got the strap for speaking our language," said Aunty Pearl Duncan, a Gamilaraay '
        "elder.",
        [("When I was a girl we got the strap for speaking our language,", "Pearl Duncan", None, None, "Pearl Duncan",
          "said")],
    ),
    "a role title after the place it serves, taken into one name": (
        'The group has lost most of its leaders. Sulu Governor Rashid Amilhamja said the group was "down to its '
        'last few dozen fighters" and urged them to surrender.',
        [("down to its last few dozen fighters", "Rashid Amilhamja", "Governor", "Sulu", "Rashid Amilhamja", "said")],
    ),
    "a name the recogniser ran on into 'and' ends before it": (
        "The two men, identified only by their first names and the initials of their surnames as Julio C. and "
        'Andres M., were arrested on Sunday.\n\nBefore his arrest, Julio C. defended the pictures. "We never went '
        'into the house," he said.',
        [("We never went into the house,", "Julio C.", None, None, "he", "said")],
    ),
    "Kenya's cabinet secretary, with a portfolio, and 'the Cabinet Secretary'": (
        "NAIROBI (Reuters) - Kenya's Treasury Cabinet Secretary Samuel Langat on Thursday presented the budget to "
        'parliament.\n\n"Those who say we cannot collect this money said the same thing two years ago," the Cabinet '
        "Secretary said.",
        [("Those who say we cannot collect this money said the same thing two years ago,", "Samuel Langat",
          "Treasury Cabinet Secretary", "Kenya", "the Cabinet Secretary", "said")],
    ),
    "'Per' after 'said' opens the name": (
        '"Our fathers fished this fjord in small boats long before anyone had heard of a quota," said Per Ivar '
        "Somby, 63, one of the nine fishermen who brought the case.",
        [("Our fathers fished this fjord in small boats long before anyone had heard of a quota,", "Per Ivar Somby",
          "fisherman", None, "Per Ivar Somby", "said")],
    ),
    "a country set beside a role is no person": (
        "Justice Minister Kristjan Tamm welcomed the verdict.\n\nEstonia, a member of NATO and the European Union, "
        'has convicted more than a dozen people of spying since 2022.\n\n"Every traitor will be found and '
        'punished," he wrote on X.',
        [("Every traitor will be found and punished,", "Kristjan Tamm", "Justice Minister", None, "he", "wrote")],
    ),
    "a given name of one sex in US records and the other elsewhere has no gender ('Lauri')": (
        'Interior Minister Lauri Maegi and the prosecutor, Anna Kask, spoke after the verdict. "Every traitor will '
        'be found," he wrote on X.',
        [("Every traitor will be found,", "Lauri Maegi", "Interior Minister", None, "he", "wrote")],
    ),
    "a common noun the recogniser took for a body is a word of the role ('a kayak guide')": (
        'Tom Baker, a 29-year-old kayak guide, was more relaxed. "Fewer big ships might be good for business," he '
        "said.",
        [("Fewer big ships might be good for business,", "Tom Baker", "kayak guide", None, "he", "said")],
    ),
    "a full name with a post-nominal the recogniser took for a body ('Conor Halligan SC')": (
        "Under questioning from Conor Halligan SC, for the tribunal, Mr Cusack was shown a page from a "
        'diary.\n\n"Can you offer the tribunal any explanation for that entry?" Mr Halligan asked.',
        [("Can you offer the tribunal any explanation for that entry?", "Conor Halligan", None, None, "Halligan",
          "asked")],
    ),
    "a participle's agent holds the office over the body it describes ('a fund chaired by X ... the chairman')": (
        "Najd Sovereign Holdings, a state-backed fund chaired by Saudi businessman Faisal Al-Otaibi, bought an 85 "
        'percent stake in the club.\n\nAsked whether the coach was safe, Al-Otaibi smiled.\n\n"Liam is our coach," '
        "the chairman said.",
        [("Liam is our coach,", "Faisal Al-Otaibi", "chair", "Najd Sovereign Holdings", "the chairman", "said")],
    ),
    "a participle's agent holds the office over the party it describes ('D66, led by X')": (
        'D66, led by Sacha Verbeek, emerged from the election as the largest party.\n\n"My door is open," Verbeek '
        "said.",
        [("My door is open,", "Sacha Verbeek", "leader", "D66", "Verbeek", "said")],
    ),
    "a body's name the recogniser missed goes on past 'for' ('Arizonans for Water Certainty, a campaign committee,')": (
        "Arizonans for Water Certainty, a campaign committee funded largely by farm interests, said in a statement "
        'that it was "prepared to challenge any petition that does not meet the law".',
        [("prepared to challenge any petition that does not meet the law", "Arizonans for Water Certainty", None, None,
          "Arizonans", "said")],
    ),
    "'the finance minister' is not the Minister of State for Finance": (
        "Finance Minister Kamran Rashid presented the budget. Minister of State for Finance Ayesha Rashid, who is "
        "not related to him, defended it.\n\nHamid Qureshi, an analyst at Delta Securities, said the plan was "
        '"broadly in line with expectations".\n\nIn his closing remarks, the finance minister appealed for '
        'patience.\n\n"I am asking for a year," he said.',
        [("broadly in line with expectations", "Hamid Qureshi", "analyst", "Delta Securities", "Hamid Qureshi", "said"),
         ("I am asking for a year,", "Kamran Rashid", "Finance Minister", None, "he", "said")],
    ),
    "someone unnamed met since with another office's words does not hide the holder ('a district chief')": (
        "Deputy Chief Marcus Obi told the inquiry the crews had gone in blind.\n\nCounsel then showed him a memo in "
        'which a district chief warned that dozens of towers had "unresolved safety problems".\n\n"We did not have '
        'the staff," the deputy chief said.',
        [("unresolved safety problems", None, "district chief", None, "a district chief", "warned"),
         ("We did not have the staff,", "Marcus Obi", "Deputy Chief", None, "the deputy chief", "said")],
    ),
    "a description named by a participle ('The captain, identified only as Thomas H.,') is that person": (
        "Prosecutor Katrin Weber opened the case on Tuesday.\n\nThe 44-year-old captain, identified only as Thomas "
        "H. in line with German privacy rules, is charged with passing secrets to Russia.\n\nAsked whether he "
        'wished to add anything, the captain paused. "Only that I am sorry," he said.',
        [("Only that I am sorry,", "Thomas H.", "captain", None, "he", "said")],
    ),
    "a generational suffix the recogniser left out after a nickname is part of the name": (
        "Commissioner Gerald “Gerry” Hutchins Jr. spoke on Monday. “We’ve been through this before,” Hutchins said.",
        [("We’ve been through this before,", "Gerald Hutchins Jr.", "Commissioner", None, "Hutchins", "said")],
    ),
    "'the younger' of two namesakes is the son by their suffixes ('Sr.' split from its stop)": (
        'Jaylen Odom Jr. was denied a waiver. His father, Jaylen Odom Sr., was angry. "Nobody called us at all," '
        'Odom Sr. said. "Not the news I wanted," the younger Odom said.',
        [("Nobody called us at all,", "Jaylen Odom Sr.", "Jaylen Odom Jr.'s father", None, "Odom Sr.", "said"),
         ("Not the news I wanted,", "Jaylen Odom Jr.", None, None, "Odom", "said")],
    ),
    "'the elder' of two namesakes is the one named as the other's father": (
        "A fund has agreed to buy the club from the Rossetto family, who have owned it for 41 years.\n\nDavide "
        "Rossetto, who has been chairman since 2015, said the family could no longer pay.\n\nHis father, Luigi "
        'Rossetto, 83, who bought the club in 1984, was visibly moved.\n\n"I have been coming to this stadium since '
        'I was a child," the elder Rossetto said.',
        [("I have been coming to this stadium since I was a child,", "Luigi Rossetto", "Davide Rossetto's father",
          None, "Rossetto", "said")],
    ),
    "a nickname inside a name before a surname with a capital inside it and a suffix": (
        'Athletic director Samuel "Sonny" DeLuca Jr. said the school would pay. "We will pay what we owe," DeLuca '
        "said.",
        [("We will pay what we owe,", "Samuel DeLuca Jr.", "athletic director", None, "DeLuca", "said")],
    ),
    "Thai 'Khun' and Indonesian 'Bu' and 'Pak' are forms of address, no part of the name": (
        '"She is a mother, she understands prices," said Bu Sumiati, who sells batik. "I voted for him because he '
        'is honest," said Pak Karno, a pedicab driver. "I am sad, but I am not surprised," said Khun Siriporn.',
        [("She is a mother, she understands prices,", "Sumiati", None, None, "Sumiati", "said"),
         ("I voted for him because he is honest,", "Karno", "pedicab driver", None, "Karno", "said"),
         ("I am sad, but I am not surprised,", "Siriporn", None, None, "Siriporn", "said")],
    ),
    "a first given name the parse hung on a second is no end of the title before it": (
        'Roads and Transport Cabinet Secretary Samuel Kiprotich Langat said the port had been handling "fewer than '
        '30 ships a year".',
        [("fewer than 30 ships a year", "Samuel Kiprotich Langat", "Transport Cabinet Secretary", None,
          "Samuel Kiprotich Langat", "said")],
    ),
    "two surnames the recogniser left out after two given names": (
        "The accord is the first reached under President Andrés Felipe Caicedo Rengifo, who took office in "
        '2022.\n\n"Today the Pacific begins to breathe without fear," Caicedo said.',
        [("Today the Pacific begins to breathe without fear,", "Andrés Felipe Caicedo Rengifo", "President", None,
          "Caicedo", "said")],
    ),
    "the first of two surnames alone is the person named with both": (
        'His lawyer, Camila Rosado Fuentes, said her client would plead not guilty.\n\n"The governor has always '
        'made himself available to the courts," Rosado said.',
        [("The governor has always made himself available to the courts,", "Camila Rosado Fuentes", "lawyer", None,
          "Rosado", "said")],
    ),
    "a 'who' clause the parse hung on the party after a name is the person's": (
        "The motion was presented by Congresswoman Milagros Chávez Paredes of the conservative Popular Renewal "
        "party, who told colleagues that the evidence left “no room for doubt.”",
        [("no room for doubt.", "Milagros Chávez Paredes", "Congresswoman", "Popular Renewal party", "who", "told")],
    ),
    "a party's member after their state, one entity to the recogniser ('the Idaho Republican')": (
        "Senate Minority Leader Walter Greaves, R-Idaho, accused Democrats of a power grab. His remarks drew a "
        "sharp response from Sen. Nora Greaves, D-Ore., who is not related to him.\n\nGreaves, for his part, said "
        "he saw no reason to change course. “The Senate is working exactly the way the founders intended,” the "
        "Idaho Republican said.",
        [("The Senate is working exactly the way the founders intended,", "Walter Greaves", "Minority Leader",
          "Senate", "the Idaho Republican", "said")],
    ),
    "a given name of one sex in US records and the other in French news has no gender ('Patrice')": (
        "Brentwood Hills could face fines, according to the bylaws.\n\nPatrice Odum-Reyes, a Knoxville lawyer, said "
        'the case could become a test. "The rules were written fast, and nobody knows where the lines are," she '
        "said.",
        [("The rules were written fast, and nobody knows where the lines are,", "Patrice Odum-Reyes", "lawyer", None,
          "she", "said")],
    ),
    "a given name alone with an age after it, as a subject, is a person ('Salma, 27,')": (
        "Dr Kavita Rao, a WHO spokesperson, said the campaign was working.\n\nSalma, 27, had brought her twin boys "
        'to the school. She said neighbours had only started coming after hearing about the deaths. "Nobody wanted '
        'to come before," she said.',
        [("Nobody wanted to come before,", "Salma", None, None, "she", "said")],
    ),
    "a given name alone the tagger took for a noun, an age after it ('Derek, 71,')": (
        "Anil Mehta, the national medical director, said the strike was damaging.\n\nFor some patients, the "
        "disruption is already personal. Derek, 71, from Croydon, had his hip replacement cancelled for the second "
        'time on Monday evening.\n\n"I have been on the list for two years," he said.',
        [("I have been on the list for two years,", "Derek", None, None, "he", "said")],
    ),
    "a title before a given name and a surname of three words, taken for a body ('Tánaiste Conall Mac Giolla Rua')": (
        'Tánaiste Conall Mac Giolla Rua said the credits would go to "those who need it most". Mac Giolla Rua added '
        'that a universal payment was "expensive and poorly targeted".',
        [("those who need it most", "Conall Mac Giolla Rua", "Tánaiste", None, "Conall Mac Giolla Rua", "said"),
         ("expensive and poorly targeted", "Conall Mac Giolla Rua", "Tánaiste", None, "Mac Giolla Rua", "added")],
    ),
    "positions in North American sport are roles ('Defenseman Jean-Michel Roy')": (
        'Defenseman Jean-Michel Roy said the room had gone quiet. "We were all yelling in the locker room," Roy '
        "said.",
        [("We were all yelling in the locker room,", "Jean-Michel Roy", "Defenseman", None, "Roy", "said")],
    ),
    "'Pharm.' before a pharmacist's name in Nigerian news is a title": (
        '"We are seeing a crisis of availability," said Pharm. Ahmed Yusuf, president of the Pharmaceutical Society '
        "of Nigeria.",
        [("We are seeing a crisis of availability,", "Ahmed Yusuf", "president", "Pharmaceutical Society of Nigeria",
          "Ahmed Yusuf", "said")],
    ),
    "a hyphened surname written alone, which the recogniser took only half of, is the person named in full": (
        "MILWAUKEE (AP) — Iowa Gov. Dale Whitacre came under attack, and former U.N. Ambassador Renata "
        'Coelho-Barnes said the governor had "no idea what a trade war actually costs."\n\nThe sharpest exchange '
        "was pressed by moderator Allison Prewitt of Fox News.\n\nCoelho-Barnes, the only woman on the stage, tried "
        'repeatedly to steer the conversation toward China. "We are spending ninety minutes arguing about who '
        'insulted whom," she said.',
        [("no idea what a trade war actually costs.", "Renata Coelho-Barnes", "former Ambassador", "U.N.",
          "Renata Coelho-Barnes", "said"),
         ("We are spending ninety minutes arguing about who insulted whom,", "Renata Coelho-Barnes",
          "former Ambassador", "U.N.", "she", "said")],
    ),
    "a namesake written after a body's possessive is the one of that body, its possessive ending aside": (
        "BERLIN (AFP) — The CSU said it would not support a reform drawn up by Labour Minister Anke "
        'Berger.\n\n"This bill will not get our votes," Thomas Berger, head of the CSU’s parliamentary group, told '
        'reporters.\n\nAnke Berger, a Social Democrat, hit back within hours.\n\nThe CSU’s Berger said: "My door is '
        'open."',
        [("This bill will not get our votes,", "Thomas Berger", "head", "CSU’s parliamentary group", "Thomas Berger",
          "told"),
         ("My door is open.", "Thomas Berger", "head", "CSU’s parliamentary group", "Berger", "said")],
    ),
    "an infinitive cue whose verb a prompting verb's object controls is spoken by that object": (
        'MANCHESTER, N.H. (AP) — Sen. Ruth Calloway of Vermont had fewer moments in the spotlight. "We keep talking '
        'about costs," Calloway said.\n\nShe later accused both front-runners of “tiptoeing around the fossil fuel '
        "industry,” a charge that prompted Marsh to interject: “I have voted against every single oil subsidy since "
        "I got to the Senate. Every one.”",
        [("We keep talking about costs,", "Ruth Calloway", "Senator", "Vermont", "Calloway", "said"),
         ("tiptoeing around the fossil fuel industry,", "Ruth Calloway", "Senator", "Vermont", "She", "accused"),
         ("I have voted against every single oil subsidy since I got to the Senate. Every one.", "Marsh", None, None,
          "Marsh", "interject")],
    ),
    "'one of' a group of officials, met unnamed, is who 'the official' then is, not someone named since": (
        "WASHINGTON (Reuters) - President Margaret Ellison wants a deal, officials said.\n\nOne of the officials "
        'said Ellison had spoken by phone with the Commission president. "The president wants this done," the '
        "official said.",
        [("The president wants this done,", None, "official", None, "the official", "said")],
    ),
    "a given name alone, set off after a word for a person who speaks, is that person's name": (
        "KYIV (AP) — The freed men arrived on buses on Saturday.\n\nAnother freed serviceman, Serhiy, 41, from a "
        'marine brigade, said: "The first thing I want is to call my daughter."',
        [("The first thing I want is to call my daughter.", "Serhiy", "freed serviceman", None, "Serhiy", "said")],
    ),
    "the name someone goes by, given in a 'who' clause, is theirs": (
        "POKROVSK, Ukraine — The unit’s commander, a former history teacher who goes by the call sign Dekan, is "
        'blunt. "We are outnumbered seven to one," he says.',
        [("We are outnumbered seven to one,", "Dekan", "former history teacher", None, "he", "says")],
    ),
    "the first name someone gave in a 'who' clause is a person, whatever the recogniser took it for": (
        "KYIV (AP) — Viktor Rudenko, the parliamentary human rights commissioner, said 150 men had come home.\n\nAt "
        "the hospital, a 24-year-old border guard who gave only his first name, Andriy, in line with military "
        "rules, said he had spent nearly two years in a prison in Russia’s Mordovia region.\n\n“They beat us every "
        "morning, just as a routine,” he said.",
        [("They beat us every morning, just as a routine,", "Andriy", "border guard", None, "he", "said")],
    ),
    "a company whose shares the article names is no person, whatever the recogniser took it for": (
        "MADRID (Reuters) - Veridan agreed to buy Pagora on Monday. Pagora shares jumped 27%.\n\nLucía Ortega, "
        'Pagora’s founder, welcomed the deal.\n\n"There will be some overlap in head office functions," Veridan '
        "Chief Executive Maarten de Vries said.",
        [("There will be some overlap in head office functions,", "Maarten de Vries", "Chief Executive", "Veridan",
          "Maarten de Vries", "said")],
    ),
    "a title with the company that opens the recogniser's entity before a name with a particle": (
        '"This is a transformational deal," Veridan Chief Executive Maarten de Vries told reporters. "We are very '
        'pleased," he said.',
        [("This is a transformational deal,", "Maarten de Vries", "Chief Executive", "Veridan", "Maarten de Vries",
          "told"),
         ("We are very pleased,", "Maarten de Vries", "Chief Executive", "Veridan", "he", "said")],
    ),
    "a surname with its particle written alone is the name introduced in full, not a name of its own": (
        'MUSCAT (AFP) – Oman’s Foreign Minister Hilal bin Hamad Al Busaidi said the talks had gone well.\n\n"Both '
        'parties expressed a clear wish to continue," Al Busaidi said.',
        [("Both parties expressed a clear wish to continue,", "Hilal bin Hamad Al Busaidi", "Foreign Minister", "Oman",
          "Al Busaidi", "said")],
    ),
    "a given name spelled like a reporting verb's regular past is no verb ('Sayed')": (
        '"I have flour in this truck," said Sayed Abdel-Rahman, a driver from Sharqia.',
        [("I have flour in this truck,", "Sayed Abdel-Rahman", "driver", None, "Sayed Abdel-Rahman", "said")],
    ),
    "a place named for someone, with 'the' before it and the noun it names after it, is no person": (
        "CAIRO (AP) — Egyptian officials say Israeli inspections at the nearby Kerem Shalom and Nitzana crossings, "
        'where all cargo must be screened before entering Gaza, have slowed to a crawl.\n\n"We wait for weeks," he '
        "said.",
        [("We wait for weeks,", None, None, None, "he", "said")],
    ),
    "'Sheikha' is a woman's honorific, no word of her name": (
        'DOHA (Reuters) - The team includes Sheikha Mariam Al Thani, a director at the ministry.\n\n"That work does '
        'not stop," she said.',
        [("That work does not stop,", "Mariam Al Thani", "director", "ministry", "she", "said")],
    ),
    "a clause set off after the body of a role is no part of the affiliation": (
        "DOHA (Reuters) - The team includes Mariam Haddad, director of the ministry's department of international "
        'cooperation, who has been closely involved in the talks.\n\n"That work does not stop," she said.',
        [("That work does not stop,", "Mariam Haddad", "director",
          "ministry's department of international cooperation", "she", "said")],
    ),
    "a party's member named in the singular is of the party ('a Social Democrat'), and no person": (
        'BERLIN (AFP) — Anke Berger, a Social Democrat, hit back within hours. "Anyone who wants to cut pensions '
        'should say so," Berger said.',
        [("Anyone who wants to cut pensions should say so,", "Anke Berger", "Social Democrat", "Social Democrats",
          "Berger", "said")],
    ),
    "a verb after 'to' that the parse hung on a title is no word of it": (
        "BERLIN (AFP) – A bitter dispute over pensions threatened on Tuesday to paralyse Chancellor Konrad "
        'Weyland’s coalition.\n\n"We will not be pushed around," Weyland said.',
        [("We will not be pushed around,", "Konrad Weyland", "Chancellor", None, "Weyland", "said")],
    ),
    "a leader's description names the one whose body it names inside lower-case words ('the hard-left CGT union')": (
        "PARIS (Reuters) - Laurent Dubreuil, the head of the hard-left CGT union, told reporters the strikes would "
        "go on. Julien Morvan, a political scientist, said the government was betting on fatigue.\n\nThe CGT leader "
        'paused before answering. "That is not a word we use lightly," he said.',
        [("That is not a word we use lightly,", "Laurent Dubreuil", "head", "hard-left CGT union", "he", "said")],
    ),
    "a participle on a relative clause whose 'that' the tagger took for a conjunction is the main clause's speaker's": (
        "KYIV (AP) — Foreign Minister Iryna Savchuk told reporters that Kyiv would not accept any deal that "
        '"freezes the conflict along the current front line", calling such an outcome "a pause for Russia to rearm".',
        [("freezes the conflict along the current front line", "Iryna Savchuk", "Foreign Minister", None,
          "Iryna Savchuk", "calling"),
         ("a pause for Russia to rearm", "Iryna Savchuk", "Foreign Minister", None, "Iryna Savchuk", "calling")],
    ),
    "a lead's description of an office, of a body, names the person named next of that body under another title": (
        "PORTSMOUTH, N.H. (AP) — The head of the Federal Emergency Management Agency promised Friday that help "
        "would reach the coast “in days, not weeks,” as she toured flattened neighborhoods.\n\nFederal Emergency "
        "Management Agency Administrator Natalie Brandt walked through a waterfront street where boats sat in front "
        "yards.",
        [("in days, not weeks,", "Natalie Brandt", "Administrator", "Federal Emergency Management Agency",
          "The head of the Federal Emergency Management Agency", "promised")],
    ),
    "a lead's description by a body's possessive names the person named next of that body under another title": (
        "UN envoy warns council\n\nThe UN’s Middle East peace envoy warned the Security Council on Wednesday that "
        "the prospect of a Palestinian state was “eroding by the day” as violence surged.\n\nTorvald Einarsen, the "
        "UN special coordinator for the Middle East peace process, told the council that the situation was moving "
        "“in the wrong direction.”",
        [("eroding by the day", "Torvald Einarsen", "special coordinator", "UN", "The UN’s Middle East peace envoy",
          "warned"),
         ("in the wrong direction.", "Torvald Einarsen", "special coordinator", "UN", "Torvald Einarsen", "told")],
    ),
    "the name set off before a definite description the parse made the subject is who speaks": (
        "PARIS (AFP) – The government survived a vote of no confidence on Monday.\n\n“Tonight the government "
        "survives, but it does not govern,” Margaux Lefèvre, the France Unbowed deputy who presented the motion, "
        "told the chamber before the vote.",
        [("Tonight the government survives, but it does not govern,", "Margaux Lefèvre", None, None, "Margaux Lefèvre",
          "told")],
    ),
    "a headline's given name and surname are the name with middle names the article gives below": (
        "Zahid Marri named caretaker PM after late consensus\n\nISLAMABAD: Former diplomat Zahid Hussain Marri was "
        "on Saturday named caretaker prime minister after outgoing Prime Minister Mian Khalid Javed and the "
        'opposition leader agreed on his name.\n\nThe two leaders met three times.\n\n"My job is to assist the '
        'election commission," Marri told reporters.',
        [("My job is to assist the election commission,", "Zahid Hussain Marri", "former diplomat", None, "Marri",
          "told")],
    ),
    "the object of a title's 'of the' is no given name of the name after it": (
        "NEW DELHI (PTI) As soon as the House assembled, Leader of the Opposition Ramesh Chandra Baghel rose to "
        'raise the issue.\n\n"The minister has called elected members anti-national," Baghel said.',
        [("The minister has called elected members anti-national,", "Ramesh Chandra Baghel",
          "Leader of the Opposition", None, "Baghel", "said")],
    ),
    "initials open a name after a place the recogniser took into it": (
        "CHANDIGARH (PTI) AICC general secretary in charge of Haryana P.V. Raghavan said the party would meet on "
        'Thursday.\n\n"The high command will take the final call," Raghavan said.',
        [("The high command will take the final call,", "P.V. Raghavan", None, "Haryana", "Raghavan", "said")],
    ),
    "a name of several words the recogniser missed, an age after it, is a person, its last words alone them too": (
        "LISBON (Reuters) - Vasco Teixeira Albuquerque de Sá, 58, a civil engineer, resigned on Friday.\n\nIn a "
        'short statement, Albuquerque de Sá said he had done nothing wrong. "I have never received any payment," he '
        "said.",
        [("I have never received any payment,", "Vasco Teixeira Albuquerque de Sá", "civil engineer", None, "he",
          "said")],
    ),
    "'Corporal' written out before a name is a rank, no word of the name": (
        'SMITHERS, B.C. (Reuters) - Police said the operation was carried out with care.\n\n"We acted with '
        'restraint and professionalism," said RCMP spokesperson Corporal Janelle Okafor.',
        [("We acted with restraint and professionalism,", "Janelle Okafor", "spokesperson", "RCMP", "Janelle Okafor",
          "said")],
    ),
    "'Andrea', a woman's name in US records and a man's in Italy, tells no gender": (
        "TURIN, Italy (AFP) - Juventus coach Andrea Lombardi said on Friday his team could not afford another week "
        "of excuses.\n\nThe 47-year-old, in his first season in Turin, confirmed that French midfielder Yanis "
        "Belkacem would return.\n\n“Yanis is ready to play from the start,” he said.",
        [("Yanis is ready to play from the start,", "Andrea Lombardi", "coach", "Juventus", "he", "said")],
    ),
    "a Pakistani assembly member's title before a name is no word of it; her honorific tells her from a namesake": (
        "LAHORE: The opposition submitted a no-confidence motion against Chief Minister Malik Nadeem Hayat Joiya on "
        "Thursday.\n\nThe dissidents, led by MPA Ghazala Joiya, a cousin of the chief minister, have been camped at "
        "a hotel.\n\n“This is not about positions,” Ms Joiya said.",
        [("This is not about positions,", "Ghazala Joiya", "MPA", None, "Joiya", "said")],
    ),
    "a participle set off after a name, which the parse made the subject, leaves the name as the speaker": (
        "GLASGOW - Former Scotland striker Kenny Baird, writing in his column for the Daily Record, described "
        "Doig’s absence as “the worst possible timing” but backed Rennie to rise to the occasion.",
        [("the worst possible timing", "Kenny Baird", "Former striker", "Scotland", "Kenny Baird", "described")],
    ),
    "a lead's description of someone's kin is not whoever is named next": (
        "Family pay tribute to grandfather killed in hit-and-run\n\nThe daughter of a 71-year-old grandfather who "
        "died after being struck by a car that failed to stop in Oadby has described him as “the kindest man you "
        "could ever hope to meet”.\n\nRaymond Pryce was crossing London Road at about 9.40pm on Friday when he was "
        "hit by a car, police said.",
        [("the kindest man you could ever hope to meet", None, None, "71-year-old grandfather",
          "The daughter of a 71-year-old grandfather", "described")],
    ),
    "what a clause says someone became names them as well as their title does": (
        "DHAKA (AFP) - Economist Anisur Rahman Chowdhury was sworn in as chief adviser of the interim government on "
        "Thursday.\n\nRetired brigadier general Mahbubul Karim was named the new home affairs adviser.\n\nLater on "
        "Thursday, the chief adviser visited a hospital. “These young people paid with their blood,” he said.",
        [("These young people paid with their blood,", "Anisur Rahman Chowdhury", "Economist", "interim government",
          "he", "said")],
    ),
    "a body that obtained what the sentence tells, after a second participle, is not what 'the campaign' stands for": (
        "DES MOINES, Iowa - Senator Thomas Brandt slipped in the poll.\n\nIn a memo sent to donors on Wednesday and "
        "obtained by The New York Times, the campaign argued that Mr. Brandt's \"path to the nomination remains "
        'fully intact."',
        [("path to the nomination remains fully intact.", "campaign", None, None, "the campaign", "argued")],
    ),
    "someone named by a 'who' clause takes the gender the pronouns of that sentence give": (
        "POKROVSK, Ukraine — “That’s where they come from,” says Oleh, a 29-year-old drone pilot. He asked to be "
        "identified only by his first name.\n\nOleh’s commander, a 44-year-old former history teacher who goes by "
        "the call sign Dekan, is blunter than his men. “We are outnumbered maybe seven to one,” he says.",
        [("That’s where they come from,", "Oleh", "drone pilot", None, "Oleh", "says"),
         ("We are outnumbered maybe seven to one,", "Dekan", "former history teacher", None, "he", "says")],
    ),
    "the Korean surname 'Im' is one word, no contraction": (
        "SEOUL (AP) — Im Jae-won, head of a victims' group, told reporters the leaders had ignored the "
        'victims.\n\n"Cooperation built on an unresolved injustice is like a house built on sand," Mr. Im said.',
        [("Cooperation built on an unresolved injustice is like a house built on sand,", "Im Jae-won", "head",
          "victims' group", "Im", "said")],
    ),
    "a given name the recogniser labelled alone as a body opens the name after it": (
        "SAN JOSE, Costa Rica (AP) — Police seized 12 tons of cocaine.\n\nEsteban Ulate Mora, a criminologist at "
        "the University of Costa Rica, said record seizures could be misleading.\n\n“A big seizure is good news,” "
        "Ulate said.",
        [("A big seizure is good news,", "Esteban Ulate Mora", "criminologist", "University of Costa Rica", "Ulate",
          "said")],
    ),
    "a body's name set off after the people of its 'of' phrase is the body": (
        'The association of private hospitals, Clinimed, said in a statement that the reform "puts at risk '
        'the care of millions".',
        [('puts at risk the care of millions', 'Clinimed', None, None, 'Clinimed', 'said')],
    ),
    "a body's name right after a body noun is the body": (
        'The campaign group Clean Ledger said in a statement that the bank was "still financing coal for '
        'decades to come".',
        [('still financing coal for decades to come', 'Clean Ledger', None, None, 'Clean Ledger', 'said')],
    ),
    "a body noun's 'of' phrase of people in lower case is part of its name": (
        'Ontario\'s association of family doctors said in a statement that it "fully supports the nurses in '
        'this dispute".',
        [('fully supports the nurses in this dispute', "Ontario's association of family doctors", None, None,
          "Ontario's association of family doctors", 'said')],
    ),
    'an office of an office-holder in lower case is named with the holder': (
        'The office of the health minister said the report was "being studied with great care".',
        [('being studied with great care', 'office of the health minister', None, None,
          'The office of the health minister', 'said')],
    ),
    "a one-word name with a kind of its shares is a company, whom 'the company' stands for": (
        "Moreira cuts diesel price\n\nRIO DE JANEIRO, Aug 14 (AFP) - Brazil's state-controlled oil giant "
        'Moreira announced on Wednesday a 7.2 percent cut in the price of diesel.\n\n"Moreira remains '
        'committed to competitive prices," the company said in a statement.\n\nMoreira\' preferred shares '
        'fell 3.1 percent.',
        [('Moreira remains committed to competitive prices,', 'Moreira', None, None, 'the company', 'said')],
    ),
    'a dateline with the date after the place names no body': (
        "RIO DE JANEIRO, Aug 14 (AFP) - Brazil's state-controlled oil giant Petrolina announced on Wednesday "
        'a 7.2 percent cut in the price of diesel.\n\n"We remain committed to competitive prices," the '
        'company said in a statement.',
        [('We remain committed to competitive prices,', 'company', None, None, 'the company', 'said')],
    ),
    'a body noun the same in both numbers is no plural': (
        'Clashes broke out on Sunday when riot police tried to clear the blockade. The national police said '
        'in a statement that "six officers were injured in the clashes".',
        [('six officers were injured in the clashes', 'national police', None, None, 'The national police', 'said')],
    ),
    'a palace speaks for its head of state': (
        'The prime minister met the king at the Royal Palace for an hour.\n\n"The King has asked him to form '
        'a government by June," the palace said.',
        [('The King has asked him to form a government by June,', 'Royal Palace', None, None, 'the palace', 'said')],
    ),
    "a force's division speaks as a body": (
        'In a statement, the RCMP\'s Manitoba division said it remained "committed to serving every '
        'community".',
        [('committed to serving every community', "RCMP's Manitoba division", None, None,
          "the RCMP's Manitoba division", 'said')],
    ),
    "a word in capitals the recogniser left unlabelled is a body's short name": (
        '"We are asking residents to conserve power this evening," ERCOT posted on X. "We do not expect '
        'outages."',
        [('We are asking residents to conserve power this evening,', 'ERCOT', None, None, 'ERCOT', 'posted'),
         ('We do not expect outages.', 'ERCOT', None, None, 'ERCOT', 'posted')],
    ),
    'an age description looks back past the words of quotes in between': (
        'Health Secretary Alasdair Munro said he was "disappointed" by the vote but insisted the offer was '
        'the most generous anywhere in the country.\n\n"Nurses here are already the best paid in the country, '
        'and this offer would have kept it that way for years to come," the minister said. "I would urge the '
        'union to come back round the table rather than go down the road of strike action, which nobody wants '
        'to see and which would hurt the very patients we all care about."\n\nThe 61-year-old, a former GP '
        'who was appointed in a reshuffle last year, said the budget had been "stretched to the absolute '
        'limit" by inflation.',
        [('Nurses here are already the best paid in the country, and this offer would have kept it that way '
          'for years to come,', 'Alasdair Munro', 'Health Secretary', None, 'the minister', 'said'),
         ('I would urge the union to come back round the table rather than go down the road of strike action, '
          'which nobody wants to see and which would hurt the very patients we all care about.',
          'Alasdair Munro', 'Health Secretary', None, 'the minister', 'said'),
         ('stretched to the absolute limit', 'Alasdair Munro', 'Health Secretary', None, 'The 61-year-old', 'said')],
    ),
    "a lead's description under a byline introduces the next person who reports": (
        'Power cuts will end by winter, government vows\n\nBy Nomsa Dlamini, BBC News, Johannesburg\n\nSouth '
        'Africa\'s electricity minister has promised that the blackouts will be over "by the time the first '
        'frost arrives", a pledge greeted with scepticism.\n\nSipho Ndaba, who was appointed to the post 14 '
        'months ago, told parliament on Tuesday that the worst was over.',
        [('by the time the first frost arrives', 'Sipho Ndaba', 'electricity minister', 'South Africa',
          "South Africa's electricity minister", 'promised')],
    ),
    'one of a group who withholds a name is whom a pronoun after it means': (
        'Geneviève Roy, the party leader, said the law went too far.\n\nOne of her employees, who asked not '
        'to be named because she feared repercussions, was more sympathetic. "Honestly, something has to be '
        'done," she said.',
        [('Honestly, something has to be done,', None, 'employee', None, 'she', 'said')],
    ),
    'someone unnamed who withholds a name is whom a pronoun after it means, with no gender told': (
        'Anna de Vries, who runs a café on the dyke, opposed the turbines.\n\nA younger resident, who works '
        'for a solar firm and asked not to be named, disagreed. "Everyone wants cheap energy, but nobody '
        'wants to see where it comes from," she said.',
        [('Everyone wants cheap energy, but nobody wants to see where it comes from,', None, 'resident', None, 'she',
          'said')],
    ),
    "'Sri' opening a name tells no gender": (
        'Major General Hariyanto Siregar said the soldiers had acted within the rules.\n\n"He told me he was '
        'only going to take photos," said Sri Lestari, 51, whose son has not been heard from since '
        'Wednesday.\n\n"Nobody will tell me anything," she said.',
        [('He told me he was only going to take photos,', 'Lestari', None, None, 'Lestari', 'said'),
         ('Nobody will tell me anything,', 'Lestari', None, None, 'she', 'said')],
    ),
    "surnames the recogniser left out after a given name it took are the name's": (
        'Agriculture Minister Luz Marina Becerra Gaitán said on Monday that she was ready to meet the protest '
        'leaders.\n\n"The doors of dialogue are open, but the roads must be opened too," Becerra told Caracol '
        'Radio.',
        [('The doors of dialogue are open, but the roads must be opened too,', 'Luz Marina Becerra Gaitán',
          'Agriculture Minister', None, 'Becerra', 'told')],
    ),
    "a councillor's title written without its stop opens the name": (
        'Coun Janet Whitley, the cabinet member for leisure, said the pool would close. "Nobody goes into '
        'local government wanting to close sports facilities," Coun Whitley said.',
        [('Nobody goes into local government wanting to close sports facilities,', 'Janet Whitley', 'Councillor',
          None, 'Whitley', 'said')],
    ),
    'a state forester is a role': (
        'Daniel Ochoa, the state forester, said the season had burned "well beyond any reasonable planning '
        'figure".',
        [('well beyond any reasonable planning figure', 'Daniel Ochoa', 'state forester', None, 'Daniel Ochoa',
          'said')],
    ),
    "a sport's tour speaks as a body": (
        'The DP World Tour confirmed the suspensions on Tuesday. "Players who compete in unsanctioned events '
        'without a release will face sanctions," the tour said.',
        [('Players who compete in unsanctioned events without a release will face sanctions,', 'DP World Tour', None,
          None, 'the tour', 'said')],
    ),
    "a Senior Advocate of Nigeria's letters are no part of the name": (
        'Chidi Okonkwo SAN, the lawyer for the singer, said the songs shared a "substantial and unmistakable '
        'similarity".',
        [('substantial and unmistakable similarity', 'Chidi Okonkwo', 'lawyer', 'singer', 'Chidi Okonkwo SAN',
          'said')],
    ),
    "a pronoun in a clause on 'who' is whom the clause describes": (
        'Councillor Mary Lynch conceded defeat shortly after midnight.\n\nTurnout was 41.3 per cent, '
        'according to returning officer Bernadette Quinn, who thanked count staff for what she called "a long '
        'but very good-humoured night".',
        [('a long but very good-humoured night', 'Bernadette Quinn', 'returning officer', None, 'she', 'called')],
    ),
    "said a bill's sponsor, with the name set off after it": (
        '"Every parent ought to be able to choose the school that fits their child," said the bill\'s '
        'sponsor, Sen. Clint Hargrove, R-Valdosta.',
        [('Every parent ought to be able to choose the school that fits their child,', 'Clint Hargrove', 'Senator',
          'Republican Party', 'Clint Hargrove', 'said')],
    ),
    'an orthodontist is a role a description names someone by': (
        'Frank Olsen, a former state senator who chairs the group, said the ruling vindicated the '
        'drive.\n\nThe retired orthodontist said he had grown disillusioned. "Half the people in my county '
        'don\'t bother with the primary anymore."',
        [("Half the people in my county don't bother with the primary anymore.", 'Frank Olsen',
          'former state senator', None, 'The retired orthodontist', 'said')],
    ),
    'an age description passes over one named inside a quote': (
        'His party had hoped to hold the seat with Deirdre Mannion, a solicitor, who led on the first '
        'count.\n\nMs Mannion was gracious in defeat. "Noel ran a superb campaign and he deserves his win," '
        'she said.\n\nAsked whether the result reflected badly on the Government, the 45-year-old said only '
        'that by-elections were "always a different animal".',
        [('Noel ran a superb campaign and he deserves his win,', 'Deirdre Mannion', 'solicitor', None, 'she', 'said'),
         ('always a different animal', 'Deirdre Mannion', 'solicitor', None, 'the 45-year-old', 'said')],
    ),
    'a surname alone is the name written in full with particles after a given name': (
        'Elke Van den Broeck, who leads the Greens in the Brussels parliament, rejected the criticism. "It is '
        'too easy to blame the Flemish parties," she told the Guardian.',
        [('It is too easy to blame the Flemish parties,', 'Elke Van den Broeck', None, None, 'she', 'told')],
    ),
    'someone unnamed with more said of them than a bare noun is whom a pronoun after them means': (
        '"We are relieved," said Park Min-ji, a 21-year-old student who had travelled from Daegu.\n\nOne fan '
        'from Jakarta, who had flown in for the opening concert, said she would still attend. "Four members '
        'or five, it\'s still the same band," she said.',
        [('We are relieved,', 'Park Min-ji', 'student', None, 'Park Min-ji', 'said'),
         ("Four members or five, it's still the same band,", None, 'fan', None, 'she', 'said')],
    ),
    "a body's national chapter that spoke is what 'the group' stands for": (
        'Amnesty International Kenya said in a statement that the testimony confirmed "what families have '
        'been saying for more than a year". "Accountability delayed is accountability denied," the group '
        'said.',
        [('what families have been saying for more than a year', 'Amnesty International Kenya', None, None,
          'Amnesty International Kenya', 'said'),
         ('Accountability delayed is accountability denied,', 'Amnesty International Kenya', None, None, 'the group',
          'said')],
    ),
    "a word in capitals after 'the' is a body's short name, spelled out by its initials": (
        'He received his wild card from the U.S. Tennis Association last week. The USTA described him at the '
        'time as "one of the most exciting young players in the world."',
        [('one of the most exciting young players in the world.', 'U.S. Tennis Association', None, None, 'USTA',
          'described')],
    ),
    "'the company' after a body's name the recogniser missed, which spoke in the sentence before": (
        'Clipwave, founded in 2019 by former banker Priya Nandakumar, said it would challenge the '
        'decision.\n\n"We strongly disagree with the findings and believe the penalty is wholly '
        'disproportionate," the company said in a statement.',
        [('We strongly disagree with the findings and believe the penalty is wholly disproportionate,', 'Clipwave',
          None, None, 'the company', 'said')],
    ),
    "a party's word with a capitalised word before it names that party": (
        '"Parents cannot fight this alone," said a Social Democrat from Aarhus.',
        [('Parents cannot fight this alone,', None, None, 'Social Democrats', 'a Social Democrat from Aarhus',
          'said')],
    ),
    "a name the recogniser ran into the body after 'of' is the person's": (
        'Anjali Deshpande of Tilak Road Pictures, the producer, said the producers would challenge the '
        'order.\n\n"Every week of delay costs us money we do not have," Deshpande said.',
        [('Every week of delay costs us money we do not have,', 'Anjali Deshpande', 'producer',
          'Tilak Road Pictures', 'Deshpande', 'said')],
    ),
    'a participle before the subject, which the parse made the subject with the speaker its conjunct': (
        'The 5-4 decision on Friday rejected arguments by tech industry groups that the law violated the '
        'first amendment.\n\nWriting for the majority, the chief justice, Harold Pemberton, said states had '
        '"a long and unremarkable tradition" of protecting children from products that harmed them.',
        [('a long and unremarkable tradition', 'Harold Pemberton', 'chief justice', None, 'Harold Pemberton', 'said')],
    ),
    'an age description with where they are from is a subject, no prepositional phrase': (
        'Paddy Doyle, a taxi driver for 31 years, said the ban had changed little.\n\n"It\'s moved the '
        'problem around the corner, that\'s all," the 64-year-old from Crumlin said, sitting in his car at '
        'the rank.',
        [("It's moved the problem around the corner, that's all,", 'Paddy Doyle', 'taxi driver', None,
          'the 64-year-old from Crumlin', 'said')],
    ),
    'a body noun opening a title before a name keeps the body named before': (
        "BOGOTA, Oct 31 (Reuters) - Colombia's central bank cut its benchmark interest rate on "
        'Friday.\n\n"The board considers that disinflation is advancing," central bank Governor Mauricio '
        'Rengifo told reporters.\n\nIn its statement, the bank said: "The board will continue to monitor '
        'inflation expectations."',
        [('The board considers that disinflation is advancing,', 'Mauricio Rengifo', 'central bank Governor',
          "Colombia's central bank", 'Mauricio Rengifo', 'told'),
         ('The board will continue to monitor inflation expectations.', "Colombia's central bank", None, None,
          'the bank', 'said')],
    ),
    "a full name that owns its verb's prepositional object as 'her' is a person's": (
        'LAGOS, Nigeria (AP) — Funmilayo Adeyemi arrived at her bank in Lagos at 5 a.m. on Tuesday.\n\n"I '
        'have money in my account, but I cannot touch it," said the 47-year-old fabric trader.',
        [('I have money in my account, but I cannot touch it,', 'Funmilayo Adeyemi', 'fabric trader', None,
          'the 47-year-old fabric trader', 'said')],
    ),
    'a lock is a rugby position a description names someone by': (
        'New Zealand captain Tama Hohaia was more critical of his own side than of the officials.\n\n"We let '
        'them off the hook," the 30-year-old lock said.',
        [('We let them off the hook,', 'Tama Hohaia', 'captain', 'New Zealand', 'the 30-year-old lock', 'said')],
    ),
    'an age told, both hung on the object': (
        'Marta Quintana runs the cooperative in Vilanova.\n\n"We built this place with our own hands, and we '
        'will not sell it cheaply," the 58-year-old told reporters outside the town hall.',
        [('We built this place with our own hands, and we will not sell it cheaply,', 'Marta Quintana', None, None,
          'the 58-year-old', 'told')],
    ),
    'an age asked, the parse rooted at the age': (
        'Devendra Rao, the transport minister, faced questions on the delays.\n\n"Why is the railway always '
        'blamed and never the weather?" the 47-year-old asked during a short press briefing.',
        [('Why is the railway always blamed and never the weather?', 'Devendra Rao', 'transport minister', None,
          'the 47-year-old', 'asked')],
    ),
    'a body named before its kind, the subject, then another noun for it': (
        'The Lindqvist network, which tracks abuse at stadiums across Europe, said it had sent evidence to '
        'the league.\n\n"We have raised this with the league three times this season, and nothing has '
        'changed," the organisation said.',
        [('We have raised this with the league three times this season, and nothing has changed,',
          'Lindqvist network', None, None, 'the organisation', 'said')],
    ),
    'the company after the X-based company': (
        'Torvane Pharmaceuticals said on Monday it would halve the price of its asthma inhaler.\n\nThe '
        'Ohio-based company said the cut would take effect in March.\n\n"Patients should never have to choose '
        'between breathing and paying rent," the company said.',
        [('Patients should never have to choose between breathing and paying rent,', 'Torvane Pharmaceuticals', None,
          None, 'the company', 'said')],
    ),
    'a one-word name run by the state is a body': (
        'Environmental groups sued to stop state-run Gasmira from drilling off the coast.\n\nGasmira said in '
        'a statement that it had met every condition set by the regulator.\n\n"We have drilled safely in deep '
        'water for decades and will do so here," the company said.',
        [('We have drilled safely in deep water for decades and will do so here,', 'Gasmira', None, None,
          'the company', 'said')],
    ),
    'a publisher named by its trade, then the company': (
        'The novel\'s publisher, Kestrel Books, said it had received no complaint from the family.\n\n"The '
        'book went through a careful legal review, and we stand by our author," the company said.',
        [('The book went through a careful legal review, and we stand by our author,', 'Kestrel Books', None, None,
          'the company', 'said')],
    ),
    'a newspaper titled with a foreign article is no one a pronoun means': (
        'Teresa Montalbán, a former labour minister, has died at 81.\n\nIn a 1991 interview with El Norte, '
        'she described the chamber as "a room that may talk but may not decide."',
        [('a room that may talk but may not decide.', 'Teresa Montalbán', 'former labour minister', None, 'she',
          'described')],
    ),
    "a surname opening with a foreign article is still the person's": (
        'Rosaria Lo Bianco, a prosecutor in Palermo, opposed the reform.\n\n"Trials are slow because we lack '
        'staff, not because judges are lazy," Lo Bianco said.',
        [('Trials are slow because we lack staff, not because judges are lazy,', 'Rosaria Lo Bianco', 'prosecutor',
          None, 'Lo Bianco', 'said')],
    ),
    'a nationality that speaks passes over a name in its own quote of two sentences': (
        'Kilbride manager Callum Reid was furious at the decision.\n\nHarbour City manager Lars Eriksen, '
        'whose side moved up to third with the win, was more sympathetic to his opposite number.\n\n"I '
        'understand Reid\'s frustration. If it was my goal, maybe I would be angry too," the Norwegian said. '
        '"But the lines are the lines."',
        [("I understand Reid's frustration. If it was my goal, maybe I would be angry too,", 'Lars Eriksen',
          'manager', 'Harbour City', 'the Norwegian', 'said'),
         ('But the lines are the lines.', 'Lars Eriksen', 'manager', 'Harbour City', 'the Norwegian', 'said')],
    ),
    'one surfer, who withholds a name, is whom he means': (
        'Gavin Trewin, who has run a surf school on the beach for 20 years, said bookings had fallen.\n\nOne '
        'surfer, who did not want to be named because he works for the water company, said the protest was '
        'overdue. "Everybody in the water has a story," he said.',
        [('Everybody in the water has a story,', None, 'surfer', None, 'he', 'said')],
    ),
    'one voter with an apposition, unnamed, is whom she means': (
        'Andrea Whitfield, a political scientist at Emory University, said turnout would decide '
        'it.\n\nOutside a polling station at a library in Marietta, one voter, a nurse heading to an '
        'overnight shift, said she had nearly skipped the runoff. "I voted in November. I figured that was '
        'it," she said.',
        [('I voted in November. I figured that was it,', None, 'voter', None, 'she', 'said')],
    ),
    'a who clause hung on the place in the apposition gives the gender': (
        'Marisa Vega, a political scientist at Arizona State University, said neither candidate had '
        'won.\n\nOne audience member, a retired schoolteacher from Mesa who said she had not yet decided how '
        'to vote, was unimpressed. "They both said the same thing forty times," she said.',
        [('They both said the same thing forty times,', None, 'audience member', None, 'she', 'said')],
    ),
    'the X-based body after the body named': (
        "The players' union threatened UEFA with legal action over the calendar.\n\nUEFA rejected the "
        'criticism on Tuesday.\n\n"Our competitions are a small share of the matches played each season," the '
        'Nyon-based body said in a statement.',
        [('Our competitions are a small share of the matches played each season,', 'UEFA', None, None,
          'the Nyon-based body', 'said')],
    ),
    'the governing body said, no one named': (
        'The referee sent off two players in the first half.\n\n"The decision will be reviewed in full next '
        'week," the governing body said.',
        [('The decision will be reviewed in full next week,', 'governing body', None, None, 'the governing body',
          'said')],
    ),
    'a body set beside the noun with words describing it after the comma': (
        'Australia will fund the new cancer drug from July.\n\nThe manufacturer, Swiss-based Calveran '
        'Pharmaceuticals, said in a statement it was "pleased to have reached agreement with the government."',
        [('pleased to have reached agreement with the government.', 'Calveran Pharmaceuticals', None, None,
          'Calveran Pharmaceuticals', 'said')],
    ),
    'said the role, a spelled-out title and the name, set off by commas': (
        'Appearing before the Senate Rules Committee on Wednesday, officials from Ohio described poll workers '
        'quitting in large numbers.\n\n"The people who count our votes are being harassed, doxxed and '
        'impersonated, and they are doing it for fifteen dollars an hour," said the committee\'s chairwoman, '
        'Senator Evelyn Marsh, a Democrat from Minnesota.',
        [('The people who count our votes are being harassed, doxxed and impersonated, and they are doing it '
          'for fifteen dollars an hour,', 'Evelyn Marsh', 'Senator', 'Democratic Party', 'Evelyn Marsh', 'said')],
    ),
    'the CEC after the Chief Election Commissioner named': (
        'Chief Election Commissioner Rashida Begum said the vote would be held in February.\n\n"We owe the '
        'people an election they can believe in," the CEC said.',
        [('We owe the people an election they can believe in,', 'Rashida Begum', 'Chief Election Commissioner', None,
          'the CEC', 'said')],
    ),
    'a prefecture speaks as a body': (
        'Police stopped 40 people crossing the border near Menton on Sunday.\n\nThe Var prefecture said in a '
        'statement that all of them were treated "in strict compliance with the law."',
        [('in strict compliance with the law.', 'Var prefecture', None, None, 'The Var prefecture', 'said')],
    ),
    "a spokesperson after a body's name with 'of' in it, parsed inside the name": (
        'The drug will not be funded on the NHS, the watchdog ruled.\n\nA Department of Health and Social '
        'Care spokesperson said: "We understand how disappointing this will be for patients and their '
        'families."',
        [('We understand how disappointing this will be for patients and their families.', None, 'spokesperson',
          'Department of Health and Social Care', 'Department of Health and Social Care spokesperson', 'said')],
    ),
    "a party's group is not the group named before": (
        'Claire Morand, who leads the Green group in the Assembly, called the vote "a hold-up."\n\nThe '
        'Socialists, who had wavered for days, voted with the rest of the left. "The government was offered a '
        'compromise and chose to ignore it," the Socialist group said in a statement.',
        [('a hold-up.', 'Claire Morand', None, None, 'Claire Morand', 'called'),
         ('The government was offered a compromise and chose to ignore it,', 'Socialist group', None, None,
          'the Socialist group', 'said')],
    ),
    'a name the recogniser missed, set beside a noun with an age': (
        'Justice Mary Whitcombe ruled that the case could go to trial in London.\n\nEbiere Alagoa, a '
        '39-year-old fish smoker and mother of five, told the Guardian in a voice message that many women had '
        'been forced to buy frozen fish.\n\n"We used to sell what our husbands caught. Now we buy from '
        'strangers," she said.',
        [('We used to sell what our husbands caught. Now we buy from strangers,', 'Ebiere Alagoa', None, None, 'she',
          'said')],
    ),
    "a party's initials with a bracketed letter, before its possessive": (
        'Voters in Kolkata go to the polls on Sunday.\n\n"Both parties want to turn this into a religious '
        'question," said Anindita Sarkar, a member of the CPI(M)\'s state committee.',
        [('Both parties want to turn this into a religious question,', 'Anindita Sarkar', 'member',
          "CPI(M)'s state committee", 'Anindita Sarkar', 'said')],
    ),
    'an abbreviated title before the name in a tag after the quote': (
        'The fire had burned 14,000 acres by evening.\n\n"This fire was moving at a rate we have not seen in '
        'this county," Ventura County Fire Capt. Trevor Nakamura said at a news conference.',
        [('This fire was moving at a rate we have not seen in this county,', 'Trevor Nakamura', 'Captain', None,
          'Trevor Nakamura', 'said')],
    ),
    "a one-word name written only after 'the' is no one a pronoun means": (
        'Denise Whitaker, the agency\'s associate administrator, told reporters the launch would slip. "The '
        'Moon has waited a long time," Whitaker said.\n\nThe capsule skims the atmosphere as it returns from '
        'the Moon.\n\n"What we saw was not catastrophic," she said.',
        [('The Moon has waited a long time,', 'Denise Whitaker', 'associate administrator', 'agency', 'Whitaker',
          'said'),
         ('What we saw was not catastrophic,', 'Denise Whitaker', 'associate administrator', 'agency', 'she', 'said')],
    ),
    'a body the recogniser saw told by its seat beside a role noun is no person': (
        "Finnish police have seized the tanker Eagle Wind.\n\nThe ship's manager, Dubai-based Sea Haven "
        'Shipmanagement, did not respond to requests for comment. In a statement, the company said the crew '
        'was "cooperating fully with the Finnish authorities."',
        [('cooperating fully with the Finnish authorities.', 'Sea Haven Shipmanagement', None, None, 'the company',
          'said')],
    ),
    'a place after its preposition with a description set beside it is no person': (
        'Lithuania welcomed the first German troops on Monday.\n\nIn Brussels, a Nato official who spoke on '
        'condition of anonymity said the deployment "changes the calculus" on the alliance\'s eastern '
        'flank.\n\n"It tells Moscow that an attack on Lithuania means fighting the Bundeswehr on the first '
        'day," the official said.',
        [('changes the calculus', None, 'official', 'Nato', 'a Nato official', 'said'),
         ('It tells Moscow that an attack on Lithuania means fighting the Bundeswehr on the first day,', None,
          'official', 'Nato', 'the official', 'said')],
    ),
    'a second surname the recogniser labelled apart, and the first written alone after': (
        '"Our officers were received with rifle fire from the first minute," Rio de Janeiro state public '
        'security secretary Marcelo Tavares Bezerra said at a news conference at police '
        'headquarters.\n\nTavares said police seized 14 rifles, several pistols and about 200 kilograms of '
        'cocaine and marijuana. He said nine of the dead were "suspects who opened fire on officers" and that '
        'the other deaths were under investigation.',
        [('Our officers were received with rifle fire from the first minute,', 'Marcelo Tavares Bezerra',
          'Rio de Janeiro state public security secretary', None, 'Marcelo Tavares Bezerra', 'said'),
         ('suspects who opened fire on officers', 'Marcelo Tavares Bezerra',
          'Rio de Janeiro state public security secretary', None, 'He', 'said')],
    ),
    'a full name with a rarer given name first is not the shorter name ending it': (
        'Outside the assembly building, Marta Elena Rivas, 61, held up a photograph of her son, a bus '
        'mechanic who was arrested in May 2022.\n\n"They took him from the workshop in front of everyone," '
        'Rivas said.',
        [('They took him from the workshop in front of everyone,', 'Marta Elena Rivas', None, None, 'Rivas', 'said')],
    ),
    'a given name the tagger read as a preposition': (
        'Norway\'s transport minister, Per Arne Dahl, said the government had no plans to intervene. "Nordlys '
        'is a commercial company and these are commercial decisions," Dahl told public broadcaster NRK.',
        [('Nordlys is a commercial company and these are commercial decisions,', 'Per Arne Dahl', None, None, 'Dahl',
          'told')],
    ),
    "a name after two titles joined by 'and', the second in lower case": (
        'Flight attendants at Borealis Air walked off the job on Friday.\n\n"We\'re deeply disappointed that '
        'the union has chosen to walk away from the table," Borealis president and chief executive Marc-André '
        'Tremblay said in a statement.',
        [("We're deeply disappointed that the union has chosen to walk away from the table,", 'Marc-André Tremblay',
          'president', 'Borealis', 'Marc-André Tremblay', 'said')],
    ),
    "a party's member by the party's name of two words": (
        "HAMBURG - Hamburg's Senator for Urban Development, Kerstin Dahl, has rejected calls for her "
        'resignation.\n\n"I have nothing to hide and I am not going anywhere," the Social Democrat told this '
        'newspaper on Tuesday evening.',
        [('I have nothing to hide and I am not going anywhere,', 'Kerstin Dahl', 'Senator', 'Hamburg',
          'the Social Democrat', 'told')],
    ),
    'a cue the parse read as a participle set after the name': (
        'The Senate approved the reform on Tuesday.\n\nPaulina Echeverría, a 41-year-old senator for the '
        'centre-left Citizens\' Movement, posted on X shortly after the vote: "We were asked to vote on a '
        'uniform, not on a strategy."',
        [('We were asked to vote on a uniform, not on a strategy.', 'Paulina Echeverría', 'senator',
          "Citizens' Movement", 'Paulina Echeverría', 'posted')],
    ),
    "an age before 'said' taken for a noun, a surname taken for a pronoun": (
        'NARVA - From her window on Kreenholmi Street, Svetlana Ivanova can see the castle of '
        'Ivangorod.\n\n"I have voted in every local election since 1996," Ivanova said.\n\nAt the central '
        'market, one woman selling pickled mushrooms, who did not give her name, said she had not yet '
        'decided.\n\n"I would have to learn a language at sixty to earn a right I already had," she '
        'said.\n\nIvanova says she has no plans to move to Russia, where she has no home and no family left. '
        'She has signed up for one of the state-funded Estonian courses that begin in September.\n\n"My '
        'granddaughter says she will help me with the grammar," the 63-year-old said, smiling for the first '
        'time.',
        [('I have voted in every local election since 1996,', 'Svetlana Ivanova', None, None, 'Ivanova', 'said'),
         ('I would have to learn a language at sixty to earn a right I already had,', None, None, None, 'she',
          'said'),
         ('My granddaughter says she will help me with the grammar,', 'Svetlana Ivanova', None, None, '63-year-old',
          'said')],
    ),
    'a one-word name the tables lack, an age after it': (
        'Among younger people in Narva, the mood is different. Daniil, 24, an Estonian citizen who works for '
        'an IT company and asked that his surname not be used, said most of his friends had taken Estonian '
        'passports.\n\n"For my generation, it is not a question," he said.',
        [('For my generation, it is not a question,', 'Daniil', None, None, 'he', 'said')],
    ),
    "a body's name the parse hung a quote's close mark on": (
        'The journalist was shot dead outside his home on Sunday, the press freedom group Article 19 '
        'said.\n\n"Once again, the mechanism failed to protect a journalist who was under its care," Article '
        "19's office for Mexico and Central America said in a statement.",
        [('Once again, the mechanism failed to protect a journalist who was under its care,', "Article 19's office",
          None, None, "Article 19's office for Mexico and Central America", 'said')],
    ),
    "a name given in a 'who' clause after a participle on the noun": (
        'Commuters faced another day of cancellations on Tuesday.\n\nOne man waiting on platform 18, who gave '
        'only his first name, Joost, said: "I pay almost 400 euros a month for my season ticket."',
        [('I pay almost 400 euros a month for my season ticket.', 'Joost', None, None, 'Joost', 'said')],
    ),
    "a name given in a 'who' clause the recogniser saw, the noun's role theirs": (
        'Activists blocked the motorway for two hours on Monday.\n\nAnother driver, who gave only her first '
        'name, Aylin, was more sympathetic. "It\'s annoying, of course," she said.',
        [("It's annoying, of course,", 'Aylin', 'driver', None, 'she', 'said')],
    ),
    "two capitalised words a particle joins, an age after them; a relative's noun gives a name its gender": (
        'Police said 11 people died in the raid.\n\nLucimar dos Santos, 52, said her 19-year-old nephew, '
        'Davi, was shot in an alley near the family\'s home as he left for his job at a supermarket.\n\n"He '
        'had his work shirt in his backpack," she said, weeping.',
        [('He had his work shirt in his backpack,', 'Lucimar dos Santos', None, None, 'she', 'said')],
    ),
    "a given name the recogniser missed, set off beside someone's relative": (
        'Mykola Savchuk has not planted sunflowers on his land for three years.\n\nIryna Bondarenko, '
        "Ukraine's deputy economy minister, said the scheme had paid for 40 clearances.\n\nSavchuk's wife, "
        "Liudmyla, runs the farm's accounts and has watched the family's income fall by more than "
        'half.\n\n"The bank does not care that our field is mined," she said.',
        [('The bank does not care that our field is mined,', 'Liudmyla Savchuk', "Mykola Savchuk's wife", None,
          'she', 'said')],
    ),
    'a nationality a headline writes before a surname': (
        'Belgian Wouters, 21, storms Puy de Dome as Storgaard cracks\n\nPUY DE DOME, France, July 9 (AFP) - '
        "Belgium's Jarne Wouters won the ninth stage of the Tour de France on Sunday with a solo attack on "
        'the final climb.\n\nWouters, riding his first Tour, attacked 3.5 kilometres from the summit.\n\n"I '
        'don\'t know what to say," Wouters said, still gasping for breath beyond the finish line.',
        [("I don't know what to say,", 'Jarne Wouters', None, 'Belgium', 'Wouters', 'said')],
    ),
    'an abbreviated title without a stop, as British news writes it': (
        'Hundreds gathered at the harbour on Sunday evening.\n\n"Every number on that list was a person with '
        'a name and a family," said the Rev Margaret Hollis, one of the organisers.',
        [('Every number on that list was a person with a name and a family,', 'Margaret Hollis', 'Reverend', None,
          'Margaret Hollis', 'said')],
    ),
    'a given name the tagger read as a preposition, opening a sentence before another': (
        "Ingrid Solvang announced her retirement on Tuesday.\n\nPer Arne Haugland, Norway's women's head "
        'coach, said he had known about her plans for weeks.\n\n"Ingrid is the most complete athlete I have '
        'coached," Haugland said.',
        [('Ingrid is the most complete athlete I have coached,', 'Per Arne Haugland', "women's head coach", 'Norway',
          'Haugland', 'said')],
    ),
    'an age met beside a name introduces no one unnamed': (
        '"We are not banning books," said board member Craig Olson, who voted to remove all three '
        'titles.\n\nOlson, a 48-year-old insurance agent first elected in 2022, said he would propose a '
        'policy next month.\n\n"This isn\'t over," the 48-year-old said.',
        [('We are not banning books,', 'Craig Olson', 'board member', None, 'Craig Olson', 'said'),
         ("This isn't over,", 'Craig Olson', 'board member', None, '48-year-old', 'said')],
    ),
    "a subject's own possessive tells their gender over a name's table": (
        'APIA, Samoa - A magnitude 7.4 earthquake struck off Samoa on Tuesday.\n\nLeota Sione, 71, was '
        'watching television with his wife when the ground began to shake. "We heard a sound like thunder, '
        'but it didn\'t stop," he told the BBC.',
        [("We heard a sound like thunder, but it didn't stop,", 'Leota Sione', None, None, 'he', 'told')],
    ),
    "a company's name of two words, its first written alone after": (
        'SAN FRANCISCO (AP) - Eight novelists sued artificial intelligence company Lumora Labs on '
        'Monday.\n\nIn a statement, Lumora said it "respects the rights of authors" and would fight the '
        'claims.\n\n"Training on the open web is how these systems learn," said Lumora chief executive Aaron '
        'Whitfield.',
        [('respects the rights of authors', 'Lumora Labs', None, None, 'Lumora', 'said'),
         ('Training on the open web is how these systems learn,', 'Aaron Whitfield', 'chief executive',
          'Lumora Labs', 'Aaron Whitfield', 'said')],
    ),
    'a full name the recogniser took for a body with its possessive': (
        "On a wet Saturday morning in the market square, the queue at Elin Rhys-Davies's campaign stall was "
        'longer than the one outside the bakery.\n\n"Ten years ago, people would walk straight past us," said '
        "Ms Rhys-Davies, Plaid Cymru's candidate in the by-election on Thursday.",
        [('Ten years ago, people would walk straight past us,', 'Elin Rhys-Davies', 'candidate', 'Plaid Cymru',
          'Rhys-Davies', 'said')],
    ),
    "a speaking pronoun after the only person named, against the name's table": (
        "Tawanda Chimombe, the union's secretary general, has been arrested four times.\n\nChimombe said the "
        'unions would meet on Friday. "The ball is in the government\'s court," he said.',
        [("The ball is in the government's court,", 'Tawanda Chimombe', 'secretary general', 'union', 'he', 'said')],
    ),
    "a speaking pronoun after a quote, after the only person named, against the name's table": (
        'Irish driver Conor Mulhern was unhurt.\n\nBut farmer Dewi Roberts, 62, said the rally had outgrown '
        'the tracks.\n\n"When I was a boy you\'d get a few hundred people up here. Now it\'s thousands," he '
        'said.',
        [("When I was a boy you'd get a few hundred people up here. Now it's thousands,", 'Dewi Roberts', 'farmer',
          None, 'he', 'said')],
    ),
    'a former professional, a person noun, refers back': (
        'The team folded in March, owing riders three months of wages.\n\nIlse Verbeek, a director of the '
        'riders\' union, said the rules were not enough.\n\n"Minimum wages mean nothing if the money is not '
        'there," the former Dutch professional said.',
        [('Minimum wages mean nothing if the money is not there,', 'Ilse Verbeek', 'director', "riders' union",
          'the former Dutch professional', 'said')],
    ),
    "a title joined by its own 'and' before the name": (
        'Farmers packed the hall in Gore on Tuesday night.\n\n"Every time Wellington comes up with a new '
        'idea, it\'s us who pay," Waikaia sheep and beef farmer Colin McAuley told the meeting.',
        [("Every time Wellington comes up with a new idea, it's us who pay,", 'Colin McAuley', 'beef farmer', None,
          'Colin McAuley', 'told')],
    ),
    "a 'who' clause past 'one of' withholds the noun's name": (
        "The regulator fined the app's maker on Monday, said Rachel Donnelly, its general manager.\n\nThe "
        'mother of one of the girls, who cannot be named for legal reasons, told reporters her daughter had '
        'refused to go to school.\n\n"It doesn\'t matter that it\'s fake. To a 15-year-old, it\'s real," she '
        'said.',
        [("It doesn't matter that it's fake. To a 15-year-old, it's real,", None, None, None, 'she', 'said')],
    ),
    'no speaking pronoun refers to the named subject beside a pronoun of its gender': (
        "Patricia Lowell, who heads the agency's supervision division, testified on a later panel.\n\nSen. "
        'Harold Jennings, R-Idaho, pressed her on why the agency had not acted. "In hindsight, we should have '
        'escalated sooner," she acknowledged.',
        [('In hindsight, we should have escalated sooner,', 'Patricia Lowell', None, None, 'she', 'acknowledged')],
    ),
    "a body's name the parse read with a participle cue after it": (
        'Blue Mountains Mayor Sue Harland said the community had been through this before.\n\n"We know how to '
        'look after each other," Harland said.\n\nThe Mount Victoria Rural Fire Brigade, which lost a tanker '
        'to the fire on Friday, posted on Facebook shortly after 18:00: "Crews are safe. Please stay off the '
        'roads and let us do our job."',
        [('We know how to look after each other,', 'Sue Harland', 'Blue Mountains Mayor', None, 'Harland', 'said'),
         ('Crews are safe. Please stay off the roads and let us do our job.', 'Mount Victoria Rural Fire Brigade',
          None, None, 'Mount Victoria Rural Fire Brigade', 'posted')],
    ),
    'a rarer given name opening the sentence before a surname and a place-named surname': (
        "Brazil began vaccinating children in the north on Monday.\n\nRodrigo Tavares Lima, Butantan's "
        'director of vaccine production, said the institute was working to double output. "We are running the '
        'factory 24 hours a day," he told Reuters.',
        [('We are running the factory 24 hours a day,', 'Rodrigo Tavares Lima', 'director', 'Butantan', 'he', 'told')],
    ),
    'an honorific of Ghanaian news before the name': (
        "Relatives sat in silence under a canopy. The young man's father, Opanin Kofi Asamoah, said his son "
        'had gone out to buy airtime.\n\n"He was a boy who carried sand for a small wage to help his mother," '
        'the 63-year-old said.',
        [('He was a boy who carried sand for a small wage to help his mother,', 'Kofi Asamoah', None, None,
          'the 63-year-old', 'said')],
    ),
    "an Indigenous community's elder referred back to by the noun": (
        'For elders on the reserve, the ruling carried a personal meaning. George Sewap, 78, recalled being '
        'stopped by a landowner while hunting with his father.\n\n"He told my father to get off his land," '
        'the elder said.',
        [('He told my father to get off his land,', 'George Sewap', None, None, 'the elder', 'said')],
    ),
    "a debate's moderator titled before the name": (
        'The premier faced questions on health care for most of the evening.\n\nModerator Julie LeBlanc put '
        'the question directly to the premier: "If you are re-elected, can you promise that no emergency room '
        'will close?"',
        [('If you are re-elected, can you promise that no emergency room will close?', 'Julie LeBlanc', 'Moderator',
          None, 'Julie LeBlanc', 'put')],
    ),
    "a party's member named in apposition to the description": (
        "The committee voted on Thursday to issue the subpoena.\n\nThe committee's top Democrat, Rep. Andre "
        'Lewis of Maryland, who co-signed the subpoena, said the investigation was "one of the few truly '
        'bipartisan things happening in this building."',
        [('one of the few truly bipartisan things happening in this building.', 'Andre Lewis', 'Representative',
          'Democratic Party', 'Andre Lewis', 'said')],
    ),
    'a speaking description passes over the quotes of whom it describes': (
        '"Today the National Assembly has answered the workers," Democratic Party floor leader Han Seung-woo '
        'told reporters after the vote.\n\nRep. Yoon Ji-hye of the People Power Party, who spoke for more '
        'than six hours during the filibuster, called the bill "a licence for illegal strikes" that would '
        'drive investment overseas.\n\n"Who will invest in a country where a factory can be occupied for 50 '
        'days and the owner cannot even ask for compensation? Who will build a plant here when the law '
        'protects those who occupy it?" she asked from the podium shortly before dawn on Monday.\n\n"This law '
        'does not protect workers. It protects union bosses," the two-term lawmaker added.',
        [('Today the National Assembly has answered the workers,', 'Han Seung-woo', 'floor leader',
          'Democratic Party', 'Han Seung-woo', 'told'),
         ('a licence for illegal strikes', 'Yoon Ji-hye', 'Representative', 'People Power Party', 'Yoon Ji-hye',
          'called'),
         ('Who will invest in a country where a factory can be occupied for 50 days and the owner cannot even '
          'ask for compensation? Who will build a plant here when the law protects those who occupy it?',
          'Yoon Ji-hye', 'Representative', 'People Power Party', 'she', 'asked'),
         ('This law does not protect workers. It protects union bosses,', 'Yoon Ji-hye', 'Representative',
          'People Power Party', 'the two-term lawmaker', 'added')],
    ),
    'a speaking description does not pass over someone met unnamed': (
        '"For years the policy served foreign shareholders at the expense of the Brazilian people," said Jose '
        'Antonio Brito, the federation\'s coordinator. "Today the company is once again at the service of the '
        'country, and we will defend that choice against any pressure from the market."\n\nA former member of '
        'the board, speaking on condition of anonymity, told AFP that the board had been given "less than a '
        'day" to review the change. "In a listed company, that is not how it should work," the former '
        'director said.',
        [('For years the policy served foreign shareholders at the expense of the Brazilian people,',
          'Jose Antonio Brito', 'coordinator', 'federation', 'Jose Antonio Brito', 'said'),
         ('Today the company is once again at the service of the country, and we will defend that choice '
          'against any pressure from the market.', 'Jose Antonio Brito', 'coordinator', 'federation',
          'Jose Antonio Brito', 'said'),
         ('less than a day', None, 'former member', 'board', 'A former member of the board', 'told'),
         ('In a listed company, that is not how it should work,', None, 'former director', None,
          'the former director', 'said')],
    ),
    'an age refers to the one the article gave that age': (
        'Gregory Lindqvist, 58, told the committee that the airline\'s software had been overwhelmed.\n\n"You '
        'knew the house was on fire and you bought a new carpet," Rep. James Pruitt told Lindqvist.\n\nThe '
        '58-year-old said the buybacks had been approved before the pandemic. "We are spending more on our '
        'operations now than at any point in our history," he said.',
        [('You knew the house was on fire and you bought a new carpet,', 'James Pruitt', 'Representative', None,
          'James Pruitt', 'told'),
         ('We are spending more on our operations now than at any point in our history,', 'Gregory Lindqvist', None,
          None, 'he', 'said')],
    ),
    "'the president' is no one named with another role": (
        '"Markets had largely priced in an abstention," said Inês Cardoso, an economist at Nova School of '
        'Business and Economics in Lisbon.\n\nThe president, who has the power to dissolve parliament, had '
        'warned last month that the country could not afford "a new cycle of instability" and urged the '
        'parties to reach an agreement.',
        [('Markets had largely priced in an abstention,', 'Inês Cardoso', 'economist',
          'Nova School of Business and Economics', 'Inês Cardoso', 'said'),
         ('a new cycle of instability', None, 'president', None, 'The president', 'warned')],
    ),
    "a Korean given name's second syllable written small after its hyphen": (
        'The case has also raised questions about regulators. Democratic Party lawmaker Park Min-seo, who '
        'sits on the National Assembly\'s policy committee, said she would summon officials.\n\n"Someone '
        'there has to answer for that," Park told AFP.',
        [('Someone there has to answer for that,', 'Park Min-seo', 'lawmaker', 'Democratic Party', 'Park', 'told')],
    ),
    "a full name taken for a body whose surname, taken for a plural noun, a 'who' clause describes": (
        'When Helena Marques was born in Alfama 67 years ago, her street had a bakery, a barber, a tavern and '
        '31 families. Today, she says, it has two families, a souvenir shop and 26 key boxes.\n\n"In some '
        'parishes, more than half of all homes are listed on short-term platforms," according to Catarina '
        'Valente, a geographer at the University of Lisbon.\n\nMarques, who says she has been offered '
        '€450,000 for her small house three times, has no intention of selling. "They will take me out of '
        'here in a box," she said.',
        [('In some parishes, more than half of all homes are listed on short-term platforms,', 'Catarina Valente',
          None, None, 'Catarina Valente', 'according to'),
         ('They will take me out of here in a box,', 'Helena Marques', None, None, 'she', 'said')],
    ),
    'a name set off before the cue, hung deep in an opening participle clause': (
        "NEW DELHI, May 6 (Reuters) - India's Supreme Court on Tuesday set a three-month deadline for state "
        'governors to act on bills passed by elected legislatures.\n\nWriting for a two-judge bench that also '
        "included Justice Meenakshi Iyer, Justice Arvind Kumar Bhatnagar said the governor's inaction had "
        '"frustrated the will of the legislature" and amounted to a "pocket veto", which the Constitution '
        'does not permit.',
        [('frustrated the will of the legislature', 'Arvind Kumar Bhatnagar', 'Justice', None,
          'Arvind Kumar Bhatnagar', 'said')],
    ),
    'a passive participle cue that names who acted, under a reporting verb': (
        'Kirsty Lund, 33, a former dump truck operator who gave evidence to the inquiry, recalled being told '
        'by a supervisor to "toughen up or go home" after she complained about a colleague.',
        [('toughen up or go home', None, 'supervisor', None, 'a supervisor', 'told')],
    ),
    "a 'who' clause down a chain of phrases after the noun withholds its name": (
        '"My grandchildren will never be able to live in the street where I was born," said Miquel Pons, 72, '
        'a retired fisherman.\n\nA waiter at one of the cafes on the Born, who asked not to be named because '
        'he feared losing his job, was more ambivalent. "They are right, of course they are right," he said.',
        [('My grandchildren will never be able to live in the street where I was born,', 'Miquel Pons',
          'retired fisherman', None, 'Miquel Pons', 'said'),
         ('They are right, of course they are right,', None, 'waiter', 'cafes', 'he', 'said')],
    ),
    "'One of them' who withholds a name is met unnamed": (
        '"My father built ships here," said Choi Min-jae, a welder at the yard.\n\nSubcontract workers are '
        'not covered by the wage talks. One of them, who asked not to be named for fear of losing his '
        'contract, said they had been told to keep working. "They decide, and we follow," he said.',
        [('My father built ships here,', 'Choi Min-jae', None, None, 'Choi Min-jae', 'said'),
         ('They decide, and we follow,', None, None, None, 'he', 'said')],
    ),
    "a second 'who' clause joined by 'and' withholds the noun's name": (
        'The crane operator, Jeon Seung-min, 41, died at the scene, police said.\n\nA co-worker who was on '
        'the same shift, and who asked not to be named, said the signalman had been moved that morning. "We '
        'were told to finish the block before the weekend," he said.',
        [('We were told to finish the block before the weekend,', None, 'co-worker', None, 'he', 'said')],
    ),
    "a noun set off before a cue the parse joined to the sentence's verb, and its participle": (
        'Fires burned across the Blue Mountains on Saturday.\n\nThe Great Western Highway was closed in both '
        'directions between Katoomba and Lithgow, a spokeswoman for Transport for NSW said, adding that it '
        'would "remain closed overnight at the very least".',
        [('remain closed overnight at the very least', None, 'spokeswoman', 'Transport',
          'a spokeswoman for Transport for NSW', 'adding')],
    ),
    'a speaking description right after someone met unnamed who spoke is theirs': (
        'Central bank governor Olayemi Cardoso appeared before the Senate committee on banking. Committee '
        'chairman Sen. Yakubu Gwarzo thanked him for his frankness.\n\nNot all senators were reassured. One '
        'member of the committee, who asked not to be named, said the governor had "dodged the hard '
        'questions" about the bank\'s forward contracts.\n\n"We asked for figures and we got speeches," the '
        'senator said.',
        [('dodged the hard questions', None, 'member', 'Senate committee', 'One member of the committee', 'said'),
         ('We asked for figures and we got speeches,', None, 'senator', None, 'the senator', 'said')],
    ),
    "a name in the unnamed speaker's own phrase does not name them": (
        'Police shot Brian Otieno Ouma, a 22-year-old engineering student, during the protest on '
        'Tuesday.\n\nA classmate of Ouma who said he was standing a few metres away gave a different account. '
        '"Brian was running away. He was not throwing anything," the student told AFP.',
        [('Brian was running away. He was not throwing anything,', None, 'student', None, 'the student', 'told')],
    ),
    'no one met unnamed when named beside the noun': (
        "The court rejected the petition by seven votes to two.\n\nOne of the court's nine justices, Enny "
        'Rahmawati, wrote in a dissenting opinion that the majority had applied "an impossibly high standard '
        'of proof".\n\n"When the state apparatus is mobilised, the evidence is by its nature hidden in the '
        'state\'s own files," the justice wrote.',
        [('an impossibly high standard of proof', 'Enny Rahmawati', 'justice', 'court', 'Enny Rahmawati', 'wrote'),
         ("When the state apparatus is mobilised, the evidence is by its nature hidden in the state's own "
          'files,', 'Enny Rahmawati', 'justice', 'court', 'the justice', 'wrote')],
    ),
    'no one met unnamed inside the quote': (
        'On Thursday evening Hillary Clinton delivered her acceptance speech as the Democratic nominee, '
        'painting her rival, Donald Trump, as a man too unqualified for the job.\n\n"A man you can bait with '
        'a tweet is not a man we can trust with nuclear weapons," said the Democratic nominee.',
        [('A man you can bait with a tweet is not a man we can trust with nuclear weapons,', 'Hillary Clinton',
          'nominee', 'Democratic Party', 'the Democratic nominee', 'said')],
    ),
    "a cue in the 'that' clause of the speech noun of a reporting verb": (
        'Regulators guaranteed all deposits at the bank on Sunday.\n\nThe American Bankers Association, the '
        "industry's main lobby group, said in a statement that First Cascade's failure reflected "
        '"bank-specific management failures" rather than broader weaknesses.',
        [('bank-specific management failures', 'American Bankers Association', None, None,
          'American Bankers Association', 'said')],
    ),
    'the past of a reporting verb taken for a noun after an age': (
        'Leota Sione, 71, was watching television with his wife when the ground began to shake. "We heard a '
        'sound like thunder, but it didn\'t stop," he told the BBC.\n\nThe 71-year-old recalled shouting to '
        'his wife as the noise grew louder: "I told her, \'Run, don\'t look back.\' When we turned around, '
        'our neighbour\'s house was gone."',
        [("We heard a sound like thunder, but it didn't stop,", 'Leota Sione', None, None, 'he', 'told'),
         ("I told her, 'Run, don't look back.' When we turned around, our neighbour's house was gone.",
          'Leota Sione', None, None, '71-year-old', 'shouting')],
    ),
    "a nationality noun that is a given name too, after 'the'": (
        'Danish race leader Mikkel Storgaard lost 40 seconds on the final climb.\n\n"Bad day, that\'s all," '
        'the Dane said curtly as he was ushered towards the team bus.',
        [("Bad day, that's all,", 'Mikkel Storgaard', 'race leader', 'Denmark', 'the Dane', 'said')],
    ),
    'a nationality noun that is a given name too, as a given name': (
        'The committee met on Tuesday.\n\n"We will not give up," said Dane Waters, the group\'s director.',
        [('We will not give up,', 'Dane Waters', 'director', 'group', 'Dane Waters', 'said')],
    ),
    "an office's spokesman, left unnamed, is whom the pronoun after means": (
        'Prime Minister Catherine Rowe and Jonathan Ashdown, the leader of the opposition, traded blows over '
        'waiting lists.\n\n"Which part of that promise does she still stand by?" Ashdown asked.\n\nAfter the '
        'session, the prime minister\'s official spokesman told reporters that Rowe had no interest in "Punch '
        'and Judy politics".\n\n"The prime minister is focused on getting waiting lists down," he said.',
        [('Which part of that promise does she still stand by?', 'Jonathan Ashdown', None, None, 'Ashdown', 'asked'),
         ('Punch and Judy politics', None, 'official spokesman', 'prime minister',
          "the prime minister's official spokesman", 'told'),
         ('The prime minister is focused on getting waiting lists down,', None, 'official spokesman',
          'prime minister', 'he', 'said')],
    ),
    'someone met unnamed outside the subject who withholds a name is whom the pronoun after means': (
        '"Every resident has been offered a fair price," said Tom Archer, a director of Crestmoor '
        'Homes.\n\nThat was the experience of one leaseholder, a retired bus driver who bought his '
        'two-bedroom flat under right to buy in 1998 and asked not to be named. "They offered me £310,000, '
        'and a one-bed in the new block is going for £495,000," he said.',
        [('Every resident has been offered a fair price,', 'Tom Archer', 'director', 'Crestmoor Homes', 'Tom Archer',
          'said'),
         ('They offered me £310,000, and a one-bed in the new block is going for £495,000,', None,
          'retired bus driver', None, 'he', 'said')],
    ),
    "a name given in a 'who' clause past an age set beside the subject": (
        '"The transfers are unlawful," said Marco Trentini, a lawyer for the migrants.\n\nOne of the men, a '
        '23-year-old from Sylhet in Bangladesh who gave his name only as Rahim, told Reuters by telephone '
        'that he had paid smugglers $4,000.\n\n"I only want to work and send money to my mother," he said.',
        [('The transfers are unlawful,', 'Marco Trentini', 'lawyer', 'migrants', 'Marco Trentini', 'said'),
         ('I only want to work and send money to my mother,', 'Rahim', None, None, 'he', 'said')],
    ),
    'a noun set off before a root cue the parse gave no subject, beside a street': (
        '"My father would turn in his grave if I voted for anyone else," said Gwen Pritchard, 67, a retired '
        'postmistress.\n\nOutside a hardware shop on Commercial Street, the owner, who did not want to be '
        'named, said trade had halved since the bank closed. "You can\'t run a town without a bank."',
        [('My father would turn in his grave if I voted for anyone else,', 'Gwen Pritchard', None, None,
          'Gwen Pritchard', 'said'),
         ("You can't run a town without a bank.", None, 'owner', None, 'the owner', 'said')],
    ),
    "an engineer's title of East African news before the surname": (
        'Tanesco managing director Baraka Mwakyusa said residents should expect occasional outages.\n\n"The '
        'water is there, the turbines are there. The bottleneck is the wires," Eng Mwakyusa told journalists.',
        [('The water is there, the turbines are there. The bottleneck is the wires,', 'Baraka Mwakyusa',
          'Tanesco managing director', None, 'Mwakyusa', 'told')],
    ),
    'a whose before a role stands for the body named before it': (
        "The most surprising partner was the Conservative People's Party, whose lead candidate, Christian "
        'Bech, will become deputy mayor.\n\n"It is a good day for the city," Bech said.',
        [('It is a good day for the city,', 'Christian Bech', 'lead candidate', "Conservative People's Party",
          'Bech', 'said')],
    ),
    'a whose before a role stands for a body noun before it': (
        'The tenants were backed by the union, whose chairman, Paul Okafor, said rents had doubled.\n\n"It '
        'cannot go on," Okafor said.',
        [('It cannot go on,', 'Paul Okafor', 'chairman', 'union', 'Okafor', 'said')],
    ),
    "a possessor after 'a' is a word of the role, no body": (
        '"I registered out of curiosity," said Rafiq Islam, 24, a master\'s student at the University of '
        'Leeds.',
        [('I registered out of curiosity,', 'Rafiq Islam', "master's student", 'University of Leeds', 'Rafiq Islam',
          'said')],
    ),
    'a possessor without a determiner is a word of the role': (
        '"We were beaten by a better side," said Elin Dahl, Sweden\'s women\'s head coach.',
        [('We were beaten by a better side,', 'Elin Dahl', "women's head coach", 'Sweden', 'Elin Dahl', 'said')],
    ),
    "a city council's gender-neutral title before a name": (
        'Asked by Alderperson Yesenia Coronado of the 25th Ward whether lines could be shut, Dunn '
        'paused.\n\n"You cannot run a world-class city with a third-class transit system," Coronado said.',
        [('You cannot run a world-class city with a third-class transit system,', 'Yesenia Coronado', 'Alderperson',
          None, 'Coronado', 'said')],
    ),
    "a surname with its particle capitalised alone, first in the headline, is the full name's below": (
        'Selectors axe veteran opener Van Wyk from Test squad\n\nJOHANNESBURG (Reuters) - The selectors '
        'dropped veteran opener Pieter van Wyk from the Test squad on Tuesday.\n\nVan Wyk has not commented '
        'publicly, although he posted a photograph of his first cap with the caption: "Grateful for every '
        'single day in that shirt."',
        [('Grateful for every single day in that shirt.', 'Pieter van Wyk', 'veteran opener', None, 'he', 'posted')],
    ),
    'a noun of no lexicon an age describes, with the name its who clause gives': (
        '"If we don\'t meet the target, they cut our pay," said a 26-year-old sewing machine operator who '
        'asked to be identified only as Thuzar, for fear of losing her job.',
        [("If we don't meet the target, they cut our pay,", 'Thuzar', None, None, 'Thuzar', 'said')],
    ),
    'a county a who clause hangs on is no person': (
        'The fund collapsed in March.\n\nOne investor, a retired orthodontist in Westchester County who said '
        'he put $2 million into the fund in 2019, asked that his name not be used because he was considering '
        'legal action.\n\n"The returns were smooth. Too smooth, I know now," he said.',
        [('The returns were smooth. Too smooth, I know now,', None, 'investor', None, 'he', 'said')],
    ),
    'a kibbutz the recogniser took for a person is no one': (
        'Avi Dahan spoke to the Guardian. On the edge of Kibbutz Manara, perched on a ridge overlooking '
        'southern Lebanon, farmers were repairing irrigation pipes.\n\n"The question is not only who pays for '
        'the roof," he said.',
        [('The question is not only who pays for the roof,', 'Avi Dahan', None, None, 'he', 'said')],
    ),
    "a reporting verb's noun after 'that', which the parse took for a clause, is no cue": (
        'Nadia Sheraz, the federal climate minister, echoed that call on X, posting: "Pakistan is on the '
        'frontline of a climate emergency it did not create."',
        [('Pakistan is on the frontline of a climate emergency it did not create.', 'Nadia Sheraz',
          'federal climate minister', None, 'Nadia Sheraz', 'echoed')],
    ),
    "a person's noun before a place the recogniser took for a body, the cue given no subject": (
        '"Every few months it\'s the same thing, tractors, smoke, no customers," one café owner on Rue du '
        'Luxembourg said as she swept up broken glass.',
        [("Every few months it's the same thing, tractors, smoke, no customers,", None, 'café owner', None,
          'one café owner on Rue du Luxembourg', 'said')],
    ),
    'a hyphened given name whose first half the tables know, the recogniser missing the name': (
        'Wassink said she had first learned that her farm was on the list from a neighbour who had seen a map '
        'published online, which farmers quickly dubbed the "death map".\n\nGerrit-Jan Hulshof, a spokesman '
        'for the activist group Farmers Defence Force, said Tuesday\'s protest was "only a warning".\n\n"If '
        'the province pushes this through, they will see us every week, not once a year," Hulshof told the '
        'crowd through a megaphone.',
        [('only a warning', 'Gerrit-Jan Hulshof', 'spokesman', 'Farmers Defence Force', 'Gerrit-Jan Hulshof', 'said'),
         ('If the province pushes this through, they will see us every week, not once a year,', 'Gerrit-Jan Hulshof',
          'spokesman', 'Farmers Defence Force', 'Hulshof', 'told')],
    ),
    "a band's singer titled before the name": (
        '"We spent fifteen years thinking we just weren\'t that popular," Frontwoman Niamh Doherty told the '
        'court.',
        [("We spent fifteen years thinking we just weren't that popular,", 'Niamh Doherty', 'Frontwoman', None,
          'Niamh Doherty', 'told')],
    ),
    "a name a which clause describes is a body's wherever the recogniser took it for a person's": (
        'The proposed class-action lawsuit, filed in federal court in Seattle, claims Meridian Crest relied '
        'on a predictive tool called ClearPath to set rigid targets for how long patients could stay in '
        'skilled nursing facilities, and pressured employees to end coverage once a target passed, even when '
        'medical staff said patients needed more care.\n\n"These decisions were made by a spreadsheet, not a '
        'doctor," said Naomi Feldstein, a lawyer with the Seattle firm Caldwell Ostrander, which filed the '
        'suit. "Medicare Advantage plans are required to cover what traditional Medicare covers. They are not '
        'allowed to swap in an algorithm for a physician\'s judgment."\n\nMeridian Crest, which has about 1.2 '
        'million Medicare Advantage members in 14 states, denied the allegations.\n\nAmong the plaintiffs is '
        'the estate of Harold Ebersole, a retired machinist from Spokane. Ebersole, 86, had a stroke in '
        'January 2023 and was admitted to a skilled nursing facility. After 17 days, Meridian Crest told the '
        'facility it would stop paying, even though his physical therapist had written in his chart that he '
        'could not yet walk without help, according to the complaint.\n\nHis daughter, Janet Ebersole-Price, '
        'said the family paid $11,800 out of pocket for three more weeks before moving him home, where he '
        'fell and broke his hip. He died in April.\n\n"Dad worked 41 years and paid into Medicare every one '
        'of them," she said in an interview. "He thought he had good insurance. Then a computer decided he '
        'was done getting better."',
        [('These decisions were made by a spreadsheet, not a doctor,', 'Naomi Feldstein', 'lawyer',
          'Caldwell Ostrander', 'Naomi Feldstein', 'said'),
         ('Medicare Advantage plans are required to cover what traditional Medicare covers. They are not '
          "allowed to swap in an algorithm for a physician's judgment.", 'Naomi Feldstein', 'lawyer',
          'Caldwell Ostrander', 'Naomi Feldstein', 'said'),
         ('Dad worked 41 years and paid into Medicare every one of them,', 'Janet Ebersole-Price',
          "Harold Ebersole's daughter", None, 'she', 'said'),
         ('He thought he had good insurance. Then a computer decided he was done getting better.',
          'Janet Ebersole-Price', "Harold Ebersole's daughter", None, 'she', 'said')],
    ),
    "a person's name opening the name of a body named for them is still theirs": (
        "The Helena Marsh Children's Cancer Trust said on Monday it would fund two new wards.\n\nHelena "
        'Marsh, the singer who set up the trust in 2009, said the money came from her farewell '
        'tour.\n\n"Every ticket sold paid for a bed," Marsh said. "That was always the deal with my fans."',
        [('Every ticket sold paid for a bed,', 'Helena Marsh', 'singer', None, 'Marsh', 'said'),
         ('That was always the deal with my fans.', 'Helena Marsh', 'singer', None, 'Marsh', 'said')],
    ),
    "a body's short name opening its longer one, then someone of it": (
        'Regulators on Thursday ordered Kestrel Vale Health Plans to cut a proposed 18% premium increase for '
        'individual policies. Kestrel Vale said it was reviewing the decision.\n\nMarta Kovacs, Kestrel '
        "Vale's chief executive, was more pointed. In an interview, she warned that the plan could leave some "
        'rural counties.\n\nAsked whether Kestrel Vale would leave any counties, she said: "Everything is on '
        'the table."',
        [('Everything is on the table.', 'Marta Kovacs', 'chief executive', 'Kestrel Vale Health', 'she', 'said')],
    ),
    'a body spelled out before its initials in brackets, cut by the recogniser at a comma': (
        'Housing groups were also critical. The Vienna-based Council for Housing, Planning and Transport '
        '(CHPT), which advises city councils, said in a statement that the plan "ignores the people who need '
        'help most" at a time when rents were rising faster than wages.',
        [('ignores the people who need help most', 'Council for Housing, Planning and Transport', None, None,
          'Council for Housing, Planning and Transport', 'said')],
    ),
    'a body spelled out before its initials in brackets, cut by the recogniser before a place': (
        '"Rowing has lost one of its finest coaches and one of its kindest people," the Board of Control for '
        "Rowing in Austria (BCRA) said in a statement.\n\nLukas Brandt, the board's secretary, said the club "
        'would hold a memorial regatta in May.',
        [('Rowing has lost one of its finest coaches and one of its kindest people,',
          'Board of Control for Rowing in Austria', None, None, 'Board of Control for Rowing', 'said')],
    ),
    "the initials in brackets after a place's name and a body's are the body's, not the place's": (
        'Nurses will strike for 24 hours on Thursday, the New Zealand Nurses Organisation (NZNO) '
        'said.\n\nJane Ruatapu, a New Zealand health minister, said the offer was fair. "We value our nurses '
        'enormously, and we want to reach an agreement," she said.',
        [('We value our nurses enormously, and we want to reach an agreement,', 'Jane Ruatapu', 'health minister',
          'New Zealand', 'she', 'said')],
    ),
    "a given name after a relative's noun and its owner, with no commas, takes the owner's surname": (
        'Megan Whitlock stands in what was supposed to be her kitchen. There is a slab, a frame and a tarp '
        'where the roof should be.\n\nHer husband Liam, a fly-in fly-out electrician, said the couple had '
        'paid $150,000 before work stopped.\n\n"You do everything right," he said, "and you still get left '
        'with nothing."',
        [('You do everything right,', 'Liam Whitlock', 'fly-in fly-out electrician', None, 'he', 'said'),
         ('and you still get left with nothing.', 'Liam Whitlock', 'fly-in fly-out electrician', None, 'he', 'said')],
    ),
    "a name ending in a housebuilder's word is a body's": (
        'Megan Whitlock stands in what was supposed to be her kitchen.\n\nForty families across Maitland were '
        'left with unfinished homes after Brackenline Homes, a Newcastle-based residential builder, went into '
        'liquidation in August.\n\nHer husband Liam, a fly-in fly-out electrician, said the couple had paid '
        '$150,000 before work stopped.\n\n"You do everything right," he said, "and you still get left with '
        'nothing."',
        [('You do everything right,', 'Liam Whitlock', 'fly-in fly-out electrician', None, 'he', 'said'),
         ('and you still get left with nothing.', 'Liam Whitlock', 'fly-in fly-out electrician', None, 'he', 'said')],
    ),
    'a capitalised liquidator before a name is the role': (
        'Liquidator Tom Halvorsen, of Birchwood Advisory, told the paper the builder had been trading while '
        'insolvent for "at least several months" before it collapsed.\n\n"There were payments being taken '
        'from clients for work that had not been done," Halvorsen said.',
        [('at least several months', 'Tom Halvorsen', 'Liquidator', 'Birchwood Advisory', 'Tom Halvorsen', 'told'),
         ('There were payments being taken from clients for work that had not been done,', 'Tom Halvorsen',
          'Liquidator', 'Birchwood Advisory', 'Halvorsen', 'said')],
    ),
    'an abbreviated rank without its stop before a full name is no word of the name': (
        'Speaking to journalists in Bamako on Monday, Defence Minister Col Issa Keita Traore praised the '
        'troops who defended the base.\n\n"Our forces fought with courage, and the enemy paid a heavy price," '
        'he said.',
        [('Our forces fought with courage, and the enemy paid a heavy price,', 'Issa Keita Traore',
          'Defence Minister', None, 'he', 'said')],
    ),
    "a given name that is a rank's abbreviation without its stop, before a surname alone, is a name": (
        'Col Hennessy, a retired farmer from Dubbo, said the river had not been so low since 1982.\n\n"You '
        'could walk across it in thongs," Hennessy said.',
        [('You could walk across it in thongs,', 'Col Hennessy', 'retired farmer', None, 'Hennessy', 'said')],
    ),
    'a full name the recogniser missed whose surname the article gives alone with an age, then the surname taken for a body': (
        'Chiefs quarterback Holloway skips minicamp as contract standoff deepens\n\nCaleb Holloway was absent '
        "from the Kansas City Chiefs' mandatory minicamp on Tuesday, escalating a contract dispute between "
        'the club and its starting quarterback.\n\nHolloway, 27, is entering the final year of his rookie '
        'deal and is seeking an extension. By staying away, he faces fines of more than $100,000.\n\nThe head '
        'coach, Marcus Reyes, tried to keep his distance. "I miss him," Reyes said.\n\nReceiver Tavon Pryor, '
        'Holloway\'s most frequent target, was more direct. "He\'s our guy," the 26-year-old '
        'said.\n\nHolloway himself broke his silence late on Tuesday in an episode of his weekly '
        'podcast.\n\n"I love this city. I want to retire here," he said.',
        [('I miss him,', 'Marcus Reyes', 'head coach', None, 'Reyes', 'said'),
         ("He's our guy,", 'Tavon Pryor', 'Receiver', None, 'the 26-year-old', 'said'),
         ('I love this city. I want to retire here,', 'Caleb Holloway', 'Chiefs quarterback', None, 'he', 'said')],
    ),
    'a surname with its Arabic article capitalised opening a sentence, taken for a body, is the person named with it in small letters': (
        'Sohar port traffic surges as shipping lines steer clear of the Red Sea\n\nCargo volumes at the Port '
        'of Sohar rose by more than 40 per cent in the first half of the year, officials said on '
        'Monday.\n\n"Sohar was built for exactly this kind of moment," said Eng. Salim bin Nasser al-Rashdi, '
        'chief executive of the Sohar Port Company.\n\nAl-Rashdi told reporters at the port that several '
        'feeder operators had launched new services linking Sohar with ports in India since the start of the '
        'year. "Twelve months ago we were knocking on doors," he said.',
        [('Sohar was built for exactly this kind of moment,', 'Salim bin Nasser al-Rashdi', 'chief executive',
          'Sohar Port Company', 'Salim bin Nasser al-Rashdi', 'said'),
         ('Twelve months ago we were knocking on doors,', 'Salim bin Nasser al-Rashdi', 'chief executive',
          'Sohar Port Company', 'he', 'said')],
    ),
    'a given name left out of every entity before a surname taken for a body that speaks later': (
        'Opposition upset in rural Hungarian by-election rattles governing party\n\nTAPOLCA, Hungary, Sept 22 '
        '(AP) - A 41-year-old teacher from the opposition won a parliamentary by-election on Sunday.\n\nIlona '
        'Varga took 51.3% of the vote in the constituency, according to preliminary results.\n\n"People here '
        'are tired of waiting," Varga told cheering supporters late Sunday.\n\nTurnout was 47.2%, according '
        'to the election office.\n\nVarga, who has taught in Tapolca for eight years, said she would keep '
        'teaching. Asked how she expected to cope with parliament, she smiled. "I am used to difficult '
        'classes."',
        [('People here are tired of waiting,', 'Ilona Varga', None, None, 'Varga', 'told'),
         ('I am used to difficult classes.', 'Ilona Varga', None, None, 'she', 'smiled')],
    ),
    'a one-word name alone between quote marks is a word set off, no one a pronoun means': (
        'Hannelore Brandt, a founder of the Greens, has died at 81, her family said.\n\nBrandt entered the '
        'Bundestag in 1983. During the party\'s feuds of the 1980s between the pragmatic "Realos" and the '
        'radical "Fundis", she belonged to neither camp.\n\nIn her memoir, she wrote: "Parliament is no place '
        'for the comfortable."',
        [('Parliament is no place for the comfortable.', 'Hannelore Brandt', 'founder', 'Greens', 'she', 'wrote')],
    ),
    'a given name left out of every entity before a surname taken for a body, which never speaks alone': (
        'Opposition upset in rural Hungarian by-election rattles governing party\n\nTAPOLCA, Hungary, Sept 22 '
        '(AP) - An opposition candidate won a parliamentary by-election on Sunday.\n\nIlona Varga, whose '
        'campaign was run from a school gym, took 51.3% of the vote in the constituency, according to '
        'preliminary results.\n\n"People here are tired of waiting," the 41-year-old told cheering supporters '
        'late Sunday.',
        [('People here are tired of waiting,', 'Ilona Varga', None, None, 'the 41-year-old', 'told')],
    ),
    'a full name set beside a relative, a surname with an elided particle, whatever the recogniser took it for': (
        "Lucas Thibodeau, 34, was alone aboard his boat when he stopped answering his radio.\n\nThibodeau's "
        'sister, Chantal d\'Aigle, has been posting updates for family and friends online. "We are not giving '
        'up on you. Come home to us," she wrote in a Facebook post.',
        [('We are not giving up on you. Come home to us,', "Chantal d'Aigle", "Lucas Thibodeau's sister", None,
          'she', 'wrote')],
    ),
    "a one-word name a possessive and a place's word end is a place's": (
        'On Thursday about 300 people gathered on the wharf for a vigil led by Rev. Janet Goodwin.\n\nThe '
        'boat was found circling about 11 nautical miles south of Ellen\'s Harbour with nobody aboard. "This '
        'town does not give up on its own," she said.',
        [('This town does not give up on its own,', 'Janet Goodwin', 'Reverend', None, 'she', 'said')],
    ),
    "a club's general manager, then 'the GM'": (
        '"Doug is a good hockey man, and this was a hard conversation," general manager Pekka Lindfors said '
        'at a morning news conference.\n\nLindfors, a 52-year-old Finn, said the decision was his '
        'alone.\n\n"Nobody called me and told me to do this," the GM insisted. "I own it."',
        [('Doug is a good hockey man, and this was a hard conversation,', 'Pekka Lindfors', 'general manager', None,
          'Pekka Lindfors', 'said'),
         ('Nobody called me and told me to do this,', 'Pekka Lindfors', 'general manager', None, 'the GM',
          'insisted'),
         ('I own it.', 'Pekka Lindfors', 'general manager', None, 'the GM', 'insisted')],
    ),
    "the carmaker's initials are no general manager's": (
        'GM is recalling 120,000 pickup trucks over a faulty seat belt, the company said on Monday.\n\n"We '
        'are not aware of any injuries," GM spokesman Dan Flores said. "Owners will be notified by mail," the '
        'spokesman added.',
        [('We are not aware of any injuries,', 'Dan Flores', 'spokesman', 'GM', 'Dan Flores', 'said'),
         ('Owners will be notified by mail,', 'Dan Flores', 'spokesman', 'GM', 'the spokesman', 'added')],
    ),
    "two bare proper nouns whose last a 'who' clause describes alone later are a person's name": (
        'TOKYO, Dec 3 (AFP) - Hokkaido Nippon-Ham Fighters ace Shota Takeda will be posted to Major League '
        'Baseball this winter, the club announced on Tuesday, clearing the way for the 25-year-old '
        'right-hander to join a growing list of Japanese stars.\n\n"We have respected his dream from the day '
        'he joined us," Fighters president Hiroshi Yamane told a news conference in Sapporo.\n\nTakeda, who '
        'went 14-4 this season, bowed deeply as he addressed reporters alongside the club president.\n\n"I '
        'want to test myself against the best hitters in the world," he said through an interpreter.',
        [('We have respected his dream from the day he joined us,', 'Hiroshi Yamane', 'president',
          'Hokkaido Nippon-Ham Fighters', 'Hiroshi Yamane', 'told'),
         ('I want to test myself against the best hitters in the world,', 'Shota Takeda', None, None, 'he', 'said')],
    ),
    "a title of two capitalised words before a name a 'who' clause describes is no name": (
        'BRUSSELS (Reuters) - The European Union opened the first cluster of accession talks with Serbia on '
        'Tuesday.\n\n"Today is an important day for Serbia and for the whole region," said Serbia\'s European '
        'Integration Minister, Jelena Petrović, who led the Serbian delegation.',
        [('Today is an important day for Serbia and for the whole region,', 'Jelena Petrović',
          'European Integration Minister', 'Serbia', 'Jelena Petrović', 'said')],
    ),
    "a party's branch speaks as a body, and through its statement": (
        'The regional branch of the Civic Union party said in a statement that it would suspend the '
        'governor\'s membership. "The party has zero tolerance for corruption," the statement said.',
        [('The party has zero tolerance for corruption,', 'regional branch of the Civic Union party', None, None,
          'the statement', 'said')],
    ),
    'the presidency speaks for a head of state': (
        'The arrests came hours after the presidency said in a statement that it would act. "We will not hand '
        'the country over to criminal structures," the statement said.',
        [('We will not hand the country over to criminal structures,', 'presidency', None, None, 'the statement',
          'said')],
    ),
    "a nationality after a country's possessive opens the office, set off after the cue": (
        '"We are ready to open the remaining chapters," said Croatia\'s European Affairs Minister, Ivana '
        'Kovač, after the talks in Luxembourg.',
        [('We are ready to open the remaining chapters,', 'Ivana Kovač', 'European Affairs Minister', 'Croatia',
          'Ivana Kovač', 'said')],
    ),
    "a nationality after a country's possessive opens the office, before the name": (
        'Slovakia\'s European Integration Minister Peter Horváth said the talks would resume in June. "We '
        'have done our homework," Horváth told reporters.',
        [('We have done our homework,', 'Peter Horváth', 'European Integration Minister', 'Slovakia', 'Horváth',
          'told')],
    ),
    'a nationality after another opens the office where the next word is no role nor portfolio': (
        'French European Affairs Minister Claire Dubois said the vote was a turning point. "Europe cannot '
        'wait any longer," Dubois said.',
        [('Europe cannot wait any longer,', 'Claire Dubois', 'European Affairs Minister', 'France', 'Dubois', 'said')],
    ),
    'two nationalities before a role are one people': (
        'Turkish Cypriot leader Mehmet Arslan said the talks would resume in the autumn. "We are ready to '
        'meet at any time," Arslan said.',
        [('We are ready to meet at any time,', 'Mehmet Arslan', 'leader', 'Turkish Cypriot', 'Arslan', 'said')],
    ),
    "an Islamic scholar's honorific opens no name": (
        '"All institutions are obliged to implement the decision," said Mawlawi Abdul Karim Nazari, a '
        'spokesman for the ministry, when contacted by telephone.',
        [('All institutions are obliged to implement the decision,', 'Abdul Karim Nazari', 'spokesman', 'ministry',
          'Abdul Karim Nazari', 'said')],
    ),
    'a family name written first, taken for an adverb, before an age': (
        'The team\'s owner, Yoon Se-jin, said the club had been blindsided by the arrest.\n\n"I built this '
        'team with my own money because I love this sport," Yoon, 44, told reporters outside the team\'s '
        'practice facility.',
        [('I built this team with my own money because I love this sport,', 'Yoon Se-jin', 'owner', 'team', 'Yoon',
          'told')],
    ),
    'the second half of a hyphened given name the recogniser left out': (
        '"We will look at whether minimum standards for pay are needed," Vice Minister Park Min-ah told a '
        'parliamentary committee on Tuesday.',
        [('We will look at whether minimum standards for pay are needed,', 'Park Min-ah', 'Vice Minister', None,
          'Park Min-ah', 'told')],
    ),
    'a nickname in quote marks between a given name and a surname': (
        'Nordhavn\'s captain, Erik "lundy" Lundgren, said his team had noticed nothing unusual.\n\n"Honestly, '
        'we just thought they were playing really well," Lundgren said.',
        [('Honestly, we just thought they were playing really well,', 'Erik Lundgren', 'captain', 'Nordhavn',
          'Lundgren', 'said')],
    ),
    'a nickname in quote marks after a given name outside every entity': (
        'Bartosz "b4rt" Zielinski, 22, who plays for a Warsaw club, was removed from the stage.\n\nIn a post '
        'on X late on Saturday, he wrote: "I have never used cheats in my life and I never will."',
        [('I have never used cheats in my life and I never will.', 'Bartosz Zielinski', None, None, 'he', 'wrote')],
    ),
    'a full name taken for a body whose surname was met opening a sentence': (
        '"We are not going to chase volume by discounting," chief executive Henri de Valmont told '
        'analysts.\n\nDe Valmont, 63, a grandson of the founder, said demand had weakened.\n\n"Hard luxury is '
        'more resilient," de Valmont said.',
        [('We are not going to chase volume by discounting,', 'Henri de Valmont', 'chief executive', None,
          'Henri de Valmont', 'told'),
         ('Hard luxury is more resilient,', 'Henri de Valmont', 'chief executive', None, 'de Valmont', 'said')],
    ),
    "'The' before a bishop's style is no word of the name": (
        'The Rt Rev Jonathan Whitlock, the Bishop of Penrith, told the synod that the church could "no longer '
        'be trusted to investigate itself".',
        [('no longer be trusted to investigate itself', 'Jonathan Whitlock', 'Bishop', 'Penrith',
          'Jonathan Whitlock', 'told')],
    ),
    "a soldier's rank written out opens no name": (
        '"We trained every day, in every weather," said Private Daniel Okoro, 20, who joined the regiment '
        'last year.',
        [('We trained every day, in every weather,', 'Daniel Okoro', 'Private', None, 'Daniel Okoro', 'said')],
    ),
    "a relative named in a clause on another's name is not the namesake who speaks": (
        'Derek Amankwah, whose son, Private Joseph Amankwah, 19, died at the barracks in 2018, founded the '
        'campaign group.\n\n"We have waited six years for someone in authority to take us seriously," said '
        'Amankwah, a retired bus driver from Leeds.',
        [('We have waited six years for someone in authority to take us seriously,', 'Derek Amankwah',
          'retired bus driver', None, 'Amankwah', 'said')],
    ),
    'a given name of the tables taken for a noun speaks as the one person named in full it opens': (
        'Ffion Bowen, 17, who is studying biology at the campus, said she had already missed the first period '
        'twice.\n\nCouncillor Sian Morgan, who chairs the transport committee, said the council was reviewing '
        'the timetable.\n\nFfion said she just wanted certainty before her exams next summer.\n\n"I\'d just '
        'like a bus that gets me there on time," she said.',
        [("I'd just like a bus that gets me there on time,", 'Ffion Bowen', None, None, 'she', 'said')],
    ),
    "a lead's unnamed speaker is not someone named before it who speaks next": (
        'Maria Delgado says she has not slept properly since the plant opened.\n\nA spokesman for the Harbor '
        'Energy Company said: "The plant meets every standard set by the state."\n\nDelgado said the noise '
        'starts at dawn.',
        [('The plant meets every standard set by the state.', None, 'spokesman', 'Harbor Energy Company',
          'A spokesman for the Harbor Energy Company', 'said')],
    ),
    "'he' linked to someone of no gender told is no antecedent for 'she'": (
        'Rebecca Holloway says she knew something was wrong when her son stopped coming down for dinner.\n\nA '
        "spokesperson for the Entertainment Software Association, the industry's main trade group, said: "
        '"Video games are enjoyed by millions of Americans."\n\nHolloway said her son was hospitalized for '
        'two weeks after he threatened to hurt himself when she took away his console. He has since returned '
        'to school part time.\n\n"He\'s doing better. He\'s funny again," she said.',
        [('Video games are enjoyed by millions of Americans.', None, 'spokesperson',
          'Entertainment Software Association',
          "A spokesperson for the Entertainment Software Association, the industry's main trade group", 'said'),
         ("He's doing better. He's funny again,", 'Rebecca Holloway', None, None, 'she', 'said')],
    ),
    "a verb the parse joined to a clause on a thing shares the sentence's speaker": (
        'Bell said he called the company three times in the weeks that followed and described the response he '
        'got as "basically a shrug."',
        [('basically a shrug.', 'Bell', None, None, 'Bell', 'described')],
    ),
    'someone a report is told by, unnamed, is whom a pronoun after it refers to': (
        'Staff learned of the news at the same time as the public, according to a seamstress who has worked '
        'in the house\'s ateliers for 22 years.\n\n"We heard it like everyone else, from the press," she '
        'said, asking not to be named.',
        [('We heard it like everyone else, from the press,', None, 'seamstress', None, 'she', 'said')],
    ),
    "a quote the parse hung on a noun's 'that' clause, after 'as', is the speaker's whose object the noun is": (
        'Mr Tanabe, 63, a former engineer who joined the company in 1984, dismissed suggestions that '
        'Kaneshiro was falling behind in the shift to electric cars as "a very European way of looking at '
        'things".',
        [('a very European way of looking at things', 'Tanabe', 'former engineer', None, 'Tanabe', 'dismissed')],
    ),
    'a labourer, in British spelling, speaks unnamed': (
        '"My pomegranates will rot in two days," said Gul Marjan Noorzai, a dried-fruit exporter from '
        'Kandahar.\n\nOne labourer in Chaman, who carries goods across the border on his back for a living, '
        'said he had not earned anything in a week. "If the gate stays closed, how will I feed my family?" he '
        'asked.',
        [('My pomegranates will rot in two days,', 'Gul Marjan Noorzai', None, None, 'Gul Marjan Noorzai', 'said'),
         ('If the gate stays closed, how will I feed my family?', None, 'labourer', None, 'he', 'asked')],
    ),
    "a body spelled out before initials that take a small word's letter": (
        'The Free and Fair Election Network (FAFEN), an independent monitoring group, said the delays had '
        '"undermined public confidence" in the count.',
        [('undermined public confidence', 'Free and Fair Election Network', None, None, 'Fair Election Network',
          'said')],
    ),
    'a body spelled out before initials that take a word in capitals whole': (
        'The UN Support Mission in Libya (UNSMIL) said it was "deeply alarmed" by the reports and would '
        '"follow the situation closely".',
        [('follow the situation closely', 'UN Support Mission in Libya', None, None, 'UN Support Mission', 'said')],
    ),
    "'the agency' stands for an administration named further back, not past a body that spoke since": (
        'The Federal Emergency Management Administration said 380 people had died.\n\nUNICEF said in a '
        'statement that 3 million children were at risk. "Children are always the most vulnerable in a crisis '
        'like this," the agency said.',
        [('Children are always the most vulnerable in a crisis like this,', 'UNICEF', None, None, 'the agency',
          'said')],
    ),
    "the Holy See's nunciature speaks": (
        'The Vatican has opened an investigation into a bishop, the Apostolic Nunciature in Lisbon said on '
        'Monday.\n\n"The bishop concerned has been informed and has declared his readiness to cooperate," the '
        'nunciature said in a short statement.',
        [('The bishop concerned has been informed and has declared his readiness to cooperate,',
          'Apostolic Nunciature', None, None, 'the nunciature', 'said')],
    ),
    "'the agency' stands for an administration named before": (
        'The recall covers models from the 2022 through 2024 model years, according to documents posted by '
        'the Federal Motor Carrier Safety Administration. "A loss of drive power increases the risk of a '
        'crash," the agency wrote in the recall notice.',
        [('A loss of drive power increases the risk of a crash,', 'Federal Motor Carrier Safety Administration',
          None, None, 'the agency', 'wrote')],
    ),
    "a bus operator named so is what 'the company' stands for": (
        'Moorland Valley Buses said it would stop running the 17A route between St Just and Penzance from '
        'April.\n\n"We have kept this route going for as long as we responsibly could," the company said in a '
        'statement.',
        [('We have kept this route going for as long as we responsibly could,', 'Moorland Valley Buses', None, None,
          'the company', 'said')],
    ),
    'a surname naming a family is no one of it': (
        'For four generations, the Pryce family has sold lamb from the same shop on Lammas Street.\n\nDilwyn '
        'Pryce, 63, who took over the shop from his father in 1989, said rising bills had left him no '
        'choice.\n\n"The electric for the cold room alone has gone up threefold," he said.\n\nIn a '
        'handwritten notice taped to the window last week, Mr Pryce wrote: "After 112 years we are closing '
        'our doors."\n\nBeryl Thomas, 85, was among the regulars on Wednesday. "I came in with my mother when '
        'his grandfather was behind the counter," she recalled.\n\nEluned Pryce, who has run the till for '
        'three decades, said the hardest part had been telling the staff. "Gwyn has been with us 27 years," '
        'she said.\n\nHer husband admitted that neither of their children had wanted the business. "I don\'t '
        'blame them," he said.\n\nMrs Pryce was more blunt. She described the town centre as "half empty and '
        'getting emptier".',
        [('The electric for the cold room alone has gone up threefold,', 'Dilwyn Pryce', None, None, 'he', 'said'),
         ('After 112 years we are closing our doors.', 'Dilwyn Pryce', None, None, 'Pryce', 'wrote'),
         ('I came in with my mother when his grandfather was behind the counter,', 'Beryl Thomas', None, None, 'she',
          'recalled'),
         ('Gwyn has been with us 27 years,', 'Eluned Pryce', None, None, 'she', 'said'),
         ("I don't blame them,", 'Dilwyn Pryce', None, None, 'he', 'said'),
         ('half empty and getting emptier', 'Eluned Pryce', None, None, 'She', 'described')],
    ),
    'a speaker unnamed after the cue, with the name given in a clause on the noun set beside it': (
        'Worshippers gathered outside the mosque to read the order.\n\n"Where are we supposed to pray on '
        'Friday? In the car park?" asked one man, a retired bus driver who gave his name only as Karim.',
        [('Where are we supposed to pray on Friday? In the car park?', 'Karim', 'retired bus driver', None, 'Karim',
          'asked')],
    ),
    'a woman referred back to by her job as a lady': (
        'Carol Hopkins, 69, who has lived on Griffith Street for 40 years, said she heard a noise before the '
        'lights went out.\n\n"I looked out the back and the whole lane was moving," the retired school dinner '
        'lady said.',
        [('I looked out the back and the whole lane was moving,', 'Carol Hopkins', None, None,
          'the retired school dinner lady', 'said')],
    ),
    "a street after 'along' is no person a noun set beside it describes; the noun withholding a name speaks": (
        "Neil Hargreaves, the council's flood manager, said pumps had been deployed overnight.\n\nFurther "
        'along Market Street, one shopkeeper, who declined to give his name, said he would not be reopening. '
        '"Three times is enough. I\'m done," he said.',
        [("Three times is enough. I'm done,", None, 'shopkeeper', None, 'he', 'said')],
    ),
    "a body named after its kind with 'the' between": (
        'Industry body the Betting and Gaming Council said its members had "raised standards significantly" '
        'since the inquiry began.',
        [('raised standards significantly', 'Betting and Gaming Council', None, None, 'Betting and Gaming Council',
          'said')],
    ),
    "'according to' whose name the parse made the subject of the sentence": (
        'According to Kwame Asante-Boateng, a researcher with the Kantamanto Futures Initiative, an '
        'Accra-based group that tracks textile waste, as much as 40% of each bale is unsellable on arrival, '
        'and the trade means that "the West exports its overconsumption to us and calls it donation".',
        [('the West exports its overconsumption to us and calls it donation', 'Kwame Asante-Boateng', 'researcher',
          'Kantamanto Futures Initiative', 'Kwame Asante-Boateng', 'According to')],
    ),
    "'it' after a document the subject took in is the subject, not the document's writer": (
        'The Office of the President confirmed it had received the Maoist Centre\'s letter. "The President '
        'has taken note of the developments and will act in accordance with the constitution," it said in a '
        'brief statement.',
        [('The President has taken note of the developments and will act in accordance with the constitution,',
          'Office of the President', None, None, 'it', 'said')],
    ),
    'a body noun in a clause on the title stands for the body named so before': (
        'The Rev. Clayton Deering announced his resignation at Redeemer Hill Church in Frisco, which he '
        'founded in 1998.\n\nThe allegations were first made public by Jenna Whitcomb, 34, who served as the '
        'church\'s worship director from 2015 to 2021.\n\n"Nobody wanted to be the one who cost the church '
        'its growth," Whitcomb said.',
        [('Nobody wanted to be the one who cost the church its growth,', 'Jenna Whitcomb', 'worship director',
          'Redeemer Hill Church', 'Whitcomb', 'said')],
    ),
    "a body noun after a role's 'with' stands for the body named so before": (
        'The Bureau of Meteorology said the conditions would persist until Saturday night.\n\n"The first hour '
        'or so is often the most dangerous," said Jacinta Ng, a senior meteorologist with the bureau.',
        [('The first hour or so is often the most dangerous,', 'Jacinta Ng', 'senior meteorologist',
          'Bureau of Meteorology', 'Jacinta Ng', 'said')],
    ),
    'a body named after a place an honorific opens speaks': (
        'Lahiru Pathmasiri, a former seamer, was banned for six years on Wednesday.\n\nSri Lanka Cricket said '
        'in a statement that it would "continue to work closely" with the integrity unit.',
        [('continue to work closely', 'Sri Lanka Cricket', None, None, 'Sri Lanka Cricket', 'said')],
    ),
    'a place an honorific opens is the body of a title before a name': (
        'Former Sri Lanka captain Thilina Gunawardena, who now runs a coaching academy in Kandy, spoke on '
        'Thursday.\n\nGunawardena said: "It is sad, because he was a lovely bowler and a popular boy in the '
        'dressing room."',
        [('It is sad, because he was a lovely bowler and a popular boy in the dressing room.', 'Thilina Gunawardena',
          'former captain', 'Sri Lanka', 'Gunawardena', 'said')],
    ),
    'a body named with a place after its own word, set beside a body noun, speaks': (
        'Energy prices will rise again in April, the regulator said.\n\nEnergy UK, the trade body for '
        'suppliers, said in a statement that its members were "ready to support any customer who is worried '
        'about paying their bills".',
        [('ready to support any customer who is worried about paying their bills', 'Energy UK', None, None,
          'Energy UK', 'said')],
    ),
    'the owner a passive verb names, of a thing no name names, is the company meant': (
        'Reporters at the Valley Courier-Post walked out on Monday.\n\nThe paper is owned by Harbor Point '
        'Capital, which has acquired more than 20 daily newspapers since 2020. In a statement, the company '
        'said it had "bargained in good faith" with the union.',
        [('bargained in good faith', 'Harbor Point Capital', None, None, 'the company', 'said')],
    ),
    'the owner of a body named is not the body its noun stands for': (
        'Staff at Parhelion Studios, which employs about 340 people, voted 71% in favour of certification '
        'with the union, the confederation announced on Thursday.\n\nParhelion is owned by Paris-based '
        'publisher Groupe Verrier, which acquired it in 2021.\n\nIn a statement, the studio said it "respects '
        'the choice" of its employees.',
        [('respects the choice', 'Parhelion Studios', None, None, 'the studio', 'said')],
    ),
    'a body noun described only by its size stands for the body named so before': (
        'The Czech Constitutional Court on Tuesday upheld a windfall tax on energy companies.\n\nThe '
        '15-member court ruled 10-5 that the levy was compatible with the constitution.\n\n"The state may, in '
        'an exceptional situation, take extraordinary measures," the court said in its ruling.',
        [('The state may, in an exceptional situation, take extraordinary measures,', 'Czech Constitutional Court',
          None, None, 'the court', 'said')],
    ),
    'capitalised words the recogniser left unmarked after a body noun name the body': (
        "The health minister presented the bill on Monday.\n\nThe doctors' union Fides, which has organised "
        'strikes in the past, backed the minister. "Young doctors are leaving because the public system '
        'offers them no flexibility," the union said in a statement.',
        [('Young doctors are leaving because the public system offers them no flexibility,', 'Fides', None, None,
          'the union', 'said')],
    ),
    'the one told is not the speaker where the parse gave the cue no subject': (
        'Mingma Dorje Sherpa, an expedition leader who was at base camp when the ice came down, described a '
        'roar.\n\n"I ran out and I could see nothing, only white," the 47-year-old, who has reached the '
        'summit of Everest 19 times, told Reuters.',
        [('I ran out and I could see nothing, only white,', None, None, None, None, 'told')],
    ),
    "one word after 'from' on a person's noun is where they are from": (
        'One victim, a 71-year-old retired teacher from Wollongong who cannot be named, sold her unit.\n\n"I '
        'believed every word. I planned a future with a man who did not exist," she wrote.',
        [('I believed every word. I planned a future with a man who did not exist,', None, 'victim', None, 'she',
          'wrote')],
    ),
    "unmarked proper nouns described by 'which' that speak are a body, whom 'the organisation' means": (
        'Rangers have shot more than 3,000 horses this year.\n\nRSPCA NSW, which has observed some of the '
        'shooting operations, said in a statement that the program had been "conducted in line with the '
        'standard operating procedure". "Where animals must be controlled, it must be done in a way that '
        'minimises suffering," the organisation said.',
        [('conducted in line with the standard operating procedure', 'RSPCA NSW', None, None, 'RSPCA NSW', 'said'),
         ('Where animals must be controlled, it must be done in a way that minimises suffering,', 'RSPCA NSW', None,
          None, 'the organisation', 'said')],
    ),
    "of two bodies that are subjects, the one that spoke is the body noun's": (
        'The Lake of the Woods Enterprise will print its last edition on Friday.\n\nIndustry group News Media '
        'Canada said in a statement that the Enterprise was "the latest casualty of a broken market" for '
        'local news.\n\n"Small community papers are the ones with the least margin for error," the '
        'organization said.',
        [('the latest casualty of a broken market', 'News Media Canada', None, None, 'News Media Canada', 'said'),
         ('Small community papers are the ones with the least margin for error,', 'News Media Canada', None, None,
          'the organization', 'said')],
    ),
    "a department's portfolios set off by commas before 'and' are its name": (
        'Local papers have closed at a rate of one a week.\n\nA spokesperson for the Department for Culture, '
        'Media and Sport said: "We recognise the vital role local newspapers play in our communities."',
        [('We recognise the vital role local newspapers play in our communities.', None, 'spokesperson',
          'Department for Culture, Media and Sport', 'A spokesperson for the Department for Culture, Media and Sport',
          'said')],
    ),
    "capitalised people's nouns, a capitalised preposition and capitalised words name a group": (
        'Parliament passed the media law on Tuesday.\n\nReporters Without Borders, which ranks Slovakia 29th '
        'in its index, said the law marked "a dangerous turn".',
        [('a dangerous turn', 'Reporters Without Borders', None, None, 'Reporters Without Borders', 'said')],
    ),
    "'vet' is a role before a name": (
        'The dogs were found in a shed on the farm.\n\nVet Alun Thomas, who examined the dogs during the '
        'raid, said many were "in a state of chronic neglect".',
        [('in a state of chronic neglect', 'Alun Thomas', 'Vet', None, 'Alun Thomas', 'said')],
    ),
    'the name beside a description in whose clause the parse hung the cue speaks': (
        'The deal also drew criticism on Capitol Hill. Senator Tom Breckenridge, a Montana Democrat whose '
        'state has four Bluewater stations, posted on X: "Montanans deserve news made in Montana, not scripts '
        'written in Harrisburg."',
        [('Montanans deserve news made in Montana, not scripts written in Harrisburg.', 'Tom Breckenridge',
          'Senator', 'Democratic Party', 'Tom Breckenridge', 'posted')],
    ),
    "a place before unmarked proper nouns described by 'which' keeps the body whole": (
        'Teachers will vote on a strike next week.\n\nChicago Public Schools, which faces a projected deficit '
        'of nearly $500 million next year, said in a statement that it had made "a fair and fiscally '
        'responsible offer" to the union.',
        [('a fair and fiscally responsible offer', 'Chicago Public Schools', None, 'Chicago',
          'Chicago Public Schools', 'said')],
    ),
    "a person's noun that is also a body noun before a given name is a role, not a body": (
        'The weekly printed its last edition on Thursday.\n\n"We held on as long as we possibly could," said '
        'publisher Gordon Fairweather, whose grandfather bought the paper in 1946.',
        [('We held on as long as we possibly could,', 'Gordon Fairweather', 'publisher', None, 'Gordon Fairweather',
          'said')],
    ),
    "an unmarked name before post-nominal letters is a person's, without the letters": (
        'The accountant pleaded guilty to theft from the charity.\n\nConor Whelan BL, defending, said his '
        'client had been "completely in the grip of it" throughout.',
        [('completely in the grip of it', 'Conor Whelan', None, None, 'Conor Whelan BL', 'said')],
    ),
    "a company's name of two words joined by 'and' before its trade is one body": (
        'Gardeners in the south-east face a hosepipe ban.\n\nWeald and Downs Water said the restriction would '
        'remain in place "until further notice".',
        [('until further notice', 'Weald and Downs Water', None, None, 'Weald and Downs Water', 'said')],
    ),
    "'water' ends a water company's name, which 'the utility' stands for": (
        'Johannesburg Water said supply would be restored "progressively" over the coming days.\n\n"The '
        'system was already running with almost no reserve storage," said Nomvula Khumalo, the utility\'s '
        'spokeswoman.',
        [('The system was already running with almost no reserve storage,', 'Nomvula Khumalo', 'spokeswoman',
          'Johannesburg Water', 'Nomvula Khumalo', 'said')],
    ),
    "a lead's description reporting is the one holding that office who speaks further on": (
        'Sydney romance fraudster jailed\n\nA Sydney man who posed as an engineer to swindle lonely women out '
        'of more than $2.3 million has been jailed for at least six years, with a judge describing his '
        'offending as "calculated and cruel".\n\nAdrian Kostas Marinos, 44, of Liverpool in Sydney\'s '
        'south-west, pleaded guilty in the NSW District Court to 14 counts of dishonestly obtaining financial '
        'advantage by deception, committed between 2019 and 2023 against 11 women aged between 58 and '
        '79.\n\nThe court heard Marinos met the women on dating websites and Facebook groups for widows, '
        'presenting himself as a Scottish engineer working on oil rigs in the North Sea who needed money to '
        'pay customs fees, medical bills and legal costs before he could fly to Australia to be with '
        'them.\n\nSentencing him on Friday to a maximum of nine years, Judge Margaret Ellison said Marinos '
        'had deliberately exploited "the most human of needs".',
        [('calculated and cruel', 'Margaret Ellison', 'Judge', None, 'a judge', 'describing'),
         ('the most human of needs', 'Margaret Ellison', 'Judge', None, 'Margaret Ellison', 'said')],
    ),
    "a headline quote that a quote further on repeats is that quote's speaker's": (
        '"We are drowning in visitors": Santorini braces for record summer\n\nThe mayor of Thira, Stelios '
        'Roussos, on Monday asked the government to limit cruise ship arrivals to four a day during the '
        'summer months.\n\n"We are drowning in visitors, and the people who live here all year are leaving," '
        'Roussos told reporters at the port.',
        [('We are drowning in visitors', 'Stelios Roussos', 'mayor', 'Thira', 'Roussos', None),
         ('We are drowning in visitors, and the people who live here all year are leaving,', 'Stelios Roussos',
          'mayor', 'Thira', 'Roussos', 'told')],
    ),
    "a headline's role alone is the speaker further on who holds it and repeats its quote": (
        'Fake cancer charity collector "preyed on the kindness" of public, judge says\n\nA Cork man who '
        "collected more than €40,000 in buckets for a children's cancer charity that did not exist has been "
        'jailed for three years and nine months.\n\nBrendan Dowling (51), of Glen Park, Mayfield, pleaded '
        'guilty at Cork Circuit Criminal Court to 11 counts of theft and deception committed between 2021 and '
        '2023 at shopping centres and bus stops across the city. He used buckets and high-visibility vests '
        'bearing the name "Little Stars Cancer Appeal".\n\nSentencing him on Tuesday, Judge Mary Horgan said '
        'Dowling had "preyed on the kindness of ordinary people" at a time when many were struggling with the '
        'cost of living themselves.',
        [('preyed on the kindness', 'Mary Horgan', 'Judge', None, 'Mary Horgan', 'says'),
         ('preyed on the kindness of ordinary people', 'Mary Horgan', 'Judge', None, 'Mary Horgan', 'said')],
    ),
    'someone by no name nor role in a headline is the speaker further on who repeats its quote': (
        '"I bet my wedding money": Galway man urges new regulator to act on gambling ads\n\nA Galway man who '
        'lost more than €80,000 to online gambling before he turned 30 has called on the new gambling '
        'regulator to move quickly on betting advertising, saying young men are being "groomed".\n\nRonan '
        'Keogh, 35, from Tuam, spoke at the launch in Dublin yesterday of a report by the addiction charity '
        'Safe Play Ireland, which found that one in five young men showed signs of problem gambling.\n\n"I '
        'bet my wedding money, I bet my car," Mr Keogh told the audience.',
        [('I bet my wedding money', 'Ronan Keogh', None, 'Tuam', 'Keogh', 'urges'),
         ('I bet my wedding money, I bet my car,', 'Ronan Keogh', None, 'Tuam', 'Keogh', 'told')],
    ),
    "a headline's role that the speaker repeating its quote does not hold stays a role": (
        'Closure plan "a betrayal of patients", minister says\n\nThe plan to close the maternity unit at St '
        "Brigid's Hospital was criticised on Monday.\n\nAoife Daly, the hospital board's spokeswoman, said "
        'the plan was "a betrayal of patients" only in the eyes of its critics.',
        [('a betrayal of patients', None, 'minister', None, 'minister', 'says'),
         ('a betrayal of patients', 'Aoife Daly', 'spokeswoman', 'hospital board', 'Aoife Daly', 'said')],
    ),
    'a headline quote that nothing further on repeats word for word keeps no speaker': (
        '"Worst in 30 years": floods kill 41 in central Vietnam\n\nFloods have killed at least 41 people in '
        'central Vietnam, officials said on Sunday.\n\n"This is the worst flooding in 30 years," said Ho Van '
        'Long, a retired fisherman.',
        [('Worst in 30 years', None, None, None, None, None),
         ('This is the worst flooding in 30 years,', 'Ho Van Long', 'retired fisherman', None, 'Ho Van Long', 'said')],
    ),
    'a full name the recogniser missed runs to the end of its hyphened surname': (
        'CRA pandemic benefit clawbacks pushing low-income Canadians into insolvency, trustees say\n\nOTTAWA '
        '(CP) - More than four years after the COVID-19 emergency benefits ended, demands from the Canada '
        'Revenue Agency to repay them are still driving low-income Canadians into consumer proposals and '
        'bankruptcy, insolvency professionals say.\n\nChantal Bouchard-Reyes, a 38-year-old single mother in '
        'Sudbury, Ont., received $14,000 in Canada Emergency Response Benefit payments in 2020 after the '
        'restaurant where she worked closed. Last spring, the CRA told her she had not been eligible because '
        'her income in the previous year had fallen just short of the $5,000 threshold - by her calculation, '
        'because tips she earned were not counted.\n\n"I applied because the government told us to apply. '
        'Nobody said, \'Check this threshold carefully or we\'ll come after you in four years,\'" she said in '
        'an interview.\n\nShe learned of the decision through a letter posted to her "My Account" page on the '
        'CRA website, and now owes the agency the full amount, plus interest on the portion she has not '
        'repaid. In January, she filed a consumer proposal, a legal alternative to bankruptcy that allows '
        'debtors to repay part of what they owe.\n\n"I\'ve never been in debt like this in my life," '
        'Bouchard-Reyes said. "I have a job. I pay my rent. And now I\'m in an insolvency process because of '
        'a benefit I thought I was supposed to take."\n\nBouchard-Reyes said she had been told the proposal '
        'should allow her to pay back about a third of her total debt over five years.',
        [("I applied because the government told us to apply. Nobody said, 'Check this threshold carefully or "
          "we'll come after you in four years,'", 'Chantal Bouchard-Reyes', None, None, 'she', 'said'),
         ("I've never been in debt like this in my life,", 'Chantal Bouchard-Reyes', None, None, 'Bouchard-Reyes',
          'said'),
         ("I have a job. I pay my rent. And now I'm in an insolvency process because of a benefit I thought I "
          'was supposed to take.', 'Chantal Bouchard-Reyes', None, None, 'Bouchard-Reyes', 'said')],
    ),
    "a person named after two titles in lower case joined by 'and' after 'the'": (
        'The historian and broadcaster David Olusoga said the decision was "a moment of real significance for '
        'the museum".',
        [('a moment of real significance for the museum', 'David Olusoga', 'historian', None, 'David Olusoga',
          'said')],
    ),
    "a given name of the longer tables after a person's noun that is a body's too": (
        'Others sided firmly with the critic. The food writer and broadcaster Nadia Petrakis called the ban '
        '"thin-skinned" and said that "restaurants that only want applause should hire a PR agency".',
        [('restaurants that only want applause should hire a PR agency', 'Nadia Petrakis', 'food writer', None,
          'Nadia Petrakis', 'said')],
    ),
    'words a paper headlined are a title whatever their case': (
        'The review, headlined "Ferment, Manchester: all foam and no feast", was written by Simon '
        'Hartley-Webb, the paper\'s restaurant critic.\n\n"Chefs ban critics about once a year," Hartley-Webb '
        'said when contacted.',
        [('Chefs ban critics about once a year,', 'Simon Hartley-Webb', None, None, 'Hartley-Webb', 'said')],
    ),
    'a body noun stands for the body named again by its short name past another of its kind': (
        'The Japan Meteorological Agency (JMA) issued an advisory on Thursday, telling residents along the '
        'coast to check evacuation routes.\n\nSix people suffered minor injuries, according to the fire and '
        'disaster management agency.\n\n"The probability of a major earthquake is higher than normal," Kenji '
        "Morikawa, head of the JMA's earthquake division, told a press conference.\n\nThe agency stressed "
        'that the advisory was "not a prediction" and would be lifted after one week.',
        [('The probability of a major earthquake is higher than normal,', 'Kenji Morikawa', 'head',
          "JMA's earthquake division", 'Kenji Morikawa', 'told'),
         ('not a prediction', 'Japan Meteorological Agency', None, None, 'The agency', 'stressed')],
    ),
    "a title after 'the' and then a capitalised title before a name are two people": (
        'The chairman and Senator Ruiz met on Monday. The chairman and Senator Ruiz said: "We have the votes '
        'to pass it."',
        [('We have the votes to pass it.', None, 'chairman', None, 'The chairman', 'said')],
    ),
    "a body's name the recogniser ran on into its short name in brackets": (
        'The Philippine Institute of Volcanology and Seismology (Phivolcs) raised the alert level over '
        'Kanlaon to 3 on a five-step scale, indicating what the agency described as an "increased tendency '
        'towards hazardous eruption".',
        [('increased tendency towards hazardous eruption', 'Philippine Institute of Volcanology and Seismology',
          None, None, 'the agency', 'described')],
    ),
    'a bulletin carries the words of who put it out': (
        'The Philippine Institute of Volcanology and Seismology (Phivolcs) raised the alert level on '
        'Monday.\n\nPhivolcs said in a bulletin posted on Facebook that ashfall had been reported. "Residents '
        'are advised to cover their noses and mouths," the bulletin said.',
        [('Residents are advised to cover their noses and mouths,',
          'Philippine Institute of Volcanology and Seismology', None, None, 'the bulletin', 'said')],
    ),
    "a place in brackets inside a bill's name is no short name of it": (
        'MSPs voted by 66 votes to 57 to pass the Budget (Scotland) Bill on Thursday evening.\n\nScottish '
        'Conservative finance spokesman Graeme Lockhart said the budget amounted to "a tax grab on middle '
        'Scotland".',
        [('a tax grab on middle Scotland', 'Graeme Lockhart', 'Conservative finance spokesman', 'Scotland',
          'Graeme Lockhart', 'said')],
    ),
    'a body noun for any kind of body after lower-case nouns stands for the body that spoke before it': (
        'Sunvista Holidays collapsed on Tuesday, leaving 12,000 customers abroad.\n\nTravel association Abta '
        'said it was working with the regulator to support customers and staff. "This is a deeply sad day for '
        'everyone who worked at Sunvista," the trade body posted on X.',
        [('This is a deeply sad day for everyone who worked at Sunvista,', 'Abta', None, None, 'the trade body',
          'posted')],
    ),
    'a body noun after lower-case nouns stands for the body it was set beside or named with': (
        'Coral Air has been ordered to pay a record $85 million penalty, in what the consumer watchdog '
        'described as "one of the most serious breaches of consumer law by an Australian airline".',
        [('one of the most serious breaches of consumer law by an Australian airline', 'consumer watchdog', None,
          None, 'the consumer watchdog', 'described')],
    ),
    "a body noun's phrase leaves out the quote the parse hung on it": (
        'Sunvista Holidays collapsed on Tuesday, leaving 12,000 customers abroad. "This is a deeply sad day '
        'for everyone who worked at Sunvista," the trade body posted on X.',
        [('This is a deeply sad day for everyone who worked at Sunvista,', 'trade body', None, None,
          'the trade body', 'posted')],
    ),
    "'according to' names the speaker where the reporting verb's subject is a thing": (
        'Tom Whitaker, chief executive of Digital Platform Operators Australia, said platforms would pass the '
        'costs on to customers.\n\nAccording to Whitaker, the new rates could add "between $2 and $4 to the '
        'average order", although he conceded that platforms had not yet modelled the full impact.',
        [('between $2 and $4 to the average order', 'Tom Whitaker', 'chief executive',
          'Digital Platform Operators Australia', 'Whitaker', 'According to')],
    ),
    "a post on a body's page is that body's": (
        'The Hawaiian Volcano Observatory said lava fountains could resume within days.\n\nThe observatory '
        "posts daily updates on its website. A post on the observatory's social media accounts on Tuesday "
        'morning summed up the mood in four words: "Episode 24 has begun."',
        [('Episode 24 has begun.', 'Hawaiian Volcano Observatory', None, None, 'the observatory', 'summed up')],
    ),
    "a post on a person's page is that person's": (
        'Senator Maria Lopez has not commented in public since Monday. A post on her Facebook page on Tuesday '
        'said: "We will keep fighting for every family in this state."',
        [('We will keep fighting for every family in this state.', 'Maria Lopez', 'Senator', None, 'her', 'said')],
    ),
    'a given name the tagger read as an adjective before a surname opening with a particle': (
        'Visitors at the Fairy Pools car park on Tuesday morning were largely sympathetic. Ilse van der Berg, '
        'who is touring the Highlands with her partner in a rented motorhome, said the couple had planned to '
        'stay on official campsites anyway.\n\n"In the Netherlands this would have happened years ago," said '
        'the 31-year-old from Utrecht.',
        [('In the Netherlands this would have happened years ago,', 'Ilse van der Berg', None, None,
          'the 31-year-old from Utrecht', 'said')],
    ),
    "a body's name the recogniser ran on into a preposition ends before it": (
        '"Today these ancestors come home," said Olugbenga Adeyemi-Cole, director-general of Nigeria\'s '
        'National Commission for Museums and Monuments, as the first crates were opened at the National '
        'Museum in Onikan.\n\nAdaeze Okafor, the museum\'s chief curator, said: "We have waited a very long '
        'time for this day."',
        [('Today these ancestors come home,', 'Olugbenga Adeyemi-Cole', 'director-general',
          'National Commission for Museums', 'Olugbenga Adeyemi-Cole', 'said'),
         ('We have waited a very long time for this day.', 'Adaeze Okafor', 'chief curator', 'National Museum',
          'Adaeze Okafor', 'said')],
    ),
    'the service is the public body named with that noun before': (
        'Omondi ordered that the ivory be handed to the Kenya Wildlife Service (KWS) for destruction once any '
        'appeal had been heard.\n\nIn a statement issued after the ruling, the service said: "Kenya will not '
        'be a transit point for the illegal wildlife trade."',
        [('Kenya will not be a transit point for the illegal wildlife trade.', 'Kenya Wildlife Service', None, None,
          'the service', 'said')],
    ),
    "a description after a quote that the parse hung inside it is the tag's subject, one the quote's words introduce no one": (
        'The Union of Mayors and Regions, led by Lenka Horáková, is widely seen as the kingmaker. Horáková '
        'said her party would set out its conditions on Monday.\n\n"Our price is simple: an independent '
        'public broadcaster, a serious plan on energy prices and no more games with the budget," the '
        '46-year-old former mayor of Třebíč told Czech Television. "Whoever accepts that can call me."',
        [('Our price is simple: an independent public broadcaster, a serious plan on energy prices and no '
          'more games with the budget,', 'Lenka Horáková', 'former mayor', 'Třebíč',
          'the 46-year-old former mayor of Třebíč', 'told'),
         ('Whoever accepts that can call me.', 'Lenka Horáková', 'former mayor', 'Třebíč',
          'the 46-year-old former mayor of Třebíč', None)],
    ),
    'someone met unnamed is no one named in a clause on them': (
        'Thierry Vasseur, 52, a photographer, was ordered to pay damages.\n\nA photographer who has worked '
        'alongside Vasseur for two decades, and who asked not to be named, said the market had changed beyond '
        'recognition.\n\n"Ten years ago the magazines would pay anything for a picture of her on a beach. '
        'Today they are more frightened of the lawyers," he said.',
        [('Ten years ago the magazines would pay anything for a picture of her on a beach. Today they are '
          'more frightened of the lawyers,', None, 'photographer', None, 'he', 'said')],
    ),
    "a name set beside 'name' in a clause on someone met unnamed names them": (
        'Chan Wai-ming was jailed for two years on Friday.\n\nOutside the court, a retired primary school '
        'teacher who gave only her surname, Leung, said she had known Chan for twenty years through his '
        'restaurant.\n\n"He fed half the street for free during the pandemic," she said.',
        [('He fed half the street for free during the pandemic,', 'Leung', None, None, 'she', 'said')],
    ),
    'someone met unnamed who speaks on condition of not being identified is who a pronoun after means': (
        'Catherine Mwale, a rights advocate, said the UN would help the women pursue claims. "The '
        'responsibility does not end when the soldiers fly home," she said.\n\nThe mother of one of the '
        'girls, speaking to the BBC on condition that neither she nor her daughter be identified, said her '
        'daughter had been given money and food. "She was 14. What kind of protection is that?" she asked.',
        [('The responsibility does not end when the soldiers fly home,', 'Catherine Mwale', 'rights advocate', None,
          'she', 'said'),
         ('She was 14. What kind of protection is that?', None, None, None, 'she', 'asked')],
    ),
    "a short name of a body's syllables in brackets is no part of the name that speaks": (
        'The Coalition of Domestic Election Observers (Codeo), which plans to deploy more than 4,000 '
        'observers on polling day, said in a statement that it was "deeply concerned" and urged the '
        'commission to "act with openness and urgency".',
        [('act with openness and urgency', 'Coalition of Domestic Election Observers', None, None,
          'Coalition of Domestic Election Observers', 'urged')],
    ),
    "a body's name with an 'of' in it runs on over another 'of' and a place": (
        'Bookings from Russia have held up this season. The Association of Tour Operators of Russia said '
        'demand was "stable but no longer growing" after two record years.',
        [('stable but no longer growing', 'Association of Tour Operators of Russia', None, None,
          'Association of Tour Operators of Russia', 'said')],
    ),
    "a body's name with an 'of' in it runs on over 'and' and a place": (
        "The Prosecutor's Office of Bosnia and Herzegovina said it had also frozen assets worth around four "
        'million marks, including two apartments in Sarajevo.\n\n"The seizure of illegally acquired property '
        'is as important as the conviction itself," the office said in a statement.',
        [('The seizure of illegally acquired property is as important as the conviction itself,',
          "Prosecutor's Office of Bosnia and Herzegovina", None, None, 'the office', 'said')],
    ),
    "a name a 'who' clause gives names a noun of no word list": (
        'Labour Minister Claire Vautrin promised an inquiry.\n\nA picker from Ukraine who gave her name only '
        'as Olena, 34, said she had worked the Champagne harvest for five years without problems until this '
        'season. "This year the contractor was new. Everything was worse," she said.',
        [('This year the contractor was new. Everything was worse,', 'Olena', None, None, 'she', 'said')],
    ),
    "one word after 'on' on a post is where it went up, no one a description stands for": (
        'European Ryder Cup captain Declan Moriarty left out Swedish veteran Henrik Lindqvist on Monday when '
        'he named his six wildcard picks.\n\nLindqvist finished 14th in the European points list after a '
        'season disrupted by a back injury, but he had made it clear he wanted to be considered.\n\nIn a post '
        'on Instagram on Monday afternoon, the Swede wrote: "Gutted. Not going to pretend otherwise."',
        [('Gutted. Not going to pretend otherwise.', 'Henrik Lindqvist', 'veteran', 'Sweden', 'the Swede', 'wrote')],
    ),
    'someone met unnamed by a noun of no word list, who withholds a name, is who a pronoun after means': (
        'Dock workers walk out over automation plan\n\nTomasz Wierzbicki, head of the Gdynia Port Authority, '
        'said the cranes would be "fully automatic by 2028."\n\nOne winch operator, who asked not to be named '
        'because he feared losing his job, said the staff had heard of the plan from a newspaper.\n\n"Nobody '
        'from management has spoken to us in months," he said.',
        [('fully automatic by 2028.', 'Tomasz Wierzbicki', 'head', 'Gdynia Port Authority', 'Tomasz Wierzbicki',
          'said'),
         ('Nobody from management has spoken to us in months,', None, None, None, 'he', 'said')],
    ),
    "a person's name or a place to the recogniser ending in a legal form is a company's, and its first word alone": (
        'The county bought its new flood sensors from Dutch supplier Kloosterhof BV last spring.\n\nKloosterhof'
        ' said in a statement that it was "reviewing the data from every site."',
        [('reviewing the data from every site.', 'Kloosterhof BV', None, None, 'Kloosterhof', 'said')],
    ),
    "a software maker's name ends in systems, and its first word alone is the company": (
        'A ransomware attack on Melwood Clinical Systems, a Tulsa-based supplier of laboratory software, has '
        'disrupted operations at 40 hospitals.\n\nMelwood disclosed the incident on Monday, saying an '
        '"unauthorized third party" had deployed ransomware.',
        [('unauthorized third party', 'Melwood Clinical Systems', None, None, 'Melwood', 'saying')],
    ),
    "a headline's body noun stands for the body of that noun the article names": (
        'Ferry timetable cuts "a betrayal of islanders", council says\n\nThe Kirkwall Islands Council has '
        'written to ministers over plans to cut winter sailings.\n\n"This is a betrayal of islanders," the '
        'council said in its letter.',
        [('a betrayal of islanders', 'Kirkwall Islands Council', None, None, 'council', 'says'),
         ('This is a betrayal of islanders,', 'Kirkwall Islands Council', None, None, 'the council', 'said')],
    ),
    'a body set beside a dateline the parse made the subject is the subject': (
        'Harbor line adds Chile route\n\nVALPARAISO, March 3, 2025 -- Austral Pacific Lines, the Santiago-based'
        ' container carrier, today announced a new weekly service to Shanghai.\n\nSix ships will be deployed on'
        ' the loop, with a transit time of 31 days.\n\n"The first sailing is scheduled for April 12," the '
        'company said.',
        [('The first sailing is scheduled for April 12,', 'Austral Pacific Lines', None, None, 'the company', 'said')],
    ),
    "a hospital group is a system, and a partnership's name ends in partners": (
        'Cyber attack forces Kansas hospital system to divert ambulances\n\nWICHITA, Kan. (AP) — Halvorsen '
        'Health Partners, which runs three hospitals in the area, said it had shut down its network on '
        'Monday.\n\nHalvorsen urged patients to keep their appointments. "If you have an appointment, please '
        'come," the system said in a post on Facebook.',
        [('If you have an appointment, please come,', 'Halvorsen Health Partners', None, None, 'the system', 'said')],
    ),
    'a carrier is a body, a business the company stands for': (
        'Nordwind Air, the Finnish regional carrier, cancelled 40 flights on Friday after a strike at '
        'Helsinki Airport, which handles most of its traffic.\n\n"Passengers will be rebooked free of charge," '
        'the carrier said.',
        [('Passengers will be rebooked free of charge,', 'Nordwind Air', None, None, 'the carrier', 'said')],
    ),
    "a name set off after 'Outside court', which the parse made the subject, speaks": (
        'Hacker jailed for attack on hospital trust\n\nSentencing him at Bristol Crown Court on Friday, Judge '
        'Helen Marsh said Corbett had shown "a chilling indifference" to patients.\n\nOutside court, Detective '
        'Inspector Owen Pryce of Merseyside Police’s cyber crime unit said: “Today’s sentence reflects the '
        'seriousness of an attack that put lives at risk.”',
        [('a chilling indifference', 'Helen Marsh', 'Judge', None, 'Helen Marsh', 'said'),
         ('Today’s sentence reflects the seriousness of an attack that put lives at risk.', 'Owen Pryce',
          'Detective Inspector', None, 'Owen Pryce', 'said')],
    ),
    "a headline's role alone is the one person named with a word of it, of the body it gives": (
        '"A once-in-a-generation scheme," says Northvale Water chief\n\nNorthvale Water has won approval for a '
        'new reservoir near Ely.\n\nMarcus Ode, Chief Executive of Northvale Water, said: "This is a scheme the '
        'region will rely on for a century."',
        [('A once-in-a-generation scheme,', 'Marcus Ode', 'Chief Executive', 'Northvale Water',
          'Northvale Water chief', 'says'),
         ('This is a scheme the region will rely on for a century.', 'Marcus Ode', 'Chief Executive', 'Northvale Water',
          'Marcus Ode', 'said')],
    ),
    "a company's name by its trade is no short name of a unit of it": (
        'Northvale Water has won approval for a new reservoir near Ely.\n\nMarcus Ode, Chief Executive of '
        'Northvale Water, said: "This is a once-in-a-generation scheme for the region."\n\nMedia contact: '
        'Northvale Water Press Office, press@northvale.example',
        [('This is a once-in-a-generation scheme for the region.', 'Marcus Ode', 'Chief Executive', 'Northvale Water',
          'Marcus Ode', 'said')],
    ),
    "a headline's role that two people the article names hold names neither": (
        '"We will not back down," says union chief\n\nLena Ortiz, chief negotiator of the Dockers Union, met '
        'employers on Monday.\n\nPaul Mercer, the union\'s chief executive, said: "We will hold firm on pay."',
        [('We will not back down,', None, 'union chief', None, 'union chief', 'says'),
         ('We will hold firm on pay.', 'Paul Mercer', 'chief executive', 'Dockers Union', 'Paul Mercer', 'said')],
    ),
    "a live blog's writers passing on a document by a colon: the document's source speaks": (
        'Finals live: equipment row\n\n18:40 — We have a statement from Northwind Events, which runs the '
        'tournament for the publisher:\n\n"There is no evidence that any player tampered with the consoles. A '
        'full inspection is under way."',
        [('There is no evidence that any player tampered with the consoles. A '
          'full inspection is under way.', 'Northwind Events', None, None,
          'a statement from Northwind Events', None)],
    ),
    "a capitalised role noun opening a live blog's entry after its dash is the office, its holder named before": (
        'Rail strike: live updates\n\nTransport Minister Aoife Kearney has weighed in. Speaking in Dublin, she '
        'said the government would not intervene.\n\n4.15pm – Minister tells both sides to “get round the '
        'table”',
        [('get round the table', 'Aoife Kearney', 'Transport Minister', None, 'Minister', 'tells')],
    ),
    "a lower-case body noun after its owner's possessive keeps the owner as written": (
        'Strike on village\n\nLebanon\'s health ministry said the strike had "killed at least twelve people."',
        [('killed at least twelve people.', "Lebanon's health ministry", None, None, "Lebanon's health ministry",
          'said')],
    ),
    "a capitalised body's name after its owner's possessive is a name of its own, the owner its affiliation": (
        'Comet flyby\n\nESA\'s Space Debris Office said the fragments posed "no danger to our planet at any '
        'point."',
        [('no danger to our planet at any point.', 'Space Debris Office', None, 'ESA', "ESA's Space Debris Office",
          'said')],
    ),
    "a capitalised body's name after a place's possessive inside one entity, the place its affiliation": (
        'Protests in Quito\n\nEcuador’s Ombudsman’s Office called for "restraint and dialogue on all sides."',
        [('restraint and dialogue on all sides.', 'Ombudsman’s Office', None, 'Ecuador',
          'Ecuador’s Ombudsman’s Office', 'called')],
    ),
    "a rank's grade after an ordinal is no given name": (
        'Fishing boat sinks off Oregon\n\n"We are looking at the condition of the vessel and the weather," said'
        ' Petty Officer 3rd Class Maya Torres, a spokeswoman for the Coast Guard.',
        [('We are looking at the condition of the vessel and the weather,', 'Maya Torres', 'Petty Officer 3rd Class',
          'Coast Guard', 'Maya Torres', 'said')],
    ),
    "a student's year before a name is no given name": (
        'Students send satellite to orbit\n\n"You build it, you test it, and then you wait for the launch," '
        'Senior Priya Natarajan said.',
        [('You build it, you test it, and then you wait for the launch,', 'Priya Natarajan', None, None,
          'Priya Natarajan', 'said')],
    ),
    "a capitalised office labelling a live blog's entry with no holder named is a role, not a name": (
        'Doctors strike: live\n\n2.10pm - Premier: "I am not going to negotiate through the media"',
        [('I am not going to negotiate through the media', None, 'Premier', None, 'Premier', None)],
    ),
    "a town's name opened by Port is a place, not the person a pronoun means": (
        'Nobody runs for mayor\n\nMarjorie Lyle was acclaimed as mayor of Port Rowan two days later, the only '
        'candidate to file papers.\n\nPort Rowan is not alone.\n\n"You win without anyone saying yes to you," she'
        ' said.',
        [('You win without anyone saying yes to you,', 'Marjorie Lyle', None, None, 'she', 'said')],
    ),
    "a colon after a thing from a document: the document's source speaks": (
        'March in Ottawa\n\nLeila Nasser, spokesperson for the National Student Alliance, spoke from a flatbed '
        'truck as the march began. Here is an excerpt from her speech:\n\n"They told us we would get tired. '
        'They told us we would go home."',
        [('They told us we would get tired. They told us we would go home.', 'Leila Nasser', 'spokesperson',
          'National Student Alliance', 'her', None)],
    ),
    "a name set beside 'whose' and a role noun speaks, of the body before": (
        'Rocket lost after launch\n\nAmong the customers was Valka Space, a startup based in the Latvian city '
        'of Riga, whose founder, Janis Ozols, wrote on X that the loss was "painful but not the end of the '
        'road for us."',
        [('painful but not the end of the road for us.', 'Janis Ozols', 'founder', 'Valka Space', 'Janis Ozols',
          'wrote')],
    ),
    "a live blog entry heading's quote repeated after it takes the later speaker, not the one before": (
        "Doctors strike: live\n\n3.10pm - Hospital chief urges calm\n\nDr Ian Moss, the hospital's chief "
        'executive, said: "We are coping, just."\n\n2.55pm - "Fourth cancellation this year"\n\nPatients are '
        'frustrated. Mary Quinn, whose hip surgery was called off, wrote on X: "Fourth cancellation this '
        'year. I support the doctors but I am running out of patience."',
        [('We are coping, just.', 'Ian Moss', 'chief executive', 'hospital', 'Ian Moss', 'said'),
         ('Fourth cancellation this year', 'Mary Quinn', None, None, 'Mary Quinn', None),
         ('Fourth cancellation this year. I support the doctors but I am running '
          'out of patience.', 'Mary Quinn', None, None, 'Mary Quinn', 'wrote')],
    ),
    "an entry heading's role is the later speaker's, a person with no role stated": (
        'Fishing protest: live\n\n13:45 - "The bank owns half my boat already," says Dieppe skipper\n\nPascal '
        'Morel has fished out of Dieppe for thirty years. "The bank owns half my boat already. If they cut '
        'the quota again, I am finished," Morel told us.',
        [('The bank owns half my boat already,', 'Pascal Morel', None, None, 'Morel', 'says'),
         ('The bank owns half my boat already. If they cut the quota again, I am '
          'finished,', 'Pascal Morel', None, None, 'Morel', 'told')],
    ),
    "a body noun after the first words of a body's name stands for that body": (
        'Elephants moved\n\nThe two elephants were driven overnight to the Holloway Primate Sanctuary, a '
        '900-acre reserve in Georgia.\n\nThe Holloway sanctuary said in a statement that both animals had '
        'arrived "calm, alert and eating well."',
        [('calm, alert and eating well.', 'Holloway Primate Sanctuary', None, None, 'The Holloway sanctuary', 'said')],
    ),
    "'It reads:' after a document is put out: the document's source speaks": (
        'Live blog\n\nMaison Verlaine has just issued a fuller statement on the allegations that prompted the '
        'protest. It reads in part:\n\n"We take the allegations in the report extremely seriously. An '
        'independent audit of our suppliers has been commissioned."',
        [('We take the allegations in the report extremely seriously. An '
          'independent audit of our suppliers has been commissioned.', 'Maison Verlaine', None, None,
          'Maison Verlaine', 'reads')],
    ),
    'a subject set off before a preposition the parse hung it on speaks, and a note is a document': (
        'Fertiliser prices rise\n\nMarlowe Commodities, in a note to clients on Friday, said it expected prices'
        ' to stay firm "at least until the Indian cargoes are loaded", pointing to low stocks at the ports.\n\n'
        '"We would be cautious about reading too much into the rally," the note added.',
        [('at least until the Indian cargoes are loaded', 'Marlowe Commodities', None, None, 'Marlowe Commodities',
          'said'),
         ('We would be cautious about reading too much into the rally,', 'Marlowe Commodities', None, None,
          'the note', 'added')],
    ),
    'a body noun that is the object of what a body does is no name for that body': (
        'Cabin crew vote to strike\n\nSkyline Airways said it was disappointed by the result and accused the '
        'union of rejecting a fair offer.\n\nThe union dismissed the airline\'s plan as "a fudge that puts '
        'safety at risk".',
        [('a fudge that puts safety at risk', 'union', None, None, 'The union', 'dismissed')],
    ),
    "a name ending in 'Management' is a company's, what 'the company' refers back to": (
        'Cherono is managed by Velocity Sports Management, an agency based in the Netherlands. In a '
        'statement, the company said: "We were informed of the adverse finding at the same time as the '
        'athlete."',
        [('We were informed of the adverse finding at the same time as the athlete.', 'Velocity Sports Management',
          None, None, 'the company', 'said')],
    ),
    "a company's name with capitalised words after it that are no legal form is another thing's": (
        'Northgate Asset Management Mid-Year Outlook: "Central banks have turned the corner"\n\nLONDON - '
        'Northgate Asset Management said on Tuesday that rates would fall.\n\nThe report also examines what '
        'Northgate describes as a "fiscal dominance" scenario. In the report, the firm said: "We assign a 25%'
        ' probability to a scenario in which deficits constrain central banks."',
        [('Central banks have turned the corner', None, None, None, None, None),
         ('We assign a 25% probability to a scenario in which deficits constrain '
          'central banks.', 'Northgate Asset Management', None, None, 'the firm', 'said')],
    ),
    "'the company' reaches back past a name that only modifies a noun and a figure taken for a body": (
        'Thorncastle Group has cut its full-year completions guidance by almost a fifth.\n\nThe FTSE 250 '
        'housebuilder now expects to complete between 4,100 and 4,300 homes in the year to June. Shares fell '
        '9.4 per cent to 612p in early trading on Thursday.\n\nIn a trading update, the company said 31 of its '
        'sites were "awaiting a determination".',
        [('awaiting a determination', 'Thorncastle Group', None, None, 'the company', 'said')],
    ),
    "a headline's 'chief' is the governor whose later words repeat the headline's quote": (
        'Chile central bank chief says "not yet time" to cut rates\n\nSANTIAGO - The Central Bank of Chile held'
        ' its benchmark interest rate at 5.75% on Tuesday.\n\nGovernor Rosario Ibáñez told reporters after the '
        'decision that the board had discussed a cut.\n\n"We have made a great deal of progress, but it is not '
        'yet time to declare victory," Ibáñez said.\n\nTomás Aravena, chief economist at Valores Cordillera, '
        'said: "The message is clearly hawkish."',
        [('not yet time', 'Rosario Ibáñez', 'Governor', None, 'Chile central bank chief', 'says'),
         ('We have made a great deal of progress, but it is not yet time to '
          'declare victory,', 'Rosario Ibáñez', 'Governor', None, 'Ibáñez', 'said'),
         ('The message is clearly hawkish.', 'Tomás Aravena', 'chief economist', 'Valores Cordillera',
          'Tomás Aravena', 'said')],
    ),
    "'the central bank' is the Central Bank of Chile, not another bank": (
        'The Central Bank of Chile held its benchmark interest rate at 5.75% on Tuesday.\n\nFinance Minister '
        'Joaquín Pastene said the government "fully respects the autonomy" of the central bank.\n\nA '
        'spokeswoman for the Confederation of Production and Commerce said that the decision was '
        '"disappointing but not surprising."\n\nIn its statement, the bank also noted that global financial '
        'conditions had tightened since its January meeting. "The outlook for the U.S. Federal Reserve\'s '
        'policy path remains a relevant source of uncertainty," it said.',
        [('fully respects the autonomy', 'Joaquín Pastene', 'Finance Minister', None, 'Joaquín Pastene', 'said'),
         ('disappointing but not surprising.', None, 'spokeswoman', 'Confederation of Production and Commerce',
          'A spokeswoman for the Confederation of Production and Commerce', 'said'),
         ("The outlook for the U.S. Federal Reserve's policy path remains a "
          'relevant source of uncertainty,', 'Central Bank of Chile', None, None, 'it', 'said')],
    ),
    "a headline's 'union chief' is the union's chief executive whose later words repeat its quote": (
        '"We will not back down," says union chief\n\nLena Ortiz, chief negotiator of the Dockers Union, met '
        'employers on Monday.\n\nPaul Mercer, the union\'s chief executive, said: "We will not back down on '
        'pay."',
        [('We will not back down,', 'Paul Mercer', 'chief executive', 'Dockers Union', 'union chief', 'says'),
         ('We will not back down on pay.', 'Paul Mercer', 'chief executive', 'Dockers Union', 'Paul Mercer', 'said')],
    ),
    "a headline's country is whoever speaks for it and repeats its quote later": (
        'Eurozone ministers back ECB, but Italy warns it "not to overdo it"\n\nBRUSSELS - Eurozone finance '
        "ministers on Monday backed the European Central Bank.\n\nItaly's finance minister, Giulia Bernardi, "
        'was blunter. "The ECB has done its job. Now it must be careful not to overdo it," she said on her '
        'way into the meeting.',
        [('not to overdo it', 'Giulia Bernardi', 'finance minister', 'Italy', 'she', 'warns'),
         ('The ECB has done its job. Now it must be careful not to overdo it,', 'Giulia Bernardi', 'finance minister',
          'Italy', 'she', 'said')],
    ),
    "a body's own body ('the bank's board') speaks for the body the article named": (
        'The Reserve Bank of Australia has left the cash rate on hold at 4.35 per cent.\n\nIn a statement '
        'released on Tuesday, the bank\'s board said: "While inflation has fallen substantially, it is still '
        'some way above the target range."',
        [('While inflation has fallen substantially, it is still some way above '
          'the target range.', 'Reserve Bank of Australia', None, None, "the bank's board", 'said')],
    ),
    "a body's name right after the body noun of a spokesperson's phrase is their body, not a speaker": (
        'Settlement volumes reflected the rush for the exit. "Tuesday was the third-busiest day for yen '
        'settlement that we have ever recorded," a spokesperson for settlement utility ClearLink said.',
        [('Tuesday was the third-busiest day for yen settlement that we have ever'
          ' recorded,', None, 'spokesperson', 'ClearLink', 'a spokesperson for settlement utility', 'said')],
    ),
    "a name right after the body noun of a founder's phrase is the body": (
        'Rafael Montenegro, founder of the Madrid-based agency Arena Talent Group, which represents around '
        '140 players, rejected suggestions that agents were circumventing the rules. "Every contract we sign '
        'is filed," Montenegro said.',
        [('Every contract we sign is filed,', 'Rafael Montenegro', 'founder', 'Arena Talent Group', 'Montenegro',
          'said')],
    ),
    "a name given 'only as' that the parse made a subject of its own is the name someone gave": (
        'On Lagos Island the rate decisions are watched closely. A currency trader who gave his name only as '
        'Musa said each rate rise brought a brief rally.\n\n"When the rate goes up, the naira rests small," he '
        'said.',
        [('When the rate goes up, the naira rests small,', 'Musa', 'currency trader', None, 'he', 'said')],
    ),
    "a colon after a 'who' clause telling that someone spoke: they speak": (
        "Transfer deadline day live\n\n23:10\nThat's it - the window is shut. The final word goes to Westmoor "
        "United manager Ian Castellan, who spoke to reporters at the club's training ground a few minutes "
        'ago:\n\n"It\'s been a long day and a long summer, but we\'ve got the players we wanted."',
        [("It's been a long day and a long summer, but we've got the players we wanted.", 'Ian Castellan', 'manager',
          'Westmoor United', 'Ian Castellan', 'spoke')],
    ),
    'a colon after a participle telling that someone unnamed spoke: they speak': (
        "Transfer deadline day live\n\n20:30\nHalloran's agent, who asked not to be named, has told us the deal "
        'had been "90 per cent done" since Tuesday.\n\n19:45\nFan reaction now. One Westmoor season-ticket '
        'holder, speaking outside the ground: "Fifty-two million for a lad who scored eleven goals last '
        'season? Mad."',
        [('90 per cent done', None, 'agent', 'Halloran', "Halloran's agent", 'told'),
         ('Fifty-two million for a lad who scored eleven goals last season? Mad.', None, None, None,
          'One Westmoor season-ticket holder', 'speaking')],
    ),
    'a lower-case body noun the recogniser took for a name ends the name of the body named before': (
        'Letters went home to families Tuesday after the Pine County Public Health Department confirmed the '
        'eighth case.\n\nParents should watch for "a cough that lingers or comes in fits," according to the '
        "health department's letter.",
        [('a cough that lingers or comes in fits,', 'Pine County Public Health Department', None, None,
          'the health department', 'according to')],
    ),
    "a headline's quote in single marks, the body's in double ones": (
        "Galveston orders island-wide evacuation; 'This is not a drill,' mayor says\n\nGALVESTON, Texas - Mayor"
        ' Renee Calloway ordered everyone off the island on Tuesday.\n\n"This is not a drill," Calloway said. '
        '"If you are on this island Wednesday night, you are on your own."',
        [('This is not a drill,', 'Renee Calloway', 'Mayor', None, 'mayor', 'says'),
         ('This is not a drill,', 'Renee Calloway', 'Mayor', None, 'Calloway', 'said'),
         ('If you are on this island Wednesday night, you are on your own.', 'Renee Calloway', 'Mayor', None,
          'Calloway', 'said')],
    ),
    "a headline's apostrophes are no quotation marks": (
        'Mayor\'s plan won\'t pass, council\'s chair says\n\n"We don\'t have the votes," said council chair Ana '
        'Ruiz.',
        [("We don't have the votes,", 'Ana Ruiz', 'council chair', None, 'Ana Ruiz', 'said')],
    ),
    "a headline's partial quote a verb governs is said by whoever repeats it later": (
        "Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump\n\nBernie Sanders "
        'offered some pointed advice to Hillary Clinton on Friday.\n\n"I think what she has got to do is '
        'contrast, get away from all of this personality stuff," Sanders said.',
        [('get away from all of this personality stuff', 'Bernie Sanders', None, None, 'Sanders', 'needs'),
         ('I think what she has got to do is contrast, get away from all of this '
          'personality stuff,', 'Bernie Sanders', None, None, 'Sanders', 'said')],
    ),
    "a headline's partial quote in double marks a verb governs is said by whoever repeats it later": (
        'Sanders: Clinton needs to "get away from all of this personality stuff" with Trump\n\nBernie Sanders '
        'offered some pointed advice to Hillary Clinton on Friday.\n\n"I think what she has got to do is '
        'contrast, get away from all of this personality stuff," Sanders said.',
        [('get away from all of this personality stuff', 'Bernie Sanders', None, None, 'Sanders', 'needs'),
         ('I think what she has got to do is contrast, get away from all of this '
          'personality stuff,', 'Bernie Sanders', None, None, 'Sanders', 'said')],
    ),
    "a readout is a document, its issuer's words": (
        'According to a readout released by the Foreign Ministry, the two sides agreed to "restore diplomatic'
        ' relations at the ambassadorial level within 60 days".',
        [('restore diplomatic relations at the ambassadorial level within 60 days', 'Foreign Ministry', None, None,
          'Foreign Ministry', 'According to')],
    ),
    'a country the recogniser took for a person owns a body as written': (
        'According to a readout released by Pravia\'s foreign ministry, the two sides agreed to "restore '
        'diplomatic relations at the ambassadorial level within 60 days" and to set up a joint commission.',
        [('restore diplomatic relations at the ambassadorial level within 60 days', "Pravia's foreign ministry", None,
          None, "Pravia's foreign ministry", 'According to')],
    ),
    "a description beside a name someone gave is theirs, not another's of that gender": (
        "The city's chief financial officer, Helena Baptiste, told councillors the tax raised $47 million.\n\n"
        '"But I would caution council that revenue should fall over time," Baptiste said.\n\nThe final speaker '
        'from the public, a renter who gave her name only as Mei, said she had moved four times in six years.'
        '\n\n"There are three empty units in my building alone," she told council.',
        [('But I would caution council that revenue should fall over time,', 'Helena Baptiste',
          'chief financial officer', 'city', 'Baptiste', 'said'),
         ('There are three empty units in my building alone,', 'Mei', None, None, 'she', 'told')],
    ),
    'a title and the surname of someone named in full, taken for a body, is them': (
        'Councillor Tariq Mahmood, Leader of Northfield Borough Council, said: "Bringing this site back into '
        'use has been a priority."\n\nCouncillor Mahmood confirmed that the council will retain nomination '
        'rights, ensuring the homes go to "local families in the greatest need".',
        [('Bringing this site back into use has been a priority.', 'Tariq Mahmood', 'Councillor',
          'Northfield Borough Council', 'Tariq Mahmood', 'said'),
         ('local families in the greatest need', 'Tariq Mahmood', 'Councillor', 'Northfield Borough Council',
          'Mahmood', 'confirmed')],
    ),
    "'Outsourcing' ends a company's name, not a person's beside a person noun": (
        'Mwangi is one of 184 former moderators who have sued Halden Outsourcing, the Amsterdam-based '
        'contractor that employed them.\n\nIn a written response to questions, Halden said its moderators had '
        'access to "round-the-clock wellness support, including licensed counselors."',
        [('round-the-clock wellness support, including licensed counselors.', 'Halden Outsourcing', None, None,
          'Halden', 'said')],
    ),
    "'the statement' after someone spoke in a document of another kind is theirs": (
        'Mwangi is one of 184 former moderators who have sued Halden Outsourcing, the Amsterdam-based '
        'contractor that employed them.\n\nIn a written response to questions, Halden said it rejected the '
        'allegations.\n\n"Halden is proud of the work our Nairobi team does to keep online communities safe," '
        'the statement said.',
        [('Halden is proud of the work our Nairobi team does to keep online '
          'communities safe,', 'Halden Outsourcing', None, None, 'the statement', 'said')],
    ),
    "a body's name runs back over capitalised words the recogniser left out before it": (
        'The Grand Meadows District School Board said in a statement that the books had been "temporarily '
        'withdrawn from circulation" while a committee reviewed them.',
        [('temporarily withdrawn from circulation', 'Grand Meadows District School Board', None, None,
          'Grand Meadows District School Board', 'said')],
    ),
    "a body with its own 'the' after 'and' is a body of its own, not the end of the name before": (
        'Port strike live: union rejects offer\n\n4.52pm – Talks to resume tomorrow\n\nHarbourline Terminals and '
        'the Waterside and Logistics Union have agreed to return to the Fair Work Commission at 9am tomorrow '
        'after more than six hours of talks ended without a deal.\n\nDean Kovac, national secretary of the '
        'union, said: "That is not an offer. That is a ransom note."',
        [('That is not an offer. That is a ransom note.', 'Dean Kovac', 'national secretary',
          'Waterside and Logistics Union', 'Dean Kovac', 'said')],
    ),
    'a given name and a first surname the recogniser left out open the name of two surnames': (
        'ANTOFAGASTA, Chile - The campaign bus is an hour late. Camila Soto Aravena does not seem to notice. '
        'She climbs onto a flatbed truck.\n\nSoto Aravena, 46, finished second in the first round.\n\n"They told '
        'me not to come here," she says.',
        [('They told me not to come here,', 'Camila Soto Aravena', None, None, 'she', 'says')],
    ),
    "'Components' ends a parts maker's name, a company the recogniser left unmarked": (
        'Lockout at Halvorsen brake plant\n\nBy Nathan Oduya | Component Supply Weekly\n\nHalvorsen Precision '
        'Components locked out 780 hourly workers at its plant in Windsor, Ontario, early Saturday.\n\nIn a '
        'notice to employees, Halvorsen said it had taken the step "to protect our customers from the '
        'uncertainty of rolling strike action".',
        [('to protect our customers from the uncertainty of rolling strike action', 'Halvorsen Precision Components',
          None, None, 'Halvorsen', 'said')],
    ),
    "a headline's colon after news of someone else: whoever repeats the quote later said it": (
        'Man jailed for life over murder of Bristol café owner: "He took everything from us"\n\nA man who '
        'stabbed a café owner in Bristol was jailed for life on Friday.\n\nIn a statement read to the court, '
        'the owner\'s widow, Ayşe Demir, described the loss.\n\n"He took everything from us," she wrote. "Our '
        'son cannot walk past the café."',
        [('He took everything from us', 'Ayşe Demir', None, None, 'she', None),
         ('He took everything from us,', 'Ayşe Demir', None, None, 'she', 'wrote'),
         ('Our son cannot walk past the café.', 'Ayşe Demir', None, None, 'she', 'wrote')],
    ),
    "a headline's colon after a body's name: whoever repeats the quote later said it": (
        'CNN President On Trump: "We Do Not Pay Candidates To Appear At Debates."\n\nCNN President Jeff Zucker '
        'is not kowtowing to Donald Trump, who has threatened not to show up.\n\n"We do not pay candidates to '
        'appear at debates," Zucker said on Thursday.',
        [('We Do Not Pay Candidates To Appear At Debates.', 'Jeff Zucker', 'President', None, 'Zucker', None),
         ('We do not pay candidates to appear at debates,', 'Jeff Zucker', 'President', None, 'Zucker', 'said')],
    ),
    "a body's capitalised name headed by its body noun, after its owner's possessive: the owner its affiliation": (
        'Greece’s Ministry of Migration and Asylum said in a statement that it “respects the independence of '
        'the judiciary” and that groups must register.',
        [('respects the independence of the judiciary', 'Ministry of Migration and Asylum', None, 'Greece',
          'Greece’s Ministry of Migration and Asylum', 'said')],
    ),
    "a body's name of a list of capitalised words set off by commas is a name of its own": (
        'Britain\'s Department for Environment, Food and Rural Affairs said it remained "committed to a fair, '
        'science-based sharing arrangement".',
        [('committed to a fair, science-based sharing arrangement',
          'Department for Environment, Food and Rural Affairs', None, 'Britain',
          "Britain's Department for Environment, Food and Rural Affairs", 'said')],
    ),
    'a known surname opening a sentence, tagged an adjective on the verb taken for a plural noun, is them': (
        'It is 2.40am at the superstore, and Kerry Bannister is counting bottles of vodka. Bannister, 44, a '
        'night-shift supervisor, writes the number on a clipboard.\n\nDr Fiona Carr, a criminologist at the '
        'University of Salford, says the rise has many causes. "There\'s a genuine element of need," Dr Carr '
        'says.\n\nBy 4.15am the store is almost silent. Bannister taps the small camera clipped to her fleece.'
        '\n\n"It helps, a bit," she says.',
        [("There's a genuine element of need,", 'Fiona Carr', 'criminologist', 'University of Salford', 'Carr',
          'says'),
         ('It helps, a bit,', 'Kerry Bannister', 'night-shift supervisor', None, 'she', 'says')],
    ),
    "a quoted title between a body that spoke and 'the company' is no other name": (
        'Northway, which employs 62,000 people, says it has spent £30m on security in two years, as part of '
        'what it calls its "Colleague First" pledge.\n\n"The safety of our colleagues is our absolute '
        'priority," the company said in a statement.',
        [('The safety of our colleagues is our absolute priority,', 'Northway', None, None, 'the company', 'said')],
    ),
    'a name set off before a cue the parse gave no subject, a noun beside it, speaks the paragraph after': (
        'Priya Shrestha, country director for the charity Mountain Relief Nepal, said many villages had been '
        'flattened.\n\n"These are stone-and-mud houses on steep slopes," she said.\n\nAt a makeshift camp on a '
        'football ground in Pokhara, Bishnu Gurung, a 41-year-old hotel cook, described running from the '
        'kitchen as the building shook.\n\n"I was holding a pan of oil. I threw it down and ran for the door."',
        [('These are stone-and-mud houses on steep slopes,', 'Priya Shrestha', 'country director', 'charity', 'she',
          'said'),
         ('I was holding a pan of oil. I threw it down and ran for the door.', 'Bishnu Gurung', None, None,
          'Bishnu Gurung', 'described')],
    ),
    "a name written only before a common noun that 'the' determines names a thing, no one a pronoun means": (
        'Back at camp, Jessica Tremblay reads. Her copy of "Young Men and Fire," Norman Maclean\'s account of '
        'the 1949 Mann Gulch disaster in Montana, is swollen with damp.\n\n"Every crew leader should read it," '
        'she says.',
        [('Every crew leader should read it,', 'Jessica Tremblay', None, None, 'she', 'says')],
    ),
    'of two people of one surname, the one met first where only the other is called by a given name': (
        'Every morning, Fatima Ouhammou walks to the place where her kitchen used to be.\n\nHer younger son, '
        'Youssef Ouhammou, then 16, was pinned under a fallen beam for five hours.\n\n"I could hear them above '
        'me," Youssef, now 17, said.\n\nAsked what she wanted most, she did not hesitate.\n\n"I do not need a '
        'palace," Ouhammou said.',
        [('I could hear them above me,', 'Youssef Ouhammou', "Fatima Ouhammou's younger son", None, 'Youssef', 'said'),
         ('I do not need a palace,', 'Fatima Ouhammou', None, None, 'Ouhammou', 'said')],
    ),
    "a title's 'for' and its object's capitalised words the recogniser ran into the name": (
        'Deputy Secretary for Naval Sustainment Rebecca Tolhurst insisted the outcome would have been the '
        'same.\n\n"The independent probity adviser looked at this in detail," Ms Tolhurst said.',
        [('The independent probity adviser looked at this in detail,', 'Rebecca Tolhurst',
          'Deputy Secretary for Naval Sustainment', None, 'Tolhurst', 'said')],
    ),
    "a country's armed forces are one body": (
        'In a statement, the Lithuanian armed forces said the exercise had been paused. "Safety of personnel '
        'is the first priority of all training activities," the statement said.',
        [('Safety of personnel is the first priority of all training activities,', 'Lithuanian armed forces', None,
          None, 'the statement', 'said')],
    ),
    'initials in brackets stand for the longer of two names ending right before them': (
        'The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) estimates that 95,000 '
        'people need assistance. "Access remains the main constraint," OCHA said in its latest report.',
        [('Access remains the main constraint,', 'Office for the Coordination of Humanitarian Affairs', None, None,
          'OCHA', 'said')],
    ),
    "a capitalised body noun run into the name before a role noun is the title's word": (
        'In a letter to the council, District Ranger Holly Marsh wrote that the reservation system "will '
        'protect both the resource and the visitor experience".',
        [('will protect both the resource and the visitor experience', 'Holly Marsh', 'District Ranger', None,
          'Holly Marsh', 'wrote')],
    ),
    "a paper's reader before their name is no title": (
        'Reader Tom Ashworth emails from Manchester Airport, where his flight to Nice has been cancelled:\n\n'
        '"The queue for the rebooking desk goes round the corner and out the door."',
        [('The queue for the rebooking desk goes round the corner and out the door.', 'Tom Ashworth', None, None,
          'Tom Ashworth', None)],
    ),
    "a reinsurer's name ends in 'Re', a company's: a headline's company is who speaks for it": (
        '“We cannot price what we cannot model,” says Halvorsen Re chief as wildfire losses mount\n\nKarin '
        'Lund, chief executive of Oslo-based Halvorsen Re, told analysts that wildfire had become a peak '
        'peril.\n\n“We cannot price what we cannot model. The models describe a world that no longer exists,” '
        'Lund said.',
        [('We cannot price what we cannot model,', 'Karin Lund', 'chief executive', 'Halvorsen Re', 'Lund', 'says'),
         ('We cannot price what we cannot model. The models describe a world that'
          ' no longer exists,', 'Karin Lund', 'chief executive', 'Halvorsen Re', 'Lund', 'said')],
    ),
    "a headline's 'accused of' is a passive: the accused is no speaker": (
        'Drugmaker accused of ‘holding families to ransom’ as regulator rejects treatment\n\nSarah Pennington, '
        'who founded the charity Duchenne Families UK, accused the Swiss manufacturer, Brenntal, of “holding '
        'families to ransom” and said the government should intervene.',
        [('holding families to ransom', 'Sarah Pennington', None, None, 'Sarah Pennington', 'accused'),
         ('holding families to ransom', 'Sarah Pennington', None, None, 'Sarah Pennington', 'accused')],
    ),
    "a headline's quote after a colon, its news's subject no person, goes to whoever repeats it": (
        "Harlan Ridge veterans hall reopens a year after flood: 'This place is our living room'\n\nThe hall "
        'reopened on Saturday.\n\n"This place is our living room," said post commander Raymond Kowalczyk, 71.',
        [('This place is our living room', 'Raymond Kowalczyk', 'post commander', None, 'Raymond Kowalczyk', None),
         ('This place is our living room,', 'Raymond Kowalczyk', 'post commander', None, 'Raymond Kowalczyk', 'said')],
    ),
    'a body noun in small letters tagged a proper noun, and again bare on another noun, names one body': (
        'BOGOTA (Reuters) - Colombia’s health ministry said on Tuesday it had declared access to a leukaemia '
        'drug a matter of public interest.\n\nThe drug costs the public health system about 120 million pesos '
        'per patient, according to ministry figures.\n\n“The price that the company has demanded is '
        'incompatible with the right to health,” the ministry said in a statement.',
        [('The price that the company has demanded is incompatible with the right'
          ' to health,', 'Colombia’s health ministry', None, None, 'the ministry', 'said')],
    ),
    "a report someone spoke in, past a participle the parse hung 'in' on, is theirs": (
        'In a 48-page report published on Tuesday, titled “Loyalty Pricing: Are Shoppers Getting a Fair '
        'Deal?”, the Competition and Markets Authority (CMA) said that most loyalty discounts offered genuine'
        ' savings.\n\nThe report said: “We found examples where the regular price had been charged for only a '
        'few days.”',
        [('We found examples where the regular price had been charged for only a '
          'few days.', 'Competition and Markets Authority', None, None, 'The report', 'said')],
    ),
    'a name set beside a body noun is a body wherever it stands': (
        'Flight AV2231, operated by the low-cost carrier Aerolinea Sol, was grounded by a fault.\n\nAerolinea '
        'Sol apologised in a statement on Saturday. “We sincerely regret the disruption caused to our '
        'customers,” the airline said.',
        [('We sincerely regret the disruption caused to our customers,', 'Aerolinea Sol', None, None, 'the airline',
          'said')],
    ),
    "a body noun right before a company's name, tagged an adjective, describes it": (
        'Karin Lund, chief executive of Halvorsen Re, said losses were rising.\n\nIn a note to clients last '
        'week, catastrophe modeling firm Terrafirm Analytics said its model raised loss estimates.\n\n“The '
        'largest changes are concentrated in the wildland-urban interface,” the firm wrote.',
        [('The largest changes are concentrated in the wildland-urban interface,', 'Terrafirm Analytics', None, None,
          'the firm', 'wrote')],
    ),
    "a capitalised body noun opening a body's name before 'of' names the body the noun means later": (
        'DAKAR — Senegal’s navy has detained a trawler, the country’s fisheries ministry said on Tuesday.\n\n'
        'The trawler was intercepted on Sunday night, the Ministry of Fisheries and Maritime Economy said in '
        'a statement. “The vessel was found with its nets in the water,” the ministry said.',
        [('The vessel was found with its nets in the water,', 'Ministry of Fisheries', None, None, 'the ministry',
          'said')],
    ),
    'a full name the recogniser took for a body with its possessive is the person a surname later names': (
        "BARREIRO, Portugal - At 4:45 on a Thursday morning, Catarina Moura's alarm goes off for the third "
        'time.\n\n"You stop planning your day and start planning your escape routes," Moura said.',
        [('You stop planning your day and start planning your escape routes,', 'Catarina Moura', None, None, 'Moura',
          'said')],
    ),
    'two capitalised words the recogniser missed, a given name first, that the next sentence takes up as he': (
        'The dispute, between the operator and the Sindicato dos Trabalhadores Ferroviários do Sul (STFS), '
        "began over the company's plan to remove conductors from suburban trains and move to driver-only "
        'operation on three lines. It has since widened to take in pay, pensions and what the union calls '
        '"the slow starvation of the network."\n\nThe strikes follow a pattern: 24 hours on, two or three days '
        'off. On strike days the operator runs about a quarter of its services.\n\nFilipe Antunes has worked on'
        ' the railways for 27 years, the last 19 as a conductor on the Sintra line. He is also one of the '
        'STFS delegates who sit across the table from management, and he does not pretend the strikes are '
        'painless.\n\n"I know exactly who we are hurting," he said. "I see them every day, the same faces on '
        'the same trains. Some of them have stopped saying good morning to me.',
        [('the slow starvation of the network.', 'union', None, None, 'the union', 'calls'),
         ('I know exactly who we are hurting,', 'Filipe Antunes', None, None, 'he', 'said'),
         ('I see them every day, the same faces on the same trains. Some of them '
          'have stopped saying good morning to me.', 'Filipe Antunes', None, None, 'he', 'said')],
    ),
    'a known surname the tagger took for an adverb on a reporting verb is its subject': (
        'Bus drivers walk off the job as Alder County Transit talks collapse\n\nBy Kyle Brandt, Courier staff '
        'writer\n\nPORT ALDER - Riders waiting at the downtown transfer center early Monday found empty bays '
        'and a line of drivers holding picket signs on the sidewalk along Fourth Street, after the union '
        "representing Alder County Transit's 142 bus operators and mechanics went on strike at midnight.\n\nIt "
        'is the first transit strike in the county since 1997.\n\nAmalgamated Transit Union Local 1466 '
        'President Marcus Tolliver said the walkout came after 11 months of bargaining and a final session '
        'Sunday night that lasted less than an hour.\n\n"We walked in with a counteroffer and they walked out '
        'before we finished reading it," Tolliver said on the picket line, as passing cars honked in support.'
        ' "I\'ve driven Route 7 for nineteen years. I have never seen morale this low."\n\nThe union is seeking '
        'a 6 percent raise in each of the next three years, limits on split shifts and a guaranteed 30-minute'
        ' meal break, which Tolliver said drivers often skip to keep buses on schedule.\n\n"People think we\'re '
        'talking about money. Half of this is about being able to use the restroom," he said.',
        [('We walked in with a counteroffer and they walked out before we '
          'finished reading it,', 'Marcus Tolliver', 'President', 'Amalgamated Transit Union Local 1466',
          'Tolliver', 'said'),
         ("I've driven Route 7 for nineteen years. I have never seen morale this low.", 'Marcus Tolliver',
          'President', 'Amalgamated Transit Union Local 1466', 'Tolliver', None),
         ("People think we're talking about money. Half of this is about being "
          'able to use the restroom,', 'Marcus Tolliver', 'President',
          'Amalgamated Transit Union Local 1466', 'he', 'said')],
    ),
    "a union local's number is a word of its name in a title": (
        'PORT ALDER - Riders waiting at the downtown transfer center early Monday found empty bays and a line'
        ' of drivers holding picket signs on the sidewalk along Fourth Street, after the union representing '
        "Alder County Transit's 142 bus operators and mechanics went on strike at midnight.\n\nIt is the first "
        'transit strike in the county since 1997.\n\nAmalgamated Transit Union Local 1466 President Marcus '
        'Tolliver said the walkout came after 11 months of bargaining and a final session Sunday night that '
        'lasted less than an hour.\n\n"We walked in with a counteroffer and they walked out before we finished '
        'reading it," Tolliver said on the picket line, as passing cars honked in support. "I\'ve driven Route'
        ' 7 for nineteen years. I have never seen morale this low."',
        [('We walked in with a counteroffer and they walked out before we '
          'finished reading it,', 'Marcus Tolliver', 'President', 'Amalgamated Transit Union Local 1466',
          'Tolliver', 'said'),
         ("I've driven Route 7 for nineteen years. I have never seen morale this low.", 'Marcus Tolliver',
          'President', 'Amalgamated Transit Union Local 1466', 'Tolliver', None)],
    ),
    "a title 'in Charge' before a name the parse made its object": (
        'Vanterpool allegedly replied: “Done. Send the envelope to my cousin, not to me.”\n\n“Insider-enabled '
        'fraud strikes at the heart of the banking system, because it turns the people who are supposed to be'
        ' the gatekeepers into the getaway drivers,” FBI Newark Special Agent in Charge Renee Castillo said. '
        '“The FBI will keep working with our partners, and with the banks themselves, to root it out.”',
        [('Done. Send the envelope to my cousin, not to me.', 'Vanterpool', None, None, 'Vanterpool', 'replied'),
         ('Insider-enabled fraud strikes at the heart of the banking system, '
          'because it turns the people who are supposed to be the gatekeepers '
          'into the getaway drivers,', 'Renee Castillo', 'Special Agent in Charge', 'FBI Newark',
          'Renee Castillo', 'said'),
         ('The FBI will keep working with our partners, and with the banks '
          'themselves, to root it out.', 'Renee Castillo', 'Special Agent in Charge', 'FBI Newark',
          'Renee Castillo', 'said')],
    ),
    "'Charge' of a title 'in Charge' that the recogniser took into the name": (
        'Vanterpool allegedly replied: “Done. Send the envelope to my cousin, not to me.”\n\n“Insider-enabled '
        'fraud strikes at the heart of the banking system, because it turns the people who are supposed to be'
        ' the gatekeepers into the getaway drivers,” FBI Newark Special Agent in Charge Renee Castillo said. '
        '“The FBI will keep working with our partners, and with the banks themselves, to root it out.”\n\n'
        '“Follow the money, and it leads to the truth,” said Special Agent in Charge Howard Fenwick of IRS '
        'Criminal Investigation’s Newark Field Office. “In this case the money led our agents through '
        'hundreds of bank accounts and dozens of companies that existed only on paper.”\n\n“Criminals who use '
        'the U.S. Mail to further their schemes should know that postal inspectors will find them,” said '
        'Inspector in Charge Danielle Roark of the U.S. Postal Inspection Service’s Philadelphia Division.',
        [('Done. Send the envelope to my cousin, not to me.', 'Vanterpool', None, None, 'Vanterpool', 'replied'),
         ('Insider-enabled fraud strikes at the heart of the banking system, '
          'because it turns the people who are supposed to be the gatekeepers '
          'into the getaway drivers,', 'Renee Castillo', 'Special Agent in Charge', 'FBI Newark',
          'Renee Castillo', 'said'),
         ('The FBI will keep working with our partners, and with the banks '
          'themselves, to root it out.', 'Renee Castillo', 'Special Agent in Charge', 'FBI Newark',
          'Renee Castillo', 'said'),
         ('Follow the money, and it leads to the truth,', 'Howard Fenwick', 'Special Agent in Charge',
          'IRS Criminal Investigation’s Newark Field Office', 'Howard Fenwick', 'said'),
         ('In this case the money led our agents through hundreds of bank '
          'accounts and dozens of companies that existed only on paper.', 'Howard Fenwick',
          'Special Agent in Charge', 'IRS Criminal Investigation’s Newark Field Office', 'Howard Fenwick',
          'said'),
         ('Criminals who use the U.S. Mail to further their schemes should know '
          'that postal inspectors will find them,', 'Danielle Roark', 'Inspector in Charge',
          'U.S. Postal Inspection Service’s Philadelphia Division', 'Danielle Roark', 'said')],
    ),
    "a portfolio after a title's 'for' that the recogniser took into the name is the title's": (
        'Western Australian Minister for Transport Ros Tennant welcomed the agreement.\n\n“I’m pleased that '
        'common sense has prevailed,” Ms Tennant said.',
        [('I’m pleased that common sense has prevailed,', 'Ros Tennant', 'Minister for Transport',
          'Western Australian', 'Tennant', 'said')],
    ),
    "a byline's writer is no one a description or pronoun refers to": (
        'Banks still blaming victims for scams, ombudsman warns\n\nBy Rachel Whitcombe, Consumer Affairs '
        'Correspondent\n\nBanks are still too quick to blame customers who fall victim to scams, the financial '
        'ombudsman has warned.\n\nMargaret Ellery, 69, a former headteacher from Harrogate, lost £47,500 in '
        '2023.\n\n“They told me I should have known better,” Mrs Ellery said.\n\nAfter the ombudsman upheld her '
        'complaint last autumn, the bank repaid the full amount.\n\n“The money matters, of course it does,” she'
        ' said.',
        [('They told me I should have known better,', 'Margaret Ellery', 'former headteacher', None, 'Ellery', 'said'),
         ('The money matters, of course it does,', 'Margaret Ellery', 'former headteacher', None, 'she', 'said')],
    ),
    "a given name and a surname right after a person's noun in small letters, the given name taken for a date": (
        'The label’s roster includes singer-songwriter June Calloway.\n\nCalloway wrote on X that she had '
        'learned of the sale “from a press release, like everyone else.”',
        [('from a press release, like everyone else.', 'June Calloway', 'singer-songwriter', None, 'Calloway',
          'wrote')],
    ),
    'a journal is a body that speaks': (
        'The original paper, published in March in the Journal of Condensed Matter Letters, was led by Dr '
        'Viktor Halberg.\n\nThe journal said it was “aware of the concerns” and was “looking into the matter”.',
        [('aware of the concerns', 'Journal of Condensed Matter Letters', None, None, 'The journal', 'said'),
         ('looking into the matter', 'Journal of Condensed Matter Letters', None, None, 'The journal', 'said')],
    ),
    "'the regulator' after a bare body noun that spoke in the sentence before is the body that noun meant": (
        'The Charity Commission has opened a statutory inquiry into Light of Nations Ministries.\n\nIn a '
        'statement on Thursday, the commission said: “We have serious concerns about the management of this '
        'charity.”\n\nThe regulator said the inquiry would examine whether the trustees had “complied with '
        'their legal duties”.',
        [('We have serious concerns about the management of this charity.', 'Charity Commission', None, None,
          'the commission', 'said'),
         ('complied with their legal duties', 'Charity Commission', None, None, 'The regulator', 'said')],
    ),
    "no other body for 'the union' after a different bare body noun": (
        '"Our priority is keeping students safe and learning," the Millbrook School District wrote. "We will '
        'share plans soon," the district wrote.\n\nThe union, in a post on Facebook, said its members had voted'
        ' to strike. "We didn\'t want to get here. The district brought us here," the post said.',
        [('Our priority is keeping students safe and learning,', 'Millbrook School District', None, None,
          'Millbrook School District', 'wrote'),
         ('We will share plans soon,', 'Millbrook School District', None, None, 'the district', 'wrote'),
         ("We didn't want to get here. The district brought us here,", 'union', None, None, 'the post', 'said')],
    ),
    "a headline's office by its title alone is whoever holds it and repeats the quote": (
        '“Strikes are a dead end”: Transport Secretary warns bus drivers as walkout enters second week\n\nHelen'
        ' Marchbank, the Transport Secretary, has told striking bus drivers that further walkouts would help '
        'nobody.\n\nSpeaking in the Commons on Wednesday, Ms Marchbank said: “I have every sympathy with '
        'drivers. But strikes are a dead end.”',
        [('Strikes are a dead end', 'Helen Marchbank', 'Transport Secretary', None, 'Marchbank', 'warns'),
         ('I have every sympathy with drivers. But strikes are a dead end.', 'Helen Marchbank',
          'Transport Secretary', None, 'Marchbank', 'said')],
    ),
    'a hyphened role noun the parse split into subjects of one verb is one word, its appositive the name': (
        'The distributor, Halcyon Pictures, said it remained confident. “Cannes is one audience on one '
        'morning,” said Halcyon’s co-president, Daniel Osei.',
        [('Cannes is one audience on one morning,', 'Daniel Osei', 'co-president', None, 'Daniel Osei', 'said')],
    ),
    "a reporting verb after 'able' or 'unable' with no object nor clause is no cue": (
        '“We let our customers down”: Voltara apologises after update leaves EVs unable to charge\n\n“We let '
        'our customers down, and we are deeply sorry,” Voltara chief technology officer Ingrid Solberg said '
        'in a video.',
        [('We let our customers down', 'Ingrid Solberg', 'chief technology officer', 'Voltara', 'Ingrid Solberg',
          None),
         ('We let our customers down, and we are deeply sorry,', 'Ingrid Solberg', 'chief technology officer',
          'Voltara', 'Ingrid Solberg', 'said')],
    ),
    "a surname that is a reporting verb's plain form ends no name": (
        'Nicholas Brand, HM chief inspector of prisons, said an unannounced visit had found broken windows.\n\n'
        '“I have never seen a jail in this state,” Brand said at the launch of the report.',
        [('I have never seen a jail in this state,', 'Nicholas Brand', 'HM chief inspector of prisons', None, 'Brand',
          'said')],
    ),
    'a known surname the tagger took for a plural noun is the person; of two of that surname, the one called by it alone, the other introduced as a relative': (
        'The last shift of a born domestique\n\nAfter 15 seasons spent working for other riders, Femke Aalders '
        'is preparing to hang up the bottles. She would rather you wrote about someone else.\n\nGIRONA, Spain —'
        ' At 7.40 on a grey February morning, Femke Aalders is already on her second coffee, and already '
        'apologising.\n\n“I’m not the story,” she says, waving a hand at the café window, where a dozen riders '
        'in matching kit are clipping into their pedals. “The story is out there. I just carry bottles.”\n\n'
        'This is the 36-year-old Dutch rider’s 15th season as a professional, and she insists it will be her '
        'last. In that time she has won exactly one race, a kermesse in Limburg in 2012 that she describes, '
        'laughing, as “a complete accident”. She has also, by her team’s reckoning, fetched more than 4,000 '
        'bottles from the team car, closed roughly 900 gaps and paced three different leaders to Grand Tour '
        'podiums. A Dutch newspaper once nicknamed her “the bottle queen”; she has the headline framed in her'
        ' kitchen.\n\nHer current leader at Solenne–Vireo, the Spanish climber Lucía Ortega, puts it more '
        'simply.\n\n“Without Femke I don’t have a career,” Ortega says. “That’s not a nice thing you say in an '
        'interview. It is a fact. When I am in trouble on a climb, I don’t look for the team car. I look for '
        'her back wheel.”\n\nAalders grew up in a village outside Leeuwarden, in Friesland, the youngest of '
        'three children. Her mother, Anneke Aalders, still keeps a folder of every newspaper cutting in which'
        ' her daughter’s name appears. It is, she admits, a thin folder.\n\n“She was the fastest girl in the '
        'village and she never once wanted to be in front,” Anneke Aalders says by phone from Leeuwarden. “At'
        ' school sports day she would pace her friend and then finish second. We thought it was shyness. It '
        'was not shyness. It was who she is.”\n\nThe domestique’s trade is rarely described in its own words. '
        'Asked to explain it, Aalders takes a long breath and, for several minutes, talks without '
        'interruption.\n\n“People think the job is about suffering, and it is, but that’s the easy part. '
        'Anybody can suffer. The job is knowing, before your leader knows, that she is going to need '
        'something — food, a jacket, a wheel, somebody to shout at her.',
        [('I’m not the story,', 'Femke Aalders', None, None, 'she', 'says'),
         ('The story is out there. I just carry bottles.', 'Femke Aalders', None, None, 'she', 'says'),
         ('a complete accident', None, None, None, 'a kermesse in Limburg', 'laughing'),
         ('the bottle queen', 'Femke Aalders', None, None, 'she', 'has'),
         ('Without Femke I don’t have a career,', 'Lucía Ortega', 'climber', 'Spain', 'Ortega', 'says'),
         ('That’s not a nice thing you say in an interview. It is a fact. When I '
          'am in trouble on a climb, I don’t look for the team car. I look for '
          'her back wheel.', 'Lucía Ortega', 'climber', 'Spain', 'Ortega', 'says'),
         ('She was the fastest girl in the village and she never once wanted to '
          'be in front,', 'Anneke Aalders', "Femke Aalders's mother", None, 'Anneke Aalders', 'says'),
         ('At school sports day she would pace her friend and then finish second.'
          ' We thought it was shyness. It was not shyness. It was who she is.', 'Anneke Aalders',
          "Femke Aalders's mother", None, 'Anneke Aalders', 'says'),
         ('People think the job is about suffering, and it is, but that’s the '
          'easy part. Anybody can suffer. The job is knowing, before your leader '
          'knows, that she is going to need something — food, a jacket, a wheel, '
          'somebody to shout at her.', 'Femke Aalders', None, None, 'Aalders', 'Asked')],
    ),
    "a name runs on over a syllable after a hyphen that is a reporting verb's form": (
        "On a call with analysts on Wednesday, Yoon Jae-sung, chief financial officer of South Korea's "
        'Daemyung Marine, said the carrier was "adding extra loaders where we can".\n\n"We don\'t want to build '
        'a network for a six-week spike," Yoon told analysts.',
        [('adding extra loaders where we can', 'Yoon Jae-sung', 'chief financial officer', None, 'Yoon Jae-sung',
          'said'),
         ("We don't want to build a network for a six-week spike,", 'Yoon Jae-sung', None, None, 'Yoon', 'told')],
    ),
    "a capitalised body noun after an office's possessive with its 'of' phrase is the body as written": (
        "In a statement Wednesday, the Arizona Secretary of State's Office said the machines had been tested "
        'and "performed exactly as designed."',
        [('performed exactly as designed.', "Arizona Secretary of State's Office", None, None,
          "the Arizona Secretary of State's Office", 'said')],
    ),
    "a lower-case body noun after an office's possessive with its 'of' phrase is that office's": (
        "In a statement Wednesday, the Arizona Secretary of State's office said the machines had been tested "
        'and "performed exactly as designed."',
        [('performed exactly as designed.', "Arizona Secretary of State's office", None, None,
          "the Arizona Secretary of State's office", 'said')],
    ),
    'a capitalised body noun after a possessive the recogniser left out is the body as written': (
        'The Prison Officers’ Association said staff had been “left to fend for themselves”.',
        [('left to fend for themselves', 'Prison Officers’ Association', None, None,
          'The Prison Officers’ Association', 'said')],
    ),
    "a noun of no lexicon heading a body's name given before is that body": (
        'The West Pennine Pension Fund committed £240m to funds run by Verdant Horizon Capital.\n\nIn a '
        'statement, the fund said "no member\'s pension will be reduced as a result".',
        [("no member's pension will be reduced as a result", 'West Pennine Pension Fund', None, None, 'the fund',
          'said')],
    ),
    "a noun of no lexicon heading a body's name given before, a full quote after a colon": (
        'The Great Lakes Lottery said a data-entry error had caused the wrong numbers to be posted.\n\nIn a '
        'statement, the lottery said: "We sincerely apologize to players who were affected."',
        [('We sincerely apologize to players who were affected.', 'Great Lakes Lottery', None, None, 'the lottery',
          'said')],
    ),
    "a document a possessive pronoun owns, spoken in by the subject after it, is that subject's": (
        'The West Pennine Pension Fund committed £240m to funds run by Verdant Horizon Capital.\n\nIn their '
        'report, the auditors, Fenwick Lisle, wrote that the committee had "relied excessively" on the '
        'manager.\n\n"The committee was presented with clear warnings on at least three occasions," the report '
        'said.',
        [('The committee was presented with clear warnings on at least three occasions,', 'Fenwick Lisle', None, None,
          'the report', 'said')],
    ),
    "a name set off alone beside a plural role noun is a firm, which 'the firm' stands for": (
        'The liquidators, Bennett Hale, say the company appears to have been "insolvent from at least the '
        'middle of 2023".\n\n"There are indications that the company continued to incur debts," the firm wrote '
        'in its report.',
        [('insolvent from at least the middle of 2023', 'Bennett Hale', None, None, 'Bennett Hale', 'say'),
         ('There are indications that the company continued to incur debts,', 'Bennett Hale', None, None, 'the firm',
          'wrote')],
    ),
    'a known surname taken for an adjective on a verb taken for a plural noun, after a phrase and comma': (
        'Tony Mitrovic poured concrete on the bridge for two years before the builder collapsed.\n\nMartin '
        'Gallo, a professor of construction management, says the failure was predictable.\n\n"It is a race to '
        'the bottom on price," Gallo says.\n\nBack at the fence, Mitrovic points at the piers, one by one, as '
        'if counting them.\n\n"They\'ll finish it one day," he says.',
        [('It is a race to the bottom on price,', 'Martin Gallo', 'professor', None, 'Gallo', 'says'),
         ("They'll finish it one day,", 'Tony Mitrovic', None, None, 'he', 'says')],
    ),
    "a name no table's given name opens, a clause on 'who' after it, the subject of a reporting verb": (
        'District Mayor Sarah Tane said the closure had hurt the town.\n\nMere Hohaia, who runs a café a few '
        'hundred metres from the bridge, said trade had fallen by almost half. “People just stopped coming '
        'through,” she said.',
        [('People just stopped coming through,', 'Mere Hohaia', None, None, 'she', 'said')],
    ),
    "a name with a particle inside, the recogniser's body, a clause on 'who' after it": (
        'Marloes Vink, a lawyer for the residents, welcomed the ruling.\n\nAnneke de Vries, who has lived '
        'beside the motorway for 26 years, said she welcomed the ruling.\n\n“I hear the trucks from my bedroom '
        'all night,” she said.',
        [('I hear the trucks from my bedroom all night,', 'Anneke de Vries', None, None, 'she', 'said')],
    ),
    'a quote opening in small letters after a word stays in the sentence of its reporting verb': (
        'Maria Lopez said on Twitter that all four metro lines would remain closed until midnight "due to the'
        ' adherence of workers to the general strike".',
        [('due to the adherence of workers to the general strike', 'Maria Lopez', None, None, 'Maria Lopez', 'said')],
    ),
    "a body's name with a particle between its words, unrecognised, speaks whole": (
        'Inês Barreto, leader of the Democratic Left party, wrote on X: "Withdraw the bill."\n\nMetropolitano '
        'de Lisboa said on X that all four metro lines would remain closed until midnight "due to the '
        'adherence of workers to the general strike". Buses are running.',
        [('Withdraw the bill.', 'Inês Barreto', 'leader', 'Democratic Left party', 'Inês Barreto', 'wrote'),
         ('due to the adherence of workers to the general strike', 'Metropolitano de Lisboa', None, None,
          'Metropolitano de Lisboa', 'said')],
    ),
    'a calling opening a sentence before a name is the role, not a word of the name': (
        'Landowner John Dalby, whose family has farmed the land since 1911, said: “My grandfather always said'
        ' the field had bumps you couldn’t plough out.”',
        [('My grandfather always said the field had bumps you couldn’t plough out.', 'John Dalby', 'Landowner', None,
          'John Dalby', 'said')],
    ),
    'a calling opening a sentence before a name the recogniser saw is the role': (
        'Newsagent Peter Dimitriou, who sells lottery tickets in Port Adelaide, said his phone had been '
        '“ringing since eight o’clock this morning”.',
        [('ringing since eight o’clock this morning', 'Peter Dimitriou', 'Newsagent', None, 'Peter Dimitriou', 'said')],
    ),
    "a company noun after an owner's participle stands for the company that spoke before": (
        'The infection at Prairie Gold Egg Farms, outside Harlan in Shelby County, was confirmed late Monday '
        "by the federal government's National Veterinary Services Laboratories in Ames.\n\nIn a statement, "
        'Prairie Gold Egg Farms said: "Our team followed every biosecurity protocol we have."\n\nThe family-'
        'owned company called the outbreak "devastating for our people and our community".',
        [('Our team followed every biosecurity protocol we have.', 'Prairie Gold Egg Farms', None, None,
          'Gold Egg Farms', 'said'),
         ('devastating for our people and our community', 'Prairie Gold Egg Farms', None, None,
          'The family-owned company', 'called')],
    ),
    "a company noun after 'state-run' or 'privately-held' stands for the company that spoke before": (
        'Regulators fined Halvora Energy on Tuesday over a pipeline leak near the port.\n\nIn a statement, '
        'Halvora Energy said: "We accept the findings and have already replaced the valve."\n\nThe state-run '
        'company called the fine "disproportionate to the harm done". The privately-held company also said it '
        'would "appeal every line of it".',
        [('We accept the findings and have already replaced the valve.', 'Halvora Energy', None, None,
          'Halvora Energy', 'said'),
         ('disproportionate to the harm done', 'Halvora Energy', None, None, 'The state-run company', 'called'),
         ('appeal every line of it', 'Halvora Energy', None, None, 'The privately-held company', 'said')],
    ),
    'a place a resident is of, an unnamed one no body noun heads, is no affiliation': (
        '“There were three earth-movers and maybe forty labourers,” said a resident of an adjacent apartment '
        'block, who did not want to be named.',
        [('There were three earth-movers and maybe forty labourers,', None, 'resident', None,
          'a resident of an adjacent apartment block', 'said')],
    ),
    'the same place as before, no body noun heading it, is no affiliation': (
        '"Now I buy one litre," said Carmen Ruiz, a retired teacher shopping at a market in Madrid.\n\nA '
        'stallholder at the same market, who asked not to be named, said prices had begun to ease. "It\'s '
        'coming down, slowly," he said.',
        [('Now I buy one litre,', 'Carmen Ruiz', 'retired teacher', None, 'Carmen Ruiz', 'said'),
         ("It's coming down, slowly,", None, 'stallholder', None, 'he', 'said')],
    ),
    'an unnamed body a body noun heads stays the affiliation': (
        '"We have never been busier," said a spokeswoman for a local charity.',
        [('We have never been busier,', None, 'spokeswoman', 'local charity', 'a spokeswoman for a local charity',
          'said')],
    ),
    "a headline's name over a colon is cut there, the body after it named alone": (
        'Comptroller Castillo: Lakeport Water Authority paid $4.2 million in overtime without approval\n\nState'
        ' Comptroller Renée Castillo released the audit today.\n\nIn its written response, the Lakeport Water '
        'Authority said it “agrees with the substance of the recommendations”.',
        [('agrees with the substance of the recommendations', 'Lakeport Water Authority', None, None,
          'Lakeport Water Authority', 'said')],
    ),
    "a name written only after 'to' on a way of travelling is a place, no antecedent of 'she'": (
        'At Santa Apolonia station, a German tourist who had been hoping to catch a train to Porto told us '
        'she had no idea the strike was happening.\n\n"The man at the desk just shrugged," she said.',
        [('The man at the desk just shrugged,', None, None, None, 'she', 'said')],
    ),
    "a name written only after 'near' or a place's noun and 'of' is a place, no antecedent of 'he'": (
        'The outbreak was detected at a farm near the city of Concepcion del Uruguay.\n\nA worker at a poultry '
        'processing plant near Concepcion del Uruguay, who asked not to be named, said the mood was tense.\n\n'
        '"Everyone is worried," he said.',
        [('Everyone is worried,', None, 'worker', None, 'he', 'said')],
    ),
    'a given name alone the recogniser missed, already used alone for the one person it opens the name of': (
        '"We heard them go quiet," says Helen Ashworth, a turkey farmer.\n\nHelen says the payment covered '
        '"maybe a third" of what the family lost.\n\nGwen Hartley, a volunteer with Furrow Line, a rural '
        'charity, has taken calls from poultry keepers.\n\nWill they restock? Helen looks out at the empty '
        'sheds for a long moment.\n\n"Ask me in March," she says.',
        [('We heard them go quiet,', 'Helen Ashworth', 'turkey farmer', None, 'Helen Ashworth', 'says'),
         ('maybe a third', 'Helen Ashworth', 'turkey farmer', None, 'Helen', 'says'),
         ('Ask me in March,', 'Helen Ashworth', 'turkey farmer', None, 'she', 'says')],
    ),
    'a given name and a known surname the recogniser took together for a work are a relative': (
        'On a bright morning in late April, Tomas Brandt walks the rows of his Merlot block.\n\nBrandt, 63, and'
        ' his wife, Anneliese, have farmed grapes on this bench since 1991.\n\n"People keep asking me what the '
        'damage is, like it\'s a number," Anneliese Brandt says, sitting at the kitchen table.',
        [("People keep asking me what the damage is, like it's a number,", 'Anneliese Brandt', "Tomas Brandt's wife",
          None, 'Anneliese Brandt', 'says')],
    ),
    "a name after the 'of' of where someone is from is a place, no antecedent of 'who' or 'she'": (
        'The figures were disputed by Margaret Ellison, 78, of Low Helmsby, who read a prepared statement on '
        'behalf of the campaign. "The council counts the people who use the bus," she said.\n\nFor 17-year-old '
        'Ellie Robson, who catches the bus from Helmsby to college, the cut raises questions.\n\n"My mum works '
        'shifts, so she can\'t drive me in," she said.',
        [('The council counts the people who use the bus,', 'Margaret Ellison', None, None, 'she', 'said'),
         ("My mum works shifts, so she can't drive me in,", 'Ellie Robson', None, None, 'she', 'said')],
    ),
    'a rank without its stop before the surname of someone named in full with it is them': (
        'The painting was found by officers of the Carabinieri, according to Colonel Davide Russo, the unit’s'
        ' commander in Liguria.\n\n“When the officer unrolled the sheet, he called me immediately,” Col Russo '
        'told reporters in Genoa.',
        [('When the officer unrolled the sheet, he called me immediately,', 'Davide Russo', 'Colonel', 'unit',
          'Col Russo', 'told')],
    ),
    "'the company' after a word alone the recogniser took for a person, no one's name, that spoke before": (
        'In a statement, Zipp said: "We got this wrong, and we are sorry." The company said it had '
        '"apologized directly to every rider affected" and would refund the difference.',
        [('We got this wrong, and we are sorry.', 'Zipp', None, None, 'Zipp', 'said'),
         ('apologized directly to every rider affected', 'Zipp', None, None, 'The company', 'said')],
    ),
    "'the company' after a surname alone that spoke before is no body": (
        'Dana Whitfield runs the depot.\n\nIn a statement, Whitfield said: "We got this wrong." The company '
        'said it had "apologized directly to every rider affected".',
        [('We got this wrong.', 'Dana Whitfield', None, None, 'Whitfield', 'said'),
         ('apologized directly to every rider affected', 'company', None, None, 'The company', 'said')],
    ),
    "a carrier's name before a possessive's apostrophe, its first word alone the subject before 'the company'": (
        "Justice Department sues to block Pioneer Wireless' $9 billion deal for Cascade Cellular\n\nThe lawsuit"
        ' says the merger would give Pioneer more than 45% of mobile subscribers in 11 states.\n\nPioneer, '
        'based in Boise, Idaho, said it would fight the lawsuit. "We are disappointed that the department has'
        ' chosen litigation," the company said in a statement.',
        [('We are disappointed that the department has chosen litigation,', 'Pioneer Wireless', None, None,
          'the company', 'said')],
    ),
    "an unrecognised name an exchange is set beside is the body 'the company' stands for": (
        'SINGAPORE, March 14 (Reuters) - Halcyon Digital, a Singapore-based cryptocurrency exchange with '
        'about 1.2 million registered users, suspended all customer withdrawals on Thursday.\n\n"We have taken '
        'the difficult decision to pause all withdrawals," the company said in a statement.',
        [('We have taken the difficult decision to pause all withdrawals,', 'Halcyon Digital', None, None,
          'the company', 'said')],
    ),
    "a studio's name ends in its trade, a company 'the company' stands for": (
        'The organiser, Northgate Live Ltd, collapsed in March.\n\nThe game’s publisher, Stormglass Studios, '
        'which licensed the event, said it was “deeply disappointed”.\n\nIn a statement, the company added: '
        '“Operators who run events using our game are contractually required to guarantee their prize pools.”',
        [('Operators who run events using our game are contractually required to '
          'guarantee their prize pools.', 'Stormglass Studios', None, None, 'the company', 'added')],
    ),
    "a quote paragraph after the writer's paragraph introducing one person is theirs, the next continues": (
        'At the fank, Iain Morrison, 15, climbs aboard.\n\n“We’d have to get up at half five,” Iain says.\n\n'
        'Further down the glen, the gaps are already visible to Sheena Cartwright, the organiser of the '
        'Kyleford Community Car Scheme, which has 14 volunteer drivers.\n\n“We are already stretched. Most of '
        'our drivers are retired themselves.\n\n“I’m not saying we won’t try. We will.”',
        [('We’d have to get up at half five,', 'Iain Morrison', None, None, 'Iain', 'says'),
         ('We are already stretched. Most of our drivers are retired themselves.', 'Sheena Cartwright', 'organiser',
          'Kyleford Community Car Scheme', 'Sheena Cartwright', None),
         ('I’m not saying we won’t try. We will.', 'Sheena Cartwright', 'organiser', 'Kyleford Community Car Scheme',
          'Sheena Cartwright', None)],
    ),
    "a quote paragraph after a paragraph introducing one person, a place's name beside them no one": (
        'For Siti Rahmawati, a researcher with the Palu-based group Sulawesi Coastal Watch, the problem is '
        'not the industry itself but who pays for it.\n\n"What is happening in Morowali is a kind of bargain '
        'that nobody in these villages was ever asked to sign."',
        [('What is happening in Morowali is a kind of bargain that nobody in '
          'these villages was ever asked to sign.', 'Siti Rahmawati', 'researcher', 'Sulawesi Coastal Watch',
          'Siti Rahmawati', None)],
    ),
    "a quote paragraph after a credit line is no one's": (
        'TWO DEAD IN NIGHTCLUB SHOOTING Three people have been detained. [Lee Moran, HuffPost]\n\n"In less than'
        ' two weeks, Western Europe has witnessed the calm of everyday life repeatedly shattered."',
        [('In less than two weeks, Western Europe has witnessed the calm of '
          'everyday life repeatedly shattered.', None, None, None, None, None)],
    ),
    "Clare, a woman's given name, opens a name the recogniser took for a body, a post-nominal after it": (
        'Jonathan Redgrave KC, prosecuting, opened the case.\n\nUnder cross-examination by Clare Whitmore KC, '
        'defending, Mr Penrose accepted that he had not resigned.\n\n“You stayed, and you kept taking your '
        'salary, didn’t you?” Ms Whitmore asked.',
        [('You stayed, and you kept taking your salary, didn’t you?', 'Clare Whitmore', None, None, 'Whitmore',
          'asked')],
    ),
    "an honorific of the gender a given name suggested tells it: 'he' after her is someone else": (
        'Under cross-examination by Claire Whitmore KC, defending, Mr Penrose accepted that he had not '
        'resigned until after the company collapsed.\n\n“You stayed, and you kept taking your salary, didn’t '
        'you?” Ms Whitmore asked.\n\n“I did,” he replied. “I’m not proud of it.”',
        [('You stayed, and you kept taking your salary, didn’t you?', 'Claire Whitmore', None, None, 'Whitmore',
          'asked'),
         ('I’m not proud of it.', 'Penrose', None, None, 'he', 'replied')],
    ),
    "'It added' after a quote whose last sentences hold no cue: the body that spoke before it": (
        'The mast is owned by Highland Shared Infrastructure. In a statement, the company said: "Our '
        'engineers worked in difficult conditions to restore service. Access to the site was blocked for '
        'several days."\n\nIt added that battery backup at the site met "all current industry and regulatory '
        'requirements".',
        [('Our engineers worked in difficult conditions to restore service. '
          'Access to the site was blocked for several days.', 'Highland Shared Infrastructure', None, None,
          'the company', 'said'),
         ('all current industry and regulatory requirements', 'Highland Shared Infrastructure', None, None, 'It',
          'added')],
    ),
    "'One of the operators, a body's name,' said: the body named": (
        'One of the largest operators, CoinPoint Australia, said it "shares the regulator\'s concerns" and had'
        ' introduced a daily limit for new customers.',
        [("shares the regulator's concerns", 'CoinPoint Australia', None, None, 'CoinPoint Australia', 'said')],
    ),
    'people from a body of two words that names no place: its members': (
        'Administrators from Grayhurst Restructuring said last month that recoveries were likely to be '
        '"modest at best".',
        [('modest at best', None, 'Administrators', 'Grayhurst Restructuring',
          'Administrators from Grayhurst Restructuring', 'said')],
    ),
    "'in the words of X' names whose words they are, past a verb above": (
        'The TSF has accused employers of using deductions to "frighten members into crossing the line", in '
        'the words of its head of bargaining, Steven Achterberg.',
        [('frighten members into crossing the line', 'Steven Achterberg', 'head of bargaining', 'TSF',
          'Steven Achterberg', 'in the words of')],
    ),
    "'in the words of' someone unnamed": (
        'Staff were, in the words of one witness, "managed out of the building".',
        [('managed out of the building', None, 'witness', None, 'one witness', 'in the words of')],
    ),
    "'the Courier' is a paper, no office of the person before it": (
        '"We\'re not hiding anything," said Gus Karamanlis, who has owned the diner since 1998.\n\nInspector '
        'Brenda Yoakum conducted the inspection on Oct. 8, according to the report, which the Courier '
        'obtained through a public records request.\n\n"I\'ve got nothing to be ashamed of," Karamanlis said.',
        [("We're not hiding anything,", 'Gus Karamanlis', None, None, 'Gus Karamanlis', 'said'),
         ("I've got nothing to be ashamed of,", 'Gus Karamanlis', None, None, 'Karamanlis', 'said')],
    ),
    "'the agency' after an agency, a product and a runway named in between": (
        'The Federal Aviation Administration confirmed Monday that it is investigating the incident, which '
        'happened while a Cessna 172 was practicing landings on Runway 27.\n\n"The FAA is aware of the event '
        'and is reviewing radio communications," the agency said.',
        [('The FAA is aware of the event and is reviewing radio communications,', 'Federal Aviation Administration',
          None, None, 'the agency', 'said')],
    ),
    "a body's name run back over a plural name its apostrophe owns": (
        'The Citizens\' Vote Monitoring Coalition, which deployed about 4,000 monitors, said the range "does '
        'not allow us to say with confidence whether a run-off was required."',
        [('does not allow us to say with confidence whether a run-off was required.',
          "Citizens' Vote Monitoring Coalition", None, None, "Citizens' Vote Monitoring Coalition", 'said')],
    ),
    "a body's name run back over capitals before it: 'HM'": (
        'HM Prison and Probation Service said it accepted the findings in full. "A new governor is in post," '
        'it said in a statement.',
        [('A new governor is in post,', 'HM Prison and Probation Service', None, None, 'it', 'said')],
    ),
    "a description a 'he' c-commands is someone else: no role for him": (
        '"We\'re not hiding anything," said Gus Karamanlis, who has owned the diner since 1998.\n\nHe also '
        'disputed the finding about the cook, insisting the employee had "washed his hands twice" before '
        'touching the vegetables.',
        [("We're not hiding anything,", 'Gus Karamanlis', None, None, 'Gus Karamanlis', 'said'),
         ('washed his hands twice', 'Gus Karamanlis', None, None, 'He', 'insisting')],
    ),
    "guard: a 'he' c-commands a description that speaks: the same person": (
        'Ivanka Trump noted the rule in the interview. She said fathers would not be eligible, and when '
        'pressed, the 34-year-old mother of three replied, "It\'s meant to benefit the mother who has given '
        'birth to the child."',
        [("It's meant to benefit the mother who has given birth to the child.", 'Ivanka Trump', None, None,
          'the 34-year-old mother of three', 'replied')],
    ),
    "someone unnamed withholding a name, the parse making the noun the root: 'he' is them": (
        'Marcel Pothier said a vigil would be held Sunday evening at the wharf.\n\nA fisherman who joined the '
        'search and asked not to be named said boats came from as far away as Yarmouth. "We went out because '
        'that\'s what you do," he said.',
        [("We went out because that's what you do,", None, 'fisherman', None, 'he', 'said')],
    ),
    'two given names before a surname the recogniser took for a body, the surname alone after': (
        'Fire returns to the hills\n\nAna Beatriz Correia heard it at 4:10 on a Saturday afternoon, standing in'
        ' her vegetable garden with a hose in her hand.\n\nCorreia, 74, was one of 612 people evacuated from '
        'Vale de Sobreiro that afternoon.\n\n"My first thought was that it was broken," she said.\n\nCorreia lost'
        " her sister's old house, across the lane.",
        [('My first thought was that it was broken,', 'Ana Beatriz Correia', None, None, 'she', 'said')],
    ),
    "a cue in a clause of time before a quote paragraph gives it no speaker: the main clause's subject": (
        '"I remember the doctor saying my numbers were the worst he had seen," said Ellen Dahl, a nurse.\n\n'
        'Dahl has thought often about the half-empty bag of berries that was still in her freezer when '
        'investigators called in March.\n\n"I bought them because they were healthy. That was the whole point."',
        [('I remember the doctor saying my numbers were the worst he had seen,', 'Ellen Dahl', 'nurse', None,
          'Ellen Dahl', 'said'),
         ('I bought them because they were healthy. That was the whole point.', 'Ellen Dahl', 'nurse', None, 'Dahl',
          None)],
    ),
    "a report quotes someone unnamed as saying: they speak, not the report's author": (
        'Helen Marlow, the chief inspector of prisons, published the report on Tuesday.\n\nThe report quotes '
        'one prisoner as saying: "I have been here four months and I have had six showers."',
        [('I have been here four months and I have had six showers.', None, 'prisoner', None, 'one prisoner', 'saying')],
    ),
    'a tag turned round after a quote, a subject before the quote too: the one after the verb': (
        'HMP Ashcombe "among the worst I have seen", says chief inspector\n\nHelen Marlow, the chief inspector '
        'of prisons, said conditions at the jail were "among the worst I have seen in more than 30 years".',
        [('among the worst I have seen', 'Helen Marlow', 'chief inspector of prisons', None, 'chief inspector',
          'says'),
         ('among the worst I have seen in more than 30 years', 'Helen Marlow', 'chief inspector of prisons', None,
          'Helen Marlow', 'said')],
    ),
    'a role noun the parse joined to a span of time after it': (
        'A catering company that supplies meals to 11 hospitals was told by a government auditor months '
        'before a deadly listeria outbreak that its kitchen was “not fit for purpose”, a leaked report '
        'reveals.',
        [('not fit for purpose', None, 'government auditor', None, 'government auditor', 'told')],
    ),
    "a name set off after a title's object, hung on the object: the whole title is the role": (
        'DUBLIN - The Minister for Further and Higher Education, Aoife Brannigan, has ordered an inquiry into'
        ' pay.\n\n"The public deserves answers," Ms Brannigan said on Tuesday.',
        [('The public deserves answers,', 'Aoife Brannigan', 'Minister for Further and Higher Education', None,
          'Brannigan', 'said')],
    ),
    "a subject after a dateline the parse hung on the dateline's place": (
        'EU observers call vote "calm but opaque"\n\nFREETOWN, Sierra Leone (AP) — European Union election '
        'observers on Tuesday described Sierra Leone\'s parliamentary election as "calm but opaque," praising '
        'the conduct of voting.',
        [('calm but opaque', None, 'observers', 'EU', 'EU observers', 'call'),
         ('calm but opaque,', None, 'election observers', 'European Union', 'European Union election observers',
          'described')],
    ),
    "'It' after a report a relative clause describes, written by someone: the author": (
        'The inspection report, which has been seen by this newspaper, was written by Graham Tull, a senior '
        'environmental health officer at the council. It describes “fresh and old droppings” along the '
        'skirting boards.',
        [('fresh and old droppings', 'Graham Tull', 'senior environmental health officer', 'council', 'It',
          'describes')],
    ),
    "'It' after 'The report found that X ...': the report named before, its publisher's": (
        'The International Electoral Integrity Mission published its final report on Monday. The report found'
        ' that the primary data centre lost connectivity. It notes that “the legal framework is silent on '
        'what should happen if transmission fails”.',
        [('the legal framework is silent on what should happen if transmission fails',
          'International Electoral Integrity Mission', None, None, 'It', 'notes')],
    ),
    'a report from an inspection by a body: the body': (
        'The Danish Veterinary and Food Administration inspected the plant twice. A report from a July '
        'inspection by the administration noted "insufficient separation between raw material and finished '
        'product areas".',
        [('insufficient separation between raw material and finished product areas',
          'Danish Veterinary and Food Administration', None, None,
          'A report from a July inspection by the administration', 'noted')],
    ),
    'a cue the parse read as an adjective on its object, after an aside set off by commas': (
        'The Correctional Service of Canada said in a report that the crew had been supervised by a single '
        'officer. The report, a redacted copy of which was obtained through an access-to-information request,'
        ' described supervision that day as "nominal at best."',
        [('nominal at best.', 'Correctional Service of Canada', None, None, 'The report', 'described')],
    ),
    'a closing quote mark the recogniser ran into the name after it: the person named before': (
        'But Karen Doughty, manager of the Riverside Drop-In, said the snapshot method missed the hidden '
        'homeless.\n\n"The count doesn\'t tell the full story. It tells you who was lying down in a place a '
        'council officer could see," Mrs Doughty said.',
        [("The count doesn't tell the full story. It tells you who was lying down"
          ' in a place a council officer could see,', 'Karen Doughty', 'manager', 'Riverside Drop-In',
          'Doughty', 'said')],
    ),
    'MS after a full name, a Member of the Senedd, is no part of the name': (
        'Not all members supported the bill. Committee member Gareth Pugh MS said the levy remained "a tax on'
        ' the very industry we should be helping to grow."',
        [('a tax on the very industry we should be helping to grow.', 'Gareth Pugh', 'Committee member', None,
          'Gareth Pugh MS', 'said')],
    ),
    "a body's name run back over a list of capitalised words after its owner's possessive": (
        "The Senedd's Economy, Trade and Rural Affairs Committee has today completed Stage 2 of the bill, "
        'agreeing 14 amendments that the committee says will make the levy "simpler, fairer and easier to '
        'collect."',
        [('simpler, fairer and easier to collect.', 'Economy, Trade and Rural Affairs Committee', None, None,
          'the committee', 'says')],
    ),
    'Ombud, as South Africa names an ombudsman, is a title': (
        '"Behind every one of these numbers is a family that saved for years," said Ombud Thandiwe Mokoena.',
        [('Behind every one of these numbers is a family that saved for years,', 'Thandiwe Mokoena', 'Ombud', None,
          'Thandiwe Mokoena', 'said')],
    ),
    "a dateline with the day before the month; 'its' the body after it, not the place": (
        'JOHANNESBURG, 4 March 2025 — The Office of the Residential Building Ombud (ORBO) today published its'
        ' annual report, “Foundations of Trust 2024”, showing that complaints rose by 112%.\n\nThe report '
        'identifies the practice of demanding large upfront deposits as “the single greatest risk factor” for'
        ' homeowners.',
        [('the single greatest risk factor', 'Office of the Residential Building Ombud', None, None, 'The report',
          'demanding')],
    ),
    "the noun of 'The operator of X, Y,' is Y, a body named after another": (
        'The operator of Casa Paloma, Southern Arizona Mission Services, said in a statement that it had '
        '"exhausted every option" before deciding to wind down the program.\n\n"The demand has doubled, the '
        'money has not," the statement said.',
        [('exhausted every option', 'Southern Arizona Mission Services', None, None,
          'Southern Arizona Mission Services', 'said'),
         ('The demand has doubled, the money has not,', 'Southern Arizona Mission Services', None, None,
          'the statement', 'said')],
    ),
    "a statement from 'the executive', a body's name that noun ends": (
        'The Dublin Region Homeless Executive, which coordinates services in the capital, said it had added '
        '175 beds.\n\n"No one who wants a bed tonight will be without one," according to a statement from the '
        'executive.',
        [('No one who wants a bed tonight will be without one,', 'Dublin Region Homeless Executive', None, None,
          'a statement from the executive', 'according to')],
    ),
    'a description with a body set beside it is that body, no person named before': (
        'Coroner Peter Guthrie recorded a conclusion of accidental death.\n\nThe landowner, Harthill Aggregates'
        ' Ltd, said in a statement read to the court: "We are devastated by Kieran\'s death. Since the '
        'incident we have installed new fencing."',
        [("We are devastated by Kieran's death. Since the incident we have "
          'installed new fencing.', 'Harthill Aggregates Ltd', None, None, 'Harthill Aggregates Ltd', 'said')],
    ),
    "a saint's name with a possessive is the place named for them, no one a pronoun means": (
        'Tom Arkwright has volunteered at the shelter for a decade.\n\nThe closure of St Jude’s was announced '
        'on Monday.\n\n"It is the end of an era," he said.',
        [('It is the end of an era,', 'Tom Arkwright', None, None, 'he', 'said')],
    ),
    'a given name and surname the recogniser took for a body with the possessive, the surname alone after': (
        'CANBERRA — Six government backbenchers squeezed into Lachlan Petrakis’s office on the second floor '
        'of Parliament House.\n\nPetrakis, the 38-year-old member for the seat of Carrawong, had printed out '
        'the bill. By the end of the night, he says, the draft was “more yellow than white”.',
        [('more yellow than white', 'Lachlan Petrakis', 'member', 'Carrawong', 'he', 'says')],
    ),
    "a standfirst after the headline is a heading: its quote repeated below is the later speaker's": (
        'Northbridge inquiry finds board ignored repeated warnings on staffing\n\nChair of independent inquiry '
        'into 23 deaths says unsafe staffing had become “the normal state of affairs”\n\nThe report was '
        'published on Wednesday by Professor Judith Orme, the inquiry’s chair and a former medical director '
        'of a London teaching hospital.\n\nOrme found that managers had come to treat the shortfall as “the '
        'normal state of affairs”.',
        [('the normal state of affairs', 'Judith Orme', 'chair and former medical director', 'inquiry', 'Orme',
          'says'),
         ('the normal state of affairs', 'Judith Orme', 'chair and former medical director', 'inquiry', 'Orme',
          'found')],
    ),
    "a party named after the noun 'party' speaks as a body": (
        'Opposition party Sinn Fein, which has led some opinion polls this year, accused the government of '
        '"managing a crisis it has no plan to end".',
        [('managing a crisis it has no plan to end', 'Sinn Féin', None, None, 'Opposition party Sinn Fein', 'accused')],
    ),
    "'who' hung on the last word of a body of several after a role's 'at': the person with the role": (
        'Only 14 master trusts would clear the threshold, according to Marcus Vell, head of policy at the '
        'Society of Pension Actuaries, who told the committee that the number “could fall to single figures '
        'by 2030” as schemes merge.',
        [('could fall to single figures by 2030', 'Marcus Vell', 'head of policy', 'Society of Pension Actuaries',
          'who', 'told')],
    ),
    'Ceann Comhairle, the chair of the Dáil, a title of two words before a name': (
        'Ceann Comhairle Brendan Tierney said the vote had been properly held. "The result has been declared,'
        ' and it stands," he told the chamber.',
        [('The result has been declared, and it stands,', 'Brendan Tierney', 'Ceann Comhairle', None, 'he', 'told')],
    ),
    'a surname met before two namesakes: each mention the one named just before it': (
        "Byrne's Hardware to close after 60 years\n\nByrne's Hardware was opened in 1964 by Patrick Byrne, a "
        'carpenter from Cork. His grandson, Declan Byrne, has run it since 2001.\n\nByrne said the rent had '
        'doubled in two years.\n\n"I did the sums every way I know," Byrne said.',
        [('I did the sums every way I know,', 'Declan Byrne', None, None, 'Byrne', 'said')],
    ),
    'a surname the tagger took for a common noun, as the subject, names the one it is the surname of': (
        'Hannah Corbridge is apologising for the state of her kitchen.\n\nHer mother, Carol Corbridge, still '
        'has the shirt. "She came through the door like she\'d won the lottery," Carol recalls.\n\nWhat followed'
        ' was the kind of rise that now seems routine. Corbridge worked night shifts in a warehouse while '
        'training for her first World Cup.\n\n"We weren\'t paid, not properly," she says.',
        [("She came through the door like she'd won the lottery,", 'Carol Corbridge', "Hannah Corbridge's mother",
          None, 'Carol', 'recalls'),
         ("We weren't paid, not properly,", 'Hannah Corbridge', None, None, 'she', 'says')],
    ),
    'a Welsh given name (the world table) reads two capitalised words the recogniser took for a body as a name': (
        'Six years after Rhys Pryce was killed on a country lane, his mother has spoken to 20,000 teenagers.'
        '\n\nThe school hall falls silent as Siân Pryce clicks to the next slide.\n\n"That was my son\'s seat," '
        'she says.',
        [("That was my son's seat,", 'Siân Pryce', None, None, 'she', 'says')],
    ),
    'guard: a given name no table has, taken for a noun, still speaks as the person named in full': (
        'Tegwen Bowen, 17, who is studying biology at the campus, said she had already missed the first '
        'period twice.\n\nCouncillor Sian Morgan, who chairs the transport committee, said the council was '
        'reviewing the timetable.\n\nTegwen said she just wanted certainty before her exams next summer.\n\n"I\'d '
        'just like a bus that gets me there on time," she said.',
        [("I'd just like a bus that gets me there on time,", 'Tegwen Bowen', None, None, 'she', 'said')],
    ),
    "two titles joined by 'and' before a name: both the role": (
        'WA Premier and Treasurer Nathan Kovac is due to rise in the Legislative Assembly at 2pm. "It\'s a '
        'good budget," he said.',
        [("It's a good budget,", 'Nathan Kovac', 'Premier and Treasurer', 'WA', 'he', 'said')],
    ),
    "a headline's title taken for a name ('Premier says'): the one person holding it": (
        'Budget live: "Every dollar is working for you," Premier says as surplus unveiled\n\nPremier Nathan '
        'Kovac rose in the Legislative Assembly at 2pm.\n\n"It\'s a good budget," he said.',
        [('Every dollar is working for you,', 'Nathan Kovac', 'Premier', None, 'Premier', 'says'),
         ("It's a good budget,", 'Nathan Kovac', 'Premier', None, 'he', 'said')],
    ),
    "guard: a headline's role noun that is someone's surname stays that person": (
        'Budget row: "We will not back it," Bishop says\n\nSenator Julie Bishop, who chairs the committee, '
        'spoke after the vote. Premier Nathan Kovac rose at 2pm.\n\n"It\'s a good budget," he said.',
        [('We will not back it,', 'Julie Bishop', 'Senator', None, 'Bishop', 'says'),
         ("It's a good budget,", 'Nathan Kovac', 'Premier', None, 'he', 'said')],
    ),
    'a given name the parser cut off as a sentence after a byline opens the name': (
        'Hannah Whitcombe in Karachi\n\nNisar Ahmed Soomro, the chief minister of Sindh province, has told a '
        'rally that his government will "use every constitutional weapon" to block the scheme.',
        [('use every constitutional weapon', 'Nisar Ahmed Soomro', 'chief minister', 'Sindh province',
          'Nisar Ahmed Soomro', 'told')],
    ),
    'an honorific, then a given name the recogniser left out of the name: the name opens with it': (
        'The Minister for Finance, Mr Nana Kwesi Amoako-Danso, spoke after Cabinet. "The Governor enjoys the '
        'full confidence of government," the Minister said.',
        [('The Governor enjoys the full confidence of government,', 'Nana Kwesi Amoako-Danso', 'Minister for Finance',
          None, 'the Minister', 'said')],
    ),
    "'submitted', counsel's reporting verb in court news": (
        'Senior counsel Rajiv Mhatre, representing the corporation, told the court that the road was needed.'
        '\n\n"Every month of delay adds to the cost of the project," Mhatre submitted.',
        [('Every month of delay adds to the cost of the project,', 'Rajiv Mhatre', 'senior counsel', None, 'Mhatre',
          'submitted')],
    ),
    "a court's order speaks for the judge who wrote it ('the order added')": (
        '"A public authority cannot treat the cheapest option as the only option," Justice Meera Kulkarni '
        'observed in her order.\n\n"Trees once felled cannot be restored by an affidavit," the order added.',
        [('A public authority cannot treat the cheapest option as the only option,', 'Meera Kulkarni', 'Justice',
          None, 'Meera Kulkarni', 'observed'),
         ('Trees once felled cannot be restored by an affidavit,', 'Meera Kulkarni', 'Justice', None, 'the order',
          'added')],
    ),
    "a headline's office abbreviated ('CEO says') is the one person holding it written out": (
        'Payments start-up Ledgerly cuts staff, CEO says company "grew too fast"\n\nDana Whitfield, Ledgerly\'s '
        'chief executive, wrote to staff on Tuesday.',
        [('grew too fast', 'Dana Whitfield', 'chief executive', 'Ledgerly', 'CEO', 'says')],
    ),
    "'Hon', a Commonwealth minister's style, is no part of the name": (
        'The Minister for Foreign Affairs, Hon Paula Rakena, acknowledged "the deep injustices suffered by '
        'the iwi over more than a century".',
        [('the deep injustices suffered by the iwi over more than a century', 'Paula Rakena',
          'Minister for Foreign Affairs', None, 'Paula Rakena', 'acknowledged')],
    ),
    'kaumātua, a Māori elder, a role before the name': (
        'Kaumātua Hōne Rēweti, 91, who led the karakia at the signing, was one of the original claimants. "I '
        'signed the first claim in 1988," he said.',
        [('I signed the first claim in 1988,', 'Hōne Rēweti', 'Kaumātua', None, 'he', 'said')],
    ),
    'guard: a participle on a word of a partial quote is no cue (\'"evidence" submitted by\'), \'submit\' a cue now': (
        'His lawyer, Marieke Dekker, told Research Integrity Review that the committee had "ignored '
        'exculpatory evidence" submitted by former co-authors.',
        [('ignored exculpatory evidence', 'Marieke Dekker', 'lawyer', None, 'Marieke Dekker', 'told')],
    ),
    "'Rt. Hon.', a Speaker's style with stops, is an honorific: the title before it is the role": (
        'Speaking to journalists after plenary, the Speaker of the House, Rt. Hon. Yakubu Dung, said the '
        'Assembly was "only doing its constitutional duty."',
        [('only doing its constitutional duty.', 'Yakubu Dung', 'Speaker', 'House', 'Yakubu Dung', 'said')],
    ),
    "an affiliation in lower case that ends the one body of that name is that body ('the food shelf's')": (
        'Hillside Food Shelf has eight days of food left.\n\n"We have never been this low," said Diane '
        "Kowalczyk, the food shelf's executive director.",
        [('We have never been this low,', 'Diane Kowalczyk', 'executive director', 'Hillside Food Shelf',
          'Diane Kowalczyk', 'said')],
    ),
    "a given name of one gender before a second of the other tells no gender ('Rana Tariq Mehmood' is Mr Mehmood)": (
        'PQM candidate Rana Tariq Mehmood secured 38,412 votes against 31,907 polled by Sadia Jabeen, a '
        'former councillor contesting her first provincial election. The seat had fallen vacant after the '
        "death of Mr Mehmood's elder brother, Rana Asif Mehmood, in January.\n\nSpeaking to supporters shortly "
        'after midnight, Mr Mehmood dedicated the win to his late brother.\n\n"This victory belongs to the '
        'people of this constituency," he said.',
        [('This victory belongs to the people of this constituency,', 'Rana Tariq Mehmood', 'candidate', 'PQM', 'he',
          'said')],
    ),
    "a known surname the tagger took for a noun on a verb it took for a plural noun ('Engström shrugs')": (
        'Per-Olof Engström, the municipal commissioner, says the town drove a hard bargain.\n\nLennart Aho, a '
        'professor of corrosion chemistry, has spent a decade arguing that copper may corrode.\n\nThe long '
        'horizon invites questions. Engström shrugs when it comes up.\n\n"We are a small municipality," he '
        'says.',
        [('We are a small municipality,', 'Per-Olof Engström', 'municipal commissioner', None, 'he', 'says')],
    ),
    'an initial and a surname the recogniser missed, set beside a role: a person': (
        "Priyanka Oraon, 24, a quality checker from Jharkhand's Gumla district, says overtime has become "
        'routine. "Before, we used to finish at six. Now it is eight, sometimes nine," she says. "The money '
        'is more, so I am not complaining. But I have not gone home in fourteen months."\n\nK. Palanisamy, '
        "district secretary of the Tiruppur Banian and Garment Workers' Union, is sceptical of the ethical "
        'sourcing codes that big foreign buyers attach to their contracts. He calls such a code "a paper that'
        ' the buyer\'s auditor reads and nobody else does".',
        [('Before, we used to finish at six. Now it is eight, sometimes nine,', 'Priyanka Oraon', None, None, 'she',
          'says'),
         ('The money is more, so I am not complaining. But I have not gone home '
          'in fourteen months.', 'Priyanka Oraon', None, None, 'she', 'says'),
         ("a paper that the buyer's auditor reads and nobody else does", 'K. Palanisamy', 'district secretary',
          "Tiruppur Banian and Garment Workers' Union", 'He', 'calls')],
    ),
    "a relative of a name of initials and one word keeps the given name alone (R. Senthilkumar's son Arjun)": (
        'R. Senthilkumar walks the length of his cutting floor every morning.\n\nThe decision to take the order'
        ' was not Senthilkumar\'s alone. His son, Arjun, 27, came back to Tiruppur three years ago.\n\n"Appa '
        'thinks in terms of risk. I think in terms of scale," Arjun says.',
        [('Appa thinks in terms of risk. I think in terms of scale,', 'Arjun', "R. Senthilkumar's son", None, 'Arjun',
          'says')],
    ),
    "a full name the recogniser missed, whose sentence says 'he' of it, speaks as its surname alone": (
        'Club closes\n\nDarnell Price has played the Blue Lantern on and off since 1979, when he was a 17-year-'
        'old bass player sneaking in through the kitchen door.\n\n"This room taught me everything," Price said '
        'between sets.',
        [('This room taught me everything,', 'Darnell Price', None, None, 'Price', 'said')],
    ),
    'a colon after a thing of someone named, which cannot speak: the possessor speaks': (
        'Budget day\n\nFinance Minister Gurpreet Halloran tabled a budget this afternoon.\n\nHalloran’s closing '
        'line was blunt: “We chose to build, and we are not sorry for it.”',
        [('We chose to build, and we are not sorry for it.', 'Gurpreet Halloran', 'Finance Minister', None,
          'Halloran', 'was')],
    ),
    "Iban 'anak' (child of) inside a name: one person, the recogniser's body and place joined": (
        'Floods in Sarawak\n\nAt the relief centre, Ngumbang anak Jugah, 58, said the water entered his '
        'longhouse before dawn.\n\n"We have nothing left," Ngumbang said.',
        [('We have nothing left,', 'Ngumbang anak Jugah', None, None, 'Ngumbang', 'said')],
    ),
    "Malay 'binti' (daughter of) inside a name: the given name the recogniser left out joins it": (
        'Floods in Kelantan\n\nSiti Aminah binti Yusof, 44, said the river rose within an hour. "We lost '
        'everything," said Siti.',
        [('We lost everything,', 'Siti Aminah binti Yusof', None, None, 'Siti', 'said')],
    ),
    "a Malay name repeating its hereditary title before the father's name is one person (Nik Fadzil Nik Mat)": (
        'Floods in Johor\n\nNatural Resources and Environmental Sustainability Minister Nik Fadzil Nik Mat, '
        'speaking to reporters at Parliament, defended the programme.\n\n"The projects are 70 per cent '
        'complete," he said.',
        [('The projects are 70 per cent complete,', 'Nik Fadzil Nik Mat',
          'Natural Resources and Environmental Sustainability Minister', None, 'he', 'said')],
    ),
    "'Engr.' before a name, as Philippine news writes an engineer's title, opens the name": (
        'Marikina flood\n\n"The river did exactly what we predicted it would do," said Engr. Ricardo '
        "Manalastas, head of the city's disaster office, in an interview.",
        [('The river did exactly what we predicted it would do,', 'Ricardo Manalastas', 'head',
          "city's disaster office", 'Ricardo Manalastas', 'said')],
    ),
    "'Ir' (a registered engineer) after an honour opens a name whose first word the tagger read as 'nor'": (
        'Floods\n\nMeanwhile, the Department of Irrigation and Drainage director-general Datuk Ir Nor Azlan '
        'Jaafar said in a statement that all stations had been checked.\n\n"All 317 flood-forecasting stations '
        'have been tested," he said.',
        [('All 317 flood-forecasting stations have been tested,', 'Nor Azlan Jaafar', None, None, 'he', 'said')],
    ),
    "a minister's portfolio of a list with commas and 'and', then the name set off: the whole title": (
        'Housing plan\n\nThe Minister for Housing, Local Government and Heritage, Darragh Quinlan, said the '
        'scheme would go ahead. "We will not be deterred," Mr Quinlan said.',
        [('We will not be deterred,', 'Darragh Quinlan', 'Minister for Housing, Local Government and Heritage', None,
          'Quinlan', 'said')],
    ),
    "a portfolio list the parse runs on into the name set off after it: the whole title still the person's": (
        'Childcare row\n\nThe Minister for Children, Equality, Disability, Integration and Youth, Aoife '
        'Brennan, disagreed. "This is wrong," she said.',
        [('This is wrong,', 'Aoife Brennan', 'Minister for Children, Equality, Disability, Integration and Youth',
          None, 'she', 'said')],
    ),
    "a portfolio with 'and the' before a name written right after it (Sustainability and the Environment)": (
        'Sea walls\n\nMinister for Sustainability and the Environment Grace Lim Hui Min said: "We will act."',
        [('We will act.', 'Grace Lim Hui Min', 'Minister for Sustainability and the Environment', None,
          'Grace Lim Hui Min', 'said')],
    ),
    "'Senior Minister of State for' a portfolio with 'and the', a name after it the recogniser took into a body": (
        'Flash floods\n\nSenior Minister of State for Sustainability and the Environment Daniel Seow, who '
        'visited residents, said: "We are ready."',
        [('We are ready.', 'Daniel Seow', 'Senior Minister of State for Sustainability and the Environment', None,
          'Daniel Seow', 'said')],
    ),
    "a country's minister of a portfolio list ending 'and the ...', the name set off after it": (
        "Royalties case\n\nNigeria's Minister of Art, Culture and the Creative Economy, Adaeze Okoro, wrote on "
        'X: "We are following the case."',
        [('We are following the case.', 'Adaeze Okoro', 'Minister of Art, Culture and the Creative Economy',
          'Nigeria', 'Adaeze Okoro', 'wrote')],
    ),
    "guard: a chief executive 'of' a body of two words keeps the body as affiliation, no portfolio": (
        'New service\n\n"TPX3 delivers exactly that," said Rafael Dominguez, Chief Commercial Officer of '
        'Meridia Lines.',
        [('TPX3 delivers exactly that,', 'Rafael Dominguez', 'Chief Commercial Officer', 'Meridia Lines',
          'Rafael Dominguez', 'said')],
    ),
    'guard: a one-word portfolio and a name after it stay apart (Minister for Transport Ros Tennant)': (
        'Rail deal\n\nWestern Australian Minister for Transport Ros Tennant welcomed the agreement. "It is good'
        ' news," Tennant said.',
        [('It is good news,', 'Ros Tennant', 'Minister for Transport', 'Western Australian', 'Tennant', 'said')],
    ),
    "guard: a body after a minister's portfolio and 'and' is no word of the portfolio (Electricity and Eskom)": (
        'Court order\n\nThe case was brought against the Minister of Electricity and Eskom. "We will comply," '
        'Eskom said.',
        [('We will comply,', 'Eskom', None, None, 'Eskom', 'said')],
    ),
    "a press release's quote paragraphs, each alone, then a line only naming who said them ('The Honourable')": (
        'Canada and First Nation sign settlement\n\nToday, Chief Celeste Kwiyalt of the Skelkwa First Nation '
        'announced the agreement.\n\n"Our members spoke with one voice," she said.\n\nQuotes\n\n"Canada took this '
        'land without consent. That was wrong.\n\n"I want to thank Chief Kwiyalt for her patience."\n\nThe '
        'Honourable Marguerite Doyle-Nakamura, Minister of Crown-Indigenous Relations\n\n"This settlement is '
        'not the end of that story."\n\nChief Celeste Kwiyalt, Skelkwa First Nation',
        [('Our members spoke with one voice,', 'Celeste Kwiyalt', 'Chief', 'Skelkwa First Nation', 'she', 'said'),
         ('Canada took this land without consent. That was wrong.', 'Marguerite Doyle-Nakamura',
          'Minister of Crown-Indigenous Relations', None, 'Marguerite Doyle-Nakamura', None),
         ('I want to thank Chief Kwiyalt for her patience.', 'Marguerite Doyle-Nakamura',
          'Minister of Crown-Indigenous Relations', None, 'Marguerite Doyle-Nakamura', None),
         ('This settlement is not the end of that story.', 'Celeste Kwiyalt', 'Chief', 'Skelkwa First Nation',
          'Celeste Kwiyalt', None)],
    ),
    "guard: a quote paragraph then a line of the writer's with a verb is no signature": (
        'Settlement signed\n\nChief Celeste Kwiyalt of the Skelkwa First Nation spoke first.\n\n"This settlement '
        'is not the end of that story."\n\nMarguerite Doyle-Nakamura signed for Canada',
        [('This settlement is not the end of that story.', 'Celeste Kwiyalt', 'Chief', 'Skelkwa First Nation',
          'Celeste Kwiyalt', None)],
    ),
    "a one-word body the recogniser took for a person where it speaks, a body more often elsewhere: 'the utility'": (
        "South Africa's Eskom moves to Stage 6 power cuts\n\nJOHANNESBURG, May 14 (Reuters) - South Africa's "
        'state power utility Eskom said on Tuesday it would implement Stage 6 load-shedding from 4 p.m. until'
        ' further notice.\n\nEskom said in a statement that unplanned breakdowns had climbed above 17,500 '
        'megawatts overnight.\n\n"We regret having to take this step," the utility said.',
        [('We regret having to take this step,', 'Eskom', None, None, 'the utility', 'said')],
    ),
    "a company named by its trade 'of' its town, a 'which' clause after the town, then 'the company said'": (
        'Ferry contract\n\nClyde Marine Fabricators of Port Glasgow, which was eliminated at the pre-'
        'qualification stage, said it was "bitterly disappointed".\n\nIn a statement, the company said: "We '
        'have the skills and the workforce to build these vessels."',
        [('We have the skills and the workforce to build these vessels.', 'Clyde Marine Fabricators', None, None,
          'the company', 'said')],
    ),
    'a company named by its trade (Infrastructure) speaks later by its first word alone': (
        'Data centre row\n\nThe plan would allow Larkhill Digital Infrastructure, a subsidiary of a US cloud '
        'company, to seek planning permission.\n\nLarkhill said in a statement: "We have engaged extensively '
        'with the local community."',
        [('We have engaged extensively with the local community.', 'Larkhill Digital Infrastructure', None, None,
          'Larkhill', 'said')],
    ),
    "a name opening the sentence with a role and a 'who' clause after it, the parse giving the cue no subject": (
        'Injury\n\nDr Miriam Osei, a sports physician who has treated elite runners but is not involved in '
        'Wolde\'s care, said a grade-two tear typically took "six to eight weeks" to heal.',
        [('six to eight weeks', 'Miriam Osei', 'sports physician', None, 'Miriam Osei', 'said')],
    ),
    'a name with a particle after a company and title in one entity is a person of their own (de Graaf)': (
        'Port deal\n\n"We looked at several options," Van Hoorn Chief Executive Annelies de Graaf said in a '
        'statement. She added: "Sahab shares our view."',
        [('We looked at several options,', 'Annelies de Graaf', 'Chief Executive', 'Van Hoorn', 'Annelies de Graaf',
          'said'),
         ('Sahab shares our view.', 'Annelies de Graaf', 'Chief Executive', 'Van Hoorn', 'She', 'added')],
    ),
    'a portfolio list before a Korean name: the name, its given name hyphened in small letters, is no portfolio word': (
        'Culture budget\n\nMinister of Culture, Sports and Tourism Park Bo-gyoon said the plan was sound. "We '
        'will proceed," Park said.',
        [('We will proceed,', 'Park Bo-gyoon', 'Minister of Culture, Sports and Tourism', None, 'Park', 'said')],
    ),
    'a given name of the tables and a hyphened surname no entity holds, an age after them: a person': (
        "Graft trial\n\nTestifying before the court's Fifth Division, Marites Dulay-Pascual, 39, said the money"
        ' came in "brown envelopes and sometimes rice sacks".\n\n"I was instructed to count the money," Dulay-'
        'Pascual said.',
        [('brown envelopes and sometimes rice sacks', 'Marites Dulay-Pascual', None, None, 'Marites Dulay-Pascual',
          'said'),
         ('I was instructed to count the money,', 'Marites Dulay-Pascual', None, None, 'Dulay-Pascual', 'said')],
    ),
    "a ministry of two portfolios joined by 'and the' is one body (Sustainability and the Environment)": (
        'Sea walls\n\nThe Ministry of Sustainability and the Environment said in a statement: "The Government '
        'will continue to work closely with industry."',
        [('The Government will continue to work closely with industry.',
          'Ministry of Sustainability and the Environment', None, None,
          'Ministry of Sustainability and the Environment', 'said')],
    ),
    "a colon after 'His account ...', a thing of someone's told by a participle: the one 'his' stands for": (
        'Flood survivors\n\nRomeo Dela Paz, a 45-year-old tricycle driver, spent the night of the flood on his '
        'roof. His account, told slowly over coffee, is worth hearing in full:\n\n"We heard the siren around '
        'midnight, but we thought we had time."',
        [('We heard the siren around midnight, but we thought we had time.', 'Romeo Dela Paz', 'tricycle driver',
          None, 'His', 'told')],
    ),
    "a surname the tagger read as a pronoun ('Ong briefly addressed'), then 'he said': the one named in full": (
        'Procurement manager jailed\n\nDesmond Ong Chee Keong, 51, pleaded guilty to five charges under the '
        'Prevention of Corruption Act.\n\nOng\'s lawyer, Mr Kelvin Ramasamy, said his client was "deeply '
        'remorseful".\n\n"He has lost his career, his reputation and his savings," Mr Ramasamy said.\n\nOng '
        'briefly addressed the court before sentence was passed. "I am sorry for what I have done," he said, '
        'his voice breaking.',
        [('He has lost his career, his reputation and his savings,', 'Kelvin Ramasamy', 'lawyer', None, 'Ramasamy',
          'said'),
         ('I am sorry for what I have done,', 'Desmond Ong Chee Keong', None, None, 'he', 'said')],
    ),
    "a given name opening a company's name its trade ends: the company's short name, not a woman 'she' stands for": (
        'Venture funds\n\nLaura Medina is the founding partner of Sierra Alta Capital, one of the oldest '
        'venture firms in Spain.\n\nSierra Alta has backed 40 companies since 2006, she says. "Most of them '
        'were too early for everyone else," she says.',
        [('Most of them were too early for everyone else,', 'Laura Medina', 'founding partner',
          'Sierra Alta Capital', 'she', 'says')],
    ),
    "a company's name then its legal form 'hf.': the first word alone is the company, not who 'he' stands for": (
        'Quota sale\n\nThe village has an offer from Hafvík hf., a large seafood group. Einar Magnússon is the '
        'chief executive of Hafvík.\n\nAsked whether Hafvík would sign a binding promise, Einar paused. "We '
        'will put what we can in writing," he said.',
        [('We will put what we can in writing,', 'Einar Magnússon', 'chief executive', 'Hafvík', 'he', 'said')],
    ),
    "a shipping company named with 'Line': no person, not who 'she' stands for": (
        'Green ships\n\nMette Lund-Hansen runs Skagen Line, a family-owned ferry operator. Skagen Line has '
        'ordered four methanol ferries.\n\nI asked her whether the order was a gamble. "It is a bet on the '
        'fuel," she says.',
        [('It is a bet on the fuel,', 'Mette Lund-Hansen', None, None, 'she', 'says')],
    ),
    "a given name alone, one person's only, the subject though the recogniser took it for a body: that person": (
        'Quota fight\n\nGuðrún Jónsdóttir runs the fish plant. Her sister, Sigríður Jónsdóttir, a lawyer, wants '
        'to sell.\n\n"I love this place," Sigríður says.\n\nGuðrún has heard such promises before. "They said '
        'the same thing there," she says.',
        [('I love this place,', 'Sigríður Jónsdóttir', 'lawyer', None, 'Sigríður', 'says'),
         ('They said the same thing there,', 'Guðrún Jónsdóttir', None, None, 'she', 'says')],
    ),
    "'Don' before a given name of the tables: a courtesy title, out of the name and no body": (
        'Coffee prices\n\nDon Ernesto Salcedo Rivas, 68, is already walking the rows of coffee trees behind his '
        'house.\n\n"We are selling at a loss," he said.',
        [('We are selling at a loss,', 'Ernesto Salcedo Rivas', None, None, 'he', 'said')],
    ),
    "guard: 'Don' before a surname is a given name and stays in the name (Don Bacon)": (
        'Budget vote\n\n"We are not leaving the table," Rep. Don Bacon said.',
        [('We are not leaving the table,', 'Don Bacon', 'Representative', None, 'Don Bacon', 'said')],
    ),
    "'Adv' (an Indian advocate's title) before a name: out of the name": (
        'Fee hike\n\nOpposition MLA Adv Sanjay Pawar-Jadhav said the increase would shut out poor students. '
        '"The doors are open only for those who can pay," he said.',
        [('The doors are open only for those who can pay,', 'Sanjay Pawar-Jadhav', 'Opposition MLA', None, 'he',
          'said')],
    ),
    'a hyphened given name, a particle and a surname the recogniser took for a body, set beside a role: a person': (
        "Drone sightings\n\nThe airport's director, Marie-Hélène de Castelnau, described a long morning for "
        'staff. "Every time we thought we could reopen, another sighting came in," she said.',
        [('Every time we thought we could reopen, another sighting came in,', 'Marie-Hélène de Castelnau',
          'director', 'airport', 'she', 'said')],
    ),
    "an airline named with 'Air' after a place: a body, what 'the airline' stands for": (
        "Drone sightings\n\nLoire Air, the airport's largest carrier, said it had cancelled 58 flights and was "
        'offering free rebooking. "We apologise to our customers for a disruption," the airline said.',
        [('We apologise to our customers for a disruption,', 'Loire Air', None, None, 'the airline', 'said')],
    ),
    "guard: a one-word name before 'as' in small letters is no company of the legal form AS": (
        'Climate\n\nMr. Obama flew here. The threat inspired Mr. Obama as nothing else had. "It is a '
        'slow-moving issue," he said.',
        [('It is a slow-moving issue,', 'Obama', None, None, 'he', 'said')],
    ),
    'a given name of the tables the tagger took for a plural noun, a particle, a surname and an age: a person': (
        'Drone chaos\n\n17:50 We have been speaking to passengers in the departure hall, where the queue now '
        'stretches out of the door. Marloes de Jong, 34, was due to fly to Lisbon for a wedding. "I am the '
        'bridesmaid," she said.',
        [('I am the bridesmaid,', 'Marloes de Jong', None, None, 'she', 'said')],
    ),
    "a body's other name after 'known as': the body's, its full name the speaker's": (
        'Rates held\n\nThe decision by the nine-member Monetary Policy Committee, known as Copom, was '
        'unanimous. "The committee judges that the environment demands serenity," the Copom said in a '
        'statement.',
        [('The committee judges that the environment demands serenity,', 'Monetary Policy Committee', None, None,
          'Copom', 'said')],
    ),
    "an Irish surname's 'Mac' after a woman's given name tells no gender: 'she' is hers": (
        'Student beds\n\nThe registrar, Dr Fionnuala Mac Giolla Phádraig, said the college had converted two '
        'floors of a hotel. Gráinne Walsh, a student, has slept in her car since September.\n\n"It is not a '
        'long-term answer," Dr Mac Giolla Phádraig said. "We have the land," she said.',
        [('It is not a long-term answer,', 'Fionnuala Mac Giolla Phádraig', 'registrar', None, 'Mac Giolla Phádraig',
          'said'),
         ('We have the land,', 'Fionnuala Mac Giolla Phádraig', 'registrar', None, 'she', 'said')],
    ),
    'a participle on a verb that issues a speech noun: the sender speaks, not who reports the sending': (
        'Course closed\n\nRohan Patel, her barrister, spoke first. He said the university had sent students an '
        'email in June stating that existing students would be "fully taught out" by the end.',
        [('fully taught out', 'university', None, None, 'the university', 'stating')],
    ),
    "guard: a participle after what someone said is theirs ('adding')": (
        'Budget\n\nSanders said the process could be long, adding that it would be "messy and loud" for months.',
        [('messy and loud', 'Sanders', None, None, 'Sanders', 'adding')],
    ),
    "two of one surname: the surname alone after the paragraph that met the second, a relative, first: the second's": (
        'Conviction overturned\n\nTibbs was convicted of killing Kristen Sutter in 1998. The only evidence was '
        "a bite mark on Sutter's shoulder. Sutter's family had followed every hearing.\n\nKristen Sutter's "
        'older sister, Deborah Kay Sutter, said that for years she had been certain Tibbs was the '
        'killer.\n\n"For 26 years I hated a man I had never met," Sutter said.',
        [('For 26 years I hated a man I had never met,', 'Deborah Kay Sutter', "Kristen Sutter's older sister", None,
          'Sutter', 'said')],
    ),
    "'the letter said' after 'a letter that X wrote': the writer's words": (
        'Oxygen deaths\n\nDr. Rajeev Kumar Saxena, 58, is on trial. The prosecution read out a letter that Dr. '
        'Saxena wrote to the state medical council in July.\n\n"I accept that I should have escalated sooner," '
        'the letter said.',
        [('I accept that I should have escalated sooner,', 'Rajeev Kumar Saxena', None, None, 'the letter', 'said')],
    ),
    "'the VC' after a vice-chancellor named: that person (office_abbreviations.tsv)": (
        'Fee hike\n\nVice-Chancellor Prof R Venkataraman Iyer met a delegation of students on Monday.\n\n"Our '
        'fees had not been revised since 2016," the VC said.',
        [('Our fees had not been revised since 2016,', 'R Venkataraman Iyer', 'Vice-Chancellor', None, 'the VC',
          'said')],
    ),
    "a full name the recogniser took for a nationality, set beside a person's noun after its comma: a person": (
        'Olive oil\n\n"Our members have been through the worst of times," says Rafael Castillo Ortega, the '
        "cooperative's manager.\n\nHis niece, Lucía Castillo Moreno, is the cooperative's agronomist, and "
        "spends her days in members' groves advising on irrigation and pruning. She is no more cheerful than "
        'her uncle. "The old groves cost twice as much to farm," she says.',
        [('Our members have been through the worst of times,', 'Rafael Castillo Ortega', 'manager', 'cooperative',
          'Rafael Castillo Ortega', 'says'),
         ('The old groves cost twice as much to farm,', 'Lucía Castillo Moreno', None, None, 'she', 'says')],
    ),
    "guard: a party tag in brackets after a person's noun is no person ('niece, state Del. X (D-Newport News)')": (
        'Rally\n\n"This is a big year for our potential United States senator, Bobby Scott!" Scott\'s niece, '
        'state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd. "The nation is watching '
        'Virginia."',
        [('This is a big year for our potential United States senator, Bobby Scott!', 'Marcia Price', 'Delegate',
          'Democratic Party', 'Marcia "Cia" Price', 'shouted'),
         ('The nation is watching Virginia.', 'Marcia Price', 'Delegate', 'Democratic Party', 'Marcia "Cia" Price',
          'shouted')],
    ),
    'an owner the parse read as an adjective before a curly possessive: the body, not a word of the role': (
        'Olive oil\n\n“Our members are tired of the swings,” says Rafael Castillo Ortega, the cooperative’s '
        'manager.',
        [('Our members are tired of the swings,', 'Rafael Castillo Ortega', 'manager', 'cooperative',
          'Rafael Castillo Ortega', 'says')],
    ),
    "a quote paragraph, then a paragraph that opens 'The words belong to X': X's": (
        'Plant closing\n\nOutside the gates, the mood was subdued.\n\n"It felt like the future when I started. '
        'Now it feels like every other place round here that has shut."\n\nThe words belong to Lee Garside, 34, '
        'a quality inspector who joined the company five years ago.',
        [('It felt like the future when I started. Now it feels like every other place round here that has shut.',
          'Lee Garside', 'quality inspector', None, 'Lee Garside', 'words')],
    ),
    "a quote paragraph, then a paragraph that opens 'Those words came from X': X's": (
        'Lithium\n\n"There is no serious study that links our operations to that spring. None."\n\nThose words '
        'came from Rodrigo Echeverría Larraín, chief executive of Minera Altiplano.',
        [('There is no serious study that links our operations to that spring. None.', 'Rodrigo Echeverría Larraín',
          'chief executive', 'Minera Altiplano', 'Rodrigo Echeverría Larraín', 'words')],
    ),
    "guard: a quote paragraph, then a paragraph whose words are someone else's subject, names no one": (
        'Lithium\n\n"There is no serious study that links our operations to that spring. None."\n\nThe words of '
        'the study were dry, Marta Quispe said.',
        [('There is no serious study that links our operations to that spring. None.', None, None, None, None, None)],
    ),
    "'who swore him in' is an oath, no report: a quote paragraph after it is not the oath-giver's": (
        'Drug court\n\nDistrict Judge Harold Abernathy keeps a shoebox under his desk.\n\n"That criticism is '
        'fair," the judge said.\n\nHe credits much of his thinking to his mentor, the late Circuit Judge Ida '
        'Mae Combs, who swore him in.\n\n"Judge Combs told me my first week that the robe does not make you '
        'smart. I have thought about that every day."',
        [('That criticism is fair,', 'Harold Abernathy', 'District Judge', None, 'the judge', 'said'),
         ('Judge Combs told me my first week that the robe does not make you smart. I have thought about that '
          'every day.',
          'Harold Abernathy', 'District Judge', None, 'He', None)],
    ),
    "a live blog's byline ('Live updates by X and Y, desk. All times CET.') names writers, none a description fits": (
        'LIVE: Tractors roll into The Hague\n\nLive updates by Ellen Brouwer and Sam Okafor, Netherlands desk. '
        'All times CET.\n\n17:42 - That is all from us\n\nFour people were detained during the day, and the '
        'agriculture minister has promised a revised buyout scheme.\n\n17:15 - Minister: "Some of the anger is '
        'justified"\n\nAgriculture Minister Femke de Wit-Hoogland has spoken briefly to reporters at the '
        'ministry.',
        [('Some of the anger is justified', 'Femke de Wit-Hoogland', 'Agriculture Minister', None, 'Minister', None)],
    ),
    "a body noun 'its' owns ('Its board said'): the body 'its' stands for, not the words as written": (
        'Wind farm\n\nThe Norwegian Farmers Union has backed the herders. Its board said the state was '
        '"repeating the mistakes of Fosen with its eyes open".',
        [('repeating the mistakes of Fosen with its eyes open', 'Norwegian Farmers Union', None, None, 'Its board',
          'said')],
    ),
    "'the post says' after 'X has just posted': the noun names the act of the verb before it, X's": (
        'Live: Storm grounds flights\n\n18:40 Rijnmond Airport has just posted on X that runway 24 will reopen '
        'from 20:00. "Passengers should not travel to the airport unless their airline has confirmed their '
        'flight," the post says.',
        [('Passengers should not travel to the airport unless their airline has confirmed their flight,',
          'Rijnmond Airport', None, None, 'the post', 'says')],
    ),
    "'the tweet said' after 'X tweeted': X's": (
        'Vote\n\nSenator Maria Lopez tweeted on Friday that the bill was dead. "We will try again next year," '
        'the tweet said.',
        [('We will try again next year,', 'Maria Lopez', 'Senator', None, 'the tweet', 'said')],
    ),
    'a dateline in accented capitals is no subject (BRASÍLIA, March 20 (Prensa Austral) -)': (
        "Brazil central bank holds Selic\n\nBRASÍLIA, March 20 (Prensa Austral) - Brazil's central bank held "
        'its benchmark rate at 11.75% on Wednesday, saying it would remain "patient and vigilant" as doubts '
        'grow.',
        [('patient and vigilant', "Brazil's central bank", None, None, "Brazil's central bank", 'saying')],
    ),
    'a transcript label in accented capitals inside the quote': (
        'Cadena Sur host Tomás Ibáñez spoke with Ana Núñez.\n\n"IBÁÑEZ: Let us start with the breaking '
        'news.\n\n"NÚÑEZ: Well, the question really should be asked."',
        [('IBÁÑEZ: Let us start with the breaking news.', 'Tomás Ibáñez', 'host', 'Cadena Sur', 'IBÁÑEZ', None),
         ('NÚÑEZ: Well, the question really should be asked.', 'Ana Núñez', None, None, 'NÚÑEZ', None)],
    ),
    "'told' ending a headline with no one told is passive: the court told says nothing; the body's speaker does": (
        'Technician "signed off work he never did", Madrid court told\n\nMADRID - A former aircraft technician '
        'went on trial on Monday.\n\nOpening the case, prosecutor Marta Herrero de la Fuente told the panel '
        'that Morales had "signed off work he never did" to meet turnaround targets.',
        [('signed off work he never did', 'Marta Herrero de la Fuente', 'prosecutor', None,
          'Marta Herrero de la Fuente', 'told'),
         ('signed off work he never did', 'Marta Herrero de la Fuente', 'prosecutor', None,
          'Marta Herrero de la Fuente', 'told')],
    ),
    "guard: 'told' in a headline with those told after it keeps its subject": (
        'Minister told MPs the plan was "dead in the water"\n\nThe housing minister, Carla Benn, spoke on '
        'Monday.',
        [('dead in the water', 'Carla Benn', 'housing minister', None, 'Minister', 'told')],
    ),
    'a hyphened given name, a particle in capitals and a surname, unmarked after a dateline, is a person': (
        'Club owner turns down fund\n\nPORT-KERLANN – Jean-Baptiste Le Goff receives visitors in an office '
        'above the old cannery his grandfather founded.\n\n"People think a football president is a rich man '
        'playing with a toy," he says.',
        [('People think a football president is a rich man playing with a toy,', 'Jean-Baptiste Le Goff', None, None,
          'he', 'says')],
    ),
    "of namesakes, the surname alone after a relative named as the speaker's is the one who has spoken": (
        'Miners fight eviction\n\nJean-Pierre Ilunga Mukendi has spent thirty years in the diggings. "Everyone '
        'films us. Nobody asks us what we want," Ilunga said.\n\nIlunga’s eldest son, Patrick Ilunga, 24, also '
        'works as a digger. His father had hoped for something different. "I sent him to school so he would not '
        'have to do this," Ilunga said quietly.',
        [('Everyone films us. Nobody asks us what we want,', 'Jean-Pierre Ilunga', None, None, 'Ilunga', 'said'),
         ('I sent him to school so he would not have to do this,', 'Jean-Pierre Ilunga', None, None, 'Ilunga', 'said')],
    ),
    "guard: of namesakes, the surname after a relative's paragraph is the relative's if the other never spoke": (
        'Conviction overturned\n\nTibbs was convicted of strangling Kristen Sutter in 1998.\n\nKristen Sutter’s '
        'older sister, Deborah Kay Sutter, said that for years she had been certain Tibbs was the '
        'killer.\n\n"For 26 years I hated a man I had never met, because the state told me to," Sutter said.',
        [('For 26 years I hated a man I had never met, because the state told me to,', 'Deborah Kay Sutter',
          "Kristen Sutter's older sister", None, 'Sutter', 'said')],
    ),
    "a Ghanaian chief's title and a woman's form of address before the name are no part of it (Nana, Maame)": (
        'Chiefs give miners two weeks\n\nThe Omanhene of the Asankrase Traditional Area, Nana Kwabena '
        'Asante-Boateng II, said the river ran "the colour of milk tea".\n\n"We drank from this river," Nana '
        'Asante-Boateng said.\n\nMaame Akosua Owusu, a cocoa farmer, lost her trees. "They came at night with '
        'machines," she said.',
        [('the colour of milk tea', 'Kwabena Asante-Boateng II', None, None, 'Kwabena Asante-Boateng II', 'said'),
         ('We drank from this river,', 'Kwabena Asante-Boateng II', None, None, 'Asante-Boateng', 'said'),
         ('They came at night with machines,', 'Akosua Owusu', 'cocoa farmer', None, 'she', 'said')],
    ),
    "a company named by a miner's trade, before its shares, then the company": (
        'Zambia miners strike\n\nMeridian Base Metals shares fell 3.1% in London. The company said it did not '
        'expect the stoppage to affect guidance "at this stage".',
        [('at this stage', 'Meridian Base Metals', None, None, 'The company', 'said')],
    ),
    'a name unmarked before the letters of the bar, which the recogniser took for a body, after a title': (
        'Court hears graves case\n\nPRETORIA - Advocate Thandeka Nkosi SC, for the association, told the judge '
        'that the consultation process was "a consultation in name only".',
        [('a consultation in name only', 'Thandeka Nkosi', 'Advocate', None, 'Thandeka Nkosi SC', 'told')],
    ),
    "a quote, then 'The words of X' opening the next sentence": (
        'Tower block row\n\n"They are telling us this is regeneration. It is not, it is displacement." The '
        'words of Imran Chaudhry, chairman of the Ravensmoor Tenants Association, drew the loudest cheer of the '
        'night.',
        [('They are telling us this is regeneration. It is not, it is displacement.', 'Imran Chaudhry', 'chairman',
          'Ravensmoor Tenants Association', 'Imran Chaudhry', 'words')],
    ),
    "guard: a quote, then 'The words' with no one's after them names no one": (
        'Tower block row\n\n"They are telling us this is regeneration. It is not, it is displacement." The '
        'words drew the loudest cheer of the night.',
        [('They are telling us this is regeneration. It is not, it is displacement.', None, None, None, None, None)],
    ),
    "of namesakes, the surname alone after a relative's paragraph is the one who has spoken, kin of any kind": (
        'Island negotiator\n\n"When I was a girl, the beach was so wide we played rugby on it," says Losana '
        "Tuivaga.\n\nTuivaga, 46, is Fiji's deputy lead negotiator on adaptation.\n\nHer uncle, Josaia Tuivaga, "
        'the village chief, remembers her as a child who asked too many questions.\n\nHer mother, Mereani '
        'Tuivaga, is more blunt. "She was always arguing," she says.\n\nTuivaga joined the foreign ministry in '
        '2011. Her first summit was a shock.\n\n"I remember sitting in a room at four in the morning while '
        'delegates argued about one word," she says.',
        [('When I was a girl, the beach was so wide we played rugby on it,', 'Losana Tuivaga',
          'deputy lead negotiator', 'Fiji', 'Losana Tuivaga', 'says'),
         ('She was always arguing,', 'Mereani Tuivaga', "Losana Tuivaga's mother", None, 'she', 'says'),
         ('I remember sitting in a room at four in the morning while delegates argued about one word,',
          'Losana Tuivaga', 'deputy lead negotiator', 'Fiji', 'she', 'says')],
    ),
    'a title of engineers before a name in Czech news is no part of it (Ing.), the name after the cue': (
        'Prague club names coach\n\n"Radek was our first choice from the very beginning," said Ing. Pavel '
        'Hrubý, Chairman of the Board of Directors of FK Vltavan Praha.',
        [('Radek was our first choice from the very beginning,', 'Pavel Hrubý', 'Chairman',
          'Board of Directors of FK', 'Pavel Hrubý', 'said')],
    ),
    'someone identified only by their surname in a participle on the noun set beside the subject': (
        'Engineer jailed\n\nDuring the trial, the court heard from more than 20 witnesses. One of them, a '
        'Seorak engineer identified in court documents only by his surname, Bang, testified in October that Kim '
        'had offered him a salary "three times what Seorak pays" to move to Japan.',
        [('three times what Seorak pays', 'Bang', 'engineer', None, 'Bang', 'testified')],
    ),
    "a Korean name whose family name the tagger took for an English word ('Do')": (
        "Summit in Busan\n\nThe city's mayor, Do Gyeong-hwan, hosted a dinner for the two delegations on Friday "
        'night. "Our fish markets have been doing this for decades," he told guests.',
        [('Our fish markets have been doing this for decades,', 'Do Gyeong-hwan', 'mayor', 'city', 'he', 'told')],
    ),
    "'Those were the words of' a role's noun with the name set beside it": (
        "Summit in Busan\n\n“Busan is where Korea meets Japan every day.” Those were the words of the city's "
        'mayor, Park Gyeong-hwan, who hosted a dinner for the two delegations on Friday night. “Our fish '
        'markets have been doing this for decades,” he told guests.',
        [('Busan is where Korea meets Japan every day.', 'Park Gyeong-hwan', None, None, 'Park Gyeong-hwan', 'words'),
         ('Our fish markets have been doing this for decades,', 'Park Gyeong-hwan', None, None, 'he', 'told')],
    ),
    'a dateline with the country and the date after the place': (
        "Port trial\n\nSANTOS, Brazil, Nov. 4 - A former yard supervisor at one of Brazil's busiest container "
        'terminals told a federal court on Tuesday that he had "never touched a seal" in his life.',
        [('never touched a seal', None, 'former yard supervisor', "Brazil's busiest container terminals",
          "A former yard supervisor at one of Brazil's busiest container terminals", 'told')],
    ),
    "a name set off before the cue whose subject the parse made a participle: 'whose chief executive, X, said'": (
        'Coast report\n\nThe network has backing from the Fishing Communities Alliance, whose chief executive, '
        'Dougie McTavish, said in a letter to the minister that coastal decline was "not just an environmental '
        'story, but an economic one."',
        [('not just an environmental story, but an economic one.', 'Dougie McTavish', 'chief executive',
          'Fishing Communities Alliance', 'Dougie McTavish', 'said')],
    ),
    'a hyphened surname the parse read as a modifier after the title, joined so before in the full name': (
        'Court hears graves case\n\nPRETORIA - The association told Judge Lindiwe Mahlangu-Khoza that the '
        'process was flawed.\n\nJudge Mahlangu-Khoza reserved judgment. "I do not want to find myself deciding '
        'a case about graves that no longer exist," she said.',
        [('I do not want to find myself deciding a case about graves that no longer exist,',
          'Lindiwe Mahlangu-Khoza', 'Judge', None, 'she', 'said')],
    ),
    "a headline's short given name and surname is the person named in full below (Inma, Inmaculada)": (
        'The second act of Inma Vallejo\n\nFor a generation of Spanish listeners, Inmaculada Vallejo de la '
        'Fuente needs no introduction.\n\n"People imagine something dramatic," Vallejo says now.',
        [('People imagine something dramatic,', 'Inmaculada Vallejo de la Fuente', None, None, 'Vallejo', 'says')],
    ),
    'of unrelated namesakes, the surname alone after the second is named set after a place in the subject': (
        "Port congestion\n\nThandeka Dlamini, chairperson of the residents' forum, said trucks were blocking "
        'driveways.\n\nCoastal Terminals’ managing executive for Durban, Sipho Dlamini, who is no relation, '
        'said spare parts had arrived.\n\n"We expect eight straddles back in operation by the weekend," Dlamini '
        'said.',
        [('We expect eight straddles back in operation by the weekend,', 'Sipho Dlamini', 'managing executive',
          'Coastal Terminals', 'Dlamini', 'said')],
    ),
    "'the housebuilder' and 'the chipmaker' after a company named by its trade": (
        'Village fights estate\n\nThe development would be built by Castlegate Homes on land north of the A361. '
        'The housebuilder said in a statement that the scheme would provide "much-needed affordable homes for '
        'local families".',
        [('much-needed affordable homes for local families', 'Castlegate Homes', None, None, 'The housebuilder',
          'said')],
    ),
    "a name the recogniser took for a person's, set off after a possessive's body noun, is the body's": (
        "Coach row\n\nCastellaro's main ultras group, Curva Nord 1946, unfurled a banner outside the training "
        'ground this afternoon.\n\nThe group later posted on X: "The club belongs to the people who sing for '
        'it, not to agents and accountants."',
        [('The club belongs to the people who sing for it, not to agents and accountants.', 'Curva Nord 1946', None,
          None, 'The group', 'posted')],
    ),
    "a name set beside 'the largest of' some bodies is a body, what 'the group' then stands for": (
        "Sale splits fans\n\nNot everyone welcomed the sale. Ribeira Sempre, the largest of the club's "
        'supporters\' groups, accused the board of having "once again put the balance sheet before the '
        'pitch".\n\n"We were promised a team that could compete in Europe," the group said in a statement '
        'posted on its website.',
        [('once again put the balance sheet before the pitch', 'Ribeira Sempre', None, None, 'Ribeira Sempre',
          'accused'),
         ('We were promised a team that could compete in Europe,', 'Ribeira Sempre', None, None, 'the group', 'said')],
    ),
    "'what it calls' after 'It' and the report with a quoted title and interviews: the report's publisher": (
        'Coast report\n\nA new report published today by the Coastal Guardians Network finds that one in five '
        'coastal flood defences could fail.\n\nThe report, "Rising Tides, Falling Defences", draws on '
        'government data and interviews with more than 120 people.\n\nIt calls on ministers to end what it '
        'calls "a postcode lottery" of flood protection.',
        [('a postcode lottery', 'Coastal Guardians Network', None, None, 'it', 'calls')],
    ),
    "'the union' after a union named in Spanish (Sindicato), past a ministry named since": (
        'Doctors strike\n\nThe strike was called by the Sindicato de Médicos Residentes (SIMER), which '
        'represents doctors in specialist training, after talks with the Ministry of Health broke down last '
        'week.\n\nAccording to the union, "more than 70 percent" of the residents joined.',
        [('more than 70 percent', 'Sindicato de Médicos Residentes', None, None, 'the union', 'According to')],
    ),
    "a partial quote a relative clause's subject gives 'as' what it calls something, under another's cue": (
        "Crew strike vote\n\nMarie Tremblay, the association's president, spoke on Monday. She said the "
        'association had proposed a pilot project limiting shooting days to fourteen hours, which the union '
        'rejected as "too little, too slowly".',
        [('too little, too slowly', 'union', None, None, 'the union', 'rejected')],
    ),
    "guard: an 'as' after the comma that ends a relative clause is the main verb's, whose subject speaks": (
        'Rally in Iowa\n\nLopez recalled Leonard Hill’s widow, Anita, who he helped, as “a great woman, and '
        'passed away, but passed away happy.”',
        [('a great woman, and passed away, but passed away happy.', 'Lopez', None, None, 'Lopez', 'recalled')],
    ),
    "a name taken for a person's that ends in a masthead's word is a paper, no one 'she' means": (
        'Live: by-election count\nClydeview Herald live | Last updated 03:14\n\nThat is where we will leave it '
        'for tonight. The returning officer has confirmed the turnout, which she described as "one of the '
        'healthiest in a decade".',
        [('one of the healthiest in a decade', None, None, None, 'she', 'described')],
    ),
    "a relative's noun set beside a name tells the gender over the name's table (Josefa, her nephew)": (
        'Summit diary\n\nLosana Tuivaga has negotiated for Fiji since 2015. Not everyone in the village shares '
        'her patience. Josefa Tuivaga, her 19-year-old nephew, thinks the summits are "a show for the '
        'cameras."\n\n"They talk and talk and the water still comes," he says.',
        [('a show for the cameras.', 'Josefa Tuivaga', None, None, 'Josefa Tuivaga', 'thinks'),
         ('They talk and talk and the water still comes,', 'Josefa Tuivaga', None, None, 'he', 'says')],
    ),
    'a name opening with a given name of the tables, set beside a role noun, that the recogniser took for a body': (
        "Festival row\n\nThe festival's general delegate, Jean-Baptiste du Plessis-Marchand, said the film "
        'would remain in competition.\n\nHe described the actress as "one of the great ladies of French '
        'cinema."',
        [('one of the great ladies of French cinema.', 'Jean-Baptiste du Plessis-Marchand', 'general delegate',
          'festival', 'He', 'described')],
    ),
    "a quote after a dateline, then 'That was X, describing ...' in the next paragraph": (
        'Senate race\n\nSAN ANTONIO — “I don’t even turn on the television anymore.”\n\nThat was Graciela '
        'Montoya-Ruiz, a school cafeteria manager, describing the advertising blitz in the Senate race.',
        [('I don’t even turn on the television anymore.', 'Graciela Montoya-Ruiz', 'school cafeteria manager', None,
          'Graciela Montoya-Ruiz', 'describing')],
    ),
    "a quote, then 'That was X, talking about ...' in the same paragraph": (
        'Senate race\n\n"Nobody asked us what we wanted." That was Rosa Delgado, a nurse, talking about the '
        'hospital closure.',
        [('Nobody asked us what we wanted.', 'Rosa Delgado', 'nurse', None, 'Rosa Delgado', 'talking')],
    ),
    "guard: 'That was a mistake' after a quote names no one": (
        'Senate race\n\n"We will not back down." That was a mistake, as it turned out.',
        [('We will not back down.', None, None, None, None, None)],
    ),
    "a headline's quote, a colon, then who said it after their body's possessive": (
        '“We lend to people the banks pretend not to see”: KoinWarung’s Ayu Kartika Sari on building a '
        'lender\n\nBy Bayu Prasetyo\n\nThe founder, 38, started the firm in 2017.',
        [('We lend to people the banks pretend not to see', 'Ayu Kartika Sari', 'founder', 'KoinWarung',
          'Ayu Kartika Sari', None)],
    ),
    "guard: a headline's quote, a colon, then words that name no one": (
        '“I’m not here to be liked”: the new face of the teachers’ union\n\nGareth Price has led the union for '
        'nine days.',
        [('I’m not here to be liked', None, None, None, None, None)],
    ),
    'a nickname inside a name with a double surname: the name runs on over the hyphen': (
        'Senate farewell\n\nSen. Augustina “Tina” Valdés-Corbett keeps a photograph behind her desk.\n\n"We '
        'forgot how to argue," Valdés-Corbett said.',
        [('We forgot how to argue,', 'Augustina Valdés-Corbett', 'Senator', None, 'Valdés-Corbett', 'said')],
    ),
    'a double surname met alone after the full name, its first half read as an adjective': (
        'Accession talks\n\n"Those are the chapters we still have to close," says Danijela Perović-Knežević, '
        'pointing at the board.\n\nPerović-Knežević, 47, a former diplomat, took over the team. "Every Monday I '
        'cross one out," she says.',
        [('Those are the chapters we still have to close,', 'Danijela Perović-Knežević', 'former diplomat', None,
          'Danijela Perović-Knežević', 'says'),
         ('Every Monday I cross one out,', 'Danijela Perović-Knežević', 'former diplomat', None, 'she', 'says')],
    ),
    'a title before a double surname whose first half is a title too (Chief Cardinal-Auger)': (
        'Housing deal\n\nThe deal was signed by Chief Harold Cardinal-Auger of Wapiti Creek Cree Nation.\n\n"We '
        'have families living three generations to a house," Chief Cardinal-Auger said.',
        [('We have families living three generations to a house,', 'Harold Cardinal-Auger', 'Chief', 'Cree Nation',
          'Cardinal-Auger', 'said')],
    ),
    'the Sikh and Tamil honorifics open a name and stay out of it (Sardar, Thiru)': (
        'Bill opposed\n\nSardar Balwinder Singh Dhillon, a farmer from Ludhiana, said the law had been drafted '
        'in haste. "The states run the polling booths," he said.\n\nThiru R. Kathiravan Pandiyan also voiced '
        'reservations. "Tamil Nadu sends lakhs of workers to the Gulf," he said.',
        [('The states run the polling booths,', 'Balwinder Singh Dhillon', 'farmer', None, 'he', 'said'),
         ('Tamil Nadu sends lakhs of workers to the Gulf,', 'R. Kathiravan Pandiyan', None, None, 'he', 'said')],
    ),
    "a place's word that ends the object of a title's 'of' stays out of the name (Tuzla Canton)": (
        'Hospital raid\n\nPrime Minister of Tuzla Canton Edin Ramić said he would not comment on the '
        'investigation. "Patients will not feel any consequences," he said.',
        [('Patients will not feel any consequences,', 'Edin Ramić', 'Prime Minister of Tuzla Canton', None, 'he',
          'said')],
    ),
    "'he replied' after a woman's question: the pronoun keeps to its gender, past the one who asked": (
        'Defection case\n\nSenior advocate Alok Shrivastava, for the Speaker, said the delay was due process. '
        'Justice Aparna Deshmukh-Rao pressed him.\n\n“Due process for nineteen months?” Justice Deshmukh-Rao '
        'asked.\n\n“With respect, the record runs to four thousand pages,” he replied.',
        [('Due process for nineteen months?', 'Aparna Deshmukh-Rao', 'Justice', None, 'Deshmukh-Rao', 'asked'),
         ('With respect, the record runs to four thousand pages,', 'Alok Shrivastava', 'senior advocate', None, 'he',
          'replied')],
    ),
    "a member's title after a hyphened place they serve, one person (Stikine-Nass MLA)": (
        'Pipeline vote\n\n"It is not my place to tell the nation who speaks for it," said Stikine-Nass MLA '
        'Nadine Crosby-Haldane.',
        [('It is not my place to tell the nation who speaks for it,', 'Nadine Crosby-Haldane', 'MLA', None,
          'Nadine Crosby-Haldane', 'said')],
    ),
    "a name the recogniser took for a person's that opens with another language's word for a party is a body": (
        'Port plan\n\nPascal Bérubé, a member for the North Shore, spoke first. Opposition parties weighed in '
        'after him. Parti Québécois MNAs said the project came first.\n\n"They chose the river in Montreal," he '
        'said.',
        [('They chose the river in Montreal,', 'Pascal Bérubé', 'member', 'North Shore', 'he', 'said')],
    ),
    "a description with 'a woman ... named X' beside it is X, not the woman named before": (
        'Water scandal\n\nThe current mayor, Gabriela Niculescu, has inherited the problem. "We have applied '
        'again," she said.\n\nIn the café opposite the town hall, someone has taped a cartoon to the wall. The '
        'owner, a woman in her fifties named Liliana Voinea, says nobody has asked her to take it down. '
        '“Before, I would not have dared,” she says.',
        [('We have applied again,', 'Gabriela Niculescu', 'current mayor', None, 'she', 'said'),
         ('Before, I would not have dared,', 'Liliana Voinea', None, None, 'she', 'says')],
    ),
    "'she remembers his advice:' before a quote: the words are his": (
        'Film profile\n\nHer first boss was Tunde Bello, a film editor, who hired her as a runner in 2006. '
        'Grace Okafor still remembers his advice on her first day: "Carry water, carry spare batteries."',
        [('Carry water, carry spare batteries.', 'Tunde Bello', 'film editor', None, 'his', 'remembers')],
    ),
    "guard: 'she recalls her own words:' keeps her as the speaker": (
        'Film profile\n\nGrace Okafor has directed four films. She recalls her own words to the crew on the '
        'first day: "Carry water, carry spare batteries."',
        [('Carry water, carry spare batteries.', 'Grace Okafor', None, None, 'She', 'recalls')],
    ),
    "a company named by its trade as a cinema chain's (Starlite Cinemas) is no one 'he' means": (
        'Box office\n\nTunde Bello, a distributor, said he was still owed money. One of those chains, Starlite '
        'Cinemas, said in an email that it honours all contracts.\n\n"We are small and they are big," he said.',
        [('We are small and they are big,', 'Tunde Bello', None, None, 'he', 'said')],
    ),
    "a body's name left unmarked after 'the', set off beside a party noun a possessive opens": (
        "Health minister held\n\nTuzla Canton's minister of health, Hajrudin Mujkić, was detained on "
        "Wednesday.\n\nMujkić's party, the Union for a Better Future, said in a statement that it backed the "
        'minister. "We expect the institutions to work professionally," the statement said.',
        [('We expect the institutions to work professionally,', 'Union for a Better Future', None, None,
          'the statement', 'said')],
    ),
    "a role noun's plural opening a sentence, tagged a name there, is a role, not a name": (
        'School report\n\nThe school was rated inadequate.\n\nInspectors, who visited over two days in March, '
        'wrote that lessons were “frequently disrupted by poor behaviour”.',
        [('frequently disrupted by poor behaviour', None, 'inspectors', None, 'Inspectors', 'wrote')],
    ),
    "'the company' after a statement to a paper is not the paper ('In a statement to the Herald')": (
        'Pipeline row\n\nThe hereditary chiefs met on Thursday. Northgate Resources did not send anyone to the '
        'meeting.\n\nIn a statement to the Herald, the company said it "continues to engage respectfully with '
        'all rights holders."',
        [('continues to engage respectfully with all rights holders.', 'Northgate Resources', None, None,
          'the company', 'said')],
    ),
    "'midstream' ends a pipeline operator's name, which 'the company' stands for": (
        'Pipeline row\n\nPacific Northern Midstream did not send a representative. The Skeena Band Council '
        'voted against the deal on Thursday.\n\nThe company said it "continues to engage respectfully with all '
        'rights holders."',
        [('continues to engage respectfully with all rights holders.', 'Pacific Northern Midstream', None, None,
          'The company', 'said')],
    ),
    "'the congresswoman' after 'Rep. X', a Representative, is X": (
        'Clinic closure\n\nMore than 300 people came to confront U.S. Rep. Theresa Dunleavy about the planned '
        'closure. Linda Marchetti spoke first.\n\n“I hear you,” the congresswoman said.',
        [('I hear you,', 'Theresa Dunleavy', 'Representative', 'U.S.', 'the congresswoman', 'said')],
    ),
    'a press release\'s short names in quotation marks in brackets after the company\'s name (\'the "Company"\')': (
        'Lumira breaks ground\n\nPENANG, June 3 -- Lumira Semiconductor Berhad ("Lumira" or the "Company"; '
        'Bursa Malaysia: 0271) today broke ground on a new facility. The Company said the site would be '
        '"designed from the ground up to run on renewable electricity".',
        [('designed from the ground up to run on renewable electricity', 'Lumira Semiconductor Berhad', None, None,
          'Company', 'said')],
    ),
    "'The Company' capitalised with no body defining it: the company named before": (
        'Lumira breaks ground\n\nLumira Semiconductor Inc. today broke ground on a new facility in Penang, '
        'Malaysia. The Company said the site would be "designed from the ground up to run on renewable '
        'electricity".',
        [('designed from the ground up to run on renewable electricity', 'Lumira Semiconductor Inc.', None, None,
          'The Company', 'said')],
    ),
    "'the statement said' after 'He did not speak ... but later issued a statement': his": (
        'Court frames charges\n\nRavi Kumar, 63, was present in court. He did not speak to reporters but later '
        'issued a statement through his office.\n\n"I have full faith in the judiciary. I am innocent," the '
        'statement said.',
        [('I have full faith in the judiciary. I am innocent,', 'Ravi Kumar', None, None, 'the statement', 'said')],
    ),
    "'the corporator' after 'The sitting corporator, Adv. X' (an Indian city's councillor)": (
        'Ward 31\n\nThe sitting corporator, Adv. Sunita Patil of the Lokshahi Aghadi, is seeking a third term. '
        'Her main challenger is Rohan Patil, a software engineer.\n\nAsked about the charge later, the '
        'corporator said the shifting of the station was "a decision of the standing committee".',
        [('a decision of the standing committee', 'Sunita Patil', 'sitting corporator', 'Lokshahi Aghadi',
          'the corporator', 'said')],
    ),
    "a body's name the recogniser ended at a plural's apostrophe runs on (Free Citizens' Front)": (
        "Talks stall\n\nThe opposition Free Citizens' Front said the stalled talks were of the government's own "
        'making. "They chose loyalty over competence," the party said in a statement.',
        [('They chose loyalty over competence,', "Free Citizens' Front", None, None, 'the party', 'said')],
    ),
    "guard: a short name in brackets after a name the recogniser began at its '&' names the whole company": (
        'Port contract\n\nMUSCAT, Oman, 22 May - Saif Marine & Infrastructure LLC ("Saif Marine"), an Omani '
        'contractor, today announced a contract to rebuild the port of Mukalla.\n\n"Mukalla is a lifeline," '
        'said Khalid Al-Rawahi, Chief Executive Officer of Saif Marine.',
        [('Mukalla is a lifeline,', 'Khalid Al-Rawahi', 'Chief Executive Officer', 'Saif Marine & Infrastructure LLC',
          'Khalid Al-Rawahi', 'said')],
    ),
    "a noun of someone's words before a colon, with no verb of its own: its owner speaks": (
        'Rates held\n\nReserve Bank Governor Ngaire Whitford-Hamilton held the rate on Wednesday.\n\nThe press '
        'conference has wrapped up. The governor’s parting line, in response to a question about when '
        'households can expect relief: “We will get there, but we will get there carefully.”',
        [('We will get there, but we will get there carefully.', 'Ngaire Whitford-Hamilton', 'Governor',
          'Reserve Bank', 'The governor', None)],
    ),
    "'A presentation by X, seen by Y, said': X's words": (
        'Nickel levy\n\nA presentation by the Ministry of Energy and Mineral Resources, seen by Meridian Wire, '
        'said the levy would "discourage over-investment in low-value processing lines".',
        [('discourage over-investment in low-value processing lines', 'Ministry of Energy and Mineral Resources',
          None, None, 'A presentation by the Ministry of Energy and Mineral Resources', 'said')],
    ),
    "'as one former Speaker put it': someone unnamed in an office written with a capital, no name": (
        'Defection law\n\nPetitions are pending in three assemblies. Until then, as one former Speaker put it '
        'privately, the law remains “a sword kept in the Speaker’s drawer”.',
        [('a sword kept in the Speaker’s drawer', None, 'former Speaker', None, 'one former Speaker', 'put it')],
    ),
    "a nationality's plural the recogniser took for a person is no one 'she' means": (
        'Accession talks\n\nAna Marković, a former diplomat, leads the negotiating team. Her team has become a '
        'magnet for young Montenegrins who studied abroad. "In Montenegro everybody assumes everybody is a '
        'cousin," she says.',
        [('In Montenegro everybody assumes everybody is a cousin,', 'Ana Marković', 'former diplomat', None, 'she',
          'says')],
    ),
    "an affiliation in lower case that a clause's 'of' gave is none: 'the author of a memoir of her years'": (
        'Accession talks\n\nAna Marković, 47, a former diplomat, took over the team. Marković is also the '
        'author of a slim memoir of her years as a diplomat, "The Long Corridor". "Not until we sign," she '
        'says.',
        [('Not until we sign,', 'Ana Marković', 'former diplomat', None, 'she', 'says')],
    ),
    "a quote in its own paragraph, then 'Those were the first words of X' opening the next": (
        'Trials live\n\n20:58\n“I don’t even know what I’ve done. I just ran.”\n\nThose were the first words of '
        'a tearful Chiamaka Okafor after she was told she had been disqualified.',
        [('I don’t even know what I’ve done. I just ran.', 'Chiamaka Okafor', None, None, 'Chiamaka Okafor',
          'words')],
    ),
    "a byline's name the recogniser ran on over the line breaks after it is still the writer's, no one 'she' means": (
        'Running from the shadow\nBy Grace Achieng Otieno\n\nITEN, Kenya - "When I go to a race in Europe now, '
        'they ask how many times I have been tested."\n\nThe woman speaking sits on a wooden bench outside her '
        'house.\n\n"I tell them: test me every day if you want," she goes on.',
        [('When I go to a race in Europe now, they ask how many times I have been tested.', None, None, None, None,
          None),
         ('I tell them: test me every day if you want,', None, None, None, 'she', 'goes on')],
    ),
    "someone unnamed described by a person noun of no office: the noun is the role, carried to 'she'": (
        'The council met on Monday.\n\n“We are tired of waiting,” one resident said.\n\nA voter in Dunedin '
        'writes: “The rate is wrong.”\n\n“It is late,” she added.',
        [('We are tired of waiting,', None, 'resident', None, 'one resident', 'said'),
         ('The rate is wrong.', None, 'voter', None, 'A voter in Dunedin', 'writes'),
         ('It is late,', None, 'voter', None, 'she', 'added')],
    ),
    "guard: a person noun that tells only a gender is no role": (
        '“It is late,” a woman said.\n\n“We waited all night,” said a teenager outside the station.',
        [('It is late,', None, None, None, 'a woman', 'said'),
         ('We waited all night,', None, None, None, 'a teenager outside the station', 'said')],
    ),
    "a cue the tagger took for the noun ending a place after a person noun: the person noun speaks": (
        'Rates\n\nA reader in Palmerston North emails: “We rolled onto a 6.9% fixed rate in January.”',
        [('We rolled onto a 6.9% fixed rate in January.', None, 'reader', None, 'A reader in Palmerston North',
          'emails')],
    ),
    "a full name with a surname's particle the recogniser missed after a byline, a namesake named later": (
        '"We are not pirates": a generic-drug boss on patents\n\nBy Lucas Fernández Prado, São Paulo\n\nMaria '
        'Helena Cavalcanti de Albuquerque does not like the word "copycat". The chief executive of Laboratório '
        'Serra Azul has heard it for most of her 30 years there.\n\n"We are not pirates," she said in an '
        'interview. "Every product we sell is approved."\n\n"We spent six years in development," Albuquerque '
        'said.\n\nHer father, Severino Cavalcanti de Albuquerque, used '
        'to tell new employees that "a medicine nobody can buy is only a chemical", she recalled.',
        [('We are not pirates', 'Maria Helena Cavalcanti de Albuquerque', 'chief executive', 'Laboratório Serra Azul',
          'she', None),
         ('We are not pirates,', 'Maria Helena Cavalcanti de Albuquerque', 'chief executive',
          'Laboratório Serra Azul', 'she', 'said'),
         ('Every product we sell is approved.', 'Maria Helena Cavalcanti de Albuquerque', 'chief executive',
          'Laboratório Serra Azul', 'she', 'said'),
         ('We spent six years in development,', 'Maria Helena Cavalcanti de Albuquerque', 'chief executive',
          'Laboratório Serra Azul', 'Albuquerque', 'said'),
         ('a medicine nobody can buy is only a chemical', 'Maria Helena Cavalcanti de Albuquerque', 'chief executive',
          'Laboratório Serra Azul', 'she', 'recalled')],
    ),
    "'With those words, X ...' after a quote that is its own sentence: X spoke, not the participle beside X": (
        'Rerun ordered\n\n"The commission failed in its most basic duty." With those words, Judge Nomvula '
        'Mahlangu-Dube, writing for a unanimous bench of three, ordered the Electoral Commission to rerun the vote.',
        [('The commission failed in its most basic duty.', 'Nomvula Mahlangu-Dube', 'Judge', None,
          'Nomvula Mahlangu-Dube', 'words')],
    ),
    "a quote that is its own paragraph, then one opening 'With those words, X ...'": (
        'The court sat on Friday.\n\n“The court finds that the defendant placed the ministry at the service of a '
        'private interest.”\n\nWith those words, Judge Ana Ruiz sentenced Radu Voicu to six years in prison.',
        [('The court finds that the defendant placed the ministry at the service of a private interest.', 'Ana Ruiz',
          'Judge', None, 'Ana Ruiz', 'words')],
    ),
    "guard: 'With that,' opening the sentence after a quote points back at no words": (
        'The court sat on Friday.\n\n“We have heard enough.” With that, Judge Ana Ruiz adjourned the hearing.',
        [('We have heard enough.', None, None, None, None, None)],
    ),
    "'Mallam', the Hausa title before a Nigerian name, is no part of the name": (
        'Mallam Sani Umar Kangiwa, chairman of the network, said the findings should concern every Nigerian.\n\n"The '
        'rule of law is not a favour," Kangiwa said.',
        [('The rule of law is not a favour,', 'Sani Umar Kangiwa', 'chairman', 'network', 'Kangiwa', 'said')],
    ),
    "a name after a role noun that the recogniser took for a building, the subject of 'said', is a person's": (
        'The team trained on Monday.\n\n“Apu is strict, very strict,” said vice-captain Nusrat Jahan Eva, using the '
        'Bangla word for elder sister.\n\nThe season begins in May. “We are ready,” she said.',
        [('Apu is strict, very strict,', 'Nusrat Jahan Eva', 'vice-captain', None, 'Nusrat Jahan Eva', 'said'),
         ('We are ready,', 'Nusrat Jahan Eva', 'vice-captain', None, 'she', 'said')],
    ),
    "'MLC', a member of an Australian state's Legislative Council, is a title before a name, no part of it": (
        'The committee met on Tuesday.\n\nLiberal MLC Joanna Brightwell asked Ms Steele whether she had informed the '
        'minister. “Did you tell them the system might fail?” Brightwell asked.',
        [('Did you tell them the system might fail?', 'Joanna Brightwell', 'Liberal MLC', None, 'Brightwell',
          'asked')],
    ),
    "'Whaea', the Māori title of respect for an older woman, is no part of her name": (
        'Voting was brisk in the north.\n\nAt the Te Kōwhai booth, Whaea Huia Pōtae, 84, said she had voted in every '
        'election since 1963.\n\n“I’ve never seen a queue like that,” Pōtae said.',
        [('I’ve never seen a queue like that,', 'Huia Pōtae', None, None, 'Pōtae', 'said')],
    ),
    "a title also written before names, alone after 'the' ('the Ceann Comhairle'), is who holds it": (
        'The Dáil sat on Tuesday.\n\nThe Ceann Comhairle, Pádraig Ó Loingsigh, adjourned the House shortly after '
        '3pm.\n\nBefore adjourning for the night, the Ceann Comhairle told the House that the behaviour had been '
        '“unacceptable from all sides”.',
        [('unacceptable from all sides', 'Pádraig Ó Loingsigh', 'Ceann Comhairle', None, 'the Ceann Comhairle',
          'told')],
    ),
    "a pronoun no one before it can be, then 'The speaker is X' in a paragraph after: X": (
        'A family learns to live without its biggest buyer\n\n"The mountain does not care who is angry with whom," '
        'she says, tipping a basket of leaves onto a tray.\n\nIt is a little after six in the morning on a slope in '
        'central Taiwan.\n\nThe speaker is Lin Yu-ting, 34, the third generation of her family to run the estate.',
        [('The mountain does not care who is angry with whom,', 'Lin Yu-ting', None, None, 'she', 'says')],
    ),
    "a pronoun no one before it can be, then 'He is X, 44, the leader of Y': X": (
        'Herders fight the wind farm\n\n“My grandfather grazed here,” he says.\n\nHe is Nils Ánte Eira, 44, the '
        'leader of the reindeer herding district.',
        [('My grandfather grazed here,', 'Nils Ánte Eira', 'leader', 'reindeer herding district', 'he', 'says')],
    ),
    "a pronoun no one before it can be, then 'Her name is X', a name the recogniser took for a body": (
        'School report\n\n“They call me the tea lady,” she laughs. “I have been here longer than the roof.”\n\nShe '
        'has taught here for 19 years. Her name is Gráinne Mhic Giolla Phádraig.',
        [('They call me the tea lady,', 'Gráinne Mhic Giolla Phádraig', None, None, 'she', 'laughs'),
         ('I have been here longer than the roof.', 'Gráinne Mhic Giolla Phádraig', None, None, 'she', 'laughs')],
    ),
    "guard: a pronoun someone named before can be keeps them over a 'The buyer is X' after it": (
        'Tea growers\n\nLin Mei, a grower, opened the shed at dawn. "We pick at six," she says.\n\nThe buyer is Chen '
        'Hui, 52, from Xiamen.',
        [('We pick at six,', 'Lin Mei', None, None, 'she', 'says')],
    ),
    "'Begum' before a name is a title, after one a word of the name": (
        'The Assembly met on Tuesday.\n\nLeader of the Opposition Begum Farhat Jabeen Awan moved the resolution.'
        '\n\n“This government has lost the confidence of this House,” she told the House.\n\n“We will vote,” said '
        'Rokeya Begum, a garment worker.',
        [('This government has lost the confidence of this House,', 'Farhat Jabeen Awan', 'Leader of the Opposition',
          None, 'she', 'told'),
         ('We will vote,', 'Rokeya Begum', 'garment worker', None, 'Rokeya Begum', 'said')],
    ),
    "a name set beside 'mum'; 'the 31-year-old' is not the child a three-year-old's age was written before": (
        'Syrup recall\n\nOne of those reports came from Bryncethin mum Carys Pugh – no relation – whose three-year-old '
        'son Osian was taken to the hospital last month.\n\n“I measured it exactly like the box said,” the '
        '31-year-old told the Chronicle.',
        [('I measured it exactly like the box said,', 'Carys Pugh', None, None, 'the 31-year-old', 'told')],
    ),
    "a spokesperson met unnamed before 'The judge stressed' is not the judge, who is named before them": (
        'Court ruling\n\nPresiding Judge Dr. Katharina von der Heyde said in reading out the decision that the chamber '
        'had "no serious doubt" about it.\n\nA spokeswoman for the insurers said the ruling would cost money.\n\nThe '
        'judge stressed that the injunction was provisional.\n\n"This chamber has decided on likelihoods, not '
        'certainties," she said.',
        [('no serious doubt', 'Katharina von der Heyde', 'Presiding Judge', None, 'Katharina von der Heyde',
          'reading out'),
         ('This chamber has decided on likelihoods, not certainties,', 'Katharina von der Heyde', 'Presiding Judge',
          None, 'she', 'said')],
    ),
    "a name with a particle the recogniser missed, its given name out of the parse (its role not yet learned)": (
        'Results\n\nAnnelies de Wit-Bakker, chair of the Dutch patient organization Psoriasis Platform Nederland, '
        'which was not involved in the trial, welcomed the results. “People with psoriasis have waited a long time,” '
        'she said.',
        [('People with psoriasis have waited a long time,', 'Annelies de Wit-Bakker', None, None, 'she', 'said')],
    ),
    "'X said he was ...' with X's given name a woman's in the tables: he is X, and so is the 'he said' after": (
        'Coach named\n\nSri Lanka Cricket today announced the appointment of former all-rounder Malinda Ashan '
        'Karunaratne as head coach.\n\nCommenting on the appointment, SLC President Lalith Rohan Kodituwakku said: '
        '"Malinda knows Sri Lankan cricket."\n\nKarunaratne said he was "humbled and honoured" to be entrusted with '
        'the role.\n\n"I have given most of my life to this game," he said.',
        [('Malinda knows Sri Lankan cricket.', 'Lalith Rohan Kodituwakku', 'President', 'SLC',
          'Lalith Rohan Kodituwakku', 'said'),
         ('humbled and honoured', 'Malinda Ashan Karunaratne', None, None, 'Karunaratne', 'said'),
         ('I have given most of my life to this game,', 'Malinda Ashan Karunaratne', None, None, 'he', 'said')],
    ),
    "guard: 'X told him he had ...' is no sign of X's gender": (
        'Sentencing\n\nPassing sentence on Friday, Judge Philomena Carville told him he had "betrayed the trust of the '
        'people".\n\nJudge Carville said she had taken the letter into account. "The sentence must deter others," '
        'she said.',
        [('betrayed the trust of the people', 'Philomena Carville', 'Judge', None, 'Philomena Carville', 'told'),
         ('The sentence must deter others,', 'Philomena Carville', 'Judge', None, 'she', 'said')],
    ),
    "a surname alone after two namesakes are met is the one the recogniser missed, not her father named after her": (
        '"We are not pirates": a generic-drug boss on patents\n\nBy Lucas Fernández Prado, São Paulo\n\nMaria Helena '
        'Cavalcanti de Albuquerque does not like the word "copycat". The chief executive of Laboratório Serra Azul has '
        'heard it for most of her 30 years there.\n\nAlbuquerque, 58, took over Serra Azul in 2014.\n\nHer father, '
        'Severino Cavalcanti de Albuquerque, used to tell new employees that "a medicine nobody can buy is only a '
        'chemical", she recalled.\n\nThe interview came two weeks after Serra Azul won approval from the regulator.'
        '\n\n"People think the patent expires and the next morning we press a button," Albuquerque said.',
        [('We are not pirates', None, None, None, None, None),
         ('a medicine nobody can buy is only a chemical', 'Maria Helena Cavalcanti de Albuquerque', 'chief executive',
          'Laboratório Serra Azul', 'she', 'recalled'),
         ('People think the patent expires and the next morning we press a button,',
          'Maria Helena Cavalcanti de Albuquerque', 'chief executive', 'Laboratório Serra Azul', 'Albuquerque',
          'said')],
    ),
    "a given name, a surname's particle and a surname taken for a body, a clause on 'who' after it: a person": (
        'Ward rerun\n\nThe presiding officer at the station, Marietjie du Plessis, who is not related to the winning '
        'candidate, stated in an affidavit that she had sent the boxes away "for safekeeping until the morning" after '
        'the power failed.',
        [('for safekeeping until the morning', 'Marietjie du Plessis', 'presiding officer', 'station',
          'Marietjie du Plessis', 'stated')],
    ),
    "'asked X what he expects': the question's 'what' leaves X whom the pronoun may be": (
        'Budget night\n\nFinance spokesman Corey Whitfield called the budget "a missed chance". Whitfield said the '
        'cuts went too far.\n\nWe asked economist Dr Tamati Parata, of the Wellington Institute, what he expects from '
        'the cuts.\n\n"Growth will be slow this year," he said.',
        [('a missed chance', 'Corey Whitfield', 'Finance spokesman', None, 'Corey Whitfield', 'called'),
         ('Growth will be slow this year,', 'Tamati Parata', 'economist', 'Wellington Institute', 'he', 'said')],
    ),
    "'the younger Mr X' and 'the elder Mr X' of two namesakes, one named as the other's son": (
        'Mill at a crossroads\n\n"We built this on cotton and trust," says Harish Menon, the mill\'s 74-year-old '
        'founder.\n\nThe business is now run by his son, Vikram Menon, who came back from London in 2018. "We need '
        'machines that record every batch," the younger Mr Menon says.\n\nThe elder Mr Menon is not convinced. '
        '"Machines do not replace judgment," he says.',
        [('We built this on cotton and trust,', 'Harish Menon', 'founder', 'mill', 'Harish Menon', 'says'),
         ('We need machines that record every batch,', 'Vikram Menon', "Harish Menon's son", None, 'Menon', 'says'),
         ('Machines do not replace judgment,', 'Harish Menon', 'founder', 'mill', 'he', 'says')],
    ),
    "a given name, 'St.' and a surname is a person, 'St. X' alone after their surname; 'Port St. Lucie' a place": (
        'Bakery closes\n\nPaul St. Pierre Jr. has run the bakery on Water Street for 20 years. "We open at five and '
        'we close when the bread is gone," St. Pierre said.\n\nThe mayor of Port St. Lucie, Shannon Martin, said the '
        'town would miss it. "It is a loss," Martin said.',
        [('We open at five and we close when the bread is gone,', 'Paul St. Pierre Jr.', None, None, 'St. Pierre',
          'said'),
         ('It is a loss,', 'Shannon Martin', 'mayor', 'Port St. Lucie', 'Martin', 'said')],
    ),
    "a given name met before a namesake's surname, used alone as news writes Ethiopian names": (
        'Opposition cries foul over candidate rules\n\nADDIS ABABA — Ato Bekele Tadesse Gebre, chairman of the Unity '
        'Bloc, said the new rules were unfair. "The window is too short," Bekele said.\n\nAto Haile Bekele, a farmer '
        'from Adama, said he had waited three days for a stamp. "Nobody came to the office," Haile said.\n\nWoizero '
        'Hirut Alemu, a spokeswoman for the board, said the rules were final. "We will not change them," she said.'
        '\n\nBekele, asked whether the bloc would boycott the vote, shook his head. "We will take part," he said.',
        [('The window is too short,', 'Bekele Tadesse Gebre', 'chairman', 'Unity Bloc', 'Bekele', 'said'),
         ('Nobody came to the office,', 'Haile Bekele', 'farmer', None, 'Haile', 'said'),
         ('We will not change them,', 'Hirut Alemu', 'spokeswoman', 'board', 'she', 'said'),
         ('We will take part,', 'Bekele Tadesse Gebre', 'chairman', 'Unity Bloc', 'he', 'said')],
    ),
    "East Africa's and Turkey's hajj titles ('Hajji', 'Hacı') are no part of the name": (
        'Market traders count the cost\n\nHajji Musa Kiggala, who has sold cloth in Owino market for 30 years, said '
        'rents had doubled. "We cannot feed our families on what is left," Kiggala said.\n\nIn Izmir, Hacı Mehmet '
        'Sarıgül, a retired imam, said the same. "The shops are empty by noon," Sarıgül said.',
        [('We cannot feed our families on what is left,', 'Musa Kiggala', None, None, 'Kiggala', 'said'),
         ('The shops are empty by noon,', 'Mehmet Sarıgül', 'retired imam', None, 'Sarıgül', 'said')],
    ),
    "'The Gazette', a masthead's word alone after 'the', is the paper, no one a pronoun may mean": (
        'Water runs dry\n\nBy Selin Akbaş, Yalıkavak Gazette\n\nThe Gazette also received a letter from a reader in '
        'Gündoğan, Orhan Yeşil, a retired fisherman. "The wells were full when I was a boy," he wrote.',
        [('The wells were full when I was a boy,', 'Orhan Yeşil', 'retired fisherman', None, 'he', 'wrote')],
    ),
    "'the old man says' after a quote, no one named before: the one 'He is X' names after, as a feature opens": (
        'Fishermen and the port\n\nDAKAR, Senegal - "The nets come back empty now," the old man says, mending a net '
        'on the sand.\n\nBehind him, the cranes of the new port rise over the beach.\n\nHe is Amadou Sow, 71, and he '
        'has fished from this beach for fifty years.',
        [('The nets come back empty now,', 'Amadou Sow', None, None, 'the old man', 'says')],
    ),
    "'the younger/elder de la X' of a surname with particles, one named as the other's father, a role set beside too": (
        'Shortstop signs\n\nMILWAUKEE — Tomás de la Vega signed an eight-year contract on Thursday, with his parents '
        'at his side.\n\nHis father, Ernesto de la Vega, a retired fisherman, wiped his eyes as his son spoke. "He was '
        'always the smallest on the field," the elder de la Vega said.\n\n"I listened to every word he said," the '
        'younger de la Vega said.',
        [('He was always the smallest on the field,', 'Ernesto de la Vega', 'retired fisherman', None, 'de la Vega',
          'said'),
         ('I listened to every word he said,', 'Tomás de la Vega', None, None, 'de la Vega', 'said')],
    ),
    "'what the presiding judge called' in a lead, no judge named before: the judge named after, not the one jailed": (
        'Treasurer jailed\n\nKINGSTON - A former church treasurer was jailed for two years yesterday for what the '
        'presiding judge called "a betrayal of every family in this congregation".\n\nThe court heard that the money '
        'had been taken over six years.\n\nJudge Paulette Grant-Miller said the sentence had to deter others.',
        [('a betrayal of every family in this congregation', 'Paulette Grant-Miller', 'Judge', None,
          'the presiding judge', 'called')],
    ),
    "a company's full name the recogniser took for a date defines 'the Company' in brackets after it": (
        'Aegean Crest reports record season\n\nATHENS, 21 October 2024 - Aegean Crest Hotels & Resorts '
        'S.A. ("Aegean Crest" or "the Company"), the Greek hospitality group operating 14 resorts, '
        'today announced record results for the summer season.\n\n"We are cautiously confident about '
        '2025," the Company said.',
        [('We are cautiously confident about 2025,', 'Aegean Crest Hotels & Resorts S.A.', None,
          None, 'Company', 'said')],
    ),
    "a name cut before its legal form ('Black Sea Regas' and 'LLC') is the company 'the company' stands for": (
        'Council delays gas terminal vote\n\nThe proposal from Black Sea Regas LLC would see a converted '
        'tanker moored in the southern harbour for ten years. Mayor Vasyl Hnatiuk said the council '
        'needed more time.\n\nIn a written statement on Friday, the company said it "respects the '
        'council\'s decision to take more time".',
        [("respects the council's decision to take more time", 'Black Sea Regas LLC', None,
          None, 'the company', 'said')],
    ),
    "'Sayyid', an Omani honorific, is no part of the name": (
        'Ministers leave the palace\n\nOman’s Foreign Minister, Sayyid Hilal bin Suleiman Al-Busaidi, '
        'stopped briefly for reporters on his way to the motorcade. “Ask me in Muscat,” he said.',
        [('Ask me in Muscat,', 'Hilal bin Suleiman Al-Busaidi', 'Foreign Minister', 'Oman', 'he', 'said')],
    ),
    "a name run on over 'bin' runs on over the hyphen of 'Al-' too": (
        'Fund buys port stake\n\n"Ports are the arteries of global trade," QNRF Chief Executive Khalid '
        'bin Jassim Al-Kuwari said in a statement.',
        [('Ports are the arteries of global trade,', 'Khalid bin Jassim Al-Kuwari', 'Chief Executive',
          'QNRF Chief Executive', 'Khalid bin Jassim Al-Kuwari', 'said')],
    ),
    "'bint', daughter of, joins the names of a woman's descent": (
        "The fund's new investor\n\nDr. Reem bint Abdulaziz Al-Dosari became chief investment officer of "
        'the Hijaz Development Fund in January.\n\n"Numbers do not have a gender," she said.',
        [('Numbers do not have a gender,', 'Reem bint Abdulaziz Al-Dosari', None, None, 'she', 'said')],
    ),
    "'the airline' stands for a company whose name ends in 'Airways'": (
        'Sahra Airways orders jets\n\nSahra Airways, the Ras Al Khaimah-based international carrier, '
        'today announced a firm order for 24 aircraft.\n\nCadets will train at the Ras Al Khaimah Aviation '
        'Academy, which opened in 2019.\n\n“Every person who helps put a Sahra aircraft in the sky deserves '
        'to be treated fairly,” the airline said.',
        [('Every person who helps put a Sahra aircraft in the sky deserves to be treated fairly,', 'Sahra Airways',
          None, None, 'the airline', 'said')],
    ),
    "'the Roswell Republican' is the Republican from a town the article named": (
        'Waiting period bill\n\nState Sen. Rosa María Baca-Lucero, a Democrat from Las Cruces, is the '
        "bill's sponsor. Rep. Daniel Baca, a Republican rancher from outside Roswell, is leading the "
        'opposition in the House.\n\n"Nobody in my district is against keeping guns away from kids," the '
        'Roswell Republican said by phone from his truck.',
        [('Nobody in my district is against keeping guns away from kids,', 'Daniel Baca', 'Representative',
          'Republican Party', 'the Roswell Republican', 'said')],
    ),
    'a hyphened surname the recogniser left out, then a party tag the parse made the subject': (
        'Budget fight\n\nTempers are flaring on the House floor. Rep. Ana Lucía Garza-Villarreal, '
        'D-McAllen, accused Republican leaders of "holding the border budget hostage" to force through '
        'the tax plan.',
        [('holding the border budget hostage', 'Ana Lucía Garza-Villarreal', 'Representative',
          'Democratic Party', 'Ana Lucía Garza-Villarreal', 'accused')],
    ),
    "a name the recogniser took with its 'SC' for a body is a person's, the letters no part of the name": (
        'Fine appeal\n\nAt a hearing last week, Eoghan Mac Cárthaigh SC, for Fernwave, told the court '
        'that the decision would "put the cart several miles before the horse".',
        [('put the cart several miles before the horse', 'Eoghan Mac Cárthaigh', None,
          None, 'Eoghan Mac Cárthaigh SC', 'told')],
    ),
    "'Cross-examined by Mr X, he accepted': he is not X, the agent of the passive said of him": (
        'Murder trial\n\nFergal Mooney KC, for Connor Doherty, told jurors that his client had a knife.\n\n'
        'Terrence Obi, head of security at the Vault, gave evidence on Tuesday. Cross-examined by Mr '
        'Mooney, he accepted that both men had raised their voices at the bar. "They were both '
        'shouting," he said.',
        [('They were both shouting,', 'Terrence Obi', 'head of security', 'Vault', 'he', 'said')],
    ),
    "a particle the parse took for a verb heads no name: the role set after it is the name's, and the union secretary after is that person": (
        'Dockers walk out\n\n“This is not about being against progress,” said Kris Van den Bossche, the '
        'local secretary of the dockers’ union BHV, standing beside the barricade with a megaphone in '
        'one hand.\n\nThe company’s chief executive, Dirk Goossens, rejected that reading.\n\nThe union '
        'secretary was unimpressed when the remark was relayed to him. “With respect, she is not the '
        'one who will be sitting at home in 2030,” he said.',
        [('This is not about being against progress,', 'Kris Van den Bossche', 'local secretary',
          'BHV', 'Kris Van den Bossche', 'said'),
         ('With respect, she is not the one who will be sitting at home in 2030,', 'Kris Van den Bossche',
          'local secretary', 'BHV', 'he', 'said')],
    ),
    "a body's short name of its initials and its last word in brackets ('SANParks') spells its name": (
        'Rangers jailed\n\nSouth African National Parks (SANParks) welcomed the sentence.\n\n"This sentence '
        'sends a clear message," the organisation said in a statement.',
        [('This sentence sends a clear message,', 'South African National Parks', None,
          None, 'the organisation', 'said')],
    ),
    "a lower-case 'dr.' after 'Prof.' is a title, and the name after it runs on over its particle": (
        'University cuts\n\n"Our university was founded on the belief that talent is everywhere," said '
        'Prof. dr. Annelies de Vries-Bakker, Rector Magnificus of the University of Zuidmeer.',
        [('Our university was founded on the belief that talent is everywhere,', 'Annelies de Vries-Bakker',
          'Rector Magnificus', 'University of Zuidmeer', 'Annelies de Vries-Bakker', 'said')],
    ),
    "a woman's surname of its own form ('Stankevičienė') names a person, whatever the recogniser took it for": (
        'Live: Lithuanian parliament passes public broadcaster overhaul amid protests – as it happened\n\n'
        'Seimas Speaker Rūta Vaitkienė rejected opposition claims that the bill had been rushed '
        'through. “The procedure was followed to the letter. There were three readings, there were '
        'committee hearings, there were amendments,” she told a news conference.\n\n18:10 – Prime '
        'minister reacts\nPrime Minister Andrius Bartkus has posted on Facebook: “Reform is never '
        'comfortable. The broadcaster belongs to all Lithuanians, and now all Lithuanians will have a '
        'say in how it is run.”\n\n18:02 – The vote\nThe amendments have passed, 71–52 with four '
        "abstentions.\n\n17:48 – Opposition's last word\nIeva Stankevičienė of the opposition Freedom and "
        "Justice Union spoke last before the vote. “Today you are voting to take the public's "
        'broadcaster and hand it to the government of the day,” she told the chamber.',
        [('The procedure was followed to the letter. There were three readings, there were committee '
          'hearings, there were amendments,', 'Rūta Vaitkienė', 'Speaker', 'Seimas', 'she', 'told'),
         ('Reform is never comfortable. The broadcaster belongs to all Lithuanians, and now all Lithuanians '
          'will have a say in how it is run.', 'Andrius Bartkus', 'Prime Minister', None, 'Andrius Bartkus',
          'posted'),
         ("Today you are voting to take the public's broadcaster and hand it to the government of the day,",
          'Ieva Stankevičienė', None, 'Freedom and Justice Union', 'she', 'told')],
    ),
    'a title and the surname alone of someone named in full, which the recogniser left unmarked, is that person': (
        'Prison death inquiry\n\nIn a written determination following a fatal accident inquiry, Sheriff '
        'Morag MacIver found that two scheduled observations had not taken place.\n\nFiona Urquhart, a '
        'nurse with NHS Highland, said she had recorded him as being at low risk. "He was quiet and '
        'polite," Ms Urquhart said.\n\nSheriff MacIver found that the assessment itself had been '
        'reasonable, but said information from his GP had not reached the prison.\n\n"The system '
        'depended on a fax that nobody read," she said in her determination.',
        [('He was quiet and polite,', 'Fiona Urquhart', 'nurse', 'NHS Highland', 'Urquhart', 'said'),
         ('The system depended on a fax that nobody read,', 'Morag MacIver', 'Sheriff', None, 'she', 'said')],
    ),
    "'H.E.' before a name is an honorific, and a title the parse read as a list's next item is the name's role": (
        'Fund under fire\n\nRepresenting the government, H.E. Khamis bin Nasser Al-Wahaibi, Undersecretary of '
        'the Ministry of Finance, defended the fund\'s record. "The authority has transferred more than RO 2 '
        'billion to the state budget since 2020," he said.',
        [('The authority has transferred more than RO 2 billion to the state budget since 2020,',
          'Khamis bin Nasser Al-Wahaibi', 'Undersecretary', 'Ministry of Finance', 'he', 'said')],
    ),
    'a promoter is a role': (
        'Fight night\n\nTickets for the bout sold out in four hours. Promoter Kerry Whitlam, of Whitlam Fight '
        'Nights, said the demand had surprised everyone.\n\n"We could have sold this three times over," she '
        'said.',
        [('We could have sold this three times over,', 'Kerry Whitlam', 'Promoter', 'Whitlam Fight Nights', 'she',
          'said')],
    ),
    'a calling opening a sentence before a name, written in small letters elsewhere, is no word of the name': (
        'Burger chain accused\n\nThe union says every franchisee in the region has been asked to explain the '
        'rosters.\n\nFranchisee Bernadette Kowalczyk, who owns all five stores, disputed the figures. "We have '
        'always paid what our payroll provider told us to pay," she said.',
        [('We have always paid what our payroll provider told us to pay,', 'Bernadette Kowalczyk', 'Franchisee',
          None, 'she', 'said')],
    ),
    "'Cacique' and 'Régulo', a traditional chief's titles, are honorifics": (
        'Mining bill\n\nCacique Moiraí Karipuna travelled for two days to reach the capital. "They will consult '
        'us, and then they will do what they wanted," he said.\n\nIn Temane, Régulo Armando Mabote Chauque '
        'welcomed the agreement. "We asked for a school and a clinic," Chauque said.',
        [('They will consult us, and then they will do what they wanted,', 'Moiraí Karipuna', None, None, 'he',
          'said'),
         ('We asked for a school and a clinic,', 'Armando Mabote Chauque', None, None, 'Chauque', 'said')],
    ),
    'a given name and a surname of several words written again alone as a speaking subject is a person': (
        'The rebuild\n\nÁlvaro Sáenz de Ugarte, the 29-year-old Basque who joined from a midfield rival, signed '
        'for the team when it was still a joke.\n\n"My manager told me I was mad," Sáenz de Ugarte says.\n\nHe '
        'took the team\'s first podium in May. The difference, he says, is simple. "The car now does what I '
        'ask."',
        [('My manager told me I was mad,', 'Álvaro Sáenz de Ugarte', None, None, 'Sáenz de Ugarte', 'says'),
         ('The car now does what I ask.', 'Álvaro Sáenz de Ugarte', None, None, 'he', 'says')],
    ),
    "'the committee' stands for the body a clause said is called so, whatever bodies are named after it": (
        'Recall vote\n\nA committee called Ashby Families for Accountability began collecting signatures in '
        'June, after the board voted to close Prairie Point Elementary and bus its students to Ashby.\n\nIn a '
        'written statement, the committee said the board had "ignored the people who elected them".',
        [('ignored the people who elected them', 'Ashby Families for Accountability', None, None, 'the committee',
          'said')],
    ),
    "a body's first word written alone as a subject stands for it, and 'the company' after it": (
        "Renovictions\n\nThe tenants' network singled out Maplecrest Property Group, which owns several "
        'buildings on Main Street.\n\nMaplecrest did not send a representative to the meeting.\n\n"Tenants were '
        'offered compensation above the legal minimum," the company said.',
        [('Tenants were offered compensation above the legal minimum,', 'Maplecrest Property Group', None, None,
          'the company', 'said')],
    ),
    "of two subjects the parse gave the verb, a name set off after a title's phrase is the speaker": (
        'Illegal fishing\n\n"Anyone who fishes in our waters without a licence will be caught," said the '
        'Minister of Fisheries and Marine Resources, Hon. Dickson Maelasi.',
        [('Anyone who fishes in our waters without a licence will be caught,', 'Dickson Maelasi', None, None,
          'Dickson Maelasi', 'said')],
    ),
    "a name a copula says is a village is a place, no one a pronoun refers to; its last word a body's short name": (
        'Inside the team\n\nBorgo Varano is a village of 3,000 people in the hills south of Modena. Three years '
        "ago Scuderia Varano finished last.\n\nThe team's young Mexican driver signed for Varano in "
        'March.\n\n"I\'m learning faster this year than in my whole career," he says.',
        [("I'm learning faster this year than in my whole career,", None, None, None, 'he', 'says')],
    ),
    "a relative's noun in a headline's list is no apposition that tells the name's gender": (
        'Marco Antonio Ruiz on Oaxaca, his mother and the night that could change everything\n\nThe gym sits '
        'above a tyre shop. Marco Antonio Ruiz, 29, holds the super-middleweight title.\n\nHis trainer, Roberto '
        'Soto, 68, has trained him since he was 12. "He is the same boy who came in here with shoes too big," '
        'Soto says.\n\nRuiz laughs at that. "I fight for the ones who never got out," he says.',
        [('He is the same boy who came in here with shoes too big,', 'Roberto Soto', 'trainer', 'Marco Antonio Ruiz',
          'Soto', 'says'),
         ('I fight for the ones who never got out,', 'Marco Antonio Ruiz', None, None, 'he', 'says')],
    ),
    'Scottish given names of the world table tell a person and her gender': (
        'Teachers strike\n\nCouncillor Graeme Lindsay said councils could not fund a higher offer.\n\nBack at '
        'the rally, Mairi MacAulay is now speaking. "They told us there was no more money. There is always '
        'money," she told the crowd.',
        [('They told us there was no more money. There is always money,', 'Mairi MacAulay', None, None, 'she', 'told')],
    ),
    "a city square's name is a place's, whatever the recogniser took it for": (
        'Teachers strike\n\nThousands marched to a rally in George Square on Tuesday. "Not one teacher I know '
        'wanted to be out here today," he said.',
        [('Not one teacher I know wanted to be out here today,', None, None, None, 'he', 'said')],
    ),
    "a full name the recogniser took for a work's, speaking, is a person's": (
        'Teachers strike\n\nThe Education Secretary has just spoken to broadcasters at Holyrood. "I want to see '
        'young people back in their classrooms," Catriona Dunbar-Rennie said.\n\nAsked whether there was new '
        'money, she said: "I\'m not going to negotiate through the media."',
        [('I want to see young people back in their classrooms,', 'Catriona Dunbar-Rennie', 'Education Secretary',
          None, 'Catriona Dunbar-Rennie', 'said'),
         ("I'm not going to negotiate through the media.", 'Catriona Dunbar-Rennie', 'Education Secretary', None,
          'she', 'said')],
    ),
    "a name another language's word for a company opens is a company's, not a person set beside a role": (
        'Flooded streets\n\nThe council blamed the contractor.\n\nThe contractor, Construtora Limpopo, Lda., '
        'gave a different account. In a written reply to our questions, the company said it had not received "a '
        'single metical" since October.',
        [('a single metical', 'Construtora Limpopo', None, None, 'the company', 'said')],
    ),
    "a portfolio the recogniser took for a body, right before its holder's noun, is the title's": (
        'Talks collapsed\n\nThe Education Secretary, Catriona Baird, spoke to broadcasters at Holyrood. "I want '
        'to see young people back in their classrooms," she said.',
        [('I want to see young people back in their classrooms,', 'Catriona Baird', 'Education Secretary', None,
          'she', 'said')],
    ),
    "an apostrophe typed for the okina before a Tongan given name is the name's first letter": (
        "Rising seas\n\nThe motion, tabled on Monday by 'Aisea Fonua, the people's representative for Tongatapu "
        '6, lists 14 grounds. "The people of Ha\'apai are still living in tents," Fonua said.',
        [("The people of Ha'apai are still living in tents,", "'Aisea Fonua", 'representative', 'people', 'Fonua',
          'said')],
    ),
    "the Church of England's 'Revd' and 'Rt Revd' are no words of the name and state no office": (
        'The Revd Dr Hannah Oduya, chief executive of Lamplight Housing Trust, said: "Last winter we turned '
        'away more than 300 people."\n\nThe Rt Revd Simon Ashdown, the Bishop of Kirkstall, described the '
        'partnership as "the Gospel with its sleeves rolled up".',
        [('Last winter we turned away more than 300 people.', 'Hannah Oduya', 'chief executive',
          'Lamplight Housing Trust', 'Hannah Oduya', 'said'),
         ('the Gospel with its sleeves rolled up', 'Simon Ashdown', 'Bishop of Kirkstall', None, 'Simon Ashdown',
          'described')],
    ),
    "'Archdeacon' before a name is the role": (
        'Archdeacon Ruth Oyelaran, whose archdeaconry covers the rural north, told the synod the plan "reads '
        'like it was written in a city, by people who drive to church".',
        [('reads like it was written in a city, by people who drive to church', 'Ruth Oyelaran', 'Archdeacon', None,
          'Ruth Oyelaran', 'told')],
    ),
    "'Al-Hajj', 'Ka' and 'Lonko' before a name are no words of it": (
        '"Bakers in Tripoli have waited a long time for guarantees like these," said Al-Hajj Ramadan Bashir '
        'Ezzawi, head of the bakers\' association.\n\n"They came with rice and with papers," said Ka Andoy '
        'Salvador, a tribal chieftain from the village.\n\nThe Mapuche leader of the valley communities, Lonko '
        'Juana Calfucura Millapán, said the consultation had been "a theatre, with the ending already written".',
        [('Bakers in Tripoli have waited a long time for guarantees like these,', 'Ramadan Bashir Ezzawi', 'head',
          "bakers' association", 'Ramadan Bashir Ezzawi', 'said'),
         ('They came with rice and with papers,', 'Andoy Salvador', None, None, 'Andoy Salvador', 'said'),
         ('a theatre, with the ending already written', 'Juana Calfucura Millapán', 'leader', 'Mapuche',
          'Juana Calfucura Millapán', 'said')],
    ),
    "'Emeritus' after a title before a name is the title's": (
        'Bishop Emeritus Konrad von Wettersheim, who led the diocese for almost a quarter of a century, said in '
        'a statement: "I ask for forgiveness, though I know it is not mine to demand."',
        [('I ask for forgiveness, though I know it is not mine to demand.', 'Konrad von Wettersheim',
          'Bishop Emeritus', None, 'Konrad von Wettersheim', 'said')],
    ),
    "a portfolio joined by 'and' before a name the recogniser took it into is the title's": (
        'Minister for Asylum and Migration Marjolein van der Linden-Bos has begun her reply to MPs. "The system '
        'is at breaking point," she said.',
        [('The system is at breaking point,', 'Marjolein van der Linden-Bos', 'Minister for Asylum and Migration',
          None, 'she', 'said')],
    ),
    'a German military rank before a name is the role': (
        'She met Oberfeldwebel Jonas Albrecht, a 41-year-old IT administrator who has served as a reservist for '
        'two decades. "We are motivated," Albrecht said.',
        [('We are motivated,', 'Jonas Albrecht', 'Oberfeldwebel', None, 'Albrecht', 'said')],
    ),
    "a namesake's full name found in a later pass is the surname's next referent, under 'Mr' too": (
        'Committee chairman Cllr Tariq Mahmood said the scheme was fine.\n\n"I have read every one of the '
        'objections," he said.\n\nCllr Mahmood is no relation of Imran Mahmood, a trustee of the mosque, who '
        'told the committee the congregation had outgrown its building.\n\n"On Fridays we have men praying on '
        'the pavement in the rain," Mr Mahmood said.',
        [('I have read every one of the objections,', 'Tariq Mahmood', 'Committee chairman', None, 'he', 'said'),
         ('On Fridays we have men praying on the pavement in the rain,', 'Imran Mahmood', 'trustee', 'mosque',
          'Mahmood', 'said')],
    ),
    "'the witness' stands for the one a copula named the witness": (
        "The prosecution's first witness was Brandauer Markt's former head of accounting, Sabine Möller, who "
        'said she was not related to the prosecutor.\n\nAsked by presiding judge Dr. Ursula Berghoff what '
        'response she had received, the witness said the managing director had called her in.\n\n"He told me '
        'the numbers were too pessimistic," she said.\n\n"That is true," the witness replied.',
        [('He told me the numbers were too pessimistic,', 'Sabine Möller', 'former head of accounting',
          'Brandauer Markt', 'she', 'said'),
         ('That is true,', 'Sabine Möller', 'former head of accounting', 'Brandauer Markt', 'the witness', 'replied')],
    ),
    "a body's name set beside a name, owning the title hung on its 'of', is the affiliation": (
        "Lorraine Beaudoin-Keller, the Department of National Defence's assistant deputy minister for materiel, "
        'told the committee that design changes had pushed back construction.\n\n"I am not going to sit here '
        'and tell you that this is good news," Beaudoin-Keller said.',
        [('I am not going to sit here and tell you that this is good news,', 'Lorraine Beaudoin-Keller',
          'assistant deputy minister for materiel', 'Department of National Defence', 'Beaudoin-Keller', 'said')],
    ),
    "'Father' before a name is no word of it, and 'the cardinal' stands for the Cardinal named": (
        'Father Diarmuid Kearney-Boyle, an Irish Jesuit who trained the facilitators, said the approach was '
        'deliberately slow. "People arrive ready to win an argument," he said.\n\nCardinal Aurelio Benedetti, '
        'who will preside over the new tribunal, spoke next. Asked whether retired bishops could be tried, the '
        'cardinal said: "Retirement is not an amnesty."',
        [('People arrive ready to win an argument,', 'Diarmuid Kearney-Boyle', None, None, 'he', 'said'),
         ('Retirement is not an amnesty.', 'Aurelio Benedetti', 'Cardinal', None, 'the cardinal', 'said')],
    ),
    "'the cleric' stands for the religious leader named before": (
        'Sheikh Abubakar Sani Dogo, chairman of the Plateau Council of Ulama, stood beside the bishop.\n\nDogo, '
        'who spoke first in Hausa, said the killers did not represent any religion.\n\n"There is no verse in '
        'the Koran that permits a man to kill a sleeping child," the cleric said.',
        [('There is no verse in the Koran that permits a man to kill a sleeping child,', 'Abubakar Sani Dogo',
          'chairman', 'Plateau Council of Ulama', 'the cleric', 'said')],
    ),
    "a name with particles the recogniser took for a date ('Pieter-Jan') is a person's": (
        'Pieter-Jan van der Meulen, a former member of the Dutch Restitutions Committee, said such splits were '
        'increasingly common. "The first generation wanted the things back," he said.',
        [('The first generation wanted the things back,', 'Pieter-Jan van der Meulen', 'former member',
          'Dutch Restitutions Committee', 'he', 'said')],
    ),
    "an age written before a name the recogniser took for a body makes it a person's": (
        'One of its first graduates, 24-year-old Yessica Huamán Condori, now leads a team of wardens on the '
        'northern terraces. "When I was a child, the ruins belonged to the tourists," she said.',
        [('When I was a child, the ruins belonged to the tourists,', 'Yessica Huamán Condori', None, None, 'she',
          'said')],
    ),
    "'the witness' is no longer the one a copula named once someone named since told the court": (
        'The first witness was Fiona MacLeod, a senior planning officer at the council.\n\nA forensic '
        'accountant, Graham Souter, told the court he had traced cash withdrawals.\n\n"It could have been," the '
        'witness said.',
        [('It could have been,', None, None, None, 'the witness', 'said')],
    ),
    "a surname of several words under a clause on 'asked' whose pronoun tells the gender": (
        'For 38 years, Pierre-Yves Le Goff delivered letters around the hill villages.\n\nHis wife, Monique Le '
        'Goff, remembers it differently. "He was whispering," she said.\n\nMonique Le Goff said her husband had '
        'already gone back to his searches. "He says one comet is enough," she said.\n\nAsked whether he hoped '
        'to find another, Le Goff only shrugged. "The comet has my name on it."',
        [('He was whispering,', 'Monique Le Goff', "Pierre-Yves Le Goff's wife", None, 'she', 'said'),
         ('He says one comet is enough,', 'Monique Le Goff', "Pierre-Yves Le Goff's wife", None, 'she', 'said'),
         ('The comet has my name on it.', 'Pierre-Yves Le Goff', None, None, 'Le Goff', 'Asked')],
    ),
    "a surname set beside 'the prosecutor' is the namesake who is one, though another was named alone in a quote": (
        'Public prosecutor Jens Möller described that account as "a story told with hindsight".\n\nThe first '
        'witness was the chain\'s former head of accounting, Sabine Möller.\n\n"Is it not true, Frau Möller, '
        'that you warned of a crisis in 2021?" the defence lawyer asked.\n\nMöller, the prosecutor, said the '
        'selective payments were "at the heart of the case".',
        [('a story told with hindsight', 'Jens Möller', 'public prosecutor', None, 'Jens Möller', 'described'),
         ('Is it not true, Frau Möller, that you warned of a crisis in 2021?', None, 'defence lawyer', None,
          'the defence lawyer', 'asked'),
         ('at the heart of the case', 'Jens Möller', 'public prosecutor', None, 'Möller', 'said')],
    ),
    "'That was the blunt assessment of X' after a quote gives it to X": (
        'Phil Tremayne was having none of it.\n\n"You can build the biggest bucket in the world, but if it '
        'doesn\'t rain, it\'s an empty bucket." That was the blunt assessment of Tremayne, a retired '
        'hydrographer.',
        [("You can build the biggest bucket in the world, but if it doesn't rain, it's an empty bucket.",
          'Phil Tremayne', 'retired hydrographer', None, 'Tremayne', 'assessment')],
    ),
    "a letter after 'with' on a body's verb is the body's, and 'the letter said' too": (
        "The Warrangatta Valley Irrigators' Association weighed in with a letter to all nine councillors. "
        '"Council should stand with the people who grow this region\'s food," the letter said.',
        [("Council should stand with the people who grow this region's food,",
          "Warrangatta Valley Irrigators' Association", None, None, 'the letter', 'said')],
    ),
    "a clause 'that' opens, its participle read as a clausal subject, is no cue of the quote": (
        'Minister al-Fituri welcomed the deal. The minister added that the ministry would continue to monitor '
        'the price and weight of bread through its inspection teams, and that bakeries found selling loaves '
        'below the official weight "will face the full force of the law".',
        [('will face the full force of the law', 'al-Fituri', 'Minister', None, 'The minister', 'added')],
    ),
    "'The message, posted by X,' opening the sentence after a quote gives it to X": (
        'Residents queued for water for a third day.\n\n"Our teams are working 24 hours a day. We are asking '
        'residents for patience." The message, posted by municipal spokesman Sipho Ndlovu on Wednesday night, '
        'drew thousands of angry replies within hours.',
        [('Our teams are working 24 hours a day. We are asking residents for patience.', 'Sipho Ndlovu',
          'municipal spokesman', None, 'Sipho Ndlovu', 'message')],
    ),
    "'That plea came later from X' after a quote gives it to X": (
        'Sheriff Dolores Ybarra-Quinn ordered the evacuation.\n\n"Please, please do not drive around the '
        'barricades on River Road." That plea came a few minutes later from Sgt. Monica Reyes, who said '
        'officers had turned back a dozen drivers.',
        [('Please, please do not drive around the barricades on River Road.', 'Monica Reyes', 'Sergeant', None,
          'Monica Reyes', 'plea')],
    ),
    'a tag set into a sentence is not the speaker of words a colon gives the verb after it': (
        'The jury was shown emails sent by the dealer to an associate. In one, the prosecution says, the dealer '
        'Tom Reyes wrote: "Need a nice old paper trail for the two Koh Ker boys."',
        [('Need a nice old paper trail for the two Koh Ker boys.', 'Tom Reyes', 'dealer', None, 'Tom Reyes', 'wrote')],
    ),
    "'the centre' stands for a body named 'Center', the other spelling": (
        'Le Goff reported the object to the Minor Planet Center in Cambridge, Massachusetts. After professional '
        'telescopes confirmed its motion, the centre announced the discovery, describing it as "a long-period '
        'comet on a near-parabolic orbit."',
        [('a long-period comet on a near-parabolic orbit.', 'Minor Planet Center', None, None, 'the centre',
          'describing')],
    ),
    "a quote's own paragraph, then one opening 'The message, posted by X,' or 'That plea came from X'": (
        'Residents queued for water for a third day.\n\n"Our teams are working 24 hours a day."\n\nThe message, '
        'posted by municipal spokesman Sipho Ndlovu on Wednesday night, drew thousands of angry '
        'replies.\n\n"Please do not drive around the barricades on River Road."\n\nThat plea came a few minutes '
        'later from Sgt. Monica Reyes, who said officers had turned back a dozen drivers.',
        [('Our teams are working 24 hours a day.', 'Sipho Ndlovu', 'municipal spokesman', None, 'Sipho Ndlovu',
          'message'),
         ('Please do not drive around the barricades on River Road.', 'Monica Reyes', 'Sergeant', None,
          'Monica Reyes', 'plea')],
    ),
    "a date the recogniser ended on a name's particle runs on over the rest of the name": (
        'There are seven heirs in all, grandchildren and great-grandchildren of Salomon Blumenfeld, scattered '
        'across Britain, Israel, the Netherlands and Canada. Five, including David, have signed the '
        'agreement.\n\nPieter-Jan van der Meulen, a former member of the Dutch Restitutions Committee in The '
        'Hague, said such splits were increasingly common as the generation that remembered the war passed '
        'away.\n\n"The first generation wanted the things back because they were pieces of a life," he said. '
        '"The third generation often never saw those things. For them a painting can be a memory, or it can be '
        'a university fund. Neither is shameful."',
        [('The first generation wanted the things back because they were pieces of a life,',
          'Pieter-Jan van der Meulen', 'former member', 'Dutch Restitutions Committee', 'he', 'said'),
         ('The third generation often never saw those things. For them a painting can be a memory, or it can be a university fund. Neither is shameful.',
          'Pieter-Jan van der Meulen', 'former member', 'Dutch Restitutions Committee', 'he', 'said')],
    ),
    "the Dutch article ''t' among a surname's particles keeps the name whole": (
        'Sanne van ’t Hof, parliamentary leader of the Civic Centre party, whose eight seats the coalition '
        'needs, has just spoken to reporters.\n\n“We are not a rubber stamp,” Van ’t Hof said.',
        [('We are not a rubber stamp,', 'Sanne van ’t Hof', 'parliamentary leader', 'Civic Centre party',
          'Van ’t Hof', 'said')],
    ),
    "words someone was told by X to say or do, in the passive, are X's, whoever reports them": (
        "Kevin Brannigan, national officer of the union, spoke on Monday. Brannigan said workers at the chain's "
        'distribution centre near Wakefield had been told by managers to "carry on as normal", which he called '
        '"an insult to people who are worried about paying their rent".',
        [('carry on as normal', None, 'managers', None, 'managers', 'told'),
         ('an insult to people who are worried about paying their rent', 'Kevin Brannigan', 'national officer',
          'union', 'he', 'called')],
    ),
    "a name ending in 'Shipyards' is a company's, whom 'the company' stands for": (
        '"No ship will sail if it is not safe to sail. That is not negotiable," said Vice-Admiral Paul-André '
        'Lemieux. He acknowledged that maintaining the older frigates was becoming "more expensive every year" '
        'and that some would need additional refits.\n\nAtlantic Coast Shipyards, the prime contractor, said in '
        'a statement that it remained "fully committed" to the programme and that the revised schedule '
        'reflected "the complexity of building a first-of-class warship in Canada".\n\n"Our workforce has grown '
        'by more than 1,200 people in three years, and productivity on the second block of the lead ship is '
        'already significantly higher than on the first," the company said.',
        [('No ship will sail if it is not safe to sail. That is not negotiable,', 'Paul-André Lemieux',
          'Vice-Admiral', None, 'Paul-André Lemieux', 'said'),
         ('more expensive every year', 'Paul-André Lemieux', 'Vice-Admiral', None, 'He', 'acknowledged'),
         ('the complexity of building a first-of-class warship in Canada', None, None, None, 'the revised schedule',
          'reflected'),
         ('Our workforce has grown by more than 1,200 people in three years, and productivity on the second block of the lead ship is already significantly higher than on the first,',
          'Atlantic Coast Shipyards', None, None, 'the company', 'said')],
    ),
    "'Ma.' before a second given name stays with the name and ends no sentence": (
        '“We are drawing water out of the reservoir faster than the rain can put it back,” said Engr. Ma. '
        'Teresa dela Cruz-Santos, a hydrologist at the University of Luzon Institute of Hydrology. “El Niño has '
        'made the dry season drier.”',
        [('We are drawing water out of the reservoir faster than the rain can put it back,',
          'Teresa dela Cruz-Santos', 'hydrologist', 'University of Luzon Institute of Hydrology',
          'Teresa dela Cruz-Santos', 'said'),
         ('El Niño has made the dry season drier.', 'Teresa dela Cruz-Santos', 'hydrologist',
          'University of Luzon Institute of Hydrology', 'Teresa dela Cruz-Santos', 'said')],
    ),
    "'the presiding judge' is no one whose role the article stated as another": (
        'Walid Gharbi, the second defence lawyer, rose to question the witness.\n\n“So the shortage existed,” '
        'Gharbi said, turning to the bench.\n\nThe presiding judge cut him off, telling him that “the court '
        'will decide which questions are relevant”.',
        [('So the shortage existed,', 'Walid Gharbi', 'second defence lawyer', None, 'Gharbi', 'said'),
         ('the court will decide which questions are relevant', None, 'presiding judge', None, 'The presiding judge',
          'telling')],
    ),
    "a Spanish married name, 'de' before the husband's surname, with a pronoun in a clause on it": (
        'Nilda Mamani de Colque was 19 when she first crossed the Salar de Uyuni with her father. Today she '
        'leads the Council of Ayllus of Nor Lípez.\n\n"The salt is our grandmother," she said. "She fed us '
        'before there was any state."',
        [('The salt is our grandmother,', 'Nilda Mamani de Colque', None, None, 'she', 'said'),
         ('She fed us before there was any state.', 'Nilda Mamani de Colque', None, None, 'she', 'said')],
    ),
    "'Tata', the Andean form of respect, before a name, is no part of it": (
        '"The mountain is not for sale and it was never for sale," said Tata Faustino Choque Llanque, the '
        'jilakata of the ayllu.\n\nAt the close of the meeting, Choque addressed the crowd again.\n\n"We have '
        'waited three years for the authorities."',
        [('The mountain is not for sale and it was never for sale,', 'Faustino Choque Llanque', None, None,
          'Faustino Choque Llanque', 'said'),
         ('We have waited three years for the authorities.', 'Faustino Choque Llanque', None, None, 'Choque', None)],
    ),
    "'Monseñor' and 'Avvocato' before a name are honorifics": (
        '"The Church cannot remain silent," said Monseñor Julio César Zárate, bishop of the Chaco '
        'vicariate.\n\n"It is a sign of strength," said Avvocato Raffaele Iaccarino, director of the regional '
        'tourism agency.',
        [('The Church cannot remain silent,', 'Julio César Zárate', 'bishop', 'Chaco vicariate',
          'Julio César Zárate', 'said'),
         ('It is a sign of strength,', 'Raffaele Iaccarino', 'director', 'regional tourism agency',
          'Raffaele Iaccarino', 'said')],
    ),
    "'Cpl' before a surname is the Corporal named before": (
        'Corporal Faith Chebet, of the Directorate of Criminal Investigations, was cross-examined by defence '
        'counsel Njeri Mwangi-Karanja.\n\n"Was there an entry?" Ms Mwangi-Karanja asked.\n\n"There was a letter '
        'from the county," Cpl Chebet said.',
        [('Was there an entry?', 'Njeri Mwangi-Karanja', 'defence counsel', None, 'Mwangi-Karanja', 'asked'),
         ('There was a letter from the county,', 'Faith Chebet', 'Corporal',
          'Directorate of Criminal Investigations', 'Chebet', 'said')],
    ),
    "a company named with 'S.A.' is what 'the company' names, past a village named since": (
        'The excavators of Minera Cóndor Dorado S.A. have been working upstream since 2022.\n\nTsuntsuim, '
        'population 312, sits directly downstream.\n\n"We are committed to the highest environmental '
        'standards," the company said in written answers to questions.',
        [('We are committed to the highest environmental standards,', 'Minera Cóndor Dorado S.A.', None, None,
          'the company', 'said')],
    ),
    "'the younger X' of two namesakes, one set beside 'Rosa's daughter', is the daughter": (
        'For about six hours last month, Rosa Delgado-Méndez believed she was a quarter of a million dollars '
        'richer.\n\nThe case might have stayed private had it not been for Carmen Delgado-Méndez, Rosa’s '
        'daughter, who posted a photo of the ticket and the letter on Facebook the day the letter '
        'arrived.\n\n“It was my whole life savings,” Rosa Delgado-Méndez told a reporter.\n\nThe post has been '
        'shared more than 9,000 times. The younger Delgado-Méndez, 31, a dental hygienist, said she had been '
        'surprised by the response. “I didn’t expect anybody outside our family to care,” she said. “People '
        'I’ve never met are sending my mom messages every day.”',
        [('It was my whole life savings,', 'Rosa Delgado-Méndez', None, None, 'Rosa Delgado-Méndez', 'told'),
         ('I didn’t expect anybody outside our family to care,', 'Carmen Delgado-Méndez', 'dental hygienist', None,
          'she', 'said'),
         ('People I’ve never met are sending my mom messages every day.', 'Carmen Delgado-Méndez',
          'dental hygienist', None, 'she', 'said')],
    ),
    "'Dr de Wit' of two namesakes is the one written with 'Dr' before": (
        '"An automated message is not a conversation," said Joost de Wit, director of enforcement at the '
        'regulator.\n\nDr Anouk de Wit, who led the research, said the shoppers gave every chance.\n\n"Our '
        'shoppers were 18 and 19 years old," Dr de Wit said.',
        [('An automated message is not a conversation,', 'Joost de Wit', 'director of enforcement', 'regulator',
          'Joost de Wit', 'said'),
         ('Our shoppers were 18 and 19 years old,', 'Anouk de Wit', None, None, 'de Wit', 'said')],
    ),
    "an Irish name the recogniser missed, given name, 'Ó' and surname, the surname then written alone": (
        '“We are losing a kitchen a week”: the restaurant federation’s new chief on VAT, visas and '
        'burnout\n\nInterview by Clodagh Brennan\n\nPádraig Ó Súilleabháin has been chief executive of the '
        'Irish Restaurant and Café Federation for exactly eleven weeks when we meet.\n\n“Dangerous to whom?” he '
        'asks.\n\nÓ Súilleabháin, 52, spent twenty years running restaurants in Cork and Galway.',
        [('We are losing a kitchen a week', None, None, None, None, None),
         ('Dangerous to whom?', 'Pádraig Ó Súilleabháin', 'chief executive', 'Irish Restaurant and Café Federation',
          'he', 'asks')],
    ),
    'words all in small letters the recogniser took for a name are no one a pronoun means': (
        'Brian Otieno Ochieng runs Bet Free Kenya, a peer-support network.\n\nAs our tea goes cold, Otieno '
        'talks about the meetings. Many of those who come are students or boda boda riders.\n\n"Recovery is not '
        'a straight line," he says.',
        [('Recovery is not a straight line,', 'Brian Otieno Ochieng', None, None, 'he', 'says')],
    ),
    "'the SHO' is the Station House Officer named before": (
        'Supporters gathered outside the office. Zafar Iqbal, the station house officer, said police had '
        'deployed a heavy contingent.\n\nMudassar Iqbal, the network’s Punjab coordinator, watched.\n\n"There '
        'was sloganeering from both sides," the SHO said.',
        [('There was sloganeering from both sides,', 'Zafar Iqbal', 'station house officer', None, 'the SHO', 'said')],
    ),
    "'prefect' before a name is a role": (
        "The government's representative in the province, prefect Edith Huamán Cárdenas, said she had met "
        'community leaders four times.\n\n"There is good faith on both sides," the prefect said.',
        [('There is good faith on both sides,', 'Edith Huamán Cárdenas', 'prefect', None, 'the prefect', 'said')],
    ),
    'the first of two Spanish surnames, the second opened by particles, written alone': (
        'Daniela Crespo de la Torre, who represented the mining company, told the court it had held '
        'meetings.\n\nJudge Carmen Estrella Viteri then turned to the state\'s lawyer. "Does the ministry keep '
        'any record?" Estrella asked.\n\nSeveral judges also questioned Crespo about the licence. She said the '
        'company "has never been sanctioned."',
        [('Does the ministry keep any record?', 'Carmen Estrella Viteri', 'Judge', None, 'Estrella', 'asked'),
         ('has never been sanctioned.', 'Daniela Crespo de la Torre', None, None, 'She', 'said')],
    ),
    "a hyphened given name and a capitalised particle, a relative clause on 'who' after them": (
        'Paulo Serrão Antunes, a Lisbon-based scientist, said the rule was sound.\n\nJean-Baptiste Le Goff, who '
        'heads a fishermen’s committee in Brittany, called the rule “a nightmare at sea”. “You can have a hold '
        'to fill and you tie up in port,” he said.',
        [('a nightmare at sea', 'Jean-Baptiste Le Goff', None, None, 'Jean-Baptiste Le Goff', 'called'),
         ('You can have a hold to fill and you tie up in port,', 'Jean-Baptiste Le Goff', None, None, 'he', 'said')],
    ),
    'of namesakes, the one whose role a description in the sentence or the one before names': (
        'Independent councillor Declan Ó Súilleabháin tabled the motion.\n\nPádraig Ó Súilleabháin, the '
        'company’s regional operations manager for the west, said the decision had not been taken '
        'lightly.\n\nThe councillor was unmoved. “Then run a smaller bus,” Ó Súilleabháin shot '
        'back.\n\nSpeaking after the vote, the regional manager said he would bring the concerns to the board. '
        '“I can’t promise a different outcome,” Mr Ó Súilleabháin said.',
        [('Then run a smaller bus,', 'Declan Ó Súilleabháin', 'independent councillor', None, 'Ó Súilleabháin',
          'shot back'),
         ('I can’t promise a different outcome,', 'Pádraig Ó Súilleabháin', 'regional operations manager', 'company',
          'Ó Súilleabháin', 'said')],
    ),
    "'Those words came not from X but from Y' is Y": (
        '"Our offices remain open for those who wish to consolidate."\n\nThose words came not from the '
        'secretary but from Maricel dela Paz-Ocampo, a spokeswoman for the board, who briefed reporters in the '
        'afternoon.',
        [('Our offices remain open for those who wish to consolidate.', 'Maricel dela Paz-Ocampo', 'spokeswoman',
          'board', 'Maricel dela Paz-Ocampo', 'words')],
    ),
    "'the spokeswoman' is the spokeswoman met unnamed, however far back": (
        'Queues of lorries stretched for miles outside the port on Monday.\n\nA spokeswoman for the terminal '
        'said turnaround times had returned to “close to normal” by Thursday.\n\nHauliers said the new booking '
        'system had failed on its first day. Drivers waited up to nine hours without food or toilets, and some '
        'missed ferries to the continent as a result. Several firms said they would send invoices to the '
        'terminal for the lost time, and one said it would stop using the port altogether until the system was '
        'fixed. Council officers said they had received dozens of complaints from residents about lorries '
        'parked on verges and in lay-bys.\n\nThe local MP, Rachel Okafor-Benn, said she had raised the matter '
        'with ministers. “The port has to be a good neighbour,” she said.\n\nAsked whether the terminal would '
        'pay compensation, the spokeswoman said each case would be looked at “on its merits”.',
        [('close to normal', None, 'spokeswoman', 'terminal', 'A spokeswoman for the terminal', 'said'),
         ('The port has to be a good neighbour,', 'Rachel Okafor-Benn', 'local MP', None, 'she', 'said'),
         ('on its merits', None, 'spokeswoman', None, 'the spokeswoman', 'said')],
    ),
    "'the witness' is the one a copula named so, the name its subject": (
        "Yotamu Chirwa, the commission's director of ICT, was the first witness called by the "
        'respondents.\n\nSenior Counsel Lusungu Mkandawire opened for the petitioner. "My lords, the case is '
        'simple," Mkandawire said.\n\nOne of the judges, Justice Mphatso Kaunda, asked who could override '
        'figures.\n\n"Three people. Myself, my deputy and the chief elections officer," the witness replied.',
        [('My lords, the case is simple,', 'Lusungu Mkandawire', 'Senior Counsel', None, 'Mkandawire', 'said'),
         ('Three people. Myself, my deputy and the chief elections officer,', 'Yotamu Chirwa', 'director',
          'commission', 'the witness', 'replied')],
    ),
    "a lead's description owned by 'its' is the one holding the office who speaks later, not whoever speaks next": (
        'GRONINGEN – When Van Houten Media Groep announced on Monday that it had agreed to buy Het Noordelijk '
        'Dagblad, its chief executive promised readers that “nothing essential will change”.\n\n“Every buyer '
        'says that on day one,” said Marieke de Vries, the paper’s editor-in-chief since 2019.\n\nVan Houten’s '
        'chief executive, Jan-Willem van der Meulen, said the group would invest in the paper’s digital '
        'operation.',
        [('nothing essential will change', 'Jan-Willem van der Meulen', 'chief executive', 'Van Houten',
          'its chief executive', 'promised'),
         ('Every buyer says that on day one,', 'Marieke de Vries', None, None, 'Marieke de Vries', 'said')],
    ),
    "a quote's pronoun is not the one holder of an office the quote makes its subject ('The senator and I')": (
        'Dr. Adaeze Okonkwo-Balogun had been director-general of the National Space Research and Development '
        "Agency for exactly 41 days when we met in her office on the agency's campus off the Airport Road. She "
        'has spent most of them, she says, “listening, mostly to people telling me what went wrong.”\n\nHer '
        'predecessor as director-general, Professor Ibrahim Danladi Garba, defended that approach in a 2019 '
        "interview with this newspaper, arguing that “you must work in another man's workshop before you can "
        'build your own.”\n\nMoney, as ever, is the problem. Senator Hadiza Bello-Yusuf, who chairs the Senate '
        'committee on science and technology, told this newspaper last week that lawmakers were in no hurry to '
        "raise the agency's allocation. “The agency will get the money when it shows results. That is how it "
        'works for every other agency,” she said.\n\nTold of the remark, the director-general laughs. “The '
        'senator and I want the same thing,” she says. “We just disagree about which comes first, the money or '
        'the results.”',
        [('listening, mostly to people telling me what went wrong.', 'Adaeze Okonkwo-Balogun', 'director',
          'National Space Research and Development Agency', 'she', 'says'),
         ("you must work in another man's workshop before you can build your own.", 'Ibrahim Danladi Garba',
          'Professor', None, 'Ibrahim Danladi Garba', 'arguing'),
         ('The agency will get the money when it shows results. That is how it works for every other agency,',
          'Hadiza Bello-Yusuf', 'Senator', None, 'she', 'said'),
         ('The senator and I want the same thing,', 'Adaeze Okonkwo-Balogun', 'director',
          'National Space Research and Development Agency', 'she', 'says'),
         ('We just disagree about which comes first, the money or the results.', 'Adaeze Okonkwo-Balogun',
          'director', 'National Space Research and Development Agency', 'she', 'says')],
    ),
    'a pronoun speaking after a quote, the sentence before asking someone whether: the one asked answers': (
        'Corporal Faith Chebet, of the Directorate of Criminal Investigations in Nakuru, was being '
        'cross-examined by defence counsel Njeri Mwangi-Karanja in the trial of Kevin Otieno Ouma, a reporter '
        'with the Rift Valley Mirror.\n\n"My instructions were to establish who had published the articles," '
        'the officer replied. "Whether it was true was a matter for the court."\n\nProsecution counsel Achieng '
        'Otieno objected repeatedly during the cross-examination, arguing that the defence was "putting the '
        'county on trial instead of the accused".\n\n"The question before this court is narrow," Ms Otieno '
        'said. "Did the accused publish information he knew to be false? Everything else is noise."\n\nIn '
        're-examination, Ms Otieno asked the officer whether the one-day delay in recording the complaint had '
        'affected the investigation in any way.\n\n"Not at all," she said. "The letter was received, and the '
        'matter was acted on the same day."',
        [('My instructions were to establish who had published the articles,', 'Faith Chebet', 'Corporal',
          'Directorate of Criminal Investigations', 'the officer', 'replied'),
         ('Whether it was true was a matter for the court.', 'Faith Chebet', 'Corporal',
          'Directorate of Criminal Investigations', 'the officer', 'replied'),
         ('putting the county on trial instead of the accused', 'Achieng Otieno', 'Prosecution counsel', None,
          'Achieng Otieno', 'arguing'),
         ('The question before this court is narrow,', 'Achieng Otieno', 'Prosecution counsel', None, 'Otieno',
          'said'),
         ('Did the accused publish information he knew to be false? Everything else is noise.', 'Achieng Otieno',
          'Prosecution counsel', None, 'Otieno', 'said'),
         ('Not at all,', 'Faith Chebet', 'Corporal', 'Directorate of Criminal Investigations', 'she', 'said'),
         ('The letter was received, and the matter was acted on the same day.', 'Faith Chebet', 'Corporal',
          'Directorate of Criminal Investigations', 'she', 'said')],
    ),
    'a pronoun speaking after a quote, the sentence before asking someone named whether: the one asked answers': (
        'Prosecutor Ann Ruiz, for the state, called the first witness of the day, Maria Lopez, a nurse.\n\n"Did '
        'you see the car?" Ruiz said.\n\nRuiz then asked Lopez whether she had spoken to the driver.\n\n"No, I '
        'never did," she said.',
        [('Did you see the car?', 'Ann Ruiz', 'Prosecutor', None, 'Ruiz', 'said'),
         ('No, I never did,', 'Maria Lopez', 'nurse', None, 'she', 'said')],
    ),
}


# Each construction's quotes as (kind, rule): full or partial, and the pass that found the speaker.
KINDS_AND_RULES = {
    "quote, X said": [("full", "syntax")],
    "quote, said X": [("full", "syntax")],
    "X said, quote": [("full", "syntax")],
    "X said: quote": [("full", "syntax")],
    "a phrase with no verb set in the writer's sentence is partial, though a capital opens it": [
        ("partial", "syntax")],
    "an exclamation with no verb set in the writer's sentence is full": [("full", "syntax")],
    "a tag verb the tagger took for a noun before a colon": [("full", "syntax")],
    "a noun of a reporting verb's form with a determiner before a colon is no tag verb": [("full", "colon")],
    "a participle after a clause set off by dashes is the main clause's": [("full", "syntax")],
    "a participle after a clause set off by dashes is not the clause's named subject's": [("full", "syntax")],
    "a partial quote in the next sentence, about what was just said, continues": [
        ("full", "syntax"), ("partial", "continuation")],
    "a partial quote in the next sentence, about something else, does not continue": [("full", "syntax")],
    "X ..., stating quote": [("full", "syntax")],
    "according to X": [("partial", "syntax")],
    "split quote keeps its speaker": [("full", "syntax"), ("full", "syntax")],
    "split quote with a first half too short to return": [("full", "syntax")],
    "lower-case words right after their tag and a comma": [("full", "syntax")],
    "lower-case words after a clause of the writer's and a comma": [("partial", "syntax")],
    "continuation paragraph": [("full", "syntax"), ("full", "continuation")],
    "quote running over paragraphs": [("full", "syntax"), ("full", "continuation")],
    "a new subject breaks the chain": [("full", "syntax"), ("full", "nearby")],
    "a new subject in a clause between the quotes breaks the chain": [("full", "syntax"), ("full", None)],
    "surname resolves to the full name, title learned": [("full", "syntax")],
    "pronoun resolves, appositive role for X": [("full", "syntax")],
    "a family name written first, alone, is the person the article named in full": [("full", "syntax"),
                                                                                     ("full", "syntax")],
    "a description is the person named first in the next sentence as a speaker": [("full", "syntax"),
                                                                                   ("full", "syntax")],
    "a description is not the person named next with a word of their own before the name": [("full", "syntax"),
                                                                                             ("full", "syntax")],
    "British single quotes beside a double one": [("full", "syntax"), ("full", "nearby"), ("full", "syntax")],
    "'the general' is a general, not an attorney general named since": [("full", "syntax")],
    "'the general' is a brigadier general": [("full", "syntax")],
    "a word between a full name's first and last, alone, is that person": [("full", "syntax")],
    "the last two words of a full name, alone, are that person": [("full", "syntax")],
    "an emir's honorific before the given name alone": [("full", "syntax")],
    "a nationality noun the recogniser took for a body describes the person named before": [("full", "syntax")],
    "pronoun agrees in gender with Mr./Mrs.": [("full", "syntax")],
    "unnamed spokesman for an organisation": [("full", "syntax")],
    "a bare spokesman after an organisation spoke is its spokesman": [("full", "syntax")],
    "a bare spokesman after an organisation that did not speak in the sentence before is nobody's": [
        ("full", "syntax")],
    "a bare role that is no spokesman after an organisation spoke is nobody's": [("full", "syntax")],
    "one of a group described before speaks as a member of it": [("full", "syntax")],
    "one of them after a group that spoke speaks as a member of it": [("full", "syntax")],
    "one of them after a group of no people is nobody in particular": [("full", "syntax")],
    "a speech noun as the subject of the verb a quote hangs on: came the reply from X": [("full", "governor")],
    "in the words of X": [("full", "syntax")],
    "a noun that is no speech noun before a quote gives it no one of its 'of'": [("full", None)],
    "the statement refers back past another 'the statement' that says no more": [("full", "syntax")],
    "a place's body, its owner written before it": [("full", "syntax")],
    "'it' after a place's body": [("full", "syntax")],
    "'the ministry' after a place's body": [("full", "syntax")],
    "'the air force' after a place's air force": [("full", "syntax"), ("full", "syntax")],
    "a body noun's phrase that ends no earlier body's name is that phrase": [("full", "syntax")],
    "a place's paper is no body noun's: its name alone": [("full", "syntax")],
    "organisation as speaker": [("full", "syntax")],
    "body noun as speaker": [("full", "syntax")],
    "title with nationality": [("full", "syntax")],
    "title with organisation": [("full", "syntax")],
    "a body noun opening a sentence before a title is part of the title, no body's name": [("full", "syntax")],
    "a party is the national one, not a state party the article names": [("full", "syntax")],
    "a party is the state party the article names where the title names the state": [
        ("full", "syntax"), ("full", "syntax")],
    "a possessive after a word ending in s, with a curly mark alone": [("full", "syntax")],
    "a body noun's possessive stands for the name it stood after, with another body named between": [
        ("partial", "syntax"), ("full", "syntax")],
    "a body noun opening a title does not stand for a name it stood after": [("full", "syntax")],
    "abbreviated title and party tag": [("full", "syntax")],
    "dash tag": [("full", "dash")],
    "partial quote under its governing verb": [("partial", "syntax")],
    "tag in the previous sentence": [("full", "nearby")],
    "speaker label before a colon": [("full", "colon")],
    "clause subject before a colon": [("full", "colon")],
    "a verb in a headline with its byline is no cue": [("full", "colon")],
    "a headline with its byline is no quote; the excerpt after it is the writer's": [("full", "colon")],
    "straight single quotes as the only marks: a split quote and a colon": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "according to a role, a name set off by commas the parse hung elsewhere": [("partial", "syntax")],
    "according to a role, a name after it with no comma to close it is someone else": [("partial", "syntax")],
    "a body's role and name, the parse making the body the subject": [("partial", "syntax")],
    "a body joined to a name with no role before it stays the subject": [("partial", "syntax")],
    "a title's body of two names joined by 'of'": [("partial", "syntax")],
    "an epithet by a sport's position refers back to the person: the All-Star guard": [("full", "syntax")],
    'reporting verb: told': [('full', 'syntax')],
    'reporting verb: added': [('full', 'syntax')],
    'reporting verb: wrote on Twitter': [('full', 'syntax')],
    'reporting verb: tweeted': [('full', 'syntax')],
    'reporting verb: warned, with a colon': [('full', 'syntax')],
    'reporting verb: insisted that, a partial quote': [('partial', 'syntax')],
    'reporting verb: stated': [('full', 'syntax')],
    'X said in an interview with Y': [('full', 'syntax')],
    "X's statement said": [('full', 'syntax')],
    "a body's title before the name: Kremlin spokesman": [('full', 'syntax')],
    "an acronym that spells a word, as the body in a title: WHO chief": [('full', 'syntax')],
    "an acronym that spells a word, as the body of an unnamed speaker": [('full', 'syntax')],
    "a body's title before the name: Senate Majority Leader": [('full', 'syntax')],
    'said X, the chief executive of Y': [('full', 'syntax')],
    "From a person, a colon, the quote": [("full", "colon")],
    "From a body, a colon, the quote": [("full", "colon")],
    "From a person, a verb that only sets the words there, a colon, the quote": [("full", "syntax"), ("full", "colon")],
    "From a body, 'came', a colon, the quote": [("full", "colon")],
    "From a body, another verb, a colon, the quote is the verb's subject's": [("full", "colon")],
    "From a body a common noun names, a colon, the quote": [("full", "colon")],
    "From a body with a relative clause, a colon, the quote": [("full", "colon")],
    "speech noun with a possessor": [("partial", "governor")],
    "participle after a name": [("full", "syntax")],
    "organisation pronoun": [("partial", "syntax")],
    "tag parsed apart after an exclamation": [("full", "syntax")],
    "partial quote nobody said is not returned": [],
    "relative clause": [("partial", "syntax")],
    "relative clause after an inverted tag": [("full", "syntax"), ("partial", "syntax")],
    "relative clause on a role in apposition": [("full", "syntax"), ("partial", "syntax")],
    "the second of two coordinated relative clauses": [("partial", "syntax")],
    "a common noun named by a participle": [("partial", "syntax")],
    "the noun a participle names someone by is their role": [("full", "syntax")],
    "a noun 'called' someone is the one who calls, however the parse hangs the verb": [("partial", "syntax")],
    "phrasal reporting verb": [("full", "syntax")],
    "a phrasal verb's word with an object of its own is a preposition, not a cue": [("full", "syntax")],
    "common noun with the name in apposition": [("partial", "syntax")],
    "definite description resolved to the person it describes": [("full", "syntax")],
    "quoted show title after the cue is not the speaker": [("full", "syntax")],
    "two subjects, the name speaks": [("full", "syntax")],
    "honorific and surname of a named person": [("full", "syntax")],
    "organisation by its fullest name": [("full", "syntax")],
    "a name parsed as the root breaks the chain": [("full", "syntax")],
    "a description by an office is not someone set beside a word for a relative or a resident": [
        ("full", "syntax"), ("full", "syntax")],
    "a description of a former office is not whoever holds the office now": [("full", "syntax")],
    "description of someone who already has a role": [("full", "syntax")],
    "transcript label inside the quote": [("full", "colon"), ("full", "colon")],
    "a label that names nobody is no speaker": [("full", None)],
    "a label that names nobody still ends the previous speaker's turn": [("full", "colon"), ("full", None)],
    "a label that opens several turns names its speaker": [("full", "colon")] * 3,
    "what a sentence says the speaker is": [("full", "syntax")],
    "a definite description of what a sentence said someone is": [("full", "syntax")],
    "what a quoted sentence says someone is gives no role": [("full", "syntax"), ("full", "syntax")],
    "a label the article writes in lower case is no name": [("full", None)] * 2,
    "a role noun opening several turns is no name": [("full", None), ("full", "colon"), ("full", None)],
    "left-over markup against the speaker's name": [("partial", "syntax")],
    "'the statement' after someone said something in a statement": [("full", "syntax")],
    "'the statement' after a statement issued by a body": [("full", "syntax")],
    "'who X called': the name after the relative pronoun speaks": [("partial", "syntax")],
    "a description inside a quote gives the speaker no role": [("full", "syntax")],
    "no attribution at all": [("full", None)],
    "reporting verb above the verb that governs the quote": [("partial", "syntax")],
    "a quote inside someone's reported speech is the reporter's": [("partial", "syntax")],
    "a quote in what someone else called it is theirs": [("partial", "syntax")],
    "a dateline with its country, tagged a body, is no speaker": [("partial", "governor")],
    "a dateline is no body a noun refers back to": [("full", "syntax")],
    "whom an unnamed source speaks to is not its body": [("full", "syntax")],
    "a pronoun in an aside is not the subject the aside interrupts": [("partial", "syntax")],
    "a lead's description that reports by a participle is the holder of its office named next":
        [("partial", "syntax")],
    "a lead's description is not the holder of another office named next": [("partial", "syntax")],
    "a section's lead, under a time stamp, introduces the next person who reports": [("full", "syntax")],
    "a description in a section's later sentence introduces no one": [("full", "syntax")],
    "someone unnamed by a tie to a person speaks": [("partial", "governor")],
    "of two joined tags in the sentence before, the later speaks next": [("full", "syntax"), ("full", "nearby")],
    "a statement from a body a common noun names speaks for that body": [("full", "syntax")],
    "the company is the one named before by its legal form": [("full", "syntax")],
    "the firm's officer works for the company named before by its legal form": [("partial", "syntax")],
    "a dateline the parse made a subject is no speaker": [("partial", "governor")],
    "a quote in what someone else described is theirs, under a reporting verb": [("partial", "syntax")],
    "a pronoun in what it called a quote is the speaker above": [("partial", "syntax")],
    "a tag sentence after a question closing two quotes": [("full", "syntax")],
    "a partial quote that is its sentence but for a connective continues the speaker": [
        ("full", "syntax"), ("partial", "continuation")],
    "a no-break space between the close mark and an inverted tag": [("full", "syntax")],
    "a document or body governing a partial quote speaks": [("partial", "governor")],
    "the passive subject of a reporting verb is what was described, not who spoke": [("partial", "syntax")],
    "a long partial quote nobody is said to have said is still returned": [("partial", None)],
    "a headline, a dash, then the name before the colon": [("full", "colon")],
    "a sentence, a dash, then a body the tagger missed before the colon": [("full", "colon")],
    "cue with no subject in the parse, a role nearer than a name": [("partial", "syntax")],
    "a long tag that opens with a name": [("full", "syntax")],
    "a document speaks for whoever put it out": [("full", "syntax")],
    "a caption speaks for whoever added it": [("full", "syntax")],
    "a body named short by the name it had in full before": [("full", "syntax")],
    "a participle hung on a clause of time belongs to the main clause": [("full", "syntax"), ("partial", "syntax"),
                                                                          ("partial", "syntax")],
    "cue with no subject in the parse, a verb's object nearer than the subject": [("partial", "syntax")],
    "partial quotes joined by 'and' share the first one's speaker and cue": [("partial", "syntax")] * 3,
    "a quote after a sentence about a named person, with no reporting verb": [("full", "nearby")],
    "a clause of a document speaks as the document": [("partial", "syntax")],
    "a partial quote in a clause of reason is the main clause's subject's": [("partial", "governor")],
    "a study or poll finds": [("partial", "syntax")],
    "manner-of-speaking verb as cue": [("full", "syntax")],
    "as X put it, a document speaking for its body": [("partial", "syntax")],
    "dash signature opening the next paragraph": [("full", "dash")],
    "dash signature set hard against the name": [("full", "dash")],
    "partial quote in a new sentence does not continue the speaker": [("full", "syntax")],
    "reporting verb above an earlier quote in the sentence": [("partial", "syntax"), ("partial", "syntax")],
    "shared subject past the verb of a later quote": [("partial", "syntax"), ("partial", "continuation")],
    "a possessor speaks through a statement, not through relatives": [("partial", "syntax")],
    "participle after what a reporting verb reports": [("full", "syntax")],
    "cue with no subject in the parse, the name far before it": [("full", "syntax")],
    "cue with no subject in the parse, a name in an aside between the subject and it": [("full", "syntax")],
    "the verb that governs a partial quote, past a copula": [("partial", "governor")],
    "a quoted label before a noun is nobody's words": [],
    "a name in apposition to the last noun of the speaker phrase": [("full", "nearby")],
    "a quote paragraph after a paragraph that reports, its main clause first": [("full", "nearby")],
    "a name with its party tag before a colon": [("full", "colon")],
    "cue with no subject in the parse, a role far before it": [("full", "syntax")],
    "a tag set hard against the close mark": [("full", "syntax"), ("full", "nearby")],
    "a tag verb the tagger took for a noun": [("full", "syntax"), ("full", "continuation")],
    "a dash signature ending the paragraph": [("full", "dash"), ("partial", "dash")],
    "a lead's description introduces the next person who reports": [("full", "syntax")],
    "a reporting verb inside a hyphenated adjective is no cue": [("partial", "governor")],
    "a person's campaign speaks as their campaign": [("full", "syntax")],
    "partial quotes in one sentence share the speaker": [("partial", "syntax"), ("partial", "syntax")],
    "an abbreviated military title after an inverted tag, then a second quote": [
        ("full", "syntax"), ("full", "nearby")],
    "a speech noun as a copula's subject carries a full quote": [("full", "governor")],
    "a statement someone issued, the quote right after it": [("full", "governor")],
    "a possessed speech noun right before the quote, past 'that,'": [("partial", "governor")],
    "in X's words": [("full", "governor")],
    "a speech noun subject of a copula whose 'that' clause holds the quote": [("partial", "governor")],
    "a surname the tagger took for an adjective still names the person": [("full", "colon")],
    "a quote under a verb that completes what someone is reported to have said": [("partial", "syntax")],
    "the person a colon introduces, after a verb that does not report": [("full", "colon")],
    "a person the colon's verb turns to is not the one it introduces": [("full", "colon")],
    "an inverted tag whose name comes before a long participle phrase": [("full", "syntax")],
    "a long tag the parse makes a sentence of its own, after a comma in the quote": [("full", "syntax")],
    "a quoted clause in the writer's sentence after the tag": [("partial", "nearby")],
    "a scare-quoted phrase after a tag is nobody's words": [],
    "an unnamed member of a party": [("full", "syntax")],
    "a speech noun from someone carries a partial quote for them": [("partial", "governor")],
    "a document filed by a body speaks for it": [("partial", "syntax")],
    "a document obtained by someone does not speak for them": [("partial", "syntax")],
    "a passive cue speaks for its agent": [("partial", "syntax")],
    "a question put to someone, with no asker named, is nobody's": [("full", "syntax")],
    "a contracted 'has' the parse made the subject": [("full", "syntax")],
    "an inverted tag after a short quote, for the quote after it": [("full", "nearby")],
    "a quote after a sentence whose subject is a pronoun for someone named": [("full", "nearby")],
    "a tag set into the sentence reports each quote in it": [("partial", "syntax"), ("partial", "syntax")],
    "a tag set into the sentence reports the reporting verb after it": [("partial", "syntax")],
    "a reporting verb above the quote with no subject of its own relays nothing": [("partial", "syntax")],
    "a relative clause's cue under a report is nearer than the report": [("partial", "syntax")],
    "a pronoun is no one named in a participle clause whose subject it is": [("full", "syntax")],
    "a pronoun is no one named deep in a participle clause whose subject it is": [("full", "syntax")],
    "a pronoun is no one named in a gerund clause whose subject it is": [("full", "syntax")],
    "a pronoun is no one named in a participle clause with a subject of its own": [("full", "syntax")],
    "a pronoun is no one named in a perfect participle clause": [("full", "syntax")],
    "a pronoun may be someone named in a finite clause": [("full", "syntax")],
    "a pronoun may be someone named in a finite passive clause": [("full", "syntax")],
    "a pronoun in a relative clause is not the one the clause is about": [("partial", "syntax")],
    "a long aside between subject and cue that the parse made the cue's content": [("partial", "syntax")],
    "a document the tagger took for an adjective in a tag after the quote": [("full", "syntax")],
    "a document issued in the paragraph before, over a cue deeper down": [("full", "nearby")],
    "a writer's sentence after a question is no tag, for all its 'according to'": [("full", "colon")],
    "a possessive 'his' stands for the man named before": [("partial", "syntax")],
    "a call for something carries its maker's words": [("partial", "governor")],
    "a tag set into the sentence after a name, with no comma after its subject": [("partial", "syntax")],
    "a role in apposition with no comma after it, before a whole quoted sentence": [("full", "syntax")],
    "a description does not stand for someone named only inside a quote": [("full", "syntax")],
    "a description after a quote that names the one it attacks": [("full", "syntax")],
    "a name ends before 'of' and the place it names": [("full", "syntax")],
    "a name written with a no-break space is spelled with a space": [("full", "syntax")],
    "a possessive typed with an opening mark names the body": [("full", "syntax")],
    "a relative clause about a thing that cannot speak relays nothing": [("partial", "syntax")],
    "a relative clause about places is no one's tag": [("partial", "syntax")],
    "a surname the tagger took for a common noun is still a name": [("full", "syntax")],
    "a capitalised role noun after a quote is no name": [("full", "syntax")],
    "a bare body noun is the body the article named by that noun before": [("full", "syntax")],
    "a bare body noun, through a bare mention of it between": [("full", "syntax")],
    "a place joined by a hyphen is part of the role": [("full", "syntax")],
    "hyphenated words of an appositive role keep their hyphens": [("full", "syntax")],
    "an interview's answers under 'A:' are the interviewee's, its questions under 'Q:' no one's": [
        ("full", None), ("full", "interview"), ("full", None), ("full", "interview")],
    "an interview's answer opening the paragraph after a question under 'Q:' is the interviewee's": [
        ("full", "interview")],
    "an interview's answer with no one named before the questions is no one's": [("full", None)],
    "a portfolio with an 'and' in it, the parse joining its halves, is all of the title": [("full", "syntax")],
    "a department's name with an 'and' in it before a title is its body": [("full", "syntax")],
    "a word opening the title that the recogniser took into the place before it": [("full", "syntax")],
    "a team's name and a role noun the parse made the subject, the name its object": [("full", "syntax")],
    "a team's name the tagger took for a plural noun, before a role noun it took for a verb": [("full", "syntax")],
    "a verb whose object is a name is no title, whatever its lemma": [("partial", "governor"), ("full", "syntax")],
    "an adjective before an honorific is no role": [("full", "syntax")],
    "two roles joined share the body named after the second": [("full", "syntax")],
    "two roles joined: where and how long the first one is held are no part of the roles": [("full", "syntax")],
    "two roles joined: an 'and' inside the first one's phrase is no part of the roles": [("full", "syntax")],
    "a length of time after a role is no body": [("full", "syntax")],
    "two roles joined: what the first one is of stays in the roles": [("full", "syntax")],
    "two roles joined: the first one's body first, and no part of the roles": [("full", "syntax")],
    "a tag after the quote is no one's reported words": [("partial", "syntax")],
    "a tag after the quote over a report inside it": [("partial", "syntax")],
    "a group described, not named, speaks with no name": [("full", "syntax")],
    "several bodies speak with no one name": [("full", "syntax")],
    "a participle the parse hung on a clause that cannot speak is the clause of time's": [("full", "syntax")],
    "a participle after a clause of time with a named subject": [("full", "syntax")],
    "a participle after a clause that is not of time stays with the main subject": [("partial", "syntax")],
    "a sentence after the tag, ending the paragraph before, introduces the quote paragraph": [
        ("full", "syntax"), ("full", "nearby")],
    "a pronoun after the tag, ending the paragraph before, introduces the quote paragraph": [
        ("full", "syntax"), ("full", "nearby")],
    "a tag that opens the next quote is not the one before it": [("full", "syntax"), ("full", "syntax")],
    "a name the parse split from the abbreviated title before it": [("full", "syntax")],
    "a name the parse made a conjunct of the abbreviated title before it": [("full", "syntax")],
    "a colon label with the reporting verb before the name": [("full", "colon")],
    "a title with its own 'for' phrase, which the parse made the subject, before a name": [("full", "syntax")],
    "a title with 'for', after a determiner or a possessive body, before a name": [
        ("full", "syntax"), ("full", "syntax")],
    "a title with 'of', then an honorific, which the parse made the subject, before a name": [("partial", "syntax")],
    "a title whose coordinated words the parse made a second subject, before a name": [("partial", "syntax")],
    "a role noun with 'for' right before a name is that person's role, not a title of the name": [("full", "syntax")],
    "the tag in the next sentence, pointing back: that was how X put it": [("full", "nearby")],
    "the tag in the next sentence, pointing back: those were the words of X": [("full", "nearby")],
    "the tag in the next sentence, pointing back: that was X's message": [("full", "nearby")],
    "the next sentence pointing back with no speech noun keeps its own tag": [("full", "nearby")],
    "the tag in the next sentence, pointing back: inverted": [("full", "nearby")],
    "the tag in the next sentence, pointing back: that quote from X": [("full", "nearby")],
    "a next sentence opening with 'that said' is no tag": [("full", "nearby")],
    "a next sentence pointing back with no cue is no tag": [("full", "nearby")],
    "a next sentence not pointing back is no tag": [("full", "nearby")],
    "a document the next sentence does not point back at is no tag": [("full", "nearby")],
    "'they' after joined names: all speak": [("full", "syntax")],
    "'they' after names listed under a plural title: the title and body all share": [("full", "syntax")],
    "'they' after joined names with different roles: no role": [("full", "syntax")],
    "a definite person noun refers back to the person named before it": [("full", "syntax")],
    "a definite participant noun does not refer back to the person named before it": [("full", "syntax")],
    "a participant noun met unnamed is who the definite one after it is": [("full", "syntax"), ("full", "syntax")],
    "a possessive relative names again the relative the article named": [("full", "syntax")],
    "a possessive relative of someone else is not the relative the article named": [("full", "syntax")],
    "an age refers back to the person named before it": [("full", "syntax")],
    "an age after the cue refers back too": [("full", "syntax")],
    "a person noun of one gender passes over someone of the other": [("full", "syntax")],
    "a person noun the article introduced unnamed names no one": [("full", "syntax")],
    "a person noun the article introduced as 'one' names no one": [("full", "syntax")],
    "a role noun the article introduced unnamed just before names no one": [("full", "syntax")],
    "a role noun met unnamed long before still describes the person named": [("full", "syntax")],
    "an age the article introduced unnamed names no one": [("full", "syntax")],
    "a description naming someone inside it is someone else": [("full", "syntax")],
    "a title inside a name the recogniser did not take for a person is no part of the name": [("full", "syntax")],
    "a dateline the recogniser took into a name is no part of it": [("full", "syntax")],
    "a pronoun after a name the recogniser joined to a dateline": [("full", "syntax")],
    "a trade as a description of someone met unnamed": [("full", "syntax")],
    "a church title as a description": [("full", "syntax")],
    "'they' after names joined to something else names no one": [("full", "syntax")],
    "a definite description whose role noun the tagger took for a proper noun": [("full", "syntax")],
    "a possessive description of a role the article gave someone: that person": [("full", "syntax")],
    "a possessive pronoun's description of a role the article gave someone: that person": [("full", "syntax")],
    "a possessive description of another owner's role is nobody named": [("full", "syntax")],
    "a surname the tagger took for a pronoun still names its person for the pronoun after it": [
        ("full", "syntax"), ("full", "syntax")],
    "a pronoun is no name inside a stretch too short to be a quote": [("full", "nearby")],
    "a pronoun after someone introduced unnamed as a named person's spokeswoman": [("full", "syntax")],
    "someone met unnamed, then named with a definite description, keeps the body": [("full", "syntax")],
    "a pronoun after someone named beside whom they work for is that person": [("full", "syntax")],
    "a pronoun after someone introduced unnamed as a speaker": [("full", "syntax")],
    "a pronoun after a man introduced unnamed as a speaker": [("full", "syntax")],
    "a pronoun after someone met unnamed as the subject of another main verb": [("full", "syntax")],
    "a pronoun passes over someone unnamed in a subordinate clause": [("full", "syntax")],
    "a pronoun passes over someone unnamed as a passive subject": [("full", "syntax")],
    "a pronoun passes over someone unnamed of the other gender": [("full", "syntax")],
    "a pronoun after someone unnamed asking a named person is the person asked": [("full", "syntax")],
    "a pronoun passes over someone unnamed in a clause about no one in particular": [("full", "syntax")],
    "a pronoun passes over someone unnamed of whom nothing more is said": [("full", "syntax")],
    "a pronoun after someone unnamed who withholds her name is that person": [("full", "syntax")],
    "a pronoun after someone unnamed who withholds his name is that person": [("full", "syntax")],
    "a pronoun after someone unnamed who asked not to be named, with no gender given, is that person": [
        ("full", "syntax")],
    "a pronoun after someone unnamed who spoke on condition of anonymity is that person": [("full", "syntax")],
    "a possessive of someone else's in a clause on someone unnamed gives them no gender": [("full", "syntax")],
    "an office capitalised after 'the' is the person who holds it": [("full", "syntax")],
    "a description's own object gives it a gender": [("full", "syntax")],
    "an unnamed relative of someone named speaks as the relation": [("full", "syntax")],
    "a quote over paragraphs takes the speaker its last paragraph's tag names": [
        ("full", "continuation"), ("full", "continuation"), ("full", "syntax")],
    "a paper's article quoted in straight marks is not whoever its last paragraph quotes": [
        ("full", None), ("full", "syntax")],
    "a transcript's turn is not the next turn's speaker's": [("full", None), ("full", "syntax")],
    "people named jointly as the subject speak jointly": [("partial", "syntax")],
    "a name taken for a place before an age, and a hometown that is no body": [("full", "syntax")],
    "a second surname after a hyphen, which the recogniser left out of a name the article gives in full": [
        ("full", "syntax")],
    "a hyphened name under a lower-case role, which the recogniser took for a body": [("full", "syntax")],
    "a British detective's rank abbreviated before the surname": [("full", "syntax")],
    "'the company' past a name in its own quote that the recogniser did not class": [("full", "syntax")],
    "a colon after someone's advice": [("full", "syntax"), ("full", "governor")],
    "the attribution in the next sentence by a phrasal verb, 'sums up'": [("full", "syntax"), ("full", "nearby")],
    "a relative's given name the tables lack, with an age after it": [("full", "syntax")],
    "a work's title the recogniser took for a person is no one a pronoun stands for": [("full", "syntax")],
    "a hyphened surname alone, which the recogniser took for a building": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "a company's parent named after it speaks as a company, and 'the company' after it": [('full', 'syntax')],
    "a company's parent set off beside the subject, then 'it'": [('full', 'syntax')],
    "a body set off beside a subject body noun, then 'it'": [('full', 'syntax')],
    "a parent of a school's pupil is a person": [('full', 'syntax')],
    "a surname after an honorific with no stop": [('full', 'syntax')],
    "a name after an honorific that the recogniser took for a body": [('full', 'syntax')],
    "a body named beside a body noun, which the recogniser took for a person": [('full', 'syntax')],
    "a described subject names its person again for a pronoun after it": [('full', 'syntax')],
    "of two holders of a role, a description whose clause says 'she' is the woman": [
        ("partial", "syntax"), ("full", "syntax")],
    "a given name written with an accent has the gender of the name without it": [("full", "syntax")],
    "a relative under a pronoun is the one set in that tie, or on its other side, to whom it means": [
        ("full", "syntax"), ("full", "syntax")],
    "an honorific of South Asian news is no part of the name": [("full", "syntax")],
    "a police rank before a name the recogniser missed": [("full", "syntax")],
    "a given name after an honorific under a title, which the recogniser left out": [("full", "syntax")],
    "a surname taken for a body after an honorific and a given name": [("full", "syntax")],
    "a member's title in capitals is a noun for a member, named or not": [("full", "syntax"), ("full", "syntax")],
    "letters after a full name are no part of it, though the mention holds them": [
        ("full", "syntax"), ("full", "syntax")],
    "titles and honorifics of Irish, West African and Singaporean news": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "a company described in its own sentence is 'the company', past an analyst's firm": [
        ("full", "syntax"), ("full", "syntax")],
    "a nickname in quotes inside a name": [("full", "syntax")],
    "a title's object of several words before the name is no given name": [("full", "syntax")],
    "a record label, a family and a hospital trust speak as bodies": [
        ("full", "syntax"), ("full", "syntax"), ("partial", "syntax")],
    "someone named by a given name alone, which the recogniser took for a place, is a person": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "a given name alone met before the one full name it opens is that person": [("full", "syntax"), ("full", "syntax")],
    "a body's initials before a place name its chapter there": [("partial", "syntax")],
    "a short name given in brackets after a body's name is that body": [("full", "syntax")],
    "someone met unnamed who gave their name in a clause is named so": [("full", "syntax"), ("full", "syntax")],
    "a rider met unnamed is whom 'he' means, not the man named before": [("full", "syntax"), ("full", "syntax")],
    "an office written with a capital after 'the' is a description, not a name": [
        ("full", "syntax"), ("full", "syntax")],
    "a word opening the sentence that the parse made the subject gives way to its appositive": [
        ("partial", "syntax")],
    "a portfolio after 'for' and a capitalised title is part of the role, a body after a role noun is not": [
        ("full", "syntax"), ("full", "syntax")],
    "a council's name before a capitalised office opening a sentence is the body, and 'Cr' a councillor": [
        ("full", "syntax")],
    "a name with a hyphened given name after the surname is the full one of the name without it": [
        ("full", "syntax"), ("partial", "syntax")],
    "a particle of a South Asian name from Arabic is no end of the name": [("full", "syntax")],
    "a description owned by a country stands for the holder of its office there": [("full", "syntax")],
    "a description naming another body than the one person before is someone else, met unnamed": [
        ("full", "syntax")],
    "a definite description whose 'who' clause withholds the name is someone unnamed": [("full", "syntax")],
    "a name set off after a place the parse joined to the role is the role's": [("full", "syntax")],
    "a cue the parse joined to a quoted verb is not that verb's subject's": [("partial", "syntax")],
    "'the man' soon after a man met unnamed is him, whoever his own sentence names": [("full", "syntax")],
    "a nickname the article gives someone is them wherever it stands": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "a name set beside a title that stands beside the role is the role's": [("partial", "syntax")],
    "whom someone called something is no nickname of theirs": [("full", "syntax")],
    "a stage name after 'performs as' is the performer's": [("full", "syntax")],
    "a British police constable's abbreviation before a name": [("full", "syntax")],
    "an honorific of Malaysian news is no part of the name": [("full", "syntax")],
    "the title of one who made the hajj is no part of the name": [("full", "syntax")],
    "a family name alone without the Arabic article joined to it": [("full", "syntax")],
    "a short name in brackets for a body's name the recogniser cut short": [("full", "syntax")],
    "a short name in brackets that the recogniser ran into the body's name": [("full", "syntax")],
    "a body's name ending in a body noun is no shorter name of a body it opens": [("full", "syntax")],
    "a title and a name the recogniser took for a building": [("full", "syntax"), ("full", "syntax")],
    "a clause's subject owned by 'whose' stands for the name the clause is on": [("partial", "syntax")],
    "a body's name the recogniser missed, before a title of two lower-case words": [("full", "syntax")],
    "a party's name of two words before a title": [("full", "syntax")] * 3,
    "a party's title before a name the recogniser took into a body": [("full", "syntax")],
    "a surname alone is the namesake brought in as a subject in its paragraph or the one before": [
        ("full", "syntax"), ("full", "syntax")],
    "a surname alone is not a namesake named in passing since": [("full", "syntax"), ("full", "syntax")],
    "a body's name ending in a body noun is short for the longer one going on with 'of' or a company's form": [
        ("full", "syntax"), ("full", "syntax")],
    "an academic rank before a name gives way to the job set beside it": [("full", "syntax"), ("full", "syntax")],
    "an office before a name stays the role, whatever is set beside it": [("full", "syntax")],
    "a capital that only opens the sentence is no part of the role": [("full", "syntax"), ("full", "syntax")],
    "a country's name opening the sentence before a title": [("full", "syntax")],
    "a portfolio of two words after a nationality the recogniser took into a body": [("full", "syntax")],
    "a nickname after 'aka', in quotation marks inside the name, or a stage name beside a real one": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "a military rank written without a stop, and a Canadian councillor's": [("full", "syntax"), ("full", "syntax")],
    "initials before a name are its first": [("full", "syntax")],
    "a party's title and a name the recogniser took for a body, the given name a rare one": [("full", "syntax")],
    "an acronym or a name of several words opening the sentence before a title": [("full", "syntax"),
                                                                                  ("full", "syntax")],
    "a minister's portfolio the recogniser took into the place before it": [("full", "syntax")],
    "a family name with its Arabic article capitalised, opening a sentence": [("full", "syntax")],
    "a German form of address is no part of the name": [('full', 'syntax')],
    "a Spanish form of address is no part of the name": [('full', 'syntax')],
    "a Portuguese form of address before the given name alone": [('full', 'syntax')],
    "'the company' is no public body named before": [('partial', 'syntax')],
    "an office named for its holder speaks as one body": [('full', 'syntax')],
    "an office named for its holder, over two possessives": [('full', 'syntax')],
    "an office of two capitalised words alone stands for the one who holds it": [('full', 'syntax')],
    "a number before the body of several members is no word of its name": [('partial', 'syntax')],
    "a minister described by portfolio is not the minister of another": [('full', 'syntax')],
    "given names the recogniser left out after a title": [('full', 'syntax')],
    "a given name the parse hung on a title's object is no word of the title": [('partial', 'syntax')],
    "a given name that is also a role noun, before a surname alone": [('partial', 'syntax')],
    "an age for the subject, which the parse hung on the verb": [('full', 'syntax'), ('full', 'nearby'),
                                                                  ('full', 'syntax'), ('full', 'nearby')],
    "a party's member before a name is no given name of it": [('full', 'syntax')],
    "an occupation set beside a name after an age": [('full', 'syntax')],
    "a musician's instrument before the name is the role, not a word of the name": [('full', 'syntax')],
    "the higher grade of a Malaysian honour is no part of the title before the name": [('full', 'syntax')],
    "a given name in two words the recogniser took for a body completes a surname": [('full', 'syntax')],
    "the first of two Spanish surnames alone": [('partial', 'syntax')],
    "a given name the tables lack, after the full name": [('full', 'syntax'), ('full', 'syntax')],
    "a Portuguese particle 'do' inside a name": [('full', 'syntax'), ('full', 'syntax')],
    "a nationality saying a quote that names someone else": [('full', 'syntax')],
    "a share before a role joined to it is no word of the role": [('full', 'syntax')],
    "an office a description gave someone besides their role names them later": [('partial', 'governor'),
                                                                                 ('full', 'syntax')],
    "a participle the parse hung on a relative clause about a thing": [('partial', 'syntax')],
    "a wire lead's unnamed person, named as the next sentence's subject": [('partial', 'syntax')],
    "an office's abbreviation alone stands for its holder": [('full', 'syntax'), ('full', 'syntax')],
    "an office held under its abbreviation is the office written out": [('full', 'syntax')],
    "a person named after a title in a body's entity, whose surname speaks later": [('full', 'syntax')],
    "a teenager and a veteran unionist refer back to someone named": [('full', 'syntax'), ('full', 'syntax')],
    "a rank of two unstopped abbreviations is one title, not a given name": [('full', 'syntax'), ('full', 'syntax')],
    "a Malaysian honour of two words opens the name": [('full', 'syntax')],
    "the second word of a two-word rank alone is a given name": [('full', 'syntax')],
    "each reference to someone met unnamed keeps them in reach of the next": [
        ('full', 'syntax'), ('full', 'nearby'), ('full', 'syntax'),
    ],
    "a naval rank written out is a role": [('full', 'syntax')],
    "the hajj title as French-speaking West Africa writes it opens the name": [('full', 'syntax'), ('full', 'syntax')],
    "a hyphened surname after a title is the whole name's": [('full', 'syntax'), ('full', 'syntax')],
    "a business group named with 'Industries' is what 'the company' refers back to": [('full', 'syntax')],
    "a company a business noun described stands for 'the company' further on": [('full', 'syntax'), ('full', 'syntax')],
    "an office abbreviated alone stands for its holder: a South Asian police rank": [('full', 'syntax')],
    "a district's deputy commissioner abbreviated alone": [('full', 'syntax')],
    "a name after a title of the form role of body, with a district in brackets": [('full', 'syntax')],
    "a Kenyan county assembly member's title before the name": [('full', 'syntax')],
    "a second relative clause the parse joined to a verb inside the first": [('partial', 'syntax')],
    "a body's name the recogniser began after its noun and 'for'": [('partial', 'syntax')],
    "a body noun of a place names that place's body": [('partial', 'syntax')],
    "a portfolio tells a ministry from another named before": [('partial', 'syntax')],
    "a name set off after the place of a role's phrase, which the parse made the place's conjunct": [
        ('partial', 'syntax'),
    ],
    "a church deacon's title written out before the name": [('full', 'syntax')],
    "a surname that is a church title stays a name": [('full', 'syntax')],
    "Nigerian news's commissioner of police before the name": [('full', 'syntax')],
    "a surname that is a church title, alone, stays the person's": [('full', 'syntax')],
    "the next question of an exchange, a paragraph of its own, is the asker's, and the answer after it the replier's": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'continuation'), ('full', 'continuation'),
    ],
    "a reply's paragraph after it that asks nothing is the replier's": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'continuation'),
    ],
    "a person's body noun for the organisation the article set that noun beside, which they are of": [
        ('full', 'syntax')],
    "a person's body noun for a body the article did not set that noun beside stays the person's": [
        ('full', 'syntax')],
    "a body noun after nouns in lower case for the organisation whose name holds them": [('partial', 'syntax')],
    "a body noun after nouns in lower case that no organisation's name holds stays as written": [('partial', 'syntax')],
    "the company after a company named by its trade": [('full', 'syntax')],
    "the company is no public body named by a trade after 'of'": [('full', 'syntax')],
    "said the role, Name, with the name parsed as a conjunct of the role": [('full', 'syntax')],
    "a body's name, an abbreviated honorific and a name that the recogniser took for one work": [('full', 'syntax')],
    "a given name the recogniser left out of a name after a title, in a body's entity": [('full', 'syntax')],
    "a chain of Malaysian honorifics before a name": [('full', 'syntax'), ('full', 'syntax')],
    "a Thai royal decoration before a name, and the name by its given name after it": [
        ('full', 'syntax'), ('full', 'syntax')],
    "an academic rank of two words without stops before Dr and a name": [('full', 'syntax')],
    "a given name before a surname the recogniser took for a body, after a title": [('full', 'syntax')],
    "a company the recogniser took for a person where the article writes it without its legal form": [
        ('full', 'syntax')],
    "someone named by their surname alone, opening a sentence with a description set beside it": [
        ('full', 'syntax')],
    "a pronoun after someone met unnamed whose gender their own clause gives": [('full', 'syntax'), ('full', 'syntax')],
    "a pronoun after someone met unnamed whose clause gives no gender is the one named before": [
        ('full', 'syntax'), ('full', 'syntax')],
    "an Indonesian police rank before a name": [('full', 'syntax')],
    "continue with an infinitive after it is no cue": [('partial', 'syntax')],
    "continue with a speech noun for its object is a cue": [('full', 'syntax')],
    "an acronym for a body the article spells out after the country it serves": [('partial', 'syntax')],
    "a surname with a capitalised particle, written with it alone later": [('full', 'syntax'), ('full', 'syntax')],
    "a participant noun for the person the article named beside that noun": [('full', 'syntax')],
    "a participant noun for someone the article named with no such noun beside them is no one": [('full', 'syntax')],
    "a quote over paragraphs after a paragraph that reports its speaker's words": [
        ('full', 'nearby'), ('full', 'continuation')],
    "ranks of British and Irish police and a priest's title, written without stops": [
        ('full', 'syntax'), ('partial', 'syntax'), ('full', 'syntax')],
    "a reply in a paragraph of its own after the writer asked someone": [('full', 'syntax'), ('full', 'nearby')],
    "a day set between a body and its cue is not who speaks": [('partial', 'syntax')],
    "an office named for its holder, with the district it serves": [('partial', 'syntax')],
    "a surname with its particle capitalised to open a sentence, which the recogniser took for a body": [
        ('full', 'syntax')],
    "a juror met unnamed, who withheld her name, is who a pronoun after means": [('full', 'syntax')],
    "a portfolio of two words whose first word is a portfolio alone": [
        ('partial', 'syntax'), ('partial', 'syntax'), ('partial', 'syntax')],
    "a name before the comma that opens its role, which the parse made the role's modifier": [('full', 'syntax')],
    "one quoted as saying by a relayer speaks, not the relayer": [
        ('full', 'syntax'), ('full', 'syntax'), ('partial', 'syntax')],
    "a herder named after the trade is who a pronoun after means": [('full', 'syntax'), ('full', 'syntax')],
    "the union leader is who leads the union named before, whatever the title": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "what a quote is about, after it, is not who speaks": [('partial', 'syntax')],
    "the Latin that ends a title is no part of the name after it": [('partial', 'syntax'), ('full', 'syntax')],
    "the company is the one named by its trade before": [('full', 'syntax')],
    "a regulator whose name the recogniser cut at its 'and'": [('full', 'syntax')],
    "a body's chapter in a country, named with the country": [('partial', 'syntax')],
    "a portfolio of several capitalised words after a title's 'for' is the title's": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "a name with a small letter after its apostrophe, the recogniser's body, is a person's": [('full', 'syntax')],
    "a given name labelled apart opens the name after it": [('full', 'syntax')],
    "two given names and two surnames, and the first surname written alone": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "a surname is the namesake met so far, not one named later": [('partial', 'syntax'), ('full', 'syntax')],
    "a body and a name the recogniser ran together over a comma": [('partial', 'syntax')],
    "a given name met alone is the person named in full later, and her own possessive gives her gender": [
        ('partial', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "a bishop named after the see and his style": [('partial', 'syntax')],
    "a minister named after the portfolio and the party's possessive": [('partial', 'syntax')],
    "of namesakes, the one named before under the honorific written with the surname": [
        ('full', 'syntax'), ('full', 'syntax')],
    "of namesakes, the one named in full as a subject lately, though both were met together": [
        ('full', 'syntax'), ('full', 'syntax')],
    "of namesakes, the one set beside a title the parse left without its verb": [('full', 'syntax')],
    "a name set beside a hyphened role the parse broke into three words": [('partial', 'syntax')],
    "a name set off before a main verb the parse left without a subject": [('partial', 'governor')],
    "a capitalised title the parse joined to the name set off after it": [('partial', 'syntax')],
    "an office after a rank, capitalised, that no one named holds is whom a pronoun there would stand for": [
        ('full', 'syntax')],
    "a description an aside interrupts is not the aside's pronoun": [('partial', 'syntax')],
    "people named jointly before a colon speak jointly": [("full", "colon")],
    "a person joined to something else speaks alone": [("partial", "syntax")],
    "a lower-case adjective the recogniser took into a body's name is no part of it": [("partial", "syntax")],
    "a body noun stands for what the same noun stood for before": [("full", "syntax")],
    "a body noun stands for the body of people who were the subject just before": [("full", "syntax")],
    "a body noun stands for no body of things that were the subject just before": [("full", "syntax")],
    "a company's office written without the company is held at the company that spoke just before": [
        ("full", "syntax")],
    "an office a government has too, written without its body, is held at no company that spoke before": [
        ("full", "syntax")],
    "a participle the parse hung on those addressed is the sender's": [("full", "syntax")],
    "a relative clause the parse hung on those addressed is what was sent": [("full", "syntax")],
    "of two subjects the parse gave a tag, an indefinite pronoun is not the speaker": [("partial", "syntax")],
    "a body noun stands for nothing another of its kind was met since": [("full", "syntax")],
    "a capitalised title whose phrase holds the name is no title written before it": [("full", "syntax")],
    "a place the parse made the head of the title after it is the title's body": [("full", "syntax")],
    "a body noun opening an unnamed speaker's role is the body named so before": [("full", "syntax")],
    "a body noun with a word before it opening a role stands for no body named before": [("full", "syntax")],
    "a body noun opening the role of several stands for no one body": [("full", "syntax")],
    "a possessor's title is no part of the body an unnamed speaker speaks for": [("partial", "syntax")],
    "a possessor named by surname alone stays as written": [("partial", "syntax")],
    "a name the recogniser cut at its particle": [("full", "syntax")],
    "a body noun the tagger took for a proper noun": [("full", "syntax")],
    "a body noun with a nationality the tagger took for a proper noun": [("partial", "syntax")],
    "'of' a body the recogniser did not mark": [("full", "syntax")],
    "'of' a body the recogniser did not mark is its proper nouns only": [("full", "syntax")],
    "an occupation in apposition is a role": [("full", "syntax")],
    "an occupation as a title is a role": [("partial", "syntax")],
    "a body noun with the body's name in apposition": [("full", "syntax")],
    "a surname with an honorific of the other gender is someone else": [("full", "syntax"), ("full", "syntax")],
    "a nickname in quotation marks is no part of the name": [("full", "syntax")],
    "a name the parse made a modifier of the apposition's last noun": [("full", "syntax")],
    "an abbreviated military rank is a title": [("full", "syntax")],
    "an abbreviated state delegate's title": [("full", "syntax")],
    "an unnamed subject described in apposition": [("partial", "syntax")],
    "a pronoun after an unnamed subject described in apposition": [("full", "syntax")],
    "a plural subject is no one person its apposition describes": [("partial", "syntax")],
    "a nationality as a description": [("full", "syntax")],
    "a given name in apposition to a relative takes the family name": [("full", "syntax")],
    "a given name in apposition to a named person's relative": [("full", "syntax")],
    "a relative who often has another family name keeps the given name alone": [("full", "syntax")],
    "a given name the recogniser took for a body, in apposition to a relative": [("full", "syntax")],
    "a relative's surname under an honorific of the relative's gender": [("full", "syntax")],
    "a body noun with only adjectives before it is as bare as one alone": [("full", "syntax")],
    "a body noun after an adjective that sets it against the body named is that noun as written": [
        ("full", "syntax")],
    "a bare body noun after the body whose name it ends: a school district": [("full", "syntax")],
    "a body noun opening a title is the body named before with that head word: a zoo": [("full", "syntax")],
    "a bare body noun after the body whose name it ends: a federation": [("full", "syntax")],
    "a bare body noun after a body it described in apposition": [("full", "syntax")],
    "a body noun's possessive after a name the recogniser missed, set beside that noun": [("full", "syntax")],
    "'its' before a role in apposition is the organisation the sentence before was about": [("full", "syntax")],
    "'its' opening a title before a name": [("full", "syntax")],
    "'its' on an unnamed speaker's role": [("full", "syntax")],
    "'its' is no subject named jointly with another": [("full", "syntax")],
    "'its' after a name the recogniser did not class names no body": [("partial", "syntax")],
    "a body noun's possessive is the organisation named before with that head": [("full", "syntax")],
    "a bare body noun as speaker is the organisation named before with that head": [("full", "syntax")],
    "a body noun opening a title is the organisation named before with that head": [("full", "syntax")],
    "body nouns: authority, army": [("full", "syntax"), ("full", "syntax")],
    "a body noun after the role is the organisation named before with that head": [("full", "syntax")],
    "a body noun after the role with no 'the' is no organisation named before": [("full", "syntax")],
    "a body noun opening a title at the start of a sentence, in capitals": [("partial", "syntax")],
    "a body noun opening a title is no other organisation the sentence before was about": [("full", "syntax")],
    "a bare body noun as speaker is the organisation the sentence before was about": [("full", "syntax")],
    "a bare body noun as speaker is no organisation spoken to": [("full", "syntax")],
    "a bare body noun as speaker is no place the sentence before was about": [("full", "syntax")],
    "a description with a name in apposition is that person, not one who held the role before": [
        ("partial", "syntax")],
    "a shadow office is not the office": [("full", "syntax")],
    "the office alone is no holder of its vice office": [("full", "syntax")],
    "the office alone may be the holder of its associate office": [("full", "syntax")],
    "a name the recogniser missed, described by a role in apposition": [("full", "syntax")],
    "a name the recogniser missed, a given name and a surname a clause on 'who' follows": [
        ("full", "syntax"), ("full", "syntax")],
    "capitalised words a clause on 'who' follows are no name without a given name": [
        ("full", "syntax"), ("full", "syntax")],
    "capitalised words with a role in apposition are no name when a determiner opens them": [("full", "syntax")],
    "capitalised words with a role in apposition are no name when a role noun is among them": [("full", "syntax")],
    "a signature after a dash with a name the recogniser missed and a role in apposition": [("full", "dash")],
    "a name in apposition to someone's relative takes no body from the possessor": [("partial", "syntax")],
    "a definite description soon after someone met unnamed is them, not an earlier holder of the role": [
        ("full", "syntax")],
    "a definite description after someone met unnamed is a holder of the role named in between": [
        ("full", "syntax")],
    "names in apposition to a plural noun speak jointly": [("full", "syntax")],
    "'they' after names in apposition to a plural noun": [("full", "syntax")],
    "the last words of a full name the recogniser took for something else": [("full", "syntax")],
    "'his' before a role in apposition is the person it refers to": [("partial", "syntax")],
    "'her' on an unnamed speaker's role": [("full", "syntax")],
    "'her' opening a title before a name": [("full", "syntax")],
    "a possessor before a title that is no word of it names no body": [("full", "syntax")],
    "'his' before a role in apposition is no body of the person himself": [("partial", "syntax")],
    "a name the recogniser did not mark before a lower-case role noun is the role's body": [("partial", "syntax")],
    "a capital that opens the sentence before a role noun is no body": [("partial", "syntax")],
    "a name and a body noun after it, before a role in apposition, are the body": [("full", "syntax")],
    "a recognised name and a body noun after it, in a description, are the body": [("partial", "syntax")],
    "a hyphened name before a body noun is the body's whole": [("full", "syntax")],
    "a party before a body noun keeps the noun in the role": [("full", "syntax")],
    "a time the parse hung on a title is no part of the role": [("full", "syntax")],
    "a length of time before a role noun is part of the role": [("full", "syntax")],
    "a name the recogniser did not mark before a hyphened role noun is the role's body": [("full", "syntax")],
    "a capital opening the sentence before a role noun is a body the article names by it alone": [
        ("full", "syntax")],
    "a word the article names a body by alone, tagged an adjective before a role noun, is the body": [
        ("full", "syntax")],
    "a capitalised adjective named nowhere alone is no body before a role noun": [("full", "syntax")],
    "a capital opening the sentence before a role noun is no body for a longer name elsewhere": [
        ("partial", "syntax")],
    "a full name the recogniser missed, then the surname speaking alone": [("full", "syntax")],
    "a full name the recogniser missed with a given name the tables lack, speaking, then the surname": [
        ("full", "syntax")],
    "a name under a title that the recogniser took for a work is a person": [("full", "syntax"),
                                                                              ("full", "nearby"),
                                                                              ("full", "syntax")],
    "a name right after a body noun is a body, whatever the recogniser took it for": [("full", "syntax"),
                                                                                       ("full", "syntax")],
    "one word that owns its verb's object as 'its' is a body, whatever the recogniser took it for": [
        ("full", "syntax")],
    "a full name the recogniser missed with a given name the tables lack, joined to a name, then the surname": [
        ("full", "syntax")],
    "a person named after a place in one entity, with an age after the name, is a person": [("full", "syntax")],
    "a person named after a place in one entity, with a given name of the tables, is a person": [
        ("full", "syntax")],
    "a body after the role noun that is a subject is a subject: its firm's analyst is of it": [
        ("partial", "syntax"), ("full", "syntax")],
    "a full name the recogniser missed speaks, then the surname alone is the subject of another verb": [
        ("full", "syntax"), ("full", "syntax")],
    "a full name the recogniser missed, set beside one of a group of role holders, speaks": [
        ("full", "syntax"), ("full", "nearby"), ("full", "syntax")],
    "a person named after a title in a body's name the recogniser ran on to the name": [("full", "syntax")],
    "a surname of two words after the full name in a first paragraph that is no headline": [("full", "syntax")],
    "a relative's given name the recogniser took for a body, then a pronoun": [("full", "syntax")],
    "a name the recogniser took for a body that owns its verb's object as 'his'": [
        ("full", "syntax"), ("full", "syntax")],
    "a pronoun in a participle's clause before the subject it stands for": [("full", "syntax"), ("full", "nearby")],
    "someone met unnamed, whose apposition tells a gender, then a pronoun": [
        ("full", "syntax"), ("full", "syntax")],
    "a company office's body is no fuller name of it in a quote": [("full", "syntax")],
    "a dateline the parse hangs on the speaker is no part of the mention": [("partial", "syntax")],
    "a body owning the subject's noun is a subject: its company's president is of it": [("full", "syntax")],
    "a quote the parse set beside its speaker's name is no role of theirs": [("partial", "syntax")],
    "a score the recogniser ran a name on to is no part of the name": [("full", "syntax")],
    "a body noun opening a title is the body a place owned in the nearest mention of that noun": [
        ("full", "syntax")],
    "a body noun opening a title is no body when its nearest mention has no owner": [("full", "syntax")],
    "a capital the recogniser took for a person is no one a pronoun refers to": [("full", "syntax")],
    "a body noun's possessive stands for the organisation described with that noun": [("partial", "syntax")],
    "a body noun's possessive stands for the organisation described with it after the name": [
        ("partial", "syntax")],
    "a body noun's possessive is no organisation described with it when another is named since": [
        ("partial", "syntax")],
    "a body noun's possessive stands for the organisation described with it though the description names another": [
        ("partial", "syntax")],
    "a body noun's possessive inside the body after a role stands for the organisation described with it": [
        ("partial", "syntax")],
    "a company's noun stands for the company though another organisation is named since": [
        ("partial", "syntax")],
    "a portfolio and a body noun in lower case before a title's role are the body": [("full", "syntax")],
    "a portfolio and a body noun in lower case before a described role are the body": [("full", "syntax")],
    "a knight named by 'Sir' and his given name is the person named in full": [("partial", "syntax")],
    "'they' after a group the article describes is that group": [("full", "syntax")],
    "'they' after a group described, past 'they' before, is that group": [("full", "syntax")],
    "'they' after a group described, past the subject of what it said, is that group": [("full", "syntax")],
    "'they' after another subject is no group described before it": [("partial", "governor")],
    "a surname with its particle is the person named in full": [("full", "syntax")],
    "a surname with its particle capitalised at a sentence's start is the person named in full": [
        ("full", "syntax")],
    "a trade in apposition after the name is a role": [("full", "syntax")],
    "a name set off after a role's 'for the' + role noun is the first role's holder": [("partial", "syntax")],
    "a work after a role is no body": [("partial", "syntax")],
    "a description with a name set off inside it describes no one before": [("full", "syntax")],
    "a definite description after someone of its noun met unnamed is not the named holder": [("full", "syntax")],
    "a definite description after the named holder described with an indefinite noun is the holder": [
        ("full", "syntax")],
    "an organisation the recogniser labelled once is the body its noun stands for where it left it unlabelled": [
        ("full", "syntax")],
    "a relation to someone named is the role of a person described by nothing else": [("full", "syntax")],
    "a relation to someone named by surname is a role with the full name": [("partial", "syntax")],
    "a relation to someone described is no role": [("partial", "syntax")],
    "a definite description after someone of a trade met unnamed": [("full", "syntax")],
    "a body named beside a common noun after a role is the role's body": [("partial", "syntax")],
    "a capitalised word the recogniser left out of a body's name after a role is the name's": [
        ("partial", "syntax")],
    "a word the recogniser made a group of its own before a group's name is the name's": [("full", "syntax")],
    "a word left out of a body's name after a role with more of the name before it stays out": [
        ("partial", "syntax")],
    "a title before a person named after a role is no part of the body": [("full", "syntax")],
    "a document by a body noun speaks for the organisation the noun stands for": [("full", "syntax")],
    "an unnamed speaker's mention stops before a relative clause on the noun after it": [("full", "syntax")],
    "a given name in apposition to a couple's relative takes their shared surname": [("full", "syntax")],
    "a given name in apposition to the relative of two people of different surnames stays alone": [
        ("full", "syntax")],
    "a definite description by a word for a religious leader is the person named before": [("full", "syntax")],
    "a religious title written out before a name is a role, not part of the name": [("partial", "syntax")],
    "a surname the recogniser left out of a person it marked": [("full", "syntax")],
    "'it' after a document someone put out is that someone": [("full", "syntax")],
    "'it' is no plural document after the subject": [("full", "syntax")],
    "a day's document is no one's": [("full", "syntax")],
    "a worker's trade in apposition is a role": [("full", "syntax")],
    "a company noun opening a title stands for the company that spoke just before": [("full", "syntax")],
    "a given name that could be a title, after a title and before a surname with a particle": [
        ("partial", "syntax")],
    "a given name that could be a title, set off after a title, before a surname with a particle": [
        ("partial", "syntax")],
    "a body's noun after a place named between still stands for the body": [("full", "syntax")],
    "a word for a person before a name is no given name": [("full", "syntax")],
    "a fan before a name is no given name": [("full", "syntax")],
    "a title right before a surname with a particle stays a title": [("full", "syntax")],
    "a name inside a quoted title is no one a pronoun refers to": [("full", "syntax")],
    "a position in sport as a description": [("full", "syntax")],
    "a manager called boss": [("full", "syntax")],
    "another kind of the body noun in between leaves a body noun's possessive bare": [("full", "syntax")],
    "a name after a role's body, which the parse reads as the body's apposition": [("full", "syntax")],
    "a clause a subordinator opens after the quote is no tag": [("full", "syntax")],
    "a cue in an 'if' clause after a partial quote is not its cue": [("partial", "syntax")],
    "a participle cue right before the quote, however the parse hangs the quote": [("full", "syntax")],
    "a participle right before the quote that reports only in a phrase is no cue": [("full", "syntax")],
    "a role noun opening a company's name before a title is the company's": [("full", "syntax")],
    "a title of role nouns the recogniser marks as a body stays a role": [("full", "syntax")],
    "a press secretary whose 'Press' the recogniser took for a body": [("partial", "syntax")],
    "a nationality before a portfolio the recogniser took for a work": [("full", "syntax")],
    "a nationality opening a body's name is no country": [("full", "syntax")],
    "'it' after a statement that hangs from its own cue: the body before": [("partial", "syntax")],
    "a name with a particle the recogniser missed, then a nationality for the person": [("full", "syntax")],
    "a statement owned by 'its': the body before": [("partial", "syntax")],
    "a team's name opening a sentence before a role, after the team named in full": [("full", "syntax")],
    "a capitalised plural opening a sentence before a role, with no body of that name, stays in the role": [
        ("full", "syntax")],
    "a body noun for a directorate named before": [("full", "syntax")],
    "a letter led by someone is theirs": [("partial", "syntax")],
    "a document is not the one's who reviews it, but the sender's named before": [("partial", "syntax")],
    "a hyphenated owner under an honorific is the person named in full": [("full", "syntax")],
    "a hyphenated owner alone is kept as written": [("full", "syntax")],
    "an unmarked name in what is set beside a company is no other body before 'the company'": [("full", "syntax")],
    "the company's office, with the company a subject further back and no body named since": [("full", "syntax")],
    "the company's office, with another body named since": [("full", "syntax")],
    "a body's name the recogniser ran on over its possessive": [("full", "syntax")],
    "a description of several words is first the one whose role has each of them": [
        ("partial", "syntax"), ("full", "syntax")],
    "a counterpart of someone named holds their role, for the country its nationality names": [("full", "syntax")],
    "a surname with a particle met again at a sentence's start": [("full", "syntax")],
    "a former office abroad describes someone holding another now": [("full", "syntax")],
    "a determiner after a noun opens the speaker's phrase": [("partial", "syntax")],
    "a nationality after 'the' refers back to someone named": [("partial", "syntax")],
    "a nationality after 'the' is no name": [("full", "syntax")],
    "'according to' on the verb above the quote, before a cue after it": [("partial", "syntax")],
    "a given name after an honorific that the recogniser took for a place": [("full", "syntax")],
    "the company named before a company unnamed, then named again as a subject": [("full", "syntax")],
    "a body noun of an office": [("partial", "syntax")],
    "a nationality before a name is no part of it, and names the country": [("partial", "syntax")],
    "a role noun opening a sentence before a name is no part of it": [("full", "syntax")],
    "a pronoun in a clause joined to the only person named, whose given name alone told otherwise": [
        ("full", "syntax"), ("full", "syntax")],
    "a name and the body it is of, which the recogniser took for one body": [("full", "syntax")],
    "an honorific's word opening a place's name in a body's": [("partial", "syntax")],
    "of namesakes with a particle, the one named in full as a subject lately": [("full", "syntax"), ("full", "syntax")],
    "a relative's given name the tables lack, set off by commas, takes the surname": [("full", "syntax")],
    "a relative's given name the tables lack, set off by commas, is a person": [
        ("partial", "syntax"), ("full", "syntax")],
    "a relative under a pronoun of the other gender is the one the article set in that tie": [
        ("full", "syntax"), ("full", "syntax")],
    "a company's name ending in its trade, a person to the recogniser": [("full", "syntax")],
    "a body described by 'known as'": [("full", "syntax")],
    "the sentence before a body noun is the writer's, not one inside the quote": [("full", "syntax")],
    "a nationality describes someone of a body no country's": [("full", "syntax"), ("partial", "syntax")],
    "a participle after a noun's 'that' clause is the main subject's": [("partial", "syntax")],
    "a role set off after a name that the parse hung on the verb": [("full", "syntax"), ("full", "syntax")],
    "a frontbencher described by party is the person named before": [("full", "syntax")],
    "a peer named with the title, whatever the recogniser made of it": [("full", "syntax"), ("full", "syntax")],
    "a rank before an abbreviated honorific is no part of the name": [("full", "syntax")],
    "a lieutenant colonel is 'the colonel'": [("full", "syntax")],
    "a party's member described is no one of another party": [("full", "syntax")],
    "a nun's style before her name": [("full", "syntax")],
    "a company's first word alone, a place to the recogniser": [("full", "syntax")],
    "a company named without its trade beside its name with a possessive": [("partial", "syntax")],
    "the nationality 'Philippine' names its country": [("partial", "syntax")],
    "a capitalised office the recogniser took for a body is whom a pronoun there would stand for": [("full", "syntax")],
    "an office of two capitalised words, after its portfolio or 'Prime', that no one named holds is no name": [
        ("full", "syntax"), ("full", "syntax")],
    "an office written with a capital is no one whose stated role is another": [("full", "syntax")],
    "a body noun after its nationality inside a longer noun names that nation's body for a later 'the army'": [
        ("partial", "syntax")],
    "a name after two bare titles joined by 'and', which the parse made a conjunct of the first, is the speaker": [
        ("full", "syntax"), ("full", "syntax")],
    "a title after a determiner is not joined to a titled name after it by 'and'": [("partial", "syntax")],
    "a body's capitalised name ending in the noun is what a later bare noun names, over a person's body before it": [
        ("full", "syntax")],
    "an acronym is the body whose words it spells, before a possessive run over or before its last 'and'": [
        ("full", "syntax"), ("full", "syntax")],
    "a verb joined to the quote's clause after it is no tag of the quote; the verb above reports it": [
        ("partial", "syntax")],
    "an office to come, 'the president-elect', is a description of the person a pronoun there would stand for": [
        ("full", "syntax"), ("full", "syntax")],
    "a short name in brackets after a body's name is that body, though the recogniser took it for a person": [
        ("partial", "syntax")],
    "a role noun after words the tables do not give, under a title, is an office, not a name": [("full", "syntax")],
    "'demur' reports speech: its unnamed subject is who the next 'she' is": [("full", "syntax")],
    "'demur' tags a quote after a colon": [("full", "syntax")],
    "a short name in brackets after a body's name is no person, though a role noun is set beside it": [
        ("full", "syntax")],
    "a name set off before an appositive role with a possessive is the name the role describes": [("full", "syntax")],
    "a named person's gender from the pronoun subject of what they say": [("full", "syntax")],
    "a named person's gender is not that of a pronoun in a clause whose verb has an object": [("full", "syntax")],
    "an honorific of Hausa spelling opens a woman's name": [("full", "syntax")],
    "of two people of one surname, the one named last, set off before a reporting verb the parse hung elsewhere": [
        ("full", "syntax"), ("full", "nearby")],
    "a description with a body is the holder of that role at that body, not the last holder of the role named": [
        ("full", "syntax")],
    "a chief before another office is no chief by itself": [("full", "syntax")],
    "a name set off after an opening phrase and hung on its place is the speaker its appositive describes": [
        ("partial", "syntax")],
    "an election observer and an informateur are roles": [("full", "syntax")],
    "a surname after a body's possessive is the namesake of that body": [("full", "syntax"), ("full", "syntax")],
    "an honorific's gender picks the namesake whose own clause told it": [
        ("full", "syntax"), ("full", "syntax"), ("full", "continuation"), ("full", "syntax")],
    "a word opening a sentence, taken for a common noun, set beside 'the' and a body noun is a body": [
        ("partial", "syntax")],
    "a storm the recogniser took for a person is no one a pronoun stands for": [("full", "syntax")],
    "a name the recogniser took for a place, with an age set off after it, is a person": [("full", "syntax")],
    "a name in a place's slot, and never where a person stands, is a place": [("partial", "syntax")],
    "a title before a surname picks the namesake who holds that office": [("full", "syntax"), ("partial", "syntax")],
    "a possessor's surname is the person named with it, not a namesake the recogniser took for a body": [
        ("partial", "syntax"), ("partial", "syntax")],
    "a relative's namesake set off beside the relative noun, which the recogniser took for a body": [
        ("full", "syntax"), ("full", "syntax")],
    "a nationality before a name, which the recogniser took for a body, names the country": [("full", "syntax")],
    "'fellow' and a nationality before a name": [("full", "syntax")],
    "a pronoun after a name with letters after it, set beside a role for another": [("full", "syntax")],
    "a portfolio the parse made the subject, beside the minister named": [("partial", "syntax")],
    "a name a relative clause says they identified themselves by": [("full", "syntax"), ("full", "syntax")],
    "a name a relative clause says they gave, which the recogniser marked": [("partial", "syntax")],
    "not one who identified another": [("full", "syntax")],
    "'the company' after a body that saw what is told": [("partial", "syntax")],
    "'the professor' after a professor set beside another role": [("full", "syntax")],
    "a given name met first as a speaker, named before that too": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "the gender a 'who' clause on a name gives": [("full", "syntax"), ("full", "syntax")],
    "a title in the plural before two names is no word of the first": [("full", "syntax")],
    "of two bodies with the noun, 'the ministry' is the one named last": [("partial", "syntax")],
    "a short form news writes for both sexes tells no gender": [("full", "syntax"), ("full", "syntax")],
    "a leader's noun for the top office of the body the description states, spelled out elsewhere": [
        ("full", "syntax"), ("partial", "syntax"), ("full", "syntax")],
    "a canon's style before a name states no role": [("full", "syntax")],
    "a bishop's style with a stop, and the bishop named again by the office": [("full", "syntax"), ("full", "syntax")],
    "a name right after the role it is set beside, taken for a place": [("partial", "syntax")],
    "'Ben' inside a Maghrebi name is a particle of the surname": [
        ("full", "syntax"), ("partial", "syntax"), ("full", "syntax")],
    "a name after an abbreviated rank inside a body's entity, of a given name the tables lack": [("partial", "syntax")],
    "a minister of state for a portfolio, before a name the recogniser missed": [("partial", "syntax")],
    "'Leader of the Opposition' before a name, read as one body": [("full", "syntax")],
    "a dateline in title case before its country and agency": [("full", "syntax")],
    "a company by its legal form, set beside a subject's role noun": [("full", "syntax")],
    "a company named by its trade of tankers": [("full", "syntax")],
    "a Norwegian company's legal form": [("full", "syntax")],
    "a dame named again by her given name": [("full", "syntax")],
    "a rank written out before a full name": [("full", "syntax")],
    "an enlisted rank ending in its class": [("full", "syntax")],
    "'Seaman' as a rank before a name": [("full", "syntax")],
    "a dean's title of his place, and 'the Dean' later": [("partial", "syntax"), ("full", "syntax")],
    "a role and an office's abbreviation joined by 'and' before a name": [("full", "syntax")],
    "a body that calls itself by a name, then 'the group'": [("full", "syntax")],
    "two men of one surname under 'Mr', the one named last": [("full", "syntax"), ("full", "syntax")],
    "a namesake introduced by a description beside the name": [("full", "syntax"), ("full", "syntax")],
    "a hyphened surname whose last part ends like a reporting verb's form": [("full", "syntax"), ("full", "syntax")],
    "a member's title after the place they serve, in one name": [("full", "syntax")],
    "a Japanese given name tells the gender": [("full", "syntax")],
    "a title ending in three portfolios, a list with commas, before a name": [("full", "syntax")],
    "a Gaelic given name the parse made the object of a title's 'for'": [("full", "syntax")],
    "a past verb joined to an infinitive keeps the subject of the verb above it": [("partial", "syntax")],
    "a court's name the recogniser took for a place, then 'the court'": [("full", "syntax")],
    "a Malay name, then its given names alone": [("full", "syntax")],
    "a Malay name after a title, then its given names the recogniser missed": [("full", "syntax")],
    "a name of four words the recogniser cut short": [("full", "syntax")],
    "a second surname after a hyphen, the head of the name": [("full", "syntax")],
    "a woman's given name under the title 'Ombudsman'": [("full", "syntax")],
    "a name the recogniser missed, with an age after it": [("full", "syntax")],
    "a given name of two joined by a hyphen, the first an English word": [("full", "syntax")],
    "a company's possessive on the role of someone who speaks, then 'the company'": [
        ("full", "syntax"), ("partial", "syntax")],
    "a company the recogniser took for a person, described by 'which', then 'the company'": [("full", "syntax")],
    "a common woman's given name under a title ending in '-man'": [("full", "syntax")],
    "a company named inside a clause on the body that spoke is no other body named since": [("full", "syntax")],
    "an office named by its holder's title in the possessive, lower case": [("full", "syntax")],
    "a name taken for a body beside a hyphened role whose last word the tagger read as an adjective": [
        ("partial", "syntax")],
    "a body that speaks, after 'the', which the recogniser took for a work": [("partial", "syntax")],
    "a name the recogniser missed, with a clause on 'who', that the parse set beside a place": [("full", "syntax")],
    "a hyphened given name completes a surname met alone before the full name": [("full", "syntax")],
    "a title of two portfolios joined by 'and' after 'for', before the name": [("full", "syntax")],
    "portfolios of several words before a title, parsed as a subject of their own": [("full", "syntax")],
    "a worker named only by the first name she gave, the clause hung on a place": [("full", "syntax")],
    "a one-word name the recogniser took for a place at first, a speaker later": [("full", "syntax")],
    "a word for a person opening a name": [("full", "syntax")],
    "a family name written first, alone, after two people who bear it": [("full", "syntax"), ("full", "syntax")],
    "a family name written first, alone, is not the relative's named since": [("full", "syntax"), ("full", "syntax")],
    "a body noun after a possessive 'whose' names no body": [("full", "syntax")],
    "the younger of two namesakes, by the ages given": [("full", "syntax"), ("full", "syntax")],
    "the elder of two namesakes, by the ages given": [("full", "syntax"), ("full", "syntax")],
    "a chess title before a name": [("full", "syntax")],
    "'her husband' of a couple named": [("full", "syntax"), ("full", "syntax")],
    "'her husband' as a subject, then 'he said'": [("full", "syntax"), ("full", "syntax")],
    "a surname alone, of the gender its own possessive gives": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "'who' after a role at a body, the person's": [("full", "nearby")],
    "'the teacher' for a schoolteacher": [("full", "syntax"), ("full", "syntax")],
    "'the ministry' after a ministry named by its portfolio": [("full", "syntax")],
    "'the company' after a company the recogniser left unlabelled": [("full", "syntax")],
    "'Maître' before a lawyer's surname": [("partial", "syntax"), ("full", "syntax")],
    "a name set beside the second of two roles joined by 'and'": [("partial", "syntax")],
    "a name after a title with its portfolio, then 'the minister'": [("partial", "syntax"), ("full", "syntax")],
    "'she' for the woman named, not her son named beside her": [("full", "syntax")],
    "an office's abbreviation of Kenyan news alone stands for its holder": [("full", "syntax")],
    "a South African province's MEC, then 'the MEC'": [("full", "syntax")],
    "a rugby position or a caddie alone names the one who holds it": [("full", "syntax"), ("full", "syntax")],
    "'they' for someone named whom the article gave no gender": [
        ("full", "syntax"), ("full", "nearby"), ("full", "syntax")],
    "'they' is not someone named with a gender, nor past a group that spoke since": [
        ("full", "syntax"), ("full", "syntax")],
    "a surname the recogniser took for a place ends a name set beside a role": [("full", "syntax")],
    "a name that ends the sentence, set beside an office the recogniser took for a body": [("full", "syntax")],
    "a title's portfolios joined by 'and' after 'of' are no given name": [("full", "syntax")],
    "a role set beside a title names its holder too": [("full", "syntax")],
    "a lead's description is the one named next with that role beside a title": [("partial", "syntax")],
    "a lead's description is not the accused who pleads not guilty": [("partial", "syntax")],
    "a title after a body noun opens a name": [("full", "syntax")],
    "a 'who' clause the parse hung on the last noun of the phrase withholds the name": [("full", "syntax")],
    "a company named by its trade set beside a role is no person": [("full", "syntax")],
    "a Korean given name whose first syllable the tagger took for a noun": [("full", "syntax")],
    "'they' for someone named without a gender, after a main clause or a 'who' clause on them": [
        ("full", "syntax"), ("full", "syntax")],
    "a court's decision speaks for the judge who wrote it": [("full", "syntax")],
    "'Per' opening a sentence and a name, and 'he' telling the gender the names did not": [
        ("full", "syntax"), ("full", "syntax")],
    "a name set beside what a 'who' clause on the speaker says they are": [("partial", "syntax")],
    "a known surname the tagger took for a plural noun and the recogniser for a body speaks as the person": [
        ("full", "syntax")],
    "one word that 'and' joins to a body's word is no person ('Law and Justice')": [("full", "syntax")],
    "a given name written with its own letters has their gender ('Jānis', not 'Janis')": [("full", "syntax")],
    "a definite description opening the lead is the person named next": [("partial", "syntax"), ("full", "syntax")],
    "a definite description opening the lead is the person named next, above an academic rank": [
        ("partial", "syntax"), ("full", "syntax")],
    "a definite description opening the lead is not the person named next of the other gender": [
        ("partial", "syntax"), ("full", "syntax")],
    "a name the recogniser missed, a body noun set beside it, is the body 'the company' stands for": [
        ("full", "syntax")],
    "a commissioner's portfolio before the title is the role's, whatever the recogniser made of it": [
        ("full", "syntax")],
    "'Elder' before a name is a title of respect and the role": [("full", "syntax"), ("full", "nearby")],
    "'Aunty' before a name is a title of respect, no part of the name": [("full", "syntax")],
    "a role title after the place it serves, taken into one name": [("partial", "syntax")],
    "a name the recogniser ran on into 'and' ends before it": [("full", "syntax")],
    "Kenya's cabinet secretary, with a portfolio, and 'the Cabinet Secretary'": [("full", "syntax")],
    "'Per' after 'said' opens the name": [("full", "syntax")],
    "a country set beside a role is no person": [("full", "syntax")],
    "a given name of one sex in US records and the other elsewhere has no gender ('Lauri')": [("full", "syntax")],
    "a common noun the recogniser took for a body is a word of the role ('a kayak guide')": [("full", "syntax")],
    "a full name with a post-nominal the recogniser took for a body ('Conor Halligan SC')": [("full", "syntax")],
    "a participle's agent holds the office over the body it describes ('a fund chaired by X ... the chairman')": [
        ("full", "syntax")],
    "a participle's agent holds the office over the party it describes ('D66, led by X')": [("full", "syntax")],
    "a body's name the recogniser missed goes on past 'for' ('Arizonans for Water Certainty, a campaign committee,')": [
        ("partial", "syntax")],
    "'the finance minister' is not the Minister of State for Finance": [("partial", "syntax"), ("full", "syntax")],
    "someone unnamed met since with another office's words does not hide the holder ('a district chief')": [
        ("partial", "syntax"), ("full", "syntax")],
    "a description named by a participle ('The captain, identified only as Thomas H.,') is that person": [
        ("full", "syntax")],
    "a generational suffix the recogniser left out after a nickname is part of the name": [("full", "syntax")],
    "'the younger' of two namesakes is the son by their suffixes ('Sr.' split from its stop)": [
        ("full", "syntax"), ("full", "syntax")],
    "'the elder' of two namesakes is the one named as the other's father": [("full", "syntax")],
    "a nickname inside a name before a surname with a capital inside it and a suffix": [("full", "syntax")],
    "Thai 'Khun' and Indonesian 'Bu' and 'Pak' are forms of address, no part of the name": [
        ("full", "syntax"), ("full", "syntax"), ("full", "syntax")],
    "a first given name the parse hung on a second is no end of the title before it": [("partial", "syntax")],
    "two surnames the recogniser left out after two given names": [("full", "syntax")],
    "the first of two surnames alone is the person named with both": [("full", "syntax")],
    "a 'who' clause the parse hung on the party after a name is the person's": [("partial", "syntax")],
    "a party's member after their state, one entity to the recogniser ('the Idaho Republican')": [("full", "syntax")],
    "a given name of one sex in US records and the other in French news has no gender ('Patrice')": [
        ("full", "syntax")],
    "a given name alone with an age after it, as a subject, is a person ('Salma, 27,')": [("full", "syntax")],
    "a given name alone the tagger took for a noun, an age after it ('Derek, 71,')": [("full", "syntax")],
    "a title before a given name and a surname of three words, taken for a body ('Tánaiste Conall Mac Giolla Rua')": [
        ("partial", "syntax"), ("partial", "syntax")],
    "positions in North American sport are roles ('Defenseman Jean-Michel Roy')": [("full", "syntax")],
    "'Pharm.' before a pharmacist's name in Nigerian news is a title": [("full", "syntax")],
    "a hyphened surname written alone, which the recogniser took only half of, is the person named in full": [
        ("partial", "syntax"), ("full", "syntax")],
    "a namesake written after a body's possessive is the one of that body, its possessive ending aside": [
        ("full", "syntax"), ("full", "syntax")],
    "an infinitive cue whose verb a prompting verb's object controls is spoken by that object": [
        ("full", "syntax"), ("partial", "syntax"), ("full", "syntax")],
    "'one of' a group of officials, met unnamed, is who 'the official' then is, not someone named since": [
        ("full", "syntax")],
    "a given name alone, set off after a word for a person who speaks, is that person's name": [("full", "syntax")],
    "the name someone goes by, given in a 'who' clause, is theirs": [("full", "syntax")],
    "the first name someone gave in a 'who' clause is a person, whatever the recogniser took it for": [
        ("full", "syntax")],
    "a company whose shares the article names is no person, whatever the recogniser took it for": [("full", "syntax")],
    "a title with the company that opens the recogniser's entity before a name with a particle": [
        ("full", "syntax"), ("full", "syntax")],
    "a surname with its particle written alone is the name introduced in full, not a name of its own": [
        ("full", "syntax")],
    "a given name spelled like a reporting verb's regular past is no verb ('Sayed')": [("full", "syntax")],
    "a place named for someone, with 'the' before it and the noun it names after it, is no person": [
        ("full", "syntax")],
    "'Sheikha' is a woman's honorific, no word of her name": [("full", "syntax")],
    "a clause set off after the body of a role is no part of the affiliation": [("full", "syntax")],
    "a party's member named in the singular is of the party ('a Social Democrat'), and no person": [("full", "syntax")],
    "a verb after 'to' that the parse hung on a title is no word of it": [("full", "syntax")],
    "a leader's description names the one whose body it names inside lower-case words ('the hard-left CGT union')": [
        ("full", "syntax")],
    "a participle on a relative clause whose 'that' the tagger took for a conjunction is the main clause's speaker's": [
        ("partial", "syntax"), ("partial", "syntax")],
    "a lead's description of an office, of a body, names the person named next of that body under another title": [
        ("partial", "syntax")],
    "a lead's description by a body's possessive names the person named next of that body under another title": [
        ("partial", "syntax"), ("partial", "syntax")],
    "the name set off before a definite description the parse made the subject is who speaks": [("full", "syntax")],
    "a headline's given name and surname are the name with middle names the article gives below": [("full", "syntax")],
    "the object of a title's 'of the' is no given name of the name after it": [("full", "syntax")],
    "initials open a name after a place the recogniser took into it": [("full", "syntax")],
    "a name of several words the recogniser missed, an age after it, is a person, its last words alone them too": [
        ("full", "syntax")],
    "'Corporal' written out before a name is a rank, no word of the name": [("full", "syntax")],
    "'Andrea', a woman's name in US records and a man's in Italy, tells no gender": [("full", "syntax")],
    "a Pakistani assembly member's title before a name is no word of it; her honorific tells her from a namesake": [
        ("full", "syntax")],
    "a participle set off after a name, which the parse made the subject, leaves the name as the speaker": [
        ("partial", "syntax")],
    "a lead's description of someone's kin is not whoever is named next": [("partial", "syntax")],
    "what a clause says someone became names them as well as their title does": [("full", "syntax")],
    "a body that obtained what the sentence tells, after a second participle, is not what 'the campaign' stands for": [
        ("partial", "syntax")],
    "someone named by a 'who' clause takes the gender the pronouns of that sentence give": [
        ("full", "syntax"), ("full", "syntax")],
    "the Korean surname 'Im' is one word, no contraction": [("full", "syntax")],
    "a given name the recogniser labelled alone as a body opens the name after it": [("full", "syntax")],
    "a body's name set off after the people of its 'of' phrase is the body": [('partial', 'syntax')],
    "a body's name right after a body noun is the body": [('partial', 'syntax')],
    "a body noun's 'of' phrase of people in lower case is part of its name": [('partial', 'syntax')],
    'an office of an office-holder in lower case is named with the holder': [('partial', 'syntax')],
    "a one-word name with a kind of its shares is a company, whom 'the company' stands for": [('full', 'syntax')],
    'a dateline with the date after the place names no body': [('full', 'syntax')],
    'a body noun the same in both numbers is no plural': [('partial', 'syntax')],
    'a palace speaks for its head of state': [('full', 'syntax')],
    "a force's division speaks as a body": [('partial', 'syntax')],
    "a word in capitals the recogniser left unlabelled is a body's short name": [
        ('full', 'syntax'), ('full', 'syntax')],
    'an age description looks back past the words of quotes in between': [
        ('full', 'syntax'), ('full', 'nearby'), ('partial', 'syntax')],
    "a lead's description under a byline introduces the next person who reports": [('partial', 'syntax')],
    'one of a group who withholds a name is whom a pronoun after it means': [('full', 'syntax')],
    'someone unnamed who withholds a name is whom a pronoun after it means, with no gender told': [('full', 'syntax')],
    "'Sri' opening a name tells no gender": [('full', 'syntax'), ('full', 'syntax')],
    "surnames the recogniser left out after a given name it took are the name's": [('full', 'syntax')],
    "a councillor's title written without its stop opens the name": [('full', 'syntax')],
    'a state forester is a role': [('partial', 'syntax')],
    "a sport's tour speaks as a body": [('full', 'syntax')],
    "a Senior Advocate of Nigeria's letters are no part of the name": [('partial', 'syntax')],
    "a pronoun in a clause on 'who' is whom the clause describes": [('partial', 'syntax')],
    "said a bill's sponsor, with the name set off after it": [('full', 'syntax')],
    'an orthodontist is a role a description names someone by': [('full', 'nearby')],
    'an age description passes over one named inside a quote': [('full', 'syntax'), ('partial', 'syntax')],
    'a surname alone is the name written in full with particles after a given name': [('full', 'syntax')],
    'someone unnamed with more said of them than a bare noun is whom a pronoun after them means': [
        ('full', 'syntax'), ('full', 'syntax')],
    "a body's national chapter that spoke is what 'the group' stands for": [('partial', 'syntax'), ('full', 'syntax')],
    "a word in capitals after 'the' is a body's short name, spelled out by its initials": [('partial', 'syntax')],
    "'the company' after a body's name the recogniser missed, which spoke in the sentence before": [('full', 'syntax')],
    "a party's word with a capitalised word before it names that party": [('full', 'syntax')],
    "a name the recogniser ran into the body after 'of' is the person's": [('full', 'syntax')],
    'a participle before the subject, which the parse made the subject with the speaker its conjunct': [
        ('partial', 'syntax')],
    'an age description with where they are from is a subject, no prepositional phrase': [('full', 'syntax')],
    'a body noun opening a title before a name keeps the body named before': [('full', 'syntax'), ('full', 'syntax')],
    "a full name that owns its verb's prepositional object as 'her' is a person's": [('full', 'syntax')],
    'a lock is a rugby position a description names someone by': [('full', 'syntax')],
    'an age told, both hung on the object': [('full', 'syntax')],
    'an age asked, the parse rooted at the age': [('full', 'syntax')],
    'a body named before its kind, the subject, then another noun for it': [('full', 'syntax')],
    'the company after the X-based company': [('full', 'syntax')],
    'a one-word name run by the state is a body': [('full', 'syntax')],
    'a publisher named by its trade, then the company': [('full', 'syntax')],
    'a newspaper titled with a foreign article is no one a pronoun means': [('partial', 'syntax')],
    "a surname opening with a foreign article is still the person's": [('full', 'syntax')],
    'a nationality that speaks passes over a name in its own quote of two sentences': [
        ('full', 'syntax'), ('full', 'nearby')],
    'one surfer, who withholds a name, is whom he means': [('full', 'syntax')],
    'one voter with an apposition, unnamed, is whom she means': [('full', 'syntax')],
    'a who clause hung on the place in the apposition gives the gender': [('full', 'syntax')],
    'the X-based body after the body named': [('full', 'syntax')],
    'the governing body said, no one named': [('full', 'syntax')],
    'a body set beside the noun with words describing it after the comma': [('partial', 'syntax')],
    'said the role, a spelled-out title and the name, set off by commas': [('full', 'syntax')],
    'the CEC after the Chief Election Commissioner named': [('full', 'syntax')],
    'a prefecture speaks as a body': [('partial', 'syntax')],
    "a spokesperson after a body's name with 'of' in it, parsed inside the name": [('full', 'syntax')],
    "a party's group is not the group named before": [('partial', 'syntax'), ('full', 'syntax')],
    'a name the recogniser missed, set beside a noun with an age': [('full', 'syntax')],
    "a party's initials with a bracketed letter, before its possessive": [('full', 'syntax')],
    'an abbreviated title before the name in a tag after the quote': [('full', 'syntax')],
    "a one-word name written only after 'the' is no one a pronoun means": [('full', 'syntax'), ('full', 'syntax')],
    'a body the recogniser saw told by its seat beside a role noun is no person': [('partial', 'syntax')],
    'a place after its preposition with a description set beside it is no person': [
        ('partial', 'syntax'), ('full', 'syntax')],
    'a second surname the recogniser labelled apart, and the first written alone after': [
        ('full', 'syntax'), ('partial', 'syntax')],
    'a full name with a rarer given name first is not the shorter name ending it': [('full', 'syntax')],
    'a given name the tagger read as a preposition': [('full', 'syntax')],
    "a name after two titles joined by 'and', the second in lower case": [('full', 'syntax')],
    "a party's member by the party's name of two words": [('full', 'syntax')],
    'a cue the parse read as a participle set after the name': [('full', 'syntax')],
    "an age before 'said' taken for a noun, a surname taken for a pronoun": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    'a one-word name the tables lack, an age after it': [('full', 'syntax')],
    "a body's name the parse hung a quote's close mark on": [('full', 'syntax')],
    "a name given in a 'who' clause after a participle on the noun": [('full', 'syntax')],
    "a name given in a 'who' clause the recogniser saw, the noun's role theirs": [('full', 'syntax')],
    "two capitalised words a particle joins, an age after them; a relative's noun gives a name its gender": [
        ('full', 'syntax')],
    "a given name the recogniser missed, set off beside someone's relative": [('full', 'syntax')],
    'a nationality a headline writes before a surname': [('full', 'syntax')],
    'an abbreviated title without a stop, as British news writes it': [('full', 'syntax')],
    'a given name the tagger read as a preposition, opening a sentence before another': [('full', 'syntax')],
    'an age met beside a name introduces no one unnamed': [('full', 'syntax'), ('full', 'syntax')],
    "a subject's own possessive tells their gender over a name's table": [('full', 'syntax')],
    "a company's name of two words, its first written alone after": [('partial', 'syntax'), ('full', 'syntax')],
    'a full name the recogniser took for a body with its possessive': [('full', 'syntax')],
    "a speaking pronoun after the only person named, against the name's table": [('full', 'syntax')],
    "a speaking pronoun after a quote, after the only person named, against the name's table": [('full', 'syntax')],
    'a former professional, a person noun, refers back': [('full', 'syntax')],
    "a title joined by its own 'and' before the name": [('full', 'syntax')],
    "a 'who' clause past 'one of' withholds the noun's name": [('full', 'syntax')],
    'no speaking pronoun refers to the named subject beside a pronoun of its gender': [('full', 'syntax')],
    "a body's name the parse read with a participle cue after it": [('full', 'syntax'), ('full', 'syntax')],
    'a rarer given name opening the sentence before a surname and a place-named surname': [('full', 'syntax')],
    'an honorific of Ghanaian news before the name': [('full', 'syntax')],
    "an Indigenous community's elder referred back to by the noun": [('full', 'syntax')],
    "a debate's moderator titled before the name": [('full', 'colon')],
    "a party's member named in apposition to the description": [('partial', 'syntax')],
    'a speaking description passes over the quotes of whom it describes': [
        ('full', 'syntax'), ('partial', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    'a speaking description does not pass over someone met unnamed': [
        ('full', 'syntax'), ('full', 'nearby'), ('partial', 'syntax'), ('full', 'syntax')],
    'an age refers to the one the article gave that age': [('full', 'syntax'), ('full', 'syntax')],
    "'the president' is no one named with another role": [('full', 'syntax'), ('partial', 'syntax')],
    "a Korean given name's second syllable written small after its hyphen": [('full', 'syntax')],
    "a full name taken for a body whose surname, taken for a plural noun, a 'who' clause describes": [
        ('full', 'syntax'), ('full', 'syntax')],
    'a name set off before the cue, hung deep in an opening participle clause': [('partial', 'syntax')],
    'a passive participle cue that names who acted, under a reporting verb': [('partial', 'syntax')],
    "a 'who' clause down a chain of phrases after the noun withholds its name": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'One of them' who withholds a name is met unnamed": [('full', 'syntax'), ('full', 'syntax')],
    "a second 'who' clause joined by 'and' withholds the noun's name": [('full', 'syntax')],
    "a noun set off before a cue the parse joined to the sentence's verb, and its participle": [('partial', 'syntax')],
    'a speaking description right after someone met unnamed who spoke is theirs': [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a name in the unnamed speaker's own phrase does not name them": [('full', 'syntax')],
    'no one met unnamed when named beside the noun': [('partial', 'syntax'), ('full', 'syntax')],
    'no one met unnamed inside the quote': [('full', 'syntax')],
    "a cue in the 'that' clause of the speech noun of a reporting verb": [('partial', 'syntax')],
    'the past of a reporting verb taken for a noun after an age': [('full', 'syntax'), ('full', 'syntax')],
    "a nationality noun that is a given name too, after 'the'": [('full', 'syntax')],
    'a nationality noun that is a given name too, as a given name': [('full', 'syntax')],
    "an office's spokesman, left unnamed, is whom the pronoun after means": [
        ('full', 'syntax'), ('partial', 'syntax'), ('full', 'syntax')],
    'someone met unnamed outside the subject who withholds a name is whom the pronoun after means': [
        ('full', 'syntax'), ('full', 'syntax')],
    "a name given in a 'who' clause past an age set beside the subject": [('full', 'syntax'), ('full', 'syntax')],
    'a noun set off before a root cue the parse gave no subject, beside a street': [
        ('full', 'syntax'), ('full', 'nearby')],
    "an engineer's title of East African news before the surname": [('full', 'syntax')],
    'a whose before a role stands for the body named before it': [('full', 'syntax')],
    'a whose before a role stands for a body noun before it': [('full', 'syntax')],
    "a possessor after 'a' is a word of the role, no body": [('full', 'syntax')],
    'a possessor without a determiner is a word of the role': [('full', 'syntax')],
    "a city council's gender-neutral title before a name": [('full', 'syntax')],
    "a surname with its particle capitalised alone, first in the headline, is the full name's below": [
        ('full', 'syntax')],
    'a noun of no lexicon an age describes, with the name its who clause gives': [('full', 'syntax')],
    'a county a who clause hangs on is no person': [('full', 'syntax')],
    'a kibbutz the recogniser took for a person is no one': [('full', 'syntax')],
    "a reporting verb's noun after 'that', which the parse took for a clause, is no cue": [('full', 'colon')],
    "a person's noun before a place the recogniser took for a body, the cue given no subject": [('full', 'syntax')],
    'a hyphened given name whose first half the tables know, the recogniser missing the name': [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a band's singer titled before the name": [('full', 'syntax')],
    "a name a which clause describes is a body's wherever the recogniser took it for a person's": [
        ('full', 'syntax'), ('full', 'nearby'), ('full', 'syntax'), ('full', 'nearby')],
    "a person's name opening the name of a body named for them is still theirs": [
        ('full', 'syntax'), ('full', 'nearby')],
    "a body's short name opening its longer one, then someone of it": [('full', 'syntax')],
    'a body spelled out before its initials in brackets, cut by the recogniser at a comma': [('partial', 'syntax')],
    'a body spelled out before its initials in brackets, cut by the recogniser before a place': [('full', 'syntax')],
    "the initials in brackets after a place's name and a body's are the body's, not the place's": [('full', 'syntax')],
    "a given name after a relative's noun and its owner, with no commas, takes the owner's surname": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a name ending in a housebuilder's word is a body's": [('full', 'syntax'), ('full', 'syntax')],
    'a capitalised liquidator before a name is the role': [('partial', 'syntax'), ('full', 'syntax')],
    'an abbreviated rank without its stop before a full name is no word of the name': [('full', 'syntax')],
    "a given name that is a rank's abbreviation without its stop, before a surname alone, is a name": [
        ('full', 'syntax')],
    'a full name the recogniser missed whose surname the article gives alone with an age, then the surname taken for a body': [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    'a surname with its Arabic article capitalised opening a sentence, taken for a body, is the person named with it in small letters': [
        ('full', 'syntax'), ('full', 'syntax')],
    'a given name left out of every entity before a surname taken for a body that speaks later': [
        ('full', 'syntax'), ('full', 'nearby')],
    'a one-word name alone between quote marks is a word set off, no one a pronoun means': [('full', 'syntax')],
    'a given name left out of every entity before a surname taken for a body, which never speaks alone': [
        ('full', 'syntax')],
    'a full name set beside a relative, a surname with an elided particle, whatever the recogniser took it for': [
        ('full', 'syntax')],
    "a one-word name a possessive and a place's word end is a place's": [('full', 'syntax')],
    "a club's general manager, then 'the GM'": [('full', 'syntax'), ('full', 'syntax'), ('full', 'nearby')],
    "the carmaker's initials are no general manager's": [('full', 'syntax'), ('full', 'syntax')],
    "two bare proper nouns whose last a 'who' clause describes alone later are a person's name": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a title of two capitalised words before a name a 'who' clause describes is no name": [('full', 'syntax')],
    "a party's branch speaks as a body, and through its statement": [('full', 'syntax')],
    'the presidency speaks for a head of state': [('full', 'syntax')],
    "a nationality after a country's possessive opens the office, set off after the cue": [('full', 'syntax')],
    "a nationality after a country's possessive opens the office, before the name": [('full', 'syntax')],
    'a nationality after another opens the office where the next word is no role nor portfolio': [('full', 'syntax')],
    'two nationalities before a role are one people': [('full', 'syntax')],
    "an Islamic scholar's honorific opens no name": [('full', 'syntax')],
    'a family name written first, taken for an adverb, before an age': [('full', 'syntax')],
    'the second half of a hyphened given name the recogniser left out': [('full', 'syntax')],
    'a nickname in quote marks between a given name and a surname': [('full', 'syntax')],
    'a nickname in quote marks after a given name outside every entity': [('full', 'syntax')],
    'a full name taken for a body whose surname was met opening a sentence': [('full', 'syntax'), ('full', 'syntax')],
    "'The' before a bishop's style is no word of the name": [('partial', 'syntax')],
    "a soldier's rank written out opens no name": [('full', 'syntax')],
    "a relative named in a clause on another's name is not the namesake who speaks": [('full', 'syntax')],
    'a given name of the tables taken for a noun speaks as the one person named in full it opens': [('full', 'syntax')],
    "a lead's unnamed speaker is not someone named before it who speaks next": [('full', 'syntax')],
    "'he' linked to someone of no gender told is no antecedent for 'she'": [('full', 'syntax'), ('full', 'syntax')],
    "a verb the parse joined to a clause on a thing shares the sentence's speaker": [('partial', 'syntax')],
    'someone a report is told by, unnamed, is whom a pronoun after it refers to': [('full', 'syntax')],
    "a quote the parse hung on a noun's 'that' clause, after 'as', is the speaker's whose object the noun is": [
        ('partial', 'governor')],
    'a labourer, in British spelling, speaks unnamed': [('full', 'syntax'), ('full', 'syntax')],
    "a body spelled out before initials that take a small word's letter": [('partial', 'syntax')],
    'a body spelled out before initials that take a word in capitals whole': [('partial', 'syntax')],
    "'the agency' stands for an administration named further back, not past a body that spoke since": [
        ('full', 'syntax')],
    "the Holy See's nunciature speaks": [('full', 'syntax')],
    "'the agency' stands for an administration named before": [('full', 'syntax')],
    "a bus operator named so is what 'the company' stands for": [('full', 'syntax')],
    'a surname naming a family is no one of it': [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax'), ('partial', 'syntax')],
    'a speaker unnamed after the cue, with the name given in a clause on the noun set beside it': [('full', 'syntax')],
    'a woman referred back to by her job as a lady': [('full', 'syntax')],
    "a street after 'along' is no person a noun set beside it describes; the noun withholding a name speaks": [
        ('full', 'syntax')],
    "a body named after its kind with 'the' between": [('partial', 'syntax')],
    "'according to' whose name the parse made the subject of the sentence": [('partial', 'syntax')],
    "'it' after a document the subject took in is the subject, not the document's writer": [('full', 'syntax')],
    'a body noun in a clause on the title stands for the body named so before': [('full', 'syntax')],
    "a body noun after a role's 'with' stands for the body named so before": [('full', 'syntax')],
    'a body named after a place an honorific opens speaks': [('partial', 'syntax')],
    'a place an honorific opens is the body of a title before a name': [('full', 'syntax')],
    'a body named with a place after its own word, set beside a body noun, speaks': [('partial', 'syntax')],
    'the owner a passive verb names, of a thing no name names, is the company meant': [('partial', 'syntax')],
    'the owner of a body named is not the body its noun stands for': [('partial', 'syntax')],
    'a body noun described only by its size stands for the body named so before': [('full', 'syntax')],
    'capitalised words the recogniser left unmarked after a body noun name the body': [('full', 'syntax')],
    'the one told is not the speaker where the parse gave the cue no subject': [('full', 'syntax')],
    "one word after 'from' on a person's noun is where they are from": [('full', 'syntax')],
    "unmarked proper nouns described by 'which' that speak are a body, whom 'the organisation' means": [
        ('partial', 'syntax'), ('full', 'syntax')],
    "of two bodies that are subjects, the one that spoke is the body noun's": [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a department's portfolios set off by commas before 'and' are its name": [('full', 'syntax')],
    "capitalised people's nouns, a capitalised preposition and capitalised words name a group": [('partial', 'syntax')],
    "'vet' is a role before a name": [('partial', 'syntax')],
    'the name beside a description in whose clause the parse hung the cue speaks': [('full', 'syntax')],
    "a place before unmarked proper nouns described by 'which' keeps the body whole": [('partial', 'syntax')],
    "a person's noun that is also a body noun before a given name is a role, not a body": [('full', 'syntax')],
    "an unmarked name before post-nominal letters is a person's, without the letters": [('partial', 'syntax')],
    "a company's name of two words joined by 'and' before its trade is one body": [('partial', 'syntax')],
    "'water' ends a water company's name, which 'the utility' stands for": [('full', 'syntax')],
    "a lead's description reporting is the one holding that office who speaks further on": [
        ('partial', 'syntax'), ('partial', 'syntax')],
    "a headline quote that a quote further on repeats is that quote's speaker's": [
        ('full', 'repeated'), ('full', 'syntax')],
    "a headline's role alone is the speaker further on who holds it and repeats its quote": [
        ('partial', 'repeated'), ('partial', 'syntax')],
    'someone by no name nor role in a headline is the speaker further on who repeats its quote': [
        ('full', 'repeated'), ('full', 'syntax')],
    "a headline's role that the speaker repeating its quote does not hold stays a role": [
        ('partial', 'syntax'), ('partial', 'syntax')],
    'a headline quote that nothing further on repeats word for word keeps no speaker': [
        ('full', None), ('full', 'syntax')],
    'a full name the recogniser missed runs to the end of its hyphened surname': [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'nearby')],
    "a person named after two titles in lower case joined by 'and' after 'the'": [('partial', 'syntax')],
    "a given name of the longer tables after a person's noun that is a body's too": [('partial', 'syntax')],
    'words a paper headlined are a title whatever their case': [('full', 'syntax')],
    'a body noun stands for the body named again by its short name past another of its kind': [
        ('full', 'syntax'), ('partial', 'syntax')],
    "a title after 'the' and then a capitalised title before a name are two people": [('full', 'syntax')],
    "a body's name the recogniser ran on into its short name in brackets": [('partial', 'syntax')],
    'a bulletin carries the words of who put it out': [('full', 'syntax')],
    "a place in brackets inside a bill's name is no short name of it": [('partial', 'syntax')],
    'a body noun for any kind of body after lower-case nouns stands for the body that spoke before it': [
        ('full', 'syntax')],
    'a body noun after lower-case nouns stands for the body it was set beside or named with': [('partial', 'syntax')],
    "a body noun's phrase leaves out the quote the parse hung on it": [('full', 'syntax')],
    "'according to' names the speaker where the reporting verb's subject is a thing": [('partial', 'syntax')],
    "a post on a body's page is that body's": [('full', 'syntax')],
    "a post on a person's page is that person's": [('full', 'syntax')],
    'a given name the tagger read as an adjective before a surname opening with a particle': [('full', 'syntax')],
    "a body's name the recogniser ran on into a preposition ends before it": [('full', 'syntax'), ('full', 'syntax')],
    'the service is the public body named with that noun before': [('full', 'syntax')],
    "a description after a quote that the parse hung inside it is the tag's subject, one the quote's words introduce no one": [
        ('full', 'syntax'), ('full', 'continuation')],
    'someone met unnamed is no one named in a clause on them': [('full', 'syntax')],
    "a name set beside 'name' in a clause on someone met unnamed names them": [('full', 'syntax')],
    'someone met unnamed who speaks on condition of not being identified is who a pronoun after means': [
        ('full', 'syntax'), ('full', 'syntax')],
    "a short name of a body's syllables in brackets is no part of the name that speaks": [('partial', 'syntax')],
    "a body's name with an 'of' in it runs on over another 'of' and a place": [('partial', 'syntax')],
    "a body's name with an 'of' in it runs on over 'and' and a place": [('full', 'syntax')],
    "a name a 'who' clause gives names a noun of no word list": [('full', 'syntax')],
    "one word after 'on' on a post is where it went up, no one a description stands for": [('full', 'syntax')],
    'someone met unnamed by a noun of no word list, who withholds a name, is who a pronoun after means': [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a person's name or a place to the recogniser ending in a legal form is a company's, and its first word alone": [
        ('partial', 'syntax')],
    "a software maker's name ends in systems, and its first word alone is the company": [('partial', 'syntax')],
    "a headline's body noun stands for the body of that noun the article names": [
        ('partial', 'syntax'), ('full', 'syntax')],
    'a body set beside a dateline the parse made the subject is the subject': [('full', 'syntax')],
    "a hospital group is a system, and a partnership's name ends in partners": [('full', 'syntax')],
    'a carrier is a body, a business the company stands for': [('full', 'syntax')],
    "a name set off after 'Outside court', which the parse made the subject, speaks": [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a headline's role alone is the one person named with a word of it, of the body it gives": [
        ('full', 'headline'), ('full', 'syntax')],
    "a company's name by its trade is no short name of a unit of it": [('full', 'syntax')],
    "a headline's role that two people the article names hold names neither": [('full', 'syntax'), ('full', 'syntax')],
    "a live blog's writers passing on a document by a colon: the document's source speaks": [('full', 'colon')],
    "a capitalised role noun opening a live blog's entry after its dash is the office, its holder named before": [
        ('partial', 'syntax')],
    "a lower-case body noun after its owner's possessive keeps the owner as written": [('partial', 'syntax')],
    "a capitalised body's name after its owner's possessive is a name of its own, the owner its affiliation": [
        ('partial', 'syntax')],
    "a capitalised body's name after a place's possessive inside one entity, the place its affiliation": [
        ('partial', 'syntax')],
    "a rank's grade after an ordinal is no given name": [('full', 'syntax')],
    "a student's year before a name is no given name": [('full', 'syntax')],
    "a capitalised office labelling a live blog's entry with no holder named is a role, not a name": [
        ('full', 'colon')],
    "a town's name opened by Port is a place, not the person a pronoun means": [('full', 'syntax')],
    "a colon after a thing from a document: the document's source speaks": [('full', 'colon')],
    "a name set beside 'whose' and a role noun speaks, of the body before": [('partial', 'syntax')],
    "a live blog entry heading's quote repeated after it takes the later speaker, not the one before": [
        ('full', 'syntax'), ('full', 'repeated'), ('full', 'syntax')],
    "an entry heading's role is the later speaker's, a person with no role stated": [
        ('full', 'repeated'), ('full', 'syntax')],
    "a body noun after the first words of a body's name stands for that body": [('partial', 'syntax')],
    "'It reads:' after a document is put out: the document's source speaks": [('full', 'colon')],
    'a subject set off before a preposition the parse hung it on speaks, and a note is a document': [
        ('partial', 'syntax'), ('full', 'syntax')],
    'a body noun that is the object of what a body does is no name for that body': [('partial', 'governor')],
    "a name ending in 'Management' is a company's, what 'the company' refers back to": [('full', 'syntax')],
    "a company's name with capitalised words after it that are no legal form is another thing's": [
        ('full', None), ('full', 'syntax')],
    "'the company' reaches back past a name that only modifies a noun and a figure taken for a body": [
        ('partial', 'syntax')],
    "a headline's 'chief' is the governor whose later words repeat the headline's quote": [
        ('partial', 'repeated'), ('full', 'syntax'), ('full', 'syntax')],
    "'the central bank' is the Central Bank of Chile, not another bank": [
        ('partial', 'syntax'), ('partial', 'syntax'), ('full', 'syntax')],
    "a headline's 'union chief' is the union's chief executive whose later words repeat its quote": [
        ('full', 'repeated'), ('full', 'syntax')],
    "a headline's country is whoever speaks for it and repeats its quote later": [
        ('partial', 'repeated'), ('full', 'syntax')],
    "a body's own body ('the bank's board') speaks for the body the article named": [('full', 'syntax')],
    "a body's name right after the body noun of a spokesperson's phrase is their body, not a speaker": [
        ('full', 'syntax')],
    "a name right after the body noun of a founder's phrase is the body": [('full', 'syntax')],
    "a name given 'only as' that the parse made a subject of its own is the name someone gave": [('full', 'syntax')],
    "a colon after a 'who' clause telling that someone spoke: they speak": [('full', 'colon')],
    'a colon after a participle telling that someone unnamed spoke: they speak': [
        ('partial', 'syntax'), ('full', 'colon')],
    'a lower-case body noun the recogniser took for a name ends the name of the body named before': [
        ('partial', 'syntax')],
    "a headline's quote in single marks, the body's in double ones": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'nearby')],
    "a headline's apostrophes are no quotation marks": [('full', 'syntax')],
    "a headline's partial quote a verb governs is said by whoever repeats it later": [
        ('partial', 'repeated'), ('full', 'syntax')],
    "a headline's partial quote in double marks a verb governs is said by whoever repeats it later": [
        ('partial', 'repeated'), ('full', 'syntax')],
    "a readout is a document, its issuer's words": [('partial', 'syntax')],
    'a country the recogniser took for a person owns a body as written': [('partial', 'syntax')],
    "a description beside a name someone gave is theirs, not another's of that gender": [
        ('full', 'syntax'), ('full', 'syntax')],
    'a title and the surname of someone named in full, taken for a body, is them': [
        ('full', 'syntax'), ('partial', 'syntax')],
    "'Outsourcing' ends a company's name, not a person's beside a person noun": [('partial', 'syntax')],
    "'the statement' after someone spoke in a document of another kind is theirs": [('full', 'syntax')],
    "a body's name runs back over capitalised words the recogniser left out before it": [('partial', 'syntax')],
    "a body with its own 'the' after 'and' is a body of its own, not the end of the name before": [('full', 'syntax')],
    'a given name and a first surname the recogniser left out open the name of two surnames': [('full', 'syntax')],
    "'Components' ends a parts maker's name, a company the recogniser left unmarked": [('partial', 'syntax')],
    "a headline's colon after news of someone else: whoever repeats the quote later said it": [
        ('full', 'repeated'), ('full', 'syntax'), ('full', 'nearby')],
    "a headline's colon after a body's name: whoever repeats the quote later said it": [
        ('full', 'repeated'), ('full', 'syntax')],
    "a body's capitalised name headed by its body noun, after its owner's possessive: the owner its affiliation": [
        ('partial', 'syntax')],
    "a body's name of a list of capitalised words set off by commas is a name of its own": [('partial', 'syntax')],
    'a known surname opening a sentence, tagged an adjective on the verb taken for a plural noun, is them': [
        ('full', 'syntax'), ('full', 'syntax')],
    "a quoted title between a body that spoke and 'the company' is no other name": [('full', 'syntax')],
    'a name set off before a cue the parse gave no subject, a noun beside it, speaks the paragraph after': [
        ('full', 'syntax'), ('full', 'nearby')],
    "a name written only before a common noun that 'the' determines names a thing, no one a pronoun means": [
        ('full', 'syntax')],
    'of two people of one surname, the one met first where only the other is called by a given name': [
        ('full', 'syntax'), ('full', 'syntax')],
    "a title's 'for' and its object's capitalised words the recogniser ran into the name": [('full', 'syntax')],
    "a country's armed forces are one body": [('full', 'syntax')],
    'initials in brackets stand for the longer of two names ending right before them': [('full', 'syntax')],
    "a capitalised body noun run into the name before a role noun is the title's word": [('partial', 'syntax')],
    "a paper's reader before their name is no title": [('full', 'colon')],
    "a reinsurer's name ends in 'Re', a company's: a headline's company is who speaks for it": [
        ('full', 'repeated'), ('full', 'syntax')],
    "a headline's 'accused of' is a passive: the accused is no speaker": [
        ('partial', 'repeated'), ('partial', 'syntax')],
    "a headline's quote after a colon, its news's subject no person, goes to whoever repeats it": [
        ('full', 'repeated'), ('full', 'syntax')],
    'a body noun in small letters tagged a proper noun, and again bare on another noun, names one body': [
        ('full', 'syntax')],
    "a report someone spoke in, past a participle the parse hung 'in' on, is theirs": [('full', 'syntax')],
    'a name set beside a body noun is a body wherever it stands': [('full', 'syntax')],
    "a body noun right before a company's name, tagged an adjective, describes it": [('full', 'syntax')],
    "a capitalised body noun opening a body's name before 'of' names the body the noun means later": [
        ('full', 'syntax')],
    'a full name the recogniser took for a body with its possessive is the person a surname later names': [
        ('full', 'syntax')],
    'two capitalised words the recogniser missed, a given name first, that the next sentence takes up as he': [
        ('partial', 'syntax'), ('full', 'syntax'), ('full', 'nearby')],
    'a known surname the tagger took for an adverb on a reporting verb is its subject': [
        ('full', 'syntax'), ('full', 'continuation'), ('full', 'syntax')],
    "a union local's number is a word of its name in a title": [('full', 'syntax'), ('full', 'continuation')],
    "a title 'in Charge' before a name the parse made its object": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'nearby')],
    "'Charge' of a title 'in Charge' that the recogniser took into the name": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'nearby'), ('full', 'syntax'), ('full', 'nearby'), ('full', 'syntax')],
    "a portfolio after a title's 'for' that the recogniser took into the name is the title's": [('full', 'syntax')],
    "a byline's writer is no one a description or pronoun refers to": [('full', 'syntax'), ('full', 'syntax')],
    "a given name and a surname right after a person's noun in small letters, the given name taken for a date": [
        ('partial', 'syntax')],
    'a journal is a body that speaks': [('partial', 'syntax'), ('partial', 'syntax')],
    "'the regulator' after a bare body noun that spoke in the sentence before is the body that noun meant": [
        ('full', 'syntax'), ('partial', 'syntax')],
    "no other body for 'the union' after a different bare body noun": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "a headline's office by its title alone is whoever holds it and repeats the quote": [
        ('full', 'repeated'), ('full', 'syntax')],
    'a hyphened role noun the parse split into subjects of one verb is one word, its appositive the name': [
        ('full', 'syntax')],
    "a reporting verb after 'able' or 'unable' with no object nor clause is no cue": [
        ('full', 'repeated'), ('full', 'syntax')],
    "a surname that is a reporting verb's plain form ends no name": [('full', 'syntax')],
    'a known surname the tagger took for a plural noun is the person; of two of that surname, the one called by it alone, the other introduced as a relative': [
        ('full', 'syntax'), ('full', 'nearby'), ('partial', 'syntax'), ('partial', 'governor'), ('full', 'syntax'), ('full', 'nearby'), ('full', 'syntax'), ('full', 'nearby'), ('full', 'nearby')],
    "a name runs on over a syllable after a hyphen that is a reporting verb's form": [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a capitalised body noun after an office's possessive with its 'of' phrase is the body as written": [
        ('partial', 'syntax')],
    "a lower-case body noun after an office's possessive with its 'of' phrase is that office's": [
        ('partial', 'syntax')],
    'a capitalised body noun after a possessive the recogniser left out is the body as written': [
        ('partial', 'syntax')],
    "a noun of no lexicon heading a body's name given before is that body": [('partial', 'syntax')],
    "a noun of no lexicon heading a body's name given before, a full quote after a colon": [('full', 'syntax')],
    "a document a possessive pronoun owns, spoken in by the subject after it, is that subject's": [('full', 'syntax')],
    "a name set off alone beside a plural role noun is a firm, which 'the firm' stands for": [
        ('partial', 'syntax'), ('full', 'syntax')],
    'a known surname taken for an adjective on a verb taken for a plural noun, after a phrase and comma': [
        ('full', 'syntax'), ('full', 'syntax')],
    "a name no table's given name opens, a clause on 'who' after it, the subject of a reporting verb": [
        ('full', 'syntax')],
    "a name with a particle inside, the recogniser's body, a clause on 'who' after it": [('full', 'syntax')],
    'a quote opening in small letters after a word stays in the sentence of its reporting verb': [
        ('partial', 'syntax')],
    "a body's name with a particle between its words, unrecognised, speaks whole": [
        ('full', 'syntax'), ('partial', 'syntax')],
    'a calling opening a sentence before a name is the role, not a word of the name': [('full', 'syntax')],
    'a calling opening a sentence before a name the recogniser saw is the role': [('partial', 'syntax')],
    "a company noun after an owner's participle stands for the company that spoke before": [
        ('full', 'syntax'), ('partial', 'syntax')],
    "a company noun after 'state-run' or 'privately-held' stands for the company that spoke before": [
        ('full', 'syntax'), ('partial', 'syntax'), ('partial', 'syntax')],
    'a place a resident is of, an unnamed one no body noun heads, is no affiliation': [('full', 'syntax')],
    'the same place as before, no body noun heading it, is no affiliation': [('full', 'syntax'), ('full', 'syntax')],
    'an unnamed body a body noun heads stays the affiliation': [('full', 'syntax')],
    "a headline's name over a colon is cut there, the body after it named alone": [('partial', 'syntax')],
    "a name written only after 'to' on a way of travelling is a place, no antecedent of 'she'": [('full', 'syntax')],
    "a name written only after 'near' or a place's noun and 'of' is a place, no antecedent of 'he'": [
        ('full', 'syntax')],
    'a given name alone the recogniser missed, already used alone for the one person it opens the name of': [
        ('full', 'syntax'), ('partial', 'syntax'), ('full', 'syntax')],
    'a given name and a known surname the recogniser took together for a work are a relative': [('full', 'syntax')],
    "a name after the 'of' of where someone is from is a place, no antecedent of 'who' or 'she'": [
        ('full', 'syntax'), ('full', 'syntax')],
    'a rank without its stop before the surname of someone named in full with it is them': [('full', 'syntax')],
    "'the company' after a word alone the recogniser took for a person, no one's name, that spoke before": [
        ('full', 'syntax'), ('partial', 'syntax')],
    "'the company' after a surname alone that spoke before is no body": [('full', 'syntax'), ('partial', 'syntax')],
    "a carrier's name before a possessive's apostrophe, its first word alone the subject before 'the company'": [
        ('full', 'syntax')],
    "an unrecognised name an exchange is set beside is the body 'the company' stands for": [('full', 'syntax')],
    "a studio's name ends in its trade, a company 'the company' stands for": [('full', 'syntax')],
    "a quote paragraph after the writer's paragraph introducing one person is theirs, the next continues": [
        ('full', 'syntax'), ('full', 'introduced'), ('full', 'continuation')],
    "a quote paragraph after a paragraph introducing one person, a place's name beside them no one": [
        ('full', 'introduced')],
    "a quote paragraph after a credit line is no one's": [('full', None)],
    "Clare, a woman's given name, opens a name the recogniser took for a body, a post-nominal after it": [
        ('full', 'syntax')],
    "an honorific of the gender a given name suggested tells it: 'he' after her is someone else": [
        ('full', 'syntax'), ('full', 'nearby')],
    "'It added' after a quote whose last sentences hold no cue: the body that spoke before it": [
        ('full', 'syntax'), ('partial', 'syntax')],
    "'One of the operators, a body's name,' said: the body named": [('partial', 'syntax')],
    'people from a body of two words that names no place: its members': [('partial', 'syntax')],
    "'in the words of X' names whose words they are, past a verb above": [('partial', 'syntax')],
    "'in the words of' someone unnamed": [('partial', 'syntax')],
    "'the Courier' is a paper, no office of the person before it": [('full', 'syntax'), ('full', 'syntax')],
    "'the agency' after an agency, a product and a runway named in between": [('full', 'syntax')],
    "a body's name run back over a plural name its apostrophe owns": [('partial', 'syntax')],
    "a body's name run back over capitals before it: 'HM'": [('full', 'syntax')],
    "a description a 'he' c-commands is someone else: no role for him": [('full', 'syntax'), ('partial', 'syntax')],
    "guard: a 'he' c-commands a description that speaks: the same person": [('full', 'syntax')],
    "someone unnamed withholding a name, the parse making the noun the root: 'he' is them": [('full', 'syntax')],
    'two given names before a surname the recogniser took for a body, the surname alone after': [('full', 'syntax')],
    "a cue in a clause of time before a quote paragraph gives it no speaker: the main clause's subject": [
        ('full', 'syntax'), ('full', 'nearby')],
    "a report quotes someone unnamed as saying: they speak, not the report's author": [('full', 'syntax')],
    'a tag turned round after a quote, a subject before the quote too: the one after the verb': [
        ('partial', 'syntax'), ('partial', 'syntax')],
    'a role noun the parse joined to a span of time after it': [('partial', 'syntax')],
    "a name set off after a title's object, hung on the object: the whole title is the role": [('full', 'syntax')],
    "a subject after a dateline the parse hung on the dateline's place": [('partial', 'syntax'), ('partial', 'syntax')],
    "'It' after a report a relative clause describes, written by someone: the author": [('partial', 'syntax')],
    "'It' after 'The report found that X ...': the report named before, its publisher's": [('partial', 'syntax')],
    'a report from an inspection by a body: the body': [('partial', 'syntax')],
    'a cue the parse read as an adjective on its object, after an aside set off by commas': [('partial', 'syntax')],
    'a closing quote mark the recogniser ran into the name after it: the person named before': [('full', 'syntax')],
    'MS after a full name, a Member of the Senedd, is no part of the name': [('partial', 'syntax')],
    "a body's name run back over a list of capitalised words after its owner's possessive": [('partial', 'syntax')],
    'Ombud, as South Africa names an ombudsman, is a title': [('full', 'syntax')],
    "a dateline with the day before the month; 'its' the body after it, not the place": [('partial', 'syntax')],
    "the noun of 'The operator of X, Y,' is Y, a body named after another": [('partial', 'syntax'), ('full', 'syntax')],
    "a statement from 'the executive', a body's name that noun ends": [('full', 'syntax')],
    'a description with a body set beside it is that body, no person named before': [('full', 'syntax')],
    "a saint's name with a possessive is the place named for them, no one a pronoun means": [('full', 'syntax')],
    'a given name and surname the recogniser took for a body with the possessive, the surname alone after': [
        ('partial', 'syntax')],
    "a standfirst after the headline is a heading: its quote repeated below is the later speaker's": [
        ('partial', 'repeated'), ('partial', 'syntax')],
    "a party named after the noun 'party' speaks as a body": [('partial', 'syntax')],
    "'who' hung on the last word of a body of several after a role's 'at': the person with the role": [
        ('partial', 'syntax')],
    'Ceann Comhairle, the chair of the Dáil, a title of two words before a name': [('full', 'syntax')],
    'a surname met before two namesakes: each mention the one named just before it': [('full', 'syntax')],
    'a surname the tagger took for a common noun, as the subject, names the one it is the surname of': [
        ('full', 'syntax'), ('full', 'syntax')],
    'a Welsh given name (the world table) reads two capitalised words the recogniser took for a body as a name': [
        ('full', 'syntax')],
    'guard: a given name no table has, taken for a noun, still speaks as the person named in full': [
        ('full', 'syntax')],
    "two titles joined by 'and' before a name: both the role": [('full', 'syntax')],
    "a headline's title taken for a name ('Premier says'): the one person holding it": [
        ('full', 'headline'), ('full', 'syntax')],
    "guard: a headline's role noun that is someone's surname stays that person": [
        ('full', 'syntax'), ('full', 'syntax')],
    'a given name the parser cut off as a sentence after a byline opens the name': [('partial', 'syntax')],
    'an honorific, then a given name the recogniser left out of the name: the name opens with it': [('full', 'syntax')],
    "'submitted', counsel's reporting verb in court news": [('full', 'syntax')],
    "a court's order speaks for the judge who wrote it ('the order added')": [('full', 'syntax'), ('full', 'syntax')],
    "a headline's office abbreviated ('CEO says') is the one person holding it written out": [('partial', 'headline')],
    "'Hon', a Commonwealth minister's style, is no part of the name": [('partial', 'syntax')],
    'kaumātua, a Māori elder, a role before the name': [('full', 'syntax')],
    'guard: a participle on a word of a partial quote is no cue (\'"evidence" submitted by\'), \'submit\' a cue now': [
        ('partial', 'syntax')],
    "'Rt. Hon.', a Speaker's style with stops, is an honorific: the title before it is the role": [
        ('partial', 'syntax')],
    "an affiliation in lower case that ends the one body of that name is that body ('the food shelf's')": [
        ('full', 'syntax')],
    "a given name of one gender before a second of the other tells no gender ('Rana Tariq Mehmood' is Mr Mehmood)": [
        ('full', 'syntax')],
    "a known surname the tagger took for a noun on a verb it took for a plural noun ('Engström shrugs')": [
        ('full', 'syntax')],
    'an initial and a surname the recogniser missed, set beside a role: a person': [
        ('full', 'syntax'), ('full', 'nearby'), ('partial', 'syntax')],
    "a relative of a name of initials and one word keeps the given name alone (R. Senthilkumar's son Arjun)": [
        ('full', 'syntax')],
    "a full name the recogniser missed, whose sentence says 'he' of it, speaks as its surname alone": [
        ('full', 'syntax')],
    'a colon after a thing of someone named, which cannot speak: the possessor speaks': [('full', 'colon')],
    "Iban 'anak' (child of) inside a name: one person, the recogniser's body and place joined": [('full', 'syntax')],
    "Malay 'binti' (daughter of) inside a name: the given name the recogniser left out joins it": [('full', 'syntax')],
    "a Malay name repeating its hereditary title before the father's name is one person (Nik Fadzil Nik Mat)": [
        ('full', 'syntax')],
    "'Engr.' before a name, as Philippine news writes an engineer's title, opens the name": [('full', 'syntax')],
    "'Ir' (a registered engineer) after an honour opens a name whose first word the tagger read as 'nor'": [
        ('full', 'syntax')],
    "a minister's portfolio of a list with commas and 'and', then the name set off: the whole title": [
        ('full', 'syntax')],
    "a portfolio list the parse runs on into the name set off after it: the whole title still the person's": [
        ('full', 'syntax')],
    "a portfolio with 'and the' before a name written right after it (Sustainability and the Environment)": [
        ('full', 'syntax')],
    "'Senior Minister of State for' a portfolio with 'and the', a name after it the recogniser took into a body": [
        ('full', 'syntax')],
    "a country's minister of a portfolio list ending 'and the ...', the name set off after it": [('full', 'syntax')],
    "guard: a chief executive 'of' a body of two words keeps the body as affiliation, no portfolio": [
        ('full', 'syntax')],
    'guard: a one-word portfolio and a name after it stay apart (Minister for Transport Ros Tennant)': [
        ('full', 'syntax')],
    "guard: a body after a minister's portfolio and 'and' is no word of the portfolio (Electricity and Eskom)": [
        ('full', 'syntax')],
    "a press release's quote paragraphs, each alone, then a line only naming who said them ('The Honourable')": [
        ('full', 'syntax'), ('full', 'signed'), ('full', 'signed'), ('full', 'signed')],
    "guard: a quote paragraph then a line of the writer's with a verb is no signature": [('full', 'nearby')],
    "a one-word body the recogniser took for a person where it speaks, a body more often elsewhere: 'the utility'": [
        ('full', 'syntax')],
    "a company named by its trade 'of' its town, a 'which' clause after the town, then 'the company said'": [
        ('full', 'syntax')],
    'a company named by its trade (Infrastructure) speaks later by its first word alone': [('full', 'syntax')],
    "a name opening the sentence with a role and a 'who' clause after it, the parse giving the cue no subject": [
        ('partial', 'syntax')],
    'a name with a particle after a company and title in one entity is a person of their own (de Graaf)': [
        ('full', 'syntax'), ('full', 'syntax')],
    'a portfolio list before a Korean name: the name, its given name hyphened in small letters, is no portfolio word': [
        ('full', 'syntax')],
    'a given name of the tables and a hyphened surname no entity holds, an age after them: a person': [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a ministry of two portfolios joined by 'and the' is one body (Sustainability and the Environment)": [
        ('full', 'syntax')],
    "a colon after 'His account ...', a thing of someone's told by a participle: the one 'his' stands for": [
        ('full', 'colon')],
    "a surname the tagger read as a pronoun ('Ong briefly addressed'), then 'he said': the one named in full": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a given name opening a company's name its trade ends: the company's short name, not a woman 'she' stands for": [
        ('full', 'syntax')],
    "a company's name then its legal form 'hf.': the first word alone is the company, not who 'he' stands for": [
        ('full', 'syntax')],
    "a shipping company named with 'Line': no person, not who 'she' stands for": [
        ('full', 'syntax')],
    "a given name alone, one person's only, the subject though the recogniser took it for a body: that person": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'Don' before a given name of the tables: a courtesy title, out of the name and no body": [
        ('full', 'syntax')],
    "guard: 'Don' before a surname is a given name and stays in the name (Don Bacon)": [
        ('full', 'syntax')],
    "'Adv' (an Indian advocate's title) before a name: out of the name": [
        ('full', 'syntax')],
    'a hyphened given name, a particle and a surname the recogniser took for a body, set beside a role: a person': [
        ('full', 'syntax')],
    "an airline named with 'Air' after a place: a body, what 'the airline' stands for": [
        ('full', 'syntax')],
    "guard: a one-word name before 'as' in small letters is no company of the legal form AS": [
        ('full', 'syntax')],
    'a given name of the tables the tagger took for a plural noun, a particle, a surname and an age: a person': [
        ('full', 'syntax')],
    "a body's other name after 'known as': the body's, its full name the speaker's": [
        ('full', 'syntax')],
    "an Irish surname's 'Mac' after a woman's given name tells no gender: 'she' is hers": [
        ('full', 'syntax'), ('full', 'syntax')],
    'a participle on a verb that issues a speech noun: the sender speaks, not who reports the sending': [
        ('partial', 'syntax')],
    "guard: a participle after what someone said is theirs ('adding')": [
        ('partial', 'syntax')],
    "two of one surname: the surname alone after the paragraph that met the second, a relative, first: the second's": [
        ('full', 'syntax')],
    "'the letter said' after 'a letter that X wrote': the writer's words": [
        ('full', 'syntax')],
    "'the VC' after a vice-chancellor named: that person (office_abbreviations.tsv)": [
        ('full', 'syntax')],
    "a full name the recogniser took for a nationality, set beside a person's noun after its comma: a person": [
        ('full', 'syntax'), ('full', 'syntax')],
    "guard: a party tag in brackets after a person's noun is no person ('niece, state Del. X (D-Newport News)')": [
        ('full', 'syntax'), ('full', 'nearby')],
    'an owner the parse read as an adjective before a curly possessive: the body, not a word of the role': [
        ('full', 'syntax')],
    "a quote paragraph, then a paragraph that opens 'The words belong to X': X's": [
        ('full', 'nearby')],
    "a quote paragraph, then a paragraph that opens 'Those words came from X': X's": [
        ('full', 'nearby')],
    "guard: a quote paragraph, then a paragraph whose words are someone else's subject, names no one": [
        ('full', None)],
    "'who swore him in' is an oath, no report: a quote paragraph after it is not the oath-giver's": [
        ('full', 'syntax'), ('full', 'nearby')],
    "a live blog's byline ('Live updates by X and Y, desk. All times CET.') names writers, none a description fits": [
        ('full', 'headline')],
    "a body noun 'its' owns ('Its board said'): the body 'its' stands for, not the words as written": [
        ('partial', 'syntax')],
    "'the post says' after 'X has just posted': the noun names the act of the verb before it, X's": [
        ('full', 'syntax')],
    "'the tweet said' after 'X tweeted': X's": [
        ('full', 'syntax')],
    'a dateline in accented capitals is no subject (BRASÍLIA, March 20 (Prensa Austral) -)': [
        ('partial', 'syntax')],
    'a transcript label in accented capitals inside the quote': [
        ('full', 'colon'), ('full', 'colon')],
    "'told' ending a headline with no one told is passive: the court told says nothing; the body's speaker does": [
        ('partial', 'repeated'), ('partial', 'syntax')],
    "guard: 'told' in a headline with those told after it keeps its subject": [
        ('partial', 'headline')],
    'a hyphened given name, a particle in capitals and a surname, unmarked after a dateline, is a person': [
        ('full', 'syntax')],
    "of namesakes, the surname alone after a relative named as the speaker's is the one who has spoken": [
        ('full', 'syntax'), ('full', 'syntax')],
    "guard: of namesakes, the surname after a relative's paragraph is the relative's if the other never spoke": [
        ('full', 'syntax')],
    "a Ghanaian chief's title and a woman's form of address before the name are no part of it (Nana, Maame)": [
        ('partial', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "a company named by a miner's trade, before its shares, then the company": [
        ('partial', 'syntax')],
    'a name unmarked before the letters of the bar, which the recogniser took for a body, after a title': [
        ('partial', 'syntax')],
    "a quote, then 'The words of X' opening the next sentence": [
        ('full', 'nearby')],
    "guard: a quote, then 'The words' with no one's after them names no one": [
        ('full', None)],
    "of namesakes, the surname alone after a relative's paragraph is the one who has spoken, kin of any kind": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    'a title of engineers before a name in Czech news is no part of it (Ing.), the name after the cue': [
        ('full', 'syntax')],
    'someone identified only by their surname in a participle on the noun set beside the subject': [
        ('partial', 'syntax')],
    "a Korean name whose family name the tagger took for an English word ('Do')": [
        ('full', 'syntax')],
    "'Those were the words of' a role's noun with the name set beside it": [
        ('full', 'nearby'), ('full', 'syntax')],
    'a dateline with the country and the date after the place': [
        ('partial', 'syntax')],
    "a name set off before the cue whose subject the parse made a participle: 'whose chief executive, X, said'": [
        ('partial', 'syntax')],
    'a hyphened surname the parse read as a modifier after the title, joined so before in the full name': [
        ('full', 'syntax')],
    "a headline's short given name and surname is the person named in full below (Inma, Inmaculada)": [
        ('full', 'syntax')],
    'of unrelated namesakes, the surname alone after the second is named set after a place in the subject': [
        ('full', 'syntax')],
    "'the housebuilder' and 'the chipmaker' after a company named by its trade": [
        ('partial', 'syntax')],
    "a name the recogniser took for a person's, set off after a possessive's body noun, is the body's": [
        ('full', 'syntax')],
    "a name set beside 'the largest of' some bodies is a body, what 'the group' then stands for": [
        ('partial', 'syntax'), ('full', 'syntax')],
    "'what it calls' after 'It' and the report with a quoted title and interviews: the report's publisher": [
        ('partial', 'syntax')],
    "'the union' after a union named in Spanish (Sindicato), past a ministry named since": [
        ('partial', 'syntax')],
    "a partial quote a relative clause's subject gives 'as' what it calls something, under another's cue": [
        ('partial', 'governor')],
    "guard: an 'as' after the comma that ends a relative clause is the main verb's, whose subject speaks": [
        ('partial', 'syntax')],
    "a name taken for a person's that ends in a masthead's word is a paper, no one 'she' means": [
        ('partial', 'syntax')],
    "a relative's noun set beside a name tells the gender over the name's table (Josefa, her nephew)": [
        ('partial', 'governor'), ('full', 'syntax')],
    'a name opening with a given name of the tables, set beside a role noun, that the recogniser took for a body': [
        ('partial', 'syntax')],
    "a quote after a dateline, then 'That was X, describing ...' in the next paragraph": [
        ('full', 'nearby')],
    "a quote, then 'That was X, talking about ...' in the same paragraph": [
        ('full', 'nearby')],
    "guard: 'That was a mistake' after a quote names no one": [
        ('full', None)],
    "a headline's quote, a colon, then who said it after their body's possessive": [
        ('full', 'colon')],
    "guard: a headline's quote, a colon, then words that name no one": [
        ('full', None)],
    'a nickname inside a name with a double surname: the name runs on over the hyphen': [
        ('full', 'syntax')],
    'a double surname met alone after the full name, its first half read as an adjective': [
        ('full', 'syntax'), ('full', 'syntax')],
    'a title before a double surname whose first half is a title too (Chief Cardinal-Auger)': [
        ('full', 'syntax')],
    'the Sikh and Tamil honorifics open a name and stay out of it (Sardar, Thiru)': [
        ('full', 'syntax'), ('full', 'syntax')],
    "a place's word that ends the object of a title's 'of' stays out of the name (Tuzla Canton)": [
        ('full', 'syntax')],
    "'he replied' after a woman's question: the pronoun keeps to its gender, past the one who asked": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a member's title after a hyphened place they serve, one person (Stikine-Nass MLA)": [
        ('full', 'syntax')],
    "a name the recogniser took for a person's that opens with another language's word for a party is a body": [
        ('full', 'syntax')],
    "a description with 'a woman ... named X' beside it is X, not the woman named before": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'she remembers his advice:' before a quote: the words are his": [
        ('full', 'syntax')],
    "guard: 'she recalls her own words:' keeps her as the speaker": [
        ('full', 'syntax')],
    "a company named by its trade as a cinema chain's (Starlite Cinemas) is no one 'he' means": [
        ('full', 'syntax')],
    "a body's name left unmarked after 'the', set off beside a party noun a possessive opens": [
        ('full', 'syntax')],
    "a role noun's plural opening a sentence, tagged a name there, is a role, not a name": [
        ('partial', 'syntax')],
    "'the company' after a statement to a paper is not the paper ('In a statement to the Herald')": [
        ('partial', 'syntax')],
    "'midstream' ends a pipeline operator's name, which 'the company' stands for": [
        ('partial', 'syntax')],
    "'the congresswoman' after 'Rep. X', a Representative, is X": [
        ('full', 'syntax')],
    'a press release\'s short names in quotation marks in brackets after the company\'s name (\'the "Company"\')': [
        ('partial', 'syntax')],
    "'The Company' capitalised with no body defining it: the company named before": [
        ('partial', 'syntax')],
    "'the statement said' after 'He did not speak ... but later issued a statement': his": [
        ('full', 'syntax')],
    "'the corporator' after 'The sitting corporator, Adv. X' (an Indian city's councillor)": [
        ('partial', 'syntax')],
    "a body's name the recogniser ended at a plural's apostrophe runs on (Free Citizens' Front)": [
        ('full', 'syntax')],
    "guard: a short name in brackets after a name the recogniser began at its '&' names the whole company": [
        ('full', 'syntax')],
    "a noun of someone's words before a colon, with no verb of its own: its owner speaks": [
        ('full', 'colon')],
    "'A presentation by X, seen by Y, said': X's words": [
        ('partial', 'syntax')],
    "'as one former Speaker put it': someone unnamed in an office written with a capital, no name": [
        ('partial', 'syntax')],
    "a nationality's plural the recogniser took for a person is no one 'she' means": [
        ('full', 'syntax')],
    "an affiliation in lower case that a clause's 'of' gave is none: 'the author of a memoir of her years'": [
        ('full', 'syntax')],
    "a quote in its own paragraph, then 'Those were the first words of X' opening the next": [
        ('full', 'nearby')],
    "a byline's name the recogniser ran on over the line breaks after it is still the writer's, no one 'she' means": [
        ('full', None), ('full', 'syntax')],
    "someone unnamed described by a person noun of no office: the noun is the role, carried to 'she'": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "guard: a person noun that tells only a gender is no role": [('full', 'syntax'), ('full', 'syntax')],
    "a cue the tagger took for the noun ending a place after a person noun: the person noun speaks": [
        ('full', 'syntax')],
    "a full name with a surname's particle the recogniser missed after a byline, a namesake named later": [
        ('full', 'repeated'), ('full', 'syntax'), ('full', 'nearby'), ('full', 'syntax'), ('partial', 'syntax')],
    "'With those words, X ...' after a quote that is its own sentence: X spoke, not the participle beside X": [
        ('full', 'nearby')],
    "a quote that is its own paragraph, then one opening 'With those words, X ...'": [('full', 'nearby')],
    "guard: 'With that,' opening the sentence after a quote points back at no words": [('full', None)],
    "'Mallam', the Hausa title before a Nigerian name, is no part of the name": [('full', 'syntax')],
    "a name after a role noun that the recogniser took for a building, the subject of 'said', is a person's": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'MLC', a member of an Australian state's Legislative Council, is a title before a name, no part of it": [
        ('full', 'syntax')],
    "'Whaea', the Māori title of respect for an older woman, is no part of her name": [('full', 'syntax')],
    "a title also written before names, alone after 'the' ('the Ceann Comhairle'), is who holds it": [
        ('partial', 'syntax')],
    "a pronoun no one before it can be, then 'The speaker is X' in a paragraph after: X": [('full', 'syntax')],
    "a pronoun no one before it can be, then 'He is X, 44, the leader of Y': X": [('full', 'syntax')],
    "a pronoun no one before it can be, then 'Her name is X', a name the recogniser took for a body": [
        ('full', 'syntax'), ('full', 'nearby')],
    "guard: a pronoun someone named before can be keeps them over a 'The buyer is X' after it": [('full', 'syntax')],
    "'Begum' before a name is a title, after one a word of the name": [('full', 'syntax'), ('full', 'syntax')],
    "a name set beside 'mum'; 'the 31-year-old' is not the child a three-year-old's age was written before": [
        ('full', 'syntax')],
    "a spokesperson met unnamed before 'The judge stressed' is not the judge, who is named before them": [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a name with a particle the recogniser missed, its given name out of the parse (its role not yet learned)": [
        ('full', 'syntax')],
    "'X said he was ...' with X's given name a woman's in the tables: he is X, and so is the 'he said' after": [
        ('full', 'syntax'), ('partial', 'syntax'), ('full', 'syntax')],
    "guard: 'X told him he had ...' is no sign of X's gender": [('partial', 'syntax'), ('full', 'syntax')],
    "a surname alone after two namesakes are met is the one the recogniser missed, not her father named after her": [
        ('full', None), ('partial', 'syntax'), ('full', 'syntax')],
    "a given name, a surname's particle and a surname taken for a body, a clause on 'who' after it: a person": [
        ('partial', 'syntax')],
    "'asked X what he expects': the question's 'what' leaves X whom the pronoun may be": [
        ('partial', 'syntax'), ('full', 'syntax')],
    "'the younger Mr X' and 'the elder Mr X' of two namesakes, one named as the other's son": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "a given name, 'St.' and a surname is a person, 'St. X' alone after their surname; 'Port St. Lucie' a place": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a given name met before a namesake's surname, used alone as news writes Ethiopian names": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    "East Africa's and Turkey's hajj titles ('Hajji', 'Hacı') are no part of the name": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'The Gazette', a masthead's word alone after 'the', is the paper, no one a pronoun may mean": [
        ('full', 'syntax')],
    "'the old man says' after a quote, no one named before: the one 'He is X' names after, as a feature opens": [
        ('full', 'syntax')],
    "'the younger/elder de la X' of a surname with particles, one named as the other's father, a role set beside too": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'what the presiding judge called' in a lead, no judge named before: the judge named after, not the one jailed": [
        ('partial', 'syntax')],
    "a company's full name the recogniser took for a date defines 'the Company' in brackets after it": [
        ('full', 'syntax')],
    "a name cut before its legal form ('Black Sea Regas' and 'LLC') is the company 'the company' stands for": [
        ('partial', 'syntax')],
    "'Sayyid', an Omani honorific, is no part of the name": [
        ('full', 'syntax')],
    "a name run on over 'bin' runs on over the hyphen of 'Al-' too": [
        ('full', 'syntax')],
    "'bint', daughter of, joins the names of a woman's descent": [
        ('full', 'syntax')],
    "'the airline' stands for a company whose name ends in 'Airways'": [
        ('full', 'syntax')],
    "'the Roswell Republican' is the Republican from a town the article named": [
        ('full', 'syntax')],
    'a hyphened surname the recogniser left out, then a party tag the parse made the subject': [
        ('partial', 'syntax')],
    "a name the recogniser took with its 'SC' for a body is a person's, the letters no part of the name": [
        ('partial', 'syntax')],
    "'Cross-examined by Mr X, he accepted': he is not X, the agent of the passive said of him": [
        ('full', 'syntax')],
    "a particle the parse took for a verb heads no name: the role set after it is the name's, and the union secretary after is that person": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a body's short name of its initials and its last word in brackets ('SANParks') spells its name": [
        ('full', 'syntax')],
    "a lower-case 'dr.' after 'Prof.' is a title, and the name after it runs on over its particle": [
        ('full', 'syntax')],
    "a woman's surname of its own form ('Stankevičienė') names a person, whatever the recogniser took it for": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'syntax')],
    'a title and the surname alone of someone named in full, which the recogniser left unmarked, is that person': [
        ('full', 'syntax'), ('full', 'syntax')],
    "'H.E.' before a name is an honorific, and a title the parse read as a list's next item is the name's role": [
        ('full', 'syntax')],
    'a promoter is a role': [
        ('full', 'syntax')],
    'a calling opening a sentence before a name, written in small letters elsewhere, is no word of the name': [
        ('full', 'syntax')],
    "'Cacique' and 'Régulo', a traditional chief's titles, are honorifics": [
        ('full', 'syntax'), ('full', 'syntax')],
    'a given name and a surname of several words written again alone as a speaking subject is a person': [
        ('full', 'syntax'), ('full', 'nearby')],
    "'the committee' stands for the body a clause said is called so, whatever bodies are named after it": [
        ('partial', 'syntax')],
    "a body's first word written alone as a subject stands for it, and 'the company' after it": [
        ('full', 'syntax')],
    "of two subjects the parse gave the verb, a name set off after a title's phrase is the speaker": [
        ('full', 'syntax')],
    "a name a copula says is a village is a place, no one a pronoun refers to; its last word a body's short name": [
        ('full', 'syntax')],
    "a relative's noun in a headline's list is no apposition that tells the name's gender": [
        ('full', 'syntax'), ('full', 'syntax')],
    'Scottish given names of the world table tell a person and her gender': [
        ('full', 'syntax')],
    "a city square's name is a place's, whatever the recogniser took it for": [
        ('full', 'syntax')],
    "a full name the recogniser took for a work's, speaking, is a person's": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a name another language's word for a company opens is a company's, not a person set beside a role": [
        ('partial', 'syntax')],
    "a portfolio the recogniser took for a body, right before its holder's noun, is the title's": [
        ('full', 'syntax')],
    "an apostrophe typed for the okina before a Tongan given name is the name's first letter": [
        ('full', 'syntax')],
    "the Church of England's 'Revd' and 'Rt Revd' are no words of the name and state no office": [
        ('full', 'syntax'), ('partial', 'syntax')],
    "'Archdeacon' before a name is the role": [
        ('partial', 'syntax')],
    "'Al-Hajj', 'Ka' and 'Lonko' before a name are no words of it": [
        ('full', 'syntax'), ('full', 'syntax'), ('partial', 'syntax')],
    "'Emeritus' after a title before a name is the title's": [
        ('full', 'syntax')],
    "a portfolio joined by 'and' before a name the recogniser took it into is the title's": [
        ('full', 'syntax')],
    'a German military rank before a name is the role': [
        ('full', 'syntax')],
    "a namesake's full name found in a later pass is the surname's next referent, under 'Mr' too": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'the witness' stands for the one a copula named the witness": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a body's name set beside a name, owning the title hung on its 'of', is the affiliation": [
        ('full', 'syntax')],
    "'Father' before a name is no word of it, and 'the cardinal' stands for the Cardinal named": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'the cleric' stands for the religious leader named before": [
        ('full', 'syntax')],
    "a name with particles the recogniser took for a date ('Pieter-Jan') is a person's": [
        ('full', 'syntax')],
    "an age written before a name the recogniser took for a body makes it a person's": [
        ('full', 'syntax')],
    "'the witness' is no longer the one a copula named once someone named since told the court": [
        ('full', 'syntax')],
    "a surname of several words under a clause on 'asked' whose pronoun tells the gender": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'nearby')],
    "a surname set beside 'the prosecutor' is the namesake who is one, though another was named alone in a quote": [
        ('partial', 'syntax'), ('full', 'syntax'), ('partial', 'syntax')],
    "'That was the blunt assessment of X' after a quote gives it to X": [
        ('full', 'nearby')],
    "a letter after 'with' on a body's verb is the body's, and 'the letter said' too": [
        ('full', 'syntax')],
    "a clause 'that' opens, its participle read as a clausal subject, is no cue of the quote": [
        ('partial', 'syntax')],
    "'The message, posted by X,' opening the sentence after a quote gives it to X": [
        ('full', 'nearby')],
    "'That plea came later from X' after a quote gives it to X": [
        ('full', 'nearby')],
    'a tag set into a sentence is not the speaker of words a colon gives the verb after it': [
        ('full', 'syntax')],
    "'the centre' stands for a body named 'Center', the other spelling": [
        ('partial', 'syntax')],
    "a quote's own paragraph, then one opening 'The message, posted by X,' or 'That plea came from X'": [
        ('full', 'nearby'), ('full', 'nearby')],
    "a date the recogniser ended on a name's particle runs on over the rest of the name": [
        ('full', 'syntax'), ('full', 'nearby')],
    "the Dutch article ''t' among a surname's particles keeps the name whole": [
        ('full', 'syntax')],
    "words someone was told by X to say or do, in the passive, are X's, whoever reports them": [
        ('partial', 'syntax'), ('partial', 'syntax')],
    "a name ending in 'Shipyards' is a company's, whom 'the company' stands for": [
        ('full', 'syntax'), ('partial', 'syntax'), ('partial', 'syntax'), ('full', 'syntax')],
    "'Ma.' before a second given name stays with the name and ends no sentence": [
        ('full', 'syntax'), ('full', 'nearby')],
    "'the presiding judge' is no one whose role the article stated as another": [
        ('full', 'syntax'), ('partial', 'syntax')],
    "a Spanish married name, 'de' before the husband's surname, with a pronoun in a clause on it": [
        ('full', 'syntax'), ('full', 'nearby')],
    "'Tata', the Andean form of respect, before a name, is no part of it": [
        ('full', 'syntax'), ('full', 'nearby')],
    "'Monseñor' and 'Avvocato' before a name are honorifics": [
        ('full', 'syntax'), ('full', 'syntax')],
    "'Cpl' before a surname is the Corporal named before": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a company named with 'S.A.' is what 'the company' names, past a village named since": [
        ('full', 'syntax')],
    "'the younger X' of two namesakes, one set beside 'Rosa's daughter', is the daughter": [
        ('full', 'syntax'), ('full', 'syntax'), ('full', 'nearby')],
    "'Dr de Wit' of two namesakes is the one written with 'Dr' before": [
        ('full', 'syntax'), ('full', 'syntax')],
    "an Irish name the recogniser missed, given name, 'Ó' and surname, the surname then written alone": [
        ('full', None), ('full', 'syntax')],
    'words all in small letters the recogniser took for a name are no one a pronoun means': [
        ('full', 'syntax')],
    "'the SHO' is the Station House Officer named before": [
        ('full', 'syntax')],
    "'prefect' before a name is a role": [
        ('full', 'syntax')],
    'the first of two Spanish surnames, the second opened by particles, written alone': [
        ('full', 'syntax'), ('partial', 'syntax')],
    "a hyphened given name and a capitalised particle, a relative clause on 'who' after them": [
        ('partial', 'syntax'), ('full', 'syntax')],
    'of namesakes, the one whose role a description in the sentence or the one before names': [
        ('full', 'syntax'), ('full', 'syntax')],
    "'Those words came not from X but from Y' is Y": [
        ('full', 'nearby')],
    "'the spokeswoman' is the spokeswoman met unnamed, however far back": [
        ('partial', 'syntax'), ('full', 'syntax'), ('partial', 'syntax')],
    "'the witness' is the one a copula named so, the name its subject": [
        ('full', 'syntax'), ('full', 'syntax')],
    "a lead's description owned by 'its' is the one holding the office who speaks later, not whoever speaks next": [
        ('partial', 'syntax'), ('full', 'syntax')],
    "a quote's pronoun is not the one holder of an office the quote makes its subject ('The senator and I')": [
        ('partial', 'syntax'), ('partial', 'syntax'), ('full', 'syntax'), ('full', 'syntax'), ('full', 'nearby')],
    'a pronoun speaking after a quote, the sentence before asking someone whether: the one asked answers': [
        ('full', 'syntax'), ('full', 'nearby'), ('partial', 'syntax'), ('full', 'syntax'), ('full', 'nearby'), ('full', 'syntax'), ('full', 'nearby')],
    'a pronoun speaking after a quote, the sentence before asking someone named whether: the one asked answers': [
        ('full', 'syntax'), ('full', 'syntax')],
}


def flatten(quote):
    speaker = quote.speaker
    return (
        quote.text,
        speaker.name if speaker else None,
        speaker.role if speaker else None,
        speaker.affiliation if speaker else None,
        speaker.mention.text if speaker else None,
        quote.cue.text if quote.cue else None,
    )


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS.values(), ids=CONSTRUCTIONS.keys())
def test_construction(extractor, text, expected):
    assert [flatten(q) for q in extractor(text)] == expected


def test_every_construction_has_its_kinds_and_rules():
    assert KINDS_AND_RULES.keys() == CONSTRUCTIONS.keys()


@pytest.mark.parametrize("name", CONSTRUCTIONS.keys())
def test_kind_and_rule(extractor, name):
    text, _ = CONSTRUCTIONS[name]
    assert [(q.kind, q.rule) for q in extractor(text)] == KINDS_AND_RULES[name]


@pytest.mark.parametrize(("text", "_"), CONSTRUCTIONS.values(), ids=CONSTRUCTIONS.keys())
def test_spans_are_exact(extractor, text, _):
    for quote in extractor(text):
        assert text[quote.start:quote.end] == quote.text
        for span in (quote.cue, quote.speaker.mention if quote.speaker else None):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_tag_verb_taken_for_a_noun_after_a_prepositional_phrase(extractor):
    text = ('The group released a film on Tuesday.\n\n“We know this harbor is the only place big enough to take the '
            'new ships and keep the old jobs alive,” a narrator in the video states.')
    (quote,) = extractor(text)
    assert quote.cue.text == "states" and quote.rule == "syntax"
    assert "a narrator in the video".find(quote.speaker.mention.text) >= 0


def test_a_possessive_after_someone_unnamed_names_no_owner(extractor):
    # 'her' is the unnamed spokeswoman: her office is no named person's ('Lopez office')
    text = 'A spokeswoman for the city said the plan was ready. "It will work," her office said in a statement.'
    (quote,) = extractor(text)
    assert quote.speaker.mention.text == "her office" and "Lopez" not in (quote.speaker.name or "")
    assert extractor("Maria Lopez arrived. " + text)[0].speaker.name == quote.speaker.name


def test_a_party_tag_the_parse_hung_on_a_body_noun_is_no_body_in_apposition(extractor):
    # the parse makes '(D-Newport News)' an apposition of 'niece': it is no body set off by commas
    (quote,) = extractor('"This is a big year!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), '
                         'shouted to the crowd.')
    assert "News" not in (quote.speaker.name or "") and "News" not in quote.speaker.mention.text


def test_a_body_name_the_recogniser_missed_is_the_body_it_opens(nlp):
    from service.quotes import extract
    doc = nlp('The company was founded in June 2006 from a spinoff of the oil drilling giant Brannock Energy.\n\n'
              'In a statement, Brannock said: "The company was doing very well when it became a separate business."')
    doc.ents = [ent for ent in doc.ents if ent.text != "Brannock"]  # as if the recogniser had missed it
    (quote,) = extract(doc)
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Brannock Energy", "Brannock")


def test_a_name_right_before_a_cue_past_its_party_tag_is_the_subject_however_the_parse_hangs_it(extractor):
    text = ('Responding to an ad featuring a six-pointed star likened to a police badge, Speaker of the House Rep. '
            'Tom Baker (R-OH) said "such images, they have no place in a campaign at all."')
    (quote,) = extractor(text)
    assert (quote.speaker.name, quote.speaker.mention.text, quote.cue.text) == ("Tom Baker", "Tom Baker", "said")


def test_a_short_quote_the_parse_made_the_subject_is_not_the_speaker(nlp):
    from service.quotes import extract

    doc = nlp('Maria Lopez spoke. "Nonsense," wrote a port official who runs a blog. "What do they know about '
              'ships?"')
    nonsense, wrote = (next(t for t in doc if t.text == word) for word in ("Nonsense", "wrote"))
    nonsense.head, nonsense.dep_ = wrote, "nsubj"  # as the parser sometimes has it
    (quote,) = extract(doc)
    assert (quote.speaker.mention.text, quote.speaker.role, quote.cue.text) == ("a port official", "port official",
                                                                                "wrote")


def test_the_tag_right_after_a_quote_is_its_cue_whatever_the_parse_hangs_the_quote_on(nlp):
    from service.quotes import extract

    doc = nlp('"I never said that, not once," Lopez said, after radio host Tom Baker said the mayor had cut the '
              'budget.')
    later = [t for t in doc if t.text == "said"][-1]
    for token in (doc[4], doc[5], doc[7], doc[8]):  # 'that', ',', 'once', ','
        token.head = later  # as the parser sometimes has it: the quote hangs on Baker's clause
    (quote,) = extract(doc)
    assert (quote.speaker.name, quote.cue.start) == ("Lopez", doc[11].idx)


def test_a_relative_clause_hung_on_the_verb_still_speaks_for_the_noun_before_it(nlp):
    from service.quotes import extract

    text = 'Puzzled, the editors went to the Dunmore Harbor Authority which reported "412 late arrivals" in May.'
    doc = nlp(text)
    reported = next(t for t in doc if t.text == "reported")
    reported.head, reported.dep_ = next(t for t in doc if t.text == "went"), "advcl"  # as the parser sometimes has it
    (quote,) = extract(doc)
    assert (quote.speaker.name, quote.speaker.mention.text, quote.cue.text) == (
        "Dunmore Harbor Authority", "which", "reported")


def test_a_participle_passes_over_a_clause_with_no_one_in_it(nlp):
    from service.quotes import extract

    doc = nlp('Asked by a reporter, Baker waved off the idea that a reshuffle is looming, explaining that he had '
              'not seen the report because he was "away on a long fishing trip."')
    idea, looming, explaining = (next(t for t in doc if t.text == word) for word in ("idea", "looming", "explaining"))
    looming.head, looming.dep_ = idea, "acl"  # as the parser sometimes has it: the participle hangs on 'looming'
    explaining.head, explaining.dep_ = looming, "advcl"
    (quote,) = extract(doc)
    assert (quote.speaker.name, quote.cue.text) == ("Baker", "explaining")  # not 'a reshuffle'


def test_a_prepositional_phrase_the_parse_made_the_subject_names_no_one(nlp):
    from service.quotes import extract

    doc = nlp("Of Baker, Ortiz, who once ran the port authority, said, “He is reckless, but he means well.”")
    of, baker, ortiz, said = doc[0], doc[1], doc[3], next(t for t in doc if t.text == "said")
    baker.head, baker.dep_ = of, "pobj"  # as the parser sometimes has it
    ortiz.head, ortiz.dep_ = baker, "conj"
    of.head, of.dep_ = said, "nsubj"
    (quote,) = extract(doc)
    assert (quote.speaker.name, quote.cue.text) == ("Ortiz", "said")


def test_a_name_after_the_comma_of_a_prepositional_phrase_made_the_subject_speaks(nlp):
    from service.quotes import extract

    doc = nlp("Tom Baker ran the port, and lawyer Ana Ortiz ran the board. Of Baker, Ortiz, who has given money "
              "to Maria Lopez, said, “He is reckless, but he means well.”")
    of = next(t for t in doc if t.text == "Of")
    baker, ortiz, said = doc[of.i + 1], doc[of.i + 3], next(t for t in doc if t.text == "said")
    assert (baker.text, ortiz.text) == ("Baker", "Ortiz")
    baker.head, baker.dep_ = ortiz, "nmod"  # as the parser sometimes has it: 'Baker, Ortiz' one phrase
    ortiz.head, ortiz.dep_ = of, "pobj"
    of.head, of.dep_ = said, "nsubj"
    (quote,) = extract(doc)
    assert (quote.speaker.name, quote.speaker.mention.text, quote.cue.text) == ("Ana Ortiz", "Ortiz", "said")


def test_speaker_phrase_stops_at_a_quote_inside_it(extractor):
    text = ('Among voters, only 31 percent of those who picked someone who “shares my own values” as the most '
            'important trait said they would back him.')
    (quote,) = extractor(text)
    mention = quote.speaker.mention
    assert quote.text == "shares my own values"
    assert mention.end <= quote.start - 1 or mention.start >= quote.end + 1


def test_an_extraction_leaves_nothing_for_the_garbage_collector(extractor):
    """A reference cycle through the article would keep each request's parse alive until
    the collector runs: a worker's memory then swings with the collector's timing."""
    import gc

    from service.quotes.people import People

    text = 'Maria Lopez spoke on Monday. "We will not back down," she said, "not this time."'
    gc.collect()
    gc.disable()
    try:
        extractor(text)
        alive = [o for o in gc.get_objects() if isinstance(o, People)]
    finally:
        gc.enable()
    assert alive == []


def test_text_without_quotes_is_not_parsed(nlp):
    from service.quotes import QuoteExtractor

    calls = []

    class CountingPipeline:
        def __call__(self, text):
            calls.append(text)
            return nlp(text)

        def memory_zone(self):
            return nlp.memory_zone()

    extractor = QuoteExtractor(CountingPipeline())
    assert extractor("No quotation here, only prose.") == []
    assert calls == []
    assert len(extractor('"Three words here," she said.')) == 1
    assert len(calls) == 1


def test_extract_takes_a_doc(nlp):
    from service.quotes import extract

    text = '"We will not back down," Maria Lopez said.'
    (quote,) = extract(nlp(text))
    assert quote.speaker.name == "Maria Lopez"
    assert quote.to_dict()["cue"] == {"text": "said", "start": text.index("said"), "end": text.index("said") + 4}


MARKS = '"“”«»‘’\'\n ,.:;!?—―()'
PIECES = ["Maria Lopez", " said", " he said", " she told reporters", "Mr. Baker", " the ministry", "\u00a0", "word",
          " Acme Corp.", " its spokesman", " the company's chief", " Two lawmakers,", " and", " — "]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(list(MARKS)), st.sampled_from(PIECES), st.text(max_size=8)), max_size=60))
def test_any_text_gives_exact_spans(extractor, parts):
    """Whatever the marks and words, nothing raises and every span is the text it claims."""
    text = "".join(parts)
    for quote in extractor(text):
        assert text[quote.start:quote.end] == quote.text
        for span in (quote.cue, quote.speaker.mention if quote.speaker else None):
            if span is not None:
                assert text[span.start:span.end] == span.text


@pytest.mark.parametrize(("text", "name"), [
    ('NHS Wales said about 9,000 appointments had been postponed. "Emergency care will continue, and patients '
     'should attend," it said in a statement.', "NHS Wales"),
    ('Kodiak Coastal Air, which suspended operations after the crash, said in an emailed statement that it had '
     'hired an auditor.\n\n"Our mechanics are experienced Alaskans who care deeply," the statement said.',
     "Kodiak Coastal Air"),
], ids=["it", "the statement"])
def test_a_body_name_the_recogniser_missed_is_what_refers_back_to_it(nlp, text, name):
    from service.quotes import extract
    doc = nlp(text)
    doc.ents = [ent for ent in doc.ents if not name.startswith(ent.text)]  # as if the recogniser had missed it
    (quote,) = extract(doc)
    assert quote.speaker.name == name


def test_a_given_name_the_recogniser_took_for_a_number_opens_the_name_after_it(nlp):
    from spacy.tokens import Span

    from service.quotes import extract
    doc = nlp('Two carriages overturned. Aileen Stewart, 67, from Aviemore, was travelling to visit her sister.\n\n'
              '"The carriage went over on its side," she said.')
    aileen = next(t.i for t in doc if t.text == "Aileen")
    doc.ents = [ent for ent in doc.ents if ent.end <= aileen or ent.start > aileen + 1] \
        + [Span(doc, aileen, aileen + 1, label="CARDINAL"), Span(doc, aileen + 1, aileen + 2, label="PERSON")]
    (quote,) = extract(doc)
    assert quote.speaker.name == "Aileen Stewart"


def test_a_name_written_in_full_only_where_the_recogniser_missed_it_is_what_a_pronoun_refers_to(nlp):
    from service.quotes import extract
    doc = nlp('Karim Dufour, head of the Socialist group, blamed the Flemish parties.\n\n'
              'Pieter-Jan Wouters, of the Flemish liberals, offered a different explanation. The real problem, he '
              'argued, was "a system designed in the 1980s for a city that no longer exists".\n\n'
              '"Nobody should be surprised that it does not function," Wouters said.')
    doc.ents = [ent for ent in doc.ents if "Wouters" not in ent.text]  # as if the recogniser had missed it
    doc.ents = list(doc.ents) + [doc.char_span(doc.text.rindex("Wouters"), doc.text.rindex("Wouters") + 7,
                                               label="PERSON")]
    assert [q.speaker.name for q in extract(doc)] == ["Pieter-Jan Wouters", "Pieter-Jan Wouters"]


def test_a_name_and_age_the_recogniser_took_for_a_date_keeps_the_given_name_before_it(nlp):
    from service.quotes import extract
    text = ('Nathalie Ferraro, who heads the families association, said the report was a betrayal.\n\n'
            'Mathilde Orsini, 31, one of six people pulled alive from the water, told AFP she had read the report '
            'overnight.\n\n"I remember the engines getting loud, and I thought we were going up again," she recalled.')
    doc = nlp(text)
    start = text.index("Orsini, 31")
    doc.ents = [doc.char_span(0, len("Nathalie Ferraro"), label="PERSON"),
                doc.char_span(start, start + len("Orsini, 31"), label="DATE")]  # as the recogniser had it once
    assert [q.speaker.name for q in extract(doc)] == ["Mathilde Orsini"]


def test_a_place_hyphened_to_a_modifier_is_no_name_between_a_body_and_its_noun(nlp):
    from service.quotes import extract
    text = ('The Information Commissioner’s Office has fined a Pontefract-based payroll company £1.2m after a '
            'ransomware attack.\n\nThe regulator said the firm had failed to put in place "basic security measures".')
    doc = nlp(text)
    town = text.index("Pontefract")
    doc.ents = [doc.char_span(4, text.index(" has"), label="ORG"),
                doc.char_span(town, town + len("Pontefract"), label="PRODUCT")]  # as the recogniser had 'Leeds'
    (quote,) = extract(doc)
    assert quote.speaker.name == "Information Commissioner’s Office"


def test_a_subject_the_parse_hung_on_a_preposition_set_off_after_it_speaks(nlp):
    from spacy.tokens import Doc

    from service.quotes import extract
    text = ('Kestrel Commodities, in a note to clients on Friday, said it expected prices to stay firm "at least until '
            'the Indian cargoes are loaded", pointing to low inventories.')
    parsed = nlp(text)
    words, heads, deps = [t.text for t in parsed], [t.head.i for t in parsed], [t.dep_ for t in parsed]
    to, said = words.index("to"), words.index("said")
    # as the parse had it in an article: 'Commodities' the subject of 'to', and 'in' hung on it
    heads[words.index("Commodities")], heads[words.index("in")], heads[to], deps[to] = to, to, said, "prep"
    doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed], heads=heads, deps=deps,
              pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], lemmas=[t.lemma_ for t in parsed],
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])
    (quote,) = extract(doc)
    assert quote.speaker.name == "Kestrel Commodities"


def _reparsed(nlp, parsed, **changes):
    """The parse with some tokens' heads, dependencies, tags or parts of speech changed, and
    the entities it had: {word: (head word, dep, tag, pos)}, None keeping what it had."""
    from spacy.tokens import Doc
    words = [t.text for t in parsed]
    heads, deps = [t.head.i for t in parsed], [t.dep_ for t in parsed]
    tags, pos = [t.tag_ for t in parsed], [t.pos_ for t in parsed]
    for word, (head, dep, tag, part) in changes.items():
        i = words.index(word)
        heads[i] = words.index(head) if head is not None else heads[i]
        deps[i], tags[i], pos[i] = dep or deps[i], tag or tags[i], part or pos[i]
    return Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed], heads=heads, deps=deps,
               pos=pos, tags=tags, lemmas=[t.lemma_ for t in parsed],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])


def test_a_given_name_the_tagger_read_as_a_verb_before_a_particle_opens_the_name(nlp):
    from service.quotes import extract
    text = 'Two landlords sold up. "That is the law, and we will enforce it," Annelies de Vries said.'
    parsed = nlp(text)
    parsed.ents = [parsed.char_span(text.index("de Vries"), text.index(" said"), label="PERSON")]
    # as the tagger had it in an article: 'Annelies' a verb in the plural's form
    doc = _reparsed(nlp, parsed, Annelies=("Vries", "compound", "VBZ", "VERB"))
    (quote,) = extract(doc)
    assert quote.speaker.name == "Annelies de Vries"


def test_a_definite_role_the_parse_made_another_subject_before_the_name_is_the_names(nlp):
    from service.quotes import extract
    text = ('The city\'s alderman for housing, Annelies Bakker — no relation — sees it differently. "It is exactly '
            'what we want," Bakker said.')
    parsed = nlp(text)
    # as the parse had it in an article: the noun and the name both subjects of 'sees', the
    # words set off by dashes hung on the name
    doc = _reparsed(nlp, parsed, alderman=("sees", "nsubj", None, None), Bakker=("sees", "nsubj", None, None),
                    relation=("Bakker", "appos", None, None))
    for dash in (t for t in doc if t.text == "—"):
        dash.head = doc[[t.text for t in doc].index("Bakker")]
    (quote,) = extract(doc)
    assert (quote.speaker.name, quote.speaker.role) == ("Annelies Bakker", "alderman for housing")
