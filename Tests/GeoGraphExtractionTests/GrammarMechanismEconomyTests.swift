import Testing
@testable import GeoGraphExtraction

/// Mechanisms of the economic layer (TieExtractor+Economy), each pinned by sentences written for these
/// tests about regions other than the reference corpus's (never copied from a text), with the bundled
/// gazetteer and lexicon (``ClauseFixture``).
@Suite struct GrammarMechanismEconomyTests {
    /// An economic verb form that is a plural noun too, with no party right after it, is the noun: owned
    /// by the party before it, it acts on the clause's subject.
    static let nounForms: [ClauseCase] = [
        ClauseCase(mechanism: "noun forms: 'X faces EU sanctions' is the EU's sanction on X",
                   sentence: "Belarus faces EU sanctions over the crackdown.",
                   contains: ["eu -> belarus economic tension"], types: ["sanction"]),
        ClauseCase(mechanism: "noun forms: 'remains under Western sanctions' in a relative clause",
                   sentence: "Venezuela, which remains under American sanctions, sold crude to Cuba.",
                   contains: ["usa -> venezuela economic tension", "venezuela -> cuba economic cooperation"],
                   excludes: ["usa -> cuba economic tension"]),
        ClauseCase(mechanism: "noun forms: a lender's plural noun owned by a demonym",
                   sentence: "Laos has taken Chinese loans worth billions.",
                   contains: ["china -> laos economic cooperation"]),
        ClauseCase(mechanism: "noun forms: a party right after the form keeps it a verb",
                   sentence: "Canada sanctions Iranian officials every spring.",
                   contains: ["canada -> iran economic tension"]),
    ]

    /// Where sanctioned firms are registered, based or found is the sanction's object, however far it lies.
    static let firms: [ClauseCase] = [
        ClauseCase(mechanism: "firms: companies registered in a state",
                   sentence: "Britain imposed sanctions on three mining companies registered in Mali.",
                   contains: ["uk -> mali economic tension"]),
        ClauseCase(mechanism: "firms: a network of firms in two states",
                   sentence: "Ottawa sanctioned a network of shipping firms in Armenia and Georgia.",
                   contains: ["canada -> armenia economic tension", "canada -> georgia economic tension"]),
        ClauseCase(mechanism: "firms: a far place that no firm is in stays a scene",
                   sentence: "Japan imposed sanctions on two senior generals during a meeting in Kenya.",
                   unrelated: ["japan kenya"]),
    ]

    /// Sanctions for dealing in a party's goods are economic tension toward that party too.
    static let dealings: [ClauseCase] = [
        ClauseCase(mechanism: "dealings: sanctioned for buying a state's oil",
                   sentence: "Washington sanctioned four Turkish traders for buying Venezuelan oil.",
                   contains: ["usa -> turkey economic tension", "usa -> venezuela economic tension"]),
        ClauseCase(mechanism: "dealings: firms accused of moving a state's crude",
                   sentence: "Brussels sanctioned five firms based in Georgia accused of moving Russian crude.",
                   contains: ["eu -> georgia economic tension", "eu -> russia economic tension"]),
        ClauseCase(mechanism: "dealings: a purpose that is no dealing names no owner",
                   sentence: "Washington sanctioned four Turkish traders for ignoring Venezuelan protests.",
                   contains: ["usa -> turkey economic tension"], excludes: ["usa -> venezuela economic tension"]),
    ]

    /// A refusal that halts a party's goods is economic tension toward that party; the goods' owner named
    /// between the refusal and a trade noun is no trade partner; co-financing is investment.
    static let flows: [ClauseCase] = [
        ClauseCase(mechanism: "flows: blocking a state's goods",
                   sentence: "Beijing blocked Estonian goods at its customs last winter.",
                   contains: ["china -> estonia economic tension"]),
        ClauseCase(mechanism: "flows: a halted import names no trade partner",
                   sentence: "Peru halted Bolivian gas imports in March.",
                   contains: ["peru -> bolivia economic tension"],
                   excludes: ["bolivia <-> peru economic cooperation", "peru <-> bolivia economic cooperation"]),
        ClauseCase(mechanism: "flows: blocking a bid refuses no goods",
                   sentence: "Greece blocked North Macedonia's bid to join the EU.",
                   excludes: ["greece -> north-macedonia economic tension"]),
        ClauseCase(mechanism: "flows: a ban on exports to a party is tension, and the exports no trade",
                   sentence: "India banned wheat exports to Nepal in May.",
                   contains: ["india -> nepal economic tension"],
                   excludes: ["india <-> nepal economic cooperation", "nepal <-> india economic cooperation"]),
        ClauseCase(mechanism: "flows: a ban on a demonym's imports",
                   sentence: "Moscow banned imports of Moldovan wine.",
                   contains: ["russia -> moldova economic tension"],
                   excludes: ["moldova <-> russia economic cooperation"]),
        ClauseCase(mechanism: "flows: closing one's border with a party is a blockade of it, directed",
                   sentence: "Ghana closed its border with Togo for two weeks.",
                   contains: ["ghana -> togo economic tension"], excludes: ["ghana <-> togo economic tension"],
                   types: ["blockade"]),
        ClauseCase(mechanism: "flows: penalising a party is diplomatic pressure, not a sanction",
                   sentence: "Serbia penalised Montenegro for the vote.",
                   contains: ["serbia -> montenegro diplomatic tension"],
                   excludes: ["serbia -> montenegro economic tension"]),
        ClauseCase(mechanism: "amounts: an amount between an investment verb and its place",
                   sentence: "Qatar will invest 12 billion dollars in Pakistan.",
                   contains: ["qatar -> pakistan economic cooperation"], types: ["invest"]),
        ClauseCase(mechanism: "exchange: goods given back in exchange are the recipient's supply",
                   sentence: "Belarus supplied Russia with shells in exchange for cheap gas.",
                   contains: ["russia -> belarus economic cooperation"], types: ["supply"]),
        ClauseCase(mechanism: "exchange: a say given back is no goods",
                   sentence: "Kenya funded the Ugandan road in exchange for a say over tolls.",
                   excludes: ["uganda -> kenya economic cooperation"]),
        ClauseCase(mechanism: "flows: ships blocking boats refuse no goods, and water cannon is no water",
                   sentence: "Vietnamese patrol boats blocked and fired water cannon on three Cambodian fishing boats.",
                   excludes: ["vietnam -> cambodia economic tension", "vietnam -> cambodia diplomatic tension"]),
        ClauseCase(mechanism: "flows: a penalty the subject rejects is none of its own",
                   sentence: "Minsk rejected what it called illegal sanctions and praised its trade with Caracas.",
                   contains: ["belarus <-> venezuela economic cooperation"],
                   excludes: ["belarus -> venezuela economic tension"]),
        ClauseCase(mechanism: "flows: an owner named before a condemned penalty keeps it",
                   sentence: "Ankara condemned EU sanctions on Syria.",
                   contains: ["eu -> syria economic tension"]),
        ClauseCase(mechanism: "flows: what is depended on past a participle is the thing, not the party",
                   sentence: "Egypt and Sudan depend on water flowing from the Ethiopian highlands.",
                   unrelated: ["ethiopia egypt", "ethiopia sudan"]),
        ClauseCase(mechanism: "flows: depending on a party's gas keeps the supplier",
                   sentence: "Moldova depends on gas from Russia.",
                   contains: ["russia -> moldova economic cooperation"]),
        ClauseCase(mechanism: "purpose: an agreement to let a party build a port is economic cooperation",
                   sentence: "Eritrea agreed last year to allow Sudan to build a port on its coast.",
                   contains: ["eritrea <-> sudan economic cooperation"],
                   excludes: ["eritrea <-> sudan diplomatic cooperation"]),
        ClauseCase(mechanism: "flows: co-financing a state's dam is investment in it",
                   sentence: "Qatar and Oman agreed to co-finance a Jordanian desalination plant.",
                   contains: ["qatar -> jordan economic cooperation", "oman -> jordan economic cooperation"],
                   types: ["invest"]),
    ]

    /// A work paid for by a party named in a hyphenated word is that party's investment in the place.
    static let works: [ClauseCase] = [
        ClauseCase(mechanism: "works: a financed port in a state",
                   sentence: "A Turkish-financed airport in Somalia reopened last month.",
                   contains: ["turkey -> somalia economic cooperation"], types: ["invest"]),
        ClauseCase(mechanism: "works: a financed railway the subject opened, directed, not trade",
                   sentence: "Laos inaugurated a Chinese-built railway in December.",
                   contains: ["china -> laos economic cooperation"],
                   excludes: ["china <-> laos economic cooperation", "laos -> china economic cooperation"],
                   types: ["invest"]),
        ClauseCase(mechanism: "works: a built weapon is no work",
                   sentence: "Armenia bought Indian-built howitzers.",
                   excludes: ["india -> armenia economic cooperation"]),
    ]

    /// Lexicon entries: a trading partner or buyer owned by a party is the subject's role toward it; a
    /// commodity a demonym owns, sent to a party, is a supply from its owner.
    static let entries: [ClauseCase] = [
        ClauseCase(mechanism: "roles: the subject is the owner's trading partner",
                   sentence: "Beijing has long been Peru's largest trading partner.",
                   contains: ["china <-> peru economic cooperation"], types: ["trade"]),
        ClauseCase(mechanism: "roles: the subject is the owner's buyer, supplied by the owner",
                   sentence: "India became Angola's second buyer last year.",
                   contains: ["angola -> india economic cooperation"], types: ["supply"]),
        ClauseCase(mechanism: "flows: a demonym's gas sent to a party is the owner's supply",
                   sentence: "The new line carries Azerbaijani gas to Italy.",
                   contains: ["azerbaijan -> italy economic cooperation"], types: ["supply"]),
        ClauseCase(mechanism: "sanctions: capping a state's oil prices is a sanction on it",
                   sentence: "Australia moved to cap Iranian oil prices last year.",
                   contains: ["australia -> iran economic tension"], types: ["sanction"]),
        ClauseCase(mechanism: "sanctions: a price cap owned by a body",
                   sentence: "The EU price cap on Venezuelan crude took effect in May.",
                   contains: ["eu -> venezuela economic tension"]),
    ]

    @Test(arguments: entries) func entry(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: works) func work(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: flows) func flow(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: nounForms) func nounForm(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: firms) func firm(_ c: ClauseCase) { ClauseReadingTests.check(c) }
    @Test(arguments: dealings) func dealing(_ c: ClauseCase) { ClauseReadingTests.check(c) }
}
